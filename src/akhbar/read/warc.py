"""WARC files (``.warc``, ``.warc.gz``): every HTML response record → one page.

Read with fastwarc (HTTP headers parsed, ``Content-Encoding`` decoded); the charset of the HTTP
``Content-Type`` is the declared one when the payload is decoded (``decoding.decode``). Records that are not
HTML responses (requests, metadata, images, scripts, redirects and errors) are not pages and are
passed over. A record whose payload stops short of its length, or a gzip stream that ends
mid-member, is reported as ``Rejected`` (``truncated``) naming the file and record offset; the
records before it are kept.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from fastwarc.warc import ArchiveIterator, WarcRecordType

from akhbar.errors import InputError
from akhbar.model import Rejected
from akhbar.read.decoding import decode
from akhbar.read.doc import Doc, sha256
from akhbar.read.html import read_html

__all__ = ["gzip_truncation", "read_warc"]

_HTML_TYPES = ("text/html", "application/xhtml")
_CHUNK = 1 << 20
_CHARSET = re.compile(r"""charset\s*=\s*["']?\s*([\w.:-]+)""", re.I)


def _html_doc(data: bytes, *, input: str, url: str | None, ctype: str) -> Doc | Rejected:
    """``read_html`` with the HTTP ``Content-Type`` charset as the declared one (it outranks a
    ``<meta charset>``, as in browsers; valid UTF-8 still wins, see ``decoding.decode``)."""
    m = _CHARSET.search(ctype)
    if m is None:
        return read_html(data, input=input, url=url)
    try:
        decoded = decode(data, name=input, declared=m.group(1), markup=True)
    except InputError:
        return read_html(data, input=input, url=url)  # the page's own charset may yet do
    if decoded.encoding == "utf-8" and not decoded.warnings:
        return read_html(data, input=input, url=url)
    doc = read_html(decoded.text.encode("utf-8"), input=input, url=url)
    if isinstance(doc, Rejected):
        return doc
    return replace(doc, raw_hash=sha256(data), warnings=decoded.warnings + doc.warnings)


def gzip_truncation(path: Path) -> str | None:
    """None when every gzip member of ``path`` is complete, else what is wrong.

    fastwarc stops quietly at a cut in a gzip stream, so the file is checked on its own
    (zlib in C, a fraction of the parse time).
    """
    d = zlib.decompressobj(31)
    fed = False  # has the current member received any byte?
    with path.open("rb") as fh:
        while chunk := fh.read(_CHUNK):
            data = chunk
            while data:
                try:
                    d.decompress(data)
                except zlib.error as exc:
                    return f"corrupt gzip data ({exc})"
                fed = True
                if d.eof:
                    data = d.unused_data
                    d = zlib.decompressobj(31)
                    fed = False
                else:
                    data = b""
    return "gzip stream ends mid-member (file truncated)" if fed and not d.eof else None


def _one_gzip_stream(path: Path) -> bool:
    """True for a WARC gzipped whole (not record by record): its first gzip member holds more
    than one record, and fastwarc then gives every record the same (compressed) offset."""
    d = zlib.decompressobj(31)
    seen = 0
    with path.open("rb") as fh:
        while not d.eof and (chunk := fh.read(_CHUNK)):
            try:
                seen += d.decompress(chunk).count(b"\r\n\r\nWARC/1.")
            except zlib.error:
                return False
            if seen:
                return True
    return False


def _is_gzip(path: Path) -> bool:
    with path.open("rb") as fh:
        return fh.read(2) == b"\x1f\x8b"


def read_warc(path: Path, *, name: str | None = None) -> Iterator[Doc | Rejected]:
    """Every HTML response of a WARC as a ``Doc`` (``input`` is ``NAME@OFFSET``, or
    ``NAME#<WARC-Record-ID>`` in a WARC gzipped as one stream)."""
    name = name or str(path)
    types = WarcRecordType.response | WarcRecordType.resource
    offset = 0
    by_id = _is_gzip(path) and _one_gzip_stream(path)  # no usable offsets: name records by id
    try:
        records = ArchiveIterator(
            str(path), record_types=types, parse_http=True, fsspec_args=False, auto_decode="content"
        )
        for record in records:
            offset = record.stream_pos
            where = f"{name}#{record.record_id}" if by_id else f"{name}@{offset}"
            is_response = record.record_type == WarcRecordType.response
            http = record.http_headers if is_response else None
            if http is not None and http.status_code != 200:
                continue
            headers = http if http is not None else record.headers
            ctype = (headers.get("Content-Type") or "").lower()
            if not ctype.startswith(_HTML_TYPES):
                continue
            expected = record.content_length
            data = record.reader.read()
            if len(data) < expected:
                yield Rejected(
                    input=name,
                    record=record.record_id if by_id else str(offset),
                    reason="truncated WARC record",
                    detail=f"{where}: payload has {len(data)} of {expected} bytes",
                )
                continue
            url = record.headers.get("WARC-Target-URI") or None
            yield _html_doc(data, input=where, url=url, ctype=ctype)
    except OSError as exc:
        yield Rejected(
            input=name, record=str(offset), reason="unreadable WARC", detail=f"{name}: {exc}"
        )
        return
    if _is_gzip(path):
        problem = gzip_truncation(path)
        if problem:
            yield Rejected(input=name, reason="truncated gzip", detail=f"{name}: {problem}")
