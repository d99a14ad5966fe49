"""stdin (``-``) takes what a file may be: Parquet told by its PAR1 magic, CSV only with
``--format csv`` (never guessed from bytes), and a pipe named as a file says what stdin reads."""

from __future__ import annotations

import csv
import io
import json
import os
import zipfile
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
from cli_runs import ingest as _ingest
from cli_runs import run as _run

SAUDINEWSNET = Path(__file__).parent / "fixtures" / "saudinewsnet" / "2015-07-23.zip"


def _snn(n: int) -> list[dict[str, str]]:
    with zipfile.ZipFile(SAUDINEWSNET) as zf:
        return json.loads(zf.read(zf.namelist()[0]))[:n]  # type: ignore[no-any-return]


def _parquet(records: list[dict[str, str]]) -> bytes:
    buf = io.BytesIO()
    pq.write_table(pa.Table.from_pylist(records), buf)
    return buf.getvalue()


def _csv(records: list[dict[str, str]]) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["title", "content", "date", "url"])
    for r in records:
        writer.writerow([r["title"], r["content"], r["date_extracted"], r["url"]])
    return buf.getvalue().encode("utf-8")


def test_parquet_piped_to_parse_and_ingest_is_read_as_parquet(tmp_path: Path) -> None:
    records = _snn(3)
    code, pages, err = _run(["parse", "-"], stdin=_parquet(records))
    assert (code, err) == (0, [])
    assert [(p["input"], p["url"]) for p in pages] == [
        (f"-#{i}", r["url"]) for i, r in enumerate(records, start=1)
    ]
    code, _err, conn = _ingest(["-"], tmp_path / "x.db", stdin=_parquet(records))
    assert code == 0
    assert conn.execute("SELECT headline FROM articles ORDER BY input").fetchall() == [
        (r["title"],) for r in records
    ]


def test_csv_piped_with_format_csv_is_read_row_by_row(tmp_path: Path) -> None:
    records = _snn(3)
    code, pages, err = _run(["parse", "--format", "csv", "-"], stdin=_csv(records))
    assert (code, err) == (0, [])
    assert [(p["input"], p["main"]["headline"]) for p in pages] == [
        (f"-#{i}", r["title"]) for i, r in enumerate(records, start=1)
    ]
    code, _err, conn = _ingest(["--format", "csv", "-"], tmp_path / "x.db", stdin=_csv(records))
    assert code == 0
    assert conn.execute("SELECT url FROM articles ORDER BY input").fetchall() == [
        (r["url"],) for r in records
    ]


def test_csv_piped_without_format_is_a_text_page_not_guessed_a_table() -> None:
    """Guard: bytes with commas are a page unless the user says CSV."""
    code, pages, _err = _run(["parse", "-"], stdin=_csv(_snn(2)))
    assert code == 0 and len(pages) == 1 and pages[0]["input"] == "-"


def test_parse_says_which_formats_there_are_for_an_unknown_format() -> None:
    code, _pages, err = _run(["parse", "--format", "xls", "-"], stdin=b"")
    assert code == 2
    assert err == [
        "akhbar parse: unknown --format 'xls'; choose one of "
        "text, html, warc, rss, json, csv, parquet"
    ]


def test_a_pipe_named_as_a_file_says_what_stdin_reads(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    _code, _pages, err = _run(["parse", str(fifo)])
    assert err[0] == (
        f"akhbar parse: {fifo}: not a regular file (a pipe, socket or device: save it to a file "
        "first, or pipe it to -, which reads a text page, JSON Lines, HTML, a feed, a WARC or "
        "Parquet (gzip, bzip2 or zstd too), and CSV with --format csv)"
    )
