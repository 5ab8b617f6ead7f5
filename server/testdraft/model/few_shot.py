"""Few-shot examples by retrieval: the verified training pairs most like the function.

The cheap baseline a fine-tuned adapter has to beat (issue 13): no training, only the k
pairs whose signature and docstring share the most words with the function's (BM25),
shown to the model as earlier questions and answers. The pairs are the committed,
execution-verified `models/training-data/pairs-train.jsonl.gz` unless another file is
named. Only a pair's signature and docstring are compared and shown, never its body.
"""

from __future__ import annotations

import ast
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from testdraft.model.prompts import Shot
from testdraft.spec.model import FunctionSpec
from testdraft.training_data.pairs import TRAIN_PAIRS, Pair, TrainingDataError, pair_prompt_view, read_pairs

# A shot costs prompt tokens on every candidate: long docstrings (sympy's) and long tests
# are left out. Characters of signature + docstring + tests, about 3.5 per token.
MAX_SHOT_CHARS = 1400
MIN_SHOT_CHECKS = 2  # an example with one assert teaches one-assert tests
_K1, _B = 1.5, 0.75  # BM25's usual constants
_STOP_WORDS = frozenset({
    "the", "an", "of", "to", "in", "is", "it", "if", "and", "or", "for", "be", "by", "as", "on",
    "at", "with", "this", "that", "from", "are", "not", "return", "returns", "given", "value",
    "values", "none", "true", "false", "int", "str", "float", "list", "dict", "self",
})


def words(text: str) -> list[str]:
    """Lower-case words of identifiers and prose: `maxSplit_count` -> max, split, count."""
    spaced = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", text)
    return [w for w in re.findall(r"[a-z]+", spaced.lower()) if len(w) > 1 and w not in _STOP_WORDS]


def pair_text(pair: Pair) -> str:
    """A pair's function name, parameters and docstring (its body stays unseen)."""
    name = _bare_name(pair)
    try:
        tree = ast.parse(pair.source)
    except SyntaxError:
        return name
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name == (name or node.name):
            params = [arg.arg for arg in (*node.args.posonlyargs, *node.args.args, *node.args.kwonlyargs)]
            return " ".join([node.name, *params, ast.get_docstring(node) or ""])
    return name


def spec_text(spec: FunctionSpec) -> str:
    return " ".join([spec.name, *(p.name for p in spec.params), spec.docstring or ""])


@dataclass(frozen=True)
class _Document:
    pair: Pair
    counts: Counter[str]
    length: int


class PairIndex:
    """BM25 over the words of each pair's name, parameters and docstring."""

    def __init__(self, pairs: Sequence[Pair]) -> None:
        self.documents = [self._document(pair) for pair in pairs]
        self.average = sum(d.length for d in self.documents) / max(1, len(self.documents))
        frequency: Counter[str] = Counter()
        for document in self.documents:
            frequency.update(document.counts.keys())
        total = len(self.documents)
        self.idf = {w: math.log(1 + (total - n + 0.5) / (n + 0.5)) for w, n in frequency.items()}

    @staticmethod
    def _document(pair: Pair) -> _Document:
        counts = Counter(words(pair_text(pair)))
        return _Document(pair, counts, sum(counts.values()))

    def score(self, query: Sequence[str], document: _Document) -> float:
        norm = _K1 * (1 - _B + _B * document.length / max(1.0, self.average))
        total = 0.0
        for word in set(query):
            count = document.counts.get(word, 0)
            if count:
                total += self.idf[word] * count * (_K1 + 1) / (count + norm)
        return total

    def nearest(self, text: str, k: int, exclude: str = "") -> list[Pair]:
        """The `k` best-scoring pairs that make good shots, best first; never one for a
        function named `exclude` (the function itself, when it is in the data)."""
        query = words(text)
        scored = sorted(((self.score(query, d), i) for i, d in enumerate(self.documents)),
                        key=lambda item: (-item[0], item[1]))
        chosen: list[Pair] = []
        for score, index in scored:
            pair = self.documents[index].pair
            if score <= 0 or len(chosen) == k:
                break
            name = _bare_name(pair)
            if _usable(pair) and name != exclude and all(name != _bare_name(o) for o in chosen):
                chosen.append(pair)  # two copies of one function (a re-export) show nothing new
        return chosen


def _bare_name(pair: Pair) -> str:
    return (pair.function or "").rsplit(".", 1)[-1]


def _usable(pair: Pair) -> bool:
    return (len(pair_text(pair)) + len(pair.tests) <= MAX_SHOT_CHARS
            and pair.checks >= MIN_SHOT_CHECKS and pair.tests.lstrip().startswith("def test_"))


@lru_cache(maxsize=2)
def load_index(path: Path = TRAIN_PAIRS) -> PairIndex:
    return PairIndex(read_pairs(path))


def retrieve_shots(spec: FunctionSpec, k: int, path: Path | None = None) -> list[Shot]:
    """Up to `k` shots for tests of `spec` from the pairs in `path` (default: the shipped
    training pairs); none when k is 0."""
    if k <= 0:
        return []
    shots = []
    for pair in load_index(path or TRAIN_PAIRS).nearest(spec_text(spec), k, exclude=spec.name):
        try:
            example_spec, target = pair_prompt_view(pair)
        except TrainingDataError:
            continue
        shots.append(Shot(example_spec, target, pair.tests))
    return shots
