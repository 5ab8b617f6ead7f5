"""The job queue: jobs are submitted by name, run by async workers, retried, then dead-lettered."""

from __future__ import annotations

import asyncio
import itertools
import re
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from jobqueue.retry import Backoff, Sleep

Handler = Callable[[dict[str, Any]], Awaitable[Any]]

_NAME = re.compile(r"[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*")
_ids = itertools.count(1)


@dataclass
class Job:
    """One unit of work: the name of its handler and the payload passed to it."""

    name: str
    payload: dict[str, Any] = field(default_factory=dict)
    attempts: int = 0
    id: int = field(default_factory=lambda: next(_ids))
    error: str | None = None

    @staticmethod
    def normalize_name(name: str) -> str:
        """Lower-case a job name and check it is dotted identifiers, such as ``"email.send"``.

        Args:
            name: The name as the caller wrote it; surrounding whitespace is dropped.

        Returns:
            The normalized name.

        Raises:
            ValueError: If the name is empty or is not dot-separated identifiers.
        """
        normalized = name.strip().lower()
        if not _NAME.fullmatch(normalized):
            raise ValueError(f"invalid job name: {name!r}")
        return normalized


class JobQueue:
    """Jobs wait in FIFO order; a failing job goes back to the end of the queue after a delay.

    Args:
        handlers: Coroutine function per job name; each receives the job's payload.
        backoff: Delay between attempts of one job and how many attempts it gets.
        sleep: Coroutine function awaited with each retry delay.
    """

    def __init__(self, handlers: dict[str, Handler], backoff: Backoff | None = None,
                 sleep: Sleep = asyncio.sleep) -> None:
        self.handlers = {Job.normalize_name(name): handler for name, handler in handlers.items()}
        self.backoff = backoff or Backoff()
        self.dead: list[Job] = []
        self._sleep = sleep
        self._pending: deque[Job] = deque()

    @property
    def size(self) -> int:
        """Jobs waiting to run."""
        return len(self._pending)

    def submit(self, name: str, payload: dict[str, Any] | None = None) -> Job:
        """Queue a job for the handler registered under ``name``.

        Returns:
            The queued job.

        Raises:
            ValueError: If the name is not a valid job name.
            KeyError: If no handler is registered under the name.
        """
        normalized = Job.normalize_name(name)
        if normalized not in self.handlers:
            raise KeyError(f"no handler for job {normalized!r}")
        job = Job(normalized, dict(payload or {}))
        self._pending.append(job)
        return job

    async def run_once(self) -> Job | None:
        """Run the job at the front of the queue.

        A job whose handler raises is put back at the end of the queue after the backoff
        delay, or moved to ``dead`` once it has used all its attempts; its ``error`` holds
        the last exception's message.

        Returns:
            The job that ran (whatever the outcome), or None if the queue was empty.
        """
        if not self._pending:
            return None
        job = self._pending.popleft()
        job.attempts += 1
        try:
            await self.handlers[job.name](job.payload)
        except Exception as error:
            job.error = str(error) or type(error).__name__
            if job.attempts >= self.backoff.max_attempts:
                self.dead.append(job)
            else:
                await self._sleep(self.backoff.delay(job.attempts))
                self._pending.append(job)
        else:
            job.error = None
        return job

    async def drain(self, workers: int = 2) -> int:
        """Run jobs with ``workers`` concurrent workers until the queue is empty.

        Returns:
            How many jobs finished successfully.

        Raises:
            ValueError: If ``workers`` is less than 1.
        """
        if workers < 1:
            raise ValueError("need at least one worker")
        done = 0

        async def worker() -> None:
            nonlocal done
            while (job := await self.run_once()) is not None:
                if job.error is None:
                    done += 1

        await asyncio.gather(*(worker() for _ in range(workers)))
        return done
