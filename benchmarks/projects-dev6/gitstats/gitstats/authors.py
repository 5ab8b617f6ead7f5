"""Author statistics, with identities unified through a ``.mailmap``-like table."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from typing import TextIO

from gitstats.commits import Commit

_IDENTITY_RE = re.compile(r"\s*(?P<name>[^<>]*?)\s*<(?P<email>[^<>\s]+)>")


class MailMapError(ValueError):
    """Raised for a line of a mailmap that cannot be understood."""


class MailMap:
    """Maps the identities found in commits to canonical names and emails.

    Lookups are case-insensitive on the email address. An entry may be keyed
    on the commit email alone, or on the commit name and email together; the
    latter is more specific and wins.
    """

    def __init__(self) -> None:
        self._by_email: dict[str, tuple[str | None, str | None]] = {}
        self._by_name_email: dict[tuple[str, str], tuple[str | None, str | None]] = {}

    def __len__(self) -> int:
        return len(self._by_email) + len(self._by_name_email)

    @staticmethod
    def parse_line(line: str) -> tuple[str | None, str | None, str | None, str]:
        """Split one mailmap line into its four parts.

        Args:
            line: A non-empty, non-comment line in one of the forms
                ``Proper Name <commit@email>``, ``<proper@email> <commit@email>``,
                ``Proper Name <proper@email> <commit@email>`` or
                ``Proper Name <proper@email> Commit Name <commit@email>``.
                A trailing ``# comment`` is ignored.

        Returns:
            A tuple ``(proper_name, proper_email, commit_name, commit_email)``;
            parts that the line does not give are ``None``. Emails are
            lower-cased.

        Raises:
            MailMapError: If the line holds no ``<email>``, more than two, or
                trailing text after the last one.
        """
        text = line.split("#", 1)[0].rstrip()
        matches = list(_IDENTITY_RE.finditer(text))
        if not matches or len(matches) > 2 or matches[-1].end() != len(text):
            raise MailMapError(f"malformed mailmap line: {line.strip()!r}")
        if len(matches) == 1:
            name = matches[0]["name"] or None
            return name, None, None, matches[0]["email"].lower()
        proper, commit = matches
        return (
            proper["name"] or None,
            proper["email"].lower(),
            commit["name"] or None,
            commit["email"].lower(),
        )

    @classmethod
    def from_stream(cls, stream: TextIO) -> MailMap:
        """Build a mailmap from a text stream; blank lines and ``#`` comments are skipped.

        Raises MailMapError, with the line number in the message, on the
        first malformed line.
        """
        mailmap = cls()
        for line_no, line in enumerate(stream, start=1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            try:
                proper_name, proper_email, commit_name, commit_email = cls.parse_line(line)
            except MailMapError as exc:
                raise MailMapError(f"line {line_no}: {exc}") from None
            target = (proper_name, proper_email)
            if commit_name is not None:
                mailmap._by_name_email[(commit_name.casefold(), commit_email)] = target
            else:
                mailmap._by_email[commit_email] = target
        return mailmap

    def resolve(self, name: str, email: str) -> tuple[str, str]:
        """Return the canonical ``(name, email)`` for an identity seen in a commit.

        :param name: author name as recorded in the commit.
        :param email: author email as recorded in the commit.
        :returns: the mapped identity; parts the table does not override are
            returned unchanged (the email lower-cased).
        """
        email = email.lower()
        target = self._by_name_email.get((name.casefold(), email)) or self._by_email.get(email)
        if target is None:
            return name, email
        proper_name, proper_email = target
        return proper_name or name, proper_email or email


def author_counts(
    commits: Iterable[Commit],
    mailmap: MailMap | None = None,
    *,
    include_merges: bool = False,
) -> Counter[str]:
    """Count commits per author, keyed ``"Name <email>"``.

    Parameters
    ----------
    commits : iterable of Commit
        The history to count.
    mailmap : MailMap, optional
        Used to merge the aliases of one person into a single key.
    include_merges : bool
        Merge commits are skipped unless this is true.

    Returns
    -------
    collections.Counter
        Commit counts; ``most_common()`` gives the ranking.
    """
    counts: Counter[str] = Counter()
    for commit in commits:
        if commit.is_merge and not include_merges:
            continue
        name, email = commit.author_name, commit.author_email
        if mailmap is not None:
            name, email = mailmap.resolve(name, email)
        counts[f"{name} <{email}>"] += 1
    return counts
