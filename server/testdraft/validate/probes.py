"""Inputs next to the model's, answered by the drafted implementations (TDD).

The vote keeps the model's checks whose values agree; their inputs are the few the model
chose. Bugs sit at the edges of those inputs (one item fewer, n - 1, n + 1, a flag turned),
and the drafts (`validate.drafts`) say what the function returns there. A probe is a kept
check with one literal argument of its call moved to such a neighbour, never to one the kept
checks' own values rule out (zero, negative or empty where they gave none: what a function
returns outside its domain is nobody's spec). It is kept only when every working draft
returns the same literal for it, and only when it kills a mutant of a draft that the kept
checks let live: each probe must catch a bug the others miss. On HumanEval without examples
indiscriminate probes lost passing problems; these did not (docs/results.md, issue 13)."""

from __future__ import annotations

import ast
import copy
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace

from testdraft.cancellation import NEVER_CANCELLED, CancelToken
from testdraft.generate.base import CandidateTest
from testdraft.generate.pytest_code import name_words
from testdraft.render.edits import renamed, same_test_key, unique_name
from testdraft.render.module import render_module
from testdraft.spec.locate import Function
from testdraft.spec.model import FunctionSpec
from testdraft.validate.drafts import DRAFTED_VALUE, DraftRuns, held_on_drafts, renamed_for_outcome, with_drafted_value
from testdraft.validate.engine import ValidationOptions, validate_suite
from testdraft.validate.target import ValidationTarget, target_source
from testdraft.validate.worker.asserts import actual_is_left

MAX_PROBES = 3  # per function: each must kill a mutant no other check kills
MAX_TRIED = 24  # probes run on the drafts, per function
PROBE = "probe_of"  # meta: the check (`assert` test) of the kept test a probe moved an argument of


def probe_checks(kept: Sequence[CandidateTest], spec: FunctionSpec | None, drafts: Sequence[ValidationTarget],
                 runs: DraftRuns, options: ValidationOptions,
                 cancel: CancelToken = NEVER_CANCELLED) -> list[CandidateTest]:
    """The probes worth adding to `kept` (the checks the vote kept; `runs`: what the drafts
    said of them), at most `MAX_PROBES`, each expecting what every working draft returns."""
    if spec is None or not runs.working or not kept:
        return []
    probes = _probes(kept, spec)
    if not probes:
        return []
    working = [drafts[index] for index in runs.working_at]
    answered = held_on_drafts([*kept, *probes], working, cancel=cancel)
    if answered.working != len(working):  # the kept checks no longer hold on one of them
        return []
    valued = [_named_for_value(test) for probe in probes
              if (literal := answered.values.get(same_test_key(probe.code))) is not None
              and (test := with_drafted_value(probe, literal)) is not None]
    return (catching_more(kept, valued, working, options, cancel) or []) if valued else []


def _named_for_value(probe: CandidateTest) -> CandidateTest:
    """The probe named for the value it now expects (`is_false` where the kept check it came
    from was `is_true`); no `DRAFTED_VALUE`: the model guessed no value for it."""
    meta = {key: value for key, value in probe.meta.items() if key != DRAFTED_VALUE}
    tree = ast.parse(probe.code)
    function = tree.body[0]
    assert isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef) and isinstance(function.body[-1], ast.Assert)
    name = renamed_for_outcome(probe.name, ast.parse(str(meta[PROBE]), mode="eval").body, function.body[-1].test)
    return renamed(replace(probe, meta=meta), name)


def _probes(kept: Sequence[CandidateTest], spec: FunctionSpec) -> list[CandidateTest]:
    """Each kept check once per neighbouring input, expecting `...` (a value no function
    returns: the sandbox then reports what the draft returned)."""
    seen = {same_test_key(test.code) for test in kept}
    names = {test.name for test in kept}
    used = argument_values([test.code for test in kept], spec)
    probes = []
    for test in kept:
        for code, words, check in _moved(test.code, spec, used):
            key = same_test_key(code)
            if key in seen:
                continue
            seen.add(key)
            name = unique_name(_probe_name(test, words), names)
            names.add(name)
            probes.append(renamed(replace(test, code=code, meta={**test.meta, PROBE: check}), name))
            if len(probes) >= MAX_TRIED:
                return probes
    return probes


def _call_arguments(code: str, spec: FunctionSpec) -> tuple[Function | None, list[tuple[int | str, object]]]:
    """The test of `code` and the literal arguments (by place, or keyword) of its one call to
    the function, when its last statement checks one value; else (None, [])."""
    try:
        tree = ast.parse(code)
    except SyntaxError:
        return None, []
    function = tree.body[0] if len(tree.body) == 1 else None
    if not isinstance(function, Function) or function.decorator_list:
        return None, []
    call = _call_of(function, spec)
    check = function.body[-1]
    if not isinstance(check, ast.Assert) or call is None or _unanswerable(check.test):
        return None, []
    arguments: list[tuple[int | str, object]] = [
        *enumerate(_literal(argument) for argument in call.args),
        *((keyword.arg or "**", _literal(keyword.value)) for keyword in call.keywords)]
    if not arguments or any(value is _NOT_LITERAL for _, value in arguments):
        return None, []
    return function, arguments


def _call_of(function: Function, spec: FunctionSpec) -> ast.Call | None:
    """The test's one call to the function under test (`Class(...)` for a constructor)."""
    called = spec.class_name if spec.is_constructor else spec.name
    calls = [node for node in ast.walk(function) if isinstance(node, ast.Call)
             and ast.unparse(node.func).split(".")[-1] == called]
    return calls[0] if len(calls) == 1 else None


def _moved(code: str, spec: FunctionSpec, used: Arguments) -> Iterator[tuple[str, str, str]]:
    """`code` with one literal argument of its one call to the function moved to a
    neighbour the kept checks' values allow (`used`), and the check's expected side made
    `...`; with words for the new arguments, and the check it came from."""
    function, arguments = _call_arguments(code, spec)
    if function is None:
        return
    check = function.body[-1]
    assert isinstance(check, ast.Assert)
    for place, (key, value) in enumerate(arguments):
        for neighbour in _neighbours(value):
            if not _in_domain(neighbour, used.get(key, [])):
                continue
            moved = copy.deepcopy(function)
            moved_call = _call_of(moved, spec)
            assert moved_call is not None  # a copy of the test that has it
            node = ast.parse(repr(neighbour), mode="eval").body
            if isinstance(key, int):
                moved_call.args[key] = node
            else:
                moved_call.keywords[place - len(moved_call.args)].value = node
            last = moved.body[-1]
            assert isinstance(last, ast.Assert)
            last.test, last.msg = _expecting_anything(last.test), None
            shown = [repr(neighbour) if index == place else repr(other) for index, (_, other) in enumerate(arguments)]
            yield ast.unparse(moved) + "\n", name_words(" ".join(shown)) or "empty", ast.unparse(check.test)


Arguments = dict[int | str, list[object]]  # argument (place or keyword) -> literal values given it


def argument_values(tests: Iterable[str], spec: FunctionSpec) -> Arguments:
    """What the tests' calls of the function give each argument, where all are literals."""
    used: Arguments = {}
    for code in tests:
        for key, value in _call_arguments(code, spec)[1]:
            used.setdefault(key, []).append(value)
    return used


def inside(code: str, spec: FunctionSpec, used: Arguments) -> bool:
    """Whether the test's call of the function stays where `used` allows (`_in_domain`): the
    pipeline holds the model's checks to the docstring's examples so (TDD, combined mode)."""
    return all(_in_domain(value, used.get(key, [])) for key, value in _call_arguments(code, spec)[1])


def _in_domain(value: object, used: list[object]) -> bool:
    """Whether the checks' own values at this argument allow `value`: no zero or negative
    number where they gave only positive ones, nothing empty where they gave nothing empty (a
    function need not take what it was never meant to: `largest_divisor(0)`)."""
    numbers = [item for item in used if isinstance(item, int | float) and not isinstance(item, bool)]
    if isinstance(value, int | float) and not isinstance(value, bool) and numbers:
        if all(item > 0 for item in numbers) and value <= 0:
            return False
        if all(item >= 0 for item in numbers) and value < 0:
            return False
    sized = [item for item in used if isinstance(item, str | list | tuple | dict | set | frozenset)]
    if isinstance(value, str | list | tuple | dict | set | frozenset) and sized:
        return len(value) > 0 or any(len(item) == 0 for item in sized)
    return True


def _unanswerable(test: ast.expr) -> bool:
    """A check whose value is no `==`/`is` of one side or truth of a call: `<`, `in`, `and`."""
    if isinstance(test, ast.Compare):
        return len(test.ops) != 1 or not isinstance(test.ops[0], ast.Eq | ast.Is)
    inner = test.operand if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not) else test
    return not isinstance(inner.value if isinstance(inner, ast.Await) else inner, ast.Call)


def _expecting_anything(test: ast.expr) -> ast.expr:
    """The check's actual side compared with `...`."""
    if isinstance(test, ast.Compare):
        left, right = test.left, test.comparators[0]
        actual = left if actual_is_left(left, right) else right
    else:
        actual = test.operand if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not) else test
    return ast.Compare(left=actual, ops=[ast.Eq()], comparators=[ast.Constant(value=...)])


_NOT_LITERAL = object()


def _literal(node: ast.expr) -> object:
    try:
        return ast.literal_eval(node)
    except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
        return _NOT_LITERAL


def _neighbours(value: object) -> list[object]:
    """Inputs next to `value` where behaviour tends to change: empty, one fewer, one more."""
    found: list[object]
    if isinstance(value, bool):
        found = [not value]
    elif isinstance(value, int):
        found = [value - 1, value + 1, 0, -value]
    elif isinstance(value, float):
        found = [0.0, -value, value + 1.0]
    elif isinstance(value, str):
        found = ["", value[:-1], value[::-1]]
    elif isinstance(value, list | tuple):
        items = list(value)
        found = [type(value)(part) for part in (items[:0], items[:1], items[:-1], items[::-1], items + items[-1:])]
    elif isinstance(value, dict):
        found = [{}]
    elif isinstance(value, set | frozenset):
        found = [type(value)()]
    else:
        found = []
    unique: list[object] = []
    for item in found:
        if (type(item) is not type(value) or item != value) and all(
                type(item) is not type(other) or item != other for other in unique):
            unique.append(item)
    return unique


def _probe_name(test: CandidateTest, words: str) -> str:
    """The kept test's name with `_for_<the new arguments>` in place of its own (the model's
    naming), or of the `_<n>` a split check was given."""
    base = re.sub(r"_for_\w*$", "", test.name)
    if base == test.name and "split_from" in test.meta:
        base = re.sub(r"_\d+$", "", base)
    return f"{base}_for_{words}" if words and len(words) <= 30 else f"{base}_edge"


def catching_more(kept: Sequence[CandidateTest], extra: list[CandidateTest], drafts: Sequence[ValidationTarget],
                  options: ValidationOptions, cancel: CancelToken,
                  most: int = MAX_PROBES) -> list[CandidateTest] | None:
    """Up to `most` of the `extra` checks, each killing mutants of the drafts (each different
    draft mutated) that the `kept` checks and those chosen before it let live (most first);
    None when no draft could be mutated (nothing tells the checks apart)."""
    detailed = replace(options, per_test_detail=True, mutation=True)
    module = render_module([*kept, *extra])
    kills: dict[str, set[tuple[int, int]]] = {}  # test -> (draft, mutant) it kills
    passed: set[str] | None = None
    texts: set[str] = set()
    for place, draft in enumerate(drafts):
        text = target_source(draft)[0] or ""
        if text in texts:  # the same body sampled twice: the same mutants
            continue
        texts.add(text)
        report = validate_suite(module, draft, detailed, cancel)
        if report.mutation is None:
            continue
        names = {outcome.id: outcome.name.split(".")[-1] for outcome in report.tests}
        here = {names[outcome.id] for outcome in report.tests if outcome.status == "passed"}
        passed = here if passed is None else passed & here
        for mutant, killers in report.mutation.killers.items():
            for test_id in killers:
                kills.setdefault(names.get(test_id, test_id), set()).add((place, mutant))
    if passed is None:
        return None
    killed = set().union(*(kills.get(test.name, set()) for test in kept))
    chosen: list[CandidateTest] = []
    left = [test for test in extra if test.name in passed]
    while left and len(chosen) < most:
        best = max(left, key=lambda test: len(kills.get(test.name, set()) - killed))
        gain = kills.get(best.name, set()) - killed
        if not gain:
            break
        chosen.append(best)
        killed |= gain
        left.remove(best)
    return chosen
