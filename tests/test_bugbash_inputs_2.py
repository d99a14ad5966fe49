"""More inputs a demanding user gives ``akhbar parse`` / ``akhbar ingest``: directories holding
``.git/`` and a README, text with stray NUL bytes, HTML whose declared charset is wrong, reruns
over bad files, file names that are not UTF-8, files that vanish mid-run. Every bad input is
named (and its line), every skip and repair is noted on stderr, the good ones still go in."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from cli_runs import run as _run
from typer.testing import CliRunner

from akhbar.cli import app
from akhbar.errors import InputError
from akhbar.model import Rejected
from akhbar.read import iter_any_pages, read_paths
from akhbar.read.decoding import decode
from akhbar.read.html import read_html
from akhbar.read.textfiles import skipped_in_walk

PAGE = (Path(__file__).parent / "data" / "parse" / "pages" / "dev-0001.txt").read_text("utf-8")
HEADLINE = "شاهد.. الإعلام المصري يربط اغتيال النائب العام بإشارة مرسي من داخل القفص"
SAUDINEWSNET = Path(__file__).parent / "fixtures" / "saudinewsnet" / "2015-07-23.zip"
BODY = "أعلنت وزارة الصحة اليوم عن خطة جديدة لمواجهة انتشار الفيروس في المدن الكبرى. "


def _ingest(args: list[str], db: Path) -> tuple[int, list[str], list[str], sqlite3.Connection]:
    result = CliRunner().invoke(app, ["ingest", *args, "--db", str(db)])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return (
        result.exit_code,
        result.stdout.splitlines(),
        result.stderr.splitlines(),
        sqlite3.connect(db),
    )


def _notes(err: list[str]) -> list[str]:
    return [line for line in err if ": note: " in line or ": warning: " in line]


# -- 1. hidden entries under a walked directory ------------------------------------------------


def _repo_like(d: Path) -> Path:
    (d / ".git" / "objects").mkdir(parents=True)
    (d / ".git" / "HEAD").write_text("ref: refs/heads/main\n", "utf-8")
    (d / ".git" / "objects" / "page.txt").write_text(PAGE, "utf-8")
    (d / ".DS_Store").write_bytes(b"Bud1" + bytes(8))
    (d / ".draft.txt").write_text(PAGE, "utf-8")
    (d / "news").mkdir()
    (d / "news" / ".cache").mkdir()
    (d / "news" / ".cache" / "x.txt").write_text(PAGE, "utf-8")
    (d / "news" / "a.txt").write_text(PAGE, "utf-8")
    return d


def test_a_directory_walk_skips_hidden_entries_and_says_how_many(tmp_path: Path) -> None:
    d = _repo_like(tmp_path / "in")
    code, pages, err = _run(["parse", str(d)])
    assert (code, [p["input"] for p in pages]) == (0, [str(d / "news" / "a.txt")])
    assert err == [
        f"akhbar parse: note: skipped 4 hidden entries under {d} (.DS_Store, .draft.txt, .git/, "
        "…); name a file to read it"
    ]
    db = tmp_path / "x.db"
    code, _out, err, conn = _ingest([str(d)], db)
    assert code == 0
    assert conn.execute("SELECT input FROM articles").fetchall() == [(str(d / "news" / "a.txt"),)]
    assert conn.execute("SELECT count(*) FROM rejects").fetchone() == (0,)
    assert _notes(err) == [
        f"akhbar ingest: note: skipped 4 hidden entries under {d} (.DS_Store, .draft.txt, .git/, "
        "…); name a file to read it"
    ]


def test_a_hidden_file_named_on_the_command_line_is_read(tmp_path: Path) -> None:
    hidden = tmp_path / ".draft.txt"
    hidden.write_text(PAGE, "utf-8")
    code, pages, err = _run(["parse", str(hidden)])
    assert (code, err, [p["main"]["headline"] for p in pages]) == (0, [], [HEADLINE])  # type: ignore[index]
    # a hidden directory given by name is walked too (only what is under it is checked)
    code, pages, err = _run(["parse", str(tmp_path)])
    assert (pages, err[1]) == (
        [],
        f"akhbar parse: {tmp_path}: no files to read (only hidden or README-like entries; "
        "name a file to read it)",
    )


# -- 5. README, LICENSE, CHANGELOG next to the data --------------------------------------------


def test_a_corpus_readme_next_to_its_zips_is_not_stored_as_an_article(tmp_path: Path) -> None:
    d = tmp_path / "saudinewsnet"
    d.mkdir()
    shutil.copy(SAUDINEWSNET, d / "2015-07-23.zip")
    (d / "README.md").write_text("# SaudiNewsNet\n\n31,030 Arabic newspaper articles.\n", "utf-8")
    (d / "LICENSE").write_text("Creative Commons Attribution-NonCommercial 4.0\n", "utf-8")
    (d / "readme-news.txt").write_text(PAGE, "utf-8")  # a page whose name only starts so
    db = tmp_path / "x.db"
    code, _out, err, conn = _ingest([str(d)], db)
    assert code == 0
    assert conn.execute("SELECT count(*) FROM articles").fetchone() == (201,)
    stored = {Path(i).name for (i,) in conn.execute("SELECT input FROM articles")}
    assert stored == {"readme-news.txt"} | {f"2015-07-23.json#{n}" for n in range(1, 201)}
    assert _notes(err) == [
        f"akhbar ingest: note: skipped 2 README/LICENSE-like files under {d} (LICENSE, "
        "README.md); name a file to read it"
    ]
    code, pages, err = _run(["parse", str(d / "README.md")])  # named: read like any page
    assert (code, err, [p["main"]["headline"] for p in pages]) == (  # type: ignore[index]
        0,
        [],
        ["31,030 Arabic newspaper articles."],
    )


@pytest.mark.parametrize(
    ("name", "is_dir", "want"),
    [
        (".git", True, "hidden"),
        (".DS_Store", False, "hidden"),
        ("README.md", False, "project"),
        ("readme", False, "project"),
        ("CHANGELOG.rst", False, "project"),
        ("LICENSE.txt", False, "project"),
        ("README.md.gz", False, None),  # compressed: data, not the corpus's own notes
        ("README", True, None),  # a directory so named is walked
        ("readme-news.txt", False, None),
        ("license.html", False, None),
        ("2015-07-23.zip", False, None),
    ],
)
def test_what_a_walk_leaves_out(name: str, is_dir: bool, want: str | None) -> None:
    assert skipped_in_walk(name, is_dir=is_dir) == want


# -- 2. stray NUL bytes ------------------------------------------------------------------------


def test_stray_nul_bytes_are_removed_with_a_warning_naming_the_lines(tmp_path: Path) -> None:
    lines = PAGE.encode("utf-8").split(b"\n")
    lines[2] += b"\x00"
    lines[4] = b"\x00" + lines[4]
    page = tmp_path / "page.txt"
    page.write_bytes(b"\n".join(lines))
    code, pages, err = _run(["parse", str(page)])
    assert code == 0
    assert err == [f"akhbar parse: warning: {page}: 2 stray NUL bytes removed (lines 3, 5)"]
    assert pages[0]["main"]["headline"] == HEADLINE  # type: ignore[index]
    assert "\x00" not in json.dumps(pages[0])
    cp1256 = decode(HEADLINE.encode("cp1256") + b"\x00\n", name="c.txt")
    assert (cp1256.text, cp1256.encoding) == (HEADLINE + "\n", "cp1256")
    assert cp1256.warnings == ("c.txt: 1 stray NUL byte removed (line 1)",)
    code, _out, err, conn = _ingest([str(page)], tmp_path / "x.db")
    assert code == 0
    assert conn.execute("SELECT headline FROM articles").fetchall() == [(HEADLINE,)]
    assert _notes(err) == [
        f"akhbar ingest: warning: {page}: 2 stray NUL bytes removed (lines 3, 5)"
    ]


@pytest.mark.parametrize(
    ("data", "why"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(20), "PNG image"),
        (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "PDF document"),
        (b"\x7fELF\x02\x01\x01" + bytes(9), "ELF executable"),
        (b"PK\x03\x04\x14\x00\x00\x00\x08\x00", "zip archive"),
        (("خبر\x00" * 50).encode("utf-8"), "no page read"),  # one NUL in every 7 bytes
        # UTF-16 without a BOM and a run of NULs in Arabic text are read (bug bash 5)
    ],
    ids=["png", "pdf", "elf", "zip", "many-nuls"],
)
def test_binary_files_are_still_rejected_with_their_kind(data: bytes, why: str) -> None:
    with pytest.raises(InputError) as exc:
        decode(data, name="f.txt")
    assert str(exc.value) == f"f.txt: binary file, not text ({why})"


# -- 3. a declared HTML charset is a hint -----------------------------------------------------


def _html(charset: str, body: bytes, footer: bytes = b"") -> bytes:
    head = f'<html><head><meta charset="{charset}"><title>news</title></head><body>'
    return head.encode() + b"<h1>" + body + b"</h1><p>" + body * 5 + b"</p>" + footer + b"</body>"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (_html("iso-8859-1", BODY.encode("cp1256")), "cp1256"),
        (_html("windows-1252", BODY.encode("cp1256"), b"\x80 2015"), "cp1256"),
        (_html("latin-1", BODY.encode()), "utf-8"),
        (_html("windows-1256", BODY.encode()), "utf-8"),  # was read as CP1256: mojibake
        (_html("iso-8859-1", BODY.encode(), b"<footer>\xa9 2015</footer>"), "utf-8"),
        (_html("iso-8859-6", BODY.encode("iso-8859-6")), "iso8859-6"),
    ],
    ids=["latin1-cp1256", "cp1252-cp1256", "latin1-utf8", "cp1256-utf8", "utf8-stray", "8859-6"],
)
def test_a_wrongly_declared_charset_does_not_garble_or_reject_the_page(
    data: bytes, encoding: str
) -> None:
    doc = read_html(data, input="p.html")
    assert not isinstance(doc, Rejected), doc
    assert doc.page.main.body[0].startswith(BODY.strip()[:30])
    assert BODY.strip() in " ".join(doc.page.main.body)


def test_arabic_as_character_references_in_a_latin1_page_is_read(tmp_path: Path) -> None:
    refs = "".join(f"&#{ord(c)};" for c in BODY).encode()
    page = tmp_path / "p.html"
    page.write_bytes(_html("iso-8859-1", refs, b"<footer>\xa9 2015</footer>"))
    code, pages, err = _run(["parse", str(page)])
    assert (code, err) == (0, [])
    assert BODY.strip() in " ".join(pages[0]["main"]["body"])  # type: ignore[index]


def test_stray_bytes_in_a_utf8_page_are_replaced_with_a_warning(tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    page.write_bytes(_html("iso-8859-1", BODY.encode(), b"\n<footer>\xa9 2015</footer>"))
    code, pages, err = _run(["parse", str(page)])
    assert code == 0
    assert err == [
        f"akhbar parse: warning: {page}: 1 stray byte not UTF-8, replaced by U+FFFD (first on "
        "line 2)"
    ]
    assert pages[0]["main"]["body"][0].startswith(BODY.strip())  # type: ignore[index]


@pytest.mark.parametrize(
    ("charset", "why"),
    [
        ("iso-8859-1", "no Arabic text when read as the declared iso-8859-1, "),
        ("x-klingon", "the declared charset 'x-klingon' is unknown, "),
        ("utf-8", "not the declared utf-8 either (invalid continuation byte), "),
    ],
)
def test_an_unreadable_page_names_its_declared_charset_and_what_was_tried(
    tmp_path: Path, charset: str, why: str
) -> None:
    page = tmp_path / "p.html"
    page.write_bytes(_html(charset, "Le ministre a annoncé un plan.".encode("latin-1")))
    code, pages, err = _run(["parse", str(page)])
    assert (code, pages) == (1, [])
    assert err[0] == (
        f"akhbar parse: {page}: undecodable HTML (not UTF-8, {why}and no Arabic text when read "
        "as CP1256)"
    )


# -- 4. a rerun reports the same rejects -------------------------------------------------------


def test_a_rerun_reports_the_bad_inputs_again_and_stores_nothing_twice(tmp_path: Path) -> None:
    d = tmp_path / "in"
    d.mkdir()
    (d / "good.txt").write_text("خبر جديد\n" + BODY * 3, "utf-8")
    (d / "bad.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    lines = [json.dumps({"text": PAGE}, ensure_ascii=False), "{oops", json.dumps({"text": 5})]
    (d / "mixed.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    db = tmp_path / "x.db"
    first = _ingest([str(d), "--json"], db)
    again = _ingest([str(d), "--json"], db)
    one, two = json.loads(first[1][-1]), json.loads(again[1][-1])
    assert (first[0], again[0]) == (1, 1)
    want = {'"text" is not a string': 1, "binary file, not text": 1, "malformed JSON": 1}
    assert one["rejected"] == two["rejected"] == want
    assert (one["stored"], two["stored"], two["present"]) == (2, 0, 2)
    assert two["skipped_inputs"] == 1  # good.txt: read clean, not read again
    conn = again[3]
    assert conn.execute("SELECT count(*) FROM articles").fetchone() == (2,)
    assert conn.execute("SELECT count(*) FROM rejects").fetchone() == (3,)


# -- more: JSON text that is not a string, odd names, vanishing files, long lines -------------


def test_a_json_text_that_is_not_a_string_says_so(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    # a list of strings is a page's lines now, and the kinds are said in words (bug bash 5)
    corpus.write_text('{"text": 5}\n{"text": [1]}\n{"text": null}\n', "utf-8")
    docs = list(read_paths([str(corpus)]))
    assert [(getattr(d, "reason", ""), getattr(d, "detail", "")) for d in docs] == [
        ('"text" is not a string', f"{corpus}#1: a number, not text"),
        ('"text" is not a string', f"{corpus}#2: a list, not text"),
        ("no body or text field", f"{corpus}#3"),
    ]
    _code, _pages, err = _run(["parse", str(corpus)])
    assert err[:3] == [
        f'akhbar parse: {corpus}:1: "text" is a number, not text',
        f'akhbar parse: {corpus}:2: "text" is a list, not text',
        f'akhbar parse: {corpus}:3: no string "text" field',
    ]


def test_a_file_name_that_is_not_utf8_is_named_with_escapes_not_a_traceback(
    tmp_path: Path,
) -> None:
    d = tmp_path / "in"
    d.mkdir()
    raw = os.fsencode(d)
    with open(os.path.join(raw, b"\xff\xfe.txt"), "wb") as fh:
        fh.write(PAGE.encode())
    with open(os.path.join(raw, b"bad\xff.txt"), "wb") as fh:
        fh.write(b"\x7fELF\x02\x01\x01\x00\x00")
    code, pages, err = _run(["parse", str(d)])
    assert [p["input"] for p in pages] == [f"{d}/\\xff\\xfe.txt"]
    assert err[0] == f"akhbar parse: {d}/bad\\xff.txt: binary file, not text (ELF executable)"
    code, _out, _err, conn = _ingest([str(d)], tmp_path / "x.db")
    assert code == 1
    assert conn.execute("SELECT input FROM articles").fetchall() == [(f"{d}/\\xff\\xfe.txt",)]
    assert conn.execute("SELECT input FROM rejects").fetchall() == [(f"{d}/bad\\xff.txt",)]


def test_a_file_that_vanishes_between_walk_and_read_is_reported(tmp_path: Path) -> None:
    from akhbar.parse import parse_text

    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text(PAGE, "utf-8")
    (d / "b.txt").write_text(PAGE, "utf-8")
    (d / "c.html").write_text("<html><body><p>" + BODY * 5 + "</p></body></html>", "utf-8")
    got = []
    for _doc, page in iter_any_pages([str(d)], parse=parse_text):
        got.append((page.input, getattr(page, "reason", None)))
        if len(got) == 1:
            (d / "b.txt").unlink()
            (d / "c.html").unlink()
    assert got == [
        (str(d / "a.txt"), None),
        (str(d / "b.txt"), f"{d / 'b.txt'}: no such file or directory"),
        (str(d / "c.html"), f"{d / 'c.html'}: no such file or directory"),
    ]


def test_a_long_single_line_page_is_read(tmp_path: Path) -> None:
    page = tmp_path / "one-line.txt"
    page.write_text(HEADLINE + "\n" + BODY * 60_000, "utf-8")  # 8 MB, one line
    code, pages, err = _run(["parse", str(page)])
    assert (code, err) == (0, [])
    assert pages[0]["main"]["headline"] == HEADLINE  # type: ignore[index]
    assert len(pages[0]["main"]["body"][0]) == len(BODY * 60_000) - 1  # type: ignore[index]
