"""Facet counts for the search page: the strict matches of a query by outlet, day and tag.

Facets are disjunctive, as in Elasticsearch's ``post_filter`` or Algolia's disjunctive
faceting: each facet is counted with every *other* facet's filter applied but not its own. A
reader who picks one outlet still sees every outlet with its count for the query and the other
filters, so they can pick a second one (``Filters.outlets`` are OR-ed) or compare; the days
are counted without the date range, the tags without the chosen tags. A chosen outlet or tag
is always listed, even outside the top. ``Facets.total`` and the results count everything
filtered.

Without a filter, one statement, one pass of FTS5 over the matches (no row of them reaches
Python): their rowids are materialized once, then grouped by outlet and day on the index's
small ``search_docs`` rows and by tag through the ``article_tags`` primary key (the top tags).
The full-text pass is most of the cost, so counting the tags in a second query of their own
cost ~1.6× the time. With filters, still one statement and one pass: the matches are
materialized without the filters, each with a flag per filtered facet (its condition on the
index row), and each facet groups the rows whose other flags hold (``_disjunctive_sql``).
Counts are exact: the page shows them as numbers.

``search_with_facets`` is what the search page asks for: one page of ``search`` and the facets,
with the query parsed once and the strict matches counted once. When they are few
(``akhbar.search.matches``) and no filter is set, the ranking reads every one of them anyway,
so the outlets and days are counted from those rows and only the tags take a statement;
otherwise the facet statement counts the matches for the ranking too.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from akhbar.search.conditions import check_dates, check_page
from akhbar.search.engine import search_request
from akhbar.search.index import DOCS_TABLE, FTS_TABLE, index_algorithm, query_index
from akhbar.search.matches import MatchSet
from akhbar.search.memo import SearchMemo
from akhbar.search.query import Query, match_expression, parse_query
from akhbar.search.request import make_request
from akhbar.search.results import Facets, Filters, SearchResults

__all__ = ["facets", "search_with_facets"]


def _sql(join: str, conds: str) -> str:
    """The facet statement without filters: rows (0, outlet, day, n), (1, tag, NULL, n) of the
    top tags, and (2, NULL, NULL, n) counting the matches."""
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


def _flags(filters: Filters) -> dict[str, tuple[str, list[Any]]]:
    """Each filtered facet's condition on the index row ``d`` (0 or 1, never NULL), with its
    arguments: the conditions ``conditions.where`` ANDs together, one by one."""
    flags: dict[str, tuple[str, list[Any]]] = {}
    if filters.outlets:
        marks = ",".join("?" * len(filters.outlets))
        flags["outlet"] = (f"coalesce(d.outlet IN ({marks}), 0)", list(filters.outlets))
    lo, hi = check_dates(filters)
    if lo or hi:
        conds = [c for c, v in (("d.day >= ?", lo), ("d.day <= ?", hi)) if v]
        flags["day"] = (f"coalesce({' AND '.join(conds)}, 0)", [v for v in (lo, hi) if v])
    if filters.tags:
        marks = ",".join("?" * len(filters.tags))
        flags["tag"] = (
            f"d.rowid IN (SELECT article FROM article_tags WHERE tag IN ({marks}))",
            list(filters.tags),
        )
    return flags


def _disjunctive_sql(flags: dict[str, tuple[str, list[Any]]], chosen_tags: int) -> str:
    """The facet statement with filters: the matches materialized unfiltered with a flag per
    filtered facet, each facet grouping the rows that pass the *other* facets' flags. Rows
    (0, outlet, NULL, n), (1, NULL, day, n), (2, tag, NULL, n) of the chosen tags and then the
    top ones, and (3, NULL, NULL, n) counting the matches within every filter. A row failing
    two filters counts in no facet, so it is not kept (when two or more facets are filtered).
    """
    names = list(flags)
    cols = "".join(f", {flags[k][0]} AS f_{k}" for k in names)
    inner = (
        f"SELECT {FTS_TABLE}.rowid AS r, d.outlet AS o, d.day AS dy{cols} FROM {FTS_TABLE} "
        f"CROSS JOIN {DOCS_TABLE} d ON d.rowid = {FTS_TABLE}.rowid WHERE {FTS_TABLE} MATCH ?"
    )
    if len(names) > 1:
        inner = f"SELECT * FROM ({inner}) WHERE {' + '.join(f'f_{k}' for k in names)} >= ?"

    def others(facet: str) -> str:
        rest = [f"f_{k}" for k in names if k != facet]
        return f" WHERE {' AND '.join(rest)}" if rest else ""

    first = f"t.tag IN ({','.join('?' * chosen_tags)}) DESC, " if chosen_tags else ""
    return (
        f"WITH m AS MATERIALIZED ({inner}) "
        f"SELECT 0, o, NULL, count(*) FROM m{others('outlet')} GROUP BY o "
        f"UNION ALL SELECT 1, NULL, dy, count(*) FROM m{others('day')} GROUP BY dy "
        "UNION ALL SELECT * FROM (SELECT 2, t.tag, NULL, count(*) AS n "
        f"FROM m CROSS JOIN article_tags t ON t.article = m.r{others('tag')} "
        f"GROUP BY t.tag ORDER BY {first}n DESC, t.tag LIMIT ?) "
        f"UNION ALL SELECT 3, NULL, NULL, count(*) FROM m{others('')}"
    )


def facets(
    conn: sqlite3.Connection, query: str, filters: Filters = Filters(), *, top: int = 20
) -> Facets:
    """Counts of the articles matching every word of ``query``, by outlet, day and tag; each
    facet within the other facets' filters, not its own (see the module's docstring)."""
    parsed = parse_query(query, algorithm=index_algorithm(conn))
    # (the filters are checked by ``_flags``, through ``check_dates`` as every search does)
    return _facets(conn, parsed, filters, top)[0]


def search_with_facets(
    conn: sqlite3.Connection,
    query: str,
    *,
    filters: Filters = Filters(),
    limit: int = 10,
    offset: int = 0,
    memo: SearchMemo | None = None,
    top: int = 20,
    copy_snippets: bool = True,
) -> tuple[SearchResults, Facets]:
    """``search(conn, query, filters=…, limit=…, offset=…, memo=…)`` and
    ``facets(conn, query, filters, top=…)`` at once (the same results), for less work.
    ``copy_snippets=False``: copies following their article get no body snippet
    (``make_request``)."""
    check_page(limit, offset)
    request = make_request(
        conn, query, filters, memo=memo, snippets=True, group_copies=True,
        copy_snippets=copy_snippets,
    )  # fmt: skip
    matches = request.matches(match_expression(request.query, mode="all"))
    if matches is not None and not request.args:
        # few and unfiltered (no filter argument): counted from the matches read for the ranking
        found, n_strict = _facets_of(conn, matches, top), len(matches)
    else:  # the facets of filtered matches need the matches outside the filters too
        found, n_strict = _facets(conn, request.query, filters, top)
        if matches is not None:
            n_strict = len(matches)
    return search_request(request, limit, offset, match="auto", n_strict=n_strict), found


def _facets_of(conn: sqlite3.Connection, matches: MatchSet, top: int) -> Facets:
    """``_facets`` of unfiltered matches already read: outlets and days counted here (of the
    matches the index has a row for, as the facet statement joins them), the top tags by one
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
        rows = query_index(
            conn,
            "SELECT tag, count(*) AS n FROM article_tags "
            f"WHERE article IN ({','.join('?' * len(rowids))}) "
            "GROUP BY tag ORDER BY n DESC, tag LIMIT ?",
            [*rowids, top],
        )
        tags = [(tag, int(n)) for tag, n in rows]
    return _facets_result(outlets, days, tags, total, top, Filters())


def _facets(
    conn: sqlite3.Connection, parsed: Query, filters: Filters, top: int
) -> tuple[Facets, int]:
    """The facets of ``parsed`` and the number of its strict matches within the filters
    (``ranking.count``): one statement, with or without filters."""
    expr = match_expression(parsed, mode="all")
    flags = _flags(filters)
    if not flags:
        return _unfiltered(conn, expr, top)
    # the placeholders in the order they stand: the flags (columns), the MATCH, the rows kept
    args: list[Any] = [a for _, flag_args in flags.values() for a in flag_args]
    args.append(expr)
    if len(flags) > 1:
        args.append(len(flags) - 1)
    args += [*filters.tags, top + len(filters.tags)]
    rows = query_index(conn, _disjunctive_sql(flags, len(filters.tags)), args)
    outlets: dict[str, int] = {}
    days: dict[str, int] = {}
    tags: list[tuple[str, int]] = []
    matches = 0
    for kind, key, day, n in rows:
        if kind == 0 and key is not None:
            outlets[key] = int(n)
        elif kind == 1 and day is not None:
            days[day] = int(n)
        elif kind == 2:
            tags.append((key, int(n)))
        elif kind == 3:
            matches = int(n)
    return _facets_result(outlets, days, tags, matches, top, filters), matches


def _unfiltered(conn: sqlite3.Connection, expr: str, top: int) -> tuple[Facets, int]:
    """``_facets`` without filters: the statement of ``_sql``."""
    rows = query_index(conn, _sql("", ""), [expr, top])
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
    return _facets_result(outlets, days, tags, total, top, Filters()), matches


def _facets_result(
    outlets: dict[str, int],
    days: dict[str, int],
    tags: list[tuple[str, int]],
    total: int,
    top: int,
    filters: Filters,
) -> Facets:
    """The top outlets and tags, largest first, each chosen one listed too (0 when nothing
    matches it within the other filters), so the reader sees and can remove it."""
    return Facets(
        total=total,
        outlets=_top(list(outlets.items()), top, filters.outlets),
        days=tuple(sorted(days.items())),
        tags=_top(tags, top, filters.tags),
    )


def _top(
    counts: list[tuple[str, int]], top: int, chosen: tuple[str, ...]
) -> tuple[tuple[str, int], ...]:
    by_count = sorted(counts, key=lambda kv: (-kv[1], kv[0]))
    shown = [kv for kv in by_count if kv[0] not in chosen][:top]
    have = dict(counts)
    shown += [(c, have.get(c, 0)) for c in dict.fromkeys(chosen)]
    return tuple(sorted(shown, key=lambda kv: (-kv[1], kv[0])))
