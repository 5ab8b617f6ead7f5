import pytest
from throttle.bucket import TokenBucket


def test_bucket_starts_full(clock, per_second):
    bucket = TokenBucket(per_second, clock=clock)
    assert bucket.try_acquire()
    assert bucket.try_acquire()
    assert not bucket.try_acquire()


def test_bucket_refills_over_time(clock, per_second):
    bucket = TokenBucket(per_second, clock=clock)
    bucket.try_acquire(2)
    clock.advance(0.5)
    assert bucket.try_acquire()
    assert not bucket.try_acquire()


def test_asking_for_more_than_the_capacity_is_an_error(clock, per_second):
    bucket = TokenBucket(per_second, clock=clock)
    with pytest.raises(ValueError):
        bucket.try_acquire(3)


@pytest.mark.asyncio
async def test_acquire_sleeps_until_a_token_is_back(clock, per_second):
    slept = []

    async def sleep(seconds):
        slept.append(seconds)
        clock.advance(seconds)

    bucket = TokenBucket(per_second, clock=clock, sleep=sleep)
    bucket.try_acquire(2)
    assert await bucket.acquire() == pytest.approx(0.5)
    assert slept == [pytest.approx(0.5)]
