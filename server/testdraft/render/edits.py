"""Editing candidate tests: the one home for renaming, unique names and duplicate removal.

Every step that changes a test's name (the model's answers, split ranking units, tests
named after the function, merging into a file whose names are taken) goes through
`rename_test` and `unique_name`; one request removes duplicates once, with `unique_tests`,
comparing tests by `same_test_key`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from testdraft.generate.base import CandidateTest, DroppedTest, DropReason
from testdraft.generate.pytest_code import same_test_key


def rename_test(code: str, old: str, new: str) -> str:
    """`code` with its `def old(` (or `async def old(`) renamed to `new`."""
    return re.sub(rf"\bdef {re.escape(old)}\(", f"def {new}(", code, count=1)


def unique_name(name: str, taken: Iterable[str]) -> str:
    """`name`, or `name_2`, `name_3`, ... : the first one not in `taken`."""
    used = set(taken)
    candidate, suffix = name, 2
    while candidate in used:
        candidate, suffix = f"{name}_{suffix}", suffix + 1
    return candidate


def renamed(test: CandidateTest, name: str) -> CandidateTest:
    if name == test.name:
        return test
    return replace(test, name=name, code=rename_test(test.code, test.name, name))


def with_unique_names(tests: Sequence[CandidateTest], taken: Iterable[str] = ()) -> list[CandidateTest]:
    """The tests, each renamed where its name is taken (by `taken` or an earlier test)."""
    used = set(taken)
    out: list[CandidateTest] = []
    for test in tests:
        name = unique_name(test.name, used)
        used.add(name)
        out.append(renamed(test, name))
    return out


def unique_tests(
    tests: Sequence[CandidateTest], known: Iterable[str] = ()
) -> tuple[list[CandidateTest], list[DroppedTest]]:
    """The tests minus those checking what an earlier one (or a `known` key) already does."""
    seen: dict[str, str] = {key: "a test already there" for key in known}
    kept: list[CandidateTest] = []
    dropped: list[DroppedTest] = []
    for test in tests:
        key = same_test_key(test.code)
        if key in seen:
            dropped.append(DroppedTest(test.name, test.origin, DropReason.DUPLICATE, f"same as {seen[key]}"))
        else:
            seen[key] = test.name
            kept.append(test)
    return kept, dropped
