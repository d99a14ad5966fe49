"""The site's notices printed around the article (round 13 of ``benchmarks/parse_layouts_13.py``):
an opinion page's or an aggregator's disclaimer (``المقالات المنشورة تعبر عن آراء كتابها ولا
تعبر بالضرورة عن رأي الصحيفة``, ``هذا الخبر منقول من X … والمصدر الأصلي هو المسؤول عن صحة
الخبر``) and a cookie banner (``boilerplate.is_site_notice``).

They are looked for where a site prints them, not on every line (the test folds the line, and a
page's paragraphs are most of its lines): on the line right over each closing line (the source
or tags, with boilerplate between), on every text line under the article's first closing line
(related lists, comment threads, a consent box under them), and, on a page with no closing
line, on its last lines. A cookie banner over the headline is ``extent.is_banner``'s.
"""

from __future__ import annotations

from akhbar.parse.boilerplate import is_site_notice
from akhbar.parse.lines import Kind, Line
from akhbar.parse.order import CLOSING

__all__ = ["mark_notices"]

#: the lines of a page with no closing line that may hold a notice: its last few
_TAIL = 4
_TEXT, _BOILER = Kind.TEXT, Kind.BOILER
#: ``order.CLOSING``'s kinds, one by one
_SOURCE, _TAGS, _TAG_HEADER, _HASHTAGS = CLOSING


def _places(lines: list[Line]) -> list[int]:
    """The indexes of the text lines a notice may stand on (see the module's docstring)."""
    # (``is`` tests: an Enum member compared by ``in`` calls ``==`` on each kind it is not)
    closing = [
        k
        for k, (_, _, _, kind, _, _, _) in enumerate(lines)
        if kind is _SOURCE or kind is _TAGS or kind is _TAG_HEADER or kind is _HASHTAGS
    ]
    if not closing:
        return [k for k in range(max(0, len(lines) - _TAIL), len(lines))]
    out = []
    for c in closing:
        k = c - 1
        while k >= 0 and lines[k].kind is _BOILER:
            k -= 1
        if k >= 0:
            out.append(k)
    out += range(closing[0] + 1, len(lines))
    return out


def mark_notices(lines: list[Line]) -> list[Line]:
    """``lines`` with each site notice made boilerplate (the same list when there is none)."""
    out: list[Line] | None = None
    for k in _places(lines):
        ln = lines[k]
        if ln.kind is _TEXT and is_site_notice(ln.text):
            if out is None:
                out = list(lines)
            out[k] = ln._replace(kind=_BOILER)
    return lines if out is None else out
