"""Ranked, filtered, paginated search over the store's FTS5 index.

Ranking is FTS5's BM25 with the headline columns weighted above the body (``WEIGHTS``); ties
(e.g. the same wire story in two outlets) go to the more recent article, so recency orders
equals and never outranks a better match.

``match="auto"`` (the default) returns the articles that match every word first; when they are
fewer than ``RELAX_BELOW``, articles matching only some of the words follow them, ranked the
same way (``SearchResults.relaxed`` counts those). A pasted headline thus still finds the same
story told in other words. ``"all"`` and ``"any"`` force one behaviour.

With ``group_copies`` (the default) each ranked article is followed by its verified copies in
other outlets that match the query too (``akhbar.search.copies``), so one dispatch's printings
are read together instead of scattered among other reports of the topic.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any, Literal

from akhbar.errors import QueryError
from akhbar.search.copies import follow_copies
from akhbar.search.hits import CopyLinks, hits
from akhbar.search.index import DOCS_TABLE, FTS_TABLE, index_algorithm, query_index, term_docs
from akhbar.search.matches import FirstMatches, MatchSet, read_matches
from akhbar.search.memo import SearchMemo
from akhbar.search.query import (
    Query,
    Term,
    headline_expression,
    match_expression,
    parse_query,
    ranked_expression,
    relaxed_expression,
)
from akhbar.search.results import Facets, Filters, Hit, SearchResults
from akhbar.search.snippet import Snippet, snippet
from akhbar.text import Algorithm

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
]

#: bm25 weights of (head, body, xhead, xbody)
WEIGHTS = (4.0, 1.0, 4.0, 1.0)
#: the SQL of an article's weighted BM25 (FTS5's is negative: lower is better)
BM25 = f"bm25({FTS_TABLE}, {', '.join(str(x) for x in WEIGHTS)})"
MAX_LIMIT = 100
MAX_OFFSET = 10_000
RELAX_BELOW = 10
#: above this many matches, rank among the headline matches first (see ``_ranked``); up to
#: it every match of the strict query is read in one pass (``akhbar.search.matches``)
TIER_ABOVE = 500
_TIE_SLACK = 10
#: from this many words up (a pasted headline), rank by BM25 over articles with any of them
LONG_QUERY = 4
#: at most this many of a long query's words are ranked: the rarest (most distinctive) ones
RANKED_TERMS = 8
#: a long query scores about this many articles with its rarest words (see ``_search_long``)
CANDIDATES = 6000
Match = Literal["auto", "all", "any"]


def _day(value: str | None, name: str) -> str | None:
    if value is None or value == "":
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise QueryError(f"{name} must be a date like 2015-07-31, not {value!r}") from None


def check_dates(filters: Filters) -> tuple[str | None, str | None]:
    """The filters' first and last day (ISO), checked: the one check of a date range, for
    every caller (``search``, ``facets``, the web app's parameters), so one message, naming
    no caller's own spelling of the two dates (``--from``, ``from``)."""
    lo, hi = _day(filters.date_from, "--from"), _day(filters.date_to, "--to")
    if lo and hi and lo > hi:
        raise QueryError(f"the start date {lo} is after the end date {hi}; swap them")
    return lo, hi


def _where(filters: Filters) -> tuple[str, str, list[Any]]:
    """(join, conditions, arguments) restricting the FTS matches to ``filters``.

    A join probes each match's row in the index's small ``search_docs`` table by rowid (the
    ``articles`` rows are large: probing them cost ~10 µs a match); ``CROSS JOIN`` keeps FTS5 as
    the outer loop (SQLite otherwise may run the full-text query once per filtered article).
    """
    conds: list[str] = []
    args: list[Any] = []
    if filters.outlets:
        conds.append(f"d.outlet IN ({','.join('?' * len(filters.outlets))})")
        args += list(filters.outlets)
    lo, hi = check_dates(filters)
    if lo:
        conds.append("d.day >= ?")
        args.append(lo)
    if hi:
        conds.append("d.day <= ?")
        args.append(hi)
    if filters.tags:
        marks = ",".join("?" * len(filters.tags))
        conds.append(f"d.rowid IN (SELECT article FROM article_tags WHERE tag IN ({marks}))")
        args += list(filters.tags)
    if not conds:
        return "", "", []
    join = f" CROSS JOIN {DOCS_TABLE} d ON d.rowid = {FTS_TABLE}.rowid"  # FTS5 first, always
    return join, "".join(f" AND {c}" for c in conds), args


def _check_page(limit: int, offset: int) -> None:
    if not 1 <= limit <= MAX_LIMIT:
        raise QueryError(f"limit must be between 1 and {MAX_LIMIT}, not {limit}")
    if not 0 <= offset <= MAX_OFFSET:
        raise QueryError(f"offset must be between 0 and {MAX_OFFSET}, not {offset}")


_run = query_index


def _count(conn: sqlite3.Connection, expr: str, where: tuple[str, str], args: list[Any]) -> int:
    rows = _run(
        conn,
        f"SELECT count(*) FROM {FTS_TABLE}{where[0]} WHERE {FTS_TABLE} MATCH ?{where[1]}",
        [expr, *args],
    )
    return int(rows[0][0])


def _ranked(
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
    if within is not None:  # score only these candidates (see ``_search_long``)
        conds += (
            f" AND +{FTS_TABLE}.rowid IN (SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ?)"
        )
        args = [*args, within]
    want = offset + limit + _TIE_SLACK
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
    ranked = sorted(rows, key=lambda r: r[0], reverse=True)
    ranked.sort(key=lambda r: r[2], reverse=True)
    ranked.sort(key=lambda r: r[1])
    return [(r[0], r[1]) for r in ranked[offset : offset + limit]]


def _top(
    conn: sqlite3.Connection, expr_args: list[Any], join: str, conds: str, args: list[Any], n: int
) -> list[tuple[Any, ...]]:
    """The ``n`` best (rowid, bm25, published or "") of the matches, in one statement: the
    published dates are looked up for those ``n`` rows only, after the ranking."""
    return _run(
        conn,
        f"SELECT t.r, t.score, coalesce(d.published, '') FROM ("
        f"SELECT {FTS_TABLE}.rowid AS r, {BM25} AS score FROM {FTS_TABLE}{join} "
        f"WHERE {FTS_TABLE} MATCH ?{conds} ORDER BY score LIMIT ?"
        f") t LEFT JOIN {DOCS_TABLE} d ON d.rowid = t.r",
        [*expr_args, *args, n],
    )


def _scores(
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
    rows = _run(
        conn,
        f"SELECT {FTS_TABLE}.rowid, {BM25} FROM {FTS_TABLE}{where[0]} "
        f"WHERE {FTS_TABLE} MATCH ? AND {FTS_TABLE}.rowid BETWEEN ? AND ?{where[1]} "
        f"AND +{FTS_TABLE}.rowid IN ({marks})",
        [expr, min(rowids), max(rowids), *args, *rowids],
    )
    return {r[0]: r[1] for r in rows}


def _with_copies(
    conn: sqlite3.Connection,
    ranked: list[tuple[int, float]],
    expr: str,
    where: tuple[str, str],
    args: list[Any],
    links: CopyLinks,
    *,
    first: FirstMatches | None = None,
) -> list[tuple[int, float]]:
    """``ranked`` (a prefix of the BM25 order) with each article's copies that match ``expr``
    moved up behind it; a copy keeps its own BM25 score. The copies among the ``first``
    matches read already (or known not to match from them) are not scored again."""
    copies = links.of([r for r, _ in ranked])
    if not copies:
        return ranked
    scores = dict(ranked)
    unseen = sorted({c for cs in copies.values() for c in cs} - scores.keys())
    if first is not None:
        known, unseen = first.split(unseen)
        scores.update(known)
    for k in range(0, len(unseen), 500):
        scores.update(_scores(conn, expr, where, args, unseen[k : k + 500]))
    order = follow_copies([r for r, _ in ranked], copies, matching=scores)
    return [(r, scores[r]) for r in order]


def _page(
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
    """One page of ``_ranked``; grouping copies (``links``) ranked from the top so that
    copies pulled up from later pages (``_with_copies``) land where they belong (scored from
    the ``first`` matches of ``expr`` when they were read)."""
    if links is None:
        return _ranked(conn, expr, where, args, limit, offset, **ranking)
    prefix = _ranked(conn, expr, where, args, offset + limit, 0, **ranking)
    grouped = _with_copies(conn, prefix, expr, where, args, links, first=first)
    return grouped[offset : offset + limit]


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
    _check_page(limit, offset)
    request = _request(
        conn, query, filters, memo=memo, snippets=snippets, group_copies=group_copies
    )
    return _search(request, limit, offset, match=match)


def _request(
    conn: sqlite3.Connection,
    query: str,
    filters: Filters,
    *,
    memo: SearchMemo | None,
    snippets: bool,
    group_copies: bool,
) -> _Request:
    """One search's ``_Request``: the query parsed with the index's stemmer, the filters as
    SQL (checked), a fresh memo unless the caller keeps one."""
    algorithm = index_algorithm(conn)
    parsed = parse_query(query, algorithm=algorithm)  # (its errors before the filters')
    join, conds, args = _where(filters)
    return _Request(
        conn=conn, query=parsed, where=(join, conds), args=args, algorithm=algorithm,
        memo=SearchMemo() if memo is None else memo, snippets=snippets,
        links=CopyLinks(conn), group_copies=group_copies, read={},
    )  # fmt: skip


@dataclass(frozen=True, kw_only=True)
class _Request:
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
    #: expression -> its matches read so far (the first ones only: more than ``TIER_ABOVE``)
    read: dict[str, MatchSet | FirstMatches]

    def matches(self, expr: str) -> MatchSet | None:
        """Every match of ``expr`` within the filters when they are at most ``TIER_ABOVE``
        (read once per search: count, ranking, copies and facets are answered from them)."""
        if expr not in self.read:
            self.read[expr] = read_matches(
                self.conn, BM25, expr, self.where, self.args, few=TIER_ABOVE
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
        )  # fmt: skip
        return tuple(found)


def _search(
    req: _Request, limit: int, offset: int, *, match: Match, n_strict: int | None = None
) -> SearchResults:
    """``search`` of a parsed request; ``n_strict``: the count of the articles that match
    every clause within the filters, when the caller has it already (``facets``)."""
    conn, parsed, where, args = req.conn, req.query, req.where, req.args
    head = headline_expression(parsed)
    if match == "any":
        expr = match_expression(parsed, mode="any")
        total = _count(conn, expr, where, args)
        page = _page(
            conn, expr, where, args, limit, offset,
            links=req.grouping, total=total, headline_expr=head,
        )  # fmt: skip
        ranked = [(r, s, False) for r, s in page]
        return SearchResults(
            query=parsed.text,
            total=total,
            hits=req.hits(ranked),
            offset=offset,
            common_phrase=parsed.common_phrase,
        )
    strict = match_expression(parsed, mode="all")
    if match == "auto" and _is_long(parsed):
        return _search_long(req, strict, limit, offset)
    found = req.matches(strict)
    if n_strict is None:
        n_strict = len(found) if found is not None else _count(conn, strict, where, args)
    rows: list[tuple[int, float, bool]] = []
    if offset < n_strict:
        if found is not None:
            page = found.page(limit, offset, links=req.grouping)
        else:
            page = _page(
                conn, strict, where, args, limit, offset, links=req.grouping,
                first=req.first(strict), total=n_strict, headline_expr=head,
            )  # fmt: skip
        rows = [(r, s, True) for r, s in page]
    relaxed_expr = relaxed_expression(parsed)
    n_relaxed = 0
    if match == "auto" and relaxed_expr is not None and n_strict < RELAX_BELOW:
        n_relaxed = _count(conn, relaxed_expr, where, args)
        room = limit - len(rows)
        if room > 0 and n_relaxed:
            start = max(0, offset - n_strict)
            page = _page(
                conn, relaxed_expr, where, args, room, start,
                links=req.grouping, total=n_relaxed, headline_expr=head,
            )  # fmt: skip
            rows += [(r, s, False) for r, s in page]
    return SearchResults(
        query=parsed.text,
        total=n_strict + n_relaxed,
        hits=req.hits(rows),
        offset=offset,
        relaxed=n_relaxed,
        common_phrase=parsed.common_phrase,
    )


def _is_long(query: Query) -> bool:
    return len(query.clauses) >= LONG_QUERY and all(len(c) == 1 for c in query.clauses)


def _frequencies(
    conn: sqlite3.Connection, terms: tuple[Term, ...], memo: SearchMemo
) -> dict[Term, int]:
    """How many articles have each term (by its first stem, in the larger of head and body)."""
    df = term_docs(conn, [t.stems[0] for t in terms], memo=memo)
    return {t: max(df[t.stems[0]].get("head", 0), df[t.stems[0]].get("body", 0)) for t in terms}


def _rarest(terms: tuple[Term, ...], df: dict[Term, int], keep: int) -> tuple[Term, ...]:
    """The ``keep`` terms in the fewest articles (query order kept): the ones that identify."""
    if len(terms) <= keep:
        return terms
    # dropping the common words instead (in > 1-3% of articles) measured MRR -0.06..-0.08
    order = sorted(range(len(terms)), key=lambda k: (df[terms[k]], k))
    chosen = set(order[:keep])
    return tuple(t for k, t in enumerate(terms) if k in chosen)


def _candidates(terms: tuple[Term, ...], df: dict[Term, int], budget: int) -> str | None:
    """An FTS5 expression for the articles with any of the rarest ``terms`` (together in about
    ``budget`` articles at most, the rarest always), or None when that is every term."""
    order = sorted(terms, key=lambda t: df[t])
    chosen: list[Term] = []
    size = 0
    for t in order:
        if chosen and size + df[t] > budget:
            break
        chosen.append(t)
        size += df[t]
    if len(chosen) == len(terms):
        return None
    return " OR ".join(f"({t.fts()})" for t in chosen)


def _search_long(req: _Request, strict: str, limit: int, offset: int) -> SearchResults:
    """A long query (a pasted headline): one BM25 ranking over the articles with any of its
    rarest words, each word scored by stem and again by exact form. Measured on SaudiNewsNet
    (benchmarks/search_quality.py) this finds the other outlets' copies of a story better than
    ranking the articles with every word first: a rewritten headline rarely keeps every word.

    FTS5 scores every article it is asked to rank (~2 µs each; a headline's common words are
    in thousands), so only the articles with one of the rarest words (``CANDIDATES`` of them
    about) are scored, still by all the ranked words. An article with none of those words
    would need the common ones alone to outscore them; when the candidates cannot fill the
    page, every match is ranked.
    """
    conn, parsed, where, args, group_copies = req.conn, req.query, req.where, req.args, req.grouping
    df = _frequencies(conn, parsed.terms, req.memo)
    kept = _rarest(parsed.terms, df, RANKED_TERMS)
    expr = ranked_expression(parsed, kept)
    strict_ids = {r[0] for r in _run(conn, *_rowids(strict, where, args))}
    # counted by stem alone: a word's exact form is only ever where its stem is (half the phrases)
    any_kept = match_expression(replace(parsed, clauses=tuple((t,) for t in kept)), mode="any")
    total = max(_count(conn, any_kept, where, args), len(strict_ids))
    want = offset + limit + _TIE_SLACK
    within = _candidates(kept, df, max(CANDIDATES, 10 * want))
    top = offset + limit if group_copies is not None else limit
    start = 0 if group_copies is not None else offset
    page = _ranked(conn, expr, where, args, top, start, total=0, headline_expr="", within=within)
    if within is not None and len(page) < min(top, total - start):
        page = _ranked(conn, expr, where, args, top, start, total=0, headline_expr="")
    if group_copies is not None:
        page = _with_copies(conn, page, expr, where, args, group_copies)[offset : offset + limit]
    ranked = [(r, s, r in strict_ids) for r, s in page]
    return SearchResults(
        query=parsed.text,
        total=total,
        hits=req.hits(ranked),
        offset=offset,
        relaxed=total - len(strict_ids),
    )


def _rowids(expr: str, where: tuple[str, str], args: list[Any]) -> tuple[str, list[Any]]:
    sql = f"SELECT {FTS_TABLE}.rowid FROM {FTS_TABLE}{where[0]} WHERE {FTS_TABLE} MATCH ?{where[1]}"
    return sql, [expr, *args]


def snippet_of(
    text: str, query: str, *, algorithm: str = "light", memo: SearchMemo | None = None
) -> Snippet:
    """The best snippet of ``text`` for ``query`` (for callers that hold the text already)."""
    parsed = parse_query(query, algorithm=algorithm)  # type: ignore[arg-type]
    return snippet(text, parsed.terms, algorithm=algorithm, memo=memo)  # type: ignore[arg-type]
