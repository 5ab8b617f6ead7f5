"""Keep benchmark problems out of the training data.

A mined function is dropped when its name is the name of a HumanEval (or MBPP, when its
CSV is given) function, or when its body shares a normalized 13-token sequence with one of
their reference solutions: docstrings and comments removed, names and literals kept,
whitespace and layout ignored (13-grams, as the GPT-3 paper decontaminated).
"""

from __future__ import annotations

import ast
import io
import tokenize
from collections.abc import Iterable
from dataclasses import dataclass, field

NGRAM = 13
_SKIPPED_TOKENS = {tokenize.COMMENT, tokenize.NL, tokenize.NEWLINE, tokenize.INDENT,
                   tokenize.DEDENT, tokenize.ENCODING, tokenize.ENDMARKER}


def normalized_tokens(source: str) -> list[str]:
    """The code's tokens without docstrings, comments or layout."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return []
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef | ast.Module):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant) \
                    and isinstance(body[0].value.value, str):
                node.body = body[1:] or [ast.Pass()]
    text = ast.unparse(tree)
    try:
        return [token.string for token in tokenize.generate_tokens(io.StringIO(text).readline)
                if token.type not in _SKIPPED_TOKENS]
    except (tokenize.TokenError, SyntaxError):
        return []


def ngrams(tokens: list[str], n: int = NGRAM) -> set[tuple[str, ...]]:
    return {tuple(tokens[index : index + n]) for index in range(len(tokens) - n + 1)}


@dataclass
class Benchmark:
    """The names and n-grams of the problems training must not see."""

    names: set[str] = field(default_factory=set)
    grams: set[tuple[str, ...]] = field(default_factory=set)
    sources: list[str] = field(default_factory=list)  # which benchmarks went in

    def add(self, label: str, problems: Iterable[tuple[str, str]]) -> None:
        """(function name, reference code) pairs of one benchmark."""
        count = 0
        for name, code in problems:
            self.names.add(name.lower())
            self.grams |= ngrams(normalized_tokens(code))
            count += 1
        self.sources.append(f"{label} ({count} problems)")

    def reason_to_drop(self, function: str, code: str) -> str | None:
        """"name" or "ngram" when the function resembles a benchmark problem, else None."""
        if function.rsplit(".", 1)[-1].lower() in self.names:
            return "name"
        if ngrams(normalized_tokens(code)) & self.grams:
            return "ngram"
        return None
