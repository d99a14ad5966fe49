"""Relative day words (أمس, اليوم, غدا, الاثنين الماضي, يوم الأحد) resolved against a reference date.

Rules, kept deliberately small (news is written in the past tense about the recent past):

- ``أمس``/``الأمس``/``بالأمس``/``البارحة`` → reference − 1; ``أول أمس``/``أمس الأول`` → − 2;
  ``اليوم`` → reference; ``غدا``/``الغد`` → + 1; ``بعد غد`` → + 2; also yesterday/today/tomorrow.
  A weekday right after the word (``أمس الجمعة``) is part of the span; the word decides the date.
- weekday + ``الماضي``/``الفائت``/``المنصرم``/``السابق`` → the latest such weekday strictly before
  the reference; weekday + ``المقبل``/``القادم`` → the first such weekday strictly after it.
- ``يوم الأحد`` or a bare ``الأحد`` → the latest such weekday on or before the reference.
- weekdays that belong to an absolute date (``الأحد 9 أغسطس 2015``) are not read again, and
  ``اليوم التالي`` (the next day, relative to some other event) is skipped.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from akhbar.dates._fold import fold
from akhbar.dates._parse import ParsedDate, find_dates
from akhbar.dates._tables import squash, tables

_WORDS = {
    "اول امس": -2,
    "امس الاول": -2,
    "بعد غد": 2,
    "بعد الغد": 2,
    "امس": -1,
    "الامس": -1,
    "البارحه": -1,
    "yesterday": -1,
    "اليوم": 0,
    "today": 0,
    "غدا": 1,
    "الغد": 1,
    "tomorrow": 1,
}
_PAST = ("الماضي", "الفائت", "المنصرم", "السابق")
_NEXT = ("المقبل", "القادم")


@cache
def _pattern() -> re.Pattern[str]:
    days = sorted((w for w in tables().weekdays if w.startswith("ال")), key=lambda s: (-len(s), s))
    wd = "|".join(map(re.escape, days))
    words = "|".join(
        r"\s+".join(map(re.escape, w.split())) for w in sorted(_WORDS, key=lambda s: -len(s))
    )
    mods = "|".join(_PAST + _NEXT)
    return re.compile(
        rf"(?<!\w)[وفب]?(?P<expr>"
        rf"(?P<word>{words})(?:\s+(?P<wd1>{wd}))?(?!\w)(?!\s+التالي)"
        rf"|(?:يوم\s+)?(?P<wd2>{wd})(?:\s+(?P<mod>{mods}))?(?!\w)"
        rf")"
    )


def _weekday_before(ref: dt.date, wd: int, *, strictly: bool) -> dt.date:
    back = (ref.weekday() - wd) % 7
    if strictly and back == 0:
        back = 7
    return ref - dt.timedelta(days=back)


def resolve_relative(text: str, *, reference: dt.date) -> list[ParsedDate]:
    """Every relative day expression in ``text`` as a date, in order (rule ``relative``)."""
    f = fold(text)
    matches = list(_pattern().finditer(f.text))
    if not matches:
        return []
    taken = [p.span for p in find_dates(text)]
    weekdays = tables().weekdays
    out: list[ParsedDate] = []
    for m in matches:
        start, end = f.span(m.start("expr"), m.end(), text)  # a clitic و/ف/ب stays out
        if any(a < end and start < b for a, b in taken):
            continue
        if m.group("word"):
            date = reference + dt.timedelta(days=_WORDS[squash(m.group("word"))])
        else:
            wd = weekdays[m.group("wd2")]
            mod = m.group("mod")
            if mod in _NEXT:
                date = reference + dt.timedelta(days=(wd - reference.weekday()) % 7 or 7)
            else:
                date = _weekday_before(reference, wd, strictly=mod in _PAST)
        out.append(
            ParsedDate(
                iso=date.isoformat(),
                date=date,
                time=None,
                span=(start, end),
                rule="relative",
                calendar="gregorian",
                label=None,
            )
        )
    return out
