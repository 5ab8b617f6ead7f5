"""Training pairs for the UI model: (manual test + component + its locators -> the case's
reference test), the research's task, from a corpus folder laid out as `ui-corpus/dev`.

The prompt is the one the "model" generator sends (`model_prompt.build_prompt` through
`code_completion.code_prompt`), so the adapter learns exactly the question it is asked.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from testdraft.model.code_completion import code_prompt
from testdraft.model.prompts import PromptFormat
from testdraft.model.training import TrainingExample
from testdraft.ui.evaluation.run import corpus_cases
from testdraft.ui.fill_todos import locator_listing
from testdraft.ui.generators import steps_text
from testdraft.ui.inventory import build_inventory
from testdraft.ui.model_prompt import build_prompt
from testdraft.ui.steps import find_steps


@dataclass(frozen=True)
class UiPair:
    case: str
    prompt_text: str
    reference: str


def ui_pairs(corpus: Path) -> list[UiPair]:
    """One pair per case folder that has a reference test."""
    pairs = []
    for name, component, reference in corpus_cases(corpus):
        if reference is None:
            continue
        source = component.read_text(encoding="utf-8")
        inventory = build_inventory(source, str(component))
        case = find_steps(str(component), source, inventory.component)
        text = build_prompt(steps_text(case), source, inventory.component, locator_listing(inventory))
        pairs.append(UiPair(name, text, reference.read_text(encoding="utf-8")))
    return pairs


def ui_example(pair: UiPair, tokenizer: Any, fmt: PromptFormat) -> TrainingExample:
    """The pair as the trainer sees it: the exact model input, and the reference test closed
    by the fence the completer stops at."""
    prompt = code_prompt(pair.prompt_text, fmt)
    answer = pair.reference.strip() + "\n```" + (tokenizer.eos_token or "")
    return TrainingExample(prompt=prompt.local_text(tokenizer), completion=answer)


def corpus_digest(corpus: Path) -> str:
    """sha256 over every file of the corpus, by relative path: the provenance of the data."""
    digest = hashlib.sha256()
    for path in sorted(p for p in corpus.rglob("*") if p.is_file()):
        digest.update(str(path.relative_to(corpus)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()
