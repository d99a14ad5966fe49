"""Facet counts for the search page: the strict matches of a query by outlet, day and tag.

One statement, one pass of FTS5 over the matches (no row of them reaches Python): their rowids
are materialized once, then grouped by outlet and day on the index's small ``search_docs``
rows and by tag through the ``article_tags`` primary key (the top tags). The full-text pass is
most of the cost, so counting the tags in a second query of their own cost ~1.6× the time.
Counts are exact: the page shows them as numbers.

``search_with_facets`` is what the search page asks for: one page of ``search`` and the facets,
with the query parsed once and the strict matches counted once. When they are few
(``akhbar.search.matches``) the ranking reads every one of them anyway, so the outlets and days
are counted from those rows and only the tags take a statement; otherwise the facet statement
counts the matches for the ranking too.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from akhbar.search.engine import _check_page, _request, _run, _search, _where
from akhbar.search.index import DOCS_TABLE, FTS_TABLE, index_algorithm
from akhbar.search.matches import MatchSet
from akhbar.search.memo import SearchMemo
from akhbar.search.query import Query, match_expression, parse_query
from akhbar.search.results import Facets, Filters, SearchResults

__all__ = ["facets", "search_with_facets"]


def _sql(join: str, conds: str) -> str:
    """The facet statement: rows (0, outlet, day, n), (1, tag, NULL, n) of the top tags, and
    (2, NULL, NULL, n) counting the matches."""
    return (
        f"WITH m AS MATERIALIZED (SELECT {FTS_TABLE}.rowid AS r FROM {FTS_TABLE}{join} "
        f"WHERE {FTS_TABLE} MATCH ?{conds}) "
        f"SELECT 0, d.outlet, d.day, count(*) FROM m CROSS JOIN {DOCS_TABLE} d ON d.rowid = m.r "
        "GROUP BY d.outlet, d.day "
        "UNION ALL SELECT * FROM (SELECT 1, t.tag, NULL, count(*) AS n "
        "FROM m CROSS JOIN article_tags t ON t.article = m.r "
        "GROUP BY t.tag ORDER BY n DESC, t.tag LIMIT ?) "
        "UNION ALL SELECT 2, NULL, NULL, count(*) FROM m"
    )


def facets(
    conn: sqlite3.Connection, query: str, filters: Filters = Filters(), *, top: int = 20
) -> Facets:
    """Counts of the articles matching every word of ``query``, by outlet, day and tag."""
    parsed = parse_query(query, algorithm=index_algorithm(conn))
    join, conds, args = _where(filters)
    return _facets(conn, parsed, (join, conds), args, top)[0]


def search_with_facets(
    conn: sqlite3.Connection,
    query: str,
    *,
    filters: Filters = Filters(),
    limit: int = 10,
    offset: int = 0,
    memo: SearchMemo | None = None,
    top: int = 20,
) -> tuple[SearchResults, Facets]:
    """``search(conn, query, filters=…, limit=…, offset=…, memo=…)`` and
    ``facets(conn, query, filters, top=…)`` at once (the same results), for less work."""
    _check_page(limit, offset)
    request = _request(conn, query, filters, memo=memo, snippets=True, group_copies=True)
    matches = request.matches(match_expression(request.query, mode="all"))
    if matches is not None:  # few: counted from the matches read for the ranking
        found, n_strict = _facets_of(conn, matches, top), len(matches)
    else:
        found, n_strict = _facets(conn, request.query, request.where, request.args, top)
    return _search(request, limit, offset, match="auto", n_strict=n_strict), found


def _facets_of(conn: sqlite3.Connection, matches: MatchSet, top: int) -> Facets:
    """``_facets`` of matches already read: outlets and days counted here (of the matches
    the index has a row for, as the facet statement joins them), the top tags by one
    statement on the ``article_tags`` primary key."""
    outlets: dict[str, int] = {}
    days: dict[str, int] = {}
    total = 0
    for m in matches.matches:
        if not m.indexed:
            continue
        total += 1
        if m.outlet is not None:
            outlets[m.outlet] = outlets.get(m.outlet, 0) + 1
        if m.day is not None:
            days[m.day] = days.get(m.day, 0) + 1
    tags: list[tuple[str, int]] = []
    if matches.matches:
        rowids = [m.rowid for m in matches.matches]
        rows = _run(
            conn,
            "SELECT tag, count(*) AS n FROM article_tags "
            f"WHERE article IN ({','.join('?' * len(rowids))}) "
            "GROUP BY tag ORDER BY n DESC, tag LIMIT ?",
            [*rowids, top],
        )
        tags = [(tag, int(n)) for tag, n in rows]
    return _facets_result(outlets, days, tags, total, top)


def _facets(
    conn: sqlite3.Connection, parsed: Query, where: tuple[str, str], args: list[Any], top: int
) -> tuple[Facets, int]:
    """The facets of ``parsed`` and the number of its strict matches (``engine._count``)."""
    expr = match_expression(parsed, mode="all")
    rows = _run(conn, _sql(*where), [expr, *args, top])
    outlets: dict[str, int] = {}
    days: dict[str, int] = {}
    tags: list[tuple[str, int]] = []
    total = matches = 0
    for kind, key, day, n in rows:
        if kind == 1:
            tags.append((key, int(n)))
            continue
        if kind == 2:
            matches = int(n)
            continue
        total += n
        if key is not None:
            outlets[key] = outlets.get(key, 0) + n
        if day is not None:
            days[day] = days.get(day, 0) + n
    return _facets_result(outlets, days, tags, total, top), matches


def _facets_result(
    outlets: dict[str, int], days: dict[str, int], tags: list[tuple[str, int]], total: int, top: int
) -> Facets:
    by_count = sorted(outlets.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
    return Facets(
        total=total,
        outlets=tuple(by_count),
        days=tuple(sorted(days.items())),
        tags=tuple(tags),
    )
