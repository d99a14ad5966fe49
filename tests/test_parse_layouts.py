"""akhbar.parse on page layouts the dev pages do not use: real SaudiNewsNet articles printed by
``benchmarks/parse_layouts.py`` with the forms of issue 3 the dev pages lack (dates above the
headline or in Hijri, bylines after the body, trailing and slash sources, tags one per line or as
hashtags, glued and unusual read-also labels, boilerplate in other wordings), and by
``benchmarks/parse_layouts_2.py`` with a second round (kickers and standfirsts, a date line that
names the outlet, update dates first, two credits on a byline, numbered related lists, interview
and list bodies, login / rating / counter lines). Each fixture's gold is known by construction
(``X.gold.json`` beside ``X.txt``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from layout_cases import parse_fixture

from akhbar.model import Page
from akhbar.parse import lost_chars, parse_text
from akhbar.parse.lines import Kind, classify

FIXTURES = Path(__file__).parent / "fixtures"
LAYOUTS = FIXTURES / "parse-layouts"
#: every round's fixtures: the first two rounds' (``parse-layouts``), the later rounds'
#: (``tests/test_parse_layouts_3.py`` on, each checking what its round's rules are for), the
#: whole-page dumps' and the mixed layouts' (``parse_layouts_mix.py``, seed 7)
PAGES = sorted(FIXTURES.glob("parse[-_]layouts*/*.txt"))


def _parse(name: str) -> Page:
    path = LAYOUTS / f"{name}.txt"
    return parse_text(path.read_text("utf-8"), input=path.name)


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.stem)
def test_generated_layout_parses_to_its_gold(path: Path) -> None:
    page = parse_fixture(path)  # as its bytes say (CRLF kept), nothing lost
    gold = json.loads(path.with_name(f"{path.stem}.gold.json").read_text("utf-8"))
    got = page.to_dict(with_raw=False)
    assert got["main"] == gold["main"]
    assert [r["headline"] for r in got["related"]] == [r["headline"] for r in gold["related"]]
    assert got["embedded"] == gold["embedded"]


def test_arrow_breadcrumb_is_not_the_headline_and_byline_after_body_is_read() -> None:
    page = _parse("byline_after_body-00")
    main = page.main
    assert main.headline == "هطول أمطار غزيرة على الطائف وضواحيه"
    assert main.byline == "بقلم: ريم الحربي"
    assert main.source == "صحيفة الجزيرة"  # صحيفة الجزيرة - المصدر
    assert main.tags == ("هطول أمطار", "الطائف", "غزيرة")
    assert len(main.body) == 2
    # ``مواضيع ذات صلة`` glued to its first headline
    assert page.related[0].headline == (
        "مدير تعليم نجران : انطلاق الدراسة في منطقة نجران في موعدها المقرر بجميع المدارس"
    )
    assert {"منوعات > جدة", "تكبير | تصغير | طباعة", "أضف تعليقاً"} <= set(page.discarded)


def test_agency_dateline_with_labelled_numeric_date_and_counters() -> None:
    page = _parse("agency_dateline-00")
    main = page.main
    assert main.byline == "الأناضول - جدة"
    assert main.published == "2015-08-09"  # تاريخ الإضافة: 09-08-2015
    assert main.source == "وكالة رويترز"
    assert main.tags == ("انكسار موجة", "الشديدة", "الحر")
    assert len(main.body) == 4
    assert {"قراءة 2125 مرة", "33 تعليقاً"} <= set(page.discarded)


def test_article_as_printed_keeps_its_own_dateline_in_the_body() -> None:
    page = _parse("as_printed_toolbar-04")
    main = page.main
    assert main.byline is None
    assert main.body[0] == "داليا أبوالعيش – عين اليوم"
    assert len(main.body) == 6
    assert main.published == "2015-08-09"  # الأحد - 24 شوال 1436 هـ - 9 أغسطس 2015 م
    assert main.source == "عين اليوم"  # المصدر/ عين اليوم
    assert main.tags[0] == "شيوخ ودعاة"  # الكلمات الدالة:
    assert len(page.related) == 3  # أخبار ذات علاقة
    assert {"أرسل الخبر لصديق", "حفظ المقال", "حجم الخط: أ أ أ"} <= set(page.discarded)


def test_photo_caption_after_the_toolbar_is_body_not_a_byline() -> None:
    text = "\n".join(
        [
            "مدير الهلال الأحمر بالجوف يفتتح مبنى إسعاف زلوم",
            "الأحد 9 أغسطس 2015",
            "طباعة",
            "صورة جماعية بعد التدشين",
            "افتتح مدير الهلال الأحمر السعودي بمنطقة الجوف الدكتور راشد القحطاني، المبنى الجديد"
            " لمركز إسعاف زلوم، بحضور رئيس مركز زلوم ومديري الدوائر الحكومية.",
        ]
    )
    page = parse_text(text, input="-")
    assert page.main.byline is None
    assert page.main.body[0] == "صورة جماعية بعد التدشين"


def test_long_related_headline_is_not_an_embedded_article() -> None:
    page = _parse("english_hijri_only-01")
    assert page.embedded == ()
    assert len(page.related) == 3
    assert len(page.related[1].headline) >= 110
    assert page.main.published == "2015-08-09"  # 24 شوال 1436 هـ
    assert page.main.byline == "By: فهد الشمري"


def test_hashtag_headline_in_a_related_list_stays_a_headline() -> None:
    page = _parse("hijri_top-06")
    assert page.main.tags == ("الفئران تحول", "لجحور", "الشوارع")
    assert page.related[0].headline == "#قاطعوا_النمسا!!"
    assert page.main.byline == "مكة المكرمة: ريم الحربي"
    assert page.main.published == "2015-08-09"


def test_slash_byline_weekday_dash_date_hashtag_label_and_ellipsis_read_also() -> None:
    page = _parse("slash_byline_ellipsis-00")
    main = page.main
    assert main.byline == "بقلم/ ماجد العنزي"
    assert main.published == "2015-08-10"
    assert main.tags == ("الأعداء يفتتوا", "الوطنية")
    assert len(page.related) == 4  # two after اقرأ أيضاً… and two after مواد ذات صلة
    assert "…" not in [r.headline for r in page.related]


def test_byline_with_its_date_bulleted_related_list_and_hashtags_under_a_header() -> None:
    page = _parse("bulleted_related-01")
    main = page.main
    assert main.byline == "كتب: عبد الله آل هيضة | الإثنين 10 أغسطس 2015"
    assert main.published == "2015-08-10"
    assert main.tags == ("تصحيح أوضاع", "يسير", "وميسرة")
    assert page.related[0].headline == "أصل الشر.. تفخيخ العقول !"  # no bullet
    assert {"أ- أ+", "التعليقات مغلقة", "العودة إلى الأعلى"} <= set(page.discarded)
    assert "تطبيق الصحيفة متوفر على آب ستور وجوجل بلاي" in page.discarded


def test_headline_opening_with_a_byline_label_is_the_headline() -> None:
    text = "\n".join(
        [
            "تقرير: تهديدات إلكترونية بدعم من الحكومة الروسية",
            "المصدر: صحيفة الوطن",
            "9 أغسطس 2015 - 03:58 م",
            "كشفت إحدى الجهات العالمية المتخصصة في مجال التصدي للهجمات الإلكترونية عن تقرير"
            " يرصد مجموعة تعمل بدعم من الحكومة الروسية.",
        ]
    )
    page = parse_text(text, input="-")
    assert page.main.headline == "تقرير: تهديدات إلكترونية بدعم من الحكومة الروسية"
    assert page.main.byline is None
    assert (page.main.source, page.main.published) == ("صحيفة الوطن", "2015-08-09")


def test_tag_that_is_also_a_button_word_stays_in_a_tag_list() -> None:
    text = "\n".join(
        [
            "تويتر يطلق ميزة جديدة للرسائل",
            "الأحد 9 أغسطس 2015",
            "أعلنت شركة تويتر اليوم عن ميزة جديدة تتيح للمستخدمين إرسال رسائل أطول إلى"
            " متابعيهم، في خطوة تهدف إلى زيادة التفاعل على المنصة.",
            "وسوم",
            "شبكات اجتماعية",
            "تويتر",
            "تقنية",
            "تابعونا على تويتر",
        ]
    )
    page = parse_text(text, input="-")
    assert page.main.tags == ("شبكات اجتماعية", "تويتر", "تقنية")
    assert "تابعونا على تويتر" in page.discarded


def test_kicker_over_the_headline_standfirst_under_it_and_a_numbered_related_list() -> None:
    page = _parse("kicker_standfirst-00")
    main = page.main
    assert main.headline == "ملحقية أمريكا تحتفي بطلبة برنامج «مسك» لإعداد القادة"
    assert main.byline is None  # the standfirst before the date is not a byline
    assert (
        main.body[0]
        == "احتفلت الملحقية الثقافية بأمريكا مساء أمس الأول في واشنطن بطلاب وطالبات برنامج"
    )
    assert main.published == "2015-08-09"  # الأحد 9 أغسطس 2015 - 09:30 م
    assert main.tags == ("ملحقية أمريكا", "لإعداد", "بطلبة")  # `` - `` between tags
    assert page.related[2].headline == "320 ألف حبة مخدرة مخبأة في إرسالية ورق صحي"  # not "3- 320"
    assert {"شؤون دولية", "المزيد من الأخبار", "1-", "3-"} <= set(page.discarded)


def test_outlet_and_date_on_one_line_is_the_byline_and_photo_captions_stay_in_the_body() -> None:
    page = _parse("outlet_date_caption-01")
    main = page.main
    assert main.byline == "الأحد 9 أغسطس 2015 - 01:49 ص | جريدة الرياض"
    assert main.published == "2015-08-09"
    assert main.body[0] == "الصورة: المسؤولون خلال الجولة التفقدية"
    assert main.body[2] == "المسؤولون خلال الجولة التفقدية (تصوير: فهد الشمري)"
    assert main.tags == ("مقتل مبتعث", "الجامعة", "سعودي")  # `` • ``
    assert page.related[0].headline == "المحتجون يلجأون إلى السخرية لإيصال رسالتهم"  # not "١."
    assert "١." in page.discarded


def test_two_credits_on_one_byline_topics_label_and_login_prompts() -> None:
    page = _parse("credits_toolbar-03")
    main = page.main
    assert main.byline == "إعداد: ماجد العنزي | تصوير: ريم الحربي"
    assert main.published == "2015-08-10"  # 2015/08/10
    assert main.tags == ("تشتري آلاف", "القمح")  # المواضيع: … ، …
    assert {"طباعة | إرسال | حفظ", "الرجاء تسجيل الدخول لإضافة تعليق"} <= set(page.discarded)


def test_publication_date_wins_over_an_update_date_printed_before_it() -> None:
    page = _parse("update_first-03")  # آخر تحديث: 10 أغسطس … | تاريخ النشر: 9 أغسطس …
    assert page.main.published == "2015-08-09"
    assert page.related[0].headline == "هل أنت متلون وفيك داعشية؟"  # under مواضيع قد تهمك
    text = "\n".join(
        [
            "لايف ستايل تدعم مفهوم التطوير العقاري",
            "آخر تحديث: 11 أغسطس 2015 - 03:22 م",
            "تاريخ النشر: 10 أغسطس 2015 - 04:05 ص",
            "أعلنت شركة للتطوير العقاري عن مبادرة جديدة لرفع مستوى المشاريع السكنية في المملكة،"
            " وذلك بالتعاون مع عدد من الجهات الحكومية والخاصة.",
        ]
    )
    page = parse_text(text, input="-")
    assert page.main.published == "2015-08-10"
    assert lost_chars(text, page) == ""


def test_agency_dateline_opening_the_first_paragraph_is_body() -> None:
    page = _parse("agency_in_first_paragraph-14")
    main = page.main
    assert main.byline is None
    assert main.body[0].startswith("الرياض (واس) - استفاد 158 لاجئا سوريا")
    assert main.published == "2015-08-10"  # نشر في: 05:19 م - 10 أغسطس 2015
    # ``اقرأ أيضاً في دولي:`` is a label (naming a section), not a headline
    assert page.related[0].headline == "لقاء مرتقب بين سان جيرمان وإنتر في جدة"
    assert len(page.related) == 3
    assert "اقرأ أيضاً في دولي:" in page.discarded


def test_numbered_related_headline_with_a_prompt_word_stays_a_headline() -> None:
    text = "\n".join(
        [
            "وزير الإعلام يدشن القناة الثقافية الجديدة",
            "دشن وزير الثقافة والإعلام مساء أمس القناة الثقافية الجديدة في حفل أقيم بالرياض،"
            " بحضور عدد من المثقفين والإعلاميين.",
            "المصدر: واس",
            "المزيد من الأخبار",
            "1- ما نُحذر منه إعلامياً تقع فيه قناتنا الثقافية!!",
            "2- الذين في قلوبهم زيغ",
        ]
    )
    page = parse_text(text, input="-")
    assert [r.headline for r in page.related] == [
        "ما نُحذر منه إعلامياً تقع فيه قناتنا الثقافية!!",
        "الذين في قلوبهم زيغ",
    ]
    assert lost_chars(text, page) == ""


def test_interview_questions_and_answers_are_body_and_hijri_date_needs_no_h() -> None:
    page = _parse("interview-00")
    main = page.main
    assert main.byline == "حوار: عبد الله آل هيضة"
    assert main.published == "2015-08-09"  # الأحد 24 شوال 1436
    assert "س: وماذا بعد؟" in main.body
    assert sum(b.startswith("ج: ") for b in main.body) == 3


def test_body_with_a_bullet_list_a_quotation_and_an_english_sentence() -> None:
    page = _parse("lists_quotes_english-00")
    main = page.main
    assert main.published == "2015-08-09T04:13:00+00:00"  # Published: Sun, 09 Aug 2015 04:13:00 GMT
    assert "* يدفعنا دوما لمواصلة البناء" in main.body
    assert "«التجهيز لهذا المعلم السياحي»" in main.body
    assert main.body[-2:] == ("This is a historic day for the Kingdom.", "وللحديث بقية.")
    assert main.tags == ("فعاليات سمراء", "تشهد", "حائل")


def test_counters_on_one_line_above_the_headline_and_login_rating_prompts() -> None:
    page = _parse("login_rating_top-00")
    assert page.main.headline == "إضراب 148 من الأسرى في سجون الاحتلال"
    assert page.main.published == "2015-08-10"  # Aug 10, 2015
    assert {"عدد المشاهدات: 410 | التعليقات (31)", "هل أعجبك الخبر؟"} <= set(page.discarded)
    assert len(page.related) == 3  # أخبار أخرى


@pytest.mark.parametrize(
    ("first", "second", "headline"),
    [
        ("حقوق الوالدين", "عبدالله عمر خياط", "حقوق الوالدين"),  # a short title over its author
        ("شؤون دولية", "الوسطية هدف ينشده الجميع", "الوسطية هدف ينشده الجميع"),  # a kicker
        ("محليات", "أمير الرياض يفتتح مهرجان الصيف", "أمير الرياض يفتتح مهرجان الصيف"),
    ],
)
def test_kicker_or_short_headline(first: str, second: str, headline: str) -> None:
    text = "\n".join(
        [
            first,
            second,
            "الأحد 9 أغسطس 2015",
            "افتتح صاحب السمو الملكي أمير منطقة الرياض مساء أمس فعاليات المهرجان السنوي للصيف،"
            " بحضور عدد من المسؤولين والأهالي.",
        ]
    )
    page = parse_text(text, input="-")
    assert page.main.headline == headline
    assert lost_chars(text, page) == ""


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("محليات > جدة", Kind.BOILER),
        ("الرئيسية › اقتصاد › أسواق", Kind.BOILER),
        ("درجة الحرارة > 40", Kind.TEXT),
        ("تكبير | تصغير | طباعة", Kind.BOILER),
        ("السعودية | وزير الصحة يزور أبها", Kind.TEXT),
        ("12 تعليقاً", Kind.BOILER),
        ("قراءة 1520 مرة", Kind.BOILER),
        ("لا توجد تعليقات حتى الآن", Kind.BOILER),
        ("تابعوا آخر الأخبار عبر حسابنا على تويتر", Kind.BOILER),
        ("مشاركة الخبر عبر", Kind.BOILER),
        ("المشاركات", Kind.TEXT),  # a tag under a header, not a counter
        ("تاريخ الإضافة: 09-08-2015", Kind.DATE),
        ("مواضيع ذات صلةوزير الصحة يزور أبها", Kind.READ_ALSO),
        ("ذات صلة بالموضوع قال الوزير", Kind.TEXT),
        ("المصدر/ واس", Kind.SOURCE),
        ("الكلمات الدالة: أبها، الصحة", Kind.TAGS),
        ("كتب: عبد الله آل هيضة | الإثنين 10 أغسطس 2015", Kind.BYLINE),
        ("كتب: عبد الله آل هيضة وفهد الشمري ومحمد العلي", Kind.TEXT),
        ("تعليقات القراء (3)", Kind.BOILER),
        ("الرابط المختصر: https://example.org/x1", Kind.BOILER),
        ("كتب: خالد بن سعيد الزهراني - تصوير: عبد الله آل هيضة", Kind.BYLINE),
        ("كتب: فهد الشمري وتصوير: ريم الحربي", Kind.BYLINE),
        ("آخر تحديث: 10 أغسطس 2015 | نشر في: 9 أغسطس 2015", Kind.DATE),
        ("المواضيع: الرياض ، الصحة", Kind.TAGS),
        ("المواضيع التي ناقشها المجلس", Kind.TEXT),
        ("اقرأ أيضاً في الاقتصاد:", Kind.READ_ALSO),
        ("من نفس القسم", Kind.READ_ALSO),
        ("يجب عليك تسجيل الدخول لتتمكن من التعليق", Kind.BOILER),
        ("قيّم هذا الخبر", Kind.BOILER),
        ("عدد المشاهدات: 5865 | التعليقات (28)", Kind.BOILER),
        ("السعودية | وزير الصحة يزور أبها", Kind.TEXT),
    ],
)
def test_line_forms_of_unseen_layouts(line: str, kind: Kind) -> None:
    assert classify(0, line).kind is kind


def test_update_and_publication_dates_on_one_line_give_the_publication() -> None:
    line = classify(0, "آخر تحديث: 10 أغسطس 2015 - 10:25 م | تاريخ النشر: 9 أغسطس 2015")
    assert line.iso == "2015-08-09"
    read_also = classify(0, "اقرأ أيضاً في الاقتصاد:")
    assert read_also.value is None  # the section is part of the label, not a headline
