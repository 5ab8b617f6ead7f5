from datetime import date

import pytest
from invoicing.numbering import InvoiceNumberer, due_date


def test_numbers_are_padded_and_carry_the_year(sequence):
    numberer = InvoiceNumberer(sequence)
    assert numberer.next_number(date(2024, 1, 5)) == "INV-2024-0001"
    assert numberer.next_number(date(2024, 1, 6)) == "INV-2024-0002"


def test_exhausted_sequence_is_an_error():
    numberer = InvoiceNumberer(iter([1]))
    numberer.next_number(date(2024, 1, 5))
    with pytest.raises(RuntimeError):
        numberer.next_number(date(2024, 1, 5))


def test_due_date_skips_the_weekend():
    # Friday 1 March 2024, two business days later is Tuesday 5 March.
    assert due_date(date(2024, 3, 1), 2) == date(2024, 3, 5)


def test_due_date_skips_holidays():
    assert due_date(date(2024, 3, 1), 1, holidays={date(2024, 3, 4)}) == date(2024, 3, 5)
