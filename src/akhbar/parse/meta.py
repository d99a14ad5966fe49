"""One meta line: the date printed with the byline, the section or a reading time, split by
bars, bullets or dashes (``9 أغسطس 2015 | كتب: فلان | القسم: محليات``, ``9/8/2015 • 4 دقائق قراءة
• فلان``, ``سياسة | 9 أغسطس 2015 | 6 دقائق قراءة``, ``منذ ساعتين | 9 أغسطس 2015``).

A line that opens with the writer's name is read by where it stands (``akhbar.parse.page``); one
that opens with the date, or names the writer after a label, is read here, piece by piece: every
piece must be the date, a labelled byline, a section, a reading time or a name. A line that names
a writer is the byline, as printed (its date is ``published``); one that names none is the date
line, its section and reading time discarded.
"""

from __future__ import annotations

import enum
import re

from akhbar.dates import ParsedDate, replace_dates
from akhbar.parse.vocab import (
    AGENCIES,
    BYLINE_LOOSE_RE,
    BYLINE_RE,
    DATE_WORDS,
    MENU_WORDS,
    fold,
)

__all__ = ["Meta", "meta_line"]


class Meta(enum.Enum):
    BYLINE = "byline"  # names a writer: the byline, as printed
    DATE = "date"  # names none: the date line


#: what splits a meta line's pieces: a bar or bullet, or a dash between spaces
_SPLIT = re.compile(r"\s*[|•·]\s*|\s+[-–—]\s+")
#: a section's label (``القسم: محليات``, ``التصنيف: رياضة``)
_SECTION = re.compile(r"^(?:ال)?(?:قسم|تصنيف)\s*[:：]?\s*\S")
_READING_WORDS = ("قراء", "read", "lecture")
_MINUTES = re.compile(r"\d|دقيق|دقائق|دقيقت")
_LETTERS = re.compile(r"[^\W\d_]+")
#: a relative time printed beside the date (``منذ ساعتين``, ``قبل 3 ساعات``)
_AGO = re.compile(r"^(?:منذ|قبل) (?:\d+ )?\S+$")
_MAX_NAME_WORDS = 4
_MAX_PIECES = 5
#: a news agency credited before the writer, in parentheses or not (``(أ ف ب) كتب: فلان``,
#: ``واس - فلان - 9 أغسطس 2015``): the wire the story came over, no name of a writer
_AGENCY_FIRST = re.compile(r"^\(([^()]{1,25})\)\s*")
_WORD = re.compile(r"\w+")


def _agency(piece: str) -> bool:
    return " ".join(_WORD.findall(fold(piece.strip("()")))) in AGENCIES


def _reading(piece: str) -> bool:
    """``4 دقائق قراءة``, ``مدة القراءة: 4 دقائق``, ``5 min read``."""
    low = piece.lower()
    return any(w in low for w in _READING_WORDS) and _MINUTES.search(piece) is not None


def _byline(piece: str) -> bool:
    m = BYLINE_RE.match(piece) or BYLINE_LOOSE_RE.match(piece)
    if m is None:
        return False
    rest = m["rest"].strip()
    return 0 < len(rest.split()) <= _MAX_NAME_WORDS and not any(c.isdigit() for c in rest)


def _date_piece(piece: str) -> bool:
    """What is left of a piece holding the date: date words only (its words of letters; a
    clock's digits are no word)."""
    return all(w in DATE_WORDS for w in _LETTERS.findall(fold(piece)) if not w.isdigit())


def meta_line(text: str, dates: list[ParsedDate]) -> Meta | None:
    """Whether ``text`` (a short line holding ``dates``, which is no date line) is a meta line,
    and whether it names a writer."""
    marked = replace_dates(text, dates, "\x00")
    pieces = [p.strip() for p in _SPLIT.split(marked)]
    pieces = [p for p in pieces if p]
    if not 2 <= len(pieces) <= _MAX_PIECES:
        return None
    labelled = names = marks = agencies = 0
    for piece in pieces:
        if piece[0] == "(" and (m := _AGENCY_FIRST.match(piece)) and _agency(m.group(1)):
            agencies += 1  # the agency, then what follows it: ``(أ ف ب) كتب: فلان``
            piece = piece[m.end() :]
            if not piece:
                continue
        if "\x00" in piece:
            if not _date_piece(piece.replace("\x00", " ")):
                return None
        elif _reading(piece) or _SECTION.match(piece) or _AGO.match(piece):
            marks += 1
        elif _byline(piece):
            labelled += 1
        elif _agency(piece):
            agencies += 1
        elif any(c.isdigit() for c in piece) or len(piece.split()) > _MAX_NAME_WORDS:
            return None
        elif MENU_WORDS.issuperset(fold(piece).split()):
            marks += 1  # a section's name (``سياسة``)
        else:
            names += 1
    if labelled:
        return Meta.BYLINE
    if names == 1 and (marks or agencies):
        return Meta.BYLINE  # a name beside a section, a reading time or the agency
    if not names and marks:
        return Meta.DATE
    return None  # a name and a date alone: read by where the line stands
