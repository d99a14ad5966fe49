"""Markdown a scraper prints a page in (jina reader, firecrawl): ``# عنوان``, ``**نص**``,
``[نص](https://…)`` links and ``![صورة](https://…)`` images; and a messenger's bold and italic
(``*نص*``, ``_نص_``) in a WhatsApp channel's post.

The markup is how the scraper wrote the page down, not what the page printed (as HTML tags
are): a line is read without it, its raw line keeps it. A link's URL is kept apart, by line,
for the related item the line may be (its ``url``) or for ``discarded``; a line of images only,
or of links and separators only (a menu), is boilerplate as it stands. A bullet (``* ``, ``- ``)
stays: it is printed on the page too.
"""

from __future__ import annotations

import re

from akhbar.parse.lines import Kind, Line, classify

__all__ = ["has_markup", "unmark_lines"]

_HEADING = re.compile(r"^#{1,6}[ \t]+")
_IMAGE = re.compile(r"!\[[^\]]*\]\([^()\s]*\)")
_LINK = re.compile(r"\[([^\[\]]*)\]\((https?://[^()\s]*|/[^()\s]*)\)")
_STRONG = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*|__(?=\S)(.+?)(?<=\S)__")
#: WhatsApp's bold and italic (``*عنوان*``, ``_الأحد 9/8/2015_``, ``*المصدر:* X``): one mark
#: after a space or the line's start and before a word, its twin after a word and before a
#: space or the end (``فلان*``, ``* بند`` and ``#وسم_آخر`` hold no span)
_MESSENGER = re.compile(r"(?<!\S)([*_])(?=[^\s*_])([^*_]+?)(?<=[^\s*_])\1(?!\S)")
_ALNUM = re.compile(r"[^\W_]")


#: how far into a page its opening markup is looked for (jina's preamble and the ``#`` heading)
_OPENING = 600


def has_markup(text: str) -> bool:
    """Whether a page may hold Markdown: a link or image anywhere, or a ``#`` heading or bold in
    its opening (a scrape opens with the page's heading, a messenger's post with its bold
    headline). Most pages hold none: ``"]"`` is looked for alone first (a one-character search
    is several times faster than a two-character one), and ``#`` and ``*`` only in the opening,
    as both share their low byte with a common Arabic letter (أ, ت), which slows a search
    through a whole page. Past the opening, a line that opens with ``*`` is looked for
    (``*المصدر:* X`` after the body of a page whose headline is not bold): a two-character
    search, whose ``\\n`` no Arabic letter shares."""
    if "]" in text and "](" in text:
        return True
    head = text[:_OPENING]
    return "#" in head or "*" in head or "_" in head or "\n*" in text


def _unmark(text: str) -> tuple[str, list[str]] | None:
    """``text`` without its markup and the URLs of its links (None: no markup; ``""``: a line
    the markup is all of, images or links between separators)."""
    clean = text
    urls: list[str] = []
    if text[0] == "#":
        clean = _HEADING.sub("", clean, count=1)
    if "](" in clean:
        if "![" in clean:
            clean = _IMAGE.sub(" ", clean)
            if not _ALNUM.search(clean):
                return "", []  # images only
        links = list(_LINK.finditer(clean))
        if links:
            rest = _LINK.sub(" ", clean)
            if len(links) >= 2 and not _ALNUM.search(rest):
                return "", []  # a menu of links
            urls = [m[2] for m in links]
            clean = _LINK.sub(lambda m: m[1], clean)
    if "**" in clean or "__" in clean:
        clean = _STRONG.sub(lambda m: m[1] or m[2], clean)
    if "*" in clean or "_" in clean:
        clean = _MESSENGER.sub(lambda m: m[2], clean)
    clean = clean.strip()
    if clean == text:
        return None
    return clean, urls


def unmark_lines(lines: list[Line]) -> tuple[list[Line], dict[int, list[str]]]:
    """``lines`` read without their Markdown, and the URLs of the links on each line (by line
    number); a line of images or a menu of links is boilerplate."""
    out: list[Line] = []
    links: dict[int, list[str]] = {}
    for line in lines:
        text = line.text
        if not ("](" in text or text[0] == "#" or "*" in text or "_" in text):
            out.append(line)
            continue
        unmarked = _unmark(text)
        if unmarked is None:
            out.append(line)
            continue
        clean, urls = unmarked
        if not clean:  # discarded as it stands, URLs and all
            out.append(line._replace(kind=Kind.BOILER))
            continue
        out.append(classify(line.n, clean)._replace(raw=line.raw))
        if urls:
            links[line.n] = urls
    return out, links
