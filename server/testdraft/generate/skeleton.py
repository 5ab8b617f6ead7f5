"""The fallback when nothing else applies: a skipped test with clear TODOs, no invented values."""

from __future__ import annotations

from collections.abc import Iterator

from testdraft.cancellation import NEVER_CANCELLED, CancelToken
from testdraft.generate.base import CandidateTest, Generator, ImportTarget
from testdraft.generate.pytest_code import body, make_test_name, quoted
from testdraft.spec.model import FunctionSpec, ParameterKind


def _placeholder_arguments(spec: FunctionSpec) -> str:
    arguments = []
    for param in spec.call_params:
        if param.kind is ParameterKind.VAR_POSITIONAL or param.kind is ParameterKind.VAR_KEYWORD:
            continue
        if param.default is not None:
            continue
        arguments.append(f"{param.name}=...")
    return ", ".join(arguments)


class SkeletonGenerator(Generator):
    name = "skeleton"

    def generate(
        self, spec: FunctionSpec, target: ImportTarget, cancel: CancelToken = NEVER_CANCELLED
    ) -> Iterator[CandidateTest]:
        name = make_test_name(spec)  # instant: the pipeline checks `cancel` after each test
        hints = ", ".join(f"{p.name}: {p.annotation}" for p in spec.call_params if p.annotation)
        why = "its docstring has no examples" if spec.docstring else "it has no docstring"
        reason = f"TODO: write a real case for {spec.name} ({why})"
        statements = list(target.setup)
        if target.note:
            statements.append(f"# TODO: {target.note}")
        call = f"{target.access}({_placeholder_arguments(spec)})"
        if spec.method_kind == "property":
            call = target.access
        if spec.is_async:
            call = f"asyncio.run({call})"
        statements += [
            f"result = {call}  # TODO: real inputs" + (f" ({hints})" if hints else ""),
            "expected = ...  # TODO: what the function should return"
            + (f" ({spec.return_annotation})" if spec.return_annotation else ""),
            "assert result == expected",
        ]
        code = f"@pytest.mark.skip(reason={quoted(reason)})\ndef {name}():\n" + body(statements)
        imports = ["import pytest", target.import_line]
        if spec.is_async:
            imports.insert(0, "import asyncio")
        yield CandidateTest(name=name, code=code, imports=tuple(imports), origin=self.name, is_placeholder=True)
