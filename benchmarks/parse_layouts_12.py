"""A twelfth round of page layouts neither the dev pages nor the first eleven rounds use, gold
known by construction.

    python benchmarks/parse_layouts_12.py [--pages N] [--seed S] [--misses] [--write DIR] [--json]

Built like ``benchmarks/parse_layouts.py`` (real SaudiNewsNet articles printed into plain-text
pages) with forms the earlier rounds lack. How each is scored (SCHEMA.md decides; where it is
silent, the dev golds and the earlier rounds do):

- **Reader comment threads** after the article (round 3 prints one comment under an
  ``التعليقات (3)`` counter): a header in other wordings (``12 تعليق``, ``تعليقات القراء``,
  ``آراء القراء``), each comment's name, its time (``منذ 3 ساعات`` or a full date with a clock)
  and text, its buttons and counts (``رد``, ``إعجاب 12``, ``👍 12 👎 3``, ``الردود (2)``), a
  reply under it, then the form's prompt (``أضف تعليقك``, ``اكتب تعليقك هنا...``, ``إرسال``):
  **discarded**, all of it. The readers' words are not the article's paragraphs (SCHEMA's body
  is "the article's paragraphs"; round 3 discards a comment and round 7 the comment form) and
  no field holds them; a comment's date is never ``published``. A related list after the thread
  is still related.
- **A digest page** (``موجز محليات``, ``أخبار المملكة في سطور``, ``حصاد اليوم``): the digest's
  title is the **headline**, then three or four briefs, each a short title (bare or with a
  ``•`` / ``■`` bullet) over its paragraph: **body, as printed**, titles and all. The briefs
  are the digest's text, one article the editors wrote as a list (round 4 keeps numbered
  sub-headings, round 8 an explainer's question headings in the body); none is an embedded
  article (SCHEMA's embedded are articles printed *besides* the page's own, with their own
  header, as after ``إقرأ أيضاً:``).
- **Teasers of the section after the article** (``المزيد من محليات``, ``من نفس القسم``, ``أخبار
  أخرى``), each an article's headline over its one-line summary (the lead's opening, cut with
  ``...``): the headlines are **related** (round 3: links to other articles), the summaries
  **discarded** (round 5 discards a related item's suffix, round 9 a share card's excerpt: an
  excerpt of another article is no paragraph of this one).
- **Moroccan portals** (Hespress-like): ``هسبريس - فلان`` / ``هسبريس من الرباط`` under the
  headline (the **byline, as printed**: round 2's date line naming the outlet and round 3's
  ``فلان - الرياض``; a short title over ``هسبريس من الرباط`` is the headline, no kicker; with
  no date line near, a one-word "X من place" line under the headline may be a caption:
  ``جانب من الحفل``, body), the date with Moroccan month names of any month
  (``الأحد 09 غشت 2015 - 10:15``, ``الخميس 17 شتنبر 2015``, ``نونبر``, ``دجنبر``, ``يوليوز``,
  ``ماي``): ``published`` is the day printed (a time without its offset is not kept, as rounds
  6 and 10).
- **Datelines of other Arab agencies** opening the lead (``السومرية نيوز/ بغداد``, ``بغداد/
  المسلة:``, ``الخرطوم (سونا) -``, ``القاهرة (أ ش أ) -``, ``بيروت - الوكالة الوطنية للإعلام
  -``): **body, as printed** (round 2's agency dateline opening the first paragraph); the same
  dateline alone on its line under the date is the **byline, as printed** (round 1's ``واس -
  الرياض``, round 11's quoted paper).
- **Mobile / AMP text dumps**: ``القائمة``, the section menu on one line joined by ``|``, the
  page title (``عنوان - الموقع``) over the heading, the date, the article, ``شارك:`` and the
  networks on one line, ``العودة للأعلى`` / ``للأعلى``, ``النسخة الكاملة`` / ``عرض النسخة
  الكاملة`` and the copyright: the headline is the heading (round 5's page title printed
  over it: discarded), the menu and every button **discarded** (round 6's flattened menu).
- **A read-also box repeated inside the body**: ``اقرأ أيضا: عنوان`` (``طالع أيضاً:``, ``اقرأ
  كذلك:``, ``إقرأ أيضا |``) between paragraphs two or three times: each headline **related**,
  in order (SCHEMA: "one that is glued to its label … or stands inside the body"), the
  paragraphs around them **body**.
- **A deck and a breadcrumb under the headline**: the headline, a ``>`` / ``›`` / ``»``
  breadcrumb (``الرئيسية > أخبار > محليات``), a deck (the lead's opening as a longer second
  title), the date: the breadcrumb **discarded** wherever it stands (round 1), the deck **body**,
  as round 2's standfirst.
- **A speaker's name under a quoted headline** (``«لا تهاون مع المخالفين»`` over ``وزير الصحة
  خالد الفالح`` or ``محمد العتيبي``), the lead quoting that speaker by name: the name line
  credits the quote, not the text: **no byline** (SCHEMA's byline is the author or dateline),
  **discarded** as a label of the headline (round 2's kicker over it); the lead is body. A name
  under such a headline that the lead does not quote stays the byline (round 1).
- **The agency's mark and an end mark after the body**: ``(واس)`` / ``(رويترز)`` on a line of
  its own, then ``انتهى`` / ``/انتهى/`` / ``- انتهى -``: the agency is the **source** (round 3),
  the end mark **body, as printed** (round 5 and the dev golds keep end marks), the tags after.

Same options and table as ``benchmarks/parse_layouts.py``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import sys

from parse_layouts import (
    CITIES,
    MAGHREB,
    NAMES,
    SECTIONS,
    Layout,
    Parts,
    _clock,
    _page,
    _rel,
    _weekday,
    load_items,
    main,
)
from parse_layouts_4 import _date
from parse_layouts_10 import _tags_line

from akhbar.model import Page

COMMENTS = (
    "الله يعطيهم العافية على هذا الجهد الكبير",
    "نتمنى أن يتم تطبيق هذا القرار على الجميع بدون استثناء",
    "خبر جميل ولكن أين المتابعة والتنفيذ على أرض الواقع؟",
    "شكرا للصحيفة على نقل الخبر بكل أمانة ووضوح",
    "متى يتم تطبيق هذا في منطقتنا؟ ننتظر منذ سنوات",
    "كلام جميل على الورق فقط",
    "الله يحفظ بلادنا وولاة أمرنا من كل سوء",
)
READERS = ("أبو فيصل", "مواطن", "سعد", "ابن الرياض", "أم عبدالله", "زائر", "متابع")
SPEAKERS = ("وزير الصحة خالد الفالح", "محمد العتيبي", "أمير منطقة الرياض", "سارة القحطاني")
QUOTES = (
    "لا تهاون مع المخالفين",
    "المرحلة المقبلة تتطلب العمل بروح الفريق",
    "سنعلن النتائج كاملة خلال أيام",
    "الخدمات الصحية حق لكل مواطن ومقيم",
)


def _with_headline(page: Page, headline: str) -> Page:
    return dataclasses.replace(page, main=dataclasses.replace(page.main, headline=headline))


def _no_tags(page: Page) -> Page:
    return dataclasses.replace(page, main=dataclasses.replace(page.main, tags=()))


def _any_day(p: Parts) -> dt.date:
    return dt.date(p.rng.randint(2012, 2025), p.rng.randint(1, 12), p.rng.randint(1, 28))


def _comment(p: Parts, day: dt.date) -> list[str]:
    r = p.rng
    when = r.choice(
        [f"منذ {r.randint(2, 9)} ساعات", f"{_date(day)} - {_clock(r)} م", "منذ يوم", "قبل ساعتين"]
    )
    out = [r.choice(READERS), when, r.choice(COMMENTS)]
    out += r.sample(["رد", f"إعجاب {r.randint(1, 60)}", f"👍 {r.randint(1, 60)} 👎 3"], k=2)
    return out


def comment_thread(p: Parts) -> tuple[list[str], Page]:
    """The article, its source and tags, then readers' comments with their buttons and the
    comment form; sometimes a related list after."""
    r, d, o = p.rng, p.main.day, p.main.outlet
    n = r.randint(2, 4)
    thread = [r.choice([f"{n} تعليق", f"التعليقات ({n})", "تعليقات القراء", "آراء القراء"])]
    for _ in range(n):
        thread += _comment(p, d)
        if r.random() < 0.3:
            thread += [f"الردود ({1})", *_comment(p, d)]
    thread += r.choice(
        [["أضف تعليقك", "اكتب تعليقك هنا...", "إرسال"], ["أضف تعليقك"], ["اكتب تعليقك هنا..."]]
    )
    rel = _rel(p) if r.random() < 0.5 else []
    lines = [
        p.main.title,
        f"{_weekday(d)} {_date(d)} - {_clock(r)} م",
        *p.main.paragraphs,
        f"المصدر: {o}",
        _tags_line(p),
        *thread,
        *(["أخبار ذات صلة", *rel] if rel else []),
    ]
    return _page(p, lines, published=d.isoformat(), source=o, related=rel)


def _lead(item_paragraph: str, words: int) -> str:
    return " ".join(item_paragraph.split()[:words])


def digest_briefs(p: Parts) -> tuple[list[str], Page]:
    """A digest: its title, the date, then short briefs, each a title over a paragraph."""
    r, d = p.rng, p.main.day
    section = r.choice(SECTIONS)
    title = r.choice([f"موجز {section}", "أخبار المملكة في سطور", f"حصاد اليوم: {section}"])
    pool = [it for it in load_items() if it.clean and it.title != p.main.title]
    briefs = [p.main, p.other, *r.sample(pool, r.randint(1, 2))]
    mark = r.choice(["", "• ", "■ "])
    body: list[str] = []
    for it in briefs:
        body += [f"{mark}{it.title}", it.paragraphs[0]]
    lines = [title, f"{_weekday(d)} {_date(d)}", *body]
    source = None
    if r.random() < 0.5:
        source = p.main.outlet
        lines.append(f"المصدر: {source}")
    page = _page(p, lines, published=d.isoformat(), source=source, body=tuple(body))[1]
    return lines, _no_tags(_with_headline(page, title))


def section_teasers(p: Parts) -> tuple[list[str], Page]:
    """The article, then its section's other articles: a headline over a cut summary each."""
    r, d, o = p.rng, p.main.day, p.main.outlet
    rel = _rel(p, r.randint(2, 4))
    pool = [it for it in load_items() if it.clean]
    teasers: list[str] = []
    for h in rel:
        teasers += [
            h,
            _lead(r.choice(pool).paragraphs[0], r.randint(12, 20)) + r.choice(["...", " …"]),
        ]
    header = r.choice([f"المزيد من {r.choice(SECTIONS)}", "من نفس القسم", "أخبار أخرى"])
    lines = [
        p.main.title,
        f"{_date(d)} - {_clock(r)} م",
        *p.main.paragraphs,
        f"المصدر: {o}",
        _tags_line(p),
        header,
        *teasers,
    ]
    return _page(p, lines, published=d.isoformat(), source=o, related=rel)


def moroccan_portal(p: Parts) -> tuple[list[str], Page]:
    """``هسبريس - فلان`` under the headline, a date with Moroccan month names, any month."""
    r = p.rng
    d = _any_day(p)
    month = MAGHREB[d.month - 1]
    byline = r.choice(
        [f"هسبريس - {r.choice(NAMES)}", "هسبريس من الرباط", f"هسبريس - {r.choice(CITIES)}"]
    )
    date = r.choice(
        [
            f"{_weekday(d)} {d.day:02d} {month} {d.year} - {_clock(r, 23)}",
            f"{_weekday(d)} {d.day} {month} {d.year}",
            f"{d.day:02d} {month} {d.year} - {_clock(r, 23)}",
        ]
    )
    top = [byline, date] if r.random() < 0.6 else [date, byline]
    lines = [p.main.title, *top, *p.main.paragraphs, _tags_line(p, "الوسوم:")]
    return _page(p, lines, published=d.isoformat(), byline=byline)


ARAB_DATELINES = (
    "السومرية نيوز/ بغداد",
    "بغداد/ المسلة",
    "الخرطوم (سونا)",
    "القاهرة (أ ش أ)",
    "بيروت - الوكالة الوطنية للإعلام",
    "عمان (بترا)",
)


def arab_agency_datelines(p: Parts) -> tuple[list[str], Page]:
    """An Iraqi, Sudanese, Egyptian, Lebanese or Jordanian dateline opening the lead, or alone
    under the date."""
    r, d = p.rng, p.main.day
    line = r.choice(ARAB_DATELINES)
    date = f"{_weekday(d)} {_date(d)}"
    if r.random() < 0.4:
        lines = [p.main.title, date, line, *p.main.paragraphs, _tags_line(p)]
        return _page(p, lines, published=d.isoformat(), byline=line)
    lead, *rest = p.main.paragraphs
    sep = r.choice([" - ", ": ", " "]) if line.endswith(")") or "/" in line else " - "
    body = (f"{line}{sep}{lead}", *rest)
    lines = [p.main.title, date, *body, _tags_line(p)]
    return _page(p, lines, published=d.isoformat(), body=body)


def mobile_dump(p: Parts) -> tuple[list[str], Page]:
    """A mobile / AMP page as text: the menu on one ``|`` line, the page title over the heading,
    the buttons at the foot."""
    r, d, o = p.rng, p.main.day, p.main.outlet
    menu = " | ".join(["الرئيسية", *r.sample(SECTIONS, 5)])
    site = o.removeprefix("صحيفة ")
    lines = [
        *(["القائمة"] if r.random() < 0.6 else []),
        menu,
        f"{p.main.title} - {site}",
        p.main.title,
        f"{_date(d)} - {_clock(r)} م",
        *p.main.paragraphs,
        f"المصدر: {o}",
        _tags_line(p),
        r.choice(["شارك: فيسبوك | تويتر | واتساب", "شارك الخبر: فيسبوك تويتر واتساب"]),
        r.choice(["العودة للأعلى", "للأعلى", "↑ العودة إلى الأعلى"]),
        r.choice(["النسخة الكاملة", "عرض النسخة الكاملة", "عرض نسخة الموقع الكاملة"]),
        f"© {d.year} {site}",
    ]
    return _page(p, lines, published=d.isoformat(), source=o)


def read_also_between(p: Parts) -> tuple[list[str], Page]:
    """``اقرأ أيضا: عنوان`` glued lines between paragraphs, two or three times."""
    r, d = p.rng, p.main.day
    paras = list(p.main.paragraphs)
    if len(paras) < 3:
        paras = [*paras, *p.other.paragraphs][:4]
    slots = list(range(1, len(paras)))
    k = min(len(slots), r.randint(2, 3), len(p.related))
    at = sorted(r.sample(slots, k))
    # (a direction mark opening a title glued after the label's colon reads as the label's,
    # as round 11 scores it: the titles are printed without one)
    rel = [h.strip("\u200e\u200f") for h in p.related[:k]]
    label = r.choice(["اقرأ أيضا:", "طالع أيضاً:", "اقرأ كذلك:", "إقرأ أيضا |"])
    lines_body: list[str] = []
    j = 0
    for i, para in enumerate(paras):
        if j < k and at[j] == i:
            lines_body.append(f"{label} {rel[j]}")
            j += 1
        lines_body.append(para)
    lines = [p.main.title, f"{_weekday(d)} {_date(d)}", *lines_body, _tags_line(p)]
    return _page(p, lines, published=d.isoformat(), related=rel, body=tuple(paras))


def deck_and_trail(p: Parts) -> tuple[list[str], Page]:
    """The headline, a ``>`` breadcrumb, a longer deck, the date, the article."""
    r, d = p.rng, p.main.day
    sep = r.choice([" > ", " › ", " » "])
    trail = sep.join(["الرئيسية", r.choice(["أخبار", "الأخبار"]), r.choice(SECTIONS)])
    deck = _lead(p.main.paragraphs[0], r.randint(14, 22)).rstrip("،,.:؛ ")
    head = [trail, deck] if r.random() < 0.5 else [deck, trail]
    lines = [p.main.title, *head, f"{_weekday(d)} {_date(d)} - {_clock(r)} م", *p.main.paragraphs]
    lines.append(_tags_line(p))
    return _page(p, lines, published=d.isoformat(), body=(deck, *p.main.paragraphs))


def speaker_under_quote(p: Parts) -> tuple[list[str], Page]:
    """A quoted headline, the speaker's name under it, a lead quoting that speaker by name."""
    r, d, o = p.rng, p.main.day, p.main.outlet
    quote, who = r.choice(QUOTES), r.choice(SPEAKERS)
    title = r.choice([f"«{quote}»", f'"{quote}"'])
    lead = f"قال {who} إن «{quote}»، مؤكداً متابعة التنفيذ في جميع المناطق خلال الفترة المقبلة."
    body = (lead, *p.main.paragraphs)
    lines = [title, who, f"{_weekday(d)} {_date(d)}", *body, f"المصدر: {o}", _tags_line(p)]
    page = _page(p, lines, published=d.isoformat(), source=o, body=body)[1]
    return lines, _with_headline(page, title)


def agency_then_end(p: Parts) -> tuple[list[str], Page]:
    """The article, the agency in parentheses on its line, an end mark under it, the tags."""
    r, d = p.rng, p.main.day
    agency = r.choice(["واس", "رويترز", "أ ف ب", "كونا"])
    end = r.choice(["انتهى", "/انتهى/", "- انتهى -"])
    lines = [
        p.main.title,
        f"{_weekday(d)} {_date(d)} - {_clock(r)} م",
        *p.main.paragraphs,
        f"({agency})",
        end,
        _tags_line(p),
    ]
    return _page(p, lines, published=d.isoformat(), source=agency, body=(*p.main.paragraphs, end))


LAYOUTS: dict[str, Layout] = {
    f.__name__: f
    for f in (
        comment_thread,
        digest_briefs,
        section_teasers,
        moroccan_portal,
        arab_agency_datelines,
        mobile_dump,
        read_also_between,
        deck_and_trail,
        speaker_under_quote,
        agency_then_end,
    )
}

if __name__ == "__main__":
    sys.exit(main(layouts=LAYOUTS, doc=__doc__ or ""))
