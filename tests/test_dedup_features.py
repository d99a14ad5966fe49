"""The batch machinery of dedup and stories agrees with the one-article definitions.

Real SaudiNewsNet articles (``snn_2days.jsonl.gz``): the body analyzed once for both dedup
and the story lead, units of work shared with a worker process, and the vectorized LSH
band pairs give what the straightforward versions give.
"""

from __future__ import annotations

import gzip
import itertools
import json
from pathlib import Path

import numpy as np
import pytest

from akhbar.dedup.candidates import band_pairs
from akhbar.dedup.features import _MIX, STUB_WORDS, compute, compute_units, features_of
from akhbar.stories.features import lead_words, story_features
from akhbar.text.analysis import words_of
from akhbar.text.wordhash import hash_words

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def articles() -> list[tuple[str | None, str]]:
    with gzip.open(DATA / "snn_2days.jsonl.gz", "rt", encoding="utf-8") as f:
        items = [json.loads(line) for line in f]
    return [
        (it.get("title"), "\n".join(p.strip() for p in it["content"].split("\n"))) for it in items
    ]


def test_features_hash_the_words_of_the_search_analysis(
    articles: list[tuple[str | None, str]],
) -> None:
    # the shingles come from the same words the search index gets (``words_of``), hashed
    items = [
        *articles[:300],
        ("عاجل", "ا" * 700),
        ("خبر قصير", "قال الوزير"),  # a stub: the headline joins the body
        (None, "بوتين،" * 50 + " 12,5 " + "G20" * 300),
        ("عنوان", ""),
    ]
    batch = compute(items, workers=1)
    for k, (headline, body) in enumerate(items):
        words = words_of(body)
        if len(words) < STUB_WORDS:
            words = words_of(headline) + words
        h = hash_words(words)
        if len(h) >= 3:  # word 3-grams
            grams = h[:-2] * _MIX[0] ^ h[1:-1] * _MIX[1] ^ h[2:]
        else:  # one shingle of the one or two words, none of none
            grams = np.bitwise_xor.reduce(h * _MIX[0], keepdims=True) if len(h) else h
        assert np.array_equal(batch[k].shingles, np.unique(grams)), (headline, body[:60])


def test_the_lead_is_the_first_words_of_the_body() -> None:
    body = "قال" + " " * 588 + "الوزير والسفير " + "كلمة " * 100
    assert lead_words(body) == ["قال", "الوزير", "وا"]  # cut at LEAD_CHARS, as read
    assert lead_words("كلمة " * 200) == ["كلمه"] * 40


def test_units_shared_with_a_worker_give_the_features_of_one_pass(
    articles: list[tuple[str | None, str]],
) -> None:
    items = articles[:400]
    one = compute(items, with_story=True, workers=1)
    units = (items[i : i + 60] for i in range(0, len(items), 60))
    shared = compute_units(units, with_story=True, workers=2)
    for name in ("shingles", "shingle_offsets", "marks", "mark_offsets", "signatures"):
        assert np.array_equal(getattr(one, name), getattr(shared, name)), name
    assert one.stories is not None and shared.stories is not None
    for a, b, (headline, body) in zip(one.stories, shared.stories, items, strict=True):
        alone = story_features(headline, body)
        assert a.vector == b.vector == alone.vector and a.names == b.names == alone.names
    for k in (0, 7, 399):
        f = features_of(*items[k])
        assert np.array_equal(f.shingles, one[k].shingles)
        assert np.array_equal(f.marks, one[k].marks)


def _naive_band_pairs(keys: np.ndarray, fresh: int) -> list[tuple[int, int]]:
    pairs = set()
    for band in range(keys.shape[1]):
        holders: dict[int, list[int]] = {}
        for row, key in enumerate(keys[:, band].tolist()):
            holders.setdefault(key, []).append(row)
        for rows in holders.values():
            pairs.update(p for p in itertools.combinations(rows, 2) if p[0] < fresh)
    return sorted(pairs)


@pytest.mark.parametrize("fresh", [0, 1, 17, 60])
def test_band_pairs_are_the_rows_sharing_a_key(fresh: int) -> None:
    rng = np.random.default_rng(fresh)
    keys = rng.integers(0, 6, size=(60, 8)) + (np.arange(8) << 56)  # few values: many runs
    a, b = band_pairs(keys, fresh)
    assert list(zip(a.tolist(), b.tolist(), strict=True)) == _naive_band_pairs(keys, fresh)
