"""akhbar.parse on an eighth round of page layouts (``benchmarks/parse_layouts_8.py``): real
SaudiNewsNet articles printed with the date and the byline, section or reading time on one meta
line, with key points or question headings over the body, one sentence a paragraph, with tags and
related items in new forms, with new date forms and with a Maghreb site's French labels. Each
fixture's gold is known by construction (``X.gold.json`` beside ``X.txt``, written with ``--pages 3
--seed 8 --write``); ``tests/test_parse_layouts.py`` parses every fixture to its gold, losing no
letter or digit, and this file checks what each new rule is for (the tests marked as guards pass
on the parser before the round too; every other one fails on it)."""

from __future__ import annotations

from pathlib import Path

import pytest
from layout_cases import HEADLINE, PARAGRAPHS, page_of, parse_fixture

from akhbar.model import Page
from akhbar.parse.lines import Kind, classify

LAYOUTS = Path(__file__).parent / "fixtures" / "parse-layouts-8"
PAGES = sorted(LAYOUTS.glob("*.txt"))
RELATED = (
    "الهلال يختتم معسكر النمسا اليوم بمواجهة ودية",
    "أمانة الشرقية تمنع حراج الروبيان نهاراً",
    "انطلاق فعاليات مهرجان التمور في بريدة",
)


def _parse(name: str) -> Page:
    return parse_fixture(LAYOUTS / f"{name}.txt")


def test_every_layout_has_fixtures() -> None:
    layouts = {p.stem.rsplit("-", 1)[0] for p in PAGES}
    assert len(layouts) == 8
    assert len(PAGES) == 24


# ---- French labels ----------------------------------------------------------------------------


def test_french_labels_give_date_byline_source_tags_and_related() -> None:
    page = _parse("french_labels-00")
    main = page.main
    assert main.headline == "اللجنة الإعلامية تصدر كتيبا خاصا بالسوبر السعودي"
    assert main.published == "2015-08-10"  # Publié le 10 août 2015 à 18h45, not Mis à jour
    assert main.byline == "Par ماجد العنزي"
    assert main.source == "صحيفة الاقتصادية"
    assert main.tags == ("اللجنة الإعلامية", "خاصا", "بالسوبر")
    assert [r.headline for r in page.related] == [
        "كأس و700 ألف لـ«الزعيم»",
        "الأرجنتيني موراليس يبعثر أوراق الاتحاديين",
        "جمعية إنسان تنهي المرحلة الثالثة من مبادرة أرامكو في تأهيل وتطوير الأيتام",
    ]
    assert {"Partager sur Facebook", "Commentaires (0)", "Mentions légales"} <= set(page.discarded)
    assert len(main.body) == 3


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Publié le 09/08/2015 à 10h30", "2015-08-09"),
        ("Publié le : 9 août 2015", "2015-08-09"),
        ("Publié le 9 décembre 2015 à 22h05", "2015-12-09"),
    ],
)
def test_french_date_lines(line: str, iso: str) -> None:
    got = classify(0, line)
    assert got.kind is Kind.DATE
    assert got.iso == iso


# ---- related items with their furniture --------------------------------------------------------


def test_section_prefix_on_every_related_item_is_cut() -> None:
    page = _parse("related_decorated-00")
    assert [r.headline for r in page.related] == [
        "عام / 13 طالبة بمكة المكرمة يجتزن اختبار التسريع وينتقلن إلى صوف أعلى",
        "سماء غائمة وسحب ركامية على الرياض",
        "الشعب اليمني يثمن جهود خادم الحرمين بدعم الشرعية",
    ]
    assert {"اقتصاد |", "رياضة |", "محليات |"} <= set(page.discarded)


def test_section_over_each_related_headline_is_no_headline() -> None:
    page = _parse("related_decorated-01")
    assert [r.headline for r in page.related] == [
        "سياسي / نائب العاهل البحريني يجري اتصالًا هاتفيًا بوزير الخارجية الأمريكي",
        "8 حلول لمشكلات مليوني عامل وعاملة منزلية",
        "التحول من النقد «الشرس» إلى النقد «الناعم»",
    ]
    assert {"سياسة", "دولي", "رياضة"} <= set(page.discarded)


def test_related_headline_printed_twice_is_one_item() -> None:
    page = _parse("related_decorated-02")
    assert [r.headline for r in page.related] == [
        "«العمل» تعلّق نشاط شركة استقدام كبرى لمخالفتها الأنظمة",
        "المقيمون اليمنيون يشكرون المليك على تسهيل تصحيح أوضاعهم",
        "انفجار عبوة بدائية الصنع أمام محكمة بشرق القاهرة",
    ]


@pytest.mark.parametrize("count", ["{} 1234 مشاهدة", "{} (98,120 مشاهدة)", "{} 560 قراءة"])
def test_view_count_after_a_related_headline_is_cut(count: str) -> None:
    items = [count.format(t) for t in RELATED]
    page = page_of(HEADLINE, "9 أغسطس 2015", *PARAGRAPHS, "المصدر: واس", "اقرأ أيضاً", *items)
    assert [r.headline for r in page.related] == list(RELATED)


def test_same_alt_text_over_each_related_headline_is_discarded() -> None:
    items = [x for t in RELATED for x in ("صورة تعبيرية", t)]
    page = page_of(HEADLINE, "9 أغسطس 2015", *PARAGRAPHS, "المصدر: واس", "اقرأ أيضاً", *items)
    assert [r.headline for r in page.related] == list(RELATED)
    assert page.discarded.count("صورة تعبيرية") == 3


def test_alt_text_over_four_headlines_is_no_run_of_furniture() -> None:
    headlines = [
        "الجوازات: قرابة نصف مليون يمني تم تصحيح اوضاعهم",
        "اجتماعي / جمعية (كفيف) تنظم دورات تدريبية",
        "اليمن : اجتماع لكبار قادة المناطق العسكرية لمناقشة احتياجات الجبهات",
        "70857 طناً من التمور تحرّك سوق مهرجان بريدة",
    ]
    items = [x for t in headlines for x in ("صورة تعبيرية", t)]
    page = page_of(HEADLINE, "9 أغسطس 2015", *PARAGRAPHS, "المصدر: واس", "اقرأ أيضاً", *items)
    assert [r.headline for r in page.related] == headlines


def test_section_prefix_before_a_two_word_headline_is_cut() -> None:
    items = ["دولي | " + RELATED[0], "محليات | " + RELATED[1], "سياسة | تفكيك الأيديولوجيا"]
    page = page_of(HEADLINE, "9 أغسطس 2015", *PARAGRAPHS, "المصدر: واس", "اقرأ أيضاً", *items)
    assert [r.headline for r in page.related] == [*RELATED[:2], "تفكيك الأيديولوجيا"]


def test_short_headlines_between_longer_ones_stay_related() -> None:  # guard (dev-0239)
    items = ["فرحة العيد", RELATED[0], "عشاق السلبية", RELATED[1]]
    page = page_of(HEADLINE, "9 أغسطس 2015", *PARAGRAPHS, "المصدر: واس", "اقرأ أيضاً", *items)
    assert [r.headline for r in page.related] == items


# ---- tags in new forms -------------------------------------------------------------------------


def test_hashtags_run_together_are_tags() -> None:  # guard
    page = _parse("tags_forms_8-00")
    assert page.main.tags == ("كرتونا تمور", "مخالفا", "مهرجان")


def test_hashtags_split_by_bars_are_tags() -> None:
    page = page_of(HEADLINE, "9 أغسطس 2015", *PARAGRAPHS, "#الصحة | #وزارة_الصحة | #المملكة")
    assert page.main.tags == ("الصحة", "وزارة الصحة", "المملكة")
    assert page.main.body == PARAGRAPHS


def test_tag_label_as_a_hashtag_heads_the_tags() -> None:
    page = _parse("tags_forms_8-02")
    assert page.main.tags == ("أمير العمل", "الفكر", "اجتثاث")
    assert "#وسوم" in page.discarded


def test_one_line_of_words_under_a_tag_header_is_split() -> None:
    page = page_of(HEADLINE, "9 أغسطس 2015", *PARAGRAPHS, "الوسوم:", "الصحة الميدانية الشائعات")
    assert page.main.tags == ("الصحة", "الميدانية", "الشائعات")


def test_one_tag_per_line_under_a_header_stays_whole() -> None:  # guard
    page = page_of(HEADLINE, "9 أغسطس 2015", *PARAGRAPHS, "الوسوم:", "وزارة الصحة", "الشائعات")
    assert page.main.tags == ("وزارة الصحة", "الشائعات")


# ---- one meta line -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "meta",
    [
        "9 أغسطس 2015 | كتب: ماجد العنزي | القسم: محليات",
        "الأحد 9 أغسطس 2015 | ريم الحربي | القسم: دولي",
        "9/8/2015 • 4 دقائق قراءة • ماجد العنزي",
        "9 أغسطس 2015 • مدة القراءة: 4 دقائق • بقلم: ماجد العنزي",
    ],
)
def test_meta_line_naming_a_writer_is_the_byline(meta: str) -> None:
    page = page_of(HEADLINE, meta, *PARAGRAPHS)
    assert page.main.byline == meta
    assert page.main.published == "2015-08-09"
    assert page.main.body == PARAGRAPHS


def test_meta_line_of_section_date_and_reading_time_is_the_date() -> None:
    page = _parse("meta_one_line-02")
    assert page.main.published == "2015-08-09"
    assert page.main.byline is None
    assert page.main.body[0].startswith("استقبل أمين منطقة المدينة المنورة")
    assert "ثقافة | | 7 دقائق قراءة" in page.discarded


@pytest.mark.parametrize("meta", ["ماجد العنزي | 9 أغسطس 2015", "بقلم ماجد العنزي - 9 أغسطس 2015"])
def test_name_and_date_alone_stay_the_byline(meta: str) -> None:  # guard
    page = page_of(HEADLINE, meta, *PARAGRAPHS)
    assert page.main.byline == meta
    assert page.main.published == "2015-08-09"


@pytest.mark.parametrize("line", ["منذ ساعتين | 9 أغسطس 2015", "9 أغسطس 2015 - منذ 3 ساعات"])
def test_relative_time_beside_the_date_is_the_date_line(line: str) -> None:
    page = page_of(HEADLINE, line, *PARAGRAPHS)
    assert page.main.byline is None
    assert page.main.published == "2015-08-09"
    assert page.main.body == PARAGRAPHS


# ---- key points, explainers, one-sentence paragraphs ------------------------------------------


def test_lead_in_with_a_colon_under_the_date_is_body() -> None:
    page = _parse("key_points_top-00")
    assert page.main.byline is None
    assert page.main.body[0] == "أبرز ما جاء في الخبر:"


def test_key_points_header_under_the_date_is_body() -> None:
    points = ("• تسجيل حالات جديدة", "• المستشفيات مستعدة")
    page = page_of(HEADLINE, "9 أغسطس 2015", "أبرز النقاط", *points, *PARAGRAPHS)
    assert page.main.byline is None
    assert page.main.body == ("أبرز النقاط", *points, *PARAGRAPHS)


def test_dateline_closed_by_a_colon_stays_the_byline() -> None:  # guard
    page = page_of(HEADLINE, "9 أغسطس 2015", "مكة - الوئام :", *PARAGRAPHS)
    assert page.main.byline == "مكة - الوئام :"


def test_question_headings_are_body() -> None:  # guard
    page = _parse("explainer_faq-00")
    assert page.main.byline is None
    assert page.main.body[1] == "ما هو اللواء الغامدي : عمل لجان تصحيح أوضاع؟"
    assert len(page.main.body) == 9


def test_one_sentence_paragraphs_under_an_unlabelled_credit() -> None:  # guard
    page = _parse("short_paragraphs-00")
    assert page.main.byline == "كتب خالد بن سعيد الزهراني"
    assert page.main.published == "2015-08-10"
    assert page.main.body[0] == "تستضيف محافظة ينبع،"
