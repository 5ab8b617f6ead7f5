"""The fallback when nothing else applies: a skipped test with clear TODOs, no invented expectations.

Its arguments are built, not left as `...`: plain values for plain types, mocks for
collaborators, `tmp_path` files for paths, project objects from their constructors
(`generate.fakes`), so that filling in the expected value is all that is left to do.
"""

from __future__ import annotations

from collections.abc import Iterator

from testdraft.cancellation import NEVER_CANCELLED, CancelToken
from testdraft.generate.base import CandidateTest, Generator, ImportTarget
from testdraft.generate.fakes import Fakes, call_setup, call_text, fake_value, required
from testdraft.generate.pytest_code import body, make_test_name, quoted
from testdraft.spec.docstring import all_examples_skipped
from testdraft.spec.model import FunctionSpec


def _arguments(spec: FunctionSpec, target: ImportTarget, fakes: Fakes) -> str:
    constructors = dict(target.context.constructors) if target.context is not None else {}
    arguments = {param.name: fake_value(param.annotation, param.name, fakes, constructors, spec.is_async)
                 for param in required(spec.call_params)}
    return call_text("", arguments, spec.call_params)[1:-1]


def _why(spec: FunctionSpec) -> str:
    """Why there is no real test: what the docstring lacks."""
    if not spec.docstring:
        return "it has no docstring"
    if spec.examples:
        return "its docstring examples give no test"
    if all_examples_skipped(spec.docstring):
        return "every example in its docstring is marked +SKIP"
    return "its docstring has no examples"


class SkeletonGenerator(Generator):
    name = "skeleton"

    def __init__(self, why: str = "") -> None:
        self.why = why  # overrides what the docstring says (e.g. every test was vacuous)

    def generate(
        self, spec: FunctionSpec, target: ImportTarget, cancel: CancelToken = NEVER_CANCELLED
    ) -> Iterator[CandidateTest]:
        name = make_test_name(spec)  # instant: the pipeline checks `cancel` after each test
        hints = ", ".join(f"{p.name}: {p.annotation}" for p in spec.call_params if p.annotation)
        reason = f"TODO: write a real case for {spec.name} ({self.why or _why(spec)})"
        fakes = Fakes.offering(target)
        prepared = call_setup(spec, target, fakes)
        statements, access = prepared if prepared is not None else (list(target.setup), target.access)
        if prepared is None and target.note:
            statements.append(f"# TODO: {target.note}")
        call = f"{access}({_arguments(spec, target, fakes)})"
        if spec.method_kind == "property":
            call = access
        if spec.is_async:
            call = f"asyncio.run({call})"
        statements += [
            f"result = {call}  # TODO: real inputs" + (f" ({hints})" if hints else ""),
            "expected = ...  # TODO: what the function should return"
            + (f" ({spec.return_annotation})" if spec.return_annotation else ""),
            "assert result == expected",
        ]
        parameters = ", ".join(sorted(fakes.fixtures))
        code = f"@pytest.mark.skip(reason={quoted(reason)})\ndef {name}({parameters}):\n" + body(statements)
        imports = ["import pytest", *fakes.all_imports(target.module, target.imported), target.import_line]
        if spec.is_async:
            imports.insert(0, "import asyncio")
        yield CandidateTest(name=name, code=code, imports=tuple(imports), origin=self.name, is_placeholder=True)
