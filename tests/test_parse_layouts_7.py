"""akhbar.parse on a seventh round of page layouts (``benchmarks/parse_layouts_7.py``): real
SaudiNewsNet articles printed with BBC-style picture blocks, with read-also lists inside the body
closed by an end mark, with a box of paid links, with previous / next article links and Al
Arabiya's zoned stamps, as print views, with a chronology or data lines inside the body, and with
forms and poll results after the article. Each fixture's gold is known by construction
(``X.gold.json`` beside ``X.txt``, written with ``--pages 3 --seed 7 --write``);
``tests/test_parse_layouts.py`` parses every fixture to its gold, losing no letter or digit, and
this file checks what each new rule is for (the tests marked as guards pass on the parser before
the round too; every other one fails on it)."""

from __future__ import annotations

from pathlib import Path

import pytest
from layout_cases import HEADLINE, PARAGRAPHS, page_of, parse_fixture

from akhbar.model import Page
from akhbar.parse.lines import Kind, classify

LAYOUTS = Path(__file__).parent / "fixtures" / "parse-layouts-7"
PAGES = sorted(LAYOUTS.glob("*.txt"))
RELATED = ("الهلال يختتم معسكر النمسا اليوم", "أمانة الشرقية تمنع حراج الروبيان نهاراً")


def _parse(name: str) -> Page:
    return parse_fixture(LAYOUTS / f"{name}.txt")


def test_every_layout_has_fixtures() -> None:
    layouts = {p.stem.rsplit("-", 1)[0] for p in PAGES}
    assert len(layouts) == 8
    assert len(PAGES) == 24


# ---- picture blocks ---------------------------------------------------------------------------


def test_picture_blocks_between_paragraphs_are_body() -> None:  # guard
    page = _parse("picture_blocks-01")
    main = page.main
    assert main.byline is None
    assert main.body[1] == "مصدر الصورة، واس"
    assert main.body[2].startswith("التعليق على الصورة، ")
    assert main.source is None  # مصدر الصورة names the picture's source, not the article's


@pytest.mark.parametrize(
    "credit", ["مصدر الصورة، واس", "مصدر الصورة،Reuters", "مصدر الصورة، AFP", "(صورة أرشيفية)"]
)
def test_picture_note_under_the_date_is_body(credit: str) -> None:  # guard for the archive mark
    page = page_of(HEADLINE, "9 أغسطس 2015", credit, *PARAGRAPHS)
    assert page.main.byline is None
    assert page.main.body == (credit, *PARAGRAPHS)


def test_archive_mark_over_the_lead_is_not_the_headline() -> None:
    headline = "تقرير: تهديدات إلكترونية بدعم من الحكومة الروسية"
    page = page_of(headline, "الأحد 9 أغسطس 2015", "(أرشيفية)", *PARAGRAPHS)
    assert page.main.headline == headline
    assert page.main.byline is None
    assert page.main.body == ("(أرشيفية)", *PARAGRAPHS)


# ---- read-also lists inside the body ----------------------------------------------------------


def test_al_jazeera_list_with_counters_and_end_mark() -> None:
    page = _parse("inline_lists_end-01")
    assert [r.headline for r in page.related] == [
        "عقوبات لمعرقلي المشاريع البلدية",
        "الأنصار يهيمن على أحد برباعية ويتوج باللقب",
        "البلوي يشعل التنافس بين الأظهرة",
    ]
    assert "list 2 of 3" in page.discarded and "end of list" in page.discarded
    assert page.main.body[-1].startswith("من جهة ثانية، يصل الأمير نواف")


def test_bbc_suggested_stories_inside_the_body() -> None:
    lines = (
        "تخطى قصص مقترحة وواصل القراءة",
        "قصص مقترحة",
        *RELATED,
        "نهاية قصص مقترحة",
    )
    page = page_of(HEADLINE, "9 أغسطس 2015", PARAGRAPHS[0], *lines, PARAGRAPHS[1], "المصدر: سبق")
    assert [r.headline for r in page.related] == list(RELATED)
    assert page.main.body == PARAGRAPHS
    assert "نهاية قصص مقترحة" in page.discarded


def test_item_after_its_counter_is_related_even_as_a_sentence() -> None:
    item = "في ذكرى رحيله السابعة.. فلسطينية تحلل شخصية محمود درويش من خطوطه!"
    lines = ("اقرأ أيضا", "قائمة 1 من 2", RELATED[0], "قائمة 2 من 2", item, "نهاية القائمة")
    page = page_of(HEADLINE, "9 أغسطس 2015", PARAGRAPHS[0], *lines, PARAGRAPHS[1], "المصدر: سبق")
    assert [r.headline for r in page.related] == [RELATED[0], item]
    assert page.main.body == PARAGRAPHS


# ---- paid links -------------------------------------------------------------------------------


def test_paid_links_after_the_related_list_are_discarded() -> None:
    page = _parse("sponsored_links-00")
    assert len(page.related) == 3
    assert "هذه الأطعمة تحرق دهون البطن بسرعة مذهلة" in page.discarded
    assert "Sponsored Links by Taboola" in page.discarded


def test_related_list_after_paid_links_stays_related() -> None:  # guard
    page = _parse("sponsored_links-01")
    assert page.related[0].headline == "كلب يتصل بالنجدة وينقذ صاحبته من حريق بالمنزل"
    assert len(page.related) == 3
    assert "ساعات فاخرة بأسعار لا تصدق لفترة محدودة" in page.discarded


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("روابط إعلانية", Kind.READ_ALSO),
        ("محتوى ممول", Kind.READ_ALSO),
        ("Recommended by Outbrain", Kind.READ_ALSO),
        ("حملة إعلانية جديدة لوزارة الصحة", Kind.TEXT),
        ("برعاية: Babbel", Kind.TEXT),
    ],
)
def test_paid_links_header(line: str, kind: Kind) -> None:  # guard for the TEXT lines
    assert classify(0, line).kind is kind


# ---- previous / next links and Al Arabiya's stamps --------------------------------------------


def test_previous_and_next_links_are_related() -> None:
    page = _parse("prev_next_nav-01")
    assert [r.headline for r in page.related] == ["«فان جال» يريد بقاء «دي خيا»", "واقعية الدراسات"]
    assert "المقال السابق" in page.discarded
    assert page.main.tags == ("مشروعات بلدية", "بالمدينة", "بنصف")


def test_glued_previous_and_next_links() -> None:
    page = _parse("prev_next_nav-00")
    assert page.related[0].headline == "إغلاق محلات أجهزة طبية في الأحساء"
    assert "السابق:" in page.discarded


def test_arabiya_stamp_gives_the_publication_time_in_gmt() -> None:
    page = _parse("prev_next_nav-02")  # the update stamp printed first
    assert page.main.published == "2015-08-10T08:51+00:00"


@pytest.mark.parametrize("line", ["« السابق | التالي »", "التالي »", "السابق", "الصفحة التالية"])
def test_pager_buttons_stay_boilerplate(line: str) -> None:  # guard
    assert classify(0, line).kind is Kind.BOILER


def test_one_headline_under_a_next_link_whatever_it_holds() -> None:
    odd = ["ما نُحذر منه إعلامياً تقع فيه قناتنا الثقافية!!", "#قاطعوا_النمسا!!"]
    page = page_of(
        HEADLINE,
        "9 أغسطس 2015",
        *PARAGRAPHS,
        "الوسوم: الصحة، المناطق",
        "« الخبر السابق",
        odd[0],
        "الخبر التالي »",
        odd[1],
    )
    assert [r.headline for r in page.related] == odd
    assert page.main.tags == ("الصحة", "المناطق")


# ---- print views ------------------------------------------------------------------------------


def test_print_date_over_the_headline_is_not_published() -> None:
    page = _parse("print_view-02")
    main = page.main
    assert main.headline == "جهاز أمني خليجي موحد لمكافحة الجريمة قريبا"
    assert main.published == "2015-08-10"
    assert "تاريخ الطباعة: 21 ديسمبر 2015" in page.discarded
    assert "صحيفة الجزيرة الإلكترونية" in page.discarded


@pytest.mark.parametrize(
    "printed", ["تاريخ الطباعة: 29 أغسطس 2016", "طُبع في: 29/8/2016", "Printed on: 29/08/2016"]
)
def test_print_date_alone_gives_no_date(printed: str) -> None:
    page = page_of(HEADLINE, printed, *PARAGRAPHS)
    assert page.main.published is None
    assert printed in page.discarded


def test_masthead_over_a_print_button_is_discarded() -> None:
    page = _parse("print_view-01")
    assert page.main.headline.startswith("الهويدي: معسكر الباطن كان ناجحاً")
    assert page.discarded[:2] == ("جريدة الرياض الإلكترونية", "نسخة للطباعة")


# ---- chronologies and data lines --------------------------------------------------------------


def test_chronology_dates_stay_body_when_the_date_line_is_at_the_foot() -> None:
    chrono = ("تسلسل زمني:", "4 نوفمبر 2000", RELATED[0], "16 ديسمبر 2005", RELATED[1])
    page = page_of(HEADLINE, *PARAGRAPHS, *chrono, "تاريخ النشر: الأحد 9 أغسطس 2015")
    assert page.main.published == "2015-08-09"
    assert page.main.body == (*PARAGRAPHS, *chrono)


def test_chronology_under_a_dated_headline_stays_body() -> None:  # guard
    page = _parse("chronology_body-02")
    assert page.main.published == "2015-08-09"
    assert "مارس 2001 | فنياً من فريق نقش من هوازن يشاركون بسوق عكاظ" in page.main.body


def test_standings_and_prices_inside_the_body_are_text() -> None:  # guard
    table = _parse("data_lines_body-00").main.body
    assert table[1:4] == ("ترتيب الدوري بعد الجولة:", "الفريق | لعب | نقاط", "الاتحاد | 11 | 27")
    prices = _parse("data_lines_body-01").main.body
    assert "الذهب: 408.09 دولار للأوقية" in prices


# ---- forms and poll results -------------------------------------------------------------------


def test_poll_results_between_the_body_and_its_source_are_discarded() -> None:
    page = _parse("forms_polls-00")
    assert page.main.body[-1].startswith("وأضاف أنه من ضمن التوجيهات")
    assert "نعم 40%" in page.discarded and "1606 صوت" in page.discarded
    assert page.main.source == "صحيفة اليوم"


def test_newsletter_box_before_the_source_is_discarded() -> None:
    page = _parse("forms_polls-02")
    assert page.main.body[-1].startswith("سينتهي الإرهابيون المجرمون")
    assert "اشترك" in page.discarded


@pytest.mark.parametrize("field", ["الاسم *", "نص التعليق *", "إرسال التعليق", "شارك برأيك"])
def test_comment_form_fields_are_boilerplate(field: str) -> None:
    page = page_of(HEADLINE, "9 أغسطس 2015", *PARAGRAPHS, "أضف تعليقاً", field, "المصدر: سبق")
    assert page.main.body == PARAGRAPHS
    assert field in page.discarded
