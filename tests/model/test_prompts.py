"""Prompts carry the signature and docstring only, in PyTester's or the chat format."""

from __future__ import annotations

from tests.model.model_helpers import CLAMP_SOURCE, spec_from_source, target_for

from testdraft.model.local_backend import LocalBackend
from testdraft.model.prompts import PromptFormat, build_prompt, choose_format, function_stub
from testdraft.model.service import ModelService
from testdraft.pipeline import spec_named

SPEC = spec_from_source(CLAMP_SOURCE + "    return max(low, min(value, high))  # SECRET\n")


def test_stub_hides_the_body() -> None:
    stub = function_stub(SPEC)
    assert stub.startswith("def clamp(value: float, low: float, high: float) -> float:")
    assert "Raises ValueError" in stub
    assert stub.endswith("    pass")
    assert "SECRET" not in stub


def test_stub_keeps_the_decorator_that_says_how_a_method_is_called() -> None:
    source = (
        "class Ingredient:\n"
        "    @classmethod\n"
        "    def parse(cls, line: str) -> 'Ingredient':\n"
        "        '''An ingredient from a recipe line.'''\n"
        "        return cls()\n"
        "\n"
        "    @functools.lru_cache(maxsize=8)\n"
        "    def unit(self) -> str:\n"
        "        '''Its unit.'''\n"
    )
    parse = spec_named(source.encode(), "Ingredient.parse")
    assert function_stub(parse).startswith("@classmethod\ndef parse(cls, line: str) -> 'Ingredient':\n")
    assert function_stub(spec_named(source.encode(), "Ingredient.unit")).startswith("def unit(self) -> str:")


def test_pytester_completion_format() -> None:
    prompt = build_prompt(SPEC, target_for(SPEC), PromptFormat.COMPLETION, "unused")
    assert prompt.text == function_stub(SPEC) + "\n\n\n# check the correctness of clamp\nassert "
    assert prompt.prefill == "assert "


def test_chat_format_uses_the_models_template(smol_service: ModelService) -> None:
    with smol_service.session() as session:
        backend = session.backend
        assert isinstance(backend, LocalBackend)
        assert backend.prompt_format("auto") is PromptFormat.CHAT  # SmolLM2 has a template
        prompt = build_prompt(SPEC, target_for(SPEC), PromptFormat.CHAT, "Write pytest, please.")
        text = prompt.local_text(backend.loaded.tokenizer)
    assert "<|im_start|>system\nWrite pytest, please." in text
    assert "from mymod import clamp" in text and "SECRET" not in text
    assert text.endswith("```python\nimport pytest\nfrom mymod import clamp\n\n\ndef test_")


def test_format_choice() -> None:
    assert choose_format("auto", has_chat_template=False) is PromptFormat.COMPLETION
    assert choose_format("completion", has_chat_template=True) is PromptFormat.COMPLETION
