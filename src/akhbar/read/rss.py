"""RSS 2.0 / RSS 1.0 / Atom feeds (feedparser): every item → one article.

Title → headline, link → url, published (RFC 822 or ISO 8601, its UTC offset kept) →
published, categories → tags, author → byline, ``content:encoded`` / Atom content (else the
description) → body paragraphs, the feed's title → outlet.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

import feedparser
from selectolax.lexbor import LexborHTMLParser

from akhbar.dates import parse_date
from akhbar.errors import InputError
from akhbar.model import Article, Page, Rejected
from akhbar.read.doc import Doc, sha256

__all__ = ["read_feed", "read_feed_bytes"]

_ISO = re.compile(
    r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?"
)
_BREAK = "\u2029"


def _collapse(s: str) -> str:
    return " ".join(s.split())


def _published(entry: Mapping[str, Any]) -> str | None:
    for key in ("published", "updated", "created"):
        value = entry.get(key)
        if not isinstance(value, str) or not value.strip():
            continue
        value = value.strip()
        m = _ISO.match(value)
        if m:
            return m.group(0).replace("Z", "+00:00").replace(" ", "T")
        try:
            return parsedate_to_datetime(value).isoformat()
        except (TypeError, ValueError, IndexError):
            pass
        parsed = entry.get(f"{key}_parsed")
        if parsed:
            return f"{parsed[0]:04d}-{parsed[1]:02d}-{parsed[2]:02d}T{parsed[3]:02d}:{parsed[4]:02d}:{parsed[5]:02d}+00:00"
        found = parse_date(value)  # an Arabic date: "الاثنين 10 أغسطس 2015", "١٠ أغسطس ٢٠١٥"
        if found:
            return found.iso
    return None


def _plain(title: str) -> str | None:
    """A title as text: feeds put markup in titles (CDATA, Atom ``type="html"``)."""
    if "<" in title:
        title = LexborHTMLParser(f"<body>{title}</body>").body.text()  # type: ignore[union-attr]
    return _collapse(title) or None


def _paragraphs(html: str) -> tuple[str, ...]:
    """Paragraphs of an item's HTML (``<p>`` blocks, ``<br>`` breaks) or plain text lines."""
    if "<" not in html:
        return tuple(p for p in (_collapse(t) for t in html.splitlines()) if p)
    tree = LexborHTMLParser(html)
    tree.strip_tags(["script", "style", "iframe"])
    for br in tree.css("br"):
        br.replace_with(_BREAK)
    blocks = tree.css("p, li, h2, h3, blockquote")
    texts = [b.text() for b in blocks] if blocks else [tree.text() if tree.body else html]
    out: list[str] = []
    for text in texts:
        out.extend(p for p in (_collapse(t) for t in text.split(_BREAK)) if p)
    return tuple(out)


def _entry_doc(entry: Mapping[str, Any], *, input: str, outlet: str | None) -> Doc | Rejected:
    title = _plain(entry.get("title") or "")
    contents = entry.get("content") or []
    html = contents[0].get("value", "") if contents else ""
    html = html or entry.get("summary") or entry.get("description") or ""
    body = _paragraphs(html)
    if title is None and not body:
        return Rejected(input=input, reason="feed item without title or text")
    tags = tuple(
        dict.fromkeys(
            _collapse(t.get("term") or t.get("label") or "")
            for t in entry.get("tags") or ()
            if (t.get("term") or t.get("label"))
        )
    )
    raw_date = entry.get("published") or entry.get("updated")
    article = Article(
        headline=title,
        published=_published(entry),
        byline=_collapse(entry.get("author") or "") or None,
        body=body,
        tags=tags,
        raw={"published": raw_date} if raw_date else {},
    )
    url = entry.get("link") or None
    blob = json.dumps(
        {"title": title, "link": url, "date": raw_date, "html": html, "tags": tags},
        ensure_ascii=False,
    )
    page = Page(input=input, main=article, url=url)
    return Doc(page=page, outlet=outlet, raw_hash=sha256(blob.encode("utf-8")))


def read_feed_bytes(data: bytes, *, name: str) -> Iterator[Doc | Rejected]:
    """Every item of one feed document."""
    feed = feedparser.parse(data)
    if not feed.entries:
        problem = feed.get("bozo_exception")
        reason = "not a feed" if problem else "feed without items"
        yield Rejected(input=name, reason=reason, detail=f"{name}: {problem or 'no items'}")
        return
    outlet = _collapse(feed.feed.get("title") or "") or None
    for i, entry in enumerate(feed.entries, start=1):
        yield _entry_doc(entry, input=f"{name}#{i}", outlet=outlet)


def read_feed(path: Path, *, name: str | None = None) -> Iterator[Doc | Rejected]:
    """One RSS/Atom file."""
    from akhbar.read.textfiles import read_bytes, rejected

    name = name or str(path)
    try:
        data = read_bytes(path, name=name)  # gzip/bzip2 decompressed
    except InputError as exc:
        yield rejected(name, str(exc))
        return
    yield from read_feed_bytes(data, name=name)
