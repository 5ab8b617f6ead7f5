from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from mailqueue.address import EmailAddress, InvalidAddressError

_KINDS = ("hard", "soft")


@dataclass
class BounceRecord:
    received_at: datetime
    recipient: EmailAddress
    kind: str
    status: str
    diagnostic: str


def parse_bounce_log(path: Path, *, strict: bool = False, encoding: str = "utf-8") -> Iterator[BounceRecord]:
    """Read bounce notifications from a tab-separated log file.

    Each line holds ``timestamp<TAB>recipient<TAB>kind<TAB>status<TAB>diagnostic``
    where timestamp is ISO 8601, kind is ``hard`` or ``soft`` and status is an
    SMTP enhanced status code such as ``5.1.1``. The diagnostic column may be
    missing. Blank lines and lines starting with ``#`` are skipped.

    Parameters
    ----------
    path : pathlib.Path
        Log file to read. It is read lazily, line by line.
    strict : bool, default False
        If true, a malformed line raises ``ValueError`` naming the line
        number; otherwise such lines are silently skipped.
    encoding : str, default "utf-8"
        Text encoding of the file.

    Yields
    ------
    BounceRecord
        One record per well-formed line, in file order.
    """
    with path.open(encoding=encoding) as handle:
        for lineno, line in enumerate(handle, start=1):
            line = line.rstrip("\r\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            parts = line.split("\t")
            try:
                if len(parts) < 4:
                    raise ValueError(f"expected at least 4 columns, got {len(parts)}")
                stamp, recipient, kind, status = (p.strip() for p in parts[:4])
                kind = kind.lower()
                if kind not in _KINDS:
                    raise ValueError(f"unknown bounce kind {kind!r}")
                if len(status.split(".")) != 3 or not status.replace(".", "").isdigit():
                    raise ValueError(f"malformed status code {status!r}")
                record = BounceRecord(
                    received_at=datetime.fromisoformat(stamp),
                    recipient=EmailAddress.parse(recipient),
                    kind=kind,
                    status=status,
                    diagnostic="\t".join(parts[4:]).strip(),
                )
            except (ValueError, InvalidAddressError) as exc:
                if strict:
                    raise ValueError(f"{path}:{lineno}: {exc}") from exc
                continue
            yield record
