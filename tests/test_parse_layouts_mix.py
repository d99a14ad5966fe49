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


OTHER_HEADLINE = "عميد السلك الدبلوماسي بالرياض يدين التفجير الإرهابي في عسير"
OTHER_PARAGRAPHS = [
    "دان عميد السلك الدبلوماسي بالرياض سفير جمهورية جيبوتي بشدة التفجير الإرهابي الذي استهدف "
    "مسجد قوات الطوارئ في منطقة عسير، وأودى بحياة عدد من المصلين الأبرياء أثناء أدائهم الصلاة.",
    "ورفع السفير العزاء إلى خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود، وإلى أسر "
    "الشهداء، سائلاً المولى عز وجل أن يتغمدهم بواسع رحمته وأن يمن على المصابين بالشفاء العاجل.",
]


def test_read_also_article_with_its_own_byline_is_embedded_though_main_never_closed() -> None:
    # the main article prints no source or tag line after its body; the embedded article's tag
    # line must not make its label an inline link of the main body
    for header in (["كتب: سارة القحطاني"], ["نشر بتاريخ: 2015/08/09"]):
        text = "\n".join(
            [
                HEADLINE,
                "المصدر: صحيفة عكاظ",
                *PARAGRAPHS,
                "اقرأ المزيد",
                OTHER_HEADLINE,
                *header,
                *OTHER_PARAGRAPHS,
                "كلمات دلالية: عميد السلك، الإرهابي، عسير",
            ]
        )
        page = parse_text(text, input="t")
        assert page.main.body == tuple(PARAGRAPHS)
        assert page.main.tags == ()
        assert page.related == ()
        assert len(page.embedded) == 1
        assert page.embedded[0].headline == OTHER_HEADLINE
        assert page.embedded[0].body == tuple(OTHER_PARAGRAPHS)
        assert page.embedded[0].tags == ("عميد السلك", "الإرهابي", "عسير")
        assert lost_chars(text, page) == ""


def test_cookie_banner_is_not_the_first_paragraph_when_placing_read_also() -> None:
    # a source line under the headline is the header, not the main article closing: the read-also
    # link inside the body stays inline
    notice = (
        "نستخدم ملفات الكوكيز لتقديم أفضل تجربة لك على موقعنا. بمتابعة التصفح أنت توافق على "
        "سياسة الخصوصية."
    )
    text = "\n".join(
        [
            notice,
            "موافق",
            HEADLINE,
            "المصدر: صحيفة الشرق الأوسط",
            PARAGRAPHS[0],
            "اقرأ أيضا",
            OTHER_HEADLINE,
            PARAGRAPHS[1],
            "وسوم: التفجير • عسير",
        ]
    )
    page = parse_text(text, input="t")
    assert page.main.body == tuple(PARAGRAPHS)
    assert page.embedded == ()
    assert [r.headline for r in page.related] == [OTHER_HEADLINE]
    assert page.main.tags == ("التفجير", "عسير")


def test_related_list_mixing_outlet_and_time_suffixes_loses_both() -> None:
    items = [
        "كوريا الجنوبية تنتقد رفض رئيس وزراء اليابان الاعتذار عن جرائم بلاده",
        "محافظ ميسان ينقل تعازي القيادة في الشهيد ممدوح المسيلي",
        "يد الغدر تفسد فرحة 5 طلاب وأسرهم بتخرجهم",
    ]
    printed = [
        f"{items[0]} | عين اليوم",
        f"{items[1]} - 8 أغسطس 2015",
        f"{items[2]} - عكاظ - منذ ساعة",
    ]
    text = "\n".join([HEADLINE, "الأحد 9 أغسطس 2015", *PARAGRAPHS, "أخبار ذات صلة", *printed])
    page = parse_text(text, input="t")
    assert [r.headline for r in page.related] == items
    assert "عين اليوم" in " ".join(page.discarded)
    assert lost_chars(text, page) == ""


def test_inline_read_also_keeps_a_headline_that_looks_like_a_short_paragraph() -> None:
    # seed 1 page 06: the headline ends with ``!`` and reads as a paragraph, so the bare label
    # lost it to the body
    related = "في ذكرى رحيله السابعة.. فلسطينية تحلل شخصية محمود درويش من خطوطه!"
    text = "\n".join([HEADLINE, PARAGRAPHS[0], "اقرأ أيضا", related, PARAGRAPHS[1], "المصدر: واس"])
    page = parse_text(text, input="t")
    assert [r.headline for r in page.related] == [related]
    assert page.main.body == tuple(PARAGRAPHS)


def test_bulleted_related_item_with_a_boilerplate_word_stays_in_the_list() -> None:
    # seed 1 page 20: ``قناتنا`` makes the line look like a site's prompt; its bullet is the list's
    items = [
        "ما نُحذر منه إعلامياً تقع فيه قناتنا الثقافية!!",
        "أمين منطقة عسير يزور رجال الأمن المصابين في حادث تفجير مسجد قوة الطوارئ",
    ]
    text = "\n".join(
        [HEADLINE, *PARAGRAPHS, "المصدر: واس", "اقرأ المزيد:", *(f"▪ {t}" for t in items)]
    )
    page = parse_text(text, input="t")
    assert [r.headline for r in page.related] == items
    assert lost_chars(text, page) == ""


def test_inline_read_also_stops_at_a_numbered_sub_heading() -> None:
    # seed 1 page 57: ``ثالثاً: …`` under the read-also headline is the body's sub-heading
    related = "«ليلة الرومانسية» أضاءتها إليسا.. وراقصها ماجد المهندس"
    text = "\n".join(
        [
            HEADLINE,
            PARAGRAPHS[0],
            "اقرأ أيضا",
            related,
            "ثانياً: وأكد أن تفجير المساجد",
            PARAGRAPHS[1],
            "المصدر: واس",
        ]
    )
    page = parse_text(text, input="t")
    assert [r.headline for r in page.related] == [related]
    assert page.main.body == (PARAGRAPHS[0], "ثانياً: وأكد أن تفجير المساجد", PARAGRAPHS[1])


def test_section_kicker_over_a_prefixed_headline_is_not_the_headline() -> None:
    # seed 3 page 196: the colon of ``تحديث:`` made the headline look like a ``جدة: فلان``
    # dateline, so the section label over it was taken for a short title
    headline = "تحديث: سياحة الشرقية تفعل شراكاتها"
    text = "\n".join(["المشاهدات: 776", "نقطة ضوء", headline, "نُشر: 09.08.2015", *PARAGRAPHS])
    page = parse_text(text, input="t")
    assert page.main.headline == headline
    assert page.main.body == tuple(PARAGRAPHS)
    assert "نقطة ضوء" in page.discarded
    assert lost_chars(text, page) == ""
