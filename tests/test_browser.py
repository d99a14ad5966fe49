"""The UI in a real browser: headless Chromium (Debian's) driven by Playwright, against a real
uvicorn server on a loopback port, over a store of real articles plus one hostile article.

Screenshots go to tests/artifacts/ (git-ignored). The test skips only when no Chromium binary
exists on the machine (``make browser`` installs Debian's ``chromium``).
"""

from __future__ import annotations

import json
import shutil
import socket
import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest

from akhbar.ingest import ingest
from akhbar.store import open_store
from akhbar.web import create_app

pytestmark = pytest.mark.browser

FIXTURES = Path(__file__).parent / "fixtures" / "web"
ARTIFACTS = Path(__file__).parent / "artifacts"
CHROMIUM = shutil.which("chromium") or (
    "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None
)
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
HOSTILE = {
    "source": "okaz",
    "url": "http://www.okaz.com.sa/new/xss-browser-1",
    "date_extracted": "2015-08-08 21:00:00",
    "title": "خبر فيه شيفرة <script>window.__xss = 'title'; alert('title')</script>",
    "author": "محرر",
    "content": "فقرة أولى <script>window.__xss = 'body'; alert('body')</script>\n"
    "فقرة ثانية <img src=x onerror=\"window.__xss = 'img'; alert('img')\"> نهاية",
}

#: a crawled page's long host name as outlet (it names itself in the filters' select) and bidi
#: overrides (U+202E, U+202D) in its headline, byline, outlet and tags
BIDI = {
    "source": "www.news-agency-of-the-kingdom.example.com.sa",
    "url": "https://www.news-agency-of-the-kingdom.example.com.sa/2015/08/08/port",
    "date_extracted": "2015-08-08 22:00:00",
    "title": "الميناء يستقبل 12 سفينة \u202e2015 آخر",
    "author": "مراسل\u202d 2015",
    "content": "وصلت إلى الميناء اثنتا عشرة سفينة محملة بالبضائع.\nوقال المسؤولون إن العدد قياسي.",
    "tags": ["موانئ\u202e", "سفن 2015"],
}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("browser")
    hostile = tmp / "hostile.jsonl"
    lines = [json.dumps(a, ensure_ascii=False) for a in (HOSTILE, BIDI)]
    hostile.write_text("\n".join(lines) + "\n", encoding="utf-8")
    path = tmp / "browser.db"
    with open_store(path) as store:
        inputs = [FIXTURES / "snn-2015-08-08.jsonl", FIXTURES / "seed.txt", hostile]
        ingest([str(p) for p in inputs], store)
    return path


@pytest.fixture(scope="module")
def server(db: Path) -> Iterator[str]:
    import uvicorn

    port = _free_port()
    config = uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not srv.started:
        if time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start within 15 s")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if CHROMIUM is None:
        pytest.skip("no Chromium binary found (apt-get install chromium; `make browser`)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield b
        b.close()


def _page(browser: object, dialogs: list[str], width: int = 1280, height: int = 900):  # type: ignore[no-untyped-def]
    context = browser.new_context(  # type: ignore[attr-defined]
        viewport={"width": width, "height": height}, locale="ar"
    )
    page = context.new_page()
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    return page


def test_reader_goes_home_searches_opens_a_story_and_an_article(
    server: str, browser: object
) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    dialogs: list[str] = []
    page = _page(browser, dialogs)
    page.goto(server + "/")
    assert page.evaluate("document.documentElement.dir") == "rtl"
    assert page.evaluate("document.documentElement.lang") == "ar"
    assert page.locator(".brand").inner_text() == "أخبار"
    # right-to-left for real: the brand sits at the right edge of the masthead
    box = page.locator(".brand").bounding_box()
    assert box is not None and box["x"] > 640
    stories = page.locator(".story-card")
    assert stories.count() >= 5
    page.screenshot(path=str(ARTIFACTS / "home.png"), full_page=True)

    page.fill(".top-search input[name=q]", "الرياض")
    page.press(".top-search input[name=q]", "Enter")
    page.wait_for_url("**/search?q=*")
    results = page.locator(".result")
    assert 5 <= results.count() <= 10
    # الرياض, للرياض, بالرياض … but not الرياضية (sport), whose stem is رياض, not الرياض
    marks = page.locator(".result mark").all_inner_texts()
    assert marks and all("رياض" in m and "رياضي" not in m and "رياضة" not in m for m in marks)
    assert page.locator(".facets .counts li").count() >= 3
    page.screenshot(path=str(ARTIFACTS / "search.png"), full_page=True)

    page.goto(server + "/")
    first_story = page.locator(".story-title").first
    title = first_story.inner_text()
    first_story.click()
    page.wait_for_url("**/story/*")
    assert page.locator("h1").inner_text() == title
    entries = page.locator(".timeline .entry")
    assert entries.count() >= 2
    details = page.locator("details.copies")
    if details.count():
        details.first.locator("summary").click()  # duplicates open without any script
        assert details.first.locator("li").first.is_visible()
    page.screenshot(path=str(ARTIFACTS / "story.png"), full_page=True)

    headline = entries.first.locator(".entry-title").inner_text()
    entries.first.locator(".entry-title").click()
    page.wait_for_url("**/article/*")
    assert page.locator("h1.headline").inner_text() == headline
    assert page.locator(".article .body p").count() >= 1
    # related articles: filled in by related.js from the JSON API
    page.locator(".related-box .items li").first.wait_for(timeout=10_000)
    assert page.locator(".related-box .items li").count() >= 1
    page.screenshot(path=str(ARTIFACTS / "article.png"), full_page=True)
    assert dialogs == []


def test_search_shows_a_dispatchs_copies_under_it(db: Path, server: str, browser: object) -> None:
    with sqlite3.connect(db) as conn:
        (query,) = conn.execute(
            "SELECT headline FROM articles WHERE rowid = "
            "(SELECT a FROM dedup_edges ORDER BY jaccard DESC LIMIT 1)"
        ).fetchone()
    ARTIFACTS.mkdir(exist_ok=True)
    dialogs: list[str] = []
    page = _page(browser, dialogs)
    page.goto(server + "/search?q=" + quote(query))
    copies = page.locator(".result.copy")
    assert copies.count() >= 1 and copies.first.is_visible()
    assert "النص نفسه في" in copies.first.inner_text()
    # a copy is indented under its article: narrower than a full result card
    article, copy = page.locator(".result").nth(0).bounding_box(), copies.first.bounding_box()
    assert article is not None and copy is not None and copy["width"] < article["width"]
    page.screenshot(path=str(ARTIFACTS / "search-copies.png"), full_page=True)
    assert dialogs == []


def test_seed_article_renders_tags_and_read_also_links(server: str, browser: object) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    dialogs: list[str] = []
    page = _page(browser, dialogs)
    page.goto(server + "/search?q=" + "كيم بوتين روسيا")
    page.locator(".result .item-title").first.click()
    page.wait_for_url("**/article/*")
    assert "رسالة كيم إلى بوتين" in page.locator("h1.headline").inner_text()
    assert "الاثنين 18 سبتمبر 2023" in page.locator(".meta.top").inner_text()
    tags = page.locator(".tags a.tag")
    assert "كوريا الشمالية" in tags.all_inner_texts()
    assert page.locator(".read-also li a").count() == 3
    page.screenshot(path=str(ARTIFACTS / "article-seed.png"), full_page=True)
    tags.filter(has_text="بيونغيانغ").click()
    page.wait_for_url("**/tag/*")
    assert "رسالة كيم إلى بوتين" in page.locator(".items").inner_text()


def test_injected_script_and_onerror_never_run(server: str, browser: object) -> None:
    dialogs: list[str] = []
    page = _page(browser, dialogs)
    page.goto(server + "/search?q=" + "شيفرة")
    page.locator(".result .item-title").first.click()
    page.wait_for_url("**/article/*")
    page.wait_for_load_state("load")
    page.wait_for_timeout(300)  # give an onerror handler time to fire, were there an <img>
    assert page.evaluate("typeof window.__xss") == "undefined"
    assert dialogs == []
    assert page.locator("script:not([src])").count() == 0  # only related.js, from a file
    assert page.locator(".body img").count() == 0
    body = page.locator(".article .body").inner_text()
    assert "<script>window.__xss = 'body'; alert('body')</script>" in body  # shown as text
    assert "<img src=x onerror=" in body
    assert "<script>" in page.locator("h1.headline").inner_text()
    page.screenshot(path=str(ARTIFACTS / "article-hostile.png"), full_page=True)


def test_phone_pages_fit_the_screen_with_a_usable_nav_and_search(
    server: str, browser: object
) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    dialogs: list[str] = []
    page = _page(browser, dialogs, width=390, height=844)
    page.goto(server + "/")
    story = page.locator(".story-title").first.get_attribute("href")
    page.goto(server + "/search?q=" + quote("كيم بوتين روسيا"))
    article = page.locator(".result .item-title").first.get_attribute("href")
    for name, path in (
        ("home", "/"),
        ("article", article),
        ("story", story),
        ("search", "/search?q=" + quote("الرياض")),
    ):
        page.goto(server + str(path))
        page.screenshot(path=str(ARTIFACTS / f"phone-{name}.png"), full_page=True)
        width = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
        assert width[0] <= width[1], (name, width)  # nothing overflows sideways
        # a date is read whole: an inline <time> split over two lines has two boxes
        split = (
            "[...document.querySelectorAll('main time')].filter(t => new Set([...t.getClientRects()]"
            ".map(r => Math.round(r.top))).size > 1).map(t => t.textContent)"
        )
        assert page.evaluate(split) == [], name
        # the search page has its own search box in place of the masthead's
        form = ".search-form" if name == "search" else ".top-search"
        for selector in (".nav a", f"{form} input[type=search]", f"{form} button"):
            boxes = [e.bounding_box() for e in page.locator(selector).all()]
            assert boxes, (name, selector)
            for box in boxes:
                assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 390
        box = page.locator(f"{form} input[type=search]").bounding_box()
        assert box is not None and box["width"] >= 200, name
    assert dialogs == []


def test_printing_an_article_leaves_out_the_site_around_it(server: str, browser: object) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    dialogs: list[str] = []
    page = _page(browser, dialogs)
    page.goto(server + "/search?q=" + quote("كيم بوتين روسيا"))
    page.locator(".result .item-title").first.click()
    page.wait_for_url("**/article/*")
    shown = (
        "(s) => [...document.querySelectorAll(s)].some(e => getComputedStyle(e).display !== 'none')"
    )
    site = (".nav", ".top-search", ".side-col", ".skip")
    assert all(page.evaluate(shown, s) for s in (*site[:3], ".article .body"))
    page.emulate_media(media="print")
    assert [s for s in site if page.evaluate(shown, s)] == []
    assert page.evaluate(shown, ".article .body") and page.evaluate(shown, ".article h1")
    # the article runs the full width of the paper, not a 42em column beside an empty aside
    widths = page.evaluate(
        "[document.querySelector('.article').getBoundingClientRect().width, innerWidth]"
    )
    assert widths[0] > 0.85 * widths[1], widths
    page.screenshot(path=str(ARTIFACTS / "print-article.png"), full_page=True)
    assert dialogs == []


def test_a_keyboard_reader_can_skip_to_the_news_and_sees_the_focus(
    server: str, browser: object
) -> None:
    dialogs: list[str] = []
    page = _page(browser, dialogs)
    page.goto(server + "/")
    skip = page.locator(".skip")
    assert skip.bounding_box()["y"] < 0  # type: ignore[index]  # out of sight until needed
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"
    assert skip.bounding_box()["y"] >= 0  # type: ignore[index]
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#main"
    page.keyboard.press("Tab")  # the first link of the news itself, past the masthead
    focused = page.evaluate(
        "(() => { const e = document.activeElement, s = getComputedStyle(e);"
        " return [e.closest('main') !== null, s.outlineStyle, s.outlineWidth]; })()"
    )
    assert focused == [True, "solid", "3px"]
    assert dialogs == []


#: text nodes holding a bidi embedding, override or isolate opener, whose override could run
#: on over the page's own text after them: each must sit in an isolating element, or alone in
#: its block (where the paragraph ends it)
_LEAKING_BIDI = """() => {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const bad = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!/[\u202a-\u202e\u2066-\u2068]/.test(n.data)) continue;
    const el = n.parentElement, style = getComputedStyle(el);
    const isolated = ["isolate", "isolate-override", "plaintext"].includes(style.unicodeBidi);
    const alone = el.childNodes.length === 1 && style.display !== "inline";
    if (!isolated && !alone) bad.push(el.tagName + "." + el.className + ": " + el.textContent);
  }
  return bad;
}"""


def test_bidi_overrides_in_scraped_text_reorder_nothing_after_them(
    server: str, browser: object
) -> None:
    dialogs: list[str] = []
    page = _page(browser, dialogs)
    page.goto(server + "/search?q=" + quote("الميناء سفينة"))
    page.locator(".result .item-title").first.click()
    page.wait_for_url("**/article/*")
    page.locator(".related-box .items li").first.wait_for(timeout=10_000)
    urls = [page.url, server + "/", server + "/search?q=" + quote("الميناء سفينة")]
    urls += [server + "/tags", page.url + "/related"]
    for url in urls:
        page.goto(url)
        assert page.evaluate(_LEAKING_BIDI) == [], url
    page.goto(urls[0])
    page.screenshot(path=str(ARTIFACTS / "article-bidi.png"), full_page=True)
