import itertools
from datetime import date
from decimal import Decimal

import pytest
from invoicing import Invoice


@pytest.fixture
def sequence():
    return itertools.count(1)


@pytest.fixture
def invoice() -> Invoice:
    bill = Invoice("INV-2024-0001", "acme@example.com", date(2024, 3, 1), date(2024, 3, 15), tax_rate=Decimal("0.20"))
    bill.add_line("Consulting", Decimal("120.00"), 3)
    bill.add_line("Travel", "45.50")
    return bill
