from decimal import Decimal

import pytest
from shipquote.carriers import NoQuoteError, cheapest_quote


@pytest.mark.asyncio
async def test_cheapest_quote_picks_lowest_price(parcel, destination, make_carrier):
    carriers = [
        make_carrier("dhl", Decimal("12.90")),
        make_carrier("laposte", Decimal("9.50"), days=4),
        make_carrier("ups", Decimal("14.00"), days=1),
    ]

    best = await cheapest_quote(carriers, parcel, destination)

    assert best.carrier == "laposte"
    assert best.price == Decimal("9.50")


@pytest.mark.asyncio
async def test_slow_carrier_is_ignored(parcel, destination, make_carrier):
    carriers = [
        make_carrier("slowpost", Decimal("1.00"), delay=1.0),
        make_carrier("dhl", Decimal("12.90")),
    ]

    best = await cheapest_quote(carriers, parcel, destination, timeout=0.05)

    assert best.carrier == "dhl"


@pytest.mark.asyncio
async def test_no_quote_when_every_carrier_fails(parcel, destination, make_carrier):
    carriers = [
        make_carrier("dhl", Decimal("12.90"), error=ConnectionError("down")),
        make_carrier("slowpost", Decimal("1.00"), delay=1.0),
    ]

    with pytest.raises(NoQuoteError) as excinfo:
        await cheapest_quote(carriers, parcel, destination, timeout=0.05)

    assert set(excinfo.value.failures) == {"dhl", "slowpost"}


@pytest.mark.asyncio
async def test_requires_at_least_one_carrier(parcel, destination):
    with pytest.raises(ValueError):
        await cheapest_quote([], parcel, destination)
