"""Tabular corpora (CSV, TSV, Parquet): which column holds what, found by header name, and a
row made an article the way a JSON record is (``records.record_doc``).

The text column is the first of the ``FieldMap``'s body names (``content``, ``body``,
``article``, ``maintext``, or those given with ``--fields``), then its ``text`` names, then
common names of news datasets (``story``, ``news``, ``النص``, ``المحتوى``…); headers are
matched whatever their case. A row is an article (its text the body, its title, date, URL,
source, author and tags columns read) when the text column is a body column or the table has a
title column; else its text is a raw page for the page parser (FineWeb: ``text``, ``url``,
``date`` — a crawl date, not the page's). A row without text is a ``Rejected``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from akhbar.model import Rejected
from akhbar.read.doc import Doc
from akhbar.read.records import DEFAULT_FIELDS, FieldMap, ParseText, record_doc

__all__ = ["Columns", "find_columns", "no_text_column", "row_doc"]

#: header names news datasets use beside the FieldMap's (Arabic ones: their own datasets)
_MORE_TEXT = ("story", "news", "النص", "نص", "نص الخبر", "المحتوى", "محتوى", "الخبر", "المقال")
_MORE = {
    "headline": ("العنوان", "عنوان"),
    "published": ("date", "pub_date", "publish_date", "published_at", "datetime", "التاريخ"),
    "url": ("الرابط", "رابط"),
    "outlet": ("المصدر", "مصدر", "الموقع", "الصحيفة"),
    "byline": ("الكاتب", "المحرر"),
    "tags": ("category", "التصنيف", "القسم", "الوسوم"),
}
#: the key each field is given in the record handed to ``record_doc`` (its default names)
_RECORD_KEY = {
    "headline": "title",
    "published": "published",
    "url": "url",
    "outlet": "source",
    "byline": "author",
    "tags": "tags",
}


@dataclass(frozen=True, kw_only=True)
class Columns:
    """The columns of a table that are read: the text's, and (column, record key) for the rest."""

    text: str
    #: the text is an article's body (else a raw page for the page parser)
    article: bool
    others: tuple[tuple[str, str], ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return (self.text, *(column for column, _ in self.others))


def _pick(lowered: Mapping[str, str], keys: Sequence[str]) -> str | None:
    for key in keys:
        column = lowered.get(key.strip().lower())
        if column is not None:
            return column
    return None


def find_columns(names: Sequence[str], fields: FieldMap = DEFAULT_FIELDS) -> Columns | None:
    """The columns of a table with these header names, or None when none holds text."""
    lowered: dict[str, str] = {}
    for name in names:
        lowered.setdefault(name.strip().lower(), name)
    body = _pick(lowered, fields.body)
    text = body or _pick(lowered, (*fields.text, *_MORE_TEXT))
    if text is None:
        return None
    title = _pick(lowered, (*fields.headline, *_MORE["headline"]))
    article = body is not None or title is not None
    others: list[tuple[str, str]] = []
    for field, key in _RECORD_KEY.items():
        if not article and field != "url":
            continue  # a raw page: the page parser reads them from it (FineWeb's date is a crawl's)
        found = _pick(lowered, (*getattr(fields, field), *_MORE[field]))
        if found is not None and found != text:
            others.append((found, key))
    return Columns(text=text, article=article, others=tuple(others))


def no_text_column(name: str, names: Sequence[str]) -> Rejected:
    """A table with no column of text: its columns named, and how to name the text column."""
    shown = ", ".join(names) if names else "none"
    detail = f"{name}: its columns: {shown}; name the text column with akhbar ingest --fields body=COLUMN"
    return Rejected(input=name, reason="no text column", detail=detail)


def _plain(value: Any) -> Any:
    """A cell as a JSON value: dates and times as ISO text, bytes as UTF-8 text."""
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if value is None or isinstance(value, (str, int, float, bool, dict)):
        return value
    return str(value)  # a decimal, a time delta: as printed


def row_doc(
    row: Mapping[str, Any],
    columns: Columns,
    *,
    input: str,
    parse_text: ParseText | None = None,
) -> Doc | Rejected | None:
    """One row as a ``Doc`` (a ``Rejected`` for an empty record), or None when its text cell
    is empty or null (the caller names the row)."""
    text = _plain(row.get(columns.text))
    if text is None or (isinstance(text, str) and not text.strip()):
        return None
    record: dict[str, Any] = {"content" if columns.article else "text": text}
    for column, key in columns.others:
        value = _plain(row.get(column))
        if value not in (None, ""):
            record[key] = value
    return record_doc(record, input=input, fields=DEFAULT_FIELDS, parse_text=parse_text)
