"""Statistics over a git-like history, computed without running git."""

from gitstats.authors import MailMap, author_counts
from gitstats.changelog import group_changelog, parse_conventional, write_markdown_report
from gitstats.commits import Commit, LogParseError, commits_between, parse_log
from gitstats.remote import RemoteFetchError, fetch_tags, latest_remote_version
from gitstats.versions import InvalidVersionError, Version, latest_version

__all__ = [
    "Commit",
    "InvalidVersionError",
    "LogParseError",
    "MailMap",
    "RemoteFetchError",
    "Version",
    "author_counts",
    "commits_between",
    "fetch_tags",
    "group_changelog",
    "latest_remote_version",
    "latest_version",
    "parse_conventional",
    "parse_log",
    "write_markdown_report",
]

__version__ = "0.3.1"
