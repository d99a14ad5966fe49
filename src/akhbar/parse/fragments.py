"""HTML left in a text page: tags a scraper did not strip (``<p>…</p>`` around each paragraph,
``<br />`` at a line's end, ``<strong>المصدر:</strong>``).

A page of text is read as its reader sees it printed: a block tag (``<p>``, ``<br>``,
``<div>``, ``<li>``, a heading) ends a line, an inline tag (``<a>``, ``<strong>``, ``<span>``)
is no text, and a script's or style's content is no text either. What is taken out is kept:
every tag removed is given back by ``strip_html`` to be placed in ``discarded`` (a link's
address too), so nothing is lost. Entities (``&quot;``, ``&nbsp;``) stay as printed: articles
carry them in their own text (510 ``&quot;`` in SaudiNewsNet's), and the dev gold keeps them.

Only pages holding a tag of HTML's are touched (``has_html``): a ``<`` in an article's text
(``<5%``) names no tag. A whole HTML document goes to the HTML reader (``akhbar.read``), not
here. Written here, not with an HTML parser: selectolax or lxml would rebuild a document and
drop what they do not print, where the text's letters must each be accounted for.
"""

from __future__ import annotations

import re

__all__ = ["has_html", "strip_html"]

_BLOCK = (
    "p|br|div|li|ul|ol|h[1-6]|tr|td|th|table|section|article|header|footer|aside|nav|"
    "blockquote|figure|figcaption|hr|dd|dt|dl|main|pre"
)
_INLINE = "a|span|strong|b|em|i|u|font|small|sup|sub|mark|abbr|cite|time|label|img|bdi|bdo"
#: a tag of HTML's (an opening, closing or empty one, attributes and all)
_TAG = re.compile(rf"</?(?:{_BLOCK}|{_INLINE}|script|style)(?:\s+[A-Za-z_:][^<>]*|\s*/)?\s*>", re.I)
_BLOCK_TAG = re.compile(rf"</?(?:{_BLOCK})\b", re.I)
#: a script's or a style's content, with its tags
_SCRIPT = re.compile(r"<(script|style)\b[^<>]*>.*?</\1\s*>", re.I | re.S)
#: where a block tag stood, until the lines are cut there
_BREAK = "\x00"
_HREF = re.compile(r"""\bhref\s*=\s*["']?([^"'\s>]+)""", re.I)


def has_html(text: str) -> bool:
    """Whether ``text`` holds a tag of HTML's (most pages hold no ``<``: it is looked for
    first)."""
    return "<" in text and _TAG.search(text) is not None


def strip_html(text: str) -> tuple[str, list[str]]:
    """``text`` as printed (block tags end lines, inline tags and scripts gone) and what was
    taken out: the links' addresses, then every tag and script in order on one line, so that
    the letters and digits of ``text`` are all in the two."""
    removed: list[str] = []

    def script(m: re.Match[str]) -> str:
        removed.append(" ".join(m.group(0).split()))
        return _BREAK

    def tag(m: re.Match[str]) -> str:
        removed.append(m.group(0))
        return _BREAK if _BLOCK_TAG.match(m.group(0)) else ""

    text = _TAG.sub(tag, _SCRIPT.sub(script, text))
    out: list[str] = []
    for line in text.split("\n"):
        if _BREAK in line:  # a line of tags only leaves no line, blank or not
            out.extend(x.strip() for x in line.split(_BREAK) if x.strip())
        else:
            out.append(line)
    return "\n".join(out), _compact(removed)


def _compact(removed: list[str]) -> list[str]:
    """The pieces taken out, joined into one line (the links' addresses first): tags are many
    and alike, and ``discarded`` lists what a reader may want to see, not every ``<p>``."""
    if not removed:
        return []
    urls = [m.group(1) for piece in removed for m in _HREF.finditer(piece)]
    return [*urls, " ".join(removed)]
