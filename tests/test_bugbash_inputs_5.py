"""A fifth round of inputs a demanding user gives ``akhbar parse`` / ``akhbar ingest``: a gzipped
JSONL cut short, JSON values that are not what a record should be, a one-line JSON array with a
broken record, an HTTP error page saved as a feed, UTF-16 without a byte order mark, NUL bytes
in good text, unreadable files, the same file named twice, ``--``, CRLF and old Mac line ends.
Every bad input gets one line naming it (and its line), nothing is dropped, the good ones go in.
"""

from __future__ import annotations

import gzip
import json
import zipfile
from pathlib import Path

import pytest
from cli_runs import could_not as _could_not
from cli_runs import ingest as _ingest
from cli_runs import run as _run

from akhbar.model import Rejected
from akhbar.read import Doc, read_paths

PAGE = (Path(__file__).parent / "data" / "parse" / "pages" / "dev-0001.txt").read_text("utf-8")
HEADLINE = "شاهد.. الإعلام المصري يربط اغتيال النائب العام بإشارة مرسي من داخل القفص"
SAUDINEWSNET = Path(__file__).parent / "fixtures" / "saudinewsnet" / "2015-07-23.zip"
HTML = Path(__file__).parent / "fixtures" / "html-gold" / "arabic_article.html"
HTML_HEADLINE = "معارضون يسيطرون على مخازن للصواريخ بريف دمشق"


def _snn(n: int) -> list[dict[str, str]]:
    """The first ``n`` records of a real SaudiNewsNet day."""
    with zipfile.ZipFile(SAUDINEWSNET) as zf:
        return json.loads(zf.read(zf.namelist()[0]))[:n]  # type: ignore[no-any-return]


def _lines(records: list[dict[str, str]]) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")


# -- 1. a gzipped JSONL cut short keeps every record before the cut ---------------------------


def _cut_jsonl_gz(path: Path, records: list[dict[str, str]], keep: int) -> int:
    """``records`` as a .jsonl.gz cut inside line ``keep + 1``; returns that line."""
    data = _lines(records)
    ends = [i for i, b in enumerate(data) if b == 0x0A]
    cut_at = ends[keep - 1] + 1 + 40  # 40 bytes into the next line
    packed = gzip.compress(data)
    # a gzip stream cut where its decompressed output has reached cut_at bytes
    for size in range(len(packed) - 1, 0, -1):
        got = _gunzip_prefix(packed[:size])
        if len(got) < cut_at:
            path.write_bytes(packed[: size + 1])
            break
    return keep + 1


def _gunzip_prefix(data: bytes) -> bytes:
    import zlib

    d = zlib.decompressobj(31)
    return d.decompress(data)


def test_a_cut_jsonl_gz_keeps_the_records_before_the_cut_and_names_the_line(
    tmp_path: Path,
) -> None:
    records = _snn(6)
    corpus = tmp_path / "day.jsonl.gz"
    line = _cut_jsonl_gz(corpus, records, keep=4)
    code, pages, err = _run(["parse", str(corpus)])
    assert code == 1
    assert [p["url"] for p in pages] == [r["url"] for r in records[:4]]
    assert err == [
        f"akhbar parse: {corpus}:{line}: truncated or corrupt gzip "
        f"(the file ends inside line {line}; the lines before it were read)",
        _could_not(1),
    ]
    docs = list(read_paths([str(corpus)]))
    assert [d.url for d in docs if isinstance(d, Doc)] == [r["url"] for r in records[:4]]
    rejects = [d for d in docs if isinstance(d, Rejected)]
    assert [(r.reason, r.record) for r in rejects] == [("truncated or corrupt gzip", str(line))]
    code, _err, conn = _ingest([str(corpus)], tmp_path / "x.db")
    assert code == 1
    assert conn.execute("SELECT count(*) FROM articles").fetchone() == (4,)
    assert conn.execute("SELECT reason, record FROM rejects").fetchall() == [
        ("truncated or corrupt gzip", str(line))
    ]


def test_a_cut_gzip_text_page_is_still_one_reject(tmp_path: Path) -> None:
    """Guard: a page is one record; half of it is not read as if it were whole."""
    cut = tmp_path / "page.txt.gz"
    cut.write_bytes(gzip.compress(PAGE.encode())[:-20])
    code, pages, err = _run(["parse", str(cut)])
    assert (code, pages) == (1, [])
    assert err[0].startswith(f"akhbar parse: {cut}: truncated or corrupt gzip")


# -- 2. what a JSON value is, said in words (not Python's type names) ------------------------


@pytest.mark.parametrize(
    ("line", "parse_says", "corpus_says"),
    [
        # one reader of JSON Lines for parse and ingest: its reason, the value's kind in words
        ("null", "not a JSON object (null)", "not a JSON object"),
        ('"خبر"', "not a JSON object (a string)", "not a JSON object"),
        ("[1, 2]", "not a JSON object (a list)", "not a JSON object"),
        ('{"text": {"ar": "خبر"}}', '"text" is an object, not text', "an object, not text"),
        ('{"text": 5}', '"text" is a number, not text', "a number, not text"),
        ('{"text": true}', '"text" is true, not text', "true, not text"),
    ],
    ids=["null", "string", "list", "text-object", "text-number", "text-true"],
)
def test_a_json_value_of_the_wrong_kind_is_named_in_words(
    tmp_path: Path, line: str, parse_says: str, corpus_says: str
) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(line + "\n" + json.dumps({"text": PAGE}) + "\n", "utf-8")
    code, pages, err = _run(["parse", str(corpus)])
    assert (code, len(pages)) == (1, 1)
    assert err[0] == f"akhbar parse: {corpus}:1: {parse_says}"
    docs = list(read_paths([str(corpus)]))
    assert isinstance(docs[0], Rejected) and isinstance(docs[1], Doc)
    said = f"{docs[0].reason} {docs[0].detail}"
    assert corpus_says in said
    assert not any(t in said for t in ("NoneType", " dict", " str,", " int", " bool"))


def test_a_jsonl_text_that_is_a_list_of_lines_is_read_as_the_page(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    record = {"text": PAGE.split("\n"), "url": "https://x.com/1"}
    corpus.write_text(json.dumps(record, ensure_ascii=False) + "\n", "utf-8")
    code, pages, err = _run(["parse", str(corpus)])
    assert (code, err) == (0, [])
    assert [(p["main"]["headline"], p["url"]) for p in pages] == [(HEADLINE, "https://x.com/1")]
    (doc,) = read_paths([str(corpus)])
    assert isinstance(doc, Doc) and doc.page.main.headline == HEADLINE


# -- 3. a JSON array on one line with one broken record keeps the others ---------------------


def test_a_one_line_json_array_with_a_broken_record_keeps_the_records_after_it(
    tmp_path: Path,
) -> None:
    records = _snn(4)
    text = json.dumps(records, ensure_ascii=False)  # one line, as json.dump writes by default
    second = json.dumps(records[1], ensure_ascii=False)
    broken = text.replace(second, second.replace('", "', '" "', 1))  # a comma missing
    corpus = tmp_path / "day.json"
    corpus.write_text(broken, "utf-8")
    code, pages, err = _run(["parse", str(corpus)])
    assert code == 1
    assert [p["url"] for p in pages] == [records[i]["url"] for i in (0, 2, 3)]
    assert [p["input"] for p in pages] == [f"{corpus}#{i}" for i in (1, 3, 4)]
    assert err == [
        f"akhbar parse: {corpus}:1: malformed JSON (Expecting ',' delimiter (record 2))",
        _could_not(1),
    ]


# -- 4. an HTTP error page saved as a feed says so, as the other readers do ------------------


def test_an_http_error_page_saved_as_a_feed_is_an_http_error_page(tmp_path: Path) -> None:
    page = tmp_path / "news.rss"
    page.write_text(
        "<!DOCTYPE html><html><head><title>404 Not Found</title></head>"
        "<body><h1>Not Found</h1><p>The requested URL was not found on this server.</p>"
        "</body></html>",
        "utf-8",
    )
    code, pages, err = _run(["parse", str(page)])
    assert (code, pages) == (1, [])
    assert err == [
        f"akhbar parse: {page}: HTTP error page (titled '404 Not Found')",
        _could_not(1),
    ]
    code, _err, conn = _ingest([str(page)], tmp_path / "x.db")
    assert conn.execute("SELECT reason FROM rejects").fetchall() == [("HTTP error page",)]


# csv and parquet pass on the code before this round (names it did not know were sniffed, and
# this is HTML): guards that the new CSV and Parquet readers keep it so
@pytest.mark.parametrize("ext", ["jsonl", "json", "json.gz", "csv", "parquet", "warc", "zip"])
def test_an_http_error_page_saved_under_a_corpus_name_is_an_http_error_page(
    tmp_path: Path, ext: str
) -> None:
    """A download that failed (the server's 404 page) saved under the dataset's own name."""
    page = tmp_path / f"day.{ext}"
    html = (
        b"<!DOCTYPE html><html><head><title>404 Not Found</title></head>"
        b"<body><h1>Not Found</h1><p>The requested URL was not found on this server.</p>"
        b"</body></html>"
    )
    page.write_bytes(gzip.compress(html) if ext.endswith(".gz") else html)
    code, pages, err = _run(["parse", str(page)])
    assert (code, pages) == (1, [])
    assert err == [
        f"akhbar parse: {page}: HTTP error page (titled '404 Not Found')",
        _could_not(1),
    ]
    code, _err, conn = _ingest([str(page)], tmp_path / "x.db")
    assert conn.execute("SELECT reason FROM rejects").fetchall() == [("HTTP error page",)]


def test_a_corpus_field_holding_html_does_not_make_the_file_an_html_page(tmp_path: Path) -> None:
    """Only bytes that open as an HTML page are one: a CSV of raw HTML pages is a CSV."""
    corpus = tmp_path / "pages.csv"
    corpus.write_text(
        'url,title,content\r\nhttps://x.com/1,عنوان,"<html><body><p>نص الخبر</p></body></html>"\r\n',
        "utf-8",
    )
    code, pages, err = _run(["parse", str(corpus)])
    assert (code, err) == (0, [])
    assert [(p["input"], p["main"]["headline"]) for p in pages] == [(f"{corpus}#1", "عنوان")]


# -- 5. UTF-16 without a byte order mark ------------------------------------------------------


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom_is_read_as_utf16(tmp_path: Path, codec: str) -> None:
    text = tmp_path / "page.txt"
    text.write_bytes(PAGE.encode(codec))
    html = tmp_path / "page.html"
    html.write_bytes(HTML.read_text("utf-8").encode(codec))
    lines = tmp_path / "c.jsonl"
    lines.write_bytes((json.dumps({"text": PAGE}, ensure_ascii=False) + "\n").encode(codec))
    code, pages, err = _run(["parse", str(text), str(html), str(lines)])
    assert code == 0, err
    assert [p["main"]["headline"] for p in pages] == [HEADLINE, HTML_HEADLINE, HEADLINE]
    assert f"akhbar parse: {text}: not UTF-8, read as utf-16" in err


def test_bytes_that_only_look_like_utf16_are_still_binary(tmp_path: Path) -> None:
    """Guard: a binary file with NULs every other byte is not taken for UTF-16 text."""
    data = bytes(range(1, 256)) * 8
    blob = tmp_path / "blob.txt"
    blob.write_bytes(bytes(b for pair in zip(data, bytes(len(data)), strict=True) for b in pair))
    code, pages, err = _run(["parse", str(blob)])
    assert (code, pages) == (1, [])
    assert err[0] == f"akhbar parse: {blob}: binary file, not text (no page read)"


# -- 6. NUL bytes inside otherwise good text ---------------------------------------------------


def test_nul_padding_at_the_end_of_a_page_is_removed_with_a_warning(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_bytes(PAGE.encode() + bytes(4096))  # preallocated, never filled
    code, pages, err = _run(["parse", str(page)])
    assert code == 0
    assert pages[0]["main"]["headline"] == HEADLINE
    assert err == [f"akhbar parse: warning: {page}: 4,096 NUL bytes of padding at its end removed"]


def test_a_run_of_nul_bytes_inside_a_page_is_removed_with_a_warning(tmp_path: Path) -> None:
    data = PAGE.encode()
    at = data.index(b"\n", 300)
    page = tmp_path / "page.txt"
    page.write_bytes(data[:at] + bytes(3) + data[at:])
    line = data.count(b"\n", 0, at) + 1
    code, pages, err = _run(["parse", str(page)])
    assert code == 0
    assert pages[0]["main"]["headline"] == HEADLINE
    assert err == [f"akhbar parse: warning: {page}: 3 stray NUL bytes removed (line {line})"]


def test_nul_padding_at_the_end_of_a_jsonl_is_removed_with_a_warning(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_bytes(_lines(_snn(2)) + bytes(2000))
    code, pages, err = _run(["parse", str(corpus)])
    assert (code, len(pages)) == (0, 2)
    assert err == [
        f"akhbar parse: warning: {corpus}: 2,000 NUL bytes of padding at its end removed"
    ]


# -- 7. unreadable files, the same file twice, ``--``, odd line ends ---------------------------


def test_an_unreadable_file_is_named_with_why_in_the_store_not_a_python_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text(PAGE, "utf-8")
    locked = d / "b.txt"
    locked.write_text(PAGE, "utf-8")
    real_open = Path.open

    def open_(self: Path, *args: object, **kwargs: object) -> object:  # root reads chmod 000
        if self.name == "b.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "open", open_)
    code, _err, conn = _ingest([str(d)], tmp_path / "x.db")
    assert code == 1
    assert conn.execute("SELECT input, reason, detail FROM rejects").fetchall() == [
        (str(locked), "cannot read", f"{locked}: Permission denied")
    ]
    assert conn.execute("SELECT count(*) FROM articles").fetchone() == (1,)


def test_the_same_file_named_twice_is_read_once_with_a_note(tmp_path: Path) -> None:
    d = tmp_path / "in"
    d.mkdir()
    page = d / "a.txt"
    page.write_text(PAGE, "utf-8")
    (d / "b.txt").write_text(PAGE.replace(HEADLINE, "خبر آخر"), "utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(page)
    code, pages, err = _run(["parse", str(page), str(d), str(link)])
    assert (code, [p["input"] for p in pages]) == (0, [str(page), str(d / "b.txt")])
    assert err == [
        f"akhbar parse: note: {page} named twice; read once",
        f"akhbar parse: note: {link} is {page} (the same file); read once",
    ]
    code, err, conn = _ingest([str(page), str(d), str(link)], tmp_path / "x.db")
    assert code == 0
    assert f"akhbar ingest: note: {link} is {page} (the same file); read once" in err
    assert conn.execute("SELECT input FROM articles ORDER BY input").fetchall() == [
        (str(page),),
        (str(d / "b.txt"),),
    ]


def test_a_file_whose_name_starts_with_a_dash_is_read_after_double_dash(tmp_path: Path) -> None:
    """Guard: ``--`` ends the options, as in every Unix command."""
    page = tmp_path / "-page.txt"
    page.write_text(PAGE, "utf-8")
    code, pages, err = _run(["parse", "--", str(page)])
    assert (code, err) == (0, [])
    assert pages[0]["input"] == str(page)


@pytest.mark.parametrize("end", ["\r\n", "\r"], ids=["crlf", "old-mac-cr"])
def test_crlf_and_old_mac_line_ends_read_as_lf(tmp_path: Path, end: str) -> None:
    """Guard: a page reads the same whatever ends its lines."""
    lf = tmp_path / "lf.txt"
    lf.write_text(PAGE, "utf-8")
    other = tmp_path / "other.txt"
    other.write_bytes(PAGE.replace("\n", end).encode())
    _code, pages, err = _run(["parse", str(lf), str(other)])
    assert err == []
    assert pages[0]["main"] == pages[1]["main"]
