"""parkinglot: spaces, tickets, fees, passes and the barrier gate."""

from .fees import FeePolicy, HourlyFeePolicy
from .gate import Gate, GateController, GateDenied, GateFault
from .passes import Pass, PassRegistry
from .reports import report_section, write_occupancy_report
from .spaces import (
    LotFullError,
    ParkingLot,
    Space,
    SpaceSize,
    Ticket,
    TicketOpenError,
    UnknownTicketError,
)

__all__ = [
    "FeePolicy",
    "Gate",
    "GateController",
    "GateDenied",
    "GateFault",
    "HourlyFeePolicy",
    "LotFullError",
    "ParkingLot",
    "Pass",
    "PassRegistry",
    "Space",
    "SpaceSize",
    "Ticket",
    "TicketOpenError",
    "UnknownTicketError",
    "report_section",
    "write_occupancy_report",
]
