"""``akhbar.search.related`` counts a fixed phrase of several words (خادم الحرمين الشريفين,
الاتفاق النووي) as one shared thing, not two or three shared words. Real slice: 280
SaudiNewsNet articles (tests/fixtures/search_slice.jsonl); the figures on the full corpus are
benchmarks/related_quality.py's."""

from __future__ import annotations

import sqlite3

import pytest
from test_related_quality import RECORDS, _store, _titled

from akhbar.search import SearchMemo, related
from akhbar.search.index import phrase_docs


@pytest.fixture(scope="module")
def conn(tmp_path_factory: pytest.TempPathFactory) -> sqlite3.Connection:
    return _store(tmp_path_factory.mktemp("phrases") / "akhbar.db", RECORDS).connection


def test_phrase_docs_counts_the_articles_with_the_pair_as_a_phrase_and_with_both(
    conn: sqlite3.Connection,
) -> None:
    """الحرمين الشريفين is a phrase wherever both words are; مستجدات الساحة once in two."""
    pairs = [("حرمين", "شريف"), ("اتفاق", "نوو"), ("مستجد", "ساح"), ("نوو", "اتفاق")]
    want = {pairs[0]: (20, 20), pairs[1]: (62, 68), pairs[2]: (1, 2), pairs[3]: (1, 68)}
    assert phrase_docs(conn, pairs) == want
    memo = SearchMemo()
    assert phrase_docs(conn, pairs, memo=memo) == want
    assert phrase_docs(conn, pairs, memo=memo) == want  # from the memo, the same


def test_an_article_sharing_only_a_fixed_title_with_the_seed_is_not_listed(
    conn: sqlite3.Connection,
) -> None:
    """The King receiving Geagea on Lebanon listed a Jazan water utility's notice, whose lead
    names «خادم الحرمين الشريفين»: three query words, 34% of the query's weight. The title is
    one thing (الحرمين الشريفين a fixed phrase of the slice), weighing 23%: not listed."""
    seed = _titled("خادم الحرمين الشريفين يبحث مع «جعجع»")
    water = _titled("«مياه جازان» تحث على تقديم أفضل الخدمات")
    listed = [h.headline for h in related(conn, seed.id, limit=6)]
    assert water.headline not in listed
    assert "خادم الحرمين يستقبل وزير الدفاع الأميركي في جدة" in listed


def test_articles_sharing_the_phrase_and_little_else_leave_the_list(
    conn: sqlite3.Connection,
) -> None:
    """An opinion piece on the nuclear deal (الاتفاق النووي: يافطة كاذبة) listed five articles
    through «الاتفاق النووي» and one lighter word; the one sharing a third thing (روحاني) stays."""
    seed = _titled("الاتفاق النووي: يافطة كاذبة")
    listed = [h.headline for h in related(conn, seed.id, limit=6)]
    assert listed == [_titled("وزير الاقتصاد الألماني أول الواصلين").headline]
