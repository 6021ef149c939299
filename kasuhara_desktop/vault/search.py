"""The full-text index of incidents: FTS5 over character bigrams, one index for every length.

Why bigrams and not FTS5's ``trigram`` tokenizer: Japanese searches are often one or two
characters (殴, 土下) and the trigram tokenizer cannot answer those from its index (it falls
back to scanning every row, which in the vault means decrypting every page). A second index for
short queries would double the pages each save writes. So each word of the folded search text
is indexed as its overlapping character bigrams, each written as an ASCII token of two
6-digit hex code points (FTS5's ``ascii`` tokenizer keeps it whole), and the last character of
a word as a bigram with the end marker ``000000``:

* a term of two or more characters is the phrase of its bigrams (consecutive positions, so the
  match is an exact substring within a word);
* a one-character term is a prefix query on its 6 hex digits, answered by the ``prefix='6'``
  index (every character is the first half of some bigram thanks to the end marker).

The index is derived data: it holds no text the database does not already hold elsewhere, is
contentless (``content=''``, so the text is not stored twice) and is kept in step with the
incident inside the save's own transaction. Migration 0009 rebuilds it from scratch with the
SQL function registered by :func:`register_functions`. Only the index and the query are folded
(NFKC, case-fold: ``domain.query.normalise_for_search``); the stored incident is never touched.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any, Protocol

from ..domain.query import search_terms

TABLE = "incident_search"
END = "000000"
SQL_FUNCTION = "kasuhara_search_tokens"


class _Connection(Protocol):
    def execute(self, sql: str, parameters: Any = ..., /) -> Any: ...

    def create_function(self, name: str, narg: int, func: Any, *, deterministic: bool) -> Any: ...


def _hex(ch: str) -> str:
    return f"{ord(ch):06x}"


def index_tokens(folded: str) -> str:
    """The token text FTS5 indexes for ``folded`` (text already normalised for search)."""
    out: list[str] = []
    for word in folded.split():
        codes = [_hex(c) for c in word]
        codes.append(END)
        out.extend(a + b for a, b in pairwise(codes))
    return " ".join(out)


def _term_query(term: str) -> str:
    codes = [_hex(c) for c in term]
    if len(codes) == 1:
        return f'"{codes[0]}"*'
    return '"' + " ".join(a + b for a, b in pairwise(codes)) + '"'


def match_expression(query: str) -> str | None:
    """The FTS5 MATCH text for a user's query (every term must match), or None if empty."""
    terms = search_terms(query)
    if not terms:
        return None
    return " AND ".join(_term_query(t) for t in terms)


def register_functions(conn: _Connection) -> None:
    """Make ``kasuhara_search_tokens(text)`` available to SQL (the rebuilding migration)."""
    conn.create_function(SQL_FUNCTION, 1, _sql_tokens, deterministic=True)


def _sql_tokens(text: str | None) -> str:
    return index_tokens(text or "")


def put(conn: _Connection, incident_id: int, folded: str, *, replace: bool) -> None:
    """Index (or re-index, ``replace``) one incident's folded search text."""
    if replace:
        conn.execute(f"DELETE FROM {TABLE} WHERE rowid = ?", (incident_id,))
    conn.execute(
        f"INSERT INTO {TABLE} (rowid, grams) VALUES (?, ?)", (incident_id, index_tokens(folded))
    )


def remove(conn: _Connection, incident_id: int) -> None:
    conn.execute(f"DELETE FROM {TABLE} WHERE rowid = ?", (incident_id,))


def clear(conn: _Connection) -> None:
    """Empty the index (before rebuilding it from the records)."""
    conn.execute(f"INSERT INTO {TABLE} ({TABLE}) VALUES ('delete-all')")


def where_clause(query: str, *, scan: bool = False) -> tuple[str, list[Any]]:
    """A WHERE fragment over ``incidents`` for ``query`` ('' when there is nothing to find).

    By default SQLite looks up each match by its id (fast when there are few). With ``scan``
    the ids become a set that rows are checked against (``+`` keeps SQLite from looking them
    up), so a page sorted by an index stops after its rows, however many incidents match.
    """
    expression = match_expression(query)
    if expression is None:
        return "", []
    plus = "+" if scan else ""
    return f"{plus}incidents.id IN (SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH ?)", [expression]


def count_matches(conn: _Connection, query: str) -> int:
    """How many incidents match ``query``, from the index alone (no incident row is read)."""
    expression = match_expression(query)
    if expression is None:
        return int(conn.execute("SELECT count(*) FROM incidents").fetchone()[0])
    sql = f"SELECT count(*) FROM {TABLE} WHERE {TABLE} MATCH ?"
    return int(conn.execute(sql, (expression,)).fetchone()[0])
