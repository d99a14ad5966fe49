"""The compiled word hasher gives exactly the words and hashes of the Python pipeline.

``word_hashes(text)`` / ``words(text)`` must equal ``tokens(normalize(text, for_search=True),
punctuation=False)`` hashed by ``reference_hash``, on real news (SaudiNewsNet, vowelled AKEC
and seed sentences, the dev pages) and on fuzzed text built from the characters where the C
table and the Python rules could part: harakat that NFC composes, presentation forms,
invisibles, every kind of space, Latin words glued to digits and Arabic letters.
"""

from __future__ import annotations

import doctest
import gzip
import json
import unicodedata
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from akhbar.text import normalize, tokens, wordhash
from akhbar.text.wordhash import (
    COMPOSING_MARKS,
    hash_words,
    reference_hash,
    word_hashes,
    words,
)

DATA = Path(__file__).parent / "data"
PAGES = Path(__file__).parent / "fixtures" / "parse-layouts"


def _python_words(text: str) -> list[str]:
    return tokens(normalize(text, for_search=True), punctuation=False)


def _check(text: str) -> None:
    want = _python_words(text)
    assert words(text) == want, text[:80]
    assert word_hashes(text).tolist() == [reference_hash(w) for w in want], text[:80]
    for limit in (0, 1, 40):
        assert words(text, limit) == want[:limit]
    assert words(text, -1) == []


@pytest.fixture(scope="module")
def news() -> list[str]:
    with gzip.open(DATA / "snn_2days.jsonl.gz", "rt", encoding="utf-8") as f:
        items = [json.loads(line) for line in f]
    texts = [it["content"] for it in items] + [it.get("title") or "" for it in items]
    texts += (DATA / "text_vowelled.txt").read_text(encoding="utf-8").splitlines()
    texts += [p.read_text(encoding="utf-8") for p in sorted(PAGES.rglob("*.txt"))]
    return texts


def test_real_news_gives_the_python_words_and_hashes(news: list[str]) -> None:
    assert len(news) > 500
    for text in news:
        _check(text)


def test_real_news_takes_the_compiled_path(news: list[str]) -> None:
    # the equality above must be the C code's, not the fallback's: nearly every text is
    # made of the table's characters
    compiled = sum(wordhash._table().hashes(t) is not None for t in news)
    assert compiled / len(news) > 0.98


def test_hashes_are_the_reference_hash_of_each_word() -> None:
    given_words = ["اعلنت", "الوزاره", "g20", "12.5", "", "ك" * 300]
    assert hash_words(given_words).tolist() == [reference_hash(w) for w in given_words]
    assert hash_words([]).tolist() == []
    assert len(set(hash_words(["ا", "ب", "اب", "با"]).tolist())) == 4


def test_the_composing_marks_are_every_stripped_mark_nfc_composes() -> None:
    seconds = set()
    for cp in range(0x110000):
        parts = unicodedata.decomposition(chr(cp)).split()
        if len(parts) == 2 and not parts[0].startswith("<"):
            seconds.add(int(parts[1], 16))
    covered = [cp for lo, hi in wordhash._RANGES for cp in range(lo, hi)]
    stripped = {cp for cp in covered if unicodedata.combining(chr(cp)) and not normalize(chr(cp))}
    assert seconds & stripped == COMPOSING_MARKS


def test_composed_and_split_hamza_hash_alike() -> None:
    # NFC makes ە + U+0654 one letter (ۀ) before the mark could be stripped: the table must
    # not just drop the mark, so such a text takes the Python path
    assert wordhash._table().hashes("\u06d5\u0654") is None
    assert words("\u06d5\u0654 ا\u0654") == _python_words("\u06d5\u0654 ا\u0654") == ["ه", "ا"]
    assert words("ﻻ ﷺ") == _python_words("ﻻ ﷺ")


_ALPHABET = [
    *"ابتثجحخدذرسشصضطظعغفقكلمنهويءآأإؤئةى",
    *"\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0653\u0654\u0655\u0670",
    *"ـ٠١٢٣٤٥٦٧٨٩۰۵٫٬.,،؛؟«»:()-–—…%٪_/'\"",
    *"AaZzÉéßİµ0123456789",
    *" \t\n\r\u00a0\u2009\u200c\u200d\u200f\u202b\ufeff\x1c\x85\u2028",
    *"ﻻﷺﺍﻷ",
    "\u0301",
    "😀",
]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(_ALPHABET), max_size=60) | st.text(max_size=30))
def test_fuzzed_text_gives_the_python_words_and_hashes(text: str) -> None:
    _check(text)


def test_docstring_examples_hold() -> None:
    assert doctest.testmod(wordhash).failed == 0


def test_a_body_hashes_as_its_words_given() -> None:
    body = "قالَ الرئيسُ: ١٢٫٥٪ وG20ب «الرياض»"
    assert np.array_equal(word_hashes(body), hash_words(_python_words(body)))
