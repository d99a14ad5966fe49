"""A sixth round of page layouts neither the dev pages nor the first five rounds use, gold known
by construction.

    python benchmarks/parse_layouts_6.py [--pages N] [--misses] [--write DIR] [--json]

Built like ``benchmarks/parse_layouts.py`` (real SaudiNewsNet articles printed into plain-text
pages) with forms the earlier rounds lack. How each is scored (SCHEMA.md decides; where it is
silent, the dev golds and the earlier rounds do):

- **Live blogs**: a ``مباشر`` / ``تغطية مستمرة`` / ``تغطية حية`` / ``عاجل | مباشر`` header over
  the headline (a kicker: discarded, as round 2's section kickers), the page's date line, a
  lead, then updates, each opening with its time (``10:45 - …``, ``11:30 | …``) or under a
  ``تحديث 11:30:`` / ``آخر التطورات - 12:05`` line: **body, as printed**, time marks and all
  (they are the article's text; SCHEMA's body is the paragraphs as printed, and a time with no
  date is no date line). ``published`` is the page's date line, never an update's time.
- **Embedded social posts** between paragraphs. What the post *says* is printed as part of the
  article (the writer quotes it): the tweet's text and an Instagram caption are **body, as
  printed**. What the embed widget adds around it is furniture, **discarded**: the attribution
  line ``— الاسم (@handle) August 26, 2015`` (its date is the post's, never ``published``),
  a ``pic.twitter.com/…`` line, ``View this post on Instagram``, ``A post shared by الاسم
  (@handle) on Aug 26, 2015 at 3:30am PDT``, and a YouTube player's title line (``عنوان -
  YouTube``, ``YouTube``, ``Watch on YouTube``).
- **Opinion columns**: the column's name as a kicker over the headline (discarded), the writer's
  name (the byline) over the writer's title line (``كاتب سعودي``, ``كاتبة وإعلامية``:
  discarded, as round 5 discards the bio box: no field holds a title), the date, the column,
  then the writer's e-mail or ``@handle`` / ``تويتر: @handle`` line (**body, as printed**: the
  dev golds keep a columnist's e-mail as the last body line, dev-0018, -0076, -0132, and round 3
  keeps an e-mail under the byline in the body) and ``مقالات سابقة للكاتب`` / ``مقالات سابقة`` / ``أرشيف الكاتب`` over headlines
  (related).
- **Interviews with speaker labels**: ``الحياة:`` / ``س:`` the interviewer, ``العتيبي:`` the
  guest, opening each paragraph: **body, as printed** (round 2 keeps ``س:`` / ``ج:``); the
  ``حاوره: فلان`` / ``أجرى الحوار: فلان`` line under the headline is the byline.
- **Source at the top and translation credits**: ``المصدر: الجزيرة نت`` / ``نقلاً عن: X``
  between the date and the body (the source), ``ترجمة: فلان`` / ``إعداد وترجمة: فلان`` /
  ``ترجمة وتحرير: فلان`` under it (the byline, as printed with its label: a credit line is a
  byline as ``كتب:`` / ``إعداد:`` are in the dev golds).
- **Relative dates only**: ``منذ ساعتين``, ``قبل 3 ساعات``, ``أمس الساعة 10:30``, ``الأحد
  الماضي``, ``نشر: منذ 5 دقائق``: ``published`` is null (SCHEMA: never a guess; the page gives
  no date), the line is discarded (as round 3's ``آخر تحديث: منذ 3 ساعات``).
- **Date forms**: ``26/8/2015م``, ``الأربعاء، ٢٦ أغسطس ٢٠١٥ - ١١:٣٠ ص``, ``26 آب (أغسطس) 2015``,
  ``26 أغسطس/آب 2015``, ``2015-08-26 | 11:30``, ``نُشر: 26.08.2015``, ``نشر بتاريخ 26 آب
  (أغسطس) 2015``: ``published`` is the day (a time without its UTC offset is not kept, as
  SCHEMA wants).
- **Flattened site chrome**: a section menu run together on one line (``الرئيسية سياسة اقتصاد
  رياضة ثقافة منوعات``) over the headline, a footer menu (``من نحن اتصل بنا سياسة الخصوصية
  شروط الاستخدام``), ``جميع الحقوق محفوظة ©`` variants (``© 2015 صحيفة X. جميع الحقوق
  محفوظة``, ``حقوق النشر محفوظة``): discarded; tags under ``الكلمات الدالة:`` / ``Keywords:`` /
  ``مواضيع:``.

Same options and table as ``benchmarks/parse_layouts.py``.
"""

from __future__ import annotations

import sys

from parse_layouts import (
    CITIES,
    EASTERN,
    LEVANT,
    MONTHS,
    NAMES,
    OUTLETS,
    SECTIONS,
    Layout,
    Parts,
    _clock,
    _page,
    _rel,
    _weekday,
    main,
)
from parse_layouts_3 import ENGLISH_MONTHS, _short
from parse_layouts_4 import _date

from akhbar.model import Page

LIVE_HEADERS = ("مباشر", "تغطية مستمرة", "تغطية حية", "عاجل | مباشر", "مباشر:", "بث مباشر")
HANDLES = ("saudi_news", "SPAregions", "alriyadh", "Sabq_org", "k_alotaibi", "news_24")
COLUMNS = ("نقطة ضوء", "على الطاير", "رؤية", "وجهة نظر", "بين السطور", "رأي")
WRITER_TITLES = ("كاتب سعودي", "كاتبة وإعلامية", "كاتب وأكاديمي", "كاتب صحفي", "كاتبة سعودية")
PAST_HEADERS = ("مقالات سابقة للكاتب", "مقالات سابقة", "أرشيف الكاتب", "مقالات سابقة للكاتبة")
RELATIVE = (
    "منذ ساعتين",
    "قبل 3 ساعات",
    "أمس الساعة 10:30",
    "الأحد الماضي",
    "نشر: منذ 5 دقائق",
    "منذ 4 ساعات",
    "أمس",
    "منذ يوم",
)
MENUS = (
    "الرئيسية سياسة اقتصاد رياضة ثقافة منوعات",
    "الرئيسية محليات دولي اقتصاد رياضة فن تقنية",
    "الرئيسية أخبار السعودية العالم اقتصاد رياضة صحة",
)
FOOTERS = (
    "من نحن اتصل بنا سياسة الخصوصية شروط الاستخدام",
    "من نحن | اتصل بنا | أعلن معنا",
    "عن الموقع اتصل بنا الشروط والأحكام خريطة الموقع",
)
TAG_LABELS = ("الكلمات الدالة:", "Keywords:", "مواضيع:")


def _eastern(s: str) -> str:
    return s.translate(EASTERN)


def _tags_line(p: Parts, label: str = "كلمات دلالية:") -> str:
    return f"{label} " + ("، ".join(p.tags) if not label.isascii() else ", ".join(p.tags))


def live_blog(p: Parts) -> tuple[list[str], Page]:
    """A live header over the headline, the date line, a lead, then timestamped updates."""
    r, d = p.rng, p.main.day
    lead, *rest = p.main.paragraphs
    body = [lead]
    h = r.randint(8, 12)
    for k, para in enumerate(rest):
        t = f"{h + k:02d}:{r.randint(0, 59):02d}"
        style = r.randrange(3)
        if style == 0:
            body.append(f"{t} - {para}")
        elif style == 1:
            body.append(f"{t} | {para}")
        else:
            body += [r.choice([f"تحديث {t}:", f"آخر التطورات - {t}", f"تحديث {t}"]), para]
    lines = [
        r.choice(LIVE_HEADERS),
        p.main.title,
        f"{_weekday(d)} {_date(d)} - {_clock(r)} م",
        *body,
        _tags_line(p),
    ]
    return _page(p, lines, published=d.isoformat(), body=tuple(body))


def _tweet(p: Parts, text: str) -> tuple[list[str], list[str]]:
    """(printed lines, body lines) of an embedded tweet or post quoting ``text``."""
    r, d = p.rng, p.main.day
    name, handle = r.choice(NAMES), r.choice(HANDLES)
    month = ENGLISH_MONTHS[d.month - 1]
    kind = r.randrange(3)
    if kind == 0:
        pic = [f"pic.twitter.com/{r.choice(['aB3xY9', 'Qz7Kp2', 'x8LmN0'])}"] * (r.random() < 0.6)
        attribution = f"— {name} (@{handle}) {month} {d.day}, {d.year}"
        return [text, *pic, attribution], [text]
    if kind == 1:
        shared = (
            f"A post shared by {name} (@{handle}) on {month[:3]} {d.day}, {d.year} at 3:30am PDT"
        )
        return ["View this post on Instagram", text, shared], [text]
    title = " ".join(text.split()[:6])
    return [r.choice([f"{title} - YouTube", "YouTube", "Watch on YouTube"])], []


def social_embeds(p: Parts) -> tuple[list[str], Page]:
    """Paragraphs with an embedded tweet, Instagram post or YouTube player between them."""
    r, d, o = p.rng, p.main.day, p.main.outlet
    paras = list(p.main.paragraphs)
    quotes = [" ".join(t.split()[:12]) for t in p.related[:2]]
    printed: list[str] = [paras[0]]
    body: list[str] = [paras[0]]
    for k, para in enumerate(paras[1:]):
        if k < len(quotes):
            lines, kept = _tweet(p, quotes[k])
            printed += lines
            body += kept
        printed.append(para)
        body.append(para)
    if len(paras) == 1:
        lines, kept = _tweet(p, quotes[0])
        printed += lines
        body += kept
    lines = [
        p.main.title,
        f"{_date(d)} - {_clock(r)} م",
        *printed,
        f"المصدر: {o}",
        _tags_line(p, "وسوم:"),
    ]
    return _page(p, lines, published=d.isoformat(), source=o, body=tuple(body))


def opinion_column(p: Parts) -> tuple[list[str], Page]:
    """A column's name over the headline, the writer and a title line, the date, the column,
    the writer's e-mail or handle, then ``مقالات سابقة للكاتب`` over headlines."""
    r, d = p.rng, p.main.day
    name = r.choice(NAMES)
    contact = r.choice(
        [
            f"@{r.choice(HANDLES)}",
            f"تويتر: @{r.choice(HANDLES)}",
            f"{r.choice(HANDLES).lower()}@gmail.com",
            f"البريد الإلكتروني: {r.choice(HANDLES).lower()}@hotmail.com",
        ]
    )
    rel = _rel(p)
    lines = [
        r.choice(COLUMNS),
        p.main.title,
        name,
        r.choice(WRITER_TITLES),
        f"{_weekday(d)} {_date(d)}",
        *p.main.paragraphs,
        contact,
        _tags_line(p, "الوسوم:"),
        r.choice(PAST_HEADERS),
        *rel,
    ]
    body = (*p.main.paragraphs, contact)
    return _page(p, lines, published=d.isoformat(), byline=name, related=rel, body=body)


def interview_speakers(p: Parts) -> tuple[list[str], Page]:
    """``حاوره: فلان``, the date, an intro, then paragraphs opening with the speaker's name."""
    r, d = p.rng, p.main.day
    name = r.choice(NAMES)
    guest = name.split()[-1]
    interviewer = r.choice(["الحياة", "عكاظ", "اليوم", "س"])
    intro, *answers = p.main.paragraphs
    qa: list[str] = []
    for t, a in zip(p.related, answers, strict=False):
        qa += [f"{interviewer}: ما رأيك في {t}؟", f"{guest}: {a}"]
    byline = f"{r.choice(['حاوره', 'أجرى الحوار', 'حوار'])}: {r.choice(NAMES)}"
    body = (intro, *qa)
    lines = [
        p.main.title,
        byline,
        f"{_date(d)} - {_clock(r)} م",
        *body,
        _tags_line(p),
    ]
    return _page(p, lines, published=d.isoformat(), byline=byline, body=body)


def source_top_credits(p: Parts) -> tuple[list[str], Page]:
    """The date, then ``المصدر: X`` and a translation credit over the body."""
    r, d = p.rng, p.main.day
    source = r.choice(["الجزيرة نت", "بي بي سي عربي", "نيويورك تايمز", "فايننشال تايمز", "CNN"])
    label = r.choice(["المصدر", "نقلاً عن", "المصدر -"])
    src_line = f"{label}: {source}" if not label.endswith("-") else f"{label} {source}"
    byline = (
        f"{r.choice(['ترجمة', 'إعداد وترجمة', 'ترجمة وتحرير', 'ترجمة وإعداد'])}: {r.choice(NAMES)}"
    )
    top = [src_line, byline] if r.random() < 0.6 else [byline, src_line]
    lines = [
        p.main.title,
        f"{_weekday(d)} {_date(d)}",
        *top,
        *p.main.paragraphs,
        _tags_line(p),
        "أخبار ذات صلة",
        *_rel(p),
    ]
    return _page(p, lines, published=d.isoformat(), source=source, byline=byline, related=_rel(p))


def relative_dates(p: Parts) -> tuple[list[str], Page]:
    """Only a relative date (``منذ ساعتين``, ``أمس الساعة 10:30``): published is null."""
    r, o = p.rng, p.main.outlet
    rel = _rel(p)
    top = [r.choice(RELATIVE)]
    if r.random() < 0.4:
        top = [r.choice(CITIES) + ": " + r.choice(NAMES), *top]
    lines = [
        p.main.title,
        *top,
        *p.main.paragraphs,
        f"المصدر: {o}",
        _tags_line(p, "الوسوم:"),
        r.choice(["اقرأ أيضاً", "أخبار ذات صلة"]),
        *rel,
    ]
    byline = top[0] if len(top) > 1 else None
    return _page(p, lines, published=None, source=o, byline=byline, related=rel)


def _date_form(p: Parts) -> str:
    r, d = p.rng, p.main.day
    ar, lv = MONTHS[d.month - 1], LEVANT[d.month - 1]
    forms = [
        f"{d.day}/{d.month}/{d.year}م",
        _eastern(f"{_weekday(d)}، {d.day} {ar} {d.year} - {_clock(r)} ") + r.choice("صم"),
        f"{d.day} {lv} ({ar}) {d.year}",
        f"{d.day} {ar}/{lv} {d.year}",
        f"{d.isoformat()} | {_clock(r, 23)}",
        f"نُشر: {d.day:02d}.{d.month:02d}.{d.year}",
        f"نشر بتاريخ {d.day} {lv} ({ar}) {d.year}",
        f"{_weekday(d)} {d.day} {ar}/{lv} {d.year} - {_clock(r)}",
    ]
    return r.choice(forms)


def date_forms(p: Parts) -> tuple[list[str], Page]:
    """Numeric, Eastern-digit, double-month (``آب (أغسطس)``, ``أغسطس/آب``), ISO with ``|``."""
    r, o = p.rng, p.main.outlet
    byline = r.choice([None, f"{r.choice(CITIES)}: {r.choice(NAMES)}"])
    lines = [
        p.main.title,
        _date_form(p),
        *([byline] if byline else []),
        *p.main.paragraphs,
        f"المصدر: {o}",
        _tags_line(p),
    ]
    return _page(p, lines, published=p.main.day.isoformat(), source=o, byline=byline)


def flat_chrome(p: Parts) -> tuple[list[str], Page]:
    """A section menu on one line over the headline, a footer menu and a copyright under the
    article, tags under ``الكلمات الدالة:`` / ``Keywords:`` / ``مواضيع:``."""
    r, d, o = p.rng, p.main.day, p.main.outlet
    short = _short(r.choice(list(OUTLETS.values())))
    copyright_ = r.choice(
        [
            "جميع الحقوق محفوظة ©",
            f"© {d.year} {short}. جميع الحقوق محفوظة",
            f"جميع الحقوق محفوظة لـ{short} © {d.year}",
            "حقوق النشر محفوظة",
            f"Copyright © {d.year} {short}. All rights reserved",
        ]
    )
    rel = _rel(p)
    lines = [
        r.choice(MENUS),
        *r.choice([[], [f"الرئيسية » {r.choice(SECTIONS)}"]]),
        p.main.title,
        f"{_weekday(d)} {_date(d)}",
        *p.main.paragraphs,
        f"المصدر: {o}",
        _tags_line(p, r.choice(TAG_LABELS)),
        "أخبار ذات صلة",
        *rel,
        r.choice(FOOTERS),
        copyright_,
    ]
    return _page(p, lines, published=d.isoformat(), source=o, related=rel)


LAYOUTS: dict[str, Layout] = {
    f.__name__: f
    for f in (
        live_blog,
        social_embeds,
        opinion_column,
        interview_speakers,
        source_top_credits,
        relative_dates,
        date_forms,
        flat_chrome,
    )
}


if __name__ == "__main__":
    sys.exit(main(layouts=LAYOUTS, doc=__doc__ or ""))
