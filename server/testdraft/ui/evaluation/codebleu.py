"""CodeBLEU for Python, implemented here on tree-sitter-python.

The `codebleu` package pins tree-sitter below 0.23, and we use 0.26, so the four components of
Ren et al. (2020) are computed directly, with the paper's equal weights (0.25 each):
BLEU-4 on code tokens, BLEU weighted so Python keywords count five times as much as other tokens
(1.0 vs 0.2), syntax match (share of the reference's AST subtrees found in the candidate), and
dataflow match (share of the reference's def-use edges, variables renamed by first use).
"""

from __future__ import annotations

import io
import keyword
import math
import tokenize
from collections import Counter
from collections.abc import Hashable, Iterator, Sequence
from dataclasses import dataclass

from tree_sitter import Node

from testdraft.parsing.languages import parse_python


@dataclass(frozen=True)
class CodeBleu:
    bleu: float
    weighted_ngram: float
    syntax_match: float
    dataflow_match: float

    @property
    def score(self) -> float:
        return 0.25 * (self.bleu + self.weighted_ngram + self.syntax_match + self.dataflow_match)


def tokens(code: str) -> list[str]:
    out = []
    try:
        for tok in tokenize.generate_tokens(io.StringIO(code).readline):
            if tok.type in (
                tokenize.COMMENT,
                tokenize.NL,
                tokenize.NEWLINE,
                tokenize.INDENT,
                tokenize.DEDENT,
                tokenize.ENDMARKER,
            ):
                continue
            out.append(tok.string)
    except (tokenize.TokenError, IndentationError, SyntaxError):
        out = code.split()
    return out


def _ngrams(seq: list[str], n: int) -> Counter[tuple[str, ...]]:
    return Counter(tuple(seq[i : i + n]) for i in range(len(seq) - n + 1))


def _brevity(candidate: int, reference: int) -> float:
    if candidate == 0:
        return 0.0
    return 1.0 if candidate > reference else math.exp(1 - reference / candidate)


def bleu(candidate: list[str], reference: list[str], max_n: int = 4) -> float:
    logs = []
    for n in range(1, max_n + 1):
        cand, ref = _ngrams(candidate, n), _ngrams(reference, n)
        overlap = sum(min(c, ref[g]) for g, c in cand.items())
        total = max(sum(cand.values()), 1)
        logs.append(
            math.log((overlap + (1 if n > 1 else 0)) / (total + (1 if n > 1 else 0)))
            if overlap or n > 1
            else float("-inf")
        )
    if any(v == float("-inf") for v in logs):
        return 0.0
    return _brevity(len(candidate), len(reference)) * math.exp(sum(logs) / max_n)


def weighted_ngram(candidate: list[str], reference: list[str]) -> float:
    """Unigram precision/recall where keywords weigh 1.0 and other tokens 0.2, times BP."""

    def weight(token: str) -> float:
        return 1.0 if keyword.iskeyword(token) else 0.2

    cand, ref = Counter(candidate), Counter(reference)
    matched = sum(min(c, cand[t]) * weight(t) for t, c in ref.items())
    total = sum(c * weight(t) for t, c in ref.items())
    return 0.0 if total == 0 else _brevity(len(candidate), len(reference)) * matched / total


def _tree(code: str) -> Node:
    return parse_python(code.encode("utf-8")).root_node


def _subtrees(node: Node) -> Iterator[str]:
    stack = [node]
    while stack:
        current = stack.pop()
        if current.named_child_count:
            yield _shape(current)
        stack.extend(current.named_children)


def _shape(node: Node, depth: int = 0) -> str:
    """S-expression of node types (no identifiers or literals), as CodeBLEU's syntax match."""
    if depth > 50 or not node.named_child_count:
        return node.type
    return f"({node.type} {' '.join(_shape(c, depth + 1) for c in node.named_children)})"


def syntax_match(candidate: str, reference: str) -> float:
    return _share_found(list(_subtrees(_tree(reference))), list(_subtrees(_tree(candidate))))


def _share_found(reference: Sequence[Hashable], candidate: Sequence[Hashable]) -> float:
    """Share of the reference's items found in the candidate, each used at most once."""
    if not reference:
        return 0.0
    available = Counter(candidate)
    hits = 0
    for item in reference:
        if available[item] > 0:
            available[item] -= 1
            hits += 1
    return hits / len(reference)


def _dataflow(code: str) -> list[tuple[str, str, str]]:
    """(target, 'comesFrom', source) edges from assignments, for-loops and calls' receivers."""
    names: dict[str, str] = {}

    def norm(name: str) -> str:
        return names.setdefault(name, f"var_{len(names)}")

    edges: list[tuple[str, str, str]] = []
    stack = [_tree(code)]
    while stack:
        node = stack.pop()
        if node.type in ("assignment", "augmented_assignment", "for_statement"):
            left = node.child_by_field_name("left")
            right = node.child_by_field_name("right")
            if left is not None and right is not None:
                sources = [_text(i) for i in _identifiers(right)] or ["<const>"]
                for target in _identifiers(left):
                    for source in sources:
                        edges.append(
                            (
                                norm(_text(target)),
                                "comesFrom",
                                norm(source) if source != "<const>" else source,
                            )
                        )
        elif node.type == "call":
            function = node.child_by_field_name("function")
            receiver = function.child_by_field_name("object") if function is not None else None
            if receiver is not None and receiver.type == "identifier":
                edges.append(
                    (
                        norm(_text(receiver)),
                        "usedBy",
                        _text(function.child_by_field_name("attribute")) if function else "",
                    )
                )
        stack.extend(reversed(node.named_children))
    return edges


def _identifiers(node: Node) -> list[Node]:
    if node.type == "identifier":
        return [node]
    found = []
    for child in node.named_children:
        if node.type == "attribute" and child == node.child_by_field_name("attribute"):
            continue
        if node.type == "keyword_argument" and child == node.child_by_field_name("name"):
            continue
        found.extend(_identifiers(child))
    return found


def _text(node: Node | None) -> str:
    return (node.text or b"").decode("utf-8", "replace") if node is not None else ""


def dataflow_match(candidate: str, reference: str) -> float:
    return _share_found(_dataflow(reference), _dataflow(candidate))


def code_bleu(candidate: str, reference: str) -> CodeBleu:
    cand_tokens, ref_tokens = tokens(candidate), tokens(reference)
    return CodeBleu(
        bleu=bleu(cand_tokens, ref_tokens),
        weighted_ngram=weighted_ngram(cand_tokens, ref_tokens),
        syntax_match=syntax_match(candidate, reference),
        dataflow_match=dataflow_match(candidate, reference),
    )
