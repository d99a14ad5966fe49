"""HTML extraction accuracy: akhbar's ``read_html`` vs trafilatura, field by field, in one run.

Pages: the 3 real pages of data/html-gold and the 240 dev articles (data/dev-pages, gold in
``*.gold.json``), each dev article inside every template: ``base`` (html_parse.py's page
builder, imported) and four more written here as sites print them:

- ``wordpress``: a WordPress theme (entry-meta with ``بواسطة`` + ``rel=author``, Jetpack share
  and related-posts blocks inside ``entry-content``, ``rel=tag`` tag links in the entry footer,
  post navigation, a comment list and reply form, sidebar widgets);
- ``amp``: an AMP page (JSON-LD with headline/date/author/keywords, ``amp-sidebar`` menu,
  ``amp-img`` + caption, ``amp-ad`` slots and a social-share bar between paragraphs);
- ``content``: the article in ``<div class="content">`` with a share bar, an ``اقرأ أيضاً`` box
  between paragraphs (label and link in a box whose class says nothing), a "most read" list, a
  visible date line and tags after a ``كلمات دلالية:`` label;
- ``markup``: byline and tags only in the markup (``بقلم:`` + ``rel=author``, ``<a rel=tag>``
  under ``الكلمات المفتاحية:``), a visible Arabic date, ``itemprop=articleBody``, an author box.

Scored per template and overall: headline exact (whitespace-collapsed), published day (a date
where the gold has none counts as wrong), byline exact, body paragraph F1 (micro, whitespace
collapsed — the counting of ``akhbar.parse.score``), tags F1 (sets), and "lossless": every
letter/digit of the gold article (headline, byline, body, tags) reappears somewhere in the
tool's output (akhbar: any field, raw, related or discarded; trafilatura: any field it returns).
For html-gold: the CNN pages' body against arabic_article.txt (paragraph F1 and token F1), and
Assabah's must-have / must-not-have phrases.

    .venv/bin/python benchmarks/html_accuracy.py [--misses FIELD] [--only TEMPLATE]
"""

from __future__ import annotations

import argparse
import html
import json
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from html_parse import DATA, SITES, _date_line
from html_parse import _page as base_page

e = html.escape
Gold = dict[str, Any]
Built = tuple[str, str]  # (html, url)


def _site(i: int) -> tuple[str, str]:
    site, host, _ = SITES[i % len(SITES)]
    return site, host


def _related_items(gold: Gold, fmt: str) -> str:
    return "".join(
        fmt.format(k=k, h=e(r["headline"])) for k, r in enumerate(gold.get("related") or ())
    )


def wordpress(i: int, text: str, gold: Gold) -> Built:
    main = gold["main"]
    site, host = _site(i)
    head, date = main["headline"], main.get("published")
    url = f"https://{host}/{(date or '2015-08-01')[:10].replace('-', '/')}/post-{i}/"
    when = (
        f'<span class="posted-on">نشر في <a href="{url}" rel="bookmark"><time class="entry-date '
        f'published" datetime="{e(date)}">{e(date[:10])}</time></a></span>'
        if date
        else ""
    )
    by = (
        f'<span class="byline"> بواسطة <span class="author vcard"><a class="url fn n" '
        f'href="/author/{i}/" rel="author">{e(main["byline"])}</a></span></span>'
        if main.get("byline")
        else ""
    )
    paras = "".join(f"<p>{e(p)}</p>" for p in main["body"])
    related = _related_items(
        gold,
        '<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title">'
        '<a href="/news/{k}/">{h}</a></h4><p class="jp-relatedposts-post-context">في "محليات"</p></div>',
    )
    tags = "، ".join(
        f'<a href="/tag/{k}/" rel="tag">{e(t)}</a>' for k, t in enumerate(main.get("tags") or ())
    )
    comments = "".join(
        f'<li id="comment-{k}" class="comment even thread-even depth-1"><article class="comment-body">'
        f'<footer class="comment-meta"><b class="fn">{n}</b> <span class="says">قال:</span></footer>'
        f'<div class="comment-content"><p>{c}</p></div></article></li>'
        for k, (n, c) in enumerate(
            [
                ("أبو محمد", "الله يعطيكم العافية على هذا الخبر المهم ونتمنى المزيد من التغطية"),
                ("سارة", "موضوع مهم جدا ويستحق المتابعة من الجهات المختصة في أقرب وقت ممكن"),
            ]
        )
    )
    page = f"""<!DOCTYPE html><html dir="rtl" lang="ar"><head><meta charset="UTF-8">
<title>{e(head)} &#8211; {e(site)}</title><meta name="generator" content="WordPress 6.4.2">
<link rel="canonical" href="{url}"><meta property="og:site_name" content="{e(site)}">
<script>var wpData={{"ajax":"/wp-admin/admin-ajax.php"}};</script></head>
<body class="post-template-default single single-post postid-{i}">
<div id="page" class="site"><header id="masthead" class="site-header"><div class="site-branding">
<p class="site-title"><a href="/" rel="home">{e(site)}</a></p><p class="site-description">أخبار المملكة والعالم على مدار الساعة</p></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu"><li><a href="/">الرئيسية</a></li>
<li><a href="/category/local/">محليات</a></li><li><a href="/category/world/">دوليات</a></li></ul></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-{i}" class="post-{i} post type-post status-publish format-standard hentry category-local">
<header class="entry-header"><h1 class="entry-title">{e(head)}</h1>
<div class="entry-meta">{when}{by}</div></header>
<div class="entry-content">{paras}
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social"><h3 class="sd-title">شارك هذا الموضوع:</h3>
<div class="sd-content"><ul><li><a href="#">تويتر</a></li><li><a href="#">فيسبوك</a></li><li><a href="#">واتساب</a></li></ul></div></div></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>ذات صلة</em></h3>{related}</div>
</div><footer class="entry-footer"><span class="cat-links">نشرت في <a href="/category/local/" rel="category tag">محليات</a></span>
<span class="tags-links">الوسوم {tags}</span></footer></article>
<nav class="navigation post-navigation"><h2 class="screen-reader-text">تصفّح المقالات</h2><div class="nav-links">
<div class="nav-previous"><a href="/p/{i - 1}" rel="prev">السابق: وزير الصحة يفتتح مستشفى جديدا في المنطقة الشرقية</a></div></div></nav>
<div id="comments" class="comments-area"><h2 class="comments-title">تعليقان على &ldquo;{e(head)}&rdquo;</h2>
<ol class="comment-list">{comments}</ol><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">اترك تعليقاً</h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *</p>
<p class="comment-form-comment"><label for="comment">التعليق</label><textarea id="comment" name="comment"></textarea></p></form></div></div>
</main></div><aside id="secondary" class="widget-area"><section id="search-2" class="widget widget_search"><form role="search"><input type="search" placeholder="البحث عن:"></form></section>
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">أحدث المقالات</h2><ul>
<li><a href="/p/1">أمير المنطقة يدشن مهرجان الصيف بحضور جماهيري كبير</a></li><li><a href="/p/2">الأرصاد تتوقع أمطارا رعدية على المرتفعات الجنوبية</a></li></ul></section>
<section id="text-3" class="widget widget_text"><h2 class="widget-title">عن الموقع</h2><div class="textwidget"><p>{e(site)} صحيفة إلكترونية مستقلة تهتم بالشأن المحلي والعربي والدولي وتقدم الخبر لحظة بلحظة لقرائها في كل مكان.</p></div></section></aside>
</div><footer id="colophon" class="site-footer"><div class="site-info">جميع الحقوق محفوظة &copy; 2015 {e(site)} | تصميم وتطوير فريق الموقع</div></footer></div></body></html>"""
    return page, url


def amp(i: int, text: str, gold: Gold) -> Built:
    main = gold["main"]
    site, host = _site(i)
    head, date = main["headline"], main.get("published")
    url = f"https://{host}/amp/article/{i}"
    ld: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": head,
        "mainEntityOfPage": url,
        "publisher": {"@type": "Organization", "name": site},
        "image": {"@type": "ImageObject", "url": f"https://{host}/img/{i}.jpg"},
    }
    if date:
        ld["datePublished"] = date
    if main.get("byline"):
        ld["author"] = {"@type": "Person", "name": main["byline"]}
    if main.get("tags"):
        ld["keywords"] = list(main["tags"])
    body = list(main["body"])
    parts: list[str] = []
    for k, p in enumerate(body):
        parts.append(f"<p>{e(p)}</p>")
        if k == 0:
            parts.append(
                f'<amp-ad width="300" height="250" type="doubleclick" data-slot="/1/{host}/amp">'
                "<div placeholder>إعلان</div></amp-ad>"
            )
        if k == 1 and len(body) > 3:
            parts.append(
                '<div class="amp-share"><amp-social-share type="twitter"></amp-social-share>'
                '<amp-social-share type="facebook"></amp-social-share><span>شارك الخبر</span></div>'
            )
    by = f'<span class="amp-author">{e(main["byline"])}</span>' if main.get("byline") else ""
    when = f'<time datetime="{e(date)}">{e(date[:10])}</time>' if date else ""
    related = _related_items(gold, '<li><a href="/amp/article/r{k}">{h}</a></li>')
    page = f"""<!doctype html><html amp lang="ar" dir="rtl"><head><meta charset="utf-8">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<title>{e(head)} | {e(site)}</title><link rel="canonical" href="https://{host}/article/{i}">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both}}</style>
<style amp-custom>.amp-title{{font-size:1.6rem}}</style></head>
<body><amp-sidebar id="sidebar" layout="nodisplay" side="right"><ul><li><a href="/">الرئيسية</a></li>
<li><a href="/local">محليات</a></li><li><a href="/sport">رياضة</a></li></ul></amp-sidebar>
<header class="amp-header"><button on="tap:sidebar.toggle">القائمة</button><a href="/">{e(site)}</a></header>
<article class="amp-article"><h1 class="amp-title">{e(head)}</h1><div class="amp-meta">{by} {when}</div>
<figure><amp-img src="https://{host}/img/{i}.jpg" width="800" height="450" layout="responsive" alt="صورة الخبر"></amp-img>
<figcaption>صورة أرشيفية</figcaption></figure>
<div class="amp-content">{"".join(parts)}</div>
<div class="amp-related"><h3>أخبار ذات صلة</h3><ul>{related}</ul></div></article>
<footer class="amp-footer"><p>&copy; {e(site)} 2015</p><a href="https://{host}/article/{i}">عرض النسخة الكاملة</a></footer></body></html>"""
    return page, url


def content(i: int, text: str, gold: Gold) -> Built:
    main = gold["main"]
    site, host = _site(i)
    head = main["headline"]
    url = f"https://{host}/news/{i}.html"
    line = _date_line(text, gold) if main.get("published") else None
    when = f'<span class="post-date">{e(line)}</span>' if line else ""
    rel = list(gold.get("related") or ())
    body = list(main["body"])
    parts: list[str] = []
    for k, p in enumerate(body):
        parts.append(f"<p>{e(p)}</p>")
        if k == 0:
            parts.append(
                '<div class="inline-share"><span>شارك</span> <a href="#">فيسبوك</a> '
                '<a href="#">تويتر</a> <a href="#">واتساب</a> <a href="#">نسخ الرابط</a></div>'
            )
        if k == 1 and rel:
            parts.append(
                '<div class="box-inline"><p><strong>اقرأ أيضاً</strong></p>'
                f'<p><a href="/news/r0.html">{e(rel[0]["headline"])}</a></p></div>'
            )
    by = f'<p class="writer">{e(main["byline"])}</p>' if main.get("byline") else ""
    tags = " ".join(f'<a href="/tags/{k}">{e(t)}</a>' for k, t in enumerate(main.get("tags") or ()))
    more = "".join(
        f'<li><a href="/news/r{k}.html">{e(r["headline"])}</a></li>' for k, r in enumerate(rel[1:])
    )
    page = f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>{e(site)} - {e(head)}</title><meta name="description" content="{e(body[0][:150])}">
<link rel="canonical" href="{url}"></head><body><div class="top-bar"><a href="/">{e(site)}</a>
<ul class="top-links"><li><a href="/">الرئيسية</a></li><li><a href="/about">من نحن</a></li></ul></div>
<div class="container"><div class="row"><div class="col-md-8"><div class="post-header"><h1>{e(head)}</h1>{when}</div>
<div class="content">{by}{"".join(parts)}</div>
<div class="post-keywords">كلمات دلالية: {tags}</div>
<div class="box-list"><h3>الأكثر قراءة</h3><ol>{more}</ol></div></div>
<div class="col-md-4"><div class="box-list"><h3>آخر الأخبار</h3><ul><li><a href="/n/1">ارتفاع أسعار النفط في الأسواق العالمية مع تراجع المخزونات</a></li></ul></div></div></div></div>
<div class="bottom"><p>جميع الحقوق محفوظة لـ {e(site)} © 2015</p></div></body></html>"""
    return page, url


def markup(i: int, text: str, gold: Gold) -> Built:
    main = gold["main"]
    site, host = _site(i)
    head = main["headline"]
    url = f"https://{host}/articles/{i}"
    line = _date_line(text, gold) if main.get("published") else None
    when = f'<span class="date">{e(line)}</span>' if line else ""
    by = (
        f'<span class="by">بقلم: <a rel="author" href="/writers/{i}">{e(main["byline"])}</a></span>'
        if main.get("byline")
        else ""
    )
    paras = "".join(f"<p>{e(p)}</p>" for p in main["body"])
    tags = "".join(
        f'<li><a rel="tag" href="/tag/{k}">{e(t)}</a></li>'
        for k, t in enumerate(main.get("tags") or ())
    )
    bio = (
        f'<div class="author-box"><h4>{e(main["byline"])}</h4><p>كاتب وصحفي يكتب في الشؤون '
        "المحلية والاقتصادية منذ سنوات طويلة ويعمل محررا في قسم الأخبار</p></div>"
        if main.get("byline")
        else ""
    )
    page = f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>{e(head)} | {e(site)}</title><meta property="og:title" content="{e(head)}">
<meta property="og:type" content="article"></head><body itemscope itemtype="https://schema.org/NewsArticle">
<div id="header"><a href="/">{e(site)}</a><ul id="menu"><li><a href="/">الرئيسية</a></li><li><a href="/opinion">آراء</a></li></ul></div>
<div class="article-header"><h1 itemprop="headline">{e(head)}</h1><div class="meta">{by} {when}</div></div>
<div itemprop="articleBody">{paras}</div>
<div class="article-keywords"><span>الكلمات المفتاحية:</span><ul>{tags}</ul></div>{bio}
<div id="footer"><p>© {e(site)}</p></div></body></html>"""
    return page, url


def base(i: int, text: str, gold: Gold) -> Built:
    page, _, url = base_page(i, text, gold)
    return page, url


TEMPLATES: dict[str, Callable[[int, str, Gold], Built]] = {
    "base": base,
    "wordpress": wordpress,
    "amp": amp,
    "content": content,
    "markup": markup,
}


@dataclass(frozen=True)
class Case:
    template: str
    name: str
    html: str
    url: str | None
    gold: Gold | None  # the dev gold's "main"; None for html-gold pages
    expected_body: list[str] | None = None
    with_phrases: list[str] = field(default_factory=list)
    without_phrases: list[str] = field(default_factory=list)
    encoding: str = "utf-8"  # how the page's bytes are written (its markup declares it)

    @property
    def data(self) -> bytes:
        return self.html.encode(self.encoding, errors="xmlcharrefreplace")


def _collapse(s: str) -> str:
    return " ".join(s.split())


def dev_articles() -> Iterator[tuple[int, str, str, Gold]]:
    """(index, file name, page text, gold) of every dev article with a headline and a body."""
    for i, gold_path in enumerate(sorted((DATA / "dev-pages").glob("*.gold.json"))):
        gold = json.loads(gold_path.read_text("utf-8"))
        text = gold_path.with_name(gold_path.name.replace(".gold.json", ".txt")).read_text("utf-8")
        if gold["main"].get("headline") and gold["main"].get("body"):
            yield i, gold_path.name, text, gold


def load_cases(only: str | None = None) -> list[Case]:
    cases: list[Case] = []
    gold_dir = DATA / "html-gold"
    expected = [
        _collapse(p) for p in (gold_dir / "arabic_article.txt").read_text("utf-8").split("\n")
    ]
    cnn_title = json.loads((gold_dir / "arabic_article.metadata.json").read_text("utf-8"))["title"]
    (assabah,) = json.loads((gold_dir / "assabah.evaldata.json").read_text("utf-8")).values()
    if only in (None, "html-gold"):
        for name in ("arabic_article.html", "test_cnn_arabic.html"):
            main = {"headline": cnn_title, "published": "2013-08-03"}  # the URL's date
            cases.append(
                Case(
                    "html-gold",
                    name,
                    (gold_dir / name).read_text("utf-8"),
                    None,
                    main,
                    [p for p in expected if p],
                )
            )
        cases.append(
            Case(
                "html-gold",
                "assabah",
                (gold_dir / "assabah.com.tn.article.html").read_text("utf-8"),
                None,
                {"headline": _collapse(assabah["title"])},
                None,
                assabah["with"],
                assabah["without"],
            )
        )
    for i, name, text, gold in dev_articles():
        for tname, build in TEMPLATES.items():
            if only in (None, tname):
                page, url = build(i, text, gold)
                cases.append(Case(tname, name, page, url, gold["main"]))
    return cases


@dataclass(frozen=True)
class Got:
    headline: str | None
    published: str | None
    byline: str | None
    body: list[str]
    tags: list[str]
    everything: str  # every string of the output, for the lossless check


def run_akhbar(case: Case) -> Got:
    from akhbar.parse.lossless import output_strings
    from akhbar.read.doc import Doc
    from akhbar.read.html import read_html

    doc = read_html(case.data, input=case.name, url=case.url)
    if not isinstance(doc, Doc):
        return Got(None, None, None, [], [], "")
    m = doc.page.main
    return Got(
        m.headline,
        m.published,
        m.byline,
        list(m.body),
        list(m.tags),
        "\n".join(output_strings(doc.page)),
    )


def run_trafilatura(case: Case) -> Got:
    import trafilatura

    # a page not in UTF-8 is given as bytes, so trafilatura decodes it as it would a download
    page = case.html if case.encoding == "utf-8" else case.data
    d = trafilatura.bare_extraction(page, url=case.url, with_metadata=True)
    if d is None:
        return Got(None, None, None, [], [], "")
    lines = [_collapse(t) for t in (d.text or "").splitlines() if t.strip()]
    tags = [t for t in (d.tags or []) if t] if isinstance(d.tags, list) else []
    every = [d.title, d.author, d.date, d.text, d.description, *tags, *(d.categories or [])]
    return Got(d.title, d.date, d.author, lines, tags, "\n".join(s for s in every if s))


class F1:
    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0

    def add(self, pred: Iterable[object], gold: Iterable[object]) -> None:
        p, g = Counter(pred), Counter(gold)
        tp = sum((p & g).values())
        self.tp, self.fp, self.fn = (
            self.tp + tp,
            self.fp + sum(p.values()) - tp,
            self.fn + sum(g.values()) - tp,
        )

    @property
    def f1(self) -> float:
        if self.tp == 0:
            return 1.0 if self.fp == self.fn == 0 else 0.0
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn)


def _letters(s: str) -> Counter[str]:
    import regex

    return Counter(regex.findall(r"[\p{L}\p{N}]", s))


def _norm(s: str | None) -> str | None:
    return _collapse(s) if s else None


METRICS = ("headline", "published", "byline", "body_f1", "tags_f1", "lossless")


class Tally:
    def __init__(self) -> None:
        self.n = 0
        self.hits: Counter[str] = Counter()
        self.body, self.tags, self.tokens = F1(), F1(), F1()
        self.misses: dict[str, list[tuple[str, Any, Any]]] = {}
        self.phrases = [0, 0]

    def miss(self, metric: str, name: str, got: Any, want: Any) -> None:
        self.misses.setdefault(metric, []).append((name, got, want))

    def add(self, case: Case, got: Got) -> None:
        want = case.gold or {}
        self.n += 1
        checks = {"headline": (_norm(got.headline), _norm(want.get("headline")))}
        if case.template != "html-gold":
            checks["published"] = ((got.published or "")[:10], (want.get("published") or "")[:10])
            checks["byline"] = (_norm(got.byline), _norm(want.get("byline")))
        elif "published" in want:
            checks["published"] = ((got.published or "")[:10], want["published"])
        for metric, (g, w) in checks.items():
            if g == w:
                self.hits[metric] += 1
            else:
                self.miss(metric, case.name, g, w)
        body_want = case.expected_body if case.gold and case.expected_body else want.get("body")
        if body_want is not None:
            body_got = [_collapse(b) for b in got.body]
            body_want = [_collapse(b) for b in body_want]
            self.body.add(body_got, body_want)
            if Counter(body_got) != Counter(body_want):
                extra = [b for b in body_got if b not in body_want]
                lost = [b for b in body_want if b not in body_got]
                self.miss("body_f1", case.name, extra[:3], lost[:3])
            self.tokens.add(" ".join(body_got).split(), " ".join(body_want).split())
        if case.template != "html-gold":
            self.tags.add(set(got.tags), set(want.get("tags") or ()))
            if set(got.tags) != set(want.get("tags") or ()):
                self.miss("tags_f1", case.name, got.tags, want.get("tags"))
            article = "\n".join(
                s
                for s in (want.get("headline"), want.get("byline"), *want["body"], *want["tags"])
                if s
            )
            lost = _letters(article) - _letters(got.everything)
            if not lost:
                self.hits["lossless"] += 1
            else:
                self.miss("lossless", case.name, "".join(lost.elements())[:40], "")
        text = "\n".join(got.body)
        for p in case.with_phrases:
            self.phrases[0] += p in text
            self.phrases[1] += 1
        for p in case.without_phrases:
            self.phrases[0] += p not in text
            self.phrases[1] += 1

    def row(self, gold_pages: bool) -> dict[str, str]:
        n = max(self.n, 1)
        if gold_pages:
            return {
                "headline": f"{self.hits['headline']}/{self.n}",
                "published": f"{self.hits['published']}/2",
                "body_f1": f"{self.body.f1:.3f}",
                "token_f1": f"{self.tokens.f1:.3f}",
                "phrases": f"{self.phrases[0]}/{self.phrases[1]}",
            }
        return {
            "headline": f"{self.hits['headline'] / n:.3f}",
            "published": f"{self.hits['published'] / n:.3f}",
            "byline": f"{self.hits['byline'] / n:.3f}",
            "body_f1": f"{self.body.f1:.3f}",
            "tags_f1": f"{self.tags.f1:.3f}",
            "lossless": f"{self.hits['lossless'] / n:.3f}",
        }


def arguments(templates: Iterable[str]) -> argparse.Namespace:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", help=f"one template ({', '.join(templates)})")
    ap.add_argument("--misses", help="print akhbar's misses of this metric (e.g. body_f1)")
    ap.add_argument("--tool", default="both", choices=("both", "akhbar", "trafilatura"))
    return ap.parse_args()


def report(cases: list[Case], tool: str, misses: str | None) -> None:
    """Score ``cases`` with akhbar and/or trafilatura and print a table per template."""
    tools = {"akhbar": run_akhbar, "trafilatura": run_trafilatura}
    if tool != "both":
        tools = {tool: tools[tool]}
    tallies: dict[tuple[str, str], Tally] = {}
    for case in cases:
        for name, run in tools.items():
            got = run(case)
            for key in ((name, case.template), (name, "overall")):
                if key[1] == "overall" and case.template == "html-gold":
                    continue
                tallies.setdefault(key, Tally()).add(case, got)
    templates = list(dict.fromkeys(c.template for c in cases if c.template != "html-gold"))
    dev = len({c.name for c in cases if c.template != "html-gold"})
    print(f"pages: {len(cases)} ({dev} dev articles x {len(templates)} templates + html-gold)")
    for template in [*templates, "overall", "html-gold"]:
        rows = [(name, tallies.get((name, template))) for name in tools]
        rows = [(t, r) for t, r in rows if r is not None]
        if not rows:
            continue
        table = [(t, r.row(template == "html-gold")) for t, r in rows]
        cols = list(table[0][1])
        print(f"\n### {template} ({rows[0][1].n} pages)\n")
        print("| tool | " + " | ".join(cols) + " |")
        print("| --- " * (len(cols) + 1) + "|")
        for name, row in table:
            print(f"| {name} | " + " | ".join(row[c] for c in cols) + " |")
    if misses:
        for (name, template), tally in tallies.items():
            if name != "akhbar" or template == "overall":
                continue
            for page, got, want in tally.misses.get(misses, [])[:6]:
                print(f"\n[{template}] {page}\n  got:  {got!r:.300}\n  want: {want!r:.300}")


def main() -> None:
    args = arguments([*TEMPLATES, "html-gold"])
    report(load_cases(args.only), args.tool, args.misses)


if __name__ == "__main__":
    main()
