from datetime import date

import pytest
from ledger.account import Account


@pytest.fixture
def account():
    acc = Account("Jana Novak", today=lambda: date(2026, 1, 31))
    acc.deposit(10_000, "salary")
    return acc
