"""RSS 2.0 / RSS 1.0 / Atom feeds (feedparser): every item → one article.

The bytes are decoded in ``decoding.decode``'s order (valid UTF-8 wins; an XML declaration's
encoding is a hint, a Latin-1 one over Arabic text not believed; CP1256 next) and handed to
feedparser as UTF-8, so an undeclared CP1256 feed is not read as Windows-1252. Malformed XML
(a feed cut short) is read leniently, with a warning; an HTML page or an empty file
given as a feed says so (an HTTP error page, as every reader calls one). An item with neither title nor text is kept when it has a link (its
text was lost, as for a corpus record), else it is a ``Rejected`` naming its enclosures.

Title → headline, link → url (a relative link resolved against the channel's), published (RFC 822 or ISO 8601, its UTC offset kept) →
published, categories → tags, author → byline, ``content:encoded`` / Atom content (else the
description) → body paragraphs, the feed's title → outlet.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import replace
from email.utils import parsedate_to_datetime
from html import unescape
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import feedparser
from selectolax.lexbor import LexborHTMLParser

from akhbar.dates import parse_date
from akhbar.errors import InputError
from akhbar.model import Article, Page, Rejected
from akhbar.read.decoding import decode
from akhbar.read.doc import Doc, sha256

__all__ = ["read_feed", "read_feed_bytes"]

_ISO = re.compile(
    r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?"
)
_BREAK = "\u2029"
_REFERENCE = re.compile(r"&(?:#\d+|#[xX][0-9a-fA-F]+|[a-zA-Z]\w*);")
_XML_DECLARATION = re.compile(
    rb"""^(\xef\xbb\xbf)?\s*<\?xml[^>]*?encoding\s*=\s*["']([\w.:-]+)["']"""
)
_HTML_PAGE = re.compile(r"<html|<!doctype html", re.I)
_HTML_TITLE = re.compile(r"<title[^>]*>([^<]*)</title>", re.I)


def _collapse(s: str) -> str:
    """Whitespace collapsed, and character references left over decoded: feeds often escape
    their text twice (``&amp;quot;``), which feedparser decodes once."""
    if "&" in s and _REFERENCE.search(s):
        s = unescape(s)
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


def _link(entry: Mapping[str, Any], base: str | None) -> str | None:
    """The item's link, made absolute against the channel's link when it is relative."""
    link = (entry.get("link") or "").strip() or None
    if link and base and not urlsplit(link).scheme:
        return urljoin(base, link)
    return link


def _entry_doc(
    entry: Mapping[str, Any], *, input: str, outlet: str | None, base: str | None = None
) -> Doc | Rejected:
    title = _plain(entry.get("title") or "")
    contents = entry.get("content") or []
    html = contents[0].get("value", "") if contents else ""
    html = html or entry.get("summary") or entry.get("description") or ""
    body = _paragraphs(html)
    url = _link(entry, base)
    if title is None and not body and not url:  # with a link: its text was lost (as in corpus)
        media = [e.get("href") or e.get("url") for e in entry.get("enclosures") or ()]
        shown = ", ".join(m for m in media if m)
        return Rejected(
            input=input,
            reason="feed item without title, text or link",
            detail=f"{input}: enclosure {shown}" if shown else "",
        )
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
    blob = json.dumps(
        {"title": title, "link": url, "date": raw_date, "html": html, "tags": tags},
        ensure_ascii=False,
    )
    page = Page(input=input, main=article, url=url)
    return Doc(page=page, outlet=outlet, raw_hash=sha256(blob.encode("utf-8")))


def _malformed(feed: Any) -> str | None:
    """Why feedparser's strict XML parser gave up (it then reads on leniently), else None."""
    problem = feed.get("bozo_exception") if feed.get("bozo") else None
    if problem is None or "undefined entity" in str(problem):  # &nbsp;: the lenient parser knows
        return None
    line = getattr(problem, "getLineNumber", lambda: None)()
    message = getattr(problem, "getMessage", lambda: str(problem))()
    return f"malformed XML ({message}, line {line})" if line else f"malformed XML ({message})"


def _not_a_feed(text: str) -> str | None:
    """What a text with no feed items is instead, when it is an HTML page."""
    head = text[:4096]
    if not _HTML_PAGE.search(head):
        return None
    m = _HTML_TITLE.search(text[:65536])
    title = " ".join(m.group(1).split()) if m else ""
    return f"an HTML page titled {title!r}" if title else "an HTML page"


def _html_page(data: bytes, *, name: str, what: str) -> Rejected:
    """An HTML page given as a feed: an ``HTTP error page`` when the HTML reader finds it one
    (a feed URL that answered 404, saved as .rss), as every other reader says; else "not a
    feed" naming the page."""
    from akhbar.read.html import read_html

    page = read_html(data, input=name)
    if isinstance(page, Rejected) and page.reason == "HTTP error page":
        return page
    return Rejected(input=name, reason="not a feed", detail=f"{name}: {what}")


def read_feed_bytes(data: bytes, *, name: str) -> Iterator[Doc | Rejected]:
    """Every item of one feed document."""
    m = _XML_DECLARATION.match(data[:1024])
    try:
        decoded = decode(data, name=name, declared=m.group(2).decode() if m else None, markup=True)
    except InputError as exc:
        from akhbar.read.doc import rejected

        yield rejected(name, str(exc))
        return
    text = decoded.text
    if m is not None:  # the bytes given to feedparser are UTF-8, whatever the file said
        text = re.sub(r"""(<\?xml[^>]*?encoding\s*=\s*["'])[\w.:-]+""", r"\1utf-8", text, count=1)
    feed = feedparser.parse(io.BytesIO(text.encode("utf-8")))  # a stream: never a path or URL
    if not feed.entries:
        what = _not_a_feed(text)
        problem = _malformed(feed)
        if what is not None:
            yield _html_page(data, name=name, what=what)
        else:
            reason = "not a feed" if problem else "feed without items"
            yield Rejected(input=name, reason=reason, detail=f"{name}: {problem or 'no items'}")
        return
    outlet = _collapse(feed.feed.get("title") or "") or None
    base = feed.feed.get("link") or None
    problem = _malformed(feed)
    told = (f"{name}: {problem}; read leniently (items may be incomplete)",) if problem else ()
    warnings = decoded.warnings + told
    for i, entry in enumerate(feed.entries, start=1):
        doc = _entry_doc(entry, input=f"{name}#{i}", outlet=outlet, base=base)
        if warnings and isinstance(doc, Doc):
            doc = replace(doc, warnings=warnings)
            warnings = ()
        yield doc


def read_feed(path: Path, *, name: str | None = None) -> Iterator[Doc | Rejected]:
    """One RSS/Atom file."""
    from akhbar.read.compressed import read_bytes
    from akhbar.read.doc import rejected

    name = name or str(path)
    try:
        data = read_bytes(path, name=name)  # gzip/bzip2 decompressed
    except InputError as exc:
        yield rejected(name, str(exc))
        return
    yield from read_feed_bytes(data, name=name)
