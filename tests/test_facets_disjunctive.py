"""Disjunctive facets: each facet counted within the other facets' filters, not its own.

Real slice: the 280 SaudiNewsNet articles of tests/fixtures/search_slice.jsonl, tagged where
their headline names the subject (``نووي``, ``إيران``, ``السعودية``; SaudiNewsNet has no tags).
Every count is checked against a search that filters by that one value alone, so a facet says
how many results a click on it would add. Each test fails on the facets counted within every
filter (before issue #7): an outlet chosen, the other outlets were gone.
"""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from test_search import RECORDS

from akhbar.search import Filters, facets, index_pending, search, search_with_facets
from akhbar.store import open_store

QUERY = "الاتفاق النووي"
SUBJECTS = ("نووي", "إيران", "السعودية")


def _tagged() -> list:  # type: ignore[type-arg]
    out = []
    for r in RECORDS:
        head = r.page.main.headline or ""
        tags = tuple(t for t in SUBJECTS if t in head)
        out.append(replace(r, page=replace(r.page, main=replace(r.page.main, tags=tags))))
    return out


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = Path(tmp_path_factory.mktemp("disjunctive")) / "akhbar.db"
    with open_store(path) as s:
        s.add(_tagged())
        index_pending(s.connection)
    return path


def _total(conn: sqlite3.Connection, filters: Filters, query: str = QUERY) -> int:
    return facets(conn, query, filters).total


def test_with_one_outlet_chosen_every_other_outlet_keeps_its_own_count(
    conn: sqlite3.Connection,
) -> None:
    everywhere = dict(facets(conn, QUERY).outlets)
    assert everywhere["aawsat"] == 36 and everywhere["aleqtisadiya"] == 10
    f = facets(conn, QUERY, Filters(outlets=("aawsat",)))
    assert f.total == 36 == len(search(conn, QUERY, filters=Filters(outlets=("aawsat",)),
                                       match="all", limit=100).hits)  # fmt: skip
    # every outlet is still listed, with the count it has when chosen alone
    assert dict(f.outlets) == everywhere
    assert dict(f.outlets)["aleqtisadiya"] == _total(conn, Filters(outlets=("aleqtisadiya",)))
    # the days and tags stay within the chosen outlet
    assert sum(n for _, n in f.days) == 36
    assert dict(f.tags)["نووي"] == _total(conn, Filters(outlets=("aawsat",), tags=("نووي",)))


def test_two_outlets_chosen_give_the_results_of_either(conn: sqlite3.Connection) -> None:
    both = Filters(outlets=("aawsat", "aleqtisadiya"))
    f = facets(conn, QUERY, both)
    assert (
        f.total
        == 46
        == _total(conn, replace(both, outlets=("aawsat",)))
        + _total(conn, replace(both, outlets=("aleqtisadiya",)))
    )
    assert dict(f.outlets) == dict(facets(conn, QUERY).outlets)


def test_outlets_are_counted_within_the_date_range_and_days_within_the_outlets(
    conn: sqlite3.Connection,
) -> None:
    f = facets(
        conn, QUERY, Filters(outlets=("aawsat",), date_from="2015-07-21", date_to="2015-07-21")
    )
    first_day = Filters(date_from="2015-07-21", date_to="2015-07-21")
    assert dict(f.outlets) == dict(facets(conn, QUERY, first_day).outlets)
    assert dict(f.outlets)["aleqtisadiya"] == _total(
        conn, replace(first_day, outlets=("aleqtisadiya",))
    )
    # every day of the chosen outlet is listed, the chosen day among them
    aawsat = Filters(outlets=("aawsat",))
    assert dict(f.days) == dict(facets(conn, QUERY, aawsat).days)
    assert len(f.days) > 1
    for day, n in f.days:
        assert n == _total(conn, replace(aawsat, date_from=day, date_to=day))
    assert f.total == _total(conn, replace(aawsat, date_from="2015-07-21", date_to="2015-07-21"))


def test_with_one_tag_chosen_the_other_tags_keep_their_counts(conn: sqlite3.Connection) -> None:
    f = facets(conn, "إيران", Filters(tags=("نووي",)))
    tags = dict(f.tags)
    assert set(tags) >= {"نووي", "إيران"}
    for tag in tags:
        assert tags[tag] == _total(conn, Filters(tags=(tag,)), "إيران")
    assert f.total == tags["نووي"]
    assert tags == dict(facets(conn, "إيران").tags)


def test_a_chosen_outlet_or_tag_is_listed_even_outside_the_top(conn: sqlite3.Connection) -> None:
    f = facets(conn, QUERY, Filters(outlets=("sabq",)), top=1)
    assert f.outlets == (("aawsat", 36), ("sabq", 1))
    assert f.tags == (("إيران", 1),)  # the top tag of sabq's one match (tied with نووي)
    # a chosen tag nothing matches within the chosen outlet: listed, with 0, to be removed
    f = facets(conn, QUERY, Filters(outlets=("sabq",), tags=("السعودية",)), top=1)
    assert f.tags == (("إيران", 1), ("السعودية", 0))
    assert f.total == 0
    assert dict(f.outlets) == dict(
        facets(conn, QUERY, Filters(tags=("السعودية",)), top=1).outlets
    ) | {"sabq": 0}


@pytest.mark.parametrize(
    "filters",
    [
        Filters(outlets=("aawsat",)),
        Filters(outlets=("aawsat", "okaz"), date_from="2015-07-21", date_to="2015-07-23"),
        Filters(tags=("نووي",), date_from="2015-07-22"),
        Filters(outlets=("alriyadh",), tags=("إيران", "نووي"), date_to="2015-07-30"),
    ],
)
def test_the_search_page_gets_the_same_facets_and_count(
    conn: sqlite3.Connection, filters: Filters
) -> None:
    """A guard (passes before the change too): ``search_with_facets``, which counts the few
    unfiltered matches in Python, gives the facets of ``facets`` and the strict count."""
    for query in (QUERY, "إيران", "السعودية"):
        results, found = search_with_facets(conn, query, filters=filters, top=12)
        assert found == facets(conn, query, filters, top=12)
        assert found.total == len(search(conn, query, filters=filters, match="all", limit=100).hits)
        assert results.total >= found.total


def test_search_page_lists_every_outlet_and_links_to_a_second_one(client: TestClient) -> None:
    html = client.get("/search", params={"q": QUERY, "outlet": "aawsat"}).text
    side = html[html.index('class="side-col facets"') :]
    # the chosen outlet is marked and links to its removal; another links to adding it
    assert 'class="on" aria-current="true" href="/search?q=' in side
    assert "outlet=aawsat&amp;outlet=aleqtisadiya" in side
    assert "<span>10</span>" in side  # aleqtisadiya's count, outside the chosen outlet
    assert side.count("<li>") >= 11 + 1  # every outlet of the query, and a day or more


def test_api_facets_are_disjunctive_and_mark_the_chosen(client: TestClient) -> None:
    body = client.get(
        "/api/search", params=[("q", QUERY), ("outlet", "aawsat"), ("facets", "true")]
    ).json()
    assert body["total"] >= body["facets"]["total"] == 36
    outlets = {o["outlet"]: (o["count"], o["chosen"]) for o in body["facets"]["outlets"]}
    assert outlets["aawsat"] == (36, True) and outlets["aleqtisadiya"] == (10, False)
    assert sum(n for n, _ in outlets.values()) == 68
    spec = client.get("/openapi.json").json()
    assert "disjunctive" in spec["paths"]["/api/search"]["get"]["description"]
