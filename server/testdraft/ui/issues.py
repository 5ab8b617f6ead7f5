"""What the UI pipeline found wrong with a generated test, by line; the LSP shows these."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Issue:
    message: str
    severity: str = "warning"  # error | warning | info
    line: int = 0  # 1-based line in the generated test; 0 before rendering
