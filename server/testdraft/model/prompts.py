"""Prompts built from a FunctionSpec: never from the function's body (TDD: it may not exist).

Two formats:
- completion (PyTester's, for base models): the signature, the docstring, `pass`, then
  `# check the correctness of <f>` and `assert `; the model continues with assert lines.
- chat (for instruct models, chosen when the tokenizer has a chat template): a system
  prompt, a user message with the signature and docstring, and the assistant's answer
  pre-filled with the start of a code block so that the model writes code, not prose.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any

from testdraft.generate.base import ImportTarget
from testdraft.spec.model import FunctionSpec


class PromptFormat(enum.StrEnum):
    COMPLETION = "completion"
    CHAT = "chat"


@dataclass(frozen=True)
class Prompt:
    format: PromptFormat
    # Chat: the conversation; completion: empty.
    messages: tuple[dict[str, str], ...]
    # Text the answer starts with: pre-filled for local models, so the output parser
    # sees `prefill + generated text`.
    prefill: str
    # Completion format: the whole prompt text (prefill included).
    text: str = ""

    def local_text(self, tokenizer: Any) -> str:
        """The exact text a local model continues."""
        if self.format is PromptFormat.COMPLETION:
            return self.text
        rendered: str = tokenizer.apply_chat_template(
            list(self.messages), tokenize=False, add_generation_prompt=True
        )
        return rendered + self.prefill


def choose_format(requested: str, has_chat_template: bool) -> PromptFormat:
    if requested == "chat":
        return PromptFormat.CHAT
    if requested == "completion":
        return PromptFormat.COMPLETION
    return PromptFormat.CHAT if has_chat_template else PromptFormat.COMPLETION


def function_stub(spec: FunctionSpec) -> str:
    """The signature and docstring with a `pass` body: what the model may see."""
    lines = [spec.signature.rstrip()]
    if spec.docstring:
        doc = spec.docstring.strip("\n").replace('"""', r"\"\"\"")
        body = "\n".join(("    " + line) if line.strip() else "" for line in doc.splitlines())
        lines.append(f'    """{body.lstrip()}\n    """' if "\n" in doc else f'    """{doc}"""')
    lines.append("    pass")
    return "\n".join(lines)


def completion_prompt(spec: FunctionSpec, target: ImportTarget) -> Prompt:
    text = f"{function_stub(spec)}\n\n\n# check the correctness of {spec.name}\nassert "
    return Prompt(PromptFormat.COMPLETION, (), prefill="assert ", text=text)


def chat_prompt(spec: FunctionSpec, target: ImportTarget, system_prompt: str) -> Prompt:
    setup = ""
    if target.setup:
        setup = "Before calling it, run:\n" + "\n".join(target.setup) + "\n"
    user = (
        "Write pytest tests for the function below. Its body is not written yet: derive "
        "the expected results from the signature and docstring only.\n\n"
        f"```python\n{function_stub(spec)}\n```\n\n"
        f"Import it with `{target.import_line}` and call it as `{target.access}`.\n{setup}"
        "Write several small test functions named test_..., each with concrete asserts."
    )
    messages = ({"role": "system", "content": system_prompt}, {"role": "user", "content": user})
    prefill = f"```python\nimport pytest\n{target.import_line}\n\n\ndef test_"
    return Prompt(PromptFormat.CHAT, messages, prefill=prefill)


def build_prompt(
    spec: FunctionSpec, target: ImportTarget, fmt: PromptFormat, system_prompt: str
) -> Prompt:
    if fmt is PromptFormat.COMPLETION:
        return completion_prompt(spec, target)
    return chat_prompt(spec, target, system_prompt)
