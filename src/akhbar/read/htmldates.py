"""An HTML page's publication date: ``<meta>``, JSON-LD, RDFa, ``<time>``, the URL, then visible
text read with ``akhbar.dates``.

trafilatura / htmldate guess dates from visible Arabic text (``15 آذار 2024`` → 2024-01-01); a
visible date is trusted here only when ``akhbar.dates`` reads all of it. A ``<time>`` printed
after a "last updated" label is the update, not the publication; a ``datetime`` in UTC is given
in the zone of the clock the element prints, so its day is the day the outlet printed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime, timedelta, timezone
from typing import Any
from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from akhbar.dates import find_dates, parse_date
from akhbar.read.htmlmeta import collapse, ld_first

__all__ = ["iso_date", "published"]

_ISO = re.compile(
    r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
)
#: a date in the URL path: /2023/09/18/, /2023-09-18-, /2013/middle_east/8/3/
_URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-](?:[a-z_]+/)?(\d{1,2})[/-](\d{1,2})(?:/|$|[-_])")
_UPDATED = ("تحديث", "updated", "modified", "عدل")
_MODIFIED_MARKS = ("modified", "updated")
_ZONE = re.compile(r"(?:Z|[+-]\d{2}:?\d{2})$")
_MAX_OFFSET = timedelta(hours=14)
#: how far before a ``<time>`` its label is looked for
_LABEL_CHARS = 40
_PUBLISHED_KEYS = (
    "article:published_time",
    "og:published_time",
    "article:published",
    "datepublished",
    "date_published",
    "publishdate",
    "publish-date",
    "publish_date",
    "pubdate",
    "dc.date.issued",
    "dc.date",
    "dc:date",
    "dcterms.created",
    "dcterms.issued",
    "sailthru.date",
    "parsely-pub-date",
    "article.published",
    "publication_date",
    "date",
)
_DATE_CLASSES = (
    "[class*=date], [class*=Date], [class*=time], [class*=publish], [id*=date], "
    "[itemprop=datePublished], [class*=تاريخ]"
)


def iso_date(value: str) -> str | None:
    """A date as a page's data gives it (ISO, or text ``akhbar.dates`` reads) → ISO 8601."""
    return _iso(value)


def _iso(value: str) -> str | None:
    value = value.strip()
    m = _ISO.match(value)
    if m:
        return m.group(0).replace(" ", "T")
    found = parse_date(value)
    return found.iso if found else None


def published(
    tree: LexborHTMLParser,
    metas: Mapping[str, list[str]],
    ld: list[Mapping[str, Any]],
    url: str | None,
    lines: Iterable[str] = (),
) -> tuple[str | None, str | None]:
    """(ISO date, the raw value): meta, JSON-LD, RDFa, ``<time>``, URL, then visible text."""
    for key in _PUBLISHED_KEYS:
        for value in metas.get(key, ()):
            iso = _iso(value)
            if iso:
                return iso, value
    value = ld_first(ld, "datePublished") or ld_first(ld, "dateCreated")
    if isinstance(value, str) and _iso(value):
        return _iso(value), value
    for node in tree.css("[property='dc:date'][content], [itemprop=datePublished][content]"):
        content = node.attributes.get("content") or ""
        if _iso(content):
            return _iso(content), content
    updated_time: tuple[str, str] | None = None
    for node in tree.css("time"):
        attrs = node.attributes
        for candidate in (attrs.get("datetime"), attrs.get("content"), node.text()):
            iso = _iso(candidate) if candidate else None
            if iso and candidate:
                iso = _local_time(iso, node.text()) or iso
                if _names_update(node) or _after_update_label(node):
                    updated_time = updated_time or (iso, candidate)
                    break
                return iso, candidate
    m = _URL_DATE.search(urlsplit(url).path) if url else None
    if m:
        iso = _iso(f"{m[1]}-{int(m[2]):02d}-{int(m[3]):02d}")
        if iso:
            return iso, m.group(0)
    texts = [collapse(n.text()) for n in tree.css(_DATE_CLASSES)]
    texts.extend(lines)
    updated: tuple[str, str] | None = None
    for text in texts:
        if not 4 < len(text) < 160:
            continue
        for found in find_dates(text):
            after = text[found.span[1] : found.span[1] + 20]
            label = (found.label or "") + " " + text[: found.span[0]] + " " + after
            if any(word in label.lower() for word in _UPDATED):
                updated = updated or (found.iso, text)
                continue
            return found.iso, text
    return updated or updated_time or (None, None)


def _names_update(node: LexborNode) -> bool:
    """A ``<time>`` whose markup names it the modification only: microdata's ``dateModified``,
    a class such as Instant Articles' ``op-modified`` or ``updated`` (printed unlabelled, often
    before the publication's). WordPress marks an unedited post's one ``<time>`` both
    ``published updated``: one that also says published is the publication."""
    attrs = node.attributes
    words = f"{attrs.get('itemprop') or ''} {attrs.get('class') or ''}".lower()
    return "published" not in words and any(word in words for word in _MODIFIED_MARKS)


def _after_update_label(node: LexborNode) -> bool:
    """A ``<time>`` printed after a "last updated" label (``آخر تحديث:``): the text just before
    it, in its parent or, when it opens its parent, before the parent."""
    for level in (node, node.parent):
        before = ""
        sibling = level.prev if level is not None else None
        while sibling is not None and sibling.tag != "time" and len(before) < _LABEL_CHARS:
            before = (sibling.text() or "") + before
            sibling = sibling.prev
        if before.strip():
            return any(word in before.lower() for word in _UPDATED)
    return False


def _local_time(iso: str, shown: str) -> str | None:
    """A ``datetime`` given in UTC (or another offset) re-expressed in the zone of the clock the
    element prints: ``2015-08-08T22:30:00Z`` shown as ``9 أغسطس 2015 - 01:30 ص`` is
    ``2015-08-09T01:30:00+03:00``, the same instant on the day the outlet printed. None when
    the text shows no clock, or the same one."""
    if "T" not in iso or not _ZONE.search(iso):
        return None
    seen = parse_date(shown)
    if seen is None or seen.time is None:
        return None
    try:
        instant = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return None
    utc = instant.astimezone(UTC).replace(tzinfo=None, second=0, microsecond=0)
    offset = datetime.combine(seen.date, seen.time).replace(second=0, microsecond=0) - utc
    if offset == instant.utcoffset() or abs(offset) > _MAX_OFFSET or offset % timedelta(minutes=15):
        return None
    return (utc + offset).replace(tzinfo=timezone(offset)).isoformat()
