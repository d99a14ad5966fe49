"""akhbar.parse on pages of ``benchmarks/parse_layouts_mix.py``: each part's form drawn from all the
rounds' forms, so a form stands next to forms of other rounds. One test per parser rule the mixed
pages asked for (each fails on the parser before it)."""

from __future__ import annotations

from akhbar.parse import lost_chars, parse_text

PARAGRAPHS = [
    "عبر مدير عام الخطوط الجوية العربية السعودية عن خالص تعازيه لأسر الشهداء الذين قضوا في "
    "التفجير الإرهابي الذي استهدف مسجداً في منطقة عسير، سائلاً الله أن يتغمدهم بواسع رحمته.",
    "وأكد أن تفجير المساجد من قبل الجماعات المتطرفة المحسوبة على الإسلام وهو براء منها لن يزيد "
    "أبناء هذا الوطن إلا تماسكاً ووقوفاً صفاً واحداً خلف قيادتهم في وجه كل من يريد به سوءاً.",
]
HEADLINE = "الجاسر يستنكر التفجير الإرهابي الذي استهدف مسجداً في منطقة عسير"


def test_section_kicker_over_the_date_line_is_not_the_headline() -> None:
    text = "\n".join(
        ["شارك: فيسبوك | تويتر | واتساب", "محليات", "الأحد 9 أغسطس 2015", HEADLINE, *PARAGRAPHS]
    )
    page = parse_text(text, input="t")
    assert page.main.headline == HEADLINE
    assert page.main.published == "2015-08-09"
    assert page.main.body == tuple(PARAGRAPHS)
    assert "محليات" in page.discarded
    assert lost_chars(text, page) == ""


def test_two_word_column_name_over_date_and_byline_is_not_the_headline() -> None:
    text = "\n".join(["نقطة ضوء", "الإثنين 10 أغسطس 2015", HEADLINE, "خاص بـ«عكاظ»", *PARAGRAPHS])
    page = parse_text(text, input="t")
    assert page.main.headline == HEADLINE
    assert page.main.byline == "خاص بـ«عكاظ»"


def test_short_title_over_date_over_a_bulleted_list_stays_the_headline() -> None:
    # dev-0112: a column's short title, its date, then bulleted items
    text = "\n".join(["صح لسانك", "نشر في: 27 تموز 2015", "* سأسعد الأهلاويين", *PARAGRAPHS])
    assert parse_text(text, input="t").main.headline == "صح لسانك"


def test_cookie_banner_button_over_a_kicker_is_discarded() -> None:
    notice = (
        "نستخدم ملفات الكوكيز لتقديم أفضل تجربة لك على موقعنا. بمتابعة التصفح أنت توافق على "
        "سياسة الخصوصية."
    )
    text = "\n".join([notice, "حسناً", "رؤية", "الإثنين 10 أغسطس 2015", HEADLINE, *PARAGRAPHS])
    page = parse_text(text, input="t")
    assert page.main.headline == HEADLINE
    assert "حسناً" in page.discarded
    assert lost_chars(text, page) == ""
