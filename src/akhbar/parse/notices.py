"""The site's notices printed around the article (round 13 of ``benchmarks/parse_layouts_13.py``):
an opinion page's or an aggregator's disclaimer (``المقالات المنشورة تعبر عن آراء كتابها ولا
تعبر بالضرورة عن رأي الصحيفة``, ``هذا الخبر منقول من X … والمصدر الأصلي هو المسؤول عن صحة
الخبر``) and a cookie banner (``boilerplate.is_site_notice``).

They are looked for only where a site prints them, not on every line (the test scans the line
for a few words, and a page's paragraphs and related headlines are most of its lines): the body's
last line when the source or tags line or the readers' comments come under it
(``notice_over``), the sentences a
read-also block closes with (``without_notices``: a consent box under the related list), the
main article's last text line (``closing_notice``: a disclaimer with no source or tags under
it, over a read-also block, a related list or a comment form), and a paragraph after the
article's closing line (``page``). A cookie banner over the headline is
``extent.is_banner``'s.
"""

from __future__ import annotations

from akhbar.parse.boilerplate import is_site_notice
from akhbar.parse.draft import Out
from akhbar.parse.lines import Kind, Line, is_paragraph
from akhbar.parse.order import CLOSING

__all__ = ["closing_notice", "notice_over", "without_notices"]

_TEXT, _BOILER = Kind.TEXT, Kind.BOILER
#: what may stand between the notice and the line under it: boilerplate, the date printed at
#: the foot (``نشرت في: …`` over the tags; a date the body holds makes the notice no body's
#: last line)
_OVER = (_BOILER, Kind.DATE)


def notice_over(lines: list[Line], i: int, body: list[str], out: Out) -> None:
    """Discard the text line over the line at ``i`` (boilerplate or a date between) when it is the
    body's last line and a site notice: ``i`` is a closing line (the source or tags), or the
    comments' header (``2 تعليق``: the disclaimer closes the article over the readers'
    comments)."""
    k = i - 1
    while k >= 0 and lines[k].kind in _OVER:
        k -= 1
    if k < 0 or lines[k].kind is not _TEXT or not body or body[-1] != lines[k].text:
        return
    if is_site_notice(lines[k].text):
        body.pop()
        out.discard(lines[k])


def without_notices(seq: list[Line]) -> list[Line]:
    """A read-also block's lines with the site's notices it closes with made boilerplate (the
    same list when there is none): its last sentences, from the end up, boilerplate between (a
    consent box under the related list); a related headline is no sentence, and an embedded
    article's paragraphs are looked at no further than its last."""
    out: list[Line] | None = None
    k = len(seq) - 1
    while k >= 0:
        ln = seq[k]
        if ln.kind is _TEXT:
            if not (is_paragraph(ln.text) and is_site_notice(ln.text)):
                break
            if out is None:
                out = list(seq)
            out[k] = ln._replace(kind=_BOILER)
        k -= 1
    return seq if out is None else out


def closing_notice(lines: list[Line]) -> list[Line]:
    """The main article's lines with its last text line made boilerplate when that is a site
    notice (the same list when it is not): the site's disclaimer closing the article with no
    source or tags under it (``notice_over`` takes it over them, and a byline over it is read
    through it: ``order.closes_below``), whatever else follows it (a read-also block, a related
    list, a comment form)."""
    k = len(lines) - 1
    while k >= 0 and lines[k].kind is not _TEXT and lines[k].kind not in CLOSING:
        k -= 1
    if k < 0 or lines[k].kind is not _TEXT or not is_site_notice(lines[k].text):
        return lines
    return [*lines[:k], lines[k]._replace(kind=_BOILER), *lines[k + 1 :]]
