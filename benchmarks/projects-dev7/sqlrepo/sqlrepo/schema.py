"""Schema migrations applied in order and recorded in ``schema_migrations``."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timezone


class MigrationError(RuntimeError):
    """A migration failed; its changes were rolled back."""

    def __init__(self, version: int, reason: str) -> None:
        super().__init__(f"migration {version} failed: {reason}")
        self.version = version


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    statements: tuple[str, ...]


MIGRATIONS: list[Migration] = [
    Migration(
        1,
        "create authors",
        (
            "CREATE TABLE authors ("
            " id INTEGER PRIMARY KEY,"
            " name TEXT NOT NULL UNIQUE,"
            " country TEXT)",
        ),
    ),
    Migration(
        2,
        "create books",
        (
            "CREATE TABLE books ("
            " id INTEGER PRIMARY KEY,"
            " title TEXT NOT NULL,"
            " author_id INTEGER NOT NULL REFERENCES authors(id),"
            " year INTEGER,"
            " isbn TEXT UNIQUE)",
        ),
    ),
    Migration(3, "index books by author", ("CREATE INDEX idx_books_author ON books(author_id)",)),
]

_LEDGER_DDL = (
    "CREATE TABLE IF NOT EXISTS schema_migrations ("
    " version INTEGER PRIMARY KEY,"
    " name TEXT NOT NULL,"
    " applied_at TEXT NOT NULL)"
)


def applied_versions(conn: sqlite3.Connection) -> list[int]:
    """Versions already recorded on ``conn``, ascending.

    Returns an empty list for a database that has never been migrated
    (no ``schema_migrations`` table yet).
    """
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'"
    ).fetchone()
    if exists is None:
        return []
    return [row[0] for row in conn.execute("SELECT version FROM schema_migrations ORDER BY version")]


def _check_order(migrations: Sequence[Migration]) -> None:
    previous = 0
    for migration in migrations:
        if migration.version <= previous:
            raise ValueError(
                f"migration versions must be positive and strictly increasing "
                f"(got {migration.version} after {previous})"
            )
        previous = migration.version


def apply_migrations(conn: sqlite3.Connection, migrations: Sequence[Migration] = MIGRATIONS) -> list[int]:
    """Bring the database schema up to date.

    Pending migrations run in version order, each in its own transaction
    together with its ledger row, so running this again is a no-op.

    Args:
        conn: Open connection; it must not have a transaction in progress.
        migrations: Ordered migrations; defaults to :data:`MIGRATIONS`.

    Returns:
        The versions applied by this call (empty when already up to date).

    Raises:
        ValueError: If the versions are not strictly increasing.
        RuntimeError: If ``conn`` has uncommitted changes.
        MigrationError: If a statement fails. That migration is rolled back;
            the ones before it stay applied.
    """
    _check_order(migrations)
    if conn.in_transaction:
        raise RuntimeError("commit or roll back pending changes before migrating")

    conn.execute(_LEDGER_DDL)
    conn.commit()
    done = set(applied_versions(conn))

    newly_applied: list[int] = []
    for migration in migrations:
        if migration.version in done:
            continue
        try:
            conn.execute("BEGIN")
            for statement in migration.statements:
                conn.execute(statement)
            conn.execute(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                (migration.version, migration.name, datetime.now(timezone.utc).isoformat()),
            )
            conn.commit()
        except sqlite3.Error as exc:
            conn.rollback()
            raise MigrationError(migration.version, str(exc)) from exc
        newly_applied.append(migration.version)
    return newly_applied
