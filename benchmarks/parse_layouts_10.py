"""A tenth round of page layouts neither the dev pages nor the first nine rounds use, gold
known by construction.

    python benchmarks/parse_layouts_10.py [--pages N] [--seed S] [--misses] [--write DIR] [--json]

Built like ``benchmarks/parse_layouts.py`` (real SaudiNewsNet articles printed into plain-text
pages) with forms the earlier rounds lack. How each is scored (SCHEMA.md decides; where it is
silent, the dev golds and the earlier rounds do):

- **A channel's name of three words over an emoji headline** (``أخبار المملكة العاجلة`` over
  ``🔴 …``), then the post, its source and stamp: the channel is the messenger's furniture,
  **discarded** (round 9 discards ``قناة X``); the headline is as printed, emoji kept.
- **Credits without a colon**: ``إعداد فلان``, ``تحرير فلان``, ``إعداد وتحرير فلان``,
  ``متابعة فلان``, ``تقرير فلان`` under the headline or after the body, maybe beside ``تحرير:
  علان`` (round 9's editors' lines): the **byline is the first credit line, as printed**, the
  editors' lines under it discarded (as round 9). A body sentence that opens with the same word
  (``إعداد التقرير استغرق …``) is a sentence: **body**.
- **A signature at the foot**: the writer's name and place after the last paragraph (``فلان،
  الرياض``, ``فلان - جدة``, ``فلان (الدمام)``): the byline, as printed (round 3 reads ``فلان -
  الرياض`` under the date); under it maybe a starred note on the writer (``* كاتب وإعلامي
  سعودي``) and the writer's e-mail: **body, as printed** (dev-0188 keeps ``*باحث وكاتب سوري``
  as its last body line, round 6 keeps the e-mail).
- **An opinion column headed by its writer**: the writer's name over the column's name over
  the headline (``فلان`` / ``نقطة ضوء`` / headline), or under it: the writer's name is the
  byline, the column's name discarded (round 6's kicker); the starred note after the body is
  body (dev-0188).
- **An agency and a writer before the date on one line**: ``(أ ف ب) - كتب فلان - 12 أغسطس
  2015``, ``واس - فلان - …``, ``القاهرة - أ ش أ - كتب فلان | …``: the byline is the whole line,
  as printed (round 8's meta lines), ``published`` its date.
- **Maghrebi and Levantine date lines** over any month of the year: Algerian / Tunisian names
  (``جانفي``, ``فيفري``, ``أفريل``, ``ماي``, ``جوان``, ``جويلية``, ``أوت``), ``نشر في 12 جويلية
  2015``, ``الإثنين 30 نوفمبر 2015 - 10:15``, ``12 جوان 2015 على الساعة 10:15``, Levantine
  names with an ``آخر تحديث:`` line over or under them: ``published`` is the day printed (never
  the update, a time without its offset is not kept).
- **Egyptian portals**: ``كتب فلان`` (no colon: the byline) over ``الأحد، 9 أغسطس 2015 10:00
  ص``, a ``شارك`` / ``اضف تعليق`` / ``طباعة`` row (discarded), the article, ``تابع آخر الأخبار
  عبر جوجل نيوز`` (discarded), ``الكلمات المفتاحية`` over one tag a line (the tags), ``الأكثر
  قراءة`` over headlines (related, as round 3).
- **Match reports**: the score line under the date (``الهلال 2 - 1 النصر``, where a dash
  byline would stand), then the report and the match card (``تشكيلة الهلال: …``, ``الأهداف:
  …``, ``الحكم: …``, ``الملعب: …``): **body, as printed** (round 7 keeps results between
  paragraphs). A score is no byline: its sides are teams with goals.
- **Numbered paragraphs on a middle page**: ``الصفحة 2 من 3`` under the date, an intro, then
  paragraphs opening with ``1- `` / ``2. `` / ``(3) `` (body, as printed: round 4 keeps numbered
  sub-headings), ``« السابق`` / ``التالي »`` lines (discarded), and a numbered related list
  under its header (the numbers off, as round 2).
- **Market and weather figures in the body**: ``برنت 63.2 دولار (+1.2%)``, ``الذهب 1,285 دولار
  للأوقية (-0.3%)``, ``الرياض: العظمى 44 والصغرى 29`` after the lead or before the source line:
  **body, as printed** (round 7's data lines; round 4's widgets stand outside the article).

Same options and table as ``benchmarks/parse_layouts.py``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import sys

from parse_layouts import (
    AGENCIES,
    CITIES,
    LEVANT,
    MONTHS,
    NAMES,
    Layout,
    Parts,
    _clock,
    _page,
    _rel,
    _weekday,
    main,
)
from parse_layouts_4 import _date
from parse_layouts_6 import COLUMNS, HANDLES
from parse_layouts_7 import TEAMS

from akhbar.model import Page

CHANNELS = (
    "أخبار المملكة العاجلة",
    "السعودية الآن عاجل",
    "قناة أخبار الرياض",
    "نبض الخليج الإخباري",
    "عاجل السعودية اليوم",
    "أخبار السعودية 24",
)
ALGERIA = (
    "جانفي",
    "فيفري",
    "مارس",
    "أفريل",
    "ماي",
    "جوان",
    "جويلية",
    "أوت",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
)
BARE_CREDITS = ("إعداد", "تحرير", "إعداد وتحرير", "متابعة", "تقرير", "ترجمة وإعداد")
BIOS = ("* كاتب وإعلامي سعودي", "* كاتبة سعودية", "*كاتب وأكاديمي", "* إعلامي وكاتب صحفي")
STADIUMS = ("استاد الملك فهد الدولي", "ملعب الجوهرة المشعة", "استاد الأمير فيصل بن فهد")
FIGURES = (
    ("برنت", "دولار"),
    ("نايمكس", "دولار"),
    ("الذهب", "دولار للأوقية"),
    ("مؤشر تاسي", "نقطة"),
    ("مؤشر داو جونز", "نقطة"),
    ("الفضة", "دولار للأوقية"),
)


def _tags_line(p: Parts, label: str = "الكلمات الدلالية:") -> str:
    return f"{label} " + "، ".join(p.tags)


def _any_day(p: Parts) -> dt.date:
    """A day of any month (the corpus's articles are all from August 2015)."""
    return dt.date(p.rng.randint(2012, 2026), p.rng.randint(1, 12), p.rng.randint(1, 28))


def _with_headline(page: Page, headline: str) -> Page:
    return dataclasses.replace(page, main=dataclasses.replace(page.main, headline=headline))


def channel_emoji(p: Parts) -> tuple[list[str], Page]:
    """A channel's three-word name over an emoji headline, the post, its source and stamp."""
    r, d, o = p.rng, p.main.day, p.main.outlet
    title = r.choice(["🔴 ", "⚡ ", "📌 ", "🚨 عاجل | ", "🟢 "]) + p.main.title
    stamp = r.choice([f"{d.day:02d}.{d.month:02d}.{d.year} {_clock(r, 23)}", f"🗓 {_date(d)}"])
    top = r.random() < 0.5
    lines = [
        r.choice(CHANNELS),
        *([stamp] if top else []),
        title,
        *p.main.paragraphs,
        r.choice([f"المصدر: {o}", f"📌 المصدر: {o}"]),
        " ".join("#" + t.replace(" ", "_") for t in p.tags),
        *([] if top else [stamp]),
    ]
    page = _page(p, lines, published=d.isoformat(), source=o)[1]
    return lines, _with_headline(page, title)


def bare_credits(p: Parts) -> tuple[list[str], Page]:
    """``إعداد فلان`` (no colon) under the headline or after the body, maybe over an editor's
    line; maybe a body sentence opening with ``إعداد``."""
    r, d, o = p.rng, p.main.day, p.main.outlet
    writer, editor = r.sample(NAMES, k=2)
    credit = f"{r.choice(BARE_CREDITS)} {writer}"
    editors = r.choice(
        [[], [f"تحرير: {editor}"], [f"مراجعة {editor}"], [f"تدقيق: {editor}", "جرافيك: واس"]]
    )
    if credit.startswith("تحرير") and editors and editors[0].startswith("تحرير"):
        editors = [f"مراجعة {editor}"]
    paras = list(p.main.paragraphs)
    if r.random() < 0.5:
        paras.insert(
            r.randint(1, len(paras)),
            r.choice(
                [
                    "إعداد التقرير استغرق أكثر من ثلاثة أشهر بمشاركة عدد من الجهات المعنية.",
                    "إعداد الخطة تم بالتنسيق مع الوزارات ذات العلاقة، على أن تُرفع خلال أسبوعين.",
                    "تحرير الأسعار سيبدأ مطلع العام المقبل وفق جدول زمني معلن.",
                ]
            ),
        )
    head = r.random() < 0.5
    date = f"{_weekday(d)} {_date(d)} - {_clock(r)} م"
    lines = [
        p.main.title,
        *([credit, date] if head else [date]),
        *paras,
        *([] if head else [credit]),
        *editors,
        f"المصدر: {o}",
        _tags_line(p),
    ]
    return _page(p, lines, published=d.isoformat(), source=o, byline=credit, body=tuple(paras))


def foot_signature(p: Parts) -> tuple[list[str], Page]:
    """The writer's name and place after the last paragraph, maybe a starred bio line and an
    e-mail under it."""
    r, d = p.rng, p.main.day
    name, city = r.choice(NAMES), r.choice(CITIES)
    sign = r.choice([f"{name}، {city}", f"{name} - {city}", f"{name} ({city})", f"{name}، {city}."])
    bio = [r.choice(BIOS)] if r.random() < 0.5 else []
    mail = [f"{r.choice(HANDLES).lower()}@gmail.com"] if r.random() < 0.4 else []
    rel = _rel(p)
    lines = [
        p.main.title,
        f"{_weekday(d)} {_date(d)}",
        *p.main.paragraphs,
        sign,
        *bio,
        *mail,
        _tags_line(p, "وسوم:"),
        "مقالات ذات صلة",
        *rel,
    ]
    body = (*p.main.paragraphs, *bio, *mail)
    return _page(p, lines, published=d.isoformat(), byline=sign, related=rel, body=body)


def writer_over_column(p: Parts) -> tuple[list[str], Page]:
    """The writer's name over the column's name (or under it) over the headline, the date, the
    column, maybe a starred note on the writer after it."""
    r, d = p.rng, p.main.day
    name = r.choice(NAMES)
    top = [name, r.choice(COLUMNS)] if r.random() < 0.7 else [r.choice(COLUMNS), name]
    bio = [r.choice(BIOS)] if r.random() < 0.7 else []
    lines = [
        *top,
        p.main.title,
        r.choice([f"{_weekday(d)} {_date(d)}", f"{_date(d)} - {_clock(r)} م"]),
        *p.main.paragraphs,
        *bio,
        _tags_line(p, "وسوم:"),
    ]
    body = (*p.main.paragraphs, *bio)
    return _page(p, lines, published=d.isoformat(), byline=name, body=body)


def agency_writer_date(p: Parts) -> tuple[list[str], Page]:
    """An agency and a writer before the date on one meta line under the headline."""
    r, d, o = p.rng, p.main.day, p.main.outlet
    name, agency, city = r.choice(NAMES), r.choice(AGENCIES), r.choice(CITIES)
    date = r.choice([_date(d), f"{_weekday(d)} {_date(d)}", f"{_date(d)} - {_clock(r)} م"])
    line = r.choice(
        [
            f"({agency}) - كتب {name} - {date}",
            f"{agency} - {name} - {date}",
            f"{city} - {agency} - كتب {name} | {date}",
            f"({agency}) كتب: {name} - {date}",
        ]
    )
    lines = [
        p.main.title,
        line,
        *p.main.paragraphs,
        f"المصدر: {o}",
        _tags_line(p),
    ]
    return _page(p, lines, published=d.isoformat(), source=o, byline=line)


def maghreb_levant_dates(p: Parts) -> tuple[list[str], Page]:
    """Algerian / Tunisian and Levantine month names in date lines of any month, maybe with an
    ``آخر تحديث:`` line over or under them."""
    r, o = p.rng, p.main.outlet
    d = _any_day(p)
    later = d + dt.timedelta(days=r.choice([0, 1, 3]))
    hm = _clock(r, 23)
    if r.random() < 0.6:
        month, upd_month = ALGERIA[d.month - 1], ALGERIA[later.month - 1]
        line = r.choice(
            [
                f"{_weekday(d)} {d.day} {month} {d.year} - {hm}",
                f"نشر في {d.day} {month} {d.year}",
                f"{d.day} {month} {d.year} على الساعة {hm}",
                f"تاريخ النشر : {_weekday(d)} {d.day:02d} {month} {d.year}",
            ]
        )
    else:
        month, upd_month = LEVANT[d.month - 1], LEVANT[later.month - 1]
        line = r.choice(
            [
                f"{_weekday(d)} {d.day} {month} {d.year}",
                f"{d.day} {month} {d.year} - {hm}",
                f"نشر بتاريخ {d.day} {month} ({MONTHS[d.month - 1]}) {d.year}",
            ]
        )
    update = [f"آخر تحديث: {later.day} {upd_month} {later.year} - {_clock(r, 23)}"]
    dates = r.choice([[line], [line, *update], [*update, line]])
    lines = [
        p.main.title,
        *dates,
        *p.main.paragraphs,
        f"المصدر: {o}",
        _tags_line(p, "الوسوم:"),
    ]
    return _page(p, lines, published=d.isoformat(), source=o)


def egyptian_portal(p: Parts) -> tuple[list[str], Page]:
    """``كتب فلان`` over ``الأحد، 9 أغسطس 2015 10:00 ص``, a share row, the article, a follow
    line, tags and ``الأكثر قراءة``."""
    r, d = p.rng, p.main.day
    byline = r.choice([f"كتب {r.choice(NAMES)}", f"كتبت {r.choice(NAMES)}"])
    date = f"{_weekday(d)}، {_date(d)} {_clock(r)} {r.choice(['ص', 'م'])}"
    row = r.choice([["شارك", "اضف تعليق"], ["شارك", "طباعة", "اضف تعليق"], ["اضف تعليق"]])
    rel = _rel(p, 4)
    lines = [
        p.main.title,
        byline,
        date,
        *row,
        *p.main.paragraphs,
        r.choice(["تابع آخر الأخبار عبر جوجل نيوز", "تابعوا آخر الأخبار على جوجل نيوز"]),
        "الكلمات المفتاحية",
        *p.tags,
        r.choice(["الأكثر قراءة", "الأكثر قراءة الآن", "الأكثر مشاهدة"]),
        *rel,
    ]
    return _page(p, lines, published=d.isoformat(), byline=byline, related=rel)


def _score_line(p: Parts) -> str:
    a, b = p.rng.sample(TEAMS, k=2)
    x, y = p.rng.randint(0, 4), p.rng.randint(0, 4)
    return p.rng.choice([f"{a} {x} - {y} {b}", f"{a} ({x}) - ({y}) {b}", f"{a} {x}-{y} {b}"])


def match_report(p: Parts) -> tuple[list[str], Page]:
    """The score line under the date, the report, then the match card."""
    r, d, o = p.rng, p.main.day, p.main.outlet
    score = _score_line(p)
    team = score.split()[0]
    players = r.sample(NAMES, k=4)
    card = [
        f"تشكيلة {team}: " + "، ".join(players),
        f"الأهداف: {players[0]} ({r.randint(1, 45)})، {players[1]} ({r.randint(46, 90)})",
        f"الحكم: {r.choice(NAMES)}",
        f"الملعب: {r.choice(STADIUMS)}",
    ]
    card = r.sample(card, k=r.randint(2, 4))
    body = (score, *p.main.paragraphs, *card)
    lines = [
        p.main.title,
        f"{_weekday(d)} {_date(d)} - {_clock(r)} م",
        *body,
        f"المصدر: {o}",
        _tags_line(p),
    ]
    return _page(p, lines, published=d.isoformat(), source=o, body=body)


def numbered_middle_page(p: Parts) -> tuple[list[str], Page]:
    """The second page of three: its counter under the date, an intro, numbered paragraphs,
    previous / next lines, then a numbered related list."""
    r, d, o = p.rng, p.main.day, p.main.outlet
    intro, *rest = p.main.paragraphs
    form = r.choice(["{k}- ", "{k}. ", "({k}) ", "{k}) "])
    items = [form.format(k=k + 1) + x for k, x in enumerate(rest)]
    nav = r.choice([["« السابق", "التالي »"], ["السابق", "1 2 3", "التالي"], ["الصفحة التالية »"]])
    rel = _rel(p)
    lines = [
        p.main.title,
        f"{_weekday(d)} {_date(d)}",
        r.choice(["الصفحة 2 من 3", "صفحة 2 / 3", "(2/3)"]),
        intro,
        *items,
        *nav,
        f"المصدر: {o}",
        _tags_line(p),
        r.choice(["اقرأ أيضاً", "أخبار ذات صلة"]),
        *[f"{k + 1}- {h}" for k, h in enumerate(rel)],
    ]
    return _page(p, lines, published=d.isoformat(), source=o, body=(intro, *items), related=rel)


def _figures(p: Parts) -> list[str]:
    r = p.rng
    out = []
    for what, unit in r.sample(FIGURES, k=r.randint(2, 4)):
        value = (
            f"{r.randint(20, 9000):,}"
            if unit == "نقطة"
            else f"{r.randint(15, 1300)}.{r.randint(1, 9)}"
        )
        sign = r.choice(["+", "-"])
        out.append(f"{what} {value} {unit} ({sign}{r.randint(0, 3)}.{r.randint(1, 99):02d}%)")
    if r.random() < 0.4:
        out.append(f"{r.choice(CITIES)}: العظمى {r.randint(35, 48)} والصغرى {r.randint(20, 32)}")
    return out


def market_figures(p: Parts) -> tuple[list[str], Page]:
    """Figure lines with their change in parentheses after the lead or at the end of the body."""
    r, d, o = p.rng, p.main.day, p.main.outlet
    paras = list(p.main.paragraphs)
    figs = _figures(p)
    body = (paras[0], *figs, *paras[1:]) if r.random() < 0.5 else (*paras, *figs)
    lines = [
        p.main.title,
        f"{_weekday(d)} {_date(d)} - {_clock(r)} م",
        *body,
        f"المصدر: {o}",
        _tags_line(p),
    ]
    return _page(p, lines, published=d.isoformat(), source=o, body=body)


LAYOUTS: dict[str, Layout] = {
    f.__name__: f
    for f in (
        channel_emoji,
        bare_credits,
        foot_signature,
        writer_over_column,
        agency_writer_date,
        maghreb_levant_dates,
        egyptian_portal,
        match_report,
        numbered_middle_page,
        market_figures,
    )
}

if __name__ == "__main__":
    sys.exit(main(layouts=LAYOUTS, doc=__doc__ or ""))
