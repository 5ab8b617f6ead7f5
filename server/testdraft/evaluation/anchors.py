"""The figures PyTester's paper published for HumanEval (candidate 0, setting Raw).

Copied from /work/shared/anchors/pytester/README.md; the harness prints them beside its
own scores of the same predictions files, to show it measures the same thing.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class PaperFigures:
    system: str
    passing: float
    coverage: float
    mutation: float
    note: str = ""

    @property
    def test_quality(self) -> float:
        total = self.coverage + self.mutation
        return 2 * self.coverage * self.mutation / total if total else 0.0


PAPER_HUMANEVAL_RAW: dict[str, PaperFigures] = {
    "pytester": PaperFigures("PyTester", 83.54, 80.11, 48.74),
    "codet5_finetuned": PaperFigures("CodeT5-large fine-tuned", 68.90, 68.02, 49.80),
    "gpt35": PaperFigures("GPT-3.5", 89.51, 88.36, 69.59, note="mean of 5 candidates"),
    "copilot": PaperFigures("Copilot", 79.51, 79.00, 63.50, note="mean of 5 runs"),
    "pynguin": PaperFigures("Pynguin", 83.54, 82.87, 25.59, note="from the code, not the text"),
}


def anchor_key(predictions_path: Path) -> str | None:
    """`humaneval_gpt35.jsonl` -> `gpt35`, when that model has published figures."""
    stem = predictions_path.stem.lower()
    for key in sorted(PAPER_HUMANEVAL_RAW, key=len, reverse=True):
        if stem == key or stem.endswith("_" + key):
            return key
    return None
