"""A ninth round of page layouts neither the dev pages nor the first eight rounds use, gold
known by construction.

    python benchmarks/parse_layouts_9.py [--pages N] [--seed S] [--misses] [--write DIR] [--json]

Built like ``benchmarks/parse_layouts.py`` (real SaudiNewsNet articles printed into plain-text
pages) with forms the earlier rounds lack. How each is scored (SCHEMA.md decides; where it is
silent, the dev golds and the earlier rounds do):

- **Telegram channel posts** (a ``t.me/s/`` scrape or a desktop copy): the channel's name over
  the post, a forwarded-from line (``Forwarded from X``, ``معاد توجيهه من X``), the post's first
  line as its headline (``🔴 عاجل | …``, ``📌 …``: the headline **as printed**, emoji and prefix
  kept, as round 4 keeps ``عاجل |``), paragraphs maybe opening with an emoji bullet (``🔹 …``:
  **body, as printed**, as round 2 keeps ``•``), ``📌 المصدر: X`` (the source, the label behind an
  emoji), ``#hashtags`` (tags), a join line (``🔗 للاشتراك: https://t.me/…``), the view count
  (``👁 1.2K``, ``1.2K views``), an ``edited`` mark and the message's stamp (``09.08.2015 10:45``
  or ``📅 9 أغسطس 2015``: ``published``, the day: a time without its offset is not kept). The
  channel's name and the forwarded-from line are the messenger's furniture: **discarded**, as
  round 6 discards an embedded post's attribution line; views, join line and edit mark too.
- **WhatsApp channel posts**: WhatsApp's own markup, ``*bold*`` and ``_italic_`` around a whole
  line (``*عنوان*``, ``_الأحد 9/8/2015_``, ``*المصدر:* X``). As round 5 reads Markdown, the
  markup is how the post was typed, not text: fields hold the text without the ``*`` / ``_``
  around the line (``raw`` keeps it); emoji bullets stay in the body as printed; ``تابعوا قناتنا
  على واتساب: https://whatsapp.com/channel/…`` and ``للمزيد: https://…`` are discarded.
- **Press releases**: ``للنشر الفوري`` / ``بيان صحفي`` / ``خبر صحفي`` over the headline
  (labels: discarded), the dateline with its date opening the lead (``الرياض، المملكة العربية
  السعودية، 9 أغسطس 2015: …``: body as printed, ``published`` its date, as round 5's
  dateline lead) or a place and date line under the headline (``الرياض، 9 أغسطس 2015``, ``أبها
  في 9 أغسطس 2015``: the byline, as printed, and ``published`` its date, as the parser reads a
  ``الرياض - واس - 9 أغسطس 2015`` dateline and round 2 ``صحيفة X | date``: SCHEMA's byline is
  "author and/or dateline"), maybe an ``- انتهى -`` end mark (body,
  as round 5 keeps end marks), then the issuer's boilerplate: ``نبذة عن شركة X`` / ``عن X`` /
  ``حول X`` over a paragraph about the company, and the media contact (``للتواصل الإعلامي:`` /
  ``لمزيد من المعلومات يرجى التواصل مع:`` over a name, a job title, a phone and an e-mail):
  **discarded**. The box is the issuer's furniture about itself, printed under every release,
  not the news (round 5 discards an author's bio box for the same reason; round 7 discards
  the address and phone lines of a print view).
- **Photo galleries and video pages**: a counter over each photo's caption (``الصورة 1 من 12``,
  ``صورة 3/12``, ``3 من 12``: discarded, as round 4's ``1 / 12``), the caption and a ``تصوير:
  فلان`` credit under it (body, as printed: rounds 2 and 4 keep captions and photo credits),
  the viewer's buttons (``عرض بملء الشاشة``, ``السابق | التالي``, ``تحميل الصورة``) and a video
  player's controls (``00:00 / 02:35``, ``تشغيل``, ``كتم الصوت``, ``الجودة: 720p``, ``مدة الفيديو
  02:35``, ``عدد المشاهدات: 1,520``): discarded.
- **Credit lines of several roles after the body** (``إعداد: فلان`` over ``تحرير: علان``,
  ``مراجعة: …``, ``تدقيق لغوي: …``, ``إشراف: …``, ``جرافيك: …``), or on one line joined by ``|``:
  the **byline is the first credit line, as printed** (round 6 reads ``ترجمة:`` / ``إعداد:``
  credits as the byline; a byline is one line); the editors' lines under it are discarded (no
  field holds them); on one line the byline is the whole line (round 8's meta lines).
- **Corrections and update notes**: ``تصحيح: …`` / ``ملاحظة المحرر: …`` / ``استدراك: …`` after
  the last paragraph or under the date: **body, as printed** (the editors' text about this
  article, printed as part of it, as round 8 keeps key points); an update stamp (``تم تحديث هذا
  الخبر في 10 أغسطس 2015 - 11:30``, ``عُدّل في …``, ``حُدّث بتاريخ …``) over or under the date
  line: discarded, never ``published`` (round 3's ``آخر تحديث:``); a headline with
  ``(محدّث)`` / ``- تحديث`` after it is kept as printed.
- **Digits and numeric dates**: Persian / Urdu digits (``۹ أغسطس ۲۰۱۵``, ``۰۹/۰۸/۲۰۱۵``) in the date
  line and the body (body as printed), ``dd/mm/yyyy`` and ``yyyy-mm-dd`` with ``ص`` / ``م`` /
  ``صباحاً`` / ``مساءً`` and the Hijri date in parentheses (``09/08/2015 10:30 ص (24 شوال
  1436هـ)``), the Hijri date first with the Gregorian one in parentheses: ``published`` is the
  Gregorian day.
- **The headline printed three times**: the page title (``عنوان | سبق``), the heading, then
  after the body a share card as the social networks show it (the title again, the lead's first
  words ending in ``...``, the site's domain) or a tweet button's text (``عنوان عبر @sabqorg``,
  ``عنوان https://sabq.org/aB3xY``): the headline once; the page title, the card and the share
  text **discarded** (round 5 discards the page title printed over the heading; the card's
  excerpt repeats the lead, it is not a paragraph).

Same options and table as ``benchmarks/parse_layouts.py``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import sys

from hijridate import Gregorian
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
from parse_layouts_4 import _date, _short

from akhbar.model import Page

PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
HANDLES = ("sabqorg", "okaz_online", "alriyadh", "aawsat_news", "alwatan_news")
COMPANIES = (
    "شركة الخليج للتنمية",
    "مجموعة النخبة القابضة",
    "شركة الاتصالات المتكاملة",
    "بنك التنمية الأهلي",
    "الشركة الوطنية للنقل",
)
EDITOR_ROLES = ("تحرير", "مراجعة", "تدقيق لغوي", "إشراف", "جرافيك", "إخراج", "مونتاج")
WRITER_ROLES = ("إعداد", "ترجمة", "إعداد وترجمة", "كتابة")


def _tags_line(p: Parts, label: str = "كلمات دلالية:") -> str:
    return f"{label} " + "، ".join(p.tags)


def _hashtags(p: Parts) -> str:
    return " ".join("#" + t.replace(" ", "_") for t in p.tags)


def _views(p: Parts) -> str:
    r = p.rng
    n = r.randint(1, 99)
    return r.choice([f"👁 {n}.{r.randint(1, 9)}K", f"{n}.{r.randint(1, 9)}K views", f"👁‍🗨 {n * 113}"])


def telegram_post(p: Parts) -> tuple[list[str], Page]:
    """A news channel's post as a Telegram scrape prints it: channel, forwarded-from, the
    headline with its emoji, paragraphs, source, hashtags, join line, views and stamp."""
    r, d, o = p.rng, p.main.day, p.main.outlet
    channel = r.choice([f"قناة {_short(o)}", f"{_short(o)} | عاجل", f"أخبار {_short(o)}"])
    title = r.choice(["🔴 عاجل | ", "📌 ", "⚡️ ", "🔴 "]) + p.main.title
    bullet = r.choice(["", "", "🔹 ", "▪️ ", "✅ "])
    body = tuple(bullet + x for x in p.main.paragraphs)
    hm = _clock(r, 23)
    stamp = r.choice(
        [
            f"{d.day:02d}.{d.month:02d}.{d.year} {hm}",
            f"📅 {_date(d)}",
            f"🗓 {_weekday(d)} {_date(d)}",
        ]
    )
    source_line = r.choice([f"📌 المصدر: {o}", f"المصدر: {o}", f"🔗 المصدر: {o}"])
    forwarded = r.choice(
        [
            [],
            [f"Forwarded from {channel}"],
            [f"معاد توجيهه من {channel}"],
            [f"↪️ محولة من: {channel}"],
        ]
    )
    top_stamp = r.random() < 0.4
    lines = [
        channel,
        *forwarded,
        *([stamp] if top_stamp else []),
        title,
        "",
        *body,
        "",
        source_line,
        _hashtags(p),
        r.choice(
            [
                f"🔗 للاشتراك: https://t.me/{r.choice(HANDLES)}",
                f"📲 تابعونا على تيليجرام: @{r.choice(HANDLES)}",
                f"انضم إلى قناتنا: t.me/{r.choice(HANDLES)}",
            ]
        ),
        _views(p),
        *r.choice([[], ["edited"], ["تم التعديل"]]),
        *([] if top_stamp else [stamp]),
    ]
    gold = _page(p, lines, published=d.isoformat(), source=o, body=body)[1]
    return lines, dataclasses.replace(gold, main=dataclasses.replace(gold.main, headline=title))


def whatsapp_post(p: Parts) -> tuple[list[str], Page]:
    """A WhatsApp channel post: ``*bold*`` headline and labels, an ``_italic_`` date, emoji
    bullets, a follow-us line and a link."""
    r, d, o = p.rng, p.main.day, p.main.outlet
    bullet = r.choice(["", "🔸 ", "▫️ ", "• "])
    body = tuple(bullet + x for x in p.main.paragraphs)
    day = r.choice([f"{d.day}/{d.month}/{d.year}", _date(d), f"{_weekday(d)} {_date(d)}"])
    date = r.choice([f"_{day}_", f"🗓️ {day}", f"*{day}*"])
    lines = [
        r.choice([f"*{p.main.title}*", f"🔴 *{p.main.title}*"]),
        date,
        *body,
        r.choice([f"*المصدر:* {o}", f"*المصدر: {o}*", f"_المصدر: {o}_"]),
        _hashtags(p),
        r.choice(
            [
                "تابعوا قناتنا على واتساب: https://whatsapp.com/channel/0029VaK4nQm",
                "👈 تابعونا على واتساب: https://whatsapp.com/channel/0029Va9xYz",
            ]
        ),
        *r.choice([[], [f"للمزيد: https://{_short(o)}.example/n/{r.randint(1000, 9999)}"]]),
    ]
    gold = _page(p, lines, published=d.isoformat(), source=o, body=body)[1]
    if lines[0].startswith("🔴"):  # the emoji is printed outside the bold markup: kept
        gold = dataclasses.replace(
            gold, main=dataclasses.replace(gold.main, headline=f"🔴 {p.main.title}")
        )
    return lines, gold


def press_release(p: Parts) -> tuple[list[str], Page]:
    """A press release: its label, the headline, a dateline lead or a city-and-date line, the
    body, maybe an end mark, then the company boilerplate and the media contact."""
    r, d = p.rng, p.main.day
    p.tags = []  # a release prints no tags
    company = r.choice(COMPANIES)
    city = r.choice(CITIES)
    paras = list(p.main.paragraphs)
    top: list[str] = []
    if r.random() < 0.5:
        sep = r.choice([":", " –", " -"])
        paras[0] = f"{city}، المملكة العربية السعودية، {_date(d)}{sep} {paras[0]}"
    else:
        top = [r.choice([f"{city}، {_date(d)}", f"{city} في {_date(d)}"])]
    end = r.choice([[], ["- انتهى -"], ["-انتهى-"]])
    body = (*paras, *end)
    year = r.randint(1975, 2005)
    about = [
        r.choice([f"نبذة عن {company}", f"عن {company}", f"حول {company}:"]),
        f"تأسست {company} عام {year}، وهي من الشركات الرائدة في المملكة، وتعمل في عدد من "
        f"القطاعات من خلال فروعها المنتشرة في {city} وسائر مناطق المملكة.",
    ]
    contact = [
        r.choice(["للتواصل الإعلامي:", "لمزيد من المعلومات يرجى التواصل مع:", "جهة الاتصال:"]),
        r.choice(NAMES),
        r.choice(["مدير العلاقات العامة", "إدارة الاتصال المؤسسي", "المتحدث الرسمي"]),
        f"هاتف: +966 11 {r.randint(200, 499)} {r.randint(1000, 9999)}",
        r.choice(["البريد الإلكتروني: media@example.com.sa", "media@example.com.sa"]),
    ]
    tail = [*about, *contact] if r.random() < 0.7 else [*contact, *about]
    lines = [
        r.choice(["للنشر الفوري", "بيان صحفي", "خبر صحفي", "بيان صحفي - للنشر الفوري"]),
        p.main.title,
        *top,
        *paras,
        *end,
        *tail,
    ]
    byline = top[0] if top else None
    return _page(p, lines, published=d.isoformat(), byline=byline, body=body)


def media_gallery(p: Parts) -> tuple[list[str], Page]:
    """A gallery (a counter over each caption, photo credits, the viewer's buttons) or a video
    page (the player's controls) around the article."""
    r, d, o = p.rng, p.main.day, p.main.outlet
    paras = list(p.main.paragraphs)
    n = len(paras) + r.randint(3, 9)
    mm, ss = r.randint(0, 9), r.randint(1, 59)
    printed: list[str] = []
    body: list[str] = []
    gallery = r.random() < 0.6
    if gallery:
        for k, para in enumerate(paras):
            printed.append(
                r.choice([f"الصورة {k + 1} من {n}", f"صورة {k + 1}/{n}", f"{k + 1} من {n}"])
            )
            printed.append(para)
            body.append(para)
            if r.random() < 0.4:
                credit = f"تصوير: {r.choice(NAMES)}"
                printed.append(credit)
                body.append(credit)
        chrome = r.sample(
            ["عرض بملء الشاشة", "السابق | التالي", "تحميل الصورة", "‹ السابق", "التالي ›"], k=2
        )
        head = [f"ألبوم صور ({n} صورة)", *chrome] if r.random() < 0.5 else chrome
    else:
        printed, body = paras, paras
        head = r.sample(
            [
                f"00:00 / {mm:02d}:{ss:02d}",
                "تشغيل",
                "كتم الصوت",
                "ملء الشاشة",
                "الجودة: 720p",
                f"مدة الفيديو {mm:02d}:{ss:02d}",
                f"عدد المشاهدات: {r.randint(1, 9)},{r.randint(100, 999)}",
            ],
            k=4,
        )
    lines = [
        p.main.title,
        f"{_weekday(d)} {_date(d)}",
        *head,
        *printed,
        f"المصدر: {o}",
        _tags_line(p),
    ]
    return _page(p, lines, published=d.isoformat(), source=o, body=tuple(body))


def credits_end(p: Parts) -> tuple[list[str], Page]:
    """Credit lines of several roles after the body: one a line (the first is the byline) or
    all on one line (the byline)."""
    r, d, o = p.rng, p.main.day, p.main.outlet
    names = r.sample(NAMES, k=4)
    roles = [r.choice(WRITER_ROLES), *r.sample(EDITOR_ROLES, k=r.randint(1, 3))]
    credits = [f"{role}: {name}" for role, name in zip(roles, names, strict=False)]
    one_line = r.random() < 0.3
    block = [" | ".join(credits)] if one_line else credits
    src = [f"المصدر: {o}"] if r.random() < 0.6 else []
    lines = [
        p.main.title,
        f"{_weekday(d)} {_date(d)} - {_clock(r)} م",
        *p.main.paragraphs,
        *(block + src if r.random() < 0.5 else src + block),
        _tags_line(p),
        "أخبار ذات صلة",
        *_rel(p),
    ]
    return _page(
        p,
        lines,
        published=d.isoformat(),
        source=o if src else None,
        byline=block[0],
        related=_rel(p),
    )


def corrections_updates(p: Parts) -> tuple[list[str], Page]:
    """A correction or an editor's note after the body or under the date (body), an update
    stamp over or under the date line (discarded), maybe ``(محدّث)`` after the headline."""
    r, d, o = p.rng, p.main.day, p.main.outlet
    later = d + dt.timedelta(days=r.choice([0, 1, 2]))
    hm = _clock(r)
    stamp = r.choice(
        [
            f"تم تحديث هذا الخبر في {_date(later)} - {hm} م",
            f"عُدّل في {_date(later)} الساعة {hm}",
            f"حُدّث بتاريخ {later.day}/{later.month}/{later.year} {hm} ص",
            f"تم تعديل هذا الخبر بتاريخ {_weekday(later)} {_date(later)}",
        ]
    )
    date = f"{_weekday(d)} {_date(d)}"
    other = p.related[0] if p.related else p.other.title
    note = r.choice(
        [
            f"تصحيح: ورد في نسخة سابقة من هذا الخبر أن الحدث وقع في {r.choice(CITIES)}، "
            "والصحيح ما أثبتناه أعلاه.",
            "ملاحظة المحرر: تم تحديث هذا الخبر بإضافة تفاصيل جديدة وردت بعد نشره.",
            f"استدراك: سقط من النسخة الأولى من هذا الخبر اسم {r.choice(NAMES)}، فاقتضى التنويه.",
            f"تصحيح: ذكرنا خطأً أن «{other}» في عنوان سابق، ونعتذر لقرائنا عن هذا الخطأ.",
        ]
    )
    paras = list(p.main.paragraphs)
    body = (note, *paras) if r.random() < 0.3 else (*paras, note)
    headline = p.main.title + r.choice(["", "", " (محدّث)", " - تحديث", " (تحديث)"])
    dates = [stamp, date] if r.random() < 0.4 else [date, stamp]
    lines = [
        headline,
        *dates,
        *body,
        f"المصدر: {o}",
        _tags_line(p),
    ]
    gold = _page(p, lines, published=d.isoformat(), source=o, body=body)[1]
    return lines, dataclasses.replace(gold, main=dataclasses.replace(gold.main, headline=headline))


def _hijri(d: dt.date) -> str:
    h = Gregorian(d.year, d.month, d.day).to_hijri()
    return f"{h.day} {h.month_name('ar')} {h.year}هـ"


def digit_dates(p: Parts) -> tuple[list[str], Page]:
    """Persian / Urdu digits in the date and the body; ``dd/mm/yyyy`` and ``yyyy-mm-dd`` with
    Arabic AM / PM and the Hijri date in parentheses."""
    r, d, o = p.rng, p.main.day, p.main.outlet
    h = Gregorian(d.year, d.month, d.day).to_hijri()
    hm = _clock(r)
    half = r.choice(["ص", "م", "صباحاً", "مساءً"])
    style = r.randrange(7)
    persian = style <= 2 or r.random() < 0.2
    if style == 0:
        line = f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    elif style == 1:
        line = f"{d.day:02d}/{d.month:02d}/{d.year} - {hm} {half}"
    elif style == 2:
        line = f"{_weekday(d)} {h.day} {h.month_name('ar')} {h.year}هـ - {_date(d)}"
    elif style == 3:
        line = f"{d.day:02d}/{d.month:02d}/{d.year} {hm} {half} ({_hijri(d)})"
    elif style == 4:
        line = f"{d.isoformat()} {hm} {half}"
    elif style == 5:
        line = (
            f"{_weekday(d)} {d.day:02d}-{d.month:02d}-{d.year} | {hm} {half} (الموافق {_hijri(d)})"
        )
    else:
        line = f"{h.year}/{h.month:02d}/{h.day:02d}هـ ({d.year}/{d.month:02d}/{d.day:02d}م)"
    label = r.choice(["", "", "نشر بتاريخ: ", "تاريخ النشر: ", "📅 "])
    line = label + (line.translate(PERSIAN) if persian else line)
    body = tuple(x.translate(PERSIAN) for x in p.main.paragraphs) if persian else None
    where = r.randrange(5)
    byline = None
    if where == 3:  # a byline and the date on one meta line (round 8): the byline, whole
        byline = line = f"كتب: {r.choice(NAMES)} - {line}"
    paras = list(body or p.main.paragraphs)
    lines = [
        p.main.title,
        *([] if where == 4 else [line]),
        *paras,
        f"المصدر: {o}",
        *([line] if where == 4 else []),
        _tags_line(p),
    ]
    return _page(p, lines, published=d.isoformat(), source=o, byline=byline, body=body)


def headline_thrice(p: Parts) -> tuple[list[str], Page]:
    """The page title, the heading, then a share card (title, the lead's first words, the
    domain) or a tweet button's text after the body."""
    r, d, o = p.rng, p.main.day, p.main.outlet
    title = p.main.title
    domain = r.choice(["sabq.org", "www.okaz.com.sa", "www.alriyadh.com", "aawsat.com"])
    words = p.main.paragraphs[0].split()
    excerpt = " ".join(words[: r.randint(12, 22)]) + r.choice(["...", "…", " ..."])
    card = r.choice(
        [
            [title, excerpt, domain],
            [domain, title, excerpt],
            [f"{title} عبر @{r.choice(HANDLES)}"],
            [f"{title} https://{domain}/{r.randint(100000, 999999)}"],
        ]
    )
    share = r.choice([["شارك:"], ["شارك هذا الخبر"], ["مشاركة", "فيسبوك", "تويتر", "واتساب"]])
    rel = _rel(p)
    lines = [
        r.choice([f"{title} | {_short(o)}", f"{title} - {o}", f"{_short(o)} - {title}"]),
        *r.choice([[], [f"الرئيسية » {r.choice(SECTIONS)}"]]),
        title,
        f"{_weekday(d)} {_date(d)} - {_clock(r)} م",
        *p.main.paragraphs,
        *share,
        *card,
        f"المصدر: {o}",
        _tags_line(p),
        "اقرأ أيضاً",
        *rel,
    ]
    return _page(p, lines, published=d.isoformat(), source=o, related=rel)


LAYOUTS: dict[str, Layout] = {
    f.__name__: f
    for f in (
        telegram_post,
        whatsapp_post,
        press_release,
        media_gallery,
        credits_end,
        corrections_updates,
        digit_dates,
        headline_thrice,
    )
}

if __name__ == "__main__":
    sys.exit(main(layouts=LAYOUTS, doc=__doc__ or ""))
