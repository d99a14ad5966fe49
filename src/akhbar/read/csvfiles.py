"""CSV and TSV corpora: one article (or raw page) per row, its columns found by header name
(``read.tables``). Each record is ``PATH#ROW`` (rows of data numbered from 1, the header not
counted); a reject names ``PATH:LINE``, the line the row starts on.

The bytes are decoded as every text is (``decoding.decode``: a BOM, UTF-16, CP1256, stray NULs
removed with a warning); quoted fields may hold line breaks; lines may end in CRLF, LF or an
old Mac's CR. The delimiter is a tab for ``.tsv``, else whichever of comma, tab and semicolon
the header line holds most of. A row the CSV parser refuses (a stray quote, a quote left open
at the end) is one reject naming its line, and reading goes on.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

from akhbar.errors import InputError
from akhbar.model import Rejected
from akhbar.read.compressed import plain_name, read_bytes
from akhbar.read.decoding import decode
from akhbar.read.doc import Doc, rejected, with_warnings
from akhbar.read.records import DEFAULT_FIELDS, FieldMap, ParseText
from akhbar.read.tables import find_columns, no_text_column, row_doc

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
    try:
        decoded = decode(data, name=name)
    except InputError as exc:
        yield rejected(name, str(exc))
        return
    rows = _rows(decoded.text, name=name, fields=fields, parse_text=parse_text)
    told = decoded.warnings
    if decoded.encoding != "utf-8":  # as a text page's encoding is told
        told = (f"note: {name}: not UTF-8, read as {decoded.encoding}", *told)
    yield from with_warnings(rows, told)


def _rows(
    text: str, *, name: str, fields: FieldMap, parse_text: ParseText | None
) -> Iterator[Doc | Rejected]:
    if csv.field_size_limit() < _FIELD_LIMIT:
        csv.field_size_limit(_FIELD_LIMIT)
    header_line = text.lstrip("\r\n").splitlines()[0] if text.strip() else ""
    reader = csv.reader(
        io.StringIO(text, newline=""), delimiter=_delimiter(name, header_line), strict=True
    )
    header: list[str] | None = None
    columns = None
    row = 0
    while True:
        line = reader.line_num + 1  # the line this row starts on
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            detail = f"{name}:{line}: {exc}"
            yield Rejected(input=name, record=str(line), reason="malformed CSV", detail=detail)
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
            detail = f"{name}:{line}: {why}"
            yield Rejected(input=name, record=str(line), reason="row without text", detail=detail)
        else:
            yield doc
    if header is None:
        yield Rejected(input=name, reason="empty file", detail="")


def read_csv(
    path: Path, *, name: str, fields: FieldMap = DEFAULT_FIELDS
) -> Iterator[Doc | Rejected]:
    """Every row of one ``.csv``/``.tsv`` file (gzip, bzip2 or zstd read through)."""
    try:
        data = read_bytes(path, name=name)
    except InputError as exc:
        yield rejected(name, str(exc))
        return
    yield from read_csv_bytes(data, name=name, fields=fields)
