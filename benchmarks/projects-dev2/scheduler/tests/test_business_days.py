from datetime import date

from scheduler.business_days import Calendar


def test_add_business_days_skips_the_weekend(office_calendar: Calendar):
    friday = date(2024, 6, 7)
    assert office_calendar.add_business_days(friday, 1) == date(2024, 6, 10)


def test_add_business_days_skips_a_holiday(office_calendar: Calendar):
    friday_before_whit_monday = date(2024, 5, 17)
    assert office_calendar.add_business_days(friday_before_whit_monday, 1) == date(2024, 5, 21)


def test_add_business_days_counts_backwards(office_calendar: Calendar):
    assert office_calendar.add_business_days(date(2024, 6, 10), -1) == date(2024, 6, 7)
