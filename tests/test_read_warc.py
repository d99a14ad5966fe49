"""WARC files written here (warcio) from the html-gold pages: pages out, truncation reported."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from akhbar.model import Rejected
from akhbar.read import Doc, read_path

GOLD = Path(__file__).parent / "fixtures" / "html-gold"
PAGES = [
    ("http://arabic.cnn.com/2013/middle_east/8/3/syria.clashes/index.html", "arabic_article.html"),
    ("http://www.assabah.com.tn/article/164913", "assabah.com.tn.article.html"),
]


def write_warc(path: Path, *, gzip: bool) -> None:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gzip)
    for url, name in PAGES:
        headers = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
        )
        payload = io.BytesIO((GOLD / name).read_bytes())
        writer.write_record(
            writer.create_warc_record(url, "response", payload=payload, http_headers=headers)
        )
        # a request record and an image response are not pages
        writer.write_record(writer.create_warc_record(url, "request", payload=io.BytesIO(b"GET /")))
    img = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
    writer.write_record(
        writer.create_warc_record(
            "http://x.com/a.png", "response", payload=io.BytesIO(b"\x89PNG"), http_headers=img
        )
    )
    path.write_bytes(buf.getvalue())


@pytest.mark.parametrize("gz", [True, False], ids=["warc.gz", "warc"])
def test_warc_html_responses_become_pages(tmp_path: Path, gz: bool) -> None:
    path = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    write_warc(path, gzip=gz)
    docs = list(read_path(str(path)))
    assert all(isinstance(d, Doc) for d in docs) and len(docs) == 2
    cnn, assabah = docs
    assert isinstance(cnn, Doc) and isinstance(assabah, Doc)
    assert cnn.url == PAGES[0][0] and cnn.page.input == f"{path}@0"
    assert cnn.page.main.headline == "معارضون يسيطرون على مخازن للصواريخ بريف دمشق"
    assert cnn.page.main.published == "2013-08-03"
    assert "كل المجالات" in "\n".join(assabah.page.main.body)


def test_truncated_warc_gz_keeps_earlier_records_and_reports_the_cut(tmp_path: Path) -> None:
    full = tmp_path / "full.warc.gz"
    write_warc(full, gzip=True)
    data = full.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: int(len(data) * 0.6)])
    out = list(read_path(str(cut)))
    docs = [d for d in out if isinstance(d, Doc)]
    rejects = [r for r in out if isinstance(r, Rejected)]
    assert len(docs) == 1 and docs[0].url == PAGES[0][0]
    assert {r.reason for r in rejects} >= {"truncated gzip"}
    assert all(r.input == str(cut) for r in rejects)


def test_truncated_plain_warc_reports_the_short_record(tmp_path: Path) -> None:
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


def test_akhbar_parse_prints_one_page_per_warc_response_and_html_file(tmp_path: Path) -> None:
    import json

    from typer.testing import CliRunner

    from akhbar.cli import app

    path = tmp_path / "crawl.warc.gz"
    write_warc(path, gzip=True)
    result = CliRunner().invoke(app, ["parse", str(path), str(GOLD / "test_cnn_arabic.html")])
    assert result.exit_code == 0, result.output
    pages = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert [p["schema"] for p in pages] == ["akhbar.page/1"] * 3
    assert pages[0]["url"] == PAGES[0][0] and pages[0]["input"] == f"{path}@0"
    assert pages[2]["main"]["headline"] == "معارضون يسيطرون على مخازن للصواريخ بريف دمشق"
