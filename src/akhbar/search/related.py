"""Related articles: what a page's ``إقرأ أيضاً`` should have listed.

The seed's headline and lead are analyzed; their most distinctive stems (term frequency, the
headline counted double, times inverse document frequency from the index's own vocabulary)
become an OR query ranked by BM25. The seed itself, the articles of its ``duplicate_group``
and any other copy of the same text (word 4-shingle Jaccard ≥ ``DUPLICATE_JACCARD`` or
containment ≥ ``DUPLICATE_CONTAINMENT``) are left out: a reader wants other stories, not the
same wire story from another outlet.
"""

from __future__ import annotations

import math
import sqlite3
from collections import Counter

from akhbar.errors import QueryError
from akhbar.search.engine import BM25, Hit
from akhbar.search.index import DOCS_TABLE, FTS_TABLE, index_algorithm, term_docs
from akhbar.search.memo import SearchMemo
from akhbar.store.queries import WITH_GROUPS
from akhbar.text import is_stopword, normalize, search_terms, tokens

__all__ = ["DUPLICATE_CONTAINMENT", "DUPLICATE_JACCARD", "related"]

DUPLICATE_JACCARD = 0.5
DUPLICATE_CONTAINMENT = 0.8
_LEAD_WORDS = 120
_QUERY_TERMS = 8  # 14 measured ~1.5x slower (each term's postings are scored)
_SNIPPET_WORDS = 30


def _shingles(text: str, size: int = 4) -> frozenset[int]:
    words = tokens(normalize(text, for_search=True), punctuation=False)
    return frozenset(hash(tuple(words[i : i + size])) for i in range(len(words) - size + 1))


def _near_duplicate(a: frozenset[int], b: frozenset[int]) -> bool:
    if not a or not b:
        return False
    inter = len(a & b)
    return (
        inter / len(a | b) >= DUPLICATE_JACCARD
        or inter / min(len(a), len(b)) >= DUPLICATE_CONTAINMENT
    )


def _lead(body: str, words: int) -> str:
    parts = body.split()
    return " ".join(parts[:words])


def _distinctive(
    conn: sqlite3.Connection, headline: str, body: str, algorithm: str, memo: SearchMemo | None
) -> list[str]:
    counts: Counter[str] = Counter()
    for weight, text in ((2, headline), (1, _lead(body, _LEAD_WORDS))):
        for s in search_terms(text, algorithm=algorithm, drop_stopwords=True):  # type: ignore[arg-type]
            if len(s) > 1 and not s.isdigit() and not is_stopword(s):
                counts[s] += weight
    if not counts:
        return []
    # the largest rowid stands in for the article count (an O(1) lookup, not a 31k-row scan)
    total = max(1, int(conn.execute(f"SELECT max(rowid) FROM {DOCS_TABLE}").fetchone()[0] or 1))
    df = {t: cols.get("body", 0) for t, cols in term_docs(conn, counts, memo=memo).items()}
    scored = []
    for term, tf in counts.items():
        d = df.get(term, 0)
        if d < 2:  # only in the seed itself (or nowhere): cannot connect it to anything
            continue
        scored.append((tf * math.log(total / d), term))
    scored.sort(reverse=True)
    return [t for _, t in scored[:_QUERY_TERMS]]


def related(
    conn: sqlite3.Connection, article_id: str, *, limit: int = 10, memo: SearchMemo | None = None
) -> list[Hit]:
    """The ``limit`` articles most similar to ``article_id``, its own copies left out.

    ``memo`` remembers term counts across calls (see ``SearchMemo``; same result without)."""
    if not 1 <= limit <= 100:
        raise QueryError(f"limit must be between 1 and 100, not {limit}")
    seed = conn.execute(
        f"SELECT a.rowid, a.headline, a.body, g.duplicate_group FROM {WITH_GROUPS} WHERE a.id = ?",
        (article_id,),
    ).fetchone()
    if seed is None:
        raise QueryError(f"no article with id {article_id!r} in this store")
    rowid, headline, body, group = seed
    algorithm = index_algorithm(conn)
    terms = _distinctive(conn, headline or "", body or "", algorithm, memo)
    if not terms:
        return []
    quoted = " OR ".join('"' + t.replace('"', '""') + '"' for t in terms)
    expr = "{head body} : (" + quoted + ")"
    want = limit * 3 + 10
    # Headline-first, as in search: scoring every article that shares one word with the seed
    # is slow (~10,000 on the full corpus); those sharing one in their headline usually fill it.
    tier = f" AND +{FTS_TABLE}.rowid IN (SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ?)"
    n_tier = conn.execute(
        f"SELECT count(*) FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ?{tier}",
        (expr, "head : (" + quoted + ")"),
    ).fetchone()[0]
    sql = f"SELECT rowid, {BM25} AS score FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ?"
    args: tuple[object, ...] = (expr,)
    if n_tier >= want:
        sql += tier
        args += ("head : (" + quoted + ")",)
    ranked = conn.execute(sql + " ORDER BY score LIMIT ?", (*args, want)).fetchall()
    marks = ",".join("?" * len(ranked))
    by_rowid = {
        r[0]: r
        for r in conn.execute(
            "SELECT a.rowid, a.id, a.url, a.outlet, a.headline, a.published, a.body, "
            f"g.duplicate_group FROM {WITH_GROUPS} WHERE a.rowid IN ({marks})",
            [r[0] for r in ranked],
        )
    }
    rows = [
        (*by_rowid[r][1:7], score)
        for r, score in ranked
        if r != rowid and (group is None or by_rowid[r][7] != group)
    ]
    seed_shingles = _shingles(f"{headline or ''}\n{body or ''}")
    kept: list[Hit] = []
    kept_shingles: list[frozenset[int]] = []
    for id_, url, outlet, head, published, text, score in rows:
        sh = _shingles(f"{head or ''}\n{text or ''}")
        if _near_duplicate(seed_shingles, sh) or any(_near_duplicate(sh, k) for k in kept_shingles):
            continue
        lead = _lead(text or "", _SNIPPET_WORDS)
        kept.append(
            Hit(
                id=id_,
                url=url,
                outlet=outlet,
                headline=head,
                published=published,
                score=-score,
                snippet=lead,
                snippet_text=lead,
            )
        )
        kept_shingles.append(sh)
        if len(kept) == limit:
            break
    return kept
