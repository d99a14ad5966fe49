"""The ``re`` word pattern finds exactly the words the ``regex`` pattern finds."""

from __future__ import annotations

import json
import random
from pathlib import Path

from akhbar.search.words import COVERED, WORD, word_pattern

SLICE = Path(__file__).parent / "fixtures" / "search_slice.jsonl"
COVERED_CHARS = [chr(cp) for lo, hi in COVERED for cp in range(lo, hi)]


def _spans(pattern: object, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]  # type: ignore[attr-defined]


def test_covered_text_is_scanned_with_re_and_finds_the_same_words() -> None:
    fast = word_pattern("الاتفاق النووي")
    assert fast is not WORD
    # every covered character alone and beside a letter, a Latin letter, a digit, a separator
    for c in COVERED_CHARS:
        for text in (c, f"ب{c}", f"{c}ب", f"a{c}", f"{c}a", f"1{c}", f"1.{c}1", f"a1{c}"):
            assert _spans(fast, text) == _spans(WORD, text), repr(text)
    rng = random.Random(3)
    pool = COVERED_CHARS[:0x800] + list("اتفاقبوتين ١٢.,٫٬ aBc19 ً ـ\u200c") * 40
    for _ in range(3000):
        text = "".join(rng.choice(pool) for _ in range(24))
        assert _spans(fast, text) == _spans(WORD, text), repr(text)


def test_real_articles_give_the_same_words_either_way() -> None:
    for line in SLICE.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        for text in (item["title"] or "", item["content"]):
            assert _spans(word_pattern(text), text) == _spans(WORD, text)


def test_a_character_outside_the_covered_blocks_takes_the_regex_pattern() -> None:
    assert word_pattern("زار मोदी الرياض") is WORD  # Devanagari
    assert word_pattern("خبر 🎉") is WORD
    text = "زار मोदी الرياض ١٢٫٥"
    assert [m.group() for m in word_pattern(text).finditer(text)] == [
        "زار",
        "मोदी",
        "الرياض",
        "١٢٫٥",
    ]


def test_the_pattern_is_chosen_for_the_stretch_scanned() -> None:
    text = "الاتفاق النووي 🎉 مع ايران"
    assert word_pattern(text, 0, 14) is not WORD
    assert word_pattern(text, 10) is WORD
