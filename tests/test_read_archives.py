"""Archives and compressed files of pages: ``.tar``/``.tar.gz`` read as a zip is (each member by
what it is), a cut tarball keeps the members before the cut, ``.html.gz``/``.txt.gz`` and
``.zst`` (with zstandard) read through, and without zstandard a message that says what to
install."""

from __future__ import annotations

import builtins
import gzip
import io
import json
import tarfile
import zipfile
from pathlib import Path

import pytest
from cli_runs import could_not as _could_not
from cli_runs import ingest as _ingest
from cli_runs import run as _run

from akhbar.read import Doc, detect_format, read_path

FIXTURES = Path(__file__).parent / "fixtures"
PAGE = (Path(__file__).parent / "data" / "parse" / "pages" / "dev-0001.txt").read_text("utf-8")
HEADLINE = "شاهد.. الإعلام المصري يربط اغتيال النائب العام بإشارة مرسي من داخل القفص"
HTML = FIXTURES / "html-gold" / "arabic_article.html"
HTML_HEADLINE = "معارضون يسيطرون على مخازن للصواريخ بريف دمشق"
SAUDINEWSNET = FIXTURES / "saudinewsnet" / "2015-07-23.zip"


def _snn(n: int) -> list[dict[str, str]]:
    with zipfile.ZipFile(SAUDINEWSNET) as zf:
        return json.loads(zf.read(zf.namelist()[0]))[:n]  # type: ignore[no-any-return]


def _tar(path: Path, members: list[tuple[str, bytes]], mode: str = "w:gz") -> Path:
    with tarfile.open(path, mode) as tf:
        for name, data in members:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
    return path


def _members() -> list[tuple[str, bytes]]:
    records = _snn(2)
    lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    return [
        ("crawl/page.html", HTML.read_bytes()),
        ("crawl/page.txt", PAGE.encode()),
        ("crawl/day.jsonl", lines.encode()),
        ("crawl/.DS_Store", b"Bud1" + bytes(8)),
        ("crawl/README.md", b"# pages of the crawl\n"),
    ]


@pytest.mark.parametrize(("ext", "mode"), [(".tar", "w"), (".tar.gz", "w:gz"), (".tgz", "w:gz")])
def test_a_tarball_of_pages_is_read_member_by_member(tmp_path: Path, ext: str, mode: str) -> None:
    path = _tar(tmp_path / f"crawl{ext}", _members(), mode)
    code, pages, err = _run(["parse", str(path)])
    records = _snn(2)
    assert code == 0, err
    assert [(p["input"], p["main"]["headline"]) for p in pages] == [
        (f"{path}/crawl/page.html", HTML_HEADLINE),
        (f"{path}/crawl/page.txt", HEADLINE),
        (f"{path}/crawl/day.jsonl#1", " ".join(records[0]["title"].split())),
        (f"{path}/crawl/day.jsonl#2", " ".join(records[1]["title"].split())),
    ]
    assert err == [
        f"akhbar parse: note: {path}: skipped 1 hidden entry (crawl/.DS_Store); it is no page",
        f"akhbar parse: note: {path}: skipped 1 README-like file (crawl/README.md); it is no page",
    ]


def test_a_cut_tarball_keeps_the_members_before_the_cut(tmp_path: Path) -> None:
    pages = sorted((Path(__file__).parent / "data" / "parse" / "pages").glob("dev-00*.txt"))
    big = [(f"pages/{i:02d}.txt", p.read_bytes()) for i, p in enumerate(pages[:8])]
    whole = _tar(tmp_path / "whole.tar", big, "w").read_bytes()
    cut = tmp_path / "cut.tar.gz"
    cut.write_bytes(gzip.compress(whole[: len(whole) // 2]))
    code, pages, err = _run(["parse", str(cut)])
    assert code == 1
    read = [p["input"] for p in pages]
    assert read and read == [f"{cut}/pages/{i:02d}.txt" for i in range(len(read))]
    assert len(err) == 2 and err[1] == _could_not(1)
    assert err[0].startswith(f"akhbar parse: {cut}: truncated or corrupt tar (")
    code, _err, conn = _ingest([str(cut)], tmp_path / "x.db")
    assert conn.execute("SELECT count(*) FROM articles").fetchone() == (len(read),)
    assert conn.execute("SELECT reason FROM rejects").fetchall() == [("truncated or corrupt tar",)]


def test_gzipped_html_and_text_pages_are_read_through(tmp_path: Path) -> None:
    """Guard: these were read before this round."""
    html = tmp_path / "page.html.gz"
    html.write_bytes(gzip.compress(HTML.read_bytes()))
    text = tmp_path / "page.txt.gz"
    text.write_bytes(gzip.compress(PAGE.encode()))
    code, pages, err = _run(["parse", str(html), str(text)])
    assert (code, err) == (0, [])
    assert [p["main"]["headline"] for p in pages] == [HTML_HEADLINE, HEADLINE]


def test_a_zstd_jsonl_is_read_record_by_record(tmp_path: Path) -> None:
    zstandard = pytest.importorskip("zstandard")
    records = _snn(3)
    lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode()
    path = tmp_path / "day.jsonl.zst"
    path.write_bytes(zstandard.ZstdCompressor().compress(lines))
    code, pages, err = _run(["parse", str(path)])
    assert (code, err) == (0, [])
    assert [p["url"] for p in pages] == [r["url"] for r in records]
    docs = list(read_path(str(path)))
    assert [d.url for d in docs if isinstance(d, Doc)] == [r["url"] for r in records]
    assert detect_format(str(path), path.read_bytes()[:64]) == "json"


def test_without_zstandard_a_zst_file_says_what_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "day.jsonl.zst"
    path.write_bytes(b"\x28\xb5\x2f\xfd" + bytes(20))
    real_import = builtins.__import__

    def no_zstandard(name: str, *args: object, **kwargs: object) -> object:
        if name == "zstandard":
            raise ModuleNotFoundError("No module named 'zstandard'", name="zstandard")
        return real_import(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(builtins, "__import__", no_zstandard)
    code, pages, err = _run(["parse", str(path)])
    assert (code, pages) == (1, [])
    assert err[0] == (
        f"akhbar parse: {path}: zstd-compressed, and zstandard is not installed "
        "(pip install 'akhbar[zstd]' or pip install zstandard)"
    )


def test_tarballs_are_detected_by_name_and_content() -> None:
    assert detect_format("crawl.tar", b"") == "json"
    assert detect_format("crawl.tgz", b"\x1f\x8b") == "json"
    head = bytes(257) + b"ustar\x0000"
    assert detect_format("crawl", head) == "json"


def test_a_file_named_tar_that_is_no_tar_says_so_on_one_line(tmp_path: Path) -> None:
    fake = tmp_path / "crawl.tar.gz"
    fake.write_bytes(bytes(range(256)) * 4)
    code, pages, err = _run(["parse", str(fake)])
    assert (code, pages) == (1, [])
    assert err == [
        f"akhbar parse: {fake}: not a tar file (no tar header at its start)",
        _could_not(1),
    ]
