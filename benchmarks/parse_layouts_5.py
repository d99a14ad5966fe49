"""A fifth round of page layouts neither the dev pages nor the first four rounds use, gold known
by construction.

    python benchmarks/parse_layouts_5.py [--pages N] [--misses] [--write DIR] [--json]

Built like ``benchmarks/parse_layouts.py`` (real SaudiNewsNet articles printed into plain-text
pages) with forms the earlier rounds lack. How each is scored (SCHEMA.md decides; where it is
silent, the dev golds do):

- **Markdown of modern scrapers** (jina reader / firecrawl): ``# headline``, ``## sub-heading``,
  a ``**bold**`` lead, ``**المصدر:** X`` labels, ``[text](https://…)`` links, an image line
  ``![صورة](https://…)``, a menu line of links, ``- [headline](url)`` related lists under a
  ``## أخبار ذات صلة`` heading, and jina's preamble (``Title:``, ``URL Source:``, ``Published
  Time:``, ``Markdown Content:``). Markdown is how the scraper serialised the page, not what the
  page printed (as HTML tags are): fields hold the text without the markup (``# ``, ``**``,
  ``[…](…)``); a link's URL goes to its related item's ``url`` or, in a paragraph, to
  ``discarded`` (nothing lost); an image line and a menu of links are discarded; a ``* `` /
  ``- `` bullet in the body stays as printed (as in round 2, where a bullet is a printed mark).
  The preamble's ``Title:`` line repeats the headline (discarded, see the headline printed twice
  below), ``Published Time:`` is the date line (a timestamp with its offset), ``URL Source:`` and
  ``Markdown Content:`` are discarded.
- **Text noise**: CRLF line ends, a BOM before the first line, tab indentation, trailing spaces,
  runs of blank lines or none, NBSP after labels and between words, zero-width non-joiners and an
  RLM at the end of the headline. A line is its text between its edge whitespace; the BOM is the
  file's encoding mark, not text (a reader decoding ``utf-8-sig`` drops it); every other
  character inside a line stays as printed (the dev golds keep NBSP, RLM and LRM inside and at
  the end of headlines and paragraphs).
- **The headline printed twice**: the page title (``عنوان - صحيفة سبق``, ``عنوان | سبق``, or the
  same words) over the article's own heading: the headline is the heading as printed (round 3
  keeps a site suffix when the title is printed once); the page-title line is discarded.
- **Agency end marks and ads**: ``/انتهى/``, ``(انتهى)``, ``انتهى``, ``// انتهى //`` after the
  last paragraph, the editors' initials (``ع ع / س ع``) or the wire time (``17:23 ت م``) under
  it: **body, as printed**: the dev golds keep SPA's ``// انتهى //`` and ``17:46 ت م`` as the
  last body lines on every page that prints them (dev-0045, -0077, -0093, -0111, -0130), and a
  rule dropping them would lower the dev body score. ``إعلان`` / ``- إعلان -`` /
  ``Advertisement`` / ``مساحة إعلانية`` lines between paragraphs are an ad slot: discarded.
- **An author bio box** after an opinion piece (the byline on top): ``عن الكاتب`` / ``نبذة عن
  الكاتب`` / ``About the author`` over a one-line bio, or the writer's name again over a title
  line (``كاتب وباحث سعودي``): discarded. The byline already names the writer; the box is the
  site's furniture about the writer, not a paragraph of the article (SCHEMA's body is the
  article's paragraphs, and no field holds a bio). ``مقالات أخرى للكاتب`` over headlines is a
  related list.
- **English UI labels**: ``Share``, ``Tweet``, ``Print``, ``Posted on 10 August 2015`` (the date
  line), ``By فلان`` (the byline), ``Tags: a, b``, ``Related Articles`` / ``Related Posts`` /
  ``You might also like`` (related lists), ``Comments (0)``, ``Leave a Reply``: discarded but the
  fields they label.
- **A dateline with its date opening the lead** (``الرياض - 10 أغسطس 2015 (واس) - …``) and no
  date line: the lead is body as printed; ``published`` is that date: the page prints it as the
  dispatch's date (not a guess), and a date line, when there is one, wins.
- **More related headers and suffixed items**: ``قد يهمك أيضاً`` / ``شاهد أيضاً`` / ``لا
  تفوت`` / ``اخترنا لك`` / ``المزيد من الأخبار`` over items printed with their outlet and/or
  time after a dash (``عنوان - سبق``, ``عنوان - منذ 3 ساعات``, ``عنوان | عكاظ - 10 أغسطس
  2015``): the related headline is the title alone, the suffix is discarded.

Same options and table as ``benchmarks/parse_layouts.py``.
"""

from __future__ import annotations

import datetime as dt
import sys

from parse_layouts import (
    AGENCIES,
    CITIES,
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
from parse_layouts_2 import _clauses
from parse_layouts_3 import ENGLISH_MONTHS, _short
from parse_layouts_4 import _date

from akhbar.model import Article, Page, Related

HOSTS = {name: f"https://www.{key}.com" for key, name in OUTLETS.items()}
ADS = ("إعلان", "- إعلان -", "Advertisement", "مساحة إعلانية", "— إعلان —", "ADVERTISEMENT")
END_MARKS = ("/انتهى/", "(انتهى)", "انتهى", "// انتهى //", "- انتهى -")
INITIALS = ("ع ع / س ع", "ت م", "م ع / ح ع", "س ح")
BIO_HEADERS = ("عن الكاتب", "نبذة عن الكاتب", "About the author", "عن الكاتب:")
BIO_TITLES = (
    "كاتب وباحث سعودي",
    "كاتب سعودي",
    "كاتب وأكاديمي سعودي",
    "كاتب صحفي ومحلل سياسي",
    "باحث في الشؤون الاقتصادية",
)
RELATED_HEADERS = ("قد يهمك أيضاً", "شاهد أيضاً", "لا تفوت", "اخترنا لك", "المزيد من الأخبار")
AGO = ("منذ 3 ساعات", "منذ ساعتين", "منذ 45 دقيقة", "منذ يومين", "منذ ساعة")
NBSP, ZWNJ, RLM, BOM = "\u00a0", "\u200c", "\u200f", "\ufeff"


def _url(outlet: str, k: int) -> str:
    return f"{HOSTS.get(outlet, 'https://www.sabq.org')}/news/{k}"


def _link(text: str, url: str) -> str:
    return f"[{text}]({url})"


def markdown_scrape(p: Parts) -> tuple[list[str], Page]:
    """A page as a jina-reader / firecrawl scrape: maybe jina's preamble, a menu of links, ``#
    headline``, an image line, a labelled date (``**تاريخ النشر:** …``) or a plain one, a
    ``**bold**`` lead, a paragraph with a link, a ``##`` sub-heading, a bulleted list, ``**المصدر:**
    [outlet](url)``, tags, ``## أخبار ذات صلة`` over ``- [headline](url)`` items."""
    r, d, o = p.rng, p.main.day, p.main.outlet
    host = HOSTS.get(o, "https://www.sabq.org")
    paras = list(p.main.paragraphs)
    lead, *rest = paras
    body: list[str] = [lead]
    printed: list[str] = [f"**{lead}**" if r.random() < 0.6 else lead]
    if rest:
        words = rest[0].split()
        k = r.randint(2, max(2, min(6, len(words) - 3)))
        anchor = " ".join(words[k : k + 2])
        linked = " ".join(
            [*words[:k], _link(anchor, f"{host}/tag/{r.randint(10, 999)}"), *words[k + 2 :]]
        )
        body.append(rest[0])
        printed.append(linked)
    items = _clauses(" ".join(paras[1:]), 3) or _clauses(lead, 3)
    sub = " ".join(lead.split()[:4]).rstrip("،,.:؛ ")
    bullet = r.choice(["*", "-"])
    body += [sub, *(f"{bullet} {c}" for c in items), *rest[1:]]
    printed += [f"## {sub}", *(f"{bullet} {c}" for c in items), *rest[1:]]
    rel = _rel(p)
    urls = [f"{host}/news/{r.randint(100000, 999999)}" for _ in rel]
    mark = r.choice("-*")  # one bullet for the list
    iso = f"{d.isoformat()}T{r.randint(6, 22):02d}:{r.randint(0, 59):02d}:00+03:00"
    jina = r.random() < 0.4
    date_line = r.choice([f"**تاريخ النشر:** {_date(d)}", f"{_weekday(d)} {_date(d)}", _date(d)])
    preamble = [
        f"Title: {p.main.title}",
        "",
        f"URL Source: {host}/news/{r.randint(1000, 9999)}",
        "",
        f"Published Time: {iso}",
        "",
        "Markdown Content:",
    ]
    lines = [
        *(preamble if jina else []),
        f"{_link('الرئيسية', host + '/')} » {_link(r.choice(SECTIONS), host + '/section')}",
        "",
        f"# {p.main.title}",
        "",
        f"![صورة]({host}/uploads/{r.randint(1000, 9999)}.jpg)",
        "",
        *([] if jina else [date_line, ""]),
        *(x for line in printed for x in (line, "")),
        f"**المصدر:** {_link(o, host)}",
        "",
        "**الوسوم:** " + "، ".join(p.tags),
        "",
        r.choice(["## أخبار ذات صلة", "### اقرأ أيضاً", "**اقرأ أيضاً:**"]),
        "",
        *(f"{mark} {_link(h, u)}" for h, u in zip(rel, urls, strict=True)),
    ]
    main_article = Article(
        headline=p.main.title,
        published=iso if jina else d.isoformat(),
        source=o,
        body=tuple(body),
        tags=tuple(p.tags),
    )
    related = tuple(Related(headline=h, url=u) for h, u in zip(rel, urls, strict=True))
    return lines, Page(input="", main=main_article, related=related)


def _noisy(r: Parts, text: str) -> str:
    """A paragraph with an NBSP for a space and a zero-width non-joiner inside a word, here and
    there (both kept: the line as printed)."""
    rng = r.rng
    words = text.split(" ")
    for _ in range(2):
        k = rng.randrange(len(words) - 1)
        words[k] = words[k] + NBSP + words[k + 1]
        del words[k + 1]
    k = rng.randrange(len(words))
    w = words[k]
    if len(w) >= 4:
        words[k] = w[:2] + ZWNJ + w[2:]
    return " ".join(words)


def text_noise(p: Parts) -> tuple[list[str], Page]:
    """CRLF or LF, a BOM or not, tab or space indentation, trailing spaces, runs of blank lines
    or none, NBSP after labels, inside the date and between words, ZWNJ inside words and an RLM
    after the headline."""
    r, d, o = p.rng, p.main.day, p.main.outlet
    headline = p.main.title + (RLM if r.random() < 0.5 else "")
    body = tuple(_noisy(p, para) for para in p.main.paragraphs)
    rel = _rel(p)
    fields = [
        headline,
        f"{_weekday(d)}{NBSP}{d.day}{NBSP}{_date(d).split(' ', 1)[1]}",
        *body,
        f"المصدر:{NBSP}{o}",
        f"كلمات دلالية:{NBSP}" + f"،{NBSP}".join(p.tags),
        "أخبار ذات صلة",
        *rel,
    ]
    crlf, blanks, indent = r.random() < 0.6, r.choice([0, 1, 3]), r.choice(["", "\t", "    "])
    lines: list[str] = []
    for k, f in enumerate(fields):
        line = (indent if k and r.random() < 0.5 else "") + f + (" " * r.randint(0, 3))
        lines.append(line)
        lines += [""] * (blanks if blanks < 3 else r.randint(1, 3))
    if r.random() < 0.6:
        lines[0] = BOM + lines[0]
    if crlf:
        lines = [line + "\r" for line in lines]
    main_article = Article(
        headline=headline,
        published=d.isoformat(),
        source=o,
        body=body,
        tags=tuple(p.tags),
    )
    return lines, Page(input="", main=main_article, related=tuple(Related(headline=h) for h in rel))


def title_twice(p: Parts) -> tuple[list[str], Page]:
    """The page title (with `` - site``, `` | site`` or alone) over a breadcrumb or not, then
    the article's heading, a date, maybe a byline, body, source, tags, a related list."""
    r, d, o = p.rng, p.main.day, p.main.outlet
    title = p.main.title
    first = r.choice([f"{title} - {o}", f"{title} | {_short(o)}", title, f"{_short(o)} | {title}"])
    byline = r.choice([None, f"{r.choice(CITIES)}: {r.choice(NAMES)}"])
    rel = _rel(p)
    lines = [
        first,
        *r.choice([[], [f"الرئيسية » {r.choice(SECTIONS)}"]]),
        title,
        f"{_weekday(d)} {_date(d)} - {_clock(r)} م",
        *([byline] if byline else []),
        *p.main.paragraphs,
        f"المصدر: {o}",
        "كلمات دلالية: " + "، ".join(p.tags),
        "أخبار ذات صلة",
        *rel,
    ]
    return _page(p, lines, published=d.isoformat(), source=o, byline=byline, related=rel)


def agency_end_marks(p: Parts) -> tuple[list[str], Page]:
    """An agency's text: an ad slot between paragraphs (discarded), an end mark after the last
    paragraph and maybe the editors' initials or the wire time under it (body, as the dev golds
    keep SPA's ``// انتهى //`` and ``17:46 ت م``), source, tags."""
    r, d = p.rng, p.main.day
    paras = list(p.main.paragraphs)
    tail = [r.choice(END_MARKS), *r.choice([[], [r.choice(INITIALS)], [f"{_clock(r, 23)} ت م"]])]
    body = (*paras, *tail)
    printed: list[str] = []
    for k, para in enumerate(paras):
        printed.append(para)
        if k < len(paras) - 1 and (k == 0 or r.random() < 0.4):
            printed.append(r.choice(ADS))
    source = r.choice(["واس", "وكالة الأنباء السعودية", "رويترز"])
    lines = [
        p.main.title,
        f"{_date(d)} - {_clock(r)} م",
        *printed,
        *tail,
        f"المصدر: {source}",
        "الكلمات الدلالية: " + "، ".join(p.tags),
    ]
    return _page(p, lines, published=d.isoformat(), source=source, body=body)


def author_bio(p: Parts) -> tuple[list[str], Page]:
    """An opinion piece: the writer's byline under the headline (``بقلم: فلان`` or the name over
    the date), body, a bio box (``عن الكاتب`` over a one-line bio, or the name again over a title
    line): discarded; tags; ``مقالات أخرى للكاتب`` over headlines (related)."""
    r, d = p.rng, p.main.day
    name = r.choice(NAMES)
    labelled = r.random() < 0.5
    byline = f"بقلم: {name}" if labelled else name
    title = r.choice(BIO_TITLES)
    bio = r.choice(
        [
            [
                r.choice(BIO_HEADERS),
                f"{name} {title}، له عدد من المؤلفات والمقالات في الصحف المحلية.",
            ],
            [r.choice(BIO_HEADERS), f"{title}، حاصل على درجة الدكتوراه من جامعة الملك سعود."],
            [name, title],
            [r.choice(BIO_HEADERS), name, title],
        ]
    )
    rel = _rel(p)
    lines = [
        p.main.title,
        *(
            [byline, f"{_weekday(d)} {_date(d)}"]
            if labelled
            else [f"{_weekday(d)} {_date(d)}", byline]
        ),
        *p.main.paragraphs,
        *bio,
        "كلمات دلالية: " + "، ".join(p.tags),
        r.choice(["مقالات أخرى للكاتب", "المزيد من مقالات الكاتب", "مقالات ذات صلة"]),
        *rel,
    ]
    return _page(p, lines, published=d.isoformat(), byline=byline, related=rel)


def english_ui(p: Parts) -> tuple[list[str], Page]:
    """A site in an English theme: ``Home » News``, ``Posted on 10 August 2015`` (or ``August 10,
    2015``), ``By فلان``, ``Share`` / ``Tweet`` / ``Print``, body, ``Source:``, ``Tags: a, b``,
    ``Related Articles`` / ``Related Posts`` / ``You might also like``, ``Comments (0)``, ``Leave a
    Reply``."""
    r, d, o = p.rng, p.main.day, p.main.outlet
    month = ENGLISH_MONTHS[d.month - 1]
    date = r.choice([f"Posted on {d.day} {month} {d.year}", f"Posted on {month} {d.day}, {d.year}"])
    byline = f"By {r.choice(NAMES)}"
    rel = _rel(p)
    lines = [
        f"Home » News » {r.choice(['Local', 'World', 'Economy', 'Sports'])}",
        p.main.title,
        date,
        byline,
        *r.sample(["Share", "Tweet", "Print", "Email"], k=3),
        *p.main.paragraphs,
        f"Source: {o}",
        "Tags: " + ", ".join(p.tags),
        *r.sample(["Share this:", "Facebook", "Twitter", "WhatsApp"], k=2),
        r.choice(["Related Articles", "Related Posts", "You might also like", "Related"]),
        *rel,
        r.choice(["Comments (0)", "0 Comments", "Comments"]),
        r.choice(["Leave a Reply", "Leave a comment", "Leave a Reply Cancel reply"]),
    ]
    return _page(p, lines, published=d.isoformat(), source=o, byline=byline, related=rel)


def dateline_lead(p: Parts) -> tuple[list[str], Page]:
    """No date line: the lead opens with a dateline and its date (``الرياض - 10 أغسطس 2015 (واس)
    - …``, ``جدة، الإثنين 10 أغسطس 2015 (رويترز) –``): the lead is body as printed, and
    ``published`` is that date; maybe a source line."""
    r, d = p.rng, p.main.day
    city, ag = r.choice(CITIES), r.choice(AGENCIES)
    opener = r.choice(
        [
            f"{city} - {_date(d)} ({ag}) - ",
            f"{city}، {_weekday(d)} {_date(d)} ({ag}) – ",
            f"{city} {_date(d)} ({ag}): ",
            f"{city} في {_date(d)} - ",
        ]
    )
    paras = (opener + p.main.paragraphs[0], *p.main.paragraphs[1:])
    source = r.choice([None, ag])
    rel = _rel(p)
    lines = [
        p.main.title,
        *paras,
        *([f"المصدر: {source}"] if source else []),
        "كلمات دلالية: " + "، ".join(p.tags),
        r.choice(["أخبار ذات صلة", "اقرأ أيضاً"]),
        *rel,
    ]
    return _page(p, lines, published=d.isoformat(), source=source, related=rel, body=paras)


def _suffixed(p: Parts, headline: str, k: int, style: int) -> str:
    r, d = p.rng, p.main.day
    outlet = _short(r.choice(list(OUTLETS.values())))
    when = r.choice([r.choice(AGO), _date(d - dt.timedelta(days=k % 2))])
    return headline + [f" - {outlet}", f" - {when}", f" - {outlet} - {when}", f" | {outlet}"][style]


def related_suffixes(p: Parts) -> tuple[list[str], Page]:
    """The article, then one or two related lists under ``قد يهمك أيضاً`` / ``شاهد أيضاً`` /
    ``لا تفوت`` / ``اخترنا لك`` / ``المزيد من الأخبار``, each item printed with its outlet
    and/or time after a dash (``عنوان - سبق - منذ 3 ساعات``): the headline alone is related."""
    r, d, o = p.rng, p.main.day, p.main.outlet
    rel = p.related[:4]
    heads = r.sample(RELATED_HEADERS, k=2)
    split = r.choice([len(rel), 2])
    style = r.randrange(4)
    lists = [heads[0], *(_suffixed(p, h, k, style) for k, h in enumerate(rel[:split]))]
    if split < len(rel):
        style = r.randrange(4)  # each list printed one way
        lists += [heads[1], *(_suffixed(p, h, k, style) for k, h in enumerate(rel[split:]))]
    lines = [
        p.main.title,
        f"{_weekday(d)} {_date(d)}",
        *p.main.paragraphs,
        f"المصدر: {o}",
        "وسوم: " + "، ".join(p.tags),
        *lists,
    ]
    return _page(p, lines, published=d.isoformat(), source=o, related=rel)


LAYOUTS: dict[str, Layout] = {
    f.__name__: f
    for f in (
        markdown_scrape,
        text_noise,
        title_twice,
        agency_end_marks,
        author_bio,
        english_ui,
        dateline_lead,
        related_suffixes,
    )
}


if __name__ == "__main__":
    sys.exit(main(layouts=LAYOUTS, doc=__doc__ or ""))
