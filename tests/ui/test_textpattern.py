"""`ui.inventory.textpattern`: matching a step's text against what a component renders."""

from __future__ import annotations

import time

from testdraft.ui.inventory.textpattern import MatchLevel, Segment, TextPattern, match


def test_a_template_of_many_holes_is_matched_without_backtracking_for_ever() -> None:
    # A page text built from fifteen values with no literal between them, then literal text:
    # the old regex (`.+.*.*...` one wildcard per hole) took minutes on a blind UI case.
    holes = tuple(Segment.hole() for _ in range(15))
    pattern = TextPattern((*holes, Segment.literal("duration 1 hour 2 hours players")))
    started = time.monotonic()
    level = match(pattern, "Court 3 booked 18:00–20:00 for 4 players")
    assert time.monotonic() - started < 1.0
    assert level is MatchLevel.NONE  # "players" ends the text but the query lacks what precedes it


def test_holes_still_take_what_the_literals_leave() -> None:
    pattern = TextPattern((Segment.literal("Court "), Segment.hole(), Segment.hole(), Segment.literal(" booked")))
    assert match(pattern, "Court 3 booked") is MatchLevel.TEMPLATE
    assert match(pattern, "court 12b booked") is MatchLevel.TEMPLATE  # case-insensitive, any hole value
    assert match(pattern, "3 booked today") is MatchLevel.NONE  # the rendered text ends at "booked"
    assert match(pattern, "Court 3 reserved", exact=True) is MatchLevel.NONE
    assert match(pattern, "Court 3 booked", exact=True) is MatchLevel.TEMPLATE
