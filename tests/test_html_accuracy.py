"""HTML extraction accuracy on real dev-page articles inside site templates (the pages of
``benchmarks/html_accuracy.py``, frozen in tests/fixtures/html-accuracy): WordPress plugin
blocks, an inline read-also box, a byline in the markup, short-line articles."""

from __future__ import annotations

import json
from pathlib import Path

from akhbar.parse.lossless import lost_chars
from akhbar.read import Doc
from akhbar.read.html import read_html

FIXTURES = Path(__file__).parent / "fixtures" / "html-accuracy"


def _read(name: str) -> Doc:
    html = (FIXTURES / name).read_text(encoding="utf-8")
    url = html.split("-->", 1)[0].removeprefix("<!--").strip()  # where the page was "fetched"
    doc = read_html(html.encode("utf-8"), input=name, url=url)
    assert isinstance(doc, Doc)
    return doc


def _gold(name: str) -> dict:
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


def _article_text(gold: dict) -> str:
    main = gold["main"]
    return "\n".join(
        s for s in (main["headline"], main.get("byline"), *main["body"], *main["tags"]) if s
    )


def test_wordpress_post_body_without_related_posts_and_byline_without_its_label() -> None:
    gold = _gold("dev-0002.gold.json")
    doc = _read("wordpress-dev-0002.html")
    main = doc.page.main
    assert list(main.body) == gold["main"]["body"]  # Jetpack's related posts are not body
    assert main.byline == "حائل – خالد العميم"  # not "بواسطة حائل – خالد العميم"
    assert main.tags == tuple(gold["main"]["tags"])  # rel="category tag" (محليات) is no tag
    assert main.published == "2015-08-09"
    related = [r.headline for r in doc.page.related]
    assert "جامعة طيبة وإثبات السكن !!" in related
    assert not lost_chars(_article_text(gold), doc.page)


def test_read_also_box_between_paragraphs_is_related_and_writer_line_is_the_byline() -> None:
    gold = _gold("dev-0002.gold.json")
    doc = _read("content-dev-0002.html")
    main = doc.page.main
    assert list(main.body) == gold["main"]["body"]
    assert main.byline == "حائل – خالد العميم"
    assert main.raw["byline"] == "حائل – خالد العميم"
    (related,) = [r for r in doc.page.related if r.headline == "جامعة طيبة وإثبات السكن !!"]
    assert related.url == "https://skynewsarabia.com/news/r0.html"
    assert "اقرأ أيضاً" in doc.page.discarded
    assert not lost_chars(_article_text(gold), doc.page)


def test_article_of_short_lines_keeps_each_line_as_a_paragraph() -> None:
    gold = _gold("dev-0112.gold.json")
    main = _read("amp-dev-0112.html").page.main
    assert list(main.body) == gold["main"]["body"]
    assert main.body[0] == "* سأسعد الأهلاويين"
    assert not any("إعلان" in line or "شارك الخبر" in line for line in main.body)


def test_short_article_is_not_replaced_by_the_whole_page_run_together() -> None:
    gold = _gold("dev-0186.gold.json")
    main = _read("base-dev-0186.html").page.main
    assert list(main.body) == gold["main"]["body"]
    assert not any("فيسبوك" in line for line in main.body)
