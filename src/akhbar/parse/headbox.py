"""A related box printed between the headline and its date, or between the date and the lead
(round 16 of the layouts).

Some themes put the read-also box right under the heading, before the meta line: the
headline, ``اقرأ أيضاً`` / ``أخبار ذات صلة`` alone on its line, two or more headlines of other
articles, then the article's date or byline line. Read top-down, the last of those headlines
would stand over the date where the headline stands, and the article's own headline would
read as a kicker. The box is a read-also label right under the page's first line (past
buttons), over plain lines down to a date or byline line: the items are related, the label
discarded, and the first line stays the headline over its date. A side list printed before the
headline (the label first, ``akhbar.parse.sidebars``) is not this: here the label stands second.
Other pages cost one test of the second line's kind.
"""

from __future__ import annotations

from akhbar.parse.draft import Out
from akhbar.parse.lines import Kind, Line
from akhbar.parse.related import add_related, article_paragraph

__all__ = ["HEAD_META", "ITEMS", "MIN_ITEMS", "box_under_headline"]

#: the lines that stand under a headline: its date or byline
HEAD_META = (Kind.DATE, Kind.BYLINE)
#: what a box's or a side list's item reads as (a headline may read as hashtags)
ITEMS = (Kind.TEXT, Kind.HASHTAGS)
#: a box lists two headlines at least (one line over the date is the headline itself)
MIN_ITEMS = 2
#: and a few at most: a longer run is the article's text, not a box
_MAX_ITEMS = 6


def box_under_headline(lines: list[Line], i: int, out: Out) -> list[Line]:
    """``lines`` without a read-also box printed between the headline (``lines[i]``, the first
    line past buttons and a breadcrumb) and its date or byline line, or between that date and
    the lead, the box's items made related in ``out``; other pages are returned as they are."""
    if i + 2 < len(lines) and lines[i + 1].kind is Kind.DATE:
        return _box_over_lead(lines, i + 2, out)
    h = i + 1
    if h >= len(lines) or lines[h].kind is not Kind.READ_ALSO or lines[i].kind is not Kind.TEXT:
        return lines
    if lines[h].value is not None:
        return lines
    j = h + 1
    while j < len(lines) and lines[j].kind in ITEMS and j - h <= _MAX_ITEMS:
        j += 1
    if not (MIN_ITEMS <= j - h - 1 <= _MAX_ITEMS and j < len(lines)):
        return lines
    if lines[j].kind not in HEAD_META:
        return lines
    return _take_box(lines, h, j, out)


def _box_over_lead(lines: list[Line], h: int, out: Out) -> list[Line]:
    """A bare read-also label at ``h``, under the headline and its date, over headlines down
    to a line only an article has (the lead): the items related, the label discarded. Taken
    off before the headline is looked for, as a headline opening with a credit's label
    (``تقرير: …``) is the headline only where the body comes next."""
    if lines[h].kind is not Kind.READ_ALSO or lines[h].value is not None:
        return lines
    j = h + 1
    while j < len(lines) and lines[j].kind is Kind.TEXT and not article_paragraph(lines[j].text):
        j += 1
    if not (MIN_ITEMS <= j - h - 1 <= _MAX_ITEMS and j < len(lines)):
        return lines
    if lines[j].kind is not Kind.TEXT:
        return lines
    return _take_box(lines, h, j, out)


def _take_box(lines: list[Line], h: int, j: int, out: Out) -> list[Line]:
    """``lines`` without the box from its label at ``h`` to ``j``: the label discarded, the
    items related."""
    out.discard(lines[h], lines[h].label)
    for line in lines[h + 1 : j]:
        add_related(out, line.n, line.text)
    return [*lines[:h], *lines[j:]]
