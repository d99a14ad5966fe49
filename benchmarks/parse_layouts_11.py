"""An eleventh round of page layouts neither the dev pages nor the first ten rounds use, gold
known by construction.

    python benchmarks/parse_layouts_11.py [--pages N] [--seed S] [--misses] [--write DIR] [--json]

Built like ``benchmarks/parse_layouts.py`` (real SaudiNewsNet articles printed into plain-text
pages) with forms the earlier rounds lack. How each is scored (SCHEMA.md decides; where it is
silent, the dev golds and the earlier rounds do):

- **Tags that are label words**: one tag a line under a tags header (``الوسوم``, ``الكلمات
  الدلالية:``, ``كلمات مفتاحية``), some of them words a page also prints as buttons or labels
  (``فيديو``, ``صور``, ``عاجل``, ``مشاركة``, ``تعليقات``, ``المصدر``, ``طباعة``): **tags**, in
  order (round 1 reads one tag a line under a header; what stands under the header decides, not
  the word), the list closed by the related header or the page's end.
- **A two-word headline over the date and the score** (``ديربي الرياض`` over ``الأحد 9 أغسطس
  2015`` over ``الهلال 2 - 1 النصر``): the two words are the **headline**, as printed; the score
  line is **body** (round 10's match reports keep it), never the headline (a score has goals).
- **Wire headlines**: ``عنوان / إضافة أولى``, ``عنوان / إضافة ثانية واخيرة``, ``عاجل / عنوان``,
  ``عام / عنوان``, ``عنوان (تحديث)``, ``عنوان - تحديث 2``: the **headline as printed**, marks
  kept (round 4 keeps ``عاجل:`` / ``تحديث:``, round 9 ``(محدّث)``), over a date line or over
  SPA's dateline alone (``الرياض 24 شوال 1436 هـ الموافق 09 أغسطس 2015 م واس``, its wire copy
  with ``// انتهى //`` and the wire time): the dateline is **body** as the dev golds keep it
  (dev-0045, -0077), and with no date line ``published`` is its Gregorian day (round 5's
  dateline opening the lead: the dispatch's date, printed, not a guess).
- **Print-edition pages of Gulf papers**: the Hijri date first with the Gregorian one after a
  dash (``الأحد 24 شوال 1436 هـ - 9 أغسطس 2015 م``, ``24 شوال 1436هـ - 09 أغسطس 2015م``), the
  issue's number (``العدد 15412``, ``العدد: 17203``, ``السنة 51 - العدد 15412``) and the page
  (``الصفحة: محليات``, ``الصفحة 12``) over or under it: ``published`` is the Gregorian
  day; the issue and page lines are the paper's furniture, **discarded** (as round 10's pager).
- **Datelines naming the paper in quotes**, with a dash or a tatweel (``الرياض ـ «الحياة»``,
  ``جدة - «عكاظ»``, ``دبي - "الخليج"``, ``الدمام ـ فلان``) under the date: the **byline, as
  printed** (round 1's ``واس - الرياض``); the same dateline opening the lead (``القاهرة ـ «القدس
  العربي»: …``) is **body** (round 2).
- **Obituaries**: an optional ``وفيات`` / ``نعي`` kicker (discarded, round 2), ``فلان في ذمة
  الله`` as the headline, the date, then ``إنا لله وإنا إليه راجعون``, the death, the prayer and
  the condolences, each a line, the caption of the deceased's photo (``فلان (رحمه الله)``,
  ``فلان رحمه الله``, ``الفقيد فلان``) under the date or the lead and maybe ``رحمه الله`` over
  the source line: **body, as printed** (rounds 2 and 4 keep captions); a name with a prayer
  for the dead is no byline, under the date or at the foot.
- **Labels stretched with a tatweel or marked with RLM / NBSP** (``المصـدر:``, ``الكلمـات
  الدلاليـة:\u200f``, ``تاريـخ النشـر\u200f:``, ``بقلـم:``, an RLM before the label too): the
  labels read as their plain forms; the fields are the text after them (a mark before or after
  the colon is the label's, as a space there is), the byline **as printed**, label included
  (round 1 keeps ``بقلم: فلان``).
- **Headlines opening with a figure** (``10 آلاف متبرع …``, ``1.7 مليون برميل …``, ``٥٠٪ من
  …``: real titles of the corpus): the **headline**, never a date or a data line.
- **Quoted headlines with the speaker**: a title with ``«…»`` as printed, ``المتحدث: «عنوان»``,
  ``«عنوان».. المتحدث``: the **headline as printed**, quotes kept.
- **Gulf agency bulletins**: KUNA's lead ``الكويت - 9 - 8 (كونا) -- …`` and its end ``(النهاية)``
  over the editors' initials (``ع ب ر / ع ك``) and the wire code (``كونا091530 جمت اغس 15``),
  WAM's ``أبوظبي في 9 أغسطس / وام / …`` and ``وام/ع ا/ز م``: **body, as printed** (round 5
  keeps SPA's end marks, initials and wire time as the dev golds do); ``published`` is the date
  line.

Same options and table as ``benchmarks/parse_layouts.py``.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import sys

from hijridate import Gregorian
from parse_layouts import (
    CITIES,
    MONTHS,
    NAMES,
    Item,
    Layout,
    Parts,
    _clock,
    _page,
    _rel,
    _weekday,
    hijri_muwafiq,
    load_items,
    main,
    pick_tags,
)
from parse_layouts_4 import _date, _short
from parse_layouts_10 import _score_line, _tags_line

from akhbar.model import Page

LABEL_TAGS = ("فيديو", "صور", "عاجل", "مشاركة", "تعليقات", "المصدر", "طباعة", "إنفوجرافيك")
TWO_WORDS = (
    "ديربي الرياض",
    "كلاسيكو جدة",
    "الهلال يتصدر",
    "النصر يسقط",
    "فوز ثمين",
    "تعادل مثير",
    "ليلة زرقاء",
    "الأهلي بطلاً",
    "الاتحاد يعود",
)
PAPERS = ("«الحياة»", "«عكاظ»", '"الخليج"', "«الرياض»", "«الشرق الأوسط»", "«اليوم»")
SPEAKERS = ("وزير الصحة", "الجبير", "أمير الرياض", "متحدث التحالف", "رئيس هيئة الترفيه")


def _with_headline(page: Page, headline: str) -> Page:
    return dataclasses.replace(page, main=dataclasses.replace(page.main, headline=headline))


def label_word_tags(p: Parts) -> tuple[list[str], Page]:
    """One tag a line under a header, one or two of them words pages also print as labels."""
    r, d, o = p.rng, p.main.day, p.main.outlet
    tags = list(p.tags)
    for w in r.sample(LABEL_TAGS, k=r.randint(1, 2)):
        tags.insert(r.randint(0, len(tags)), w)
    rel = _rel(p) if r.random() < 0.6 else []
    lines = [
        p.main.title,
        f"{_weekday(d)} {_date(d)} - {_clock(r)} م",
        *p.main.paragraphs,
        f"المصدر: {o}",
        r.choice(["الوسوم", "الكلمات الدلالية:", "كلمات مفتاحية", "الوسوم:"]),
        *tags,
        *([r.choice(["أخبار ذات صلة", "اقرأ أيضاً"]), *rel] if rel else []),
    ]
    p.tags = tags
    return _page(p, lines, published=d.isoformat(), source=o, related=rel)


def short_headline_score(p: Parts) -> tuple[list[str], Page]:
    """A two-word headline over a date line over the match's score, then the report."""
    r, d, o = p.rng, p.main.day, p.main.outlet
    title = r.choice(TWO_WORDS)
    date = r.choice(
        [
            f"{_weekday(d)} {_date(d)}",
            f"{_date(d)} - {_clock(r)} م",
            f"{d.day:02d}/{d.month:02d}/{d.year}",
            hijri_muwafiq(d),
        ]
    )
    score = _score_line(p)
    body = (score, *p.main.paragraphs)
    lines = [title, date, *body, f"المصدر: {o}", _tags_line(p)]
    page = _page(p, lines, published=d.isoformat(), source=o, body=body)[1]
    return lines, _with_headline(page, title)


def wire_headlines(p: Parts) -> tuple[list[str], Page]:
    """A wire headline with its add-on, flash or update mark, as the agency prints it."""
    r, d = p.rng, p.main.day
    t = p.main.title
    title = r.choice(
        [
            f"{t} / إضافة أولى",
            f"{t} / إضافة ثانية",
            f"{t} / إضافة ثانية واخيرة",
            f"عاجل / {t}",
            f"عام / {t}",
            f"{t} (تحديث)",
            f"{t} - تحديث 2",
        ]
    )
    agency = r.choice(["واس", "رويترز", "أ ف ب"])
    if r.random() < 0.5:
        date = r.choice(
            [f"{_weekday(d)} {_date(d)}", f"{d.day:02d}/{d.month:02d}/{d.year} {_clock(r, 23)}"]
        )
        lines = [title, date, *p.main.paragraphs, f"المصدر: {agency}", _tags_line(p, "الوسوم:")]
        page = _page(p, lines, published=d.isoformat(), source=agency)[1]
        return lines, _with_headline(page, title)
    # SPA's wire copy: its dateline on a line of its own, the end mark and the wire time
    h = Gregorian(d.year, d.month, d.day).to_hijri()
    dateline = (
        f"{r.choice(CITIES)} {h.day} {h.month_name('ar')} {h.year} هـ الموافق "
        f"{d.day:02d} {r.choice(['أغسطس', 'اغسطس'])} {d.year} م واس"
    )
    body = (dateline, *p.main.paragraphs, "// انتهى //", f"{_clock(r, 23)} ت م")
    lines = [title, *body, "المصدر: وكالة الأنباء السعودية"]
    page = _page(p, lines, published=d.isoformat(), source="وكالة الأنباء السعودية", body=body)[1]
    page = dataclasses.replace(page, main=dataclasses.replace(page.main, tags=()))
    return lines, _with_headline(page, title)


def _hijri_first(p: Parts) -> str:
    d = p.main.day
    h = Gregorian(d.year, d.month, d.day).to_hijri()
    hijri = f"{h.day} {h.month_name('ar')} {h.year}"
    return p.rng.choice(
        [
            f"{_weekday(d)} {hijri} هـ - {_date(d)} م",
            f"{hijri}هـ - {d.day:02d} {MONTHS[d.month - 1]} {d.year}م",
            f"{_weekday(d)} {hijri}هـ الموافق {_date(d)}م",
        ]
    )


def gulf_print_edition(p: Parts) -> tuple[list[str], Page]:
    """The Hijri date first, the issue's number and the page of a paper's print edition."""
    r, d = p.rng, p.main.day
    issue = r.randint(15000, 17999)
    meta = [
        r.choice(
            [f"العدد {issue}", f"العدد: {issue}", f"السنة {r.randint(40, 55)} - العدد {issue}"]
        ),
        r.choice(
            [f"الصفحة: {r.choice(['محليات', 'اقتصاد', 'الأخيرة'])}", f"الصفحة {r.randint(2, 40)}"]
        ),
    ]
    meta = meta[: r.randint(1, 2)]
    date = _hijri_first(p)
    top = [*meta, date] if r.random() < 0.5 else [date, *meta]
    lines = [p.main.title, *top, *p.main.paragraphs, _tags_line(p)]
    if r.random() < 0.5:
        lines = [*top, p.main.title, *p.main.paragraphs, _tags_line(p)]
    return _page(p, lines, published=d.isoformat())


def quoted_paper_dateline(p: Parts) -> tuple[list[str], Page]:
    """A dateline naming the paper in quotes (or a writer) after a dash or a tatweel, on its
    own line under the date, or opening the lead."""
    r, d = p.rng, p.main.day
    dash = r.choice([" ـ ", " - "])
    who = r.choice([*PAPERS, r.choice(NAMES)])
    line = f"{r.choice(CITIES)}{dash}{who}"
    date = f"{_weekday(d)} {_date(d)}"
    if r.random() < 0.6:
        lines = [p.main.title, date, line, *p.main.paragraphs, _tags_line(p)]
        return _page(p, lines, published=d.isoformat(), byline=line)
    lead, *rest = p.main.paragraphs
    body = (f"{line}: {lead}", *rest)
    lines = [p.main.title, date, *body, _tags_line(p)]
    return _page(p, lines, published=d.isoformat(), body=body)


def obituary(p: Parts) -> tuple[list[str], Page]:
    """A death notice: the deceased's name in the headline, the prayer and condolence lines."""
    r, d, o = p.rng, p.main.day, p.main.outlet
    name, city = r.choice(NAMES), r.choice(CITIES)
    title = r.choice(
        [f"{name} في ذمة الله", f"الزميل {name} إلى رحمة الله", f"والدة الزميل {name} في ذمة الله"]
    )
    body = [
        "إنا لله وإنا إليه راجعون",
        f"انتقل إلى رحمة الله تعالى {name} عن عمر ناهز {r.randint(55, 90)} عاماً بعد معاناة "
        f"مع المرض، وذلك في {city}.",
        f"وسيُصلّى على الفقيد بعد صلاة العصر اليوم في الجامع الكبير ب{city}، ويوارى الثرى في "
        "مقبرة المدينة.",
        "ويُقبل العزاء في منزل الفقيد للرجال، وللنساء في منزل ابنه الأكبر، لمدة ثلاثة أيام.",
        f"و«{_short(o)}» إذ تنعى الفقيد تتقدم بأحر التعازي وصادق المواساة لأسرته وذويه، سائلة "
        "المولى أن يتغمده بواسع رحمته.",
    ]
    body = body[: r.randint(3, 5)]
    if r.random() < 0.6:  # the deceased's photo and its caption, under the date or the lead
        caption = r.choice([f"{name} (رحمه الله)", f"{name} رحمه الله", f"الفقيد {name}"])
        body.insert(r.choice([0, 2]), caption)
    if r.random() < 0.3:
        body.append("رحمه الله")
    kicker = [r.choice(["وفيات", "نعي"])] if r.random() < 0.5 else []
    source = r.choice([None, o])
    foot = [f"المصدر: {source}"] if source else []
    lines = [*kicker, title, f"{_weekday(d)} {_date(d)}", *body, *foot]
    page = _page(p, lines, published=d.isoformat(), source=source, body=tuple(body))[1]
    page = dataclasses.replace(page, main=dataclasses.replace(page.main, tags=()))
    return lines, _with_headline(page, title)


def stretched_labels(p: Parts) -> tuple[list[str], Page]:
    """Labels stretched with a tatweel, or an RLM / NBSP after their colon."""
    r, d, o = p.rng, p.main.day, p.main.outlet

    def label(*spellings: str) -> str:
        """A label spelled one way or another, an RLM / NBSP before or after its colon."""
        colon = r.choice([":\u200f", "\u200f:", ":\u00a0", ":\u200f ", "\u200f: ", ": "])
        return r.choice(["", "\u200f"]) + r.choice(spellings) + colon

    byline = f"{r.choice(['بقلـم', 'كتـب', 'بقلم'])}: {r.choice(NAMES)}"
    date = label("تاريـخ النشـر", "تاريخ النشـر", "نشـر في") + _date(d)
    source = label("المصـدر", "المصدر", "المـصـدر") + o
    tags = label("الكلمـات الدلاليـة", "الوسـوم", "الكلمات الدلاليـة") + "، ".join(p.tags)
    lines = [p.main.title, byline, date, *p.main.paragraphs, source, tags]
    return _page(p, lines, published=d.isoformat(), source=o, byline=byline)


@functools.cache
def _titled(kind: str) -> tuple[Item, ...]:
    """Clean corpus articles whose title opens with a figure, or holds a quote in «»."""
    items = [it for it in load_items() if it.clean]
    if kind == "figure":
        return tuple(it for it in items if re.match(r"[0-9٠-٩]", it.title))
    return tuple(it for it in items if "«" in it.title)


def _retitled(p: Parts, kind: str) -> Parts:
    item = p.rng.choice(_titled(kind))
    return dataclasses.replace(p, main=item, tags=pick_tags(item, p.rng))


def figure_headlines(p: Parts) -> tuple[list[str], Page]:
    """A real title opening with a figure, over the date or under it."""
    q = _retitled(p, "figure")
    r, d, o = q.rng, q.main.day, q.main.outlet
    date = r.choice([f"{_weekday(d)} {_date(d)}", f"{d.day:02d}-{d.month:02d}-{d.year}"])
    top = [q.main.title, date] if r.random() < 0.7 else [date, q.main.title]
    lines = [*top, *q.main.paragraphs, f"المصدر: {o}", _tags_line(q)]
    return _page(q, lines, published=d.isoformat(), source=o)


def quoted_headlines(p: Parts) -> tuple[list[str], Page]:
    """A title with a quote in «», or a speaker and a quote, as printed."""
    q = _retitled(p, "quote")
    r, d, o = q.rng, q.main.day, q.main.outlet
    t, who = q.main.title, r.choice(SPEAKERS)
    title = r.choice([t, t, f"{who}: «{t.replace('«', '').replace('»', '')}»", f"«{t}».. {who}"])
    rel = _rel(q)
    lines = [
        title,
        f"{_date(d)} - {_clock(r)} م",
        *q.main.paragraphs,
        f"المصدر: {o}",
        _tags_line(q),
        "أخبار ذات صلة",
        *rel,
    ]
    page = _page(q, lines, published=d.isoformat(), source=o, related=rel)[1]
    return lines, _with_headline(page, title)


def gulf_agency_bulletin(p: Parts) -> tuple[list[str], Page]:
    """KUNA's and WAM's dateline leads and end codes under the date line."""
    r, d = p.rng, p.main.day
    lead, *rest = p.main.paragraphs
    if r.random() < 0.5:
        head = f"الكويت - {d.day} - {d.month} (كونا) -- {lead}"
        tail = ["(النهاية)", r.choice(["ع ب ر / ع ك", "ح/ب", "م ع / ع ج"])]
        tail.append(f"كونا{d.day:02d}{_clock(r, 23).replace(':', '')} جمت اغس {d.year % 100}")
        agency = "كونا"
    else:
        head = f"أبوظبي في {d.day} {MONTHS[d.month - 1]} / وام / {lead}"
        tail = [r.choice(["وام/ع ا/ز م", "وام/ح ب/ع ع"])]
        agency = "وام"
    body = (head, *rest, *tail[: r.randint(1, len(tail))])
    lines = [
        p.main.title,
        f"{_weekday(d)} {_date(d)} - {_clock(r)} م",
        *body,
        *([f"المصدر: {agency}"] if r.random() < 0.5 else []),
        _tags_line(p),
    ]
    source = agency if f"المصدر: {agency}" in lines else None
    return _page(p, lines, published=d.isoformat(), source=source, body=body)


LAYOUTS: dict[str, Layout] = {
    f.__name__: f
    for f in (
        label_word_tags,
        short_headline_score,
        wire_headlines,
        gulf_print_edition,
        quoted_paper_dateline,
        obituary,
        stretched_labels,
        figure_headlines,
        quoted_headlines,
        gulf_agency_bulletin,
    )
}

if __name__ == "__main__":
    sys.exit(main(layouts=LAYOUTS, doc=__doc__ or ""))
