"""Reading CSV text into :class:`~csvimport.models.Account` objects."""

from __future__ import annotations

import csv
import io
import os
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Iterator, Mapping, Protocol, Sequence, TextIO

from csvimport.columns import ColumnMap
from csvimport.models import Account
from csvimport.parsing import ParseError
from csvimport.validation import RowError, ValidationReport, validate_account

_CANDIDATE_DELIMITERS = (";", ",", "\t", "|")


class SinkError(Exception):
    """Raised by a sink to reject a single record without aborting the import."""


class RecordSink(Protocol):
    async def write(self, record: Account) -> None: ...


def sniff_delimiter(header_line: str) -> str:
    counts = {d: header_line.count(d) for d in _CANDIDATE_DELIMITERS}
    best = max(counts, key=counts.__getitem__)
    return best if counts[best] else ","


@contextmanager
def _open_source(source: TextIO | str | os.PathLike[str], encoding: str) -> Iterator[TextIO]:
    if isinstance(source, (str, os.PathLike)):
        with open(Path(source), encoding=encoding, newline="") as handle:
            yield handle
    elif hasattr(source, "read"):
        yield source
    else:
        raise TypeError(f"expected a text stream or a path, got {type(source).__name__}")


def read_rows(stream: TextIO, delimiter: str | None = None) -> Iterator[tuple[int, list[str]]]:
    """Yield ``(line_number, cells)`` for every non-blank row of *stream*.

    The first yielded row is the header. When *delimiter* is ``None`` it is
    guessed from the first line (semicolon, comma, tab or pipe, whichever
    occurs most; comma if none does). Rows whose cells are all blank are
    skipped. The line number is the line on which the row ends, which only
    differs from where it starts for quoted cells containing newlines.
    """
    text = stream.read()
    if not text.strip():
        return
    text = text.lstrip("\ufeff")
    if delimiter is None:
        first_line = next(line for line in text.splitlines() if line.strip())
        delimiter = sniff_delimiter(first_line)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    for cells in reader:
        if not cells or all(not cell.strip() for cell in cells):
            continue
        yield reader.line_num, cells


def read_accounts(
    source: TextIO | str | os.PathLike[str],
    *,
    delimiter: str | None = None,
    aliases: Mapping[str, Sequence[str]] | None = None,
    default_currency: str = "EUR",
    today: date | None = None,
    encoding: str = "utf-8",
) -> tuple[list[Account], ValidationReport]:
    """Read accounts from CSV text, collecting row problems in a report.

    Rows that fail to parse or validate are left out of the result and
    described in the report; the import carries on with the next row. A row
    whose e-mail address (case-insensitively) repeats an earlier valid row's
    is reported as a duplicate. An empty source gives no accounts and an
    empty report.

    Args:
        source: An open text stream, or a path to a file.
        delimiter: Cell delimiter; guessed from the header when ``None``.
        aliases: Header aliases passed to :meth:`ColumnMap.from_header`.
        default_currency: Currency for rows without a currency column.
        today: Reference date for the "join date in the future" check.
        encoding: Encoding used when *source* is a path.

    Returns:
        The valid accounts in file order, and the report.

    Raises:
        ColumnError: If the header row cannot be mapped.
        FileNotFoundError: If *source* is a path that does not exist.
        TypeError: If *source* is neither a stream nor a path.
    """
    report = ValidationReport()
    accounts: list[Account] = []
    with _open_source(source, encoding) as stream:
        rows = read_rows(stream, delimiter)
        header = next(rows, None)
        if header is None:
            return accounts, report
        columns = ColumnMap.from_header(header[1], aliases)
        first_seen: dict[str, int] = {}
        for line, cells in rows:
            report.rows_total += 1
            if len(cells) > columns.width:
                report.add(line, f"expected at most {columns.width} cells, got {len(cells)}")
                continue
            try:
                account = Account.from_row(columns.apply(cells), line, default_currency)
            except ParseError as exc:
                report.add(line, str(exc), exc.column)
                continue
            problems = validate_account(account, today=today)
            if account.key in first_seen:
                problems.append(
                    RowError(line, f"duplicate e-mail, first seen on line {first_seen[account.key]}", "email")
                )
            if problems:
                report.extend(problems)
                continue
            first_seen[account.key] = line
            accounts.append(account)
            report.rows_valid += 1
    return accounts, report


async def import_accounts(
    source,
    sink: RecordSink,
    *,
    delimiter=None,
    stop_on_error: bool = False,
    today: date | None = None,
) -> ValidationReport:
    """Read accounts from *source* and write each valid one to *sink*.

    :param source: text stream or path, as for :func:`read_accounts`.
    :param sink: object with an ``async write(record)`` method; records are
        written one at a time, in file order.
    :param delimiter: cell delimiter, guessed when ``None``.
    :param stop_on_error: when true, nothing is written if the file has any
        validation error.
    :param today: reference date for validation.
    :returns: the validation report, with ``rows_written`` set.
    :raises ColumnError: if the header row cannot be mapped.

    A :class:`SinkError` raised by the sink is recorded in the report against
    the record's row and the import continues; any other exception from the
    sink propagates and stops the import.
    """
    accounts, report = read_accounts(source, delimiter=delimiter, today=today)
    if stop_on_error and not report.ok:
        return report
    for account in accounts:
        try:
            await sink.write(account)
        except SinkError as exc:
            report.add(account.row_number, f"rejected by sink: {exc}")
            continue
        report.rows_written += 1
    return report
