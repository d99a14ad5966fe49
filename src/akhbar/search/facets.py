"""Facet counts for the search page: the strict matches of a query by outlet, day and tag.

Two grouped queries, each one pass of FTS5 over the matches (no row of them reaches Python):
outlet and day together, grouped on the index's small ``search_docs`` rows, and the top tags
through the ``article_tags`` primary key. Counts are exact: the page shows them as numbers.
"""

from __future__ import annotations

import sqlite3

from akhbar.search.engine import _run, _where
from akhbar.search.index import DOCS_TABLE, FTS_TABLE, index_algorithm
from akhbar.search.query import match_expression, parse_query
from akhbar.search.results import Facets, Filters

__all__ = ["facets"]


def facets(
    conn: sqlite3.Connection, query: str, filters: Filters = Filters(), *, top: int = 20
) -> Facets:
    """Counts of the articles matching every word of ``query``, by outlet, day and tag."""
    parsed = parse_query(query, algorithm=index_algorithm(conn))
    expr = match_expression(parsed, mode="all")
    _, conds, args = _where(filters)
    docs = f"{FTS_TABLE} CROSS JOIN {DOCS_TABLE} d ON d.rowid = {FTS_TABLE}.rowid"
    rows = _run(
        conn,
        f"SELECT d.outlet, d.day, count(*) FROM {docs} WHERE {FTS_TABLE} MATCH ?{conds} "
        "GROUP BY d.outlet, d.day",
        [expr, *args],
    )
    outlets: dict[str, int] = {}
    days: dict[str, int] = {}
    total = 0
    for outlet, day, n in rows:
        total += n
        if outlet is not None:
            outlets[outlet] = outlets.get(outlet, 0) + n
        if day is not None:
            days[day] = days.get(day, 0) + n
    tags: list[tuple[str, int]] = []
    if total:
        tag_rows = _run(
            conn,
            f"SELECT t.tag, count(*) AS n FROM {docs} CROSS JOIN article_tags t "
            f"ON t.article = {FTS_TABLE}.rowid WHERE {FTS_TABLE} MATCH ?{conds} "
            "GROUP BY t.tag ORDER BY n DESC, t.tag LIMIT ?",
            [expr, *args, top],
        )
        tags = [(t, int(n)) for t, n in tag_rows]
    by_count = sorted(outlets.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
    return Facets(
        total=total,
        outlets=tuple(by_count),
        days=tuple(sorted(days.items())),
        tags=tuple(tags),
    )
