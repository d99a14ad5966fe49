"""Is a candidate pair a copy of one text? Exact shingle overlap plus shared rare words.

Jaccard alone misses trimmed copies (a 60-word brief inside a 300-word article has Jaccard
~0.2) and accepts templates (two SPA congratulation cables to different presidents share 70%
of their shingles). So a pair is a copy when the smaller text is largely contained in the
other (containment = |A∩B| / min(|A|,|B|)) *and* the two share their distinctive words
(names and numbers: words outside the common-word table, and digits), and the two were
published at most ``MAX_DAYS_APART`` days apart (a daily weather report or market close is a
template, not a copy, of yesterday's).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from akhbar.dedup.features import Features

__all__ = ["Match", "common", "compare", "copy_match", "is_copy"]

#: containment needed when both texts have distinctive words that mostly agree
MIN_CONTAINMENT = 0.5
#: containment needed when one side has no distinctive word to check
MIN_CONTAINMENT_BLIND = 0.75
#: share of the smaller side's distinctive words the other side must have
MIN_MARK_OVERLAP = 0.5
#: copies of one dispatch appear within days of each other (None: dates unknown)
MAX_DAYS_APART = 3
#: shingles the smaller text needs (five words) to be anyone's copy: a label over an empty
#: body (``كاريكاتير``, ``صور اقتصادية``, ``كاريكاتير 2015/8/5``) says nothing of the picture
#: it titles, and two such posts sharing a label or a date are not one text
MIN_SHINGLES = 3


@dataclass(frozen=True)
class Match:
    """Exact similarity of two articles' shingle sets and distinctive words."""

    jaccard: float
    containment: float
    mark_overlap: float | None  # None when either side has no distinctive word


def common(a: np.ndarray, b: np.ndarray) -> int:
    """How many values two sorted arrays of distinct values share."""
    small, big = (a, b) if len(a) <= len(b) else (b, a)
    if not len(small):
        return 0
    at = np.searchsorted(big, small)
    at[at == len(big)] = 0
    return int(np.count_nonzero(big[at] == small))


def _match(a: Features, b: Features, inter: int) -> Match:
    """The match of two non-empty texts sharing ``inter`` shingles."""
    na, nb = len(a.shingles), len(b.shingles)
    marks = None
    if len(a.marks) and len(b.marks):
        marks = common(a.marks, b.marks) / min(len(a.marks), len(b.marks))
    return Match(inter / (na + nb - inter), inter / min(na, nb), marks)


def compare(a: Features, b: Features) -> Match:
    if not len(a.shingles) or not len(b.shingles):
        return Match(0.0, 0.0, None)
    return _match(a, b, common(a.shingles, b.shingles))


def copy_match(a: Features, b: Features, *, days_apart: int | None = None) -> Match | None:
    """``compare(a, b)`` when the pair ``is_copy``, else None (the cheap checks first: the
    distinctive words are compared only when the shingles are contained enough)."""
    if days_apart is not None and days_apart > MAX_DAYS_APART:
        return None
    smaller = min(len(a.shingles), len(b.shingles))
    if smaller < MIN_SHINGLES:
        return None
    inter = common(a.shingles, b.shingles)
    if inter < MIN_CONTAINMENT * smaller:
        return None
    m = _match(a, b, inter)
    return m if is_copy(m, days_apart=days_apart) else None


def is_copy(m: Match, *, days_apart: int | None = None) -> bool:
    if days_apart is not None and days_apart > MAX_DAYS_APART:
        return False
    if m.mark_overlap is None:
        return m.containment >= MIN_CONTAINMENT_BLIND
    return m.containment >= MIN_CONTAINMENT and m.mark_overlap >= MIN_MARK_OVERLAP
