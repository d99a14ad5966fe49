"""Inputs a demanding user gives ``akhbar parse`` / ``akhbar ingest``: odd paths, encodings,
compressed files, broken JSON Lines, zips, feeds, WARCs and store locations. Every bad input
gets one line naming it (and its line), nothing is dropped silently, the good ones still go in."""

from __future__ import annotations

import bz2
import gzip
import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from cli_runs import ingest as _ingest
from cli_runs import run as _run
from typer.testing import CliRunner

from akhbar.cli import app
from akhbar.model import Rejected
from akhbar.read import read_paths
from akhbar.read.textfiles import decode, iter_text_docs

PAGE = (Path(__file__).parent / "data" / "parse" / "pages" / "dev-0001.txt").read_text("utf-8")
HEADLINE = "شاهد.. الإعلام المصري يربط اغتيال النائب العام بإشارة مرسي من داخل القفص"


# -- paths: symlinks, loops, unreadable entries, empty directories, pipes -------------------------


def test_a_directory_walk_follows_symlinked_directories_once_and_reports_broken_links(
    tmp_path: Path,
) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "far.txt").write_text(PAGE, "utf-8")
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text(PAGE, "utf-8")
    (d / "linked").symlink_to(outside)
    (d / "loop").symlink_to(".")
    (d / "broken.txt").symlink_to("nowhere.txt")
    code, pages, err = _run(["parse", str(d)])
    assert [p["input"] for p in pages] == [str(d / "a.txt"), str(d / "linked" / "far.txt")]
    assert err[0] == f"akhbar parse: {d / 'broken.txt'}: broken symbolic link (to nowhere.txt)"
    assert code == 1


def test_an_empty_directory_and_a_pipe_are_reported_not_skipped(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    code, pages, err = _run(["parse", str(empty), str(fifo)])
    assert pages == []
    assert err[:2] == [
        f"akhbar parse: {empty}: empty directory (no files to read)",
        # stdin takes any kind now, not plain text only: it says which
        f"akhbar parse: {fifo}: not a regular file (a pipe, socket or device: save it to a "
        "file first, or pipe it to -, which reads a text page, JSON Lines, HTML, a feed, a WARC "
        "or Parquet (gzip, bzip2 or zstd too), and CSV with --format csv)",
    ]
    assert code == 1
    db = tmp_path / "x.db"
    code, _, conn = _ingest([str(empty), str(fifo)], db)
    assert code == 1
    reasons = [r for (r,) in conn.execute("SELECT reason FROM rejects ORDER BY input")]
    assert reasons == ["empty directory", "not a regular file"]


def test_an_unreadable_subdirectory_is_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    d = tmp_path / "in"
    (d / "locked").mkdir(parents=True)
    (d / "locked" / "x.txt").write_text(PAGE, "utf-8")
    (d / "a.txt").write_text(PAGE, "utf-8")
    real_scandir = os.scandir

    def scandir(path: object = ".") -> object:  # root reads everything: simulate chmod 000
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", scandir)
    docs = list(iter_text_docs([str(d)]))
    assert [type(x).__name__ for x in docs] == ["TextDoc", "Rejected"]
    assert docs[1] == Rejected(
        input=str(d / "locked"),
        reason=f"{d / 'locked'}: cannot read directory (Permission denied)",
    )


# -- encodings and compression ----------------------------------------------------------------


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_a_bom_is_text(codec: str) -> None:
    bom = {"utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff"}.get(codec, b"")
    got = decode(bom + PAGE.encode(codec), name="a.txt")
    assert (got.text, got.encoding) == (PAGE, "utf-16")


@pytest.mark.parametrize("compress", [gzip.compress, bz2.compress], ids=["gz", "bz2"])
def test_gzip_and_bzip2_text_and_jsonl_are_read(tmp_path: Path, compress: object) -> None:
    ext = ".gz" if compress is gzip.compress else ".bz2"
    text = tmp_path / f"page.txt{ext}"
    text.write_bytes(compress(PAGE.encode()))  # type: ignore[operator]
    lines = tmp_path / f"pages.jsonl{ext}"
    record = json.dumps({"text": PAGE, "url": "http://x.com/1"}, ensure_ascii=False)
    lines.write_bytes(compress(record.encode() + b"\n"))  # type: ignore[operator]
    code, pages, err = _run(["parse", str(text), str(lines)])
    assert (code, err) == (0, [])
    assert [p["input"] for p in pages] == [str(text), f"{lines}#1"]
    assert {p["main"]["headline"] for p in pages} == {HEADLINE}  # type: ignore[index]
    docs = list(read_paths([str(text), str(lines)]))
    assert [d.page.main.headline for d in docs] == [HEADLINE, HEADLINE]  # type: ignore[union-attr]


def test_a_truncated_gzip_text_says_so(tmp_path: Path) -> None:
    cut = tmp_path / "page.txt.gz"
    cut.write_bytes(gzip.compress(PAGE.encode())[:-20])
    code, pages, err = _run(["parse", str(cut)])
    assert (code, pages) == (1, [])
    assert err[0].startswith(f"akhbar parse: {cut}: truncated or corrupt gzip")


# -- JSON Lines and JSON corpora ----------------------------------------------------------------


def _jsonl(path: Path, *records: object) -> Path:
    lines = (json.dumps(r, ensure_ascii=False) for r in records)
    path.write_text("".join(line + "\n" for line in lines), "utf-8")
    return path


def test_jsonl_strings_may_hold_raw_line_separators(tmp_path: Path) -> None:
    """JSON allows U+2028, U+2029 and U+0085 raw in a string (``ensure_ascii=False`` writes
    them so); only ``\\n`` ends a JSON Lines record."""
    text = PAGE.replace("\n", "\n\u2028", 1)
    corpus = _jsonl(
        tmp_path / "odd.jsonl",
        {"text": text},
        {"title": "عنوان\x85 الخبر", "content": "نص\u2029 الخبر الكامل", "url": "http://x.com/2"},
    )
    # a title/content record is an article to parse too (bug bash 4; it was 'no string "text"')
    _code, pages, err = _run(["parse", str(corpus)])
    assert err == []
    assert [p["input"] for p in pages] == [f"{corpus}#1", f"{corpus}#2"]
    docs = list(read_paths([str(corpus)]))
    assert [d.page.input for d in docs] == [f"{corpus}#1", f"{corpus}#2"]  # type: ignore[union-attr]


def test_a_jsonl_line_in_another_encoding_does_not_garble_the_others(tmp_path: Path) -> None:
    corpus = tmp_path / "mixed.jsonl"
    utf8 = json.dumps({"text": PAGE}, ensure_ascii=False).encode()
    cp1256 = json.dumps({"text": "خبر عاجل من الرياض"}, ensure_ascii=False).encode("cp1256")
    corpus.write_bytes(utf8 + b"\n" + cp1256 + b"\n" + b'{"text": "caf\xe9"}\n')
    code, pages, err = _run(["parse", str(corpus)])
    assert pages[0]["main"]["headline"] == HEADLINE  # type: ignore[index]
    assert pages[1]["main"]["headline"] == "خبر عاجل من الرياض"  # type: ignore[index]
    assert err[:2] == [
        f"akhbar parse: {corpus} (from line 2): not UTF-8, read as cp1256",
        f"akhbar parse: {corpus}:3: not UTF-8, and no Arabic text when read as CP1256",
    ]
    assert code == 1
    docs = list(read_paths([str(corpus)]))
    # the reader of JSON Lines is akhbar parse's too: a whole file's words (was "not UTF-8")
    not_read = "not UTF-8, and no Arabic text when read as CP1256"
    assert [getattr(d, "reason", None) for d in docs] == [None, None, not_read]
    assert docs[0].page.main.headline == HEADLINE  # type: ignore[union-attr]


def test_a_jsonl_file_opening_with_an_array_line_keeps_its_good_lines(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('[1, 2]\n"a string"\n' + json.dumps({"text": PAGE}) + "\n", "utf-8")
    docs = list(read_paths([str(corpus)]))
    assert [(type(d).__name__, getattr(d, "record", None)) for d in docs] == [
        ("Rejected", "1"),
        ("Rejected", "2"),
        ("Doc", None),
    ]
    _code, _pages, err = _run(["parse", str(corpus)])
    assert err[:2] == [
        # was "a JSON list/str, not an object": Python's type names (bug bash 5); then "a list,
        # not a JSON object": one reader of JSON Lines now, ingest's reason and parse's words
        f"akhbar parse: {corpus}:1: not a JSON object (a list)",
        f"akhbar parse: {corpus}:2: not a JSON object (a string)",
    ]


def test_records_with_nothing_in_them_are_rejected_not_stored_empty(tmp_path: Path) -> None:
    corpus = _jsonl(
        tmp_path / "c.jsonl",
        {"text": "   "},
        {"title": None, "content": ""},
        {"content": " \n "},
        {"title": "", "content": "", "url": "http://x.com/video"},  # SaudiNewsNet has these
        {"text": PAGE},
    )
    code, _, conn = _ingest([str(corpus)], tmp_path / "x.db")
    assert code == 1
    assert conn.execute("SELECT url FROM articles ORDER BY rowid").fetchall() == [
        ("http://x.com/video",),
        (None,),
    ]
    assert conn.execute("SELECT input, reason FROM rejects ORDER BY input").fetchall() == [
        (f"{corpus}#1", "empty record"),
        (f"{corpus}#2", "empty record"),
        (f"{corpus}#3", "empty record"),
    ]
    code, _pages, err = _run(["parse", str(corpus)])
    assert err[0] == f'akhbar parse: {corpus}:1: "text" is empty'


def test_a_truncated_empty_or_fake_zip_says_so(tmp_path: Path) -> None:
    good = Path(__file__).parent / "fixtures" / "saudinewsnet" / "2015-07-23.zip"
    data = good.read_bytes()
    (tmp_path / "cut.zip").write_bytes(data[: len(data) // 2])
    (tmp_path / "empty.zip").write_bytes(b"PK\x05\x06" + bytes(18))
    (tmp_path / "fake.zip").write_bytes(b"hello, not a zip")
    shutil.copy(good, tmp_path / "good.zip")
    code, _, conn = _ingest([str(tmp_path)], tmp_path.parent / "x.db")
    assert code == 1
    assert conn.execute("SELECT count(*) FROM articles").fetchone() == (200,)
    assert conn.execute("SELECT input, reason FROM rejects ORDER BY input").fetchall() == [
        (str(tmp_path / "cut.zip"), "truncated or corrupt zip"),
        (str(tmp_path / "empty.zip"), "empty zip"),
        (str(tmp_path / "fake.zip"), "not a zip file"),
    ]


def test_a_text_page_saved_as_html_is_read_as_text(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(PAGE, "utf-8")
    code, pages, err = _run(["parse", str(page)])
    assert (code, err) == (0, [])
    assert pages[0]["main"]["headline"] == HEADLINE  # type: ignore[index]


# -- store locations and outputs ----------------------------------------------------------------


def test_store_paths_that_cannot_be_a_store_say_why(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(PAGE, "utf-8")
    cases = {
        tmp_path: f"{tmp_path} is a directory; give the store's file, e.g. {tmp_path / 'akhbar.db'}",
        tmp_path / "no" / "x.db": f"cannot create {tmp_path / 'no' / 'x.db'}: there is no "
        f"directory {tmp_path / 'no'}",
    }
    for db, message in cases.items():
        result = CliRunner().invoke(app, ["ingest", str(page), "--db", str(db)])
        assert (result.exit_code, result.stderr.splitlines()) == (2, [f"akhbar ingest: {message}"])
    assert not (tmp_path / "no").exists()


def test_a_read_only_store_can_be_read_but_not_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = tmp_path / "page.txt"
    page.write_text(PAGE, "utf-8")
    db = tmp_path / "x.db"
    assert CliRunner().invoke(app, ["ingest", str(page), "--db", str(db)]).exit_code == 0
    real_access = os.access
    monkeypatch.setattr(  # root may write anything: simulate chmod 444
        os, "access", lambda p, mode: mode != os.W_OK and real_access(p, mode)
    )
    stats = CliRunner().invoke(app, ["stats", "--db", str(db), "--json"])
    assert (stats.exit_code, json.loads(stats.stdout)["articles"]) == (0, 1)
    search = CliRunner().invoke(app, ["search", "الإعلام المصري", "--db", str(db), "--json"])
    assert (search.exit_code, len(json.loads(search.stdout)["results"])) == (0, 1)
    for args, message in [
        (["ingest", str(page)], f"{db} is read-only; ingest needs to write to it"),
        (["dedup"], f"{db} is read-only; dedup writes its groups and stories there"),
    ]:
        result = CliRunner().invoke(app, [*args, "--db", str(db)])
        assert (result.exit_code, result.stderr.splitlines()[-1]) == (
            2,
            f"akhbar {args[0]}: {message}",
        )


def test_export_to_a_path_that_cannot_be_written_is_one_line(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(PAGE, "utf-8")
    db = tmp_path / "x.db"
    CliRunner().invoke(app, ["ingest", str(page), "--db", str(db)])
    for fmt, out in [("jsonl", tmp_path / "no" / "a.jsonl"), ("parquet", tmp_path)]:
        result = CliRunner().invoke(
            app, ["export", "--db", str(db), "--format", fmt, "--out", str(out)]
        )
        assert result.exit_code == 2, result.exception
        assert result.stderr.startswith(f"akhbar export: cannot write {out}: ")


def test_ctrl_c_during_ingest_says_what_is_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import akhbar.ingest  # the command imports ``ingest`` from here when it runs

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(akhbar.ingest, "ingest", interrupted)
    result = CliRunner().invoke(app, ["ingest", str(tmp_path), "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 130
    assert result.stderr.splitlines() == [
        "akhbar ingest: interrupted; every finished batch is stored, run the same command again "
        "to finish"
    ]


# -- feeds ----------------------------------------------------------------------------------------

FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>سبق</title>
<item><title><![CDATA[وزير الصحة يعلن <b>خطة</b> جديدة]]></title><link>http://sabq.org/1</link>
<description><![CDATA[<p>أعلن الوزير خطة.</p>]]></description></item>
<item><title>خبر بتاريخ عربي</title><link>http://sabq.org/2</link><description>نص</description>
<pubDate>الاثنين 10 أغسطس 2015</pubDate></item>
<item><title>خبر بتاريخ وساعة</title><link>http://sabq.org/3</link><description>نص</description>
<pubDate>2015-08-10 14:30</pubDate></item>
</channel></rss>"""


def test_feed_titles_lose_their_markup_and_arabic_dates_are_read(tmp_path: Path) -> None:
    feed = tmp_path / "sabq.rss"
    feed.write_text(FEED, "utf-8")
    docs = list(read_paths([str(feed)]))
    got = [(d.page.main.headline, d.page.main.published) for d in docs]  # type: ignore[union-attr]
    assert got == [
        ("وزير الصحة يعلن خطة جديدة", None),
        ("خبر بتاريخ عربي", "2015-08-10"),
        ("خبر بتاريخ وساعة", "2015-08-10T14:30"),
    ]


# -- WARC ---------------------------------------------------------------------------------------


def test_a_warc_gzipped_whole_names_each_record_apart(
    tmp_path: Path, write_warc: Callable[..., tuple[str, ...]]
) -> None:
    plain = tmp_path / "crawl.warc"
    urls = write_warc(plain, gzip=False)
    whole = tmp_path / "crawl.warc.gz"
    whole.write_bytes(gzip.compress(plain.read_bytes()))  # one gzip stream, not one per record
    docs = [d for d in read_paths([str(whole)]) if not isinstance(d, Rejected)]
    assert [d.url for d in docs] == list(urls)
    inputs = [d.page.input for d in docs]
    assert len(set(inputs)) == len(urls)  # fastwarc gave every record the same offset
    assert all(i.startswith(f"{whole}#<urn:uuid:") for i in inputs)
