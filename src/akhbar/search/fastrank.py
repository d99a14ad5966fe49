"""A query's matches and their BM25 from the posting arrays (``akhbar.search.postings``),
computed as FTS5 computes them, to the last bit, in a few numpy operations.

FTS5's ``bm25()`` for a row is, over the expression's phrases in order (``fts5_aux.c``)::

    idf(p) * (f * (k1 + 1)) / (f + k1 * (1 - b + b * D / avgdl)),  summed, times -1

with ``f`` the phrase's instances in the row each counted by its column's weight, ``D`` the
row's size in tokens (all columns), ``avgdl`` the index's total size over its row count, and
``idf(p) = log((N - n + 0.5) / (n + 0.5))`` (``1e-6`` when not positive), ``n`` the rows the
phrase matches alone. Each operation here is the same IEEE double operation in the same order,
and ``f`` is a sum of whole numbers (the weights must be whole), so the scores are FTS5's exactly;
``tests/test_search_fastrank.py`` and ``benchmarks/search_identical.py`` compare them.

It answers queries whose every term is one unquoted word (a stem that FTS5 reads as one token),
with AND between clauses, OR within them and excluded words, within outlet and date filters:
nearly every query typed into the search page. Anything else (a quoted phrase, a tag filter, a
word the stemmer splits, a store indexed before the postings existed, more matches than the
caller wants to rank this way) is None, and the caller asks FTS5.

What a search needs of every indexed article (its size, outlet, day and date) is loaded once per
process and index state (``DocTable``, kept in the caller's ``SearchMemo``).
"""

from __future__ import annotations

import math
import sqlite3
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import reduce

import numpy as np
import numpy.typing as npt

from akhbar.search.index import DOCS_TABLE, FTS_TABLE, WATERMARK_KEY
from akhbar.search.matches import MatchSet
from akhbar.search.memo import SearchMemo
from akhbar.search.postings import POSTINGS_KEY, Postings, is_one_token, read_postings
from akhbar.search.query import Query, Term
from akhbar.search.results import Filters

__all__ = ["DocTable", "fast_matches", "load_doc_table"]

#: FTS5's BM25 constants (fts5_aux.c)
K1 = 1.2
B = 0.75

Ints = npt.NDArray[np.int64]


@dataclass(frozen=True, slots=True)
class DocTable:
    """Every indexed article by rowid: its size in tokens (``D``), outlet and day (as codes
    into ``outlets`` and ``days``, both sorted; -1 for none), the rank of its published date
    among all (``recency``: a later date ranks higher, none lowest), and whether the index has
    its ``search_docs`` row; and the index's row count and average size, as FTS5 keeps them."""

    rows: int
    avgdl: float
    size: npt.NDArray[np.float64]
    outlet: Ints
    outlets: tuple[str, ...]
    day: Ints
    days: tuple[str, ...]
    recency: Ints
    indexed: npt.NDArray[np.bool_]


def _varints(data: bytes) -> Ints:
    """SQLite varints (7 bits a byte, high bit set on all but the last) read one after
    another (values below 2**56: sizes and counts)."""
    raw = np.frombuffer(data, np.uint8)
    ends = np.flatnonzero(raw < 0x80)
    starts = np.empty_like(ends)
    if len(ends):
        starts[0] = 0
        starts[1:] = ends[:-1] + 1
    length = ends - starts + 1
    values = np.zeros(len(ends), np.int64)
    for k in range(int(length.max()) if len(ends) else 0):
        has = length > k
        values[has] = (values[has] << 7) | (raw[starts[has] + k] & 0x7F).astype(np.int64)
    return values


def _codes(values: list[str | None]) -> tuple[Ints, tuple[str, ...]]:
    names = tuple(sorted({v for v in values if v is not None}))
    index = {v: k for k, v in enumerate(names)}
    return np.array([-1 if v is None else index[v] for v in values], np.int64), names


def load_doc_table(conn: sqlite3.Connection) -> DocTable | None:
    """The ``DocTable`` of the store's index (None when FTS5's tables are not as expected)."""
    avg = conn.execute(f"SELECT block FROM {FTS_TABLE}_data WHERE id = 1").fetchone()
    sizes = conn.execute(f"SELECT id, sz FROM {FTS_TABLE}_docsize").fetchall()
    if avg is None or not sizes:
        return None
    totals = _varints(avg[0])  # the row count, then each column's size in tokens
    n_cols = len(totals) - 1
    ids = np.fromiter((r[0] for r in sizes), np.int64, len(sizes))
    per_row = _varints(b"".join(r[1] for r in sizes))
    if n_cols < 1 or len(per_row) != n_cols * len(sizes) or int(ids.min()) < 0:
        return None
    top = int(ids.max()) + 1
    size = np.zeros(top, np.float64)
    size[ids] = per_row.reshape(-1, n_cols).sum(axis=1)
    outlet: list[str | None] = [None] * top
    day: list[str | None] = [None] * top
    published = [""] * top
    indexed = np.zeros(top, np.bool_)
    for rowid, o, d, p in conn.execute(
        f"SELECT rowid, outlet, day, published FROM {DOCS_TABLE} WHERE rowid < ?", (top,)
    ):
        outlet[rowid], day[rowid], published[rowid] = o, d, p or ""
        indexed[rowid] = True
    outlet_codes, outlets = _codes(outlet)
    day_codes, days = _codes(day)
    dates = {p: k for k, p in enumerate(sorted(set(published)))}  # "" (none) first
    n_rows = int(totals[0])
    return DocTable(
        rows=n_rows,
        avgdl=float(int(totals[1:].sum())) / float(n_rows),
        size=size,
        outlet=outlet_codes,
        outlets=outlets,
        day=day_codes,
        days=days,
        recency=np.array([dates[p] for p in published], np.int64),
        indexed=indexed,
    )


def _table(conn: sqlite3.Connection, memo: SearchMemo) -> DocTable | None:
    """The store's ``DocTable`` through ``memo``, or None when its postings are not built up
    to the index's watermark (a store indexed before they existed) or it has no file name."""
    meta = dict(
        conn.execute(
            "SELECT key, value FROM meta WHERE key IN (?, ?)", (WATERMARK_KEY, POSTINGS_KEY)
        ).fetchall()
    )
    mark = meta.get(WATERMARK_KEY)
    if mark is None or meta.get(POSTINGS_KEY) != mark:
        return None
    path = next((r[2] for r in conn.execute("PRAGMA database_list") if r[1] == "main"), "")
    if not path:
        return None
    held = memo.doc_table(path, int(mark))
    if isinstance(held, DocTable):
        return held
    table = load_doc_table(conn)
    if table is not None:
        memo.add_doc_table(path, int(mark), table)
    return table


def _word(term: Term) -> str | None:
    """The one index token an unquoted one-word term matches, or None."""
    if term.phrase or len(term.stems) != 1 or not is_one_token(term.stems[0]):
        return None
    return term.stems[0]


def _within(
    table: DocTable, rowids: Ints, filters: Filters, lo: str | None, hi: str | None
) -> Ints:
    """``rowids`` within the outlet and date filters (as ``engine._where`` restricts them:
    an article without an index row, outlet or day is out once one of those is asked)."""
    if not (filters.outlets or lo or hi):
        return rowids
    keep = table.indexed[rowids]
    if filters.outlets:
        codes = [k for k, o in enumerate(table.outlets) if o in set(filters.outlets)]
        keep &= np.isin(table.outlet[rowids], codes)
    day = table.day[rowids]
    if lo:
        keep &= day >= bisect_left(table.days, lo)
    if hi:
        keep &= (day >= 0) & (day < bisect_right(table.days, hi))
    return rowids[keep]


def _bm25(
    table: DocTable, rowids: Ints, phrases: Sequence[Postings], weights: tuple[float, float]
) -> npt.NDArray[np.float64]:
    """FTS5's ``bm25()`` of each of ``rowids`` for these phrases, in expression order."""
    norm = K1 * (1 - B + B * table.size[rowids] / table.avgdl)
    score = np.zeros(len(rowids), np.float64)
    for p in phrases:
        n_hit = len(p.docs)
        idf = math.log((table.rows - n_hit + 0.5) / (n_hit + 0.5))
        if idf <= 0.0:
            idf = 1e-6
        at = np.searchsorted(p.docs, rowids)
        found = at < n_hit
        found[found] = p.docs[at[found]] == rowids[found]
        freq = np.zeros(len(rowids), np.float64)
        k = at[found]
        freq[found] = p.head[k] * weights[0] + p.body[k] * weights[1]
        score = score + idf * ((freq * (K1 + 1.0)) / (freq + norm))
    return -1.0 * score


def fast_matches(
    conn: sqlite3.Connection,
    query: Query,
    filters: Filters,
    days: tuple[str | None, str | None],
    *,
    memo: SearchMemo,
    weights: tuple[float, float],
    few: int,
) -> tuple[bool, MatchSet | None]:
    """(answered, matches): every article matching every clause of ``query`` within
    ``filters`` (``days``: their checked first and last day) with its BM25 under the (head,
    body) ``weights``; None when there are more than ``few``. Not answered (False) when this
    query or store is not one the postings answer."""
    if filters.tags or any(w != int(w) for w in weights):
        return False, None
    positive = [t for clause in query.clauses for t in clause]
    words = [_word(t) for t in (*positive, *query.excluded)]
    if not words or any(w is None for w in words):
        return False, None
    table = _table(conn, memo)
    if table is None:
        return False, None
    postings = read_postings(conn, [w for w in words if w is not None])
    phrases = [postings[w] for w in words if w is not None]  # FTS5's phrase order
    clauses: list[Ints] = []
    k = 0
    for clause in query.clauses:
        docs = [phrases[k + j].docs.astype(np.int64) for j in range(len(clause))]
        clauses.append(reduce(np.union1d, docs) if len(docs) > 1 else docs[0])
        k += len(clause)
    clauses.sort(key=len)
    rowids = reduce(lambda a, b: np.intersect1d(a, b, assume_unique=True), clauses)
    for p in phrases[k:]:
        rowids = np.setdiff1d(rowids, p.docs.astype(np.int64), assume_unique=True)
    rowids = _within(table, rowids, filters, *days)
    if len(rowids) > few:
        return True, None
    if len(rowids) and int(rowids.max()) >= len(table.size):
        return False, None  # rows the table was not loaded with: cannot be, watermarks agree
    scores = _bm25(table, rowids, phrases, weights)
    # the BM25 order, recency breaking exact ties, then the higher rowid (``MatchSet.of``)
    order = np.lexsort((-rowids, -table.recency[rowids], scores))
    ranked = zip(rowids[order].tolist(), scores[order].tolist(), strict=True)
    indexed = rowids[table.indexed[rowids]]
    return True, MatchSet(
        list(ranked),
        outlets=_counts(table.outlet[indexed], table.outlets),
        days=_counts(table.day[indexed], table.days),
        indexed=len(indexed),
    )


def _counts(codes: Ints, names: tuple[str, ...]) -> dict[str, int]:
    """How many of ``codes`` name each of ``names`` (-1, none, is not counted)."""
    found, n = np.unique(codes[codes >= 0], return_counts=True)
    return {names[c]: k for c, k in zip(found.tolist(), n.tolist(), strict=True)}
