"""An eighth round of page layouts neither the dev pages nor the first seven rounds use, gold
known by construction.

    python benchmarks/parse_layouts_8.py [--pages N] [--seed S] [--misses] [--write DIR] [--json]

Built like ``benchmarks/parse_layouts.py`` (real SaudiNewsNet articles printed into plain-text
pages) with forms the earlier rounds lack. How each is scored (SCHEMA.md decides; where it is
silent, the dev golds and the earlier rounds do):

- **One meta line holding the date with a byline, a section or a reading time**, in orders the
  earlier rounds lack (``بقلم فلان - 9 أغسطس 2015``, ``9 أغسطس 2015 | كتب: فلان | القسم:
  محليات``, ``فلان | محليات | 9 أغسطس 2015 - 10:30 م``, ``9 أغسطس 2015 • 4 دقائق قراءة •
  فلان``): ``published`` is its date; when it names a writer it is the **byline, as printed,
  the whole line** (round 1's ``كتب: فلان | الأحد …`` and round 2's ``X | date`` are); a line
  of a section, the date and a reading time names nobody: no byline.
- **Key points over the body** (``أبرز النقاط`` / ``باختصار`` / ``ملخص`` / ``النقاط
  الرئيسية`` over two to four points, bulleted or not, between the date and the lead): **body,
  as printed**, header and all: the editors wrote them as the article's text (SCHEMA's body is
  the paragraphs as printed; round 2 keeps ``وتضمنت أبرز النقاط ما يلي:`` and its list, round 7
  keeps ``أبرز المحطات:`` and its entries).
- **Explainers**: a lead, then short question headings (``ما هو …؟``, ``لماذا …؟``, ``كيف
  …؟``, ``س: …؟``) each over its answer (``ج: …`` or a plain paragraph): **body, as printed**
  (round 4 keeps numbered sub-headings, round 2 ``س:`` / ``ج:`` interview lines); a question
  under the date is no byline and no headline.
- **One-sentence paragraphs** (Youm7): ``كتب فلان`` (no colon: the byline, as printed) over the
  date, then the article one sentence a line, the first shorter than the headline (a clause
  ending with ``،``): **body, as printed**.
- **Tags in new forms**: ``#a#b#c`` run together, ``#a | #b`` on one line, a header
  (``الكلمات المفتاحية`` / ``الوسوم:``) over the tags on the next line split by `` • `` or
  by spaces (single-word tags only: spaces cannot tell a two-word tag): the tags, in order,
  ``_`` read as a space.
- **Decorated related items**: each headline under ``أخبار ذات صلة`` / ``اقرأ أيضاً`` … with a
  section before it (``رياضة | عنوان`` or ``رياضة`` on the line above), a view count after it
  (``عنوان 1234 مشاهدة``, ``عنوان (1234 مشاهدة)``, or ``1234 مشاهدة`` under it), or its
  thumbnail's alt text (the same headline, or ``صورة تعبيرية``) on the line above: the related
  headline is the title alone, once; the section, count and alt line are discarded.
- **Date forms**: ``٩ أغسطس ٢٠١٥م`` (Eastern digits, ``م`` glued), ``الأحد 9 من أغسطس 2015``,
  ``أغسطس 9, 2015`` (WordPress's default order), ``9 أغسطس، 2015``, ``منذ 3 ساعات | 9 أغسطس
  2015`` (a relative time beside the date: the date), ``9 أغسطس 2015 - 10:30 ص بتوقيت مكة
  المكرمة`` (a Mecca time: kept with ``+03:00``, as round 1's ``(بتوقيت مكة)``), ``09 أغسطس
  2015 ، 10:30 صباحاً``: ``published`` is the day (with the time and offset for Mecca time).
- **French labels** (Maghreb sites): ``Publié le 09/08/2015 à 10h30`` / ``Publié le : 9 août
  2015`` (the date line, the day: a time without its offset is not kept), ``Mis à jour le …``
  (never the date when ``Publié`` is printed), ``Par فلان`` (the byline, as printed, as round 5
  keeps ``By فلان``), ``Source : X`` (the source), ``Mots-clés : a, b`` / ``Tags : a, b`` (the
  tags), ``Lire aussi`` / ``À lire aussi`` / ``Articles similaires`` (related lists),
  ``Partager``, ``Commentaires (0)``, ``Tous droits réservés`` (discarded).

Same options and table as ``benchmarks/parse_layouts.py``.
"""

from __future__ import annotations

import re
import sys

from parse_layouts import (
    EASTERN,
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
from parse_layouts_2 import _clauses
from parse_layouts_4 import _date

from akhbar.model import Page

FRENCH_MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)
POINTS_HEADERS = ("أبرز النقاط", "باختصار", "ملخص", "النقاط الرئيسية", "أبرز ما جاء في الخبر:")
RELATED_HEADERS = ("أخبار ذات صلة", "اقرأ أيضاً", "مواضيع ذات صلة", "قد يهمك أيضاً")
QUESTION_WORDS = ("ما هو", "ما هي", "لماذا", "كيف", "متى", "ما أبرز")
_SENTENCE = re.compile(r"(?<=[.!؟])\s+")


def _tags_line(p: Parts, label: str = "كلمات دلالية:") -> str:
    return f"{label} " + "، ".join(p.tags)


def _name_with(p: Parts) -> tuple[str, str]:
    r = p.rng
    name = r.choice(NAMES)
    return name, r.choice([f"كتب: {name}", f"بقلم {name}", f"بقلم: {name}", name])


def meta_one_line(p: Parts) -> tuple[list[str], Page]:
    """The date with the byline, the section or a reading time on one line, in new orders."""
    r, d, o = p.rng, p.main.day, p.main.outlet
    name, credit = _name_with(p)
    sec = r.choice(SECTIONS)
    read = r.choice([f"{r.randint(2, 9)} دقائق قراءة", f"مدة القراءة: {r.randint(2, 9)} دقائق"])
    day = r.choice([_date(d), f"{_weekday(d)} {_date(d)}", f"{d.day}/{d.month}/{d.year}"])
    style = r.randrange(5)
    named = True
    if style == 0:
        meta = f"{credit} - {day}"
    elif style == 1:
        meta = f"{day} | {credit} | القسم: {sec}"
    elif style == 2:
        meta = f"{name} | {sec} | {day} - {_clock(r)} م"
    elif style == 3:
        meta = f"{day} • {read} • {credit}"
    else:
        meta, named = f"{sec} | {day} | {read}", False
    lines = [
        p.main.title,
        meta,
        *p.main.paragraphs,
        f"المصدر: {o}",
        _tags_line(p),
    ]
    return _page(p, lines, published=d.isoformat(), source=o, byline=meta if named else None)


def _points(p: Parts, k: int) -> list[str]:
    got = [c for t in p.main.paragraphs for c in _clauses(t, 2)]
    return got[:k] or [p.other.title]


def key_points_top(p: Parts) -> tuple[list[str], Page]:
    """A key-points box between the date (or byline) and the lead: body, as printed."""
    r, d, o = p.rng, p.main.day, p.main.outlet
    bullet = r.choice(["• ", "- ", "* ", "✓ ", ""])
    box = [r.choice(POINTS_HEADERS), *(bullet + c for c in _points(p, r.randint(2, 4)))]
    byline = r.choice([None, f"كتب: {r.choice(NAMES)}"])
    body = (*box, *p.main.paragraphs)
    lines = [
        p.main.title,
        *([byline] if byline else []),
        r.choice([f"{_weekday(d)} {_date(d)}", f"نشر في: {_date(d)} - {_clock(r)} م"]),
        *body,
        f"المصدر: {o}",
        _tags_line(p, "الوسوم:"),
    ]
    return _page(p, lines, published=d.isoformat(), source=o, byline=byline, body=body)


def _question(p: Parts, k: int) -> str:
    words = p.related[k % len(p.related)].split() if p.related else p.other.title.split()
    return f"{p.rng.choice(QUESTION_WORDS)} {' '.join(words[: min(7, len(words))])}؟"


def explainer_faq(p: Parts) -> tuple[list[str], Page]:
    """A lead, then question headings each over its answer: body, as printed."""
    r, d, o = p.rng, p.main.day, p.main.outlet
    paras = list(p.main.paragraphs)
    qa = r.random() < 0.4
    body: list[str] = [] if r.random() < 0.3 else [paras.pop(0)]
    for k, para in enumerate(paras):
        q = _question(p, k)
        body += [f"س: {q}", f"ج: {para}"] if qa else [q, para]
    if not paras:
        body.append(_question(p, 0))
    lines = [
        p.main.title,
        r.choice([f"{_weekday(d)} {_date(d)}", f"{_date(d)} - {_clock(r)} ص"]),
        *body,
        f"المصدر: {o}",
        _tags_line(p),
    ]
    return _page(p, lines, published=d.isoformat(), source=o, body=tuple(body))


def _sentences(p: Parts) -> list[str]:
    out = [s for para in p.main.paragraphs for s in _SENTENCE.split(para) if s]
    first = out[0]
    cut = first.find("، ")
    if cut > 0 and len(first[: cut + 1]) < len(p.main.title):
        out[:1] = [first[: cut + 1], first[cut + 2 :]]
    return [s for s in out if s]


def short_paragraphs(p: Parts) -> tuple[list[str], Page]:
    """Youm7: ``كتب فلان`` over the date, then one sentence a line (the first a short clause)."""
    r, d, o = p.rng, p.main.day, p.main.outlet
    byline = r.choice([f"كتب {r.choice(NAMES)}", f"كتبت {r.choice(NAMES)}"])
    hh, mm = r.randint(1, 12), r.randint(0, 59)
    date = r.choice(
        [
            f"{_weekday(d)}، {d.day:02d} {MONTHS[d.month - 1]} {d.year} {hh:02d}:{mm:02d} م",
            f"{_weekday(d)}، {d.day:02d} {MONTHS[d.month - 1]} {d.year}",
        ]
    )
    body = tuple(_sentences(p))
    lines = [
        p.main.title,
        byline,
        date,
        *body,
        *r.choice([[f"المصدر: {o}"], []]),
        _tags_line(p),
    ]
    source = o if lines[-2] == f"المصدر: {o}" else None
    return _page(p, lines, published=d.isoformat(), source=source, byline=byline, body=body)


def tags_forms_8(p: Parts) -> tuple[list[str], Page]:
    """Tags run together as hashtags, joined by ``|``, or on the line under their header
    split by ``•`` or spaces."""
    r, d, o = p.rng, p.main.day, p.main.outlet
    style = r.randrange(5)
    tags = p.tags
    if style == 4:  # spaces split the tags: single words only
        single = [t for t in tags if " " not in t]
        p.tags = single if len(single) >= 2 else [*single, "السعودية", "المملكة"][:3]
        tags = p.tags
    hashed = ["#" + t.replace(" ", "_") for t in tags]
    if style == 0:
        block = ["".join(hashed)]
    elif style == 1:
        block = [" | ".join(hashed)]
    elif style == 2:
        block = [r.choice(["#وسوم", "الوسوم:", "هاشتاقات"]), " ".join(hashed)]
    elif style == 3:
        block = [r.choice(["الكلمات المفتاحية", "الكلمات المفتاحية:"]), " • ".join(tags)]
    else:
        block = [r.choice(["الوسوم:", "وسوم:", "الكلمات الدلالية:"]), " ".join(tags)]
    lines = [
        p.main.title,
        f"{_weekday(d)} {_date(d)}",
        *p.main.paragraphs,
        f"المصدر: {o}",
        *block,
        r.choice(RELATED_HEADERS),
        *_rel(p),
    ]
    return _page(p, lines, published=d.isoformat(), source=o, related=_rel(p))


def related_decorated(p: Parts) -> tuple[list[str], Page]:
    """Related items with a section before them, a view count after them, or their thumbnail's
    alt text above them: the headline alone, once."""
    r, d, o = p.rng, p.main.day, p.main.outlet
    rel = _rel(p, r.choice([3, 4]))
    style = r.randrange(6)
    items: list[str] = []
    for t in rel:
        n = r.randint(120, 98000)
        sec = r.choice(SECTIONS)
        items += [
            [f"{sec} | {t}"],
            [sec, t],
            [f"{t} {n} مشاهدة"],
            [f"{t} ({n} مشاهدة)"] if r.random() < 0.5 else [t, f"{n} مشاهدة"],
            [t, t],
            ["صورة تعبيرية", t],
        ][style]
    lines = [
        p.main.title,
        f"{_date(d)} - {_clock(r)} م",
        *p.main.paragraphs,
        f"المصدر: {o}",
        _tags_line(p),
        r.choice(RELATED_HEADERS),
        *items,
    ]
    return _page(p, lines, published=d.isoformat(), source=o, related=rel)


def date_forms_8(p: Parts) -> tuple[list[str], Page]:
    """Date lines in forms the earlier rounds lack (Eastern digits with ``م``, ``9 من أغسطس``,
    WordPress's ``أغسطس 9, 2015``, a relative time beside the date, a Mecca time)."""
    r, d, o = p.rng, p.main.day, p.main.outlet
    m = MONTHS[d.month - 1]
    hh, mm = r.randint(1, 12), r.randint(0, 59)
    half = r.choice("صم")
    h24 = hh % 12 + (12 if half == "م" else 0)
    published = d.isoformat()
    style = r.randrange(7)
    if style == 0:
        line = f"{d.day} {m} {d.year}م".translate(EASTERN)
        line = r.choice([line, f"{_weekday(d)} {line}"])
    elif style == 1:
        line = f"{_weekday(d)} {d.day} من {m} {d.year}"
    elif style == 2:
        line = f"{m} {d.day}, {d.year}"
    elif style == 3:
        line = f"{d.day} {m}، {d.year}"
    elif style == 4:
        ago = r.choice(["منذ 3 ساعات", "منذ ساعتين", "منذ 45 دقيقة"])
        line = r.choice([f"{ago} | {_date(d)}", f"{_date(d)} - {ago}"])
    elif style == 5:
        line = f"{_date(d)} - {hh:02d}:{mm:02d} {half} بتوقيت مكة المكرمة"
        published = f"{d.isoformat()}T{h24:02d}:{mm:02d}+03:00"
    else:
        word = "صباحاً" if half == "ص" else "مساءً"
        line = f"{d.day:02d} {m} {d.year} ، {hh:02d}:{mm:02d} {word}"
    lines = [
        p.main.title,
        line,
        *p.main.paragraphs,
        f"المصدر: {o}",
        _tags_line(p),
    ]
    return _page(p, lines, published=published, source=o)


def french_labels(p: Parts) -> tuple[list[str], Page]:
    """A Maghreb site's French labels around an Arabic article."""
    r, d, o = p.rng, p.main.day, p.main.outlet
    fr = f"{d.day} {FRENCH_MONTHS[d.month - 1]} {d.year}"
    hm = f"{r.randint(7, 22)}h{r.randint(0, 59):02d}"
    pub = r.choice(
        [
            f"Publié le {d.day:02d}/{d.month:02d}/{d.year} à {hm}",
            f"Publié le : {fr}",
            f"Publié le {fr} à {hm}",
        ]
    )
    later = f"Mis à jour le {d.day:02d}/{d.month:02d}/{d.year} à {hm}"
    byline = f"Par {r.choice(NAMES)}"
    rel = _rel(p)
    dates = [pub, later] if r.random() < 0.5 else [pub]
    lines = [
        *r.choice([[], [f"Accueil > {r.choice(['Politique', 'Société', 'Économie'])}"]]),
        p.main.title,
        *r.choice([[byline, *dates], [*dates, byline]]),
        *r.choice([[], ["Partager"], ["Partager sur Facebook", "Partager sur Twitter"]]),
        *p.main.paragraphs,
        r.choice([f"Source : {o}", f"Source: {o}"]),
        r.choice(["Mots-clés : ", "Tags : ", "Mots clés: "]) + ", ".join(p.tags),
        r.choice(["Lire aussi", "À lire aussi", "Articles similaires", "Sur le même sujet"]),
        *rel,
        r.choice(["Commentaires (0)", "Laisser un commentaire", "Réagir"]),
        r.choice(
            [f"© {d.year} {o}. Tous droits réservés", "Tous droits réservés", "Mentions légales"]
        ),
    ]
    return _page(p, lines, published=d.isoformat(), source=o, byline=byline, related=rel)


LAYOUTS: dict[str, Layout] = {
    f.__name__: f
    for f in (
        meta_one_line,
        key_points_top,
        explainer_faq,
        short_paragraphs,
        tags_forms_8,
        related_decorated,
        date_forms_8,
        french_labels,
    )
}

if __name__ == "__main__":
    sys.exit(main(layouts=LAYOUTS, doc=__doc__ or ""))
