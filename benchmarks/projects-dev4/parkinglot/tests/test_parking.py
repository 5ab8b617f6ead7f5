import asyncio
import io
from decimal import Decimal

from parkinglot import Gate, SpaceSize, write_occupancy_report


def test_park_and_leave_charges_started_hours(lot, fees, clock):
    ticket = lot.park("ab-123 cd")
    clock.advance(hours=2, minutes=10)

    closed = lot.leave(ticket.ticket_id)

    assert closed.space_id == "M1"
    assert fees.charge(closed) == Decimal("7.50")
    assert len(lot) == 0


def test_short_stay_within_grace_is_free(lot, fees, clock):
    ticket = lot.park("XY987", SpaceSize.SMALL)
    clock.advance(minutes=12)

    assert fees.charge(lot.leave(ticket.ticket_id)) == Decimal("0.00")


def test_gate_opens_for_paid_ticket(lot, fees, passes, controller, clock):
    ticket = lot.park("GH 55")
    clock.advance(hours=1)
    fees.charge(lot.leave(ticket.ticket_id))
    gate = Gate("north", controller, passes)

    reason = asyncio.run(gate.open_for("GH55", ticket=ticket))

    assert reason == "ticket"
    assert controller.calls == ["north"]


def test_occupancy_report_lists_sizes(lot, clock):
    lot.park("CAR1")
    lot.park("VAN1", SpaceSize.LARGE)
    out = io.StringIO()

    ratio = write_occupancy_report(lot, out)

    assert ratio == 0.5
    assert "MEDIUM    1 free of 2" in out.getvalue()
