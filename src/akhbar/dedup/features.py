"""What dedup and stories compare, computed once per article.

* ``shingles``: distinct hashes of word 3-grams of the body in the matching form
  (``akhbar.text.normalize(for_search=True)``: harakat, tatweel, hamza/alef forms and digits
  folded), so a copy with or without vowels, ``أ`` or ``ا``, ``١٢`` or ``12`` matches. Outlets
  rewrite headlines of one dispatch, so the headline joins only when the body is a stub.
* ``marks``: body words outside the shipped common-word table (names, places) and every
  number. Two SPA congratulation cables share 70% of their shingles but none of these.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
from rensa import RMinHash

from akhbar.dedup.vocab import vocabulary

if TYPE_CHECKING:
    from akhbar.stories.features import StoryFeatures
from akhbar.text import normalize, tokens

__all__ = ["SHINGLE", "Features", "compute", "features_of"]

#: words per shingle: 3 keeps a 60-word brief at ~58 shingles while unrelated texts share
#: almost none (frequent bigrams such as "وقال ان" do not count)
SHINGLE = 3
#: a body shorter than this many words is a stub (caption, byline): the headline joins it
STUB_WORDS = 20
#: batches at least this large are split across processes
PARALLEL_MIN = 4000

# odd 64-bit multipliers that mix word hashes into one shingle hash (wrapping arithmetic)
_MIX = (np.uint64(0x9E3779B97F4A7C15), np.uint64(0xC2B2AE3D27D4EB4F))


@dataclass(frozen=True, eq=False)
class Features:
    """Comparison features of one article."""

    shingles: np.ndarray  # sorted distinct uint64
    marks: frozenset[str]
    #: the stories' features, when asked for (computed here to share the worker processes)
    story: StoryFeatures | None = None


def _words(text: str) -> list[str]:
    return tokens(normalize(text, for_search=True), punctuation=False)


def _shingles(hashes: list[int]) -> np.ndarray:
    h = np.asarray(hashes, dtype=np.uint64)
    if len(h) < SHINGLE:
        # a one- or two-word text is one shingle of itself
        out = np.bitwise_xor.reduce(h * _MIX[0], keepdims=True) if len(h) else h
        return np.unique(out)
    with np.errstate(over="ignore"):
        grams = h[:-2] * _MIX[0] ^ h[1:-1] * _MIX[1] ^ h[2:]
    return np.unique(grams)


def _compute(
    items: Sequence[tuple[str | None, str]],
    with_story: bool = False,
    bodies: Sequence[list[str] | None] | None = None,
) -> list[Features]:
    from akhbar.stories.features import story_features  # stories import dedup: no cycle here

    vocab = vocabulary()
    common = vocab.common
    cache: dict[str, str] = {}
    word_lists: list[list[str]] = []
    for i, (headline, body) in enumerate(items):
        given = bodies[i] if bodies is not None else None
        words = _words(body) if given is None else given
        word_lists.append(_words(headline or "") + words if len(words) < STUB_WORDS else words)
    hashed: list[list[int]] = RMinHash.hash_token_sets(word_lists)
    out = []
    for (headline, body), words, h in zip(items, word_lists, hashed, strict=True):
        distinct = set(words)
        marks = (distinct - common) | {w for w in distinct if not w.isalpha()}
        story = story_features(headline, body, vocab=vocab, cache=cache) if with_story else None
        out.append(Features(shingles=_shingles(h), marks=frozenset(marks), story=story))
    return out


def _compute_with_story(items: Sequence[tuple[str | None, str]]) -> list[Features]:
    return _compute(items, with_story=True)


def features_of(headline: str | None, body: str) -> Features:
    """Features of one article (``body`` is its paragraphs joined by newlines)."""
    return _compute([(headline, body)])[0]


def compute(
    items: Sequence[tuple[str | None, str]],
    *,
    with_story: bool = False,
    workers: int | None = None,
    bodies: Sequence[list[str] | None] | None = None,
) -> list[Features]:
    """Features of many ``(headline, body)`` pairs, in order; large batches use processes.

    ``bodies``: each body's search-normalized words when already known (``akhbar.text.
    analysis.words_of(body)``, from ingest), else ``None`` for that item.
    """
    n = workers if workers is not None else min(2, os.cpu_count() or 1)
    if bodies is not None and all(b is not None for b in bodies):
        n = 1  # nothing left to analyze: shipping the words to processes costs more
    if n <= 1 or len(items) < PARALLEL_MIN:
        return _compute(items, with_story, bodies)
    size = -(-len(items) // (n * 2))
    chunks = [items[i : i + size] for i in range(0, len(items), size)]
    work = _compute_with_story if with_story else _compute
    with ProcessPoolExecutor(max_workers=n) as pool:
        return [f for part in pool.map(work, chunks) for f in part]
