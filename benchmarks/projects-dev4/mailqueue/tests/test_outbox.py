from mailqueue.delivery import send_with_retry
from mailqueue.message import Priority
from mailqueue.outbox import Outbox


def test_high_priority_messages_come_out_first(make_message):
    outbox = Outbox()
    outbox.push(make_message(subject="newsletter", priority=Priority.BULK))
    outbox.push(make_message(subject="password reset", priority=Priority.HIGH))
    outbox.push(make_message(subject="receipt"))

    assert len(outbox) == 3
    assert [outbox.pop().subject for _ in range(3)] == ["password reset", "receipt", "newsletter"]


def test_reserved_messages_go_back_when_delivery_fails(make_message):
    outbox = Outbox()
    outbox.push(make_message(subject="first"))
    outbox.push(make_message(subject="second"))

    try:
        with outbox.reserve(2) as batch:
            assert len(batch) == 2
            assert len(outbox) == 0
            raise ConnectionError("smtp connection dropped")
    except ConnectionError:
        pass

    assert [m.subject for m in outbox] == ["first", "second"]


async def test_send_with_retry_returns_queue_id(make_message, transport):
    queue_id = await send_with_retry(transport, make_message())

    assert queue_id == "q0001"
    assert transport.sent[0].recipients[0].domain == "example.org"
