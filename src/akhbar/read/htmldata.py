"""The article as a page's scripts hold it: ``<script type="application/json">`` data (Next.js'
``__NEXT_DATA__``, other frameworks' state) and JSON-LD ``articleBody``.

A client-rendered page prints a skeleton (empty placeholders, a "loading" line) and ships the
article as data for its JavaScript; ``read_html`` reads that data when the markup holds too
little text. The article is the JSON object with the longest Arabic text under a body-like key;
its headline, date, author and tags are read from the same object under the names frameworks
and CMSs give them (``title``, ``publishedAt``, ``author.name``, ``tags[].name`` …).
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from selectolax.lexbor import LexborHTMLParser, LexborNode

from akhbar.read.htmlmeta import collapse

__all__ = ["ScriptArticle", "json_scripts", "script_article"]

_ARABIC = re.compile(r"[\u0600-\u06FF]")
_TAG = re.compile(r"<(?:p|br|div|h[1-6]|li|blockquote)\b", re.I)
#: keys under which data holds an article's text, as HTML or as text with newlines
_BODY_KEYS = (
    "articleBody",
    "body",
    "content",
    "contentHtml",
    "content_html",
    "bodyHtml",
    "body_html",
    "html",
    "text",
    "fullText",
)
_TEXT_KEYS = ("html", "rendered", "text", "content", "value", "data")
_TITLE_KEYS = ("headline", "title", "name")
_DATE_KEYS = (
    "datePublished",
    "publishedAt",
    "published_at",
    "publishDate",
    "publish_date",
    "publishedDate",
    "published",
    "firstPublished",
    "createdAt",
    "created_at",
    "date",
)
_AUTHOR_KEYS = ("author", "authors", "byline", "writer", "creator")
_TAG_KEYS = ("tags", "keywords", "topics")
_NAME_KEYS = ("name", "title", "label", "displayName")
_BLOCKS = "p, h2, h3, h4, blockquote, li"
_MAX_DEPTH = 12
_MIN_LETTERS = 50


@dataclass(frozen=True)
class ScriptArticle:
    """An article found in script data: paragraphs and what the same object says about it."""

    body: tuple[str, ...]
    headline: str | None = None
    published: str | None = None
    byline: str | None = None
    tags: tuple[str, ...] = ()


def json_scripts(tree: LexborHTMLParser) -> list[str]:
    """The text of every ``<script type="application/json">`` (read before scripts are dropped)."""
    return [node.text() for node in tree.css('script[type="application/json"]')]


def _objects(value: Any, depth: int = 0) -> Iterator[Mapping[str, Any]]:
    if depth > _MAX_DEPTH:
        return
    if isinstance(value, list):
        for item in value:
            yield from _objects(item, depth + 1)
    elif isinstance(value, dict):
        yield value
        for item in value.values():
            if isinstance(item, (dict, list)):
                yield from _objects(item, depth + 1)


def _text_of(value: Any) -> str | None:
    """A body value as one string: a string, or a list of strings / blocks with text, one line
    each. A block is ``{"text": …}``-like, WordPress's ``{"rendered": …}``, Editor.js's
    ``{"data": {"text": …}}``, or a rich-text block whose ``children`` are inline spans
    (Portable Text, Slate): the spans join into one paragraph."""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        parts = [t for t in (_text_of(v) for v in value) if t]
        return "\n".join(parts) or None
    if isinstance(value, dict):
        if isinstance(value.get("children"), list):
            return "".join(_text_of(c) or "" for c in value["children"]) or None
        for key in _TEXT_KEYS:
            if isinstance(value.get(key), (str, list, dict)):
                return _text_of(value[key])
    return None


def _plain(value: Any) -> str | None:
    """A title or a date as a string (``{"rendered": "…&#8211;…"}`` unescaped)."""
    text = _text_of(value) if isinstance(value, dict) else value
    if not isinstance(text, str):
        return None
    return collapse(html.unescape(text)) or None


def _embedded(obj: Mapping[str, Any]) -> tuple[str | None, tuple[str, ...]]:
    """(author, tags) from a HAL ``_embedded`` block (WordPress's REST API with ``_embed``):
    the authors' names, and the terms of a tag taxonomy (``post_tag``)."""
    block = obj.get("_embedded")
    if not isinstance(block, dict):
        return None, ()
    author = _name(block.get("author"))
    terms = [
        t
        for t in _objects(list(block.values()))
        if "tag" in str(t.get("taxonomy") or "") and isinstance(t.get("name"), str)
    ]
    return author, tuple(dict.fromkeys(collapse(html.unescape(t["name"])) for t in terms))


def _paragraphs(text: str) -> list[str]:
    """HTML (a fragment of ``<p>``s or ``<br>``-broken text) or plain text → paragraphs."""
    if _TAG.search(text):
        tree = LexborHTMLParser(f"<div>{text}</div>")
        blocks = tree.css(_BLOCKS)
        if blocks:
            ids = {b.mem_id for b in blocks}
            return [t for t in (collapse(b.text()) for b in blocks if not _nested(b, ids)) if t]
        for br in tree.css("br"):
            br.replace_with("\n")
        text = tree.body.text() if tree.body is not None else ""
    return [t for t in (collapse(line) for line in text.split("\n")) if t]


def _nested(block: LexborNode, ids: set[int]) -> bool:
    """True when ``block`` stands inside another block (an ``<li>`` holding a ``<p>``)."""
    node = block.parent
    while node is not None:
        if node.mem_id in ids:
            return True
        node = node.parent
    return False


def _name(value: Any) -> str | None:
    """A person's name from a string, a ``{"name": …}`` object or a list of them; an outlet
    named as author (JSON-LD ``"@type": "…Organization"``) is no byline."""
    if isinstance(value, str):
        return collapse(value) or None
    if isinstance(value, list):
        names = [n for n in (_name(v) for v in value) if n]
        return "، ".join(names) or None
    if isinstance(value, dict) and not str(value.get("@type") or "").endswith("Organization"):
        for key in _NAME_KEYS:
            if isinstance(value.get(key), str) and value[key].strip():
                return collapse(value[key])
    return None


def _tags(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        return tuple(t for t in (collapse(t) for t in re.split(r"[،,;؛]", value)) if t)
    if isinstance(value, list):
        found = [_name(v) for v in value if not isinstance(v, list)]
        return tuple(dict.fromkeys(t for t in found if t))
    return ()


def _first(obj: Mapping[str, Any], keys: Iterable[str]) -> Any:
    for key in keys:
        if obj.get(key):
            return obj[key]
    return None


def script_article(scripts: Iterable[str], ld: Iterable[Mapping[str, Any]]) -> ScriptArticle | None:
    """The article held in script data, or None when no object holds enough Arabic text."""
    best: tuple[int, Mapping[str, Any], str] | None = None
    roots: list[Any] = list(ld)
    for text in scripts:
        try:
            roots.append(json.loads(text))
        except (ValueError, RecursionError):  # broken, or nested past the parser's depth
            continue
    for obj in _objects(roots):
        for key in _BODY_KEYS:
            body = _text_of(obj.get(key))
            if not body:
                continue
            letters = len(_ARABIC.findall(body))
            if letters >= _MIN_LETTERS and (best is None or letters > best[0]):
                best = (letters, obj, body)
    if best is None:
        return None
    _, obj, body = best
    author, terms = _embedded(obj)
    tags = _tags(_first(obj, _TAG_KEYS))
    return ScriptArticle(
        body=tuple(_paragraphs(body)),
        headline=_plain(_first(obj, _TITLE_KEYS)),
        published=_plain(_first(obj, _DATE_KEYS)),
        byline=_name(_first(obj, _AUTHOR_KEYS)) or author,
        tags=tags or terms,
    )
