from datetime import date

import pytest

EUROPEAN_CSV = """\
Kunde;E-Mail;Betrag;Member since;Perms;Tags
Anna Berg;anna@example.org;1.234,56;03.04.2021;rw--;vip, newsletter
Bernd Kraus;bernd@example.org;-12,50;2022-11-30;r---;
Carla Diaz;not-an-email;100,00;01/02/2020;rwdx;staff|admin
"""

US_CSV = """\
Full Name,Email,Balance,Currency,Joined,Access
"Doe, Jane",jane@example.com,"1,234.56",USD,"Mar 05, 2019",r--x
John Roe,john@example.com,99.90,usd,2023-07-01,----
"""


@pytest.fixture
def sample_csv() -> str:
    """Semicolon-separated export with German headers and European amounts."""
    return EUROPEAN_CSV


@pytest.fixture
def us_csv() -> str:
    return US_CSV


@pytest.fixture
def csv_path(tmp_path, sample_csv):
    path = tmp_path / "accounts.csv"
    path.write_text(sample_csv, encoding="utf-8")
    return path


@pytest.fixture
def today() -> date:
    return date(2024, 6, 1)
