"""Several full articles on one page: an infinite-scroll page prints the next articles in full
under the one it was fetched for, each in an ``<article>`` of the same markup.

Read as one box they would run together into one body with every article's tags and writer.
The page's own article is the one whose heading (``<h1>`` / ``<h2>``) its ``<title>`` (or
``og:title``) names, however short, else the first full one; the others are ``embedded``
articles (SCHEMA.md: "other full articles printed on the page"), each read on its own. Another
``<article>`` with a heading of its own is one when it holds a body's worth of Arabic paragraph
text, or a paragraph's worth printed in the same markup as the page's own (the feed's next
story, however short): a comment (no heading) or a related card in other markup (a heading
and a teaser) is not.
"""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser, LexborNode

from akhbar.read.htmlbox import MIN_BODY_CHARS, MIN_PARAGRAPH, arabic_len
from akhbar.read.htmlmeta import collapse

__all__ = ["other_articles"]

_MAX_ARTICLES = 30


def _heading(node: LexborNode) -> str:
    found = node.css_first("h1") or node.css_first("h2")
    return collapse(found.text()) if found is not None else ""


def _letters(node: LexborNode) -> int:
    """Arabic letters of ``node``'s paragraphs (half its text when it has no ``<p>``)."""
    paragraphs = node.css("p")
    if paragraphs:
        return sum(arabic_len(p.text()) for p in paragraphs)
    return arabic_len(node.text()) // 2


def _same_markup(a: LexborNode, b: LexborNode) -> bool:
    return a.attributes.get("class") == b.attributes.get("class")


def _nested(node: LexborNode, others: list[LexborNode]) -> bool:
    parent = node.parent
    while parent is not None:
        if any(parent == other for other in others):
            return True
        parent = parent.parent
    return False


def other_articles(tree: LexborHTMLParser, title: str) -> list[LexborNode]:
    """The full ``<article>``s of the page that are not its own (none when it prints one).
    ``title``: the page's ``<title>`` / ``og:title``, which names its own article."""
    articles = tree.css("article")
    if len(articles) < 2 or len(articles) > _MAX_ARTICLES:
        return []
    headed = [a for a in articles if _heading(a)]
    headed = [a for a in headed if not _nested(a, headed)]
    if len(headed) < 2:
        return []
    title = collapse(title)
    named = [a for a in headed if title and _heading(a) in title]
    full = [a for a in headed if _letters(a) >= MIN_BODY_CHARS]
    if named:  # the page's own article, however short
        own = max(named, key=lambda a: len(_heading(a)))
    elif full:
        own = full[0]
    else:
        return []
    # another article printed in the same markup as the page's own is one of the feed's, short
    # or not; one in other markup only when it is a full article (not a card with a teaser)
    return [
        a
        for a in headed
        if a != own
        and (
            _letters(a) >= MIN_BODY_CHARS or (_same_markup(a, own) and _letters(a) >= MIN_PARAGRAPH)
        )
    ]
