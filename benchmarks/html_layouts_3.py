"""HTML layouts, third round: akhbar's ``read_html`` vs trafilatura on eight more layouts, field
by field, in one run.

``html_accuracy.py`` prints the dev articles as a base page, a WordPress theme (entry-content,
Jetpack boxes, ``rel=tag``, comments), an AMP page (amp-img, amp-ad, amp-sidebar,
amp-social-share), a ``content`` box and ``itemprop=articleBody`` markup; ``html_layouts_2.py``
as Next.js data, a JSON-LD ``@graph`` shell, Open Graph only, figures, read-also grids, live
pages, a hashed-class portal and a 2005 table. This round prints each of the 240 dev articles
(data/dev-pages, gold in ``*.gold.json``) in eight layouts none of those covers:

- ``wayback``: the page as the Wayback Machine replays it: the archive's scripts and styles in
  ``<head>`` up to ``<!-- End Wayback Rewrite JS Include -->``, its toolbar at the top of
  ``<body>`` between ``<!-- BEGIN/END WAYBACK TOOLBAR INSERT -->`` (the full ``wm-ipp`` toolbar
  with capture calendar, capture count, "COLLECTED BY" text, or the empty base a current
  replay fills by script), ``wm-ipp-print``'s "The Wayback Machine - URL" line, every link and
  image rewritten to ``/web/<timestamp>/<original>``, and the archive comment at the end;
  fetched from ``https://web.archive.org/web/<capture>/<original>``, captured days after the
  article; the page's own date printed in a date line, in its original URL or its meta;
- ``microdata``: schema.org microdata and no JSON-LD: ``itemprop="headline"`` (on every other
  page an ``<h2>`` under a logo ``<h1>``, the ``<title>`` only the site's name),
  ``datePublished`` as a ``<time>`` after an unlabelled ``dateModified`` one, a ``<meta>`` or a
  ``content`` attribute, ``author`` an ``itemscope`` Person (name in a ``<span>`` or a
  ``<meta>``, job title beside it) or the outlet as an Organization when no one signed,
  ``keywords`` in a ``<meta>`` or printed, an ``ImageObject`` caption inside ``articleBody``;
- ``instant``: Facebook Instant Articles markup, as a whole document (``op:markup_version``),
  as the ``<article>`` alone and as a feed's ``content:encoded`` fragment (paragraphs, figures
  and ``<time class="op-published">``, no headline: its gold headline and byline are none):
  ``op-modified`` printed before ``op-published`` on every other page, the writer in
  ``<address>``, a kicker, ``op-interactive`` / ``op-ad`` / ``op-social`` figures, a pull quote
  ``<aside>``, the related-articles list in the footer; no tags (a feed gives them outside);
- ``infinite``: an infinite-scroll page: the article followed by the next two dev articles
  printed in full (same markup: headline, writer, ``<time>``, paragraphs, ``rel=tag`` links)
  and loaders between them; they are ``embedded`` articles, never the body or its tags;
- ``print``: the print version (``?print=1``): a logo, the headline in an ``<h1>``, ``<h2>``
  or bold ``<font>``, a date line, the writer, paragraphs in ``<p>``s or ``<br>``-broken text,
  the article's address, the print date and the copyright at the foot, ``window.print()``; its
  ``<title>`` is a print label, the site and a print label, or the headline and the site;
- ``divads``: paragraphs as ``<div>``s (one each, or ``<br><br>``-broken runs), ``<div><br>
  </div>`` spacers and inline ads (``<div class="ad">إعلان</div>``, an AdSense slot labelled
  ``إعلان - تابع القراءة بالأسفل``) between them;
- ``basehref``: a saved page (no URL given) with ``<base href="https://…/ar/">`` and every link
  relative, Arabic slugs included; the date only in its relative canonical URL;
- ``blogger``: a Blogspot theme: the date header (``<h2 class="date-header">``), the headline
  in an ``<h3 class="post-title">``, the ``<title>`` as ``Blog: Headline`` (``og:title`` on
  every other page), the text as ``<div>``s or ``<br>``-broken lines inside ``post-body``,
  ``مرسلة بواسطة`` and ``<abbr class="published">`` in the post footer, share buttons, labels
  (``التسميات:``), the blog pager, popular posts, archive and profile widgets.

The variants rotate with the article's index. Gold is known by construction from the dev gold
and scored as ``html_layouts_2.py`` scores it (``html_accuracy.py``'s ``Case`` and ``report``,
imported): headline exact, published day, byline exact, body paragraph F1, tags F1, lossless.

    .venv/bin/python benchmarks/html_layouts_3.py [--only TEMPLATE] [--misses FIELD] [--tool akhbar]
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from html_accuracy import Case, Gold, _site, arguments, dev_articles, e, report
from html_layouts_2 import MECCA, TEASERS, Built2, _clock, _day, _gold, _menu
from html_parse import _date_line
from parse_layouts import MONTHS

WEEKDAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
CAPTION = "جانب من الاجتماع الذي عقد في مقر الجهة المنظمة بحضور عدد من المسؤولين"


def _shown(main: Gold) -> str:
    day = _day(main)
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def _rel(gold: Gold) -> list[str]:
    return [r["headline"] for r in gold.get("related") or ()] or [
        "أمير المنطقة يدشن مهرجان الصيف بحضور جماهيري كبير"
    ]


def _date_text(text: str, gold: Gold) -> str:
    """The dev page's own date line, else the gold day printed in Arabic."""
    return _date_line(text, gold) or f"نشر بتاريخ: {_shown(gold['main'])}"


# --- wayback -------------------------------------------------------------------------------

_WB_HEAD = """<script src="//archive.org/includes/analytics.js?v=cf34f82" type="text/javascript"></script>
<script type="text/javascript">window.addEventListener('DOMContentLoaded',function(){{var v=archive_analytics.values;v.service='wb';v.server_name='wwwb-app212.us.archive.org';v.server_ms=211;archive_analytics.send_pageview({{}});}});</script>
<script type="text/javascript" src="/_static/js/bundle-playback.js?v=1WaXNDFE" charset="utf-8"></script>
<script type="text/javascript" src="/_static/js/wombat.js?v=txqj7nKC" charset="utf-8"></script>
<script type="text/javascript">__wm.init("https://web.archive.org/web");__wm.wombat("{orig}","{ts}","https://web.archive.org/","web","/_static/","{unix}");</script>
<link rel="stylesheet" type="text/css" href="/_static/css/banner-styles.css?v=S1zqJCYt" />
<link rel="stylesheet" type="text/css" href="/_static/css/iconochive.css?v=qtvMKcIJ" />
<!-- End Wayback Rewrite JS Include -->
"""


def _toolbar(orig: str, capture: datetime, full: bool) -> str:
    """The replay's toolbar: the whole ``wm-ipp`` calendar (a replay saved in 2016–2019), or
    the empty base a current replay fills from script; either way the print line."""
    ts = f"{capture:%Y%m%d%H%M%S}"
    here = f"You are here: {capture:%H:%M:%S %b %d, %Y}"
    before, after = capture - timedelta(days=31), capture + timedelta(days=30)
    first, last = capture - timedelta(days=200), capture + timedelta(days=2050)
    if not full:
        base = '<div id="wm-ipp-base" lang="en" style="display:none;direction:ltr;"></div>'
    else:
        base = f"""<div id="wm-ipp-base" lang="en" style="display:block;direction:ltr;"><div id="wm-ipp" style="position:fixed;left:0;top:0;right:0;"><div id="wm-ipp-inside">
<div style="position:relative;"><div id="wm-logo" style="float:left;width:130px;padding-top:10px;"><a href="/web/" title="Wayback Machine home page"><img src="/_static/images/toolbar/wayback-toolbar-logo-200.png" alt="Wayback Machine" width="110" height="39" border="0" /></a></div>
<div class="r" style="float:right;"><div id="wm-btns" style="text-align:right;height:25px;"><div id="wm-save-snapshot-success">success</div><div id="wm-save-snapshot-fail">fail</div>
<a href="#" onclick="__wm.saveSnapshot('{orig}', '{ts}')" title="Share via My Web Archive" id="wm-save-snapshot-open"><span class="iconochive-web"></span></a><a href="https://archive.org/account/login.php" title="Sign In" id="wm-sign-in"><span class="iconochive-person"></span></a>
<a href="http://faq.web.archive.org/" title="Get some help using the Wayback Machine"><span class="iconochive-question"></span></a><a id="wm-tb-close" href="#close" title="Close the toolbar"><span class="iconochive-remove-circle"></span></a></div>
<div id="wm-share" style="text-align:right;"><a href="/web/{ts}/http://web.archive.org/screenshot/{orig}" id="wm-screenshot" title="screenshot"><span class="wm-icon-screen-shot"></span></a><a id="wm-share-facebook" href="#" title="Share on Facebook"><span class="iconochive-facebook"></span></a><a id="wm-share-twitter" href="#" title="Share on Twitter"><span class="iconochive-twitter"></span></a></div></div>
<table class="c" style=""><tbody><tr><td class="u" colspan="2"><form target="_top" method="get" action="/web/submit" name="wmtb" id="wmtb"><input type="text" name="url" id="wmtbURL" value="{orig}" /><input type="hidden" name="type" value="replay" /><input type="hidden" name="date" value="{ts}" /><input type="submit" value="Go" /></form></td>
<td class="n" rowspan="2" style="width:110px;"><table><tbody><tr class="m"><td class="b" nowrap="nowrap"><a href="/web/{before:%Y%m%d%H%M%S}/{orig}" title="{before:%d %b %Y}">{before:%b}</a></td><td class="c" id="displayMonthEl" title="{here}">{capture:%b}</td><td class="f" nowrap="nowrap"><a href="/web/{after:%Y%m%d%H%M%S}/{orig}" title="{after:%d %b %Y}">{after:%b}</a></td></tr>
<tr class="d"><td class="b" nowrap="nowrap"><a href="/web/{before:%Y%m%d%H%M%S}/{orig}" title="{before:%H:%M:%S %b %d, %Y}"><img src="/_static/images/toolbar/wm_tb_prv_on.png" alt="Previous capture" width="14" height="16" border="0" /></a></td><td class="c" id="displayDayEl" style="width:34px;font-size:24px;white-space:nowrap;" title="{here}">{capture.day}</td><td class="f" nowrap="nowrap"><a href="/web/{after:%Y%m%d%H%M%S}/{orig}" title="{after:%H:%M:%S %b %d, %Y}"><img src="/_static/images/toolbar/wm_tb_nxt_on.png" alt="Next capture" width="14" height="16" border="0" /></a></td></tr>
<tr class="y"><td class="b" nowrap="nowrap">{capture.year - 1}</td><td class="c" id="displayYearEl" title="{here}">{capture.year}</td><td class="f" nowrap="nowrap">{capture.year + 1}</td></tr></tbody></table></td></tr>
<tr><td class="s"><div id="wm-nav-captures"><a class="t" href="/web/{capture:%Y%m%d}000000*/{orig}" title="See a list of every capture for this URL">{17 + capture.day} captures</a><div class="r" title="Timespan for captures of this URL">{first:%d %b %Y} - {last:%d %b %Y}</div></div></td>
<td class="k"><a href="" id="wm-graph-anchor"><div id="wm-ipp-sparkline" title="Explore captures for this URL" style="position: relative"><canvas class="sparkline" width="575" height="27" id="wm-sparkline-canvas"></canvas></div></a></td></tr></tbody></table></div>
<div id="wm-capinfo" style="border-top:1px solid #777;display:none; overflow:hidden"><div id="wm-capinfo-collected-by"><div style="background-color:#666;color:#fff;font-weight:bold;text-align:center">COLLECTED BY</div>
<div style="padding:3px;position:relative" id="wm-collected-by-content"><div style="display:inline-block;vertical-align:top;width:50%;"><span class="c-logo" style="background-image:url(https://archive.org/services/img/alexacrawls);"></span>
Organization: <a style="color:#33f;" href="https://archive.org/details/alexacrawls" target="_new"><span class="wm-title">Alexa Crawls</span></a><div style="max-height:75px;overflow:hidden;position:relative;">Starting in 1996, Alexa Internet has been donating their crawl data to the Internet Archive.  Flowing in every day, these data are added to the Wayback Machine after an embargo period.</div></div></div></div>
<div id="wm-capinfo-timestamps"><div style="background-color:#666;color:#fff;font-weight:bold;text-align:center" title="Timestamps for the elements of this page">TIMESTAMPS</div><div><div id="wm-capresources" style="margin:0 5px 5px 5px;max-height:250px;overflow-y:scroll !important"></div></div></div></div></div></div></div>"""
    return f"""<!-- BEGIN WAYBACK TOOLBAR INSERT -->
<script>__wm.rw(0);</script>
{base}
<div id="wm-ipp-print">The Wayback Machine - https://web.archive.org/web/{ts}/{orig}</div>
<script type="text/javascript">//<![CDATA[
__wm.bt(650,27,25,2,"web","{orig}","{ts}",1996,"/_static/",["/_static/css/banner-styles.css?v=S1zqJCYt","/_static/css/iconochive.css?v=qtvMKcIJ"], false);
  __wm.rw(1);
//]]></script>
<!-- END WAYBACK TOOLBAR INSERT -->
"""


def wayback(i: int, text: str, gold: Gold) -> Built2:
    main = gold["main"]
    site, host = _site(i)
    head, day = main["headline"], _day(main)
    place = i % 3  # where the page itself prints its date: a line, its URL, its meta
    path = f"/{day:%Y/%m/%d}/{i}.html" if place == 1 else f"/news/{i}.html"
    orig = f"http://www.{host}{path}"
    capture = datetime(day.year, day.month, day.day, 9, 45, 10, tzinfo=UTC) + timedelta(
        days=2 + i % 5
    )
    ts = f"{capture:%Y%m%d%H%M%S}"

    def wb(href: str, mode: str = "") -> str:  # a link as the replay rewrites it
        return f"/web/{ts}{mode}/http://www.{host}{href}"

    menu = "".join(
        f'<li><a href="{wb(f"/section/{k}")}">{t}</a></li>'
        for k, t in enumerate(["الرئيسية", "محليات", "دوليات", "اقتصاد", "رياضة"])
    )
    meta = (
        f'<meta property="article:published_time" content="{day}T06:47:00+03:00">'
        if place == 2
        else ""
    )
    when = f'<span class="date">{e(_date_text(text, gold))}</span>' if place == 0 else ""
    by = f'<span class="writer">{e(main["byline"])}</span>' if main.get("byline") else ""
    paras = "".join(f"<p>{e(p)}</p>" for p in main["body"])
    tags = " ".join(f'<a href="{wb(f"/tags/{k}")}">{e(t)}</a>' for k, t in enumerate(main["tags"]))
    related = "".join(
        f'<li><a href="{wb(f"/news/r{k}.html")}">{e(t)}</a></li>' for k, t in enumerate(_rel(gold))
    )
    unix = int(capture.timestamp())
    retrieved = datetime(2024, 3, 23, 12, 1, 33, tzinfo=UTC)
    page = f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head>{_WB_HEAD.format(orig=orig, ts=ts, unix=unix)}<meta charset="utf-8">
<title>{e(head)} - {e(site)}</title><link rel="canonical" href="{wb(path)}">{meta}
<link rel="stylesheet" href="{wb("/css/style.css", "cs_")}"></head><body>
{_toolbar(orig, capture, full=i % 2 == 0)}<div id="header"><a href="{wb("/")}"><img src="{wb("/images/logo.png", "im_")}" alt="{e(site)}"></a><ul id="menu">{menu}</ul></div>
<div id="content"><div class="news-details"><h1>{e(head)}</h1><div class="news-info">{when} {by}</div>
<div class="news-text">{paras}</div><div class="news-tags">الكلمات الدلالية: {tags}</div>
<div class="related-news"><h3>أخبار ذات صلة</h3><ul>{related}</ul></div></div></div>
<div id="footer">جميع الحقوق محفوظة © 2015 {e(site)}</div></body></html>
<!--
     FILE ARCHIVED ON {capture:%H:%M:%S %b %d, %Y} AND RETRIEVED FROM THE
     INTERNET ARCHIVE ON {retrieved:%H:%M:%S %b %d, %Y}.
     JAVASCRIPT APPENDED BY WAYBACK MACHINE, COPYRIGHT INTERNET ARCHIVE.

     ALL OTHER CONTENT MAY ALSO BE PROTECTED BY COPYRIGHT (17 U.S.C.
     SECTION 108(a)(3)).
-->
<!--
playback timings (ms):
  captures_list: 0.61
  exclusion.robots: 0.021
  load_resource: 233.8
-->"""
    return page, f"https://web.archive.org/web/{ts}/{orig}", _gold(main)


# --- microdata -----------------------------------------------------------------------------


def microdata(i: int, text: str, gold: Gold) -> Built2:
    main = gold["main"]
    site, host = _site(i)
    head, day = main["headline"], _day(main)
    url = f"https://{host}/news/{i}"
    pub, mod = f"{day}T06:47:00+03:00", f"{day + timedelta(days=1)}T10:05:00+03:00"
    later = day + timedelta(days=1)
    mod_shown = f"{later.day} {MONTHS[later.month - 1]} {later.year}"
    form = i % 3
    if form == 0:  # two <time>s, the modification first, neither labelled
        dates = (
            f'<time itemprop="dateModified" datetime="{mod}">{mod_shown}</time> | '
            f'<time itemprop="datePublished" datetime="{pub}">{_shown(main)}</time>'
        )
    elif form == 1:
        dates = (
            f'<meta itemprop="datePublished" content="{pub}"><meta itemprop="dateModified" '
            f'content="{mod}"><span class="pub">{_shown(main)}</span>'
        )
    else:
        dates = (
            f'<span itemprop="dateModified" content="{mod}"></span>'
            f'<span itemprop="datePublished" content="{pub}">{_shown(main)}</span>'
        )
    person = "https://schema.org/Person" if i % 2 else "http://schema.org/Person"
    if not main.get("byline"):  # the outlet signs the article
        author = (
            '<span itemprop="author" itemscope itemtype="https://schema.org/Organization">'
            f'<span itemprop="name">{e(site)}</span></span>'
        )
    elif i % 2:
        author = (
            f'<span itemprop="author" itemscope itemtype="{person}"><span itemprop="name">'
            f"{e(main['byline'])}</span></span>"
        )
    else:
        author = (
            f'<div class="card" itemprop="author" itemscope itemtype="{person}">'
            f'<meta itemprop="name" content="{e(main["byline"])}"><img itemprop="image" '
            f'src="/writers/{i}.jpg" alt=""><a itemprop="url" href="/writers/{i}">'
            f'{e(main["byline"])}</a> <span itemprop="jobTitle">محرر صحفي</span></div>'
        )
    if i % 2:
        title, heading = e(site), f'<h2 itemprop="headline name">{e(head)}</h2>'
        logo = f'<h1 class="logo"><a href="/">{e(site)}</a></h1>'
    else:
        title, heading = f"{e(site)} | {e(head)}", f'<h1 itemprop="headline">{e(head)}</h1>'
        logo = f'<div class="logo"><a href="/">{e(site)}</a></div>'
    words = ", ".join(main["tags"])
    keywords = (
        f'<meta itemprop="keywords" content="{e(words)}">'
        if i % 2 == 0
        else f'<p class="kw">الكلمات المفتاحية: <span itemprop="keywords">{e(words)}</span></p>'
        if main["tags"]
        else ""
    )
    parts: list[str] = []
    for k, p in enumerate(main["body"]):
        parts.append(f"<p>{e(p)}</p>")
        if k == 0:
            parts.append(
                '<div itemprop="image" itemscope itemtype="https://schema.org/ImageObject">'
                f'<img itemprop="url" src="/img/{i}.jpg" alt=""><span itemprop="caption">'
                f"{CAPTION}</span></div>"
            )
    page = f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>{title}</title><link rel="canonical" href="{url}"></head><body>
<div class="top">{logo}<ul class="sections">{_menu()}</ul></div>
<div class="main" itemscope itemtype="https://schema.org/NewsArticle"><meta itemprop="mainEntityOfPage" content="{url}">
<div itemprop="publisher" itemscope itemtype="https://schema.org/Organization"><meta itemprop="name" content="{e(site)}">
<div itemprop="logo" itemscope itemtype="https://schema.org/ImageObject"><meta itemprop="url" content="https://{host}/logo.png"></div></div>
{heading}<div class="info">{author} {dates}</div>
<div itemprop="articleBody">{"".join(parts)}</div>{keywords}</div>
<div class="foot">© {e(site)} 2015</div></body></html>"""
    return page, url, _gold(main)


# --- Facebook Instant Articles -------------------------------------------------------------


def instant(i: int, text: str, gold: Gold) -> Built2:
    main = gold["main"]
    site, host = _site(i)
    head, day = main["headline"], _day(main)
    url = f"https://{host}/news/{i}"
    form = i % 3  # a whole document, the <article> alone, a content:encoded fragment
    pub = datetime(day.year, day.month, day.day, 6, 47, tzinfo=MECCA)
    mod = pub + timedelta(days=1, hours=3)
    times = [
        f'<time class="op-published" datetime="{pub.isoformat()}">{_shown(main)}</time>',
        f'<time class="op-modified" dateTime="{mod.isoformat()}">{mod.day} '
        f"{MONTHS[mod.month - 1]} {mod.year}</time>",
    ]
    if i % 2:
        times.reverse()
    body = list(main["body"])
    parts: list[str] = []
    for k, p in enumerate(body):
        parts.append(f"<p>{e(p)}</p>")
        if k == 0:
            parts.append(
                f'<figure class="op-interactive"><iframe class="no-margin" src="https://{host}/'
                f'embed/chart-{i}" width="600" height="300"></iframe></figure>'
            )
        if k == 1:
            parts.append(
                '<figure class="op-ad"><iframe src="https://www.facebook.com/adnw_request?'
                f'placement={i}_{host}&amp;adtype=banner300x250" height="250" width="300">'
                "</iframe></figure>"
            )
            quote = " ".join(p.split()[:8])
            parts.append(f"<aside>{e(quote)}</aside>")
        if k == 2:
            parts.append(
                '<figure class="op-social"><iframe><blockquote class="twitter-tweet" lang="ar">'
                "<p>متابعة مستمرة لتطورات الخبر على حسابنا الرسمي</p>&mdash; (@news) "
                '<a href="https://twitter.com/news/status/1">August 9, 2015</a></blockquote>'
                '<script async src="//platform.twitter.com/widgets.js"></script></iframe></figure>'
            )
    if form == 2:  # a feed item's content:encoded: no headline, no writer
        fragment = f"{times[0] if not i % 2 else times[1]}\n{''.join(parts)}"
        return fragment, url, _gold(main, headline=None, byline=None, tags=[])
    by = (
        f'<address><a rel="facebook" href="https://www.facebook.com/writer{i}">'
        f"{e(main['byline'])}</a></address>"
        if main.get("byline") and i % 2
        else f"<address>{e(main['byline'])}</address>"
        if main.get("byline")
        else ""
    )
    related = "".join(f'<li><a href="https://{host}/news/r{k}"></a></li>' for k in range(3))
    article = f"""<article><header><figure><img src="https://{host}/img/{i}.jpg"><figcaption>{CAPTION}</figcaption></figure>
<h1>{e(head)}</h1>{"".join(times)}{by}<h3 class="op-kicker">محليات</h3></header>
{"".join(parts)}
<footer><aside>© {e(site)} 2015</aside><small>جميع الحقوق محفوظة</small><ul class="op-related-articles" title="أخبار ذات صلة">{related}</ul></footer></article>"""
    if form == 1:
        return article, url, _gold(main, tags=[])
    page = f"""<!doctype html><html lang="ar" prefix="op: http://media.facebook.com/op#"><head><meta charset="utf-8">
<link rel="canonical" href="{url}"><meta property="op:markup_version" content="v1.0">
<meta property="fb:article_style" content="default"><meta property="fb:use_automatic_ad_placement" content="false"></head>
<body>{article}</body></html>"""
    return page, url, _gold(main, tags=[])


# --- infinite scroll -------------------------------------------------------------------------


def _scroll_article(k: int, main: Gold, host: str) -> str:
    day = _day(main)
    by = f'<span class="author-name">{e(main["byline"])}</span>' if main.get("byline") else ""
    tags = "".join(
        f'<a href="/tag/{k}-{n}" rel="tag">{e(t)}</a>' for n, t in enumerate(main["tags"])
    )
    paras = "".join(f"<p>{e(p)}</p>" for p in main["body"])
    return f"""<article class="post-item" data-url="https://{host}/news/{k}" data-title="{e(main["headline"])}">
<header class="post-head"><h1 class="post-title">{e(main["headline"])}</h1><div class="post-meta">{by}
<time datetime="{day}T08:30:00+03:00">{_shown(main)}</time></div></header>
<div class="post-content">{paras}</div><div class="post-tags">{tags}</div></article>"""


def infinite(i: int, text: str, gold: Gold, pool: list[Gold]) -> Built2:
    main = gold["main"]
    site, host = _site(i)
    head = main["headline"]
    url = f"https://{host}/news/{i}"
    at = next(n for n, g in enumerate(pool) if g is gold)
    others = [pool[(at + 1) % len(pool)]["main"], pool[(at + 2) % len(pool)]["main"]]
    loader = (
        '<div class="next-post-loader"><span>الخبر التالي</span><div class="spinner"></div></div>'
    )
    posts = loader.join(
        _scroll_article(k, m, host) for k, m in ((i, main), (i + 1, others[0]), (i + 2, others[1]))
    )
    page = f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>{e(head)} - {e(site)}</title><meta property="og:site_name" content="{e(site)}">
<link rel="canonical" href="{url}"></head><body>
<div class="site-top"><a href="/">{e(site)}</a><ul class="sections">{_menu()}</ul></div>
<div class="infinite-posts" data-page="1">{posts}{loader}</div>
<div class="site-end">© {e(site)} 2015</div></body></html>"""
    return page, url, _gold(main, embedded=[_gold(m) for m in others])


# --- print version ---------------------------------------------------------------------------


def printed(i: int, text: str, gold: Gold) -> Built2:
    main = gold["main"]
    site, host = _site(i)
    head, day = main["headline"], _day(main)
    url = f"http://www.{host}/news.php?id={i}&print=1"
    title = ("طباعة الخبر", f"{e(site)} - نسخة للطباعة", f"{e(head)} - {e(site)}")[i % 3]
    heading = (
        f"<h1>{e(head)}</h1>",
        f"<h2>{e(head)}</h2>",
        f'<font size="4"><b>{e(head)}</b></font>',
    )[i % 3]
    shown = f"تاريخ النشر: {day.day:02d}/{day.month:02d}/{day.year}"
    by = f"<div><b>{e(main['byline'])}</b></div>" if main.get("byline") else ""
    if i % 2:
        text_html = "".join(f"<p>{e(p)}</p>" for p in main["body"])
    else:
        text_html = f"<div>{'<br><br>'.join(e(p) for p in main['body'])}</div>"
    later = day + timedelta(days=400)  # the reader printed it a year on
    printed_on = (
        f"<br>تاريخ الطباعة: {later.day:02d}/{later.month:02d}/{later.year}" if i % 2 == 0 else ""
    )
    page = f"""<html dir="rtl"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{title}</title><style>body{{font-family:Tahoma;font-size:13px}}@media print{{.noprint{{display:none}}}}</style></head>
<body onload="window.print()"><div class="noprint"><a href="javascript:window.print()">طباعة</a> | <a href="javascript:window.close()">إغلاق النافذة</a></div>
<img src="/images/logo-print.gif" alt="{e(site)}"><hr>
{heading}<div>{shown}</div>{by}
{text_html}
<hr><div>رابط الخبر: http://www.{host}/news.php?id={i}{printed_on}</div>
<div>{e(site)} © 2015 - جميع الحقوق محفوظة</div>
<script type="text/javascript">window.print();</script></body></html>"""
    return page, url, _gold(main, tags=[])


# --- div paragraphs and inline ads -----------------------------------------------------------

_ADSENSE = (
    '<div class="ads-inline"><span class="ad-label">إعلان - تابع القراءة بالأسفل</span>'
    '<ins class="adsbygoogle" style="display:block" data-ad-client="ca-pub-1" data-ad-slot="2">'
    "</ins><script>(adsbygoogle = window.adsbygoogle || []).push({});</script></div>"
)


def divads(i: int, text: str, gold: Gold) -> Built2:
    main = gold["main"]
    site, host = _site(i)
    head = main["headline"]
    url = f"https://{host}/article/{i}"
    body = list(main["body"])
    parts: list[str] = []
    if i % 2:  # one <div> per paragraph, blank <div><br></div> spacers, ads between
        for k, p in enumerate(body):
            parts.append(f"<div>{e(p)}</div>")
            if k < len(body) - 1:
                parts.append("<div><br></div>")
            if k == 0:
                parts.append('<div class="ad">إعلان</div>')
            if k == 2:
                parts.append(_ADSENSE)
    else:  # runs of <br><br>-broken paragraphs in <div>s, an ad between two runs
        half = max(1, len(body) // 2)
        first, second = body[:half], body[half:]
        parts.append(f"<div>{'<br><br>'.join(e(p) for p in first)}</div>")
        parts.append('<div class="ad">إعلان</div>' if i % 4 == 0 else _ADSENSE)
        if second:
            parts.append(f"<div>{'<br><br>'.join(e(p) for p in second)}<br></div>")
    by = f'<div class="author">{e(main["byline"])}</div>' if main.get("byline") else ""
    tags = "".join(f'<a href="/tags/{k}">{e(t)}</a>' for k, t in enumerate(main["tags"]))
    page = f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>{e(head)} | {e(site)}</title><meta property="og:site_name" content="{e(site)}">
<meta property="article:published_time" content="{_day(main)}T12:00:00+03:00"></head><body>
<div class="top"><a href="/">{e(site)}</a><ul class="sections">{_menu()}</ul></div>
<div class="article"><h1>{e(head)}</h1>{by}<div class="article-text">{"".join(parts)}</div>
<div class="tags">{tags}</div></div><div class="end">© {e(site)} 2015</div></body></html>"""
    return page, url, _gold(main)


# --- <base href> and relative links ----------------------------------------------------------


def basehref(i: int, text: str, gold: Gold) -> Built2:
    main = gold["main"]
    site, host = _site(i)
    head, day = main["headline"], _day(main)
    base = f"https://www.{host}/ar/"
    own = f"{day:%Y/%m/%d}/خبر-{i}.html"
    tags = " ".join(
        f'<a href="وسوم/{e(t.replace(" ", "-"))}" rel="tag">{e(t)}</a>' for t in main["tags"]
    )
    related = "".join(
        f'<li><a href="../ar/{day:%Y/%m/%d}/خبر-{i}-{k}.html">{e(t)}</a></li>'
        for k, t in enumerate(_rel(gold))
    )
    by = f'<p class="byline">{e(main["byline"])}</p>' if main.get("byline") else ""
    paras = "".join(f"<p>{e(p)}</p>" for p in main["body"])
    page = f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<base href="{base}"><title>{e(head)} - {e(site)}</title><link rel="canonical" href="{own}">
<link rel="stylesheet" href="css/main.css"></head><body>
<div class="top"><a href="./"><img src="img/logo.png" alt="{e(site)}"></a>
<ul class="sections"><li><a href="محليات/">محليات</a></li><li><a href="دوليات/">دوليات</a></li></ul></div>
<div class="story"><h1>{e(head)}</h1>{by}<div class="story-body">{paras}</div>
<div class="story-tags">{tags}</div><div class="related-links"><h3>أخبار ذات صلة</h3><ul>{related}</ul></div></div>
<div class="end">© {e(site)}</div></body></html>"""
    return page, "", _gold(main)


# --- Blogger -----------------------------------------------------------------------------------


def blogger(i: int, text: str, gold: Gold) -> Built2:
    main = gold["main"]
    site, host = _site(i)
    head, day = main["headline"], _day(main)
    blog = f"مدونة {site}"
    home = f"https://news-{host.split('.')[0]}.blogspot.com/"
    url = f"{home}{day:%Y/%m}/blog-post_{i:02d}.html"
    pub = datetime(day.year, day.month, day.day, 6 + i % 12, 47, tzinfo=MECCA)
    weekday = WEEKDAYS[day.weekday()]
    if i % 2:
        content = "".join(f"<div>{e(p)}</div><div><br /></div>" for p in main["body"])
    else:
        content = "<br />\n<br />\n".join(e(p) for p in main["body"])
    by = (
        '<span class="post-author vcard">مرسلة بواسطة <span class="fn" itemprop="author" '
        'itemscope="itemscope" itemtype="http://schema.org/Person"><meta content="https://www.'
        f'blogger.com/profile/{i}" itemprop="url"><a class="g-profile" href="https://www.blogger'
        f'.com/profile/{i}" rel="author" title="author profile"><span itemprop="name">'
        f"{e(main['byline'])}</span></a></span></span>"
        if main.get("byline")
        else ""
    )
    labels = ", ".join(
        f'<a href="{home}search/label/{e(t)}" rel="tag">{e(t)}</a>' for t in main["tags"]
    )
    share = "".join(
        f'<a class="goog-inline-block share-button sb-{k}" href="#" title="{t}"><span '
        f'class="share-button-link-text">{t}</span></a>'
        for k, t in enumerate(
            [
                "إرسال بالبريد الإلكتروني",
                "كتابة مدونة حول هذه المشاركة",
                "‏المشاركة على X",
                "‏المشاركة في Facebook",
            ]
        )
    )
    popular = "".join(
        f'<li><div class="item-content"><div class="item-title"><a href="{home}p/{k}.html">'
        f'{e(t)}</a></div><div class="item-snippet">{TEASERS[k % len(TEASERS)]}</div></div></li>'
        for k, t in enumerate(_rel(gold))
    )
    og = f'<meta content="{e(head)}" property="og:title">' if i % 2 else ""
    page = f"""<!DOCTYPE html><html class="v2" dir="rtl" xmlns="http://www.w3.org/1999/xhtml" xmlns:b="http://www.google.com/2005/gml/b"><head>
<meta content="text/html; charset=UTF-8" http-equiv="Content-Type"><meta content="blogger" name="generator">
<link href="{url}" rel="canonical"><title>{e(blog)}: {e(head)}</title><meta content="{url}" property="og:url">{og}
<meta content="{e(main["body"][0][:120])}" property="og:description"></head>
<body><div class="content"><header><div class="header-outer"><div class="Header widget" id="Header1"><div id="header-inner"><div class="titlewrapper">
<h1 class="title"><a href="{home}">{e(blog)}</a></h1></div><div class="descriptionwrapper"><p class="description"><span>أخبار ومتابعات يومية</span></p></div></div></div></div></header>
<div class="main-outer"><div class="main section" id="main"><div class="widget Blog" id="Blog1"><div class="blog-posts hfeed">
<div class="date-outer"><h2 class="date-header"><span>{weekday}، {day.day} {MONTHS[day.month - 1]} {day.year}</span></h2>
<div class="date-posts"><div class="post-outer"><div class="post hentry uncustomized-post-template" itemprop="blogPost" itemscope="itemscope" itemtype="http://schema.org/BlogPosting">
<meta content="{i}" itemprop="postId"><a name="{i}"></a><h3 class="post-title entry-title" itemprop="name">{e(head)}</h3>
<div class="post-header"><div class="post-header-line-1"></div></div>
<div class="post-body entry-content" id="post-body-{i}" itemprop="description articleBody"><div dir="rtl" style="text-align: right;" trbidi="on">{content}</div>
<div style="clear: both;"></div></div>
<div class="post-footer"><div class="post-footer-line post-footer-line-1">{by}
<span class="post-timestamp">في <meta content="{url}" itemprop="url"><a class="timestamp-link" href="{url}" rel="bookmark" title="permanent link"><abbr class="published" itemprop="datePublished" title="{pub.isoformat()}">{_clock(pub)}</abbr></a></span>
<span class="post-comment-link"><a class="comment-link" href="{url}#comment-form">ليست هناك تعليقات:</a></span>
<div class="post-share-buttons goog-inline-block">{share}</div></div>
<div class="post-footer-line post-footer-line-2"><span class="post-labels">التسميات: {labels}</span></div></div></div>
<div class="comments" id="comments"><a name="comments"></a><h4>ليست هناك تعليقات:</h4><p class="comment-footer"><a href="https://www.blogger.com/comment.g?postID={i}">إرسال تعليق</a></p></div></div></div></div></div>
<div class="blog-pager" id="blog-pager"><span id="blog-pager-newer-link"><a class="blog-pager-newer-link" href="{home}p/n.html" title="رسالة أحدث">رسالة أحدث</a></span>
<span id="blog-pager-older-link"><a class="blog-pager-older-link" href="{home}p/o.html" title="رسالة أقدم">رسالة أقدم</a></span><a class="home-link" href="{home}">الصفحة الرئيسية</a></div>
<div class="post-feeds"><div class="feed-links">الاشتراك في: <a class="feed-link" href="{home}feeds/{i}/comments/default" type="application/atom+xml">تعليقات الرسالة (Atom)</a></div></div></div></div></div>
<div class="sidebar section" id="sidebar-right-1"><div class="widget PopularPosts" id="PopularPosts1"><h2>المشاركات الشائعة</h2><div class="widget-content popular-posts"><ul>{popular}</ul></div></div>
<div class="widget BlogArchive" id="BlogArchive1"><h2>أرشيف المدونة</h2><div class="widget-content"><ul class="hierarchy"><li class="archivedate expanded"><a class="post-count-link" href="{home}{day:%Y}/">{day.year}</a> <span class="post-count" dir="ltr">(137)</span>
<ul class="hierarchy"><li class="archivedate"><a class="post-count-link" href="{home}{day:%Y/%m}/">{MONTHS[day.month - 1]}</a> <span class="post-count" dir="ltr">(12)</span></li></ul></li></ul></div></div>
<div class="widget Profile" id="Profile1"><h2>من أنا</h2><div class="widget-content"><dl class="profile-datablock"><dt class="profile-data"><a class="profile-name-link g-profile" href="https://www.blogger.com/profile/1">فريق التحرير</a></dt>
<dd class="profile-textblock">مدونة إخبارية مستقلة تهتم بأخبار المنطقة وتنقلها لقرائها أولا بأول منذ سنوات</dd></dl></div></div></div>
<footer><div class="Attribution widget" id="Attribution1">يتم التشغيل بواسطة <a href="https://www.blogger.com" target="_blank">Blogger</a>.</div></footer></div></body></html>"""
    return page, url, _gold(main)


TEMPLATES: dict[str, Callable[..., Built2]] = {
    "wayback": wayback,
    "microdata": microdata,
    "instant": instant,
    "infinite": infinite,
    "print": printed,
    "divads": divads,
    "basehref": basehref,
    "blogger": blogger,
}
#: pages saved without the address they were fetched from
NO_URL = frozenset(["basehref"])


def load_cases(only: str | None = None) -> list[Case]:
    articles = list(dev_articles())
    pool = [gold for _, _, _, gold in articles]
    cases: list[Case] = []
    for i, name, text, gold in articles:
        for tname, build in TEMPLATES.items():
            if only in (None, tname):
                make: Callable[[int, str, Gold], Built2] = (
                    partial(build, pool=pool) if tname == "infinite" else build
                )
                page, url, main = make(i, text, gold)
                cases.append(Case(tname, name, page, None if tname in NO_URL else url, main))
    return cases


def main() -> None:
    args = arguments(TEMPLATES)
    report(load_cases(args.only), args.tool, args.misses)


if __name__ == "__main__":
    main()
