"""A test that cannot fail is worse than no test: run the tests against a stub.

The function under test is replaced by one that only returns `None` (the module's text,
as an overlay; nothing on disk changes) and the tests to be inserted run against it in
ONE sandbox run. A test that still passes checks nothing about the function and is
dropped (`DropReason.VACUOUS`). This holds for every generator, and in TDD mode too: the
stub needs no implementation, only a `def`.

For a procedure (`-> None`, or one whose result is None) `return None` is the stub that
does nothing: a test of its side effect fails against it, a test of only its result
(None) does not.

In TDD mode, `check_set_up` runs them once more, against a stub that raises a sentinel: a test
that fails with anything else failed before it reached the function (a project object built
with a date the project rejects, a sibling method called wrongly), so whatever the function
will do, it fails (`DropReason.BROKEN_SET_UP`). Running the project's other code tells that
without an implementation, and says nothing about what the function should return.

Before them, `check_on_implementation` runs the conjectures (property tests read from the
docstring's prose, `CandidateTest.must_pass`) against the implementation, when there is one:
one that fails there is dropped (`DropReason.FAILED`), since the prose may say less than the
code does. In TDD mode they stay: they are the spec.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from testdraft.cancellation import NEVER_CANCELLED, CancelToken
from testdraft.generate.base import CandidateTest, DroppedTest, DropReason
from testdraft.render.module import render_module
from testdraft.spec.locate import replace_body, why_not_implemented
from testdraft.validate.engine import ValidationOptions, validate_suite
from testdraft.validate.report import ValidationReport
from testdraft.validate.target import ValidationTarget, module_relpaths, target_source

STUB_OPTIONS = ValidationOptions(
    test_timeout_s=3.0, suite_timeout_s=30.0, coverage=False, mutation=False, flaky_reruns=0, workers=1
)
# A property test runs dozens of examples (and hypothesis builds its tables on first use):
# a slow shared machine must not pass for a property that does not hold.
CONJECTURE_OPTIONS = replace(STUB_OPTIONS, test_timeout_s=10.0, suite_timeout_s=60.0)
# `return None`, not `pass`: the same at run time, and the sandbox would take a `pass`
# body for an unimplemented function and report every test pending.
STUB_BODY = "return None"
# The body of the stub `check_set_up` runs against, and the exception it raises: a BaseException,
# so that neither the test (`pytest.raises(Exception)`) nor the project (`except Exception`) takes it.
REACHED = "_TestdraftReached"
REACHING_BODY = f"raise {REACHED}()"
_REACHED_CLASS = f"\n\nclass {REACHED}(BaseException):\n    \"\"\"The test got as far as the function.\"\"\"\n"


_FAILS_ON_STUB = "fails_on_stub"  # meta: the code of a test seen failing against the stub


@dataclass
class StubCheck:
    tests: list[CandidateTest]  # those kept (that fail against the stub, or hold on the code; placeholders)
    dropped: list[DroppedTest] = field(default_factory=list)  # those left out, and why
    notes: list[str] = field(default_factory=list)


# Swapping a function's code for `return None` in place (signature, closure and decorators
# kept): every holder of the function object (a property, a classmethod, a `functools.wraps`
# wrapper, the package's re-export, a test module) sees the stub. Standard library only: it
# runs inside the module under test (below) and in benchmarks/real_world.py's subprocesses.
STUB_HELPERS = """
import inspect as _inspect


def _stub_code(function, raising=""):
    # Of the same kind as the function: a coroutine function's stub gives a coroutine (else
    # `asyncio.run(stub())` raises ValueError, and a test expecting one would pass), a
    # generator's yields nothing. With `raising` (a name in the function's module), it raises that.
    names = function.__code__.co_freevars
    lines = ["def _outer():"] + [f"    {name} = None" for name in names]
    asynchronous = _inspect.iscoroutinefunction(function) or _inspect.isasyncgenfunction(function)
    lines += [f"    {'async ' if asynchronous else ''}def _stub(*args, **kwargs):"]
    lines += [f"        ({', '.join(names)},)"] if names else []
    lines += [f"        raise {raising}()"] if raising else []
    if _inspect.isgeneratorfunction(function) or _inspect.isasyncgenfunction(function):
        lines += ["        return", "        yield"]
    elif not raising:
        lines += ["        return None"]
    lines += ["    return _stub"]
    scope = {}
    exec("\\n".join(lines), scope)
    return scope["_outer"]().__code__


def _unwrapped(raw):
    if isinstance(raw, (staticmethod, classmethod)):
        raw = raw.__func__
    elif isinstance(raw, property):
        raw = raw.fget
    elif hasattr(raw, "attrname") and hasattr(raw, "func"):  # functools.cached_property
        raw = raw.func
    return _inspect.unwrap(raw)
"""

# Appended to the module: once everything in it has run with the real function (a module
# may call it at import: `default_key = make_key()`), its code becomes the stub's.
_SWAP = (
    STUB_HELPERS
    + """

def _testdraft_swap_in_stub(qualname, raising):
    *path, name = qualname.split(".")
    owner = globals()[path[0]] if path else None
    for part in path[1:]:
        owner = getattr(owner, part)
    function = _unwrapped(owner.__dict__[name] if path else globals()[name])
    function.__code__ = _stub_code(function, raising)


_testdraft_swap_in_stub(QUALNAME, RAISING)
del _testdraft_swap_in_stub, _stub_code, _unwrapped, _inspect
"""
)


def stubbed_source(source: str, qualname: str, reaching: bool = False) -> str | None:
    """`source` with `qualname` returning None (`reaching`: raising `REACHED`); None if there
    is no such def.

    An implemented function keeps its code for the module's own import-time use and is
    swapped after it; a TDD stub (which nothing can call at import) gets `return None` as
    its body, so that the sandbox runs its tests instead of reporting them pending.
    """
    if why_not_implemented(source, qualname) is None:  # TDD as the benchmarks play it: the code is there
        swap = _SWAP.replace("QUALNAME", repr(qualname)).replace("RAISING", repr(REACHED if reaching else ""))
        return source.rstrip("\n") + "\n" + (_REACHED_CLASS if reaching else "") + swap
    stubbed = replace_body(source, qualname, REACHING_BODY if reaching else STUB_BODY)
    if stubbed is None:
        return None
    return stubbed.rstrip("\n") + "\n" + _REACHED_CLASS if reaching else stubbed


def stubbed_target(target: ValidationTarget, reaching: bool = False) -> ValidationTarget | None:
    """`target` with its function stubbed (an overlay of its module); None if there is no def."""
    source, path = target_source(target)
    if source is None:
        return None
    stubbed = stubbed_source(source, target.qualname, reaching)
    return None if stubbed is None else with_module_text(target, stubbed, path)


def with_module_text(target: ValidationTarget, text: str, path: str | None) -> ValidationTarget | None:
    """`target` with its module's text replaced by `text` (an overlay; `path`: where the module
    is on disk, as `target_source` says), taken as implemented; None if the module is not
    under the target's root."""
    relpaths = module_relpaths(target.module)
    key = next((rel for rel in relpaths if rel in target.overlays), None)
    if key is None and path is not None:
        key = os.path.relpath(os.path.abspath(path), os.path.abspath(target.sys_path_root))
    if key is None or key.startswith(".."):
        return None
    return replace(target, overlays={**target.overlays, key: text}, implemented=True)


def run_statuses(
    tests: Sequence[CandidateTest], target: ValidationTarget, options: ValidationOptions, cancel: CancelToken
) -> tuple[dict[str, list[str]], str]:
    """Each test's outcomes (parametrized cases apart) in ONE sandbox run, and why none came:
    `passed`, or the status and the first line of its message (`failed: Falsifying example...`)."""
    report = validate_suite(render_module(tests), target, options, cancel)
    return report_statuses(report), report.reason or ""


def report_statuses(report: ValidationReport) -> dict[str, list[str]]:
    """Each test's outcomes in `report`, as `run_statuses` says them."""
    statuses: dict[str, list[str]] = {}
    for outcome in report.tests:
        message = outcome.message.strip().splitlines()[0][:200] if outcome.message.strip() else ""
        shown = f"{outcome.status}: {message}" if message and outcome.status != "passed" else outcome.status
        statuses.setdefault(outcome.name, []).append(shown)
    return statuses


def check_against_stub(tests: Sequence[CandidateTest], target: ValidationTarget,
                       options: ValidationOptions = STUB_OPTIONS,
                       cancel: CancelToken = NEVER_CANCELLED) -> StubCheck:
    """The tests that fail against the stub; those that pass are dropped as vacuous. A test
    seen failing against it before, with the same code (the ranking checks its units before
    choosing), is not run again: those it runs and sees failing are marked so."""
    real = [test for test in tests if not test.is_placeholder and test.meta.get(_FAILS_ON_STUB) != test.code]
    check = StubCheck(list(tests))
    stubbed = stubbed_target(target) if real else None
    if stubbed is None:
        return check
    statuses, reason = run_statuses(real, stubbed, options, cancel)
    if not statuses:  # the run told nothing (timed out, did not start): keep the tests
        if reason:
            check.notes.append(f"the stub check did not run: {reason}")
        return check
    vacuous = {name for name, seen in statuses.items() if all(status == "passed" for status in seen)}
    failing = set(statuses) - vacuous
    check.tests = [replace(test, meta={**test.meta, _FAILS_ON_STUB: test.code}) if test in real and test.name in failing
                   else test for test in tests if test.name not in vacuous]
    check.dropped = [
        DroppedTest(test.name, test.origin, DropReason.VACUOUS, f"it passes when {target.qualname} only returns None")
        for test in real
        if test.name in vacuous
    ]
    return check


def check_set_up(tests: Sequence[CandidateTest], target: ValidationTarget,
                 options: ValidationOptions = STUB_OPTIONS,
                 cancel: CancelToken = NEVER_CANCELLED) -> StubCheck:
    """TDD: the tests that reach the function, run against a stub raising `REACHED`; one that
    fails with another error is dropped (`DropReason.BROKEN_SET_UP`, detail `error: <it>`, or
    `failed: <it>` for an assertion that fails before the call).
    A test that passes (it never calls the function) is left to `check_against_stub`. With an
    implementation its own run tells set-up errors apart: call this in TDD only."""
    real = [test for test in tests if not test.is_placeholder]
    check = StubCheck(list(tests))
    reaching = stubbed_target(target, reaching=True) if real else None
    if reaching is None:
        return check
    statuses, reason = run_statuses(real, reaching, options, cancel)
    if not statuses and reason:
        check.notes.append(f"the set-up check did not run: {reason}")
    # `failed: <assertion>` or `error: <exception>`, as the ranking's run says it (only an
    # exception is repair material: an assertion's values are not told to the model).
    broken = {name: seen[0] for name, seen in statuses.items()
              if all(status.startswith(("failed", "error")) and REACHED not in status for status in seen)}
    check.tests = [test for test in tests if test.name not in broken]
    check.dropped = [DroppedTest(test.name, test.origin, DropReason.BROKEN_SET_UP, broken[test.name], test.code)
                     for test in real if test.name in broken]
    return check


def check_on_implementation(tests: Sequence[CandidateTest], target: ValidationTarget,
                            options: ValidationOptions = CONJECTURE_OPTIONS,
                            cancel: CancelToken = NEVER_CANCELLED) -> StubCheck:
    """The conjectures (`must_pass`: properties read from prose) that hold on the implementation;
    one that fails there is dropped. Nothing runs in TDD mode, where they are the spec."""
    conjectures = [test for test in tests if test.must_pass and not test.is_placeholder]
    check = StubCheck(list(tests))
    source, _ = target_source(target)
    if not conjectures or not target.implemented or source is None or why_not_implemented(
            source, target.qualname) is not None:
        return check
    statuses, reason = run_statuses(conjectures, target, options, cancel)
    if not statuses:
        if reason:
            check.notes.append(f"the check on the implementation did not run: {reason}")
        return check
    failing = {test.name: next((s for s in statuses.get(test.name, ["not run"]) if s != "passed"), None)
               for test in conjectures}
    check.tests = [test for test in tests if failing.get(test.name) is None]
    check.dropped = [
        DroppedTest(test.name, test.origin, DropReason.FAILED, f"the property does not hold for {target.qualname} "
                    f"({status})")
        for test in conjectures
        if (status := failing[test.name]) is not None
    ]
    return check
