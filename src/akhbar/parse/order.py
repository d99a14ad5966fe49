"""Bylines and header lines printed out of the dev pages' order (``benchmarks/parse_order.py``).

The dev pages print the byline under the headline with the date line next to it, and close
the article with its source and tag lines. Other sites print the date at the foot (the byline
then stands alone under the headline), the source or tags in the header's meta bar, the byline
signed under the body, or the byline and date on one line under the lead. ``akhbar.parse.page``
asks these questions where such a line may stand.
"""

from __future__ import annotations

import regex

from akhbar.parse.boilerplate import is_site_notice
from akhbar.parse.credits import bare_credit
from akhbar.parse.draft import Draft
from akhbar.parse.foot import comma_signature, foot_after, is_end_mark
from akhbar.parse.header import (
    TITLE,
    byline_form,
    byline_shape,
    dateline,
    is_name_line,
    outlet_from_place,
)
from akhbar.parse.lines import (
    Kind,
    Line,
    date_in,
    is_paragraph,
    publication_date_line,
    without_date,
    words,
)
from akhbar.parse.release import box_end
from akhbar.parse.roles import role_byline
from akhbar.parse.vocab import plain_spaces

__all__ = [
    "CLOSING",
    "HEADER_META",
    "byline_under",
    "byline_under_date",
    "late_byline",
    "meta_line",
    "player_line",
]

_WORDS = regex.compile(r"[^\W_]+")


#: what the header block may also hold, read like its date: a source or tag line printed in
#: the meta bar over the text (``meta_line``)
HEADER_META = (Kind.DATE, Kind.BOILER, Kind.SOURCE, Kind.TAGS, Kind.HASHTAGS)
#: a meta bar's lines between a source or tag line and the first paragraph: the byline, the
#: date, a toolbar
_MAX_META_AFTER = 3


def byline_under(lines: list[Line], text: str, *, main: bool) -> bool:
    """A short line right under the headline, the first paragraph under it and no date line
    nor toolbar in between (the date printed at the foot, or not at all): the byline when it
    is in a byline's form — a dateline (``القاهرة :رويترز``, ``واس - المنامة``), a writer's name
    (``خلف الحربي``, ``م. فلان``, ``فلان*``), a quoted outlet from a place, a name and a place
    joined by a dash (``الباحة - عبدالرحمن الغامدي``, ``اليوم-الرياض``) or a name from a place.
    Every dev page printing such a line there reads it so, but for one kind: a dash-joined
    line naming the page's own source as its source line prints it (``عين اليوم – الرياض``
    over a page of ``المصدر: عين اليوم``) is the outlet's stamp opening its text, which the dev
    golds keep in the body (after a date line as well). Not ``main`` (a read-also article):
    only a colon or agency dateline, as the dev golds give no embedded article a byline."""
    if not main:
        return dateline(text, plain_name=False)
    if dateline(text, plain_name=True) or role_byline(text):
        return True  # (a titled writer, a writer and a role: ``akhbar.parse.roles``)
    parts = byline_form(text)
    if parts is None:
        return False
    return not any(
        ln.kind is Kind.SOURCE and ln.value and plain_spaces(ln.value) in parts for ln in lines
    )


def byline_under_date(lines: list[Line], j: int, *, main: bool) -> bool:
    """A short line right under the date line or the toolbar under it (at ``j``): the byline
    when it is a dateline (``dateline``); right under the date line itself, also when it
    joins a place and a name or an outlet by a dash (``الدمام ـ فلان``, ``الرياض ـ «الحياة»``,
    ``byline_under``), an audio player's lines between at most (round 13's listen bar). Under a
    toolbar such a line is the outlet's stamp opening the text (``عين اليوم – بيروت``: the dev
    golds keep it in the body, dev-0127, -0137, -0202)."""
    text = lines[j].text
    if _listed_above(lines, j):
        return False  # the first section's heading under a table of contents that lists it
    if dateline(text, plain_name=True):
        return True
    return (
        main
        and _date_over(lines, j)
        and (byline_under(lines, text, main=True) or outlet_from_place(text))
    )  # (``byline_under`` reads a titled writer's name: under a toolbar it is a caption, dev-0006)


#: an audio player's lines (round 13's listen bar): its label, its position or length, its
#: speed, its voice's credit; a toolbar's buttons (``طباعة``, ``شارك``) are no player's
_PLAYER = regex.compile(r"^\W*(?:ال)?استما?ع|^[\d:\s/]+$|^سرعة التشغيل|^مدعوم بالذكاء")


def player_line(line: Line) -> bool:
    """Whether a boilerplate line is an audio player's (the article's audio version, printed
    under its headline or date: the header's lines read through it)."""
    return line.kind is Kind.BOILER and _PLAYER.match(line.text) is not None


def _date_over(lines: list[Line], j: int) -> bool:
    """Whether the date line stands over the line at ``j``, an audio player's lines between
    at most."""
    k = j - 1
    while k > 0 and player_line(lines[k]):
        k -= 1
    return lines[k].kind is Kind.DATE


def _listed_above(lines: list[Line], j: int) -> bool:
    """Whether the line at ``j`` is printed, but for a number or bullet before it, in the run
    of furniture right above it (a table of contents, ``akhbar.parse.widgets``, round 13)."""
    text = lines[j].text
    k = j - 1
    while k >= 0 and lines[k].kind is Kind.BOILER:
        above = lines[k].text
        if above.endswith(text) and not any(c.isalpha() for c in above[: -len(text)]):
            return True
        k -= 1
    return False


def meta_line(lines: list[Line], k: int) -> bool:
    """Whether the source or tag line at ``k``, before any paragraph, stands in the header's
    meta bar (``تاريخ النشر: …`` / ``الوسوم: …`` / the byline / the text: themes that print a
    post's tags and source with its date) rather than closing an article of no paragraph: a
    paragraph follows within a few lines, with nothing but header lines between."""
    if lines[k].kind not in HEADER_META:
        return False  # a tag header over one tag per line: the tags run on below it
    for j in range(k + 1, min(k + 2 + _MAX_META_AFTER, len(lines))):
        line = lines[j]
        if line.kind is Kind.TEXT:
            if is_paragraph(line.text):
                return True
            if not is_name_line(line.text):
                return False
        elif line.kind not in HEADER_META:
            return False
    return False


#: what closes an article under its last paragraph (a tuple, not a set: an Enum member hashes
#: in Python code, a tuple compares by identity first)
CLOSING = (Kind.SOURCE, Kind.TAGS, Kind.TAG_HEADER, Kind.HASHTAGS)
#: how a lead-in announcing a list ends (``… كلاً من:``)
_LEAD_IN_ENDS = frozenset(":：")
#: a signature at the body's foot: letters, the signs joining a place and a name, a title's
#: dot, a footnote star, quotes
_SIGNATURE = regex.compile(r"^[\p{L}\s:\-–—()«»\"*.ـ]+$")
#: words on either side of a signature's colon (``الطائف: نورة الثقفي``)
_MAX_SIGNATURE_PART = 3


#: a release's box opens with a short line (``نبذة عن X``, ``للتواصل الإعلامي:``)
_MAX_BOX_START = 40


def closes_below(lines: list[Line], i: int) -> bool:
    """Whether a source or tag line follows the line at ``i``, or the publication's labelled
    date line printed at the foot (``تاريخ النشر: …``, ``parse_order``'s date after the body)
    or a release's issuer box (round 9): it closes the article as they do. The site's
    disclaimer between (``المقالات المنشورة تعبر عن آراء كتابها …``) is no line of the article:
    the lines under it are looked at."""
    if i + 1 >= len(lines):
        return False
    below = lines[i + 1]
    if below.kind is Kind.TEXT and is_site_notice(below.text):
        return closes_below(lines, i + 1)  # the site's disclaimer over them (round 13)
    if below.kind in CLOSING:
        return True
    if below.kind is Kind.DATE:
        return publication_date_line(below)
    # a release's issuer box (``نبذة عن X`` over its paragraph, the media contact) ends the text
    return (
        below.kind is Kind.TEXT
        and len(below.text) <= _MAX_BOX_START
        and box_end(lines, i + 1) > i + 1
    )


def signed_below(lines: list[Line], i: int) -> bool:
    """The text line at ``i`` after the body is its byline, printed at its foot (opinion pages
    and agencies sign the text at its end: ``خلف الحربي`` / ``المصدر: …``): a line in a
    byline's form (``byline_under``) right over the source or tag line, or over the writer's
    footnote and e-mail there (``akhbar.parse.foot``); or a name and a place after a comma
    (``محمد العلي، الرياض``). Such a sure form (``_signed_form``) closing the article's lines
    needs no closing line under it."""
    text = lines[i].text
    end = foot_after(lines, i)
    if not closes_below(lines, end - 1) and not (_signed_form(text) and _furniture_to(lines, end)):
        return False
    if (name := comma_signature(text)) is not None:
        return dateline(name, plain_name=True)  # a person's name, no caption's words
    if bare_credit(text):
        return True  # ``إعداد محمد العلي``: a credit's label and a name, no colon
    # letters only, no word of one letter: an agency's end mark is body (``17:46 ت م``,
    # ``س ح``, as the dev golds keep it), and so is a sub-heading or a dated entry whose
    # colon opens a sentence (``سياسيون مصريون: محاولات خبيثة …``)
    if _SIGNATURE.match(text) is None or not is_name_line(text) or is_end_mark(text):
        return False  # (``وللحديث بقية`` closing a series' instalment is no name)
    if _listed(lines, i):
        return False  # the last name of a list the text announces (``وشملت القائمة كلاً من:``)
    bare = TITLE.sub("", text)  # ``م. خالد إبراهيم الحجي``
    if any(len(w) < 2 for w in _WORDS.findall(bare)) and not dateline(text, plain_name=False):
        return False  # (an agency's initials are a dateline: ``الرياض - د ب أ``)
    after = text.split(":", 1)[1:]
    if after and (words(after[0]) > _MAX_SIGNATURE_PART or (i > 0 and _entry(lines[i - 1]))):
        # (under another short ``X: Y`` line it closes a card's entries, ``الملعب: …`` under
        # ``الحكم: …`` after a match report: a signature stands alone)
        return False
    return byline_under(lines, text, main=True)


def _listed(lines: list[Line], i: int) -> bool:
    """Whether the line at ``i`` ends a list under a lead-in ending with a colon (``وجاءت أسماء
    الفائزين على النحو التالي:`` over one name a line, round 13): short lines up from ``i`` to
    that lead-in, no paragraph between."""
    k = i - 1
    while k >= 0 and lines[k].kind is Kind.TEXT:
        text = lines[k].text
        if text[-1] in _LEAD_IN_ENDS:
            return True
        if is_paragraph(text):
            return False
        k -= 1
    return False


def _furniture_to(lines: list[Line], end: int) -> bool:
    """Whether only furniture follows ``end`` among the article's lines: nothing, or a comment
    form's lines and buttons (``شارك برأيك`` / ``الاسم`` / ``إرسال``, round 7's form under a
    signature)."""
    return all(ln.kind is Kind.BOILER for ln in lines[end:])


def _signed_form(text: str) -> bool:
    """A signature sure of its form wherever it stands, closing the article's lines with
    nothing under it (over a related list or at the page's end, round 10's signature with no
    source or tags): a name and a place after a comma, or a credit's label and a name."""
    return comma_signature(text) is not None or bare_credit(text)


def _entry(line: Line) -> bool:
    """A short ``X: Y`` text line with a word or a few before its colon (a card's entry; a
    clock's colon is none: ``17:46 ت م``)."""
    text = line.text
    if line.kind is not Kind.TEXT or ":" not in text or is_paragraph(text):
        return False
    m = _LABEL_COLON.search(text)
    return m is not None and words(text[: m.start()]) <= _MAX_SIGNATURE_PART


#: a label's colon, not a clock's
_LABEL_COLON = regex.compile(r"(?<!\d):(?!\d)")


def dated_byline(text: str) -> str | None:
    """The date of a byline printed with its date on one line (``فلان | 9 أغسطس 2015``), as
    layouts that set the lead in large type print it under the lead; None for other lines."""
    if not is_name_line(text) or (date := date_in(text)) is None:
        return None
    parts = text.split(" | ")
    if len(parts) == 2:  # ``حسين هزازي (جدة) | 2015/08/10 19:05``: the name as printed
        name = parts[date_in(parts[0]) is not None].strip()
    else:
        name = without_date(text).strip(" |-–—/،,")
    if not name or not (text.startswith(name) or text.endswith(name)):
        return None  # a dateline printed around its date opens an agency's text
    return date if byline_shape(name, plain_name=True) else None


def late_byline(d: Draft, lines: list[Line], i: int) -> bool:
    """Whether the text line at ``i``, after the body's first paragraph, is the byline (none
    read in the header): signed at the body's foot, or printed with the date under the lead
    or at the foot (then the date too, when none was read)."""
    text = lines[i].text
    if not d.body or is_paragraph(text):
        return False
    if signed_below(lines, i):
        return True
    if (
        d.published is None
        and (len(d.body) == 1 or closes_below(lines, i))
        and (date := dated_byline(text)) is not None
    ):
        d.published = date
        return True
    return False
