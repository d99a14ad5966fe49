"""A fourth round of inputs: HTML, feeds and WARCs piped to ``akhbar parse -``, HTTP error
pages saved as pages, WARC record offsets told apart from line numbers, JSON Lines records of
``title``/``content``, an empty HTML file. Every bad input gets one line naming it, every good
one is read."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

from cli_runs import could_not as _could_not
from cli_runs import ingest as _ingest
from cli_runs import run as _run
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

TITLE = "وزير الصحة يعلن خطة جديدة لمواجهة الفيروس"
BODY = (
    "أعلنت وزارة الصحة اليوم عن خطة جديدة لمواجهة انتشار الفيروس في المدن الكبرى، وقالت إن "
    "الخطة تشمل حملات توعية واسعة في المدارس والجامعات وتبدأ الأسبوع المقبل."
)
ARTICLE = (
    f"<html><head><title>{TITLE}</title></head><body><h1>{TITLE}</h1><p>{BODY}</p></body></html>"
)


def _feed(n: int) -> str:
    items = "".join(
        f"<item><title>{TITLE} {i}</title><link>https://sabq.org/{i}</link>"
        f"<description>{BODY}</description></item>\n"
        for i in range(1, n + 1)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>سبق</title>'
        f"<link>https://sabq.org/</link>\n{items}</channel></rss>"
    )


def _warc(records: list[tuple[str, bytes, str]]) -> bytes:
    """WARC bytes of (url, payload, HTTP status) response records."""
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=False)
    for url, payload, status in records:
        http = StatusAndHeaders(
            status, [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
        )
        record = writer.create_warc_record(
            url, "response", payload=io.BytesIO(payload), http_headers=http
        )
        writer.write_record(record)
    return buf.getvalue()


# -- 1. HTML, feeds and WARCs on stdin go to their readers -----------------------------------


def test_an_html_page_on_stdin_is_read_as_html() -> None:
    code, pages, err = _run(["parse", "-"], stdin=ARTICLE.encode("utf-8"))
    assert (code, err) == (0, [])
    assert [(p["input"], p["main"]["headline"], p["main"]["body"]) for p in pages] == [
        ("-", TITLE, [BODY])
    ]


def test_a_gzipped_feed_on_stdin_is_read_item_by_item() -> None:
    code, pages, err = _run(["parse", "-"], stdin=gzip.compress(_feed(2).encode("utf-8")))
    assert (code, err) == (0, [])
    assert [(p["input"], p["url"]) for p in pages] == [
        ("-#1", "https://sabq.org/1"),
        ("-#2", "https://sabq.org/2"),
    ]


def test_a_warc_on_stdin_is_read_record_by_record() -> None:
    data = _warc([("https://x.com/1", ARTICLE.encode("utf-8"), "200 OK")])
    code, pages, err = _run(["parse", "-"], stdin=data)
    assert (code, err) == (0, [])
    assert len(pages) == 1
    assert pages[0]["input"].startswith("-@")
    assert (pages[0]["url"], pages[0]["main"]["headline"]) == ("https://x.com/1", TITLE)
    code, pages, err = _run(["parse", "-"], stdin=b"WARC/1.0\r\nWARC-Type: warcinfo\r\n\r\n")
    assert (code, pages) == (1, [])
    assert err[-1] == _could_not(1)


def test_an_html_page_on_stdin_is_ingested_as_an_article(tmp_path: Path) -> None:
    code, err, conn = _ingest(["-"], tmp_path / "x.db", stdin=ARTICLE.encode("utf-8"))
    assert code == 0, err
    assert conn.execute("SELECT headline FROM articles").fetchall() == [(TITLE,)]


# -- 2. an HTTP error page saved as a page is a reject saying so, not an article -------------


def _page(title: str, h1: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<!DOCTYPE html><html><head><title>{title}</title></head>"
        f"<body><h1>{h1}</h1>{body}</body></html>"
    )


def test_an_http_error_page_saved_as_xml_or_html_is_a_reject_naming_its_title(
    tmp_path: Path,
) -> None:
    xml = tmp_path / "feed.xml"
    xml.write_text(
        "<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1>"
        "<p>The requested URL was not found on this server.</p></body></html>",
        "utf-8",
    )
    arabic = tmp_path / "news.html"
    arabic.write_text(
        _page(
            "الصفحة غير موجودة | صحيفة سبق",
            "خطأ 404",
            ["عذراً، الصفحة التي تبحث عنها غير موجودة أو ربما تم نقلها.", "العودة للرئيسية"],
        ),
        "utf-8",
    )
    forbidden = tmp_path / "f.htm"
    forbidden.write_text(_page("403 Forbidden", "Forbidden", []), "utf-8")
    code, pages, err = _run(["parse", str(xml), str(arabic), str(forbidden)])
    assert (code, pages) == (1, [])
    assert err == [
        f"akhbar parse: {xml}: HTTP error page (titled '404 Not Found')",
        f"akhbar parse: {arabic}: HTTP error page (titled 'الصفحة غير موجودة | صحيفة سبق')",
        f"akhbar parse: {forbidden}: HTTP error page (titled '403 Forbidden')",
        _could_not(3),
    ]
    code, err, conn = _ingest([str(xml)], tmp_path / "x.db")
    assert code == 1
    assert conn.execute("SELECT count(*) FROM articles").fetchone() == (0,)
    assert conn.execute("SELECT reason FROM rejects").fetchall() == [("HTTP error page",)]


def test_an_article_about_a_404_error_is_still_an_article(tmp_path: Path) -> None:
    headline = "خطأ 404 يعطل موقع وزارة التعليم في أول أيام التسجيل"
    text = (
        "تعطل موقع وزارة التعليم صباح اليوم وظهرت للطلاب رسالة الخطأ 404 Not Found عند محاولة "
        "التسجيل، وقالت الوزارة إن فرقها الفنية تعمل على إصلاح العطل خلال ساعات."
    )
    page = tmp_path / "a.html"
    page.write_text(_page(headline, headline, [text]), "utf-8")
    short = tmp_path / "b.html"  # a short article titled by the error itself, with its story
    short.write_text(
        _page("الصفحة غير موجودة", "الصفحة غير موجودة", [text, BODY, BODY + " " + text]), "utf-8"
    )
    code, pages, err = _run(["parse", str(page), str(short)])
    assert (code, err) == (0, [])
    assert [p["main"]["headline"] for p in pages] == [headline, "الصفحة غير موجودة"]


def test_a_soft_404_in_a_warc_is_a_reject_and_the_article_next_to_it_is_read(
    tmp_path: Path,
) -> None:
    error = _page("Page Not Found - Al Arabiya", "عذراً، الصفحة غير موجودة", ["العودة للرئيسية"])
    warc = tmp_path / "c.warc"
    warc.write_bytes(
        _warc(
            [
                ("https://x.com/gone", error.encode("utf-8"), "200 OK"),
                ("https://x.com/1", ARTICLE.encode("utf-8"), "200 OK"),
            ]
        )
    )
    code, pages, err = _run(["parse", str(warc)])
    assert code == 1
    assert [p["url"] for p in pages] == ["https://x.com/1"]
    assert len(err) == 2
    assert err[0].startswith(f"akhbar parse: {warc}@")
    assert err[0].endswith(": HTTP error page (titled 'Page Not Found - Al Arabiya')")


# -- 4. JSON Lines records of title/content are read as the JSON path reads them -------------


def test_jsonl_records_of_title_and_content_are_articles_as_in_a_json_file(
    tmp_path: Path,
) -> None:
    records = [
        {"title": TITLE, "content": BODY, "url": "https://x.com/1", "author": "محمد علي"},
        {"headline": TITLE + " 2", "body": [BODY, BODY], "url": "https://x.com/2"},
    ]
    jsonl = tmp_path / "x.jsonl"
    page = {"text": f"{TITLE}\n\n{BODY}", "url": "https://x.com/3"}
    jsonl.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in [*records, page]))
    array = tmp_path / "x.json"
    array.write_text(json.dumps(records, ensure_ascii=False), "utf-8")
    code, pages, err = _run(["parse", str(jsonl), str(array)])
    assert (code, err) == (0, [])

    def fields(p: dict) -> tuple:  # type: ignore[type-arg]
        m = p["main"]
        return p["url"], m["headline"], m["body"], m["byline"]

    assert [p["input"] for p in pages] == [
        f"{jsonl}#1",
        f"{jsonl}#2",
        f"{jsonl}#3",
        f"{array}#1",
        f"{array}#2",
    ]
    assert [fields(p) for p in pages[:2]] == [fields(p) for p in pages[3:]]
    assert fields(pages[0]) == ("https://x.com/1", TITLE, [BODY], "محمد علي")
    assert pages[2]["url"] == "https://x.com/3"
    assert pages[2]["main"]["headline"] == TITLE  # a text record: the page parser's


def test_a_jsonl_record_with_an_empty_content_and_no_url_is_one_reject(tmp_path: Path) -> None:
    jsonl = tmp_path / "x.jsonl"
    good = json.dumps({"title": TITLE, "content": BODY}, ensure_ascii=False)
    jsonl.write_text(f'{{"content": ""}}\n{good}\n', "utf-8")
    code, pages, err = _run(["parse", str(jsonl)])
    assert (code, [p["input"] for p in pages]) == (1, [f"{jsonl}#2"])
    assert err == [
        f"akhbar parse: {jsonl}:1: empty record (no headline, body or url)",
        _could_not(1),
    ]


# -- 3. a WARC record is named FILE@OFFSET, never FILE:OFFSET (which reads as a line) ---------


def test_warc_rejects_name_the_record_offset_with_an_at_sign(tmp_path: Path) -> None:
    good = _warc([("https://x.com/1", ARTICLE.encode("utf-8"), "200 OK")])
    cut = _warc([("https://x.com/2", ARTICLE.encode("utf-8") * 3, "200 OK")])
    warc = tmp_path / "c.warc"
    warc.write_bytes(good + cut[:-300])
    code, pages, err = _run(["parse", str(warc)])
    assert code == 1
    assert [p["url"] for p in pages] == ["https://x.com/1"]
    offset = len(good)
    assert err[0].startswith(f"akhbar parse: {warc}@{offset}: truncated WARC record (record has ")
    assert f"{warc}:{offset}" not in "\n".join(err)


# -- 5. an empty HTML file says "empty file", as every other input does ----------------------


def test_an_empty_html_file_says_empty_file(tmp_path: Path) -> None:
    empty = tmp_path / "a.html"
    empty.write_bytes(b"")
    blank = tmp_path / "b.htm"
    blank.write_bytes(b" \r\n")
    code, pages, err = _run(["parse", str(empty), str(blank)])
    assert (code, pages) == (1, [])
    assert err == [
        f"akhbar parse: {empty}: empty file",
        f"akhbar parse: {blank}: empty file",
        _could_not(2),
    ]
    code, err, conn = _ingest([str(empty)], tmp_path / "x.db")
    assert code == 1
    assert conn.execute("SELECT reason FROM rejects").fetchall() == [("empty file",)]
