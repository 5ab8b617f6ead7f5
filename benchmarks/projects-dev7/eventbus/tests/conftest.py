import pytest

from eventbus import EventBus


@pytest.fixture
def bus():
    """A fresh bus with no subscribers and an empty dead-letter list."""
    return EventBus()


@pytest.fixture
def calls():
    """A list handlers can append to, to record what they received."""
    return []


@pytest.fixture
def fake_sleep():
    """A stand-in for time.sleep that records the requested delays."""
    delays = []

    def sleep(seconds):
        delays.append(seconds)

    sleep.delays = delays
    return sleep
