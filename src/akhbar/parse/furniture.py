"""Site furniture that reads like text: the page title printed over the article's heading, an
author's bio box under an opinion piece, the outlet and time printed after a related headline.

``akhbar.parse.page`` asks these questions where such lines stand: above the headline, between
the last paragraph and the closing lines, in a related list.
"""

from __future__ import annotations

import re

from akhbar.dates import find_dates
from akhbar.parse.echoes import excerpt_above
from akhbar.parse.lines import Kind, Line, is_paragraph, words
from akhbar.parse.vocab import AGENCIES, AUTHOR_BIO_RE, BYLINE_RE, fold

__all__ = [
    "MAX_BIO_START",
    "agency_dateline_date",
    "bio_end",
    "lead_date",
    "repeats_title",
    "split_suffixes",
    "title_repeated",
]

#: the site's name or a label beside a title printed twice: a separator and a few words
_TITLE_SUFFIX = re.compile(r"^\s*[-–—|:：»]\s*\S+(?:\s+\S+){0,4}$")
_TITLE_PREFIX = re.compile(r"^\S+(?:\s+\S+){0,4}\s*[-–—|:：»]\s*$")
#: a headline printed twice has a few words at least (a kicker over its headline is not one)
_MIN_TITLE_WORDS = 3


def repeats_title(first: str, second: str) -> bool:
    """Whether ``first`` is the page title over the article's heading ``second``: the same
    words, or with the site's name or a label on one side (``عنوان - صحيفة سبق``, ``سبق |
    عنوان``, ``Title: عنوان``)."""
    if len(first) < len(second) or words(second) < _MIN_TITLE_WORDS - (first != second):
        return False  # (a two-word title printed twice needs the site's name beside one copy)
    if first == second:
        return True
    if first.startswith(second):
        return _TITLE_SUFFIX.match(first[len(second) :]) is not None
    if first.endswith(second):
        return _TITLE_PREFIX.match(first[: -len(second)]) is not None
    return False


def title_repeated(lines: list[Line], i: int) -> bool:
    """Whether the line at ``i`` is the page's title over the article's own heading: the next
    text line (past boilerplate, and past dates when the title carries the site's name or a
    label) is the headline it repeats (``repeats_title``). The same words after the date line
    are the article's text opening with its title: body, as printed."""
    first = lines[i].text
    dated = False
    for j in range(i + 1, len(lines)):
        line = lines[j]
        kind = line.kind
        if kind is Kind.TEXT and not excerpt_above(lines, j):
            second = line.text
            if len(second) > len(first):  # most pages: a paragraph or a byline follows
                return False
            return repeats_title(first, second) and not (dated and first == second)
        if kind is Kind.DATE:
            dated = True
        elif kind is not Kind.BOILER and kind is not Kind.TEXT:
            return False
    return False


#: a bio box's header and a writer's title line are short; the bio itself a sentence or two
MAX_BIO_START = 40
_MAX_BIO = 300
_MAX_TITLE_WORDS = 8


def _writer(byline: str) -> str:
    """The name a byline gives (``بقلم: فلان`` -> ``فلان``)."""
    m = BYLINE_RE.match(byline)
    return m["rest"].strip() if m else byline


def bio_end(lines: list[Line], i: int, byline: str | None) -> int:
    """The index after an author's bio box that starts at ``i`` (``i`` itself when none does):
    a header (``عن الكاتب``) over the bio (a line, or the name over a line), or the writer's
    name again over a short title line (``كاتب وباحث سعودي``)."""
    text = lines[i].text
    n = len(lines)
    if AUTHOR_BIO_RE.match(text):
        j = i + 1
        if j < n and lines[j].kind is Kind.TEXT and len(lines[j].text) <= _MAX_BIO:
            j += 1
            name = lines[j - 1].text
            if (
                byline is not None
                and name == _writer(byline)
                and j < n
                and lines[j].kind is Kind.TEXT
                and len(lines[j].text) <= _MAX_BIO
            ):
                j += 1
        return j
    if (
        byline is not None
        and i + 1 < n
        and text == _writer(byline)
        and lines[i + 1].kind is Kind.TEXT
        and words(lines[i + 1].text) <= _MAX_TITLE_WORDS
        and not is_paragraph(lines[i + 1].text)
    ):
        return i + 2
    return i


#: a dateline opening a lead: a place in a few words, maybe its country after a comma (a press
#: release's ``الرياض، المملكة العربية السعودية،``), maybe a separator, then the date
_LEAD_PLACE = re.compile(
    r"^[^\W\d_]+(?: [^\W\d_]+){0,3}(?:\s*[،,]\s*[^\W\d_]+(?: [^\W\d_]+){0,3})?\s*[-–—،,]?\s*$"
)
#: after the date: the agency in parentheses, maybe, and a separator
_LEAD_AFTER = re.compile(r"^\s*(?:\([^()]{1,25}\))?\s*[-–—:]")
_LEAD_SPAN = 80
#: the words of an agency's name after a dateline's date (``واس``, ``د ب أ``)
_LETTERS = re.compile(r"[^\W\d_]+")
#: the place, a weekday or ``في`` before the date's first digit take this many characters at most
_MAX_BEFORE_DATE = 50
_DIGIT = re.compile(r"\d")
#: a few words and separators only (what may stand before the date's first digit); a space or
#: a separator between words, so that a word is never split (no backtracking blow-up)
_NO_SENTENCE = re.compile(r"[^\W\d_]+(?:(?:\s+|\s*[-–—،,]\s*)[^\W\d_]+){0,5}\s*[-–—،,]?\s*")


def lead_date(text: str) -> str | None:
    """The date of a dateline opening a lead (``الرياض - 10 أغسطس 2015 (واس) - …``, ``جدة،
    الإثنين 10 أغسطس 2015 (رويترز) –``), as ISO; None when the lead opens otherwise. Cheap
    tests first (a digit near the start, only words before it): most leads fail them."""
    digit = _DIGIT.search(text, 0, _MAX_BEFORE_DATE)
    if digit is None or _NO_SENTENCE.fullmatch(text, 0, digit.start()) is None:
        return None
    head = text[:_LEAD_SPAN]
    dates = find_dates(head)
    if not dates:
        return None
    d = dates[0]
    if not _LEAD_PLACE.match(head[: d.span[0]]) or not _LEAD_AFTER.match(head[d.span[1] :]):
        return None
    return d.date.isoformat()


def agency_dateline_date(text: str) -> str | None:
    """The date of an agency's dateline printed as a line of its own, a place, the date and
    the agency's name and nothing else (SPA's ``الرياض 24 شوال 1436 هـ الموافق 09 أغسطس 2015
    م واس``, dev-0045), as ISO; None for any other line."""
    if len(text) > _LEAD_SPAN or _DIGIT.search(text, 0, _MAX_BEFORE_DATE) is None:
        return None
    dates = find_dates(text)
    if not dates or not _LEAD_PLACE.match(text[: dates[0].span[0]]):
        return None
    rest = text[dates[0].span[1] :]
    return dates[0].date.isoformat() if " ".join(_LETTERS.findall(fold(rest))) in AGENCIES else None


#: a related item's suffix: a separator and a short run after it, at the end
_SUFFIX = re.compile(r"\s+[-–—|]\s+([^\-–—|]{1,40})$")
#: how far from the end a suffix's separator stands at most
_SUFFIX_SPAN = 44
_MAX_OUTLET_WORDS = 3
#: a time printed after a related headline: ``منذ 3 ساعات``, ``3 hours ago``, a date or a clock
_AGO = re.compile(r"^منذ\s|\sago$|^\d{1,2}:\d{2}")
_YEAR = re.compile(r"\d{4}")


def _suffix(text: str) -> re.Match[str] | None:
    """The last `` - X`` of ``text`` (a cheap test of its tail first: most headlines have none)."""
    tail = text[-_SUFFIX_SPAN:]
    if "-" in tail or "|" in tail or "–" in tail or "—" in tail:
        return _SUFFIX.search(text, max(0, len(text) - _SUFFIX_SPAN))
    return None


def _is_time(s: str) -> bool:
    return _AGO.search(s) is not None or (_YEAR.search(s) is not None and bool(find_dates(s)))


def split_suffixes(texts: list[str]) -> list[tuple[str, str]]:
    """Each related item as its headline and the suffix printed after it (``""`` when none): a
    time after a dash (``عنوان - منذ 3 ساعات``, ``عنوان - 10 أغسطس 2015``), and then, when
    every item of a list of two or more ends so, a short run after a dash or bar (the outlet:
    ``عنوان - سبق``, ``عنوان | عكاظ``). A list may print one item with its outlet and the next
    with its time: an item with a time alone counts when another shows an outlet alone."""
    out = []
    for text in texts:
        head = text
        m = _suffix(text)
        if m is not None and m.start() > 0 and _is_time(m[1]):
            head = text[: m.start()]
        out.append((head, text[len(head) :]))
    if len(out) < 2:
        return out
    cuts = []
    #: an item printed with its outlet and no time shows the list prints outlets; without one,
    #: a `` - X`` before a time next to an item with a time only may be the headline's own
    alone = time_only = False
    for head, cut in out:
        m = _suffix(head)
        if m is None or m.start() == 0 or words(m[1]) > _MAX_OUTLET_WORDS or _DIGIT.search(m[1]):
            if not cut:
                return out
            cuts.append(len(head))  # a time only: nothing more to cut
            time_only = True
            continue
        alone = alone or not cut
        cuts.append(m.start())
    if time_only and not alone:
        return out
    return [(head[:k], text[k:]) for (head, _), text, k in zip(out, texts, cuts, strict=True)]
