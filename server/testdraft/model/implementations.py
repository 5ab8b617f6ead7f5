"""Implementations the model drafts for a function that has none yet (TDD).

A 0.5B model writes a function from its docstring more reliably than it predicts the values
that function returns: asked for the value of a call, it guesses; asked for the body, it
often gets it right. So in TDD mode the model also drafts the body, and each drafted
body runs the model's candidate tests in the sandbox (`validate.drafts`): a check that holds
on most drafts gains their vote, one that does not is left out. A draft is never shown or
inserted: it is evidence for ranking, and the tests stay pending until the user writes the
function.
"""

from __future__ import annotations

import ast

from testdraft.generate.base import ImportTarget
from testdraft.model.code_completion import CODE_FENCE
from testdraft.model.prompts import Prompt, PromptFormat, function_stub
from testdraft.spec.locate import body_without_docstring
from testdraft.spec.model import FunctionSpec

IMPLEMENTATION_SYSTEM_PROMPT = (
    "You are an expert Python programmer. Write the body of the function the user shows so "
    "that it does exactly what its signature and docstring say. Answer with one Python code "
    "block and nothing else."
)


def implementation_prompt(spec: FunctionSpec, target: ImportTarget) -> Prompt:
    """The question "write this function", with the code around it; the answer is pre-filled
    with the function's signature and docstring, so the model writes the body."""
    context = target.context
    code = context.render(example_tests=False) if context is not None else ""
    tests = "\n\n".join(context.function_tests) if context is not None else ""
    user = (
        f"Implement `{spec.qualname}` from the module `{target.module}`.\n\n"
        + (f"The code around it:\n```python\n{code}\n```\n\n" if code else "")
        # TDD's first tests say what the body must do (formats, errors) where the docstring is vague.
        + (f"Tests the project already has for it, which it must pass:\n```python\n{tests}\n```\n\n" if tests else "")
        + f"The function:\n```python\n{function_stub(spec)}\n```\n\n"
        "Write the whole function, with its body."
    )
    messages = ({"role": "system", "content": IMPLEMENTATION_SYSTEM_PROMPT}, {"role": "user", "content": user})
    return Prompt(PromptFormat.CHAT, messages, prefill=CODE_FENCE + _header(spec) + "\n")


def _header(spec: FunctionSpec) -> str:
    """The stub without its `pass`: decorators that say the method's kind, `def`, docstring."""
    return function_stub(spec).removesuffix("\n    pass")


def drafted_body(answer: str, spec: FunctionSpec) -> str | None:
    """The body (dedented, docstring left out) of `spec`'s function in a model's answer
    (pre-filled start included, cut at the closing fence); None when the answer does not
    parse, has no such function, or its body is only a stub."""
    code = answer.removeprefix(CODE_FENCE)
    code = code[: code.index("```")] if "```" in code else code
    try:
        tree = ast.parse(code)
    except SyntaxError:
        return None
    function = next((node for node in tree.body if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
                     and node.name == spec.name), None)
    if function is None:
        return None
    body = body_without_docstring(function)
    if not body or all(isinstance(statement, ast.Pass) for statement in body):
        return None
    # Helpers and imports it wrote beside the function come first in the body: the module's
    # own text stays as the user has it.
    helpers = [node for node in tree.body if node is not function
               and isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Import | ast.ImportFrom)
               and not (isinstance(node, ast.ImportFrom) and node.module == "__future__")]
    return "\n".join(ast.unparse(statement) for statement in [*helpers, *body]) + "\n"
