import asyncio
from datetime import date
from decimal import Decimal

import pytest
from libloans.circulation import RenewalLimitError
from libloans.reports import notify_overdue


def test_late_return_is_fined_per_day_late(library, member, clock):
    loan = library.checkout("9780306406157", member)
    assert loan.due_on == date(2024, 5, 20)

    clock.advance(14 + 5)
    fine = library.return_loan(loan)

    assert fine == Decimal("1.25")
    assert library.balances[member.member_id] == Decimal("1.25")


def test_second_renewal_is_refused(library, member, clock):
    loan = library.checkout("978-0-19-953556-9", member)
    clock.advance(10)
    assert library.renew(loan) == date(2024, 5, 30)

    with pytest.raises(RenewalLimitError):
        library.renew(loan)


def test_overdue_members_get_one_reminder(library, member, clock):
    library.checkout("9780306406157", member)
    library.checkout("9781853260414", member)
    clock.advance(30)
    outbox = []

    async def send(address, text):
        outbox.append((address, text))

    notified = asyncio.run(
        notify_overdue(
            library.loans,
            {member.member_id: member},
            send,
            today=clock(),
            titles={"9781853260414": "Wuthering Heights"},
        )
    )

    assert notified == ["M-1042"]
    assert len(outbox) == 1
    assert "Wuthering Heights" in outbox[0][1]
