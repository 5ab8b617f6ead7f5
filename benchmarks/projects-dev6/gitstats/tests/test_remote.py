import asyncio

import pytest
from gitstats.remote import RemoteFetchError, fetch_tags, latest_remote_version
from gitstats.versions import Version

REPO_URL = "https://git.example.com/acme/gitstats.git"


async def no_sleep(_delay):
    return None


def test_fetch_tags_strips_ref_prefix_and_peeled_duplicates(fake_client):
    tags = asyncio.run(fetch_tags(fake_client, REPO_URL, sleep=no_sleep))

    assert tags == ["v1.0.0", "v1.1.0", "v2.0.0-rc.1", "nightly"]
    assert fake_client.calls == [REPO_URL]


def test_fetch_tags_retries_after_connection_error(fake_client):
    fake_client.failures = 2
    delays = []

    async def record_sleep(delay):
        delays.append(delay)

    tags = asyncio.run(fetch_tags(fake_client, REPO_URL, retries=3, backoff=0.1, sleep=record_sleep))

    assert "v1.1.0" in tags
    assert len(fake_client.calls) == 3
    assert delays == [0.1, 0.2]


def test_fetch_tags_gives_up_after_all_retries(fake_client):
    fake_client.failures = 5

    with pytest.raises(RemoteFetchError) as excinfo:
        asyncio.run(fetch_tags(fake_client, REPO_URL, retries=2, sleep=no_sleep))

    assert excinfo.value.attempts == 2
    assert isinstance(excinfo.value.__cause__, ConnectionError)


def test_latest_remote_version_ignores_prereleases_and_junk(fake_client):
    version = asyncio.run(latest_remote_version(fake_client, REPO_URL, sleep=no_sleep))

    assert version == Version.parse("1.1.0")
