"""The ranking statements of a search: counts, pages of the BM25 order, scores of given rows.

Each function asks FTS5 one question of one MATCH expression within the filters (``where``,
``args`` as ``conditions.where`` gives them). Ranking is FTS5's BM25 with the headline columns
weighted above the body (``WEIGHTS``); ties (e.g. the same wire story in two outlets) go to
the more recent article, so recency orders equals and never outranks a better match.
``with_copies`` and ``page`` move each ranked article's matching copies up behind it
(``akhbar.search.copies``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any

from akhbar.search.copies import follow_copies
from akhbar.search.hits import CopyLinks
from akhbar.search.index import DOCS_TABLE, FTS_TABLE, query_index
from akhbar.search.matches import FirstMatches

__all__ = [
    "BM25",
    "TIER_ABOVE",
    "TIE_SLACK",
    "WEIGHTS",
    "count",
    "page",
    "ranked",
    "rowids",
    "scores",
    "with_copies",
]

#: bm25 weights of (head, body, xhead, xbody)
WEIGHTS = (4.0, 1.0, 4.0, 1.0)
#: the SQL of an article's weighted BM25 (FTS5's is negative: lower is better)
BM25 = f"bm25({FTS_TABLE}, {', '.join(str(x) for x in WEIGHTS)})"
#: above this many matches, rank among the headline matches first (see ``ranked``); up to
#: it every match of the strict query is read in one pass (``akhbar.search.matches``; the
#: request reads this name here, at each search, so one setting changes both)
TIER_ABOVE = 500
#: rows ranked past the page, so that exact ties at its end are ordered by recency
TIE_SLACK = 10


def count(conn: sqlite3.Connection, expr: str, where: tuple[str, str], args: list[Any]) -> int:
    """How many articles match ``expr`` within the filters."""
    rows = query_index(
        conn,
        f"SELECT count(*) FROM {FTS_TABLE}{where[0]} WHERE {FTS_TABLE} MATCH ?{where[1]}",
        [expr, *args],
    )
    return int(rows[0][0])


def ranked(
    conn: sqlite3.Connection,
    expr: str,
    where: tuple[str, str],
    args: list[Any],
    limit: int,
    offset: int,
    *,
    total: int,
    headline_expr: str,
    within: str | None = None,
) -> list[tuple[int, float]]:
    """One page of (rowid, bm25) for ``expr``, best first, recency breaking exact ties.

    FTS5 scores every match before it can sort (~4 µs each, more for long articles), so a word
    in 9,000 articles costs ~40 ms. Above ``TIER_ABOVE`` matches, when the matches with a query
    word in their headline fill the page, the page is ranked among those only (a headline-first
    tier, in BM25 order). This is an approximation of the full BM25 order, taken for speed:
    FTS5's BM25 adds the headline's weighted count to the body's before saturating and
    normalizes by the whole article's length, so a short article repeating the word in its
    body can outscore a long one with the word in its headline; the tier shows the latter.
    """
    join, conds = where
    expr_args = [expr]
    if within is not None:  # score only these candidates (see ``long_query.search_long``)
        conds += (
            f" AND +{FTS_TABLE}.rowid IN (SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ?)"
        )
        args = [*args, within]
    want = offset + limit + TIE_SLACK
    rows = None
    if total > TIER_ABOVE:
        tier = (
            f" AND +{FTS_TABLE}.rowid IN (SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ?)"
        )
        # the tier's own ranking says whether it fills the page: it returns ``want`` rows, or
        # all of the tier when that is fewer (no count of the tier first: one pass, not two)
        rows = _top(conn, expr_args, join, conds + tier, [*args, headline_expr], want)
        if len(rows) < offset + limit:
            rows = None
    if rows is None:
        rows = _top(conn, expr_args, join, conds, args, want)
    # recency breaks ties only (the same wire story in several outlets scores the same)
    order = sorted(rows, key=lambda r: r[0], reverse=True)
    order.sort(key=lambda r: r[2], reverse=True)
    order.sort(key=lambda r: r[1])
    return [(r[0], r[1]) for r in order[offset : offset + limit]]


def _top(
    conn: sqlite3.Connection, expr_args: list[Any], join: str, conds: str, args: list[Any], n: int
) -> list[tuple[Any, ...]]:
    """The ``n`` best (rowid, bm25, published or "") of the matches, in one statement: the
    published dates are looked up for those ``n`` rows only, after the ranking."""
    return query_index(
        conn,
        f"SELECT t.r, t.score, coalesce(d.published, '') FROM ("
        f"SELECT {FTS_TABLE}.rowid AS r, {BM25} AS score FROM {FTS_TABLE}{join} "
        f"WHERE {FTS_TABLE} MATCH ?{conds} ORDER BY score LIMIT ?"
        f") t LEFT JOIN {DOCS_TABLE} d ON d.rowid = t.r",
        [*expr_args, *args, n],
    )


def scores(
    conn: sqlite3.Connection,
    expr: str,
    where: tuple[str, str],
    args: list[Any],
    rowids: Sequence[int],
) -> dict[int, float]:
    """BM25 of those of ``rowids`` that match ``expr`` within the filters (others left out).

    FTS5 decodes the matches from the lowest of ``rowids`` to the highest only (a rowid range
    is a seek in its posting lists; the list itself, ``+``, is tested per match)."""
    marks = ",".join("?" * len(rowids))
    rows = query_index(
        conn,
        f"SELECT {FTS_TABLE}.rowid, {BM25} FROM {FTS_TABLE}{where[0]} "
        f"WHERE {FTS_TABLE} MATCH ? AND {FTS_TABLE}.rowid BETWEEN ? AND ?{where[1]} "
        f"AND +{FTS_TABLE}.rowid IN ({marks})",
        [expr, min(rowids), max(rowids), *args, *rowids],
    )
    return {r[0]: r[1] for r in rows}


def with_copies(
    conn: sqlite3.Connection,
    ranking: list[tuple[int, float]],
    expr: str,
    where: tuple[str, str],
    args: list[Any],
    links: CopyLinks,
    *,
    first: FirstMatches | None = None,
) -> list[tuple[int, float]]:
    """``ranking`` (a prefix of the BM25 order) with each article's copies that match ``expr``
    moved up behind it; a copy keeps its own BM25 score. The copies among the ``first``
    matches read already (or known not to match from them) are not scored again."""
    copies = links.of([r for r, _ in ranking])
    if not copies:
        return ranking
    scored = dict(ranking)
    unseen = sorted({c for cs in copies.values() for c in cs} - scored.keys())
    if first is not None:
        known, unseen = first.split(unseen)
        scored.update(known)
    for k in range(0, len(unseen), 500):
        scored.update(scores(conn, expr, where, args, unseen[k : k + 500]))
    order = follow_copies([r for r, _ in ranking], copies, matching=scored)
    return [(r, scored[r]) for r in order]


def page(
    conn: sqlite3.Connection,
    expr: str,
    where: tuple[str, str],
    args: list[Any],
    limit: int,
    offset: int,
    *,
    links: CopyLinks | None,
    first: FirstMatches | None = None,
    **ranking: Any,
) -> list[tuple[int, float]]:
    """One page of ``ranked``; grouping copies (``links``) ranked from the top so that
    copies pulled up from later pages (``with_copies``) land where they belong (scored from
    the ``first`` matches of ``expr`` when they were read)."""
    if links is None:
        return ranked(conn, expr, where, args, limit, offset, **ranking)
    prefix = ranked(conn, expr, where, args, offset + limit, 0, **ranking)
    grouped = with_copies(conn, prefix, expr, where, args, links, first=first)
    return grouped[offset : offset + limit]


def rowids(expr: str, where: tuple[str, str], args: list[Any]) -> tuple[str, list[Any]]:
    """The statement and arguments of the rowids matching ``expr`` within the filters."""
    sql = f"SELECT {FTS_TABLE}.rowid FROM {FTS_TABLE}{where[0]} WHERE {FTS_TABLE} MATCH ?{where[1]}"
    return sql, [expr, *args]
