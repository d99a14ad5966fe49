"""Pages as HTML-to-text tools print them (``lynx -dump``, ``w3m -dump``, inscriptis, html2text,
lxml's ``text_content()``): the tool's marks are taken off and its wrapping undone before the
page is read (``akhbar.parse.printers``, ``akhbar.parse.unwrap``).

The pages are real dev articles in the site templates of ``benchmarks/html_accuracy.py``, each
printed by one tool (``tests/fixtures/parse_tools``, named tool-template-article; gold from the
dev pages), and CNN Arabic's page of data/html-gold as ``lynx -dump`` printed it (its gold body
``arabic_article.txt``), so no tool is needed here. ``python benchmarks/parse_tools.py`` scores all 1,200 a
tool. Before these rules: a list drawn with bullets (``  • الرئيسية``) hid the menu over the
headline, lynx's ``[12]`` link numbers stayed in the fields, a line w3m wrapped counting a vowel
mark as no column was too long to be a wrapped line, html2text's unwrapped list items hid the
page's width, and a byline and a date printed on one line (``بقلم: فلان نشر في: …``) took the
headline's place.
"""

from __future__ import annotations

import json
from pathlib import Path
from textwrap import wrap

import pytest

from akhbar.parse import lost_chars, parse_text
from akhbar.parse.printers import unprint
from akhbar.parse.unwrap import unwrap

PAGES = Path(__file__).parent / "fixtures" / "parse_tools"
GOLD = json.loads((PAGES / "gold.json").read_text("utf-8"))


@pytest.mark.parametrize("name", sorted(GOLD))
def test_a_tools_page_reads_as_its_gold(name: str) -> None:
    text = (PAGES / name).read_text("utf-8")
    page = parse_text(text, input=name)
    want = GOLD[name]
    assert page.main.headline == want["headline"]
    assert list(page.main.body) == want["body"]
    assert lost_chars(text, page) == ""


def test_lynx_link_numbers_and_references_go_to_discarded() -> None:
    name = "lynx-wordpress-dev-0000.txt"
    text = (PAGES / name).read_text("utf-8")
    page = parse_text(text, input=name)
    every = [page.main.headline, page.main.published, *page.main.body, *page.main.tags]
    assert not any("[" in x for x in every if x)
    assert page.main.published == "2015-08-06"  # نشر في [5]2015-08-06
    assert "References" in page.discarded
    assert "5. https://alriyadh.com/2015/08/06/post-0/" in page.discarded
    assert (
        "[1] [2] [3] [4] [5] [6] [7] [8] [9] [10] [11] [12] [13] [14] [15] [16] [17] [18] [19]"
        in page.discarded
    )


def test_unprint_keeps_what_a_mark_holds() -> None:
    text = "   [1]الرئيسية\n\n   نص [2]الخبر\n\nReferences\n\n   1. https://a.com/\n   2. /b\n"
    clean, removed = unprint(text)
    assert clean.split("\n")[0] == "   الرئيسية"
    assert "نص الخبر" in clean
    assert removed == ["[1] [2]", "References", "1. https://a.com/", "2. /b"]


def test_a_references_word_in_the_text_is_no_list() -> None:
    """Guard: ``References`` not followed by numbered addresses only is the page's text."""
    text = "References\nمقال عن المراجع [1] في النص\n"
    assert unprint(text) == (text, [])


def test_a_tools_bullet_goes_a_typed_one_stays() -> None:
    clean, removed = unprint("  • الرئيسية\n  * محليات\n• نقطة كتبها المحرر\n")
    assert clean == "  الرئيسية\n  محليات\n• نقطة كتبها المحرر\n"
    assert removed == []


def test_lynx_button_mark_is_kept_in_discarded() -> None:
    clean, removed = unprint("   (BUTTON) القائمةسكاي نيوز عربية\n")
    assert clean == "   القائمةسكاي نيوز عربية\n"
    assert removed == ["(BUTTON)"]


def test_a_byline_and_a_date_on_one_line_are_two_lines() -> None:
    clean, _ = unprint("بقلم: حائل – خالد العميم نشر في: 9 آب 2015\n")
    assert clean == "بقلم: حائل – خالد العميم\nنشر في: 9 آب 2015\n"


def test_a_byline_holding_its_date_after_a_dash_stays_one_line() -> None:
    """Guard: the page set the date apart itself; the line is a byline with its date (the gold
    of parse_layouts_9's pages)."""
    line = "كتب: نورة الدوسري - تاريخ النشر: 09/08/2015 07:45 م\n"
    assert unprint(line) == (line, [])


def test_w3m_counts_a_vowel_mark_as_no_column() -> None:
    text = (PAGES / "w3m-content-dev-0017.txt").read_text("utf-8")
    lines = unwrap(text).split("\n")
    want = GOLD["w3m-content-dev-0017.txt"]["body"]
    assert all(p in lines for p in want)


def test_html2text_long_list_item_does_not_hide_the_width() -> None:
    para = "تستعد هيئات الإطفاء في ولاية كاليفورنيا الأمريكية لصواعق برق محتملة مع توقع " * 6
    item = "  * [" + "عنوان خبر ذي صلة طويل جدا " * 4 + "](/news/1)"
    text = "\n".join(wrap(para.strip(), 78)) + "\n\n" + item + "\n"
    assert len(item) > 100
    assert unwrap(text).split("\n")[0] == para.strip()


def test_a_line_of_one_word_past_the_width_does_not_hide_it() -> None:
    """html2text prints tag links with nothing between them (``[منه](/tag/0)[بأي](/tag/1)``):
    no space to break at, so the line runs past the width the paragraphs were wrapped at."""
    para = "يعرف كريس روبرتس الكثير عن قرصنة الطائرات، ليس بالطبع لأنه يحاول إسقاطها " * 6
    tags = "".join(f"[وسم{k}](/tag/{k})" for k in range(8))
    text = "\n".join(wrap(para.strip(), 78)) + "\n\n" + tags + "\n"
    assert len(tags) > 78
    assert unwrap(text).split("\n")[0] == para.strip()


def test_an_indented_numbered_item_is_a_line_of_its_own() -> None:
    """html2text leaves an ordered list's items unwrapped too (``  3. [عنوان](/news/r2.html)``),
    and w3m draws one under a wrapped paragraph (`` 1. عنوان``)."""
    para = "ومع اقتراب طرح الشركة لنظام التشغيل المرتقب، يزداد الاهتمام من المستخدمين " * 6
    item = (
        "  3. [" + "رسمياً.. الأهلي يعير محمود تريزيجيه لأندرلخت البلجيكي " * 2 + "](/news/r2.html)"
    )
    text = "\n".join(wrap(para.strip(), 78)) + "\n\n" + item + "\n"
    assert len(item) > 100
    lines = unwrap(text).split("\n")
    assert lines[0] == para.strip()
    assert lines[-2] == item


def test_a_line_of_markdown_links_past_the_width_does_not_hide_it() -> None:
    """html2text leaves a paragraph of links unwrapped (CNN Arabic's footer in
    data/html-gold: ``[شروط الخدمة](/terms.html) | [بيان الخصوصية](/privacy.html) | …``)."""
    para = "وقال المرصد السوري لحقوق الإنسان، وهو هيئة معارضة مقرها لندن، إن مقاتلين " * 6
    footer = " | ".join(f"[صفحة رقم {k}](/page/{k}.html)" for k in range(6))
    text = "\n".join(wrap(para.strip(), 78)) + "\n\n" + footer + "\n"
    assert len(footer) > 100
    assert unwrap(text).split("\n")[0] == para.strip()


def test_lynx_picture_and_frame_marks_go_to_discarded() -> None:
    text = "   [facebook_icon.png]\n   IFRAME: https://platform.twitter.com/w.html\n   نص\n"
    clean, removed = unprint(text)
    assert "png" not in clean and "IFRAME" not in clean and "نص" in clean
    assert removed == ["IFRAME: https://platform.twitter.com/w.html", "[facebook_icon.png]"]


def test_wordpress_date_and_writer_on_one_line_are_two_lines() -> None:
    """WordPress's meta row (``نشر في DATE بواسطة NAME``) printed inline by every tool."""
    clean, _ = unprint("عنوان\nنشر في 2015-08-07 بواسطة الباحة - عبدالرحمن الغامدي\nنص\n")
    assert clean == "عنوان\nنشر في 2015-08-07\nبواسطة الباحة - عبدالرحمن الغامدي\nنص\n"
    name = "w3m-wordpress-dev-0003.txt"
    main = parse_text((PAGES / name).read_text("utf-8"), input=name).main
    assert main.published == GOLD[name]["published"] == "2015-08-07"


def test_by_in_a_sentence_is_no_meta_row() -> None:
    """Guard: ``بواسطة`` after text that is no date line stays in its line."""
    line = "وتم نقل المصابين بواسطة سيارات الإسعاف إلى المستشفى\n"
    assert unprint(line) == (line, [])


def test_a_page_indented_as_a_whole_keeps_its_typed_bullets() -> None:
    """A scraper's margin before every line (parse_perturbed.py's "indented" row) indents the
    page's own bullets as much as its paragraphs: they stay, as in the page unindented (dev-0082
    opens each paragraph with ``* ``); a bullet indented deeper than the text is a tool's."""
    text = (Path(__file__).parent / "data/parse/pages/dev-0082.txt").read_text("utf-8")
    plain = parse_text(text, input="dev-0082").main.body
    margin = "\n".join(f"   {line}  " for line in text.split("\n"))
    assert [x.strip() for x in parse_text(margin, input="dev-0082").main.body] == list(plain)
    assert plain[0].startswith("* ")
    assert (
        unprint("   فقرة أولى طويلة\n     * بند من قائمة\n")[0]
        == "   فقرة أولى طويلة\n     بند من قائمة\n"
    )
