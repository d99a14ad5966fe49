"""Parquet corpora (FineWeb's own format): a ``text`` column of raw pages, or article columns,
read in batches; each record is ``PATH#ROW``; a row without text or a file that is no Parquet
is one reject naming it."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
from cli_runs import could_not as _could_not
from cli_runs import ingest as _ingest
from cli_runs import run as _run

from akhbar.model import Rejected
from akhbar.read import Doc, detect_format, read_path

PAGES = Path(__file__).parent / "data" / "parse" / "pages"
SAUDINEWSNET = Path(__file__).parent / "fixtures" / "saudinewsnet" / "2015-07-23.zip"


def _pages(n: int) -> list[tuple[str, str]]:
    """(page text, its first line) of ``n`` real pages."""
    out = []
    for path in sorted(PAGES.glob("dev-00*.txt"))[:n]:
        text = path.read_text("utf-8")
        out.append((text, text.split("\n", 1)[0].strip()))
    return out


def _fineweb(path: Path, texts: list[str | None], *, row_group_size: int = 2) -> Path:
    """FineWeb's columns: text, id, dump, url, date, language, token_count."""
    n = len(texts)
    table = pa.table(
        {
            "text": pa.array(texts, pa.string()),
            "id": [f"<urn:uuid:{i}>" for i in range(n)],
            "dump": ["CC-MAIN-2015-35"] * n,
            "url": [f"https://www.youm7.com/story/{i}" for i in range(n)],
            "date": ["2015-08-28T10:00:00Z"] * n,
            "language": ["arb"] * n,
            "token_count": pa.array(range(n), pa.int64()),
        }
    )
    pq.write_table(table, path, row_group_size=row_group_size)
    return path


def test_a_fineweb_parquet_goes_through_the_page_parser_row_by_row(tmp_path: Path) -> None:
    pages = _pages(5)
    path = _fineweb(tmp_path / "000_00000.parquet", [t for t, _ in pages])
    assert pq.ParquetFile(path).num_row_groups == 3  # read across batches
    docs = list(read_path(str(path)))
    assert all(isinstance(d, Doc) for d in docs), docs
    got = [(d.page.input, d.url, d.outlet) for d in docs if isinstance(d, Doc)]
    assert got == [
        (f"{path}#{i}", f"https://www.youm7.com/story/{i - 1}", "youm7.com") for i in range(1, 6)
    ]
    from akhbar.parse import parse_text

    assert [d.page.main for d in docs if isinstance(d, Doc)] == [
        parse_text(text, input="x").main for text, _ in pages
    ]


def test_a_parquet_of_article_columns_reads_them_as_a_json_corpus_does(tmp_path: Path) -> None:
    with zipfile.ZipFile(SAUDINEWSNET) as zf:
        records = json.loads(zf.read(zf.namelist()[0]))[:4]
    path = tmp_path / "snn.parquet"
    pq.write_table(pa.Table.from_pylist(records), path)
    parquet_docs = list(read_path(str(path)))
    jsonl = tmp_path / "snn.jsonl"
    jsonl.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    json_docs = list(read_path(str(jsonl)))
    assert [d.page.main for d in parquet_docs] == [d.page.main for d in json_docs]  # type: ignore[union-attr]
    assert [d.page.input for d in parquet_docs] == [f"{path}#{i}" for i in range(1, 5)]  # type: ignore[union-attr]


def test_a_row_without_text_is_one_reject_and_the_others_are_read(tmp_path: Path) -> None:
    pages = _pages(3)
    path = _fineweb(tmp_path / "fw.parquet", [pages[0][0], None, pages[2][0]])
    code, out, err = _run(["parse", str(path)])
    assert code == 1
    assert [p["input"] for p in out] == [f"{path}#1", f"{path}#3"]
    assert err == [
        f'akhbar parse: {path}#2: row without text (the "text" column is null)',
        _could_not(1),
    ]
    code, _err, conn = _ingest([str(path)], tmp_path / "x.db")
    assert conn.execute("SELECT input, record, reason FROM rejects").fetchall() == [
        (str(path), "2", "row without text")
    ]


def test_a_cut_or_fake_parquet_or_one_without_text_is_one_reject(tmp_path: Path) -> None:
    good = _fineweb(tmp_path / "good.parquet", [t for t, _ in _pages(2)])
    cut = tmp_path / "cut.parquet"
    cut.write_bytes(good.read_bytes()[:-100])
    fake = tmp_path / "fake.parquet"
    fake.write_text("id,text\n1,خبر\n", "utf-8")
    ids = tmp_path / "ids.parquet"
    pq.write_table(pa.table({"id": [1, 2], "score": [0.5, 0.7]}), ids)
    got = [list(read_path(str(p))) for p in (cut, fake, ids)]
    assert [[(r.reason, type(r).__name__) for r in docs] for docs in got] == [  # type: ignore[union-attr]
        [("not a readable Parquet file", "Rejected")],
        [("not a readable Parquet file", "Rejected")],
        [("no text column", "Rejected")],
    ]
    reject = got[2][0]
    assert isinstance(reject, Rejected)
    assert reject.detail == (
        f"{ids}: its columns: id, score; name the text column with akhbar ingest "
        "--fields body=COLUMN"
    )


def test_parquet_is_detected_by_name_and_by_its_magic_bytes() -> None:
    assert detect_format("000_00000.parquet", b"PAR1\x15\x04") == "parquet"
    assert detect_format("shard-0001", b"PAR1\x15\x04") == "parquet"
