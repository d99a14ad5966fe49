"""Every match of one MATCH expression within the filters, read in one pass when they are few.

A search page asks FTS5 several questions of the same expression: how many articles match, the
top of their BM25 order, the BM25 of the copies that ranking pulls up, and the facet counts.
Asked apart, each decodes the query's posting lists again (~0.3-0.5 ms for two headline words
over SaudiNewsNet) and the ranking and the copies score the matches again. Most queries match
few articles (two words of a headline: median 37, 9 in 10 at most ``FEW``), so one statement
reads every match with its BM25, published date, outlet and day, and the questions are answered
from it in Python: the count, the whole ranking (the order ``ranking.ranked`` gives when it
scores every match), the copies' scores and the facets by outlet and day.

FTS5 streams matches in rowid order, so the statement stops at ``few + 1`` rows when there
are more: the caller then asks FTS5 each question apart, as before (the request passes
``ranking.TIER_ABOVE``: its headline tier only applies above that, so the ranking is the
same either way). The rows read are kept (``FirstMatches``): every match up to the last rowid read is among
them, so the copies the ranking pulls up are mostly scored from them, not by another pass.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from functools import partial
from itertools import islice
from operator import itemgetter, lt
from typing import Any, NamedTuple

from akhbar.search.copies import follow_copies
from akhbar.search.hits import CopyLinks
from akhbar.search.index import DOCS_TABLE, FTS_TABLE, query_index

__all__ = ["FirstMatches", "Match", "MatchSet", "read_matches"]

_ROWID, _SCORE, _PUBLISHED = itemgetter(0), itemgetter(1), itemgetter(2)
_ROWID_SCORE = itemgetter(0, 1)


class Match(NamedTuple):
    """One matching article: its FTS5 BM25 (negative, lower is better) and its index row.

    A named tuple, not a dataclass: a query reads up to ``few`` of them (126 on average for
    two headline words), and a frozen dataclass cost ~1.5 µs each to make, a tuple ~0.2."""

    rowid: int
    score: float
    published: str  # "" when unknown (sorts last among ties)
    outlet: str | None
    day: str | None
    #: whether the index holds its ``search_docs`` row (the facets count those only); as
    #: SQLite gives it, 1 or 0
    indexed: bool | int


#: a statement's row as a ``Match``, made in C (``Match._make`` runs a Python frame a row)
_as_match = partial(tuple.__new__, Match)


class MatchSet:
    """The matches of one expression within the filters: the count, the BM25 order
    (recency breaking exact ties, then the higher rowid), the scores by rowid."""

    __slots__ = ("matches", "ranked", "scores")

    def __init__(self, matches: Sequence[Match]) -> None:
        self.matches = tuple(matches)
        scores = list(map(_SCORE, self.matches))
        self.scores = dict(zip(map(_ROWID, self.matches), scores, strict=True))
        if len(set(scores)) == len(scores):
            # no two scores are equal (most queries): no tie for recency or rowid to break
            order = sorted(self.matches, key=_SCORE)
        else:
            # stable sorts, least significant key first: what ``ranking.ranked`` sorts by
            order = sorted(self.matches, key=_ROWID, reverse=True)
            order.sort(key=_PUBLISHED, reverse=True)
            order.sort(key=_SCORE)
        self.ranked = tuple(map(_ROWID_SCORE, order))

    def __len__(self) -> int:
        return len(self.matches)

    def page(self, limit: int, offset: int, *, links: CopyLinks | None) -> list[tuple[int, float]]:
        """One page of (rowid, bm25): ``ranking.page`` answered from the matches. With
        ``links`` each article is followed by its copies that match too (every match is at
        hand, so their scores are too)."""
        if links is None:
            return list(self.ranked[offset : offset + limit])
        prefix = [r for r, _ in self.ranked[: offset + limit]]
        copies = links.of(prefix)
        order = follow_copies(prefix, copies, matching=self.scores) if copies else prefix
        return [(r, self.scores[r]) for r in order[offset : offset + limit]]


class FirstMatches:
    """The first matches, in rowid order, of an expression with more than were read: their
    BM25 by rowid, and the last rowid read (every match up to it is among them)."""

    __slots__ = ("last", "scores")

    def __init__(self, rows: Sequence[tuple[Any, ...]]) -> None:
        self.scores: dict[int, float] = dict(map(_ROWID_SCORE, rows))
        rowids = list(map(_ROWID, rows))
        # FTS5 gives a MATCH's rows in rowid order; were they not, nothing is inferred past
        # the rows themselves
        ascending = all(map(lt, rowids, islice(rowids, 1, None)))
        self.last: int = rowids[-1] if rowids and ascending else -1

    def split(self, rowids: Sequence[int]) -> tuple[dict[int, float], list[int]]:
        """(BM25 of those of ``rowids`` that were read, those past the last rowid read): the
        others up to it do not match."""
        scores = self.scores
        known = {r: scores[r] for r in rowids if r in scores}
        return known, [r for r in rowids if r > self.last and r not in scores]


def read_matches(
    conn: sqlite3.Connection,
    bm25: str,
    expr: str,
    where: tuple[str, str],
    args: list[Any],
    *,
    few: int,
) -> MatchSet | FirstMatches:
    """Every match of ``expr`` within the filters (``where``, ``args`` as ``conditions.where``
    gives them) with its ``bm25`` (the SQL of the score), or the first ``few + 1`` of them
    when there are more than ``few``."""
    join, conds = where
    if not join:  # no filter: the index rows are only read, a missing one leaves NULLs
        join = f" LEFT JOIN {DOCS_TABLE} d ON d.rowid = {FTS_TABLE}.rowid"
    rows = query_index(
        conn,
        f"SELECT {FTS_TABLE}.rowid, {bm25}, coalesce(d.published, ''), d.outlet, d.day, "
        f"d.rowid IS NOT NULL FROM {FTS_TABLE}{join} WHERE {FTS_TABLE} MATCH ?{conds} LIMIT ?",
        [expr, *args, few + 1],
    )
    if len(rows) > few:
        return FirstMatches(rows)
    return MatchSet(list(map(_as_match, rows)))
