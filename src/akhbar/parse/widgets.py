"""Side widgets a page prints around its article: prayer times, weather, tickers, polls.

A widget is known by its shape, not by the site: a header (``مواقيت الصلاة``, ``الطقس``,
``أسعار العملات``) over a run of readings, each a name and a value (``الفجر 4:05 ص``,
``الرياض 44° مشمس``, ``الدولار 3.75``); readings side by side on one line between bars
(``الدولار 3.75 | اليورو 4.12``); or a poll, its header (``استطلاع رأي``) over a question and
its options, closed within a few lines by a vote button (``صوّت``) and maybe a results link, or
by its results (``نعم 62%`` … and maybe ``عدد المصوتين: 1532``); or a table of contents, its
header (``محتويات المقال``) over the article's section headings, numbered, bulleted or bare,
each printed again further down where it heads its section (round 13 of the layouts: the box
is the page's navigation, the headings stay in the body where they head their text).
Every line of a widget is boilerplate, wherever it stands (above the headline, between the
body and its source, under a related list).
"""

from __future__ import annotations

import regex

from akhbar.parse.lines import Kind, Line, is_paragraph
from akhbar.parse.vocab import (
    CONTENTS_HEADERS,
    POLL_BUTTONS,
    POLL_COUNT_LABELS,
    POLL_COUNT_WORDS,
    POLL_HEADER_RE,
    POLL_RESULTS,
    WIDGET_HEADER_RE,
    fold,
)

__all__ = ["mark_widgets"]

#: a widget's header line is short; so is a reading
_MAX_HEADER = 40
_MAX_READING = 50
#: a reading's value: a clock time (``4:05``), a decimal (``3.75``), a degree or a percentage
_VALUE = regex.compile(r"^[\d٠-٩]{1,2}:[\d٠-٩]{2}$|^[\d٠-٩]+(?:[.,٫][\d٠-٩]+)?[°%]?$|^[°%]$")
_DECIMAL_OR_UNIT = regex.compile(r"[.,٫][\d٠-٩]|[°%]|:[\d٠-٩]{2}")
_LETTERS = regex.compile(r"^\p{L}+:?$")
#: a reading names what it gives in a few words; after its value a unit or sky word or two
_MAX_NAME_WORDS = 3
_MAX_AFTER = 3
#: the lines a poll's question and options may take before its vote button
_MAX_POLL_LINES = 8
_PUNCT = regex.compile(r"[^\w\s]+")
_WORD = regex.compile(r"[^\W\d_]+")
_DIGITS = regex.compile(r"\d")
_TEXT, _BOILER = Kind.TEXT, Kind.BOILER


def _reading(text: str) -> bool:
    """``الفجر 4:05 ص``, ``المدينة المنورة 41° غائم جزئياً``, ``تاسي 8754.99 ▲ 0.39%``: a few
    words naming it, then a value (a time, a decimal, a degree or a percentage)."""
    if len(text) > _MAX_READING or not _DECIMAL_OR_UNIT.search(text):
        return False
    tokens = text.split()
    k = 0
    while k < len(tokens) and _LETTERS.match(tokens[k]):
        k += 1
    if not 1 <= k <= _MAX_NAME_WORDS or k == len(tokens):
        return False
    value = tokens[k].rstrip("°%")
    if not (_VALUE.match(tokens[k]) or _VALUE.match(value)):
        return False
    return len(tokens) - k - 1 <= _MAX_AFTER and not text.endswith(".")


def _ticker(text: str) -> bool:
    """Readings side by side between bars: ``الدولار 3.75 | اليورو 4.12``."""
    pieces = text.split("|")
    return len(pieces) >= 2 and all(_reading(p.strip()) for p in pieces)


def _header(text: str) -> bool:
    m = WIDGET_HEADER_RE.match(text)
    return m is not None and len((m["rest"] or "").split()) <= 3


def _poll_end(lines: list[Line], i: int) -> int:
    """The index after a poll whose header stands at ``i`` (``i`` itself when no vote button,
    nor its results, close it within a few short lines). Results are options with their
    percentage (``نعم 62%``), maybe closed by the count of votes (``عدد المصوتين: 1532``)."""
    results = i  # the index after the last option with its percentage
    for j in range(i + 1, min(len(lines), i + 2 + _MAX_POLL_LINES)):
        ln = lines[j]
        if ln.kind is not Kind.TEXT and ln.kind is not Kind.BOILER:
            break
        if len(ln.text) > _MAX_HEADER * 2:
            break
        folded = fold(ln.text)
        if _PUNCT.sub("", folded).strip() in POLL_BUTTONS:
            end = j + 1
            if end < len(lines) and _PUNCT.sub("", fold(lines[end].text)).strip() in POLL_RESULTS:
                end += 1
            return end
        if "%" in ln.text and _reading(ln.text):
            results = j + 1
        elif results > i:
            return j + 1 if _vote_count(folded) else results
    return results


def _vote_count(folded: str) -> bool:
    """``عدد المصوتين: 1532``, ``1532 صوت``, ``إجمالي الأصوات 1532``: a number and a count word."""
    found = _WORD.findall(folded)
    return (
        _DIGITS.search(folded) is not None
        and not POLL_COUNT_WORDS.isdisjoint(found)
        and (POLL_COUNT_WORDS | POLL_COUNT_LABELS).issuperset(found)
    )


#: a table of contents lists two sections at least; an entry is a heading, a line or so
_MIN_ENTRIES = 2
_MAX_ENTRY = 100
#: an entry's number or bullet (``1. ``, ``2- ``, ``(3) ``, ``• ``)
_ENTRY_MARK = regex.compile(r"^(?:\(?[\d٠-٩]{1,2}[.\-)]|[•■●▪◄►\-*])\s*")


def _contents_header(text: str) -> bool:
    """``محتويات المقال``, ``جدول المحتويات``, ``في هذا المقال:`` alone on the line (what every
    such header holds, as printed, tested first: the line is folded only then)."""
    return ("محتوي" in text or "فهرس" in text or "في هذ" in text or "ontents" in text) and fold(
        text
    ).strip(" :：") in CONTENTS_HEADERS


def _contents_end(lines: list[Line], i: int) -> int:
    """The index after a table of contents whose header stands at ``i``: the most short lines
    under it that are printed again further down, each (without its number or bullet) a line of
    its own, in the same order (``i`` itself when fewer than two are: no box). The article may
    open with the first section's heading right under the box, so the run of short lines can
    hold more than the box."""
    j = i + 1
    run = []
    while j < len(lines) and (lines[j].kind is _TEXT or lines[j].kind is _BOILER):
        text = lines[j].text
        if len(text) > _MAX_ENTRY or is_paragraph(text):
            break
        run.append(_ENTRY_MARK.sub("", text, count=1))
        j += 1
    texts = [ln.text for ln in lines]
    for m in range(len(run), _MIN_ENTRIES - 1, -1):
        at = i + 1 + m
        for entry in run[:m]:
            try:
                at = texts.index(entry, at) + 1
            except ValueError:
                break
        else:
            return i + 1 + m
    return i


def mark_widgets(lines: list[Line]) -> list[Line]:
    """``lines`` with every widget line made boilerplate (the same list when there is none)."""
    out: list[Line] | None = None
    n = len(lines)
    after = 0  # the index after the last widget marked
    # (unpacked in the loop: a NamedTuple's attribute costs more than the unpacking, and most
    # lines are paragraphs, skipped on their length)
    for i, (_, _, text, kind, _, _, _) in enumerate(lines):
        if (len(text) > _MAX_HEADER and "|" not in text) or i < after:
            continue
        if kind is not _TEXT and kind is not _BOILER:
            continue
        end = i
        if len(text) <= _MAX_HEADER and _header(text):
            end = i + 1
            while end < n and lines[end].kind is _TEXT and _reading(lines[end].text):
                end += 1
            if end == i + 1 and kind is _TEXT:
                end = i  # a header over no reading: a headline that names a widget
        elif len(text) <= _MAX_HEADER and POLL_HEADER_RE.match(text):
            end = _poll_end(lines, i)
        elif len(text) <= _MAX_HEADER and _contents_header(text):
            end = _contents_end(lines, i)
        elif "|" in text and kind is _TEXT and len(text) <= 110 and _ticker(text):
            end = i + 1
        if end == i:
            continue
        if out is None:
            out = list(lines)
        for j in range(i, end):
            if out[j].kind is not _BOILER:
                out[j] = out[j]._replace(kind=_BOILER)
        after = end
    return lines if out is None else out
