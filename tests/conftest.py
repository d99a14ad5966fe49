"""Fixtures shared by several test modules (pytest loads this file under any import mode, so
no test imports another test module)."""

from __future__ import annotations

import io
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from hypothesis import settings
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from akhbar.web import create_app

# Hypothesis's default deadline (200 ms per example) is a wall-clock limit, and tests here assert
# none: a loaded CI machine would fail a property that holds. Every property test runs without it.
settings.register_profile("akhbar", deadline=None)
settings.load_profile("akhbar")


# A module that defines ``store_path`` (a store built for its tests) gets these two over it; a
# module needing another app (an ingest token …) defines its own ``client``.
@pytest.fixture(scope="module")
def conn(store_path: Path) -> Iterator[sqlite3.Connection]:
    c = sqlite3.connect(store_path)
    yield c
    c.close()


@pytest.fixture(scope="module")
def client(store_path: Path) -> Iterator[TestClient]:
    with TestClient(create_app(store_path)) as c:
        yield c


GOLD = Path(__file__).parent / "fixtures" / "html-gold"
#: (url, html-gold page) of the HTML responses ``write_warc`` stores
WARC_PAGES = (
    ("http://arabic.cnn.com/2013/middle_east/8/3/syria.clashes/index.html", "arabic_article.html"),
    ("http://www.assabah.com.tn/article/164913", "assabah.com.tn.article.html"),
)


def _write_warc(path: Path, *, gzip: bool) -> tuple[str, ...]:
    """A WARC of ``WARC_PAGES`` as responses, each followed by a request record, then a PNG
    response (neither of these is a page); returns the pages' URLs in order."""
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gzip)
    for url, name in WARC_PAGES:
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
    return tuple(url for url, _ in WARC_PAGES)


@pytest.fixture
def write_warc() -> Callable[..., tuple[str, ...]]:
    """``write_warc(path, gzip=True|False)`` writes the test WARC and returns its pages' URLs
    (see ``_write_warc``)."""
    return _write_warc
