"""Changelog grouped by conventional-commit types, and the Markdown release report."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from gitstats.commits import Commit

_CONVENTIONAL_RE = re.compile(
    r"^(?P<type>[a-zA-Z]+)(?:\((?P<scope>[^()\s]+)\))?(?P<bang>!)?:\s+(?P<description>\S.*)$"
)

SECTION_TITLES: dict[str, str] = {
    "breaking": "Breaking Changes",
    "feat": "Features",
    "fix": "Bug Fixes",
    "perf": "Performance",
    "other": "Other Changes",
}

#: Types that never show up in a changelog.
HIDDEN_TYPES = frozenset({"chore", "ci", "style", "test", "build"})


@dataclass(frozen=True)
class ConventionalCommit:
    type: str
    scope: str | None
    description: str
    breaking: bool
    sha: str = ""


def parse_conventional(subject: str, body: str = "", sha: str = "") -> ConventionalCommit | None:
    """Parse a commit subject written as a conventional commit.

    The type is lower-cased. A commit is breaking when the subject has a
    ``!`` before the colon or the body has a ``BREAKING CHANGE:`` (or
    ``BREAKING-CHANGE:``) footer line.

    Args:
        subject: First line of the commit message.
        body: Rest of the message, searched for the breaking-change footer.
        sha: Commit hash to carry along for the changelog.

    Returns:
        The parsed commit, or ``None`` if the subject is not conventional.
    """
    match = _CONVENTIONAL_RE.match(subject.strip())
    if match is None:
        return None
    breaking = bool(match["bang"]) or any(
        line.startswith(("BREAKING CHANGE:", "BREAKING-CHANGE:")) for line in body.splitlines()
    )
    return ConventionalCommit(
        type=match["type"].lower(),
        scope=match["scope"],
        description=match["description"].strip(),
        breaking=breaking,
        sha=sha,
    )


def group_changelog(commits: Iterable[Commit]) -> dict[str, list[ConventionalCommit]]:
    """Group commits into changelog sections.

    Breaking changes go to ``"breaking"`` whatever their type; ``feat``,
    ``fix`` and ``perf`` get their own section; other conventional types go
    to ``"other"`` except the hidden ones (``chore``, ``ci``, ...). Commits
    that are not conventional and merge commits are left out. Empty
    sections are omitted, and sections come in the order of
    ``SECTION_TITLES``.
    """
    sections: dict[str, list[ConventionalCommit]] = {key: [] for key in SECTION_TITLES}
    for commit in commits:
        if commit.is_merge:
            continue
        parsed = parse_conventional(commit.subject, commit.body, commit.sha)
        if parsed is None:
            continue
        if parsed.breaking:
            sections["breaking"].append(parsed)
        elif parsed.type in ("feat", "fix", "perf"):
            sections[parsed.type].append(parsed)
        elif parsed.type not in HIDDEN_TYPES:
            sections["other"].append(parsed)
    return {key: entries for key, entries in sections.items() if entries}


def _format_entry(entry: ConventionalCommit) -> str:
    scope = f"**{entry.scope}:** " if entry.scope else ""
    sha = f" ({entry.sha[:7]})" if entry.sha else ""
    return f"- {scope}{entry.description}{sha}"


def write_markdown_report(
    path: Path,
    version: str,
    changelog: dict[str, list[ConventionalCommit]],
    authors: Counter[str] | None = None,
    *,
    overwrite: bool = False,
) -> Path:
    """Write a release report as Markdown.

    :param path: destination file; missing parent directories are created.
    :param version: the version the report is for, used in the title.
    :param changelog: sections as returned by :func:`group_changelog`.
    :param authors: commit counts per author, listed most active first.
    :param overwrite: replace an existing file instead of failing.
    :returns: the path written.
    :raises FileExistsError: if ``path`` exists and ``overwrite`` is false.
    """
    path = Path(path)
    if path.exists() and not overwrite:
        raise FileExistsError(f"report already exists: {path}")
    lines = [f"# Release {version}", ""]
    if not changelog:
        lines += ["No notable changes.", ""]
    for key, entries in changelog.items():
        lines += [f"## {SECTION_TITLES.get(key, key.title())}", ""]
        lines += [_format_entry(entry) for entry in entries]
        lines.append("")
    if authors:
        lines += ["## Contributors", ""]
        lines += [f"- {author}: {count}" for author, count in authors.most_common()]
        lines.append("")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines), encoding="utf-8")
    return path
