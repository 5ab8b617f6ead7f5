import asyncio

from eventbus import Event


def test_publish_reaches_wildcard_handler(bus, calls):
    @bus.on("order.*")
    def record(event):
        calls.append(event.topic)

    delivered = bus.publish("order.created", {"order_id": "A1"})

    assert delivered == 1
    assert calls == ["order.created"]


def test_non_matching_topic_is_ignored(bus, calls):
    bus.subscribe("order.*", calls.append)

    assert bus.publish("invoice.sent") == 0
    assert calls == []


def test_failing_handler_goes_to_dead_letters(bus, calls):
    @bus.on("payment.*")
    def broken(event):
        raise RuntimeError("gateway down")

    bus.subscribe("payment.*", calls.append)

    delivered = bus.publish(Event("payment.received", {"amount": 10}))

    assert delivered == 1
    assert len(calls) == 1
    assert len(bus.dead_letters) == 1
    assert isinstance(bus.dead_letters[0].error, RuntimeError)


def test_publish_async_awaits_coroutine_handlers(bus, calls):
    @bus.on("user.*")
    async def welcome(event):
        await asyncio.sleep(0)
        calls.append(("async", event.payload["name"]))

    delivered = asyncio.run(bus.publish_async("user.signed_up", {"name": "ada"}))

    assert delivered == 1
    assert calls == [("async", "ada")]
