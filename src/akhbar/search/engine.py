"""Ranked, filtered, paginated search over the store's FTS5 index.

Ranking is FTS5's BM25 with the headline columns weighted above the body (``WEIGHTS``); ties
(e.g. the same wire story in two outlets) go to the more recent article, so recency orders
equals and never outranks a better match.

``match="auto"`` (the default) returns the articles that match every word first; when they are
fewer than ``RELAX_BELOW``, articles matching only some of the words follow them, ranked the
same way (``SearchResults.relaxed`` counts those). A pasted headline thus still finds the same
story told in other words (``akhbar.search.long_query``). ``"all"`` and ``"any"`` force one
behaviour.

With ``group_copies`` (the default) each ranked article is followed by its verified copies in
other outlets that match the query too (``akhbar.search.copies``), so one dispatch's printings
are read together instead of scattered among other reports of the topic.

The steps live apart: the filters as SQL and the checks (``conditions``), one search's shared
lookups (``request``), the ranking statements (``ranking``), long queries (``long_query``).
"""

from __future__ import annotations

import sqlite3
from typing import Literal

from akhbar.search.conditions import MAX_LIMIT, MAX_OFFSET, check_dates, check_page
from akhbar.search.long_query import is_long, search_long
from akhbar.search.memo import SearchMemo
from akhbar.search.query import (
    headline_expression,
    match_expression,
    parse_query,
    relaxed_expression,
)
from akhbar.search.ranking import BM25, WEIGHTS, count, page
from akhbar.search.request import Request, make_request
from akhbar.search.results import Facets, Filters, Hit, SearchResults
from akhbar.search.snippet import Snippet, snippet

__all__ = [
    "BM25",
    "MAX_LIMIT",
    "MAX_OFFSET",
    "RELAX_BELOW",
    "WEIGHTS",
    "Facets",
    "Filters",
    "Hit",
    "SearchResults",
    "check_dates",
    "search",
    "search_request",
]

RELAX_BELOW = 10
Match = Literal["auto", "all", "any"]


def search(
    conn: sqlite3.Connection,
    query: str,
    *,
    filters: Filters = Filters(),
    limit: int = 10,
    offset: int = 0,
    match: Match = "auto",
    snippets: bool = True,
    memo: SearchMemo | None = None,
    group_copies: bool = True,
) -> SearchResults:
    """Search the store; raises ``QueryError`` (message for the user) on unusable input.

    ``limit`` 1..100, ``offset`` 0..10,000. See the module docstring for ``match``.
    ``snippets=False`` skips snippets and highlights (ids and scores only: benchmarks, APIs).
    ``memo``: what a run of queries may remember between them (term counts, word analyses;
    see ``SearchMemo``); the results are the same without one, each call then starts afresh.
    ``group_copies``: each article followed by its matching copies (module docstring);
    ``False`` gives the plain BM25 order.
    """
    check_page(limit, offset)
    request = make_request(
        conn, query, filters, memo=memo, snippets=snippets, group_copies=group_copies
    )
    return search_request(request, limit, offset, match=match)


def search_request(
    req: Request, limit: int, offset: int, *, match: Match, n_strict: int | None = None
) -> SearchResults:
    """``search`` of a parsed request; ``n_strict``: the count of the articles that match
    every clause within the filters, when the caller has it already (``facets``)."""
    conn, parsed, where, args = req.conn, req.query, req.where, req.args
    head = headline_expression(parsed)
    if match == "any":
        expr = match_expression(parsed, mode="any")
        total = count(conn, expr, where, args)
        found = page(
            conn, expr, where, args, limit, offset,
            links=req.grouping, total=total, headline_expr=head,
        )  # fmt: skip
        ranked = [(r, s, False) for r, s in found]
        return SearchResults(
            query=parsed.text,
            total=total,
            hits=req.hits(ranked),
            offset=offset,
            common_phrase=parsed.common_phrase,
        )
    strict = match_expression(parsed, mode="all")
    if match == "auto" and is_long(parsed):
        return search_long(req, strict, limit, offset)
    matches = req.matches(strict)
    if n_strict is None:
        n_strict = len(matches) if matches is not None else count(conn, strict, where, args)
    rows: list[tuple[int, float, bool]] = []
    if offset < n_strict:
        if matches is not None:
            found = matches.page(limit, offset, links=req.grouping)
        else:
            found = page(
                conn, strict, where, args, limit, offset, links=req.grouping,
                first=req.first(strict), total=n_strict, headline_expr=head,
            )  # fmt: skip
        rows = [(r, s, True) for r, s in found]
    relaxed_expr = relaxed_expression(parsed)
    n_relaxed = 0
    if match == "auto" and relaxed_expr is not None and n_strict < RELAX_BELOW:
        n_relaxed = count(conn, relaxed_expr, where, args)
        room = limit - len(rows)
        if room > 0 and n_relaxed:
            start = max(0, offset - n_strict)
            found = page(
                conn, relaxed_expr, where, args, room, start,
                links=req.grouping, total=n_relaxed, headline_expr=head,
            )  # fmt: skip
            rows += [(r, s, False) for r, s in found]
    return SearchResults(
        query=parsed.text,
        total=n_strict + n_relaxed,
        hits=req.hits(rows),
        offset=offset,
        relaxed=n_relaxed,
        common_phrase=parsed.common_phrase,
    )


def snippet_of(
    text: str, query: str, *, algorithm: str = "light", memo: SearchMemo | None = None
) -> Snippet:
    """The best snippet of ``text`` for ``query`` (for callers that hold the text already)."""
    parsed = parse_query(query, algorithm=algorithm)  # type: ignore[arg-type]
    return snippet(text, parsed.terms, algorithm=algorithm, memo=memo)  # type: ignore[arg-type]
