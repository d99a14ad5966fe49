"""CSV/TSV corpora (how many Arabic news datasets ship): the text column and the title, date and
URL columns found by header name, quoted multi-line fields, a BOM, CP1256; a row without text is
one reject naming ``file:line``; each record is ``PATH#ROW``."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path

import pytest
from cli_runs import could_not as _could_not
from cli_runs import ingest as _ingest
from cli_runs import run as _run

from akhbar.model import Rejected
from akhbar.read import Doc, detect_format, read_path

SAUDINEWSNET = Path(__file__).parent / "fixtures" / "saudinewsnet" / "2015-07-23.zip"
PAGE = (Path(__file__).parent / "data" / "parse" / "pages" / "dev-0001.txt").read_text("utf-8")
HEADLINE = "شاهد.. الإعلام المصري يربط اغتيال النائب العام بإشارة مرسي من داخل القفص"


def _snn(n: int) -> list[dict[str, str]]:
    """``n`` real SaudiNewsNet records, each body a paragraph per sentence (the corpus writes a
    body on one line; a dataset in CSV keeps its paragraphs: multi-line quoted fields)."""
    with zipfile.ZipFile(SAUDINEWSNET) as zf:
        records = json.loads(zf.read(zf.namelist()[0]))
    lined = [{**r, "content": r["content"].replace(" . ", ".\n")} for r in records]
    chosen = [r for r in lined if r["content"].count("\n") >= 2][:n]
    assert len(chosen) == n
    return chosen


def _csv(rows: list[list[str]], *, delimiter: str = ",") -> str:
    buf = io.StringIO()
    csv.writer(buf, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return buf.getvalue()


def _paragraphs(text: str) -> list[str]:
    return [" ".join(p.split()) for p in text.split("\n") if p.strip()]


def _dataset(records: list[dict[str, str]]) -> list[list[str]]:
    """As a news dataset on a hub ships it: id, title, text, date, url, source."""
    head = ["id", "title", "text", "date", "url", "source"]
    return [head] + [
        [str(i), r["title"], r["content"], r["date_extracted"], r["url"], r["source"]]
        for i, r in enumerate(records, start=1)
    ]


@pytest.mark.parametrize(
    "encoding", ["utf-8", "utf-8-sig", "cp1256"], ids=["utf8", "bom", "cp1256"]
)
def test_a_csv_corpus_reads_title_text_date_and_url_by_header_name(
    tmp_path: Path, encoding: str
) -> None:
    records = _snn(3)
    path = tmp_path / "news.csv"
    path.write_bytes(_csv(_dataset(records)).encode(encoding, "replace"))
    docs = list(read_path(str(path)))
    assert all(isinstance(d, Doc) for d in docs), docs
    got = [
        (d.page.input, d.page.main.headline, list(d.page.main.body), d.page.main.published, d.url)
        for d in docs
        if isinstance(d, Doc)
    ]
    want = [
        (
            f"{path}#{i}",
            " ".join(r["title"].split()),
            _paragraphs(r["content"]),
            r["date_extracted"].replace(" ", "T"),
            r["url"],
        )
        for i, r in enumerate(records, start=1)
    ]
    if encoding == "cp1256":  # characters CP1256 has not (“ ” …) are lost when saved so
        got, want = [g[:1] + g[3:] for g in got], [w[:1] + w[3:] for w in want]
    assert got == want
    assert [d.outlet for d in docs if isinstance(d, Doc)] == [r["source"] for r in records]
    told = [f"note: {path}: not UTF-8, read as cp1256"] if encoding == "cp1256" else []
    assert [w for d in docs for w in d.warnings] == told  # type: ignore[union-attr]


def test_a_tsv_with_arabic_headers_and_old_mac_line_ends_is_read(tmp_path: Path) -> None:
    records = _snn(2)
    rows = [["العنوان", "النص", "التاريخ", "الرابط"]] + [
        [r["title"], r["content"].replace("\n", " "), r["date_extracted"][:10], r["url"]]
        for r in records
    ]
    path = tmp_path / "اخبار.tsv"
    path.write_text(_csv(rows, delimiter="\t").replace("\r\n", "\r"), "utf-8")
    docs = list(read_path(str(path)))
    assert (
        [(d.page.main.headline, d.url, d.page.main.published) for d in docs]
        == [  # type: ignore[union-attr]
            (" ".join(r["title"].split()), r["url"], r["date_extracted"][:10]) for r in records
        ]
    )


def test_a_row_without_text_is_one_reject_naming_its_line_and_the_others_are_read(
    tmp_path: Path,
) -> None:
    records = _snn(3)
    rows = _dataset(records)
    rows[2][2] = "  "  # the second article's text lost
    path = tmp_path / "news.csv"
    text = _csv(rows)
    path.write_text(text, "utf-8")
    line = text[: text.index(rows[2][1])].count("\n") + 1  # where that row starts
    code, pages, err = _run(["parse", str(path)])
    assert code == 1
    assert [p["input"] for p in pages] == [f"{path}#1", f"{path}#3"]
    assert err == [
        f'akhbar parse: {path}:{line}: row without text (row 2; the "text" column is empty)',
        _could_not(1),
    ]
    code, _err, conn = _ingest([str(path)], tmp_path / "x.db")
    assert code == 1
    assert conn.execute("SELECT count(*) FROM articles").fetchone() == (2,)
    assert conn.execute("SELECT input, record, reason FROM rejects").fetchall() == [
        (str(path), str(line), "row without text")
    ]


def test_a_csv_without_a_text_column_says_which_columns_it_has(tmp_path: Path) -> None:
    path = tmp_path / "links.csv"
    path.write_text(_csv([["id", "link", "clicks"], ["1", "https://sabq.org/1", "5"]]), "utf-8")
    code, pages, err = _run(["parse", str(path)])
    assert (code, pages) == (1, [])
    assert err[0] == (
        f"akhbar parse: {path}: no text column (its columns: id, link, clicks; name the text "
        "column with akhbar ingest --fields body=COLUMN)"
    )
    code, _err, conn = _ingest([str(path), "--fields", "body=clicks"], tmp_path / "x.db")
    assert code == 0
    assert conn.execute("SELECT url, body FROM articles").fetchall() == [
        ("https://sabq.org/1", "5")
    ]


def test_a_text_column_without_titles_is_a_raw_page_for_the_page_parser(tmp_path: Path) -> None:
    path = tmp_path / "fineweb.csv"
    path.write_text(_csv([["text", "url"], [PAGE, "https://www.youm7.com/1"]]), "utf-8")
    (doc,) = read_path(str(path))
    assert isinstance(doc, Doc)
    assert (doc.page.main.headline, doc.url, doc.outlet) == (
        HEADLINE,
        "https://www.youm7.com/1",
        "youm7.com",
    )


def test_a_field_longer_than_the_csv_modules_limit_is_read(tmp_path: Path) -> None:
    body = " ".join(_snn(1)[0]["content"].split()) + " "
    long = body * (200_000 // len(body) + 1)  # over csv's default 131,072 characters
    path = tmp_path / "long.csv"
    path.write_text(_csv([["title", "content"], ["عنوان", long]]), "utf-8")
    (doc,) = read_path(str(path))
    assert isinstance(doc, Doc)
    assert doc.page.main.body == (long.strip(),)


def test_a_quote_left_open_is_one_reject_and_the_rows_before_it_are_read(tmp_path: Path) -> None:
    records = _snn(2)
    text = _csv(_dataset(records)) + '3,"عنوان بلا نهاية,نص\r\n'
    path = tmp_path / "news.csv"
    path.write_text(text, "utf-8")
    docs = list(read_path(str(path)))
    assert [d.url for d in docs if isinstance(d, Doc)] == [r["url"] for r in records]
    rejects = [d for d in docs if isinstance(d, Rejected)]
    line = text.count("\n")
    assert [(r.reason, r.record) for r in rejects] == [("malformed CSV", str(line))]


def test_csv_and_tsv_are_detected_by_name() -> None:
    assert detect_format("news.csv", b"id,title,text\r\n") == "csv"
    assert detect_format("news.tsv.gz", b"\x1f\x8b") == "csv"
    assert detect_format("news.txt", b"id,title,text\r\n") == "text"
