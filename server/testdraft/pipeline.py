"""The one pipeline: parse -> spec -> generate -> validate/rank -> render edit.

`suggest_file` is the one entry point for a whole request: `testdraft suggest` and the
eval harness both call it, so the harness scores what the CLI prints. The LSP command
calls `stream_suggestions` (the same steps and the same `choose`, in batches as model
candidates arrive). None of them re-implements a step.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

import tree_sitter

from testdraft.cancellation import NEVER_CANCELLED, Cancelled, CancelToken
from testdraft.generate.base import (
    ALREADY_IN_FILE,
    CandidateTest,
    DroppedTest,
    DropReason,
    FailedRun,
    Failure,
    Generator,
    ImportTarget,
    entered_in_with_block,
)
from testdraft.generate.fakes import with_fixture_imports
from testdraft.generate.pytest_code import make_test_name
from testdraft.generate.registry import build_generators
from testdraft.generate.skeleton import SkeletonGenerator
from testdraft.parsing.languages import parse_python
from testdraft.project.context import with_context
from testdraft.project.imports import NO_INSTANCE, import_target
from testdraft.project.layout import doctest_option_flags, project_root, suggested_test_file
from testdraft.render.edits import renamed, same_test_key, unique_tests, with_unique_names
from testdraft.render.invariants import enforce_invariants
from testdraft.render.module import ModuleEdit, existing_test_keys, merge_tests
from testdraft.spec.extract import extract_spec, find_function, function_at
from testdraft.spec.model import FunctionSpec
from testdraft.validate.drafts import DRAFTED_VALUE, drafted_targets, meeting_the_spec
from testdraft.validate.engine import ValidationOptions, ValidationTarget
from testdraft.validate.probes import PROBE, argument_values, inside
from testdraft.validate.rank import rank_candidates, split_candidate, units_from_test_code
from testdraft.validate.stub_check import check_against_stub, check_on_implementation
from testdraft.validate.target import target_for

# Ranking runs every candidate unit; mutation decides between units of equal coverage.
RANKING_OPTIONS = ValidationOptions(test_timeout_s=3.0, suite_timeout_s=60.0)
MAX_SOURCE_BYTES = 16 * 1024 * 1024

log = logging.getLogger(__name__)

# Reads a file's current text: the editor's buffer when it is open, else the disk.
TextReader = Callable[[Path], str | None]
# Hears about each candidate as it arrives (for streaming progress).
CandidateListener = Callable[[CandidateTest], None]
# Hears what a long step is doing, in words (drafting implementations, writing tests).
StepListener = Callable[[str], None]


class SuggestError(Exception):
    """A request that cannot give tests, with a message meant for the user."""


@dataclass
class Suggestion:
    source_path: Path
    spec: FunctionSpec
    target: ImportTarget
    test_file: Path
    candidates: list[CandidateTest]
    chosen: list[CandidateTest]
    edit: ModuleEdit
    notes: list[str] = field(default_factory=list)
    dropped: list[DroppedTest] = field(default_factory=list)  # every candidate left out, and why

    @property
    def code(self) -> str:
        return self.edit.new_text

    def to_json(self) -> dict[str, object]:
        return {
            "test_file": str(self.test_file),
            "code": self.code,
            "tests": [
                {"name": name, "origin": test.origin, "placeholder": test.is_placeholder}
                for name, test in zip(self.edit.test_names, self._added(), strict=False)
            ],
            "function": self.spec.qualname,
            "implemented": self.spec.is_implemented,
            "import": self.target.import_line,
            "notes": self.notes,
            "dropped": [item.to_json() for item in self.dropped],
        }

    def _added(self) -> list[CandidateTest]:
        skipped = set(self.edit.skipped_duplicates)
        return [test for test in self.chosen if test.name not in skipped]


def _not_utf8(path: Path, error: UnicodeDecodeError) -> SuggestError:
    return SuggestError(f"{path} is not UTF-8 text: {error.reason} at byte {error.start}")


def read_disk(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except UnicodeDecodeError as error:
        raise _not_utf8(path, error) from error


def read_source(path: Path) -> bytes:
    """A source file's bytes, refused with a readable reason when it is no Python text."""
    if not path.is_file():
        raise SuggestError(f"{path}: no such file")
    if path.stat().st_size > MAX_SOURCE_BYTES:
        raise SuggestError(f"{path} is larger than {MAX_SOURCE_BYTES // (1024 * 1024)} MB; not parsed")
    data = path.read_bytes()
    if b"\0" in data[:8192]:
        raise SuggestError(f"{path} looks like a binary file")
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise _not_utf8(path, error) from error
    return data


def default_generators() -> list[Generator]:
    return build_generators(("docstring",))


def spec_at(tree: tree_sitter.Tree, point: tuple[int, int]) -> FunctionSpec | None:
    node = function_at(tree, point)
    return extract_spec(node) if node is not None else None


def spec_named(source: bytes, qualname: str) -> FunctionSpec:
    tree = parse_python(source)
    node = find_function(tree, qualname)
    if node is None:
        raise SuggestError(f"no function named {qualname!r} in this file")
    return extract_spec(node)


@dataclass
class Collected:
    """What the generators gave for one request."""

    candidates: list[CandidateTest] = field(default_factory=list)
    dropped: list[DroppedTest] = field(default_factory=list)  # left out inside a generator
    notes: list[str] = field(default_factory=list)  # generators that failed, and why
    sampled_origins: set[str] = field(default_factory=set)  # origins whose tests are ranked
    drafts: list[str] = field(default_factory=list)  # TDD: bodies drafted to rank the tests on


def collect_candidates(
    spec: FunctionSpec,
    target: ImportTarget,
    generators: Iterable[Generator],
    cancel: CancelToken = NEVER_CANCELLED,
    on_candidate: CandidateListener | None = None,
) -> Collected:
    collected = Collected()
    collected.candidates.extend(_generated(spec, target, generators, cancel, on_candidate, collected))
    return collected


def _generated(
    spec: FunctionSpec,
    target: ImportTarget,
    generators: Iterable[Generator],
    cancel: CancelToken,
    on_candidate: CandidateListener | None,
    into: Collected,
    run: Callable[[Generator], Iterable[CandidateTest]] | None = None,
) -> Iterator[CandidateTest]:
    """Each generator's candidates (`generate`, or what `run` asks of it), as they arrive."""
    for generator in generators:
        if generator.sampled:
            into.sampled_origins.add(generator.name)
        try:
            produced = run(generator) if run is not None else generator.generate(spec, target, cancel)
            for generated in produced:
                cancel.raise_if_cancelled()
                candidate = with_fixture_imports(generated, target)  # another test module's fixtures
                code = entered_in_with_block(candidate.code)  # an entered instance, as a `with` block
                candidate = replace(candidate, code=code) if code != candidate.code else candidate
                if on_candidate is not None:
                    on_candidate(candidate)
                yield candidate
        except Cancelled:
            raise
        except Exception as error:  # one failing generator must not sink the others
            log.warning("generator %s failed: %s", generator.name, error)
            into.notes.append(f"{generator.name}: {error}")
        into.dropped.extend(generator.dropped)


def _draft_implementations(
    request: _Request, generators: Iterable[Generator], collected: Collected,
    cancel: CancelToken = NEVER_CANCELLED, on_step: StepListener | None = None,
) -> None:
    """In TDD: the bodies the sampled generators draft for the function (`collected.drafts`), on
    which ranking runs their tests (`validate.drafts`), those failing the spec left out
    (`_keep_drafts_meeting_the_spec`); `on_step` hears when drafting starts and ends. Once per
    request, before any ranking, so every batch is ranked on the same drafts."""
    spec, target, ranking_target = request.spec, request.target, request.ranking_target
    if spec.is_implemented or ranking_target is None:
        return
    for generator in generators:
        if not generator.sampled:
            continue
        try:
            if on_step is not None:
                on_step(f"{generator.name}: drafting implementations of {spec.qualname} to check its tests on")
            collected.drafts += generator.draft_implementations(spec, target, cancel)
        except Cancelled:
            raise
        except Exception as error:  # the tests are still voted on without drafts
            log.warning("generator %s could not draft an implementation: %s", generator.name, error)
            collected.notes.append(f"{generator.name}, drafting an implementation: {error}")
        if on_step is not None:
            on_step(f"{generator.name}: writing tests for {spec.qualname}")
    _keep_drafts_meeting_the_spec(collected, spec, ranking_target, cancel)
    if collected.drafts:
        collected.notes.append(
            f"the model's tests ran on {len(collected.drafts)} implementation(s) it drafted for {spec.qualname} "
            "(never inserted): a check that holds on most of them gained a vote, one that does not was left out, "
            "unless all of them return one value for it: then it expects that value")


def _keep_drafts_meeting_the_spec(collected: Collected, spec: FunctionSpec, ranking_target: ValidationTarget,
                                  cancel: CancelToken) -> None:
    """The docstring's tests are the spec: a drafted body that fails one of them neither votes
    nor gives values (`drafts.meeting_the_spec`). (The user's own tests of the function are not:
    on the dev projects the drafts failing them still gave right values elsewhere, docs/results.md.)"""
    deterministic = [test for test in collected.candidates
                     if not test.is_placeholder and test.origin not in collected.sampled_origins]
    if not (collected.drafts and deterministic):
        return
    units = with_unique_names([unit for test in deterministic for unit in split_candidate(test)])
    drafted = len(collected.drafts)
    collected.drafts = [body for body in collected.drafts
                        if meeting_the_spec(drafted_targets(ranking_target, [body]), units, cancel=cancel)]
    if len(collected.drafts) < drafted:
        collected.notes.append(
            f"{drafted - len(collected.drafts)} of the {drafted} implementation(s) the model drafted for "
            f"{spec.qualname} failed the docstring's examples: they were not used")


def validation_target(
    spec: FunctionSpec, target: ImportTarget, source_path: Path, source_text: str | None = None,
    test_file: Path | None = None,
) -> ValidationTarget:
    """The validation engine's view of the function; an unsaved buffer shadows the disk."""
    overlays: dict[str, str] = {}
    if source_text is not None:
        overlays[str(source_path.resolve().relative_to(Path(target.sys_path_root).resolve()))] = source_text
    validation = target_for(target, spec, overlays, str(source_path))
    if target.context is not None:  # the test module's own fixtures, when the tests take them
        validation = replace(validation, fixture_files=target.context.fixture_files,
                             merged_into=target.context.merged_into)
    return replace(validation, test_dir=str(test_file.parent)) if test_file is not None else validation


@dataclass(frozen=True)
class Choice:
    tests: list[CandidateTest]  # what to insert, in order
    dropped: list[DroppedTest]  # the sampled candidates left out, and why


def choose(
    candidates: Sequence[CandidateTest],
    spec: FunctionSpec,
    target: ImportTarget,
    sampled_origins: Collection[str],
    ranking_target: ValidationTarget | None = None,
    options: ValidationOptions | None = None,
    cancel: CancelToken = NEVER_CANCELLED,
    existing: Collection[str] = frozenset(),
    drafts: Sequence[str] = (),
) -> Choice:
    """The tests to insert.

    Tests of deterministic generators (the docstring's) are the spec: they stay even when
    they fail (the failure is news). Sampled candidates (the model's) are split, validated
    and ranked when a ranking target is given: by execution if the function exists, by
    votes (TDD) if not. Duplicates go here, once per request; so do sampled tests the test
    file already has (`existing`: their `same_test_key`s; a model copies the project's tests
    it was shown). A skeleton comes only when nothing real came out, and not when the file
    already had what came out. In TDD, `drafts` are bodies the model drafted for the function:
    the sampled candidates run on them to vote (`_keep_drafts_meeting_the_spec` chose them once
    per request), and the probes of the kept checks
    (`validate.probes`, of the docstring's checks too) join the sampled tests.
    """
    real = [test for test in candidates if not test.is_placeholder]
    placeholders = [test for test in candidates if test.is_placeholder]
    deterministic = [test for test in real if test.origin not in sampled_origins]
    sampled = [test for test in real if test.origin in sampled_origins]
    dropped: list[DroppedTest] = []
    copied = False
    if spec.is_implemented:  # before ranking by execution: a copy would take the place of a new test
        sampled, dropped = _not_in_file(sampled, existing)
        copied = bool(dropped)
    if sampled and ranking_target is not None:
        drafted = drafted_targets(ranking_target, drafts) if drafts and not spec.is_implemented else []
        ranking = rank_candidates([*deterministic, *sampled], ranking_target, options or RANKING_OPTIONS, spec, cancel,
                                  drafts=drafted)
        sampled = [_drafted_by_sampling(ranked.test, sampled_origins) for ranked in ranking.selected
                   if ranked.test.origin in sampled_origins or PROBE in ranked.test.meta]
        dropped += [item for item in ranking.dropped if item.origin in sampled_origins]
    # In TDD after the vote: a copy still votes for the claims it shares with the other candidates.
    sampled, copies = _not_in_file(sampled, existing)
    dropped += copies
    copied = copied or bool(copies)
    # The docstring's tests, one check each (their examples are one parametrized test).
    spec_checks = {unit: test.name for test in deterministic for unit in units_from_test_code(test.code)}
    if spec_checks and not spec.is_implemented:
        sampled, outside = _inside_the_examples(sampled, spec_checks, spec)
        dropped += outside
    sampled, restated = unique_tests(sampled, known={same_test_key(unit): name for unit, name in spec_checks.items()})
    dropped += restated
    chosen, duplicates = unique_tests([*deterministic, *_named_after(spec, sampled)])
    dropped += duplicates
    if chosen or (copied and not placeholders):
        return Choice(chosen + placeholders, dropped)
    return Choice(placeholders or list(SkeletonGenerator().generate(spec, target)), dropped)


# Why a sampled check the docstring's examples say nothing of is left out (TDD).
OUTSIDE_EXAMPLES = "zero, negative or empty where the docstring's examples give none"


def _inside_the_examples(tests: list[CandidateTest], examples: Iterable[str],
                         spec: FunctionSpec) -> tuple[list[CandidateTest], list[DroppedTest]]:
    """TDD: the sampled checks whose call stays inside the inputs the docstring's tests give
    (no zero, negative or empty argument where they give none, `validate.probes.inside`), and the
    others, dropped: what a function returns outside its documented inputs is nobody's spec."""
    used = argument_values(examples, spec)
    kept: list[CandidateTest] = []
    dropped: list[DroppedTest] = []
    for test in tests:
        if inside(test.code, spec, used):
            kept.append(test)
        else:
            dropped.append(DroppedTest(test.name, test.origin, DropReason.OUTVOTED, OUTSIDE_EXAMPLES, test.code))
    return kept, dropped


def _drafted_by_sampling(test: CandidateTest, sampled_origins: Collection[str]) -> CandidateTest:
    """A probe of a docstring example's check (combined mode) as the sampled generators' test:
    its value is what their drafts return, not what the docstring says."""
    if test.origin in sampled_origins:  # ranking ran: some generator was sampled
        return test
    return replace(test, origin=min(sampled_origins))


def _not_in_file(tests: list[CandidateTest],
                 existing: Collection[str]) -> tuple[list[CandidateTest], list[DroppedTest]]:
    """`tests` without those the test file already has, and those, as dropped."""
    if not existing:
        return tests, []
    kept = [test for test in tests if same_test_key(test.code) not in existing]
    return kept, [DroppedTest(test.name, test.origin, DropReason.DUPLICATE, ALREADY_IN_FILE, test.code)
                  for test in tests if test not in kept]


def _named_after(spec: FunctionSpec, tests: Sequence[CandidateTest]) -> list[CandidateTest]:
    """Sampled tests whose names do not mention the function get `test_<function>_<n>`."""
    return [
        test if spec.name.lower() in test.name.lower() else renamed(test, make_test_name(spec, str(number)))
        for number, test in enumerate(tests, start=1)
    ]


# Sampled tests sent back to the model with their error, when none of its tests ran.
MAX_REPAIRS = 2


def failed_runs(
    choice: Choice, candidates: Sequence[CandidateTest], sampled_origins: Collection[str],
    dropped: Sequence[DroppedTest] = (), implemented: bool = True,
) -> list[FailedRun]:
    """What a repair round starts from: when no sampled test was kept, the sampled tests
    that raised against the implementation (not an assertion's verdict: an expected value
    is never taken from the implementation here), or in TDD before they reached the function,
    one per kind of error, and one of the tests the generators dropped for missing the
    function (`dropped`: never calls it, checks nothing, or makes a call with arguments the
    callee's signature refuses; or a copy of a test the file has; after those, one that uses
    a name nothing defines). At most MAX_REPAIRS: the first error, then a miss, then more
    errors. Without an implementation (TDD) the function never ran: a refused call is said as
    the signature's verdict, not as an error a run raised."""
    if any(test.origin in sampled_origins for test in choice.tests):
        return []
    by_name = {test.name: test for test in candidates if test.origin in sampled_origins}
    raised: dict[str, FailedRun] = {}
    ran = DropReason.FAILED if implemented else DropReason.BROKEN_SET_UP
    for item in choice.dropped:
        if item.reason is not ran or not item.detail.startswith("error: "):
            continue
        # A check split out of a candidate is named `<candidate>_<n>` (`rank.check_units`).
        test = by_name.get(item.name) or by_name.get(item.name.rsplit("_", 1)[0]) or (
            CandidateTest(item.name, item.code, (), item.origin) if item.code else None)
        error = item.detail.removeprefix("error: ")
        if test is not None:
            kind = Failure.RAISED if implemented else Failure.SET_UP
            raised.setdefault(error.split(":", 1)[0], FailedRun(test, error, kind))
    missed: list[FailedRun] = []
    copies = [item for item in choice.dropped if item.detail == ALREADY_IN_FILE]
    for item in sorted([*dropped, *copies], key=lambda item: item.reason is DropReason.UNKNOWN_NAME):
        if item.origin not in sampled_origins or not item.code:
            continue
        test = CandidateTest(item.name, item.code, (), item.origin)
        if item.detail == ALREADY_IN_FILE:
            missed.append(FailedRun(test, "is a copy of a test the file already has", Failure.COPIED))
        elif item.reason is DropReason.WRONG_ARGUMENTS and implemented:  # raises TypeError: said as a run would
            missed.append(FailedRun(test, f"TypeError: {item.detail}"))
        elif item.reason is DropReason.WRONG_ARGUMENTS:
            refused = f"makes a call with arguments the signature refuses ({item.detail})"
            missed.append(FailedRun(test, refused, Failure.MISSED))
        elif item.reason is DropReason.OFF_TARGET:
            missed.append(FailedRun(test, item.detail, Failure.MISSED))
        elif item.reason is DropReason.UNKNOWN_NAME:
            missed.append(FailedRun(test, f"uses {item.detail}, which nothing here defines or imports", Failure.MISSED))
    errors = list(raised.values())
    if not implemented:  # set-up errors, then the first miss of each kind
        kinds: dict[str, FailedRun] = {}
        for failure in missed:
            kinds.setdefault(failure.error, failure)
        return [*errors, *kinds.values()][:MAX_REPAIRS]
    return [*errors[:1], *missed[:1], *errors[1:]][:MAX_REPAIRS]


def _repaired(
    request: _Request, generators: Sequence[Generator], collected: Collected, choice: Choice,
    cancel: CancelToken, on_candidate: CandidateListener | None = None,
) -> Choice:
    """`choice`, or after one repair round when no sampled test was kept and some raised
    against the implementation or missed the function: the generators rewrite them from
    what went wrong, and everything is ranked again. In TDD only misses go back (never
    calls it, checks nothing, a call a signature refuses): they are read from the test,
    not from running it, and the rewrites are voted on like the rest."""
    if request.ranking_target is None:
        return choice
    failures = failed_runs(choice, collected.candidates, collected.sampled_origins, collected.dropped,
                           request.spec.is_implemented)
    if not failures:
        return choice
    spec, target = request.spec, request.target
    sampled = [generator for generator in generators if generator.sampled]
    rewrites = list(_generated(spec, target, sampled, cancel, on_candidate, collected,
                               run=lambda generator: generator.repair(spec, target, failures, cancel)))
    collected.candidates.extend(rewrites)
    kinds = ", ".join(f.error.split(":", 1)[0] if f.ran else f.error for f in failures)
    collected.notes.append(f"repair round: {len(failures)} test(s) that raised or missed the function went back "
                           f"to the model with what went wrong ({kinds}); "
                           f"{len(rewrites)} rewrite(s) ranked with the rest")
    return choose(collected.candidates, spec, target, collected.sampled_origins, request.ranking_target,
                  cancel=cancel, existing=request.existing, drafts=collected.drafts)


@dataclass(frozen=True)
class _Request:
    """Where one function's tests go, and what ranking runs them against."""

    source_path: Path
    spec: FunctionSpec
    target: ImportTarget
    test_file: Path
    ranking_target: ValidationTarget | None
    existing: frozenset[str] = frozenset()  # `same_test_key`s of the tests the test file has


def _request(source_path: Path, spec: FunctionSpec, read_text: TextReader, rank: bool) -> _Request:
    source_path = source_path.resolve()
    root = project_root(source_path)
    if spec.examples and (flags := doctest_option_flags(root)):  # as the project's doctest runs compare
        spec = replace(spec, examples=tuple(replace(e, options=e.options | flags) for e in spec.examples))
    test_file = suggested_test_file(source_path, root)
    target = import_target(spec, source_path, root, test_file)
    source_text = read_text(source_path)
    if source_text is not None:
        target = with_context(target, spec, source_text.encode("utf-8"), source_path, root, test_file)
    ranking_target = None
    if rank:
        ranking_target = validation_target(spec, target, source_path, source_text, test_file)
    return _Request(source_path, spec, target, test_file, ranking_target,
                    existing_test_keys(read_text(test_file) or ""))


def _suggestion(
    request: _Request,
    collected: Collected,
    choice: Choice,
    read_text: TextReader,
) -> Suggestion:
    spec, source_path = request.spec, request.source_path
    old_text = read_text(request.test_file) or ""
    gated = enforce_invariants(choice.tests, spec)  # the last step before the editor: nothing broken or vacuous
    tests, stub_dropped, stub_notes = gated.tests, [], []
    if request.ranking_target is not None:
        # A property read from prose must hold on the implementation; a test that passes
        # against `return None` cannot fail.
        held = check_on_implementation(gated.tests, request.ranking_target)
        stub = check_against_stub(held.tests, request.ranking_target)
        tests, stub_dropped, stub_notes = stub.tests, held.dropped + stub.dropped, held.notes + stub.notes
        if gated.tests and not tests:  # every test was vacuous or did not hold: a skeleton says so
            why = ("every drafted test passes against a stub returning None" if held.tests else
                   "no property its docstring states holds for the implementation")
            skeleton = SkeletonGenerator(why)
            tests = list(skeleton.generate(spec, request.target))
    edit = merge_tests(old_text, tests, subject=f"`{spec.qualname}` in {source_path.name}")
    dropped = [*collected.dropped, *choice.dropped, *gated.dropped, *stub_dropped, *edit.skipped]
    # Why the instance is not built (`Cart(...)` left as a TODO): only where no test built one
    # itself (with a fixture, a subclass), else the note contradicts the tests shown.
    built = request.target.note.endswith(NO_INSTANCE) and any(not test.is_placeholder for test in tests)
    notes = [request.target.note] if request.target.note and not built else []
    notes += gated.notes + stub_notes
    if not spec.is_implemented:
        notes.append(f"{spec.qualname} has no implementation yet: its tests are pending until it does.")
    notes += collected.notes
    drafted_values = sum(DRAFTED_VALUE in test.meta for test in tests)
    if drafted_values:
        notes.append(f"{drafted_values} test(s) expect the value the drafted implementations return, where the "
                     "model's own guess differed: read those values before you write the function")
    probes = sum(PROBE in test.meta for test in tests)
    if probes:
        notes.append(f"{probes} test(s) try inputs next to those of the kept tests and expect what the drafted "
                     "implementations return there (each catches a bug the others miss): read those values before "
                     "you write the function")
    if dropped:
        counts = Counter(item.reason.value for item in dropped)
        notes.append("left out: " + ", ".join(f"{count} {reason}" for reason, count in counts.items()))
    return Suggestion(
        source_path, spec, request.target, request.test_file, list(collected.candidates), tests, edit,
        notes, dropped,
    )


def suggest_tests(
    source_path: Path,
    spec: FunctionSpec,
    generators: Iterable[Generator] | None = None,
    read_text: TextReader = read_disk,
    cancel: CancelToken = NEVER_CANCELLED,
    on_candidate: CandidateListener | None = None,
    rank: bool = True,
) -> Suggestion:
    """Tests for one function, as an edit of the test module they belong in."""
    request = _request(source_path, spec, read_text, rank)
    spec = request.spec
    cancel.raise_if_cancelled()
    generators = list(default_generators() if generators is None else generators)
    collected = collect_candidates(spec, request.target, generators, cancel, on_candidate)
    _draft_implementations(request, generators, collected, cancel)
    choice = choose(collected.candidates, spec, request.target, collected.sampled_origins, request.ranking_target,
                    cancel=cancel, existing=request.existing, drafts=collected.drafts)
    choice = _repaired(request, generators, collected, choice, cancel, on_candidate)
    cancel.raise_if_cancelled()
    return _suggestion(request, collected, choice, read_text)


def suggest_file(
    path: Path, qualname: str, generators: Iterable[Generator] | None = None, rank: bool = True
) -> Suggestion:
    """The whole request for a function in a file on disk: what `testdraft suggest` prints
    and what the eval harness scores."""
    return suggest_tests(path, spec_named(read_source(path), qualname), generators, rank=rank)


def stream_suggestions(
    source_path: Path, spec: FunctionSpec, generators: Iterable[Generator] | None = None,
    read_text: TextReader = read_disk, cancel: CancelToken = NEVER_CANCELLED,
    on_candidate: CandidateListener | None = None, on_step: StepListener | None = None,
) -> Iterator[Suggestion]:
    """Tests for one function in batches, as they become ready (what the editor shows).

    First the instant generators' tests (docstring examples); then, each time a sampled
    candidate (the model's) arrives, it is validated and ranked with everything so far and
    the tests it newly earns come as the next batch. Each batch's edit is made against the
    test file as `read_text` returns it when the batch is ready: apply one before pulling
    the next. A skeleton alone comes only at the end, if no batch had a real test. Each
    batch's `dropped` is what the latest ranking leaves out. Without a body (TDD) the model
    drafts its implementations before its tests, so every batch is ranked on them (`on_step`
    hears when drafting starts and ends: the editor's progress says so).
    """
    request = _request(source_path, spec, read_text, rank=True)
    spec, target = request.spec, request.target
    cancel.raise_if_cancelled()
    generators = list(default_generators() if generators is None else generators)
    instant = [g for g in generators if not g.sampled]
    sampled = [g for g in generators if g.sampled]
    collected = collect_candidates(spec, target, instant, cancel, on_candidate)
    collected.sampled_origins.update(g.name for g in sampled)
    sent: set[str] = set()

    def unsent(choice: Choice) -> Iterator[Suggestion]:
        """The batch of `choice`'s real tests not sent yet, if there are any."""
        new = [test for test in choice.tests if not test.is_placeholder and same_test_key(test.code) not in sent]
        if new:
            sent.update(same_test_key(test.code) for test in new)
            yield _suggestion(request, collected, replace(choice, tests=new), read_text)

    latest = choose(collected.candidates, spec, target, collected.sampled_origins, existing=request.existing)
    if any(not test.is_placeholder for test in latest.tests) or not sampled:
        sent.update(same_test_key(test.code) for test in latest.tests)
        yield _suggestion(request, collected, latest, read_text)
    # Drafted before the tests: a batch sent cannot be taken back, so each is ranked as `suggest` ranks.
    _draft_implementations(request, sampled, collected, cancel, on_step)
    for candidate in _generated(spec, target, sampled, cancel, on_candidate, collected):
        collected.candidates.append(candidate)
        latest = choose(collected.candidates, spec, target, collected.sampled_origins, request.ranking_target,
                        cancel=cancel, existing=request.existing, drafts=collected.drafts)
        yield from unsent(latest)
    latest = _repaired(request, sampled, collected, latest, cancel, on_candidate)
    yield from unsent(latest)
    if not sent:  # no real test in any batch: the skeleton (or the placeholders) at the end
        yield _suggestion(request, collected, latest, read_text)
