"""How the web app writes dates, numbers and outlet names in Arabic.

Dates read ``السبت 8 أغسطس 2015، 06:04``: weekday and month in Arabic, digits in the Western
form that the Saudi outlets of the corpus print. No library formats Arabic dates without a
locale installed on the machine (``babel`` would be a new dependency for two tables), so the
month and weekday names are a table here.

>>> arabic_date("2015-08-08T06:04:27")
'السبت 8 أغسطس 2015، 06:04'
>>> arabic_date("2015-08-08")
'السبت 8 أغسطس 2015'
>>> arabic_date("not a date")
'not a date'
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping, Sequence
from functools import cache, lru_cache
from importlib.resources import files

__all__ = [
    "arabic_date",
    "arabic_day",
    "articles_count",
    "lead",
    "load_outlet_names",
    "outlet_name",
    "outlets_count",
    "results_count",
    "section_split",
    "summary",
]

#: Gregorian months as the Gulf press names them
MONTHS = (
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
)
#: Monday first, as ``date.weekday()`` counts
WEEKDAYS = ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")


def _parse(value: str) -> dt.datetime | dt.date | None:
    try:
        if len(value) <= 10:
            return dt.date.fromisoformat(value)
        return dt.datetime.fromisoformat(value)
    except ValueError:
        return None


@lru_cache(maxsize=8192)  # a results page writes each of its facet days again and again
def arabic_date(value: str | None, *, weekday: bool = True, time: bool = True) -> str:
    """An ISO date or timestamp in Arabic words; anything else comes back as it was."""
    if not value:
        return ""
    when = _parse(value)
    if when is None:
        return value
    day = when.date() if isinstance(when, dt.datetime) else when
    out = f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    if weekday:
        out = f"{WEEKDAYS[day.weekday()]} {out}"
    if time and isinstance(when, dt.datetime):
        out += f"، {when:%H:%M}"
    return out


def arabic_day(value: str | None) -> str:
    """A day without weekday or time: ``8 أغسطس 2015``."""
    return arabic_date(value, weekday=False, time=False)


@lru_cache(maxsize=8192)
def section_split(headline: str | None) -> tuple[str | None, str]:
    """A wire headline's section label split off, ``(label, rest)``; ``(None, headline)``
    when it has none. The label is the one or two words before `` / `` at the start (what a
    news agency prints, ``عام / نائب خادم الحرمين …``), shown above or before the headline
    instead of inside it.

    >>> section_split("اقتصادي / الأسهم الباكستانية تغلق على ارتفاع")
    ('اقتصادي', 'الأسهم الباكستانية تغلق على ارتفاع')
    >>> section_split("ارتفاع 2015 / 2016 في الأسعار")
    (None, 'ارتفاع 2015 / 2016 في الأسعار')
    """
    if not headline:
        return None, headline or ""
    label, sep, rest = headline.partition(" / ")
    label, rest = label.strip(), rest.strip()
    if (
        sep
        and 1 <= len(label.split()) <= 2
        and len(label) <= 20
        and not any(c.isdigit() for c in label)
        and len(rest.split()) >= 2
    ):
        return label, rest
    return None, headline


def lead(paragraphs: Sequence[str]) -> str:
    """The paragraph that opens an article's text: the first of eight words or more (a
    dateline or a byline line such as ``عين اليوم – هيفاء عبدالله`` often stands first),
    else the first.

    >>> lead(["عين اليوم – هيفاء عبدالله", "ألقت الجهات الأمنية بمحافظة حفر الباطن القبض على عامل"])
    'ألقت الجهات الأمنية بمحافظة حفر الباطن القبض على عامل'
    """
    for p in paragraphs:
        if len(p.split(None, 8)) > 8:  # at most 9 pieces: a long paragraph is not split whole
            return p
    return paragraphs[0] if paragraphs else ""


def summary(text: str | None, limit: int = 160) -> str:
    """``text`` cut to at most ``limit`` characters at a word's end, with "…" when cut: a
    page's description for search engines and link previews.

    >>> summary("وقال الوزير إن المملكة ماضية في خططها", 20)
    'وقال الوزير إن…'
    >>> summary("  خبر   قصير ")
    'خبر قصير'
    """
    # only the start can be shown: a paragraph of thousands of characters is not split whole
    text = text or ""
    head = text[: 2 * limit]
    out = " ".join(head.split())
    if len(out) <= limit:
        return out if len(head) == len(text) or not text[len(head) :].strip() else out + "…"
    cut = out[: limit - 1]
    if " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip("،,.:؛") + "…"


def _counted(n: int, one: str, two: str, few: str, many: str, rest: str | None = None) -> str:
    """``n`` of a noun, agreeing with the number as Arabic does: its own words for one and two,
    the plural after 3–10, ``many`` after 11–99 (the accusative singular), ``rest`` (else
    ``many``) after 0, 100, 101 …"""
    if n == 1:
        return one
    if n == 2:
        return two
    if 3 <= n % 100 <= 10:
        return f"{n} {few}"
    if 11 <= n % 100 <= 99:
        return f"{n} {many}"
    return f"{n} {rest or many}"


def articles_count(n: int) -> str:
    """``n`` articles with the Arabic noun agreeing with the number.

    >>> [articles_count(n) for n in (1, 2, 3, 11, 100)]
    ['مقال واحد', 'مقالان', '3 مقالات', '11 مقالاً', '100 مقال']
    """
    return _counted(n, "مقال واحد", "مقالان", "مقالات", "مقالاً", "مقال")


def outlets_count(n: int) -> str:
    """``n`` newspapers, after ``في``: ``في صحيفتين``, ``في 5 صحف``.

    >>> [outlets_count(n) for n in (1, 2, 5, 12)]
    ['صحيفة واحدة', 'صحيفتين', '5 صحف', '12 صحيفة']
    """
    return _counted(n, "صحيفة واحدة", "صحيفتين", "صحف", "صحيفة")


def results_count(n: int) -> str:
    """``n`` search results with the noun agreeing with the number.

    >>> [results_count(n) for n in (0, 1, 2, 9, 11, 103)]
    ['0 نتيجة', 'نتيجة واحدة', 'نتيجتان', '9 نتائج', '11 نتيجة', '103 نتائج']
    """
    return _counted(n, "نتيجة واحدة", "نتيجتان", "نتائج", "نتيجة")


@cache
def load_outlet_names() -> Mapping[str, str]:
    """Outlet ids (SaudiNewsNet ``source``) to the names the papers print (shipped data)."""
    text = files("akhbar.web").joinpath("data/outlets.json").read_text(encoding="utf-8")
    names: dict[str, str] = json.loads(text)
    return names


def outlet_name(outlet: str | None, source: str | None = None) -> str:
    """The outlet's Arabic name when known, else its id (a host name for crawled pages); for
    an article without an outlet, the source it names (``Article.source``, as its page shows
    it), and «unknown source» only when it names none.

    >>> outlet_name("okaz"), outlet_name(None, "سكاي نيوز عربية"), outlet_name(None)
    ('عكاظ', 'سكاي نيوز عربية', 'مصدر غير معروف')
    """
    if not outlet:
        return source or "مصدر غير معروف"
    return load_outlet_names().get(outlet, outlet)
