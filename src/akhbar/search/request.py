"""One search's request: the parsed query, its filters as SQL and the lookups its steps share.

A search page asks several questions of the same query (the count, the ranking, the copies'
scores, the facets); the ``Request`` carries what they all read, so the query is parsed once,
its strict matches are read once (``matches``) and each article's copies are looked up once.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

from akhbar.search import ranking
from akhbar.search.conditions import where
from akhbar.search.hits import CopyLinks, hits
from akhbar.search.index import index_algorithm
from akhbar.search.matches import FirstMatches, MatchSet, read_matches
from akhbar.search.memo import SearchMemo
from akhbar.search.query import Query, parse_query
from akhbar.search.results import Filters, Hit
from akhbar.text import Algorithm

__all__ = ["Request", "make_request"]


def make_request(
    conn: sqlite3.Connection,
    query: str,
    filters: Filters,
    *,
    memo: SearchMemo | None,
    snippets: bool,
    group_copies: bool,
    copy_snippets: bool = True,
) -> Request:
    """One search's ``Request``: the query parsed with the index's stemmer, the filters as
    SQL (checked), a fresh memo unless the caller keeps one. ``copy_snippets=False``: a copy
    following its article gets its headline marked but no body snippet (a page that shows
    copies as a headline line under their article never prints it)."""
    algorithm = index_algorithm(conn)
    parsed = parse_query(query, algorithm=algorithm)  # (its errors before the filters')
    join, conds, args = where(filters)
    return Request(
        conn=conn, query=parsed, where=(join, conds), args=args, algorithm=algorithm,
        memo=SearchMemo() if memo is None else memo, snippets=snippets,
        links=CopyLinks(conn), group_copies=group_copies, copy_snippets=copy_snippets, read={},
    )  # fmt: skip


@dataclass(frozen=True, kw_only=True)
class Request:
    """What every step of one search reads: the parsed query, its filters as SQL, and the
    lookups it shares (the stemmer, the memo, the copies looked up so far)."""

    conn: sqlite3.Connection
    query: Query
    where: tuple[str, str]
    args: list[Any]
    algorithm: Algorithm
    memo: SearchMemo
    snippets: bool
    links: CopyLinks
    group_copies: bool
    #: whether a copy following its article gets a body snippet (``make_request``)
    copy_snippets: bool
    #: expression -> its matches read so far (the first ones only: more than ``TIER_ABOVE``)
    read: dict[str, MatchSet | FirstMatches]

    def matches(self, expr: str) -> MatchSet | None:
        """Every match of ``expr`` within the filters when they are at most
        ``ranking.TIER_ABOVE`` (read once per search: count, ranking, copies and facets are
        answered from them)."""
        if expr not in self.read:
            self.read[expr] = read_matches(
                self.conn, ranking.BM25, expr, self.where, self.args, few=ranking.TIER_ABOVE
            )
        found = self.read[expr]
        return found if isinstance(found, MatchSet) else None

    def first(self, expr: str) -> FirstMatches | None:
        """The first matches ``matches`` read of ``expr`` when it had more than ``TIER_ABOVE``
        (they score the copies the ranking pulls up)."""
        found = self.read.get(expr)
        return found if isinstance(found, FirstMatches) else None

    @property
    def grouping(self) -> CopyLinks | None:
        return self.links if self.group_copies else None

    def hits(self, ranked: list[tuple[int, float, bool]]) -> tuple[Hit, ...]:
        found = hits(
            self.conn, ranked, self.query, algorithm=self.algorithm,
            snippets=self.snippets, memo=self.memo, links=self.links,
            copy_snippets=self.copy_snippets,
        )  # fmt: skip
        return tuple(found)
