"""Readers for raw news inputs: plain text, HTML, WARC, RSS/Atom, JSON, CSV and Parquet corpora,
zip and tar archives of pages.

``read_path`` picks the reader from the file name and its first bytes (``format=`` overrides)
and yields ``Doc`` (a parsed page with its provenance) or ``Rejected`` (what could not be read,
with the reason) — it never raises on a bad input, so one broken file cannot stop a run.

>>> detect_format("news/2015-07-21.zip", b"PK\\x03\\x04")
'json'
>>> detect_format("crawl.warc.gz", b"\\x1f\\x8b")
'warc'
>>> detect_format("page.txt", b"<!DOCTYPE html><html lang=ar>")
'html'
>>> detect_format("page.txt", "[عاجل] انفجار في بيروت".encode())
'text'
"""

from __future__ import annotations

import bz2
import io
import sys
import tempfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Literal, get_args

from akhbar.model import Page, Rejected
from akhbar.read.doc import Doc, sha256, to_record, without_text
from akhbar.read.records import DEFAULT_FIELDS, FieldMap, outlet_of, parse_field_map

if TYPE_CHECKING:
    from akhbar.read.inputs import OnSkip, Seen
    from akhbar.read.textfiles import TextDoc

__all__ = [
    "DEFAULT_FIELDS",
    "FORMATS",
    "Doc",
    "FieldMap",
    "Format",
    "detect_format",
    "input_reject",
    "iter_any_pages",
    "iter_inputs",
    "parse_field_map",
    "read_path",
    "read_paths",
    "reject_message",
    "sha256",
    "to_record",
]

#: "json" reads JSON/JSONL corpora and archives of pages (zip, tar) alike
Format = Literal["text", "html", "warc", "rss", "json", "csv", "parquet"]
FORMATS: tuple[str, ...] = get_args(Format)

_EXTENSIONS: tuple[tuple[tuple[str, ...], Format], ...] = (
    ((".warc", ".warc.gz", ".arc", ".arc.gz"), "warc"),
    ((".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx"), "html"),
    ((".rss", ".atom"), "rss"),
    ((".zip", ".json", ".jsonl", ".ndjson", ".tar", ".tgz", ".tbz2", ".tbz"), "json"),
    ((".csv", ".tsv"), "csv"),
    ((".parquet", ".pq"), "parquet"),
)
_SNIFF = 4096


#: how an HTML page opens (after a BOM and white space)
_HTML_OPENERS = (b"<!doctype html", b"<html", b"<head", b"<body")


def _plain_head(head: bytes) -> bytes | None:
    """A file's first bytes, looked through gzip/bzip2/zstd; None when they do not decompress
    (or zstd without zstandard: the reader says what to install)."""
    from akhbar.read.compressed import compression

    try:
        kind = compression(head)
        if kind == "gzip":
            head = zlib.decompressobj(31).decompress(head, _SNIFF)
        elif kind == "bzip2":
            head = bz2.BZ2Decompressor().decompress(head, _SNIFF)
        elif kind == "zstd":
            import zstandard

            head = zstandard.ZstdDecompressor().decompressobj().decompress(head)[:_SNIFF]
    except ImportError:
        return None
    except Exception:  # zlib.error, EOFError, OSError, zstandard.ZstdError: not what it says
        return None
    return head


def _opens_as_html(head: bytes | None) -> bool:
    return head is not None and head.lstrip(b"\xef\xbb\xbf \t\r\n").lower().startswith(
        _HTML_OPENERS
    )


def _sniff(head: bytes | None) -> Format | None:
    """The reader a file's (decompressed) first bytes call for, else None."""
    if head is None:
        return None
    if head[:4] == b"PK\x03\x04" or head[257:262] == b"ustar":  # a zip, a tar
        return "json"
    if head[:4] == b"PAR1":
        return "parquet"
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if text.startswith(b"warc/"):
        return "warc"
    if text.startswith((b"{", b"[")):
        return "json"
    if b"<rss" in text or b"<feed" in text or b"<rdf:rdf" in text:
        return "rss"
    if text.startswith(_HTML_OPENERS) or b"<html" in text:
        return "html"
    if text.startswith(b"<?xml"):
        return "rss"
    return None


def detect_format(name: str, head: bytes) -> Format:
    """The reader for a file: by extension, else by content, else plain text.

    A compression ending is looked through (``page.html.gz`` is HTML), and a "page.html"
    without any markup is plain text.
    """
    from akhbar.read.compressed import plain_name
    from akhbar.read.decoding import looks_binary

    lower = plain_name(name.lower())
    plain_head = _plain_head(head[:_SNIFF])
    sniffed = _sniff(plain_head)
    for exts, fmt in _EXTENSIONS:
        if lower.endswith(exts):
            if fmt not in ("html", "rss") and _opens_as_html(plain_head):
                return "html"  # a server's page (a 404) saved under the data's own name
            # a .xml/.php page may be a feed, a .json.gz may hide a WARC: content decides ties
            if fmt == "html" and sniffed == "rss":
                return "rss"
            plain = head.strip() and b"<" not in head and not looks_binary(head)
            if fmt == "html" and sniffed is None and plain:
                return "text"  # no markup at all: a text page saved under an HTML name
            return fmt
    if lower.endswith(".xml"):
        return "rss" if sniffed in (None, "rss") else sniffed
    if lower.endswith(".txt"):  # a text page may open with "{" or "[": only markup overrides
        return sniffed if sniffed in ("html", "warc") else "text"
    return sniffed or "text"


def iter_inputs(
    paths: Iterable[str], *, on_skip: OnSkip | None = None, seen: Seen | None = None
) -> Iterator[tuple[str, Path | None]]:
    """Inputs in order: a directory gives its files recursively, sorted; ``-`` is stdin.
    Hidden and README-like entries of a directory are left out, and ``on_skip`` told
    (``inputs.walk``)."""
    from akhbar.read.inputs import walk

    yield from walk(paths, on_skip=on_skip, seen=seen)


def _read_text(
    name: str, path: Path | None, *, stdin: BinaryIO | None = None
) -> Iterator[Doc | Rejected]:
    from akhbar.parse import parse_text
    from akhbar.read.textfiles import parse_docs, text_docs_of

    docs = text_docs_of(name, path, stdin=stdin)
    for text_doc, page in parse_docs(docs, parse=parse_text):
        if isinstance(page, Rejected):
            yield page
            continue
        if isinstance(text_doc, Doc):  # a JSONL record of article fields, read as such
            yield text_doc
            continue
        raw = text_doc.text.encode("utf-8") if text_doc is not None else b""
        if (empty := without_text(page, name=name, raw=raw)) is not None:
            yield empty
            continue
        warnings = text_doc.warnings if text_doc is not None else ()
        yield Doc(page=page, outlet=outlet_of(page.url), raw_hash=sha256(raw), warnings=warnings)


#: the kinds stdin's bytes are given to a reader of their own for (else: a text page or JSONL)
_STDIN_READERS = ("html", "rss", "warc", "parquet", "csv")


def _stdin_input(stdin: BinaryIO | None) -> tuple[Format, io.BytesIO]:
    """stdin's reader and its bytes, read once: ``html``, ``rss``, ``warc`` or ``parquet``
    (its ``PAR1`` magic) when its bytes say so (looked through gzip/bzip2/zstd, as a file's
    are), else ``text`` (a text page or JSON Lines). The one place stdin's kind is told, for
    ``read_path`` and ``iter_any_pages``. CSV is never told from bytes, only by ``--format
    csv``: any text page with a comma on its first line would read as a table whose header is
    that line (and a table has no text column, so the page would be one reject, unread)."""
    raw = (stdin if stdin is not None else sys.stdin.buffer).read()
    fmt = _sniff(_plain_head(raw[:_SNIFF]))
    return (fmt if fmt in ("html", "rss", "warc", "parquet") else "text"), io.BytesIO(raw)


def _read_stdin(name: str, raw: bytes, fmt: Format, fields: FieldMap) -> Iterator[Doc | Rejected]:
    """stdin's bytes through the reader of its format (``input`` named ``name``, ``-``)."""
    from akhbar.errors import InputError
    from akhbar.read.compressed import decompress
    from akhbar.read.doc import rejected

    try:
        data = decompress(raw, name=name)
    except InputError as exc:
        yield rejected(name, str(exc))
        return
    if fmt == "html":
        from akhbar.read.html import read_html

        yield read_html(data, input=name)
    elif fmt == "rss":
        from akhbar.read.rss import read_feed_bytes

        yield from read_feed_bytes(data, name=name)
    elif fmt == "csv":
        from akhbar.read.csvfiles import read_csv_bytes

        yield from read_csv_bytes(data, name=name, fields=fields)
    elif fmt == "parquet":
        from akhbar.read.parquetfiles import read_parquet

        yield from read_parquet(io.BytesIO(data), name=name, fields=fields)
    else:  # a WARC: its reader (fastwarc) takes a file
        from akhbar.read.warc import read_warc

        with tempfile.TemporaryDirectory(prefix="akhbar-stdin-") as tmp:
            path = Path(tmp) / "stdin.warc"
            path.write_bytes(data)
            yield from read_warc(path, name=name)


def input_reject(name: str, path: Path | None) -> Rejected | None:
    """A ``Rejected`` for an input of ``iter_inputs`` that is no file to read (a missing path,
    a broken link, a pipe, an empty or unreadable directory), else None."""
    from akhbar.read.doc import rejected
    from akhbar.read.inputs import input_problem

    problem = input_problem(name, path)
    return None if problem is None else rejected(name, problem)


def read_path(
    name: str,
    path: Path | None = None,
    *,
    format: Format | None = None,
    fields: FieldMap = DEFAULT_FIELDS,
    stdin: BinaryIO | None = None,
) -> Iterator[Doc | Rejected]:
    """Every document of one input file (``name`` as the user gave it; ``-`` is stdin, read
    as an HTML page, a feed, a WARC or Parquet when its bytes say so, else as a text page or
    JSONL; ``format`` overrides, for a file and for stdin: CSV on stdin needs ``csv``)."""
    if path is None and name != "-":
        path = Path(name)
        if not path.exists() and not path.is_symlink():
            path = None
    reject = input_reject(name, path)
    if reject is not None:
        yield reject
        return
    if path is None:  # stdin: its kind from its bytes, as a file's
        if format is None:
            format, stdin = _stdin_input(stdin)
        if format in _STDIN_READERS:
            yield from _read_stdin(name, (stdin or sys.stdin.buffer).read(), format, fields)
        else:
            yield from _read_text(name, None, stdin=stdin)
        return
    if format is None:
        try:
            with path.open("rb") as fh:
                head = fh.read(_SNIFF)
        except OSError as exc:
            yield Rejected(input=name, reason="cannot read", detail=f"{name}: {exc.strerror}")
            return
        format = detect_format(name, head)
    if format == "json":
        from akhbar.read.corpus import read_corpus

        yield from read_corpus(path, name=name, fields=fields)
    elif format == "html":
        from akhbar.read.html import read_html_file

        yield from read_html_file(path, name=name)
    elif format == "warc":
        from akhbar.read.warc import read_warc

        yield from read_warc(path, name=name)
    elif format == "rss":
        from akhbar.read.rss import read_feed

        yield from read_feed(path, name=name)
    elif format == "csv":
        from akhbar.read.csvfiles import read_csv

        yield from read_csv(path, name=name, fields=fields)
    elif format == "parquet":
        from akhbar.read.parquetfiles import read_parquet

        yield from read_parquet(path, name=name, fields=fields)
    else:
        yield from _read_text(name, path)


def _named(r: Rejected) -> Rejected:
    """A reject whose reason names its input (as ``akhbar parse`` prints reasons alone)."""
    if r.reason.startswith((f"{r.input}:", f"{r.input} ")):
        return r
    where = f"{r.input}:{r.record}" if r.record else r.input
    rest = r.detail.removeprefix(r.input) if r.detail else ""
    if r.record and rest[:1] in ("@", "#") and rest[1:].startswith(r.record):
        # a WARC record, named as its pages are: FILE@OFFSET (FILE:N would read as a line)
        where = f"{r.input}{rest[: 1 + len(r.record)]}"
        rest = rest[1 + len(r.record) :]
    if r.record and rest.startswith(f":{r.record}"):  # FILE:LINE, FILE:LINE.K
        detail = rest[1 + len(r.record) :].lstrip(": ")
    else:
        detail = rest.lstrip("@:0123456789 ")
    reason = f"{where}: {r.reason}" + (f" ({detail})" if detail else "")
    return replace(r, reason=reason)


def reject_message(r: Rejected) -> str:
    """The one line that names a reject, its input, line and detail, as ``akhbar parse``
    prints it, so ``akhbar ingest`` says the same of the same bad input."""
    return _named(r).reason


def iter_any_pages(
    paths: Iterable[str],
    *,
    parse: Callable[..., Page],
    stdin: BinaryIO | None = None,
    on_skip: OnSkip | None = None,
    format: Format | None = None,
) -> Iterator[tuple[TextDoc | Doc | None, Page | Rejected]]:
    """Every page of ``paths`` parsed with ``parse(text, input=...)``, in input order: text and
    JSONL through ``textfiles.text_docs_of``; HTML, WARC, RSS/Atom, JSON/CSV/Parquet corpora and
    archives through their readers (one page per page, record or item; the
    ``Doc`` comes along when it has ``warnings``). ``format`` reads every input, stdin too,
    as that kind (as ``read_path``'s)."""
    from akhbar.read.textfiles import input_problem, parse_docs, plain_name, text_docs_of

    for name, path in iter_inputs(paths, on_skip=on_skip):
        fmt: Format = format or "text"
        if format is None and path is not None and input_problem(name, path) is None:
            try:
                with path.open("rb") as fh:
                    fmt = detect_format(name, fh.read(_SNIFF))
            except OSError:
                fmt = "text"  # text_docs_of reports it
        if fmt == "json" and plain_name(name.lower()).endswith((".jsonl", ".ndjson")):
            fmt = "text"  # JSON Lines of pages: the page parser given, line by line
        source = stdin
        if path is None and name == "-" and format is None:
            fmt, source = _stdin_input(stdin)
        if fmt == "text":
            for doc, page in parse_docs(text_docs_of(name, path, stdin=source), parse=parse):
                yield doc, (_named(page) if isinstance(page, Rejected) else page)
            continue
        for item in read_path(name, path, format=fmt, stdin=source):
            if isinstance(item, Rejected):
                yield None, _named(item)
            else:
                yield (item if item.warnings else None), item.page


def read_paths(
    paths: Iterable[str],
    *,
    format: Format | None = None,
    fields: FieldMap = DEFAULT_FIELDS,
    on_skip: OnSkip | None = None,
) -> Iterator[Doc | Rejected]:
    """Every document of every input (directories walked, sorted), in order.

    A file is read once, however often it is met: named twice, through a link, or inside a
    directory also given (``read_paths(["corpus/", "corpus/day.json"])``, overlapping globs).
    ``on_skip`` is told each time (``note: a.json named twice; read once``), as ``akhbar parse``
    and ``akhbar ingest`` tell the user. Reading it again would give every record twice: a
    caller counting, indexing or exporting them would have to find and drop the copies
    itself, and a library that reads what the command line reads should give what it gives.
    To read a file twice, call ``read_path`` for it twice."""
    for name, path in iter_inputs(paths, on_skip=on_skip, seen={}):
        yield from read_path(name, path, format=format, fields=fields)
