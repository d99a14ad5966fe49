"""A breadcrumb under ``أنت هنا`` ("you are here"), as a page's trail prints it when each link
is a line of its own (round 15):

    أنت هنا:
    الرئيسية
    »
    أخبار
    رياضة
    <headline>

or on one line (``أنت هنا: الرئيسية » أخبار » رياضة » <headline>``, the trail ending with the
article's own title, printed again as its heading). The label and every link of the trail are
furniture: discarded, as a breadcrumb on one line is (round 1). The trail runs over short lines
(a link is a word or three); the headline is the first longer line under it, or, when a date or
byline line comes first, the last short line (a headline of a few words). A trail without
the label (``الرئيسية`` first) is not cut here: a site's menu opens so too, over pages whose
short lines under it the earlier rounds read otherwise.
"""

from __future__ import annotations

from akhbar.parse.draft import Out
from akhbar.parse.lines import Kind, Line, words

__all__ = ["without_trail"]

#: "you are here", with and without hamza
_HERE = ("أنت هنا", "انت هنا", "إنت هنا")
_DATE = Kind.DATE
#: a breadcrumb stands in the page's first lines
_MAX_START = 12
#: a link of a trail is a word or a few
_MAX_LINK_WORDS = 3
#: what stands under the headline: the trail stops over these
_HEADER = (Kind.DATE, Kind.SOURCE, Kind.TAGS, Kind.READ_ALSO)
#: a byline is a label and a name (a longer labelled line is a headline: ``تقرير: …``)
_MAX_BYLINE_WORDS = 5


def _under_headline(line: Line) -> bool:
    """A date, source, tags or read-also line, or a byline of a name: what a headline stands
    over (the short line over it is the headline, no link of the trail)."""
    return line.kind in _HEADER or (
        line.kind is Kind.BYLINE and words(line.text) <= _MAX_BYLINE_WORDS
    )


def without_trail(lines: list[Line], out: Out) -> list[Line]:
    """``lines`` without a breadcrumb labelled ``أنت هنا`` at the page's top (discarded)."""
    for start in range(min(len(lines), _MAX_START)):
        line = lines[start]
        if line.text.startswith(_HERE):
            break
        if line.kind is _DATE:
            return lines  # (a trail stands over the headline and its date: most pages stop here)
    else:
        return lines
    label = lines[start]
    rest = label.text[len(_HERE[0]) :].strip(" :：\t")
    if rest:  # the trail on the label's line
        out.discard(label)
        return [*lines[:start], *lines[start + 1 :]]
    end = start + 1
    last_text = None
    while end < len(lines):
        ln = lines[end]
        if ln.kind is Kind.BOILER and words(ln.text) <= _MAX_LINK_WORDS:
            end += 1
            continue
        if ln.kind is not Kind.TEXT or words(ln.text) > _MAX_LINK_WORDS:
            break
        last_text = end
        end += 1
    if end < len(lines) and _under_headline(lines[end]) and last_text is not None:
        end = last_text  # a short headline over its date or byline: not a link
    for ln in lines[start:end]:
        out.discard(ln)
    return [*lines[:start], *lines[end:]]
