"""Long queries (a pasted headline): one BM25 ranking over the articles with any of the
rarest words, instead of the articles with every word first.

Measured on SaudiNewsNet (benchmarks/search_quality.py) this finds the other outlets' copies
of a story better: a rewritten headline rarely keeps every word.
"""

from __future__ import annotations

import sqlite3
from dataclasses import replace

from akhbar.search.index import query_index, term_docs
from akhbar.search.memo import SearchMemo
from akhbar.search.query import Query, Term, match_expression, ranked_expression
from akhbar.search.ranking import TIE_SLACK, count, ranked, rowids, with_copies
from akhbar.search.request import Request
from akhbar.search.results import SearchResults

__all__ = ["CANDIDATES", "LONG_QUERY", "RANKED_TERMS", "is_long", "search_long"]

#: from this many words up (a pasted headline), rank by BM25 over articles with any of them
LONG_QUERY = 4
#: at most this many of a long query's words are ranked: the rarest (most distinctive) ones
RANKED_TERMS = 8
#: a long query scores about this many articles with its rarest words (see ``search_long``)
CANDIDATES = 6000


def is_long(query: Query) -> bool:
    """Whether ``query`` is ranked as a pasted headline: ``LONG_QUERY`` single words or more."""
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


def search_long(req: Request, strict: str, limit: int, offset: int) -> SearchResults:
    """A long query (a pasted headline): one BM25 ranking over the articles with any of its
    rarest words, each word scored by stem and again by exact form.

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
    strict_ids = {r[0] for r in query_index(conn, *rowids(strict, where, args))}
    # counted by stem alone: a word's exact form is only ever where its stem is (half the phrases)
    any_kept = match_expression(replace(parsed, clauses=tuple((t,) for t in kept)), mode="any")
    total = max(count(conn, any_kept, where, args), len(strict_ids))
    want = offset + limit + TIE_SLACK
    within = _candidates(kept, df, max(CANDIDATES, 10 * want))
    top = offset + limit if group_copies is not None else limit
    start = 0 if group_copies is not None else offset
    page = ranked(conn, expr, where, args, top, start, total=0, headline_expr="", within=within)
    if within is not None and len(page) < min(top, total - start):
        page = ranked(conn, expr, where, args, top, start, total=0, headline_expr="")
    if group_copies is not None:
        page = with_copies(conn, page, expr, where, args, group_copies)[offset : offset + limit]
    found = [(r, s, r in strict_ids) for r, s in page]
    return SearchResults(
        query=parsed.text,
        total=total,
        hits=req.hits(found),
        offset=offset,
        relaxed=total - len(strict_ids),
    )
