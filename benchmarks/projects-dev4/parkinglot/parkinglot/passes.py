"""Season passes (permits) for regular parkers."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from .spaces import _normalize_plate


@dataclass(frozen=True)
class Pass:
    plate: str
    valid_from: datetime
    valid_until: datetime
    notes: Mapping[str, str] = field(default_factory=dict, compare=False)

    def __post_init__(self) -> None:
        if self.valid_until <= self.valid_from:
            raise ValueError("a pass must end after it starts")


class PassRegistry:
    """Keeps the current pass of each licence plate."""

    def __init__(self, clock: Callable[[], datetime] = datetime.now) -> None:
        self._clock = clock
        self._passes: dict[str, Pass] = {}

    def __len__(self) -> int:
        return len(self._passes)

    def issue(
        self,
        plate: str,
        *,
        valid_days: int = 30,
        starts: datetime | None = None,
        **notes: str,
    ) -> Pass:
        """Issue a pass for ``plate``, replacing any earlier one.

        Args:
            plate: Licence plate; spaces and dashes are ignored.
            valid_days: How long the pass lasts.
            starts: First moment the pass is valid; defaults to now.
            **notes: Free-form details stored with the pass, e.g.
                ``holder="J. Smith"``.

        Returns:
            The new pass.

        Raises:
            ValueError: If ``valid_days`` is not positive.
        """
        if valid_days <= 0:
            raise ValueError("valid_days must be positive")
        valid_from = starts if starts is not None else self._clock()
        permit = Pass(
            plate=_normalize_plate(plate),
            valid_from=valid_from,
            valid_until=valid_from + timedelta(days=valid_days),
            notes=dict(notes),
        )
        self._passes[permit.plate] = permit
        return permit

    def is_valid(self, plate: str, at: datetime | None = None) -> bool:
        """Tell whether the plate holds a pass valid at ``at`` (default: now)."""
        permit = self._passes.get(_normalize_plate(plate))
        if permit is None:
            return False
        moment = at if at is not None else self._clock()
        return permit.valid_from <= moment < permit.valid_until
