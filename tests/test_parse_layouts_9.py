"""akhbar.parse on a ninth round of page layouts (``benchmarks/parse_layouts_9.py``): real
SaudiNewsNet articles printed as Telegram and WhatsApp channel posts, press releases, photo
galleries and video pages, with credit lines of several roles, corrections and update stamps,
Persian digits and numeric dates, and the headline printed three times. Each fixture's gold is
known by construction (``X.gold.json`` beside ``X.txt``, written with ``--pages 3 --seed 9
--write``); ``tests/test_parse_layouts.py`` parses every fixture to its gold, losing no letter or
digit, and the tests here check what each new rule is for (the tests marked as guards pass on the parser before the round
too; every other one fails on it, as do 19 of the 24 fixtures: the digit-date pages and one page
of corrections were read before the round)."""

from __future__ import annotations

from pathlib import Path

import pytest
from layout_cases import HEADLINE, PARAGRAPHS, page_of

from akhbar.parse.furniture import lead_date
from akhbar.parse.lines import Kind, classify

LAYOUTS = Path(__file__).parent / "fixtures" / "parse-layouts-9"
PAGES = sorted(LAYOUTS.glob("*.txt"))
DATE = "الأحد 9 أغسطس 2015"


def test_every_layout_has_fixtures() -> None:  # guard
    layouts = {p.stem.rsplit("-", 1)[0] for p in PAGES}
    assert len(layouts) == 8
    assert len(PAGES) == 24


# ---- Telegram posts ----------------------------------------------------------------------------


def test_emoji_before_a_label_does_not_hide_it() -> None:
    page = page_of(HEADLINE, DATE, *PARAGRAPHS, "📌 المصدر: صحيفة سبق", "🏷 #الصحة #المملكة")
    assert page.main.source == "صحيفة سبق"
    assert page.main.tags == ("الصحة", "المملكة")
    assert page.main.raw["source"] == "📌 المصدر: صحيفة سبق"


@pytest.mark.parametrize("line", ["👁 1.2K", "❤️ 120", "🔗 https://t.me/sabqorg"])
def test_emoji_with_a_count_or_a_link_alone_is_a_button(line: str) -> None:
    page = page_of("🔴 " + HEADLINE, *PARAGRAPHS, line, "10:45")
    assert page.main.body == PARAGRAPHS
    assert line in page.discarded


def test_emoji_headline_stays_as_printed() -> None:  # guard
    page = page_of("🔴 عاجل | " + HEADLINE, DATE, *PARAGRAPHS)
    assert page.main.headline == "🔴 عاجل | " + HEADLINE


@pytest.mark.parametrize(
    "forwarded",
    [
        "Forwarded from أخبار الشرق الأوسط",
        "معاد توجيهه من أخبار الشرق الأوسط",
        "↪️ محولة من: أخبار الشرق الأوسط",
    ],
)
@pytest.mark.parametrize("channel", ["أخبار الشرق الأوسط", "📢 أخبار الشرق الأوسط"])
def test_channel_over_its_forwarded_from_line_heads_no_post(forwarded: str, channel: str) -> None:
    page = page_of(channel, forwarded, "🔴 " + HEADLINE, *PARAGRAPHS, "👁 1.2K")
    assert page.main.headline == "🔴 " + HEADLINE
    assert page.main.byline is None
    assert {channel, forwarded} <= set(page.discarded)


def test_name_with_a_badge_after_it_is_no_headline() -> None:
    page = page_of("الشرق الأوسط | عاجل", "📌 " + HEADLINE, *PARAGRAPHS)
    assert page.main.headline == "📌 " + HEADLINE
    assert "الشرق الأوسط | عاجل" in page.discarded


def test_prefixed_headline_behind_an_emoji_is_no_dateline_under_a_kicker() -> None:
    headline = "🔴 عاجل | قبائل البيضاء: انتظروا تطهير صعدة"
    page = page_of("أخبار الوطن", "📅 10 أغسطس 2015", headline, *PARAGRAPHS)
    assert page.main.headline == headline
    assert page.main.byline is None


def test_three_word_channel_over_the_stamp_over_a_prefixed_headline() -> None:
    headline = "🔴 عاجل | " + HEADLINE
    page = page_of("أخبار الشرق الأوسط", "09.08.2015 19:00", headline, *PARAGRAPHS)
    assert page.main.headline == headline
    assert page.main.published == "2015-08-09"


def test_headline_ending_with_an_update_mark_is_no_channel_name() -> None:  # guard
    page = page_of("واقعية الدراسات - تحديث", DATE, *PARAGRAPHS)
    assert page.main.headline == "واقعية الدراسات - تحديث"


# ---- WhatsApp posts ----------------------------------------------------------------------------


def test_whatsapp_bold_and_italic_are_markup() -> None:
    page = page_of(f"*{HEADLINE}*", "_9/8/2015_", *PARAGRAPHS, "*المصدر:* واس")
    assert page.main.headline == HEADLINE
    assert page.main.published == "2015-08-09"
    assert page.main.source == "واس"
    assert page.main.raw["headline"] == f"*{HEADLINE}*"


def test_bold_label_behind_an_emoji_is_read_without_its_markup() -> None:
    page = page_of(f"*{HEADLINE}*", DATE, *PARAGRAPHS, "📌 *للمزيد:* https://sabq.org/x")
    assert page.main.body == PARAGRAPHS


def test_stars_and_underscores_that_open_no_span_stay() -> None:  # guard
    page = page_of(f"**{HEADLINE}**", DATE, "* بند أول من القائمة", *PARAGRAPHS, "#وسم_آخر #الصحة")
    assert page.main.headline == HEADLINE
    assert page.main.body[0] == "* بند أول من القائمة"
    assert page.main.tags == ("وسم آخر", "الصحة")


# ---- press releases ----------------------------------------------------------------------------

ABOUT = (
    "تأسست شركة الخليج للتنمية عام 1998، وهي من الشركات الرائدة في المملكة، وتعمل في عدد من "
    "القطاعات من خلال فروعها المنتشرة في مناطق المملكة."
)
CONTACT = ("للتواصل الإعلامي:", "ريم الحربي", "مدير العلاقات العامة", "هاتف: +966 11 456 7890")


def test_release_label_place_date_line_and_issuer_boxes() -> None:
    page = page_of(
        "بيان صحفي - للنشر الفوري",
        "مورينيو: اندفاع الأطباء ساذجا",
        "أبها في 10 أغسطس 2015",
        *PARAGRAPHS,
        "-انتهى-",
        "نبذة عن شركة الخليج للتنمية",
        ABOUT,
        *CONTACT,
        "media@example.com.sa",
    )
    main = page.main
    assert main.headline == "مورينيو: اندفاع الأطباء ساذجا"
    assert main.byline == "أبها في 10 أغسطس 2015"
    assert main.published == "2015-08-10"
    assert main.body == (*PARAGRAPHS, "-انتهى-")
    assert {"بيان صحفي - للنشر الفوري", ABOUT, "media@example.com.sa"} <= set(page.discarded)


def test_contact_over_the_about_box_is_discarded_too() -> None:
    page = page_of(
        HEADLINE, "الرياض، 9 أغسطس 2015", *PARAGRAPHS, *CONTACT, "حول شركة الخليج للتنمية:", ABOUT
    )
    assert page.main.body == PARAGRAPHS
    assert page.main.byline == "الرياض، 9 أغسطس 2015"


def test_about_box_closing_the_page_after_an_end_mark() -> None:
    page = page_of(
        "بيان صحفي", HEADLINE, DATE, *PARAGRAPHS, "###", "نبذة عن شركة الخليج للتنمية", ABOUT
    )
    assert page.main.body == PARAGRAPHS
    assert page.main.tags == ()
    assert ABOUT in page.discarded


def test_more_information_contact_closes_the_about_box() -> None:
    contact = ("للمزيد من المعلومات:", "إدارة الاتصال المؤسسي", "هاتف: 920000000")
    page = page_of(HEADLINE, DATE, *PARAGRAPHS, "حول شركة الخليج للتنمية", ABOUT, *contact)
    assert page.main.body == PARAGRAPHS
    assert set(contact) <= set(page.discarded)


def test_release_dateline_with_the_country_dates_the_lead() -> None:
    lead = "مكة المكرمة، المملكة العربية السعودية، 9 أغسطس 2015 - أكدت المصادر أن المبعوث"
    assert lead_date(lead) == "2015-08-09"


def test_about_heading_with_more_text_under_it_stays_body() -> None:  # guard
    body = (PARAGRAPHS[0], "عن شركة الخليج للتنمية", ABOUT, PARAGRAPHS[1])
    page = page_of(HEADLINE, DATE, *body, "المصدر: واس")
    assert page.main.body == body


# ---- galleries and players ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    ["الصورة 3 من 12", "3 من 12", "صورة 3/12", "صورة (3 من 12)", "(3/12)", "00:00 / 02:35", "كتم الصوت", "الجودة: 720p",
     "عرض بملء الشاشة", "عدد المشاهدات: 2,174", "Forwarded from قناة سبق", "1.2K views"],
)  # fmt: skip
def test_gallery_and_player_furniture_is_boilerplate(line: str) -> None:
    assert classify(0, line).kind is Kind.BOILER


def test_photo_credit_between_paragraphs_stays_body_and_is_no_byline() -> None:
    body = (PARAGRAPHS[0], "تصوير: خالد بن سعيد الزهراني", PARAGRAPHS[1])
    page = page_of(HEADLINE, DATE, "الصورة 1 من 2", *body, "المصدر: واس")
    assert page.main.byline is None
    assert page.main.body == body


def test_photo_credit_under_the_headline_is_the_byline() -> None:  # guard
    page = page_of(HEADLINE, "تصوير: خالد بن سعيد الزهراني", DATE, *PARAGRAPHS)
    assert page.main.byline == "تصوير: خالد بن سعيد الزهراني"


# ---- credits of several roles ------------------------------------------------------------------


def test_first_credit_after_the_body_is_the_byline_and_the_editors_are_discarded() -> None:
    credits = (
        "كتابة: ريم الحربي",
        "مراجعة: محمد العتيبي",
        "تدقيق لغوي: فهد الشمري",
        "إخراج: نورة الدوسري",
    )
    page = page_of(HEADLINE, DATE, *PARAGRAPHS, *credits, "المصدر: واس")
    assert page.main.byline == "كتابة: ريم الحربي"
    assert page.main.body == PARAGRAPHS
    assert set(credits[1:]) <= set(page.discarded)


def test_editors_credit_under_a_byline_over_the_date_is_discarded() -> None:
    page = page_of(HEADLINE, "إعداد: ريم الحربي", "تحرير: فهد الشمري", DATE, *PARAGRAPHS)
    assert page.main.byline == "إعداد: ريم الحربي"
    assert page.main.body == PARAGRAPHS
    assert "تحرير: فهد الشمري" in page.discarded


def test_credits_on_one_long_line_are_the_byline() -> None:
    line = "ترجمة: فهد الشمري | إخراج: سارة القحطاني | مراجعة: خالد بن سعيد الزهراني | جرافيك: ماجد العنزي"
    page = page_of(HEADLINE, DATE, *PARAGRAPHS, line, "المصدر: واس")
    assert page.main.byline == line
    assert page.main.body == PARAGRAPHS


# ---- corrections and update stamps -------------------------------------------------------------


@pytest.mark.parametrize(
    "stamp",
    ["حُدّث بتاريخ 11/8/2015 09:35 ص", "عُدّل في 12 أغسطس 2015 الساعة 06:09",
     "تم تحديث هذا الخبر في 11 أغسطس 2015 - 02:08 م", "تم تعديل هذا الخبر بتاريخ الأربعاء 12 أغسطس 2015"],
)  # fmt: skip
def test_update_stamp_over_the_date_dates_no_publication(stamp: str) -> None:
    note = "تصحيح: ورد في نسخة سابقة من هذا الخبر أن الحدث وقع في جدة، والصحيح ما أثبتناه أعلاه."
    page = page_of(f"{HEADLINE} (محدّث)", stamp, "الإثنين 10 أغسطس 2015", *PARAGRAPHS, note)
    assert page.main.published == "2015-08-10"
    assert page.main.byline is None
    assert page.main.body == (*PARAGRAPHS, note)
    assert stamp in page.discarded


# ---- the headline three times ------------------------------------------------------------------


@pytest.mark.parametrize(
    "card",
    [
        (HEADLINE, " ".join(PARAGRAPHS[0].split()[:14]) + "...", "sabq.org"),
        ("www.okaz.com.sa", HEADLINE, " ".join(PARAGRAPHS[0].split()[:20]) + " …"),
        (f"{HEADLINE} عبر @sabqorg",),
        (f"{HEADLINE} https://sabq.org/566478",),
        (f"{HEADLINE} #سبق",),
    ],
)
def test_share_card_after_the_body_is_discarded(card: tuple[str, ...]) -> None:
    page = page_of(f"{HEADLINE} | سبق", HEADLINE, DATE, *PARAGRAPHS, "شارك:", *card, "المصدر: واس")
    assert page.main.headline == HEADLINE
    assert page.main.body == PARAGRAPHS
    assert set(card) <= set(page.discarded)


def test_page_description_between_the_title_and_the_heading_is_discarded() -> None:
    description = " ".join(PARAGRAPHS[0].split()[:15]) + "..."
    page = page_of(f"{HEADLINE} | سبق", description, HEADLINE, DATE, *PARAGRAPHS)
    assert page.main.headline == HEADLINE
    assert page.main.body == PARAGRAPHS
    assert description in page.discarded


def test_short_headline_with_an_ellipsis_opening_the_lead_stays_headline() -> None:  # guard
    page = page_of("وزارة الصحة تسجل حالات جديدة...", DATE, *PARAGRAPHS)
    assert page.main.headline == "وزارة الصحة تسجل حالات جديدة..."


def test_headline_opening_the_body_stays_body() -> None:  # guard (round 5)
    page = page_of(HEADLINE, DATE, HEADLINE, *PARAGRAPHS)
    assert page.main.body == (HEADLINE, *PARAGRAPHS)


def test_two_word_title_with_the_site_over_its_heading() -> None:
    page = page_of("تفكيك الأيديولوجيا | الوطن", "تفكيك الأيديولوجيا", DATE, *PARAGRAPHS)
    assert page.main.headline == "تفكيك الأيديولوجيا"
    assert page.main.byline is None


# ---- digits and numeric dates ------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    ["۹ أغسطس ۲۰۱۵", "۰۹/۰۸/۲۰۱۵ - ۱۰:۳۰ ص", "09/08/2015 10:30 ص (24 شوال 1436هـ)",
     "2015-08-09 10:30 مساءً", "1436/10/24هـ (2015/08/09م)", "نشر بتاريخ: ۲۰۱۵-۰۸-۰۹"],
)  # fmt: skip
def test_persian_digits_and_numeric_dates(line: str) -> None:  # guard: read before the round
    got = classify(0, line)
    assert got.kind is Kind.DATE
    assert got.iso == "2015-08-09"
