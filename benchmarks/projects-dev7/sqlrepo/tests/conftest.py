import sqlite3

import pytest

from sqlrepo import BookRepository, apply_migrations


@pytest.fixture
def conn():
    """In-memory database with every migration applied and rows as sqlite3.Row."""
    connection = sqlite3.connect(":memory:")
    connection.row_factory = sqlite3.Row
    connection.execute("PRAGMA foreign_keys = ON")
    apply_migrations(connection)
    yield connection
    connection.close()


@pytest.fixture
def author_id(conn):
    """Id of an author already stored (and committed) in ``conn``."""
    cursor = conn.execute(
        "INSERT INTO authors (name, country) VALUES (?, ?)", ("Ursula K. Le Guin", "US")
    )
    conn.commit()
    return cursor.lastrowid


@pytest.fixture
def repo(conn):
    return BookRepository(conn)


@pytest.fixture
def writer():
    """Async writer double that keeps every row it is given in ``rows``."""

    class RecordingWriter:
        def __init__(self):
            self.rows = []

        async def write(self, row):
            self.rows.append(row)

    return RecordingWriter()
