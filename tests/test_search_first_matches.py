"""A query with more matches than are read in one pass (``ranking.TIER_ABOVE``) scores the
copies its ranking pulls up from the first matches it read (``matches.FirstMatches``), not by
another pass of FTS5, when they are among them; same results. Real 280-article slice, tagged
and deduplicated; the tier is lowered so that the slice's queries cross it."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from test_search import RECORDS

import akhbar.search.ranking as ranking
import akhbar.search.request as request
from akhbar.dedup import update_pending
from akhbar.search import Filters, SearchMemo, index_pending, parse_query, search_with_facets
from akhbar.search.engine import BM25
from akhbar.search.matches import FirstMatches, read_matches
from akhbar.search.query import match_expression
from akhbar.store import open_store


@pytest.fixture(scope="module")
def conn(tmp_path_factory: pytest.TempPathFactory) -> sqlite3.Connection:
    s = open_store(Path(tmp_path_factory.mktemp("first")) / "akhbar.db")
    s.add(RECORDS)
    index_pending(s.connection)
    update_pending(s.connection)
    return s.connection


def _scores(conn: sqlite3.Connection, expr: str) -> dict[int, float]:
    sql = f"SELECT rowid, {BM25} FROM search_fts WHERE search_fts MATCH ?"
    return dict(conn.execute(sql, [expr]))


def test_the_first_matches_read_score_those_up_to_the_last_and_rule_out_the_others(
    conn: sqlite3.Connection,
) -> None:
    expr = match_expression(parse_query("الاتفاق النووي"), mode="all")
    first = read_matches(conn, BM25, expr, ("", ""), [], few=20)
    assert isinstance(first, FirstMatches)
    every = _scores(conn, expr)  # 68 matches
    ids = sorted(every)
    assert len(first.scores) == 21 and first.last == ids[20]
    assert first.scores == {r: every[r] for r in ids[:21]}
    everything = [r[0] for r in conn.execute("SELECT rowid FROM articles ORDER BY rowid")]
    known, rest = first.split(everything)
    assert known == first.scores  # the matches up to the last read
    assert rest == [r for r in everything if r > first.last]  # unknown: past the last read


def test_copies_among_the_first_matches_are_not_scored_again(
    conn: sqlite3.Connection, monkeypatch: pytest.MonkeyPatch
) -> None:
    """«وزير الدفاع» (21 matches) over a tier of 10: its second page pulls up a copy whose
    score the first read holds; before, a second FTS5 pass scored it."""
    monkeypatch.setattr(ranking, "TIER_ABOVE", 10)
    passes: list[list[int]] = []
    scores = ranking.scores

    def counted(*args: Any) -> dict[int, float]:
        passes.append(list(args[-1]))
        return scores(*args)

    monkeypatch.setattr(ranking, "scores", counted)
    got = search_with_facets(conn, "وزير الدفاع", offset=10, memo=SearchMemo())
    assert got[0].total == 21 and len(got[0].hits) == 10
    assert passes == []
    monkeypatch.setattr(request.Request, "first", lambda self, expr: None)
    assert search_with_facets(conn, "وزير الدفاع", offset=10) == got  # the second pass: same
    assert len(passes) == 1


@pytest.mark.parametrize(
    "filters", [Filters(), Filters(outlets=("aawsat", "alyaum")), Filters(tags=("نووي",))]
)
def test_results_are_those_of_the_second_pass(
    conn: sqlite3.Connection, monkeypatch: pytest.MonkeyPatch, filters: Filters
) -> None:
    """Guard: every page of these queries over several tiers is what the second pass gave."""
    queries = ["الاتفاق النووي", "السعودية", "وزير الدفاع", "إيران", "الرياض", "النفط OR الغاز"]
    got = {}
    for tier in (5, 10, 20):
        monkeypatch.setattr(ranking, "TIER_ABOVE", tier)
        for q in queries:
            for offset in (0, 10, 20):
                got[tier, q, offset] = search_with_facets(
                    conn, q, filters=filters, offset=offset, memo=SearchMemo()
                )
    monkeypatch.setattr(request.Request, "first", lambda self, expr: None)
    for (tier, q, offset), found in got.items():
        monkeypatch.setattr(ranking, "TIER_ABOVE", tier)
        assert search_with_facets(conn, q, filters=filters, offset=offset) == found
    assert any(r.hits for r, _ in got.values())
