import pytest
from bookings.calendar import BookingConflict, Calendar
from bookings.slots import Slot


def test_book_gives_increasing_ids(calendar: Calendar) -> None:
    first = calendar.book("Aurora", Slot.parse("2026-03-14 10:00-11:00"), "maria@example.com")
    second = calendar.book("Aurora", Slot.parse("2026-03-14 11:00-12:00"), "li@example.com")
    assert (first.id, second.id) == (1, 2)


def test_book_refuses_an_overlapping_slot(calendar: Calendar) -> None:
    calendar.book("Aurora", Slot.parse("2026-03-14 10:00-11:00"), "maria@example.com")
    with pytest.raises(BookingConflict) as raised:
        calendar.book("Aurora", Slot.parse("2026-03-14 10:30-11:30"), "li@example.com")
    assert raised.value.existing.who == "maria@example.com"


def test_book_refuses_the_past(calendar: Calendar) -> None:
    with pytest.raises(ValueError, match="in the past"):
        calendar.book("Borealis", Slot.parse("2026-03-14 08:00-08:30"), "li@example.com")
