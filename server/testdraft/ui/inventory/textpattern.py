"""Text that a component renders, known only partly until it runs, and Playwright's text matching.

A `TextPattern` is a sequence of segments. A closed segment is one of a known set of strings
(a literal, or the branches of a ternary); an open segment is a hole whose value is unknown at
parse time, with optional guesses (string literals the code may put there). Matching follows
Playwright's rules for `get_by_text` / accessible names: whitespace normalised, case-insensitive
substring by default, case-sensitive whole string with `exact=True`.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import IntEnum

_MAX_EXPANSIONS = 256
HOLE_MARK = "\x00"  # stands for an unknown value; never part of a query


class MatchLevel(IntEnum):
    """How sure a match is: a literal match beats one that needs a hole filled."""

    NONE = 0
    ANY_STRING = 1  # a hole filled with any string literal of the module (weakest guess)
    GUESSED = 2  # a hole's guessed value (a string the code puts in what fills it)
    TEMPLATE = 3  # literal parts match and holes take whatever is left
    LITERAL = 4  # the text is there in the source, holes not needed


@dataclass(frozen=True)
class Segment:
    options: tuple[str, ...]
    closed: bool = True  # False: a hole; `options` are guesses only
    weak: bool = False  # the guesses are merely every string of the module
    several: bool = False  # the hole may hold several of its guesses at once (`list.join(" ")`)

    @staticmethod
    def literal(text: str) -> Segment:
        return Segment((text,))

    @staticmethod
    def hole(guesses: Iterable[str] = (), weak: bool = False, several: bool = False) -> Segment:
        return Segment(tuple(dict.fromkeys(guesses)), closed=False, weak=weak, several=several)


@dataclass(frozen=True)
class TextPattern:
    segments: tuple[Segment, ...] = ()

    @staticmethod
    def of(text: str) -> TextPattern:
        return TextPattern((Segment.literal(text),)) if text else TextPattern()

    def __add__(self, other: TextPattern) -> TextPattern:
        return concat([self, other])

    @property
    def is_empty(self) -> bool:
        return all(s.closed and all(o == "" for o in s.options) for s in self.segments)

    @property
    def has_literal(self) -> bool:
        return any(s.closed and any(o.strip() for o in s.options) for s in self.segments)

    @property
    def is_static(self) -> bool:
        return all(s.closed and len(s.options) == 1 for s in self.segments)

    def static_text(self) -> str | None:
        if not self.is_static:
            return None
        return normalize("".join(s.options[0] for s in self.segments))

    def display(self) -> str:
        """A readable form: holes as `{…}`, alternatives as `a|b`."""
        parts = []
        for s in self.segments:
            if not s.closed:
                parts.append("{…}")
            elif len(s.options) == 1:
                parts.append(s.options[0])
            else:
                parts.append("(" + "|".join(s.options) + ")")
        return normalize("".join(parts))

    def expansions(self, fill_holes: bool = False, weak: bool = True) -> Iterator[str]:
        """Concrete strings; holes become HOLE_MARK unless `fill_holes` uses their guesses
        (weak guesses too only with `weak`)."""
        choices = []
        for s in self.segments:
            if s.closed:
                choices.append(s.options or ("",))
            elif fill_holes and s.options and (weak or not s.weak):
                choices.append((*s.options, HOLE_MARK))
            else:
                choices.append((HOLE_MARK,))
        for combo in itertools.islice(itertools.product(*choices), _MAX_EXPANSIONS):
            yield normalize("".join(combo))


def concat(patterns: Iterable[TextPattern]) -> TextPattern:
    merged: list[Segment] = []
    for pattern in patterns:
        for seg in pattern.segments:
            if (
                merged
                and seg.closed
                and merged[-1].closed
                and len(seg.options) == 1
                and len(merged[-1].options) == 1
            ):
                merged[-1] = Segment.literal(merged[-1].options[0] + seg.options[0])
            else:
                merged.append(seg)
    return TextPattern(tuple(merged))


def has_words(text: str) -> bool:
    """Whether a text (holes aside) holds a word of two letters or more: "Chosen: {…}", not "{…} – {…}"."""
    return re.search(r"[^\W\d_]{2}", text.replace(HOLE_MARK, " ")) is not None


def alternatives(patterns: list[TextPattern]) -> TextPattern:
    """One of several patterns (ternary branches)."""
    statics = [p.static_text() for p in patterns]
    if all(s is not None for s in statics):
        return TextPattern((Segment(tuple(dict.fromkeys(s or "" for s in statics))),))
    shown = [p for p, s in zip(patterns, statics, strict=True) if s != ""]
    if len(shown) == 1:  # `cond && `Strength: ${x}``: the template, when anything shows
        return shown[0]
    # (a branch built around a value, "Chosen: {…}", is a guess with a hole in it: see `match`)
    guesses = [
        g for p in patterns for g in p.expansions(fill_holes=True, weak=False)
        if HOLE_MARK not in g or has_words(g)
    ]
    return TextPattern((Segment.hole(guesses),))


_WS = re.compile(r"\s+")


def normalize(text: str) -> str:
    """Playwright's whitespace normalisation (zero-width spaces dropped, runs collapsed)."""
    return _WS.sub(" ", text.replace("\u200b", "")).strip()


def _fold(text: str, exact: bool) -> str:
    return text if exact else text.lower()


def _literal_options(seg: Segment, exact: bool) -> list[str]:
    return [_fold(_WS.sub(" ", o), exact) for o in seg.options]


def _tail_regex(text: str) -> str:
    """Regex for any non-empty suffix of `text`."""
    out = ""
    for ch in text[:-1]:
        out = f"(?:{out}{re.escape(ch)})?"
    return out + re.escape(text[-1:]) if text else "(?!)"


def _head_regex(text: str) -> str:
    """Regex for any non-empty prefix of `text`."""
    out = ""
    for ch in reversed(text[1:]):
        out = f"(?:{re.escape(ch)}{out})?"
    return re.escape(text[:1]) + out if text else "(?!)"


def _seg_regex(seg: Segment, exact: bool, part: str) -> str:
    if not seg.closed:
        return ".+" if part != "mid" else ".*"
    opts = _literal_options(seg, exact)
    if part == "tail":
        alts = [_tail_regex(o) for o in opts if o]
    elif part == "head":
        alts = [_head_regex(o) for o in opts if o]
    else:
        alts = [re.escape(o) for o in opts]
    return "(?:" + "|".join(alts or ["(?!)"]) + ")"


def _template_match(pattern: TextPattern, query: str, exact: bool) -> bool:
    segs = pattern.segments
    if not pattern.has_literal:
        return False
    if exact:
        regex = _joined([_seg_regex(s, exact, "mid") for s in segs])
        return re.fullmatch(regex, query, re.DOTALL) is not None
    for i, j in itertools.combinations(range(len(segs)), 2):
        if not any(s.closed for s in segs[i : j + 1]):
            continue
        regex = _joined(
            [_seg_regex(segs[i], exact, "tail")]
            + [_seg_regex(s, exact, "mid") for s in segs[i + 1 : j]]
            + [_seg_regex(segs[j], exact, "head")]
        )
        if re.fullmatch(regex, query, re.DOTALL):
            return True
    return False


_WILDCARDS = (".*", ".+")


def _joined(pieces: list[str]) -> str:
    """The segments' regexes in order, each run of holes as one wildcard: `.*.*.*` nested
    backtracking is exponential (a template of many holes hung the mapper), and a run
    matches what one wildcard does (`.+` when any hole of the run must be non-empty)."""
    out: list[str] = []
    for piece in pieces:
        if piece in _WILDCARDS and out and out[-1] in _WILDCARDS:
            out[-1] = ".+" if ".+" in (piece, out[-1]) else ".*"
        else:
            out.append(piece)
    return "".join(out)


def _contains(text: str, query: str, exact: bool) -> bool:
    return text == query if exact else query in text


def match(pattern: TextPattern, query: str, exact: bool = False) -> MatchLevel:
    """How `query` matches text rendered from `pattern` under Playwright's rules."""
    q = _fold(normalize(query), exact)
    if not q:
        return MatchLevel.NONE
    if any(_contains(_fold(t, exact), q, exact) for t in pattern.expansions()):
        return MatchLevel.LITERAL
    if _template_match(_normalized(pattern), q, exact):
        return MatchLevel.TEMPLATE
    for weak, level in ((False, MatchLevel.GUESSED), (True, MatchLevel.ANY_STRING)):
        filled = list(pattern.expansions(fill_holes=True, weak=weak))
        if any(_contains(_fold(t, exact), q, exact) for t in filled):
            return level
        # a guess that is itself a template ("Chosen: {…}", one arm of a ternary): its words, the
        # hole taking the rest
        if level == MatchLevel.GUESSED and any(
            HOLE_MARK in t and _template_match(TextPattern(tuple(
                Segment.hole() if piece == HOLE_MARK else Segment.literal(piece)
                for piece in re.split(f"({HOLE_MARK})", t) if piece
            )), q, exact) for t in filled
        ):
            return level
    return MatchLevel.NONE


def _normalized(pattern: TextPattern) -> TextPattern:
    """Trim the pattern's outer whitespace the way normalize() trims a concrete text."""
    segs = list(pattern.segments)
    if segs and segs[0].closed:
        segs[0] = Segment(tuple(o.lstrip() for o in segs[0].options))
    if segs and segs[-1].closed:
        segs[-1] = Segment(tuple(o.rstrip() for o in segs[-1].options))
    return TextPattern(tuple(segs))
