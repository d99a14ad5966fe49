"""HTML layouts of ``benchmarks/html_layouts_3.py`` (dev articles printed in eight more layouts,
frozen in tests/fixtures/html_layouts_3 by its templates, the gold each page prints in
``expected.json``; the first line of a page is ``<!--URL-->`` when it was fetched from one): a
Wayback Machine capture, schema.org microdata, Facebook Instant Articles, an infinite-scroll
page, a print version, ``<div>`` paragraphs with inline ads, ``<base href>`` with relative
links, and a Blogger theme.

Every test but the ones marked "guard" failed on the reader before these rules (commit 0152fa5);
of the page-by-page test, the two Wayback pages, ``blogger-dev-0027``, ``divads-dev-0045`` and
the feed fragment ``instant-dev-0014`` passed before too (trafilatura's fallback, or no rule
needed) and guard them.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from akhbar.parse.lossless import lost_chars
from akhbar.read import Doc
from akhbar.read.html import read_html

FIXTURES = Path(__file__).parent / "fixtures" / "html_layouts_3"


def _read(name: str) -> Doc:
    data = (FIXTURES / name).read_bytes()
    url = None
    if data.startswith(b"<!--http"):
        url = data.split(b"-->", 1)[0].removeprefix(b"<!--").strip().decode("ascii")
    doc = read_html(data, input=name, url=url)
    assert isinstance(doc, Doc)
    return doc


def _page(html: str) -> Doc:
    doc = read_html(html.encode("utf-8"), input="page.html")
    assert isinstance(doc, Doc)
    return doc


def _expected(name: str) -> dict[str, Any]:
    gold: dict[str, Any] = json.loads((FIXTURES / "expected.json").read_text("utf-8"))[name]
    return gold


def _collapse(s: str | None) -> str | None:
    return " ".join(s.split()) if s else s


def _paragraphs(lines: Any) -> list[str]:
    return [" ".join(line.split()) for line in lines]


def _article_text(gold: dict[str, Any]) -> str:
    return "\n".join(
        s for s in (gold["headline"], gold.get("byline"), *gold["body"], *gold["tags"]) if s
    )


@pytest.mark.parametrize("name", sorted(p.name for p in FIXTURES.glob("*.html")))
def test_every_layout_page_reads_as_its_gold_and_loses_nothing(name: str) -> None:
    gold = _expected(name)
    doc = _read(name)
    main = doc.page.main
    assert _collapse(main.headline) == _collapse(gold["headline"])
    assert (main.published or "")[:10] == gold["published"][:10]
    assert main.byline == gold["byline"]
    assert _paragraphs(main.body) == _paragraphs(gold["body"])  # as the benchmark scores it
    assert set(main.tags) == set(gold["tags"])
    assert not lost_chars(_article_text(gold), doc.page)


# --- Wayback Machine -----------------------------------------------------------------------


def test_wayback_toolbar_lines_are_discarded_never_body() -> None:
    doc = _read("wayback-dev-0096.html")
    page = doc.page
    assert list(page.main.body) == _expected("wayback-dev-0096.html")["body"]
    assert "COLLECTED BY" in page.discarded
    assert "Alexa Crawls" in page.discarded
    assert "45 captures" in page.discarded
    assert (
        "The Wayback Machine - https://web.archive.org/web/20150728094510/"
        "http://www.alriyadh.com/news/96.html" in page.discarded
    )
    assert not any("captures" in line or "Wayback" in line for line in page.main.body)


def test_wayback_capture_lives_at_its_original_address() -> None:
    doc = _read("wayback-dev-0096.html")  # fetched from https://web.archive.org/web/2015…/http://…
    assert doc.outlet == "alriyadh.com"  # not web.archive.org
    assert doc.page.url == "http://www.alriyadh.com/news/96.html"
    assert doc.page.related[0].url == "http://www.alriyadh.com/news/r0.html"


def test_wayback_date_is_the_page_s_own_not_the_capture_s() -> None:  # guard
    # captured 2015-07-28 (toolbar: "You are here: 09:45:10 Jul 28, 2015"); printed
    # "السبت 25 يوليو 2015 - 01:50 ص"
    main = _read("wayback-dev-0096.html").page.main
    assert main.published == "2015-07-25T01:50"
    # the same capture with no date printed by the page: none, not the capture's
    html = (FIXTURES / "wayback-dev-0096.html").read_text("utf-8")
    undated = html.replace('<span class="date">السبت 25 يوليو 2015 - 01:50 ص</span>', "")
    assert undated != html
    assert _page(undated).page.main.published is None


@pytest.mark.parametrize(
    ("url", "original"),
    [
        (
            "https://web.archive.org/web/20150812094510/http://www.alriyadh.com/news/1.html",
            "http://www.alriyadh.com/news/1.html",
        ),
        ("/web/20150812094510im_/http://sabq.org/logo.png", "http://sabq.org/logo.png"),
        ("http://web.archive.org/web/2015/http:/aawsat.com/a", "http://aawsat.com/a"),
        ("https://web.archive.org/web/20150801000000*/sabq.org/x", "http://sabq.org/x"),
        ("https://www.alriyadh.com/web/page", "https://www.alriyadh.com/web/page"),  # guard
    ],
)
def test_archive_replay_address_is_unwrapped_to_the_original(url: str, original: str) -> None:
    from akhbar.read.htmlarchive import original_url

    assert original_url(url) == original


# --- microdata ---------------------------------------------------------------------------------


def test_microdata_headline_wins_over_a_title_that_only_names_the_site() -> None:
    main = _read("microdata-dev-0027.html").page.main
    # <title>الشرق الأوسط</title>, <h1 class="logo">الشرق الأوسط</h1>, <h2 itemprop="headline name">
    assert main.headline == "جزائري يقاضي عروسه بعد أن صدم بشكلها من غير «مكياج»"


def test_unlabelled_date_modified_time_is_not_the_publication() -> None:
    main = _read("microdata-dev-0027.html").page.main
    # <time itemprop="dateModified" …2015-08-07…> | <time itemprop="datePublished" …2015-08-06…>
    assert main.published == "2015-08-06T06:47:00+03:00"


def test_microdata_organization_as_author_is_no_byline() -> None:
    main = _read("microdata-dev-0045.html").page.main
    # <span itemprop="author" itemscope itemtype=".../Organization"><span itemprop="name">سكاي…
    assert main.byline is None


def test_microdata_person_name_in_a_meta_is_the_byline_not_the_card_text() -> None:
    main = _read("microdata-dev-0002.html").page.main
    # <meta itemprop="name" content="…"> beside a link and <span itemprop="jobTitle">محرر صحفي
    assert main.byline == "حائل – خالد العميم"


def test_printed_microdata_keywords_are_tags() -> None:
    main = _read("microdata-dev-0027.html").page.main
    assert main.tags == ("الجزائر", "سيدي", "الصحافة", "جزائري", "يقاضي")


# --- Instant Articles --------------------------------------------------------------------------


def test_instant_article_op_modified_before_op_published_is_not_the_date() -> None:
    main = _read("instant-dev-0027.html").page.main
    assert main.published == "2015-08-06T06:47:00+03:00"


def test_address_in_an_article_names_its_writer() -> None:
    main = _read("instant-dev-0027.html").page.main
    assert main.byline == "متابعة – احمد مهران"  # <address><a rel="facebook" …>


def test_article_h1_of_a_page_without_title_is_the_headline_however_short() -> None:
    main = _read("instant-dev-0112.html").page.main  # the <article> alone, as a feed holds it
    assert main.headline == "صح لسانك"


def test_feed_fragment_without_a_headline_has_none() -> None:  # guard
    main = _read("instant-dev-0014.html").page.main
    assert main.headline is None  # never a guess
    assert main.published == "2015-07-25T06:47:00+03:00"  # <time class="op-published">
    assert len(main.body) == 2


# --- infinite scroll ---------------------------------------------------------------------------


def test_next_articles_of_an_infinite_scroll_page_are_embedded_not_body() -> None:
    gold = _expected("infinite-dev-0002.html")
    page = _read("infinite-dev-0002.html").page
    assert list(page.main.body) == gold["body"]
    assert [a.headline for a in page.embedded] == [
        "اللقاء الوطني للنحالين في الباحة يناقش الخطوات المثالية لتسويق العسل",
        "لأول مرة.. مسار إلكتروني بشرائح سعرية جديدة لحجاج الداخل",
    ]
    for got, want in zip(page.embedded, gold["embedded"], strict=True):
        assert list(got.body) == want["body"]
        assert got.byline == want["byline"]
        assert set(got.tags) == set(want["tags"])
        assert (got.published or "")[:10] == want["published"][:10]


def test_short_own_article_keeps_its_tags_and_no_writer_of_the_next_ones() -> None:
    page = _read("infinite-dev-0112.html").page
    main = page.main
    assert main.headline == "صح لسانك"  # 158 letters: shorter than the next two
    assert set(main.tags) == {"عمر", "النصر", "لسانك"}
    assert main.byline is None  # the next article's writer is its own
    assert len(page.embedded) == 2


def test_related_cards_in_articles_are_not_embedded() -> None:  # guard
    body = "".join(
        f"<p>{p}</p>"
        for p in (
            "أعلنت وزارة الصحة اليوم افتتاح مستشفى جديد في المنطقة الشرقية بسعة مئتي سرير.",
            "وقال المتحدث الرسمي إن المستشفى يخدم أكثر من مليون نسمة في المحافظات المجاورة.",
            "وأضاف أن التشغيل يبدأ الشهر المقبل بعد استكمال التجهيزات الطبية والإدارية كافة.",
        )
    )
    cards = "".join(
        f'<article class="card"><h3><a href="/n/{k}">{t}</a></h3><p>تفاصيل الخبر في الداخل</p>'
        "</article>"
        for k, t in enumerate(["أمطار رعدية على المرتفعات الجنوبية", "ارتفاع أسعار النفط"])
    )
    doc = _page(
        '<html lang="ar"><head><title>افتتاح مستشفى جديد - الصحيفة</title></head><body>'
        f'<article class="story"><h1>افتتاح مستشفى جديد</h1>{body}</article>{cards}</body></html>'
    )
    assert doc.page.embedded == ()
    assert len(doc.page.main.body) == 3


# --- print version -----------------------------------------------------------------------------


def test_print_label_title_yields_to_the_printed_heading() -> None:
    assert _read("print-dev-0027.html").page.main.headline == (
        "جزائري يقاضي عروسه بعد أن صدم بشكلها من غير «مكياج»"  # <title>طباعة الخبر</title>
    )
    assert _read("print-dev-0001.html").page.main.headline == (
        # <title>صحيفة سبق الإلكترونية - نسخة للطباعة</title>, the headline in an <h2>
        "شاهد.. الإعلام المصري يربط اغتيال النائب العام بإشارة مرسي من داخل القفص"
    )


def test_bold_writer_line_under_the_headline_is_the_byline() -> None:
    doc = _read("print-dev-0068.html")
    assert doc.page.main.byline == "دكا أول - د ب أ"  # <div><b>دكا أول - د ب أ</b></div>
    assert doc.page.main.raw["byline"] == "دكا أول - د ب أ"


def test_print_date_at_the_foot_is_not_the_publication() -> None:  # guard
    main = _read("print-dev-0068.html").page.main
    # "تاريخ النشر: 01/08/2015" under the headline; "تاريخ الطباعة: 01/09/2016" at the foot
    assert main.published == "2015-08-01"


@pytest.mark.parametrize(
    "title",
    [
        "صح لسانك - جريدة الرياض",  # a short headline: it shares its words with the <h1>
        "جريدة الرياض",  # the site's name, and the <h1> is the site's logo
    ],
)
def test_title_is_kept_when_the_heading_is_not_another_text(title: str) -> None:  # guard
    heading = "صح لسانك" if "لسانك" in title else "جريدة الرياض"
    doc = _page(
        f'<html lang="ar"><head><title>{title}</title><meta property="og:site_name" '
        f'content="جريدة الرياض"></head><body><h1>{heading}</h1><div class="text"><p>'
        "أعلنت وزارة الصحة اليوم افتتاح مستشفى جديد في المنطقة الشرقية بسعة مئتي سرير."
        "</p></div></body></html>"
    )
    assert doc.page.main.headline == ("صح لسانك" if "لسانك" in title else "جريدة الرياض")


# --- <div> paragraphs and inline ads -----------------------------------------------------------


def test_div_paragraphs_do_not_run_together_and_ads_are_discarded() -> None:
    gold = _expected("divads-dev-0045.html")
    page = _read("divads-dev-0045.html").page
    assert list(page.main.body) == gold["body"]  # one <div> each, <div><br></div> between
    assert "إعلان" in page.discarded
    assert "إعلان - تابع القراءة بالأسفل" in page.discarded


def test_br_broken_runs_either_side_of_an_ad_are_all_body() -> None:
    gold = _expected("divads-dev-0000.html")
    page = _read("divads-dev-0000.html").page
    assert list(page.main.body) == gold["body"]
    assert "إعلان" in page.discarded


# --- <base href> -------------------------------------------------------------------------------


def test_base_href_reads_a_saved_page_s_relative_canonical_and_links() -> None:
    doc = _read(
        "basehref-dev-0096.html"
    )  # no URL given: <base href="https://www.alriyadh.com/ar/">
    page = doc.page
    assert page.url == "https://www.alriyadh.com/ar/2015/07/25/خبر-96.html"
    assert page.main.published == "2015-07-25"  # the date of its canonical URL
    assert doc.outlet == "alriyadh.com"
    assert page.related[0].url == "https://www.alriyadh.com/ar/2015/07/25/خبر-96-0.html"


# --- Blogger -----------------------------------------------------------------------------------


def test_blog_title_gives_the_post_s_printed_title() -> None:
    main = _read("blogger-dev-0096.html").page.main
    # <title>مدونة جريدة الرياض: هبوط طائرة…</title>, <h1> the blog, <h3 class="post-title">
    assert main.headline == "هبوط طائرة إماراتية تحمل مساعدات للشعب اليمني بمطار عدن"


def test_blogger_post_body_inside_its_widget_is_the_body() -> None:
    # the post sits in <div class="widget Blog">: its itemprop="description articleBody" marks it
    for name in ("blogger-dev-0096.html", "blogger-dev-0027.html"):
        assert list(_read(name).page.main.body) == _expected(name)["body"]


def test_colon_in_a_headline_is_not_a_blog_title() -> None:  # guard
    head = "بوتين: علاقتنا بالصين بلغت أعلى مستوى لها في تاريخها"
    doc = _page(
        f'<html lang="ar"><head><title>{head}</title></head><body><h1>{head}</h1><div><p>'
        "قال الرئيس الروسي اليوم إن العلاقات مع الصين بلغت أعلى مستوى لها في تاريخها الحديث."
        "</p></div></body></html>"
    )
    assert doc.page.main.headline == head


def test_wordpress_time_marked_published_and_updated_is_the_publication() -> None:  # guard
    # an unedited WordPress post prints one <time class="entry-date published updated">
    doc = _page(
        '<html lang="ar"><head><title>افتتاح مستشفى جديد - الصحيفة</title></head><body><article>'
        '<h1>افتتاح مستشفى جديد</h1><time class="entry-date published updated" '
        'datetime="2015-08-09T06:47:00+03:00">9 أغسطس 2015</time><div class="entry-content"><p>'
        "أعلنت وزارة الصحة اليوم افتتاح مستشفى جديد في المنطقة الشرقية بسعة مئتي سرير."
        '</p></div><div class="comments"><p>تعليق بتاريخ 12 أغسطس 2015</p></div></article>'
        "</body></html>"
    )
    assert doc.page.main.published == "2015-08-09T06:47:00+03:00"
