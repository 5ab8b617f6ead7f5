"""Mapping a file's header row onto the canonical column names."""

from __future__ import annotations

from typing import Mapping, Sequence

from csvimport.models import RawRow


class ColumnError(Exception):
    """The header row cannot be mapped (missing or ambiguous columns)."""


DEFAULT_ALIASES: dict[str, tuple[str, ...]] = {
    "name": ("name", "full name", "customer", "kunde"),
    "email": ("email", "e-mail", "mail", "email address"),
    "amount": ("amount", "balance", "betrag", "saldo"),
    "currency": ("currency", "cur", "waehrung"),
    "joined": ("joined", "member since", "since", "date"),
    "permissions": ("permissions", "perms", "access", "rights"),
    "tags": ("tags", "labels", "groups"),
}

REQUIRED_COLUMNS: tuple[str, ...] = ("name", "email")


def normalize_header(text: str) -> str:
    """Normalise a header cell for alias lookup.

    Removes a UTF-8 byte order mark, lower-cases, turns underscores into
    spaces and collapses runs of whitespace, so ``"  Full_Name "`` and
    ``"full name"`` compare equal.
    """
    text = text.replace("\ufeff", "").replace("_", " ")
    return " ".join(text.lower().split())


class ColumnMap:
    """Positions of the canonical columns within a file's rows.

    Instances are normally built with :meth:`from_header`.

    :param positions: canonical column name -> index in each row.
    :param width: number of cells in the header row.
    :param unknown: header cells that did not match any alias.
    """

    def __init__(self, positions: Mapping[str, int], width: int, unknown: Sequence[str] = ()) -> None:
        self.positions = dict(positions)
        self.width = width
        self.unknown = list(unknown)

    @classmethod
    def from_header(
        cls,
        header: Sequence[str],
        aliases: Mapping[str, Sequence[str]] | None = None,
        required: Sequence[str] = REQUIRED_COLUMNS,
    ) -> "ColumnMap":
        """Build a map from a header row.

        Header cells are compared to the aliases after
        :func:`normalize_header`; every canonical name is also an alias of
        itself. Unrecognised and blank header cells are ignored and listed in
        :attr:`unknown`.

        Args:
            header: The header row's cells.
            aliases: Canonical name -> accepted header texts. Defaults to
                :data:`DEFAULT_ALIASES`.
            required: Canonical names that must be present.

        Returns:
            The column map.

        Raises:
            ValueError: If the same alias is configured for two canonical names.
            ColumnError: If two header cells map to the same canonical column
                or a required column is missing.
        """
        aliases = DEFAULT_ALIASES if aliases is None else aliases
        lookup: dict[str, str] = {}
        for canonical, names in aliases.items():
            for alias in (canonical, *names):
                key = normalize_header(alias)
                if lookup.get(key, canonical) != canonical:
                    raise ValueError(f"alias {alias!r} is configured for both {lookup[key]!r} and {canonical!r}")
                lookup[key] = canonical

        positions: dict[str, int] = {}
        unknown: list[str] = []
        for index, cell in enumerate(header):
            canonical = lookup.get(normalize_header(cell))
            if canonical is None:
                unknown.append(cell)
                continue
            if canonical in positions:
                first = header[positions[canonical]]
                raise ColumnError(f"columns {first!r} and {cell!r} both map to {canonical!r}")
            positions[canonical] = index

        missing = [name for name in required if name not in positions]
        if missing:
            raise ColumnError(f"missing required column(s): {', '.join(missing)}")
        return cls(positions, len(header), unknown)

    @property
    def columns(self) -> list[str]:
        """Canonical names present in the file, in header order."""
        return sorted(self.positions, key=self.positions.__getitem__)

    def apply(self, values: Sequence[str]) -> RawRow:
        """Pick the mapped cells out of one data row.

        Cells are stripped. Columns beyond the end of a short row are simply
        left out of the result rather than reported as errors.
        """
        row: dict[str, str] = {}
        for canonical, index in self.positions.items():
            if index < len(values):
                row[canonical] = values[index].strip()
        return row  # type: ignore[return-value]
