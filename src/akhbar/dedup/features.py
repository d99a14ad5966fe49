"""What dedup and stories compare, computed once per article.

* ``shingles``: distinct hashes of word 3-grams of the body in the matching form
  (``akhbar.text.normalize(for_search=True)``: harakat, tatweel, hamza/alef forms and digits
  folded), so a copy with or without vowels, ``أ`` or ``ا``, ``١٢`` or ``12`` matches. Outlets
  rewrite headlines of one dispatch, so the headline joins only when the body is a stub.
* ``marks``: hashes of the body words outside the shipped common-word table (names, places)
  and of every number. Two SPA congratulation cables share 70% of their shingles but none of
  these.

A body's words are hashed in one C pass (``akhbar.text.wordhash``: normalize, tokens and
hash, ~120 MB/s). A batch keeps each kind in one flat array with row offsets
(``FeatureBatch``): the word hashes are 3-grammed and deduplicated with numpy over the whole
batch, and a worker process hands its part back as a few buffers instead of thousands of
small objects, plus the story features of its articles (which are most of a unit's work
since the words are hashed in C: each process makes its own units' story features, so the
work stays balanced).
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

import numpy as np

from akhbar.dedup.lsh import flat_signatures
from akhbar.dedup.vocab import vocabulary

if TYPE_CHECKING:
    from akhbar.stories.features import StoryFeatures
from akhbar.text import wordhash
from akhbar.text.wordhash import hash_words, word_hashes

__all__ = [
    "SHINGLE",
    "FeatureBatch",
    "Features",
    "Unit",
    "compute",
    "compute_units",
    "features_of",
    "gc_paused",
]

#: words per shingle: 3 keeps a 60-word brief at ~58 shingles while unrelated texts share
#: almost none (frequent bigrams such as "وقال ان" do not count)
SHINGLE = 3
#: a body shorter than this many words is a stub (caption, byline): the headline joins it
STUB_WORDS = 20
#: batches at least this large are split across processes
PARALLEL_MIN = 4000
#: articles per unit of work handed to a process: small, because the unit a worker started
#: last is waited for (1,000 left the other core idle for ~1 s at the end of a full pass)
UNIT = 250

#: an article's headline and body (its paragraphs joined by newlines)
Item = tuple[str | None, str]
#: a unit of work: about ``UNIT`` articles
Unit = Sequence[Item]

# odd 64-bit multipliers that mix word hashes into one shingle hash (wrapping arithmetic)
_MIX = (np.uint64(0x9E3779B97F4A7C15), np.uint64(0xC2B2AE3D27D4EB4F))


@dataclass(frozen=True, eq=False)
class Features:
    """Comparison features of one article."""

    shingles: np.ndarray  # sorted distinct uint64
    marks: np.ndarray  # sorted distinct uint64 hashes of the distinctive words
    #: the stories' features, when asked for (computed here to share the worker processes)
    story: StoryFeatures | None = None


def _ranges(starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """The concatenation of ``arange(s, s + n)`` for each start ``s`` and length ``n``."""
    total = int(lengths.sum())
    before = np.cumsum(lengths) - lengths
    return np.repeat(starts - before, lengths) + np.arange(total, dtype=np.int64)


def _sorted_distinct(values: np.ndarray, offsets: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each row's values sorted and deduplicated (``values`` is sorted in place)."""
    for s, e in zip(offsets[:-1].tolist(), offsets[1:].tolist(), strict=True):
        values[s:e].sort()
    keep = np.ones(len(values), dtype=bool)
    keep[1:] = values[1:] != values[:-1]
    keep[offsets[:-1][offsets[:-1] < len(values)]] = True  # a row's first value is new
    kept = np.concatenate(([0], np.cumsum(keep)))
    return values[keep], kept[offsets]


def _flat(hashed: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    lengths = np.fromiter((len(h) for h in hashed), dtype=np.int64, count=len(hashed))
    offsets = np.concatenate(([0], np.cumsum(lengths)))
    flat = np.concatenate(hashed) if hashed else np.zeros(0, dtype=np.uint64)
    return flat, offsets


def _shingles(words: np.ndarray, offsets: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Distinct word 3-gram hashes of each row of word hashes, flat, with row offsets."""
    n = np.diff(offsets)
    # a row of SHINGLE words or more has n - 2 grams; a one- or two-word row is one shingle
    counts = np.where(n >= SHINGLE, n - (SHINGLE - 1), np.minimum(n, 1))
    out_off = np.concatenate(([0], np.cumsum(counts)))
    grams = np.empty(int(out_off[-1]), dtype=np.uint64)
    long = n >= SHINGLE
    with np.errstate(over="ignore"):
        if len(words) >= SHINGLE:
            all_grams = words[:-2] * _MIX[0] ^ words[1:-1] * _MIX[1] ^ words[2:]
            grams[_ranges(out_off[:-1][long], counts[long])] = all_grams[
                _ranges(offsets[:-1][long], counts[long])
            ]
        for k in range(1, SHINGLE):
            rows = np.flatnonzero(n == k)
            value = np.zeros(len(rows), dtype=np.uint64)
            for j in range(k):
                value ^= words[offsets[rows] + j] * _MIX[0]
            grams[out_off[rows]] = value
    return _sorted_distinct(grams, out_off)


@cache
def _common_hashes() -> np.ndarray:
    """Sorted hashes of the common words made of letters only (every other word, digits
    included, is distinctive)."""
    return np.unique(hash_words([w for w in vocabulary().common if w.isalpha()]))


def _marks(words: np.ndarray, offsets: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each row's distinct distinctive-word hashes, sorted, flat, with row offsets."""
    distinct, at = _sorted_distinct(words.copy(), offsets)
    common = _common_hashes()
    found = np.searchsorted(common, distinct)
    found[found == len(common)] = 0
    keep = common[found] != distinct
    kept = np.concatenate(([0], np.cumsum(keep)))
    return distinct[keep], kept[at]


@dataclass(frozen=True, eq=False)
class FeatureBatch:
    """Features of a batch of articles: flat arrays with row offsets (``len + 1`` each)."""

    shingles: np.ndarray
    shingle_offsets: np.ndarray
    marks: np.ndarray
    mark_offsets: np.ndarray
    #: ``(len, NUM_PERM)`` MinHash signatures of the shingles (``lsh.flat_signatures``)
    signatures: np.ndarray
    stories: tuple[StoryFeatures, ...] | None = None

    def __len__(self) -> int:
        return len(self.shingle_offsets) - 1

    def __iter__(self) -> Iterator[Features]:
        return (self[i] for i in range(len(self)))

    def __getitem__(self, i: int) -> Features:
        s, m = self.shingle_offsets, self.mark_offsets
        return Features(
            shingles=self.shingles[s[i] : s[i + 1]],
            marks=self.marks[m[i] : m[i + 1]],
            story=self.stories[i] if self.stories is not None else None,
        )

    @property
    def sizes(self) -> np.ndarray:
        """Distinct shingles of each article."""
        return np.diff(self.shingle_offsets)

    @staticmethod
    def concat(parts: Sequence[FeatureBatch]) -> FeatureBatch:
        def offsets(arrays: list[np.ndarray]) -> np.ndarray:
            base = np.cumsum([0] + [int(a[-1]) for a in arrays[:-1]])
            return np.concatenate([[0]] + [a[1:] + b for a, b in zip(arrays, base, strict=True)])

        stories = [p.stories for p in parts]
        return FeatureBatch(
            shingles=np.concatenate([p.shingles for p in parts]),
            shingle_offsets=offsets([p.shingle_offsets for p in parts]),
            marks=np.concatenate([p.marks for p in parts]),
            mark_offsets=offsets([p.mark_offsets for p in parts]),
            signatures=np.concatenate([p.signatures for p in parts]),
            stories=None
            if any(s is None for s in stories)
            else tuple(f for s in stories for f in s or ()),
        )


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector (restored as it was on exit).

    A batch allocates millions of small acyclic objects (word lists, term dicts, tuples) and
    every few thousand allocations a collection walks all live ones: ~20% of a batch's time.
    Reference counting still frees everything as usual.
    """
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _compute(items: Sequence[Item], with_story: bool = False) -> FeatureBatch:
    """Features of ``items``."""
    with gc_paused():
        return _compute_batch(items, with_story)


def _compute_batch(items: Sequence[Item], with_story: bool) -> FeatureBatch:
    # stories import dedup: no cycle here
    from akhbar.stories.features import lead_words, shared_lexicon, story_features_of_words

    lexicon = shared_lexicon()
    hashed: list[np.ndarray] = []
    stories: list[StoryFeatures] = []
    for headline, body in items:
        hashes = word_hashes(body)
        stub = len(hashes) < STUB_WORDS
        head = wordhash.words(headline) if headline and (stub or with_story) else []
        if stub and head:
            hashes = np.concatenate((hash_words(head), hashes))
        hashed.append(hashes)
        if not with_story:
            continue
        stories.append(story_features_of_words(head, lead_words(body), lexicon=lexicon))
    flat, offsets = _flat(hashed)
    shingles, shingle_offsets = _shingles(flat, offsets)
    marks, mark_offsets = _marks(flat, offsets)
    return FeatureBatch(
        shingles=shingles,
        shingle_offsets=shingle_offsets,
        marks=marks,
        mark_offsets=mark_offsets,
        signatures=flat_signatures(shingles, shingle_offsets),
        stories=tuple(stories) if with_story else None,
    )


def features_of(headline: str | None, body: str) -> Features:
    """Features of one article (``body`` is its paragraphs joined by newlines)."""
    return _compute([(headline, body)])[0]


def compute(
    items: Sequence[Item], *, with_story: bool = False, workers: int | None = None
) -> FeatureBatch:
    """Features of many ``(headline, body)`` pairs, in order; large batches use processes."""
    if len(items) < PARALLEL_MIN:
        workers = 1
    units = (items[i : i + UNIT] for i in range(0, len(items), UNIT))
    return compute_units(units, with_story=with_story, workers=workers)


def compute_units(
    units: Iterable[Unit], *, with_story: bool = False, workers: int | None = None
) -> FeatureBatch:
    """Features of the articles of ``units`` (of about ``UNIT`` articles each), in order.

    With ``workers`` > 1 (default: up to 2 cores), each unit goes to a worker process as soon
    as it is read from ``units`` (a database cursor keeps reading meanwhile); then this
    process computes, from the last, every unit no worker has started, so the work stays
    balanced however busy the machine is.
    """
    n = workers if workers is not None else min(2, os.cpu_count() or 1)
    if n <= 1:
        parts = [_compute(items, with_story) for items in units]
        return FeatureBatch.concat(parts) if parts else _compute([], with_story)
    # not fork: a forked child inherits rensa's thread pool without its threads and hangs
    # in its first large digest once this process has used that pool (ingest uses
    # forkserver too)
    context = multiprocessing.get_context("forkserver")
    with ProcessPoolExecutor(max_workers=n - 1, mp_context=context) as pool:
        read: list[Unit] = []
        futures = []
        for items in units:
            read.append(items)
            futures.append(pool.submit(_compute, items, with_story))
        done: list[FeatureBatch | None] = [None] * len(read)
        for k in reversed(range(len(read))):
            if futures[k].cancel():  # not started by a worker: computed here
                done[k] = _compute(read[k], with_story)
        parts = [d if d is not None else f.result() for d, f in zip(done, futures, strict=True)]
    return FeatureBatch.concat(parts) if parts else _compute([], with_story)
