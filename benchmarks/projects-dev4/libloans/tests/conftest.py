from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from libloans.catalog import load_catalog
from libloans.circulation import Library
from libloans.fines import DailyFinePolicy
from libloans.models import Member

CATALOG_CSV = """isbn,title,author,year,copies
978-0-306-40615-7,Data Structures in Practice,Ada Moreau,1998,2
0-14-044913-2,The Odyssey,Homer,1997,1
9781853260414,Wuthering Heights,Emily Bronte,1992,1
978-0-19-953556-9,Pride and Prejudice,Jane Austen,2008,3
"""


class FakeClock:
    def __init__(self, today: date) -> None:
        self.today = today

    def __call__(self) -> date:
        return self.today

    def advance(self, days: int) -> None:
        self.today += timedelta(days=days)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(date(2024, 5, 6))


@pytest.fixture
def catalog_file(tmp_path: Path) -> Path:
    path = tmp_path / "catalog.csv"
    path.write_text(CATALOG_CSV, encoding="utf-8")
    return path


@pytest.fixture
def library(catalog_file: Path, clock: FakeClock) -> Library:
    policy = DailyFinePolicy("0.25", "5.00", grace_days=1)
    return Library(load_catalog(catalog_file), fine_policy=policy, clock=clock, loan_days=14, max_renewals=1)


@pytest.fixture
def member() -> Member:
    return Member.from_dict({"id": "M-1042", "name": "Rosa Lindqvist", "tier": "Student", "email": "rosa@example.org"})
