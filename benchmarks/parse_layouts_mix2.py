"""A second mixed round: every page built from independently drawn parts, each part's form drawn
from the forms rounds 7 to 12 (``benchmarks/parse_layouts_7.py`` … ``_12.py``) and the label
wordings of ``benchmarks/parse_labels.py`` use, gold known by construction.

    python benchmarks/parse_layouts_mix2.py [--pages N] [--seed S] [--misses] [--write DIR] [--json]

A round prints each form only next to the forms of its own layout, and
``benchmarks/parse_layouts_mix.py`` mixes the forms of rounds 1 to 6 only. This generator draws,
for each page and independently of one another:

- **the chrome above**: a ``/`` breadcrumb (round 7), a print view's masthead and button
  (round 7), a mobile menu on one ``|`` line (round 12), a press release's label (round 9), a
  print edition's issue and page lines (round 11), the page title printed over the heading
  (rounds 9 and 12), a Telegram channel's name and forwarded-from line (round 9, only over an
  emoji headline, as round 9 prints it): **discarded**;
- **the headline's form**: as printed, with an emoji prefix (round 9), a wire mark (round 11),
  an update mark (round 9), or a real title opening with a figure or holding a quote in «»
  (round 11): the **headline, as printed**;
- **the date's form and position**: Al Arabiya's GMT stamp beside its ``آخر تحديث`` stamp (round
  7), round 8's forms (Eastern digits with ``م``, ``9 من أغسطس``, WordPress's order, a relative
  time beside the date, Mecca time), French ``Publié le`` (round 8), Persian digits and numeric
  dates with the Hijri date (round 9), a Telegram stamp (round 9), Algerian / Levantine months
  maybe beside an update line (round 10), the Egyptian portal's line (round 10), the Hijri date
  first (round 11), Moroccan months (round 12), a labelled date of ``parse_labels.py``; under the
  headline, over it, after the body (labelled), inside a meta line with the byline (rounds 8 and
  10), or none: ``published`` is the day printed (with its offset for GMT and Mecca time), never
  an update stamp, a relative time or a print date;
- **the byline's form and position**: a labelled writer (``parse_labels.py``'s byline labels,
  round 11's stretched ``بقلـم:``), ``كتب فلان`` (round 8), a bare credit ``إعداد فلان`` (round
  10), a quoted paper's dateline ``الرياض ـ «الحياة»`` (round 11), ``هسبريس - فلان`` (round 12),
  an Arab agency's dateline alone (round 12), ``Par فلان`` (round 8) under the headline or the
  date; the writer's name over a column's name over the headline (round 10); credits of several
  roles, a bare credit or a signature after the body (rounds 9 and 10); a meta line of the
  date with a writer or an agency (rounds 8 and 10): the **byline, as printed** (a meta line
  whole; of several credit lines the first; over a column the name), the editors' lines under
  it discarded, a starred bio under a signature body;
- **the source's form**: ``parse_labels.py``'s wordings, round 11's stretched ``المصـدر:``,
  ``Source : X`` (round 8), ``📌 المصدر: X`` (round 9), ``*المصدر:* X`` (round 9), ``المصدر: X
  + وكالات`` (round 7), an agency in parentheses over an end mark (round 12), or none, after the
  body: the **source** without its label (the end mark is body);
- **the body's decorations**: picture blocks and archive marks (round 7), a chronology, data
  lines (round 7), key points over the lead and explainer questions (round 8), gallery counters
  (discarded) and photo credits (round 9), a correction note (round 9), numbered paragraphs
  (round 10), market figures (round 10), a deck and a ``>`` trail under the headline (round
  12), a read-also list closed by its end mark (round 7) or read-also lines glued between
  paragraphs (round 12): **body, as printed**, except the counters and trail (discarded) and the
  read-also headlines (**related**, in order);
- **the tags' form**: ``parse_labels.py``'s wordings, hashtags run together or joined by ``|``
  (round 8), a header over the tags on the next line (round 8; space-split forms carry one-word
  tags only, and only when no two of them stand side by side in the article: spaces cannot tell
those from one tag), one tag a line under a header, maybe a label word (rounds 10 and 11), French
  ``Mots-clés :`` (round 8), stretched labels (round 11), or none: the **tags**, in order;
- **what follows**: a related list under round 8's or ``parse_labels.py``'s headers, its items
  plain, decorated (round 8), numbered (round 10), or teasers over a cut summary (round 12);
  previous / next links (round 7); an embedded read-also article under one of
  ``parse_labels.py``'s read-also labels (``parse_layouts_mix.py``'s form): headlines
  **related**, the article **embedded**; sponsored links, comment forms, newsletter and poll
  boxes (round 7), a comment thread (round 12), a press release's boilerplate (round 9), a
  share card (round 9), a Telegram join line and views (round 9), mobile buttons (round 12),
  a Google News line (round 10), before or after the related list: **discarded**.

Combinations a reader could not decide are not drawn: a signature after the body only when no
other byline is drawn and the body ends in a paragraph (a name and place after an end mark or
a figure line reads as either); a signature or credits after the body stand over the source
line, as rounds 1, 9 and 10 print them (under it, a name and a place read as a caption as well
as a signature); the writer-over-column form only with no chrome above (a name
over a column over a page title is a stack of labels); a Telegram channel only over an emoji
headline and under no site chrome (a messenger's post prints none: a print view's masthead over
a channel's name over the post is two mastheads); a source in parentheses only over its end mark.

Same options and table as ``benchmarks/parse_layouts.py`` (one row: ``--pages`` is the number of
pages).
"""

from __future__ import annotations

import dataclasses
import random
import sys

from parse_labels import BYLINES, KINDS
from parse_layouts import (
    AGENCIES,
    CITIES,
    EASTERN,
    LEVANT,
    MAGHREB,
    MONTHS,
    NAMES,
    SECTIONS,
    Layout,
    Parts,
    _clock,
    _page,
    _weekday,
    main,
)
from parse_layouts_2 import CAPTIONS, _numbered
from parse_layouts_3 import _short
from parse_layouts_4 import _date
from parse_layouts_6 import COLUMNS
from parse_layouts_7 import (
    ARCHIVE,
    PICTURE_SOURCES,
    _arabiya_stamp,
    _chronology,
    _comment_form,
    _data_lines,
    _end_list,
    _newsletter,
    _poll_results,
    _sponsored,
)
from parse_layouts_8 import FRENCH_MONTHS, POINTS_HEADERS, QUESTION_WORDS, _points
from parse_layouts_8 import RELATED_HEADERS as RELATED_8
from parse_layouts_9 import COMPANIES, HANDLES, PERSIAN, _hijri, _views
from parse_layouts_10 import ALGERIA, BARE_CREDITS, BIOS, _figures
from parse_layouts_11 import LABEL_TAGS, PAPERS, _hijri_first, _retitled
from parse_layouts_12 import ARAB_DATELINES, _comment
from parse_layouts_mix import _embedded

from akhbar.model import Article, Page

READ_ALSO = KINDS["read-also"][2]
RELATED_HEADERS = (*RELATED_8, "الأكثر قراءة", "مقالات ذات صلة", "Lire aussi", "À lire aussi")


def _headline(p: Parts) -> tuple[str, bool]:
    """(the headline as printed, whether it opens with an emoji)."""
    r, t = p.rng, p.main.title
    k = r.randrange(8)
    if k == 0:
        return r.choice(["🔴 عاجل | ", "📌 ", "⚡️ ", "🔴 "]) + t, True
    if k == 1:
        return r.choice(
            [f"{t} / إضافة أولى", f"عاجل / {t}", f"{t} (تحديث)", f"{t} - تحديث 2"]
        ), False
    if k == 2:
        return t + r.choice([" (محدّث)", " - تحديث"]), False
    return t, False


def _date_line(p: Parts, persian: bool) -> tuple[list[str], str]:
    """(the date's lines, ``published``) in one of rounds 7 to 12's forms."""
    r, d = p.rng, p.main.day
    m, day = MONTHS[d.month - 1], d.isoformat()
    k = r.randrange(13)
    if persian:
        line = r.choice([f"{d.day} {m} {d.year}", f"{d.day:02d}/{d.month:02d}/{d.year}"])
        return [r.choice(["", "نشر بتاريخ: "]) + line.translate(PERSIAN)], day
    if k == 0:
        hh, mm, half = r.randint(1, 11), r.randint(0, 59), r.choice("صم")
        stamp = f"{hh:02d}:{mm:02d}"
        pub = "نشر في: " + _arabiya_stamp(d, stamp, half, "GMT")
        upd = "آخر تحديث: " + _arabiya_stamp(d, stamp, half, "KSA")
        h24 = hh + (12 if half == "م" else 0)
        return r.choice([[pub, upd], [upd, pub]]), f"{day}T{h24:02d}:{mm:02d}+00:00"
    if k == 1:
        hh, mm, half = r.randint(1, 12), r.randint(0, 59), r.choice("صم")
        h24 = hh % 12 + (12 if half == "م" else 0)
        line = f"{_date(d)} - {hh:02d}:{mm:02d} {half} بتوقيت مكة المكرمة"
        return [line], f"{day}T{h24:02d}:{mm:02d}+03:00"
    if k == 2:
        ago = r.choice(["منذ 3 ساعات", "منذ ساعتين", "منذ 45 دقيقة"])
        return [
            r.choice(
                [
                    f"{d.day} {m} {d.year}م".translate(EASTERN),
                    f"{_weekday(d)} {d.day} من {m} {d.year}",
                    f"{m} {d.day}, {d.year}",
                    f"{d.day} {m}، {d.year}",
                    f"{ago} | {_date(d)}",
                ]
            )
        ], day
    if k == 3:
        hm = f"{r.randint(7, 22)}h{r.randint(0, 59):02d}"
        fr = f"{d.day} {FRENCH_MONTHS[d.month - 1]} {d.year}"
        return [
            r.choice([f"Publié le {d.day:02d}/{d.month:02d}/{d.year} à {hm}", f"Publié le : {fr}"])
        ], day
    if k == 4:
        hm, half = _clock(r), r.choice(["ص", "م", "صباحاً", "مساءً"])
        return [
            r.choice(
                [
                    f"{d.day:02d}/{d.month:02d}/{d.year} {hm} {half} ({_hijri(d)})",
                    f"{d.isoformat()} {hm} {half}",
                    f"{_weekday(d)} {d.day:02d}-{d.month:02d}-{d.year} | {hm} {half} (الموافق {_hijri(d)})",
                ]
            )
        ], day
    if k == 5:
        return [
            r.choice([f"{d.day:02d}.{d.month:02d}.{d.year} {_clock(r, 23)}", f"📅 {_date(d)}"])
        ], day
    if k == 6:
        month = r.choice([ALGERIA, LEVANT])[d.month - 1]
        line = r.choice(
            [
                f"نشر في {d.day} {month} {d.year}",
                f"{_weekday(d)} {d.day} {month} {d.year} - {_clock(r, 23)}",
            ]
        )
        if r.random() < 0.4:
            upd = f"آخر تحديث: {d.day} {month} {d.year} - {_clock(r, 23)}"
            return r.choice([[line, upd], [upd, line]]), day
        return [line], day
    if k == 7:
        return [f"{_weekday(d)}، {_date(d)} {_clock(r)} {r.choice(['ص', 'م'])}"], day
    if k == 8:
        return [_hijri_first(p)], day
    if k == 9:
        return [f"{_weekday(d)} {d.day:02d} {MAGHREB[d.month - 1]} {d.year} - {_clock(r, 23)}"], day
    if k == 10:
        label = r.choice(KINDS["date"][2])
        return [f"{label} {_date(d)}"], day
    return [r.choice([f"{_weekday(d)} {_date(d)}", f"{_date(d)} - {_clock(r)} م"])], day


def _head_byline(p: Parts) -> str:
    """A byline printed on its own line under the headline or the date."""
    r, name, city = p.rng, p.rng.choice(NAMES), p.rng.choice(CITIES)
    return r.choice(
        [
            f"{r.choice(BYLINES)} {name}",
            f"{r.choice(['بقلـم', 'كتـب'])}: {name}",
            f"{r.choice(['كتب', 'كتبت'])} {name}",
            f"{r.choice(BARE_CREDITS)} {name}",
            f"{city}{r.choice([' ـ ', ' - '])}{r.choice(PAPERS)}",
            f"هسبريس - {name}",
            r.choice(ARAB_DATELINES),
            f"Par {name}",
        ]
    )


def _meta_line(p: Parts, date: str) -> str:
    """A date with a writer or an agency on one line (rounds 8 and 10): the byline, whole."""
    r, name = p.rng, p.rng.choice(NAMES)
    return r.choice(
        [
            f"بقلم {name} - {date}",
            f"{date} | كتب: {name} | القسم: {r.choice(SECTIONS)}",
            f"{name} | {r.choice(SECTIONS)} | {date}",
            f"{date} • {r.randint(2, 9)} دقائق قراءة • كتب: {name}",
            f"({r.choice(AGENCIES)}) - كتب {name} - {date}",
            f"{r.choice(CITIES)} - {r.choice(AGENCIES)} - كتب {name} | {date}",
        ]
    )


def _foot_byline(p: Parts) -> tuple[list[str], str, list[str]]:
    """(lines after the body, the byline, the lines of them that are body)."""
    r = p.rng
    names = r.sample(NAMES, k=3)
    if r.random() < 0.5:
        credits = [f"{r.choice(['إعداد', 'ترجمة', 'كتابة'])}: {names[0]}", f"تحرير: {names[1]}"]
        credits += [f"مراجعة: {names[2]}"] * (r.random() < 0.5)
        if r.random() < 0.3:
            credits = [" | ".join(credits)]
        return credits, credits[0], []
    credit = f"{r.choice(BARE_CREDITS)} {names[0]}"
    return [credit, *[f"تدقيق: {names[1]}"] * (r.random() < 0.5)], credit, []


def _source(p: Parts) -> tuple[list[str], str, list[str]]:
    """(the source's lines, the source, the lines of them that are body)."""
    r, o = p.rng, p.main.outlet
    k = r.randrange(7)
    if k == 0:
        agency = r.choice(["واس", "رويترز", "أ ف ب"])
        end = r.choice(["انتهى", "/انتهى/", "- انتهى -"])
        return [f"({agency})", end], agency, [end]
    if k == 1:
        return [f"المصدر: {o} + وكالات"], f"{o} + وكالات", []
    line = r.choice(
        [
            f"{r.choice(KINDS['source'][2])} {o}",
            f"{r.choice(['المصـدر', 'المـصـدر'])}:\u200f {o}",
            f"Source : {o}",
            f"📌 المصدر: {o}",
            f"*المصدر:* {o}",
            f"المصدر: {o}",
        ]
    )
    return [line], o, []


def _tags(p: Parts) -> list[str]:
    r = p.rng
    k = r.randrange(9)
    if k in (3, 4):  # split by spaces: one-word tags only (spaces cannot tell a two-word tag)
        single = [t for t in p.tags if " " not in t]
        p.tags = single if len(single) >= 2 else [*single, "السعودية", "المملكة"][:3]
        p.tags = list(dict.fromkeys(p.tags))  # each once
        text = " ".join([p.main.title, *p.main.paragraphs])
        if any(f"{a} {b}" in text for a, b in zip(p.tags, p.tags[1:], strict=False)):
            k = 2  # two tags the article prints side by side read as one: split by a sign
    tags = p.tags
    hashed = ["#" + t.replace(" ", "_") for t in tags]
    if k == 0:
        return [f"{r.choice(KINDS['tags'][2])} " + "، ".join(tags)]
    if k == 1:
        return [r.choice(["".join(hashed), " | ".join(hashed)])]
    if k == 2:
        return [r.choice(["الكلمات المفتاحية", "الكلمات المفتاحية:"]), " • ".join(tags)]
    if k == 3:
        return [r.choice(["الوسوم:", "وسوم:", "الكلمات الدلالية:"]), " ".join(tags)]
    if k == 4:
        return [" ".join("#" + t for t in tags)]
    if k == 5:
        if r.random() < 0.5:
            p.tags = [*tags[:-1], r.choice(LABEL_TAGS), tags[-1]]
        return [
            r.choice(["الوسوم", "الكلمات الدلالية:", "كلمات مفتاحية", "الكلمات المفتاحية"]),
            *p.tags,
        ]
    if k == 6:
        return [r.choice(["Mots-clés : ", "Tags : "]) + ", ".join(tags)]
    if k == 7:
        return [r.choice(["الكلمـات الدلاليـة", "الوسـوم"]) + ":\u200f " + "، ".join(tags)]
    return ["كلمات دلالية: " + "، ".join(tags)]


def _related(p: Parts, rel: list[str]) -> list[str]:
    r = p.rng
    k = r.randrange(6)
    if k == 0:
        return [r.choice(["اقرأ أيضاً", "أخبار ذات صلة"]), *_numbered(rel, "dash")]
    if k == 1:
        items: list[str] = []
        style = r.randrange(3)  # one decoration a list, as a site's template prints it
        for h in rel:
            items += [
                [f"{r.choice(SECTIONS)} | {h}"],
                [f"{h} ({r.randint(120, 9000)} مشاهدة)"],
                [h, h],
            ][style]
        return [r.choice(RELATED_HEADERS), *items]
    if k == 2:
        teasers: list[str] = []
        for h in rel:
            words = p.other.paragraphs[0].split()
            teasers += [h, " ".join(words[: r.randint(12, 20)]) + r.choice(["...", " …"])]
        return [
            r.choice([f"المزيد من {r.choice(SECTIONS)}", "من نفس القسم", "أخبار أخرى"]),
            *teasers,
        ]
    if k == 3:
        return [r.choice(READ_ALSO).rstrip(":"), *rel]
    return [r.choice(RELATED_HEADERS), *rel]


def _after(p: Parts) -> list[str]:
    """Furniture and widgets after the article: discarded."""
    r, d, o = p.rng, p.main.day, p.main.outlet
    out: list[str] = []
    for _ in range(r.choice([0, 1, 1, 2])):
        k = r.randrange(7)
        if k == 0:
            out += _sponsored(p)
        elif k == 1:
            out += _comment_form(p)
        elif k == 2:
            out += r.choice([_newsletter(p), _poll_results(p)])
        elif k == 3:
            n = r.randint(2, 3)
            out.append(r.choice([f"{n} تعليق", f"التعليقات ({n})", "تعليقات القراء"]))
            for _ in range(n):
                out += _comment(p, d)
            out.append(r.choice(["أضف تعليقك", "اكتب تعليقك هنا..."]))
        elif k == 4:
            out += [f"🔗 للاشتراك: https://t.me/{r.choice(HANDLES)}", _views(p)]
        elif k == 5:
            out += [
                "شارك: فيسبوك | تويتر | واتساب",
                "للأعلى",
                "النسخة الكاملة",
                f"© {d.year} {_short(o)}",
            ]
        else:
            out.append("تابع آخر الأخبار عبر جوجل نيوز")
    return out


def _question(para: str, r: random.Random) -> str:
    """Round 8's question heading, asked about the paragraph under it."""
    return f"{r.choice(QUESTION_WORDS)} {' '.join(para.split()[1:7]).rstrip('،,.:؛ ')}؟"


def _decorate(p: Parts, paras: list[str], *, dated: bool) -> tuple[list[str], list[str], list[str]]:
    """(printed lines, body, inline related headlines) of the paragraphs with decorations."""
    r = p.rng
    # questions and a chronology drawn from the other article's text, not from the related
    # headlines the page also lists (a body quoting them would make them echoes of it)
    q = dataclasses.replace(p, related=[], other=p.main)
    printed: list[str] = []
    body: list[str] = []
    inline: list[str] = []
    style = r.randrange(5)
    if style == 1 and len(paras) >= 2:  # numbered paragraphs
        form = r.choice(["{k}- ", "{k}. ", "({k}) "])
        paras = [paras[0], *(form.format(k=k + 1) + x for k, x in enumerate(paras[1:]))]
    elif style == 2 and len(paras) >= 2:  # explainer questions
        paras = [paras[0], *(y for x in paras[1:] for y in (_question(x, r), x))]
    elif style == 3:  # key points over the lead
        box = [r.choice(POINTS_HEADERS), *("• " + c for c in _points(p, r.randint(2, 3)))]
        printed += box
        body += box
    glued = r.choice(["اقرأ أيضا:", "طالع أيضاً:", "اقرأ كذلك:"])
    for k, para in enumerate(paras):
        if k == 0 and r.random() < 0.15:
            printed.append(r.choice(ARCHIVE))
            body.append(printed[-1])
        printed.append(para)
        body.append(para)
        if k == len(paras) - 1:
            break
        x = r.random()
        if x < 0.08:
            block = [
                f"مصدر الصورة، {r.choice(PICTURE_SOURCES)}",
                f"التعليق على الصورة، {r.choice(CAPTIONS)}",
            ]
            printed += block
            body += block
        elif x < 0.14:
            block = _data_lines(p) if r.random() < 0.5 else _figures(p)
            printed += block
            body += block
        elif x < 0.19 and dated:  # (with no date line, a date between paragraphs may be the
            # page's own printed late: round 7 prints a chronology beside the page's date)
            block = _chronology(q)
            printed += block
            body += block
        elif x < 0.24:
            printed.append(f"الصورة {k + 1} من {len(paras) + 4}")
            credit = f"تصوير: {r.choice(NAMES)}"
            printed.append(credit)
            body.append(credit)
        elif x < 0.30 and not inline and len(p.related) >= 5:
            rel = p.related[3:5]
            inline += rel
            printed += _end_list(p, list(rel))
        elif x < 0.36 and len(inline) < 3 and len(p.related) > 3 + len(inline) + 2:
            # (a direction mark opening a title glued after the label's colon reads as the
            # label's, as rounds 11 and 12 score it: the title is printed without one)
            h = p.related[5 + len(inline)] if len(p.related) > 5 + len(inline) else None
            h = h.strip("\u200e\u200f") if h else None
            if h and h not in inline:
                inline.append(h)
                printed.append(f"{glued} {h}")
    return printed, body, inline


def mixed2(p: Parts) -> tuple[list[str], Page]:
    """One page from independently drawn parts (see the module's docstring)."""
    r = p.rng
    if r.random() < 0.1:
        p = _retitled(p, r.choice(["figure", "quote"]))
    o = p.main.outlet
    headline, emoji = _headline(p)
    persian = r.random() < 0.05
    paras = (
        [x.translate(PERSIAN) for x in p.main.paragraphs] if persian else list(p.main.paragraphs)
    )

    chrome = [
        [f"الرئيسية / {r.choice(['أخبار', 'الأخبار'])} / {r.choice(SECTIONS)}"],
        [o, r.choice(["نسخة للطباعة", "اطبع", "اطبع هذه الصفحة"])],
        [*(["القائمة"] * (r.random() < 0.5)), " | ".join(["الرئيسية", *r.sample(SECTIONS, 5)])],
        [r.choice(["للنشر الفوري", "بيان صحفي", "خبر صحفي"])],
        [r.choice([f"العدد {r.randint(15000, 17999)}", f"العدد: {r.randint(15000, 17999)}"])],
    ]
    # pieces of chrome each once (a page prints its masthead or menu once)
    top = [x for piece in r.sample(chrome, k=r.choice([0, 0, 1, 1, 2])) for x in piece]
    if emoji and not top and r.random() < 0.5:  # a messenger's post: no site chrome over it
        channel = r.choice([f"قناة {_short(o)}", f"أخبار {_short(o)}"])
        top += [
            channel,
            *r.choice([[], [f"Forwarded from {channel}"], [f"معاد توجيهه من {channel}"]]),
        ]
    if r.random() < 0.15:
        top.append(r.choice([f"{headline} | {_short(o)}", f"{headline} - {_short(o)}"]))

    date_lines, published = _date_line(p, persian)
    date_at = r.choice(["head", "head", "head", "top", "bottom", "meta", "none"])
    by_at = r.choice(["none", "none", "head", "date", "column", "bottom", "sign"])
    if date_at == "meta":
        by_at = "meta"
    if by_at == "column" and top:
        by_at = "head"

    byline: str | None = None
    head_lines: list[str] = []
    if date_at == "top":
        top += date_lines
    if by_at == "column":
        name = r.choice(NAMES)
        top += [name, r.choice(COLUMNS)] if r.random() < 0.7 else [r.choice(COLUMNS), name]
        byline = name
    deck: list[str] = []
    if r.random() < 0.1:
        deck = [" ".join(paras[0].split()[: r.randint(14, 22)]).rstrip("،,.:؛ ")]
        trail = [r.choice([" > ", " › "]).join(["الرئيسية", "أخبار", r.choice(SECTIONS)])]
        head_lines += r.choice([[*trail, *deck], [*deck, *trail]])
    if by_at == "head":
        byline = _head_byline(p)
        head_lines.append(byline)
    if date_at == "head":
        head_lines += date_lines
    elif date_at == "meta":
        day_text = r.choice([_date(p.main.day), f"{_weekday(p.main.day)} {_date(p.main.day)}"])
        byline = _meta_line(p, day_text)
        head_lines.append(byline)
        published = p.main.day.isoformat()
    if by_at == "date":
        byline = _head_byline(p)
        head_lines.append(byline)
    if date_at == "none":
        published = None

    printed, body, inline = _decorate(p, paras, dated=published is not None)
    note: list[str] = []
    if r.random() < 0.08:
        note = ["ملاحظة المحرر: تم تحديث هذا الخبر بإضافة تفاصيل جديدة وردت بعد نشره."]
    foot: list[str] = []
    if by_at == "bottom" or (by_at == "sign" and not note and printed[-1] == paras[-1]):
        lines_, byline, kept = _foot_byline(p) if by_at == "bottom" else _sign(p)
        foot += lines_
        body_tail = kept
    else:
        body_tail = []
        if by_at == "sign":
            byline = None
    src_lines, source, src_body = _source(p) if r.random() < 0.75 else ([], None, [])
    if src_lines and src_lines[0].startswith("(") and (foot or note):
        src_lines, source, src_body = [f"المصدر: {o}"], o, []
    # a signature or credits stand over the source line, as rounds 1, 9 and 10 print them
    card: list[str] = []
    if r.random() < 0.1:  # round 9's share card, over the source and tags as round 9 prints it
        # (and over a signature or credits, which stand right over the source line)
        # (a title over a cut lead after a related list would read as round 12's teasers)
        words = p.main.paragraphs[0].split()
        card = [headline, " ".join(words[: r.randint(12, 22)]) + "...", "sabq.org"]
    tail = [*note, *card, *foot, *src_lines]
    if date_at == "bottom":  # labelled, the day (parse_order's date after the body)
        tail.append(f"{r.choice(KINDS['date'][2])} {_date(p.main.day)}")
        published = p.main.day.isoformat()
    if r.random() < 0.08:  # round 9's issuer boilerplate, where a release prints it: after the body
        company = r.choice(COMPANIES)
        tail += [
            f"نبذة عن {company}",
            f"تأسست {company} عام {r.randint(1975, 2005)}، وهي من الشركات الرائدة في المملكة، "
            "وتعمل في عدد من القطاعات من خلال فروعها المنتشرة في "
            f"{r.choice(CITIES)} وسائر مناطق المملكة.",
            "للتواصل الإعلامي:",
            r.choice(NAMES),
            "media@example.com.sa",
        ]
    tag_lines = _tags(p) if r.random() < 0.85 else []

    embedded: tuple[Article, ...] = ()
    emb_lines: list[str] = []
    if r.random() < 0.15:
        emb_lines, emb = _embedded(p)
        emb_lines[0] = r.choice(READ_ALSO)
        embedded = (emb,)
    rel: list[str] = []
    rel_lines: list[str] = []
    if r.random() < 0.6:
        rel = p.related[:3]
        rel_lines = _related(p, rel)
    elif r.random() < 0.3:
        rel = p.related[:2]
        rel_lines = r.choice(
            [
                ["« الخبر السابق", rel[0], "الخبر التالي »", rel[1]],
                [f"السابق: {rel[0]}", f"التالي: {rel[1]}"],
            ]
        )
    after = _after(p)
    closing = [*rel_lines, *after] if r.random() < 0.5 else [*after, *rel_lines]

    lines = [*top, headline, *head_lines, *printed, *tail, *tag_lines, *emb_lines, *closing]
    main_body = (*deck, *body, *note, *body_tail, *src_body)
    _, page = _page(
        p,
        lines,
        published=published,
        source=source,
        byline=byline,
        related=[*inline, *rel],
        embedded=embedded,
        body=main_body,
    )
    gold = dataclasses.replace(
        page.main, headline=headline, tags=tuple(p.tags) if tag_lines else ()
    )
    return lines, dataclasses.replace(page, main=gold)


def _sign(p: Parts) -> tuple[list[str], str, list[str]]:
    r = p.rng
    name, city = r.choice(NAMES), r.choice(CITIES)
    sign = r.choice([f"{name}، {city}", f"{name} - {city}", f"{name} ({city})"])
    bio = [r.choice(BIOS)] if r.random() < 0.5 else []
    return [sign, *bio], sign, bio


LAYOUTS: dict[str, Layout] = {"mixed2": mixed2}

if __name__ == "__main__":
    sys.exit(main(layouts=LAYOUTS, doc=__doc__ or ""))
