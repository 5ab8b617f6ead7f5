import pytest
from jobqueue.jobs import JobQueue


async def test_a_submitted_job_runs_with_its_payload(no_sleep):
    seen = []

    async def send_email(payload):
        seen.append(payload)

    queue = JobQueue({"email.send": send_email}, sleep=no_sleep)
    queue.submit("email.send", {"to": "ana@example.com"})
    assert await queue.drain() == 1
    assert seen == [{"to": "ana@example.com"}]


async def test_a_failing_job_ends_up_dead_after_its_attempts(no_sleep, quick_backoff):
    async def broken(payload):
        raise RuntimeError("smtp down")

    queue = JobQueue({"email.send": broken}, backoff=quick_backoff, sleep=no_sleep)
    job = queue.submit("email.send")
    assert await queue.drain(workers=1) == 0
    assert queue.dead == [job]
    assert job.attempts == 3 and job.error == "smtp down"
    assert no_sleep.delays == [0.1, 0.2]


def test_submitting_an_unknown_job_is_an_error():
    queue = JobQueue({})
    with pytest.raises(KeyError):
        queue.submit("email.send")
