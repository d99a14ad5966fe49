"""A fifteenth round of page layouts neither the dev pages nor the first fourteen rounds use,
gold known by construction.

    python benchmarks/parse_layouts_15.py [--pages N] [--seed S] [--misses] [--write DIR] [--json]

Built like ``benchmarks/parse_layouts.py`` (real SaudiNewsNet articles printed into plain-text
pages) with forms the earlier rounds lack, written before reading the parser's rules (a held-out
round). How each is scored (SCHEMA.md decides; where it is silent, the dev golds and the earlier
rounds do):

- **A label over its value** (a CMS's meta table flattened one cell a line): ``تاريخ النشر`` /
  ``نشر في`` / ``التاريخ`` alone over the date, ``المصدر`` / ``المصدر:`` alone over the outlet,
  under the headline or at the foot; or the source in brackets on its line (``[المصدر: X]``,
  ``(المصدر: X)``): ``published`` is the date, ``source`` the outlet without label or brackets,
  the label lines discarded. A byline label over a name (``الكاتب`` over ``فلان``) is not
  drawn: whether the byline "as printed" is the name line or both lines is not said.
- **Feed and machine dates**: an RSS ``pubDate`` as printed (``Sun, 09 Aug 2015 10:30:27
  +0300``, ``… GMT``): ``published`` is the **timestamp with its offset**, seconds as printed
  (round 3 keeps ``:00`` seconds; GMT is +00:00, as round 7); abbreviated English months
  (``9 Aug 2015``, ``Aug 9, 2015``) and the day in words (``الأحد التاسع من أغسطس 2015``,
  ``الحادي والعشرون من مارس 2014``): the day. Days of any month.
- **Other calendars beside the Gregorian date**: an Egyptian paper's three calendars
  (``الأحد 9 من أغسطس 2015 م - 24 من شوال 1436 هـ - 3 من مسرى 1731 ق``) and an Iranian Arabic
  site's Solar Hijri date (``الأحد ۱۸ مرداد ۱۳۹۴ - 9 أغسطس 2015``, the Gregorian first too):
  ``published`` is the **Gregorian day** (printed, not converted, as rounds 11 and 14). The
  Coptic and Solar dates are printed as those calendars count (within a day; never scored).
- **Bylines with honorifics, roles and two writers**: ``د. فلان`` / ``أ.د. فلان`` / ``م. فلان``
  bare under the headline, ``بقلم: د. فلان - أستاذ الإعلام بجامعة الملك سعود`` (a role after a
  dash), ``كتب: فلان وعلان`` / ``إعداد: فلان، علان``, under the headline, the date or after the
  body: the **byline, as printed, the whole line** (round 1's ``بقلم: فلان``, round 8's meta
  lines whole).
- **Tags in other shapes**: chips in brackets (``الوسوم: [a] [b]``), a middle dot (``a · b``),
  an Arabic semicolon (``a؛ b``), a tag icon before the label (``🏷️ الوسوم: a، b``) and a count
  in the label (``الوسوم (3): a، b، c``): the **tags**, in order, multi-word tags whole.
- **Related items with their links**: under a related header, each headline over its URL, or
  with the URL after a dash or in angle brackets (``عنوان <https://…>``), or behind an arrow
  (``← عنوان``, ``◂ عنوان``, ``» عنوان``), or the headlines on one line joined by `` | ``: each
  headline **related**, in order, the title alone, its ``url`` when printed (a URL line or
  suffix is the item's link, not text; an arrow is a drawn mark, as round 2's numbers).
- **A breadcrumb one link a line**: ``أنت هنا:`` maybe, then ``الرئيسية`` / ``أخبار`` / the
  section, maybe with ``»`` / ``/`` lines between, or on one line after ``أنت هنا:``, the
  trail maybe ending with the headline itself, then the heading: **discarded** (round 1's
  breadcrumb wherever it stands, round 2's kicker), the headline once, the heading.
- **Site furniture around the article**: the article's number (``رقم الخبر: 45123``, ``كود
  الخبر: …``), copy-link buttons (``نسخ الرابط``, ``تم نسخ الرابط``), a translation widget
  (``ترجمة الصفحة``, ``Select Language``, ``Powered by Google Translate``), PDF and night-mode
  buttons, and the footer's anti-copy notice and site credits (``يمنع النسخ أو إعادة النشر
  دون إذن مسبق``, ``تصميم وتطوير: شركة X``, ``Powered by WordPress``): **discarded** (round 6's
  copyright, round 1's buttons); a site credit is no byline (it credits the site, not the
  article).
- **Fields glued together** (an ``innerText`` of inline cells with no space between, as the dev
  pages glue ``اقرأ أيضاً`` to its first headline): ``المصدر: Xالوسوم: a، b`` (the source, then
  the tags), ``الوسوم: a، bاقرأ أيضاً:`` over the related headlines (the tags, then the list):
  each field read at the label inside the line; the related headlines **related**.

Same options and table as ``benchmarks/parse_layouts.py``.
"""

from __future__ import annotations

import datetime as dt
import sys

from hijridate import Gregorian
from parse_layouts import (
    MONTHS,
    NAMES,
    SECTIONS,
    Layout,
    Parts,
    _clock,
    _page,
    _rel,
    _weekday,
    main,
)
from parse_layouts_4 import _date
from parse_layouts_10 import _any_day, _tags_line

from akhbar.model import Page, Related

MONTHS_EN3 = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
DAYS_EN3 = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
ORDINALS = (
    "الأول",
    "الثاني",
    "الثالث",
    "الرابع",
    "الخامس",
    "السادس",
    "السابع",
    "الثامن",
    "التاسع",
    "العاشر",
)
TENS = {2: "العشرون", 3: "الثلاثون"}
COPTIC = (
    "توت",
    "بابه",
    "هاتور",
    "كيهك",
    "طوبة",
    "أمشير",
    "برمهات",
    "برمودة",
    "بشنس",
    "بؤونة",
    "أبيب",
    "مسرى",
    "نسيء",
)
PERSIAN = (
    "فروردين",
    "أرديبهشت",
    "خرداد",
    "تير",
    "مرداد",
    "شهريور",
    "مهر",
    "آبان",
    "آذر",
    "دي",
    "بهمن",
    "اسفند",
)
PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
HONORIFICS = ("د. ", "أ.د. ", "م. ", "الدكتور ", "د.")
ROLES = (
    "أستاذ الإعلام بجامعة الملك سعود",
    "كاتب ومحلل سياسي",
    "مدير التحرير",
    "باحث في الشؤون الاقتصادية",
)
FURNITURE_TOP = (
    ("نسخ الرابط", "تم نسخ الرابط"),
    ("تحميل PDF",),
    ("الوضع الليلي",),
    ("ترجمة الصفحة", "Select Language"),
    ("حفظ كملف PDF", "نسخ الرابط"),
)
FURNITURE_FOOT = (
    "يمنع النسخ أو إعادة النشر دون إذن مسبق",
    "تصميم وتطوير: شركة الإبداع الرقمي",
    "Powered by WordPress",
    "Powered by Google Translate",
    "برمجة وتصميم مؤسسة تقنية المعلومات",
)


def _ordinal(day: int) -> str:
    if day <= 10:
        return ORDINALS[day - 1]
    if day < 20:
        return ("الحادي" if day == 11 else ORDINALS[day - 11]) + " عشر"
    tens, ones = divmod(day, 10)
    if ones == 0:
        return TENS[tens]
    return ("الحادي" if ones == 1 else ORDINALS[ones - 1]) + " و" + TENS[tens]


def _coptic(d: dt.date) -> tuple[int, str, int]:
    """The Coptic day, month and year (Thout 1 is 11 September, 12 before a leap year)."""
    leap_next = (d.year + 1) % 4 == 0
    new_year = dt.date(d.year, 9, 12 if leap_next else 11)
    if d < new_year:
        prev_leap = d.year % 4 == 0
        new_year = dt.date(d.year - 1, 9, 12 if prev_leap else 11)
    days = (d - new_year).days
    return days % 30 + 1, COPTIC[days // 30], new_year.year - 283


def _solar(d: dt.date) -> tuple[int, str, int]:
    """The Solar Hijri day, month and year (Nowruz taken as 21 March)."""
    start = dt.date(d.year, 3, 21)
    if d < start:
        start = dt.date(d.year - 1, 3, 21)
    days = (d - start).days
    if days < 186:
        return days % 31 + 1, PERSIAN[days // 31], start.year - 621
    days -= 186
    return days % 30 + 1, PERSIAN[min(11, 6 + days // 30)], start.year - 621


def _hijri(d: dt.date) -> tuple[int, str, int]:
    h = Gregorian(d.year, d.month, d.day).to_hijri()
    return h.day, h.month_name("ar"), h.year


def _foot(p: Parts) -> list[str]:
    return [f"المصدر: {p.main.outlet}", _tags_line(p)]


def split_labels(p: Parts) -> tuple[list[str], Page]:
    """Labels over their values: the date under its label, the source under its label or in
    brackets, under the headline or at the foot."""
    r, o = p.rng, p.main.outlet
    d = _any_day(p)
    label = r.choice(["تاريخ النشر", "تاريخ النشر:", "نشر في", "التاريخ", "تاريخ الخبر"])
    value = r.choice([_date(d), f"{_weekday(d)} {_date(d)}", f"{d.year}/{d.month:02d}/{d.day:02d}"])
    date = [label, value]
    kind = r.randrange(3)
    if kind == 0:
        source = [r.choice(["المصدر", "المصدر:", "المصدر :"]), o]
    else:
        source = [f"[المصدر: {o}]" if kind == 1 else f"(المصدر: {o})"]
    head, foot = [p.main.title], [_tags_line(p)]
    if r.random() < 0.5:
        head += date
    else:
        foot = [*date, *foot]
    if r.random() < 0.5:
        head += source
    else:
        foot = [*source, *foot]
    rel = _rel(p) if r.random() < 0.4 else []
    lines = [*head, *p.main.paragraphs, *foot, *(["أخبار ذات صلة", *rel] if rel else [])]
    return _page(p, lines, published=d.isoformat(), source=o, related=rel)


def feed_dates(p: Parts) -> tuple[list[str], Page]:
    """An RSS pubDate, abbreviated English months or the day in words as the date line."""
    r, o = p.rng, p.main.outlet
    d = _any_day(p)
    kind = r.randrange(5)
    published = d.isoformat()
    if kind < 2:
        hh, mm, ss = r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)
        zone, offset = r.choice([("+0300", "+03:00"), ("GMT", "+00:00"), ("+0000", "+00:00")])
        line = (
            f"{DAYS_EN3[d.weekday()]}, {d.day:02d} {MONTHS_EN3[d.month - 1]} {d.year} "
            f"{hh:02d}:{mm:02d}:{ss:02d} {zone}"
        )
        published = f"{d.isoformat()}T{hh:02d}:{mm:02d}:{ss:02d}{offset}"
    elif kind == 2:
        m = MONTHS_EN3[d.month - 1]
        line = r.choice([f"{d.day} {m} {d.year}", f"{m} {d.day}, {d.year}"])
    else:
        words = f"{_ordinal(d.day)} من {MONTHS[d.month - 1]} {d.year}"
        line = r.choice([f"{_weekday(d)} {words}", words, f"{_weekday(d)}، {words}م"])
    if r.random() < 0.3:
        line = r.choice(["نشر في: ", "تاريخ النشر: "]) + line
    lines = [p.main.title, line, *p.main.paragraphs, *_foot(p)]
    return _page(p, lines, published=published, source=o)


def calendars(p: Parts) -> tuple[list[str], Page]:
    """The Gregorian date beside the Hijri and Coptic ones, or beside the Solar Hijri one."""
    r, o = p.rng, p.main.outlet
    d = _any_day(p)
    hd, hm, hy = _hijri(d)
    if r.random() < 0.5:
        cd, cm, cy = _coptic(d)
        g = f"{d.day} من {MONTHS[d.month - 1]} {d.year} م"
        line = r.choice(
            [
                f"{_weekday(d)} {g} - {hd} من {hm} {hy} هـ - {cd} من {cm} {cy} ق",
                f"{_weekday(d)} {d.day} {MONTHS[d.month - 1]} {d.year} الموافق {hd} {hm} {hy}هـ "
                f"و{cd} {cm} {cy} قبطية",
            ]
        )
    else:
        sd, sm, sy = _solar(d)
        solar = f"{sd} {sm} {sy}"
        if r.random() < 0.5:
            solar = solar.translate(PERSIAN_DIGITS)
        g = _date(d)
        line = r.choice(
            [
                f"{_weekday(d)} {solar} - {g}",
                f"{g} | {solar} هـ.ش",
                f"{_weekday(d)} {g} الموافق {solar} هجري شمسي",
            ]
        )
    lines = [p.main.title, line, *p.main.paragraphs, *_foot(p)]
    return _page(p, lines, published=d.isoformat(), source=o)


def role_bylines(p: Parts) -> tuple[list[str], Page]:
    """A byline with an honorific, a role after a dash, or two writers."""
    r, o = p.rng, p.main.outlet
    d = p.main.day
    a, b = r.sample(NAMES, 2)
    kind = r.randrange(3)
    if kind == 0:
        byline = r.choice(HONORIFICS) + a
    elif kind == 1:
        byline = f"{r.choice(['بقلم: ', 'كتب: ', ''])}{r.choice(HONORIFICS)}{a} - {r.choice(ROLES)}"
    else:
        byline = r.choice([f"كتب: {a} و{b}", f"إعداد: {a}، {b}", f"بقلم: {a} و{b}"])
    date = f"{_weekday(d)} {_date(d)}"
    where = r.randrange(3) if kind else r.randrange(2)
    if where == 0:
        lines = [p.main.title, byline, date, *p.main.paragraphs, *_foot(p)]
    elif where == 1:
        lines = [p.main.title, date, byline, *p.main.paragraphs, *_foot(p)]
    else:
        lines = [p.main.title, date, *p.main.paragraphs, byline, *_foot(p)]
    return _page(p, lines, published=d.isoformat(), source=o, byline=byline)


def tag_shapes(p: Parts) -> tuple[list[str], Page]:
    """Tags as chips in brackets, split by a middle dot or an Arabic semicolon, behind a tag
    icon or under a label with their count."""
    r, o, d = p.rng, p.main.outlet, p.main.day
    t = p.tags
    kind = r.randrange(5)
    label = r.choice(["الوسوم:", "كلمات دلالية:", "الكلمات المفتاحية:"])
    if kind == 0:
        line = f"{label} " + " ".join(f"[{x}]" for x in t)
    elif kind == 1:
        line = f"{label} " + " · ".join(t)
    elif kind == 2:
        line = f"{label} " + "؛ ".join(t)
    elif kind == 3:
        line = f"🏷️ {label} " + "، ".join(t)
    else:
        line = f"الوسوم ({len(t)}): " + "، ".join(t)
    rel = _rel(p) if r.random() < 0.4 else []
    lines = [
        p.main.title,
        f"{_weekday(d)} {_date(d)}",
        *p.main.paragraphs,
        f"المصدر: {o}",
        line,
        *(["اقرأ أيضاً", *rel] if rel else []),
    ]
    return _page(p, lines, published=d.isoformat(), source=o, related=rel)


def _slug(p: Parts, i: int) -> str:
    return f"https://{p.rng.choice(['sabq.org', 'www.okaz.com.sa', 'www.alriyadh.com'])}/n{i}{p.rng.randint(1000, 99999)}"


def linked_related(p: Parts) -> tuple[list[str], Page]:
    """A related list whose items carry their URLs, arrows, or stand on one line."""
    r, o, d = p.rng, p.main.outlet, p.main.day
    rel = _rel(p, r.randint(2, 4))
    kind = r.randrange(5)
    urls: list[str | None] = [None] * len(rel)
    items: list[str] = []
    if kind < 3:
        urls = [_slug(p, i) for i in range(len(rel))]
        for t, u in zip(rel, urls, strict=True):
            items += [[t, u], [f"{t} - {u}"], [f"{t} <{u}>"]][kind]
    elif kind == 3:
        arrow = r.choice(["← ", "◂ ", "» ", "◄ "])
        items = [arrow + t for t in rel]
    else:
        if any("|" in t for t in rel):
            rel = [t for t in rel if "|" not in t][:2] or rel[:1]
            urls = [None] * len(rel)
        items = [" | ".join(rel)]
    header = r.choice(["اقرأ أيضاً", "أخبار ذات صلة", "مواضيع ذات صلة:", "روابط ذات صلة"])
    lines = [
        p.main.title,
        f"{_weekday(d)} {_date(d)}",
        *p.main.paragraphs,
        f"المصدر: {o}",
        _tags_line(p),
        header,
        *items,
    ]
    lines_, page = _page(p, lines, published=d.isoformat(), source=o)
    related = tuple(Related(headline=t, url=u) for t, u in zip(rel, urls, strict=True))
    return lines_, Page(input="", main=page.main, related=related)


def vertical_breadcrumb(p: Parts) -> tuple[list[str], Page]:
    """A breadcrumb printed one link a line (or after ``أنت هنا:``), maybe ending with the
    headline itself, over the heading."""
    r, o, d = p.rng, p.main.outlet, p.main.day
    trail = ["الرئيسية", r.choice(["أخبار", "الأخبار"]), r.choice(SECTIONS)]
    if r.random() < 0.4:
        trail.append(p.main.title)
    here = [r.choice(["أنت هنا:", "أنت هنا"])] if r.random() < 0.5 else []
    if r.random() < 0.3:
        crumbs = [f"أنت هنا: {' » '.join(trail)}"]
    elif r.random() < 0.5:
        sep = r.choice(["»", "/", "›", ">"])
        crumbs = [*here, *[x for t in trail for x in (t, sep)][:-1]]
    else:
        crumbs = [*here, *trail]
    byline = [f"بقلم: {r.choice(NAMES)}"] if r.random() < 0.3 else []
    lines = [
        *crumbs,
        p.main.title,
        *byline,
        f"{_weekday(d)} {_date(d)}",
        *p.main.paragraphs,
        *_foot(p),
    ]
    return _page(p, lines, published=d.isoformat(), source=o, byline=byline[0] if byline else None)


def site_furniture(p: Parts) -> tuple[list[str], Page]:
    """The article's number, copy-link, translation, PDF and night-mode buttons, the footer's
    anti-copy notice and the site's credits."""
    r, o, d = p.rng, p.main.outlet, p.main.day
    number = r.choice(["رقم الخبر: ", "كود الخبر: ", "رقم المقال: ", "ID: "]) + str(
        r.randint(10000, 999999)
    )
    tools = list(r.choice(FURNITURE_TOP))
    date = f"{_weekday(d)} {_date(d)} - {_clock(r)} م"
    head = [p.main.title, date, *tools]
    if r.random() < 0.5:
        head.insert(2, number)
        foot_extra: list[str] = []
    else:
        foot_extra = [number]
    credits = r.sample(FURNITURE_FOOT, 2)
    lines = [
        *head,
        *p.main.paragraphs,
        *_foot(p),
        *foot_extra,
        f"© {d.year} {o}. جميع الحقوق محفوظة",
        *credits,
    ]
    return _page(p, lines, published=d.isoformat(), source=o)


def glued_fields(p: Parts) -> tuple[list[str], Page]:
    """The source glued to the tags' label, or the tags glued to the related header."""
    r, o, d = p.rng, p.main.outlet, p.main.day
    tags = _tags_line(p, r.choice(["الوسوم:", "الكلمات الدلالية:", "كلمات دلالية:"]))
    rel = _rel(p)
    header = r.choice(["اقرأ أيضاً:", "أخبار ذات صلة", "اقرأ أيضاً"])
    if r.random() < 0.5:
        foot = [f"المصدر: {o}{tags}", header, *rel]
    else:
        foot = [f"المصدر: {o}", f"{tags}{header}", *rel]
    lines = [p.main.title, f"{_weekday(d)} {_date(d)}", *p.main.paragraphs, *foot]
    return _page(p, lines, published=d.isoformat(), source=o, related=rel)


LAYOUTS: dict[str, Layout] = {
    f.__name__: f
    for f in (
        split_labels,
        feed_dates,
        calendars,
        role_bylines,
        tag_shapes,
        linked_related,
        vertical_breadcrumb,
        site_furniture,
        glued_fields,
    )
}

if __name__ == "__main__":
    sys.exit(main(layouts=LAYOUTS, doc=__doc__ or ""))
