"""CSV and TSV corpora: one article (or raw page) per row, its columns found by header name
(``read.tables``). Each record is ``PATH#ROW`` (rows of data numbered from 1, the header not
counted); a reject names ``PATH:LINE``, the line the row starts on.

The bytes are decoded as every text is (``decoding.decode``: a BOM, UTF-16, CP1256, stray NULs
removed with a warning), as they are read: a file is a stream, decoded by ``read.textstream``
and never held whole (only bytes that need NUL repairs are decoded whole); quoted fields may hold line breaks; lines may end in CRLF, LF or an
old Mac's CR. The delimiter is a tab for ``.tsv``, else whichever of comma, tab and semicolon
the header line holds most of. A row the CSV parser refuses (a stray quote, a quote left open
at the end) is one reject naming its line, and reading goes on.
"""

from __future__ import annotations

import csv
import io
import itertools
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO, TextIO

from akhbar.errors import InputError
from akhbar.model import Rejected
from akhbar.read.compressed import open_decompressed, plain_name
from akhbar.read.decoding import decode
from akhbar.read.doc import Doc, rejected, with_warnings
from akhbar.read.records import DEFAULT_FIELDS, FieldMap, ParseText
from akhbar.read.tables import find_columns, no_text_column, row_doc
from akhbar.read.textstream import Opener, TextPlan, open_text, plan_text

__all__ = ["read_csv", "read_csv_bytes"]

_DELIMITERS = (",", "\t", ";")
#: csv's default field limit (131,072 characters) is shorter than many articles: raised, for
#: the interpreter, to this (the module keeps one limit per process; raising it loses nothing)
_FIELD_LIMIT = 1 << 30


def _delimiter(name: str, header: str) -> str:
    if plain_name(name.lower()).endswith(".tsv"):
        return "\t"
    counts = {d: header.count(d) for d in _DELIMITERS}
    best = max(_DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def read_csv_bytes(
    data: bytes,
    *,
    name: str,
    fields: FieldMap = DEFAULT_FIELDS,
    parse_text: ParseText | None = None,
) -> Iterator[Doc | Rejected]:
    """Every row of one CSV/TSV text (its bytes, decompressed) as a ``Doc`` or ``Rejected``."""

    def opener() -> tuple[BinaryIO, str | None]:
        return io.BytesIO(data), None

    yield from _read(opener, name=name, fields=fields, parse_text=parse_text)


def read_csv(
    path: Path, *, name: str, fields: FieldMap = DEFAULT_FIELDS
) -> Iterator[Doc | Rejected]:
    """Every row of one ``.csv``/``.tsv`` file (gzip, bzip2 or zstd read through), read as a
    stream: the file is never held whole (``read.textstream``)."""

    def opener() -> tuple[BinaryIO, str | None]:
        return open_decompressed(path, name=name)

    yield from _read(opener, name=name, fields=fields, parse_text=None)


def _read(
    opener: Opener, *, name: str, fields: FieldMap, parse_text: ParseText | None
) -> Iterator[Doc | Rejected]:
    try:
        plan = plan_text(opener, name=name)
        if plan is None:  # NULs to repair, UTF-16 without a BOM, binary: decoded whole
            decoded = decode(b"".join(_all_bytes(opener, name=name)), name=name)
            plan = TextPlan(codec="", encoding=decoded.encoding, warnings=decoded.warnings)
            rows = _rows(
                io.StringIO(decoded.text, newline=""),
                name=name,
                fields=fields,
                parse_text=parse_text,
            )
        else:
            rows = _streamed_rows(opener, plan, name=name, fields=fields, parse_text=parse_text)
    except InputError as exc:
        yield rejected(name, str(exc))
        return
    told = plan.warnings
    if plan.encoding != "utf-8":  # as a text page's encoding is told
        told = (f"note: {name}: not UTF-8, read as {plan.encoding}", *told)
    yield from with_warnings(rows, told)


def _all_bytes(opener: Opener, *, name: str) -> Iterator[bytes]:
    stream, kind = opener()
    with stream:
        try:
            yield stream.read()
        except Exception as exc:  # EOFError, OSError, zlib.error, zstandard.ZstdError
            what = f"truncated or corrupt {kind}" if kind else "cannot read"
            raise InputError(f"{name}: {what} ({exc})") from exc


def _streamed_rows(
    opener: Opener, plan: TextPlan, *, name: str, fields: FieldMap, parse_text: ParseText | None
) -> Iterator[Doc | Rejected]:
    with open_text(opener, plan) as text:
        yield from _rows(text, name=name, fields=fields, parse_text=parse_text)


def _rows(
    text: TextIO, *, name: str, fields: FieldMap, parse_text: ParseText | None
) -> Iterator[Doc | Rejected]:
    if csv.field_size_limit() < _FIELD_LIMIT:
        csv.field_size_limit(_FIELD_LIMIT)
    lines = iter(text)
    ahead: list[str] = []  # the lines up to the header, read to choose the delimiter
    for line in lines:
        ahead.append(line)
        if line.strip("\r\n"):
            break
    header_line = ahead[-1] if ahead else ""
    reader = csv.reader(
        itertools.chain(ahead, lines), delimiter=_delimiter(name, header_line), strict=True
    )
    header: list[str] | None = None
    columns = None
    row = 0
    while True:
        line_no = reader.line_num + 1  # the line this row starts on
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            detail = f"{name}:{line_no}: {exc}"
            yield Rejected(input=name, record=str(line_no), reason="malformed CSV", detail=detail)
            continue
        if not any(cell.strip() for cell in cells):
            continue  # a blank line
        if header is None:
            header = [cell.strip() for cell in cells]
            columns = find_columns(header, fields)
            if columns is None:
                yield no_text_column(name, header)
                return
            continue
        assert columns is not None
        row += 1
        values = dict(zip(header, cells, strict=False))
        doc = row_doc(values, columns, input=f"{name}#{row}", parse_text=parse_text)
        if doc is None:
            why = f'row {row}; the "{columns.text}" column is empty'
            detail = f"{name}:{line_no}: {why}"
            yield Rejected(
                input=name, record=str(line_no), reason="row without text", detail=detail
            )
        else:
            yield doc
    if header is None:
        yield Rejected(input=name, reason="empty file", detail="")
