"""Keep the best tests out of several candidate suites.

With an implementation: split every candidate into single-check units (one assert, or
one `pytest.raises` block, with the set-up statements before it), drop duplicates,
validate all units in ONE sandbox run (with per-test coverage and every killer of every
mutant), drop units that fail or error, then greedily keep the unit that adds the most
covered lines, then the most newly killed mutants, until nothing adds either.

Without an implementation (TDD): the function cannot run, so units vote. First each runs
once against a stub that raises as it is reached: a unit that fails before that (its set-up
breaks, whatever the function will do) neither votes nor is kept. An assertion
`assert CALL == EXPECTED` is a claim about CALL; claims about the same call (same AST)
are counted across candidates and the docstring's examples (which weigh more), and a
unit is kept, pending, when each of its claims agrees with the winning value and has
enough support. When the model drafted bodies for the function (`validate.drafts`), each unit
also runs on them: the drafts vote for the claims of a unit that holds on most of them, and
a unit that does not is left out, unless every working draft returns one value where the unit
expected another: then the unit expects that value (the model chose the input, its drafts the
result), kept only where it catches a mutant of a draft the other kept units miss. Last,
the kept units' calls are tried on neighbouring inputs that the drafts answer, and those that
catch a mutant of a draft the kept units miss are added (`validate.probes`).
"""

from __future__ import annotations

import ast
import copy
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from testdraft.cancellation import NEVER_CANCELLED, CancelToken
from testdraft.generate.base import CandidateTest, DroppedTest, DropReason
from testdraft.generate.names import names_in
from testdraft.render.edits import parameter_rows, same_test_key, substitute_parameters, unique_tests, with_unique_names
from testdraft.render.module import render_module
from testdraft.spec.locate import Function, is_implemented
from testdraft.spec.model import FunctionSpec
from testdraft.validate.drafts import DRAFTED_VALUE, DraftRuns, held_on_drafts, with_drafted_value
from testdraft.validate.engine import (
    DEFAULT_OPTIONS,
    ValidationOptions,
    ValidationTarget,
    validate_suite,
)
from testdraft.validate.probes import catching_more, probe_checks
from testdraft.validate.report import ValidationReport
from testdraft.validate.stub_check import check_against_stub, check_set_up
from testdraft.validate.target import target_source


@dataclass(frozen=True)
class RankedTest:
    test: CandidateTest  # a single-check unit (its own `def test_...`)
    status: str  # "passed" or "pending"
    new_lines: tuple[int, ...] = ()  # lines it added to the selection's coverage
    new_kills: tuple[int, ...] = ()  # mutant ids it added to the selection's kills
    votes: int = 0  # TDD: support of its weakest claim


@dataclass(frozen=True)
class RankingResult:
    selected: tuple[RankedTest, ...]
    dropped: tuple[DroppedTest, ...]  # units left out, and why
    report: ValidationReport | None = None  # the run over all units (None in TDD)
    covered_lines: tuple[int, ...] = ()
    killed_mutants: tuple[int, ...] = ()
    mutants_total: int = 0
    statements: int = 0
    code: str = ""  # the selected tests as one module

    @property
    def line_rate(self) -> float:
        return len(self.covered_lines) / self.statements if self.statements else 0.0

    @property
    def mutation_score(self) -> float:
        return len(self.killed_mutants) / self.mutants_total if self.mutants_total else 0.0


@dataclass(frozen=True)
class VotingRules:
    min_support: int = 2  # candidates that must agree on a claim
    docstring_weight: int = 3  # a docstring example counts as this many candidates
    keep_unverifiable: bool = True  # units with no `==` claim (raises, properties)
    # With drafted implementations (`validate.drafts`): they count as one more candidate for
    # the claims of each unit that holds on most of them, and a unit with no claim to vote on
    # must hold there. `draft_veto`: a unit that does not hold there goes, whatever its votes
    # (on HumanEval without examples the drafts were right more often than two agreeing
    # candidates: docs/results.md, issue 13).
    draft_veto: bool = True
    # `draft_values`: a unit that fails on every working draft, which all return the same value
    # for it, expects that value instead (`drafts.with_drafted_value`), and so do its voters.
    draft_values: bool = True
    # `draft_probes`: the kept checks' calls with an argument moved to a neighbouring input,
    # expecting what the drafts return, where that kills a mutant of a draft (`validate.probes`).
    draft_probes: bool = True


DEFAULT_RULES = VotingRules()


# --- splitting -------------------------------------------------------------------------


def is_check(stmt: ast.stmt) -> bool:
    """An assert, or a `with pytest.raises(...)` block: what ranking splits a test into."""
    if isinstance(stmt, ast.Assert):
        return True
    if isinstance(stmt, ast.With):
        return any(isinstance(item.context_expr, ast.Call)
                   and ast.unparse(item.context_expr.func).endswith("raises")
                   for item in stmt.items)
    return False


def split_candidate(candidate: CandidateTest) -> list[CandidateTest]:
    """One unit per top-level check. A unit keeps the test's parameters (pytest fixtures:
    each unit asks for them again); a decorated test (parametrized, marked) stays whole."""
    try:
        tree = ast.parse(candidate.code)
    except SyntaxError:
        return [candidate]
    funcs = [s for s in tree.body if isinstance(s, Function)]
    if len(funcs) != 1 or len(tree.body) != 1:
        return [candidate]
    func = funcs[0]
    units = check_units(func)
    if len(units) <= 1 or func.decorator_list:
        return [candidate]
    return [replace(candidate, name=unit.name, code=ast.unparse(unit) + "\n", asserts=1,
                    meta={**candidate.meta, "split_from": candidate.name})
            for unit in units]


def check_units(func: Function) -> list[Function]:
    """One copy of the test per top-level check, `{name}_{n}`: the check with the set-up
    statements before it (earlier checks left out, except one that binds a name the check
    reads: `with pytest.raises(E) as raised:` before `assert raised.value...`); statements
    after the last check go."""
    units = []
    checks = [i for i, stmt in enumerate(func.body) if is_check(stmt)]
    for number, index in enumerate(checks, start=1):
        unit = copy.copy(func)
        unit.name = f"{func.name}_{number}"
        read = names_in(func.body[index], ast.Load)
        body = [*(s for s in func.body[:index] if not is_check(s) or _bound_by(s) & read), func.body[index]]
        unit.body = _unused_bindings_dropped(body)
        units.append(unit)
    return units


def units_from_test_code(code: str) -> list[str]:
    """Every check of every `test_*` function in `code` as a test of its own, rows expanded:
    the check (one assert, or one `pytest.raises` block) with the set-up statements before it
    and the module's imports, as the ranker splits candidates (`validate.rank.check_units`).

    A unit stays a test function, so the fixtures it names (`tmp_path`, `capsys`) still
    reach it; other decorators go once the rows are spelled out. Skipped and property tests
    hold none, as in `asserts_from_test_code`; code that does not parse yields nothing.
    """
    try:
        module = ast.parse(code)
    except (SyntaxError, ValueError):
        return []
    imports = [node for node in module.body if isinstance(node, ast.Import | ast.ImportFrom)]
    units: list[str] = []
    for node in module.body:
        if isinstance(node, ast.FunctionDef) and node.name.startswith("test") and not is_skipped(node) \
                and not is_property_based(node):
            for row in parameter_rows(node):
                test = copy.copy(node)
                test.decorator_list = []
                test.args = copy.copy(node.args)
                test.args.args = [arg for arg in node.args.args if arg.arg not in row]
                test.body = [*imports, *(substitute_parameters(statement, row) for statement in node.body)]
                units += [ast.unparse(unit) for unit in check_units(test)]
    return units


def is_skipped(test: ast.FunctionDef) -> bool:
    return any(
        ast.unparse(decorator.func if isinstance(decorator, ast.Call) else decorator).endswith("mark.skip")
        for decorator in test.decorator_list
    )


def is_property_based(test: ast.FunctionDef) -> bool:
    return any(
        ast.unparse(decorator.func if isinstance(decorator, ast.Call) else decorator).split(".")[-1] == "given"
        for decorator in test.decorator_list
    )


def _unused_bindings_dropped(body: list[ast.stmt]) -> list[ast.stmt]:
    """`result = f(x)` becomes `f(x)` where the unit never reads `result` (its check went to
    another unit): the call still runs, and no linter flags an unused name."""
    kept: list[ast.stmt] = []
    for position, statement in enumerate(body):
        if isinstance(statement, ast.Assign) and len(statement.targets) == 1 \
                and isinstance(statement.targets[0], ast.Name) and isinstance(statement.value, ast.Call | ast.Await) \
                and not any(statement.targets[0].id in names_in(later, ast.Load) for later in body[position + 1 :]):
            statement = ast.copy_location(ast.Expr(statement.value), statement)
        kept.append(statement)
    return kept


def _bound_by(check: ast.stmt) -> set[str]:
    """The names a check binds for later statements (`with pytest.raises(E) as raised`)."""
    if not isinstance(check, ast.With):
        return set()
    return {node.id for item in check.items if item.optional_vars is not None
            for node in ast.walk(item.optional_vars) if isinstance(node, ast.Name)}


Dropped = list[DroppedTest]


def _drop(unit: CandidateTest, reason: DropReason, detail: str = "") -> DroppedTest:
    return DroppedTest(unit.name, unit.origin, reason, detail)


# --- ranking ---------------------------------------------------------------------------

def rank_candidates(
    candidates: Sequence[CandidateTest],
    target: ValidationTarget,
    options: ValidationOptions = DEFAULT_OPTIONS,
    spec: FunctionSpec | None = None,
    cancel: CancelToken = NEVER_CANCELLED,
    rules: VotingRules = DEFAULT_RULES,
    drafts: Sequence[ValidationTarget] = (),
) -> RankingResult:
    """The units to keep (see the module doc); `drafts`: in TDD, the function with bodies the
    model drafted, on which the units run to vote (`validate.drafts`)."""
    units: list[CandidateTest] = []
    for index, candidate in enumerate(candidates):
        if not candidate.is_placeholder:  # a TODO skeleton checks nothing to rank
            units += [replace(unit, meta={**unit.meta, "candidate": index})
                      for unit in split_candidate(candidate)]
    voters = list(units)  # duplicates still vote: agreement across candidates is the point
    units, dropped = unique_tests(units)
    units = with_unique_names(units)
    source, _path = target_source(target)
    if not (target.implemented and is_implemented(source, target.qualname)):
        # A unit whose set-up fails before it reaches the function neither votes nor is kept
        # (its voters are the units `unique_tests` merged into it, renamed or not).
        set_up = check_set_up(units, target, cancel=cancel)
        broken = {same_test_key(item.code) for item in set_up.dropped}
        voters = [voter for voter in voters if same_test_key(voter.code) not in broken]
        units, dropped = set_up.tests, [*dropped, *set_up.dropped]
        runs = held_on_drafts(units, drafts, cancel=cancel) if drafts else DraftRuns()
        if rules.draft_values and runs.values:
            units, voters, dropped = _with_drafted_values(units, voters, dropped, runs)
            runs = held_on_drafts(units, drafts, cancel=cancel)  # the new values must hold there too
        ranking = _rank_by_votes(units, voters, dropped, spec, rules, runs)
        if rules.draft_values and runs.working:
            ranking = _drafted_values_catching_more(ranking, drafts, runs, options, cancel)
        if rules.draft_probes and runs.working:
            ranking = _with_probes(ranking, spec, drafts, runs, options, cancel)
        return ranking
    return _rank_by_execution(units, dropped, target, options, cancel)


def _with_drafted_values(units: list[CandidateTest], voters: list[CandidateTest], dropped: Dropped,
                         runs: DraftRuns) -> tuple[list[CandidateTest], list[CandidateTest], Dropped]:
    """Units and voters with the values the drafts agree on (two units may become one)."""
    def drafted(unit: CandidateTest) -> CandidateTest:
        literal = runs.values.get(same_test_key(unit.code))
        return (with_drafted_value(unit, literal) or unit) if literal is not None else unit

    units, duplicates = unique_tests([drafted(unit) for unit in units])
    return with_unique_names(units), [drafted(voter) for voter in voters], [*dropped, *duplicates]


def _drafted_values_catching_more(ranking: RankingResult, drafts: Sequence[ValidationTarget], runs: DraftRuns,
                                  options: ValidationOptions, cancel: CancelToken) -> RankingResult:
    """The ranking without the kept checks whose value the drafts gave (`DRAFTED_VALUE`) that
    catch no bug (a mutant of a draft) the other kept checks miss, as probes must: a model that
    guessed wrong for one call after another (`low_stock(1)`, `low_stock(2)`, ... on an empty
    warehouse) would otherwise get the drafts' one value inserted for each."""
    valued = [ranked.test for ranked in ranking.selected if DRAFTED_VALUE in ranked.test.meta]
    if not valued:
        return ranking
    others = [ranked.test for ranked in ranking.selected if DRAFTED_VALUE not in ranked.test.meta]
    working = [drafts[index] for index in runs.working_at]
    catching = catching_more(others, valued, working, options, cancel, most=len(valued))
    if catching is None:
        return ranking
    kept = {test.name for test in catching}
    selected = tuple(ranked for ranked in ranking.selected
                     if DRAFTED_VALUE not in ranked.test.meta or ranked.test.name in kept)
    redundant = [_drop(test, DropReason.REDUNDANT, _NO_NEW_DRAFT_MUTANT) for test in valued if test.name not in kept]
    return replace(ranking, selected=selected, dropped=(*ranking.dropped, *redundant),
                   code=render_module([ranked.test for ranked in selected]))


# Why a check whose value the drafts gave is left out.
_NO_NEW_DRAFT_MUTANT = "the drafts' value, and it catches no mutant of a draft the other kept checks miss"


def _with_probes(ranking: RankingResult, spec: FunctionSpec | None, drafts: Sequence[ValidationTarget],
                 runs: DraftRuns, options: ValidationOptions, cancel: CancelToken) -> RankingResult:
    """The ranking with the probes of its kept checks after them (`validate.probes`)."""
    probes = probe_checks([ranked.test for ranked in ranking.selected], spec, drafts, runs, options, cancel)
    if not probes:
        return ranking
    selected = (*ranking.selected, *(RankedTest(probe, "pending") for probe in probes))
    return replace(ranking, selected=selected, code=render_module([ranked.test for ranked in selected]))


def _rank_by_execution(units: list[CandidateTest], dropped: Dropped,
                       target: ValidationTarget, options: ValidationOptions,
                       cancel: CancelToken) -> RankingResult:
    valid = []
    for unit in units:
        try:
            ast.parse(unit.code)
            valid.append(unit)
        except SyntaxError as exc:
            dropped.append(_drop(unit, DropReason.PARSE_ERROR, f"line {exc.lineno}: {exc.msg}"))
    if not valid:
        return RankingResult(selected=(), dropped=tuple(dropped))
    detailed = replace(options, per_test_detail=True)
    report = validate_suite(render_module(valid), target, detailed, cancel)
    for _retry in range(3):
        culprits = _units_breaking_the_module(report, valid)
        if not culprits:
            break
        dropped += [_drop(unit, DropReason.FAILED, f"module error: {report.collection_error}")
                    for unit in culprits]
        valid = [unit for unit in valid if unit not in culprits]
        if not valid:
            break
        report = validate_suite(render_module(valid), target, detailed, cancel)
    if report.collection_error or not valid:
        dropped += [_drop(unit, DropReason.FAILED, f"module error: {report.collection_error}")
                    for unit in valid]
        return RankingResult(selected=(), dropped=tuple(dropped), report=report)
    by_name: dict[str, list[str]] = {}
    statuses: dict[str, list[str]] = {}
    for test in report.tests:
        function = test.name.split(".")[-1]
        by_name.setdefault(function, []).append(test.id)
        statuses.setdefault(function, []).append(
            test.status if test.status == "passed" else f"{test.status}: {test.message}")
    per_test = report.coverage.per_test if report.coverage is not None else {}
    kills_by_test: dict[str, set[int]] = {}
    if report.mutation is not None:
        for mutant, killers in report.mutation.killers.items():
            for test_id in killers:
                kills_by_test.setdefault(test_id, set()).add(mutant)
    gains: dict[str, tuple[set[int], set[int]]] = {}
    eligible: list[CandidateTest] = []
    for unit in valid:
        results = statuses.get(unit.name, ["not collected"])
        bad = [s for s in results if s != "passed"]
        if bad:
            reason = DropReason.UNKNOWN_NAME if "NameError" in bad[0] else DropReason.FAILED
            dropped.append(_drop(unit, reason, bad[0]))
            continue
        ids = by_name[unit.name]
        lines = {line for test_id in ids for line in per_test.get(test_id, ())}
        kills = {m for test_id in ids for m in kills_by_test.get(test_id, set())}
        gains[unit.name] = (lines, kills)
        eligible.append(unit)
    # A unit that passes against a stub returning None is dropped before the choice, not after
    # it: chosen first, it would make the units that can fail look redundant, and then go itself.
    stub = check_against_stub(eligible, target, cancel=cancel)
    eligible, dropped = stub.tests, [*dropped, *stub.dropped]
    selected, covered, killed = _greedy(eligible, gains, dropped)
    statements = report.coverage.statements if report.coverage is not None else 0
    total = report.mutation.total if report.mutation is not None else 0
    return RankingResult(
        selected=tuple(selected), dropped=tuple(dropped), report=report,
        covered_lines=tuple(sorted(covered)), killed_mutants=tuple(sorted(killed)),
        mutants_total=total, statements=statements,
        code=render_module([r.test for r in selected]))


def _units_breaking_the_module(report: ValidationReport,
                               units: list[CandidateTest]) -> list[CandidateTest]:
    """Units whose import line (or body) is where the merged module failed to load."""
    if not report.collection_error or report.collection_error_line is None:
        return []
    module_lines = render_module(units).splitlines()
    row = report.collection_error_line - 1
    if not 0 <= row < len(module_lines):
        return []
    bad_line = module_lines[row].strip()
    return [unit for unit in units
            if bad_line in unit.imports or bad_line in unit.code.splitlines()]


def _greedy(eligible: list[CandidateTest], gains: dict[str, tuple[set[int], set[int]]],
            dropped: Dropped
            ) -> tuple[list[RankedTest], set[int], set[int]]:
    covered: set[int] = set()
    killed: set[int] = set()
    selected: list[RankedTest] = []
    remaining = list(eligible)
    def gain(unit: CandidateTest, covered: set[int], killed: set[int]) -> tuple[int, int]:
        lines, kills = gains[unit.name]
        return len(lines - covered), len(kills - killed)

    while remaining:
        # max() keeps the earliest candidate on ties
        best = max(remaining, key=lambda unit: gain(unit, covered, killed))
        new_lines, new_kills = gain(best, covered, killed)
        if (new_lines, new_kills) == (0, 0) and selected:
            break
        lines, kills = gains[best.name]
        selected.append(RankedTest(best, "passed", tuple(sorted(lines - covered)),
                                   tuple(sorted(kills - killed))))
        covered |= lines
        killed |= kills
        remaining.remove(best)
    dropped += [_drop(unit, DropReason.REDUNDANT) for unit in remaining]
    return selected, covered, killed


# --- TDD voting ------------------------------------------------------------------------

def _value_key(node: ast.expr) -> str:
    try:
        return repr(ast.literal_eval(node))
    except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
        return ast.dump(node)


def _claims_of(code: str) -> list[tuple[str, str]]:
    try:
        tree = ast.parse(code)
    except SyntaxError:
        return []
    claims = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Assert) and isinstance(node.test, ast.Compare)):
            continue
        test = node.test
        if len(test.ops) != 1 or not isinstance(test.ops[0], ast.Eq):
            continue
        left, right = test.left, test.comparators[0]
        call, value = (left, right) if isinstance(left, ast.Call) else (right, left)
        if isinstance(call, ast.Call) and not isinstance(value, ast.Call):
            claims.append((ast.dump(call), _value_key(value)))
    return claims


def _docstring_claims(spec: FunctionSpec | None) -> list[tuple[str, str]]:
    claims: list[tuple[str, str]] = []
    if spec is None:
        return claims
    for example in spec.examples:
        if example.expected is None or example.exception is not None:
            continue
        try:
            call = ast.parse(example.source.strip(), mode="eval").body
            value = ast.parse(example.expected.strip(), mode="eval").body
        except SyntaxError:
            continue
        if isinstance(call, ast.Call):
            claims.append((ast.dump(call), _value_key(value)))
    return claims


_DRAFTS = "the drafted implementations"  # their supporter id: one voter, however many
_NOT_HELD = "it does not hold on the implementations the model drafted"


def _count_votes(voters: list[CandidateTest], spec: FunctionSpec | None,
                 rules: VotingRules, drafts: DraftRuns) -> dict[str, Counter[str]]:
    """call -> expected value -> support (each candidate votes once per claim, and so do the
    drafts together)."""
    votes: dict[str, Counter[str]] = {}
    for call, value in _docstring_claims(spec):
        votes.setdefault(call, Counter())[value] += rules.docstring_weight
    supporters: dict[tuple[str, str], set[object]] = {}
    for unit in voters:
        held = drafts.supports(unit)
        for claim in _claims_of(unit.code):
            supporters.setdefault(claim, set()).add(unit.meta.get("candidate", unit.name))
            if held:
                supporters[claim].add(_DRAFTS)
    for (call, value), who in supporters.items():
        votes.setdefault(call, Counter())[value] += len(who)
    return votes


def _rank_by_votes(units: list[CandidateTest], voters: list[CandidateTest],
                   dropped: Dropped, spec: FunctionSpec | None,
                   rules: VotingRules, drafts: DraftRuns) -> RankingResult:
    votes = _count_votes(voters, spec, rules, drafts)
    claims_by_unit = {unit.name: _claims_of(unit.code) for unit in units}
    ranked: list[RankedTest] = []
    for unit in units:
        claims = claims_by_unit[unit.name]
        if drafts.working and not drafts.supports(unit) and (rules.draft_veto or not claims):
            dropped.append(_drop(unit, DropReason.OUTVOTED, _NOT_HELD))
            continue
        if not claims:
            if rules.keep_unverifiable:
                ranked.append(RankedTest(unit, "pending", votes=0))
            else:
                dropped.append(_drop(unit, DropReason.OUTVOTED, "no claim to vote on"))
            continue
        support = []
        reason = ""
        for call, value in claims:
            counter = votes[call]
            best = max(counter.values())
            leaders = sorted(v for v, n in counter.items() if n == best)
            if counter[value] < best:
                reason = f"disagrees with the majority ({leaders[0]}) for the same call"
                break
            if len(leaders) > 1:
                reason = f"a tie between {' and '.join(leaders)} for the same call"
                break
            if counter[value] < rules.min_support:
                reason = f"only {counter[value]} candidate(s) agree"
                break
            support.append(counter[value])
        if reason:
            dropped.append(_drop(unit, DropReason.OUTVOTED, reason))
        else:
            ranked.append(RankedTest(unit, "pending", votes=min(support)))
    ranked.sort(key=lambda r: -r.votes)  # stable: equal support keeps candidate order
    return RankingResult(selected=tuple(ranked), dropped=tuple(dropped),
                         code=render_module([r.test for r in ranked]))
