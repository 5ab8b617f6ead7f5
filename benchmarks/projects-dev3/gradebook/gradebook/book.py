"""The gradebook: grades per student, weighted averages, letters and rankings."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from gradebook.models import Student, Term

LETTER_BOUNDARIES = ((90.0, "A"), (80.0, "B"), (70.0, "C"), (60.0, "D"))


class UnknownStudentError(KeyError):
    """Raised when a student id is not in the gradebook."""


class Gradebook:
    """Grades of one class for one term, scores from 0 to 100 in named categories."""

    def __init__(self, course: str, term: Term) -> None:
        self.course = course
        self.term = term
        self._students: dict[str, Student] = {}
        self._grades: dict[str, dict[str, list[float]]] = {}

    @property
    def students(self) -> list[Student]:
        """The active students, sorted by name then id; a new list on every access."""
        active = [s for s in self._students.values() if s.active]
        return sorted(active, key=lambda s: (s.name.casefold(), s.student_id))

    def add_student(self, student: Student) -> None:
        """Enrol a student, or re-enrol one who left; earlier grades are kept.

        Args:
            student: The student; replaces an inactive student with the same id.

        Raises:
            ValueError: If an active student with the same id is already enrolled.
        """
        if student.student_id in self._students:
            existing = self._students[student.student_id]
            if existing.active:
                raise ValueError(f"student {student.student_id} is already enrolled")
        self._students[student.student_id] = student
        self._grades.setdefault(student.student_id, {})

    def add_grade(self, student_id: str, category: str, score: float) -> None:
        """Record one score.

        Args:
            student_id: The student.
            category: The kind of work, for example "homework" or "exam"; compared
                case-insensitively.
            score: Points from 0 to 100 inclusive.

        Raises:
            UnknownStudentError: If the student is not in the gradebook.
            ValueError: If the score is outside 0..100 or the category is blank.
        """
        if student_id not in self._students:
            raise UnknownStudentError(student_id)
        if not 0 <= score <= 100:
            raise ValueError(f"score must be between 0 and 100, got {score}")
        key = category.strip().lower()
        if not key:
            raise ValueError("category must not be blank")
        self._grades[student_id].setdefault(key, []).append(float(score))

    def average(
        self,
        student_id: str,
        weights: Mapping[str, float] | None = None,
        *,
        drop_lowest: bool = False,
    ) -> float:
        """A student's average score.

        Without weights every score counts the same. With weights, each category's mean is
        weighted; categories the student has no score in are left out and the remaining
        weights are rescaled to sum to 1.

        Args:
            student_id: The student.
            weights: Weight per category (case-insensitive); need not sum to 1.
            drop_lowest: Drop the single lowest score of each category that has at least two
                scores.

        Returns:
            The average, from 0 to 100.

        Raises:
            UnknownStudentError: If the student is not in the gradebook.
            ValueError: If the student has no grades, a weight is negative, or a graded
                category has no weight (or all weights of graded categories are zero).
        """
        if student_id not in self._students:
            raise UnknownStudentError(student_id)
        by_category: dict[str, list[float]] = {}
        for category, scores in self._grades[student_id].items():
            kept = sorted(scores)
            if drop_lowest and len(kept) >= 2:
                kept = kept[1:]
            if kept:
                by_category[category] = kept
        if not by_category:
            raise ValueError(f"student {student_id} has no grades")
        if weights is None:
            every = [score for scores in by_category.values() for score in scores]
            return sum(every) / len(every)
        lowered = {name.lower(): weight for name, weight in weights.items()}
        if any(weight < 0 for weight in lowered.values()):
            raise ValueError("weights must not be negative")
        missing = sorted(set(by_category) - set(lowered))
        if missing:
            raise ValueError(f"no weight for categories: {', '.join(missing)}")
        total_weight = sum(lowered[c] for c in by_category)
        if total_weight == 0:
            raise ValueError("the graded categories all have zero weight")
        weighted = sum(lowered[c] * sum(s) / len(s) for c, s in by_category.items())
        return weighted / total_weight

    def letter_grade(self, student_id: str, weights: Mapping[str, float] | None = None) -> str:
        """The letter for a student's average.

        Boundaries are inclusive at the bottom: at or above 90 is A, at or above 80 is B,
        at or above 70 is C, at or above 60 is D, anything lower is F. The average is not
        rounded first, so 89.99 is a B.

        Args:
            student_id: The student.
            weights: Passed to ``average``.

        Returns:
            One of "A", "B", "C", "D", "F".

        Raises:
            UnknownStudentError: If the student is not in the gradebook.
            ValueError: If the student has no grades.
        """
        score = self.average(student_id, weights)
        for boundary, letter in LETTER_BOUNDARIES:
            if score >= boundary:
                return letter
        return "F"


def rank_students(book: Gradebook, weights: Mapping[str, float] | None = None) -> list[tuple[int, Student, float]]:
    """Rank the active students by average, best first.

    Ties share a rank and the next rank is skipped ("competition ranking": 1, 2, 2, 4).
    Averages are compared after rounding to 2 decimals. Students without grades are left out.

    Args:
        book: The gradebook.
        weights: Passed to ``Gradebook.average``.

    Returns:
        (rank, student, average) triples; tied students are ordered by name.
    """
    scored = []
    for student in book.students:
        try:
            scored.append((round(book.average(student.student_id, weights), 2), student))
        except ValueError:
            continue
    scored.sort(key=lambda pair: (-pair[0], pair[1].name.casefold()))
    ranked: list[tuple[int, Student, float]] = []
    previous: float | None = None
    rank = 0
    for position, (score, student) in enumerate(scored, start=1):
        if score != previous:
            rank = position
            previous = score
        ranked.append((rank, student, score))
    return ranked


def students_below(book: Gradebook, threshold: float) -> Iterator[tuple[Student, float]]:
    """Yield the active students whose average is strictly below a threshold.

    Meant for progress warnings; students with no grades yet are yielded with an average
    of 0.0 since they need attention too.

    Args:
        book: The gradebook.
        threshold: The cut-off, from 0 to 100; a student exactly at it is not yielded.

    Yields:
        (student, average) pairs in the order of ``Gradebook.students``.

    Raises:
        ValueError: If the threshold is outside 0..100 (raised on the first ``next``).
    """
    if not 0 <= threshold <= 100:
        raise ValueError(f"threshold must be between 0 and 100, got {threshold}")
    for student in book.students:
        try:
            avg = book.average(student.student_id)
        except ValueError:
            avg = 0.0
        if avg < threshold:
            yield student, avg
