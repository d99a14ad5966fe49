"""A date printed in pieces over or under the headline (round 14 of the layouts).

Themes print a post's date as a badge, the day over the month and the year (``09`` over
``أغسطس`` over ``2015``, or ``09`` over ``أغسطس 2015``), and some print the weekday, the date
and the time each on a line of its own (``الأحد`` / ``9 أغسطس 2015`` / ``10:30 ص``). Read one
line at a time, the badge's pieces hold no date and the weekday or time alone reads as a name
under the headline (a byline's place). Here the badge's lines, read together, are the date line
(its first line a date, the others boilerplate), and a weekday or a time alone beside a date
line is boilerplate: the date line says the day, and a time without its offset is not kept.
Only the lines before the first paragraph are looked at, with a cheap test on each.
"""

from __future__ import annotations

import re

from akhbar.parse.lines import Kind, Line, classify
from akhbar.parse.vocab import fold

__all__ = ["join_date_pieces"]

_TEXT, _DATE, _BOILER = Kind.TEXT, Kind.DATE, Kind.BOILER
#: a badge's day: one or two digits alone on the line
_DAY = re.compile(r"^\d{1,2}$")
#: a time alone (``10:30``, ``10:30 ص``, ``10:30 مساءً``)
_TIME = re.compile(r"^\d{1,2}:\d{2}(?:\s*(?:ص|م|صباحا|مساء|مساءا|am|pm))?$")
_WEEKDAYS = frozenset(
    fold(w)
    for w in ("الأحد", "الإثنين", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت")
)
#: a badge's other pieces are a word or two (the month, the month and the year, the year)
_MAX_PIECE_WORDS = 2
#: a piece, a weekday or a time is a short line; a paragraph is long (``is_paragraph``'s length)
_MAX_PIECE = 12
_PARAGRAPH = 110
_SENTENCE_END = frozenset(".!?؟…")
_SENTENCE_WORDS = 9
#: the lines looked at: a page's head is a few lines (a masthead's dump runs longer)
_MAX_HEAD = 16


def join_date_pieces(lines: list[Line]) -> list[Line]:
    """``lines`` with a date badge read as one date line and a weekday or time alone beside a
    date line as boilerplate; other pages are returned as they are."""
    short = []  # the short text lines over the first paragraph (most pages: none)
    for i, line in enumerate(lines[:_MAX_HEAD]):
        if line.kind is _TEXT:
            if len(line.text) <= _MAX_PIECE:
                short.append(i)
            elif len(line.text) >= _PARAGRAPH or (
                line.text[-1] in _SENTENCE_END and len(line.text.split()) >= _SENTENCE_WORDS
            ):
                break  # the first paragraph (``is_paragraph``): the head is above it
    if not short:
        return lines
    out = list(lines)
    done = -1  # the badge read last ends here
    for i in short:
        if i < done:
            continue
        text = lines[i].text
        if len(text) <= 2 and _DAY.match(text) and (j := _badge_end(lines, i)) > i:
            date = classify(lines[i].n, " ".join(ln.text for ln in lines[i:j]))
            out[i] = lines[i]._replace(kind=_DATE, iso=date.iso)
            for k in range(i + 1, j):
                out[k] = lines[k]._replace(kind=_BOILER)
            done = j
        elif _alone(text) and _beside_date(lines, i):
            out[i] = lines[i]._replace(kind=_BOILER)
    return out


def _badge_end(lines: list[Line], i: int) -> int:
    """The end of a badge opening at ``i`` (a day), ``i`` when the lines under it, read with
    it, are no date."""
    for j in (i + 3, i + 2):
        if j > len(lines) or any(
            ln.kind not in (_TEXT, _BOILER) or len(ln.text.split()) > _MAX_PIECE_WORDS
            for ln in lines[i + 1 : j]
        ):
            continue
        if classify(lines[i].n, " ".join(ln.text for ln in lines[i:j])).kind is _DATE:
            return j
    return i


def _beside_date(lines: list[Line], i: int) -> bool:
    """Whether a date line stands right over or under line ``i``, maybe past a weekday or time."""
    for k in (i - 1, i + 1, i - 2, i + 2):
        if 0 <= k < len(lines) and lines[k].kind is _DATE:
            return abs(k - i) == 1 or _alone(lines[(k + i) // 2].text)
    return False


def _alone(text: str) -> bool:
    """A weekday's name or a time, alone on its line."""
    return fold(text) in _WEEKDAYS or _TIME.match(text) is not None
