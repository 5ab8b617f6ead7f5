import pytest

from sqlrepo import Query

COLUMNS = ("id", "title", "author_id", "year", "isbn")


def test_where_and_order_by_build_parameterised_sql():
    sql, params = Query("books", COLUMNS).where("year", 1969, ">=").order_by("-year").build(["id", "title"])

    assert sql == "SELECT id, title FROM books WHERE year >= ? ORDER BY year DESC"
    assert params == (1969,)


def test_where_none_becomes_is_null():
    sql, params = Query("books", COLUMNS).where("isbn", None).build(["id"])

    assert sql == "SELECT id FROM books WHERE isbn IS NULL"
    assert params == ()


def test_unknown_column_is_rejected():
    with pytest.raises(ValueError):
        Query("books", COLUMNS).where("title; DROP TABLE books", "x")


def test_built_query_runs_against_the_schema(conn, author_id):
    conn.executemany(
        "INSERT INTO books (title, author_id, year) VALUES (?, ?, ?)",
        [("A Wizard of Earthsea", author_id, 1968), ("The Dispossessed", author_id, 1974)],
    )

    sql, params = Query("books", COLUMNS).where("year", 1970, ">").build(["title"])

    assert [row["title"] for row in conn.execute(sql, params)] == ["The Dispossessed"]
