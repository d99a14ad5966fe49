"""A third round of inputs a demanding user gives ``akhbar parse`` / ``akhbar ingest``: WARC
records with HTTP charsets, chunked and compressed payloads, zip members repaired or locked,
JSON that breaks Python's parser, feeds in CP1256 or cut short. Every bad input gets one line
naming it (and its record), every repair a warning, the good records still go in."""

from __future__ import annotations

import gzip
import io
import json
import sqlite3
import zipfile
from pathlib import Path

import pytest
from cli_runs import could_not as _could_not
from cli_runs import ingest as _ingest
from cli_runs import run as _run
from typer.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from akhbar.cli import app
from akhbar.model import Rejected
from akhbar.read import read_paths

PAGE = (Path(__file__).parent / "data" / "parse" / "pages" / "dev-0001.txt").read_text("utf-8")
HEADLINE = "شاهد.. الإعلام المصري يربط اغتيال النائب العام بإشارة مرسي من داخل القفص"
TITLE = "وزير الصحة يعلن خطة جديدة لمواجهة الفيروس"
BODY = (
    "أعلنت وزارة الصحة اليوم عن خطة جديدة لمواجهة انتشار الفيروس في المدن الكبرى، وقالت إن "
    "الخطة تشمل حملات توعية واسعة في المدارس والجامعات وتبدأ الأسبوع المقبل."
)
ARTICLE = (
    f"<html><head><title>{TITLE}</title></head><body><h1>{TITLE}</h1><p>{BODY}</p></body></html>"
)


def _response(
    url: str, payload: bytes, headers: list[tuple[str, str]], status: str = "200 OK"
) -> tuple[str, str, bytes, StatusAndHeaders | None]:
    return url, "response", payload, StatusAndHeaders(status, headers, protocol="HTTP/1.1")


def _warc(path: Path, records: list[tuple[str, str, bytes, StatusAndHeaders | None]]) -> Path:
    """A WARC (gzipped record by record when ``path`` ends in .gz) of (url, type, payload,
    HTTP headers) records."""
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=path.name.endswith(".gz"))
    for url, kind, payload, http in records:
        ctype = "text/html" if http is None and kind == "resource" else None
        record = writer.create_warc_record(
            url, kind, payload=io.BytesIO(payload), http_headers=http, warc_content_type=ctype
        )
        writer.write_record(record)
    path.write_bytes(buf.getvalue())
    return path


def _headline_body(page: dict) -> tuple[str, str]:  # type: ignore[type-arg]
    return page["main"]["headline"], " ".join(page["main"]["body"])


# -- 1. a WARC record's HTTP charset is a hint ------------------------------------------------


@pytest.mark.parametrize(
    ("charset", "codec"),
    [("iso-8859-6", "iso-8859-6"), ("x-mac-arabic", "mac-arabic")],
)
def test_the_http_charset_of_a_warc_record_decodes_its_payload(
    tmp_path: Path, charset: str, codec: str
) -> None:
    payload = ARTICLE.encode(codec)
    ctype = [("Content-Type", f"text/html; charset={charset}")]
    warc = _warc(tmp_path / "c.warc.gz", [_response("http://a.com/1", payload, ctype)])
    code, pages, err = _run(["parse", str(warc)])
    assert (code, err) == (0, [])
    assert _headline_body(pages[0]) == (TITLE, BODY)


def test_valid_utf8_wins_over_a_wrong_http_charset_and_the_http_charset_over_meta(
    tmp_path: Path,
) -> None:
    wrong = [("Content-Type", "text/html; charset=iso-8859-6")]
    meta = ARTICLE.replace("<head>", '<head><meta charset="windows-1256">')
    right = [("Content-Type", 'text/html; charset="ISO-8859-6"')]
    warc = _warc(
        tmp_path / "c.warc",
        [
            _response("http://a.com/1", ARTICLE.encode(), wrong),
            _response("http://a.com/2", meta.encode("iso-8859-6"), right),
        ],
    )
    code, pages, err = _run(["parse", str(warc)])
    assert (code, err) == (0, [])
    assert [_headline_body(p) for p in pages] == [(TITLE, BODY), (TITLE, BODY)]


# -- 2. repairs inside a zip member are reported ----------------------------------------------


def _snn(**changes: str) -> dict[str, str]:
    record = {
        "source": "sabq",
        "url": "https://sabq.org/1",
        "date_extracted": "2015-08-10 10:00:00",
        "title": TITLE,
        "author": "",
        "content": BODY,
    }
    return record | changes


def test_stray_bytes_and_nuls_in_a_zip_member_are_repaired_with_a_warning(tmp_path: Path) -> None:
    stray = json.dumps([_snn(content=BODY + " ©")], ensure_ascii=False).encode()
    nul = "\n".join(
        json.dumps(_snn(url=f"https://sabq.org/{i}"), ensure_ascii=False) for i in (2, 3)
    ).encode()
    corpus = tmp_path / "2015-08-10.zip"
    with zipfile.ZipFile(corpus, "w") as zf:
        zf.writestr("stray.json", stray.replace("©".encode(), b"\xa9"))
        zf.writestr("nul.jsonl", nul.replace(b"sabq.org", b"sa\x00bq.org"))
    want = [
        f"{corpus}/stray.json: 1 stray byte not UTF-8, replaced by U+FFFD (first on line 1)",
        f"{corpus}/nul.jsonl: 2 stray NUL bytes removed (lines 1, 2)",
    ]
    code, pages, err = _run(["parse", str(corpus)])
    assert code == 0
    assert len(pages) == 3
    assert err == [f"akhbar parse: warning: {w}" for w in want]
    code, err, conn = _ingest([str(corpus)], tmp_path / "x.db")
    assert code == 0
    assert conn.execute("SELECT count(*) FROM articles").fetchone() == (3,)
    assert [line for line in err if "warning" in line] == [
        f"akhbar ingest: warning: {w}" for w in want
    ]


def test_a_stray_nul_in_a_jsonl_line_is_removed_with_a_warning_not_a_reject(
    tmp_path: Path,
) -> None:
    lines = [json.dumps({"text": PAGE, "url": f"https://x.com/{i}"}) for i in (1, 2)]
    corpus = tmp_path / "pages.jsonl"
    corpus.write_bytes(
        "\n".join(lines).encode().replace(b"https://x.com/2", b"https://x\x00.com/2")
    )
    code, pages, err = _run(["parse", str(corpus)])
    assert code == 0
    assert [p.get("url") for p in pages] == ["https://x.com/1", "https://x.com/2"]
    assert err == [f"akhbar parse: warning: {corpus}: 1 stray NUL byte removed (line 2)"]


def test_a_stray_byte_in_one_jsonl_line_is_replaced_not_the_line_read_as_cp1256(
    tmp_path: Path,
) -> None:
    lines = [
        json.dumps(_snn(url=f"https://sabq.org/{i}", content=BODY), ensure_ascii=False)
        for i in (1, 2)
    ]
    corpus = tmp_path / "c.jsonl"
    corpus.write_bytes("\n".join(lines).encode().replace(b"sabq.org/2", b"sabq.org/2\xa9"))
    code, err, conn = _ingest([str(corpus)], tmp_path / "x.db")
    assert code == 0
    assert conn.execute("SELECT headline FROM articles").fetchall() == [(TITLE,), (TITLE,)]
    assert [line for line in err if "warning" in line] == [
        # one reader of JSON Lines for parse and ingest, line by line: the line named as a
        # reject's is (was "{corpus}: 1 stray byte … (first on line 2)")
        f"akhbar ingest: warning: {corpus}:2: 1 stray byte not UTF-8, replaced by U+FFFD"
    ]


# -- 3. JSON that Python's parser cannot take ---------------------------------------------------


@pytest.mark.parametrize(
    ("line", "why"),
    [
        ('{"text": "x", "n": ' + "9" * 5000 + "}", "number too long (over 4300 digits)"),
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
    ],
    ids=["long-number", "deep-nesting"],
)
@pytest.mark.parametrize("ext", [".jsonl", ".json"])
def test_json_the_parser_cannot_take_is_one_reject_and_the_other_lines_are_read(
    tmp_path: Path, line: str, why: str, ext: str
) -> None:
    corpus = tmp_path / f"c{ext}"
    good = json.dumps({"text": PAGE, "url": "https://x.com/1"})
    corpus.write_text(f"{good}\n{line}\n{good}\n", "utf-8")
    code, pages, err = _run(["parse", str(corpus)])
    assert code == 1
    assert len(pages) == 2
    assert err == [f"akhbar parse: {corpus}:2: malformed JSON ({why})", _could_not(1)]
    code, err, conn = _ingest([str(corpus)], tmp_path / "x.db")
    assert code == 1
    assert conn.execute("SELECT count(*) FROM articles").fetchone() == (1,)
    assert conn.execute("SELECT input, reason FROM rejects").fetchall() == [
        (str(corpus), "malformed JSON")
    ]


def test_a_lone_surrogate_escape_is_replaced_with_a_warning(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    text = json.dumps(PAGE)[1:-1] + "\\ud800 \\udfff"
    good = json.dumps({"text": PAGE, "url": "https://x.com/2"})
    corpus.write_text(f'{{"text": "{text}", "url": "https://x.com/1"}}\n{good}\n', "utf-8")
    want = f"{corpus}:1: 2 lone surrogate escapes (\\ud800…) replaced by U+FFFD"
    code, pages, err = _run(["parse", str(corpus)])
    assert (code, err) == (0, [f"akhbar parse: warning: {want}"])
    assert pages[0]["main"]["headline"] == HEADLINE
    code, err, conn = _ingest([str(corpus)], tmp_path / "x.db")
    assert code == 0
    assert [line for line in err if "warning" in line] == [f"akhbar ingest: warning: {want}"]
    assert conn.execute("SELECT count(*) FROM articles").fetchone() == (2,)


def test_a_locked_or_unsupported_zip_member_is_one_reject(tmp_path: Path) -> None:
    corpus = tmp_path / "c.zip"
    data = json.dumps([_snn()], ensure_ascii=False).encode()
    with zipfile.ZipFile(corpus, "w") as zf:
        zf.writestr("locked.json", data)
        zf.writestr("open.json", data)
    raw = bytearray(corpus.read_bytes())
    raw[6] |= 1  # the local header's "encrypted" flag of the first member
    raw[raw.find(b"PK\x01\x02") + 8] |= 1  # and the central directory's
    corpus.write_bytes(bytes(raw))
    code, pages, err = _run(["parse", str(corpus)])
    assert code == 1
    assert len(pages) == 1
    assert err == [
        f"akhbar parse: {corpus}/locked.json: unreadable zip member (encrypted, password required)",
        _could_not(1),
    ]


# -- 4. WARC payloads: transfer and content encodings, records that are no HTML page ----------

HTML = [("Content-Type", "text/html; charset=utf-8")]


def _chunked(data: bytes, size: int) -> bytes:
    parts = [data[i : i + size] for i in range(0, len(data), size)]
    return b"".join(b"%x\r\n%s\r\n" % (len(p), p) for p in parts) + b"0\r\n\r\n"


def test_a_chunked_payload_is_dechunked(tmp_path: Path) -> None:
    chunked = [*HTML, ("Transfer-Encoding", "chunked")]
    gzipped = [*chunked, ("Content-Encoding", "gzip")]
    warc = _warc(
        tmp_path / "c.warc.gz",
        [
            _response("http://a.com/1", _chunked(ARTICLE.encode(), 101), chunked),
            _response("http://a.com/2", _chunked(gzip.compress(ARTICLE.encode()), 64), gzipped),
            # a crawler that stored the payload dechunked but kept the header
            _response("http://a.com/3", ARTICLE.encode(), chunked),
        ],
    )
    code, pages, err = _run(["parse", str(warc)])
    assert (code, err) == (0, [])
    assert [_headline_body(p) for p in pages] == [(TITLE, BODY)] * 3


def test_a_payload_that_is_not_in_its_content_encoding_is_one_record_not_the_rest_of_the_file(
    tmp_path: Path,
) -> None:
    records = [
        _response("http://a.com/1", ARTICLE.encode(), [*HTML, ("Content-Encoding", "gzip")]),
        _response("http://a.com/2", b"\x8b\x00garbage" * 9, [*HTML, ("Content-Encoding", "br")]),
        _response("http://a.com/3", ARTICLE.encode(), HTML),
    ]
    warc = _warc(tmp_path / "c.warc", records)
    code, pages, err = _run(["parse", str(warc)])
    assert code == 1
    assert [p["url"] for p in pages] == ["http://a.com/1", "http://a.com/3"]
    first, second = (p["input"].rpartition("@")[2] for p in pages)
    offset = err[1].removeprefix(f"akhbar parse: {warc}@").split(":")[0]  # was {warc}:OFFSET
    assert first == "0" and int(first) < int(offset) < int(second)
    assert err == [
        f"akhbar parse: warning: {warc}@0: Content-Encoding gzip, but the payload is not gzip: "
        "read as it is",
        f"akhbar parse: {warc}@{offset}: undecodable WARC payload (Content-Encoding br: the "
        "payload is not br)",
        _could_not(1),
    ]


def test_an_empty_warc_or_one_without_pages_says_so(tmp_path: Path) -> None:
    empty = tmp_path / "empty.warc"
    empty.write_bytes(b"")
    none = _warc(
        tmp_path / "none.warc.gz",
        [
            _response("http://a.com/x.pdf", b"%PDF-1.4", [("Content-Type", "application/pdf")]),
            _response("http://a.com/1", ARTICLE.encode(), HTML, status="404 Not Found"),
            ("http://a.com/1", "request", b"GET / HTTP/1.1\r\n\r\n", None),
        ],
    )
    code, pages, err = _run(["parse", str(empty), str(none)])
    assert (code, pages) == (1, [])
    assert err == [
        f"akhbar parse: {empty}: empty file",
        f"akhbar parse: {none}: no HTML page in the WARC (passed over: 1 application/pdf, "
        "1 request, 1 status 404)",
        _could_not(2),
    ]


def test_a_response_without_content_type_or_in_plain_text_is_read(tmp_path: Path) -> None:
    text = f"{TITLE}\n\n{BODY}\n".encode("cp1256")
    warc = _warc(
        tmp_path / "c.warc.gz",
        [
            _response("http://a.com/1", ARTICLE.encode(), [("Server", "nginx")]),
            _response("http://a.com/2", text, [("Content-Type", "text/plain; charset=cp1256")]),
        ],
    )
    code, pages, err = _run(["parse", str(warc)])
    assert (code, err) == (0, [])
    assert [(p["url"], *_headline_body(p)) for p in pages] == [
        ("http://a.com/1", TITLE, BODY),
        ("http://a.com/2", TITLE, BODY),
    ]


# -- 5. feeds: undeclared CP1256, cut short, relative links, an HTML page for a feed ------------


def _feed(items: str, *, declaration: str = '<?xml version="1.0" encoding="UTF-8"?>') -> str:
    return (
        f'{declaration}\n<rss version="2.0"><channel><title>سبق</title>'
        f"<link>https://sabq.org/</link>\n{items}</channel></rss>"
    )


def _item(n: int, *, link: str | None = None) -> str:
    link = link or f"https://sabq.org/{n}"
    return f"<item><title>{TITLE} {n}</title><link>{link}</link><description>{BODY}</description></item>\n"


@pytest.mark.parametrize(
    "declaration",
    ['<?xml version="1.0"?>', '<?xml version="1.0" encoding="ISO-8859-1"?>', ""],
    ids=["undeclared", "latin1", "no-declaration"],
)
def test_a_cp1256_feed_that_does_not_say_so_is_read_as_cp1256(
    tmp_path: Path, declaration: str
) -> None:
    feed = tmp_path / "f.rss"
    feed.write_bytes(_feed(_item(1), declaration=declaration).encode("cp1256"))
    code, pages, err = _run(["parse", str(feed)])
    assert (code, err) == (0, [])
    assert _headline_body(pages[0]) == (f"{TITLE} 1", BODY)


def test_a_utf8_feed_declared_cp1256_is_read_as_utf8(tmp_path: Path) -> None:
    feed = tmp_path / "f.rss"
    declared = '<?xml version="1.0" encoding="windows-1256"?>'
    feed.write_bytes(_feed(_item(1), declaration=declared).encode())
    code, pages, err = _run(["parse", str(feed)])
    assert (code, err) == (0, [])
    assert _headline_body(pages[0]) == (f"{TITLE} 1", BODY)


def test_a_feed_cut_short_keeps_its_items_and_says_it_is_malformed(tmp_path: Path) -> None:
    feed = tmp_path / "f.rss"
    feed.write_text(_feed(_item(1) + _item(2))[:-40], "utf-8")
    code, pages, err = _run(["parse", str(feed)])
    assert code == 0
    assert [p["url"] for p in pages] == ["https://sabq.org/1", "https://sabq.org/2"]
    assert err == [
        f"akhbar parse: warning: {feed}: malformed XML (no element found, line 4); read "
        "leniently (items may be incomplete)"
    ]
    nbsp = tmp_path / "nbsp.rss"  # an HTML entity XML lacks: the lenient parser knows it
    nbsp.write_text(_feed(_item(1).replace("</description>", "&nbsp;</description>")), "utf-8")
    assert _run(["parse", str(nbsp)])[::2] == (0, [])


def test_relative_item_links_are_resolved_against_the_channel_link(tmp_path: Path) -> None:
    feed = tmp_path / "f.rss"
    feed.write_text(_feed(_item(1, link="/news/1") + _item(2, link="news/2")), "utf-8")
    code, pages, _err = _run(["parse", str(feed)])
    assert code == 0
    assert [p["url"] for p in pages] == ["https://sabq.org/news/1", "https://sabq.org/news/2"]


def test_an_html_error_page_or_an_empty_file_given_as_a_feed_says_what_it_is(
    tmp_path: Path,
) -> None:
    page = tmp_path / "f.rss"
    page.write_text(
        "<!DOCTYPE html><html><head><title>503 Service Unavailable</title></head>"
        "<body><h1>Service Unavailable</h1></body></html>",
        "utf-8",
    )
    empty = tmp_path / "e.rss"
    empty.write_bytes(b"\n")
    code, pages, err = _run(["parse", str(page), str(empty)])
    assert (code, pages) == (1, [])
    assert err == [
        # was "not a feed (an HTML page titled ...)": an HTTP error page, as elsewhere (bug bash 5)
        f"akhbar parse: {page}: HTTP error page (titled '503 Service Unavailable')",
        f"akhbar parse: {empty}: empty file",
        _could_not(2),
    ]


# -- 6. stdin: JSON Lines are read as such; HTML, feeds and WARCs go to their readers -------


def test_json_lines_on_stdin_are_read_record_by_record(tmp_path: Path) -> None:
    lines = [json.dumps({"text": PAGE, "url": f"https://x.com/{i}"}) for i in (1, 2)]
    code, pages, err = _run(["parse", "-"], stdin="\n".join(lines).encode("utf-8"))
    assert (code, err) == (0, [])
    assert [(p["input"], p["url"]) for p in pages] == [
        ("-#1", "https://x.com/1"),
        ("-#2", "https://x.com/2"),
    ]
    brace = "{عاجل} " + PAGE  # a text page may open with a brace: it is still a page
    code, pages, _err = _run(["parse", "-"], stdin=brace.encode("cp1256"))
    assert (code, [p["input"] for p in pages]) == (0, ["-"])


@pytest.mark.parametrize(
    ("data", "inputs"),
    [
        (ARTICLE.encode("utf-8"), ["-"]),
        (gzip.compress(_feed(_item(1)).encode("utf-8")), ["-#1"]),
    ],
    ids=["html", "gzipped-feed"],
)
def test_markup_on_stdin_is_read_by_its_reader_not_as_a_text_page(
    data: bytes, inputs: list[str]
) -> None:
    # was "-: an HTML page on stdin; save it to a file" (bug bash 4 reads it as a file's)
    code, pages, err = _run(["parse", "-"], stdin=data)
    assert (code, err) == (0, [])
    assert [(p["input"], p["main"]["headline"].startswith(TITLE)) for p in pages] == [
        (i, True) for i in inputs
    ]


# -- 7. zips: member names in the legacy code pages, macOS and hidden entries -----------------


def _zip_with_raw_names(path: Path, names: list[bytes], data: bytes) -> Path:
    """A zip whose member names are these bytes, without the UTF-8 flag (as old Windows and
    macOS tools write them)."""
    placeholders = [f"{i:0{len(n) - 5}d}.json".encode() for i, n in enumerate(names)]
    with zipfile.ZipFile(path, "w") as zf:
        for placeholder in placeholders:
            zf.writestr(placeholder.decode(), data)
    raw = path.read_bytes()
    for placeholder, name in zip(placeholders, names, strict=True):
        raw = raw.replace(placeholder, name)
    path.write_bytes(raw)
    return path


def test_zip_member_names_in_cp1256_or_unflagged_utf8_are_named_right(tmp_path: Path) -> None:
    data = json.dumps([_snn()], ensure_ascii=False).encode()
    names = ["أخبار-اليوم.json".encode("cp1256"), "أخبار-الأمس.json".encode()]
    corpus = _zip_with_raw_names(tmp_path / "c.zip", names, data)
    code, pages, err = _run(["parse", str(corpus)])
    assert (code, err) == (0, [])
    assert [p["input"] for p in pages] == [
        f"{corpus}/أخبار-اليوم.json#1",
        f"{corpus}/أخبار-الأمس.json#1",
    ]


def test_macos_and_hidden_zip_members_are_skipped_with_a_note_not_rejected(
    tmp_path: Path,
) -> None:
    data = json.dumps([_snn()], ensure_ascii=False).encode()
    corpus = tmp_path / "c.zip"
    with zipfile.ZipFile(corpus, "w") as zf:
        zf.writestr("2015/", b"")
        zf.writestr("2015/a.json", data)
        zf.writestr("__MACOSX/2015/._a.json", b"\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X")
        zf.writestr(".DS_Store", b"\x00\x00\x00\x01Bud1")
    note = (
        f"{corpus}: skipped 2 hidden entries (.DS_Store, __MACOSX/2015/._a.json); they are no pages"
    )
    code, pages, err = _run(["parse", str(corpus)])
    assert (code, [p["input"] for p in pages]) == (0, [f"{corpus}/2015/a.json#1"])
    assert err == [f"akhbar parse: note: {note}"]
    db = tmp_path / "x.db"
    code, err, conn = _ingest([str(corpus)], db)
    assert code == 0
    assert [line for line in err if "note" in line] == [f"akhbar ingest: note: {note}"]
    assert conn.execute("SELECT count(*) FROM rejects").fetchone() == (0,)


# -- 8. a symbolic link loop is named as one ---------------------------------------------------


def test_a_symbolic_link_loop_is_called_a_loop_not_a_broken_link(tmp_path: Path) -> None:
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text(PAGE, "utf-8")
    (d / "l1").symlink_to("l2")
    (d / "l2").symlink_to("l1")
    (d / "self").symlink_to("self")
    (d / "gone").symlink_to("nowhere")
    code, pages, err = _run(["parse", str(d)])
    assert (code, len(pages)) == (1, 1)
    assert err == [
        f"akhbar parse: {d / 'gone'}: broken symbolic link (to nowhere)",
        f"akhbar parse: {d / 'l1'}: symbolic link loop (l1 → l2 → l1)",
        f"akhbar parse: {d / 'l2'}: symbolic link loop (l2 → l1 → l2)",
        f"akhbar parse: {d / 'self'}: symbolic link loop (self → self)",
        _could_not(4),
    ]
    code, err, conn = _ingest([str(d)], tmp_path / "x.db")
    assert code == 1
    assert conn.execute(
        "SELECT reason, count(*) FROM rejects GROUP BY 1 ORDER BY 1"
    ).fetchall() == [
        ("broken symbolic link", 1),
        ("symbolic link loop", 3),
    ]


# -- 9. JSON fields of unexpected types ----------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "want"),
    [
        ({"content": [BODY, 2015, None, "نص ثان"]}, {"body": [BODY, "2015", "نص ثان"]}),
        ({"title": {"ar": TITLE, "en": None}}, {"headline": TITLE}),
        ({"content": {"lead": BODY, "more": ["نص ثان"]}}, {"body": [BODY, "نص ثان"]}),
        ({"tags": [{"name": "صحة"}, None, "اقتصاد"]}, {"tags": ["صحة", "اقتصاد"]}),
        ({"author": ["سعد", None, {"name": "علي"}]}, {"byline": "سعد، علي"}),
        ({"url": 42}, {"url": None}),
        ({"date_extracted": 1439200800}, {"published": "2015-08-10T10:00:00+00:00"}),
        ({"date_extracted": 1439200800123}, {"published": "2015-08-10T10:00:00+00:00"}),
        ({"date_extracted": "2015-02-30"}, {"published": None}),
    ],
    ids=[
        "body-list-with-number",
        "title-object",
        "body-object",
        "tag-objects",
        "author-objects",
        "url-number",
        "epoch-seconds",
        "epoch-milliseconds",
        "impossible-date",
    ],
)
def test_json_fields_of_other_types_keep_their_text_and_never_crash(
    tmp_path: Path, changes: dict[str, object], want: dict[str, object]
) -> None:
    corpus = tmp_path / "c.jsonl"
    record = {**_snn(), **changes}
    corpus.write_text(json.dumps(record, ensure_ascii=False) + "\n", "utf-8")
    docs = list(read_paths([str(corpus)]))
    assert len(docs) == 1 and not isinstance(docs[0], Rejected), docs
    page = docs[0].page
    got = {
        "headline": page.main.headline,
        "body": list(page.main.body),
        "published": page.main.published,
        "url": page.url,
        "byline": page.main.byline,
        "tags": list(page.main.tags),
    }
    assert {k: got[k] for k in want} == want
    assert record.get("date_extracted") is None or str(record["date_extracted"]) in json.dumps(
        page.main.raw
    )


def test_url_and_date_nested_in_a_metadata_object_are_read(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    records = [
        {"text": PAGE, "metadata": {"url": "https://x.com/1", "dump": "CC-MAIN-2015-35"}},
        {"text": PAGE, "meta": {"link": "https://x.com/2"}},
        {
            "title": TITLE,
            "content": BODY,
            "metadata": {"url": "https://x.com/3", "published": "2015-08-10T10:00:00"},
        },
    ]
    corpus.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records), "utf-8")
    code, pages, _err = _run(["parse", str(corpus)])
    assert code == 0  # the third record's title/content read as a JSON corpus reads them
    assert [p.get("url") for p in pages] == [
        "https://x.com/1",
        "https://x.com/2",
        "https://x.com/3",
    ]
    code, _err, conn = _ingest([str(corpus)], tmp_path / "x.db")
    assert code == 0
    assert conn.execute("SELECT url, published FROM articles ORDER BY url").fetchall() == [
        ("https://x.com/1", "2015-07-24"),
        ("https://x.com/2", "2015-07-24"),
        ("https://x.com/3", "2015-08-10T10:00:00"),
    ]


# -- 10. a JSON array with one broken record, or cut short, keeps its other records -------------

SAUDINEWSNET = Path(__file__).parent / "fixtures" / "saudinewsnet" / "2015-07-23.zip"


def _snn_array(n: int) -> tuple[str, list[dict[str, str]]]:
    """The first ``n`` records of a real SaudiNewsNet day, printed as the corpus prints them."""
    with zipfile.ZipFile(SAUDINEWSNET) as zf:
        records = json.loads(zf.read(zf.namelist()[0]))[:n]
    return json.dumps(records, ensure_ascii=False, indent=4), records


def test_a_broken_record_in_a_json_array_is_one_reject_and_the_others_are_read(
    tmp_path: Path,
) -> None:
    text, records = _snn_array(4)
    second = text.index('"url"', text.index(records[1]["title"][:10]) - 400)
    broken = text[:second] + text[second:].replace('",\n', '"\n', 1)  # a comma missing
    line = broken.count("\n", 0, second) + 2
    corpus = tmp_path / "2015-07-23.json"
    corpus.write_text(broken, "utf-8")
    code, pages, err = _run(["parse", str(corpus)])
    assert code == 1
    assert [p["url"] for p in pages] == [records[i]["url"] for i in (0, 2, 3)]
    assert [p["input"] for p in pages] == [f"{corpus}#{i}" for i in (1, 3, 4)]
    assert err == [
        f"akhbar parse: {corpus}:{line}: malformed JSON (Expecting ',' delimiter (record 2))",
        _could_not(1),
    ]


def test_a_json_array_cut_short_keeps_the_records_before_the_cut(tmp_path: Path) -> None:
    text, records = _snn_array(3)
    cut = text[: text.index(records[2]["content"][:20]) + 10]
    corpus = tmp_path / "2015-07-23.zip"
    with zipfile.ZipFile(corpus, "w") as zf:
        zf.writestr("2015-07-23.json", cut)
    code, _err, conn = _ingest([str(corpus)], tmp_path / "x.db")
    assert code == 1
    stored = conn.execute("SELECT url FROM articles ORDER BY input").fetchall()
    assert stored == [(records[0]["url"],), (records[1]["url"],)]
    assert conn.execute("SELECT reason FROM rejects").fetchall() == [("malformed JSON",)]


def test_a_bzip2_warc_is_read_and_one_cut_short_says_so(tmp_path: Path) -> None:
    import bz2

    plain = _warc(
        tmp_path / "c.warc",
        [_response(f"http://a.com/{i}", ARTICLE.encode(), HTML) for i in (1, 2, 3)],
    )
    whole = tmp_path / "c.warc.bz2"
    whole.write_bytes(bz2.compress(plain.read_bytes()))
    code, pages, err = _run(["parse", str(whole)])
    assert (code, err) == (0, [])
    assert [p["url"] for p in pages] == [f"http://a.com/{i}" for i in (1, 2, 3)]
    cut = tmp_path / "cut.warc.bz2"
    cut.write_bytes(whole.read_bytes()[:-30])
    code, pages, err = _run(["parse", str(cut)])
    assert code == 1
    assert err == [
        f"akhbar parse: {cut}: truncated bzip2 (the stream ends before its end)",
        _could_not(1),
    ]


# -- 11. a reader's own bug on one input does not stop the run or print a traceback -------------


def test_an_unexpected_error_in_a_reader_is_one_reject_and_the_run_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import akhbar.read.html

    def broken(path: Path, *, name: str | None = None) -> object:
        raise RecursionError("maximum recursion depth exceeded while decoding a JSON array")
        yield  # a generator, like the reader it stands for

    monkeypatch.setattr(akhbar.read.html, "read_html_file", broken)
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.html").write_text(ARTICLE, "utf-8")
    (d / "b.txt").write_text(PAGE, "utf-8")
    code, err, conn = _ingest([str(d)], tmp_path / "x.db")
    assert code == 1
    assert conn.execute("SELECT input FROM articles").fetchall() == [(str(d / "b.txt"),)]
    assert conn.execute("SELECT input, reason FROM rejects").fetchall() == [
        (str(d / "a.html"), "internal error")
    ]
    code, pages, err = _run(["parse", str(d)])
    assert (code, [p["input"] for p in pages]) == (1, [str(d / "b.txt")])
    assert err[0] == (
        f"akhbar parse: internal error while reading {d / 'a.html'} (RecursionError: maximum "
        "recursion depth exceeded while decoding a JSON array); please report it"
    )


def test_text_html_and_nested_zip_members_of_a_zip_are_read(tmp_path: Path) -> None:
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as zf:
        zf.writestr("c.json", json.dumps([_snn()], ensure_ascii=False))
    corpus = tmp_path / "pages.zip"
    with zipfile.ZipFile(corpus, "w") as zf:
        zf.writestr("a.txt", PAGE.encode("cp1256", errors="replace"))
        zf.writestr("b.html", ARTICLE)
        zf.writestr("inner.zip", inner.getvalue())
        zf.writestr("d.png", b"\x89PNG\r\n\x1a\n" + bytes(20))
    code, pages, err = _run(["parse", str(corpus)])
    assert code == 1
    assert [(p["input"], p["main"]["headline"]) for p in pages] == [
        (f"{corpus}/a.txt", HEADLINE),
        (f"{corpus}/b.html", TITLE),
        (f"{corpus}/inner.zip/c.json#1", TITLE),
    ]
    assert err == [
        f"akhbar parse: {corpus}/d.png: zip member is no page (binary file, not text (PNG image))",
        _could_not(1),
    ]


def test_zips_nested_deeper_than_three_levels_are_one_reject(tmp_path: Path) -> None:
    data = json.dumps([_snn()], ensure_ascii=False).encode()
    name = "c.json"
    for level in range(5):  # c.json in z0.zip in z1.zip ... in z4.zip
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as zf:
            zf.writestr(name, data)
        data, name = buf.getvalue(), f"z{level}.zip"
    corpus = tmp_path / "top.zip"
    corpus.write_bytes(data)
    code, pages, err = _run(["parse", str(corpus)])
    assert (code, pages) == (1, [])
    deep = f"{corpus}/z3.zip/z2.zip/z1.zip/z0.zip"
    assert err == [
        f"akhbar parse: {deep}: zip nested too deep (a zip 4 zips deep; unzip it and name it)",
        _could_not(1),
    ]


# -- 12. JSON Lines joined with `cat` (a BOM on each file's first line) or ending lines in CR ----


@pytest.mark.parametrize(
    ("join", "inputs"),
    [
        (lambda a, b: a + b, ["#1", "#2", "#3", "#4"]),  # two files, each with a BOM, cat-ed
        (lambda a, b: (a + b).replace(b"\r\n", b"\r"), ["#1", "#2", "#3", "#4"]),  # old Mac
    ],
    ids=["bom-mid-file", "cr-line-ends"],
)
def test_jsonl_joined_with_cat_or_ending_lines_in_cr_keeps_every_record(
    tmp_path: Path, join: object, inputs: list[str]
) -> None:
    def part(first: int) -> bytes:
        lines = [json.dumps({"text": PAGE, "url": f"https://x.com/{first + i}"}) for i in (0, 1)]
        return b"\xef\xbb\xbf" + "\r\n".join(lines).encode() + b"\r\n"

    corpus = tmp_path / "c.jsonl"
    corpus.write_bytes(join(part(1), part(3)))  # type: ignore[operator]
    code, pages, err = _run(["parse", str(corpus)])
    assert (code, err) == (0, [])
    assert [p["input"].removeprefix(str(corpus)) for p in pages] == inputs
    code, err, conn = _ingest([str(corpus)], tmp_path / "x.db")
    assert code == 0
    assert conn.execute("SELECT count(*) FROM articles").fetchone() == (4,)


# -- 13. the store's own files under an ingested directory ----------------------------------------


def test_ingesting_the_directory_that_holds_the_store_leaves_the_store_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("a.txt").write_text(PAGE, "utf-8")
    for _ in range(2):  # the second run finds akhbar.db and its -wal/-shm files there too
        result = CliRunner().invoke(app, ["ingest", "."])
        assert result.exit_code == 0, result.stderr
        assert result.stderr.splitlines()[-1].startswith(
            "akhbar ingest: note: skipped the store's own file"
        )
    conn = sqlite3.connect("akhbar.db")
    assert conn.execute("SELECT input FROM articles").fetchall() == [("a.txt",)]
    assert conn.execute("SELECT count(*) FROM rejects").fetchone() == (0,)


def test_an_arc_file_says_it_is_the_older_format(tmp_path: Path) -> None:
    arc = tmp_path / "crawl.arc.gz"
    arc.write_bytes(
        gzip.compress(b"filedesc://crawl.arc 0.0.0.0 20150810000000 text/plain 76\n1 0 Test\n")
    )
    code, pages, err = _run(["parse", str(arc)])
    assert (code, pages) == (1, [])
    assert err == [
        f"akhbar parse: {arc}: not a WARC (an ARC file, the older format: convert it to WARC "
        "first)",
        _could_not(1),
    ]


# -- 14. file names with line breaks --------------------------------------------------------------


def test_a_file_name_with_a_line_break_is_named_on_one_line(tmp_path: Path) -> None:
    d = tmp_path / "in"
    d.mkdir()
    (d / "bad\nname.txt").write_bytes(b"")
    (d / "ok\u2028.txt").write_text(PAGE, "utf-8")
    code, pages, err = _run(["parse", str(d)])
    assert code == 1
    assert [p["input"] for p in pages] == [f"{d}/ok\\u2028.txt"]
    assert err == [f"akhbar parse: {d}/bad\\nname.txt: empty file", _could_not(1)]


def _raw_record(url: str, block: bytes, ctype: str = "application/http; msgtype=response") -> bytes:
    head = (
        f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:{url[-1]}0000000-0000-"
        f"0000-0000-000000000000>\r\nWARC-Date: 2015-08-10T00:00:00Z\r\nWARC-Target-URI: {url}"
        f"\r\nContent-Type: {ctype}\r\nContent-Length: {len(block)}\r\n\r\n"
    )
    return head.encode() + block + b"\r\n\r\n"


def test_a_response_without_an_http_head_or_with_lf_line_ends_is_a_page(tmp_path: Path) -> None:
    page = ARTICLE.encode()
    warc = tmp_path / "c.warc"
    warc.write_bytes(
        _raw_record("http://a.com/1", page)  # the page stored alone, no HTTP head
        + _raw_record("http://a.com/2", b"HTTP/1.1 200 OK\nContent-Type: text/html\n\n" + page)
        + _raw_record(
            "http://a.com/3", b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + page
        )
    )
    code, pages, err = _run(["parse", str(warc)])
    assert (code, err) == (0, [])
    assert [(p["url"], *_headline_body(p)) for p in pages] == [
        (f"http://a.com/{i}", TITLE, BODY) for i in (1, 2, 3)
    ]


def test_entities_escaped_twice_in_a_feed_are_read_as_characters(tmp_path: Path) -> None:
    feed = tmp_path / "f.rss"
    item = (
        "<item><title>وزير &amp;quot;الصحة&amp;quot;</title><link>https://sabq.org/a</link>"
        "<description>&lt;p&gt;قال &amp;amp;quot;نعم&amp;amp;quot; &amp;amp;amp; مضى&lt;/p&gt;"
        "</description></item>"
    )
    feed.write_text(_feed(item), "utf-8")
    code, pages, err = _run(["parse", str(feed)])
    assert (code, err) == (0, [])
    assert _headline_body(pages[0]) == ('وزير "الصحة"', 'قال "نعم" & مضى')


def test_a_chunk_size_that_is_no_hex_number_leaves_the_payload_as_it_is(tmp_path: Path) -> None:
    chunked = [("Content-Type", "text/plain"), ("Transfer-Encoding", "chunked")]
    text = f"{TITLE}\n\n{BODY}\n"
    payload = f"-5\r\n{text}".encode()  # int("-5", 16) is -5: the chunks went backwards
    warc = _warc(tmp_path / "c.warc", [_response("http://a.com/1", payload, chunked)])
    code, pages, err = _run(["parse", str(warc)])
    assert (code, err) == (0, [])
    assert BODY in " ".join(pages[0]["main"]["body"])
    assert json.dumps(pages[0], ensure_ascii=False).count(BODY[:30]) == 1


def test_a_feed_item_with_only_a_link_is_kept_and_one_with_only_an_enclosure_says_so(
    tmp_path: Path,
) -> None:
    feed = tmp_path / "f.rss"
    items = (
        '<item><enclosure url="https://sabq.org/a.mp3" type="audio/mpeg" length="1"/></item>\n'
        '<item><title></title><link>https://sabq.org/v</link><enclosure url="https://sabq.org/v.mp4"'
        ' type="video/mp4" length="1"/></item>\n'
    )
    feed.write_text(_feed(items), "utf-8")
    code, pages, err = _run(["parse", str(feed)])
    assert code == 1
    assert [p["url"] for p in pages] == ["https://sabq.org/v"]  # as a corpus record with a url
    assert err == [
        f"akhbar parse: {feed}#1: feed item without title, text or link (enclosure "
        "https://sabq.org/a.mp3)",
        _could_not(1),
    ]


def test_json_objects_written_one_after_another_on_a_line_are_each_read(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    parts = [json.dumps({"text": PAGE, "url": f"https://x.com/{i}"}) for i in (1, 2, 3)]
    corpus.write_text(parts[0] + "\n" + parts[1] + " " + parts[2] + "\n", "utf-8")
    code, pages, err = _run(["parse", str(corpus)])
    assert (code, err) == (0, [])
    assert [(p["input"].removeprefix(str(corpus)), p["url"]) for p in pages] == [
        ("#1", "https://x.com/1"),
        ("#2.1", "https://x.com/2"),
        ("#2.2", "https://x.com/3"),
    ]
    code, _err, conn = _ingest([str(corpus)], tmp_path / "x.db")
    assert code == 0
    assert conn.execute("SELECT count(*) FROM articles").fetchone() == (3,)


def test_parse_names_a_file_as_it_was_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("p.txt").write_text(PAGE, "utf-8")
    Path("d").mkdir()
    Path("d/q.txt").write_text(PAGE, "utf-8")
    Path("e").mkdir()  # d//q.txt would be d/q.txt again, read once since bug bash 5
    Path("e/r.txt").write_text(PAGE, "utf-8")
    code, pages, _err = _run(["parse", "./p.txt", "./d/", "e//r.txt"])
    assert code == 0
    assert [p["input"] for p in pages] == ["./p.txt", "d/q.txt", "e//r.txt"]
