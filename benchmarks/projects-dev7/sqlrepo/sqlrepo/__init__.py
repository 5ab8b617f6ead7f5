"""Repository layer for a small book catalogue stored in SQLite."""

from .models import Author, Book
from .paging import export_books, page_bounds, page_count
from .query import Query
from .repository import BookRepository, NotFound, UnitOfWork
from .schema import MIGRATIONS, Migration, MigrationError, applied_versions, apply_migrations

__all__ = [
    "MIGRATIONS",
    "Author",
    "Book",
    "BookRepository",
    "Migration",
    "MigrationError",
    "NotFound",
    "Query",
    "UnitOfWork",
    "applied_versions",
    "apply_migrations",
    "export_books",
    "page_bounds",
    "page_count",
]
