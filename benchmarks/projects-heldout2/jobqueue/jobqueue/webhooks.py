"""Delivering event webhooks to customer endpoints, signed with the customer's secret."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
from typing import Any, Protocol

from jobqueue.retry import Backoff, Sleep, retry


class HttpClient(Protocol):
    async def post(self, url: str, body: bytes, headers: dict[str, str]) -> int:
        """Send a POST request and return the response's status code."""
        ...


class DeliveryFailed(Exception):
    """The endpoint rejected the webhook (a 4xx status); retrying would not help."""

    def __init__(self, url: str, status: int) -> None:
        super().__init__(f"{url} answered {status}")
        self.url = url
        self.status = status


class _ServerError(Exception):
    pass


def sign(body: bytes, secret: str) -> str:
    if not secret:
        raise ValueError("secret must not be empty")
    digest = hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()
    return f"sha256={digest}"


async def deliver(
    client: HttpClient,
    url: str,
    event: dict[str, Any],
    secret: str,
    backoff: Backoff | None = None,
    sleep: Sleep = asyncio.sleep,
) -> int:
    """POST ``event`` as JSON to ``url`` with an ``X-Signature`` header, retrying server errors.

    The body is the event serialized with sorted keys and no spaces, so that the customer
    can recompute the signature. Status codes of 500 and above, and connection errors
    (``OSError``), are retried with ``backoff``; a 4xx status is not.

    Args:
        client: The HTTP client used to send the request.
        url: The customer's endpoint; it must be an ``https://`` URL.
        event: The event to send; it must be JSON-serializable.
        secret: The customer's signing secret.
        backoff: Retry policy; three attempts by default.
        sleep: Coroutine function awaited between attempts.

    Returns:
        The status code of the successful response.

    Raises:
        ValueError: If the URL is not https or the secret is empty.
        DeliveryFailed: If the endpoint answers with a 4xx status.
        RetryError: If every attempt got a server error or a connection error.
    """
    if not url.startswith("https://"):
        raise ValueError(f"webhook URLs must use https: {url!r}")
    body = json.dumps(event, sort_keys=True, separators=(",", ":")).encode("utf-8")
    headers = {"Content-Type": "application/json", "X-Signature": sign(body, secret)}

    async def attempt() -> int:
        status = await client.post(url, body, headers)
        if status >= 500:
            raise _ServerError(status)
        if status >= 400:
            raise DeliveryFailed(url, status)
        return status

    return await retry(attempt, backoff or Backoff(max_attempts=3), retry_on=(_ServerError, OSError), sleep=sleep)
