"""Book repository and a unit of work that owns the transaction."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

from .models import BOOK_COLUMNS, Book
from .query import Query


class NotFound(LookupError):
    """No row exists for the requested key."""

    def __init__(self, entity: str, key: object) -> None:
        super().__init__(f"{entity} {key!r} not found")
        self.entity = entity
        self.key = key


class BookRepository:
    """CRUD access to the ``books`` table.

    The repository never commits; wrap writes in a :class:`UnitOfWork` (or
    commit the connection yourself). The connection should use
    ``sqlite3.Row`` as its row factory, although plain tuples work too.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def add(self, book: Book) -> Book:
        """Insert ``book`` and return a copy carrying the new id.

        Args:
            book: A book that has not been stored yet.

        Returns:
            The stored book with ``id`` set.

        Raises:
            ValueError: If ``book.id`` is already set.
            sqlite3.IntegrityError: If the ISBN is already used, or the
                author does not exist while foreign keys are enforced.
        """
        if book.id is not None:
            raise ValueError("book already has an id; use update()")
        cursor = self.conn.execute(
            "INSERT INTO books (title, author_id, year, isbn) VALUES (?, ?, ?, ?)",
            (book.title, book.author_id, book.year, book.isbn),
        )
        return replace(book, id=cursor.lastrowid)

    def get(self, book_id: int) -> Book:
        """Fetch one book by id.

        :param book_id: primary key of the book.
        :raises NotFound: when no book has that id.
        """
        row = self.conn.execute(
            f"SELECT {', '.join(BOOK_COLUMNS)} FROM books WHERE id = ?", (book_id,)
        ).fetchone()
        if row is None:
            raise NotFound("book", book_id)
        return Book.from_row(row)

    def list(self, limit: int = 50, offset: int = 0) -> list[Book]:
        """Books ordered by id, one page at a time.

        A ``limit`` of zero returns an empty list without querying; a
        negative ``limit`` or ``offset`` raises ``ValueError``.
        """
        if limit < 0 or offset < 0:
            raise ValueError("limit and offset must not be negative")
        if limit == 0:
            return []
        sql, params = Query("books", BOOK_COLUMNS).order_by("id").limit(limit, offset).build()
        return [Book.from_row(row) for row in self.conn.execute(sql, params)]

    def find(self, query: Query):
        if query.table != "books":
            raise ValueError(f"query targets {query.table!r}, not 'books'")
        sql, params = query.build(BOOK_COLUMNS)
        return [Book.from_row(row) for row in self.conn.execute(sql, params)]

    def update(self, book: Book) -> None:
        """Overwrite the stored row with the fields of ``book``.

        Raises ValueError for a book without an id and NotFound when the id
        does not exist.
        """
        if book.id is None:
            raise ValueError("cannot update a book without an id")
        cursor = self.conn.execute(
            "UPDATE books SET title = ?, author_id = ?, year = ?, isbn = ? WHERE id = ?",
            (book.title, book.author_id, book.year, book.isbn, book.id),
        )
        if cursor.rowcount == 0:
            raise NotFound("book", book.id)

    def delete(self, book_id: int, missing_ok: bool = False) -> bool:
        cursor = self.conn.execute("DELETE FROM books WHERE id = ?", (book_id,))
        if cursor.rowcount == 0:
            if missing_ok:
                return False
            raise NotFound("book", book_id)
        return True

    def count(self) -> int:
        return self.conn.execute("SELECT COUNT(*) FROM books").fetchone()[0]


class UnitOfWork:
    """Group repository calls into one transaction.

    Used as a context manager: the transaction is committed when the block
    finishes normally and rolled back when it raises (the exception is not
    swallowed). Outside the ``with`` block, :attr:`books`, :meth:`commit`
    and :meth:`rollback` raise ``RuntimeError``. A unit of work is not
    re-entrant, but it can be used for several consecutive blocks.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._books: BookRepository | None = None

    @property
    def active(self) -> bool:
        return self._books is not None

    def __enter__(self) -> UnitOfWork:
        if self.active:
            raise RuntimeError("unit of work is already active")
        self._books = BookRepository(self.conn)
        return self

    def __exit__(self, exc_type, exc, tb) -> bool:
        try:
            if exc_type is None:
                try:
                    self.conn.commit()
                except sqlite3.Error:
                    self.conn.rollback()
                    raise
            else:
                self.conn.rollback()
        finally:
            self._books = None
        return False

    def _require_active(self) -> None:
        if not self.active:
            raise RuntimeError("unit of work used outside its 'with' block")

    @property
    def books(self) -> BookRepository:
        """The book repository bound to this unit of work's connection."""
        self._require_active()
        return self._books

    def commit(self) -> None:
        """Commit what has been done so far and keep the unit open."""
        self._require_active()
        self.conn.commit()

    def rollback(self):
        self._require_active()
        self.conn.rollback()
