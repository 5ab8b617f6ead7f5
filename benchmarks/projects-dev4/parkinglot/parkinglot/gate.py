"""The exit barrier, driven by a remote controller."""

from __future__ import annotations

import asyncio
from typing import Protocol

from .passes import PassRegistry
from .spaces import Ticket, _normalize_plate


class GateController(Protocol):
    async def open_barrier(self, gate_id: str) -> bool:
        """Ask the hardware to lift the barrier; True when it went up."""
        ...


class GateDenied(Exception):
    """The vehicle is not allowed through."""


class GateFault(Exception):
    """The barrier did not respond or refused to open."""


class Gate:
    def __init__(
        self, gate_id: str, controller: GateController, passes: PassRegistry
    ) -> None:
        self.gate_id = gate_id
        self._controller = controller
        self._passes = passes
        self.openings = 0

    async def open_for(
        self, plate: str, *, ticket: Ticket | None = None, timeout: float = 5.0
    ) -> str:
        """Let a vehicle out if it holds a valid pass or a paid ticket for the same plate.

        Returns ``"pass"`` or ``"ticket"`` depending on what let the vehicle
        through. Raises GateDenied when neither applies, and GateFault when
        the controller times out or reports that the barrier stayed down.
        """
        normalized = _normalize_plate(plate)
        if self._passes.is_valid(normalized):
            reason = "pass"
        elif (
            ticket is not None
            and ticket.plate == normalized
            and ticket.paid_amount is not None
        ):
            reason = "ticket"
        else:
            raise GateDenied(f"{normalized} has no valid pass or paid ticket")
        try:
            opened = await asyncio.wait_for(
                self._controller.open_barrier(self.gate_id), timeout
            )
        except TimeoutError as exc:
            raise GateFault(f"gate {self.gate_id} did not answer in {timeout}s") from exc
        if not opened:
            raise GateFault(f"gate {self.gate_id} reported the barrier stayed down")
        self.openings += 1
        return reason
