"""One reader of JSON Lines (read.jsonlines) for ``akhbar parse`` and ``akhbar ingest``: the same
bad line is the same reject from both, and a line's encoding is told line by line in both."""

from __future__ import annotations

import gzip
import json
import zipfile
from pathlib import Path

import pytest
from cli_runs import ingest as _ingest
from cli_runs import run as _run

from akhbar.model import Rejected
from akhbar.read import Doc, read_paths

SAUDINEWSNET = Path(__file__).parent / "fixtures" / "saudinewsnet" / "2015-07-23.zip"
PAGE = (Path(__file__).parent / "data" / "parse" / "pages" / "dev-0001.txt").read_text("utf-8")


def _snn(n: int) -> list[dict[str, str]]:
    """The first ``n`` records of a real SaudiNewsNet day."""
    with zipfile.ZipFile(SAUDINEWSNET) as zf:
        return json.loads(zf.read(zf.namelist()[0]))[:n]  # type: ignore[no-any-return]


def _line(record: object) -> bytes:
    return json.dumps(record, ensure_ascii=False).encode("utf-8")


def _named(r: Rejected) -> str:
    """A reject as ``akhbar parse`` prints it."""
    from akhbar.read import _named as named

    return named(r).reason


#: bad lines between two good records (line 1 and the last line), and what parse prints for them
_BAD = {
    "malformed": (b'{"title": "x", "content": ', "malformed JSON (Expecting value at column 27)"),
    "not-utf8": (
        b'{"text": "caf\xe9 cr\xe8me"}',
        "not UTF-8, and no Arabic text when read as CP1256",
    ),
    "a-list": (b"[1, 2]", "not a JSON object (a list)"),
    "null": (b"null", "not a JSON object (null)"),
    "second-of-two": (b'{"content": "x"} 5', "not a JSON object (a number)"),
}


@pytest.mark.parametrize("case", list(_BAD))
def test_a_bad_jsonl_line_is_the_same_reject_from_parse_and_ingest(
    tmp_path: Path, case: str
) -> None:
    bad, says = _BAD[case]
    first, last = _snn(2)
    corpus = tmp_path / "day.jsonl"
    corpus.write_bytes(b"\n".join([_line(first), bad, _line(last)]) + b"\n")
    part = "2.2" if case == "second-of-two" else "2"
    code, pages, err = _run(["parse", str(corpus)])
    assert code == 1
    assert err[0] == f"akhbar parse: {corpus}:{part}: {says}"
    rejects = [d for d in read_paths([str(corpus)]) if isinstance(d, Rejected)]
    assert [_named(r) for r in rejects] == [f"{corpus}:{part}: {says}"]
    code, _err, conn = _ingest([str(corpus)], tmp_path / "x.db")
    assert code == 1
    stored = conn.execute("SELECT record, reason, detail FROM rejects").fetchall()
    assert stored == [(r.record, r.reason, r.detail) for r in rejects]
    assert len(pages) == conn.execute("SELECT count(*) FROM articles").fetchone()[0]


def test_a_cut_jsonl_gz_is_the_same_reject_from_parse_and_ingest(tmp_path: Path) -> None:
    """Guard: the cut was told alike before; it is now told in one place."""
    records = _snn(4)
    data = b"".join(_line(r) + b"\n" for r in records)
    corpus = tmp_path / "day.jsonl.gz"
    corpus.write_bytes(gzip.compress(data)[: -len(data) // 3])
    _code, _pages, err = _run(["parse", str(corpus)])
    rejects = [d for d in read_paths([str(corpus)]) if isinstance(d, Rejected)]
    assert [f"akhbar parse: {_named(r)}" for r in rejects] == [e for e in err if "gzip" in e]


def test_parse_replaces_a_stray_byte_in_a_jsonl_line_as_ingest_does(tmp_path: Path) -> None:
    """A UTF-8 line with one Latin-1 byte was read by parse as CP1256: every letter garbled."""
    corpus = tmp_path / "day.jsonl"
    corpus.write_bytes(_line({"text": PAGE}).replace("شاهد".encode(), "شاهد".encode() + b"\xa9"))
    code, pages, err = _run(["parse", str(corpus)])
    assert code == 0
    assert pages[0]["main"]["headline"].startswith("شاهد\ufffd")
    assert err == [f"akhbar parse: warning: {corpus}:1: 1 stray byte not UTF-8, replaced by U+FFFD"]
    (doc,) = read_paths([str(corpus)])
    assert isinstance(doc, Doc) and doc.warnings == (err[0].split("warning: ")[1],)


def test_ingest_reads_a_cp1256_line_among_utf8_lines_as_cp1256(tmp_path: Path) -> None:
    """Ingest decoded such a file whole: the long UTF-8 lines made it 'UTF-8 with stray bytes',
    and the CP1256 line's every letter became U+FFFD; parse read it line by line."""
    first, second, third = _snn(3)
    corpus = tmp_path / "mixed.jsonl"
    corpus.write_bytes(
        b"\n".join(
            [
                _line(first),
                json.dumps(second, ensure_ascii=False).encode("cp1256", "replace"),
                _line(third),
            ]
        )
    )
    docs = list(read_paths([str(corpus)]))
    assert all(isinstance(d, Doc) for d in docs)
    assert [d.page.main.headline for d in docs if isinstance(d, Doc)] == [
        r["title"] for r in (first, second, third)
    ]
    code, _err, conn = _ingest([str(corpus)], tmp_path / "x.db")
    assert code == 0
    titles = [t for (t,) in conn.execute("SELECT headline FROM articles ORDER BY rowid")]
    assert titles == [r["title"] for r in (first, second, third)]


def test_an_empty_jsonl_file_is_one_reject_for_ingest_as_for_parse(tmp_path: Path) -> None:
    corpus = tmp_path / "day.jsonl"
    corpus.write_bytes(b"\n\n")
    code, _pages, err = _run(["parse", str(corpus)])
    assert (code, err[0]) == (1, f"akhbar parse: {corpus}: empty file")
    assert [(r.reason, r.input) for r in read_paths([str(corpus)])] == [("empty file", str(corpus))]  # type: ignore[union-attr]


def test_read_paths_reads_a_file_named_twice_once_and_says_so(tmp_path: Path) -> None:
    """The library as the commands: a file named twice, or in a directory also given, once."""
    corpus = tmp_path / "in" / "day.jsonl"
    corpus.parent.mkdir()
    corpus.write_bytes(b"".join(_line(r) + b"\n" for r in _snn(2)))
    notes: list[str] = []
    docs = list(read_paths([str(corpus), str(corpus.parent), str(corpus)], on_skip=notes.append))
    assert [d.page.input for d in docs if isinstance(d, Doc)] == [f"{corpus}#1", f"{corpus}#2"]
    assert notes == [f"note: {corpus} named twice; read once"] * 2
