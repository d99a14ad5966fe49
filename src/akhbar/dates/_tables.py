"""The data tables (``data/tables.json``) folded and compiled into regular expressions.

Hand-written because no library reads the Arabic month families: dateparser returns None for
Levantine/Iraqi and Maghrebi months, for ``سبتمبر/أيلول`` and for labelled lines (LIBRARIES.md).
Every pattern runs on text folded by ``_fold.fold``; names in the table are folded the same way.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from akhbar.dates._fold import fold
from akhbar.errors import ModelError


@dataclass(frozen=True)
class Tables:
    # names are matched with any spaces between their words (``كانون الثاني``, ``كانونالثاني``),
    # so the tables of what a match means are keyed by the folded name without its spaces
    months: dict[str, int]  # compact folded name -> Gregorian month number
    hijri_months: dict[str, int]  # compact folded name -> Hijri month number
    weekdays: dict[str, int]  # folded name -> Monday=0 .. Sunday=6
    labels: dict[str, str]  # compact folded label -> canonical label
    ordinals: dict[str, int]  # compact folded Arabic ordinal day word -> day number
    month_name: re.Pattern[str]  # [weekday] day [of] month[/month] [,] year [era]
    month_first: re.Pattern[str]  # [weekday] month day[,] year
    hijri: re.Pattern[str]  # [weekday] day hijri-month year [هـ]
    numeric_ymd: re.Pattern[str]
    numeric_dmy: re.Pattern[str]
    time_after: re.Pattern[str]  # anchored at the end of a date (use .match(text, pos))
    time_before: re.Pattern[str]  # searched in a window ending at the start of a date
    zone_after: re.Pattern[str]  # a bare zone after a date with no time ("... 2023 GMT")
    label_before: re.Pattern[str]  # searched in a window ending at the start of a date
    weekday_before: re.Pattern[str]  # searched in a window ending at the start of a date
    # cheap tests that a pattern above may match at all: each searches for the first word of
    # every name the pattern needs, so a text without any skips the pattern (speed)
    month_hint: re.Pattern[str]  # a Gregorian month name (month_name, month_first)
    day_year_hint: re.Pattern[str]  # a day number right before a year (month_first)
    hijri_hint: re.Pattern[str]  # a Hijri month name
    label_hint: re.Pattern[str]
    weekday_hint: re.Pattern[str]


def squash(name: str) -> str:
    """Folded, single-spaced form of a name, as used for table look-ups."""
    return " ".join(fold(name).text.split())


def compact(name: str) -> str:
    """Table key of a folded name as matched (its words joined by any spaces, or none)."""
    return "".join(name.split())


def _alternation(names: list[str]) -> str:
    """Any of ``names`` (folded, single-spaced), words joined by ``\\s*``, longest first.

    Written as a trie (``re`` tries a flat alternation's branches one by one at every position,
    a trie only the branch of the letter it sees), which matches exactly what the flat
    alternation sorted longest first matches, with the same preference, as long as no name
    goes on with a space where another goes on with a letter; otherwise the flat one is used.
    """
    uniq = sorted(set(names), key=lambda s: (-len(s), s))
    root: dict[str, Any] = {}
    for n in uniq:
        node = root
        for ch in n:
            node = node.setdefault(ch, {})
        node[""] = {}

    def ambiguous(node: dict[str, Any]) -> bool:
        kids = [k for k in node if k]
        return (" " in kids and len(kids) > 1) or any(ambiguous(node[k]) for k in kids)

    if ambiguous(root):
        return "|".join(r"\s*".join(re.escape(part) for part in n.split(" ")) for n in uniq)

    def emit(node: dict[str, Any]) -> str:
        parts = [(r"\s*" if k == " " else re.escape(k)) + emit(node[k]) for k in sorted(node) if k]
        if not parts:
            return ""
        body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(root)


def _trie(words: set[str]) -> str:
    """A regex source matching any of ``words`` (literals), as a trie: ``re`` tries the branches
    of a flat alternation one by one at every position, a trie only the matching branch."""
    if "" in words:
        rest = {w for w in words if w}
        return f"(?:{_trie(rest)})?" if rest else ""
    heads = sorted({w[0] for w in words})
    parts = [re.escape(h) + _trie({w[1:] for w in words if w[0] == h}) for h in heads]
    return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"


def _hint(names: list[str]) -> re.Pattern[str]:
    """A pattern found in every match of an ``_alternation`` of ``names``: a name's first
    word (names are folded; their words may be joined by any spaces)."""
    firsts = {n.split(" ")[0] for n in names}
    # a word is found inside any longer word that starts with it: keep the shortest
    kept = {w for w in firsts if not any(w != v and w.startswith(v) for v in firsts)}
    return re.compile(_trie(kept))


def _folded_table(raw: dict[str, list[str]]) -> dict[str, int]:
    return {squash(name): int(key) for key, names in raw.items() for name in names}


def _ordinals(raw: dict[str, Any]) -> dict[str, int]:
    units: list[str] = raw["ordinal_units"]
    tens: dict[str, str] = raw["ordinal_tens"]
    out: dict[str, int] = {}
    for i, word in enumerate(units, start=1):
        out[word] = i
        compound = "الحادي" if i == 1 else word
        out[f"{compound} عشر"] = 10 + i
        if i <= 9:
            out[f"{compound} والعشرين"] = 20 + i
    out["الحادي"] = 1
    out["الحادي والثلاثين"] = 31
    for n, word in tens.items():
        out[word] = int(n)
    # the nominative of the tens (``الخامس والعشرون من يناير``, ``الثلاثون``) beside the
    # genitive the table spells (``والعشرين``)
    for word, day in list(out.items()):
        if word.endswith("ين") and day >= 20:
            out[word[:-2] + "ون"] = day
    return {squash(k): v for k, v in out.items()}


_TIME = (
    r"(?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2})(?:\.\d+)?)?(?!\d)"
    r"(?:\s*(?P<ap>صباحا|صباح|مساءا|مساء|ظهرا|عصرا|ليلا|ص|م|a\.?m\.?|p\.?m\.?)(?![\w.]))?"
    r"(?:\s*\(?\s*(?P<zone>gmt|utc|z|ksa|ت\s*\.\s*غ\.?"
    r"|(?:ب?توقيت\s+)?(?:غرينتش|جرينتش|مكه(?:\s+المكرمه)?|السعوديه)"
    # the Gulf's capitals and states, named after ``بتوقيت`` only (a bare place is a dateline)
    r"|ب?توقيت\s+(?:الرياض|الكويت|الدوحه|قطر|البحرين|المنامه|الامارات|ابو\s?ظبي|دبي|مسقط))"
    r"(?![a-z\w])\s*\)?)?"
    r"(?:\s*(?P<off>[+-]\d{2}:?\d{2}|[+-]\d{1,2})(?!\d)\)?)?"
)


@cache
def tables() -> Tables:
    """Load and compile the tables once per process."""
    try:
        ref = resources.files("akhbar.dates").joinpath("data/tables.json")
        raw: dict[str, Any] = json.loads(ref.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelError(f"akhbar/dates/data/tables.json cannot be read: {exc}") from exc
    months = _folded_table(raw["gregorian_months"])
    hijri_months = _folded_table(raw["hijri_months"])
    weekdays = _folded_table(raw["weekdays"])
    labels = {squash(v): canon for canon, vs in raw["labels"].items() for v in vs}
    ordinals = _ordinals(raw)
    suffix = "|".join(raw["english_ordinal_suffixes"])

    mon = rf"(?:{_alternation(list(months))})(?![^\W\d])\.?"
    hmon = rf"(?:{_alternation(list(hijri_months))})(?![^\W\d])"
    day = (
        rf"(?:(?<!\d)(?P<day>\d{{1,2}})(?:{suffix})?(?![\da-z])"
        rf"|(?<!\w)(?P<dayw>{_alternation(list(ordinals))})(?!\w))"
    )
    year = r"(?<!\d)(?P<year>\d{4})(?!\d)"
    era = r"(?:\s*(?P<era>م|ه|ad)(?!\w))?"
    # "7 / يوليو /2015", "2-أغسطس-2015": a slash or dash may stand between the parts
    d_m = r"\s*[,/\-]?\s*(?:(?:of|من)\s+)?(?:شهر\s+)?"
    m_y = r"\s*[,/\-]?\s*(?:(?:من\s+)?(?:ل?لعام|العام|عام|لسنه|سنه)\s+)?"
    both = rf"(?:\s*(?:/|\(|-|,)?\s*(?P<m2>{mon})\s*\)?)?"  # سبتمبر/أيلول, أيلول (سبتمبر)
    month_name = re.compile(rf"{day}{d_m}(?P<m1>{mon}){both}{m_y}{year}{era}")
    month_first = re.compile(
        rf"(?<!\w)(?P<m1>{mon}){both}\s*(?:(?P<day>\d{{1,2}})(?:{suffix})?)(?![\da-z])\s*,?\s*"
        rf"{year}{era}"
    )
    hijri = re.compile(
        rf"{day}{d_m}(?P<m1>{hmon})(?:\s+(?:المبارك|المعظم|الحرام|الخير))?{m_y}"
        rf"{year}(?:\s*(?P<era>ه)(?!\w))?"
    )
    sep = r"\s*(?P<s{n}>[/.\-]|-+)\s*"
    guard = r"(?<!\d)(?<!\d[./])"
    numeric_ymd = re.compile(
        rf"{guard}(?P<year>\d{{4}}){sep.format(n=1)}(?P<mo>\d{{1,2}}){sep.format(n=2)}"
        rf"(?P<day>\d{{1,2}})(?!\d)(?![./]\d){era}"
    )
    numeric_dmy = re.compile(
        rf"{guard}(?P<day>\d{{1,2}}){sep.format(n=1)}(?P<mo>\d{{1,2}}){sep.format(n=2)}"
        rf"(?P<year>\d{{4}}|\d{{2}})(?!\d)(?![./]\d){era}"
    )
    # ``26 أغسطس ,2015: 09:11 ص``: a colon may stand between the date and its time too
    conn = r"[\s\-|,@:]*(?:(?:at|في|على|الساعه|t)\s*)*"
    labels_alt = _alternation(list(labels))
    return Tables(
        months={compact(k): v for k, v in months.items()},
        hijri_months={compact(k): v for k, v in hijri_months.items()},
        weekdays=weekdays,
        labels={compact(k): v for k, v in labels.items()},
        ordinals={compact(k): v for k, v in ordinals.items()},
        month_name=month_name,
        month_first=month_first,
        hijri=hijri,
        numeric_ymd=numeric_ymd,
        numeric_dmy=numeric_dmy,
        time_after=re.compile(conn + _TIME),
        time_before=re.compile(r"(?<![\d:])(?:الساعه\s*)?" + _TIME + r"[\s\-|,]*$"),
        zone_after=re.compile(r"\s*\(?(?:gmt|utc)(?![a-z])\)?"),
        label_before=re.compile(rf"(?<!\w)(?P<label>{labels_alt})\s*[:\-]?\s*(?:في\s*)?$"),
        month_hint=_hint(list(months)),
        day_year_hint=re.compile(rf"\d(?:{suffix})?\s*,?\s*\d{{4}}"),
        hijri_hint=_hint(list(hijri_months)),
        label_hint=_hint(list(labels)),
        weekday_hint=_hint(list(weekdays)),
        weekday_before=re.compile(
            rf"(?<!\w)(?:يوم\s+)?(?P<wd>{_alternation(list(weekdays))})\.?\s*,?\s*$"
        ),
    )
