"""``akhbar parse`` on a mix of inputs: good, empty, CP1256, binary, directories, stdin, JSONL."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from akhbar.cli import app

PAGES = Path(__file__).parent / "data" / "parse" / "pages"
SEED = PAGES / "000_766c5c9b7fcf550c.txt"
CP1256_PAGE = "\n".join(
    [
        "أمير منطقة الرياض يدشن مشروعات تنموية جديدة",
        "نشر في: 9 آب 2015",
        "دشن أمير منطقة الرياض اليوم عددا من المشروعات التنموية في محافظات المنطقة بتكلفة إجمالية تجاوزت مليار ريال، وذلك ضمن خطة الدولة لدعم التنمية.",
        "المصدر: واس",
    ]
)


def _run(args: list[str], stdin: bytes | None = None) -> tuple[int, list[dict[str, object]], str]:
    result = CliRunner().invoke(app, ["parse", *args], input=stdin)
    pages = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    return result.exit_code, pages, result.stderr


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    d = tmp_path / "in"
    d.mkdir()
    shutil.copy(SEED, d / "a_good.txt")
    (d / "b_empty.txt").write_bytes(b"")
    (d / "c_cp1256.txt").write_bytes(CP1256_PAGE.encode("cp1256"))
    (d / "d_binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    sub = d / "e_sub"
    sub.mkdir()
    shutil.copy(PAGES / "dev-0001.txt", sub / "dev-0001.txt")
    return d


def test_mixed_files_parse_the_good_ones_and_report_the_others(mixed: Path) -> None:
    code, pages, err = _run(
        [str(mixed / n) for n in ("a_good.txt", "b_empty.txt", "c_cp1256.txt", "d_binary.txt")]
    )
    assert code == 1
    assert [p["input"] for p in pages] == [str(mixed / "a_good.txt"), str(mixed / "c_cp1256.txt")]
    assert pages[0]["main"]["headline"] == 'غادر روسيا "سعيدا".. هذه تفاصيل رسالة كيم إلى بوتين'
    assert pages[1]["main"]["headline"] == "أمير منطقة الرياض يدشن مشروعات تنموية جديدة"
    assert pages[1]["main"]["source"] == "واس"
    lines = err.splitlines()
    assert f"akhbar parse: {mixed / 'b_empty.txt'}: empty file" in lines
    assert f"akhbar parse: {mixed / 'c_cp1256.txt'}: not UTF-8, read as cp1256" in lines
    assert any(str(mixed / "d_binary.txt") in ln and "binary" in ln for ln in lines)
    assert lines[-1] == "akhbar parse: 2 input(s) could not be read"


def test_directory_is_read_recursively_in_sorted_order(mixed: Path) -> None:
    code, pages, _ = _run([str(mixed)])
    assert code == 1
    assert [Path(str(p["input"])).name for p in pages] == [
        "a_good.txt",
        "c_cp1256.txt",
        "dev-0001.txt",
    ]
    assert pages[2]["main"]["tags"] == ["مصر", "النائب العام", "محمد مرسي"]


def test_good_files_only_exit_zero_and_print_one_schema_line_each() -> None:
    code, pages, err = _run([str(SEED), str(PAGES / "dev-0002.txt")])
    assert code == 0
    assert err == ""
    assert [p["schema"] for p in pages] == ["akhbar.page/1", "akhbar.page/1"]
    assert pages[1]["main"]["byline"] == "حائل – خالد العميم"


def test_stdin_dash() -> None:
    code, pages, _ = _run(["-"], stdin=SEED.read_bytes())
    assert code == 0
    assert pages[0]["input"] == "-"
    assert pages[0]["main"]["source"] == "سكاي نيوز عربية"


def test_jsonl_records_are_pages_and_a_malformed_line_is_reported(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    records = [
        json.dumps({"text": SEED.read_text("utf-8"), "url": "https://example.org/kim"}),
        "{not json",
        json.dumps({"id": 3}),
        json.dumps({"text": (PAGES / "dev-0002.txt").read_text("utf-8")}, ensure_ascii=False),
    ]
    corpus.write_text("\n".join(records) + "\n", "utf-8")
    code, pages, err = _run([str(corpus)])
    assert code == 1
    assert [p["input"] for p in pages] == [f"{corpus}#1", f"{corpus}#4"]
    assert pages[0]["url"] == "https://example.org/kim"
    assert f"{corpus}:2: malformed JSON" in err
    assert f'{corpus}:3: no string "text" field' in err


def test_pretty_output_is_indented_json() -> None:
    result = CliRunner().invoke(app, ["parse", "--pretty", str(SEED)])
    assert result.exit_code == 0
    assert result.stdout.startswith('{\n  "schema": "akhbar.page/1"')
    assert json.loads(result.stdout)["main"]["published"] == "2023-09-18"


def test_missing_path_is_reported() -> None:
    code, pages, err = _run(["/nonexistent/page.txt", str(SEED)])
    assert code == 1
    assert len(pages) == 1
    assert "/nonexistent/page.txt: no such file or directory" in err
