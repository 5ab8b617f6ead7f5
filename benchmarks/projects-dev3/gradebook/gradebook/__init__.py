"""Students, grades, letter grades, rankings and roster sync for the school's teachers."""

from gradebook.book import Gradebook, UnknownStudentError, rank_students, students_below
from gradebook.models import Student, Term
from gradebook.roster import RosterApi, RosterError, import_roster, sync_roster, write_reports

__all__ = [
    "Gradebook",
    "RosterApi",
    "RosterError",
    "Student",
    "Term",
    "UnknownStudentError",
    "import_roster",
    "rank_students",
    "students_below",
    "sync_roster",
    "write_reports",
]
