"""Roster import and sync, and per-student report files."""

from __future__ import annotations

import csv
import re
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Protocol, TextIO

from gradebook.book import Gradebook
from gradebook.models import Student

REQUIRED_COLUMNS = ("student_id", "name")


class RosterError(ValueError):
    """Raised when a roster file cannot be imported."""


class RosterApi(Protocol):
    """The district's student-information API, as far as the gradebook uses it."""

    async def fetch_roster(self, course: str, term: str) -> list[dict[str, str]]:
        """Records with "student_id", "name" and optionally "email"."""
        ...


def import_roster(stream: TextIO, book: Gradebook) -> int:
    """Add the students of a CSV roster to a gradebook.

    The first row is a header; columns ``student_id`` and ``name`` are required and
    ``email`` is optional; other columns are ignored. Blank rows are skipped. Names are
    normalized. Students already enrolled are left as they are.

    Args:
        stream: The CSV text; read to the end, not closed.
        book: The gradebook to add to.

    Returns:
        The number of students added.

    Raises:
        RosterError: If a required column is missing, a row has an empty id, or an id
            appears twice in the file. Rows before the bad one are already added.
    """
    reader = csv.DictReader(stream)
    header = [name.strip() for name in reader.fieldnames or []]
    missing = [column for column in REQUIRED_COLUMNS if column not in header]
    if missing:
        raise RosterError(f"roster is missing columns: {', '.join(missing)}")
    reader.fieldnames = header
    enrolled = {s.student_id for s in book.students}
    seen: set[str] = set()
    added = 0
    for row in reader:
        values = {key: (value or "").strip() for key, value in row.items() if key is not None}
        if not any(values.values()):
            continue
        student_id = values["student_id"]
        if not student_id:
            raise RosterError(f"row {reader.line_num}: empty student_id")
        if student_id in seen:
            raise RosterError(f"row {reader.line_num}: duplicate student_id {student_id}")
        seen.add(student_id)
        if student_id in enrolled:
            continue
        name = Student.normalize_name(values["name"])
        book.add_student(Student(student_id, name, email=values.get("email", "")))
        added += 1
    return added


async def sync_roster(book: Gradebook, api: RosterApi) -> tuple[int, int]:
    """Bring the gradebook's enrolment in line with the district's roster.

    Students on the roster but not in the gradebook are added; active students missing
    from the roster are marked inactive (their grades are kept). A returning student who was
    marked inactive becomes active again.

    Args:
        book: The gradebook; changed in place.
        api: The API client; ``fetch_roster`` is awaited once with the course and the term's
            value.

    Returns:
        (added, deactivated) counts.

    Raises:
        RosterError: If a record lacks a student id.
    """
    records = await api.fetch_roster(book.course, book.term.value)
    on_roster: set[str] = set()
    added = 0
    for record in records:
        student_id = (record.get("student_id") or "").strip()
        if not student_id:
            raise RosterError(f"roster record without student_id: {record!r}")
        on_roster.add(student_id)
        current = {s.student_id for s in book.students}
        if student_id in current:
            continue
        name = Student.normalize_name(record.get("name", ""))
        book.add_student(Student(student_id, name, email=record.get("email", "")))
        added += 1
    deactivated = 0
    for student in book.students:
        if student.student_id not in on_roster:
            student.active = False
            deactivated += 1
    return added, deactivated


def write_reports(book: Gradebook, directory: Path, clock: Callable[[], datetime] = datetime.now) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    stamp = clock().strftime("%Y-%m-%d")
    written = []
    for student in book.students:
        try:
            average = book.average(student.student_id)
            letter = book.letter_grade(student.student_id)
            result = f"Average: {average:.1f}\nLetter: {letter}\n"
        except ValueError:
            result = "Average: no grades yet\n"
        safe_id = re.sub(r"[^A-Za-z0-9_-]", "_", student.student_id)
        path = directory / f"{safe_id}.txt"
        lines = [
            f"{book.course} - {book.term.value.capitalize()} term",
            f"Student: {student.name} ({student.student_id})",
            f"Generated: {stamp}",
            "",
        ]
        path.write_text("\n".join(lines) + result, encoding="utf-8")
        written.append(path)
    return written
