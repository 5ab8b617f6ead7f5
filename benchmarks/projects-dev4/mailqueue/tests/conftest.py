from __future__ import annotations

from pathlib import Path

import pytest
from mailqueue.address import EmailAddress
from mailqueue.delivery import TransientTransportError
from mailqueue.message import Message, Priority


class FakeTransport:
    """Records sent messages; fails transiently for the first ``fail_times`` calls."""

    def __init__(self, fail_times: int = 0) -> None:
        self.fail_times = fail_times
        self.calls = 0
        self.sent: list[Message] = []

    async def send(self, message: Message) -> str:
        self.calls += 1
        if self.calls <= self.fail_times:
            raise TransientTransportError("421 service not available")
        self.sent.append(message)
        return f"q{len(self.sent):04d}"


@pytest.fixture
def sender() -> EmailAddress:
    return EmailAddress.parse('"Billing" <billing@shop.example.com>')


@pytest.fixture
def make_message(sender):
    def factory(to: str = "alice@example.org", subject: str = "Your invoice", priority: Priority = Priority.NORMAL):
        return Message(
            sender=sender,
            recipients=[EmailAddress.parse(to)],
            subject=subject,
            body="Hello,\nplease find your invoice attached.\n",
            priority=priority,
        )

    return factory


@pytest.fixture
def transport() -> FakeTransport:
    return FakeTransport()


@pytest.fixture
def bounce_log(tmp_path: Path) -> Path:
    path = tmp_path / "bounces.log"
    path.write_text(
        "# exported from mx1\n"
        "2024-03-01T10:15:00+00:00\tbob@example.org\thard\t5.1.1\tmailbox unavailable\n"
        "2024-03-01T10:17:42+00:00\tcarol@example.net\tsoft\t4.2.2\tmailbox full\n",
        encoding="utf-8",
    )
    return path
