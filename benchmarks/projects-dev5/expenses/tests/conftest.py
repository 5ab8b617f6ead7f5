import sqlite3
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from expenses.ledger import LedgerRepository
from expenses.models import Category, Expense


@pytest.fixture
def conn() -> Iterator[sqlite3.Connection]:
    connection = sqlite3.connect(":memory:")
    yield connection
    connection.close()


@pytest.fixture
def ledger(conn: sqlite3.Connection) -> LedgerRepository:
    return LedgerRepository(conn)


@pytest.fixture
def sample_expenses() -> list[Expense]:
    return [
        Expense(date(2024, 3, 2), Decimal("54.20"), "weekly shop", Category.GROCERIES),
        Expense(date(2024, 3, 1), Decimal("950.00"), "march rent", Category.RENT),
        Expense(date(2024, 3, 15), Decimal("2.90"), "bus ticket", Category.TRANSPORT),
        Expense(date(2024, 3, 31), Decimal("38.75"), "weekly shop", Category.GROCERIES),
        Expense(date(2024, 4, 1), Decimal("950.00"), "april rent", Category.RENT),
    ]


@pytest.fixture
def csv_export(tmp_path: Path) -> Path:
    path = tmp_path / "bank-export.csv"
    path.write_text(
        "Date,Amount,Category,Description\n"
        "2024-03-04,12.50,groceries,bakery\n"
        "2024-03-05,\"1,250.00\",rent,deposit\n"
        "\n"
        "2024-03-09,7.80,,parking\n",
        encoding="utf-8",
    )
    return path
