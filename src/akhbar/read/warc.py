"""WARC files (``.warc``, ``.warc.gz``, ``.warc.bz2``): every HTML (or plain-text) response
record → one page.

Read with fastwarc (a bzip2 file given to it as a stream); the HTTP head of a response is
parsed here, leniently (LF line ends; a page stored without its HTTP head is still a page). The payload is decoded here, record by record: a
chunked ``Transfer-Encoding`` is undone, then a ``Content-Encoding`` (gzip, deflate, br); a
payload stored already decoded under such a header (crawlers do that) is read as it is, with a
warning, and one that is neither is a ``Rejected`` for that record alone. The charset of the
HTTP ``Content-Type`` is the declared one when the payload is decoded (``decoding.decode``); a
response with no ``Content-Type`` is HTML when its payload opens with markup, and a
``text/plain`` one goes to the text page parser.

Records that are no page (requests, metadata, revisits, images, PDFs, redirects and errors) are
passed over; a WARC with no page at all is a ``Rejected`` counting what was passed over, and an
empty file says so. A record whose payload stops short of its length, or a gzip (bzip2)
stream that ends mid-member, is reported as ``Rejected`` (``truncated``) naming the file and record
offset as ``FILE@OFFSET`` (as its pages are named: ``FILE:N`` is a line); the records before it
are kept.
"""

from __future__ import annotations

import bz2
import re
import zlib
from collections import Counter
from collections.abc import Iterator, Mapping
from contextlib import ExitStack
from dataclasses import replace
from pathlib import Path
from urllib.parse import urlsplit

import brotli
from fastwarc.warc import ArchiveIterator, WarcRecord, WarcRecordType

from akhbar.errors import InputError
from akhbar.model import Page, Rejected
from akhbar.read.decoding import decode, looks_binary
from akhbar.read.doc import Doc, sha256, without_text
from akhbar.read.html import read_html

__all__ = ["gzip_truncation", "read_warc"]

_HTML_TYPES = ("text/html", "application/xhtml")
_TEXT_TYPES = ("text/plain",)
_MARKUP = (b"<!doctype html", b"<html", b"<head", b"<body", b"<?xml")
_IDENTITY = ("", "identity", "none")
_CHUNK = 1 << 20
_SNIFF = 512
#: bytes of a record read to find its HTTP head (the rest is read only for a page)
_HEAD = 1 << 16
_LINE_END = re.compile(r"\r?\n")
_HEX = re.compile(rb"[0-9a-fA-F]{1,16}")
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


def _opening(path: Path) -> bytes:
    """The first bytes of the file, decompressed when it is gzip or bzip2."""
    with path.open("rb") as fh:
        head = fh.read(_SNIFF)
    try:
        if head[:2] == b"\x1f\x8b":
            return zlib.decompressobj(31).decompress(head, _SNIFF)
        if head[:3] == b"BZh":
            return bz2.BZ2Decompressor().decompress(head, _SNIFF)
    except (OSError, EOFError, zlib.error):
        return b""
    return head


def _is_bzip2(path: Path) -> bool:
    with path.open("rb") as fh:
        return fh.read(3) == b"BZh"


def _dechunk(data: bytes) -> bytes | None:
    """A chunked ``Transfer-Encoding`` undone, or None when ``data`` is not chunked (stored
    dechunked under the header). A last chunk cut short gives what there is."""
    out: list[bytes] = []
    pos = 0
    while True:
        eol = data.find(b"\r\n", pos)
        size_text = data[pos : eol if eol != -1 else len(data)].split(b";", 1)[0].strip()
        if _HEX.fullmatch(size_text) is None:
            return None if not out else b"".join(out)
        size = int(size_text, 16)
        if eol == -1 or size == 0:
            return b"".join(out)
        out.append(data[eol + 2 : eol + 2 + size])
        pos = eol + 2 + size + 2


def _decompress(data: bytes, coding: str) -> bytes | None:
    """``data`` decoded from its ``Content-Encoding``, or None when it is not in it."""
    try:
        if coding == "br":
            return bytes(brotli.decompress(data))
        if coding == "deflate":  # zlib-wrapped as the RFC says, or raw as some servers send
            wbits = 15 if len(data) > 1 and (data[0] * 256 + data[1]) % 31 == 0 else -15
            return zlib.decompressobj(wbits).decompress(data)
        d = zlib.decompressobj(47)  # gzip (or zlib) by its header
        out = d.decompress(data)
        return out if out or d.eof else None
    except (zlib.error, brotli.error):
        return None


def _payload(data: bytes, http: Mapping[str, str]) -> tuple[bytes, str | None, str | None]:
    """A payload with its transfer and content encodings undone: (bytes, warning, problem)."""
    if "chunked" in http.get("transfer-encoding", "").lower():
        data = _dechunk(data) or data
    coding = http.get("content-encoding", "").strip().lower().removeprefix("x-")
    if coding in _IDENTITY:
        return data, None, None
    known = coding in ("gzip", "deflate", "br")
    decoded = _decompress(data, coding) if known else None
    if decoded is not None:
        return decoded, None, None
    what = f"Content-Encoding {coding}"
    if not looks_binary(data):  # stored decoded, the header kept
        why = f"but the payload is not {coding}" if known else "is unknown"
        return data, f"{what}, {why}: read as it is", None
    return data, None, f"{what}: the payload is not {coding}" if known else f"{what} is unknown"


def _http_head(block: bytes) -> tuple[int | None, dict[str, str], int] | None:
    """The status, headers (names in lower case) and length of the HTTP head that opens a
    response block, or None when the block has none (a crawler that stored the page alone).
    Lines may end in CRLF or LF; a head with no blank line after it is all head."""
    if not block.startswith(b"HTTP/"):
        return None
    crlf, lf = block.find(b"\r\n\r\n"), block.find(b"\n\n")
    if crlf != -1 and (lf == -1 or crlf < lf):
        end, size = crlf, crlf + 4
    elif lf != -1:
        end, size = lf, lf + 2
    else:
        end = size = len(block)
    lines = _LINE_END.split(block[:end].decode("latin-1"))
    parts = lines[0].split(None, 2)
    status = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None
    headers: dict[str, str] = {}
    for line in lines[1:]:
        key, colon, value = line.partition(":")
        if colon:
            headers.setdefault(key.strip().lower(), value.strip())
    return status, headers, size


def _kind(
    record: WarcRecord, http: tuple[int | None, Mapping[str, str], int] | None
) -> tuple[str, str]:
    """("html" | "text" | what else the record is, its Content-Type)."""
    if http is not None and http[0] != 200:
        return f"status {http[0]}", ""
    headers: Mapping[str, str] = http[1] if http is not None else {}
    ctype = headers.get("content-type", "").strip().lower()
    if http is None:  # a resource, or a response stored without its HTTP head
        ctype = (record.headers.get("Content-Type") or "").strip().lower()
        ctype = "" if ctype.startswith("application/http") else ctype
    if ctype.startswith(_HTML_TYPES):
        return "html", ctype
    if ctype.startswith(_TEXT_TYPES):
        return "text", ctype
    if not ctype:
        return "html", ""  # HTML when its payload opens with markup (looked at by the caller)
    return ctype.split(";")[0].strip(), ctype


def _text_doc(data: bytes, *, input: str, url: str | None, ctype: str) -> Doc | Rejected:
    """A ``text/plain`` payload through the text page parser."""
    from akhbar.parse import parse_text

    m = _CHARSET.search(ctype)
    try:
        decoded = decode(data, name=input, declared=m.group(1) if m else None)
    except InputError as exc:
        return Rejected(input=input, reason="undecodable text", detail=str(exc))
    page = parse_text(decoded.text, input=input)
    if (empty := without_text(page, name=input)) is not None:
        return empty
    if page.url is None and url:
        page = Page(**{**page.__dict__, "url": url})
    host = urlsplit(page.url).hostname if page.url else None
    outlet = host.removeprefix("www.") if host else None
    return Doc(page=page, outlet=outlet, raw_hash=sha256(data), warnings=decoded.warnings)


def _passed_over(passed: Counter[str]) -> str:
    return ", ".join(f"{n} {what}" for what, n in sorted(passed.items()))


def read_warc(path: Path, *, name: str | None = None) -> Iterator[Doc | Rejected]:
    """Every page of a WARC as a ``Doc`` (``input`` is ``NAME@OFFSET``, or
    ``NAME#<WARC-Record-ID>`` in a WARC gzipped as one stream)."""
    name = name or str(path)
    try:
        if path.stat().st_size == 0:
            yield Rejected(input=name, reason="empty file")
            return
    except OSError as exc:
        yield Rejected(input=name, reason="cannot read", detail=f"{name}: {exc.strerror}")
        return
    if _opening(path).startswith(b"filedesc://"):
        detail = f"{name}: an ARC file, the older format: convert it to WARC first"
        yield Rejected(input=name, reason="not a WARC", detail=detail)
        return
    by_id = _is_gzip(path) and _one_gzip_stream(path)  # no usable offsets: name records by id
    passed: Counter[str] = Counter()
    pages = 0
    offset = 0
    with ExitStack() as stack:
        # fastwarc reads gzip and plain WARCs itself; a bzip2 one is given as a stream
        bzip2 = _is_bzip2(path)
        source = stack.enter_context(bz2.open(path, "rb")) if bzip2 else str(path)
        try:
            records = ArchiveIterator(
                source, parse_http=False, fsspec_args=False, auto_decode="none"
            )
            for record in records:
                offset = record.stream_pos
                item = _page(record, name=name, by_id=by_id, passed=passed)
                if item is not None:
                    pages += 1
                    yield item
        except EOFError:  # the bzip2 stream ends before its end marker
            detail = f"{name}: the stream ends before its end"
            yield Rejected(input=name, reason="truncated bzip2", detail=detail)
            return
        except OSError as exc:
            detail = f"{name}@{offset}: {exc}"
            yield Rejected(input=name, record=str(offset), reason="unreadable WARC", detail=detail)
            return
    if _is_gzip(path):
        problem = gzip_truncation(path)
        if problem:
            yield Rejected(input=name, reason="truncated gzip", detail=f"{name}: {problem}")
            return
    if not pages:
        what = f"passed over: {_passed_over(passed)}" if passed else "no records"
        yield Rejected(input=name, reason="no HTML page in the WARC", detail=f"{name}: {what}")


def _page(
    record: WarcRecord, *, name: str, by_id: bool, passed: Counter[str]
) -> Doc | Rejected | None:
    """One record as a page, or a ``Rejected``; None (counted in ``passed``) when it is none."""
    rtype = record.record_type
    if rtype not in (WarcRecordType.response, WarcRecordType.resource):
        passed[str(rtype).rpartition(".")[2]] += 1
        return None
    expected = record.content_length
    block = b""
    while len(block) < _HEAD and (chunk := record.reader.read(_HEAD - len(block))):
        block += chunk  # a read may stop short of what was asked
    http = _http_head(block) if rtype == WarcRecordType.response else None
    kind, ctype = _kind(record, http)
    if kind not in ("html", "text"):
        passed[kind] += 1
        return None
    block += record.reader.read()
    data = block[http[2] :] if http is not None else block
    if not ctype and not data.lstrip()[:64].lower().startswith(_MARKUP):
        passed["no Content-Type"] += 1
        return None
    offset = record.stream_pos
    where = f"{name}#{record.record_id}" if by_id else f"{name}@{offset}"
    at = record.record_id if by_id else str(offset)
    if len(block) < expected:
        detail = f"{where}: record has {len(block)} of {expected} bytes"
        return Rejected(input=name, record=at, reason="truncated WARC record", detail=detail)
    data, warning, problem = _payload(data, http[1] if http is not None else {})
    if problem is not None:
        detail = f"{where}: {problem}"
        return Rejected(input=name, record=at, reason="undecodable WARC payload", detail=detail)
    url = record.headers.get("WARC-Target-URI") or None
    read = _text_doc if kind == "text" else _html_doc
    doc = read(data, input=where, url=url, ctype=ctype)  # (read_html rejects a soft 404)
    if warning is not None and isinstance(doc, Doc):
        doc = replace(doc, warnings=(f"{where}: {warning}", *doc.warnings))
    return doc
