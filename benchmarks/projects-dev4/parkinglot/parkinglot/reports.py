"""Plain-text occupancy reports."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import TextIO

from .spaces import ParkingLot, SpaceSize


@contextmanager
def report_section(stream: TextIO, title: str, *, width: int = 40) -> Iterator[TextIO]:
    """Frame whatever is written inside the ``with`` block with a titled header and a closing rule."""
    if width < len(title) + 4:
        raise ValueError("width is too small for the title")
    stream.write(f"== {title} ".ljust(width, "=") + "\n")
    try:
        yield stream
    finally:
        stream.write("=" * width + "\n")


def write_occupancy_report(
    lot: ParkingLot, stream: TextIO, *, now: datetime | None = None
) -> float:
    """Write free/total counts per space size and, when ``now`` is given,
    how long each parked vehicle has been in.

    :param lot: the lot to report on
    :param stream: text stream that receives the report
    :param now: reference time for the parked-vehicle list; the list is
        left out when omitted
    :returns: the share of occupied spaces, between 0 and 1
    """
    occupied = {ticket.space_id for ticket in lot}
    with report_section(stream, "Occupancy"):
        for size in SpaceSize:
            of_size = [space for space in lot.spaces if space.size is size]
            if not of_size:
                continue
            free = sum(1 for space in of_size if space.space_id not in occupied)
            total = len(of_size)
            stream.write(f"{size.name:<8}{free:>3} free of {total}\n")
        ratio = len(lot) / len(lot.spaces)
        stream.write(f"{'TOTAL':<8}{ratio:>6.0%} occupied\n")
    if now is not None and len(lot):
        with report_section(stream, "Parked"):
            for ticket in sorted(lot, key=lambda t: t.entered_at):
                minutes = int((now - ticket.entered_at).total_seconds() // 60)
                stream.write(
                    f"{ticket.plate:<10}{ticket.space_id:<6}"
                    f"since {ticket.entered_at:%H:%M} ({minutes} min)\n"
                )
    return ratio
