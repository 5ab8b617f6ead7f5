"""TDD candidates run on bodies the model drafted for the function (`model.implementations`).

Without an implementation the candidates' claims can only vote (`validate.rank`). A drafted
body is another voter: each candidate check runs on each draft, in the sandbox like every
generated test: a check that holds on most drafts supports its claims, and one that does not
is left out (`rank.VotingRules`). A draft on which no assert holds says nothing, and is not
counted. Where the docstring's own tests come too (its examples: the spec), only the drafts
that pass all of them count (`meeting_the_spec`). Drafts are module overlays: nothing on
disk changes, and the user never sees them.

The drafts also say what they return. The 0.5B model writes a function much better than it
predicts values (docs/results.md, issue 13), so where a check's expected value differs from
the value every working draft returns for the same call, `with_drafted_value` puts that value
in the check: the model chose the inputs, its drafts the expected results.
"""

from __future__ import annotations

import ast
import builtins
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from testdraft.cancellation import NEVER_CANCELLED, CancelToken
from testdraft.generate.base import CandidateTest
from testdraft.generate.pytest_code import check_outcome
from testdraft.render.edits import same_test_key
from testdraft.render.module import render_module
from testdraft.spec.locate import replace_body
from testdraft.validate.engine import ValidationOptions, validate_suite
from testdraft.validate.report import TestOutcome, ValidationReport
from testdraft.validate.stub_check import STUB_OPTIONS, report_statuses, with_module_text
from testdraft.validate.target import ValidationTarget, target_source
from testdraft.validate.worker.asserts import actual_is_left

DRAFT_OPTIONS: ValidationOptions = STUB_OPTIONS


def drafted_targets(target: ValidationTarget, bodies: Sequence[str]) -> list[ValidationTarget]:
    """`target` once per drafted body, the function's body replaced by it (those that cannot
    be put in place are left out)."""
    source, path = target_source(target)
    if source is None:
        return []
    drafted = []
    for body in bodies:
        text = replace_body(source, target.qualname, body)
        overlaid = with_module_text(target, text, path) if text is not None else None
        if overlaid is not None:
            drafted.append(overlaid)
    return drafted


# meta: the check as the model wrote it, before the drafts' value took its place
DRAFTED_VALUE = "expected_before_drafts"
_HELD = ""  # a draft's "value" for a check that passed on it


@dataclass(frozen=True)
class DraftRuns:
    """What the drafts said of the units: on how many each passed (by `same_test_key`), how
    many drafts some unit that asserts passed on (the working drafts), and for a unit that
    failed on every working draft, the value they all returned (a literal). A draft on which
    no assert holds tells nothing: it may be broken (raising on every input), or every
    candidate wrong, and the candidates' votes decide as without drafts (on HumanEval without
    examples, trusting such a draft lost more right tests than wrong ones; on a real project,
    a draft raising on every input vetoed right tests: docs/results.md, issue 13)."""

    held: Counter[str] = field(default_factory=Counter)
    working_at: tuple[int, ...] = ()  # the working drafts' places in the drafts run on
    values: dict[str, str] = field(default_factory=dict)

    @property
    def working(self) -> int:
        return len(self.working_at)

    def supports(self, unit: CandidateTest) -> bool:
        """The unit holds on most of the working drafts."""
        return 2 * self.held[same_test_key(unit.code)] > self.working > 0


def held_on_drafts(units: Sequence[CandidateTest], drafts: Sequence[ValidationTarget],
                   options: ValidationOptions = DRAFT_OPTIONS,
                   cancel: CancelToken = NEVER_CANCELLED) -> DraftRuns:
    """Each unit run on each draft (one sandbox run per draft)."""
    held: Counter[str] = Counter()
    returned: list[dict[str, str | None]] = []  # per working draft: unit key -> value, `_HELD` or unknown
    working_at: list[int] = []
    keys = {unit.name: same_test_key(unit.code) for unit in units}
    asserting = {keys[unit.name] for unit in units if _asserts(unit)}
    for index, draft in enumerate(drafts):
        report = validate_suite(render_module(units), draft, options, cancel)
        passed = {keys[name] for name in _passed(report) if name in keys}
        held.update(passed)
        if passed & asserting:  # a draft that raises on every input passes only the `pytest.raises` checks
            returned.append(_returned(report, keys))
            working_at.append(index)
    return DraftRuns(held, tuple(working_at), _agreed(returned, keys.values()))


def meeting_the_spec(drafts: Sequence[ValidationTarget], spec_units: Sequence[CandidateTest],
                     options: ValidationOptions = DRAFT_OPTIONS,
                     cancel: CancelToken = NEVER_CANCELLED) -> list[ValidationTarget]:
    """The drafts that pass every one of `spec_units` (the docstring's own checks, one check
    each, uniquely named). In TDD the docstring is the spec: a draft that fails one of its
    examples is wrong by the docstring's own word, and so would its votes and values be
    (measured on HumanEval with examples, docs/results.md). None may be left: the candidates
    then vote without drafts."""
    if not spec_units:
        return list(drafts)
    module = render_module(spec_units)
    names = {unit.name for unit in spec_units}
    return [draft for draft in drafts if names <= _passed(validate_suite(module, draft, options, cancel))]


def _passed(report: ValidationReport) -> set[str]:
    """The tests of `report` that ran and passed every time they ran."""
    return {name for name, seen in report_statuses(report).items()
            if seen and all(status == "passed" for status in seen)}


def _asserts(unit: CandidateTest) -> bool:
    """The test's own statements include an `assert` (it checks a value, not only an error)."""
    try:
        tree = ast.parse(unit.code)
    except SyntaxError:
        return False
    return any(isinstance(statement, ast.Assert) for function in tree.body
               if isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef) for statement in function.body)


def _returned(report: ValidationReport, keys: dict[str, str]) -> dict[str, str | None]:
    """unit key -> `_HELD` if it passed, the literal its one failed check saw, else None."""
    outcomes: dict[str, list[TestOutcome]] = {}
    for outcome in report.tests:
        outcomes.setdefault(outcome.name, []).append(outcome)
    returned: dict[str, str | None] = {}
    for name, key in keys.items():
        seen = outcomes.get(name, [])
        if len(seen) != 1:  # not run, or parametrized: no one value
            returned[key] = None
        elif seen[0].status == "passed":
            returned[key] = _HELD
        else:
            failed = [check for check in seen[0].asserts if check.status == "failed"]
            returned[key] = failed[0].literal if seen[0].status == "failed" and len(failed) == 1 else None
    return returned


def _agreed(returned: list[dict[str, str | None]], keys: Iterable[str]) -> dict[str, str]:
    """unit key -> the value every working draft returned where the unit failed on all of them."""
    agreed = {}
    for key in set(keys):
        literals = [value for draft in returned if (value := draft.get(key))]  # not unknown, not `_HELD`
        if not literals or len(literals) != len(returned):
            continue
        values = [_read(literal) for literal in literals]
        if values[0] is None:  # what the stub returns: a check of it cannot fail (a draft that forgot to return)
            continue
        if all(value is not _UNREADABLE and type(value) is type(values[0]) and value == values[0] for value in values):
            agreed[key] = literals[0]
    return agreed


_UNREADABLE = object()


def _read(literal: str) -> object:
    try:
        return ast.literal_eval(literal)
    except (SyntaxError, ValueError, TypeError, MemoryError, RecursionError):
        return _UNREADABLE


def with_drafted_value(unit: CandidateTest, literal: str) -> CandidateTest | None:
    """`unit` (one check, `rank.split_candidate`) expecting `literal` instead, without the
    check's message, named for what it now checks, and with its old test in the meta; None
    when its check is not an `==`/`is` against a literal or a truth test of a call whose value
    is a bool, or the value needs a comparison a literal cannot write (floats in nested
    containers)."""
    value = _read(literal)
    try:
        tree = ast.parse(unit.code)
    except SyntaxError:
        return None
    if value is _UNREADABLE:
        return None
    function = tree.body[0] if len(tree.body) == 1 else None
    if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
        return None
    if not isinstance(function.body[-1], ast.Assert):
        return None
    check = function.body[-1]
    expecting = _expecting(check.test, value, literal)
    if expecting is None:
        return None
    before = ast.unparse(check.test)
    name = renamed_for_outcome(function.name, check.test, expecting)
    function.name = name
    check.test = expecting
    check.msg = None  # it spoke of the old value ('expected 1.0 for one element')
    imports = unit.imports
    if "pytest.approx" in ast.unparse(expecting) and "import pytest" not in imports:
        imports = (*imports, "import pytest")
    return replace(unit, name=name, code=ast.unparse(tree) + "\n", imports=imports,
                   meta={**unit.meta, DRAFTED_VALUE: before})


def renamed_for_outcome(name: str, before: ast.expr, after: ast.expr) -> str:
    """`test_free_shipping_is_false_for_200_0` becomes `..._is_true_...` when the check now
    expects True (`before` the check the name was given for, `after` the one it has): a name
    that says what the check no longer does misleads its reader."""
    old, _ = check_outcome(before)
    new, _ = check_outcome(after)
    return name if old == new else re.sub(rf"_{old}(?=_|$)", f"_{new}", name, count=1)


def _expecting(test: ast.expr, value: object, literal: str) -> ast.expr | None:
    if isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], ast.Eq | ast.Is):
        left, right = test.left, test.comparators[0]
        left_is_actual = actual_is_left(left, right)  # the side whose value the sandbox reported
        actual, expected = (left, right) if left_is_actual else (right, left)
        if not _is_literal(expected):
            return None
        new = _value_node(value, literal)
        if new is None:
            return None
        op: ast.cmpop = ast.Is() if value is None or isinstance(value, bool) else ast.Eq()
        return ast.Compare(left=actual, ops=[op], comparators=[new]) if left_is_actual \
            else ast.Compare(left=new, ops=[op], comparators=[actual])
    if not isinstance(value, bool) or isinstance(test, ast.Compare | ast.BoolOp):
        return None
    inner = test.operand if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not) else test
    call = inner.value if isinstance(inner, ast.Await) else inner
    if not isinstance(call, ast.Call) or (isinstance(call.func, ast.Name) and hasattr(builtins, call.func.id)):
        return None  # `assert isinstance(...)`, `assert all(...)`: a truth about the value, not the value
    return inner if value else ast.UnaryOp(op=ast.Not(), operand=inner)


def _is_literal(node: ast.expr) -> bool:
    """A literal, or `pytest.approx(<literal>)`."""
    if isinstance(node, ast.Call) and ast.unparse(node.func).endswith("approx") and node.args:
        node = node.args[0]
    try:
        ast.literal_eval(node)
    except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
        return False
    return True


def _value_node(value: object, literal: str) -> ast.expr | None:
    """The expected value as code: the literal, in `pytest.approx` when it holds floats (a
    real implementation may round otherwise than a draft); None for floats approx cannot take."""
    if not _has_float(value):
        return ast.parse(literal, mode="eval").body
    if isinstance(value, float):
        node = ast.parse(repr(_readable(value)), mode="eval").body
    elif isinstance(value, list | tuple) and all(isinstance(item, int | float) for item in value):
        node = ast.parse(repr(type(value)(_readable(item) for item in value)), mode="eval").body
    else:
        return None
    approx = ast.Attribute(value=ast.Name(id="pytest", ctx=ast.Load()), attr="approx", ctx=ast.Load())
    return ast.Call(func=approx, args=[node], keywords=[])


def _readable(number: float) -> float:
    """12 significant digits: `approx(0.456)`, not `approx(0.45600000000000307)` (approx's
    tolerance, 1e-6 relative, takes the difference)."""
    return float(f"{number:.12g}") if isinstance(number, float) else number


def _has_float(value: object) -> bool:
    if isinstance(value, float):
        return True
    if isinstance(value, list | tuple | set | frozenset):
        return any(_has_float(item) for item in value)
    if isinstance(value, dict):
        return any(_has_float(item) for item in (*value.keys(), *value.values()))
    return False
