"""A newsroom review of the pages and the API: what an editor or an API client found wrong.

The store holds the 152 SaudiNewsNet articles of 2015-08-08 and the seed page that
tests/test_web.py uses, plus five real articles of 2015-08-09/10 (tests/fixtures/web_review/):
a Saudi Press Agency dispatch with its section label in the headline, an article whose first
paragraph is its byline line, and an outlet (الرياضي) with nothing on the store's news day.
"""

from __future__ import annotations

import html as htmllib
import json
import re
import sqlite3
from pathlib import Path
from urllib.parse import parse_qs, quote, quote_plus, urlsplit

import pytest
from fastapi.testclient import TestClient

from akhbar.ingest import ingest
from akhbar.store import open_store
from akhbar.stories import get_story, list_stories
from akhbar.web.views import story_entries

FIXTURES = Path(__file__).parent / "fixtures"
EXTRA = FIXTURES / "web_review" / "snn-extra.jsonl"
WIRE_HEADLINE = "عام / نائب خادم الحرمين الشريفين يرأس جلسة مجلس الوزراء"
BYLINE_FIRST = "شاهد ..القبض على عامل بوفيه يبيع جيفاً لزبائنه"
QUIET_OUTLET = "arreyadi"  # three posts on 2015-08-09, none on the news day 2015-08-08


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("review") / "review.db"
    inputs = [FIXTURES / "web" / "snn-2015-08-08.jsonl", FIXTURES / "web" / "seed.txt", EXTRA]
    with open_store(path) as store:
        summary_ = ingest([str(p) for p in inputs], store)
    assert summary_.stored == 158 and summary_.rejected_total == 0
    return path


def _id(conn: sqlite3.Connection, headline: str) -> str:
    row = conn.execute("SELECT id FROM articles WHERE trim(headline) = ?", (headline,)).fetchone()
    assert row, headline
    return str(row[0])


def _meta(html: str, key: str) -> str | None:
    """The content of ``<meta name|property=key>``, unescaped."""
    m = re.search(rf'<meta (?:name|property)="{re.escape(key)}" content="([^"]*)">', html)
    return htmllib.unescape(m.group(1)) if m else None


def _canonical(html: str) -> str | None:
    m = re.search(r'<link rel="canonical" href="([^"]*)">', html)
    return htmllib.unescape(m.group(1)) if m else None


# --- the JSON API ------------------------------------------------------------------------


def test_every_api_listing_pages_with_total_limit_and_offset(
    client: TestClient, conn: sqlite3.Connection
) -> None:
    stories = client.get("/api/stories", params={"limit": 5, "offset": 2}).json()
    assert (stories["limit"], stories["offset"], len(stories["items"])) == (5, 2, 5)
    assert stories["total"] == len(list_stories(conn, limit=10_000))
    multi = client.get("/api/stories", params={"min_size": 2}).json()
    assert multi["total"] == len(list_stories(conn, min_size=2, limit=10_000)) < stories["total"]

    everyone = client.get("/api/outlets").json()
    counts = conn.execute(
        "SELECT outlet, count(*) FROM articles WHERE outlet IS NOT NULL GROUP BY outlet"
    ).fetchall()
    assert everyone["total"] == len(counts) and len(everyone["items"]) == len(counts)
    page = client.get("/api/outlets", params={"limit": 2, "offset": 1}).json()
    assert (page["total"], page["limit"], page["offset"]) == (len(counts), 2, 1)
    assert page["items"] == everyone["items"][1:3]

    aid = _id(conn, BYLINE_FIRST)
    related = client.get(f"/api/articles/{aid}/related", params={"limit": 3}).json()
    assert (related["limit"], related["offset"]) == (3, 0)
    assert related["total"] == len(related["items"]) and 0 < related["total"] <= 3


def test_api_refuses_a_query_parameter_it_does_not_take(client: TestClient) -> None:
    r = client.get("/api/stories", params={"limt": 5})
    assert r.status_code == 422
    error = r.json()["error"]
    assert error["code"] == "invalid_parameter"
    assert "limt" in error["message"] and "limit" in error["message"]
    r = client.get("/api/stats", params={"verbose": 1})
    assert r.status_code == 422 and "no query parameters" in r.json()["error"]["message"]
    # the parameters an endpoint does take still work, and pages ignore strangers (utm_…)
    assert client.get("/api/stories", params={"limit": 5}).status_code == 200
    assert client.get("/outlets", params={"utm_source": "x"}).status_code == 200


def test_api_query_length_is_a_declared_bound(client: TestClient) -> None:
    r = client.get("/api/search", params={"q": "ميناء " * 200})
    assert r.status_code == 422
    assert r.json()["error"]["code"] == "invalid_parameter" and "q" in r.json()["error"]["message"]
    schema = client.get("/openapi.json").json()
    params = schema["paths"]["/api/search"]["get"]["parameters"]
    q = next(p for p in params if p["name"] == "q")
    assert q["schema"]["maxLength"] == 1000


# --- what every page carries ---------------------------------------------------------------


def test_favicon_and_robots_are_served_not_rendered_as_404(client: TestClient) -> None:
    icon = client.get("/favicon.ico")
    assert icon.status_code == 200 and icon.headers["content-type"] == "image/svg+xml"
    assert icon.content.startswith(b"<svg")
    assert '<link rel="icon" href="/static/favicon.svg"' in client.get("/").text
    robots = client.get("/robots.txt")
    assert robots.status_code == 200
    assert "Disallow: /search" in robots.text.splitlines()


def test_article_page_describes_itself_for_previews(
    client: TestClient, conn: sqlite3.Connection
) -> None:
    from akhbar.web.format import summary

    aid = _id(conn, BYLINE_FIRST)
    html = client.get(f"/article/{aid}").text
    body = json.loads(conn.execute("SELECT page FROM articles WHERE id = ?", (aid,)).fetchone()[0])
    paragraphs = body["main"]["body"]
    assert paragraphs[0] == "عين اليوم – هيفاء عبدالله"  # a byline line, not a description
    want = summary(paragraphs[1])
    assert want.startswith("ألقت الجهات الأمنية بمحافظة حفر الباطن")
    assert _meta(html, "description") == want == _meta(html, "og:description")
    assert _meta(html, "og:title") == BYLINE_FIRST
    assert _meta(html, "og:type") == "article"
    assert _meta(html, "og:locale") == "ar_AR"
    assert _meta(html, "article:published_time") == "2015-08-09T17:26:03"
    assert _canonical(html) == f"/article/{aid}"


def test_search_and_error_pages_are_not_indexed(client: TestClient) -> None:
    search = client.get("/search", params={"q": "الرياض"}).text
    assert _meta(search, "robots") == "noindex"
    missing = client.get("/no/such/page")
    assert missing.status_code == 404
    assert _meta(missing.text, "robots") == "noindex" and _canonical(missing.text) is None
    # a listing's canonical URL keeps its page, not the reader's extra parameters
    page2 = client.get("/outlet/okaz", params={"offset": 20, "utm_source": "x"}).text
    assert _canonical(page2) == "/outlet/okaz?offset=20"


# --- search --------------------------------------------------------------------------------


def _search_box(html: str) -> str:
    m = re.search(
        r'<form action="/search" method="get" role="search" class="search-form">.*?'
        r'<input type="search" name="q" value="([^"]*)"',
        html,
        re.S,
    )
    assert m, "the search page lost its form"
    return htmllib.unescape(m.group(1))


def test_an_unusable_search_keeps_the_form_and_says_why_in_arabic(client: TestClient) -> None:
    r = client.get("/search", params={"q": "!!؟،"})
    assert r.status_code == 400
    assert _search_box(r.text) == "!!؟،"
    assert "اكتب كلمات، أو «عبارة» بين علامتي تنصيص" in r.text
    r = client.get("/search", params={"q": "ميناء", "from": "2015-08-09", "to": "2015-08-01"})
    assert r.status_code == 400 and _search_box(r.text) == "ميناء"
    assert 'name="from" value="2015-08-09"' in r.text and 'name="to" value="2015-08-01"' in r.text
    assert "بدّلهما" in r.text
    r = client.get("/search", params={"q": "الرياض " * 200})
    assert r.status_code == 400 and "عبارة البحث طويلة (1400 حرفاً، والحد 1000)" in r.text


def test_a_search_without_hits_says_what_to_try(client: TestClient) -> None:
    html = client.get("/search", params={"q": "Iran"}).text
    assert "لا نتائج للبحث عن «<bdi>Iran</bdi>»" in html
    assert "اكتب كلمات البحث بالعربية" in html
    arabic = client.get("/search", params={"q": "قطربلزان"}).text
    assert "لا نتائج للبحث عن" in arabic and "اكتب كلمات البحث بالعربية" not in arabic


def _facet_links(html: str, heading: str) -> list[tuple[str, str, bool]]:
    """(label, href, selected) of one facet box."""
    box = re.search(rf"<h2>{heading}</h2>(.*?)</ul>", html, re.S)
    assert box, heading
    links = re.findall(
        r'<li><a\s+(class="on" aria-current="true"\s+)?href="([^"]*)">(.*?)</a>', box[1]
    )
    return [
        (re.sub(r"<[^>]+>|×", "", t).strip(), htmllib.unescape(h), bool(on)) for on, h, t in links
    ]


def test_a_chosen_day_is_marked_and_clicking_it_again_removes_it(client: TestClient) -> None:
    html = client.get("/search", params={"q": "الرياض", "from": "2015-08-08", "to": "2015-08-08"})
    days = _facet_links(html.text, "التاريخ")
    chosen = [d for d in days if d[2]]
    assert len(chosen) == 1 and chosen[0][0].startswith("8 أغسطس 2015")
    assert parse_qs(urlsplit(chosen[0][1]).query) == {"q": ["الرياض"]}


def test_each_active_filter_removes_only_itself(client: TestClient) -> None:
    params = {"q": "الرياض", "outlet": ["okaz", "alriyadh"], "from": "2015-08-08"}
    html = client.get("/search", params=params).text
    box = re.search(r'<p class="active-filters">(.*?)</p>', html, re.S)
    assert box
    links = [htmllib.unescape(h) for h in re.findall(r'<a class="chip on" href="([^"]*)"', box[1])]
    assert [parse_qs(urlsplit(h).query) for h in links] == [
        {"q": ["الرياض"], "outlet": ["alriyadh"], "from": ["2015-08-08"]},
        {"q": ["الرياض"], "outlet": ["okaz"], "from": ["2015-08-08"]},
        {"q": ["الرياض"], "outlet": ["okaz", "alriyadh"]},
    ]
    outlets = dict((label, (href, on)) for label, href, on in _facet_links(html, "الصحيفة"))
    href, on = outlets["عكاظ"]
    assert on and parse_qs(urlsplit(href).query)["outlet"] == ["alriyadh"]


def test_the_pager_numbers_its_pages(client: TestClient) -> None:
    total = client.get("/api/search", params={"q": "السعودية"}).json()["total"]
    pages = -(-total // 10)
    assert pages >= 4
    html = client.get("/search", params={"q": "السعودية", "offset": 10}).text
    nav = re.search(r'<nav class="pager".*?</nav>', html, re.S)
    assert nav
    numbers = re.findall(r'<li><a href="[^"]*offset=(\d+)[^"]*" aria-label="صفحة (\d+)">', nav[0])
    assert ("0", "1") not in numbers  # page 1 is linked without an offset …
    assert f'href="/search?q={quote_plus("السعودية")}" aria-label="صفحة 1"' in nav[0]
    assert (str((pages - 1) * 10), str(pages)) in numbers  # … the last page by its offset
    assert f'aria-current="page" aria-label="صفحة 2 من {pages}">2</span>' in nav[0]
    assert "، النتائج من 11 إلى 20" in html


# --- home, story and article ---------------------------------------------------------------


def test_an_outlet_front_page_opens_on_its_own_latest_day(client: TestClient) -> None:
    html = client.get("/", params={"outlet": QUIET_OUTLET}).text
    assert "قصص الأحد 9 أغسطس 2015" in html
    for headline in ("جحفلي .. انا بحلم ولا بعلم", "حديث مدرب النصر ديسلفا فبل السوبر"):
        assert headline in html
    # the day list counts that outlet's days, not the whole store's
    assert re.findall(r'<option value="(\d{4}-\d\d-\d\d)"', html) == ["2015-08-09"]


def test_an_outlet_with_nothing_that_day_says_so(client: TestClient) -> None:
    html = client.get("/", params={"outlet": QUIET_OUTLET, "day": "2015-08-08"}).text
    assert "هذه آخر المقالات" not in html and "<h2>آخر المقالات</h2>" not in html
    assert "لا مقالات لـ<bdi>الرياضي</bdi> في هذا اليوم." in html
    assert f'href="/outlet/{QUIET_OUTLET}">كل مقالات' in html


def test_story_cards_carry_the_lead_of_their_title_article(
    client: TestClient, conn: sqlite3.Connection
) -> None:
    from akhbar.web.format import lead, summary

    html = client.get("/").text
    top = list_stories(conn, day="2015-08-08", min_size=2, limit=1)[0]
    body = conn.execute(
        "SELECT a.body FROM articles a JOIN article_groups g ON g.article = a.rowid "
        "WHERE g.story = ? AND a.headline = ?",
        (top.id, top.title),
    ).fetchone()[0]
    want = summary(lead(body.split("\n")), 220)
    assert len(want) > 40
    card = re.search(rf'href="/story/{top.id}">.*?</a>\s*<p class="lead">(.*?)</p>', html, re.S)
    assert card and htmllib.unescape(card[1]) == want


def test_a_story_entry_stands_where_its_text_first_appeared(
    client: TestClient, conn: sqlite3.Connection
) -> None:
    moved = []
    for story in list_stories(conn, min_size=2, limit=1000):
        for entry in story_entries(get_story(conn, story.id)):  # type: ignore[arg-type]
            earliest = min(m.published or "" for m in (entry.canonical, *entry.copies))
            if entry.copies and entry.canonical.published != earliest:
                moved.append((story.id, entry.canonical.id, earliest))
    assert moved  # the fixture has canonical copies published after another outlet's copy
    for story_id, canonical_id, earliest in moved:
        html = client.get(f"/story/{story_id}").text
        m = re.search(
            rf'<time class="when" datetime="([^"]*)">[^<]*</time>\s*'
            rf'<a class="entry-title" href="/article/{canonical_id}">',
            html,
        )
        assert m and m[1] == earliest, (story_id, canonical_id)


def test_a_wire_section_label_stands_above_the_headline(
    client: TestClient, conn: sqlite3.Connection
) -> None:
    from akhbar.web.format import section_split

    aid = _id(conn, WIRE_HEADLINE)
    assert section_split(WIRE_HEADLINE) == (
        "عام",
        "نائب خادم الحرمين الشريفين يرأس جلسة مجلس الوزراء",
    )
    html = client.get(f"/article/{aid}").text
    assert re.search(
        r'<p class="kicker">عام</p>\s*<h1 class="headline">'
        r"نائب خادم الحرمين الشريفين يرأس جلسة مجلس الوزراء</h1>",
        html,
    )
    listing = client.get("/outlet/was").text
    assert (
        f'href="/article/{aid}"><span class="section">عام</span> '
        "نائب خادم الحرمين الشريفين يرأس جلسة مجلس الوزراء</a>"
    ) in listing
    # a slash inside a headline is not a label
    assert section_split("ارتفاع 2015 / 2016 في الأسعار") == (None, "ارتفاع 2015 / 2016 في الأسعار")


def test_the_article_page_has_a_breadcrumb(client: TestClient, conn: sqlite3.Connection) -> None:
    aid = _id(conn, BYLINE_FIRST)
    html = client.get(f"/article/{aid}").text
    assert re.search(
        r'<nav class="crumbs" aria-label="مسار التصفح"><a href="/">الرئيسية</a> › '
        r'<a href="/outlet/3alyoum">عين اليوم</a>',
        html,
    )


def test_the_served_fonts_exist(client: TestClient) -> None:
    css = client.get("/static/style.css").text
    urls = re.findall(r'url\("([^"]+)"\)', css)
    assert len(urls) == 3
    for url in urls:
        r = client.get(url)
        assert r.status_code == 200 and r.content[:4] == b"wOF2", url
    assert "fonts-OFL.txt" in css and client.get("/static/fonts-OFL.txt").status_code == 200


def test_a_tag_page_links_back_with_its_name_escaped(client: TestClient) -> None:
    html = client.get(f"/tag/{quote('كوريا الشمالية', safe='')}").text
    assert (
        _canonical(html)
        == "/tag/%D9%83%D9%88%D8%B1%D9%8A%D8%A7%20%D8%A7%D9%84%D8%B4%D9%85%D8%A7%D9%84%D9%8A%D8%A9"
    )
    assert _meta(html, "description") == "مقالات الوسم «كوريا الشمالية»: مقال واحد."


def test_reversed_dates_offer_the_search_with_the_dates_swapped(client: TestClient) -> None:
    r = client.get("/search", params={"q": "ميناء", "from": "2015-08-09", "to": "2015-08-01"})
    m = re.search(r'<div class="notice" role="alert">\s*<p>[^<]*<a href="([^"]*)">', r.text)
    assert m
    assert parse_qs(urlsplit(htmllib.unescape(m[1])).query) == {
        "q": ["ميناء"],
        "from": ["2015-08-01"],
        "to": ["2015-08-09"],
    }
    assert client.get(htmllib.unescape(m[1])).status_code == 200


def test_a_story_page_opens_with_its_lead_and_shows_a_lone_texts_copies(
    client: TestClient, conn: sqlite3.Connection
) -> None:
    from akhbar.web.format import lead, summary

    checked, seen = 0, set()
    for story in list_stories(conn, min_size=2, limit=1000):
        html = client.get(f"/story/{story.id}").text
        row = conn.execute(
            "SELECT a.body FROM articles a JOIN article_groups g ON g.article = a.rowid "
            "WHERE g.story = ? AND a.headline = ? ORDER BY a.published LIMIT 1",
            (story.id, story.title),
        ).fetchone()
        if row:
            m = re.search(r'<p class="lead story-lead">(.*?)</p>', html)
            assert m and htmllib.unescape(m[1]) == summary(lead(row[0].split("\n")), 400)
            checked += 1
        entries = story_entries(get_story(conn, story.id))  # type: ignore[arg-type]
        if any(e.copies for e in entries):
            # a story of one or two texts has nothing else to show: its copies are open
            opened = '<details class="copies" open>' in html
            assert opened == (len(entries) <= 2), story.id
            seen.add(opened)
    assert checked >= 5 and seen == {True, False}


def test_api_says_why_a_latin_query_found_nothing(client: TestClient) -> None:
    body = client.get("/api/search", params={"q": "Iran"}).json()
    assert body["total"] == 0 and body["hits"] == []
    assert body["notice"] == (
        "the query has no Arabic letters and the articles are in Arabic; search in Arabic"
    )
    assert client.get("/api/search", params={"q": "قطربلزان"}).json()["notice"] is None


def test_an_article_without_text_says_so(client: TestClient, conn: sqlite3.Connection) -> None:
    aid = _id(conn, "جحفلي .. انا بحلم ولا بعلم")
    assert conn.execute("SELECT body FROM articles WHERE id = ?", (aid,)).fetchone()[0] == ""
    html = client.get(f"/article/{aid}").text
    assert '<div class="body">' not in html
    assert "لم يُحفظ نص هذا المقال، بل عنوانه وحده؛" in html
    assert re.search(
        r'<a href="http://www\.arreyadi\.com\.sa/[^"]+" rel="nofollow noopener">'
        r"اقرأه في موقع الرياضي</a>",
        html,
    )
    assert _meta(html, "description") == "جحفلي .. انا بحلم ولا بعلم"


def test_an_outlet_page_does_not_repeat_its_name_on_every_item(client: TestClient) -> None:
    total = client.get("/api/articles", params={"outlet": "okaz"}).json()["total"]
    html = client.get("/outlet/okaz").text
    items = re.findall(r'<li class="item">(.*?)</li>', html, re.S)
    assert len(items) == min(20, total) > 10
    assert not any('class="chip"' in item for item in items)
    # nor does the home page filtered to one outlet
    home = client.get("/", params={"outlet": QUIET_OUTLET}).text
    items = re.findall(r'<li class="item">(.*?)</li>', home, re.S)
    assert len(items) == 3 and not any('class="chip"' in item for item in items)
