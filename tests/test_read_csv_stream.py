"""CSV read as a stream (read.textstream): a file is never held whole, as bytes or text, and
every encoding ``decoding.decode`` reads is still read, with the same notes and rejects."""

from __future__ import annotations

import bz2
import csv
import gzip
import io
import json
import tracemalloc
import zipfile
from pathlib import Path

import pytest

from akhbar.model import Rejected
from akhbar.read import Doc, read_path

SAUDINEWSNET = Path(__file__).parent / "fixtures" / "saudinewsnet" / "2015-07-23.zip"


def _records() -> list[dict[str, str]]:
    with zipfile.ZipFile(SAUDINEWSNET) as zf:
        return json.loads(zf.read(zf.namelist()[0]))  # type: ignore[no-any-return]


def _csv(records: list[dict[str, str]]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(["title", "content", "date", "url"])
    for r in records:
        writer.writerow([r["title"], r["content"], r["date_extracted"], r["url"]])
    return buf.getvalue()


@pytest.mark.parametrize("compress", ["plain", "gzip"])
def test_a_large_csv_is_read_row_by_row_not_held_whole(tmp_path: Path, compress: str) -> None:
    """Reading the first rows of a 6 MB CSV takes far less memory than the file: it was read
    whole, then decoded whole (the bytes and the text: three times the file at its peak)."""
    records = _records()
    text = _csv([{**r, "url": f"{r['url']}?copy={i}"} for i in range(10) for r in records])
    data = text.encode("utf-8")
    assert len(data) > 6_000_000
    path = tmp_path / ("big.csv" if compress == "plain" else "big.csv.gz")
    path.write_bytes(data if compress == "plain" else gzip.compress(data, compresslevel=1))
    warm = tmp_path / "warm.csv"  # the readers' modules imported before memory is traced
    warm.write_text(_csv(records[:1]), "utf-8")
    assert len(list(read_path(str(warm)))) == 1
    tracemalloc.start()
    try:
        docs = read_path(str(path))
        first = [next(docs) for _ in range(3)]
        _now, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert [d.page.main.headline for d in first if isinstance(d, Doc)] == [
        r["title"] for r in records[:3]
    ]
    assert peak < len(data) // 3, f"peak {peak:,} bytes for a {len(data):,}-byte file"
    assert sum(1 for _ in docs) == 10 * len(records) - 3


def _read(path: Path) -> tuple[list[str | None], list[str], list[tuple[str, str]]]:
    """Headlines, warnings and rejects (reason, detail) of a CSV file."""
    heads: list[str | None] = []
    warnings: list[str] = []
    rejects: list[tuple[str, str]] = []
    for d in read_path(str(path)):
        if isinstance(d, Rejected):
            rejects.append((d.reason, d.detail))
        else:
            heads.append(d.page.main.headline)
            warnings.extend(d.warnings)
    return heads, warnings, rejects


def test_encodings_and_repairs_are_read_as_whole_files_were(tmp_path: Path) -> None:
    """Guard: UTF-16 (BOM), CP1256, a stray byte, stray NULs, bzip2: as ``decode`` reads them."""
    records = _records()[:5]
    titles = [r["title"] for r in records]
    text = _csv(records)
    cases = {
        "utf16.csv": (text.encode("utf-16"), ["note: {p}: not UTF-8, read as utf-16"]),
        "cp1256.csv": (text.encode("cp1256", "replace"), ["note: {p}: not UTF-8, read as cp1256"]),
        "stray.csv": (
            text.encode().replace(records[2]["url"].encode(), records[2]["url"].encode() + b"\xa9"),
            ["{p}: 1 stray byte not UTF-8, replaced by U+FFFD (first on line %d)"],
        ),
        "nul.csv": (
            text.encode().replace(b"\r\n", b"\x00\r\n", 1),
            ["{p}: 1 stray NUL byte removed (line 1)"],
        ),
        "day.csv.bz2": (bz2.compress(text.encode()), []),
    }
    for name, (data, want) in cases.items():
        path = tmp_path / name
        path.write_bytes(data)
        heads, warnings, rejects = _read(path)
        assert rejects == [], name
        if name == "cp1256.csv":  # titles with letters CP1256 lacks: compare what it holds
            assert heads == [t.encode("cp1256", "replace").decode("cp1256") for t in titles]
        else:
            assert heads == titles, name
        if name == "stray.csv":
            line = text[: text.index(records[2]["url"])].count("\n") + 1
            want = [want[0] % line]
        assert warnings == [w.format(p=path) for w in want], name


def test_a_cut_csv_gz_is_one_reject_and_no_rows(tmp_path: Path) -> None:
    """Guard: the stream is read through once before any row is given, as the whole file was."""
    data = gzip.compress(_csv(_records()).encode())
    path = tmp_path / "day.csv.gz"
    path.write_bytes(data[: len(data) // 2])
    docs = list(read_path(str(path)))
    assert len(docs) == 1 and isinstance(docs[0], Rejected)
    assert docs[0].reason == "truncated or corrupt gzip"


def test_a_csv_that_is_no_text_says_what_it_is(tmp_path: Path) -> None:
    """Guard: an empty, a blank and a Latin-1 CSV are rejected as whole files were."""
    for name, data, reason in [
        ("empty.csv", b"", "empty file"),
        ("blank.csv", b" \r\n\r\n", "empty file"),
        (
            "latin1.csv",
            "title,text\r\ncafé,crème brûlée\r\n".encode("latin-1"),
            "not UTF-8, and no Arabic text when read as CP1256",
        ),
    ]:
        path = tmp_path / name
        path.write_bytes(data)
        assert [(r.reason) for r in read_path(str(path)) if isinstance(r, Rejected)] == [reason]
