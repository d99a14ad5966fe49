"""The web app and JSON API, in process (FastAPI TestClient) over a store of real articles.

The store holds 152 SaudiNewsNet articles of 2015-08-08 and the seed page
(tests/fixtures/web/, made by make_fixture.py), ingested with akhbar's own pipeline, so
stories, duplicate groups and the search index are the real ones.
"""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote, urlencode

import pytest
from fastapi.testclient import TestClient
from markupsafe import escape

from akhbar.ingest import ingest
from akhbar.search import search
from akhbar.store import open_store
from akhbar.stories import get_story, list_stories
from akhbar.web import CSP, create_app
from akhbar.web.format import arabic_date, results_count

FIXTURES = Path(__file__).parent / "fixtures" / "web"
SEED_HEADLINE = 'غادر روسيا "سعيدا".. هذه تفاصيل رسالة كيم إلى بوتين'
TOKEN = "test-token-7f3a"
XSS_ARTICLE = {
    "source": "okaz",
    "url": "http://www.okaz.com.sa/new/xss-test-1",
    "date_extracted": "2015-08-08 21:00:00",
    "title": "عنوان <script>window.__xss = 'title'; alert(1)</script> خبيث",
    "author": "<b>محرر</b>",
    "content": "فقرة أولى عن الرياض <script>window.__xss = 'body'; alert(1)</script>\n"
    "فقرة ثانية <img src=x onerror=\"window.__xss = 'img'; alert(1)\"> نهاية",
}


def build_store(path: Path) -> Path:
    with open_store(path) as store:
        summary = ingest(
            [str(FIXTURES / "snn-2015-08-08.jsonl"), str(FIXTURES / "seed.txt")], store
        )
    assert summary.stored == 153 and summary.rejected_total == 0
    return path


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("web") / "web.db")


@pytest.fixture
def writable(store_path: Path, tmp_path: Path) -> Iterator[tuple[TestClient, Path]]:
    """A copy of the store served with an ingest token (ingest tests must not touch the rest)."""
    copy = tmp_path / "copy.db"
    shutil.copyfile(store_path, copy)
    with TestClient(create_app(copy, ingest_token=TOKEN)) as c:
        yield c, copy


def seed_id(conn: sqlite3.Connection) -> str:
    row = conn.execute("SELECT id FROM articles WHERE headline = ?", (SEED_HEADLINE,)).fetchone()
    assert row, "the seed page was ingested with its headline"
    return str(row[0])


# -- pages ---------------------------------------------------------------------------------


def test_every_page_is_rtl_arabic_and_forbids_inline_script(client: TestClient) -> None:
    for url in ("/", "/search?q=الرياض", "/outlets", "/tags", "/outlet/okaz", "/nope"):
        r = client.get(url)
        assert '<html dir="rtl" lang="ar">' in r.text, url
        csp = r.headers["content-security-policy"]
        assert csp == CSP and "script-src 'self'" in csp and "unsafe-inline" not in csp
        scripts = re.findall(r"<script[^>]*>", r.text)
        assert set(scripts) <= {'<script src="/static/related.js" defer>'}  # no inline script


def test_home_lists_the_days_biggest_stories_with_their_outlets(
    client: TestClient, conn: sqlite3.Connection
) -> None:
    stories = list_stories(conn, day="2015-08-08", limit=3)
    biggest = stories[0]
    assert biggest.size >= 5 and len(biggest.outlets) >= 4
    html = client.get("/").text
    assert escape(biggest.title or "") in html
    assert f'href="/story/{biggest.id}"' in html
    assert "السبت 8 أغسطس 2015" in html  # the latest day, in Arabic
    assert "الشرق الأوسط" in html and "عكاظ" in html  # outlets by their printed names
    # filtering by outlet keeps only stories that outlet ran
    okaz = client.get("/?day=2015-08-08&outlet=okaz").text
    for s in list_stories(conn, day="2015-08-08", outlet="okaz", min_size=2, limit=20):
        assert f'href="/story/{s.id}"' in okaz
    assert client.get("/?day=08-08-2015").status_code == 422


def test_story_page_collapses_copies_under_their_canonical_text(
    client: TestClient, conn: sqlite3.Connection
) -> None:
    sid = conn.execute(
        "SELECT story FROM article_groups GROUP BY duplicate_group HAVING count(*) > 1 "
        "ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()[0]
    story = get_story(conn, sid)
    assert story is not None
    html = client.get(f"/story/{sid}").text
    canonical = [m for m in story.members if m.is_canonical]
    copies = [m for m in story.members if not m.is_canonical]
    assert copies, "the chosen story has duplicate copies"
    assert html.count('<li class="entry">') == len(canonical)
    assert html.count("<details") >= 1 and "النص نفسه" in html
    # members appear in time order
    positions = [html.index(f'href="/article/{m.id}"') for m in canonical]
    assert positions == sorted(positions)
    assert client.get("/story/nope").status_code == 404


def test_seed_article_page_shows_every_part_of_the_page(
    client: TestClient, conn: sqlite3.Connection
) -> None:
    aid = seed_id(conn)
    r = client.get(f"/article/{aid}")
    assert r.status_code == 200
    html = r.text
    assert escape(SEED_HEADLINE) in html
    assert "الاثنين 18 سبتمبر 2023" in html  # "18th, September 2023 GMT" read and printed in Arabic
    assert "سكاي نيوز عربية" in html  # the source line
    assert "<p>تمنى الزعيم الكوري الشمالي، كيم جونغ أون" in html  # body paragraphs
    tags = json.loads(conn.execute("SELECT tags FROM articles WHERE id = ?", (aid,)).fetchone()[0])
    assert "كوريا الشمالية" in tags
    for tag in tags:
        assert f'href="/tag/{quote(tag, safe="")}"' in html
    # read-also and embedded items link to a search for their headline
    for headline in (
        "بوتين: علاقتنا بالصين بلغت أعلى مستوى لها في تاريخها",
        "بوتين: روسيا وماليزيا تحددان خططا ملموسة لتعزيز التعاون في المستقبل",
    ):
        assert f'href="/search?{urlencode({"q": headline})}"' in html
    assert "مقالات ذات صلة" in html
    assert f'href="/article/{aid}/related"' in html  # without JavaScript: a link to them


def test_article_page_links_related_articles_computed_by_akhbar(
    client: TestClient, conn: sqlite3.Connection
) -> None:
    aid = conn.execute(
        "SELECT id FROM articles WHERE headline LIKE '%يوفنتوس%' ORDER BY rowid LIMIT 1"
    ).fetchone()[0]
    data = client.get(f"/api/articles/{aid}/related?limit=6").json()
    assert data["items"], "a Juventus article has related articles in the slice"
    assert all(h["id"] != aid for h in data["items"])
    listing = client.get(f"/article/{aid}/related").text  # the no-JavaScript page
    once_computed = client.get(f"/article/{aid}").text  # now shown inline
    for html in (listing, once_computed):
        for item in data["items"]:
            assert f'href="/article/{item["id"]}"' in html
    assert client.get("/article/nope/related").status_code == 404


def test_search_page_marks_matches_counts_facets_and_pages(
    client: TestClient, conn: sqlite3.Connection
) -> None:
    total = search(conn, "السعودية", limit=10).total
    assert total > 10
    html = client.get("/search?q=السعودية").text
    assert results_count(total) in html
    assert re.search(r"<mark>[^<]*السعودي[^<]*</mark>", html)
    assert html.count('class="card result') == 10  # "card result copy" for a dispatch's copies
    assert "offset=10" in html and 'rel="next"' in html
    assert "<h2>الصحيفة</h2>" in html and "<h2>التاريخ</h2>" in html
    page2 = client.get("/search?q=السعودية&offset=10").text
    assert "صفحة 2 من" in page2
    # an outlet facet narrows the results
    okaz = search(conn, "السعودية", limit=10).hits
    one = next(h.outlet for h in okaz if h.outlet)
    filtered = client.get(f"/search?q=السعودية&outlet={one}").text
    assert results_count(search(conn, "السعودية", limit=10, filters=_f(one)).total) in filtered


def test_search_shows_a_dispatchs_copies_right_under_it(
    client: TestClient, conn: sqlite3.Connection
) -> None:
    a, b = conn.execute("SELECT a, b FROM dedup_edges ORDER BY jaccard DESC LIMIT 1").fetchone()
    (query,) = conn.execute("SELECT headline FROM articles WHERE rowid = ?", (a,)).fetchone()
    hits = client.get("/api/search", params={"q": query, "limit": 10}).json()["hits"]
    ids = [h["id"] for h in hits]
    copies = [h for h in hits if h["copy_of"]]
    assert copies and all(ids.index(h["copy_of"]) < ids.index(h["id"]) for h in copies)
    copy_id = conn.execute("SELECT id FROM articles WHERE rowid = ?", (b,)).fetchone()[0]
    assert copy_id in {h["id"] for h in copies}
    html = client.get("/search", params={"q": query}).text
    assert html.count('class="card result copy"') == len(copies)
    assert html.count("النص نفسه في") == len(copies)


def _f(outlet: str):  # type: ignore[no-untyped-def]
    from akhbar.search import Filters

    return Filters(outlets=(outlet,))


def test_tag_and_outlet_pages(client: TestClient, conn: sqlite3.Connection) -> None:
    html = client.get("/tag/" + quote("بيونغيانغ", safe="")).text
    assert escape(SEED_HEADLINE) in html and "وسم: بيونغيانغ" in html
    assert client.get("/tag/" + quote("لا يوجد", safe="")).status_code == 404
    n = conn.execute("SELECT count(*) FROM articles WHERE outlet = 'okaz'").fetchone()[0]
    html = client.get("/outlet/okaz").text
    assert "عكاظ" in html and f"{n} مقالاً" in html
    assert client.get("/outlet/no-such-paper").status_code == 404


def test_scraped_markup_is_escaped_in_every_page(writable: tuple[TestClient, Path]) -> None:
    client, _ = writable
    r = client.post(
        "/api/ingest",
        content=json.dumps(XSS_ARTICLE, ensure_ascii=False).encode(),
        headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/x-ndjson"},
    )
    assert r.status_code == 200, r.text
    (aid,) = r.json()["stored_ids"]
    pages = [f"/article/{aid}", "/outlet/okaz", "/search?q=خبيث", "/?outlet=okaz"]
    for url in pages:
        html = client.get(url).text
        assert "<img" not in html, url
        assert not re.search(r"<script(?! src=\"/static/related\.js\" defer>)", html), url
        assert "&lt;script&gt;" in html, url
    html = client.get(f"/article/{aid}").text
    assert "&lt;img src=x onerror=&#34;window.__xss = &#39;img&#39;; alert(1)&#34;&gt;" in html
    assert "&lt;b&gt;محرر&lt;/b&gt;" in html


# -- API -----------------------------------------------------------------------------------


def _error(r: object, status: int, code: str) -> str:
    assert r.status_code == status, r.text  # type: ignore[attr-defined]
    body = r.json()  # type: ignore[attr-defined]
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message"}
    assert body["error"]["code"] == code
    return str(body["error"]["message"])


def test_api_search_matches_the_library_and_bounds_its_parameters(
    client: TestClient, conn: sqlite3.Connection
) -> None:
    want = search(conn, "الرياض", limit=5, offset=5)
    got = client.get("/api/search", params={"q": "الرياض", "limit": 5, "offset": 5}).json()
    assert got["total"] == want.total
    assert [h["id"] for h in got["hits"]] == [h.id for h in want.hits]
    assert "<mark>" in got["hits"][0]["snippet_html"] or "<mark>" in "".join(
        h["snippet_html"] for h in got["hits"]
    )
    faceted = client.get("/api/search", params={"q": "الرياض", "facets": "true"}).json()
    outlets = {f["outlet"]: f["count"] for f in faceted["facets"]["outlets"]}
    assert sum(outlets.values()) == faceted["facets"]["total"]
    assert "limit" in _error(client.get("/api/search?q=x&limit=101"), 422, "invalid_parameter")
    _error(client.get("/api/search?q=x&limit=0"), 422, "invalid_parameter")
    _error(client.get("/api/search?q=x&offset=-1"), 422, "invalid_parameter")
    assert "q" in _error(client.get("/api/search"), 422, "invalid_parameter")
    _error(client.get("/api/search?q=x&from=2015-13-01"), 422, "invalid_parameter")
    msg = _error(client.get("/api/search?q=x&from=2015-08-09&to=2015-08-01"), 400, "bad_query")
    assert "after" in msg


def test_each_app_keeps_its_own_search_memo_across_requests(
    store_path: Path, conn: sqlite3.Connection
) -> None:
    with TestClient(create_app(store_path)) as one, TestClient(create_app(store_path)) as two:
        memo = one.app.state.memo  # type: ignore[attr-defined]
        assert memo is not two.app.state.memo  # type: ignore[attr-defined]
        for _ in range(2):
            got = one.get("/api/search", params={"q": SEED_HEADLINE}).json()
            assert [h["id"] for h in got["hits"]] == [
                h.id for h in search(conn, SEED_HEADLINE).hits
            ]
        assert memo.sizes()["terms"] > 0  # a pasted headline's word counts, kept for the next
        assert two.app.state.memo.sizes()["terms"] == 0  # type: ignore[attr-defined]


def test_api_article_and_unknown_ids(client: TestClient, conn: sqlite3.Connection) -> None:
    aid = seed_id(conn)
    data = client.get(f"/api/articles/{aid}").json()
    assert data["headline"] == SEED_HEADLINE and data["published"].startswith("2023-09-18")
    assert "كوريا الشمالية" in data["tags"] and data["related"]
    assert "bogus" in _error(client.get("/api/articles/bogus"), 404, "not_found")
    _error(client.get("/api/articles/bogus/related"), 404, "not_found")
    _error(client.get("/api/stories/bogus"), 404, "not_found")
    _error(client.get("/api/no-such-route"), 404, "not_found")


def test_api_lists_paginate_without_overlap(client: TestClient, conn: sqlite3.Connection) -> None:
    first = client.get("/api/articles?limit=5").json()
    second = client.get("/api/articles?limit=5&offset=5").json()
    assert first["total"] == 153
    ids = [a["id"] for a in first["items"] + second["items"]]
    assert len(set(ids)) == 10
    stamps = [a["published"] for a in first["items"] + second["items"] if a["published"]]
    assert stamps == sorted(stamps, reverse=True)  # newest first
    okaz = client.get("/api/articles?outlet=okaz&limit=100").json()
    assert {a["outlet"] for a in okaz["items"]} == {"okaz"}
    _error(client.get("/api/articles?limit=1000"), 422, "invalid_parameter")
    stories = client.get("/api/stories?limit=3").json()["items"]
    assert [s["size"] for s in stories] == sorted((s["size"] for s in stories), reverse=True)
    story = client.get(f"/api/stories/{stories[0]['id']}").json()
    assert len(story["members"]) == story["size"]
    times = [m["published"] for m in story["members"]]
    assert times == sorted(times)


def test_api_tags_outlets_stats_and_openapi(client: TestClient, conn: sqlite3.Connection) -> None:
    tags = client.get("/api/tags?limit=100").json()
    assert {"tag": "بوتين", "count": 1} in tags["items"]
    outlets = {o["outlet"]: o for o in client.get("/api/outlets").json()["items"]}
    assert outlets["aawsat"]["name"] == "الشرق الأوسط"
    assert sum(o["count"] for o in outlets.values()) == 152  # the seed page has no outlet
    stats = client.get("/api/stats").json()
    assert stats["articles"] == 153 and stats["first_day"] == "2015-08-08"
    assert stats["stories"] == conn.execute("SELECT count(*) FROM stories").fetchone()[0]
    spec = client.get("/openapi.json").json()
    for path in (
        "/api/search",
        "/api/articles/{article_id}",
        "/api/articles/{article_id}/related",
        "/api/stories",
        "/api/stories/{story_id}",
        "/api/tags",
        "/api/outlets",
        "/api/stats",
        "/api/ingest",
    ):
        assert path in spec["paths"], path
    assert "/" not in spec["paths"]  # pages are not API


def test_ingest_needs_the_servers_token(
    client: TestClient, writable: tuple[TestClient, Path]
) -> None:
    line = json.dumps(XSS_ARTICLE, ensure_ascii=False).encode()
    assert "read-only" in _error(client.post("/api/ingest", content=line), 403, "read_only")
    tokened, path = writable
    r = tokened.post("/api/ingest", content=line)
    _error(r, 401, "unauthorized")
    assert r.headers["www-authenticate"] == "Bearer"
    _error(
        tokened.post("/api/ingest", content=line, headers={"Authorization": "Bearer wrong"}),
        401,
        "unauthorized",
    )
    with sqlite3.connect(path) as c:
        assert c.execute("SELECT count(*) FROM articles").fetchone()[0] == 153


def test_ingest_with_token_stores_jsonl_and_text_pages_once(
    writable: tuple[TestClient, Path],
) -> None:
    client, path = writable
    auth = {"Authorization": f"Bearer {TOKEN}"}
    line = json.dumps(XSS_ARTICLE, ensure_ascii=False).encode()
    first = client.post("/api/ingest", content=line, headers=auth).json()
    assert first["stored"] == 1 and len(first["stored_ids"]) == 1
    again = client.post("/api/ingest", content=line, headers=auth).json()
    assert again["stored"] == 0  # same bytes: nothing added
    page = (
        "وزير الصحة يفتتح مستشفى جديداً في الرياض\n"
        "تاريخ النشر: 10 أغسطس 2015\n"
        "افتتح وزير الصحة اليوم مستشفى جديداً في شمال الرياض بسعة ثلاثمئة سرير.\n"
        "وقال الوزير إن المستشفى يخدم أكثر من مليون نسمة.\n"
    ).encode()
    before = client.get("/search?q=مستشفى ثلاثمئة سرير").text  # cached until the store changes
    text = client.post(
        "/api/ingest", content=page, headers={**auth, "Content-Type": "text/plain; charset=utf-8"}
    ).json()
    assert text["stored"] == 1
    (aid,) = text["stored_ids"]
    article = client.get(f"/api/articles/{aid}").json()
    assert article["headline"] == "وزير الصحة يفتتح مستشفى جديداً في الرياض"
    assert article["published"] == "2015-08-10"
    after = client.get("/search?q=مستشفى ثلاثمئة سرير").text
    assert f'href="/article/{aid}"' in after and f'href="/article/{aid}"' not in before
    found = client.get("/api/search", params={"q": "مستشفى ثلاثمئة سرير"}).json()
    assert found["hits"][0]["id"] == aid  # indexed by the same pipeline as the CLI
    _error(client.post("/api/ingest", content=b"  ", headers=auth), 400, "bad_request")
    with sqlite3.connect(path) as c:
        assert c.execute("SELECT count(*) FROM articles").fetchone()[0] == 155


def test_arabic_dates_read_the_same_everywhere() -> None:
    assert arabic_date("2015-08-09T07:05:00") == "الأحد 9 أغسطس 2015، 07:05"
    assert arabic_date("2023-09-18", weekday=False) == "18 سبتمبر 2023"
    assert arabic_date(None) == ""


def test_serve_refuses_a_missing_store_and_says_how_to_make_one(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from akhbar.cli import app

    result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 2
    assert "does not exist; create it with `akhbar ingest`" in result.output
    help_text = CliRunner().invoke(app, ["serve", "--help"]).output
    for option in ("--db", "--host", "--port", "--ingest-token", "--workers"):
        assert option in help_text
