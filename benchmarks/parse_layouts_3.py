"""A third round of page layouts neither the dev pages nor the first two rounds use, gold known
by construction.

    python benchmarks/parse_layouts_3.py [--pages N] [--misses] [--write DIR] [--json]

Built like ``benchmarks/parse_layouts.py`` (real SaudiNewsNet articles printed into plain-text
pages) with forms the earlier rounds lack: a headline carrying the site's name (``عنوان - صحيفة
المدينة``, ``عنوان | الشرق الأوسط``: kept, the headline is as printed) under a three-level
breadcrumb; ISO timestamps with their UTC offset (``2015-08-26T10:30:00+03:00``) followed by an
``آخر تحديث:`` line; a 24-hour ``نشر في: 2015/08/26 - 10:30``; a weekday, Hijri and Gregorian
date on one line without a dash after the weekday; English full dates with ``AM`` / ``PM``;
``بواسطة: فلان`` / ``بواسطة فلان`` / ``تحرير:`` bylines; a name and a city joined by a dash
(``فلان - الرياض``, ``جدة - فلان``) under the date; a name over an e-mail address; the agency in
parentheses on a line of its own after the body (``(رويترز)``: the source, brackets off) or
glued to the last paragraph (body, as printed); ``المصدر : X`` and ``وسوم :`` with a space
before the colon and tags split by ASCII commas; ``مواضيع ذات علاقة:`` over a ``،`` list of
short topics (tags, not related headlines: what follows decides); bulleted tags under a header;
``الأكثر قراءة`` / ``الأكثر مشاهدة`` / ``أحدث الأخبار`` lists (related headlines: SCHEMA lists no
other place for links to other articles); related lists with each headline's date or ``منذ 3
ساعات`` under it (discarded); two embedded articles under two labels; reader comments after an
``التعليقات (3)`` counter (the commenter's name, the time and the comment: discarded, not body);
cookie notices with their button, reading-time lines, a writer's e-mail address.

Same options and table as ``benchmarks/parse_layouts.py``.
"""

from __future__ import annotations

import datetime as dt
import functools
import sys

from hijridate import Gregorian
from parse_layouts import (
    AGENCIES,
    CITIES,
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
    load_items,
    main,
)

from akhbar.model import Article, Page

ENGLISH_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
ENGLISH_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
#: the agency a wire story closes with, in parentheses, as printed
WIRE = ("رويترز", "د ب أ", "أ ف ب", "واس", "الأناضول", "وكالات", "أ ش أ")
COMMENTERS = ("أبو فيصل", "مواطن غيور", "سعود", "أم عبدالله", "ناصر العمري", "متابع", "زائر")
COMMENTS = (
    "الله يوفقهم ويعينهم",
    "خبر جميل والله يعطيكم العافية",
    "متى بيتم التطبيق على أرض الواقع؟",
    "نتمنى أن يكون هناك متابعة حقيقية لهذه القرارات وألا تبقى حبرا على ورق كما حدث في السابق.",
    "شكرا للصحيفة على هذا التقرير المميز",
    "كلام جميل لكن الواقع مختلف تماما يا جماعة، ننتظر النتائج قبل أن نحكم على أي شيء.",
    "الحمد لله على كل حال",
    "أين الرقابة من كل هذا؟ المواطن هو من يدفع الثمن في النهاية دائما وللأسف الشديد.",
)
COOKIES = (
    "يستخدم هذا الموقع ملفات تعريف الارتباط (الكوكيز) لتحسين تجربتك، وباستمرارك في التصفح "
    "فإنك توافق على ذلك.",
    "نستخدم ملفات الكوكيز لتقديم أفضل تجربة لك على موقعنا. بمتابعة التصفح أنت توافق على "
    "سياسة الخصوصية.",
    "This website uses cookies to improve your experience.",
)
COOKIE_BUTTONS = ("موافق", "أوافق", "قبول", "حسناً", "Accept")
EMAIL_DOMAINS = ("gmail.com", "hotmail.com", "alriyadh.com", "al-jazirah.com")


@functools.cache
def _extra_items() -> tuple[Item, ...]:
    """Clean articles for a second embedded block (``Parts`` holds one other article)."""
    return tuple(it for it in load_items() if it.clean)


def _date(d: dt.date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def _hm(r: Parts) -> str:
    return _clock(r.rng, 23)


def _short(outlet: str) -> str:
    return outlet.removeprefix("صحيفة ").removeprefix("جريدة ")


def crumb_title_suffix(p: Parts) -> tuple[list[str], Page]:
    """A three-level ``»`` breadcrumb, the headline with the site's name after `` - `` or ``|``
    (kept: the headline is as printed), ``نشر في: yyyy/mm/dd - HH:MM``, ``بواسطة: فلان``, a
    share prompt, body, ``المصدر : X`` (space before the colon), ``وسوم :`` with ``,``, a
    ``الأكثر قراءة`` list and copyright."""
    r, d, o = p.rng, p.main.day, p.main.outlet
    headline = p.main.title + r.choice([f" - {o}", f" | {_short(o)}", f" | {o}"])
    byline = f"بواسطة: {r.choice(NAMES)}"
    rel = _rel(p)
    lines = [
        f"الرئيسية » أخبار » {r.choice(SECTIONS)}",
        headline,
        f"نشر في: {d.year}/{d.month:02d}/{d.day:02d} - {_hm(p)}",
        byline,
        "شارك هذا المقال",
        *p.main.paragraphs,
        f"المصدر : {o}",
        "وسوم : " + ", ".join(p.tags),
        r.choice(["الأكثر قراءة", "الأكثر قراءة:", "الأكثر مشاهدة"]),
        *rel,
        f"جميع الحقوق محفوظة © {d.year}",
    ]
    _, page = _page(p, lines, published=d.isoformat(), source=o, byline=byline, related=rel)
    return lines, Page(
        input="",
        main=Article(
            headline=headline,
            published=page.main.published,
            source=o,
            byline=byline,
            body=p.main.paragraphs,
            tags=tuple(p.tags),
        ),
        related=page.related,
    )


def iso_timestamps(p: Parts) -> tuple[list[str], Page]:
    """An ISO timestamp with its offset (bare or labelled), an ``آخر تحديث:`` timestamp after
    it, ``إعداد: فلان``, body, the agency in parentheses on a line of its own (the source),
    ``الكلمات الدالة:`` and a ``تابع أيضاً`` list."""
    r, d = p.rng, p.main.day
    clock = _hm(p)
    later = d + dt.timedelta(days=r.randint(0, 1))
    iso = f"{d.isoformat()}T{clock}:00+03:00"
    pub = r.choice([iso, f"تاريخ النشر: {iso}", f"Published: {d.isoformat()} {clock}:00 +0300"])
    upd = f"آخر تحديث: {later.isoformat()}T{_hm(p)}:00+03:00"
    byline = f"إعداد: {r.choice(NAMES)}"
    agency = r.choice(WIRE)
    rel = _rel(p)
    lines = [
        p.main.title,
        pub,
        upd,
        byline,
        *p.main.paragraphs,
        f"({agency})",
        "الكلمات الدالة: " + "، ".join(p.tags),
        r.choice(["تابع أيضاً", "تابع أيضاً:"]),
        *rel,
    ]
    return _page(p, lines, published=iso, source=agency, byline=byline, related=rel)


def name_city_byline(p: Parts) -> tuple[list[str], Page]:
    """A name and a city joined by a dash (``فلان - الرياض``, ``جدة - فلان``) over a weekday
    date, or under it with a share row after it (the byline: a dateline after the last date or
    toolbar line opens the article text, as the dev golds have it), the agency glued to the
    last paragraph (body, as printed), ``مواضيع ذات علاقة:`` over a ``،`` list of short topics
    (tags), a ``شاهد أيضاً:`` list."""
    r, d = p.rng, p.main.day
    if len(p.tags) < 2:  # one topic alone would be read as one related headline
        p.tags.append("المملكة")
    name, city = r.choice(NAMES), r.choice(CITIES)
    byline = r.choice([f"{name} - {city}", f"{city} - {name}", f"{name} – {city}"])
    paras = (*p.main.paragraphs[:-1], f"{p.main.paragraphs[-1]} ({r.choice(WIRE)})")
    rel = _rel(p)
    topics = "، ".join(p.tags)
    lines = [
        p.main.title,
        *r.choice(
            [
                [byline, f"{_weekday(d)}، {_date(d)}"],
                [f"{_weekday(d)}، {_date(d)}", byline, "شارك: فيسبوك تويتر واتساب"],
            ]
        ),
        *paras,
        *r.choice([["مواضيع ذات علاقة:", topics], [f"مواضيع ذات علاقة: {topics}"]]),
        "شاهد أيضاً:",
        *rel,
    ]
    return _page(p, lines, published=d.isoformat(), byline=byline, related=rel, body=paras)


def reader_comments(p: Parts) -> tuple[list[str], Page]:
    """``تحرير: فلان``, body, source, tags, then an ``التعليقات (N)`` counter over N reader
    comments (name, time, comment: discarded, they are not the article) and a comment prompt."""
    r, d = p.rng, p.main.day
    byline = f"تحرير: {r.choice(NAMES)}"
    n = r.randint(1, 4)
    comments: list[str] = []
    for k in range(n):
        who = r.choice(COMMENTERS)
        comments.append(r.choice([who, f"{k + 1} - {who}", f"{who} يقول:"]))
        comments.append(
            r.choice([f"منذ {r.randint(2, 9)} ساعات", f"{_date(d)} - {_clock(r)} م", "منذ يومين"])
        )
        comments.append(r.choice(COMMENTS))
        if r.random() < 0.3:
            comments.append("رد")
    lines = [
        p.main.title,
        f"{_date(d)} - {_clock(r)} {r.choice('صم')}",
        byline,
        *p.main.paragraphs,
        f"المصدر: {p.main.outlet}",
        "الوسوم: " + "، ".join(p.tags),
        r.choice([f"التعليقات ({n})", f"تعليقات القراء ({n})", f"{n} تعليقات"]),
        *comments,
        r.choice(["أضف تعليقاً", "اترك تعليقاً", "أضف تعليقك"]),
    ]
    return _page(p, lines, published=d.isoformat(), source=p.main.outlet, byline=byline)


def cookie_app_prompts(p: Parts) -> tuple[list[str], Page]:
    """A cookie notice and its button above the headline (or at the foot), a reading-time
    line, body, source, tags, newsletter / app / follow-us prompts, copyright."""
    r, d = p.rng, p.main.day
    cookie = [r.choice(COOKIES), r.choice(COOKIE_BUTTONS)]
    top = r.random() < 0.6
    lines = [
        *(cookie if top else []),
        p.main.title,
        f"{_date(d)} - {_clock(r)} ص",
        r.choice([f"{r.randint(2, 7)} دقائق للقراءة", f"مدة القراءة: {r.randint(2, 7)} دقائق"]),
        *p.main.paragraphs,
        f"المصدر: {p.main.outlet}",
        "كلمات دلالية: " + "، ".join(p.tags),
        "اشترك في النشرة البريدية",
        "حمّل تطبيق الصحيفة",
        "تابعونا على",
        "فيسبوك تويتر واتساب",
        f"جميع الحقوق محفوظة © {d.year}",
        *([] if top else cookie),
    ]
    return _page(p, lines, published=d.isoformat(), source=p.main.outlet)


def related_with_dates(p: Parts) -> tuple[list[str], Page]:
    """A share row and a print button, body, source, ``الكلمات الدالة :`` with ``|``, a
    ``شاهد أيضاً`` list with each headline's
    date (or ``منذ N ساعات``) under it: the dates are discarded, not the main's date."""
    r, d = p.rng, p.main.day
    rel = _rel(p, 4)
    items: list[str] = []
    for t in rel:
        when = d - dt.timedelta(days=r.randint(0, 5))
        items += [t, r.choice([_date(when), f"منذ {r.randint(2, 9)} ساعات", when.isoformat()])]
    lines = [
        p.main.title,
        f"{_weekday(d)} {_date(d)}",
        "فيسبوك تويتر واتساب",
        "طباعة",
        *p.main.paragraphs,
        f"المصدر: {p.main.outlet}",
        "الكلمات الدالة : " + " | ".join(p.tags),
        r.choice(["شاهد أيضاً", "أخبار ذات صلة", "تابع أيضاً"]),
        *items,
    ]
    return _page(p, lines, published=d.isoformat(), source=p.main.outlet, related=rel)


def two_embedded(p: Parts) -> tuple[list[str], Page]:
    """A main article, then two embedded ones under ``اقرأ أيضاً:`` and ``شاهد أيضاً:`` (the first
    with a ``بواسطة`` byline and a date), then a ``الأكثر مشاهدة`` list."""
    r, d, o = p.rng, p.main.day, p.other
    used = {p.main.title, o.title, *p.related}
    o2 = r.choice([it for it in _extra_items()[:400] if it.title not in used])
    o_byline = f"بواسطة: {r.choice(NAMES)}"
    emb1 = Article(
        headline=o.title, published=o.day.isoformat(), byline=o_byline, body=o.paragraphs
    )
    emb2 = Article(headline=o2.title, body=o2.paragraphs)
    rel = _rel(p, 3)
    lines = [
        p.main.title,
        _date(d),
        *p.main.paragraphs,
        f"المصدر: {p.main.outlet}",
        "وسوم: " + "، ".join(p.tags),
        "اقرأ أيضاً:",
        o.title,
        o_byline,
        _date(o.day),
        *o.paragraphs,
        "شاهد أيضاً:",
        o2.title,
        *o2.paragraphs,
        "الأكثر مشاهدة",
        *rel,
    ]
    return _page(
        p,
        lines,
        published=d.isoformat(),
        source=p.main.outlet,
        related=rel,
        embedded=(emb1, emb2),
    )


def hijri_greg_loose_byline(p: Parts) -> tuple[list[str], Page]:
    """``الأربعاء 11 ذو القعدة 1436 هـ - 26 أغسطس 2015 م`` (no dash after the weekday),
    ``بواسطة فلان`` (no colon), font-size and print buttons, body, ``(وكالات)`` closing it, a
    ``الوسوم`` header over bulleted tags, an ``أحدث الأخبار`` list."""
    r, d = p.rng, p.main.day
    h = Gregorian(d.year, d.month, d.day).to_hijri()
    byline = f"بواسطة {r.choice(NAMES)}"
    bullet = r.choice(["•", "-", "▪"])
    rel = _rel(p)
    lines = [
        p.main.title,
        f"{_weekday(d)} {h.day} {h.month_name('ar')} {h.year} هـ - {_date(d)} م",
        byline,
        "حجم الخط",
        "طباعة",
        *p.main.paragraphs,
        "(وكالات)",
        "الوسوم",
        *(f"{bullet} {t}" for t in p.tags),
        r.choice(["أحدث الأخبار", "آخر الأخبار"]),
        *rel,
    ]
    return _page(p, lines, published=d.isoformat(), source="وكالات", byline=byline, related=rel)


def english_dates_email(p: Parts) -> tuple[list[str], Page]:
    """An English full date with ``AM`` / ``PM`` (the time has no offset: date only), a plain
    name over an e-mail address (body: the dev golds keep a writer's address in the text),
    body, ``المصدر:X`` without a space, ``Tags:``, a ``الأكثر تداولاً`` list."""
    r, d = p.rng, p.main.day
    name = r.choice(NAMES)
    clock = f"{r.randint(1, 12)}:{r.randint(0, 59):02d} {r.choice(['AM', 'PM'])}"
    date = f"{ENGLISH_DAYS[d.weekday()]}, {ENGLISH_MONTHS[d.month - 1]} {d.day}, {d.year} {clock}"
    email = f"user{r.randint(10, 99)}@{r.choice(EMAIL_DOMAINS)}"
    rel = _rel(p)
    lines = [
        p.main.title,
        date,
        name,
        email,
        *p.main.paragraphs,
        f"المصدر:{p.main.outlet}",
        "Tags: " + ", ".join(p.tags),
        r.choice(["الأكثر تداولاً", "الأكثر قراءة اليوم"]),
        *rel,
    ]
    body = (email, *p.main.paragraphs)
    return _page(
        p, lines, published=d.isoformat(), source=p.main.outlet, byline=name, related=rel, body=body
    )


def agency_top_update(p: Parts) -> tuple[list[str], Page]:
    """A published and an update line on one date each (the update first or after), a
    ``فلان - المدينة`` byline BEFORE the date, body, the agency in parentheses closing it,
    ``هاشتاغ:`` hashtags, a comment counter, an ``مقالات ذات صلة`` list."""
    r, d = p.rng, p.main.day
    byline = f"{r.choice(NAMES)} - {r.choice(CITIES)}"
    later = d + dt.timedelta(days=r.randint(0, 1))
    pub = f"تاريخ النشر: {_date(d)} - {_clock(r)} م"
    upd = f"آخر تحديث: {_date(later)} - {_clock(r)} م"
    agency = r.choice(AGENCIES)
    rel = _rel(p, 2)
    lines = [
        p.main.title,
        byline,
        *r.choice([[pub, upd], [upd, pub]]),
        *p.main.paragraphs,
        f"({agency})",
        "هاشتاغ: " + " ".join("#" + t.replace(" ", "_") for t in p.tags),
        f"التعليقات ({r.randint(0, 9)})",
        "مقالات ذات صلة",
        *rel,
    ]
    return _page(p, lines, published=d.isoformat(), source=agency, byline=byline, related=rel)


LAYOUTS: dict[str, Layout] = {
    f.__name__: f
    for f in (
        crumb_title_suffix,
        iso_timestamps,
        name_city_byline,
        reader_comments,
        cookie_app_prompts,
        related_with_dates,
        two_embedded,
        hijri_greg_loose_byline,
        english_dates_email,
        agency_top_update,
    )
}


if __name__ == "__main__":
    sys.exit(main(layouts=LAYOUTS, doc=__doc__ or ""))
