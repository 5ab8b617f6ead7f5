"""JSON export and import of the day's waiting queue."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from clinicq.patients import Patient
from clinicq.waitlist import TicketCounter, WaitingQueue

FORMAT_VERSION = 1


class QueueFileError(ValueError):
    """Raised when a saved queue file cannot be read back."""


def export_queue(queue: WaitingQueue, path: str | os.PathLike[str], day: date) -> Path:
    """Save the queue for ``day`` as JSON, replacing the file atomically, and return its path."""
    path = Path(path)
    document = {
        "format": FORMAT_VERSION,
        "day": day.isoformat(),
        "entries": [
            {
                "ticket": entry.ticket,
                "name": entry.patient.name,
                "birth_date": entry.patient.birth_date.isoformat(),
                "phone": entry.patient.phone,
                "triage": entry.patient.triage.name,
                "arrived_at": entry.arrived_at.isoformat(),
            }
            for entry in queue
        ],
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(document, indent=2), encoding="utf-8")
    os.replace(tmp, path)
    return path


def import_queue(
    path: str | os.PathLike[str],
    *,
    expected_day: date | None = None,
    today: Callable[[], date] = date.today,
) -> WaitingQueue:
    """Load a queue saved by :func:`export_queue`.

    Tickets keep their numbers, and new tickets continue after the highest
    one in the file.

    Args:
        path: The JSON file.
        expected_day: If given, the file must be the export of that day.
        today: Clock given to the restored patients.

    Returns:
        A new queue holding the saved entries.

    Raises:
        FileNotFoundError: If the file does not exist.
        QueueFileError: If the file is not valid JSON, has another format
            version, is for another day than ``expected_day``, or an entry
            is incomplete or invalid.
    """
    try:
        document = json.loads(Path(path).read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise QueueFileError(f"{path}: not valid JSON ({exc.msg})") from exc
    if not isinstance(document, dict) or document.get("format") != FORMAT_VERSION:
        raise QueueFileError(f"{path}: unsupported queue file format")
    if expected_day is not None and document.get("day") != expected_day.isoformat():
        raise QueueFileError(f"{path}: queue of {document.get('day')}, expected {expected_day.isoformat()}")

    entries = document.get("entries", [])
    try:
        restored = [
            (
                int(row["ticket"]),
                Patient.from_row(row, today=today),
                datetime.fromisoformat(row["arrived_at"]),
            )
            for row in entries
        ]
    except (KeyError, TypeError, ValueError) as exc:
        raise QueueFileError(f"{path}: invalid entry ({exc})") from exc

    next_ticket = max((ticket for ticket, _, _ in restored), default=0) + 1
    queue = WaitingQueue(TicketCounter(start=next_ticket))
    for ticket, patient, arrived_at in restored:
        try:
            queue.push(patient, arrived_at, ticket=ticket)
        except ValueError as exc:
            raise QueueFileError(f"{path}: {exc}") from exc
    return queue
