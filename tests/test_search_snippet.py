"""Snippets through the screen (akhbar.search.screen) are the snippets of the plain scan.

The screen only decides which words need analyzing; these tests run real SaudiNewsNet
articles (tests/fixtures/search_slice.jsonl) and varied queries through ``snippet`` and
``highlight`` with the screen and without it (the scan then analyzes every word of every chunk
that holds a query word, as it did before the screen) and require the same text and spans.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from akhbar.search import SearchMemo, parse_query
from akhbar.search import screen as screen_module
from akhbar.search import snippet as snippet_module
from akhbar.search.query import Term
from akhbar.search.screen import Screen, fold
from akhbar.search.snippet import Marker, Snippet, highlight, snippet
from akhbar.search.words import WORD

SLICE = Path(__file__).parent / "fixtures" / "search_slice.jsonl"


def _articles() -> list[tuple[str, str]]:
    items = [json.loads(line) for line in SLICE.read_text(encoding="utf-8").splitlines()]
    return [(it["title"] or "", it["content"]) for it in items]


def _queries(articles: list[tuple[str, str]], n: int) -> list[str]:
    rng = random.Random(5)
    out = ["افغاني", "أوكرانيا الروسية", '"الاتفاق النووي"', "2015 ١٤٣٦", "السعودية -إيران"]
    while len(out) < n:
        words = [w for w in rng.choice(articles)[0].split() if len(w) > 2]
        if len(words) < 3:
            continue
        i = rng.randrange(len(words) - 1)
        out += [
            " ".join(rng.sample(words, 2)),
            f'"{words[i]} {words[i + 1]}"',
            " ".join(rng.sample(words, min(5, len(words)))),
            words[i],
        ]
    return out


def _both(
    monkeypatch: pytest.MonkeyPatch, body: str, head: str, terms: tuple[Term, ...]
) -> tuple[tuple[Snippet, Snippet], tuple[Snippet, Snippet]]:
    fast = (snippet(body, terms), highlight(head, terms))
    with monkeypatch.context() as m:
        m.setattr(screen_module.Screen, "planned", staticmethod(lambda *_: None))
        plain = (snippet(body, terms), highlight(head, terms))
    return fast, plain


def test_screened_snippets_equal_the_plain_scan(monkeypatch: pytest.MonkeyPatch) -> None:
    articles = _articles()
    rng = random.Random(9)
    compared = 0
    for q in _queries(articles, 120):
        terms = parse_query(q, algorithm="light").terms
        for head, body in rng.sample(articles, 12):
            fast, plain = _both(monkeypatch, body, head, terms)
            assert fast == plain, (q, head)
            compared += 1
    assert compared > 1000


def test_screen_marks_a_protected_name_the_stemmer_rewrites() -> None:
    # افغاني stems to افغانستان, which it does not spell: the screen looks for it too
    terms = parse_query("أفغانستان", algorithm="light").terms
    hit = highlight("مقتل جندي أفغاني في كابل", terms)
    assert [hit.text[a:b] for a, b in hit.spans] == ["أفغاني"]


@pytest.mark.parametrize(
    "text",
    [
        "وَقَّعَتِ الـــمملكةُ الاتّفاقيّة",  # harakat, shadda and tatweel inside the words
        "الاتفاق\u200cالنووي و الاتفاق",  # a zero-width non-joiner between two words
        "اتفاق اتفاق اتفاق",
    ],
)
def test_screen_positions_are_the_display_texts(text: str) -> None:
    terms = parse_query("اتفاق", algorithm="light").terms
    screen = Screen.of(text, terms, "light")
    assert screen is not None
    for a, b in zip(screen.starts, screen.ends, strict=True):
        assert "اتفاق" in fold(text[a:b])
        assert screen.holds(a, b) and not screen.holds(a + 1, b)
    assert screen.possible == 1


def test_screen_steps_aside_for_rare_characters_and_snowball() -> None:
    terms = parse_query("الاتفاق", algorithm="light").terms
    assert Screen.of("ﻻ اتفاق", terms, "light") is None  # a lam-alef presentation form
    assert Screen.of("Écoles et اتفاق", terms, "light") is None
    assert Screen.of("اتفاق", terms, "snowball") is None


def test_memo_does_not_change_a_screened_snippet() -> None:
    head, body = _articles()[3]
    terms = parse_query(" ".join(head.split()[:2]), algorithm="light").terms
    memo = SearchMemo()
    first = snippet(body, terms, memo=memo)
    assert snippet(body, terms, memo=memo) == first == snippet(body, terms)


def test_screen_candidates_are_the_words_a_word_needle_overlaps() -> None:
    articles = _articles()
    checked = 0
    for q in _queries(articles, 40):
        terms = parse_query(q, algorithm="light").terms
        for _, body in articles[:20]:
            screen = Screen.of(body, terms, "light")
            if screen is None:
                continue
            words = list(WORD.finditer(body))
            want = [
                j
                for j, w in enumerate(words)
                if any(a < w.end() and w.start() < b for a, b in screen.word_spans)
            ]
            assert screen.candidates(words) == want, q
            checked += len(want)
    assert checked > 100


def test_every_letter_another_lowercases_to_is_lowercase() -> None:
    """Guard of ``screen._fold_plan``: it skips lowercasing a text for needles without a
    lowercase letter, which is exact only while this holds over every code point."""
    for cp in range(0x110000):
        lowered = chr(cp).lower()
        if lowered != chr(cp) and len(lowered) == 1:
            assert lowered.islower(), hex(cp)


@pytest.mark.parametrize(
    "query", ["أوكرانيا الروسية", "iPhone آبل", "BBC", '"الاتفاق النووي"', "2015 ١٤٣٦", "ﻻتفاق"]
)
def test_screen_folds_only_what_its_needles_need(
    monkeypatch: pytest.MonkeyPatch, query: str
) -> None:
    """The screen folds a text only as far as its needles need (``_fold_plan``): the same
    screen as with the whole fold, over real articles and mixed-case Latin words."""
    terms = parse_query(query, algorithm="light").terms
    texts = [t for pair in _articles()[:40] for t in pair]
    texts += ["أطلقت Apple جهاز IPHONE وiphone الجديد في BBC", "اوكرانيا أوكرانيا آوكرانيا"]
    for text in texts:
        fast = Screen.of(text, terms, "light")
        with monkeypatch.context() as m:
            m.setattr(screen_module, "_fold_for", lambda out, _: screen_module._fold_letters(out))
            full = Screen.of(text, terms, "light")
        assert fast == full, (query, text[:40])


def test_one_marker_a_page_marks_as_a_call_a_text_does() -> None:
    """A page's ``Marker`` (its terms' plans worked out once) gives each snippet and
    highlight the calls give, over real articles, with one memo shared as the web app does."""
    articles = _articles()
    rng = random.Random(13)
    memo = SearchMemo()
    compared = 0
    for q in _queries(articles, 60):
        terms = parse_query(q, algorithm="light").terms
        marker = Marker(terms, memo=memo)
        for head, body in rng.sample(articles, 10):
            assert marker.snippet(body) == snippet(body, terms), (q, head)
            assert marker.highlight(head) == highlight(head, terms), (q, head)
            compared += 1
    assert compared >= 600


def test_a_headline_without_a_query_word_is_not_split_into_words(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The screen finds no query word in the headline, so none can match: its words are
    neither found nor analyzed (the headline comes back unmarked)."""
    terms = parse_query("الاتفاق النووي", algorithm="light").terms

    def no_words(*_: object) -> None:
        raise AssertionError("the headline's words were looked for")

    monkeypatch.setattr(snippet_module, "word_pattern", no_words)
    head = "وزير الخارجية يصل إلى الرياض"
    assert highlight(head, terms) == Snippet(text=head)


@pytest.mark.parametrize(
    "text",
    [
        "وَقَّعَتِ المملكةُ الاتّفاقيّة ثم Écoles",  # harakat, then a rare letter
        "Écoles وَقَّعَتِ الاتّفاقيّة",  # a rare letter first
        "اتفاق\u0301 الاتفاق",  # a combining accent: dropped by normalization and rare
        "الاتّفاق\u200c النووي",  # dropped characters only
    ],
)
def test_one_split_screens_as_the_rare_search_and_the_dropped_split(text: str) -> None:
    """Guard of ``Screen.planned``: one split on rare and dropped characters gives the screen
    of ``rare.search`` then ``dropped.split``: none when a rare character is anywhere, else
    the needles at the same positions of the display text."""
    terms = parse_query("الاتفاق", algorithm="light").terms
    dropped, rare, _ = screen_module._folding()
    screen = Screen.of(text, terms, "light")
    if rare.search(text):
        assert screen is None
        return
    assert screen is not None
    folded = "".join(dropped.split(text))
    assert screen.possible == ("اتفاق" in screen_module._fold_letters(folded))
    for a, b in zip(screen.starts, screen.ends, strict=True):
        assert fold(text[a:b]) == "اتفاق"
