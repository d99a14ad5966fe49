"""akhbar.dates on real date lines: dev pages, TimeML annotations, html-gold pages and the seed."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from itertools import pairwise
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from akhbar.dates import find_dates, parse_date, resolve_relative
from akhbar.dates._fold import _fold_slow, fold

DATA = Path(__file__).parent / "data"


def read_tsv(name: str) -> list[list[str]]:
    rows = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


DATE_ROWS = [
    (r[0], r[1] if len(r) > 1 else "", r[2] if len(r) > 2 else "") for r in read_tsv("dates.tsv")
]


def test_table_is_large_and_covers_every_rule() -> None:
    assert len(DATE_ROWS) >= 60
    rules = {rule for _, _, rule in DATE_ROWS if rule}
    assert rules >= {"english-month", "month-name", "hijri", "hijri-numeric", "numeric-ymd"}
    assert rules >= {"numeric-dmy", "iso8601"}
    assert sum(1 for _, want, _ in DATE_ROWS if not want) >= 20


@pytest.mark.parametrize(("raw", "want", "rule"), DATE_ROWS)
def test_parse_date_table(raw: str, want: str, rule: str) -> None:
    got = parse_date(raw)
    if not want:
        assert got is None, got
        return
    assert got is not None
    assert got.iso == want
    assert got.date.isoformat() == want[:10]
    if rule:
        assert got.rule == rule
    # the span covers the date: reading the span alone (after its label) gives the same date
    a, b = got.span
    assert 0 <= a < b <= len(raw)
    again = parse_date(f"{got.label or ''}: {raw[a:b]}")
    assert again is not None and again.date == got.date


def test_levantine_month_is_exact_where_trafilatura_gives_january() -> None:
    got = parse_date("15 آذار 2024")
    assert got is not None
    assert (got.iso, got.rule, got.calendar, got.time) == (
        "2024-03-15",
        "month-name",
        "gregorian",
        None,
    )
    assert got.span == (0, 12)


@pytest.mark.parametrize(
    ("raw", "label", "covered"),
    [
        ("تاريخ النشر: 6th, August 2015 GMT", "تاريخ النشر", "6th, August 2015 GMT"),
        ("نشر في: 9 آب 2015", "نشر في", "9 آب 2015"),
        ("نشر بتاريخ: 2015/08/07 06:47", "نشر بتاريخ", "2015/08/07 06:47"),
        (
            "آخر تحديث: الإثنين، 10 أغسطس 2015 - 10:30 صباحاً",
            "آخر تحديث",
            "الإثنين، 10 أغسطس 2015 - 10:30 صباحاً",
        ),
        ("جريدة الصباح بتاريخ 2019/02/09", "بتاريخ", "2019/02/09"),
        ("التاريخ: 20.03.2021", "التاريخ", "20.03.2021"),
        ("Published: Sept. 18, 2023", "Published", "Sept. 18, 2023"),
        ("الجمعة 24 يوليو 2015 - 03:59 م", None, "الجمعة 24 يوليو 2015 - 03:59 م"),
        ("Updated: 18/09/2023 10:00 GMT", "Updated", "18/09/2023 10:00 GMT"),
        ("10:30 PM, Mon, Sep 18, 2023", None, "10:30 PM, Mon, Sep 18, 2023"),
        ("حادث سير في 4 ــ 7 ــ 1436هـ ، نقل", None, "4 ــ 7 ــ 1436هـ"),
    ],
)
def test_label_and_span(raw: str, label: str | None, covered: str) -> None:
    got = parse_date(raw)
    assert got is not None
    assert got.label == label
    assert raw[got.span[0] : got.span[1]] == covered


def test_hijri_and_gregorian_pair_reads_as_one_gregorian_date() -> None:
    raw = "الكويت 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس"
    dates = find_dates(raw)
    assert [(d.iso, d.calendar) for d in dates] == [("2015-08-10", "gregorian")]
    assert raw[dates[0].span[0] : dates[0].span[1]] == "25 شوال 1436 هـ الموافق 10 اغسطس 2015 م"


def test_find_dates_returns_every_date_in_order() -> None:
    raw = (
        "وكان المؤتمر الوطني في يناير 2013 قد أقر قانوناً، واعتمد تاريخ 1 يناير 2015 موعداً، "
        "ثم مدده إلى 31/12/2015 بعد اجتماع 1436/10/10هـ."
    )
    got = find_dates(raw)
    assert [(d.iso, d.rule) for d in got] == [
        ("2015-01-01", "month-name"),
        ("2015-12-31", "numeric-dmy"),
        ("2015-07-26", "hijri-numeric"),
    ]
    assert [raw[d.span[0] : d.span[1]] for d in got] == [
        "1 يناير 2015",
        "31/12/2015",
        "1436/10/10هـ",
    ]


def test_a_time_belongs_to_one_date_only() -> None:
    raw = "الأحد 9 أغسطس 2015 10:30 الاثنين 10 أغسطس 2015"
    got = find_dates(raw)
    assert [d.iso for d in got] == ["2015-08-09T10:30", "2015-08-10"]
    assert [raw[d.span[0] : d.span[1]] for d in got] == [
        "الأحد 9 أغسطس 2015 10:30",
        "الاثنين 10 أغسطس 2015",
    ]


def test_time_offset_comes_from_text_then_tz_then_none() -> None:
    riyadh = ZoneInfo("Asia/Riyadh")
    local = "الجمعة 24 يوليو 2015 - 03:59 م"
    got = parse_date(local, tz=riyadh)
    assert got is not None and got.iso == "2015-07-24T15:59+03:00"
    assert got.time == dt.time(15, 59, tzinfo=dt.timezone(dt.timedelta(hours=3)))
    no_tz = parse_date(local)
    assert no_tz is not None and no_tz.iso == "2015-07-24T15:59" and no_tz.time == dt.time(15, 59)
    gmt = parse_date("28 آب 2013 14:00 (GMT+0400)", tz=riyadh)
    assert gmt is not None and gmt.iso == "2013-08-28T14:00+04:00"
    # a zone with no time is not a time: the date stays a date
    assert parse_date("18th, September 2023 GMT", tz=riyadh).iso == "2023-09-18"  # type: ignore[union-attr]


def test_parse_date_prefers_labelled_then_gregorian() -> None:
    line = "مساء يومي 17-18/09/1436هـ، نشر في 2 آب 2015"
    got = parse_date(line)
    assert got is not None and (got.iso, got.label) == ("2015-08-02", "نشر في")
    assert parse_date("اجتماع 11-10-1436هـ ثم 3 أغسطس 2015").iso == "2015-08-03"  # type: ignore[union-attr]


RELATIVE_ROWS = [
    (r[0], dt.date.fromisoformat(r[1]), r[2].split() if len(r) > 2 else [])
    for r in read_tsv("dates_relative.tsv")
]


@pytest.mark.parametrize(("raw", "reference", "want"), RELATIVE_ROWS)
def test_resolve_relative_table(raw: str, reference: dt.date, want: list[str]) -> None:
    got = resolve_relative(raw, reference=reference)
    assert [d.iso for d in got] == want
    for d in got:
        assert d.rule == "relative"
        assert raw[d.span[0] : d.span[1]].strip() == raw[d.span[0] : d.span[1]]


def test_relative_span_leaves_clitic_out() -> None:
    (got,) = resolve_relative("بالأمس أعلنت الوزارة", reference=dt.date(2015, 8, 11))
    assert "بالأمس أعلنت"[got.span[0] : got.span[1]] == "الأمس"


def test_every_dev_page_gold_date_is_read_from_a_line_of_its_page() -> None:
    pages: dict[str, tuple[str, list[str]]] = {}
    lines: defaultdict[str, list[str]] = defaultdict(list)
    for page, gold, line in read_tsv("dates_dev_lines.tsv"):
        pages[page] = (gold, lines[page])
        lines[page].append(line)
    dated = {p: g for p, (g, _) in pages.items() if g}
    assert len(dated) == 240
    some = sum(
        1
        for p, g in dated.items()
        if any((d := parse_date(x)) and d.date.isoformat() == g for x in lines[p])
    )
    first = 0
    for p, g in dated.items():
        hits = [d for x in lines[p] if (d := parse_date(x))]
        first += bool(hits) and hits[0].date.isoformat() == g
    assert some / len(dated) == 1.0
    assert first / len(dated) == 1.0  # the first dated line of each page is its publication date


# --- properties -------------------------------------------------------------------------

_ALPHABET = [
    *"0123456789٠١٢٣٤٥٦٧٨٩/-.:, ()هـم",
    "آذار ",
    "أغسطس ",
    "كانون 2 ",
    "شوال ",
    "الموافق ",
    "الإثنين ",
    "نشر في: ",
    "ص ",
    "GMT ",
    "th, September ",
    "ً",
    "ـ",
]


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(st.text(max_size=80), st.lists(st.sampled_from(_ALPHABET), max_size=25).map("".join))
)
def test_never_raises_and_dates_are_valid(text: str) -> None:
    found = find_dates(text, tz=dt.UTC)
    for prev, d in pairwise(found):
        assert prev.span[1] <= d.span[0]  # in order, never overlapping
    for d in found:
        assert isinstance(d.date, dt.date)
        assert d.iso.startswith(d.date.isoformat())
        assert 0 <= d.span[0] < d.span[1] <= len(text)
        assert d.calendar in ("gregorian", "hijri")
        assert (d.time is None) == ("T" not in d.iso)
    parse_date(text)
    resolve_relative(text, reference=dt.date(2015, 8, 11))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("أإآاىةـًٌّْ ٠١2aAB—،\u200f\u0130ﻻ")), max_size=30))
def test_fast_folding_agrees_with_character_by_character_folding(text: str) -> None:
    fast, slow = fold(text), _fold_slow(text)
    assert fast.text == slow.text
    assert [fast.orig(i) for i in range(len(fast.text))] == [
        slow.orig(i) for i in range(len(slow.text))
    ]


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        ("5 كانونالثاني 2015", "2015-01-05"),  # a two-word month printed without its space
        ("الحاديعشر من آب 2015", "2015-08-11"),
        ("تاريخالنشر: 9 آب 2015", "2015-08-09"),
    ],
)
def test_multiword_names_printed_without_their_space(raw: str, want: str) -> None:
    got = parse_date(raw)
    assert got is not None
    assert got.iso == want
