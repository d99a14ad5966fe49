"""Facet counts (one full-text pass) agree with the searches they sit beside, filters included."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from test_search import RECORDS

from akhbar.search import Filters, facets, index_pending, search
from akhbar.store import open_store


@pytest.fixture(scope="module")
def conn(tmp_path_factory: pytest.TempPathFactory) -> sqlite3.Connection:
    s = open_store(Path(tmp_path_factory.mktemp("facets")) / "akhbar.db")
    s.add(RECORDS)
    index_pending(s.connection)
    return s.connection


@pytest.mark.parametrize(
    "filters",
    [
        Filters(),
        Filters(outlets=("aawsat", "sabq")),
        Filters(date_from="2015-08-10", date_to="2015-08-11"),
        Filters(tags=("نووي",)),
    ],
)
def test_facets_match_the_strict_search_under_filters(
    conn: sqlite3.Connection, filters: Filters
) -> None:
    for query in ("الاتفاق النووي", "السعودية", "لا-توجد-كلمة"):
        f = facets(conn, query, filters)
        hits = search(conn, query, filters=filters, match="all", limit=100).hits
        assert f.total == len(hits) == sum(n for _, n in f.outlets)
        assert dict(f.outlets) == {o: sum(h.outlet == o for h in hits) for o in dict(f.outlets)}
        assert sum(n for _, n in f.days) == f.total
        assert [d for d, _ in f.days] == sorted(d for d, _ in f.days)
        nuclear = sum("نووي" in (h.headline or "") for h in hits)
        assert dict(f.tags).get("نووي", 0) == nuclear


def test_facets_keep_the_top_tags_largest_first(conn: sqlite3.Connection) -> None:
    f = facets(conn, "النووي", top=1)
    assert len(f.tags) <= 1 and len(f.outlets) <= 1
    assert [t for t, _ in f.tags] in ([], ["نووي"])
