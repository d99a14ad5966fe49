"""A fourteenth round of page layouts neither the dev pages nor the first thirteen rounds use,
gold known by construction.

    python benchmarks/parse_layouts_14.py [--pages N] [--seed S] [--misses] [--write DIR] [--json]

Built like ``benchmarks/parse_layouts.py`` (real SaudiNewsNet articles printed into plain-text
pages) with forms the earlier rounds lack, written before reading the parser's rules (a held-out
round). How each is scored (SCHEMA.md decides; where it is silent, the dev golds and the earlier
rounds do):

- **A cut article**: a metered paywall (``تبقى لك 3 من 5 مقالات مجانية هذا الشهر`` over the
  headline, then two paragraphs and the wall: ``هذا المحتوى حصري للمشتركين``, ``اشترك الآن
  لمتابعة القراءة``, ``اشترك بـ 99 ريال سنوياً``, ``لديك حساب؟ تسجيل الدخول``) or an
  aggregator's excerpt (one or two paragraphs, then ``اقرأ الخبر كاملاً من المصدر`` / ``لقراءة
  الخبر كاملاً اضغط هنا`` / ``تابع القراءة على موقع X``): the **body is the paragraphs
  printed**, whole; the meter, the wall and the continue-reading link are **discarded** (round
  2's log-in prompts, round 7's newsletter box: the site's furniture, not the article). The
  aggregator's page always prints its ``المصدر: X`` line (the source); a continue-reading link
  naming the outlet without a label is not drawn alone (whether it is the source is not said).
- **A trending bar over the headline** (``ترند:`` / ``الأكثر بحثاً:`` / ``موضوعات رائجة`` /
  ``🔥 رائج الآن`` over or beside short topics: ``أسعار الذهب | الطقس | سعر الدولار``, ``#a #b``
  or one line of ``،``): the site's topics of the day, printed over every article: **discarded**
  (round 6's flattened menu), never the tags (SCHEMA's tags are the editor's tags of this
  article: its own tag line at the foot, or none). The topics are short phrases, no headline (a
  list of headlines over the article is ``sidebar_first`` below).
- **Times with their zone spelled out** on the date line: ``بتوقيت غرينتش`` / ``بتوقيت جرينتش`` /
  ``ت.غ`` / ``GMT`` (+00:00), ``GMT+3`` / ``UTC+04:00`` (the offset printed), ``بتوقيت
  السعودية`` / ``بتوقيت الرياض`` / ``بتوقيت الكويت`` / ``بتوقيت الدوحة`` (+03:00), ``بتوقيت
  الإمارات`` / ``بتوقيت أبوظبي`` / ``بتوقيت مسقط`` (+04:00), Al Jazeera's ``الساعة 10:30 (مكة
  المكرمة)`` (+03:00): ``published`` is the **timestamp with its offset** (SCHEMA: "a full
  timestamp with its UTC offset when the page gives a time"; rounds 1 and 8 read Mecca time as
  +03:00, round 7 GMT as +00:00), 12-hour times with ``ص`` / ``م`` read as 24-hour, days of any
  month. Zones that keep summer time (Cairo, Beirut, Amman, Damascus, Jerusalem, Morocco) are
  left out: their offset on the day is a rule the page does not print.
- **A date printed in pieces**: a date badge (``09`` over ``أغسطس`` over ``2015``, or ``09``
  over ``أغسطس 2015``) over or under the headline, the weekday, the date and the time each on a
  line (``الأحد`` / ``9 أغسطس 2015`` / ``10:30 ص``), or the Hijri date on its line over or under
  the Gregorian one: ``published`` is the **Gregorian day** (a time without its offset is not
  kept, as rounds 6 and 10; of a Hijri and a Gregorian date the Gregorian one is printed, not
  converted, as round 11); the pieces are no body and no headline.
- **Numeric Hijri dates beside the Gregorian one** (Saudi papers' ``1436/10/24هـ الموافق
  2015/08/09م``, ``24/10/1436هـ - 09/08/2015م``, ``الأحد 1436/10/24 هـ (2015/8/9 م)``, the
  Gregorian first: ``9-8-2015م الموافق 24-10-1436هـ``; the Maghreb's ``الموافق لـ`` with
  Algerian months: ``الأحد 24 شوال 1436 الموافق لـ 09 أوت 2015``; and ``9 أغسطس 2015 الموافق
  24 شوال 1436هـ``), days of any month: ``published`` is the **Gregorian day** (``1436/10/24``
  is a Hijri date, marked ``هـ``, never the year 1436). A Hijri date alone is not drawn (its
  Gregorian day depends on the calendar's variant: a guess).
- **Desk and multi-city bylines** under the headline or the date: ``عواصم - وكالات``,
  ``عواصم ـ «الحياة»``, ``المحرر الاقتصادي``, ``الرياض - المحرر الاقتصادي``, ``محرر الشؤون
  المحلية``, Kuwaiti papers' ``| كتب فلان |`` and ``| القاهرة - من فلان |``, ``القاهرة - من
  فلان``, ``كتب - فلان:``: the **byline, as printed** (SCHEMA: "author and/or dateline";
  round 1's ``X – متابعات`` and ``واس - الرياض``); a desk is the author the paper names, and
  ``وكالات`` in a dateline is no source (no ``المصدر:`` label; round 1 reads a dateline's
  agency as the byline).
- **Reactions and reader tools after the body**: ``ما رأيك في هذا الخبر؟`` / ``ما هو
  انطباعك؟`` over reaction counts (``أعجبني 12`` one a line, ``أعجبني (12) | حزين (3)``,
  ``😍 12 😢 3 😡 0``, ``سعيد 45%``), ``أبلغ عن خطأ`` / ``هل لاحظت خطأ في هذا الخبر؟ أبلغنا``,
  ``احفظ الخبر`` / ``أضف إلى المفضلة``, before or after the source and tags: **discarded**
  (round 2's rating and round 7's poll results are); the question is no body heading (round 8's
  explainer questions stand over their answers, these over counts).
- **Facebook, TikTok and Threads embeds** between paragraphs: the post's text is **body, as
  printed** (round 6: the writer quotes it), the widget's lines **discarded**: ``تم النشر بواسطة
  ‏X‏ في الأحد، 9 أغسطس 2015`` / ``Posted by X on Sunday, August 9, 2015`` (the post's day, a
  few days before the page's: never ``published``), ``♬ الصوت الأصلي - X`` / ``♬ original sound
  - X``, ``عرض على Threads`` / ``View on Threads``. A TikTok embed's lone ``@handle`` line is not
  drawn: round 6 keeps a columnist's ``@handle`` line as body, and alone it reads as either.
- **A sidebar printed before the article** (the page's DOM order: its side column first):
  ``الأكثر قراءة`` / ``الأكثر مشاهدة`` over numbered headlines (``1. عنوان``, ``1 عنوان``) or
  ``آخر الأخبار`` over time-stamped ones (``10:45 عنوان``, ``10:45 م | عنوان``, or a
  headline over ``منذ 3 ساعات``), then the article's headline over its date line: each listed
  headline is **related**, in order, the title alone (round 2's numbers, round 3's times
  under an item and round 5's suffixes are not the headline); the article's headline is the
  title over the date. Unmarked items are not drawn (the last of them over the headline reads
  as a kicker or a headline as well).

Same options and table as ``benchmarks/parse_layouts.py``.
"""

from __future__ import annotations

import datetime as dt
import sys

from hijridate import Gregorian
from parse_layouts import (
    CITIES,
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
from parse_layouts_10 import ALGERIA, _any_day, _tags_line

from akhbar.model import Page

WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS_EN = (
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
METERS = (
    "تبقى لك 3 من 5 مقالات مجانية هذا الشهر",
    "لديك مقالان مجانيان متبقيان هذا الشهر",
    "هذا المقال 2 من 4 مقالات مجانية",
)
WALLS = (
    ("هذا المحتوى حصري للمشتركين", "اشترك الآن لمتابعة القراءة", "لديك حساب؟ تسجيل الدخول"),
    ("أكمل قراءة المقال بالاشتراك", "اشترك بـ 99 ريال سنوياً", "اشترك الآن"),
    ("للاستمرار في القراءة، اشترك في الباقة الرقمية", "تسجيل الدخول"),
)
READ_ON = ("اقرأ الخبر كاملاً من المصدر", "لقراءة الخبر كاملاً اضغط هنا", "تابع القراءة على موقع {o}")
TREND_LABELS = ("ترند:", "الأكثر بحثاً:", "موضوعات رائجة", "🔥 رائج الآن", "تريند")
TOPICS = (
    "أسعار الذهب",
    "الطقس",
    "سعر الدولار",
    "نتيجة الثانوية العامة",
    "دوري المحترفين",
    "موسم الحج",
    "كورونا",
    "سوق الأسهم",
    "رمضان",
)
#: (how the zone is printed, its offset): zones with no summer time only
ZONES = (
    ("بتوقيت غرينتش", "+00:00"),
    ("بتوقيت جرينتش", "+00:00"),
    ("ت.غ", "+00:00"),
    ("GMT", "+00:00"),
    ("GMT+3", "+03:00"),
    ("UTC+04:00", "+04:00"),
    ("بتوقيت السعودية", "+03:00"),
    ("بتوقيت الرياض", "+03:00"),
    ("بتوقيت الكويت", "+03:00"),
    ("بتوقيت الدوحة", "+03:00"),
    ("بتوقيت الإمارات", "+04:00"),
    ("بتوقيت أبوظبي", "+04:00"),
    ("بتوقيت مسقط", "+04:00"),
)
DESKS = ("المحرر الاقتصادي", "المحرر الرياضي", "محرر الشؤون المحلية", "المحرر السياسي")
REACTIONS = ("أعجبني", "حزين", "غاضب", "مندهش", "مضحك", "سعيد")
EMOJI = ("😍", "😂", "😢", "😡", "😮", "👍")
REACT_HEADS = (
    "ما رأيك في هذا الخبر؟",
    "ما هو انطباعك؟",
    "كيف تشعر تجاه هذا الخبر؟",
    "تفاعل مع الخبر",
)
REPORTS = ("أبلغ عن خطأ", "هل لاحظت خطأ في هذا الخبر؟ أبلغنا", "إبلاغ عن خطأ في المحتوى")
SAVES = ("احفظ الخبر", "أضف إلى المفضلة", "حفظ للقراءة لاحقاً")
ACCOUNTS = (
    "وزارة الصحة السعودية",
    "أمانة منطقة الرياض",
    "المركز الوطني للأرصاد",
    "الهيئة العامة للرياضة",
    "نادي الهلال السعودي",
)


def _site(outlet: str) -> str:
    return outlet.removeprefix("صحيفة ").removeprefix("جريدة ")


def _dated(p: Parts, d: dt.date | None = None) -> str:
    d = p.main.day if d is None else d
    return p.rng.choice([f"{_weekday(d)} {_date(d)}", f"{_date(d)} - {_clock(p.rng)} م"])


def _hijri(d: dt.date) -> tuple[int, int, int, str]:
    h = Gregorian(d.year, d.month, d.day).to_hijri()
    return h.year, h.month, h.day, h.month_name("ar")


def _words(text: str, k: int) -> str:
    return " ".join(text.split()[:k])


def cut_article(p: Parts) -> tuple[list[str], Page]:
    """A metered paywall or an aggregator's excerpt: the paragraphs printed, then the wall or
    a continue-reading link."""
    r, d, o = p.rng, p.main.day, p.main.outlet
    paras = list(p.main.paragraphs)
    k = max(1, min(len(paras) - 1, r.randint(1, 3)))
    body = tuple(paras[:k])
    tags = r.random() < 0.5
    if r.random() < 0.5:
        meter = [r.choice(METERS)] if r.random() < 0.6 else []
        wall = list(r.choice(WALLS))
        lines = [*meter, p.main.title, _dated(p), *body, *wall]
        source = None
    else:
        link = r.choice(READ_ON).format(o=_site(o))
        head = [p.main.title, f"المصدر: {o}", _dated(p)]
        if r.random() < 0.5:
            head = [p.main.title, _dated(p)]
            lines = [*head, *body, link, f"المصدر: {o}"]
        else:
            lines = [*head, *body, link]
        source = o
    if tags:
        lines.append(_tags_line(p))
    else:
        p.tags = []
    rel = _rel(p) if r.random() < 0.4 else []
    if rel:
        lines += ["أخبار ذات صلة", *rel]
    return _page(p, lines, published=d.isoformat(), source=source, body=body, related=rel)


def trending_bar(p: Parts) -> tuple[list[str], Page]:
    """The site's topics of the day over the headline; the article's tags (or none) below."""
    r, d, o = p.rng, p.main.day, p.main.outlet
    label = r.choice(TREND_LABELS)
    topics = r.sample(TOPICS, r.randint(3, 5))
    style = r.randrange(4)
    if style == 0:
        bar = [f"{label} " + " | ".join(topics)]
    elif style == 1:
        bar = [label, " ".join("#" + t.replace(" ", "_") for t in topics)]
    elif style == 2:
        bar = [label, "، ".join(topics)]
    else:
        bar = [label, *topics]
    crumb = [f"الرئيسية › {r.choice(('محليات', 'اقتصاد', 'رياضة'))}"] if r.random() < 0.3 else []
    tags = r.random() < 0.6
    if not tags:
        p.tags = []
    lines = [
        *crumb,
        *bar,
        p.main.title,
        _dated(p),
        *p.main.paragraphs,
        f"المصدر: {o}",
        *([_tags_line(p)] if tags else []),
    ]
    return _page(p, lines, published=d.isoformat(), source=o)


def zoned_times(p: Parts) -> tuple[list[str], Page]:
    """A date line whose time carries its zone in words, a GMT offset or Al Jazeera's city."""
    r = p.rng
    d = _any_day(p)
    h24, mm = r.randint(0, 23), r.randint(0, 59)
    half = "ص" if h24 < 12 else "م"
    h12 = h24 % 12 or 12
    if r.random() < 0.2:
        line = f"تاريخ النشر: {d.year}/{d.month}/{d.day} الساعة {h24:02d}:{mm:02d} (مكة المكرمة)"
        offset = "+03:00"
    else:
        zone, offset = r.choice(ZONES)
        clock = r.choice([f"{h12:02d}:{mm:02d} {half}", f"{h24:02d}:{mm:02d}"])
        line = r.choice(
            [
                f"{_weekday(d)} {_date(d)} - {clock} {zone}",
                f"نشر في: {d.day:02d}/{d.month:02d}/{d.year} {clock} {zone}",
                f"{_date(d)}، الساعة {clock} {zone}",
            ]
        )
    published = f"{d.isoformat()}T{h24:02d}:{mm:02d}{offset}"
    o = p.main.outlet
    lines = [p.main.title, line, *p.main.paragraphs, f"المصدر: {o}", _tags_line(p)]
    return _page(p, lines, published=published, source=o)


def split_date(p: Parts) -> tuple[list[str], Page]:
    """A date badge, a weekday / date / time stack or a Hijri line beside the Gregorian one."""
    r = p.rng
    d = _any_day(p)
    m = MONTHS[d.month - 1]
    style = r.randrange(4)
    head: list[str]
    if style == 0:
        badge = r.choice([[f"{d.day:02d}", m, str(d.year)], [f"{d.day:02d}", f"{m} {d.year}"]])
        head = [*badge, p.main.title] if r.random() < 0.5 else [p.main.title, *badge]
    elif style == 1:
        stack = [_weekday(d), _date(d), f"{_clock(r)} {r.choice(('ص', 'م'))}"]
        if r.random() < 0.4:
            stack = stack[1:]
        head = [p.main.title, *stack]
    else:
        hy, _, hd, hm = _hijri(d)
        hijri = f"{hd} {hm} {hy} هـ"
        greg = f"{_date(d)} م" if r.random() < 0.5 else _date(d)
        pair = [hijri, greg] if style == 2 else [greg, hijri]
        if r.random() < 0.4:
            pair[0] = f"{_weekday(d)} {pair[0]}"
        head = [p.main.title, *pair]
    o = p.main.outlet
    lines = [*head, *p.main.paragraphs, f"المصدر: {o}", _tags_line(p)]
    return _page(p, lines, published=d.isoformat(), source=o)


def hijri_numeric(p: Parts) -> tuple[list[str], Page]:
    """Numeric Hijri dates beside the Gregorian one, either first, and the Maghreb's
    ``الموافق لـ`` with Algerian month names."""
    r = p.rng
    d = _any_day(p)
    hy, hmo, hd, hname = _hijri(d)
    style = r.randrange(6)
    if style == 0:
        line = f"{hy}/{hmo:02d}/{hd:02d}هـ الموافق {d.year}/{d.month:02d}/{d.day:02d}م"
    elif style == 1:
        line = f"{hd:02d}/{hmo:02d}/{hy}هـ - {d.day:02d}/{d.month:02d}/{d.year}م"
    elif style == 2:
        line = f"{_weekday(d)} {hy}/{hmo}/{hd} هـ ({d.year}/{d.month}/{d.day} م)"
    elif style == 3:
        line = f"{d.day}-{d.month}-{d.year}م الموافق {hd}-{hmo}-{hy}هـ"
    elif style == 4:
        month = ALGERIA[d.month - 1]
        line = f"{_weekday(d)} {hd} {hname} {hy} الموافق لـ {d.day:02d} {month} {d.year}"
    else:
        line = f"{_date(d)} الموافق {hd} {hname} {hy}هـ"
    if r.random() < 0.3:
        line = f"نشر في: {line}"
    o = p.main.outlet
    lines = [p.main.title, line, *p.main.paragraphs, f"المصدر: {o}", _tags_line(p)]
    return _page(p, lines, published=d.isoformat(), source=o)


def desk_bylines(p: Parts) -> tuple[list[str], Page]:
    """A desk, several capitals, a Kuwaiti paper's piped credit or a correspondent's ``من``."""
    r, d = p.rng, p.main.day
    name, city, site = r.choice(NAMES), r.choice(CITIES), _site(p.main.outlet)
    byline = r.choice(
        [
            "عواصم - وكالات",
            f"عواصم ـ «{site}»",
            r.choice(DESKS),
            f"{city} - {r.choice(DESKS)}",
            f"| كتب {name} |",
            f"| القاهرة - من {name} |",
            f"القاهرة - من {name}",
            f"كتب - {name}:",
        ]
    )
    date = _dated(p)
    head = [byline, date] if r.random() < 0.5 else [date, byline]
    lines = [p.main.title, *head, *p.main.paragraphs, _tags_line(p)]
    return _page(p, lines, published=d.isoformat(), byline=byline)


def _reactions(p: Parts) -> list[str]:
    r = p.rng
    picks = r.sample(range(len(REACTIONS)), r.randint(3, 5))
    style = r.randrange(4)
    if style == 0:
        counts = [f"{REACTIONS[i]} {r.randint(0, 90)}" for i in picks]
    elif style == 1:
        counts = [" | ".join(f"{REACTIONS[i]} ({r.randint(0, 90)})" for i in picks)]
    elif style == 2:
        counts = ["  ".join(f"{EMOJI[i]} {r.randint(0, 90)}" for i in picks)]
    else:
        counts = [f"{REACTIONS[i]} {r.randint(0, 60)}%" for i in picks]
    return [r.choice(REACT_HEADS), *counts]


def reactions(p: Parts) -> tuple[list[str], Page]:
    """Reaction counts, an error report and a bookmark button after the body."""
    r, d, o = p.rng, p.main.day, p.main.outlet
    tools = _reactions(p)
    extra = [x for x in (r.choice(REPORTS), r.choice(SAVES)) if r.random() < 0.6]
    foot = [f"المصدر: {o}", _tags_line(p)]
    at = r.randint(0, len(foot))
    rel = _rel(p) if r.random() < 0.5 else []
    lines = [
        p.main.title,
        _dated(p),
        *p.main.paragraphs,
        *foot[:at],
        *tools,
        *foot[at:],
        *extra,
        *(["اقرأ أيضاً", *rel] if rel else []),
    ]
    return _page(p, lines, published=d.isoformat(), source=o, related=rel)


def _post_text(p: Parts) -> str:
    text = p.other.paragraphs[0]
    for stop in (".", "،"):
        cut = text.find(stop, 40)
        if 0 < cut < 160:
            return text[: cut + 1]
    return _words(text, 18)


def social_embeds(p: Parts) -> tuple[list[str], Page]:
    """A Facebook, TikTok or Threads post quoted between paragraphs, with its widget's lines."""
    r, d, o = p.rng, p.main.day, p.main.outlet
    post = _post_text(p)
    when = d - dt.timedelta(days=r.randint(1, 4))
    account = r.choice(ACCOUNTS)
    kind = r.randrange(4)
    if kind == 0:
        embed = [post, f"تم النشر بواسطة \u200f{account}\u200f في {_weekday(when)}، {_date(when)}"]
    elif kind == 1:
        en = f"{WEEKDAYS_EN[when.weekday()]}, {MONTHS_EN[when.month - 1]} {when.day}, {when.year}"
        embed = [post, f"Posted by {account} on {en}"]
    elif kind == 2:
        sound = r.choice(["♬ الصوت الأصلي", "♬ original sound"])
        embed = [post, f"{sound} - {account}"]
    else:
        embed = [post, r.choice(["عرض على Threads", "View on Threads"])]
    paras = list(p.main.paragraphs)
    at = r.randint(1, len(paras) - 1) if len(paras) > 1 else 1
    lead_in = f"ونشر حساب {account} على مواقع التواصل الاجتماعي:"
    block = [lead_in, *embed] if r.random() < 0.5 else embed
    printed = [*paras[:at], *block, *paras[at:]]
    body = tuple(x for x in printed if x != embed[1])
    lines = [p.main.title, _dated(p), *printed, f"المصدر: {o}", _tags_line(p)]
    return _page(p, lines, published=d.isoformat(), source=o, body=body)


def sidebar_first(p: Parts) -> tuple[list[str], Page]:
    """A most-read or latest-news list printed before the article, its items numbered or
    stamped with a time."""
    r, d, o = p.rng, p.main.day, p.main.outlet
    rel = _rel(p, r.randint(3, 4))
    style = r.randrange(3)
    if style == 0:
        header = r.choice(["الأكثر قراءة", "الأكثر مشاهدة"])
        fmt = r.choice(["{i}. {t}", "{i} {t}", "{i}- {t}"])
        items = [fmt.format(i=i, t=t) for i, t in enumerate(rel, 1)]
    elif style == 1:
        header = "آخر الأخبار"
        fmt = r.choice(["{c} {t}", "{c} م | {t}"])
        items = [fmt.format(c=_clock(r), t=t) for t in rel]
    else:
        header = r.choice(["آخر الأخبار", "الأكثر قراءة"])
        items = []
        for t in rel:
            items += [t, r.choice(["منذ 3 ساعات", "منذ ساعتين", "منذ 45 دقيقة", "منذ يوم"])]
    byline = [f"بقلم: {r.choice(NAMES)}"] if r.random() < 0.3 else []
    lines = [
        header,
        *items,
        p.main.title,
        *byline,
        _dated(p),
        *p.main.paragraphs,
        f"المصدر: {o}",
        _tags_line(p),
    ]
    return _page(
        p,
        lines,
        published=d.isoformat(),
        source=o,
        related=rel,
        byline=byline[0] if byline else None,
    )


LAYOUTS: dict[str, Layout] = {
    f.__name__: f
    for f in (
        cut_article,
        trending_bar,
        zoned_times,
        split_date,
        hijri_numeric,
        desk_bylines,
        reactions,
        social_embeds,
        sidebar_first,
    )
}

if __name__ == "__main__":
    sys.exit(main(layouts=LAYOUTS, doc=__doc__ or ""))
