"""akhbar.parse on page layouts the dev pages do not use: real SaudiNewsNet articles printed by
``benchmarks/parse_layouts.py`` with the forms of issue 3 the dev pages lack (dates above the
headline or in Hijri, bylines after the body, trailing and slash sources, tags one per line or as
hashtags, glued and unusual read-also labels, boilerplate in other wordings). Each fixture's gold
is known by construction (``X.gold.json`` beside ``X.txt``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from akhbar.model import Page
from akhbar.parse import lost_chars, parse_text
from akhbar.parse.lines import Kind, classify

LAYOUTS = Path(__file__).parent / "fixtures" / "parse-layouts"
PAGES = sorted(LAYOUTS.glob("*.txt"))


def _parse(name: str) -> Page:
    path = LAYOUTS / f"{name}.txt"
    return parse_text(path.read_text("utf-8"), input=path.name)


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.stem)
def test_generated_layout_parses_to_its_gold(path: Path) -> None:
    text = path.read_text("utf-8")
    page = parse_text(text, input=path.name)
    gold = json.loads(path.with_name(f"{path.stem}.gold.json").read_text("utf-8"))
    got = page.to_dict(with_raw=False)
    assert got["main"] == gold["main"]
    assert [r["headline"] for r in got["related"]] == [r["headline"] for r in gold["related"]]
    assert [(a["headline"], a["body"]) for a in got["embedded"]] == [
        (a["headline"], a["body"]) for a in gold["embedded"]
    ]
    assert lost_chars(text, page) == ""


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
    ],
)
def test_line_forms_of_unseen_layouts(line: str, kind: Kind) -> None:
    assert classify(0, line).kind is kind
