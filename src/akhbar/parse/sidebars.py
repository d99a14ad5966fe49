"""What a page prints over its headline besides a masthead (round 14 of the layouts): the
site's trending topics, and a side column's list of headlines printed first.

A trending bar (``ترند:``, ``الأكثر بحثاً:``, ``🔥 رائج الآن`` over or beside short topics:
``أسعار الذهب | الطقس``, ``#a #b``, one a line) is the site's, the same over every article:
discarded, never the article's tags nor its headline. A side column that a page's order puts
before the article (``الأكثر قراءة`` over numbered headlines, ``آخر الأخبار`` over headlines
stamped with a time, or each over ``منذ 3 ساعات``) lists other articles: related, the number,
time or relative time off each; the article's headline is the title right over its date or
byline line. Both are looked for at the page's top only (its first line past buttons and a
breadcrumb), so other pages cost one test.
"""

from __future__ import annotations

import re

from akhbar.parse.draft import Out
from akhbar.parse.headbox import HEAD_META, ITEMS, MIN_ITEMS, box_under_headline
from akhbar.parse.letters import label_over_letter
from akhbar.parse.lines import Kind, Line, without_pictographs, words
from akhbar.parse.related import add_related
from akhbar.parse.vocab import TREND_LABELS, fold

__all__ = ["over_headline"]

_TEXT, _BOILER = Kind.TEXT, Kind.BOILER
#: what every trending bar's label holds, as printed (a cheap test before folding the line)
_TREND_HINT = re.compile("تري?ند|رائج|رواج|بحث|rend")
#: where a trending label ends at the latest (an emoji and a few words)
_LABEL_END = 24
#: what separates the topics on one line
_TOPIC_BARS = re.compile(r"\s*[|،,•]\s*|\s+(?=#)")
#: a topic is a short phrase; a headline runs longer
_MAX_TOPIC_WORDS = 4
#: a side list's item number (``1. ``, ``1- ``, ``(1) ``, ``1 ``) or time (``10:45 ``, ``10:45 م
#: | ``) before its headline
_NUMBER = re.compile(r"^(?:\(\s*(\d{1,2})\s*\)|(\d{1,2})\s*[\-–.)]?)\s+")
_CLOCK = re.compile(r"^\d{1,2}:\d{2}(?:\s*[صم])?\s*[|\-–—]?\s+")


def over_headline(lines: list[Line], out: Out) -> list[Line]:
    """``lines`` without a trending bar or a side list printed over the headline, those placed
    in ``out``; other pages are returned as they are."""
    i = 0
    while i < len(lines) and lines[i].kind is _BOILER:
        i += 1  # buttons, a breadcrumb
    if i >= len(lines):
        return lines
    line = lines[i]
    if line.kind is Kind.READ_ALSO:
        end = _side_list(lines, i, out)
    elif line.kind is _TEXT and _TREND_HINT.search(line.text, 0, _LABEL_END):
        end = _trend_bar(lines, i)
        for ln in lines[i:end]:
            out.discard(ln)
    else:
        # or a read-also box right under the headline, a section label over a signed letter
        # (either takes off lines past ``i`` only: ``i`` stays the first line past buttons)
        return label_over_letter(box_under_headline(lines, i, out), i, out)
    return lines if end == i else [*lines[:i], *lines[end:]]


def _topics(text: str) -> bool:
    """Whether ``text`` lists short topics (two or more, by bars, commas or hashtags)."""
    items = [x for x in _TOPIC_BARS.split(text.strip()) if x]
    return len(items) >= MIN_ITEMS and all(words(x) <= _MAX_TOPIC_WORDS for x in items)


def _trend_bar(lines: list[Line], i: int) -> int:
    """The end of a trending bar at ``i`` (``i`` when there is none)."""
    f = fold(without_pictographs(lines[i].text)).strip()
    label, _, rest = f.partition(":")
    label = label.strip()
    if label not in TREND_LABELS:
        # ``الأكثر بحثاً نتيجة الثانوية | الطقس``: the label and the topics without a colon
        label = next((x for x in TREND_LABELS if f.startswith(x + " ")), "")
        if not label:
            return i
        rest = f[len(label) :]
    if rest.strip():
        return i + 1 if _topics(rest) else i
    j = i + 1
    if j < len(lines) and (
        lines[j].kind is Kind.HASHTAGS or (lines[j].kind is _TEXT and _topics(lines[j].text))
    ):
        return j + 1
    # one topic a line, down to the headline: the title right over the date or byline
    while (
        j + 1 < len(lines)
        and lines[j].kind is _TEXT
        and words(lines[j].text) <= _MAX_TOPIC_WORDS
        and lines[j + 1].kind not in HEAD_META
    ):
        j += 1
    return j


def _side_list(lines: list[Line], i: int, out: Out) -> int:
    """The end of a side list at ``i`` (a read-also label over marked headlines, then the
    article's headline over its date or byline), its items related; ``i`` when there is none."""
    if lines[i].value is not None:
        return i
    items: list[tuple[Line, str, str]] = []  # the line, its mark, its headline
    dropped: list[Line] = []  # the relative times under the items
    j = i + 1
    numbered = timed = 0
    # (a headline may read as hashtags: ``#قاطعوا_النمسا!!`` over ``منذ يوم``)
    while j < len(lines) and lines[j].kind in ITEMS:
        text = lines[j].text
        if (m := _NUMBER.match(text)) and int(m.group(1) or m.group(2)) == numbered + 1:
            numbered += 1
            items.append((lines[j], m.group().strip(), text[m.end() :]))
        elif m := _CLOCK.match(text):
            timed += 1
            items.append((lines[j], m.group().strip(), text[m.end() :]))
        elif j + 1 < len(lines) and _relative(lines[j + 1]):
            items.append((lines[j], "", text))
            dropped.append(lines[j + 1])
            j += 1
        else:
            break
        j += 1
    if (numbered or timed) and j < len(lines) and lines[j].kind in HEAD_META and items:
        # the date right under the last item: that item is the headline, opening with a figure
        # that goes on the list's numbers (``4 رصاصات تقتل …`` under ``3 …``)
        items.pop()
        j -= 1
        numbered, timed = min(numbered, len(items)), min(timed, len(items))
    k = len(items)
    # one form for every item: numbered from one, stamped, or each over its relative time
    marked = k >= MIN_ITEMS and (numbered == k or timed == k or numbered == timed == 0)
    if not (
        marked and j + 1 < len(lines) and lines[j].kind is _TEXT and lines[j + 1].kind in HEAD_META
    ):
        return i
    out.discard(lines[i], lines[i].label)
    for line, mark, headline in items:
        if mark:
            out.discarded.append((line.n, mark))
        add_related(out, line.n, headline)
    for line in dropped:
        out.discard(line)
    return j


def _relative(line: Line) -> bool:
    """A relative time under a list's item (``منذ 3 ساعات``)."""
    return line.kind is _BOILER and line.text.startswith("منذ")
