"""akhbar.parse on a sixth round of page layouts (``benchmarks/parse_layouts_6.py``): real
SaudiNewsNet articles printed as live blogs, with embedded social posts, as opinion columns, as
interviews with speaker labels, with the source at the top and translation credits, with only
a relative date, with date forms of other regions, and with site chrome run together on one
line. Each fixture's gold is known by construction (``X.gold.json`` beside ``X.txt``, written
with ``--pages 3 --seed 6 --write``); ``tests/test_parse_layouts.py`` parses every fixture to
its gold, losing no letter or digit, and this file checks what each new rule is for (the tests
marked as guards pass on the parser before the round too; every other one fails on it)."""

from __future__ import annotations

from pathlib import Path

import pytest
from layout_cases import HEADLINE, PARAGRAPHS, page_of, parse_fixture

from akhbar.model import Page
from akhbar.parse.lines import Kind, classify

LAYOUTS = Path(__file__).parent / "fixtures" / "parse-layouts-6"
PAGES = sorted(LAYOUTS.glob("*.txt"))


def _parse(name: str) -> Page:
    return parse_fixture(LAYOUTS / f"{name}.txt")


def test_every_layout_has_fixtures() -> None:
    layouts = {p.stem.rsplit("-", 1)[0] for p in PAGES}
    assert len(layouts) == 8
    assert len(PAGES) == 24


def test_live_badge_over_the_headline_is_discarded_and_updates_stay_body() -> None:
    page = _parse("live_blog-00")
    main = page.main
    assert main.headline == "مع إطلالة عام دراسي جديد"
    assert "مباشر" in page.discarded
    assert main.published == "2015-08-09"  # the date line, not an update's time
    assert "تحديث 11:58" in main.body
    assert "آخر التطورات - 14:44" in main.body
    assert any(b.startswith("12:43 - ") for b in main.body)


@pytest.mark.parametrize(
    "badge", ["مباشر", "تغطية مستمرة", "تغطية حية", "بث مباشر", "عاجل | مباشر"]
)
def test_live_badges_are_boilerplate(badge: str) -> None:
    assert classify(0, badge).kind is Kind.BOILER
    page = page_of(badge, "قمة الرياض", "9 أغسطس 2015", *PARAGRAPHS)
    assert page.main.headline == "قمة الرياض"


def test_embedded_tweet_keeps_its_text_and_drops_its_frame() -> None:
    page = _parse("social_embeds-01")
    main = page.main
    assert "مؤشر الأسهم السعودية يرتفع 135 نقطة بتداولات 4 مليارات ريال" in main.body
    assert "— ريم الحربي (@saudi_news) August 10, 2015" in page.discarded
    assert main.published == "2015-08-10"
    assert len(main.body) == 3


def test_instagram_frame_is_discarded() -> None:
    page = _parse("social_embeds-00")
    assert "إدارة النور: «سنحاسب المخطئ أيا كان»" in page.main.body
    assert page.discarded.count("View this post on Instagram") == 2
    assert not any(b.startswith("A post shared by") for b in page.main.body)


@pytest.mark.parametrize(
    "line",
    [
        "— محمد العتيبي (@saudi_news) August 26, 2015",
        "— Saudi News (@saudi_news) 26 أغسطس 2015",
        "pic.twitter.com/aB3xY9",
        "A post shared by محمد العتيبي (@saudi_news) on Aug 26, 2015 at 3:30am PDT",
        "View this post on Instagram",
        "لحظة وصول الوفد إلى المطار - YouTube",
        "Watch on YouTube",
    ],
)
def test_embed_furniture_is_boilerplate(line: str) -> None:
    assert classify(0, line).kind is Kind.BOILER
    page = page_of(
        HEADLINE, "9 أغسطس 2015", PARAGRAPHS[0], "نص التغريدة كما كتبها صاحبها", line, PARAGRAPHS[1]
    )
    assert page.main.body == (PARAGRAPHS[0], "نص التغريدة كما كتبها صاحبها", PARAGRAPHS[1])
    assert page.main.published == "2015-08-09"


def test_opinion_column_reads_kicker_writer_title_and_past_columns() -> None:
    page = _parse("opinion_column-00")
    main = page.main
    assert main.headline.startswith("تعديلات بمراكز قيد الناخبين")
    assert main.byline == "خالد بن سعيد الزهراني"
    assert "كاتبة سعودية" in page.discarded and "كاتبة سعودية" not in main.body
    assert main.body[-1] == "تويتر: @Sabq_org"  # a writer's contact line: body, as dev keeps it
    assert page.related[0].headline == "الرياضة الكويتية مهددة بالإيقاف دوليا"


@pytest.mark.parametrize("header", ["مقالات سابقة", "مقالات سابقة للكاتب", "أرشيف الكاتب"])
def test_past_columns_header_is_a_related_list(header: str) -> None:
    assert classify(0, header).kind is Kind.READ_ALSO


def test_one_word_kicker_over_a_question_headline() -> None:
    question = "هل إن أنفقنا أكثر على التعليم نصبح أكثر تقدماً؟"
    page = page_of("رأي", question, "محمد العتيبي", "9 أغسطس 2015", *PARAGRAPHS)
    assert page.main.headline == question
    assert page.main.byline == "محمد العتيبي"
    assert "رأي" in page.discarded


@pytest.mark.parametrize(
    "byline",
    [
        "حاوره: فهد الشمري",
        "أجرى الحوار: فهد الشمري",
        "إعداد وترجمة: فهد الشمري",
        "ترجمة وتحرير: فهد الشمري",
        "ترجمة وإعداد: فهد الشمري",
    ],
)
def test_interview_and_translation_credits_are_bylines(byline: str) -> None:
    page = page_of(HEADLINE, "9 أغسطس 2015", "المصدر: الجزيرة نت", byline, *PARAGRAPHS)
    assert page.main.byline == byline
    assert page.main.source == "الجزيرة نت"
    assert page.main.body == PARAGRAPHS


def test_speaker_labels_stay_in_the_body() -> None:  # guard
    page = _parse("interview_speakers-00")
    assert all(":" in b for b in page.main.body[1:])
    assert page.main.byline is not None


@pytest.mark.parametrize(
    "when",
    [
        "قبل 3 ساعات",
        "أمس الساعة 10:30",
        "أمس",
        "الأحد الماضي",
        "نشر: منذ 5 دقائق",
        "الخميس الفائت",
        "منذ ساعتين",
    ],
)
def test_relative_date_gives_no_published_and_is_discarded(when: str) -> None:
    page = page_of(HEADLINE, "جدة: محمد العتيبي", when, *PARAGRAPHS, "المصدر: سبق")
    assert page.main.published is None
    assert when in page.discarded
    assert page.main.body == PARAGRAPHS
    assert page.main.byline == "جدة: محمد العتيبي"


@pytest.mark.parametrize(
    "line",
    [
        "قبل أن يغادر",
        "أمس واليوم",
        "قبل 3 ساعات من الموعد المحدد للقاء الوزير",
        "الأسبوع الماضي كان حافلاً",
    ],
)
def test_sentences_with_relative_words_stay_text(line: str) -> None:
    assert classify(0, line).kind is Kind.TEXT


@pytest.mark.parametrize(
    "date",
    [
        "26/8/2015م",
        "الأربعاء، ٢٦ أغسطس ٢٠١٥ - ١١:٣٠ ص",
        "26 آب (أغسطس) 2015",
        "26 أغسطس/آب 2015",
        "2015-08-26 | 11:30",
        "نُشر: 26.08.2015",
        "تاريخ الخبر: 26 أغسطس 2015",
    ],
)
def test_date_forms_give_the_day(date: str) -> None:  # guard, but for تاريخ الخبر
    page = page_of(HEADLINE, date, *PARAGRAPHS)
    assert page.main.published == "2015-08-26"


def test_menus_run_together_are_discarded() -> None:
    page = _parse("flat_chrome-00")
    assert page.main.headline == "متطوعون يواسون مرضى المستشفيات"
    assert "الرئيسية محليات دولي اقتصاد رياضة فن تقنية" in page.discarded
    assert "من نحن اتصل بنا سياسة الخصوصية شروط الاستخدام" in page.discarded
    assert len(page.related) == 3
    assert page.main.tags == ("متطوعون يواسون", "مرضى")  # ``مواضيع:``


@pytest.mark.parametrize(
    "line",
    [
        "الرئيسية سياسة اقتصاد رياضة ثقافة منوعات",
        "من نحن اتصل بنا سياسة الخصوصية شروط الاستخدام",
        "عن الموقع اتصل بنا الشروط والأحكام خريطة الموقع",
    ],
)
def test_menu_lines_are_boilerplate(line: str) -> None:
    assert classify(0, line).kind is Kind.BOILER


@pytest.mark.parametrize(
    "line", ["رياضة الرياض تستضيف بطولة الخليج", "اقتصاد السعودية ينمو رغم تراجع النفط"]
)
def test_headlines_with_section_words_are_not_menus(line: str) -> None:
    assert classify(0, line).kind is Kind.TEXT


def test_interview_question_with_a_boilerplate_word_stays_in_the_body() -> None:
    # interview_speakers-07: ``قناتنا`` (a site's "our channel") is a word of the question
    question = "س: ما رأيك في ما نُحذر منه إعلامياً تقع فيه قناتنا الثقافية!!؟"
    answer = "هيضة: " + PARAGRAPHS[1]
    page = page_of(HEADLINE, PARAGRAPHS[0], question, answer)
    assert page.main.body == (PARAGRAPHS[0], question, answer)
    assert classify(0, "تابعونا: فيسبوك تويتر انستغرام يوتيوب").kind is Kind.BOILER


def test_hashtag_closing_a_related_list_after_the_tags_is_a_headline() -> None:
    # relative_dates-16 (seed 11): the page printed its tags already, so the single hashtag
    # under the list's last headline is a headline of the list, not one more tag
    related = ["باترول ثانياً في كأس العالم للراليات الصحراوية", "#قاطعوا_النمسا!!"]
    page = page_of(HEADLINE, *PARAGRAPHS, "الوسوم: السفير، العراق", "اقرأ أيضاً", *related)
    assert page.main.tags == ("السفير", "العراق")
    assert [r.headline for r in page.related] == related
