"""Nothing is lost: every letter and digit of every input line reappears in the parsed page,
on every real page we have and on fuzzed input."""

from __future__ import annotations

import random
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from akhbar.parse import lost_chars, parse_text

PAGES = Path(__file__).parent / "data" / "parse" / "pages"
TEXTS = sorted(PAGES.glob("*.txt"))


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.stem)
def test_real_page_loses_nothing(path: Path) -> None:
    text = path.read_text("utf-8")
    assert lost_chars(text, parse_text(text, input=path.name)) == ""


def test_lost_chars_reports_a_dropped_body_line() -> None:
    text = (PAGES / "dev-0001.txt").read_text("utf-8")
    page = parse_text(text, input="dev-0001.txt")
    line = page.main.body[1]
    assert line.startswith("ربط الإعلام المصري")
    dropped = replace(page, main=replace(page.main, body=page.main.body[:1] + page.main.body[2:]))
    lost = lost_chars(text, dropped)
    # the deficit comes from the dropped line only (surplus copies in raw may cover some)
    assert len(lost) > 50
    assert set(lost) <= set(line)


def test_lost_chars_counts_repeated_letters() -> None:
    page = parse_text("كيم كيم", input="-")
    assert lost_chars("كيم كيم كيم", page) == "كيم"


_ARABIC = st.characters(min_codepoint=0x0621, max_codepoint=0x0652)
_LATIN = st.characters(min_codepoint=0x20, max_codepoint=0x7E)
_WORD = st.text(
    st.one_of(_ARABIC, _LATIN, st.sampled_from("٠١٢٣٤٥٦٧٨٩ًٌٍَُِ«»،؛؟#_:-–|/")), min_size=1, max_size=12
)
_LABELS = st.sampled_from(
    [
        "",
        "إقرأ أيضاً:",
        "اقرأ أيضاً",
        "كلمات دلالية: ",
        "الوسوم: ",
        "وسوم",
        "المصدر: ",
        "نقلاً عن ",
        "تاريخ النشر: ",
        "كتب: ",
        "أخبار ذات صلة",
        "طباعة",
        "#",
        "الأحد 25 شوال 1436 هـ الموافق 9 أغسطس 2015",
    ]
)
_LINE = st.builds(lambda label, ws: label + " ".join(ws), _LABELS, st.lists(_WORD, max_size=25))


@settings(max_examples=300, deadline=None)
@given(st.lists(_LINE, max_size=30))
def test_fuzzed_lines_lose_nothing(lines: list[str]) -> None:
    text = "\n".join(lines)
    assert lost_chars(text, parse_text(text, input="fuzz")) == ""


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(TEXTS), st.randoms(use_true_random=False))
def test_shuffled_real_pages_lose_nothing(path: Path, rnd: random.Random) -> None:
    lines = path.read_text("utf-8").splitlines()
    rnd.shuffle(lines)
    text = "\n".join(lines)
    assert lost_chars(text, parse_text(text, input=path.name)) == ""
