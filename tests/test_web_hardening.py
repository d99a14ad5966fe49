"""The web app at its edges: wrong methods, HEAD, crashes, malformed parameters, names with
reserved characters, pages past the end, oversized ingest bodies, and bidi controls in scraped
text. A small store of hand-written articles (hostile ones included) keeps these fast.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from akhbar.ingest import ingest
from akhbar.store import open_store
from akhbar.web import CSP, create_app
from akhbar.web import api as web_api
from akhbar.web.format import results_count

TOKEN = "hardening-token"
ODD_TAG = "a/b?c#d%e+f&g h"
ODD_OUTLET = "host.example/news"
RLO, LRO = "\u202e", "\u202d"
ARTICLES = [
    {
        "source": ODD_OUTLET,
        "url": f"javascript:alert({day})",
        "date_extracted": f"2015-08-0{day} 10:00:00",
        "title": f"خبر رقم {day} عن الميناء {RLO}2015",
        "author": f"محرر{LRO} 2015",
        "content": f"فقرة عن الميناء والسفن في اليوم {day}.\nفقرة ثانية عن البضائع.",
        "tags": [ODD_TAG, f"وسم{RLO}"],
    }
    for day in range(1, 4)
]


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("hardening")
    data = tmp / "articles.jsonl"
    lines = [json.dumps(a, ensure_ascii=False) for a in ARTICLES]
    data.write_text("\n".join(lines) + "\n", encoding="utf-8")
    path = tmp / "hardening.db"
    with open_store(path) as store:
        assert ingest([str(data)], store).stored == len(ARTICLES)
    return path


@pytest.fixture(scope="module")
def client(store_path: Path) -> Iterator[TestClient]:
    with TestClient(create_app(store_path, ingest_token=TOKEN)) as c:
        yield c


def _error(r: object, status: int, code: str) -> str:
    assert r.status_code == status, r.text  # type: ignore[attr-defined]
    body = r.json()  # type: ignore[attr-defined]
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message"}
    assert body["error"]["code"] == code
    return str(body["error"]["message"])


def _page_message(r: object) -> str:
    """The message of an HTML error page (or of the search page's notice, which answers an
    unusable search with the form kept), which must be Arabic and forbid inline script."""
    html = r.text  # type: ignore[attr-defined]
    assert '<html dir="rtl" lang="ar">' in html
    assert r.headers["content-security-policy"] == CSP  # type: ignore[attr-defined]
    match = re.search(
        r'(?:<section class="card error">|<div class="notice" role="alert">).*?<p>(.*?)</p>',
        html,
        re.S,
    )
    assert match, html
    assert re.search(r"[\u0600-\u06ff]", match.group(1)), match.group(1)
    return match.group(1)


def test_head_is_answered_like_get_without_a_body(client: TestClient) -> None:
    for url in ("/", "/outlets", "/api/stats", "/api/tags"):
        got, head = client.get(url), client.head(url)
        assert head.status_code == 200, url
        assert head.content == b""
        assert head.headers["content-type"] == got.headers["content-type"]
        assert head.headers["content-security-policy"] == CSP


def test_a_wrong_method_says_which_are_allowed(client: TestClient) -> None:
    for method, url in (("POST", "/api/stats"), ("DELETE", "/api/tags"), ("GET", "/api/ingest")):
        r = client.request(method, url)
        _error(r, 405, "method_not_allowed")
        assert r.headers["allow"], url
        assert r.headers["content-security-policy"] == CSP
    page = client.post("/outlets")
    assert page.status_code == 405 and page.headers["allow"] == "GET"
    assert "Method Not Allowed" not in _page_message(page)


def test_a_crash_is_a_500_in_the_error_shape_with_csp(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def boom(*args: object, **kwargs: object) -> None:
        raise RuntimeError("internal detail /secret/path")

    monkeypatch.setattr(web_api, "figures", boom)
    monkeypatch.setattr("akhbar.web.pages.outlet_counts", boom)
    with TestClient(create_app(store_path), raise_server_exceptions=False) as c:
        r = c.get("/api/stats")
        assert "secret" not in _error(r, 500, "internal_error")
        assert r.headers["content-security-policy"] == CSP
        page = c.get("/outlets")
        assert page.status_code == 500
        assert "secret" not in page.text
        _page_message(page)


def test_html_error_pages_speak_arabic(client: TestClient) -> None:
    assert "Not Found" not in _page_message(client.get("/no/such/page"))
    for url, status in (
        ('/search?q="', 400),
        ("/search?q=ميناء&offset=abc", 422),
        ("/search?q=ميناء&from=2015-08-09&to=2015-08-01", 400),
        ("/tags?offset=-1", 422),
    ):
        r = client.get(url)
        assert r.status_code == status, url
        assert "Input should" not in _page_message(r), url
    assert "بدّلهما" in _page_message(client.get("/search?q=ميناء&from=2015-08-09&to=2015-08-01"))
    # one check and one message for the API and the command line: it names neither's flags
    msg = _error(client.get("/api/search?q=ميناء&from=2015-08-09&to=2015-08-01"), 400, "bad_query")
    assert msg == "the start date 2015-08-09 is after the end date 2015-08-01; swap them"


def test_a_day_must_be_a_calendar_date(client: TestClient) -> None:
    for url in ("/api/articles?day=2015-02-30", "/api/stories?day=2015-13-01"):
        assert "day" in _error(client.get(url), 422, "invalid_parameter"), url
    assert client.get("/?day=2015-02-30").status_code == 422
    assert client.get(f"/outlet/{quote(ODD_OUTLET, safe='')}?day=2015-04-31").status_code == 422
    assert client.get("/api/articles?day=2015-08-02").json()["total"] == 1


def test_tags_and_outlets_with_reserved_characters_have_pages(client: TestClient) -> None:
    article = client.get("/api/articles?limit=1").json()["items"][0]
    html = client.get(f"/article/{article['id']}").text
    tag, outlet = f"/tag/{quote(ODD_TAG, safe='')}", f"/outlet/{quote(ODD_OUTLET, safe='')}"
    for path in (tag, outlet):
        assert f'href="{path}"' in html  # the article links it …
        assert client.get(path).status_code == 200, path  # … and the link leads to its page
    assert "وسم: a/b?c#d%e+f&amp;g h" in client.get(tag).text
    # the page's own links keep the name encoded as one path segment
    assert f'href="{outlet}?day=2015-08-01"' in client.get(outlet).text
    assert "javascript:" not in html.split("<main", 1)[1].split("وسوم", 1)[0]  # no such href


def test_a_page_past_the_end_leads_back_to_its_last_page(client: TestClient) -> None:
    html = client.get(f"/tag/{quote(ODD_TAG, safe='')}?offset=1000").text
    prev = re.search(r'rel="prev" href="([^"]*)"', html)
    assert prev and prev.group(1) == f"/tag/{quote(ODD_TAG, safe='')}"  # its first, only page
    assert "صفحة 51 من 1" not in html and "بعد الصفحة الأخيرة" in html
    search = client.get("/search?q=ميناء&offset=5000").text
    assert "صفحة 501" not in search


def test_result_counts_agree_with_their_number(client: TestClient) -> None:
    assert [results_count(n) for n in (1, 2, 3, 10, 11, 100, 103)] == [
        "نتيجة واحدة",
        "نتيجتان",
        "3 نتائج",
        "10 نتائج",
        "11 نتيجة",
        "100 نتيجة",
        "103 نتائج",
    ]
    assert "3 نتائج" in client.get("/search?q=ميناء").text


def test_ingest_refuses_an_oversized_body_before_reading_it(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}"}

    def body() -> Iterator[bytes]:  # a chunked upload: no Content-Length to go by
        for _ in range(64):
            yield b'{"title": "x"}\n' * 64

    monkeypatch.setattr(web_api, "MAX_INGEST_BYTES", 4096)
    _error(client.post("/api/ingest", content=body(), headers=auth), 413, "too_large")
    declared = {**auth, "Content-Length": str(10**12)}
    _error(client.post("/api/ingest", content=b"{}", headers=declared), 413, "too_large")
    assert client.get("/api/stats").json()["articles"] == len(ARTICLES)  # nothing stored


def test_openapi_documents_the_ingest_body_and_its_token(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    ingest_op = spec["paths"]["/api/ingest"]["post"]
    content = ingest_op["requestBody"]["content"]
    assert {"application/x-ndjson", "text/plain"} <= set(content)
    (scheme,) = spec["components"]["securitySchemes"].values()
    assert scheme == {**scheme, "type": "http", "scheme": "bearer"}
    assert ingest_op["security"]
    for code in ("401", "403", "413"):
        assert ingest_op["responses"][code]["content"]["application/json"]["schema"] == {
            "$ref": "#/components/schemas/ErrorBody"
        }


def test_bidi_controls_in_scraped_text_stay_inside_their_element(client: TestClient) -> None:
    """An override (U+202E) in a headline, byline or outlet name must not reorder the page's
    own text after it: such text sits in an element of its own (links, chips and dates
    isolate in the style sheet; bare names are <bdi>), the page title in FSI…PDI."""
    article = client.get("/api/articles?limit=1").json()["items"][0]
    html = client.get(f"/article/{article['id']}").text
    assert re.search(r"<title>&#x2068;[^<]*\u202e[^<]*&#x2069; — أخبار</title>", html)
    assert f"<bdi>محرر{LRO} 2015</bdi>" in html  # the byline
    home = client.get("/").text
    assert f"<bdi>{ODD_OUTLET}</bdi> · " in home  # the latest-articles list
    css = client.get("/static/style.css").text
    assert re.search(r"a, time, \.chip, \.tag \{ unicode-bidi: isolate; \}", css)
