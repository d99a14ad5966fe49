"""Marks an HTML-to-text tool prints that the page did not: lynx's link numbers and its list
of addresses, and the bullet a text browser draws before a list item.

``lynx -dump`` prints ``[12]`` before each link's text and, at the end, ``References`` over the
numbered addresses; w3m, inscriptis, html2text and lynx draw an ``<li>`` as an indented bullet
(``  • الرئيسية``, ``  * محليات``, ``     * [3]دوليات``). A page read from them is read as a
browser prints it, where a menu, a list of tags or of related headlines is a run of lines
(``benchmarks/parse_tools.py``). What a mark holds is kept: the link numbers and the list of
addresses are given back, one line each, to be placed in ``discarded``; a bullet drawn in
front of an item (no letter or digit) is the tool's drawing, like its indentation, and goes.

A bullet the page typed itself stands at the line's start (``• نقطة``, ``- عنوان``); the
tool's stands after the indentation it draws a list with, and only ``*``, ``+`` and ``•``,
the marks text browsers and html2text draw (lynx's deeper levels use letters: ``o``).
"""

from __future__ import annotations

import re

from akhbar.parse.lines import Kind, classify
from akhbar.parse.unwrap import unwrap
from akhbar.parse.vocab import BYLINE_LOOSE_RE, BYLINE_RE, DATE_LABEL_RE

__all__ = ["unprint"]

#: the labels over lynx's list of the page's links, closing the dump (then ``   1. URL``)
_REFERENCES = ("References", "Visible links", "Visible links:", "Hidden links:")
#: one address of that list
_REFERENCE = re.compile(r"[ \t]*\d+\.[ \t]+\S+[ \t]*")
#: how lynx's label over that list is looked for, in an indented page only
_REFERENCES_LABEL = re.compile(r"\n[ \t]*(?:References|Visible links|Hidden links:)[ \t]*\n")
#: an indented line: lynx indents its paragraphs, every tool a list's items
_INDENTED = re.compile(r"\n[ \t]")
#: the number lynx puts before a link's text (``[12]محليات``)
_LINK_MARK = re.compile(r"\[\d+\]")
#: the mark lynx prints for a form's button (``(BUTTON) القائمة``)
_BUTTON = "(BUTTON)"
#: a meta row is short: a byline, a date and their labels
_MAX_META_ROW = 150
#: two colons close together on a line: a byline's label, a name of a few words and a date's
#: label (``بقلم: فلان الفلاني نشر في: …``)
_TWO_COLONS = re.compile(r":[^:\n]{1,60}:")
#: lynx's mark for a picture with no text: its file's name in brackets (``[facebook_icon.png]``,
#: ``[IMG]``), and for a frame: ``IFRAME:`` over its address (one line once unwrapped)
_PICTURE = re.compile(r"\[(?:IMG|INLINE|[^\[\]\s]+\.(?:png|jpe?g|gif|svg|webp|ico))\]", re.I)
_FRAME = re.compile(r"(?m)^[ \t]*IFRAME:[^\n]*$")
#: WordPress's meta row in Arabic, a date and then its writer (``نشر في 2015-08-09 بواسطة فلان``):
#: the word "by", looked for in the page's head only, where the row stands under the headline
_BY = "بواسطة"
_HEAD = 2000
#: a text browser's bullet before a list item: indented, then ``*``, ``+`` or ``•`` and a space
_ITEM = re.compile(r"(?m)^([ \t]+)[*+•][ \t]+(?=\S)")


def unprint(text: str) -> tuple[str, list[str]]:
    """``text`` as the page printed it, and what a tool's marks held (lynx's link numbers, then
    its list of addresses: one line each; ``[]`` when there are none): the lines a fixed-width
    dump broke joined back (``unwrap``: the marks are still there, the width counted them),
    lynx's marks and the bullets a tool drew taken off, a byline and a date printed on one line
    set on two.

    lynx indents every paragraph and each tool indents a list's items: a page with no indented
    line (most pages; one search) holds none of their marks."""
    removed: list[str] = []
    indented = text[:1] in (" ", "\t") or _INDENTED.search(text) is not None
    refs = _references(text) if indented and _REFERENCES_LABEL.search(text) else None
    if refs is not None:
        removed.extend(x.strip() for x in text[refs:].split("\n") if x.strip())
        text = text[:refs]
    text = unwrap(text)
    if refs is not None:
        marks = _LINK_MARK.findall(text)
        if marks:
            text = _LINK_MARK.sub("", text)
            removed.insert(0, " ".join(marks))
    if indented:
        if _BUTTON in text:
            removed.extend(_BUTTON for _ in range(text.count(_BUTTON)))
            text = text.replace(f"{_BUTTON} ", "").replace(_BUTTON, "")
        text = _tool_bullets(text)
        if "IFRAME:" in text or ".png]" in text or ".jpg]" in text or "IMG]" in text:
            text = _lynx_pictures(text, removed)
    text = _meta_rows(text)
    by = text.find(_BY, 0, _HEAD)
    if by > 0:
        text = _date_by(text, by)
    return text, removed


def _tool_bullets(text: str) -> str:
    """``text`` without the bullets a tool drew: an item's bullet (``_ITEM``) indented deeper
    than the page's text lines. A page that indents every line alike (a scraper's margin)
    indents its typed bullets as much as its paragraphs: those are the page's own and stay."""
    if _ITEM.search(text) is None:
        return text
    margin = min(
        (len(ln) - len(ln.lstrip(" \t")) for ln in text.split("\n") if ln.strip()
         and not _ITEM.match(ln)),
        default=0,
    )  # fmt: skip
    return _ITEM.sub(lambda m: m.group(1) if len(m.group(1)) > margin else m.group(0), text)


def _date_by(text: str, by: int) -> str:
    """``text`` with a date line and a byline a tool printed on one line (``نشر في 2015-08-09
    بواسطة فلان``, the byline's label at ``by``) set on two; any other text as it is."""
    start = text.rfind("\n", 0, by) + 1
    end = text.find("\n", by)
    end = len(text) if end < 0 else end
    date, byline = text[start:by].strip(), text[by:end]
    if (
        date
        and end - start <= _MAX_META_ROW
        and BYLINE_LOOSE_RE.match(byline)
        and classify(0, date).kind is Kind.DATE
    ):
        return f"{text[:by].rstrip()}\n{text[by:]}"
    return text


def _lynx_pictures(text: str, removed: list[str]) -> str:
    """``text`` without lynx's marks for pictures and frames, each kept in ``removed``."""

    def keep(m: re.Match[str]) -> str:
        removed.append(m.group().strip())
        return ""

    return _PICTURE.sub(keep, _FRAME.sub(keep, text))


def _meta_rows(text: str) -> str:
    """``text`` with each meta row a tool printed on one line set on two (``_meta_row``); the
    lines holding two colons at least are looked at."""
    out: list[str] = []
    last = seen = -1
    for m in _TWO_COLONS.finditer(text):
        start = text.rfind("\n", 0, m.start()) + 1
        if start == seen:
            continue
        seen = start
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        line = text[start:end]
        row = _meta_row(line)
        if row != line:
            out.extend((text[max(last, 0) : start], row))
            last = end
    if not out:
        return text
    out.append(text[last:])
    return "".join(out)


def _meta_row(line: str) -> str:
    """A labelled byline and a labelled date that a tool printed on one line (two inline
    pieces of an article's meta row: ``بقلم: فلان نشر في: 9 آب 2015``) as two lines; any
    other line as it is. Pieces the page itself set apart (``كتب: فلان - تاريخ النشر: …``)
    are one line as printed: a byline holding its date."""
    if len(line) > _MAX_META_ROW:
        return line
    byline = BYLINE_RE.match(line)
    if byline is None:
        return line
    rest = byline.start("rest")
    for k in range(rest + 1, len(line)):
        if line[k - 1] == " " and line[k - 2].isalnum() and DATE_LABEL_RE.match(line[k:]):
            return f"{line[:k].rstrip()}\n{line[k:]}"
    return line


def _references(text: str) -> int | None:
    """Where lynx's list of addresses starts: a ``References`` line (and ``Hidden links:``)
    followed by numbered addresses only, to the page's end (None: there is none)."""
    lines = text.rstrip().split("\n")
    start = None
    for k in range(len(lines) - 1, -1, -1):
        line = lines[k].strip()
        if line in _REFERENCES:
            start = k if k < len(lines) - 1 else None
        elif line and not _REFERENCE.fullmatch(lines[k]):
            break
    return None if start is None else sum(len(x) + 1 for x in lines[:start])
