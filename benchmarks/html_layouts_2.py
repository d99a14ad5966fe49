"""HTML layouts, second round: akhbar's ``read_html`` vs trafilatura on eight layouts that
``html_accuracy.py``'s five templates do not cover, field by field, in one run.

Each of the 240 dev articles (data/dev-pages, gold in ``*.gold.json``) is printed in every
template below, the way Arabic news sites print articles today (and one as they did in 2005):

- ``nextjs``: a Next.js page whose article exists only in ``<script id="__NEXT_DATA__"
  type="application/json">``, in one of three shapes: a CMS object (title, ISO date with offset,
  ``author.name``, ``tags[].name``, body as HTML), a headless CMS's rich text (Portable Text
  blocks of spans, ``authors`` list, tags as strings) or a headless WordPress REST post
  (``{"rendered": …}``, author and ``post_tag`` terms in ``_embedded``); the markup holds a
  skeleton (empty placeholders, a "loading" line), menus and a footer;
- ``ldgraph``: a client-rendered shell (``<div id="root">`` + ``<noscript>``) with a Yoast-like
  JSON-LD ``@graph``: Organization, WebSite, WebPage, BreadcrumbList, Person and a NewsArticle
  whose ``author`` is an ``{"@id"}`` reference (alone or in a list), ``articleBody`` paragraphs
  joined by ``\n\n`` or ``\r\n``, keywords a list or a string, dates with ``+03:00``;
- ``opengraph``: metadata only in Open Graph / Twitter meta (``og:title`` with `` - Site`` or
  `` | Site``, ``twitter:title`` on half the pages, no ``og:site_name``,
  ``article:published_time``, ``article:tag`` repeated, ``article:author`` a profile URL, the
  writer in ``twitter:label1`` (Arabic or English label) / ``twitter:data1``); the title printed
  in an ``<h2>``, no ``<h1>``;
- ``media``: ``<figure>`` / ``<figcaption>`` with lazy images (``data-src``, ``<noscript>``
  copies), a caption in a ``<p>`` inside a figcaption between paragraphs, a photo credit line
  (``تصوير: …``) above the text, and ``<time datetime>`` in UTC (``Z``) next to the visible local
  Arabic date (clock as ``01:30 ص`` or ``1:30 صباحا``), which is a day later for articles
  printed after midnight Mecca time; every other page prints the "last updated" ``<time>`` first;
- ``readalso``: paragraphs directly in ``<article>``, an inline ``اقرأ أيضا:`` link paragraph,
  an ``اقرأ أيضا`` label followed by a list of links, and a grid of related cards (headline +
  teaser sentence) after the body under a heading (``مواضيع ذات صلة``, ``قد يهمك أيضا`` or
  ``أخبار متعلقة``), with no telling class;
- ``liveblog``: a live page (JSON-LD ``LiveBlogPosting`` with ``liveBlogUpdate``s), one
  container per update (time, text, share link), newest first (oldest first on every third);
- ``portal``: an Al-Jazeera/BBC-Arabic-like page with hashed CSS-in-JS class names that say
  nothing, ARIA landmarks (``role``, ``aria-label``), each paragraph in its own ``<div>``,
  breadcrumbs, a share bar inside the ``<article>``, "more on this story" and topics sections
  under headings that vary (the topics are the tags), a newsletter signup and a most-read list;
  JSON-LD names the writer,
  or the outlet itself as author (an Organization: no byline) when the article has none;
- ``table2005``: a table layout in windows-1256 (declared in ``<meta http-equiv>``), ``<font>``
  tags, the title in ``<title>`` as ``Site :: Headline`` and in a bold ``<font>``, a visible
  date line in the next row (``بتاريخ: 9/8/2015``, ``تاريخ النشر : 09-08-2015`` or ``9 آب
  2015``), the byline in ``<b>`` or ``<strong>`` and paragraphs broken by ``<br><br>``.

The variants rotate with the article's index, so each is printed for 80–120 of the 240.

Gold is known by construction from the dev gold and scored as SCHEMA.md reads each field:
headline exact (whitespace-collapsed), published day (the local day the page prints; a date
where the gold has none is wrong), byline exact, body paragraph F1 in printed order (the live
page prints its updates newest first, so its gold body is the dev body reversed), tags F1 (the
editor's tags; ``table2005`` prints none, so its gold has none) and lossless (every letter and
digit of the gold article is somewhere in the output). The scoring and the ``Case`` machinery
are ``html_accuracy.py``'s, imported.

    .venv/bin/python benchmarks/html_layouts_2.py [--only TEMPLATE] [--misses FIELD] [--tool akhbar]
"""

from __future__ import annotations

import json
import sys
import zlib
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from datetime import date as Date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from html_accuracy import Case, Gold, _site, arguments, dev_articles, e, report
from parse_layouts import LEVANT, MONTHS

Built2 = tuple[str, str, Gold]  # (html, url, the gold "main" the page prints)
MECCA = timezone(timedelta(hours=3))
TEASERS = [
    "تفاصيل جديدة يكشفها مسؤولون عن خطط العام المقبل وما تتضمنه من مشروعات",
    "مصادر مطلعة تتحدث عن اجتماع مرتقب لبحث الملفات العالقة بين الجانبين",
    "خبراء يقرأون دلالات القرار وتأثيره على المواطنين والمقيمين في المنطقة",
]


def _gold(main: Gold, **changes: Any) -> Gold:
    gold = {k: main.get(k) for k in ("headline", "published", "byline", "body", "tags")}
    gold["body"] = list(gold["body"] or ())
    gold["tags"] = list(gold["tags"] or ())
    gold.update(changes)
    return gold


def _day(main: Gold) -> Date:
    return Date.fromisoformat(main["published"][:10])


def _json_script(value: Any) -> str:
    """JSON inside ``<script>`` as frameworks print it (``<``, ``>``, ``&`` escaped)."""
    text = json.dumps(value, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _menu() -> str:
    items = ["الرئيسية", "محليات", "دوليات", "اقتصاد", "رياضة", "منوعات"]
    return "".join(f'<li><a href="/s/{k}">{t}</a></li>' for k, t in enumerate(items))


def nextjs(i: int, text: str, gold: Gold) -> Built2:
    main = gold["main"]
    site, host = _site(i)
    head, day = main["headline"], _day(main)
    url = f"https://{host}/local/article-{i}"
    form = i % 3
    article: dict[str, Any] = {
        "id": 90000 + i,
        "slug": f"article-{i}",
        "title": head,
        "excerpt": main["body"][0][:140],
        "publishedAt": f"{day}T09:15:00+03:00",
        "updatedAt": f"{day}T11:40:00+03:00",
        "section": {"name": "محليات", "slug": "local"},
        "author": {"name": main["byline"], "slug": f"writer-{i}"} if main.get("byline") else None,
        "tags": [{"id": k, "name": t, "slug": f"tag-{k}"} for k, t in enumerate(main["tags"])],
        "content": "".join(f"<p>{e(p)}</p>" for p in main["body"]),
        "image": {"url": f"/img/{i}.jpg", "caption": "صورة أرشيفية"},
    }
    if form == 1:  # a headless CMS's rich text (Sanity's Portable Text), authors as a list
        del article["content"]
        article["body"] = [
            {"_type": "block", "_key": f"k{n}", "style": "normal", "markDefs": [],
             "children": [{"_type": "span", "_key": f"s{n}", "text": p, "marks": []}]}
            for n, p in enumerate(main["body"])
        ]  # fmt: skip
        article["authors"] = [article.pop("author")] if main.get("byline") else []
        article["tags"] = list(main["tags"])
    elif form == 2:  # a headless WordPress: its REST API's post, with ``_embed``
        category = [{"id": 1, "taxonomy": "category", "name": "محليات"}]
        terms = [
            {"id": 10 + k, "taxonomy": "post_tag", "name": t} for k, t in enumerate(main["tags"])
        ]
        article = {
            "id": 90000 + i,
            "date": f"{day}T09:15:00",
            "date_gmt": f"{day}T06:15:00",
            "title": {"rendered": e(head)},
            "content": {"rendered": "".join(f"<p>{e(p)}</p>\n" for p in main["body"])},
            "excerpt": {"rendered": f"<p>{e(main['body'][0][:140])}</p>"},
            "author": 7,
            "tags": [10 + k for k in range(len(main["tags"]))],
            "_embedded": {
                "author": [{"id": 7, "name": main["byline"]}] if main.get("byline") else [],
                "wp:term": [category, terms],
            },
        }
    data = {
        "props": {
            "pageProps": {
                "article": article,
                "related": [
                    {"title": r["headline"], "slug": f"r{k}"}
                    for k, r in enumerate(gold.get("related") or ())
                ],
                "menu": [{"title": "الرئيسية", "href": "/"}, {"title": "محليات", "href": "/l"}],
            },
            "__N_SSG": True,
        },
        "page": "/[section]/[slug]",
        "query": {"section": "local", "slug": f"article-{i}"},
        "buildId": "x7Gh2kQ9",
        "isFallback": False,
        "locale": "ar",
    }
    page = f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charSet="utf-8"/>
<meta name="viewport" content="width=device-width"/><title>{e(head)} | {e(site)}</title>
<meta name="description" content="{e(main["body"][0][:140])}"/><link rel="canonical" href="{url}"/>
<link rel="preload" href="/_next/static/css/a1.css" as="style"/></head><body>
<div id="__next"><header class="Header_root__x1Kp"><a href="/" class="Header_logo__9d">{e(site)}</a>
<nav class="Header_nav__q2"><ul>{_menu()}</ul></nav></header>
<main class="Article_main__3kdP"><div class="Skeleton_title__a1"></div><div class="Skeleton_meta__b2"></div>
<div class="Skeleton_image__c3"></div><div class="Skeleton_line__d4"></div><div class="Skeleton_line__d4"></div>
<p class="Article_loading__q7">جار تحميل الخبر...</p></main>
<footer class="Footer_root__z8"><p>جميع الحقوق محفوظة © {e(site)} 2015</p><a href="/privacy">سياسة الخصوصية</a></footer></div>
<script id="__NEXT_DATA__" type="application/json">{_json_script(data)}</script>
<script src="/_next/static/chunks/main-1f2e.js" async=""></script></body></html>"""
    return page, url, _gold(main)


def ldgraph(i: int, text: str, gold: Gold) -> Built2:
    main = gold["main"]
    site, host = _site(i)
    head, day = main["headline"], _day(main)
    url = f"https://{host}/{day:%Y/%m/%d}/{i}/"
    org, person = f"https://{host}/#organization", f"https://{host}/#/schema/person/{i}"
    article: dict[str, Any] = {
        "@type": "NewsArticle",
        "@id": f"{url}#article",
        "isPartOf": {"@id": url},
        "headline": head,
        "datePublished": f"{day}T06:47:00+03:00",
        "dateModified": f"{day + timedelta(days=1)}T10:05:00+03:00",
        "mainEntityOfPage": {"@id": url},
        "publisher": {"@id": org},
        "keywords": ", ".join(main["tags"]) if i % 2 else list(main["tags"]),
        "articleSection": ["محليات"],
        "inLanguage": "ar",
        "articleBody": ("\r\n" if i % 2 else "\n\n").join(main["body"]),
    }
    graph: list[dict[str, Any]] = [
        {"@type": "Organization", "@id": org, "name": site, "url": f"https://{host}/"},
        {
            "@type": "WebSite",
            "@id": f"https://{host}/#website",
            "name": site,
            "publisher": {"@id": org},
        },
        {
            "@type": "WebPage",
            "@id": url,
            "url": url,
            "name": f"{head} - {site}",
            "datePublished": f"{day}T06:47:00+03:00",
            "breadcrumb": {"@id": f"{url}#breadcrumb"},
        },
        {
            "@type": "BreadcrumbList",
            "@id": f"{url}#breadcrumb",
            "itemListElement": [
                {
                    "@type": "ListItem",
                    "position": 1,
                    "name": "الرئيسية",
                    "item": f"https://{host}/",
                },
                {
                    "@type": "ListItem",
                    "position": 2,
                    "name": "محليات",
                    "item": f"https://{host}/local/",
                },
                {"@type": "ListItem", "position": 3, "name": head},
            ],
        },
    ]
    if main.get("byline"):
        graph.append({"@type": "Person", "@id": person, "name": main["byline"]})
        article["author"] = {"@id": person} if i % 2 else [{"@id": person}]
    graph.append(article)
    ld = {"@context": "https://schema.org", "@graph": graph}
    page = f"""<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>{e(head)} - {e(site)}</title><link rel="canonical" href="{url}">
<script type="application/ld+json" class="yoast-schema-graph">{_json_script(ld)}</script>
<link rel="stylesheet" href="/static/css/main.8c1f.css"></head>
<body><noscript>يجب تفعيل جافا سكريبت في المتصفح لعرض هذا الموقع.</noscript><div id="root"></div>
<script src="/static/js/main.4d2a.js"></script></body></html>"""
    return page, url, _gold(main)


def opengraph(i: int, text: str, gold: Gold) -> Built2:
    main = gold["main"]
    site, host = _site(i)
    head, day = main["headline"], _day(main)
    url = f"https://{host}/story/{i}"
    metas = [
        '<meta property="og:type" content="article">',
        f'<meta property="og:title" content="{e(head)} {"-" if i % 2 else "|"} {e(site)}">',
        *([f'<meta name="twitter:title" content="{e(head)} | {e(site)}">'] if i % 2 else []),
        f'<meta property="og:url" content="{url}">',
        f'<meta property="og:description" content="{e(main["body"][0][:120])}">',
        f'<meta property="article:published_time" content="{day}T06:47:00+03:00">',
        f'<meta property="article:modified_time" content="{day + timedelta(days=2)}T08:00:00+03:00">',
        '<meta property="article:section" content="محليات">',
        *(f'<meta property="article:tag" content="{e(t)}">' for t in main["tags"]),
        f'<meta property="article:author" content="https://www.facebook.com/{host.split(".")[0]}">',
    ]
    if main.get("byline"):
        label = "كُتب بواسطة" if i % 2 else "Written by"
        metas.append(f'<meta name="twitter:label1" content="{label}">')
        metas.append(f'<meta name="twitter:data1" content="{e(main["byline"])}">')
    metas.append('<meta name="twitter:label2" content="وقت القراءة">')
    metas.append('<meta name="twitter:data2" content="3 دقائق">')
    paras = "".join(f"<p>{e(p)}</p>" for p in main["body"])
    page = f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>{e(head)} - {e(site)}</title>{"".join(metas)}</head><body>
<div class="top"><a href="/" class="logo">{e(site)}</a><ul class="links">{_menu()}</ul></div>
<div class="page"><div class="story"><h2 class="story-title">{e(head)}</h2>
<div class="story-text">{paras}</div></div>
<div class="latest"><h3>آخر الأخبار</h3><ul><li><a href="/n/1">ارتفاع أسعار النفط في الأسواق العالمية مع تراجع المخزونات</a></li></ul></div></div>
<div class="bottom">© {e(site)} 2015</div></body></html>"""
    return page, url, _gold(main)


def _clock(moment: datetime) -> str:
    hour = moment.hour % 12 or 12
    return f"{hour:02d}:{moment.minute:02d} {'ص' if moment.hour < 12 else 'م'}"


def media(i: int, text: str, gold: Gold) -> Built2:
    main = gold["main"]
    site, host = _site(i)
    head, day = main["headline"], _day(main)
    url = f"https://{host}/news/{i}"
    # half the articles are printed after midnight Mecca time: the UTC instant is a day earlier
    local = datetime(day.year, day.month, day.day, 1 if i % 2 == 0 else 14, 30, tzinfo=MECCA)
    utc = local.astimezone(UTC)
    clock = (
        _clock(local)
        if i % 4 < 2
        else f"{local.hour % 12 or 12}:{local.minute:02d} "
        + ("صباحا" if local.hour < 12 else "مساء")
    )
    shown = f"{day.day} {MONTHS[day.month - 1]} {day.year} - {clock}"
    when = f'<span class="date">نشر في: <time datetime="{utc:%Y-%m-%dT%H:%M:%SZ}">{shown}</time></span>'
    later = utc + timedelta(days=1, hours=3)
    updated = (
        f'<span class="date">آخر تحديث: <time datetime="{later:%Y-%m-%dT%H:%M:%SZ}">'
        f"{later.day} {MONTHS[later.month - 1]} {later.year}</time></span>"
    )
    meta = f"{updated} {when}" if i % 2 else f"{when} {updated}"
    by = (
        f'<a class="author" href="/writers/{i}">{e(main["byline"])}</a>'
        if main.get("byline")
        else ""
    )
    tags = "".join(
        f'<li><a href="/tag/{k}" rel="tag">{e(t)}</a></li>' for k, t in enumerate(main["tags"])
    )
    lazy = 'src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" class="lazyload"'
    parts = [f"<p>تصوير: {('محمد العتيبي', 'أحمد حسن', 'رويترز')[i % 3]}</p>"]
    for k, p in enumerate(main["body"]):
        parts.append(f"<p>{e(p)}</p>")
        if k == 0:
            parts.append(
                f'<figure class="wp-block-image"><img {lazy} data-src="/img/{i}-2.jpg" alt="" loading="lazy">'
                f'<noscript><img src="/img/{i}-2.jpg" alt=""></noscript>'
                "<figcaption><p>جانب من الفعالية التي أقيمت في مقر الجهة المنظمة مساء أمس</p>"
                "</figcaption></figure>"
            )
    page = f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>{e(head)} | {e(site)}</title><meta property="og:site_name" content="{e(site)}">
<meta property="og:image" content="https://{host}/img/{i}.jpg"></head><body>
<div class="site-top"><a href="/">{e(site)}</a><ul class="main-links">{_menu()}</ul></div>
<article class="post"><h1 class="post-title">{e(head)}</h1><div class="post-meta">{by} {meta}</div>
<figure class="post-thumb"><img {lazy} data-src="/img/{i}.jpg" alt="{e(head)}"><noscript><img src="/img/{i}.jpg" alt="{e(head)}"></noscript>
<figcaption>صورة من الحدث <span class="credit">(تصوير: المركز الإعلامي)</span></figcaption></figure>
<div class="post-body">{"".join(parts)}</div><ul class="post-tags">{tags}</ul></article>
<div class="site-bottom"><p>جميع الحقوق محفوظة © {e(site)}</p></div></body></html>"""
    return page, url, _gold(main)


def readalso(i: int, text: str, gold: Gold) -> Built2:
    main = gold["main"]
    site, host = _site(i)
    head, day = main["headline"], _day(main)
    url = f"https://{host}/a/{i}"
    rel = [r["headline"] for r in gold.get("related") or ()] or [
        "أمير المنطقة يدشن مهرجان الصيف بحضور جماهيري كبير"
    ]
    more = [
        "الأرصاد تتوقع أمطارا رعدية على المرتفعات الجنوبية",
        "وزير الصحة يفتتح مستشفى جديدا في المنطقة الشرقية",
    ]
    parts: list[str] = []
    for k, p in enumerate(main["body"]):
        parts.append(f"<p>{e(p)}</p>")
        if k == 0:
            parts.append(f'<p><strong>اقرأ أيضا:</strong> <a href="/a/r0">{e(rel[0])}</a></p>')
        if k == 1:
            items = "".join(f'<li><a href="/a/m{m}">{e(t)}</a></li>' for m, t in enumerate(more))
            parts.append(f"<p>اقرأ أيضا</p><ul>{items}</ul>")
    cards = "".join(
        f'<div class="card"><a href="/a/c{k}"><img data-src="/img/c{k}.jpg" alt=""><h3>{e(t)}</h3></a>'
        f"<p>{TEASERS[k % len(TEASERS)]}</p><span>منذ {k + 2} ساعات</span></div>"
        for k, t in enumerate([*rel, *more])
    )
    by = f'<div class="author">{e(main["byline"])}</div>' if main.get("byline") else ""
    tags = "".join(f'<a href="/tag/{k}" rel="tag">{e(t)}</a> ' for k, t in enumerate(main["tags"]))
    page = f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>{e(head)} - {e(site)}</title><meta property="og:site_name" content="{e(site)}">
<meta property="article:published_time" content="{day}"></head><body>
<div class="masthead"><a href="/">{e(site)}</a><ul class="sections">{_menu()}</ul></div>
<article><h1>{e(head)}</h1>{by}{"".join(parts)}<div class="post-tags">{tags}</div>
<section class="grid"><h2>{("مواضيع ذات صلة", "قد يهمك أيضا", "أخبار متعلقة")[i % 3]}</h2><div class="cards">{cards}</div></section></article>
<div class="end">© {e(site)}</div></body></html>"""
    return page, url, _gold(main)


def liveblog(i: int, text: str, gold: Gold) -> Built2:
    main = gold["main"]
    site, host = _site(i)
    head, day = main["headline"], _day(main)
    url = f"https://{host}/live/{i}"
    start = datetime(day.year, day.month, day.day, 8, 0, tzinfo=MECCA)
    times = [start + timedelta(minutes=20 * k) for k in range(len(main["body"]))]
    # newest first, as live pages print; every third page sorted oldest first (a reader's choice)
    order: Callable[[list[Any]], list[Any]] = (lambda x: x) if i % 3 == 2 else (lambda x: x[::-1])
    ld: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "LiveBlogPosting",
        "headline": head,
        "datePublished": start.isoformat(),
        "coverageStartTime": start.isoformat(),
        "dateModified": times[-1].isoformat(),
        "keywords": list(main["tags"]),
        "liveBlogUpdate": [
            {
                "@type": "BlogPosting",
                "headline": f"تحديث {k + 1}",
                "datePublished": t.isoformat(),
                "articleBody": p,
            }
            for k, (t, p) in enumerate(zip(times, main["body"], strict=True))
        ][::-1],
    }
    if main.get("byline"):
        ld["author"] = {"@type": "Person", "name": main["byline"]}
    posts = "".join(
        f'<div class="live-post" id="post-{k}"><div class="live-post-time"><time datetime="{t.isoformat()}">'
        f'{t:%H:%M}</time></div><div class="live-post-body"><p>{e(p)}</p></div>'
        f'<div class="live-post-tools"><a href="#post-{k}">نسخ الرابط</a></div></div>'
        for k, (t, p) in order(list(enumerate(zip(times, main["body"], strict=True))))
    )
    by = f'<div class="byline">{e(main["byline"])}</div>' if main.get("byline") else ""
    page = f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>مباشر | {e(head)}</title><meta property="og:site_name" content="{e(site)}">
<script type="application/ld+json">{_json_script(ld)}</script></head><body>
<div class="top"><a href="/">{e(site)}</a><ul class="sections">{_menu()}</ul></div>
<div class="live-page"><div class="live-badge">مباشر</div><h1>{e(head)}</h1>{by}
<div class="live-feed">{posts}</div></div><div class="end">© {e(site)}</div></body></html>"""
    return page, url, _gold(main, body=order(list(main["body"])))


def _css(key: str) -> str:
    """A hashed CSS-in-JS class name: says nothing about the element."""
    return f"bbc-{zlib.crc32(key.encode()) % 16**7:07x} e{len(key)}x0"


def portal(i: int, text: str, gold: Gold) -> Built2:
    main = gold["main"]
    site, host = _site(i)
    head, day = main["headline"], _day(main)
    url = f"https://{host}/arabic/articles/c{i:05d}o"
    author: dict[str, Any] = (
        {"@type": "Person", "name": main["byline"]}
        if main.get("byline")
        else {"@type": "NewsMediaOrganization", "name": site}
    )
    ld = {
        "@context": "http://schema.org",
        "@type": "NewsArticle",
        "url": url,
        "headline": head,
        "datePublished": f"{day}T07:12:44.000Z",
        "author": author,
        "publisher": {"@type": "NewsMediaOrganization", "name": site},
    }
    rel = [r["headline"] for r in gold.get("related") or ()] or [
        "أمير المنطقة يدشن مهرجان الصيف بحضور جماهيري كبير"
    ]
    paras = "".join(
        f'<div class="{_css("pw")}"><p dir="rtl" class="{_css("p")}">{e(p)}</p></div>'
        for p in main["body"]
    )
    by = (
        f'<div class="{_css("by")}"><ul role="list"><li><span>{e(main["byline"])}</span></li></ul></div>'
        if main.get("byline")
        else ""
    )
    share = "".join(
        f'<li><a href="#" class="{_css("sh")}">{t}</a></li>' for t in ("فيسبوك", "تويتر", "واتساب")
    )
    topics = "".join(
        f'<li><a href="/arabic/topics/t{k}" class="{_css("tp")}">{e(t)}</a></li>'
        for k, t in enumerate(main["tags"])
    )
    more = "".join(
        f'<li><div class="{_css("mo")}"><a href="/arabic/m{k}"><span>{e(t)}</span></a><time datetime="{day}">{day.day} {MONTHS[day.month - 1]}/ {LEVANT[day.month - 1]} {day.year}</time></div></li>'
        for k, t in enumerate(rel)
    )
    page = f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>{e(head)} - {e(site)}</title><meta property="og:title" content="{e(head)} - {e(site)}">
<meta property="og:site_name" content="{e(site)}"><meta property="og:type" content="article">
<script type="application/ld+json">{_json_script(ld)}</script></head><body>
<header role="banner" class="{_css("hd")}"><a href="/arabic" class="{_css("lg")}">{e(site)}</a>
<div class="{_css("nv")}" role="navigation"><ul>{_menu()}</ul></div></header>
<main role="main" class="{_css("mn")}"><div class="{_css("bc")}" aria-label="مسار التنقل"><ol><li><a href="/arabic">الرئيسية</a></li><li><a href="/arabic/news">أخبار</a></li></ol></div>
<article class="{_css("ar")}"><div class="{_css("hh")}"><h1 class="{_css("h1")}">{e(head)}</h1></div>
{by}<div class="{_css("tm")}"><time datetime="{day}">{day.day} {MONTHS[day.month - 1]}/ {LEVANT[day.month - 1]} {day.year}</time></div>
<div class="{_css("sb")}" role="group" aria-label="شارك هذا الخبر"><ul>{share}</ul></div>
<figure class="{_css("fg")}"><img src="/img/{i}.jpg" alt=""><figcaption><span class="{_css("vh")}">التعليق على الصورة، </span>صورة أرشيفية</figcaption></figure>
{paras}
<section class="{_css("rs")}" aria-labelledby="related-content-heading"><h2 id="related-content-heading">{("المزيد حول هذه القصة", "قصص ذات صلة")[i % 2]}</h2><ul>{more}</ul></section>
<section class="{_css("ts")}" aria-labelledby="related-topics"><h2 id="related-topics">{("مواضيع ذات صلة", "المواضيع")[i % 2]}</h2><ul>{topics}</ul></section></article>
<section class="{_css("nl")}" aria-labelledby="newsletter"><h2 id="newsletter">النشرة البريدية</h2><p class="{_css("np")}">اشترك في نشرتنا البريدية لتصلك أهم الأخبار والتحليلات مباشرة إلى بريدك الإلكتروني كل صباح.</p>
<form><input type="email" placeholder="بريدك الإلكتروني"><button>اشترك</button></form></section>
<section class="{_css("mr")}" aria-labelledby="most-read"><h2 id="most-read">الأكثر قراءة</h2><ol><li><a href="/arabic/x1">الأرصاد تتوقع أمطارا رعدية على المرتفعات الجنوبية خلال الأيام المقبلة</a></li></ol></section></main>
<footer role="contentinfo" class="{_css("ft")}"><p>© 2015 {e(site)}. {e(site)} ليست مسؤولة عن محتوى المواقع الخارجية.</p></footer></body></html>"""
    return page, url, _gold(main)


def table2005(i: int, text: str, gold: Gold) -> Built2:
    main = gold["main"]
    site, host = _site(i)
    head, day = main["headline"], _day(main)
    url = f"http://www.{host}/news.asp?id={i}"
    bold = "strong" if i % 2 else "b"
    lines = [f"<{bold}>{e(main['byline'])}</{bold}>"] if main.get("byline") else []
    shown = (
        f"بتاريخ: {day.day}/{day.month}/{day.year}",
        f"تاريخ النشر : {day.day:02d}-{day.month:02d}-{day.year}",
        f"{day.day} {LEVANT[day.month - 1]} {day.year}",
    )[i % 3]
    lines.extend(e(p) for p in main["body"])
    menu = "".join(
        f'<tr><td><a href="/sec.asp?s={k}"><font face="Tahoma" size="2">{t}</font></a></td></tr>'
        for k, t in enumerate(["الرئيسية", "محليات", "عربي ودولي", "اقتصاد", "رياضة", "الأرشيف"])
    )
    page = f"""<html dir="rtl"><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256">
<title>{e(site)} :: {e(head)}</title></head>
<body bgcolor="#FFFFFF" topmargin="0" leftmargin="0"><table width="780" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td colspan="2"><img src="/images/logo.gif" width="780" height="90" alt="{e(site)}"></td></tr>
<tr><td width="160" valign="top" bgcolor="#EEEEEE"><table width="100%">{menu}</table></td>
<td valign="top"><table width="100%" cellpadding="4">
<tr><td><font face="Tahoma" size="4" color="#990000"><b>{e(head)}</b></font></td></tr>
<tr><td><font face="Tahoma" size="1" color="#808080">{shown}</font></td></tr>
<tr><td><font face="Tahoma" size="2">{"<br><br>".join(lines)}</font></td></tr>
<tr><td><a href="print.asp?id={i}"><font size="1">طباعة الخبر</font></a> | <a href="send.asp?id={i}"><font size="1">أرسل لصديق</font></a></td></tr>
</table></td></tr>
<tr><td colspan="2" align="center"><font size="1">جميع الحقوق محفوظة © 2005 {e(site)}</font></td></tr></table></body></html>"""
    return page, url, _gold(main, tags=[])


TEMPLATES: dict[str, Callable[[int, str, Gold], Built2]] = {
    "nextjs": nextjs,
    "ldgraph": ldgraph,
    "opengraph": opengraph,
    "media": media,
    "readalso": readalso,
    "liveblog": liveblog,
    "portal": portal,
    "table2005": table2005,
}
ENCODINGS = {"table2005": "cp1256"}


def load_cases(only: str | None = None) -> list[Case]:
    cases: list[Case] = []
    for i, name, text, gold in dev_articles():
        for tname, build in TEMPLATES.items():
            if only in (None, tname):
                page, url, main = build(i, text, gold)
                encoding = ENCODINGS.get(tname, "utf-8")
                cases.append(Case(tname, name, page, url, main, encoding=encoding))
    return cases


def main() -> None:
    args = arguments(TEMPLATES)
    report(load_cases(args.only), args.tool, args.misses)


if __name__ == "__main__":
    main()
