"""WARC files written here (warcio) from the html-gold pages: pages out, truncation reported."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from akhbar.model import Rejected
from akhbar.read import Doc, read_path

GOLD = Path(__file__).parent / "fixtures" / "html-gold"
WriteWarc = Callable[..., tuple[str, ...]]  # the ``write_warc`` fixture (tests/conftest.py)


@pytest.mark.parametrize("gz", [True, False], ids=["warc.gz", "warc"])
def test_warc_html_responses_become_pages(tmp_path: Path, gz: bool, write_warc: WriteWarc) -> None:
    path = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    urls = write_warc(path, gzip=gz)
    docs = list(read_path(str(path)))
    assert all(isinstance(d, Doc) for d in docs) and len(docs) == 2
    cnn, assabah = docs
    assert isinstance(cnn, Doc) and isinstance(assabah, Doc)
    assert cnn.url == urls[0] and cnn.page.input == f"{path}@0"
    assert cnn.page.main.headline == "معارضون يسيطرون على مخازن للصواريخ بريف دمشق"
    assert cnn.page.main.published == "2013-08-03"
    assert "كل المجالات" in "\n".join(assabah.page.main.body)


def test_truncated_warc_gz_keeps_earlier_records_and_reports_the_cut(
    tmp_path: Path, write_warc: WriteWarc
) -> None:
    full = tmp_path / "full.warc.gz"
    urls = write_warc(full, gzip=True)
    data = full.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: int(len(data) * 0.6)])
    out = list(read_path(str(cut)))
    docs = [d for d in out if isinstance(d, Doc)]
    rejects = [r for r in out if isinstance(r, Rejected)]
    assert len(docs) == 1 and docs[0].url == urls[0]
    assert {r.reason for r in rejects} >= {"truncated gzip"}
    assert all(r.input == str(cut) for r in rejects)


def test_truncated_plain_warc_reports_the_short_record(
    tmp_path: Path, write_warc: WriteWarc
) -> None:
    full = tmp_path / "full.warc"
    write_warc(full, gzip=False)
    data = full.read_bytes()
    second = data.index(b"WARC/1.", data.index(b"assabah") - 2000)
    cut = tmp_path / "cut.warc"
    cut.write_bytes(data[: second + 20000])
    out = list(read_path(str(cut)))
    assert isinstance(out[0], Doc)
    (bad,) = [r for r in out if isinstance(r, Rejected)]
    assert bad.reason == "truncated WARC record" and bad.input == str(cut)
    assert bad.detail.startswith(f"{cut}@")


def test_akhbar_parse_prints_one_page_per_warc_response_and_html_file(
    tmp_path: Path, write_warc: WriteWarc
) -> None:
    import json

    from typer.testing import CliRunner

    from akhbar.cli import app

    path = tmp_path / "crawl.warc.gz"
    urls = write_warc(path, gzip=True)
    result = CliRunner().invoke(app, ["parse", str(path), str(GOLD / "test_cnn_arabic.html")])
    assert result.exit_code == 0, result.output
    pages = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert [p["schema"] for p in pages] == ["akhbar.page/1"] * 3
    assert pages[0]["url"] == urls[0] and pages[0]["input"] == f"{path}@0"
    assert pages[2]["main"]["headline"] == "معارضون يسيطرون على مخازن للصواريخ بريف دمشق"
