"""A sixteenth round of page layouts neither the dev pages nor the first fifteen rounds use,
gold known by construction.

    python benchmarks/parse_layouts_16.py [--pages N] [--seed S] [--misses] [--write DIR] [--json]

Built like ``benchmarks/parse_layouts.py`` (real SaudiNewsNet articles printed into plain-text
pages) with forms the earlier rounds lack, written before reading the parser's rules (a held-out
round). How each is scored (SCHEMA.md decides; where it is silent, the dev golds and the earlier
rounds do):

- **Ornaments between paragraphs**: a line of ``***``, ``* * *``, ``⁂``, ``• • •``, ``ـــــــ``,
  ``—``, ``-----``, ``◆◆◆`` or ``~ ~ ~`` between some or all paragraphs (a section break as print
  pages draw it), maybe one after the last paragraph over the source: the paragraphs **body**,
  the ornaments **discarded** (they hold no letter or digit: drawn marks, as round 2's numbers
  and round 15's arrows are not text of the item).
- **A related box between the head and the body**: ``اقرأ أيضاً`` / ``أخبار ذات صلة`` /
  ``مواضيع ذات صلة`` over two or three headlines between the headline and the date line, or
  between the date line and the lead: each headline **related**, in order; the article's lead
  (a long paragraph, drawn only when the first paragraph is at least 120 characters and ends
  with a full stop: a short one reads as another headline) and the rest **body**.
- **Fields in other orders at the foot**: a labelled byline (``كتب: فلان``, ``بقلم: فلان``,
  ``إعداد: فلان``) after the tag line as the page's last line; the labelled date (``تاريخ
  النشر: …`` / ``نشر في: …``) after the related list as the last line (no date at the top);
  the ``المصدر:`` line after the related list; the tag line after the related list: each field
  what its label says (parse_order's moves keep the related list last; here it is not).
- **Letters to the editor**: a ``بريد القراء`` / ``رسائل القراء`` / ``صوت القارئ`` / ``نافذة
  القراء`` kicker over the headline (**discarded**, round 2's section kicker), the date, the
  letter, then the reader's labelled signature (``المرسل: فلان - الرياض``, ``القارئ: فلان -
  جدة``, ``بقلم القارئ: فلان``, ``رسالة من: فلان، أبها``): the **byline, as printed** (round
  10's signature, round 1's ``بقلم: فلان`` with its label).
- **Questions answered** (a consultation or fatwa column): the answerer's credit under the
  headline or the date (``يجيب عنها: د. فلان``, ``يجيب عن الأسئلة: الشيخ فلان``, ``أجاب عنه:
  فلان``): the **byline, as printed** (round 6's ``حاوره: فلان``); then ``السؤال:`` over the
  reader's question and ``الجواب:`` over the answer, the labels alone on their lines or opening
  the paragraph: **body, as printed**, labels and all (round 2 keeps ``س:`` / ``ج:``, round 13
  keeps headings over the paragraphs they head).
- **English and French labels of other wordings**: ``Published: 9 August 2015``, ``Published on
  August 9, 2015``, ``Date: 09/08/2015``, ``Date de publication : 09/08/2015`` (the date line,
  the day); ``Written by فلان``, ``Author: فلان``, ``Auteur : فلان``, ``Écrit par فلان`` (the
  **byline, as printed**, label included, as round 5 keeps ``By فلان``); ``Filed under: a, b``,
  ``Topics: a, b``, ``Étiquettes : a, b`` (the tags); ``Read also`` / ``See also`` / ``More
  stories`` / ``Voir aussi`` / ``Sur le même sujet`` (related lists); ``Source: X`` (the source).

Not drawn (a reader could not decide): a headline printed again as the lead's first line (body
as printed, or the heading's echo?); a kicker sentence over the headline with no label (which
is the headline?); tags over the headline (round 14 discards topics printed there).

Same options and table as ``benchmarks/parse_layouts.py``.
"""

from __future__ import annotations

import sys

from parse_layouts import (
    CITIES,
    NAMES,
    Layout,
    Parts,
    _page,
    _rel,
    _weekday,
    main,
)
from parse_layouts_4 import _date
from parse_layouts_10 import _tags_line

from akhbar.model import Page

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
ORNAMENTS = ("***", "* * *", "⁂", "• • •", "ـــــــــ", "—", "-----", "◆◆◆", "~ ~ ~")
RELATED = ("اقرأ أيضاً", "أخبار ذات صلة", "مواضيع ذات صلة", "اقرأ أيضا:")


def _head(p: Parts) -> list[str]:
    d = p.main.day
    return [p.main.title, f"{_weekday(d)} {_date(d)}"]


def ornament_breaks(p: Parts) -> tuple[list[str], Page]:
    """Ornament lines between paragraphs (and maybe after the last one)."""
    r, o, d = p.rng, p.main.outlet, p.main.day
    mark = r.choice(ORNAMENTS)
    every = r.random() < 0.5
    body: list[str] = []
    for i, para in enumerate(p.main.paragraphs):
        if i and (every or r.random() < 0.5):
            body.append(mark)
        body.append(para)
    if r.random() < 0.3:
        body.append(mark)
    lines = [*_head(p), *body, f"المصدر: {o}", _tags_line(p)]
    return _page(p, lines, published=d.isoformat(), source=o)


def related_on_top(p: Parts) -> tuple[list[str], Page]:
    """A related box between the headline and the date, or the date and the lead."""
    r, o, d = p.rng, p.main.outlet, p.main.day
    rel = _rel(p, r.randint(2, 3))
    box = [r.choice(RELATED), *rel]
    date = f"{_weekday(d)} {_date(d)}"
    first = p.main.paragraphs[0]
    if r.random() < 0.5 or len(first) < 120 or not first.endswith("."):
        head = [p.main.title, *box, date]
    else:
        head = [p.main.title, date, *box]
    lines = [*head, *p.main.paragraphs, f"المصدر: {o}", _tags_line(p)]
    return _page(p, lines, published=d.isoformat(), source=o, related=rel)


def foot_order(p: Parts) -> tuple[list[str], Page]:
    """The byline after the tags, the date after the related list, the source or the tags after
    the related list."""
    r, o, d = p.rng, p.main.outlet, p.main.day
    rel = _rel(p)
    header = r.choice(RELATED)
    source, tags = f"المصدر: {o}", _tags_line(p)
    date = f"{r.choice(['تاريخ النشر: ', 'نشر في: '])}{_weekday(d)} {_date(d)}"
    kind = r.randrange(4)
    byline = None
    if kind == 0:
        byline = f"{r.choice(['كتب: ', 'بقلم: ', 'إعداد: '])}{r.choice(NAMES)}"
        lines = [*_head(p), *p.main.paragraphs, source, tags, byline]
        rel = []
    elif kind == 1:
        lines = [p.main.title, *p.main.paragraphs, source, tags, header, *rel, date]
    elif kind == 2:
        lines = [*_head(p), *p.main.paragraphs, tags, header, *rel, source]
    else:
        lines = [*_head(p), *p.main.paragraphs, source, header, *rel, tags]
    return _page(p, lines, published=d.isoformat(), source=o, byline=byline, related=rel)


def letters_page(p: Parts) -> tuple[list[str], Page]:
    """A reader's letter: a kicker over the headline, the letter, the labelled signature."""
    r, d = p.rng, p.main.day
    name, city = r.choice(NAMES), r.choice(CITIES)
    byline = r.choice(
        [
            f"المرسل: {name} - {city}",
            f"القارئ: {name} - {city}",
            f"بقلم القارئ: {name}",
            f"رسالة من: {name}، {city}",
        ]
    )
    kicker = r.choice(["بريد القراء", "رسائل القراء", "صوت القارئ", "نافذة القراء"])
    lines = [kicker, *_head(p), *p.main.paragraphs, byline, _tags_line(p)]
    return _page(p, lines, published=d.isoformat(), byline=byline)


def qa_column(p: Parts) -> tuple[list[str], Page]:
    """A question and its answer under the answerer's credit."""
    r, o, d = p.rng, p.main.outlet, p.main.day
    name = r.choice(NAMES)
    byline = r.choice(
        [f"يجيب عنها: د. {name}", f"يجيب عن الأسئلة: الشيخ {name}", f"أجاب عنه: {name}"]
    )
    paras = list(p.main.paragraphs)
    if len(paras) < 2:
        paras = [*paras, paras[0]]
    q, a = r.choice([("السؤال:", "الجواب:"), ("سؤال:", "جواب:"), ("السؤال", "الجواب")])
    if r.random() < 0.5:
        body = [q, paras[0], a, *paras[1:]]
    else:
        body = [f"{q} {paras[0]}", f"{a} {paras[1]}", *paras[2:]]
    head = _head(p)
    head.insert(1 if r.random() < 0.5 else 2, byline)
    lines = [*head, *body, f"المصدر: {o}", _tags_line(p)]
    return _page(p, lines, published=d.isoformat(), source=o, byline=byline, body=tuple(body))


def latin_labels(p: Parts) -> tuple[list[str], Page]:
    """English and French labels in wordings earlier rounds lack."""
    r, o, d = p.rng, p.main.outlet, p.main.day
    en = r.random() < 0.6
    name = r.choice(NAMES)
    if en:
        date = r.choice(
            [
                f"Published: {d.day} {MONTHS_EN[d.month - 1]} {d.year}",
                f"Published on {MONTHS_EN[d.month - 1]} {d.day}, {d.year}",
                f"Date: {d.day:02d}/{d.month:02d}/{d.year}",
            ]
        )
        byline = r.choice([f"Written by {name}", f"Author: {name}"])
        tags = r.choice(["Filed under: ", "Topics: "]) + ", ".join(p.tags)
        header = r.choice(["Read also", "See also", "More stories"])
    else:
        date = f"Date de publication : {d.day:02d}/{d.month:02d}/{d.year}"
        byline = r.choice([f"Auteur : {name}", f"Écrit par {name}"])
        tags = "Étiquettes : " + ", ".join(p.tags)
        header = r.choice(["Voir aussi", "Sur le même sujet"])
    if any("," in t for t in p.tags):
        tags = tags.replace(", ", "، ")
    rel = _rel(p) if r.random() < 0.6 else []
    head = [p.main.title, byline, date] if r.random() < 0.5 else [p.main.title, date, byline]
    lines = [
        *head,
        *p.main.paragraphs,
        f"Source: {o}",
        tags,
        *([header, *rel] if rel else []),
    ]
    return _page(p, lines, published=d.isoformat(), source=o, byline=byline, related=rel)


LAYOUTS: dict[str, Layout] = {
    f.__name__: f
    for f in (
        ornament_breaks,
        related_on_top,
        foot_order,
        letters_page,
        qa_column,
        latin_labels,
    )
}

if __name__ == "__main__":
    sys.exit(main(layouts=LAYOUTS, doc=__doc__ or ""))
