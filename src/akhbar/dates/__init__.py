"""Dates in Arabic and English news text: ``parse_date``, ``find_dates``, ``resolve_relative``.

What is read (month names in ``data/tables.json``, folded for harakat, tatweel, hamza forms and
Arabic-Indic digits; spans always index the ORIGINAL string):

- month names: Egyptian/Gulf (يناير … ديسمبر), Levantine/Iraqi (كانون الثاني … كانون الأول, also
  ``كانون 2``), Maghrebi (جانفي … ديسمبر), Moroccan (يوليوز غشت شتنبر نونبر دجنبر), English
  (full and abbreviated, ``18th, September 2023``, ``Sep 18, 2023``); combined forms
  ``سبتمبر/أيلول`` and ``أيلول (سبتمبر)`` (both names must agree, else nothing is read);
  Arabic ordinal days (``الأول من يناير 2015``); an optional weekday prefix.
- Hijri dates (``7 شوال 1436هـ``) converted with hijridate (1343–1500 AH). When a text gives a
  Hijri date and, linked by ``الموافق``, a Gregorian date within two days of it, the pair is read
  as the Gregorian date (its span covers both).
- numeric dates: ``YYYY/MM/DD``, ``YYYY-MM-DD`` (rule ``iso8601``), ``DD/MM/YYYY``, ``DD-MM-YYYY``,
  ``DD.MM.YYYY``. Day-first always (Arabic pages write day-first): ``09/18/2023`` is None, not
  guessed. Both separators must be of one kind. A year in 1300–1500, or a trailing ``هـ``, makes
  the date Hijri (rule ``hijri-numeric``); Gregorian years must lie in 1000–2199. A two-digit year
  (``07/08/15`` → 2015-08-07; 70–99 → 19xx) is read only when a label precedes it or a time
  follows it.
- a time before or after the date (and its weekday), maybe after a colon (``26 أغسطس ,2015:
  09:11 ص``): ``06:47``, ``05:39 م``, ``10:30 صباحا``, ``9:15 PM``, with an optional zone (GMT,
  UTC, Z, ت.غ; بتوقيت مكة, بتوقيت السعودية, KSA = +03:00; ``+03:00``). ``iso`` then reads
  ``YYYY-MM-DDTHH:MM[:SS]`` plus the offset from the text, else from ``tz=``; with neither, the
  time is given without an offset.
- a label just before the date (نشر في, نشر بتاريخ, تاريخ النشر, آخر تحديث, التاريخ, بتاريخ,
  Published, Updated, …) is returned in its canonical spelling; it is not part of ``span``.

Relative day words (``أمس``, ``الاثنين الماضي``) are read only by ``resolve_relative``, against
a reference date the caller gives; see ``akhbar.dates._relative`` for its rules.

Nothing is invented: a year alone, a month alone, a bare number or an impossible date
(``31 فبراير 2024``) gives None.
"""

from akhbar.dates._parse import (
    GREGORIAN_YEARS,
    HIJRI_YEARS,
    ParsedDate,
    find_dates,
    parse_date,
    replace_dates,
)
from akhbar.dates._relative import resolve_relative

__all__ = [
    "GREGORIAN_YEARS",
    "HIJRI_YEARS",
    "ParsedDate",
    "find_dates",
    "parse_date",
    "replace_dates",
    "resolve_relative",
]
