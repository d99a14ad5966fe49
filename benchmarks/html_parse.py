"""HTML parse speed and date recall: akhbar's HTML reader vs trafilatura and htmldate.

Pages: the real Arabic pages of data/html-gold, plus pages built from data/dev-pages (real
article text and gold fields) inside realistic news-site templates, rotating where the date
is: ``<meta article:published_time>``, ``<time datetime>``, JSON-LD, or only as the page
printed it (the dev page's own date line, e.g. ``نشر بتاريخ: 2015/08/07 06:47``).

Prints pages/s for ``akhbar.read.html.read_html`` and ``trafilatura.bare_extraction(
with_metadata=True)`` in the same run, and for each tool the share of pages where a date is
found and where it is the gold day; headline exactness for akhbar and trafilatura.

    .venv/bin/python benchmarks/html_parse.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import html
import json
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
SITES = [
    ("جريدة الرياض", "alriyadh.com", "{h} - جريدة الرياض"),
    ("صحيفة سبق الإلكترونية", "sabq.org", "صحيفة سبق الإلكترونية | {h}"),
    ("سكاي نيوز عربية", "skynewsarabia.com", "{h} :: سكاي نيوز عربية"),
    ("الشرق الأوسط", "aawsat.com", "{h} | الشرق الأوسط"),
]
DATE_PLACES = ("meta", "time", "jsonld", "visible")


def _date_line(text: str, gold: dict[str, Any]) -> str | None:
    """The dev page's own line that prints its gold date (not a body paragraph)."""
    from akhbar.dates import parse_date

    want = (gold["main"].get("published") or "")[:10]
    body = set(gold["main"].get("body") or ())
    for line in text.splitlines():
        line = line.strip()
        if want and line and line not in body and len(line) < 120:
            found = parse_date(line)
            if found and found.iso[:10] == want:
                return line
    return None


def _page(i: int, text: str, gold: dict[str, Any]) -> tuple[str, str | None, str]:
    main = gold["main"]
    head = main.get("headline") or ""
    site, host, title = SITES[i % len(SITES)]
    place = DATE_PLACES[i % len(DATE_PLACES)]
    date = main.get("published")
    e = html.escape
    meta = [f'<meta property="og:site_name" content="{e(site)}">']
    shown = ""
    if date and place == "meta":
        meta.append(f'<meta property="article:published_time" content="{e(date)}">')
    elif date and place == "jsonld":
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": head,
            "datePublished": date,
        }
        meta.append(
            f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
        )
    elif date and place == "time":
        shown = f'<time datetime="{e(date)}">{e(date[:10])}</time>'
    elif date:
        line = _date_line(text, gold)
        shown = f'<div class="article-meta">{e(line)}</div>' if line else ""
    if main.get("tags"):
        meta.append(f'<meta name="keywords" content="{e("، ".join(main["tags"]))}">')
    paras = "".join(f"<p>{e(p)}</p>" for p in main.get("body") or ())
    related = "".join(
        f'<li><a href="/news/{k}">{e(r["headline"])}</a></li>'
        for k, r in enumerate(gold.get("related") or ())
    )
    tags = "".join(
        f'<a rel="tag" href="/tag/{k}">{e(t)}</a>' for k, t in enumerate(main.get("tags") or ())
    )
    byline = f'<div class="byline">{e(main["byline"])}</div>' if main.get("byline") else ""
    page = f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>{e(title.format(h=head))}</title>{"".join(meta)}
<link rel="stylesheet" href="/s.css"><script>window.dataLayer=[];function gtag(){{}}</script></head>
<body><header class="site-header"><div class="logo"><a href="/">{e(site)}</a></div>
<nav class="main-menu"><ul><li><a href="/">الرئيسية</a></li><li><a href="/local">محليات</a></li>
<li><a href="/world">دولي</a></li><li><a href="/economy">اقتصاد</a></li><li><a href="/sport">رياضة</a></li></ul></nav>
</header><main><div class="breadcrumb"><a href="/">الرئيسية</a> » <a href="/local">محليات</a></div>
<article class="news-article"><h1 class="title">{e(head)}</h1>{byline}{shown}
<div class="share-bar"><a href="#">فيسبوك</a> <a href="#">تويتر</a> <a href="#">واتساب</a></div>
<div class="article-body">{paras}</div><div class="tags">{tags}</div></article>
<aside class="related-news"><h3>اقرأ أيضاً</h3><ul>{related}</ul></aside>
<div class="comments"><h3>التعليقات</h3><p>لا توجد تعليقات حتى الآن، كن أول من يعلق على هذا الخبر</p></div>
</main><footer class="site-footer"><p>جميع الحقوق محفوظة © {e(site)} 2015</p>
<p><a href="/about">من نحن</a> | <a href="/contact">اتصل بنا</a></p></footer></body></html>"""
    return page, date, f"https://www.{host}/news/{i}"


def load_pages() -> list[tuple[str, bytes, str | None, str | None, str | None]]:
    """(name, bytes, gold date or None, gold headline, url)."""
    pages: list[tuple[str, bytes, str | None, str | None, str | None]] = []
    gold_dir = DATA / "html-gold"
    cnn = json.loads((gold_dir / "arabic_article.metadata.json").read_text(encoding="utf-8"))
    assabah = next(
        iter(json.loads((gold_dir / "assabah.evaldata.json").read_text(encoding="utf-8")).values())
    )
    pages.append(
        (
            "arabic_article.html",
            (gold_dir / "arabic_article.html").read_bytes(),
            None,
            cnn["title"],
            None,
        )
    )
    pages.append(
        (
            "test_cnn_arabic.html",
            (gold_dir / "test_cnn_arabic.html").read_bytes(),
            None,
            cnn["title"],
            None,
        )
    )
    pages.append(
        (
            "assabah.html",
            (gold_dir / "assabah.com.tn.article.html").read_bytes(),
            None,
            " ".join(assabah["title"].split()),
            None,
        )
    )
    for i, gold_path in enumerate(sorted((DATA / "dev-pages").glob("*.gold.json"))):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = gold_path.with_name(gold_path.name.replace(".gold.json", ".txt")).read_text(
            encoding="utf-8"
        )
        if not gold["main"].get("headline") or not gold["main"].get("body"):
            continue
        page, date, url = _page(i, text, gold)
        pages.append((gold_path.name, page.encode("utf-8"), date, gold["main"]["headline"], url))
    return pages


def _same(a: str | None, b: str | None) -> bool:
    """Headlines equal up to whitespace (SCHEMA: the headline is printed whitespace-collapsed)."""
    return a is not None and b is not None and a.split() == b.split()


def _day(value: Any) -> str | None:
    return str(value)[:10] if value else None


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    import htmldate
    import trafilatura

    from akhbar.read.html import read_html

    pages = load_pages()
    texts = [p[1].decode("utf-8") for p in pages]
    for data, text in zip([p[1] for p in pages[:5]], texts[:5], strict=True):  # warm up both
        read_html(data, input="w")
        trafilatura.bare_extraction(text, with_metadata=True)

    def timed(fn: Any) -> tuple[float, list[Any]]:
        best = float("inf")
        out: list[Any] = []
        for _ in range(args.repeat):
            t = time.perf_counter()
            out = fn()
            best = min(best, time.perf_counter() - t)
        return best, out

    t_ak, ak = timed(lambda: [read_html(p[1], input=p[0], url=p[4]) for p in pages])
    t_tr, tr = timed(
        lambda: [
            trafilatura.bare_extraction(t, url=p[4], with_metadata=True)
            for p, t in zip(pages, texts, strict=True)
        ]
    )
    t_hd, hd = timed(
        lambda: [htmldate.find_date(t, url=p[4]) for p, t in zip(pages, texts, strict=True)]
    )
    n = len(pages)
    dated = [i for i, p in enumerate(pages) if p[2]]
    print(
        f"pages: {n} ({len(dated)} with a gold date; {n - len(dated)} html-gold pages without one)"
    )
    print(
        f"{'tool':<34}{'pages/s':>9}{'ms/page':>9}{'date found':>12}{'date right':>12}{'wrong':>7}{'headline':>10}"
    )
    rows = [
        (
            "akhbar read_html",
            t_ak,
            [getattr(d.page.main, "published", None) for d in ak],
            [d.page.main.headline for d in ak],
        ),
        (
            "trafilatura bare_extraction+meta",
            t_tr,
            [getattr(d, "date", None) if d else None for d in tr],
            [getattr(d, "title", None) if d else None for d in tr],
        ),
        ("htmldate find_date", t_hd, hd, None),
    ]
    for name, seconds, dates, heads in rows:
        found = sum(1 for i in dated if dates[i])
        right = sum(1 for i in dated if _day(dates[i]) == _day(pages[i][2]))
        wrong = sum(1 for i in dated if dates[i] and _day(dates[i]) != _day(pages[i][2]))
        head_ok = (
            ""
            if heads is None
            else f"{sum(1 for i in range(n) if _same(heads[i], pages[i][3]))}/{n}"
        )
        print(
            f"{name:<34}{n / seconds:>9.0f}{1000 * seconds / n:>9.2f}{found:>8}/{len(dated):<3}"
            f"{right:>8}/{len(dated):<3}{wrong:>7}{head_ok:>10}"
        )
    print(f"speed ratio akhbar / trafilatura: {t_tr / t_ak:.2f}x")


if __name__ == "__main__":
    main()
