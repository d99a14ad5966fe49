"""Accuracy of ``akhbar.parse`` on page layouts the dev pages do not use, gold known by construction.

    python benchmarks/parse_layouts.py [--pages N] [--misses] [--write DIR] [--json]

Real SaudiNewsNet articles (title, paragraphs, date) are printed into plain-text pages in new
layouts built from the forms of issue 3 that the dev pages use rarely or never: the date line
above the headline, Hijri dates with ``الموافق`` or alone, Levantine and Maghrebi month names,
Eastern digits, bylines after the body or as an agency dateline (``واس - الرياض``), sources as
``المصدر - X`` / ``X - المصدر`` / ``نقلاً عن X`` / ``Source:``, tags one per line under a header,
with ``|`` or ``/`` separators or as ``#hashtags_with_underscores``, ``أخبار ذات صلة`` /
``مواضيع ذات صلة`` / ``اقرأ المزيد`` lists (glued to their first headline or standing alone
inside the body), embedded articles with their own date, and breadcrumbs, share and font-size
buttons, copyright, comment counters and newsletter / app prompts in other wordings. Since each
page is built from its parts, its expected parse (gold) is known exactly.

Prints, per layout, the same figures as ``benchmarks/parse_accuracy.py`` (``akhbar.parse.score``).
``--write DIR`` saves the pages as ``X.txt`` + ``X.gold.json`` (the dev pages' shape).
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import random
import re
import sys
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from hijridate import Gregorian

from akhbar.model import Article, Page, Related
from akhbar.parse.score import Case, score

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "saudinewsnet"
ZIPS = ("2015-08-09.zip", "2015-08-10.zip")

OUTLETS = {
    "alriyadh": "جريدة الرياض",
    "aljazirah": "صحيفة الجزيرة",
    "alyaum": "صحيفة اليوم",
    "okaz": "صحيفة عكاظ",
    "aleqtisadiya": "صحيفة الاقتصادية",
    "alwatan": "صحيفة الوطن",
    "aawsat": "صحيفة الشرق الأوسط",
    "alweeam": "صحيفة الوئام",
    "3alyoum": "عين اليوم",
    "sabq": "صحيفة سبق",
    "arreyadi": "صحيفة الرياضي",
    "almadina": "صحيفة المدينة",
    "alsharq": "صحيفة الشرق",
    "albilad": "صحيفة البلاد",
}
AGENCIES = ("واس", "رويترز", "أ ف ب", "د ب أ", "الأناضول")
AGENCY_NAMES = ("وكالة الأنباء السعودية", "وكالة رويترز", "وكالة الصحافة الفرنسية")
CITIES = ("الرياض", "جدة", "الدمام", "أبها", "مكة المكرمة", "المدينة المنورة", "تبوك", "حائل")
SECTIONS = ("محليات", "اقتصاد", "رياضة", "دولي", "ثقافة", "منوعات", "سياسة")
NAMES = (
    "محمد العتيبي",
    "سارة القحطاني",
    "عبد الله آل هيضة",
    "فهد الشمري",
    "نورة الدوسري",
    "خالد بن سعيد الزهراني",
    "ريم الحربي",
    "ماجد العنزي",
)
MONTHS = [
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
]
LEVANT = [
    "كانون الثاني",
    "شباط",
    "آذار",
    "نيسان",
    "أيار",
    "حزيران",
    "تموز",
    "آب",
    "أيلول",
    "تشرين الأول",
    "تشرين الثاني",
    "كانون الأول",
]
MAGHREB = [
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "ماي",
    "يونيو",
    "يوليوز",
    "غشت",
    "شتنبر",
    "أكتوبر",
    "نونبر",
    "دجنبر",
]
WEEKDAYS = ("الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")
EASTERN = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
_WORD = re.compile(r"^[\u0621-\u064a]{4,}$")


@dataclass(frozen=True)
class Item:
    title: str
    paragraphs: tuple[str, ...]
    day: dt.date
    outlet: str
    #: every paragraph a clear one (long); otherwise the content as printed, short lines and all
    clean: bool = True


@dataclass
class Parts:
    """The pieces of one page: its main article, another for an embedded block, headlines."""

    main: Item
    other: Item
    related: list[str]
    rng: random.Random
    #: an article printed with all its lines (datelines, short lines, captions) as they came
    raw: Item
    tags: list[str] = field(default_factory=list)


def _ok_paragraph(p: str) -> bool:
    return len(p) >= 120 and not p.startswith(("#", "المصدر", "اقرأ", "إقرأ"))


def load_items(limit: int = 4000) -> list[Item]:
    """Articles with two or more paragraphs: ``clean`` when each is a clear paragraph (the gold
    is sure whatever stands around it), else as printed when one at least is long."""
    items = []
    for name in ZIPS:
        with zipfile.ZipFile(CORPUS / name) as z:
            for member in z.namelist():
                for it in json.loads(z.read(member)):
                    title = " ".join((it.get("title") or "").split())
                    paras = [" ".join(p.split()) for p in (it.get("content") or "").split("\n")]
                    paras = [p.removeprefix("Next Previous").strip() for p in paras if p]
                    paras = [p for p in paras if p]
                    if not (15 <= len(title) <= 110) or title.endswith("."):
                        continue
                    if not (2 <= len(paras) <= 12) or not any(_ok_paragraph(p) for p in paras):
                        continue
                    clean = all(_ok_paragraph(p) for p in paras)
                    day = dt.date.fromisoformat(it["date_extracted"][:10])
                    outlet = OUTLETS.get(it.get("source") or "", "صحيفة سبق")
                    items.append(Item(title, tuple(paras[:6]), day, outlet, clean))
                    if len(items) >= limit:
                        return items
    return items


def pick_tags(item: Item, rng: random.Random) -> list[str]:
    """Two to four tags from the headline's words: single words and one two-word phrase."""
    ws = [w for w in item.title.split() if _WORD.match(w)]
    tags: list[str] = []
    for a, b in itertools.pairwise(ws):
        if a not in tags and b not in tags:
            tags.append(f"{a} {b}")
            break
    for w in rng.sample(ws, k=min(len(ws), 3)):
        if all(w not in t.split() for t in tags):
            tags.append(w)
    tags = tags[:4]
    if len(tags) < 2:  # one multi-word tag alone would read as space-joined tags
        tags.append("السعودية" if "السعودية" not in tags else "المملكة")
    return tags


# ---- dates -------------------------------------------------------------------------------------


def _weekday(d: dt.date) -> str:
    return WEEKDAYS[d.weekday()]


def _clock(rng: random.Random, hours: int = 12) -> str:
    return f"{rng.randint(1, hours):02d}:{rng.randint(0, 59):02d}"


def hijri_muwafiq(d: dt.date) -> str:
    h = Gregorian(d.year, d.month, d.day).to_hijri()
    return (
        f"{_weekday(d)} {h.day} {h.month_name('ar')} {h.year}هـ الموافق "
        f"{d.day} {MONTHS[d.month - 1]} {d.year}م"
    )


def hijri_only(d: dt.date) -> str:
    h = Gregorian(d.year, d.month, d.day).to_hijri()
    return f"{h.day} {h.month_name('ar')} {h.year} هـ"


# ---- lines -------------------------------------------------------------------------------------


def _rel(p: Parts, k: int = 3) -> list[str]:
    return p.related[:k]


Layout = Callable[[Parts], tuple[list[str], Page]]


def _page(
    p: Parts,
    lines: list[str],
    *,
    published: str | None,
    source: str | None = None,
    byline: str | None = None,
    related: list[str] | None = None,
    embedded: tuple[Article, ...] = (),
    body: tuple[str, ...] | None = None,
) -> tuple[list[str], Page]:
    main = Article(
        headline=p.main.title,
        published=published,
        source=source,
        byline=byline,
        body=p.main.paragraphs if body is None else body,
        tags=tuple(p.tags),
    )
    rel = tuple(Related(headline=h) for h in related or ())
    return lines, Page(input="", main=main, embedded=embedded, related=rel)


def hijri_top(p: Parts) -> tuple[list[str], Page]:
    """Breadcrumb, a Hijri date with الموافق ABOVE the headline, ``جدة: فلان``, body,
    ``نقلاً عن X``, a ``وسوم`` header with one tag per line, ``أخبار ذات صلة`` list, copyright."""
    r = p.rng
    byline = f"{r.choice(CITIES)}: {r.choice(NAMES)}"
    lines = [
        f"الرئيسية / {r.choice(SECTIONS)}",
        hijri_muwafiq(p.main.day),
        p.main.title,
        byline,
        *p.main.paragraphs,
        f"نقلاً عن {p.main.outlet}",
        "وسوم",
        *p.tags,
        "أخبار ذات صلة",
        *_rel(p),
        f"© {p.main.day.year} {p.main.outlet}. جميع الحقوق محفوظة",
    ]
    return _page(
        p,
        lines,
        published=p.main.day.isoformat(),
        source=p.main.outlet,
        byline=byline,
        related=_rel(p),
    )


def byline_after_body(p: Parts) -> tuple[list[str], Page]:
    """A ``>`` breadcrumb, numeric date, word font-size buttons, body, then ``بقلم: فلان``,
    ``X - المصدر``, ``Tags:`` with ``/``, and ``مواضيع ذات صلة`` glued to its first headline."""
    r, d = p.rng, p.main.day
    byline = f"بقلم: {r.choice(NAMES)}"
    rel = _rel(p)
    lines = [
        f"{r.choice(SECTIONS)} > {r.choice(CITIES)}",
        p.main.title,
        f"{d.year}/{d.month:02d}/{d.day:02d} - {_clock(r)} ص",
        "تكبير | تصغير | طباعة",
        *p.main.paragraphs,
        byline,
        f"{p.main.outlet} - المصدر",
        "Tags: " + " / ".join(p.tags),
        f"مواضيع ذات صلة{rel[0]}",
        *rel[1:],
        "أضف تعليقاً",
    ]
    return _page(
        p, lines, published=d.isoformat(), source=p.main.outlet, byline=byline, related=rel
    )


def hashtags_inline_related(p: Parts) -> tuple[list[str], Page]:
    """``X – متابعات`` byline, a date in Eastern digits, a lone ``اقرأ أيضا`` inside the body,
    ``#hashtags`` with ``_``, source, an ``اقرأ المزيد`` list, newsletter and app prompts."""
    r, d = p.rng, p.main.day
    byline = f"{p.main.outlet} – متابعات"
    paras = p.main.paragraphs
    inline = p.related[3]
    lines = [
        p.main.title,
        byline,
        f"{d.day} {MONTHS[d.month - 1]} {d.year}".translate(EASTERN) + f" | {_clock(r)}",
        paras[0],
        "اقرأ أيضا",
        inline,
        *paras[1:],
        " ".join("#" + t.replace(" ", "_") for t in p.tags),
        f"المصدر: {p.main.outlet}",
        "اقرأ المزيد:",
        *_rel(p),
        "اشترك في نشرتنا البريدية ليصلك كل جديد",
        "حمّل تطبيقنا على أندرويد وآيفون",
    ]
    return _page(
        p,
        lines,
        published=d.isoformat(),
        source=p.main.outlet,
        byline=byline,
        related=[inline, *_rel(p)],
    )


def agency_dateline(p: Parts) -> tuple[list[str], Page]:
    """``›`` breadcrumb, ``واس - الرياض``, a labelled numeric date, ``A+ | A- | طباعة``, body,
    ``المصدر - وكالة``, keywords with ``/``, comment and view counters."""
    r, d = p.rng, p.main.day
    byline = f"{r.choice(AGENCIES)} - {r.choice(CITIES)}"
    source = r.choice(AGENCY_NAMES)
    lines = [
        f"الرئيسية › {r.choice(SECTIONS)} › {r.choice(CITIES)}",
        p.main.title,
        byline,
        f"تاريخ الإضافة: {d.day:02d}-{d.month:02d}-{d.year}",
        f"قراءة {r.randint(100, 5000)} مرة",
        "A+ | A- | طباعة",
        *p.main.paragraphs,
        f"المصدر - {source}",
        "الكلمات المفتاحية: " + " / ".join(p.tags),
        f"{r.randint(2, 40)} تعليقاً",
    ]
    return _page(p, lines, published=d.isoformat(), source=source, byline=byline)


def levant_months(p: Parts) -> tuple[list[str], Page]:
    """``كتب - فلان``, a Levantine month with the time, body, source, ``،`` tags,
    ``مواضيع ذات صلة:`` list, comment prompts."""
    r, d = p.rng, p.main.day
    byline = f"كتب - {r.choice(NAMES)}"
    lines = [
        p.main.title,
        byline,
        f"{_weekday(d)} {d.day} {LEVANT[d.month - 1]} {d.year} - {_clock(r)}",
        *p.main.paragraphs,
        f"المصدر: {p.main.outlet}",
        "كلمات دلالية: " + "، ".join(p.tags),
        "مواضيع ذات صلة:",
        *_rel(p),
        "لا توجد تعليقات حتى الآن",
        "أضف تعليقاً",
    ]
    return _page(
        p, lines, published=d.isoformat(), source=p.main.outlet, byline=byline, related=_rel(p)
    )


def maghreb_months(p: Parts) -> tuple[list[str], Page]:
    """A Maghrebi month name, ``بقلم فلان`` after the date, body, ``X (المصدر)``,
    ``الوسوم:`` with ``|``, share prompts as words."""
    r, d = p.rng, p.main.day
    byline = f"بقلم {r.choice(NAMES)}"
    lines = [
        p.main.title,
        f"{_weekday(d)} {d.day:02d} {MAGHREB[d.month - 1]} {d.year}",
        byline,
        *p.main.paragraphs,
        f"{p.main.outlet} (المصدر)",
        "الوسوم: " + " | ".join(p.tags),
        "أرسل عبر واتساب",
        "نسخة للطباعة",
    ]
    return _page(p, lines, published=d.isoformat(), source=p.main.outlet, byline=byline)


def embedded_block(p: Parts) -> tuple[list[str], Page]:
    """A labelled update time, body, source, ``وسوم:`` with ``،``, an ``إقرأ أيضاً:`` block
    holding a dated article, then an ``أخبار ذات صلة`` list."""
    r, d, o = p.rng, p.main.day, p.other
    clock = _clock(r, 23)
    emb = Article(headline=o.title, published=o.day.isoformat(), body=o.paragraphs, source=o.outlet)
    lines = [
        p.main.title,
        f"آخر تحديث: {_weekday(d)} {d.day} {MONTHS[d.month - 1]} {d.year} - {clock} (بتوقيت مكة)",
        *p.main.paragraphs,
        f"المصدر: {p.main.outlet}",
        "وسوم: " + "، ".join(p.tags),
        "إقرأ أيضاً:",
        o.title,
        f"نشر بتاريخ: {o.day.year}/{o.day.month:02d}/{o.day.day:02d}",
        *o.paragraphs,
        f"المصدر: {o.outlet}",
        "أخبار ذات صلة",
        *_rel(p, 2),
    ]
    return _page(
        p,
        lines,
        published=f"{d.isoformat()}T{clock}+03:00",  # Mecca time: the page gives the offset
        source=p.main.outlet,
        related=_rel(p, 2),
        embedded=(emb,),
    )


def glued_inline_tag_header(p: Parts) -> tuple[list[str], Page]:
    """A plain-name byline before the date and a print button, ``إقرأ أيضاً`` glued to a
    headline between paragraphs, a ``الكلمات المفتاحية`` header with one tag per line, a
    follow-us prompt."""
    r, d = p.rng, p.main.day
    byline = r.choice(NAMES)
    paras = p.main.paragraphs
    inline = p.related[3]
    lines = [
        p.main.title,
        byline,
        f"{_weekday(d)}، {d.day} {MONTHS[d.month - 1]} {d.year}",
        "طباعة",
        paras[0],
        f"إقرأ أيضاً{inline}",
        *paras[1:],
        "الكلمات المفتاحية",
        *p.tags,
        "تابعوا آخر الأخبار عبر حسابنا على تويتر",
    ]
    return _page(p, lines, published=d.isoformat(), source=None, byline=byline, related=[inline])


def english_hijri_only(p: Parts) -> tuple[list[str], Page]:
    """``Home >`` breadcrumb, a Hijri-only date, ``By:`` byline, ``Source:``, ``Tags:`` with
    ``,``, a ``Related articles`` list, an English copyright line."""
    r, d = p.rng, p.main.day
    byline = f"By: {r.choice(NAMES)}"
    lines = [
        f"Home > News > {r.choice(SECTIONS)}",
        p.main.title,
        hijri_only(d),
        byline,
        *p.main.paragraphs,
        f"Source: {p.main.outlet}",
        "Tags: " + ", ".join(p.tags),
        "Related articles",
        *_rel(p),
        f"Copyright © {d.year} {p.main.outlet}. All rights reserved.",
    ]
    return _page(
        p, lines, published=d.isoformat(), source=p.main.outlet, byline=byline, related=_rel(p)
    )


def share_top_meta_bottom(p: Parts) -> tuple[list[str], Page]:
    """Share buttons and a view counter above the headline; after the body a labelled date,
    ``الكاتب: فلان``, ``المصدر:`` and hashtags."""
    r, d = p.rng, p.main.day
    byline = f"الكاتب: {r.choice(NAMES)}"
    tags = " ".join("#" + t.replace(" ", "_") for t in p.tags)
    lines = [
        "شارك: فيسبوك | تويتر | واتساب",
        f"المشاهدات: {r.randint(100, 9000)}",
        p.main.title,
        *p.main.paragraphs,
        f"التاريخ: {d.day} {MONTHS[d.month - 1]} {d.year}",
        byline,
        f"المصدر: {p.main.outlet}",
        tags,
    ]
    return _page(p, lines, published=d.isoformat(), source=p.main.outlet, byline=byline)


def source_top(p: Parts) -> tuple[list[str], Page]:
    """The source right under the headline, then the date with ``م``, a share prompt, body, a
    ``الوسوم`` header with one ``#hashtag`` per line, a ``مقالات ذات صلة`` list, follow-us."""
    r, d = p.rng, p.main.day
    lines = [
        p.main.title,
        f"المصدر: {p.main.outlet}",
        f"{d.day} {MONTHS[d.month - 1]} {d.year} - {_clock(r)} م",
        "مشاركة الخبر عبر",
        *p.main.paragraphs,
        "الوسوم",
        *("#" + t.replace(" ", "_") for t in p.tags),
        "مقالات ذات صلة",
        *_rel(p),
        "تابعونا على فيسبوك وتويتر",
    ]
    return _page(p, lines, published=d.isoformat(), source=p.main.outlet, related=_rel(p))


def dates_at_bottom(p: Parts) -> tuple[list[str], Page]:
    """A one-word section kicker over the headline, the body right after it, then the publish
    and update dates, ``المصدر - X``, ``Keywords:`` with ``|`` and a ``Read also:`` list."""
    r, d = p.rng, p.main.day
    later = d + dt.timedelta(days=1)
    lines = [
        r.choice(SECTIONS),
        p.main.title,
        *p.main.paragraphs,
        f"نشر في: {_weekday(d)} {d.day} {MONTHS[d.month - 1]} {d.year}",
        f"آخر تحديث: {_weekday(later)} {later.day} {MONTHS[later.month - 1]} {later.year}",
        f"المصدر - {p.main.outlet}",
        "Keywords: " + " | ".join(p.tags),
        "Read also:",
        *_rel(p),
    ]
    return _page(p, lines, published=d.isoformat(), source=p.main.outlet, related=_rel(p))


def read_more_embedded(p: Parts) -> tuple[list[str], Page]:
    """A Hijri date with الموافق after the headline, body, tags with ``،``, then an
    ``اقرأ المزيد`` block holding an article with its own ``كتب:`` byline and tag line."""
    r, d, o = p.rng, p.main.day, p.other
    emb_byline = f"كتب: {r.choice(NAMES)}"
    emb_tags = pick_tags(o, r)
    emb = Article(headline=o.title, byline=emb_byline, body=o.paragraphs, tags=tuple(emb_tags))
    lines = [
        p.main.title,
        hijri_muwafiq(d),
        *p.main.paragraphs,
        "كلمات دلالية: " + "، ".join(p.tags),
        "اقرأ المزيد",
        o.title,
        emb_byline,
        *o.paragraphs,
        "كلمات دلالية: " + "، ".join(emb_tags),
    ]
    return _page(p, lines, published=d.isoformat(), embedded=(emb,))


def as_printed_toolbar(p: Parts) -> tuple[list[str], Page]:
    """An article as printed (its own dateline and short lines kept) after a ``›`` trail, a
    weekday - Hijri - Gregorian date and a ``حجم الخط: أ أ أ`` toolbar; ``المصدر/ X``,
    ``الكلمات الدالة:``, an ``أخبار ذات علاقة`` list, send / save buttons."""
    r, a = p.rng, p.raw
    d = a.day
    tags = pick_tags(a, r)
    h = Gregorian(d.year, d.month, d.day).to_hijri()
    lines = [
        f"الرئيسية › {r.choice(SECTIONS)}",
        a.title,
        f"{_weekday(d)} - {h.day} {h.month_name('ar')} {h.year} هـ - "
        f"{d.day} {MONTHS[d.month - 1]} {d.year} م",
        "حجم الخط: أ أ أ",
        *a.paragraphs,
        f"المصدر/ {a.outlet}",
        "الكلمات الدالة: " + "، ".join(tags),
        "أخبار ذات علاقة",
        *_rel(p),
        "أرسل الخبر لصديق",
        "حفظ المقال",
    ]
    main = Article(
        headline=a.title,
        published=d.isoformat(),
        source=a.outlet,
        body=a.paragraphs,
        tags=tuple(tags),
    )
    rel = tuple(Related(headline=t) for t in _rel(p))
    return lines, Page(input="", main=main, related=rel)


def slash_byline_ellipsis(p: Parts) -> tuple[list[str], Page]:
    """``بقلم/ فلان`` and a weekday-dash date, body, ``هاشتاق:`` hashtags, then ``اقرأ أيضاً…``
    over a list and a second ``مواد ذات صلة`` list."""
    r, d = p.rng, p.main.day
    byline = f"بقلم/ {r.choice(NAMES)}"
    rel = _rel(p, 4)
    lines = [
        p.main.title,
        byline,
        f"{_weekday(d)} - {d.day} {MONTHS[d.month - 1]} {d.year}",
        *p.main.paragraphs,
        "هاشتاق: " + " ".join("#" + t.replace(" ", "_") for t in p.tags),
        "اقرأ أيضاً…",
        *rel[:2],
        "مواد ذات صلة",
        *rel[2:],
    ]
    return _page(p, lines, published=d.isoformat(), byline=byline, related=rel)


def bulleted_related(p: Parts) -> tuple[list[str], Page]:
    """A byline and date on one line (``كتب: فلان | الأحد …``), letter font-size buttons, body,
    source, a ``الوسوم:`` header over one hashtag per line, a bulleted ``اقرأ أيضا:`` list,
    closed comments and an app-store prompt."""
    r, d = p.rng, p.main.day
    byline = f"كتب: {r.choice(NAMES)} | {_weekday(d)} {d.day} {MONTHS[d.month - 1]} {d.year}"
    bullet = r.choice(["•", "-", "▪"])
    lines = [
        p.main.title,
        byline,
        "أ- أ+",
        *p.main.paragraphs,
        f"المصدر: {p.main.outlet}",
        "الوسوم:",
        *("#" + t.replace(" ", "_") for t in p.tags),
        "اقرأ أيضا:",
        *(f"{bullet} {t}" for t in _rel(p)),
        "التعليقات مغلقة",
        "تطبيق الصحيفة متوفر على آب ستور وجوجل بلاي",
        "العودة إلى الأعلى",
    ]
    return _page(
        p, lines, published=d.isoformat(), source=p.main.outlet, byline=byline, related=_rel(p)
    )


LAYOUTS: dict[str, Layout] = {
    f.__name__: f
    for f in (
        hijri_top,
        byline_after_body,
        hashtags_inline_related,
        agency_dateline,
        levant_months,
        maghreb_months,
        embedded_block,
        glued_inline_tag_header,
        english_hijri_only,
        share_top_meta_bottom,
        source_top,
        dates_at_bottom,
        read_more_embedded,
        as_printed_toolbar,
        slash_byline_ellipsis,
        bulleted_related,
    )
}


def build(
    pages_per_layout: int, *, seed: int = 3, layouts: dict[str, Layout] | None = None
) -> dict[str, list[Case]]:
    rng = random.Random(seed)
    everything = load_items()
    items = [it for it in everything if it.clean]
    as_printed = [it for it in everything if not it.clean]
    titles = [it.title for it in everything]
    out: dict[str, list[Case]] = {}
    for name, layout in (LAYOUTS if layouts is None else layouts).items():
        cases = []
        for k in range(pages_per_layout):
            main, other = rng.sample(items, 2)
            raw = rng.choice(as_printed)
            used = (main.title, other.title, raw.title)
            related = [t for t in rng.sample(titles, 7) if t not in used]
            parts = Parts(main=main, other=other, related=related[:4], rng=rng, raw=raw)
            parts.tags = pick_tags(main, rng)
            lines, gold = layout(parts)
            case_name = f"{name}-{k:02d}"
            cases.append(Case(name=case_name, text="\n".join(lines) + "\n", gold=gold))
        out[name] = cases
    return out


def main(
    argv: list[str] | None = None, *, layouts: dict[str, Layout] | None = None, doc: str = __doc__
) -> int:
    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("--pages", type=int, default=20, help="pages per layout")
    ap.add_argument("--seed", type=int, default=3)
    ap.add_argument("--json", action="store_true", help="print the table as JSON")
    ap.add_argument("--misses", action="store_true", help="list the pages missing each metric")
    ap.add_argument("--write", type=Path, help="save the pages and their gold here")
    args = ap.parse_args(argv)
    by_layout = build(args.pages, seed=args.seed, layouts=layouts)
    tables: dict[str, dict[str, float]] = {}
    for name, cases in by_layout.items():
        s = score(cases)
        tables[name] = s.table()
        if args.misses:
            for k, names in s.misses.items():
                print(f"{name} {k}: {len(names)}: {' '.join(names[:10])}", file=sys.stderr)
        if args.write:
            args.write.mkdir(parents=True, exist_ok=True)
            for c in cases:
                (args.write / f"{c.name}.txt").write_text(c.text, "utf-8")
                gold = c.gold.to_dict(with_raw=False)
                del gold["input"]
                (args.write / f"{c.name}.gold.json").write_text(
                    json.dumps(gold, ensure_ascii=False, indent=1), "utf-8"
                )
    everything = [c for cases in by_layout.values() for c in cases]
    tables["ALL"] = score(everything).table()
    if args.json:
        print(json.dumps(tables, ensure_ascii=False))
        return 0
    cols = list(tables["ALL"])
    short = {"headline": "head", "published": "date", "body_f1": "body", "tags_f1": "tags"}
    short |= {"embedded_f1": "emb", "related_f1": "rel", "lossless": "lossl"}
    print(f"akhbar.parse on {len(everything)} generated pages, {args.pages} per layout")
    print(f"{'layout':<26}" + "".join(f"{short.get(c, c):>8}" for c in cols))
    for name, t in tables.items():
        print(f"{name:<26}" + "".join(f"{t[c]:>8.3f}" for c in cols))
    return 0


if __name__ == "__main__":
    sys.exit(main())
