"""Every match read in one pass (``akhbar.search.matches``) answers what the separate FTS5
statements answered: counts, ranking, copies' scores and facets (the real 280-article slice,
tagged and deduplicated)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from test_search import RECORDS

import akhbar.search.matches as matches_module
import akhbar.search.request as request
from akhbar.dedup import update_pending
from akhbar.search import Filters, SearchMemo, index_pending, parse_query, search_with_facets
from akhbar.search.engine import BM25
from akhbar.search.matches import FirstMatches, Match, MatchSet, read_matches
from akhbar.search.query import match_expression
from akhbar.store import open_store

QUERIES = ["الاتفاق النووي", "السعودية", "خادم الحرمين", "وزير الدفاع", "النفط OR الغاز"]
FILTERS = [
    Filters(),
    Filters(outlets=("aawsat", "sabq")),
    Filters(date_from="2015-08-10", date_to="2015-08-11"),
    Filters(tags=("نووي",)),
]


@pytest.fixture(scope="module")
def conn(tmp_path_factory: pytest.TempPathFactory) -> sqlite3.Connection:
    s = open_store(Path(tmp_path_factory.mktemp("matches")) / "akhbar.db")
    s.add(RECORDS)  # tagged, so the tag facets count too
    index_pending(s.connection)
    update_pending(s.connection)
    return s.connection


def test_ties_go_to_the_more_recent_then_the_higher_rowid() -> None:
    found = MatchSet(
        [
            Match(1, -2.0, "2015-08-01", "sabq", "2015-08-01", True),
            Match(2, -3.0, "2015-07-01", "sabq", "2015-07-01", True),
            Match(3, -2.0, "2015-08-02", "aawsat", "2015-08-02", True),
            Match(4, -2.0, "2015-08-02", "aawsat", "2015-08-02", True),
            Match(5, -2.0, "", None, None, False),
        ]
    )
    assert [r for r, _ in found.ranked] == [2, 4, 3, 1, 5]
    assert len(found) == 5 and found.scores[5] == -2.0
    assert found.page(2, 1, links=None) == [(4, -2.0), (3, -2.0)]


def test_read_matches_reads_all_or_the_first_ones(conn: sqlite3.Connection) -> None:
    expr = match_expression(parse_query("الاتفاق النووي"), mode="all")
    found = read_matches(conn, BM25, expr, ("", ""), [], few=500)
    assert isinstance(found, MatchSet) and len(found) == 68
    first = read_matches(conn, BM25, expr, ("", ""), [], few=67)
    assert isinstance(first, FirstMatches) and first.scores == found.scores  # all 68 read
    scores = dict(
        conn.execute(f"SELECT rowid, {BM25} FROM search_fts WHERE search_fts MATCH ?", [expr])
    )
    assert found.scores == scores


@pytest.mark.parametrize("filters", FILTERS)
def test_one_pass_gives_what_the_separate_statements_give(
    conn: sqlite3.Connection, monkeypatch: pytest.MonkeyPatch, filters: Filters
) -> None:
    queries = [*QUERIES, "مؤتمر صحفي بعد الاجتماع الوزاري في الرياض", "لا-توجد-كلمة"]
    one_pass = {
        (q, o): search_with_facets(conn, q, filters=filters, offset=o, memo=SearchMemo())
        for q in queries
        for o in (0, 5, 10)
    }
    monkeypatch.setattr(request, "read_matches", lambda *a, **k: None)
    for (q, o), got in one_pass.items():
        assert got == search_with_facets(conn, q, filters=filters, offset=o), (q, o)
    assert any(r.total for r, _ in one_pass.values())
    if filters == Filters():  # the tag facets were compared too
        assert any(f.tags for _, f in one_pass.values())


def test_distinct_scores_rank_by_score_alone_and_rows_become_matches() -> None:
    """Guard of ``MatchSet``'s shortcut: when no two scores are equal the order is the
    score's alone, the order the three stable sorts give; a statement's row becomes a
    ``Match`` read by name, as ``Match._make`` made it."""
    rows = [
        (1, -2.5, "2015-08-01", "sabq", "2015-08-01", 1),
        (2, -3.0, "2015-07-01", "sabq", "2015-07-01", 1),
        (7, -2.0, "2015-08-02", "aawsat", "2015-08-02", 0),
        (9, -2.25, "", None, None, 1),
    ]
    made = [matches_module._as_match(r) for r in rows]
    assert made == [Match._make(r) for r in rows]
    assert all(type(m) is Match for m in made) and made[2].outlet == "aawsat"
    assert [r for r, _ in MatchSet(made).ranked] == [2, 1, 9, 7]
    # a tie (-0.0 equals 0.0) takes the full rule: the more recent first
    tied = MatchSet(
        [Match(3, 0.0, "2015-01-01", None, None, 1), Match(4, -0.0, "2015-02-01", None, None, 1)]
    )
    assert [r for r, _ in tied.ranked] == [4, 3]
