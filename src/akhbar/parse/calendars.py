"""Dates of other calendars printed beside the Gregorian date on a date line: the Coptic date
of Egyptian papers (``الأحد 9 من أغسطس 2015 م - 24 من شوال 1436 هـ - 3 من مسرى 1731 ق``) and
the Solar Hijri date of Iranian Arabic sites (``الأحد ۱۸ مرداد ۱۳۹۴ - 9 أغسطس 2015``, ``… هـ.ش``,
``… هجري شمسي``). The line is still the page's date line: ``published`` is its Gregorian date,
printed (never converted from those calendars). Round 15 of the layouts.

``akhbar.dates`` reads Gregorian and Hijri dates only; a date line's leftover words must all be
date words, so the other calendar's day, month and year are taken off the leftover first.
"""

from __future__ import annotations

import re

from akhbar.parse.vocab import fold

__all__ = ["without_other_calendars"]

#: the Coptic months (Egypt's papers print them after the Hijri date)
_COPTIC = (
    "توت بابه هاتور كيهك طوبة أمشير برمهات برمودة بشنس بؤونة أبيب مسرى نسيء بابة بؤونه برموده طوبه"
)
#: the Solar Hijri months as Arabic script prints them
_SOLAR = "فروردين أرديبهشت اردیبهشت خرداد تير تیر مرداد شهريور شهریور مهر آبان آذر دي دی بهمن اسفند"
_MONTHS = "|".join(
    sorted({re.escape(fold(m)) for m in f"{_COPTIC} {_SOLAR}".split()}, key=len)[::-1]
)
#: a day, a month of those calendars and a year, with the calendar's mark after it (``ق``,
#: ``قبطية``, ``هـ.ش``, ``ش``, ``هجري شمسي``); a ``و`` may join it to the date before it
_OTHER = re.compile(
    rf"(?<!\w)و?\d{{1,2}}\s+(?:من\s+)?(?:{_MONTHS})\s+\d{{4}}"
    r"(?:\s*(?:قبطيه|قبطي|ق|ه\s*\.?\s*ش|ش|هجري\s+شمسي|شمسي)(?!\w))?"
)


def without_other_calendars(rest: str) -> str | None:
    """A date line's leftover (its dates taken off) without a Coptic or Solar Hijri date;
    None when it holds none."""
    if not any(ch.isdigit() for ch in rest):
        return None  # (most leftovers: a label or a weekday)
    f = fold(rest)
    cut = _OTHER.sub(" ", f)
    return None if cut == f else cut
