"""Line classification: what each line of a page SAYS, before deciding where it stands.

A line is read on its own here (labels, dates, boilerplate, tag lists, read-also labels);
``akhbar.parse.page`` then decides by position which text line is the headline, the byline, a
body paragraph, a related headline or part of an embedded article.
"""

from __future__ import annotations

import enum
import re
from typing import NamedTuple

import regex

from akhbar.dates import ParsedDate, find_dates, replace_dates
from akhbar.parse import boilerplate
from akhbar.parse.calendars import without_other_calendars
from akhbar.parse.chrome import is_chrome
from akhbar.parse.meta import Meta, meta_line
from akhbar.parse.roles import named_writers
from akhbar.parse.vocab import (
    ADJACENT_RE,
    AGENCIES,
    BYLINE_LOOSE_RE,
    BYLINE_RE,
    DATE_LABEL_RE,
    DATE_UPDATE_WORDS,
    DATE_WORDS,
    LABEL_START,
    READ_ALSO_RE,
    SOURCE_LOOSE_RE,
    SOURCE_RE,
    SOURCE_TRAILING_RE,
    TAGS_RE,
    TAGS_SPACED_RE,
    fold,
    glued_tags_label,
)

__all__ = [
    "BULLETS",
    "URL",
    "Kind",
    "Line",
    "classify",
    "classify_lines",
    "is_paragraph",
    "publication_date_line",
    "split_lines",
    "text_lines",
    "without_date",
    "without_pictographs",
    "words",
]


#: the marks a list item opens with (``• تبوك``, ``- عنوان``)
BULLETS = frozenset("•·▪►◄◀▶■□●○◦*-–—")
#: a web address as printed, to the next space (``URL.fullmatch``: a line that is a bare link);
#: the other patterns holding a link are built from ``URL.pattern``
URL = regex.compile(r"https?://\S+")


class Kind(enum.Enum):
    BLANK = "blank"
    BOILER = "boilerplate"
    DATE = "date"
    SOURCE = "source"
    BYLINE = "byline"  # a labelled byline (كتب: / بقلم); unlabelled ones are found by position
    TAGS = "tags"  # a label and its tags on one line
    TAG_HEADER = "tag-header"  # a tag label alone: one tag per line follows
    HASHTAGS = "hashtags"
    READ_ALSO = "read-also"
    TEXT = "text"


class Line(NamedTuple):
    """One input line and what it says. ``text`` is the line without edge whitespace.

    A NamedTuple rather than a frozen dataclass: one is made per input line, and tuple
    construction is several times cheaper.
    """

    n: int
    raw: str
    text: str
    kind: Kind
    #: the field value read from the line (source, tag text, glued related headline, byline)
    value: str | None = None
    #: the label split off the line, verbatim, for ``discarded``
    label: str | None = None
    #: for DATE lines: the ISO date
    iso: str | None = None


#: a source or byline value longer than this is a sentence, not a name
_MAX_NAME_WORDS = 8
_SENTENCE_END = ".!?؟…"
#: a date needs a year: four digits (any script), or a numeric date with a two-digit year
_DIGIT = re.compile(r"\d")
#: (``\d{4}|\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2}`` with its first digit factored out, so that
#: ``re`` skips to digits instead of trying both branches at every character)
_YEAR = re.compile(r"\d(?:\d{3}|\d?[/.\-]\d{1,2}[/.\-]\d{2})")
#: a line longer than this is text, whatever it starts with (buttons, dates, names are short)
_MAX_SHORT = 110
_LETTERS_DIGITS = re.compile(r"[^\W_]+")
#: a date line is short; longer lines holding a date are sentences
_MAX_DATE_LINE = 90
#: words a date printed on a byline may add (``الإثنين 10 أغسطس 2015 - 10:30 ص``)
_MAX_DATE_WORDS = 6
_DATE_SEPARATORS = " \t|-–—،,:()"
#: words of a line of credits (four roles, a label and a name each, and the bars between)
_MAX_CREDITS_WORDS = 24
#: a time or a UTC offset left on a date line by a second, undated stamp (``، آخر تحديث 14:00
#: (GMT+0400)``): the update's time, no word of another sentence
_CLOCK = re.compile(r"\(?(?:\d{1,2}[:h]\d{2}(?::\d{2})?|(?:gmt|utc)?[+\-]\d{2}:?\d{2})\)?[،,]?$")
#: a short label and a link, nothing else (``URL Source: https://…``): no field's value
_LABELLED_LINK = re.compile(rf"^[^\s:：]+(?: [^\s:：]+){{0,2}}\s*[:：]\s*{URL.pattern}$")


def words(s: str) -> int:
    return len(s.split())


def is_paragraph(s: str) -> bool:
    """A body paragraph rather than a headline, name or label: long, or a full sentence."""
    return len(s) >= 110 or (words(s) >= 9 and s.rstrip()[-1:] in _SENTENCE_END)


def _is_name(value: str) -> bool:
    v = value.strip()
    return bool(v) and words(v) <= _MAX_NAME_WORDS and v[-1] not in _SENTENCE_END[:-1]


def published_iso(d: ParsedDate) -> str:
    """The page's date as SCHEMA wants it: a timestamp only when it carries its UTC offset."""
    if d.time is not None and ("+" in d.iso[10:] or "-" in d.iso[10:] or d.iso.endswith("Z")):
        return d.iso
    return d.date.isoformat()


def _dates(text: str) -> list[ParsedDate]:
    """The dates of a line short enough to be a date or meta line (cheap tests first)."""
    if len(text) > _MAX_DATE_LINE or not _DIGIT.search(text) or not _YEAR.search(text):
        return []
    return find_dates(text)


def _date_line(text: str, dates: list[ParsedDate]) -> tuple[str, str] | None:
    """``(iso, leftover)`` when the line (holding ``dates``, one at least) is a date and nothing
    else but labels and punctuation."""
    rest = replace_dates(text, dates)
    if not _date_words(rest):
        # a Coptic or Solar Hijri date beside the Gregorian one (``akhbar.parse.calendars``)
        other = without_other_calendars(rest)
        if other is None or not _date_words(other):
            return None
        rest = other
    return _iso(text, dates), rest


def _date_words(rest: str) -> bool:
    """Whether every word of a date line's leftover is a date word (a label) or a clock."""
    for piece in fold(rest).split():
        if piece.isalnum():  # one word: findall over the piece would give just it
            if piece not in DATE_WORDS and not (piece[0].isdigit() and _CLOCK.match(piece)):
                return False  # (``10h30``: a French clock)
        elif not DATE_WORDS.issuperset(_LETTERS_DIGITS.findall(piece)) and not _CLOCK.match(piece):
            return False
    return True


def _iso(text: str, dates: list[ParsedDate]) -> str:
    """``published`` of a date line holding ``dates``: the publication's of several."""
    return published_iso(_publication(text, dates) if len(dates) > 1 else dates[0])


#: every Arabic update word holds ``حد`` (تحديث، محدث) or ``عد`` (تعديل، عدل), harakat maybe
#: between the two letters (``حُدّث``, ``عُدّل``)
_UPDATE_HINT = re.compile("[حع][\u064b-\u0652]*د")


def is_update(label: str | None) -> bool:
    """Whether a date's label dates an update (``آخر تحديث:``, ``Updated``)."""
    if not label or (not label.isascii() and _UPDATE_HINT.search(label) is None):
        return False
    return not DATE_UPDATE_WORDS.isdisjoint(_LETTERS_DIGITS.findall(fold(label)))


def publication_date_line(line: Line) -> bool:
    """A date line labelled as the publication's (``تاريخ النشر: …``), not an update's."""
    return line.kind is Kind.DATE and line.label is not None and not is_update(line.label)


def _publication(text: str, dates: list[ParsedDate]) -> ParsedDate:
    """Of several dates on one line, the first not labelled as an update
    (``آخر تحديث: 10 أغسطس | تاريخ النشر: 9 أغسطس`` gives the 9th)."""
    start = 0
    for d in dates:
        if not is_update(text[start : d.span[0]]):
            return d
        start = d.span[1]
    return dates[0]


def without_date(text: str) -> str:
    """``فلان | الأحد 9 أغسطس 2015`` -> ``فلان``: a byline's name without the date printed with
    it ("" when it holds no date)."""
    if not _YEAR.search(text):
        return ""
    dates = find_dates(text)
    return replace_dates(text, dates, "").strip(_DATE_SEPARATORS) if dates else ""


#: where a second credit may start on a byline: `` و`` or a separator (checked with BYLINE_RE)
_CREDIT_BREAK = re.compile(r"\s+و(?=\S)|\s*[|\-–—،,]\s*")


def _credits(rest: str) -> bool:
    """A byline's rest holding a name and more credits, each a label and a name
    (``عبد الله آل هيضة | تصوير: محمد العتيبي``, ``فلان وتصوير: علان``)."""
    parts, start = [], 0
    for brk in _CREDIT_BREAK.finditer(rest):
        if BYLINE_RE.match(rest[brk.end() :]):
            parts.append(rest[start : brk.start()])
            start = brk.end()
    parts.append(rest[start:])
    if len(parts) < 2 or not _is_name(parts[0]):
        return False
    for part in parts[1:]:
        m = BYLINE_RE.match(part)
        if m is None or not _is_name(m["rest"]):
            return False
    return True


def date_in(text: str) -> str | None:
    """The first date printed in a short line that is not a date line (a dateline byline)."""
    if len(text) > _MAX_DATE_LINE or not _YEAR.search(text):
        return None
    dates = find_dates(text)
    return published_iso(dates[0]) if dates else None


def _label_of(text: str, rest: str) -> str:
    """The part of ``text`` that is not ``rest``, stripped (the label to discard)."""
    return text.replace(rest, " ", 1).strip() if rest else text.strip()


#: what may stand between hashtags on their line (``#a | #b``)
_TAG_BARS = frozenset("|/•·،,-–—")
#: a list of tags after a bare space: three items or more, each a few words
_LIST_SEPARATORS = re.compile(r"\s*[،,|]\s*")
_MIN_LIST_ITEMS = 3
_MAX_TAG_WORDS = 4


def _tag_list(rest: str) -> bool:
    """Whether the rest of a line is a list of tags (``كاليفورنيا، روكي، غرب``), not a
    sentence whose first words are a tag label's (a clause runs longer)."""
    items = _LIST_SEPARATORS.split(rest.strip())
    return len(items) >= _MIN_LIST_ITEMS and all(
        0 < len(x.split()) <= _MAX_TAG_WORDS for x in items
    )


def _labelled_line(n: int, raw: str, text: str) -> Line | None:
    m = READ_ALSO_RE.match(text)
    if m:
        rest = m["rest"].strip()
        # ``اقرأ أيضاً…``: no headline glued; ``اقرأ أيضاً في الاقتصاد:``: the label names where
        # (a headline never ends with a colon)
        if rest and (not _LETTERS_DIGITS.search(rest) or (rest[-1] == ":" and words(rest) <= 3)):
            return Line(n=n, raw=raw, text=text, kind=Kind.READ_ALSO, label=text)
        return Line(
            n=n,
            raw=raw,
            text=text,
            kind=Kind.READ_ALSO,
            value=rest or None,
            label=m["label"].strip(),
        )
    m = TAGS_RE.match(text)
    if m:
        rest = m["rest"].strip(_EDGES)  # (a zero-width space after the colon is no tag)
        kind = Kind.TAGS if rest else Kind.TAG_HEADER
        return Line(
            n=n, raw=raw, text=text, kind=kind, value=rest or None, label=m["label"].strip()
        )
    m = TAGS_SPACED_RE.match(text)
    if m and _tag_list(m["rest"]):
        return Line(n, raw, text, Kind.TAGS, m["rest"].strip(), m["label"].strip())
    m = SOURCE_RE.match(text) or SOURCE_LOOSE_RE.match(text)
    if m and (
        not m["rest"].strip()
        or _is_name(m["rest"])
        or glued_tags_label(m["rest"]) is not None  # the tags glued on: ``parse.glued``
    ):
        rest = m["rest"].strip(_EDGES)
        return Line(
            n=n, raw=raw, text=text, kind=Kind.SOURCE, value=rest or None, label=m["label"].strip()
        )
    return None


def _bracketed_source(n: int, raw: str, text: str) -> Line | None:
    """``[المصدر: X]`` / ``(المصدر: X)``: a source line in brackets (round 15), the brackets
    the label's (discarded with it)."""
    inner = text[1:-1]
    m = SOURCE_RE.match(inner) if LABEL_START.match(inner) else None
    if m is None or not m["rest"].strip() or not _is_name(m["rest"]):
        return None
    label = f"{text[0]}{m['label'].strip()} {text[-1]}"
    return Line(n, raw, text, Kind.SOURCE, m["rest"].strip(_EDGES), label)


_BLANK, _TEXT, _BOILER, _DATE = Kind.BLANK, Kind.TEXT, Kind.BOILER, Kind.DATE
# text and blank lines (most lines) are built with ``tuple.__new__`` straight from all seven
# fields: the NamedTuple constructor is a Python function and costs several times more


#: invisible marks a scraper leaves at a line's start: direction marks (RLM, LRM, ALM, the
#: embeddings and isolates), zero-width space and no-break space
_MARKS = "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200b\ufeff"
_EDGES = (
    _MARKS
    + " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)


def classify(n: int, raw: str) -> Line:
    """What one line says. Cheap tests first: most lines are paragraphs that start with no
    label, hold no year and are too long to be a button, a date or a name."""
    text = raw.strip()
    if text and text[0] in _MARKS:
        # a direction mark before the line (RLM, an isolate) hides its label or date from the
        # patterns: read what follows it; a text line keeps it, as printed
        inner = classify(n, text.lstrip(_EDGES))
        if inner.kind is _TEXT:
            return inner._replace(raw=raw, text=text)
        return inner._replace(raw=raw)
    if not text:
        return tuple.__new__(Line, (n, raw, text, _BLANK, None, None, None))
    if text[0] >= "\u2190" and (mark := _PICTOGRAPHS.match(text)) and mark.end() < len(text):
        return _after_pictographs(n, raw, text, mark.end())
    labelled = LABEL_START.match(text) is not None
    if labelled:
        line = _labelled_line(n, raw, text)
        if line is not None:
            return line
    if (
        text[0] == "#"
        and all(t[0] == "#" or t in _TAG_BARS for t in text.split())
        and _LETTERS_DIGITS.search(text)  # (``###``, a release's end mark, tags nothing)
    ):
        if " " not in text and (m := TAGS_RE.match(text[1:])) and not m["rest"].strip():
            # ``#وسوم``: a tag label printed as a hashtag heads the tags under it
            return Line(n, raw, text, Kind.TAG_HEADER, None, text)
        return Line(n, raw, text, Kind.HASHTAGS, text)
    if len(text) > _MAX_SHORT:
        return tuple.__new__(Line, (n, raw, text, _TEXT, None, None, None))
    if "صدر" in text:
        m = SOURCE_TRAILING_RE.match(text)
        if m and _is_name(m["rest"]):
            return Line(n, raw, text, Kind.SOURCE, m["rest"].strip(), m["label"].strip())
    if ((first := text[0]) == "(" or first == "[") and text[-1] in ")]":
        if first == "(" and text[-1] == ")":
            # ``(رويترز)`` on a line of its own: the agency a wire story closes with
            agency = text[1:-1].strip()
            if " ".join(_LETTERS_DIGITS.findall(fold(agency))) in AGENCIES:
                return Line(n, raw, text, Kind.SOURCE, agency, "()")
        if source := _bracketed_source(n, raw, text):
            return source  # ``[المصدر: صحيفة الوطن]``
    n_words = len(text.split())
    if "://" in text and _LABELLED_LINK.match(text):
        return Line(n, raw, text, _BOILER)
    if (
        ("سابق" in text or "تالي" in text)
        and (m := ADJACENT_RE.match(text))
        and (m["noun"] or m["rest"])
    ):
        # a link to the previous or next article: a read-also label, maybe with its headline
        value = m["rest"]
        cut = text[: m.start("rest")] if value else text
        return Line(n, raw, text, Kind.READ_ALSO, value, cut.strip())
    if boilerplate.is_sponsored_header(text, n_words):
        # a box of paid links: a block of its own, as a read-also label starts one
        return Line(n, raw, text, Kind.READ_ALSO, None, text)
    if is_chrome(text, n_words) or boilerplate.is_boilerplate(text, n_words=n_words):
        return Line(n, raw, text, _BOILER)
    dates = _dates(text)
    date = _date_line(text, dates) if dates else None
    if date is not None:
        iso, rest = date
        label = rest.strip() if _LETTERS_DIGITS.search(rest) else None
        return Line(n, raw, text, _DATE, None, label, iso)
    if n_words <= _MAX_NAME_WORDS and DATE_LABEL_RE.match(text):
        # ``آخر تحديث: منذ 3 ساعات``: a date label with no date we may read
        return Line(n, raw, text, _BOILER)
    if labelled and n_words <= _MAX_CREDITS_WORDS:
        m = BYLINE_RE.match(text) or BYLINE_LOOSE_RE.match(text)
        if m:
            if n_words > _MAX_NAME_WORDS + _MAX_DATE_WORDS:
                # a page's credits on one line (``إعداد: فلان | تحرير: علان | مراجعة: …``)
                named = _credits(m["rest"])
            else:
                rest = m["rest"] if n_words <= _MAX_NAME_WORDS else without_date(m["rest"])
                named = _is_name(rest) or _credits(m["rest"]) or named_writers(m["rest"])
            if named:
                return Line(n, raw, text, Kind.BYLINE, text, m["label"].strip())
    if dates and _META_HINT.search(text):
        return _meta(n, raw, text, dates)
    return tuple.__new__(Line, (n, raw, text, _TEXT, None, None, None))


#: emoji and symbols a channel's post opens its lines with (``📌 المصدر: …``, ``🔴 عاجل | …``,
#: ``↪️ محولة من: …``), with their variation selectors and joiners, and the space after them
_PICTOGRAPHS = re.compile("[\u2190-\u2bff\U0001f000-\U0001faff\ufe0f\u200d\u20e3]+[ \t\u00a0]*")


_COUNT_OR_LINK = re.compile(rf"^(?:\d+(?:[.,]\d+)?[KkMm]?|{URL.pattern}|t\.me/\S+)$")
#: a reactions bar's counts after its first emoji (``12  😢 3  😡 0``): counts and emoji only
_COUNTS = re.compile("^\\d[\\d\\s%,.\u2190-\u2bff\U0001f000-\U0001faff\ufe0f\u200d]*$")


def without_pictographs(text: str) -> str:
    """``text`` without the emoji it opens with."""
    if text and text[0] >= "\u2190" and (mark := _PICTOGRAPHS.match(text)):
        return text[mark.end() :]
    return text


def _after_pictographs(n: int, raw: str, text: str, end: int) -> Line:
    """A line opening with emoji: what follows them says what the line is (a label, a
    date, a button), as a direction mark before a label does not hide it; the line keeps its
    text as printed, and a label split off it the emoji too."""
    inner = classify(n, text[end:])
    if inner.kind is _TEXT:
        # an emoji and a count or a link alone is a post's counter or button (``👁 1.2K``,
        # ``❤️ 120``, ``🔗 https://t.me/…``), and so is a reactions bar (``😍 12  😢 3``)
        kind = _BOILER if _COUNT_OR_LINK.match(inner.text) or _COUNTS.match(inner.text) else _TEXT
        return tuple.__new__(Line, (n, raw, text, kind, None, None, None))
    label = text[:end] + inner.label if inner.label else inner.label
    value = text if inner.kind is Kind.BYLINE else inner.value
    return inner._replace(raw=raw, text=text, label=label, value=value)


#: the separators of a meta line's pieces (``date | كتب: فلان | القسم: محليات``)
_META_HINT = re.compile(r"[|•·]|\s[-–—]\s")


def _meta(n: int, raw: str, text: str, dates: list[ParsedDate]) -> Line:
    """A meta line (``akhbar.parse.meta``) holding ``dates``: the byline when it names a
    writer, else the date line; any other line is text."""
    meta = meta_line(text, dates)
    if meta is Meta.BYLINE:
        return Line(n, raw, text, Kind.BYLINE, text)
    if meta is Meta.DATE:
        label = " ".join(replace_dates(text, dates).split())
        return Line(n, raw, text, _DATE, None, label, _iso(text, dates))
    return tuple.__new__(Line, (n, raw, text, _TEXT, None, None, None))


#: what ``str.splitlines`` also breaks lines at, besides ``\n``
_OTHER_BREAKS = ("\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029")


def split_lines(text: str) -> list[str]:
    """``text.splitlines()``; ``split("\\n")`` (several times faster) when only ``\\n`` breaks it."""
    for ch in _OTHER_BREAKS:
        if ch in text:
            return text.splitlines()
    lines = text.split("\n")
    if not lines[-1]:
        lines.pop()  # splitlines gives no empty line after a final break (nor for "")
    return lines


def classify_lines(text: str) -> list[Line]:
    return [classify(n, raw) for n, raw in enumerate(split_lines(text))]


def text_lines(text: str) -> list[Line]:
    """The classified lines of ``text`` that are not blank."""
    out = []
    for n, raw in enumerate(split_lines(text)):
        line = classify(n, raw)
        if line.kind is not _BLANK:
            out.append(line)
    return out
