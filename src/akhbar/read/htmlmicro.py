"""schema.org microdata (``itemscope`` / ``itemprop``) read into the shape of a JSON-LD object.

Sites whose CMS predates JSON-LD declare the article in the markup itself: ``<div itemscope
itemtype="https://schema.org/NewsArticle">`` around ``<h2 itemprop="headline">``, ``<meta
itemprop="datePublished" content="…">``, an ``itemprop="author"`` Person or Organization with
its ``itemprop="name"``, ``itemprop="keywords"``. ``article_item`` gives the first article item
as the dict JSON-LD would (``{"@type": "NewsArticle", "headline": …, "author": {"@type":
"Person", "name": …}}``), so the reader's JSON-LD rules (an outlet as author is no byline, the
declared headline over a ``<title>`` that only names the site) read it too. selectolax has no
microdata reader, and extruct (which has) would parse the page a second time with lxml.
"""

from __future__ import annotations

from typing import Any

from selectolax.lexbor import LexborHTMLParser, LexborNode

from akhbar.read.htmlmeta import collapse

__all__ = ["article_item"]

#: item types that are an article (``NewsArticle``, ``BlogPosting``, ``ReportageNewsArticle`` …)
_ARTICLE_TYPES = ("Article", "BlogPosting", "Posting", "Report")
#: properties read, with the item property they become (``name`` titles a ``BlogPosting``)
_PROPERTIES = ("headline", "name", "datePublished", "dateCreated", "author", "keywords")
_MAX_ITEMS = 20


def _types(node: LexborNode) -> list[str]:
    """The item's types without their vocabulary: ``https://schema.org/NewsArticle`` → ``NewsArticle``."""
    return [
        t.rstrip("/").rsplit("/", 1)[-1] for t in (node.attributes.get("itemtype") or "").split()
    ]


def _owner(node: LexborNode, root: LexborNode) -> bool:
    """True when ``node``'s nearest ``itemscope`` above it is ``root`` (not a nested item)."""
    parent = node.parent
    while parent is not None and parent != root:
        if "itemscope" in parent.attributes:
            return False
        parent = parent.parent
    return parent is not None


def _value(node: LexborNode) -> str:
    """A property's value as microdata defines it: ``content`` (a ``<meta>``, or any element
    that gives one), ``datetime`` of a ``<time>``, else the element's text."""
    attrs = node.attributes
    if attrs.get("content") is not None:
        return collapse(attrs.get("content") or "")
    if node.tag == "time" and attrs.get("datetime"):
        return collapse(attrs.get("datetime") or "")
    return collapse(node.text())


def _item(root: LexborNode, depth: int = 0) -> dict[str, Any]:
    """One item's properties (first value of each); a nested item (an author Person) as a dict."""
    out: dict[str, Any] = {"@type": (_types(root) or [""])[0]}
    for node in root.css("[itemprop]"):
        if not _owner(node, root):
            continue
        names = (node.attributes.get("itemprop") or "").split()
        for name in names:
            if (depth == 0 and name not in _PROPERTIES) or name in out:
                continue
            if node.tag == "time" and name.startswith("date"):
                continue  # read with every <time> by htmldates: a UTC one is given its local day
            if "itemscope" in node.attributes:
                if depth == 0:
                    out[name] = _item(node, depth + 1)
            else:
                value = _value(node)
                if value:
                    out[name] = value
    return out


def article_item(tree: LexborHTMLParser) -> dict[str, Any] | None:
    """The page's first top-level article item, as a JSON-LD-shaped dict, or None."""
    for node in tree.css("[itemscope][itemtype]")[:_MAX_ITEMS]:
        if any(t.endswith(_ARTICLE_TYPES) for t in _types(node)):
            item = _item(node)
            if "headline" not in item and isinstance(item.get("name"), str):
                item["headline"] = item["name"]
            return item if len(item) > 1 else None
    return None
