"""The validation report: plain frozen dataclasses, JSON in and out.

Statuses of a test: passed, failed, error, timeout, pending (no implementation yet:
TDD), flaky, skipped. Statuses of an assert line: passed, failed, error, not_run, pending.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

TEST_STATUSES = ("passed", "failed", "error", "timeout", "pending", "flaky", "skipped")
BAD_STATUSES = frozenset({"failed", "error", "timeout"})


@dataclass(frozen=True)
class SyntaxProblem:
    message: str
    line: int
    column: int = 0


@dataclass(frozen=True)
class AssertOutcome:
    line: int
    status: str
    expected: str | None = None
    actual: str | None = None
    message: str = ""
    literal: str | None = None  # a failed check's actual value as a literal that reads back equal


@dataclass(frozen=True)
class TestOutcome:
    __test__ = False  # a report type, not a pytest test class

    id: str  # "test_x", "test_x[1-2]", "TestC::test_m"
    name: str  # the function: "test_x", "TestC.test_m"
    line: int  # the `def` line in the test file
    status: str
    message: str = ""
    duration_s: float = 0.0
    error_type: str | None = None
    error_line: int | None = None  # line in the test file where the error surfaced
    source_line: int | None = None  # line in the module under test where it was raised
    asserts: tuple[AssertOutcome, ...] = ()


@dataclass(frozen=True)
class MissingBranch:
    line: int
    to: int | None  # None: the branch that leaves the function


@dataclass(frozen=True)
class CoverageReport:
    line_rate: float  # 0..1 over the function body's statements
    branch_rate: float | None  # None when the function has no branches
    statements: int
    covered_lines: tuple[int, ...]
    uncovered_lines: tuple[int, ...]
    branches: int = 0
    branches_covered: int = 0
    missing_branches: tuple[MissingBranch, ...] = ()
    per_test: dict[str, tuple[int, ...]] = field(default_factory=dict)  # with per_test_detail


@dataclass(frozen=True)
class Survivor:
    id: int
    operator: str
    line: int
    col: int
    description: str  # "`<` to `<=` on line 12"

    @property
    def sentence(self) -> str:
        return f"{self.description} survives"


@dataclass(frozen=True)
class MutationReport:
    killed: int  # includes mutants stopped by a time limit (they changed behaviour)
    total: int  # mutants that compiled and ran
    per_operator: dict[str, tuple[int, int]] = field(default_factory=dict)  # op -> (killed, total)
    survivors: tuple[Survivor, ...] = ()
    timeouts: int = 0
    incompetent: int = 0  # did not compile or could not be installed; not in `total`
    not_run: int = 0  # stopped by the suite time limit or a cancelled lane; not in `total`
    note: str = ""
    killers: dict[int, tuple[str, ...]] = field(default_factory=dict)  # with per_test_detail

    @property
    def score(self) -> float:
        return self.killed / self.total if self.total else 0.0


@dataclass(frozen=True)
class ValidationReport:
    syntax_ok: bool
    syntax_error: SyntaxProblem | None = None
    implemented: bool = True
    tests: tuple[TestOutcome, ...] = ()
    coverage: CoverageReport | None = None
    mutation: MutationReport | None = None
    duration_s: float = 0.0
    reason: str = ""  # why the sandbox stopped or refused something; "" when it did not
    collection_error: str = ""  # the test module could not be imported / collected
    collection_error_line: int | None = None
    target_error: str = ""  # the function under test could not be imported
    source_path: str | None = None  # the module file whose lines `coverage` refers to
    from_cache: bool = False

    def count(self, status: str) -> int:
        return sum(1 for test in self.tests if test.status == status)

    @property
    def ok(self) -> bool:
        """No test failed or errored (pending, skipped and flaky are not failures)."""
        if not self.syntax_ok or self.collection_error:
            return False
        return not any(test.status in BAD_STATUSES for test in self.tests)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        if self.mutation is not None:
            data["mutation"]["score"] = self.mutation.score
            data["mutation"]["per_operator"] = {
                op: {"killed": k, "total": t} for op, (k, t) in self.mutation.per_operator.items()}
            for survivor, entry in zip(self.mutation.survivors, data["mutation"]["survivors"],
                                       strict=True):
                entry["sentence"] = survivor.sentence
        data["counts"] = {status: self.count(status) for status in TEST_STATUSES}
        data["ok"] = self.ok
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ValidationReport:
        syntax = data.get("syntax_error")
        coverage = data.get("coverage")
        mutation = data.get("mutation")
        return cls(
            syntax_ok=data["syntax_ok"],
            syntax_error=SyntaxProblem(**syntax) if syntax else None,
            implemented=data.get("implemented", True),
            tests=tuple(
                TestOutcome(**{**t, "asserts": tuple(AssertOutcome(**a) for a in t["asserts"])})
                for t in data.get("tests", [])),
            coverage=None if coverage is None else CoverageReport(**{
                **coverage,
                "covered_lines": tuple(coverage["covered_lines"]),
                "uncovered_lines": tuple(coverage["uncovered_lines"]),
                "missing_branches": tuple(MissingBranch(**b) for b in coverage["missing_branches"]),
                "per_test": {k: tuple(v) for k, v in coverage.get("per_test", {}).items()},
            }),
            mutation=None if mutation is None else MutationReport(
                killed=mutation["killed"], total=mutation["total"],
                per_operator={op: (v["killed"], v["total"])
                              for op, v in mutation["per_operator"].items()},
                survivors=tuple(Survivor(**{k: v for k, v in s.items() if k != "sentence"})
                                for s in mutation["survivors"]),
                timeouts=mutation["timeouts"], incompetent=mutation["incompetent"],
                not_run=mutation["not_run"], note=mutation.get("note", ""),
                killers={int(k): tuple(v) for k, v in mutation.get("killers", {}).items()}),
            duration_s=data.get("duration_s", 0.0),
            reason=data.get("reason", ""),
            collection_error=data.get("collection_error", ""),
            collection_error_line=data.get("collection_error_line"),
            target_error=data.get("target_error", ""),
            source_path=data.get("source_path"),
            from_cache=data.get("from_cache", False),
        )
