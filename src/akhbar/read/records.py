"""One JSON record as an article: its fields found by name (``FieldMap``) and read as text.

SaudiNewsNet records (``{source, url, date_extracted, title, author, content}``) read with the
default mapping. Its ``date_extracted`` is the time the crawler fetched the page, not the
publication time; it is stored as ``published`` (``YYYY-MM-DDTHH:MM:SS``, as given) because it
is the only date the corpus has and, for articles after 2015-08-01, it is most probably the day
of publication (see the corpus README).

A record with no body field but a string ``text`` (FineWeb style ``{"text", "url", "date"}``) is
raw page text: it goes through the page parser.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any
from urllib.parse import urlsplit

from akhbar.dates import parse_date
from akhbar.model import Article, Page, Rejected
from akhbar.parse.boilerplate import share_bar_end
from akhbar.read.doc import Doc, sha256, without_text
from akhbar.read.jsonvalues import META_KEYS, json_kind, record_value, text_of

__all__ = [
    "DEFAULT_FIELDS",
    "FieldMap",
    "ParseText",
    "outlet_of",
    "parse_field_map",
    "record_doc",
]

_ISO_LIKE = re.compile(r"\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?")
_EMPTY: tuple[Any, ...] = (None, "", [], {})
#: Unix times read as dates: seconds from 2001-09-09 (1e9), milliseconds from 1e12
_EPOCH_S = 1_000_000_000
_EPOCH_MS = 1_000_000_000_000


@dataclass(frozen=True, kw_only=True)
class FieldMap:
    """For each article field, the record keys tried in order (the first non-empty wins)."""

    headline: tuple[str, ...] = ("title", "headline")
    body: tuple[str, ...] = ("content", "body", "article", "maintext")
    byline: tuple[str, ...] = ("author", "byline", "authors")
    url: tuple[str, ...] = ("url", "link")
    published: tuple[str, ...] = (
        "published",
        "date_publish",
        "datePublished",
        "pubDate",
        "date_extracted",
    )
    outlet: tuple[str, ...] = ("source", "outlet", "site", "source_domain")
    tags: tuple[str, ...] = ("tags", "keywords", "categories")
    #: raw page text for the page parser, used when no body field is present
    text: tuple[str, ...] = ("text",)


DEFAULT_FIELDS = FieldMap()


def parse_field_map(spec: str) -> FieldMap:
    """``"headline=titre,body=texte|contenu"`` → a ``FieldMap`` (unnamed fields keep defaults)."""
    names = set(FieldMap.__dataclass_fields__)
    given: dict[str, tuple[str, ...]] = {}
    for part in filter(None, (p.strip() for p in spec.split(","))):
        field, _, keys = part.partition("=")
        if field not in names or not keys:
            choices = ", ".join(sorted(names))
            raise ValueError(
                f"bad field mapping {part!r}: use FIELD=KEY[|KEY] with FIELD in {choices}"
            )
        given[field] = tuple(k.strip() for k in keys.split("|") if k.strip())
    return FieldMap(**given)


def _first(record: Mapping[str, Any], keys: Sequence[str]) -> Any:
    """The first non-empty value of ``keys``, at the top of the record, else in its metadata."""
    for key in keys:  # the common case inline: this runs 7 times per record
        value = record.get(key)
        if value not in _EMPTY:
            return value
    return record_value(record, keys) if any(k in record for k in META_KEYS) else None


def _strings(value: Any) -> list[str]:
    """The text of a JSON value: a string; a list's or an object's strings in order (nested);
    a number as written; null as nothing."""
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        value = list(value.values())
    if isinstance(value, list):
        return [s for item in value for s in _strings(item)]
    return [str(value)]


def _text(value: Any) -> str | None:
    if not isinstance(value, str):  # a string is the common case: no list to build
        value = "، ".join(v for v in _strings(value) if v.strip())
    return " ".join(_unescape(value).split()) or None


def _url(value: Any) -> str | None:
    """A record's URL: a string (the first of a list); a number is an id, not a URL."""
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str) and v.strip()), None)
    return _text(value) if isinstance(value, str) else None


def _unescape(s: str) -> str:
    """Corpora scraped from HTML keep character references (SaudiNewsNet: ``&#8220;``)."""
    return html.unescape(s) if "&" in s else s


def _published(value: Any) -> str | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return _epoch(value)
    if not isinstance(value, str) or not value.strip():
        return None
    s = value.strip()
    if _ISO_LIKE.fullmatch(s):
        if s[8:10] > "28" or s[5:7] > "12":  # only then may the day not exist
            try:
                date.fromisoformat(s[:10])
            except ValueError:
                return None  # "2015-02-30": no such day (the raw value is kept)
        return s.replace(" ", "T")
    found = parse_date(s)
    return found.iso if found else None


def _epoch(value: float) -> str | None:
    """A Unix time in seconds or milliseconds (2001..2286) as an ISO time in UTC, else None."""
    seconds = value / 1000 if value >= _EPOCH_MS else value
    if not _EPOCH_S <= seconds < 10 * _EPOCH_S:
        return None
    return datetime.fromtimestamp(int(seconds), tz=UTC).isoformat()


def _tags(value: Any) -> tuple[str, ...]:
    items = value if isinstance(value, list) else re.split(r"[،,]", " ".join(_strings(value)))
    seen: dict[str, None] = {}
    for item in items:
        tag = _text(item)
        if tag:
            seen.setdefault(tag, None)
    return tuple(seen)


def outlet_of(url: str | None) -> str | None:
    """The site a URL is on, without ``www.``: the outlet of a page that names none."""
    host = urlsplit(url).hostname if url else None
    return host.removeprefix("www.") if host else None


ParseText = Callable[..., Page]


def record_doc(
    record: Mapping[str, Any],
    *,
    input: str,
    fields: FieldMap = DEFAULT_FIELDS,
    parse_text: ParseText | None = None,
) -> Doc | Rejected:
    """One JSON record as a corpus reads it (its article fields, else its ``text`` parsed with
    ``parse_text``, the page parser by default)."""
    raw_hash = sha256(json.dumps(record, ensure_ascii=False, sort_keys=True).encode("utf-8"))
    url = _url(_first(record, fields.url))
    outlet = _text(_first(record, fields.outlet))
    body_value = _first(record, fields.body)
    if body_value is None and not any(key in record for key in fields.body):
        given = _first(record, fields.text)
        text = text_of(given)
        if text is None:
            if given is None:
                return Rejected(input=input, reason="no body or text field", detail=f"{input}")
            why = f"{json_kind(given)}, not text"
            return Rejected(input=input, reason='"text" is not a string', detail=f"{input}: {why}")
        if parse_text is None:
            from akhbar.parse import parse_text as default_parse  # loads only when needed

            parse_text = default_parse
        page = parse_text(text, input=input)
        if not url:  # (a record with its url is kept, text or not: the url is the article's)
            if page.main.headline is None and not page.main.body:
                return Rejected(
                    input=input, reason="empty record", detail=f"{input}: no text or url"
                )
            if (empty := without_text(page, name=input)) is not None:
                return empty
        if url and page.url is None:
            page = Page(**{**page.__dict__, "url": url})
        return Doc(page=page, outlet=outlet or outlet_of(url), raw_hash=raw_hash)
    body_text = _unescape("\n".join(_strings(body_value if body_value is not False else None)))
    body = tuple(p for p in (" ".join(line.split()) for line in body_text.split("\n")) if p)
    discarded: tuple[str, ...] = ()
    if body and (cut := share_bar_end(body[0])):
        # a share bar glued to the lead: kept in ``discarded``, as the page parser keeps one
        discarded, body = (body[0][:cut].rstrip(),), (body[0][cut:], *body[1:])
    stamp = _first(record, fields.published)
    raw: dict[str, str] = {"published": str(stamp)} if stamp is not None else {}
    article = Article(
        headline=_text(_first(record, fields.headline)),
        published=_published(stamp),
        byline=_text(_first(record, fields.byline)),
        body=body,
        tags=_tags(_first(record, fields.tags)),
        raw=raw,
    )
    if article.headline is None and not body and not url:  # with a url: its text was lost
        return Rejected(
            input=input, reason="empty record", detail=f"{input}: no headline, body or url"
        )
    page = Page(input=input, main=article, discarded=discarded, url=url)
    return Doc(page=page, outlet=outlet, raw_hash=raw_hash)
