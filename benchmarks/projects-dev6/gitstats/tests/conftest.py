import io
from datetime import UTC, datetime

import pytest
from gitstats.commits import parse_log

SAMPLE_LOG = """\
commit 4e1d2c9a
Author: Jane Doe <jane@example.com>
Date:   2024-03-04T09:30:00+01:00

    feat(api): add tags endpoint

src/api/tags.py
docs/tags.md

commit 3b7f01aa
Author: jdoe <JANE@old-host.example>
Date:   2024-03-02T18:05:12-05:00

    fix!: drop support for naive dates

    BREAKING CHANGE: dates without a time zone are rejected.

src/gitstats/commits.py
tests/test_commits.py

commit 2a99e0f1
Merge: 1c0ffee 3b7f01a
Author: Bob Stone <bob@example.org>
Date:   2024-03-01T12:00:00Z

    Merge branch 'fix/naive-dates'

commit 1c0ffee5
Author: Bob Stone <bob@example.org>
Date:   2024-02-28T08:00:00+00:00

    chore: bump dev dependencies

pyproject.toml
"""

SAMPLE_MAILMAP = """\
# canonical identities
Jane Doe <jane@example.com> <jane@old-host.example>
Bob Stone <bob@example.org> Bobby <bob@users.noreply.example>
"""


class FakeTagClient:
    """Stands in for the HTTP client; fails ``failures`` times before answering."""

    def __init__(self, refs, failures=0, error=ConnectionError):
        self.refs = list(refs)
        self.failures = failures
        self.error = error
        self.calls = []

    async def list_refs(self, url):
        self.calls.append(url)
        if len(self.calls) <= self.failures:
            raise self.error(f"connection reset by {url}")
        return list(self.refs)


@pytest.fixture
def sample_log():
    return SAMPLE_LOG


@pytest.fixture
def commits(sample_log):
    return parse_log(sample_log)


@pytest.fixture
def mailmap_stream():
    return io.StringIO(SAMPLE_MAILMAP)


@pytest.fixture
def fake_client():
    return FakeTagClient(
        [
            "refs/tags/v1.0.0",
            "refs/tags/v1.1.0",
            "refs/tags/v1.1.0^{}",
            "refs/tags/v2.0.0-rc.1",
            "refs/tags/nightly",
        ]
    )


@pytest.fixture
def fixed_now():
    return datetime(2024, 3, 5, 12, 0, tzinfo=UTC)
