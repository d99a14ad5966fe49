"""Finding absolute dates in Arabic and English news text (see ``akhbar.dates`` for the rules)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal, NamedTuple

from hijridate import Hijri

from akhbar.dates._fold import Folded, fold
from akhbar.dates._tables import Tables, compact, tables

Calendar = Literal["gregorian", "hijri"]

GREGORIAN_YEARS = range(1000, 2200)
HIJRI_YEARS = range(1300, 1501)  # hijridate itself converts 1343-1500 AH
_WINDOW = 80  # how far before a date a label or a leading time is looked for
_LINK = re.compile(r"^\s*[,(/\-]?\s*(?:(?:الموافق|يوافق|الموافقه)(?:\s+ل)?)?\s*[,(/\-]?\s*\(?\s*$")
_ZERO = dt.timedelta(0)
_TWO_DIGITS = re.compile(r"\d{2,}")
#: a numeric date needs a number, a separator, one or two digits, a separator and a number
#: (``_tables`` numeric patterns)
_NUMERIC_HINT = re.compile(r"\d\s*(?:[/.]|-+)\s*\d\d?\s*(?:[/.]|-+)\s*\d")


@dataclass(frozen=True, kw_only=True)
class ParsedDate:
    """One date read from a text.

    ``iso`` is ``YYYY-MM-DD``, or ``YYYY-MM-DDTHH:MM[:SS][+HH:MM]`` when the text gives a time;
    the offset comes from the text (GMT/UTC/Z/ت.غ/+03:00), else from ``tz=``, else is left out.
    ``span`` indexes the ORIGINAL string and covers weekday, date, time and zone, not the label.
    """

    iso: str
    date: dt.date
    time: dt.time | None
    span: tuple[int, int]
    rule: str
    calendar: Calendar
    label: str | None


class _Cand(NamedTuple):
    """A date found by one pattern (a NamedTuple: several are made per date line)."""

    start: int  # folded offsets
    end: int
    date: dt.date
    calendar: Calendar
    rule: str
    short_year: bool = False  # a two-digit year: kept only with a label or a time


def _gregorian(y: int, m: int, d: int) -> dt.date | None:
    if y not in GREGORIAN_YEARS:
        return None
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _from_hijri(y: int, m: int, d: int) -> dt.date | None:
    if y not in HIJRI_YEARS:
        return None
    try:
        return dt.date(*Hijri(y, m, d).to_gregorian().datetuple())
    except (ValueError, OverflowError):
        return None


def _day(m: re.Match[str], t: Tables) -> int:
    g = m.groupdict()
    if g.get("day"):
        return int(g["day"])
    return t.ordinals[compact(g["dayw"])]


def _sep_kind(s: str) -> str:
    return "-" if s.startswith("-") else s


def _month_name(m: re.Match[str], t: Tables) -> _Cand | None:
    m1 = t.months[compact(m.group("m1").rstrip("."))]
    m2 = m.groupdict().get("m2")
    if m2 and t.months[compact(m2.rstrip("."))] != m1:
        return None  # "سبتمبر/تشرين الأول" contradicts itself: read nothing rather than guess
    if m.groupdict().get("era") == "ه":
        return None
    d = _gregorian(int(m.group("year")), m1, _day(m, t))
    if d is None:
        return None
    rule = "english-month" if m.group("m1").isascii() else "month-name"
    return _Cand(m.start(), m.end(), d, "gregorian", rule)


def _hijri(m: re.Match[str], t: Tables) -> _Cand | None:
    month = t.hijri_months[compact(m.group("m1"))]
    d = _from_hijri(int(m.group("year")), month, _day(m, t))
    return None if d is None else _Cand(m.start(), m.end(), d, "hijri", "hijri")


def _numeric(m: re.Match[str], *, ymd: bool) -> _Cand | None:
    if _sep_kind(m.group("s1")) != _sep_kind(m.group("s2")):
        return None
    ytext, era = m.group("year"), m.group("era")
    y, mo, d = int(ytext), int(m.group("mo")), int(m.group("day"))
    if len(ytext) == 2:
        if era:
            return None
        g = _gregorian(2000 + y if y < 70 else 1900 + y, mo, d)
        return None if g is None else _Cand(m.start(), m.end(), g, "gregorian", "numeric-dmy", True)
    if era == "ه" or (era is None and y in HIJRI_YEARS):
        h = _from_hijri(y, mo, d)
        return None if h is None else _Cand(m.start(), m.end(), h, "hijri", "hijri-numeric")
    g = _gregorian(y, mo, d)
    if g is None:
        return None
    text = m.group(0)
    if ymd:
        iso = re.search(r"\d{4}-\d{2}-\d{2}", text) is not None
        return _Cand(m.start(), m.end(), g, "gregorian", "iso8601" if iso else "numeric-ymd")
    return _Cand(m.start(), m.end(), g, "gregorian", "numeric-dmy")


def _windows(text: str) -> list[tuple[int, int]]:
    """Stretches of ``text`` around each year-like number, merged; the patterns run only there.

    Every date read here ends with its year (or, ``YYYY/MM/DD``, starts with it), so a window
    from ``_WINDOW`` characters before a number to the first space some way after it holds
    every date containing that number. This makes long articles several times faster.
    """
    if len(text) <= _WINDOW:  # a short line: one window, the whole text
        return [(0, len(text))] if _TWO_DIGITS.search(text) else []
    out: list[tuple[int, int]] = []
    for m in _TWO_DIGITS.finditer(text):
        lo = max(0, m.start() - _WINDOW)
        hi = min(len(text), m.end() + 16)
        while hi < len(text) and not text[hi].isspace():
            hi += 1
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(hi, out[-1][1]))
        else:
            out.append((lo, hi))
    return out


def _candidates(f: Folded, t: Tables) -> list[_Cand]:
    found: list[_Cand | None] = []
    text = f.text
    numeric = _NUMERIC_HINT.search(text) is not None
    for lo, hi in _windows(text):
        if t.month_hint.search(text, lo, hi):
            found += [_month_name(m, t) for m in t.month_name.finditer(text, lo, hi)]
            if t.day_year_hint.search(text, lo, hi):
                found += [_month_name(m, t) for m in t.month_first.finditer(text, lo, hi)]
        if t.hijri_hint.search(text, lo, hi):
            found += [_hijri(m, t) for m in t.hijri.finditer(text, lo, hi)]
        if numeric:
            found += [_numeric(m, ymd=True) for m in t.numeric_ymd.finditer(text, lo, hi)]
            found += [_numeric(m, ymd=False) for m in t.numeric_dmy.finditer(text, lo, hi)]
    valid = [c for c in found if c is not None]
    if len(valid) > 1:
        valid.sort(key=lambda c: (c.start, c.start - c.end))
    kept: list[_Cand] = []
    for c in valid:
        if kept and c.start < kept[-1].end:
            continue  # overlaps a longer or earlier date
        kept.append(c)
    return kept


def _merge_pairs(cands: list[_Cand], text: str) -> list[_Cand]:
    """Join ``<hijri> الموافق <gregorian>`` (either order) into the Gregorian date."""
    out: list[_Cand] = []
    for c in cands:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.calendar != c.calendar
            and _LINK.match(text[prev.end : c.start])
            and abs((prev.date - c.date).days) <= 2  # Hijri tables differ by a day or two
        ):
            g = c if c.calendar == "gregorian" else prev
            out[-1] = g._replace(start=prev.start, end=c.end)
            continue
        out.append(c)
    return out


def _clock(m: re.Match[str]) -> tuple[dt.time, bool] | None:
    h, mi = int(m.group("h")), int(m.group("mi"))
    s = int(m.group("s")) if m.group("s") else 0
    ap = (m.group("ap") or "").replace(".", "")
    if ap in ("م", "مساء", "مساءا", "ظهرا", "عصرا", "ليلا", "pm") and 1 <= h < 12:
        h += 12
    elif ap in ("ص", "صباح", "صباحا", "am") and h == 12:
        h = 0
    if h > 23 or mi > 59 or s > 59:
        return None
    return dt.time(h, mi, s), m.group("s") is not None


#: a Gulf zone named after ``بتوقيت`` (``_tables._TIME``), folded: group 1 when it is +04:00
_GULF = re.compile(r"(الامارات|ابو\s?ظبي|دبي|مسقط)|الرياض|الكويت|الدوحه|قطر|البحرين|المنامه")


def _offset(m: re.Match[str]) -> dt.timedelta | None:
    zone, off = m.group("zone"), m.group("off")
    base: dt.timedelta | None = None
    if zone:
        # Mecca / Saudi time (``KSA``, ``بتوقيت السعودية``) is +03:00 all year (no summer time),
        # as the other Gulf states' times are (+04:00 in the Emirates and Oman); a zone that
        # keeps summer time (Cairo, Beirut, Amman) is not read: its offset on the day is a rule
        if "توقيت" in zone and (gulf := _GULF.search(zone)) is not None:
            base = dt.timedelta(hours=4 if gulf.group(1) else 3)
        else:
            saudi = "مكه" in zone or zone == "ksa" or "السعوديه" in zone
            base = dt.timedelta(hours=3) if saudi else _ZERO
    if off:
        sign = -1 if off[0] == "-" else 1
        digits = off[1:].replace(":", "")
        hours, minutes = (
            (int(digits[:-2]), int(digits[-2:])) if len(digits) > 2 else (int(digits), 0)
        )
        if hours > 14 or minutes > 59:
            return base
        base = (base or _ZERO) + sign * dt.timedelta(hours=hours, minutes=minutes)
    return base


def _fmt_offset(off: dt.timedelta) -> str:
    total = int(off.total_seconds()) // 60
    sign = "-" if total < 0 else "+"
    return f"{sign}{abs(total) // 60:02d}:{abs(total) % 60:02d}"


def _build(
    c: _Cand, f: Folded, t: Tables, original: str, tz: dt.tzinfo | None, floor: int
) -> tuple[ParsedDate | None, int]:
    """The date ``c`` with its weekday, time, zone and label; ``floor`` is where the previous
    date's span ended (nothing before it is looked at). Returns the date and its folded end."""
    start, end = c.start, c.end
    text = f.text
    # each search below is tried only when the window holds what its pattern needs (speed)
    window = text[max(floor, start - _WINDOW) : start]
    if t.weekday_hint.search(window) and (wday := t.weekday_before.search(window)):
        start -= len(wday.group(0))
        window = text[max(floor, start - _WINDOW) : start]
    clock: tuple[dt.time, bool] | None = None
    offset: dt.timedelta | None = None
    if (
        text.find(":", end) >= 0
        and (after := t.time_after.match(text, end))
        and (clk := _clock(after))
    ):
        clock, offset, end = clk, _offset(after), after.end()
    elif ":" in window and (before := t.time_before.search(window)) and (clk := _clock(before)):
        clock, offset, start = clk, _offset(before), start - len(before.group(0))
        window = text[max(floor, start - _WINDOW) : start]
    elif zone := t.zone_after.match(text, end):
        end = zone.end()
    lab = t.label_before.search(window) if t.label_hint.search(window) else None
    label = t.labels[compact(lab.group("label"))] if lab else None
    if c.short_year and label is None and clock is None:
        return None, floor
    iso = c.date.isoformat()
    time: dt.time | None = None
    if clock is not None:
        time, with_seconds = clock
        if offset is None and tz is not None:
            offset = tz.utcoffset(dt.datetime.combine(c.date, time))
        iso += f"T{time.hour:02d}:{time.minute:02d}"
        if with_seconds:
            iso += f":{time.second:02d}"
        if offset is not None:
            iso += _fmt_offset(offset)
            time = time.replace(tzinfo=dt.timezone(offset))
    # Trim spaces the patterns may have swallowed at either edge.
    while start < end and f.text[start].isspace():
        start += 1
    while end > start and f.text[end - 1].isspace():
        end -= 1
    span = f.span(start, end, original)
    parsed = ParsedDate(
        iso=iso,
        date=c.date,
        time=time,
        span=span,
        rule=c.rule,
        calendar=c.calendar,
        label=label,
    )
    return parsed, end


def find_dates(text: str, *, tz: dt.tzinfo | None = None) -> list[ParsedDate]:
    """Every absolute date in ``text``, in order of appearance."""
    t = tables()
    f = fold(text)
    out: list[ParsedDate] = []
    floor = 0
    for c in _merge_pairs(_candidates(f, t), f.text):
        if c.start < floor:
            continue  # the previous date's time already took this text
        parsed, floor = _build(c, f, t, text, tz, floor)
        if parsed is not None:
            out.append(parsed)
    return out


def parse_date(text: str, *, tz: dt.tzinfo | None = None) -> ParsedDate | None:
    """The date a line gives: a labelled date first, then a Gregorian one, then the first.

    Returns None when the text names no complete, possible date (a year, a month or a bare
    number alone is not a date).
    """
    found = find_dates(text, tz=tz)
    if not found:
        return None
    ranked = sorted(
        enumerate(found), key=lambda ip: (ip[1].label is None, ip[1].calendar != "gregorian", ip[0])
    )
    return ranked[0][1]


def replace_dates(text: str, dates: list[ParsedDate], fill: str = " ") -> str:
    """``text`` with the span of each of ``dates`` (found in it) replaced by ``fill``: what a
    line says besides its dates (labels, a name, a section)."""
    for d in sorted(dates, key=lambda d: d.span[0], reverse=True):
        text = text[: d.span[0]] + fill + text[d.span[1] :]
    return text
