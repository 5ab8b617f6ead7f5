"""Each operator family: the mutant it creates, a weak suite it survives, a suite that kills it.

Mutants run for real: the engine swaps the mutated code into a sandboxed worker.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from pathlib import Path

import pytest

from testdraft.validate.engine import ValidationOptions, validate_suite
from testdraft.validate.mutation.generate import MutantBuilder, enumerate_mutants
from testdraft.validate.mutation.operators import OPERATORS

from .support import overlay_target


@dataclass(frozen=True)
class Case:
    operator: str
    source: str
    qualname: str
    description: str  # the mutant's description, without " on line N"
    weak: str  # a test body the mutant survives
    strong: str  # a test body that kills it


WITH_SUPER = textwrap.dedent("""\
    class Base:
        def __init__(self):
            self.log = []

        def setup(self):
            self.log.append('base')


    class Child(Base):
        def setup(self):
            super().setup()
            self.log.append('child')
    """)

CASES = [
    Case("AOR", "def f(a, b):\n    return a + b\n", "f", "`+` to `-`",
         "assert f(2, 0) == 2", "assert f(2, 3) == 5"),
    Case("AOD", "def f(x):\n    return -x\n", "f", "`-x` to `x`",
         "assert f(0) == 0", "assert f(2) == -2"),
    Case("ASR", "def f(x):\n    total = 1\n    total += x\n    return total\n", "f",
         "`+=` to `-=`", "assert f(0) == 1", "assert f(2) == 3"),
    Case("BCR", textwrap.dedent("""\
        def first_even(xs):
            found = None
            for x in xs:
                if x % 2 == 0:
                    found = x
                    break
            return found
        """), "first_even", "`break` to `continue`",
         "assert first_even([1, 2]) == 2", "assert first_even([2, 4]) == 2"),
    Case("COD", "def f(x):\n    return not x\n", "f", "`not x` to `x`",
         "assert f(True) in (True, False)", "assert f(True) is False"),
    Case("COI", "def f(x):\n    if x > 0:\n        return 1\n    return 0\n", "f",
         "`if x > 0` negated", "assert f(1) in (0, 1)", "assert f(1) == 1"),
    Case("CRP", "def f():\n    return 10\n", "f", "constant `10` to `11`",
         "assert f() > 5", "assert f() == 10"),
    Case("EHD", textwrap.dedent("""\
        def parse(text):
            try:
                return int(text)
            except ValueError:
                return None
        """), "parse", "`except ValueError` handler replaced by `raise`",
         "assert parse('3') == 3", "assert parse('x') is None"),
    Case("EXS", textwrap.dedent("""\
        def check(x):
            try:
                if x < 0:
                    raise ValueError('negative')
            except ValueError:
                raise RuntimeError('bad input')
            return x
        """), "check", "`except ValueError` body replaced by `pass`",
         "assert check(1) == 1",
         "with pytest.raises(RuntimeError):\n        check(-1)"),
    Case("LCR", "def f(a, b):\n    return a and b\n", "f", "`and` to `or`",
         "assert f(True, True) is True", "assert f(True, False) is False"),
    Case("LOD", "def f(x):\n    return ~x\n", "f", "`~x` to `x`",
         "assert isinstance(f(0), int)", "assert f(0) == -1"),
    Case("LOR", "def f(a, b):\n    return a & b\n", "f", "`&` to `|`",
         "assert f(1, 1) == 1", "assert f(1, 2) == 0"),
    Case("ROR", "def f(a, b):\n    return a < b\n", "f", "`<` to `<=`",
         "assert f(1, 2) is True", "assert f(1, 1) is False"),
    Case("SIR", "def f(s):\n    return s[1:]\n", "f", "`s[1:]` to `s[:]`",
         "assert len(f('')) == 0", "assert f('abc') == 'bc'"),
    Case("SCD", WITH_SUPER, "Child.setup", "`super().setup()` deleted",
         "c = Child()\n    c.setup()\n    assert 'child' in c.log",
         "c = Child()\n    c.setup()\n    assert c.log == ['base', 'child']"),
    Case("IOP", WITH_SUPER, "Child.setup", "super call moved to the end of `setup`",
         "c = Child()\n    c.setup()\n    assert len(c.log) == 2",
         "c = Child()\n    c.setup()\n    assert c.log == ['base', 'child']"),
    Case("SVD", textwrap.dedent("""\
        class Box:
            n = 0

            def __init__(self):
                self.n = 2

            def double(self):
                return self.n * 2
        """), "Box.double", "`self.n` to `n`",
         "assert callable(Box().double)", "assert Box().double() == 4"),
]


def test_every_operator_has_a_case() -> None:
    assert sorted(case.operator for case in CASES) == sorted(OPERATORS)


def _suite(case: Case, body: str) -> str:
    return f"import pytest\nfrom subject import *\n\n\ndef test_it():\n    {body}\n"


@pytest.mark.parametrize("case", CASES, ids=[c.operator for c in CASES])
def test_operator_mutant_survives_weak_suite_and_dies_to_strong_one(
        case: Case, tmp_path: Path) -> None:
    mutants = [m for m in enumerate_mutants(case.source, case.qualname)
               if m.operator == case.operator]
    wanted = [m for m in mutants if m.description.startswith(case.description + " on line")]
    assert wanted, [m.description for m in mutants]
    mutant = wanted[0]
    # The mutant compiles to a code object with the same shape as the original.
    MutantBuilder(case.source, case.qualname, "subject.py").compile(mutant)

    target = overlay_target(tmp_path, case.source, case.qualname)
    options = ValidationOptions(coverage=False)
    weak = validate_suite(_suite(case, case.weak), target, options)
    assert [t.status for t in weak.tests] == ["passed"], weak.tests
    assert weak.mutation is not None
    assert mutant.id in {s.id for s in weak.mutation.survivors}
    assert any(s.sentence == f"{mutant.description} survives" for s in weak.mutation.survivors)

    strong = validate_suite(_suite(case, case.strong), target, options)
    assert [t.status for t in strong.tests] == ["passed"], strong.tests
    assert strong.mutation is not None
    assert mutant.id not in {s.id for s in strong.mutation.survivors}
    killed, total = strong.mutation.per_operator[case.operator]
    assert total >= 1 and killed >= 1


def test_only_the_target_function_is_mutated() -> None:
    source = "def other(a):\n    return a + 1\n\n\ndef f(a):\n    return a - 1\n"
    lines = {m.line for m in enumerate_mutants(source, "f")}
    assert lines == {6}


def test_docstrings_annotations_and_defaults_are_not_mutated() -> None:
    source = 'def f(a: int = 1) -> int:\n    """Doc."""\n    return a\n'
    assert enumerate_mutants(source, "f") == []


def test_relational_chain_mutates_each_comparison_separately() -> None:
    source = "def f(x):\n    return 0 < x < 10\n"
    descriptions = [m.description for m in enumerate_mutants(source, "f")]
    assert "`<` to `<=` on line 2" in descriptions
    assert descriptions.count("`<` to `<=` on line 2") == 2
