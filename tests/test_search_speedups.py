"""The search page's shortcuts give what the plain calls give (on the real 280-article slice,
deduplicated so that copies follow their article): ``search_with_facets`` is ``search`` and
``facets``; the headline tier ranked without counting it first; copies read once per search;
outlet chips and facet links written without a template macro or ``urlencode``."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from jinja2 import Environment
from markupsafe import Markup

from akhbar.dedup import update_pending
from akhbar.dedup.copies import copies_of
from akhbar.dedup.corpus import records_from_items
from akhbar.search import Filters, SearchMemo, facets, index_pending, search, search_with_facets
from akhbar.search.hits import CopyLinks
from akhbar.store import open_store
from akhbar.web.format import arabic_date, outlet_name
from akhbar.web.render import QueryLinks, _seg, outlet_chip, page_url

SLICE = Path(__file__).parent / "fixtures" / "search_slice.jsonl"
QUERIES = ["الاتفاق النووي", "السعودية", "خادم الحرمين", "وزير الدفاع", "النفط OR الغاز"]
FILTERS = [
    Filters(),
    Filters(outlets=("aawsat", "sabq")),
    Filters(date_from="2015-08-10", date_to="2015-08-11"),
    Filters(tags=("نووي",)),
]


@pytest.fixture(scope="module")
def conn(tmp_path_factory: pytest.TempPathFactory) -> sqlite3.Connection:
    items = (json.loads(line) for line in SLICE.read_text(encoding="utf-8").splitlines())
    path = tmp_path_factory.mktemp("speedups") / "akhbar.db"
    s = open_store(path)
    s.add(list(records_from_items(items, input=str(SLICE))))
    index_pending(s.connection)
    update_pending(s.connection)
    return s.connection


@pytest.mark.parametrize("filters", FILTERS)
def test_search_with_facets_is_search_and_facets(
    conn: sqlite3.Connection, filters: Filters
) -> None:
    memo = SearchMemo()
    for query in [*QUERIES, "مؤتمر صحفي بعد الاجتماع الوزاري في الرياض", "لا-توجد-كلمة"]:
        for offset in (0, 10):
            both = search_with_facets(conn, query, filters=filters, offset=offset, memo=memo)
            alone = search(conn, query, filters=filters, offset=offset)
            assert both == (alone, facets(conn, query, filters)), (query, offset)


def test_search_with_facets_counts_are_the_real_ones(conn: sqlite3.Connection) -> None:
    results, found = search_with_facets(conn, "الاتفاق النووي", top=3)
    assert results.total == found.total == 68 and results.relaxed == 0
    assert found.outlets == (("aawsat", 36), ("aleqtisadiya", 10), ("alweeam", 5))
    results, found = search_with_facets(conn, "السعودية", filters=Filters(outlets=("sabq",)))
    assert results.total == found.total == dict(found.outlets)["sabq"] == 4


@pytest.mark.parametrize("offset", [0, 10, 20, 22, 30])
def test_the_headline_tier_is_used_only_when_it_fills_the_page(
    conn: sqlite3.Connection, monkeypatch: pytest.MonkeyPatch, offset: int
) -> None:
    import akhbar.search.ranking as ranking

    query = "السعودية"
    full = search(conn, query, limit=100, group_copies=False).hits
    in_head = [h.id for h in full if h.headline_spans]
    assert len(full) == 88 and len(in_head) == 25
    monkeypatch.setattr(ranking, "TIER_ABOVE", 0)  # as if the slice were the full corpus
    page = [h.id for h in search(conn, query, limit=5, offset=offset, group_copies=False).hits]
    if offset + 5 <= len(in_head):  # the tier fills the page: ranked among the tier only
        assert page == in_head[offset : offset + 5]
    else:  # it does not: the whole ranking
        assert page == [h.id for h in full[offset : offset + 5]]


def test_copy_links_answer_as_copies_of_whatever_was_asked_before(
    conn: sqlite3.Connection,
) -> None:
    rowids = [
        r[0] for r in conn.execute("SELECT a FROM dedup_edges UNION SELECT b FROM dedup_edges")
    ]
    assert len(rowids) == 8
    links = CopyLinks(conn)
    assert links.of(rowids[:5]) == copies_of(conn, rowids[:5])
    assert links.of(rowids[3:8]) == copies_of(conn, rowids[3:8])  # some asked already
    assert links.of([*rowids, 10**9]) == copies_of(conn, [*rowids, 10**9])


def test_copies_on_a_page_link_to_the_article_they_follow(conn: sqlite3.Connection) -> None:
    hits = search(conn, "خادم الحرمين وزير الدفاع", limit=10).hits
    copies = [h for h in hits if h.copy_of]
    assert copies, [h.headline for h in hits]
    ids = [h.id for h in hits]
    for h in copies:
        assert ids.index(h.copy_of) < ids.index(h.id)


#: the Jinja macro that wrote an outlet's chip before ``outlet_chip``
_MACRO = (
    '{% if o %}<a class="chip" href="/outlet/{{ o|seg }}">{{ o|outlet_name }}</a>'
    '{% else %}<span class="chip">{{ o|outlet_name }}</span>{% endif %}'
)


@pytest.mark.parametrize("outlet", ["okaz", "aawsat", "news.example.com", "a/b&<x>\"'", "", None])
def test_outlet_chip_writes_what_the_macro_wrote(outlet: str | None) -> None:
    env = Environment(autoescape=True)
    env.filters.update(seg=_seg, outlet_name=outlet_name)
    want = env.from_string(_MACRO).render(o=outlet)
    assert outlet_chip(outlet) == Markup(want)
    if outlet == "okaz":
        assert want == '<a class="chip" href="/outlet/okaz">عكاظ</a>'


def test_facet_links_are_page_urls() -> None:
    params = {
        "q": 'الاتفاق "النووي" -إيران & co',
        "outlet": ["okaz", "a b"],
        "tag": [],
        "from": None,
    }
    link = QueryLinks("/search", params)
    for changes in (
        {},
        {"outlet": []},
        {"tag": ["نووي/2015", "?&="]},
        {"from": "2015-08-10", "to": "2015-08-10"},
        {"offset": 0},
        {"offset": 20},
    ):
        assert link(**changes) == page_url("/search", **{**params, **changes}), changes
    assert link(tag=["نووي"]) == (
        "/search?q=%D8%A7%D9%84%D8%A7%D8%AA%D9%81%D8%A7%D9%82+%22%D8%A7%D9%84%D9%86%D9%88%D9%88%D9"
        "%8A%22+-%D8%A5%D9%8A%D8%B1%D8%A7%D9%86+%26+co&outlet=okaz&outlet=a+b"
        "&tag=%D9%86%D9%88%D9%88%D9%8A"
    )


def test_arabic_dates_are_the_same_from_the_cache() -> None:
    for _ in range(2):
        assert arabic_date("2015-08-08T06:04:27") == "السبت 8 أغسطس 2015، 06:04"
        assert arabic_date("2015-08-08", weekday=False, time=False) == "8 أغسطس 2015"
        assert arabic_date(None) == "" and arabic_date("غدا") == "غدا"
