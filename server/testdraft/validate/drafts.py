"""TDD candidates run on bodies the model drafted for the function (`model.implementations`).

Without an implementation the candidates' claims can only vote (`validate.rank`). A drafted
body is another voter: each candidate check runs on each draft, in the sandbox like every
generated test: a check that holds on most drafts supports its claims, and one that does not
is left out (`rank.VotingRules`). A draft on which no check passes says nothing, and is not
counted. Drafts are module overlays: nothing on disk changes, and the user never sees them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from testdraft.cancellation import NEVER_CANCELLED, CancelToken
from testdraft.generate.base import CandidateTest
from testdraft.render.edits import same_test_key
from testdraft.spec.locate import replace_body
from testdraft.validate.engine import ValidationOptions
from testdraft.validate.stub_check import STUB_OPTIONS, run_statuses, with_module_text
from testdraft.validate.target import ValidationTarget, target_source

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


@dataclass(frozen=True)
class DraftRuns:
    """What the drafts said of the units: on how many each passed (by `same_test_key`), and
    how many drafts some unit passed on. A draft on which nothing passes tells nothing: it
    may be broken, or every candidate wrong, and the candidates' votes decide as without
    drafts (on HumanEval without examples, trusting such a draft lost more right tests than
    wrong ones: docs/results.md, issue 13)."""

    held: Counter[str] = field(default_factory=Counter)
    working: int = 0

    def supports(self, unit: CandidateTest) -> bool:
        """The unit holds on most of the working drafts."""
        return 2 * self.held[same_test_key(unit.code)] > self.working > 0


def held_on_drafts(units: Sequence[CandidateTest], drafts: Sequence[ValidationTarget],
                   options: ValidationOptions = DRAFT_OPTIONS,
                   cancel: CancelToken = NEVER_CANCELLED) -> DraftRuns:
    """Each unit run on each draft (one sandbox run per draft)."""
    held: Counter[str] = Counter()
    working = 0
    keys = {unit.name: same_test_key(unit.code) for unit in units}
    for draft in drafts:
        statuses, _reason = run_statuses(units, draft, options, cancel)
        passed = {keys[name] for name, seen in statuses.items()
                  if name in keys and seen and all(status == "passed" for status in seen)}
        held.update(passed)
        working += bool(passed)
    return DraftRuns(held, working)
