"""A seventh round of page layouts neither the dev pages nor the first six rounds use, gold
known by construction.

    python benchmarks/parse_layouts_7.py [--pages N] [--seed S] [--misses] [--write DIR] [--json]

Built like ``benchmarks/parse_layouts.py`` (real SaudiNewsNet articles printed into plain-text
pages) with forms the earlier rounds lack. How each is scored (SCHEMA.md decides; where it is
silent, the dev golds and the earlier rounds do):

- **Picture blocks as BBC Arabic prints them**: ``مصدر الصورة، Getty Images`` over ``التعليق
  على الصورة، …`` between paragraphs, or an ``(صورة أرشيفية)`` / ``أرشيفية`` / ``صورة من
  الأرشيف`` line: **body, as printed** (rounds 2 and 4 keep captions and photo credits,
  ``الصورة: …`` and ``صورة: واس``, in the body). ``مصدر الصورة`` names the picture's source, not
  the article's: ``source`` is the ``المصدر:`` line when the page prints one, else null.
- **Read-also lists inside the body with an end mark**: BBC's ``تخطى قصص مقترحة وواصل
  القراءة`` / ``قصص مقترحة`` / headlines / ``نهاية قصص مقترحة``, Al Jazeera's ``اقرأ أيضا`` over
  ``list 1 of 4`` / headline / … / ``end of list`` (or ``قائمة 1 من 4`` / ``نهاية القائمة``):
  the headlines are related, the skip link, header, counters and end mark discarded, and the
  paragraphs after the end mark are body again (the end mark closes the list).
- **Sponsored links** (Taboola / Outbrain boxes) under ``روابط إعلانية`` / ``محتوى مدعوم`` /
  ``Sponsored Links by Taboola`` / ``Promoted Links`` …, each teaser maybe over its advertiser
  (``برعاية: X``, ``X | Sponsored``): **discarded**, teasers included: they are ads (round 5
  discards ad slots), not the site's read-also links to its own articles, so not ``related``;
  a real related list after them stays related.
- **Previous / next article links and a ``/`` breadcrumb**: ``الرئيسية / أخبار / محليات`` over
  the headline (discarded, as the ``»`` / ``›`` / ``>`` trails), and after the article
  ``« الخبر السابق`` over a headline, ``الخبر التالي »`` over another, or ``السابق: عنوان`` /
  ``المقال التالي: عنوان`` on one line: the headlines are **related** (links to other articles,
  as round 3 scores ``الأكثر قراءة``), the labels discarded. The date line is Al Arabiya's
  ``نشر في: 26 أغسطس ,2015: 09:11 ص GMT`` with ``آخر تحديث: … KSA`` (in either order):
  ``published`` is the publication stamp with its zone (GMT is +00:00), never the update.
- **Print views**: the site's masthead (the outlet's name) over ``نسخة للطباعة`` / ``اطبع``,
  the article, ``رابط الخبر: https://…`` and a print date (``تاريخ الطباعة: …`` / ``طُبع في:
  …``) at the top or the foot: ``published`` is the article's date line, never the print date
  (the day the reader printed it); masthead, print buttons, link and print date discarded;
  ``source`` is the ``المصدر:`` line.
- **A chronology inside the body**: ``أبرز المحطات:`` / ``تسلسل زمني:`` over lines that open with
  a date or a year (``15 مارس 2011: …``, ``2012 - …``, ``يونيو 2013 | …``) or a date alone
  over its event: **body, as printed**; ``published`` is the page's date line (under the headline, or after the body with
  its label), never a date in the chronology.
- **Data lines inside the body**: a sports report's results (``الهلال 2 - 1 النصر``), a
  standings table (``الفريق | لعب | نقاط`` over ``الهلال | 10 | 25``) or a market report's
  prices (``الدولار: 3.75 ريال``, ``برنت: 48.50 دولار للبرميل``) between paragraphs, maybe
  under a ``نتائج الجولة:`` lead-in: **body, as printed** (the article prints them; round
  4's ticker and weather lines are discarded because they stand outside the article).
- **Forms and poll results after the article**: a comment form (``أضف تعليقاً``, ``الاسم *``,
  ``البريد الإلكتروني *``, ``لن يتم نشر عنوان بريدك الإلكتروني…``, ``إرسال التعليق``), a
  newsletter box (``اشترك في نشرتنا البريدية…``, ``أدخل بريدك الإلكتروني``, ``اشترك``) and a
  poll with its results (``نعم 62%``, ``عدد المصوتين: 1532``), before or after the source and
  tags: **discarded** (round 3's comment prompts and round 4's poll are).

Same options and table as ``benchmarks/parse_layouts.py``.
"""

from __future__ import annotations

import datetime as dt
import sys

from parse_layouts import (
    CITIES,
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
from parse_layouts_2 import CAPTIONS, _clauses
from parse_layouts_3 import _short
from parse_layouts_4 import _date

from akhbar.model import Page

PICTURE_SOURCES = ("Getty Images", "Reuters", "AFP", "EPA", "واس", "AP")
ARCHIVE = ("(صورة أرشيفية)", "أرشيفية", "صورة من الأرشيف", "(أرشيفية)")
SPONSORED_HEADERS = (
    "روابط إعلانية",
    "محتوى مدعوم",
    "محتوى ممول",
    "Sponsored Links by Taboola",
    "Promoted Links",
    "إعلانات ممولة",
    "روابط ممولة",
    "Recommended by Outbrain",
)
TEASERS = (
    "اكتشف أفضل العروض على الفنادق في دبي هذا الصيف",
    "هذه الأطعمة تحرق دهون البطن بسرعة مذهلة",
    "أسعار الشقق في إسطنبول قد تفاجئك",
    "تعلم الإنجليزية في 3 أشهر فقط مع هذا التطبيق",
    "أطباء يكشفون: هذا المشروب يخفض السكر في الدم",
    "لا تشتري سيارة جديدة قبل أن تقرأ هذا",
    "كيف تستثمر 1000 دولار في الأسهم الأمريكية؟",
    "ساعات فاخرة بأسعار لا تصدق لفترة محدودة",
)
ADVERTISERS = ("Babbel", "Hotels.com", "عروض اليوم", "Trading Pro", "صحتك أولاً", "Booking.com")
TEAMS = ("الهلال", "النصر", "الأهلي", "الاتحاد", "الشباب", "الفتح", "التعاون", "الفيصلي")
PRICES = (
    ("الدولار", "ريال"),
    ("اليورو", "ريال"),
    ("الجنيه الإسترليني", "ريال"),
    ("برنت", "دولار للبرميل"),
    ("الذهب", "دولار للأوقية"),
    ("مؤشر تاسي", "نقطة"),
)
CHRONO_HEADERS = ("أبرز المحطات:", "تسلسل زمني:", "محطات بارزة:", "التسلسل الزمني للأحداث:")


def _url(p: Parts) -> str:
    host = p.rng.choice(["sabq.org", "www.alriyadh.com", "www.okaz.com.sa", "www.alyaum.com"])
    return (
        f"https://{host}/{p.rng.choice(['news', 'article', 'node'])}/{p.rng.randint(1000, 99999)}"
    )


def _tags_line(p: Parts, label: str = "كلمات دلالية:") -> str:
    return f"{label} " + "، ".join(p.tags)


def picture_blocks(p: Parts) -> tuple[list[str], Page]:
    """Pictures between paragraphs: ``مصدر الصورة، X`` over ``التعليق على الصورة، …`` (BBC
    Arabic) or an archive mark (``(صورة أرشيفية)``, ``أرشيفية``): body, as printed; the article's
    own ``المصدر:`` line after the body, or none (``source`` null)."""
    r, d, o = p.rng, p.main.day, p.main.outlet
    paras = list(p.main.paragraphs)
    body: list[str] = []
    for k, para in enumerate(paras):
        if k == 0 and r.random() < 0.5:
            body.append(r.choice(ARCHIVE))
        elif k > 0 or r.random() < 0.5:
            sep = r.choice(["، ", "،"])
            body += [f"مصدر الصورة{sep}{r.choice(PICTURE_SOURCES)}"]
            body += [f"التعليق على الصورة{sep}{r.choice(CAPTIONS)}"] * (r.random() < 0.8)
        body.append(para)
    source = o if r.random() < 0.5 else None
    lines = [
        p.main.title,
        r.choice([_date(d), f"{_weekday(d)} {_date(d)}", f"{_date(d)} - {_clock(r)} م"]),
        *body,
        *([f"المصدر: {o}"] if source else []),
        _tags_line(p),
    ]
    return _page(p, lines, published=d.isoformat(), source=source, body=tuple(body))


def _end_list(p: Parts, rel: list[str]) -> list[str]:
    r, n = p.rng, len(rel)
    style = r.randrange(3)
    if style == 0:
        skip = ["تخطى قصص مقترحة وواصل القراءة"] * (r.random() < 0.7)
        return [*skip, "قصص مقترحة", *rel, "نهاية قصص مقترحة"]
    counter = "list {} of {}" if style == 1 else "قائمة {} من {}"
    items: list[str] = []
    for k, t in enumerate(rel, 1):
        items += [counter.format(k, n), t]
    end = "end of list" if style == 1 else "نهاية القائمة"
    return [r.choice(["اقرأ أيضا", "اقرأ أيضاً"]), *items, end]


def inline_lists_end(p: Parts) -> tuple[list[str], Page]:
    """A read-also list between two paragraphs, closed by an end mark (``نهاية قصص مقترحة``,
    ``end of list``): its headlines related, the paragraphs after it body again."""
    r, d, o = p.rng, p.main.day, p.main.outlet
    paras = p.main.paragraphs
    rel = _rel(p, r.choice([2, 3, 4]))
    at = r.randint(1, len(paras) - 1)
    lines = [
        p.main.title,
        f"{_weekday(d)} {_date(d)}",
        *paras[:at],
        *_end_list(p, rel),
        *paras[at:],
        *r.choice([[f"المصدر: {o}"], [f"المصدر: {o} + وكالات"]]),
        _tags_line(p),
    ]
    source = lines[-2].removeprefix("المصدر: ")
    return _page(p, lines, published=d.isoformat(), source=source, related=rel)


def _sponsored(p: Parts) -> list[str]:
    r = p.rng
    out = [r.choice(SPONSORED_HEADERS)]
    by = r.randrange(3)
    for t in r.sample(TEASERS, k=r.randint(2, 4)):
        out.append(t)
        ad = r.choice(ADVERTISERS)
        if by == 1:
            out.append(f"برعاية: {ad}")
        elif by == 2:
            out.append(f"{ad} | Sponsored")
    return out


def sponsored_links(p: Parts) -> tuple[list[str], Page]:
    """A Taboola / Outbrain box after the article (discarded, teasers and all), before or after
    the site's own related list (related)."""
    r, d, o = p.rng, p.main.day, p.main.outlet
    rel = _rel(p)
    own = [r.choice(["أخبار ذات صلة", "اقرأ أيضاً", "قد يهمك أيضاً"]), *rel]
    after = [_sponsored(p), own]
    if r.random() < 0.5:
        after.reverse()
    lines = [
        p.main.title,
        f"{_date(d)} - {_clock(r)} م",
        *p.main.paragraphs,
        f"المصدر: {o}",
        _tags_line(p, "الوسوم:"),
        *after[0],
        *after[1],
    ]
    return _page(p, lines, published=d.isoformat(), source=o, related=rel)


def _arabiya_stamp(d: dt.date, clock: str, half: str, zone: str) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} ,{d.year}: {clock} {half} {zone}"


def prev_next_nav(p: Parts) -> tuple[list[str], Page]:
    """A ``/`` breadcrumb, Al Arabiya's ``نشر في: 26 أغسطس ,2015: 09:11 ص GMT`` and ``آخر
    تحديث: … KSA`` stamps, the article, then previous / next article links (related)."""
    r, d, o = p.rng, p.main.day, p.main.outlet
    hh, mm = r.randint(1, 11), r.randint(0, 59)
    half = r.choice("صم")
    h24 = hh + (12 if half == "م" else 0)
    pub = "نشر في: " + _arabiya_stamp(d, f"{hh:02d}:{mm:02d}", half, "GMT")
    upd = "آخر تحديث: " + _arabiya_stamp(d, f"{hh:02d}:{mm:02d}", half, "KSA")
    prev, nxt = _rel(p, 2)
    style = r.randrange(3)
    if style == 0:
        nav = ["« الخبر السابق", prev, "الخبر التالي »", nxt]
    elif style == 1:
        nav = [f"السابق: {prev}", f"التالي: {nxt}"]
    else:
        nav = ["المقال السابق", prev, "المقال التالي", nxt]
    lines = [
        f"الرئيسية / {r.choice(['أخبار', 'الأخبار'])} / {r.choice(SECTIONS)}",
        p.main.title,
        *r.choice([[pub, upd], [upd, pub]]),
        *p.main.paragraphs,
        f"المصدر: {o}",
        _tags_line(p),
        *nav,
    ]
    published = f"{d.isoformat()}T{h24:02d}:{mm:02d}+00:00"
    return _page(p, lines, published=published, source=o, related=[prev, nxt])


def print_view(p: Parts) -> tuple[list[str], Page]:
    """A print view: the masthead and a print button over the headline, the article's date,
    body, source, tags, the article's link and the print date (top or foot): the print date is
    not ``published``."""
    r, d, o = p.rng, p.main.day, p.main.outlet
    later = d + dt.timedelta(days=r.randint(1, 400))
    printed = r.choice(
        [
            f"تاريخ الطباعة: {_date(later)}",
            f"طُبع في: {later.day}/{later.month}/{later.year}",
            f"تاريخ الطباعة: {later.year}/{later.month:02d}/{later.day:02d} - {_clock(r, 23)}",
        ]
    )
    link = r.choice([f"رابط الخبر: {_url(p)}", f"رابط المقال: {_url(p)}", _url(p)])
    masthead = r.choice([o, f"{o} الإلكترونية", _short(o)])
    top = [masthead, r.choice(["نسخة للطباعة", "اطبع", "طباعة", "اطبع هذه الصفحة"])]
    foot = [link]
    (top if r.random() < 0.5 else foot).append(printed)
    lines = [
        *top,
        p.main.title,
        r.choice([f"{_weekday(d)} {_date(d)}", f"تاريخ النشر: {_date(d)}"]),
        *p.main.paragraphs,
        f"المصدر: {o}",
        _tags_line(p),
        *foot,
        *r.choice([[], ["إغلاق النافذة"], [f"جميع الحقوق محفوظة © {d.year}"]]),
    ]
    return _page(p, lines, published=d.isoformat(), source=o)


def _chronology(p: Parts) -> list[str]:
    r, year = p.rng, p.main.day.year
    clauses = [c for t in (*p.related, *p.other.paragraphs) for c in _clauses(t, 2)]
    items = clauses[: r.randint(3, 5)] or [p.other.title]
    years = sorted(r.sample(range(year - 15, year), k=len(items)))
    style = r.randrange(5)
    out = [r.choice(CHRONO_HEADERS)]
    for y, c in zip(years, items, strict=True):
        m, day = r.randint(1, 12), r.randint(1, 28)
        if style == 4:  # the date on a line of its own over the event
            out += [f"{day} {MONTHS[m - 1]} {y}", c]
            continue
        out.append(
            [
                f"{day} {MONTHS[m - 1]} {y}: {c}",
                f"{y} - {c}",
                f"{MONTHS[m - 1]} {y} | {c}",
                f"{y}: {c}",
            ][style]
        )
    return out


def chronology_body(p: Parts) -> tuple[list[str], Page]:
    """A chronology between paragraphs (a header over lines opening with a date or a year):
    body; the date line under the headline or labelled after the body."""
    r, d, o = p.rng, p.main.day, p.main.outlet
    paras = p.main.paragraphs
    at = r.randint(1, len(paras))
    chrono = _chronology(p)
    body = (*paras[:at], *chrono, *paras[at:])
    date = f"{_weekday(d)} {_date(d)}"
    low = r.random() < 0.4
    lines = [
        p.main.title,
        *([] if low else [date]),
        *body,
        *([f"تاريخ النشر: {date}"] if low else []),
        f"المصدر: {o}",
        _tags_line(p, "الوسوم:"),
    ]
    return _page(p, lines, published=d.isoformat(), source=o, body=body)


def _data_lines(p: Parts) -> list[str]:
    r = p.rng
    if r.random() < 0.5:
        teams = r.sample(TEAMS, k=2 * r.randint(1, 3))
        rows = [
            f"{a} {r.randint(0, 4)} - {r.randint(0, 4)} {b}"
            for a, b in zip(teams[::2], teams[1::2], strict=True)
        ]
        lead = r.choice([["نتائج الجولة:"], ["نتائج مباريات اليوم:"], []])
    elif r.random() < 0.4:  # a standings table, one row a line, cells split by `` | ``
        head = r.choice(["الفريق | لعب | نقاط", "الترتيب | الفريق | النقاط"])
        teams = r.sample(TEAMS, k=r.randint(3, 5))
        pts = sorted((r.randint(1, 30) for _ in teams), reverse=True)
        if head.startswith("الفريق"):
            rows = [f"{t} | {r.randint(8, 12)} | {n}" for t, n in zip(teams, pts, strict=True)]
        else:
            rows = [f"{k} | {t} | {n}" for k, (t, n) in enumerate(zip(teams, pts, strict=True), 1)]
        lead = [r.choice(["ترتيب الدوري بعد الجولة:", "جدول الترتيب:"]), head]
    else:
        rows = []
        for name, unit in r.sample(PRICES, k=r.randint(2, 4)):
            v = f"{r.uniform(1, 9000):.2f}"
            rows.append(r.choice([f"{name}: {v} {unit}", f"{name} {v} {unit}"]))
        lead = r.choice([["أسعار الإغلاق اليوم:"], ["أداء الأسواق:"], []])
    return [*lead, *rows]


def data_lines_body(p: Parts) -> tuple[list[str], Page]:
    """Results (``الهلال 2 - 1 النصر``) or prices (``الدولار: 3.75 ريال``) between paragraphs,
    maybe under a lead-in line: body, as printed."""
    r, d, o = p.rng, p.main.day, p.main.outlet
    paras = p.main.paragraphs
    at = r.randint(1, len(paras) - 1) if len(paras) > 1 else 1
    body = (*paras[:at], *_data_lines(p), *paras[at:])
    byline = r.choice([None, f"{r.choice(CITIES)}: {r.choice(NAMES)}"])
    lines = [
        p.main.title,
        *([byline] if byline else []),
        f"{_weekday(d)}، {_date(d)} - {_clock(r)} م",
        *body,
        f"المصدر: {o}",
        _tags_line(p),
    ]
    return _page(p, lines, published=d.isoformat(), source=o, byline=byline, body=body)


def _comment_form(p: Parts) -> list[str]:
    r = p.rng
    star = r.choice([" *", ""])
    form = [
        r.choice(["أضف تعليقاً", "اترك تعليقاً", "أضف تعليقك", "شارك برأيك"]),
        *["لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *"]
        * (r.random() < 0.6),
        f"الاسم{star}",
        f"البريد الإلكتروني{star}",
        *r.choice([["التعليق"], [f"نص التعليق{star}"], []]),
        r.choice(["إرسال التعليق", "إرسال", "أرسل", "نشر التعليق"]),
    ]
    return form


def _newsletter(p: Parts) -> list[str]:
    r = p.rng
    return [
        r.choice(["النشرة البريدية", "النشرة الإخبارية"]),
        r.choice(
            [
                "اشترك في نشرتنا البريدية ليصلك أهم الأخبار يومياً",
                "سجّل بريدك ليصلك ملخص الأخبار كل صباح",
            ]
        ),
        r.choice(["أدخل بريدك الإلكتروني", "البريد الإلكتروني"]),
        r.choice(["اشترك", "اشترك الآن", "سجل"]),
    ]


def _poll_results(p: Parts) -> list[str]:
    r = p.rng
    words = p.other.title.split()
    yes = r.randint(40, 80)
    no = r.randint(5, 100 - yes)
    return [
        r.choice(["استطلاع رأي", "نتائج الاستطلاع", "استفتاء"]),
        f"هل تؤيد {' '.join(words[: min(6, len(words))])}؟",
        f"نعم {yes}%",
        f"لا {no}%",
        *[f"لا أعرف {100 - yes - no}%"] * (yes + no < 100),
        r.choice(
            [
                f"عدد المصوتين: {r.randint(100, 9999)}",
                f"إجمالي الأصوات: {r.randint(100, 9999)}",
                f"{r.randint(100, 9999)} صوت",
            ]
        ),
    ]


def forms_polls(p: Parts) -> tuple[list[str], Page]:
    """A comment form, a newsletter box and poll results after the article, before or after its
    source and tags: discarded."""
    r, d, o = p.rng, p.main.day, p.main.outlet
    boxes = r.sample([_comment_form(p), _newsletter(p), _poll_results(p)], k=r.randint(2, 3))
    closing = [f"المصدر: {o}", _tags_line(p)]
    mid = r.random() < 0.5
    lines = [
        p.main.title,
        f"{_date(d)} - {_clock(r)} ص",
        *p.main.paragraphs,
        *(boxes[0] if mid else []),
        *closing,
        *[x for b in boxes[1 if mid else 0 :] for x in b],
    ]
    return _page(p, lines, published=d.isoformat(), source=o)


LAYOUTS: dict[str, Layout] = {
    f.__name__: f
    for f in (
        picture_blocks,
        inline_lists_end,
        sponsored_links,
        prev_next_nav,
        print_view,
        chronology_body,
        data_lines_body,
        forms_polls,
    )
}

if __name__ == "__main__":
    sys.exit(main(layouts=LAYOUTS, doc=__doc__ or ""))
