"""Reminder e-mails through the mail service's HTTP API.

The client is an async HTTP client (httpx.AsyncClient in production) whose
``post(url, json=...)`` returns a response with ``status_code``.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from bookings.calendar import Booking, Calendar


class ReminderFailed(Exception):
    pass


def reminder_text(booking: Booking) -> str:
    text = f"Reminder: {booking.room} is booked for you at {booking.slot.start:%H:%M} ({booking.slot.minutes} min)."
    if booking.note:
        text += f" Note: {booking.note}"
    return text


async def send_reminder(client: Any, booking: Booking) -> None:
    """Send one reminder to the person who booked.

    Raises:
        ReminderFailed: if the mail service does not answer 202.
    """
    response = await client.post("/v1/messages", json={"to": booking.who, "body": reminder_text(booking)})
    if response.status_code != 202:
        raise ReminderFailed(f"booking {booking.id}: mail service answered {response.status_code}")


async def send_due_reminders(client: Any, calendar: Calendar, within: timedelta = timedelta(hours=1)) -> list[int]:
    """Remind everyone whose booking starts within `within`.

    Returns the ids of the bookings whose reminder could not be sent; one failure
    does not stop the others.
    """
    failed = []
    for booking in calendar.upcoming(within):
        try:
            await send_reminder(client, booking)
        except ReminderFailed:
            failed.append(booking.id)
    return failed
