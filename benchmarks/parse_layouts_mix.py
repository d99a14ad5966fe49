"""Mixed page layouts: every page built from independently drawn parts, each part's form drawn
from all the forms the six rounds of ``benchmarks/parse_layouts*.py`` use, gold known by
construction.

    python benchmarks/parse_layouts_mix.py [--pages N] [--seed S] [--misses] [--write DIR] [--json]

A round prints each form only next to the forms of its own layout; this generator draws, for
each page and independently of one another: the chrome above (breadcrumb, section menu, share
buttons, a view counter, a cookie notice, or nothing), the header block over the heading (a
section kicker, a column name, a live badge, the page title printed over the heading, or none),
the headline (as printed, maybe with a ``عاجل:`` prefix or the site's name), a standfirst, the
date line's form (Gregorian, Hijri, Levantine / Maghrebi months, numeric, English, ISO with its
offset, labelled) and its position (above or under the headline, after the byline, after the
body, a relative date only, or none), the byline's form and position (under the headline, after
the date, after the body), the source's form and position (under the date, after the body, an
agency in parentheses), the body's decorations (photo captions and credits, ad slots, embedded
posts, numbered sub-headings, interview labels, an end mark), the tags' form, an inline
read-also headline, an embedded read-also article, the related list's header and item form, and
the boilerplate and widgets around.

Each part is scored as its round's docstring says (the rounds are the contract; the dev golds
decide where they are silent): kickers, page titles, chrome, ads, embed furniture, widgets and
relative dates are discarded; a standfirst, captions, photo credits, a post's text, sub-headings,
interview labels and end marks are body as printed; an ISO timestamp or a Mecca-time update keeps
its offset; an agency in parentheses after the body is the source.

Same options and table as ``benchmarks/parse_layouts.py`` (one row: ``--pages`` is the number
of pages).
"""

from __future__ import annotations

import sys
from dataclasses import replace

from parse_layouts import (
    AGENCIES,
    CITIES,
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
    hijri_muwafiq,
    hijri_only,
    main,
    pick_tags,
)
from parse_layouts_2 import CAPTIONS, KICKERS, _clauses, _numbered, _standfirst
from parse_layouts_3 import COOKIE_BUTTONS, COOKIES, ENGLISH_MONTHS, WIRE, _short
from parse_layouts_4 import ORDINALS, PREFIXES, _prayer_widget, _weather_widget
from parse_layouts_5 import ADS, END_MARKS, _suffixed
from parse_layouts_6 import (
    COLUMNS,
    FOOTERS,
    LIVE_HEADERS,
    MENUS,
    PAST_HEADERS,
    RELATIVE,
    _date_form,
    _eastern,
    _tweet,
)

from akhbar.model import Article, Page

RELATED_HEADERS = (
    "أخبار ذات صلة",
    "مواضيع ذات صلة:",
    "اقرأ المزيد:",
    "Related articles",
    "مقالات ذات صلة",
    "Read also:",
    "أخبار ذات علاقة",
    "اقرأ أيضا:",
    "المزيد من الأخبار",
    "قد يهمك أيضاً:",
    "أخبار متعلقة",
    "الأكثر قراءة",
    "قد يهمك أيضاً",
    "شاهد أيضاً",
    "لا تفوت",
    "اخترنا لك",
    "تابع أيضاً",
    *PAST_HEADERS,
)
BOTTOM = (
    "أضف تعليقاً",
    "التعليقات مغلقة",
    "اشترك في نشرتنا البريدية ليصلك كل جديد",
    "حمّل تطبيقنا على أندرويد وآيفون",
    "تابعوا آخر الأخبار عبر حسابنا على تويتر",
    "أرسل الخبر لصديق",
    "العودة إلى الأعلى",
    "لا توجد تعليقات حتى الآن",
    "شارك الخبر",
    "نسخة للطباعة",
)
TOOLBARS = ("تكبير | تصغير | طباعة", "A+ | A- | طباعة", "حجم الخط: أ أ أ", "طباعة", "أ- أ+")


def _date_line(p: Parts, where: str) -> tuple[str, str]:
    """(line, published) for a date line printed at ``where`` (``top`` / ``bottom`` / else)."""
    r, d = p.rng, p.main.day
    ar, day = MONTHS[d.month - 1], d.isoformat()
    if where == "bottom":
        label = r.choice(["نشر في: ", "التاريخ: ", "تاريخ النشر: ", "Posted on "])
        if label == "Posted on ":
            return f"Posted on {d.day} {ENGLISH_MONTHS[d.month - 1]} {d.year}", day
        return f"{label}{_weekday(d)} {d.day} {ar} {d.year}", day
    if where == "top":
        return r.choice([hijri_muwafiq(d), f"{_weekday(d)} {d.day} {ar} {d.year}"]), day
    k = r.randrange(10)
    if k == 0:
        clock = _clock(r, 23)
        iso = f"{day}T{clock}:00+03:00"
        return r.choice([iso, f"تاريخ النشر: {iso}"]), iso
    if k == 1:
        clock = _clock(r, 23)
        line = f"آخر تحديث: {_weekday(d)} {d.day} {ar} {d.year} - {clock} (بتوقيت مكة)"
        return line, f"{day}T{clock}+03:00"
    forms = [
        hijri_muwafiq(d),
        hijri_only(d),
        f"{_weekday(d)} {d.day} {LEVANT[d.month - 1]} {d.year} - {_clock(r)}",
        f"{_weekday(d)} {d.day:02d} {MAGHREB[d.month - 1]} {d.year}",
        f"{d.year}/{d.month:02d}/{d.day:02d} - {_clock(r)} ص",
        f"تاريخ الإضافة: {d.day:02d}-{d.month:02d}-{d.year}",
        _eastern(f"{d.day} {ar} {d.year}") + f" | {_clock(r)}",
        _date_form(p),
    ]
    return r.choice(forms), day


def _byline(p: Parts, where: str) -> str:
    r = p.rng
    name, city = r.choice(NAMES), r.choice(CITIES)
    labelled = [
        f"بقلم: {name}",
        f"كتب: {name}",
        f"بواسطة: {name}",
        f"By: {name}",
        f"الكاتب: {name}",
        f"إعداد: {name}",
        f"تحرير: {name}",
    ]
    if where == "bottom":
        return r.choice(labelled)
    short = _short(p.main.outlet)
    return r.choice(
        [
            *labelled,
            f"كتب - {name}",
            f"بقلم/ {name}",
            f"{city}: {name}",
            f"{r.choice(AGENCIES)} - {city}",
            f"مراسلنا في {city}",
            f"خاص بـ«{short}»",
            f"{city} - مراسل {short}",
            f"{r.choice(['ترجمة', 'إعداد وترجمة'])}: {name}",
        ]
    )


def _source(p: Parts, where: str) -> tuple[str, str]:
    r, o = p.rng, p.main.outlet
    if where == "top":
        return r.choice([f"المصدر: {o}", f"نقلاً عن: {o}"]), o
    if where == "paren":
        agency = r.choice(WIRE)
        return f"({agency})", agency
    line = r.choice(
        [
            f"المصدر: {o}",
            f"المصدر - {o}",
            f"{o} - المصدر",
            f"نقلاً عن {o}",
            f"{o} (المصدر)",
            f"Source: {o}",
            f"المصدر/ {o}",
            f"المصدر : {o}",
        ]
    )
    return line, o


def _tags(p: Parts) -> list[str]:
    r, tags = p.rng, p.tags
    hashes = ["#" + t.replace(" ", "_") for t in tags]
    forms = [
        ["كلمات دلالية: " + "، ".join(tags)],
        ["الوسوم: " + " | ".join(tags)],
        ["Tags: " + " / ".join(tags)],
        ["Tags: " + ", ".join(tags)],
        ["الكلمات المفتاحية: " + " / ".join(tags)],
        ["وسوم: " + " • ".join(tags)],
        ["المواضيع: " + " ، ".join(tags)],
        ["الكلمات الدلالية: " + " - ".join(tags)],
        [" ".join(hashes)],
        ["هاشتاق: " + " ".join(hashes)],
        [r.choice(["وسوم", "الكلمات المفتاحية", "الوسوم"]), *tags],
        ["الوسوم:", *hashes],
        ["الكلمات الدلالية", " • ".join(tags)],
        ["Keywords: " + " | ".join(tags)],
    ]
    return r.choice(forms)


def _related(p: Parts, rel: list[str]) -> list[str]:
    r = p.rng
    style = r.randrange(6)
    if style == 1:
        bullet = r.choice(["•", "-", "▪"])
        items = [f"{bullet} {t}" for t in rel]
    elif style == 2:
        items = _numbered(rel, r.choice(["dash", "dot", "paren", "eastern"]))
    elif style == 3:
        items = [_suffixed(p, t, k, r.randrange(4)) for k, t in enumerate(rel)]
    else:
        items = list(rel)
    return [r.choice(RELATED_HEADERS), *items]


def _body(p: Parts) -> tuple[list[str], list[str], list[str]]:
    """(printed lines, body, inline related headlines) of the main article with decorations."""
    r = p.rng
    paras = list(p.main.paragraphs)
    if r.random() < 0.15 and len(paras) >= 3:  # interview labels
        intro, *answers = paras
        qa: list[str] = []
        for t, a in zip(p.related, answers, strict=False):
            qa += [f"س: ما تعليقك على {t}؟", f"ج: {a}"]
        paras = [intro, *qa]
    elif r.random() < 0.15 and len(paras) >= 2:  # numbered sub-headings
        intro, *rest = paras
        paras = [intro]
        for k, para in enumerate(rest):
            title = " ".join(para.split()[:4]).rstrip("،,.:؛ ")
            paras += [f"{ORDINALS[k % 5]}: {title}", para]
    printed: list[str] = []
    body: list[str] = []
    inline: list[str] = []
    for k, para in enumerate(paras):
        if k == 0 and r.random() < 0.1:
            cap = f"الصورة: {r.choice(CAPTIONS)}"
            printed.append(cap)
            body.append(cap)
        printed.append(para)
        body.append(para)
        if k == len(paras) - 1:
            break
        x = r.random()
        if x < 0.08:
            cap = f"{r.choice(CAPTIONS)} (تصوير: {r.choice(NAMES)})"
            printed.append(cap)
            body.append(cap)
        elif x < 0.14:
            credit = r.choice([f"(تصوير: {r.choice(NAMES)})", "صورة: واس"])
            printed.append(credit)
            body.append(credit)
        elif x < 0.22:
            printed.append(r.choice(ADS))
        elif x < 0.27:
            lines, said = _tweet(p, r.choice(_clauses(para, 3) or [para]))
            printed += lines
            body += said
        elif x < 0.32 and not inline:
            inline.append(p.related[3])
            if r.random() < 0.5:
                printed += ["اقرأ أيضا", p.related[3]]
            else:
                printed.append(f"إقرأ أيضاً{p.related[3]}")
    if r.random() < 0.1:
        mark = r.choice(END_MARKS)
        printed.append(mark)
        body.append(mark)
    return printed, body, inline


def _embedded(p: Parts) -> tuple[list[str], Article]:
    r, o = p.rng, p.other
    if r.random() < 0.5:
        emb = Article(
            headline=o.title, published=o.day.isoformat(), body=o.paragraphs, source=o.outlet
        )
        stamp = f"نشر بتاريخ: {o.day.year}/{o.day.month:02d}/{o.day.day:02d}"
        return ["إقرأ أيضاً:", o.title, stamp, *o.paragraphs, f"المصدر: {o.outlet}"], emb
    byline = f"كتب: {r.choice(NAMES)}"
    tags = pick_tags(o, r)
    emb = Article(headline=o.title, byline=byline, body=o.paragraphs, tags=tuple(tags))
    printed = ["اقرأ المزيد", o.title, byline, *o.paragraphs, "كلمات دلالية: " + "، ".join(tags)]
    return printed, emb


def mixed(p: Parts) -> tuple[list[str], Page]:
    """One page from independently drawn parts (see the module's docstring)."""
    r, d, o = p.rng, p.main.day, p.main.outlet
    top: list[str] = []
    for _ in range(r.choice([0, 0, 1, 1, 2])):
        top += r.choice(
            [
                [f"الرئيسية / {r.choice(SECTIONS)}"],
                [f"الرئيسية › {r.choice(SECTIONS)} › {r.choice(CITIES)}"],
                [f"Home > News > {r.choice(SECTIONS)}"],
                [r.choice(MENUS)],
                ["شارك: فيسبوك | تويتر | واتساب"],
                [f"المشاهدات: {r.randint(100, 9000)}"],
                [r.choice(COOKIES), r.choice(COOKIE_BUTTONS)],
            ]
        )
    headline = p.main.title
    if r.random() < 0.1:
        headline = r.choice(PREFIXES) + headline
    header = r.choice(["none", "none", "kicker", "column", "live", "title"])
    if header == "kicker":
        top.append(r.choice(KICKERS))
    elif header == "column":
        top.append(r.choice(COLUMNS))
    elif header == "live":
        top.append(r.choice(LIVE_HEADERS))
    elif header == "title":
        top.append(r.choice([f"{headline} - {o}", f"{headline} | {_short(o)}"]))

    date_at = r.choice(["top", "head", "head", "head", "byline", "bottom", "relative", "none"])
    by_at = r.choice(["none", "head", "head", "date", "date", "bottom"])
    src_at = r.choice(["none", "top", "bottom", "bottom", "bottom", "paren"])
    date_line, published = _date_line(p, date_at)
    published_: str | None = published
    if date_at == "relative":
        date_line, published_ = r.choice(RELATIVE), None
    elif date_at == "none":
        published_ = None
    byline = _byline(p, by_at) if by_at != "none" else None
    src_line, source = _source(p, src_at) if src_at != "none" else ("", None)

    lines = list(top)
    if date_at == "top":
        lines.append(date_line)
    lines.append(headline)
    stand = [_standfirst(p.main)] if r.random() < 0.1 else []
    lines += stand
    if by_at == "head":
        lines.append(byline or "")
    if date_at in ("head", "relative") or (date_at == "byline" and by_at != "head"):
        lines.append(date_line)
    if by_at == "date":
        lines.append(byline or "")
    if date_at == "byline" and by_at == "head":
        lines.append(date_line)
    if src_at == "top":
        lines.append(src_line)
    if r.random() < 0.25:
        lines.append(r.choice(TOOLBARS))
    printed, body, inline = _body(p)
    lines += printed
    if src_at == "paren":
        lines.append(src_line)
    if date_at == "bottom":
        lines.append(date_line)
    if by_at == "bottom":
        lines.append(byline or "")
    if src_at == "bottom":
        lines.append(src_line)
    tag_lines = _tags(p) if r.random() < 0.85 else []
    lines += tag_lines
    embedded: tuple[Article, ...] = ()
    if r.random() < 0.2:
        emb_lines, emb = _embedded(p)
        lines += emb_lines
        embedded = (emb,)
    rel: list[str] = []
    if r.random() < 0.7:
        rel = p.related[: r.randint(2, 3)]
        lines += _related(p, rel)
    for _ in range(r.choice([0, 1, 2, 3])):
        lines += r.choice(
            [
                [r.choice(BOTTOM)],
                [r.choice(FOOTERS)],
                [f"© {d.year} {o}. جميع الحقوق محفوظة"],
                [f"التعليقات ({r.randint(0, 40)})"],
                _prayer_widget(p),
                _weather_widget(p),
            ]
        )
    _, page = _page(
        p,
        lines,
        published=published_,
        source=source,
        byline=byline,
        related=inline + rel,
        embedded=embedded,
        body=(*stand, *body),
    )
    gold = replace(page.main, headline=headline, tags=tuple(p.tags) if tag_lines else ())
    return lines, replace(page, main=gold)


LAYOUTS: dict[str, Layout] = {"mixed": mixed}


if __name__ == "__main__":
    sys.exit(main(layouts=LAYOUTS, doc=__doc__ or ""))
