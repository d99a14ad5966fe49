"""Which article pairs may be copies (MinHash LSH) and which are (exact verification).

A batch's signatures are banded together with the stored signatures of its date window
(``stored_window``); pairs sharing a band, published close enough and with a plausible
estimated containment (``candidates``) are verified exactly on their texts (``copies``).
Everything is vectorized over the batch except the exact check, one pair at a time.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any

import numpy as np

from akhbar.dedup.features import FeatureBatch, Features, Item, compute
from akhbar.dedup.lsh import band_keys, estimate
from akhbar.dedup.verify import MAX_DAYS_APART, MIN_CONTAINMENT, copy_match

__all__ = ["Edge", "band_pairs", "candidates", "copies", "stored_window", "texts"]

Edge = tuple[int, int, float, float]  # rowid a < rowid b, jaccard, containment

#: candidate pairs whose estimated containment is below this are not verified exactly
_PREFILTER = MIN_CONTAINMENT * 0.7
#: candidate pairs whose signatures are compared at once
_ESTIMATE_ROWS = 4096


def texts(rows: Sequence[tuple[Any, ...]]) -> list[Item]:
    """``(headline, body)`` of ``(rowid, headline, body, ...)`` rows."""
    return [(r[1], r[2]) for r in rows]


def band_pairs(keys: np.ndarray, fresh: int) -> tuple[np.ndarray, np.ndarray]:
    """Index pairs (i < j) sharing a band key, with at least one fresh row (i < ``fresh``),
    sorted, each once."""
    n = len(keys)
    by_band = np.ascontiguousarray(keys.T)
    order = np.argsort(by_band, axis=1)  # a band's keys in order (64 small sorts are quicker)
    ordered = np.take_along_axis(by_band, order, axis=1).ravel()
    rows = order.ravel()
    # only keys held by two rows or more make pairs (a row has one key per band, so the rows
    # of a key are distinct); most keys are held by one row
    same = ordered[1:] == ordered[:-1]
    at = np.flatnonzero(np.r_[same, False] | np.r_[False, same])
    shared, owner = ordered[at], rows[at]
    starts = np.flatnonzero(np.r_[True, shared[1:] != shared[:-1]])
    lengths = np.diff(np.r_[starts, len(shared)])
    # each position pairs with the later positions of its run
    later = np.repeat(starts + lengths, lengths) - np.arange(len(shared)) - 1
    first = np.flatnonzero(later > 0)
    counts = later[first]
    firsts = np.repeat(first, counts)
    step = np.arange(len(firsts)) - np.repeat(np.cumsum(counts) - counts, counts) + 1
    x, y = owner[firsts], owner[firsts + step]
    a, b = np.minimum(x, y), np.maximum(x, y)
    keep = a < fresh
    code = np.sort(a[keep] * n + b[keep])
    code = code[np.r_[True, code[1:] != code[:-1]]] if len(code) else code
    return code // n, code % n


def candidates(
    sigs: np.ndarray, sizes: np.ndarray, days: np.ndarray, fresh: int
) -> tuple[np.ndarray, np.ndarray]:
    """Band-sharing pairs close enough in time whose estimated containment is plausible,
    as sorted index arrays."""
    usable = np.flatnonzero(sizes > 0)
    none = np.zeros(0, dtype=np.int64)
    if len(usable) < 2:
        return none, none
    keys = band_keys(sigs[usable])
    n_fresh = int(np.searchsorted(usable, fresh))
    la, lb = band_pairs(keys, n_fresh)
    ia, ib = usable[la], usable[lb]
    da, db = days[ia], days[ib]
    near = (da < 0) | (db < 0) | (np.abs(da - db) <= MAX_DAYS_APART)
    ia, ib = ia[near], ib[near]
    j = np.empty(len(ia))
    for k in range(0, len(ia), _ESTIMATE_ROWS):  # in slices: two signature rows per pair
        part = slice(k, k + _ESTIMATE_ROWS)
        j[part] = estimate(sigs[ia[part]], sigs[ib[part]])
    small = np.maximum(np.minimum(sizes[ia], sizes[ib]), 1)
    c = j * (sizes[ia] + sizes[ib]) / ((1.0 + j) * small)
    keep = c >= _PREFILTER
    return ia[keep], ib[keep]


def copies(
    conn: sqlite3.Connection,
    feats: FeatureBatch,
    ids: list[int],
    days: np.ndarray,
    ia: np.ndarray,
    ib: np.ndarray,
) -> list[Edge]:
    """The candidate pairs (indexes into ``ids``: the batch, then stored rows) that are
    copies. Stored rows' features are computed again from their texts."""
    fresh = len(feats)
    idx = np.unique(np.concatenate([ia, ib]))
    need = [ids[i] for i in idx[idx >= fresh].tolist()]
    got: list[tuple[int, str | None, str, str | None]] = []
    for k in range(0, len(need), 500):
        part = need[k : k + 500]
        got += conn.execute(
            "SELECT rowid, headline, body, day FROM articles "
            f"WHERE rowid IN ({','.join('?' * len(part))}) ORDER BY rowid",
            part,
        ).fetchall()
    old = compute(texts(got))
    at = {r[0]: k for k, r in enumerate(got)}
    cache: dict[int, Features] = {}

    def features(i: int) -> Features:
        f = cache.get(i)
        if f is None:
            f = cache[i] = feats[i] if i < fresh else old[at[ids[i]]]
        return f

    edges: list[Edge] = []
    for a, b in zip(ia.tolist(), ib.tolist(), strict=True):
        da, db = int(days[a]), int(days[b])
        apart = abs(da - db) if da >= 0 and db >= 0 else None
        m = copy_match(features(a), features(b), days_apart=apart)
        if m is not None:
            edges.append((min(ids[a], ids[b]), max(ids[a], ids[b]), m.jaccard, m.containment))
    return edges


def stored_window(conn: sqlite3.Connection, days: np.ndarray) -> list[tuple[int, int, int, bytes]]:
    """Stored (article, day, size, signature) rows that may hold copies of the batch."""
    known = days[days >= 0]
    if len(known) < len(days):  # an undated article may copy anything
        return conn.execute("SELECT article, day, size, sig FROM dedup_signatures").fetchall()
    lo, hi = int(known.min()) - MAX_DAYS_APART, int(known.max()) + MAX_DAYS_APART
    return conn.execute(
        "SELECT article, day, size, sig FROM dedup_signatures "
        "WHERE day BETWEEN ? AND ? OR day < 0 ORDER BY article",
        (lo, hi),
    ).fetchall()
