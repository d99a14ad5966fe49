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


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("browser")
    hostile = tmp / "hostile.jsonl"
    hostile.write_text(json.dumps(HOSTILE, ensure_ascii=False) + "\n", encoding="utf-8")
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


def _page(browser: object, dialogs: list[str]):  # type: ignore[no-untyped-def]
    context = browser.new_context(  # type: ignore[attr-defined]
        viewport={"width": 1280, "height": 900}, locale="ar"
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
