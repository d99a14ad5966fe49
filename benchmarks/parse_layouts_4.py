"""A fourth round of page layouts neither the dev pages nor the first three rounds use, gold
known by construction.

    python benchmarks/parse_layouts_4.py [--pages N] [--misses] [--write DIR] [--json]

Built like ``benchmarks/parse_layouts.py`` (real SaudiNewsNet articles printed into plain-text
pages) with forms the earlier rounds lack: a ``عاجل:`` / ``عاجل |`` / ``تحديث:`` / ``بالفيديو:``
prefix on the headline (kept: the headline is as printed); a headline broken over two lines at
its colon (``مسؤول كردي:`` over the rest; the headline is both, whitespace collapsed); Hijri
dates in Eastern digits with the Gregorian date in Latin ones on one line; correspondent
bylines (``مراسلنا في جدة``, ``الرياض - مراسلنا``, ``من مراسلنا في جدة``, ``خاص بـ«سبق»``);
photo credit lines between paragraphs (``(تصوير: فلان)``, ``صورة: واس``: body, as the earlier
rounds keep captions); ``الرابط المختصر:`` with its short URL on the line or under it; video
and gallery pages (``شاهد الفيديو``, ``مدة الفيديو: 02:30``, ``اضغط هنا لمشاهدة الصور``,
``1 / 12``); widgets printed around the article — prayer times under ``مواقيت الصلاة``, the
weather (``الرياض 44°``), currency and stock tickers (``الدولار 3.75``), a poll (``استطلاع
رأي``, its question and options, ``صوّت``) — all discarded; pagination (``الصفحة 1 من 3``,
``1 2 3 التالي »``); a report whose body has numbered sub-headings (``أولاً: …``, body).

Same options and table as ``benchmarks/parse_layouts.py``.
"""

from __future__ import annotations

import datetime as dt
import functools
import sys

from hijridate import Gregorian
from parse_layouts import (
    CITIES,
    EASTERN,
    MONTHS,
    NAMES,
    Item,
    Layout,
    Parts,
    _clock,
    _page,
    _rel,
    _weekday,
    load_items,
    main,
    pick_tags,
)

from akhbar.model import Article, Page

PREFIXES = ("عاجل: ", "عاجل | ", "تحديث: ", "بالفيديو: ", "بالصور: ", "عاجل - ")
PRAYERS = ("الفجر", "الشروق", "الظهر", "العصر", "المغرب", "العشاء")
CURRENCIES = (
    ("الدولار", "3.75"),
    ("اليورو", "4.12"),
    ("الجنيه الإسترليني", "5.83"),
    ("الدرهم الإماراتي", "1.02"),
    ("الين الياباني", "0.030"),
)
SHORT_URLS = ("https://sabq.org/aB3xY", "http://bit.ly/1Kx9Qz", "https://alyaum.com/s/7731")
ORDINALS = ("أولاً", "ثانياً", "ثالثاً", "رابعاً", "خامساً")


def _date(d: dt.date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def _short(outlet: str) -> str:
    return outlet.removeprefix("صحيفة ").removeprefix("جريدة ")


@functools.cache
def _colon_items() -> tuple[Item, ...]:
    """Clean articles whose title is a speaker (or subject) and what they said, split at one
    colon: ``مسؤول كردي: الاتحاد الأوروبي يفتح قريبًا مكتبًا في أربيل``."""
    out = []
    for it in load_items():
        if not it.clean or it.title.count(":") != 1:
            continue
        left, right = it.title.split(":")
        if 1 <= len(left.split()) <= 5 and len(right.split()) >= 3:
            out.append(it)
    return tuple(out)


def breaking_prefix(p: Parts) -> tuple[list[str], Page]:
    """``عاجل:`` / ``عاجل |`` / ``تحديث:`` / ``بالفيديو:`` before the headline (kept), a date
    with Eastern digits in its day and time, body, source, tags, then ``الرابط المختصر:`` with
    its short URL on the line or on the next one."""
    r, d = p.rng, p.main.day
    headline = r.choice(PREFIXES) + p.main.title
    date = f"{_weekday(d)} {d.day}".translate(EASTERN) + f" {MONTHS[d.month - 1]} {d.year}"
    url = r.choice(SHORT_URLS)
    lines = [
        headline,
        r.choice([date, f"{date} - {_clock(r)} م".translate(EASTERN)]),
        *p.main.paragraphs,
        f"المصدر: {p.main.outlet}",
        "كلمات دلالية: " + "، ".join(p.tags),
        *r.choice([[f"الرابط المختصر: {url}"], ["الرابط المختصر", url], ["رابط مختصر:", url]]),
    ]
    _, page = _page(p, lines, published=d.isoformat(), source=p.main.outlet)
    return lines, Page(input="", main=_with_headline(page.main, headline))


def _with_headline(a: Article, headline: str) -> Article:
    return Article(
        headline=headline,
        published=a.published,
        source=a.source,
        byline=a.byline,
        body=a.body,
        tags=a.tags,
    )


def split_headline(p: Parts) -> tuple[list[str], Page]:
    """A ``speaker: words`` headline broken at its colon over two lines (the headline is both,
    joined by a space), a weekday + Hijri (Eastern digits) + Gregorian (Latin digits) date,
    body, source, tags, a related list."""
    r = p.rng
    used = {p.main.title, *p.related}
    item = r.choice([it for it in _colon_items() if it.title not in used])
    d = item.day
    h = Gregorian(d.year, d.month, d.day).to_hijri()
    hijri = f"{h.day} {h.month_name('ar')} {h.year} هـ".translate(EASTERN)
    left, right = item.title.split(":")
    rel = _rel(p)
    tags = pick_tags(item, r)
    lines = [
        left.strip() + ":",
        right.strip(),
        f"{_weekday(d)} {hijri} - {_date(d)} م",
        *item.paragraphs,
        f"المصدر: {item.outlet}",
        "الوسوم: " + "، ".join(tags),
        "أخبار ذات صلة",
        *rel,
    ]
    headline = f"{left.strip()}: {right.strip()}"
    main_article = Article(
        headline=headline,
        published=d.isoformat(),
        source=item.outlet,
        body=item.paragraphs,
        tags=tuple(tags),
    )
    _, page = _page(p, lines, published=None, related=rel)
    return lines, Page(input="", main=main_article, related=page.related)


def correspondent_credits(p: Parts) -> tuple[list[str], Page]:
    """A correspondent's byline right under the date (``مراسلنا في جدة``, ``الرياض -
    مراسلنا``, ``من مراسلنا في جدة``, ``خاص بـ«سبق»``), photo credits between paragraphs
    (``(تصوير: فلان)``, ``صورة: واس``: body), source, tags."""
    r, d = p.rng, p.main.day
    city = r.choice(CITIES)
    short = _short(p.main.outlet)
    byline = r.choice(
        [
            f"مراسلنا في {city}",
            f"{city} - مراسلنا",
            f"من مراسلنا في {city}",
            f"خاص بـ«{short}»",
            f"{city} - مراسل «{short}»",
            f"{city}: مراسلنا",
        ]
    )
    credit = r.choice(
        [
            f"(تصوير: {r.choice(NAMES)})",
            "صورة: واس",
            f"(الصورة: {r.choice(NAMES)})",
            f"(عدسة: {r.choice(NAMES)})",
        ]
    )
    paras = p.main.paragraphs
    body = (paras[0], credit, *paras[1:])
    lines = [
        p.main.title,
        f"{_weekday(d)} {_date(d)} - {_clock(r)} م",
        byline,
        *body,
        f"المصدر: {p.main.outlet}",
        "كلمات دلالية: " + "، ".join(p.tags),
    ]
    return _page(p, lines, published=d.isoformat(), source=p.main.outlet, byline=byline, body=body)


def video_gallery(p: Parts) -> tuple[list[str], Page]:
    """A video page: the player's lines under the date (``شاهد الفيديو``, ``مدة الفيديو:
    02:30``, ``▶ تشغيل``), body, a gallery prompt and counter (``اضغط هنا لمشاهدة الصور``,
    ``ألبوم الصور (12 صورة)``, ``1 / 12``), source, tags: the player and gallery discarded."""
    r, d = p.rng, p.main.day
    mm, ss = r.randint(0, 9), r.randint(0, 59)
    n = r.randint(5, 24)
    player = r.sample(
        [
            "شاهد الفيديو",
            f"مدة الفيديو: {mm:02d}:{ss:02d}",
            f"{mm:02d}:{ss:02d}",
            "▶ تشغيل",
            "شاهد بالفيديو",
            "فيديو",
        ],
        k=3,
    )
    gallery = r.sample(
        [
            "اضغط هنا لمشاهدة الصور",
            f"ألبوم الصور ({n} صورة)",
            f"1 / {n}",
            f"الصور ({n})",
            "شاهد الصور",
            "معرض الصور",
        ],
        k=3,
    )
    lines = [
        p.main.title,
        _date(d),
        *player,
        *p.main.paragraphs,
        *gallery,
        f"المصدر: {p.main.outlet}",
        "وسوم: " + "، ".join(p.tags),
    ]
    return _page(p, lines, published=d.isoformat(), source=p.main.outlet)


def _prayer_widget(p: Parts) -> list[str]:
    r = p.rng
    city = r.choice(CITIES)
    head = r.choice(["مواقيت الصلاة", f"مواقيت الصلاة في {city}", f"مواقيت الصلاة - {city}"])
    times = []
    for k, name in enumerate(PRAYERS[: r.choice([5, 6])]):
        hh, mi = (4, 5, 12, 15, 18, 19)[k], r.randint(0, 59)
        t = f"{hh if hh <= 12 else hh - 12}:{mi:02d}"
        t = t.translate(EASTERN) if r.random() < 0.3 else t
        times.append(
            r.choice([f"{name} {t}", f"{name}: {t}", f"{name} {t} {'ص' if k < 3 else 'م'}"])
        )
    return [head, *times]


def _weather_widget(p: Parts) -> list[str]:
    r = p.rng
    cities = r.sample(CITIES, k=r.randint(1, 3))
    sky = ("", " مشمس", " غائم جزئياً", " غبار")
    rows = [f"{c} {r.randint(28, 47)}°{r.choice(sky)}" for c in cities]
    return [r.choice(["الطقس", "حالة الطقس", "الطقس اليوم"]), *rows]


def prayer_weather_widgets(p: Parts) -> tuple[list[str], Page]:
    """A prayer-times widget (``مواقيت الصلاة`` over ``الفجر 4:12`` …) and a weather one
    (``الطقس`` over ``الرياض 44°``) above the headline, in either order; the article; the
    other widget again under the related list: every widget line discarded."""
    r, d = p.rng, p.main.day
    widgets = [_prayer_widget(p), _weather_widget(p)]
    r.shuffle(widgets)
    rel = _rel(p)
    lines = [
        *widgets[0],
        *widgets[1],
        p.main.title,
        f"{_weekday(d)} {_date(d)}",
        *p.main.paragraphs,
        f"المصدر: {p.main.outlet}",
        "كلمات دلالية: " + "، ".join(p.tags),
        "أخبار ذات صلة",
        *rel,
        *_prayer_widget(p),
    ]
    return _page(p, lines, published=d.isoformat(), source=p.main.outlet, related=rel)


def ticker_poll(p: Parts) -> tuple[list[str], Page]:
    """A currency / stock ticker above the headline (one line with ``|`` or a header over one
    rate per line), the article, then a poll between the body and its source (``استطلاع
    رأي``, a question, its options, ``صوّت``, ``النتائج``): ticker and poll discarded."""
    r, d = p.rng, p.main.day
    rates = r.sample(CURRENCIES, k=3)
    index = f"تاسي {r.randint(7000, 9999)}.{r.randint(10, 99)} {r.choice('▲▼')} {r.random():.2f}%"
    ticker = r.choice(
        [
            [" | ".join(f"{c} {v}" for c, v in rates)],
            [r.choice(["أسعار العملات", "أسعار الصرف"]), *(f"{c} {v}" for c, v in rates)],
            [r.choice(["الأسهم", "مؤشرات الأسواق"]), index, *(f"{c} {v} ريال" for c, v in rates)],
        ]
    )
    words = p.main.title.split()
    question = f"هل تؤيد {' '.join(words[: min(6, len(words))])}؟"
    options = r.choice([["نعم", "لا", "لا أعرف"], ["أؤيد", "أعارض", "محايد"], ["نعم", "لا"]])
    poll = [
        r.choice(["استطلاع رأي", "استطلاع الرأي", "شارك في الاستطلاع", "استفتاء"]),
        question,
        *options,
        r.choice(["صوّت", "تصويت", "صوت الآن"]),
        *r.choice([["النتائج"], ["عرض النتائج"], []]),
    ]
    lines = [
        *ticker,
        p.main.title,
        f"{d.year}/{d.month:02d}/{d.day:02d}",
        *p.main.paragraphs,
        *poll,
        f"المصدر: {p.main.outlet}",
        "الكلمات الدلالية: " + "، ".join(p.tags),
    ]
    return _page(p, lines, published=d.isoformat(), source=p.main.outlet)


def paginated(p: Parts) -> tuple[list[str], Page]:
    """The first page of an article printed over several: after its body a page counter
    (``الصفحة 1 من 3``, ``صفحة 1 / 3``) and links (``1 2 3 التالي »``, ``« السابق | التالي
    »``) before the source and tags: discarded."""
    r, d = p.rng, p.main.day
    n = r.randint(2, 5)
    counter = r.choice([f"الصفحة 1 من {n}", f"صفحة 1 / {n}", f"الصفحة 1 من {n}".translate(EASTERN)])
    links = r.choice(
        [
            " ".join(str(k) for k in range(1, n + 1)) + " التالي »",
            "« السابق | التالي »",
            "التالي »",
            "الصفحة التالية",
        ]
    )
    lines = [
        p.main.title,
        f"{_weekday(d)}، {_date(d)}",
        *p.main.paragraphs,
        *r.choice([[counter, links], [links], [counter]]),
        f"المصدر: {p.main.outlet}",
        "وسوم: " + "، ".join(p.tags),
    ]
    return _page(p, lines, published=d.isoformat(), source=p.main.outlet)


def numbered_subheadings(p: Parts) -> tuple[list[str], Page]:
    """A report whose paragraphs after the first are each under a numbered sub-heading
    (``أولاً: …``, ``ثانياً: …``, or ``1- …``), a ``إعداد:`` byline, source, tags: every
    sub-heading is body, as printed."""
    r, d = p.rng, p.main.day
    byline = f"إعداد: {r.choice(NAMES)}"
    intro, *rest = p.main.paragraphs
    style = r.choice(["ordinal", "dash", "paren"])
    body = [intro]
    for k, para in enumerate(rest):
        title = " ".join(para.split()[:4]).rstrip("،,.:؛ ")
        mark = {"ordinal": f"{ORDINALS[k % 5]}: ", "dash": f"{k + 1}- ", "paren": f"({k + 1}) "}
        body += [mark[style] + title, para]
    lines = [
        p.main.title,
        byline,
        f"{_date(d)} - {_clock(r)} ص",
        *body,
        f"المصدر: {p.main.outlet}",
        "كلمات مفتاحية: " + "، ".join(p.tags),
    ]
    return _page(
        p, lines, published=d.isoformat(), source=p.main.outlet, byline=byline, body=tuple(body)
    )


LAYOUTS: dict[str, Layout] = {
    f.__name__: f
    for f in (
        breaking_prefix,
        split_headline,
        correspondent_credits,
        video_gallery,
        prayer_weather_widgets,
        ticker_poll,
        paginated,
        numbered_subheadings,
    )
}


if __name__ == "__main__":
    sys.exit(main(layouts=LAYOUTS, doc=__doc__ or ""))
