"""HTML layouts of ``benchmarks/html_layouts_2.py`` (dev articles printed as today's Arabic news
sites print them, frozen in tests/fixtures/html-layouts-2 with the gold each page prints in
``expected.json``): the article only in script data, JSON-LD ``@graph`` references, Open
Graph-only metadata, UTC ``<time>``s, figures and photo credits, live pages, hashed-class portals
with labelled sections, and a 2005 table layout in windows-1256.

Every test but the ones marked "guard" failed on the reader before these rules (commit 6876f14).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from akhbar.parse.lossless import lost_chars
from akhbar.read import Doc
from akhbar.read.html import read_html

FIXTURES = Path(__file__).parent / "fixtures" / "html-layouts-2"
HTML_GOLD = Path(__file__).parent / "fixtures" / "html-gold"


def _read(name: str) -> Doc:
    data = (FIXTURES / name).read_bytes()
    url = data.split(b"-->", 1)[0].removeprefix(b"<!--").strip().decode("ascii")
    doc = read_html(data, input=name, url=url)
    assert isinstance(doc, Doc)
    return doc


def _expected(name: str) -> dict[str, Any]:
    gold: dict[str, Any] = json.loads((FIXTURES / "expected.json").read_text("utf-8"))[name]
    return gold


def _collapse(s: str) -> str:
    return " ".join(s.split())


def _article_text(gold: dict[str, Any]) -> str:
    return "\n".join(
        s for s in (gold["headline"], gold.get("byline"), *gold["body"], *gold["tags"]) if s
    )


def test_article_only_in_next_data_is_read_from_the_script() -> None:
    gold = _expected("nextjs-dev-0002.html")
    doc = _read("nextjs-dev-0002.html")
    main = doc.page.main
    assert list(main.body) == gold["body"]  # not the skeleton's "جار تحميل الخبر..."
    assert main.byline == "حائل – خالد العميم"  # author.name of the same object
    assert main.tags == ("غرفة حائل", "تصحيح أوضاع", "جوازات المنطقة", "المقيمين بطريقة")
    assert main.published == "2015-08-09T09:15:00+03:00"  # publishedAt
    assert main.headline == "«غرفة حائل» تبث رسائل عن تصحيح أوضاع اليمنيين"  # no " | Site"
    assert not lost_chars(_article_text(gold), doc.page)


def test_json_ld_article_body_of_a_client_rendered_shell_is_the_body() -> None:
    gold = _expected("ldgraph-dev-0002.html")
    main = _read("ldgraph-dev-0002.html").page.main
    assert list(main.body) == gold["body"]  # articleBody, paragraphs split at its newlines
    assert main.published == "2015-08-09T06:47:00+03:00"


def test_json_ld_author_given_by_id_reference_is_resolved_in_the_graph() -> None:
    main = _read("ldgraph-dev-0002.html").page.main
    # "author": {"@id": "https://…/#/schema/person/2"} names the Person node of the @graph
    assert main.byline == "حائل – خالد العميم"


def test_outlet_named_as_author_is_no_byline() -> None:
    main = _read("portal-dev-0000.html").page.main
    # JSON-LD "author": {"@type": "NewsMediaOrganization", "name": "جريدة الرياض"}
    assert main.byline is None


def test_writer_in_twitter_label_and_data_fields_is_the_byline() -> None:
    main = _read("opengraph-dev-0002.html").page.main
    # twitter:label1 "كُتب بواسطة", twitter:data1 the writer; article:author is a profile URL
    assert main.byline == "حائل – خالد العميم"


def test_short_headline_printed_in_an_h2_loses_the_site_suffix_of_og_title() -> None:
    doc = _read("opengraph-dev-0018.html")
    # og:title "لأننا لا نشعر! - سكاي نيوز عربية": three words, no h1, no og:site_name
    assert doc.page.main.headline == "لأننا لا نشعر!"
    assert doc.page.main.raw["headline"] == "لأننا لا نشعر! - سكاي نيوز عربية"


def test_utc_time_is_given_on_the_local_day_its_visible_clock_prints() -> None:
    main = _read("media-dev-0000.html").page.main
    # <time datetime="2015-08-05T22:30:00Z">6 أغسطس 2015 - 01:30 ص</time>
    assert main.published == "2015-08-06T01:30:00+03:00"


def test_time_after_a_last_updated_label_is_not_the_publication_date() -> None:
    main = _read("media-dev-0001.html").page.main
    # "آخر تحديث: <time …2015-07-25…>" is printed before "نشر في: <time …2015-07-24…>"
    assert main.published is not None
    assert main.published[:10] == "2015-07-24"


def test_caption_paragraph_inside_a_figure_is_not_body() -> None:
    gold = _expected("media-dev-0000.html")
    doc = _read("media-dev-0000.html")
    assert list(doc.page.main.body) == gold["body"]
    # a short article: the caption's <p> holds more than a quarter of its text
    body = [
        "افتتح وزير الصحة اليوم مستشفى جديدا في المنطقة الشرقية بسعة مئتي سرير.",
        "وقال الوزير إن المستشفى يخدم أكثر من مليون نسمة في المحافظات المجاورة.",
    ]
    caption = "جانب من حفل الافتتاح الذي حضره عدد من المسؤولين في المنطقة"
    page = (
        '<html lang="ar"><head><title>افتتاح مستشفى جديد</title></head><body><article>'
        f'<h1>افتتاح مستشفى جديد</h1><div class="text"><p>{body[0]}</p><figure>'
        f'<img data-src="/i.jpg" alt=""><figcaption><p>{caption}</p></figcaption></figure>'
        f"<p>{body[1]}</p></div></article></body></html>"
    )
    short = read_html(page.encode("utf-8"), input="figure")
    assert isinstance(short, Doc)
    assert list(short.page.main.body) == body


def test_photo_credit_line_is_not_the_byline() -> None:
    doc = _read("media-dev-0000.html")
    assert doc.page.main.byline is None  # not "تصوير: محمد العتيبي"
    assert "تصوير: محمد العتيبي" in doc.page.discarded


def test_live_page_reads_every_update_newest_first() -> None:
    gold = _expected("liveblog-dev-0002.html")
    main = _read("liveblog-dev-0002.html").page.main
    # one <div class="live-post"> per update: the article is all of them, in printed order
    assert list(main.body) == gold["body"]
    assert main.body[0].startswith("واكد مدير جوازات حائل")
    assert main.tags == tuple(gold["tags"])


def test_paragraphs_each_in_its_own_div_are_all_body_the_short_one_too() -> None:
    gold = _expected("portal-dev-0015.html")
    main = _read("portal-dev-0015.html").page.main
    assert list(main.body) == gold["body"]
    assert main.body[0] == "رئيس بلدية الرس"  # too short to be scored, still a paragraph


def test_sections_labelled_by_a_heading_are_related_links_and_topic_tags() -> None:
    gold = _expected("portal-dev-0000.html")
    doc = _read("portal-dev-0000.html")
    main = doc.page.main
    assert list(main.body) == gold["body"]
    # "مواضيع ذات صلة" over links to /arabic/topics/…: the editor's tags
    assert main.tags == ("كاليفورنيا", "روكي", "الشمالية", "غرب")
    # "المزيد حول هذه القصة" over headlines: related, with their URLs
    related = {r.headline: r.url for r in doc.page.related}
    assert related["برشلونة يستهل جولته الأمريكية بفوز على جالاكسي"] == (
        "https://alriyadh.com/arabic/m0"
    )
    assert "المزيد حول هذه القصة" not in main.body
    assert not lost_chars(_article_text(gold), doc.page)


def test_table_layout_in_windows_1256_headline_date_and_bold_byline() -> None:
    gold = _expected("table2005-dev-0002.html")
    doc = _read("table2005-dev-0002.html")
    main = doc.page.main
    # <title>صحيفة سبق الإلكترونية :: «غرفة حائل» …</title>: the part printed in bold <font>
    assert main.headline == _collapse(gold["headline"])
    assert main.published == "2015-08-09"  # "بتاريخ: 9/8/2015" in the row after the headline
    assert main.byline == "حائل – خالد العميم"  # <b> opening the <br>-broken article box
    assert list(main.body) == gold["body"]
    assert main.tags == ()


def test_comment_policy_box_inside_the_article_goes_to_discarded_not_nowhere() -> None:
    data = (HTML_GOLD / "arabic_article.html").read_bytes()
    doc = read_html(data, input="arabic_article.html")
    assert isinstance(doc, Doc)
    assert not any("ترحب شبكة CNN" in line for line in doc.page.main.body)
    assert any(line.startswith("ترحب شبكة CNN بالنقاش") for line in doc.page.discarded)


def test_guard_subheading_inside_the_article_is_not_a_labelled_section() -> None:
    # guard: a related-looking heading over the article's own paragraphs labels nothing away
    paras = "".join(
        f"<p>الفقرة رقم {k} من نص الخبر الطويل الذي يتحدث عن الاجتماع والقرارات المتخذة فيه</p>"
        for k in range(6)
    )
    page = (
        '<html lang="ar"><head><title>عنوان الخبر الرئيسي اليوم</title></head><body><article>'
        f"<h1>عنوان الخبر الرئيسي اليوم</h1><div><h2>المزيد من التفاصيل</h2>{paras}</div>"
        "</article></body></html>"
    )
    doc = read_html(page.encode("utf-8"), input="subheading")
    assert isinstance(doc, Doc)
    assert len(doc.page.main.body) == 7  # the six paragraphs and the subheading


def test_guard_h1_still_decides_which_title_part_is_the_headline() -> None:
    # guard: with an <h1>, a bold site name elsewhere does not make the site the headline
    page = (
        '<html lang="ar"><head><title>جريدة الرياض :: وزير الصحة يفتتح مستشفى جديدا</title>'
        "</head><body><b>جريدة الرياض</b><h1>وزير الصحة يفتتح مستشفى جديدا</h1>"
        "<p>افتتح وزير الصحة اليوم مستشفى جديدا في المنطقة الشرقية بسعة مئتي سرير.</p>"
        "</body></html>"
    )
    doc = read_html(page.encode("utf-8"), input="h1")
    assert isinstance(doc, Doc)
    assert doc.page.main.headline == "وزير الصحة يفتتح مستشفى جديدا"


def test_column_of_short_lines_beats_the_teasers_of_related_cards() -> None:
    gold = _expected("readalso-dev-0112.html")
    main = _read("readalso-dev-0112.html").page.main
    # nine one-liners under 20 letters each; the cards' teasers are longer sentences
    assert list(main.body) == gold["body"]
    assert main.body[0] == "* سأسعد الأهلاويين"
    assert not any("تفاصيل جديدة يكشفها مسؤولون" in line for line in main.body)


def test_related_grid_with_more_text_than_a_short_article_is_still_a_labelled_section() -> None:
    gold = _expected("readalso-dev-0030.html")
    doc = _read("readalso-dev-0030.html")
    # "مواضيع ذات صلة" over cards (headline links + teasers) holding more text than the
    # two-paragraph article: much of it is links, so it is a related box, not a subheading
    assert list(doc.page.main.body) == gold["body"]
    assert "إحباط بيع ٥ أطنان من الحلويات التالفة" in {r.headline for r in doc.page.related}


def test_short_article_in_a_table_layout_is_not_replaced_by_the_menu() -> None:
    gold = _expected("table2005-dev-0186.html")
    main = _read("table2005-dev-0186.html").page.main
    # its <br> box is short, and trafilatura's text adds only the menu cells to it
    assert list(main.body) == gold["body"]
    assert "محليات" not in main.body


def test_rich_text_blocks_of_a_headless_cms_join_their_spans_into_paragraphs() -> None:
    gold = _expected("nextjs-portable-dev-0007.html")
    main = _read("nextjs-portable-dev-0007.html").page.main
    # "body": [{"_type": "block", "children": [{"_type": "span", "text": …}]}, …]
    assert list(main.body) == gold["body"]
    assert main.byline == "عثمان الخويطر"  # "authors": [{"name": …}]
    assert main.tags == ("الأيام", "تكساس", "مدينة", "الرأي", "الشرق الأوسط")


def test_wordpress_rest_post_in_page_data_gives_body_author_and_tag_terms() -> None:
    gold = _expected("nextjs-wordpress-dev-0002.html")
    main = _read("nextjs-wordpress-dev-0002.html").page.main
    # "content": {"rendered": "<p>…</p>"}, the author and the post_tag terms in "_embedded"
    assert list(main.body) == gold["body"]
    assert main.byline == "حائل – خالد العميم"
    assert main.tags == ("غرفة حائل", "تصحيح أوضاع", "جوازات المنطقة", "المقيمين بطريقة")
    assert main.published == "2015-08-09T09:15:00"  # "date", the site's local time


def test_one_liners_each_in_a_wrapper_div_beat_a_newsletter_sentence() -> None:
    gold = _expected("portal-dev-0112.html")
    main = _read("portal-dev-0112.html").page.main
    # nine short lines, each in its own <div>; the newsletter box's one sentence is longer
    assert list(main.body) == gold["body"]
    assert not any("نشرتنا البريدية" in line for line in main.body)


def test_outlet_as_author_of_a_json_ld_article_body_is_no_byline_either() -> None:
    body = "افتتح وزير الصحة اليوم مستشفى جديدا في المنطقة الشرقية بسعة مئتي سرير وعيادات متخصصة."
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "افتتاح مستشفى جديد",
        "datePublished": "2015-08-09",
        "author": {"@type": "NewsMediaOrganization", "name": "جريدة الرياض"},
        "articleBody": "\n".join([body] * 3),
    }
    page = (
        '<html lang="ar"><head><title>افتتاح مستشفى جديد</title><script type="application/ld+json">'
        f"{json.dumps(ld, ensure_ascii=False)}</script></head><body><div id=root></div></body></html>"
    )
    doc = read_html(page.encode("utf-8"), input="shell")
    assert isinstance(doc, Doc)
    assert list(doc.page.main.body) == [body] * 3
    assert doc.page.main.byline is None  # not "جريدة الرياض"


def test_script_data_nested_past_the_json_parser_depth_is_skipped_like_a_broken_block() -> None:
    deep = "[" * 100_000 + "]" * 100_000
    for kind in ("application/ld+json", "application/json"):
        page = (
            f'<html lang="ar"><head><title>عنوان الخبر</title><script type="{kind}">{deep}'
            "</script></head><body><div>قصير</div></body></html>"
        )
        doc = read_html(page.encode("utf-8"), input=kind)  # was a RecursionError
        assert isinstance(doc, Doc)
        assert doc.page.main.headline == "عنوان الخبر"
