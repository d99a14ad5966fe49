"""Facet counts (one full-text pass) agree with the searches they sit beside, filters included."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from test_search import RECORDS

from akhbar.search import Filters, Hit, facets, index_pending, search
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
def test_facets_match_the_strict_search_under_the_other_filters(
    conn: sqlite3.Connection, filters: Filters
) -> None:
    # Facets are disjunctive (each counted within the other facets' filters, not its own), so
    # each agrees with the search without its own filter; the total with the filtered search.
    # (Until the facets were disjunctive, every facet was counted within every filter.)
    def hits(query: str, f: Filters) -> list[Hit]:
        return list(search(conn, query, filters=f, match="all", limit=100).hits)

    for query in ("الاتفاق النووي", "السعودية", "لا-توجد-كلمة"):
        f = facets(conn, query, filters)
        assert f.total == len(hits(query, filters))
        by_outlet = hits(query, replace(filters, outlets=()))
        assert sum(n for _, n in f.outlets) == len(by_outlet)
        assert dict(f.outlets) == {
            o: sum(h.outlet == o for h in by_outlet) for o in dict(f.outlets)
        }
        by_day = hits(query, replace(filters, date_from=None, date_to=None))
        assert sum(n for _, n in f.days) == len(by_day)
        assert [d for d, _ in f.days] == sorted(d for d, _ in f.days)
        by_tag = hits(query, replace(filters, tags=()))
        nuclear = sum("نووي" in (h.headline or "") for h in by_tag)
        assert dict(f.tags).get("نووي", 0) == nuclear


def test_facets_keep_the_top_tags_largest_first(conn: sqlite3.Connection) -> None:
    f = facets(conn, "النووي", top=1)
    assert len(f.tags) <= 1 and len(f.outlets) <= 1
    assert [t for t, _ in f.tags] in ([], ["نووي"])
