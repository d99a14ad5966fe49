"""A second round of page layouts the dev pages do not use, gold known by construction.

    python benchmarks/parse_layouts_2.py [--pages N] [--misses] [--write DIR] [--json]

Built like ``benchmarks/parse_layouts.py`` (real SaudiNewsNet articles printed into plain-text
pages) with forms neither the dev pages nor that first round use: a kicker (section label) over
the headline and a standfirst under it, a date line that also names the outlet, time-first and
update-first date lines, ``dd-mm-yyyy`` and English dates, a Hijri date without ``هـ``, two
credits on one byline (``كتب: فلان وتصوير: علان``), reporter datelines (``الرياض - مراسل
سبق``, ``جدة - خاص``), the agency dateline at the start of the first paragraph (body, as the
dev golds have it), photo captions between paragraphs (body, as the dev golds have them), bodies
with bullet lists, quotations, interview lines (``س:`` / ``ج:``), short lines and an English
sentence, tags with `` - `` / `` • `` / `` ، `` separators under ``المواضيع`` / ``الكلمات
الدلالية``, numbered related lists (``1- …``, ``١. …``, ``(2) …``; the number is not part of
the headline) under new headers, and login / rating / counter / join-our-channel boilerplate.

Same options and table as ``benchmarks/parse_layouts.py``.
"""

from __future__ import annotations

import datetime as dt
import re
import sys

from hijridate import Gregorian
from parse_layouts import (
    AGENCIES,
    AGENCY_NAMES,
    CITIES,
    EASTERN,
    MONTHS,
    NAMES,
    SECTIONS,
    Item,
    Layout,
    Parts,
    _clock,
    _page,
    _rel,
    _weekday,
    main,
)

from akhbar.model import Article, Page

KICKERS = (*SECTIONS, "أخبار محلية", "شؤون دولية", "اقتصاد وأعمال", "رياضة محلية")
ENGLISH_MONTHS = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
)
ENGLISH_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
CAPTIONS = (
    "جانب من الاجتماع",
    "لقطة من موقع الحدث",
    "صورة أرشيفية",
    "جانب من الحضور خلال الفعالية",
    "المسؤولون خلال الجولة التفقدية",
)
ENGLISH = (
    "We are fully committed to the safety of our citizens and residents.",
    "This is a historic day for the Kingdom.",
    "The results exceeded all our expectations, the spokesman said.",
)
_CLAUSE = re.compile(r"\s*[،,.؛]\s*|\s+و(?=\S{3,})")


def _date(d: dt.date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def _standfirst(item: Item) -> str:
    """A lede's opening (up to its first comma, or its first dozen words) as a standfirst."""
    first = item.paragraphs[0].split("،")[0].split(".")[0].split()
    words = first if 6 <= len(first) <= 20 else item.paragraphs[0].split()[:12]
    return " ".join(words).rstrip("،,.:؛")


def _clauses(text: str, k: int) -> list[str]:
    """Up to ``k`` clauses of a paragraph of three to twenty words (list items)."""
    out = [c.strip() for c in _CLAUSE.split(text) if 3 <= len(c.split()) <= 20]
    return out[:k]


def _numbered(items: list[str], style: str) -> list[str]:
    marks = {"dash": "{}- ", "dot": "{}. ", "paren": "({}) ", "eastern": "{}. "}
    out = []
    for n, t in enumerate(items, 1):
        mark = marks[style].format(n)
        out.append((mark.translate(EASTERN) if style == "eastern" else mark) + t)
    return out


def kicker_standfirst(p: Parts) -> tuple[list[str], Page]:
    """A kicker over the headline, a standfirst under it, a weekday date with a 12-hour clock,
    ``الكلمات الدلالية`` with `` - ``, an ``المزيد من الأخبار`` list numbered ``1- …``."""
    r, d = p.rng, p.main.day
    stand = _standfirst(p.main)
    rel = _rel(p)
    lines = [
        r.choice(KICKERS),
        p.main.title,
        stand,
        f"{_weekday(d)} {_date(d)} - {_clock(r)} {r.choice('صم')}",
        *p.main.paragraphs,
        f"المصدر: {p.main.outlet}",
        "الكلمات الدلالية: " + " - ".join(p.tags),
        "المزيد من الأخبار",
        *_numbered(rel, "dash"),
    ]
    body = (stand, *p.main.paragraphs)
    return _page(p, lines, published=d.isoformat(), source=p.main.outlet, related=rel, body=body)


def outlet_date_caption(p: Parts) -> tuple[list[str], Page]:
    """``الصحيفة | الأحد 9 أغسطس 2015`` (or the date first) under the headline (the byline,
    with its date), a
    labelled photo caption before the body and a credited one inside it, ``وسوم:`` with
    `` • ``, a ``قد يهمك أيضاً:`` list numbered in Eastern digits."""
    r, d = p.rng, p.main.day
    o, day = p.main.outlet, f"{_weekday(d)} {_date(d)}"
    byline = r.choice([f"{o} | {day}", f"{day} | {o}", f"{day} - {_clock(r)} ص | {o}"])
    cap1 = f"الصورة: {r.choice(CAPTIONS)}"
    cap2 = f"{r.choice(CAPTIONS)} (تصوير: {r.choice(NAMES)})"
    paras = p.main.paragraphs
    rel = _rel(p)
    lines = [
        f"الرئيسية » {r.choice(SECTIONS)}",
        p.main.title,
        byline,
        cap1,
        paras[0],
        cap2,
        *paras[1:],
        "وسوم: " + " • ".join(p.tags),
        "قد يهمك أيضاً:",
        *_numbered(rel, "eastern"),
    ]
    body = (cap1, paras[0], cap2, *paras[1:])
    return _page(p, lines, published=d.isoformat(), byline=byline, related=rel, body=body)


def credits_toolbar(p: Parts) -> tuple[list[str], Page]:
    """Writer and photographer on one byline, a ``yyyy/mm/dd`` date, ``طباعة | إرسال | حفظ``,
    then share / join-our-channel / comment / login prompts around ``المواضيع:`` tags."""
    r, d = p.rng, p.main.day
    a, b = r.sample(NAMES, 2)
    byline = r.choice(
        [f"كتب: {a} وتصوير: {b}", f"كتب: {a} - تصوير: {b}", f"إعداد: {a} | تصوير: {b}"]
    )
    lines = [
        p.main.title,
        byline,
        f"{d.year}/{d.month:02d}/{d.day:02d}",
        "طباعة | إرسال | حفظ",
        *p.main.paragraphs,
        "شارك الخبر",
        r.choice(["انضم لقناتنا على تيليجرام", "تابعونا على تويتر", "تابعوا قناتنا على يوتيوب"]),
        "المواضيع: " + " ، ".join(p.tags),
        f"التعليقات ({r.randint(0, 40)})",
        "أضف تعليقك",
        "الرجاء تسجيل الدخول لإضافة تعليق",
    ]
    return _page(p, lines, published=d.isoformat(), byline=byline)


def reporter_counters(p: Parts) -> tuple[list[str], Page]:
    """A ``dd-mm-yyyy`` date, a reporter dateline (``الرياض - مراسل سبق``, ``جدة - خاص``), a
    view counter, a ``الكلمات الدلالية`` header over a `` • `` list, a ``أخبار متعلقة`` list
    numbered ``(1) …``, a rating widget."""
    r, d = p.rng, p.main.day
    short = p.main.outlet.removeprefix("صحيفة ").removeprefix("جريدة ")
    city = r.choice(CITIES)
    byline = r.choice(
        [
            f"{city} - مراسل {short}",
            f"مراسل {short} - {city}",
            f"{city} - خاص",
            f"{city} – مندوب {short}",
        ]
    )
    rel = _rel(p)
    lines = [
        p.main.title,
        f"{d.day:02d}-{d.month:02d}-{d.year}",
        byline,
        f"عدد المشاهدات: {r.randint(100, 9999)}",
        *p.main.paragraphs,
        f"المصدر - {p.main.outlet}",
        "الكلمات الدلالية",
        " • ".join(p.tags),
        "أخبار متعلقة",
        *_numbered(rel, "paren"),
        "قيّم هذا الخبر",
        r.choice(["★★★★☆", "التقييم: 4.5/5 (12 صوت)", "هل كان الخبر مفيداً؟ نعم | لا"]),
    ]
    return _page(
        p, lines, published=d.isoformat(), source=p.main.outlet, byline=byline, related=rel
    )


def agency_in_first_paragraph(p: Parts) -> tuple[list[str], Page]:
    """A time-first labelled date, the agency dateline opening the first paragraph (body: the
    line as printed), source, ``،`` tags, an ``اقرأ أيضاً في القسم:`` list numbered ``1. …``."""
    r, d = p.rng, p.main.day
    ag = r.choice(AGENCIES)
    city = r.choice(CITIES)
    opener = r.choice([f"{city} - {ag}: ", f"{city} ({ag}) - ", f"{ag} - {city}: "])
    paras = (opener + p.main.paragraphs[0], *p.main.paragraphs[1:])
    source = r.choice(AGENCY_NAMES)
    rel = _rel(p)
    lines = [
        p.main.title,
        f"نشر في: {_clock(r)} {r.choice('صم')} - {_date(d)}",
        *paras,
        f"المصدر: {source}",
        "الكلمات الدلالية: " + "، ".join(p.tags),
        f"اقرأ أيضاً في {r.choice(SECTIONS)}:",
        *_numbered(rel, "dot"),
    ]
    return _page(p, lines, published=d.isoformat(), source=source, related=rel, body=paras)


def interview(p: Parts) -> tuple[list[str], Page]:
    """``حوار: فلان``, a weekday and Hijri date without ``هـ``, an intro, then ``س:`` / ``ج:``
    lines (one question short), hashtags, ``شارك على:`` buttons."""
    r, d = p.rng, p.main.day
    h = Gregorian(d.year, d.month, d.day).to_hijri()
    byline = f"حوار: {r.choice(NAMES)}"
    intro, *answers = p.main.paragraphs
    questions = [f"س: ما تعليقك على {t}؟" for t in p.related] + ["س: وماذا بعد؟"]
    r.shuffle(questions)
    qa: list[str] = []
    for q, a in zip(questions, answers, strict=False):
        qa += [q, f"ج: {a}"]
    body = (intro, *qa)
    lines = [
        p.main.title,
        byline,
        f"{_weekday(d)} {h.day} {h.month_name('ar')} {h.year}",
        *body,
        " ".join("#" + t.replace(" ", "_") for t in p.tags),
        "شارك على: فيسبوك | تويتر | واتساب",
    ]
    return _page(p, lines, published=d.isoformat(), byline=byline, body=body)


def lists_quotes_english(p: Parts) -> tuple[list[str], Page]:
    """A body with a lead-in line, a bulleted list, a quotation, a one-line paragraph and an
    English sentence; ``Tags:`` with `` • ``; an English ``Published`` date with GMT time."""
    r, d = p.rng, p.main.day
    clock = _clock(r, 23)
    paras = p.main.paragraphs
    items = _clauses(" ".join(paras[1:]), 4) or _clauses(paras[0], 4)
    bullet = r.choice(["-", "•", "*"])
    quote = f"«{r.choice(items)}»"
    body = (
        paras[0],
        "وتضمنت أبرز النقاط ما يلي:",
        *(f"{bullet} {c}" for c in items),
        quote,
        *paras[1:],
        r.choice(ENGLISH),
        "وللحديث بقية.",
    )
    day = f"{ENGLISH_DAYS[d.weekday()]}, {d.day:02d} {ENGLISH_MONTHS[d.month - 1]} {d.year}"
    lines = [
        p.main.title,
        f"Published: {day} {clock}:00 GMT",
        *body,
        f"المصدر: {p.main.outlet}",
        "Tags: " + " • ".join(p.tags),
    ]
    return _page(
        p, lines, published=f"{d.isoformat()}T{clock}:00+00:00", source=p.main.outlet, body=body
    )


def update_first(p: Parts) -> tuple[list[str], Page]:
    """The update date printed before the publish date (on two lines or on one), source, a
    ``هاشتاقات:`` line, a ``مواضيع قد تهمك`` list."""
    r, d = p.rng, p.main.day
    later = d + dt.timedelta(days=r.randint(0, 2))
    upd = f"آخر تحديث: {_date(later)} - {_clock(r)} م"
    pub = f"تاريخ النشر: {_date(d)} - {_clock(r)} ص"
    dates = r.choice([[upd, pub], [f"{upd} | {pub}"]])
    rel = _rel(p)
    lines = [
        p.main.title,
        *dates,
        *p.main.paragraphs,
        f"المصدر: {p.main.outlet}",
        "هاشتاقات: " + " ".join("#" + t.replace(" ", "_") for t in p.tags),
        "مواضيع قد تهمك",
        *rel,
    ]
    return _page(p, lines, published=d.isoformat(), source=p.main.outlet, related=rel)


def kicker_date_standfirst(p: Parts) -> tuple[list[str], Page]:
    """A two-word kicker, the headline, an Eastern-digit ``dd/mm/yyyy`` date, then a standfirst
    before the body; ``كلمات مفتاحية`` header over one tag per line; ``من نفس القسم`` list."""
    r, d = p.rng, p.main.day
    stand = _standfirst(p.main)
    rel = _rel(p)
    lines = [
        r.choice(KICKERS[len(SECTIONS) :]),
        p.main.title,
        f"{d.day:02d}/{d.month:02d}/{d.year}".translate(EASTERN),
        stand,
        *p.main.paragraphs,
        "كلمات مفتاحية",
        *p.tags,
        "من نفس القسم",
        *rel,
    ]
    body = (stand, *p.main.paragraphs)
    return _page(p, lines, published=d.isoformat(), related=rel, body=body)


def embedded_agency(p: Parts) -> tuple[list[str], Page]:
    """A main article with a ``dd-mm-yyyy`` date and `` - `` tags, then a ``قد يهمك أيضاً:`` block holding an
    article with a 12-hour date and an agency dateline opening its first paragraph."""
    r, d, o = p.rng, p.main.day, p.other
    ag = r.choice(AGENCIES)
    o_paras = (f"{r.choice(CITIES)} - {ag}: {o.paragraphs[0]}", *o.paragraphs[1:])
    emb = Article(headline=o.title, published=o.day.isoformat(), body=o_paras, source=o.outlet)
    lines = [
        p.main.title,
        f"{d.day:02d}-{d.month:02d}-{d.year}",
        *p.main.paragraphs,
        f"المصدر: {p.main.outlet}",
        "كلمات مفتاحية: " + " - ".join(p.tags),
        "قد يهمك أيضاً:",
        o.title,
        f"{_weekday(o.day)} {_date(o.day)} - {_clock(r)} ص",
        *o_paras,
        f"المصدر: {o.outlet}",
        "التعليقات (0)",
    ]
    return _page(p, lines, published=d.isoformat(), source=p.main.outlet, embedded=(emb,))


def login_rating_top(p: Parts) -> tuple[list[str], Page]:
    """Counters on one line above the headline, a ``Aug 8, 2015`` date, body, ``وسوم`` with
    `` - ``, login / rating / newsletter lines, an ``أخبار أخرى`` list."""
    r, d = p.rng, p.main.day
    rel = _rel(p)
    lines = [
        f"عدد المشاهدات: {r.randint(100, 9999)} | التعليقات ({r.randint(0, 40)})",
        p.main.title,
        f"{ENGLISH_MONTHS[d.month - 1]} {d.day}, {d.year}",
        *p.main.paragraphs,
        "الوسوم: " + " - ".join(p.tags),
        "هل أعجبك الخبر؟",
        "يجب عليك تسجيل الدخول لتتمكن من التعليق",
        "أخبار أخرى",
        *rel,
        "سجل بريدك لتصلك أهم الأخبار",
    ]
    return _page(p, lines, published=d.isoformat(), related=rel)


LAYOUTS: dict[str, Layout] = {
    f.__name__: f
    for f in (
        kicker_standfirst,
        outlet_date_caption,
        credits_toolbar,
        reporter_counters,
        agency_in_first_paragraph,
        interview,
        lists_quotes_english,
        update_first,
        kicker_date_standfirst,
        embedded_agency,
        login_rating_top,
    )
}


if __name__ == "__main__":
    sys.exit(main(layouts=LAYOUTS, doc=__doc__ or ""))
