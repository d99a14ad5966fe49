"""A third mixed round: every page built from independently drawn parts, round 13's forms
(``benchmarks/parse_layouts_13.py``) drawn beside the parts ``benchmarks/parse_layouts_mix2.py``
draws from rounds 7 to 12 (rounds 10 to 12's credits, dates, signatures, figures, comment
threads, read-also lines, decks and agency datelines among them), gold known by construction.

    python benchmarks/parse_layouts_mix3.py [--pages N] [--seed S] [--misses] [--write DIR] [--json]

Round 13 prints each of its forms alone on a plain page; the second mixed round draws none of
them. This generator draws, for each page and independently of one another, mix2's parts (the
chrome above, the headline's, date's, byline's, source's and tags' forms and positions, the
body's decorations, the related list and what follows: see mix2's docstring; scored as there)
and round 13's:

- **a consent, push or ad-blocker prompt** over everything or under everything: **discarded**;
- **an episode's label** over the headline (under any chrome), ``(يتبع)`` or its like as the
  body's last line (**body**) and the earlier episodes under a series header after the tags,
  in place of the related list (**related**);
- **a listen bar** under the date lines or between the headline and them: **discarded**;
- **a table of contents** under the head lines, the article printing each entry over its
  paragraphs (the box **discarded**, the headings **body**; drawn in place of mix2's body
  decorations: a numbered or questioned paragraph is itself a heading);
- **a fact card** (a profile or an event's details), **verses** (a Quran verse with its
  reference, or a poem's lines, under their lead-in) and **a list of names** under its lead-in,
  after the lead or at the body's end: **body, as printed**;
- **footnotes**: note marks closing the first paragraphs and the references under their header
  as the body's last lines: **body, as printed**;
- **the site's disclaimer** (an opinion page's or an aggregator's) before, between or after the
  source and tags lines: **discarded**.

Combinations a reader could not decide are not drawn, besides mix2's: a fact card only on a
page with a date line (with none, the card's event day or birth day may be the page's own,
as mix2 draws a chronology); a signature after the body only when the body ends in a plain
paragraph (a name after a list of names, a reference or an end mark reads as either); a
series' end mark, the references and a list of names at the end not together (one block ends
a body); a source in parentheses over its end mark not after a series mark, references or
names (two end marks); a signature by a dash or in parentheses (``فلان - جدة``, ``فلان (الدمام)``)
only over a source or tag line (over a related list or at the page's end it reads as a
caption or a headline as well: only ``فلان، الرياض`` is sure of its form there, as round 10
scores it); the series' earlier episodes stand in place of the related list and
previous / next links; a Telegram channel not over an episode's label.

Same options and table as ``benchmarks/parse_layouts.py`` (one row: ``--pages`` is the number of
pages).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import sys

from parse_labels import KINDS
from parse_layouts import CITIES, NAMES, SECTIONS, Layout, Parts, _page, _weekday, main
from parse_layouts_3 import _short
from parse_layouts_4 import _date
from parse_layouts_6 import COLUMNS
from parse_layouts_11 import _retitled
from parse_layouts_13 import (
    AGGREGATOR_NOTES,
    CONTENTS,
    EPISODES,
    HEADINGS,
    LEAD_INS,
    LISTEN,
    NOTES_HEADERS,
    OPINION_NOTES,
    PEOPLE,
    POEM,
    POSTS,
    PROMPTS,
    QUALIFICATIONS,
    REFERENCES,
    ROLES,
    SERIES_ENDS,
    SERIES_HEADERS,
    VENUES,
    VERSES,
    _site,
)
from parse_layouts_mix import _embedded
from parse_layouts_mix2 import (
    READ_ALSO,
    _after,
    _date_line,
    _decorate,
    _foot_byline,
    _head_byline,
    _headline,
    _meta_line,
    _related,
    _sign,
    _source,
    _tags,
)

from akhbar.model import Article, Page


def _card(p: Parts) -> list[str]:
    """Round 13's fact card: a profile or an event's details."""
    r, d = p.rng, p.main.day
    if r.random() < 0.5:
        born = dt.date(r.randint(1950, 1975), r.randint(1, 12), r.randint(1, 28))
        return [
            r.choice(["بطاقة تعريفية", "سيرة ذاتية", "السيرة الذاتية:"]),
            f"الاسم: {r.choice(PEOPLE)}",
            f"تاريخ الميلاد: {_date(born)}",
            f"مكان الميلاد: {r.choice(CITIES)}",
            f"المؤهل: {r.choice(QUALIFICATIONS)}",
            f"المنصب السابق: {r.choice(POSTS)}",
        ]
    when = d + dt.timedelta(days=r.randint(3, 20))
    return [
        r.choice(["تفاصيل الفعالية", "معلومات الحدث", "بيانات الفعالية:"]),
        f"الموعد: {_weekday(when)} {_date(when)}",
        f"المكان: {r.choice(CITIES)} - {r.choice(VENUES)}",
        "التوقيت: من 4:00 عصراً حتى 10:00 مساءً",
        r.choice(["الدخول: مجاني", "التسجيل: عبر الموقع الإلكتروني"]),
    ]


def _verses(p: Parts) -> list[str]:
    """Round 13's verse with its reference, or a poem's lines, under their lead-in."""
    r = p.rng
    if r.random() < 0.5:
        text, sura, aya = r.choice(VERSES)
        return [
            r.choice(["وافتتح كلمته بقوله تعالى:", "مستشهداً بقول الله تعالى:"]),
            *(
                [f"﴿{text}﴾ [{sura}: {aya}]"]
                if r.random() < 0.5
                else [f"﴿{text}﴾", f"(سورة {sura} - الآية {aya})"]
            ),
        ]
    sep = r.choice([" *** ", " ... ", " … ", "   "])
    k = r.randint(2, 3)
    start = r.randrange(0, len(POEM) - k + 1)
    return [
        r.choice(["وأنشد الشاعر في ختام الأمسية:", "واختتم كلمته بأبيات قال فيها:"]),
        *(f"{a}{sep}{b}" for a, b in POEM[start : start + k]),
    ]


def _names(p: Parts) -> list[str]:
    """Round 13's list of names under its lead-in."""
    r = p.rng
    names = r.sample(PEOPLE, r.randint(3, 6))
    style = r.choice(["bare", "numbered", "bullet", "role"])
    if style == "numbered":
        names = [f"{i}- {n}" for i, n in enumerate(names, 1)]
    elif style == "bullet":
        names = [f"• {n}" for n in names]
    elif style == "role":
        names = [f"{n} - {r.choice(ROLES)}" for n in names]
    return [r.choice(LEAD_INS), *names]


def _contents(p: Parts, paras: list[str]) -> tuple[list[str], list[str]]:
    """(the contents box, the body with each entry over its paragraphs)."""
    r = p.rng
    intro = paras[:1] if len(paras) >= 3 else []
    rest = paras[len(intro) :]
    k = r.randint(2, min(4, len(rest)))
    heads = r.sample(HEADINGS, k)
    style = r.choice(["numbered", "bullet", "bare"])
    toc = {
        "numbered": [f"{i}. {h}" for i, h in enumerate(heads, 1)],
        "bullet": [f"• {h}" for h in heads],
        "bare": list(heads),
    }[style]
    body = list(intro)
    cuts = [len(rest) * i // k for i in range(k + 1)]
    for h, (a, b) in zip(heads, itertools.pairwise(cuts), strict=True):
        body += [h, *rest[a:b]]
    return [r.choice(CONTENTS), *toc], body


def _footnoted(p: Parts, printed: list[str], body: list[str], paras: list[str]) -> list[str]:
    """Note marks on the first paragraphs (in place in ``printed`` and ``body``); the references."""
    r = p.rng
    plain = [x for x in paras if x in printed and x in body]  # (not numbered by a decoration)
    k = min(len(plain), r.randint(2, 3))
    mark = r.choice(["({})", "[{}]"])
    for i, para in enumerate(plain[:k]):
        marked = f"{para} {mark.format(i + 1)}"
        for lines in (printed, body):
            lines[lines.index(para)] = marked
    num = r.choice(["({}) ", "{}- ", "[{}] "])
    refs = [num.format(i + 1) + ref for i, ref in enumerate(r.sample(REFERENCES, k))]
    return [r.choice(NOTES_HEADERS), *refs]


def _insert_after_lead(printed: list[str], body: list[str], lead: str, block: list[str]) -> None:
    for lines in (printed, body):
        at = lines.index(lead) + 1
        lines[at:at] = block


def mixed3(p: Parts) -> tuple[list[str], Page]:
    """One page from independently drawn parts (see the module's docstring)."""
    r = p.rng
    if r.random() < 0.1:
        p = _retitled(p, r.choice(["figure", "quote"]))
    o = p.main.outlet
    headline, emoji = _headline(p)
    paras = list(p.main.paragraphs)

    chrome = [
        [f"الرئيسية / {r.choice(['أخبار', 'الأخبار'])} / {r.choice(SECTIONS)}"],
        [*(["القائمة"] * (r.random() < 0.5)), " | ".join(["الرئيسية", *r.sample(SECTIONS, 5)])],
        [r.choice([f"العدد {r.randint(15000, 17999)}", f"العدد: {r.randint(15000, 17999)}"])],
    ]
    top = [x for piece in r.sample(chrome, k=r.choice([0, 0, 1, 1, 2])) for x in piece]
    series = r.random() < 0.12
    if emoji and not top and not series and r.random() < 0.5:
        channel = r.choice([f"قناة {_short(o)}", f"أخبار {_short(o)}"])
        top += [channel, *r.choice([[], [f"Forwarded from {channel}"]])]
    prompt = list(r.choice(PROMPTS)) if r.random() < 0.15 else []
    prompt_top = r.random() < 0.5
    if prompt and prompt_top:
        top = [*prompt, *top]

    date_lines, published = _date_line(p, False)
    date_at = r.choice(["head", "head", "head", "top", "bottom", "meta", "none"])
    by_at = r.choice(["none", "none", "head", "date", "column", "bottom", "sign"])
    if date_at == "meta":
        by_at = "meta"
    if by_at == "column" and (top or series):
        by_at = "head"
    byline: str | None = None
    if date_at == "top":
        top += date_lines
    if by_at == "column":
        name = r.choice(NAMES)
        top += [name, r.choice(COLUMNS)] if r.random() < 0.7 else [r.choice(COLUMNS), name]
        byline = name
    if series:
        top.append(r.choice(EPISODES))

    head_lines: list[str] = []
    if by_at == "head":
        byline = _head_byline(p)
        head_lines.append(byline)
    dated = list(date_lines) if date_at == "head" else []
    if date_at == "meta":
        day_text = r.choice([_date(p.main.day), f"{_weekday(p.main.day)} {_date(p.main.day)}"])
        byline = _meta_line(p, day_text)
        dated = [byline]
        published = p.main.day.isoformat()
    if r.random() < 0.15:  # a listen bar under the date lines or over them
        bar = list(r.choice(LISTEN))
        dated = [*dated, *bar] if r.random() < 0.6 else [*bar, *dated]
    head_lines += dated
    if by_at == "date":
        byline = _head_byline(p)
        head_lines.append(byline)
    if date_at == "none":
        published = None

    inline: list[str] = []
    if r.random() < 0.12 and len(paras) >= 2:  # a contents box in place of the decorations
        box, body = _contents(p, paras)
        head_lines += box
        printed = list(body)
    else:
        printed, body, inline = _decorate(p, paras, dated=published is not None)
    lead = paras[0] if paras[0] in printed else printed[0]
    blocks: list[list[str]] = []
    if r.random() < 0.12 and date_at != "none":
        blocks.append(_card(p))
    if r.random() < 0.12:
        blocks.append(_verses(p))
    if r.random() < 0.12:
        blocks.append(_names(p))
    ending: list[str] = []
    for block in blocks:
        if not ending and r.random() < 0.4:
            ending = block
        else:
            _insert_after_lead(printed, body, lead, block)
    if not ending and r.random() < 0.1 and any(x in printed for x in paras):
        ending = _footnoted(p, printed, body, paras)
    if series:
        ending = [*ending, r.choice(SERIES_ENDS)]
    printed += ending
    body += ending

    foot: list[str] = []
    body_tail: list[str] = []
    if by_at == "bottom" or (by_at == "sign" and not ending and printed[-1] == paras[-1]):
        lines_, byline, body_tail = _foot_byline(p) if by_at == "bottom" else _sign(p)
        foot += lines_
    elif by_at == "sign":
        byline = None
    src_lines, source, src_body = _source(p) if r.random() < 0.75 else ([], None, [])
    if src_lines and src_lines[0].startswith("(") and (foot or ending):
        src_lines, source, src_body = [f"المصدر: {o}"], o, []
    tail = [*foot, *src_lines]
    if date_at == "bottom":
        tail.append(f"{r.choice(KINDS['date'][2])} {_date(p.main.day)}")
        published = p.main.day.isoformat()
    tag_lines = _tags(p) if r.random() < 0.85 else []
    if by_at == "sign" and foot and "،" not in foot[0] and not (src_lines or tag_lines):
        # a name and a place by a dash or in parentheses closing the page's text signs it
        # over a source or tag line only (over a related list it reads as a headline or a
        # caption as well): the source line is printed (no draw: the other parts stay)
        src_lines, source, src_body = [f"المصدر: {o}"], o, []
        tail = [*foot, *src_lines, *tail[len(foot) :]]
    if r.random() < 0.15:  # the site's disclaimer before, between or after the source and tags
        note = r.choice([*OPINION_NOTES, *AGGREGATOR_NOTES]).format(site=_site(o), outlet=o)
        around = [*tail, *tag_lines]
        at = r.choice([len(foot), len(tail), len(around)])
        lines_after = [*around[:at], note, *around[at:]]
    else:
        lines_after = [*tail, *tag_lines]

    embedded: tuple[Article, ...] = ()
    emb_lines: list[str] = []
    if r.random() < 0.15:
        emb_lines, emb = _embedded(p)
        emb_lines[0] = r.choice(READ_ALSO)
        embedded = (emb,)
    rel: list[str] = []
    rel_lines: list[str] = []
    if series:
        rel = p.related[: r.randint(2, 3)]
        rel_lines = [r.choice(SERIES_HEADERS), *rel]
    elif r.random() < 0.6:
        rel = p.related[:3]
        rel_lines = _related(p, rel)
    after = _after(p)
    closing = [*rel_lines, *after] if r.random() < 0.5 else [*after, *rel_lines]
    if prompt and not prompt_top:
        closing += prompt

    lines = [*top, headline, *head_lines, *printed, *lines_after, *emb_lines, *closing]
    _, page = _page(
        p,
        lines,
        published=published,
        source=source,
        byline=byline,
        related=[*inline, *rel],
        embedded=embedded,
        body=(*body, *body_tail, *src_body),
    )
    gold = dataclasses.replace(
        page.main, headline=headline, tags=tuple(p.tags) if tag_lines else ()
    )
    return lines, dataclasses.replace(page, main=gold)


LAYOUTS: dict[str, Layout] = {"mixed3": mixed3}

if __name__ == "__main__":
    sys.exit(main(layouts=LAYOUTS, doc=__doc__ or ""))
