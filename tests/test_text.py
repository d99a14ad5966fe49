"""akhbar.text on real Arabic strings: a table (tests/data/normalize.tsv) plus property tests."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable, Mapping
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from akhbar.errors import QueryError
from akhbar.text import (
    _normalize,
    clean,
    is_stopword,
    normalize,
    search_terms,
    sentences,
    stem,
    tokens,
)
from akhbar.text._tokenize import _ANY_TOKEN, _WORD_TOKEN

DATA = Path(__file__).parent / "data"
_ESCAPE = regex.compile(r"\\u([0-9a-fA-F]{4})|\\[nrt]")
_CONTROLS = {"\\n": "\n", "\\r": "\r", "\\t": "\t"}


def _unescape(s: str) -> str:
    def sub(m: regex.Match[str]) -> str:
        if m.group(1):
            return chr(int(m.group(1), 16))
        return _CONTROLS[m.group()]

    return _ESCAPE.sub(sub, s)


def read_tsv(name: str) -> list[tuple[str, str, str]]:
    rows = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        function, raw, want = line.split("\t")
        rows.append((function, _unescape(raw), _unescape(want)))
    return rows


ROWS = read_tsv("normalize.tsv")
STRING_FUNCTIONS: dict[str, Callable[[str], str]] = {
    "clean": clean,
    "normalize": normalize,
    "normalize_search": lambda s: normalize(s, for_search=True),
    "stem": stem,
    "snowball": lambda s: stem(s, algorithm="snowball"),
}
LIST_FUNCTIONS: dict[str, Callable[[str], list[str]]] = {
    "tokens": tokens,
    "words": lambda s: tokens(s, punctuation=False),
    "search_terms": search_terms,
    "sentences": sentences,
}


def _rows(functions: Mapping[str, object]) -> list[tuple[str, str, str]]:
    return [row for row in ROWS if row[0] in functions]


def test_table_has_real_rows_for_every_function() -> None:
    counts = {f: sum(1 for row in ROWS if row[0] == f) for f in STRING_FUNCTIONS | LIST_FUNCTIONS}
    assert counts["clean"] + counts["normalize"] + counts["normalize_search"] >= 40
    assert all(n >= 1 for n in counts.values()), counts
    assert {row[0] for row in ROWS} <= set(STRING_FUNCTIONS) | set(LIST_FUNCTIONS)


@pytest.mark.parametrize(("function", "raw", "want"), _rows(STRING_FUNCTIONS))
def test_string_function_matches_table(function: str, raw: str, want: str) -> None:
    assert STRING_FUNCTIONS[function](raw) == want


@pytest.mark.parametrize(("function", "raw", "want"), _rows(LIST_FUNCTIONS))
def test_list_function_matches_table(function: str, raw: str, want: str) -> None:
    assert LIST_FUNCTIONS[function](raw) == want.split(" | ")


def test_vowelled_word_is_one_token_although_isalnum_says_no() -> None:
    assert not "كَتَبَ".isalnum()
    assert tokens("كَتَبَ") == ["كَتَبَ"]


def test_clean_keeps_harakat_and_normalize_drops_them() -> None:
    assert clean("وغذّت") == "وغذّت"
    assert normalize("وغذّت") == "وغذت"


def test_light_stem_keeps_names_that_snowball_mangles() -> None:
    for name in ("بوتين", "بيونغيانغ", "واشنطن", "موسكو"):
        assert stem(name, algorithm="snowball") != normalize(name, for_search=True)
        assert stem(name) == normalize(name, for_search=True)


def test_places_named_with_the_article_are_not_the_bare_stem() -> None:
    riyadh = {stem(w) for w in ("الرياض", "بالرياض", "والرياض", "للرياض", "وبالرياض")}
    sport = {stem(w) for w in ("الرياضية", "الرياضي", "رياضة", "والرياضيين", "الرياضيات")}
    assert riyadh == {"الرياض"} and sport == {"رياض"}
    assert {stem(w) for w in ("الطائف", "بالطائف", "للطائف")} == {"الطايف"}
    assert {stem(w) for w in ("الطائفية", "طائفي")} == {"طايف"}


def test_stem_none_is_the_search_form() -> None:
    assert stem("الإسرائيليّة", algorithm="none") == "الاسراييليه"


def test_unknown_algorithm_is_rejected_with_the_choices() -> None:
    with pytest.raises(QueryError, match="light"):
        stem("كتب", algorithm="porter")  # type: ignore[arg-type]


def test_stopwords_match_any_hamza_spelling() -> None:
    assert is_stopword("إلى") and is_stopword("الى") and is_stopword("أنّ")
    assert not is_stopword("بوتين")
    assert search_terms("ذهب إلى الرياض", drop_stopwords=True) == ["ذهب", "الرياض"]


# ---- vowelled vs plain text: the same search terms --------------------------------------------

HARAKAT = regex.compile(r"[\u064B-\u0652\u0670]")
SEED_VOWELLED = ("غذّت", "قبِل", "أنّ")


def _vowelled_sentences() -> list[str]:
    """Real vowelled sentences (AKEC raw documents + the seed article), see the file header."""
    lines = (DATA / "text_vowelled.txt").read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line and not line.startswith("#")]


def test_vowelled_corpus_sentences_give_same_terms_as_dediacritized() -> None:
    vowelled = _vowelled_sentences()
    assert len(vowelled) >= 100
    assert all(any(word in s for s in vowelled) for word in SEED_VOWELLED)
    for sentence in vowelled:
        plain = HARAKAT.sub("", sentence)
        assert plain != sentence
        assert search_terms(sentence) == search_terms(plain), sentence
        assert tokens(normalize(sentence)) == tokens(normalize(plain))
        assert len(tokens(sentence)) == len(tokens(plain))


def test_quran_verse_vowelled_and_plain_search_alike() -> None:
    vowelled = "فَمَنِ ابْتَغَى وَرَاءَ ذَلِكَ فَأُولَئِكَ هُمُ الْعَادُونَ"  # AKEC Religi02
    plain = "فمن ابتغى وراء ذلك فأولئك هم العادون"
    assert normalize(vowelled) == plain
    assert search_terms(vowelled) == search_terms(plain)


# ---- property tests ---------------------------------------------------------------------------

ARABIC_LETTERS = [chr(c) for c in range(0x0621, 0x064B) if c != 0x0640]
MARKS = [chr(c) for c in (*range(0x064B, 0x0653), 0x0670)]
arabic_word = st.lists(st.sampled_from(ARABIC_LETTERS), min_size=1, max_size=8).map("".join)
arabic_text = st.lists(arabic_word, min_size=1, max_size=12).map(" ".join)


@st.composite
def vowelled(draw: st.DrawFn) -> tuple[str, str]:
    plain = draw(arabic_text)
    out = []
    for ch in plain:
        out.append(ch)
        if ch != " ":
            out.extend(draw(st.lists(st.sampled_from(MARKS), max_size=2)))
    return "".join(out), plain


@given(st.text())
@settings(max_examples=400)
def test_normalize_is_idempotent_and_never_raises(s: str) -> None:
    for search in (False, True):
        once = normalize(s, for_search=search)
        assert normalize(once, for_search=search) == once
    assert clean(clean(s)) == clean(s)
    assert isinstance(tokens(s), list) and isinstance(sentences(s), list)
    assert isinstance(search_terms(s), list)


@given(st.text(alphabet=st.sampled_from([*ARABIC_LETTERS, *MARKS, " ", "\u200c", "ـ", "\n"])))
def test_normalize_is_idempotent_on_arabic(s: str) -> None:
    for search in (False, True):
        once = normalize(s, for_search=search)
        assert normalize(once, for_search=search) == once
        assert unicodedata.is_normalized("NFC", once)


@given(st.text() | st.text(alphabet='كتبَُِّ ـ3.,٫٬١٢Aab\u200c\x1c\x85-،«»\n():"_%'))
def test_tokens_fast_path_agrees_with_the_token_pattern(s: str) -> None:
    assert tokens(s) == _ANY_TOKEN.findall(s)
    assert tokens(s, punctuation=False) == _WORD_TOKEN.findall(s)


def _full_pipeline(s: str, search: bool) -> str:
    composed = _normalize._nfc(_normalize._CLEAN(s))
    out = _normalize._STRIP(composed)
    if search:
        out = _normalize._FOLD(out).casefold()
    return _normalize._collapse(_normalize._nfc(out))


@given(st.text() | st.text(alphabet=[*ARABIC_LETTERS, *MARKS, " ", "ـ", *"Aa1٣أةى"]))
def test_plain_fast_path_agrees_with_the_full_pipeline(s: str) -> None:
    for search in (False, True):
        assert normalize(s, for_search=search) == _full_pipeline(s, search)


def test_plain_fast_path_takes_only_unchanged_words() -> None:
    assert normalize("اعلنت المملكه 12 covid", for_search=True) == "اعلنت المملكه 12 covid"
    for word in ("أعلنت", "المملكة", "مستشفى", "كـتب", "كَتب", "١٢", "Covid", "a  b", " a"):
        assert normalize(word, for_search=True) != word


@given(vowelled())
def test_harakat_never_change_the_search_form(pair: tuple[str, str]) -> None:
    with_marks, plain = pair
    assert normalize(with_marks, for_search=True) == normalize(plain, for_search=True)
    assert search_terms(with_marks) == search_terms(plain)
    assert len(tokens(with_marks)) == len(tokens(plain))


# ---- a slice of SaudiNewsNet -----------------------------------------------------------------


def test_saudinewsnet_articles_normalize_without_invisibles_or_presentation_forms() -> None:
    # 10 articles of SaudiNewsNet 2015-07-21 that carry ligatures (ﻻ), presentation forms,
    # ZWNJ, NBSP, tatweel or ٬ (tests/data/text_saudinewsnet_sample.json)
    articles = json.loads((DATA / "text_saudinewsnet_sample.json").read_text(encoding="utf-8"))
    # presentation forms that NFKC would change (﴾ ﴿ ornate parentheses are real punctuation)
    junk = regex.compile(r"[\u200B-\u200F\u202A-\u202E\uFEFF\u0640\uFB50-\uFD3D\uFE70-\uFEFC]")
    assert sum(bool(junk.search(a["content"])) for a in articles) >= 8
    for article in articles:
        shown = clean(article["content"])
        out = normalize(article["content"])
        assert not junk.search(out)
        assert not regex.search(r"[\uFB50-\uFD3D\uFE70-\uFEFC\u200B-\u200F\u00A0]", shown)
        assert normalize(out) == out and clean(shown) == shown
    first = clean(articles[0]["content"])
    assert "قال مصدر مسؤول لـ«الشرق الأوسط»" in first  # was ﻗﺎﻝ ﻣﺼﺪﺭ ﻣﺴﺆﻭﻝ


@pytest.mark.parametrize("module", ["_normalize", "_tokenize", "_stem", "_sentences", "__init__"])
def test_docstring_examples_hold(module: str) -> None:
    import doctest
    import importlib

    name = "akhbar.text" if module == "__init__" else f"akhbar.text.{module}"
    result = doctest.testmod(importlib.import_module(name))
    assert result.attempted > 0 and result.failed == 0


def test_analysis_matches_search_terms_and_shares_one_stem_cache() -> None:
    from akhbar.text.analysis import analyze, stem_words, words_of

    head = "وأعلنَت الوزارةُ ١٢ قراراً"
    body = "قال بوتين: إن الاتفاقيّة النوويّة\nوالاتفاق سيُوقَّع"
    cache: dict[str, str] = {}
    a = analyze(head, body, cache=cache)
    assert a.head.split() == search_terms(head) == ["اعلنت", "وزار", "12", "قرار"]
    assert a.body.split() == search_terms(body)
    assert a.xbody.split() == words_of(body)
    assert words_of(body)[:3] == ["قال", "بوتين", "ان"]
    # the cache now holds each distinct word once; a second call stems nothing new
    before = dict(cache)
    assert stem_words(["والاتفاق", "الاتفاقيه"], cache=cache) == ["اتفاق", "اتفاق"]
    assert cache == before
    assert analyze(None, "").xbody == "" and analyze(None, "").head == ""
