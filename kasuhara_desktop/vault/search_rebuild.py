"""Rebuilding the search index from the records (a repair: the index is derived data).

Apart from ``search.py`` because it reads whole incidents through the repository, which itself
writes the index through ``search.py``.
"""

from __future__ import annotations

import sqlcipher3

from . import search
from .repositories import incidents


def rebuild_search_index(conn: sqlcipher3.Connection) -> int:
    """Index every incident again from its stored record; returns how many were indexed."""
    search.clear(conn)
    done = 0
    for inc in incidents.iter_all(conn):
        search.put(conn, inc.id or 0, incidents.search_text(inc), replace=False)
        done += 1
    return done
