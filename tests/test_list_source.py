"""Lists name an article's source when it has no outlet, as its own page does (issue #7).

A page read from text or HTML often names its source (``المصدر: سكاي نيوز عربية``) and no
outlet. Its page showed the source, while every list of it (the tag page, the day's latest
articles, the story page, the copies on an article page, ``/api/articles``) read rows without
the source and wrote «مصدر غير معروف» (unknown source). The rows now carry it.

Real data: the web fixture (152 SaudiNewsNet articles of 2015-08-08 and the seed page, which
names its source and no outlet, tests/fixtures/web/) and, for copies, a SaudiNewsNet article of
tests/fixtures/search_slice.jsonl stored twice: as its outlet printed it and as a page that
names the agency it came from and no outlet. Each test fails on the rows without ``source``.
"""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from test_search import RECORDS
from test_web import build_store, seed_id

from akhbar.dedup import group_members, update_pending
from akhbar.search import index_pending
from akhbar.store import open_store
from akhbar.store.queries import latest_articles
from akhbar.stories import get_story
from akhbar.web import create_app

SOURCE = "سكاي نيوز عربية"
UNKNOWN = "مصدر غير معروف"
TAG = "كوريا الشمالية"  # one of the seed page's tags
SEED_DAY = "2023-09-18"


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("list-source") / "web.db")


def test_the_seed_page_names_a_source_and_no_outlet(conn: sqlite3.Connection) -> None:
    """A guard on the fixture the other tests rely on."""
    row = conn.execute("SELECT outlet, source FROM articles WHERE id = ?", (seed_id(conn),))
    assert row.fetchone() == (None, SOURCE)


def test_list_rows_carry_the_source(conn: sqlite3.Connection) -> None:
    (item,) = latest_articles(conn, tag=TAG).items
    assert (item.id, item.outlet, item.source) == (seed_id(conn), None, SOURCE)
    okaz = latest_articles(conn, outlet="okaz", limit=5).items
    assert okaz and all(a.outlet == "okaz" and a.source is None for a in okaz)


def test_tag_page_names_the_source(client: TestClient) -> None:
    html = client.get(f"/tag/{quote(TAG, safe='')}").text
    items = html[html.index('<ul class="items card">') :]
    assert f'<span class="chip">{SOURCE}</span>' in items
    assert UNKNOWN not in html


def test_home_latest_articles_name_the_source(client: TestClient) -> None:
    html = client.get("/", params={"day": SEED_DAY}).text
    assert f'<span class="chip">{SOURCE}</span>' in html
    assert UNKNOWN not in html


def test_story_page_names_the_source(client: TestClient, conn: sqlite3.Connection) -> None:
    story_id = conn.execute(
        "SELECT g.story FROM article_groups g JOIN articles a ON a.rowid = g.article "
        "WHERE a.id = ?",
        (seed_id(conn),),
    ).fetchone()[0]
    story = get_story(conn, story_id)
    assert story is not None
    assert [(m.outlet, m.source) for m in story.members] == [(None, SOURCE)]
    html = client.get(f"/story/{story_id}").text
    assert f'<span class="chip">{SOURCE}</span>' in html
    assert UNKNOWN not in html


def test_api_articles_carry_the_source(client: TestClient) -> None:
    items = client.get("/api/articles", params={"tag": TAG}).json()["items"]
    assert [(a["outlet"], a["source"]) for a in items] == [(None, SOURCE)]


@pytest.fixture(scope="module")
def copies(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An article as its outlet printed it, and the same text as a page naming its agency
    and no outlet (the record's own text, another input and id)."""
    original = next(r for r in RECORDS if r.outlet == "aawsat" and len(r.page.main.body) > 3)
    page = replace(
        original,
        id="page-" + original.id,
        outlet=None,
        url=None,
        page=replace(
            original.page,
            input="agency-page.txt",
            url=None,
            main=replace(original.page.main, source="وكالة الأنباء السعودية"),
        ),
    )
    path = Path(tmp_path_factory.mktemp("copies")) / "akhbar.db"
    with open_store(path) as s:
        s.add([original, page])
        index_pending(s.connection)
        update_pending(s.connection)
    return path


def test_copies_of_an_article_name_the_source(copies: Path) -> None:
    with sqlite3.connect(copies) as c:
        (group,) = c.execute("SELECT DISTINCT duplicate_group FROM article_groups").fetchone()
        members = group_members(c, group)
        assert sorted((m.outlet or "", m.source or "") for m in members) == [
            ("", "وكالة الأنباء السعودية"),
            ("aawsat", ""),
        ]
        original = next(m.id for m in members if m.outlet)
        (story,) = c.execute("SELECT DISTINCT story FROM article_groups").fetchone()
    with TestClient(create_app(copies)) as client:
        html = client.get(f"/article/{original}").text
        story_html = client.get(f"/story/{story}").text
    copies_list = html[html.index("النص نفسه") :]
    assert "وكالة الأنباء السعودية</a>" in copies_list
    assert UNKNOWN not in html
    # the story page: the copy under its canonical text, and both printers in the summary
    summary = story_html[story_html.index("<summary>") : story_html.index("</summary>")]
    assert summary.count("<bdi>") == 2
    assert "<bdi>الشرق الأوسط</bdi>" in summary and "<bdi>وكالة الأنباء السعودية</bdi>" in summary
    assert UNKNOWN not in story_html


def test_search_hits_name_the_source(client: TestClient) -> None:
    html = client.get("/search", params={"q": "رسالة كيم إلى بوتين"}).text
    results = html[html.index('<ol class="results">') :]
    assert f'<span class="chip">{SOURCE}</span>' in results
    assert UNKNOWN not in html
    hits = client.get("/api/search", params={"q": "رسالة كيم إلى بوتين"}).json()["hits"]
    assert (hits[0]["outlet"], hits[0]["source"], hits[0]["outlet_name"]) == (None, SOURCE, SOURCE)
