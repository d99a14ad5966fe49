"""Whole-page text dumps: the article inside all of its site's furniture, one item per line.

    python benchmarks/parse_layouts_dump.py [--pages N] [--misses] [--write DIR] [--json]
    python benchmarks/parse_layouts_dump.py --real     # the html-gold pages, dumped the same way
    python benchmarks/parse_layouts_dump.py --markdown # the same pages as jina's reader prints them

What a browser's "select all, copy", ``innerText``, ``lynx -dump`` or a naive HTML-to-text
step gives for a news page: every link of the site's menus on a line of its own, the top bar
(today's date, the weather, log-in and language links), the logo's text, skip links and the
search form's labels, a breaking-news ticker, then the article, then share buttons, the
comment form and the site's comment policy, most-read lists, an archive of past issues and
the footer's menus and copyright. The earlier rounds (``parse_layouts.py`` … ``_6.py``) print
an article with a few lines of furniture around it; here the furniture outweighs the article,
as it does on a real page (``--real`` shows two real pages from the html-gold set, CNN
Arabic 2013 and Assabah 2019, dumped block by block from their HTML: each prints 20 or more
menu lines before its headline).

Gold, by the conventions of SCHEMA.md and of the earlier rounds:

- Every line of the site's furniture is **discarded**: menus, the top bar, the logo's text,
  skip links, search labels, social-network names, share buttons, the comment form and the
  site's comment policy (a paragraph about the comments, not the article), the footer, the
  archive of past issues (``جريدة X بتاريخ 2015/08/09``: a link to an issue, not an article).
- **The top bar's date is the day the page was printed**, not the article's: ``published`` is
  the date line under (or over) the headline. The top bar runs one to three days later.
- Lists of other articles' headlines under ``الأكثر قراءة`` / ``الأكثر تصفحاً`` / ``آخر
  الأخبار`` / ``اقرأ أيضاً`` are **related** (round 3's convention: SCHEMA has no other place
  for links to other articles); a breaking-news ticker at the top (``عاجل`` over headlines)
  too.
- A standfirst under the headline and the dateline opening the first paragraph are **body**,
  as printed (rounds 1-2).
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from parse_layouts import (
    CITIES,
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

from akhbar.model import Page

MENU = (
    "الرئيسية",
    "محليات",
    "سياسة",
    "اقتصاد",
    "رياضة",
    "دولي",
    "ثقافة وفنون",
    "منوعات",
    "صحة",
    "تقنية",
    "مقالات",
    "كتاب الرأي",
    "فيديو",
    "صور",
    "ملفات خاصة",
    "الإنفوجرافيك",
    "المزيد",
)
SOCIAL = ("فيسبوك", "تويتر", "يوتيوب", "انستغرام", "تيليجرام", "واتساب", "سناب شات")
FOOTER = (
    "من نحن",
    "اتصل بنا",
    "أعلن معنا",
    "سياسة الخصوصية",
    "شروط الاستخدام",
    "خريطة الموقع",
    "الأرشيف",
    "هيئة التحرير",
    "وظائف",
    "RSS",
)
#: the logo's text, as a dump prints it (the outlet's name, alone or with a tagline)
LOGOS = ("{o}", "{o} الإلكترونية", "{o} | أخبار السعودية والعالم", "{o} - صحيفة يومية")
ENGLISH_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _date(d: dt.date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def _later(p: Parts) -> dt.date:
    """The day the page was printed (its top bar's date): one to three days after the article."""
    return p.main.day + dt.timedelta(days=p.rng.randint(1, 3))


def _menu(p: Parts, k: int) -> list[str]:
    return p.rng.sample(MENU, k)


def _footer(p: Parts, k: int) -> list[str]:
    return p.rng.sample(FOOTER, k)


def _logo(p: Parts) -> str:
    return p.rng.choice(LOGOS).format(o=p.main.outlet)


def _short(outlet: str) -> str:
    return outlet.removeprefix("صحيفة ").removeprefix("جريدة ")


def portal_edition(p: Parts) -> tuple[list[str], Page]:
    """CNN Arabic's 2013 page: the logo's short name, an edition switch with English labels, a
    long menu, the headline, a date with its update time and UTC offset in brackets (the day
    only: ``(GMT+0300)`` is an offset, but the date and the time are two parts of one line
    with ``آخر تحديث`` between them), a ``المدينة، السعودية (X) --`` dateline opening the lead,
    the comment policy, a most-read list, the footer as ``|``-joined menus."""
    p.tags = []  # the page prints none
    r, d = p.rng, p.main.day
    short = _short(p.main.outlet)
    city = r.choice(CITIES)
    lead, *rest = p.main.paragraphs
    first = f"{city}، السعودية ({short}) -- {lead}"
    lines = [
        short,
        "الطبعة: العربية",
        "U.S.",
        "INTERNATIONAL",
        "العربية",
        *_menu(p, r.randint(8, 12)),
        p.main.title,
        f"{_weekday(d)}، {_date(d)}، آخر تحديث {_clock(r, 23)} (GMT+0300)",
        first,
        *rest,
        f"ترحب {p.main.outlet} بالنقاش الحيوي والمفيد، وكي لا نضطر إلى مراجعة التعليقات قبل "
        "نشرها ننصحك بمراجعة إرشادات الاستخدام للتعرف إليها جيداً.",
        f"الآراء الواردة أدناه لا تعبر عن رأي {p.main.outlet}، بل تعكس وجهات نظر أصحابها فقط.",
        "الأكثر تصفحاً",
        *p.related[:4],
        " | ".join(_menu(p, 7)),
        " | ".join(_footer(p, 4)),
        f"© {d.year} {short}. جميع الحقوق محفوظة",
    ]
    body = (first, *rest)
    return _page(p, lines, published=d.isoformat(), related=p.related[:4], body=body)


def portal_issue(p: Parts) -> tuple[list[str], Page]:
    """Assabah's page: the ``<title>`` (headline, site, site in Latin letters) first, a skip
    link, the search form's labels, the founder's line, the top bar's date (days after the
    article), ``تابعونا على`` over the networks, the menu, the headline, its date, ``Tweet``, a
    standfirst, ``حوار:`` / ``كتب:`` byline, the body, the comment form, the archive of
    past issues, a ``آخر الأخبار`` list."""
    p.tags = []  # the page prints none
    r, d = p.rng, p.main.day
    later = _later(p)
    short = _short(p.main.outlet)
    stand = " ".join(p.main.paragraphs[0].split()[:14])
    label = r.choice(("حوار:", "كتب:", "بقلم:"))
    writer = r.choice(NAMES)
    lines = [
        f"{p.main.title} - {short} | Al {r.choice(('Sabah', 'Yaum', 'Madina', 'Watan'))}",
        "تجاوز إلى المحتوى الرئيسي",
        "استمارة البحث",
        "بحث",
        f"المؤسس: {r.choice(NAMES)}",
        f"{_weekday(later)} {_date(later)}",
        "تابعونا على",
        *r.sample(SOCIAL, 3),
        *_menu(p, r.randint(7, 10)),
        p.main.title,
        f"{_weekday(d)} {_date(d)}",
        "Tweet",
        f"- {stand} -",
        f"{label} {writer}",
        *p.main.paragraphs,
        "إضافة تعليق جديد",
        "اسمك",
        "تعليقك",
        "*",
        *(f"{p.main.outlet} بتاريخ {(later - dt.timedelta(days=k)):%Y/%m/%d}" for k in range(4)),
        "آخر الأخبار",
        *p.related[:3],
    ]
    body = (f"- {stand} -", *p.main.paragraphs)
    return _page(
        p,
        lines,
        published=d.isoformat(),
        byline=f"{label} {writer}",
        related=p.related[:3],
        body=body,
    )


def portal_wordpress(p: Parts) -> tuple[list[str], Page]:
    """A WordPress news theme: skip link, top bar (today, the weather), the logo, the menu, a
    breaking-news ticker (``عاجل`` over headlines: related), breadcrumb, the section, the
    headline, ``بواسطة فلان`` and the date on lines of their own, share counts, the body, the
    tags one per line under ``الوسوم``, ``مقالات ذات صلة``, the comment form with WordPress's
    notice, the footer."""
    r, d = p.rng, p.main.day
    later = _later(p)
    section = r.choice(SECTIONS)
    writer = r.choice(NAMES)
    ticker = p.related[:2]
    others = p.related[2:4]
    lines = [
        "انتقل إلى المحتوى",
        f"{_weekday(later)}، {_date(later)}",
        f"{r.choice(CITIES)} {r.randint(30, 46)}°",
        "تسجيل الدخول",
        _logo(p),
        *_menu(p, r.randint(6, 9)),
        "عاجل",
        *ticker,
        f"الرئيسية / {section}",
        section,
        p.main.title,
        f"بواسطة {writer}",
        f"{_date(d)}",
        f"{r.randint(0, 40)} تعليق",
        "شارك",
        *r.sample(SOCIAL[:3], 2),
        *p.main.paragraphs,
        "الوسوم",
        *p.tags,
        "مقالات ذات صلة",
        *others,
        "اترك تعليقاً",
        "لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *",
        "التعليق",
        "الاسم *",
        "البريد الإلكتروني *",
        "إرسال التعليق",
        *_footer(p, 5),
        f"جميع الحقوق محفوظة لـ {p.main.outlet} © {later.year}",
    ]
    return _page(
        p, lines, published=d.isoformat(), byline=f"بواسطة {writer}", related=[*ticker, *others]
    )


def portal_clock(p: Parts) -> tuple[list[str], Page]:
    """A portal whose dump keeps its clock and counters: the top bar's weekday, Hijri-less
    date and time, the menu, ``كتب فلان`` over a ``الأحد، 09 أغسطس 2015 02:00 م`` line, font
    buttons (``+`` / ``-``), the body, ``تعليقات (0)``, ``أضف تعليق``, ``الأكثر قراءة`` as a
    numbered list, the footer."""
    p.tags = []  # the page prints none
    r, d = p.rng, p.main.day
    later = _later(p)
    writer = r.choice(NAMES)
    lines = [
        _logo(p),
        f"{_weekday(later)}، {later.day:02d} {MONTHS[later.month - 1]} {later.year} "
        f"{_clock(r)} {r.choice('صم')}",
        *_menu(p, r.randint(9, 13)),
        p.main.title,
        f"كتب {writer}",
        f"{_weekday(d)}، {d.day:02d} {MONTHS[d.month - 1]} {d.year} {_clock(r)} {r.choice('صم')}",
        "حجم الخط",
        "+",
        "-",
        *p.main.paragraphs,
        "تعليقات (0)",
        "أضف تعليق",
        "الأكثر قراءة",
        *(f"{k}. {h}" for k, h in enumerate(p.related[:4], 1)),
        *_footer(p, 6),
        f"جميع الحقوق محفوظة © {later.year}",
    ]
    return _page(p, lines, published=d.isoformat(), byline=f"كتب {writer}", related=p.related[:4])


def portal_agency(p: Parts) -> tuple[list[str], Page]:
    """A regional channel's site: language links, the menu, the headline, ``المدينة -
    القناة`` dateline as the byline, ``نشر في:`` and ``آخر تحديث:`` on two lines (the update
    later), ``رابط مختصر`` with its short URL, the body, ``المصدر:``, ``أخبار ذات صلة``, the
    most-read list, the networks and the footer."""
    p.tags = []  # the page prints none
    r, d = p.rng, p.main.day
    short = _short(p.main.outlet)
    city = r.choice(CITIES)
    upd = d + dt.timedelta(days=r.randint(0, 1))
    clock = _clock(r, 23)
    lines = [
        "English",
        "Français",
        _logo(p),
        *_menu(p, r.randint(6, 10)),
        "بث مباشر",
        p.main.title,
        f"{city} - {short}",
        f"نشر في: {_date(d)} {clock}",
        f"آخر تحديث: {_date(upd)} {_clock(r, 23)}",
        "رابط مختصر",
        f"https://{r.choice(('s', 'x', 'r'))}.news/{r.randint(10000, 99999)}",
        *p.main.paragraphs,
        f"المصدر: {p.main.outlet}",
        "أخبار ذات صلة",
        *p.related[:2],
        "الأكثر قراءة",
        *p.related[2:4],
        "تابعونا",
        *r.sample(SOCIAL, 4),
        *_footer(p, 4),
        f"© {d.year} جميع الحقوق محفوظة",
    ]
    return _page(
        p,
        lines,
        published=d.isoformat(),
        source=p.main.outlet,
        byline=f"{city} - {short}",
        related=p.related[:4],
    )


def portal_mobile(p: Parts) -> tuple[list[str], Page]:
    """A phone page's dump: the menu button and its close mark, the menu, an app banner, the
    section and an English date (``Sunday, August 9, 2015``), the headline, share marks, the
    body, tags under ``#`` one per line, ``اقرأ أيضاً`` over headlines, ``العودة للأعلى``."""
    r, d = p.rng, p.main.day
    section = r.choice(SECTIONS)
    lines = [
        "القائمة",
        "×",
        *_menu(p, r.randint(6, 9)),
        "حمّل تطبيق " + _short(p.main.outlet),
        "فتح",
        section,
        f"{ENGLISH_DAYS[d.weekday()]}, {d:%B} {d.day}, {d.year}",
        p.main.title,
        "مشاركة",
        *r.sample(SOCIAL[:3], 3),
        *p.main.paragraphs,
        *(f"#{t.replace(' ', '_')}" for t in p.tags),
        "اقرأ أيضاً",
        *p.related[:3],
        "العودة للأعلى",
        *_footer(p, 3),
    ]
    return _page(p, lines, published=d.isoformat(), related=p.related[:3])


LAYOUTS: dict[str, Layout] = {
    f.__name__: f
    for f in (
        portal_edition,
        portal_issue,
        portal_wordpress,
        portal_clock,
        portal_agency,
        portal_mobile,
    )
}

GOLD = Path(__file__).resolve().parents[2] / "shared" / "data" / "html-gold"


_BLOCKS = frozenset(
    [
        "p",
        "div",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "tr",
        "br",
        "section",
        "article",
        "header",
        "footer",
        "nav",
        "ul",
        "ol",
        "table",
        "blockquote",
        "title",
        "span",
        "figcaption",
        "aside",
        "main",
        "form",
        "label",
        "button",
    ]
)


def dump_text(html: str) -> str:
    """What a naive HTML-to-text step gives: every block's text on a line of its own, scripts
    and styles dropped, nothing else removed (a browser's ``innerText`` of the whole page)."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    for n in tree.css("script,style,noscript,template"):
        n.decompose()
    out: list[str] = []

    def walk(node) -> None:  # type: ignore[no-untyped-def]
        for c in node.iter(include_text=True):
            if c.tag == "-text":
                out.append(c.text_content or "")
            else:
                block = c.tag in _BLOCKS
                out.append("\n" if block else "")
                walk(c)
                out.append("\n" if block else "")

    walk(tree.body or tree.root)
    lines = (" ".join(x.split()) for x in "".join(out).split("\n"))
    return "\n".join(x for x in lines if x)


def real() -> int:
    """The html-gold pages dumped block by block, parsed; headline and body against gold."""
    import json

    from akhbar.parse import parse_text

    pages = {
        "arabic_article.html": json.loads((GOLD / "arabic_article.metadata.json").read_text()),
        "assabah.com.tn.article.html": next(
            iter(json.loads((GOLD / "assabah.evaldata.json").read_text()).values())
        ),
    }
    for name, meta in pages.items():
        text = dump_text((GOLD / name).read_text("utf-8", "replace"))
        page = parse_text(text, input=name)
        want = " ".join(str(meta["title"]).split())
        print(f"{name}: {len(text.splitlines())} lines")
        print(f"  headline {'ok ' if page.main.headline == want else 'MISS'} {page.main.headline}")
        print(f"  published {page.main.published}  byline {page.main.byline}")
        print(f"  body {len(page.main.body)} lines; first: {page.main.body[0][:60]}")
        print(f"  related {len(page.related)}, discarded {len(page.discarded)}")
    return 0


def markdown_layouts() -> dict[str, Layout]:
    """The same layouts as a reader such as jina prints them: its preamble (``Title:``, ``URL
    Source:``, ``Markdown Content:``), every link of the menus and the footer as a bulleted
    Markdown link, the headline as a ``#`` heading; the gold is unchanged."""
    links = set(MENU) | set(FOOTER) | set(SOCIAL)

    def wrap(layout: Layout) -> Layout:
        def as_markdown(p: Parts) -> tuple[list[str], Page]:
            lines, gold = layout(p)
            head = gold.main.headline or ""
            out = [f"Title: {head}", "", "URL Source: https://example.sa/news/1", "",
                   "Markdown Content:"]  # fmt: skip
            for k, line in enumerate(lines):
                if line in links:
                    out.append(f"* [{line}](https://example.sa/s/{k})")
                else:
                    out.append(f"# {line}" if line == head else line)
            return out, gold

        return as_markdown

    return {f"{name}_md": wrap(layout) for name, layout in LAYOUTS.items()}


if __name__ == "__main__":
    if "--real" in sys.argv:
        sys.exit(real())
    if "--markdown" in sys.argv:
        sys.argv.remove("--markdown")
        sys.exit(main(layouts=markdown_layouts(), doc=__doc__))
    sys.exit(main(layouts=LAYOUTS, doc=__doc__))
