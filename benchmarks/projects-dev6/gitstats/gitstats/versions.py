"""Semantic versions (https://semver.org) parsed from tag names."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import total_ordering

_SEMVER_RE = re.compile(
    r"""^v?
    (?P<major>0|[1-9]\d*)\.(?P<minor>0|[1-9]\d*)\.(?P<patch>0|[1-9]\d*)
    (?:-(?P<pre>[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?
    (?:\+(?P<build>[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?
    $""",
    re.VERBOSE,
)


class InvalidVersionError(ValueError):
    """Raised when a string is not a valid semantic version."""


def _prerelease_key(identifier: str) -> tuple[int, int | str]:
    # Numeric identifiers sort before alphanumeric ones (semver rule 11.4).
    if identifier.isdigit():
        return (0, int(identifier))
    return (1, identifier)


@total_ordering
@dataclass(frozen=True, eq=False)
class Version:
    """A semantic version; build metadata is kept but ignored in comparisons."""

    major: int
    minor: int
    patch: int
    prerelease: tuple[str, ...] = ()
    build: str = ""

    @classmethod
    def parse(cls, text: str) -> Version:
        """Parse a version string, with or without a leading ``v``.

        Args:
            text: A version such as ``"v1.4.0"`` or ``"2.0.0-rc.1+build.7"``.
                Surrounding whitespace is ignored.

        Returns:
            The parsed version.

        Raises:
            InvalidVersionError: If ``text`` is not a semantic version, or a
                numeric pre-release identifier has a leading zero.
        """
        match = _SEMVER_RE.match(text.strip())
        if match is None:
            raise InvalidVersionError(f"not a semantic version: {text!r}")
        prerelease = tuple(match["pre"].split(".")) if match["pre"] else ()
        for identifier in prerelease:
            if identifier.isdigit() and len(identifier) > 1 and identifier.startswith("0"):
                raise InvalidVersionError(f"leading zero in pre-release identifier: {text!r}")
        return cls(
            int(match["major"]),
            int(match["minor"]),
            int(match["patch"]),
            prerelease,
            match["build"] or "",
        )

    def _key(self) -> tuple:
        # A release sorts after all of its pre-releases.
        pre = tuple(_prerelease_key(p) for p in self.prerelease)
        return (self.major, self.minor, self.patch, not self.prerelease, pre)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Version):
            return NotImplemented
        return self._key() == other._key()

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Version):
            return NotImplemented
        return self._key() < other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __str__(self) -> str:
        text = f"{self.major}.{self.minor}.{self.patch}"
        if self.prerelease:
            text += "-" + ".".join(self.prerelease)
        if self.build:
            text += "+" + self.build
        return text


def latest_version(tags: Iterable[str], *, include_prereleases: bool = False) -> Version | None:
    """Highest semantic version among tag names; tags that are not versions are skipped.

    :param tags: tag names, as listed by a remote.
    :param include_prereleases: also consider versions such as ``1.0.0-rc.1``.
    :returns: the highest version, or ``None`` if no tag qualifies.
    """
    best: Version | None = None
    for tag in tags:
        try:
            version = Version.parse(tag)
        except InvalidVersionError:
            continue
        if version.prerelease and not include_prereleases:
            continue
        if best is None or version > best:
            best = version
    return best
