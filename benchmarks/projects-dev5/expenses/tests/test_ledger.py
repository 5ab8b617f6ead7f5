from datetime import date
from decimal import Decimal

from expenses.ledger import load_expenses_csv
from expenses.models import Category


def test_list_month_returns_stored_expenses_in_date_order(ledger, sample_expenses) -> None:
    ids = ledger.add(*sample_expenses)

    march = ledger.list_month(2024, 3)

    assert len(ids) == 5
    assert [e.spent_on for e in march] == [date(2024, 3, 1), date(2024, 3, 2), date(2024, 3, 15), date(2024, 3, 31)]
    assert march[0].amount == Decimal("950.00")
    assert march[0].id == sample_expenses[1].id


def test_list_month_filters_by_category(ledger, sample_expenses) -> None:
    ledger.add(*sample_expenses)

    groceries = ledger.list_month(2024, 3, Category.GROCERIES)

    assert [e.amount for e in groceries] == [Decimal("54.20"), Decimal("38.75")]


def test_csv_import_uses_default_category_for_blank_cells(csv_export) -> None:
    expenses = load_expenses_csv(csv_export, default_category=Category.TRANSPORT)

    assert [e.category for e in expenses] == [Category.GROCERIES, Category.RENT, Category.TRANSPORT]
    assert expenses[1].amount == Decimal("1250.00")
