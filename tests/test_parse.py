"""akhbar.parse on real pages (the seed, a slice of dev pages) and on hand-written layouts that
the dev pages do not use: labels, tag forms, read-also forms, bylines, sources and boilerplate."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from akhbar.model import Page
from akhbar.parse import lost_chars, parse_text
from akhbar.parse.lines import Kind, Line, classify, split_lines
from akhbar.parse.tags import split_tags
from akhbar.parse.vocab import fold

DATA = Path(__file__).parent / "data" / "parse"
SEED = DATA / "pages" / "000_766c5c9b7fcf550c"
LAYOUTS = DATA / "layouts"


def _parse(path: Path) -> Page:
    return parse_text(path.read_text("utf-8"), input=path.name)


def test_seed_page_parses_exactly_to_its_gold() -> None:
    gold = json.loads(SEED.with_suffix(".gold.json").read_text("utf-8"))
    got = _parse(SEED.with_suffix(".txt")).to_dict(with_raw=False)
    assert got["main"] == gold["main"]
    assert got["embedded"] == gold["embedded"]
    assert [r["headline"] for r in got["related"]] == [r["headline"] for r in gold["related"]]
    assert got["discarded"] == gold["discarded"]


def test_seed_page_recovers_multiword_tags_from_repeated_space_joined_line() -> None:
    tags = _parse(SEED.with_suffix(".txt")).main.tags
    assert tags == (
        "ملفات",
        "كيم",
        "روسيا",
        "أوكرانيا",
        "بيونغيانغ",
        "كوفيد 19",
        "أقمار اصطناعية",
        "بوتين",
        "كوريا الشمالية",
        "أخبار العالم",
    )


def test_seed_page_keeps_each_field_line_verbatim_in_raw() -> None:
    main = _parse(SEED.with_suffix(".txt")).main
    assert main.raw["published"] == "تاريخ النشر: 18th, September 2023 GMT"
    assert main.raw["source"] == "المصدر: سكاي نيوز عربية"
    assert isinstance(main.raw["tags"], tuple)
    assert main.raw["tags"][0].startswith("كلمات دلالية: ملفات ملفات ملفات كيم روسيا")


def test_glued_read_also_label_is_split_from_its_headline() -> None:
    page = _parse(SEED.with_suffix(".txt"))
    assert (
        page.related[0].headline
        == "بوتين: روسيا تدعو كييف لاستئناف المحادثات المباشرة دون شروط مسبقة"
    )
    assert "اقرأ أيضاً" in page.discarded


@pytest.mark.parametrize(
    ("value", "want"),
    [
        ("مصر، النائب العام، محمد مرسي", ("مصر", "النائب العام", "محمد مرسي")),
        (
            "غرفة حائل | تصحيح أوضاع | جوازات المنطقة",
            ("غرفة حائل", "تصحيح أوضاع", "جوازات المنطقة"),
        ),
        ("الإمارات, الفضاء, أقمار اصطناعية", ("الإمارات", "الفضاء", "أقمار اصطناعية")),
        ("اقتصاد / نفط / أوبك", ("اقتصاد", "نفط", "أوبك")),
        ("#النفط #أسعار_النفط #أوبك #النفط", ("النفط", "أسعار النفط", "أوبك")),
        ("روسيا، روسيا، كيم", ("روسيا", "كيم")),
        ("#ثمانٍ_وأربعون_قانوناً #نافذة:", ("ثمانٍ وأربعون قانوناً", "نافذة")),
    ],
)
def test_tag_lines_with_separators_and_hashtags(value: str, want: tuple[str, ...]) -> None:
    assert split_tags(value) == want


def test_space_joined_tags_take_phrases_from_the_article_text() -> None:
    body = "أبرمت أمانة العاصمة المقدسة عقودا لتعبيد مخططات المنح للمناطق المستوية مرحلة أولى"
    value = "جديدة المنح للمناطق المستوية مرحلة العاصمة المقدسة المنح للمناطق جديدة المنح للمناطق"
    assert split_tags(value, context=body) == (
        "جديدة",
        "المنح للمناطق",
        "المستوية مرحلة",
        "العاصمة المقدسة",
    )


def test_space_joined_tags_without_support_stay_single_words() -> None:
    value = "كاليفورنيا روكي الشمالية غرب الشمالية كاليفورنيا روكي"
    assert split_tags(value, context="حرائق في شمال غرب كاليفورنيا") == (
        "كاليفورنيا",
        "روكي",
        "الشمالية",
        "غرب",
    )


@pytest.mark.parametrize(
    ("line", "kind", "value", "label"),
    [
        ("إقرأ أيضاً:", Kind.READ_ALSO, None, "إقرأ أيضاً:"),
        (
            "اقرأ ايضا: جامعة طيبة وإثبات السكن !!",
            Kind.READ_ALSO,
            "جامعة طيبة وإثبات السكن !!",
            "اقرأ ايضا:",
        ),
        ("اقرأ أيضاًبوتين: علاقتنا بالصين", Kind.READ_ALSO, "بوتين: علاقتنا بالصين", "اقرأ أيضاً"),
        ("أخبار ذات صلة", Kind.READ_ALSO, None, "أخبار ذات صلة"),
        ("مواضيع ذات صلة:", Kind.READ_ALSO, None, "مواضيع ذات صلة:"),
        ("اقرأ المزيد", Kind.READ_ALSO, None, "اقرأ المزيد"),
        ("المصدر: سكاي نيوز عربية", Kind.SOURCE, "سكاي نيوز عربية", "المصدر:"),
        ("المصدر - جريدة الرياض", Kind.SOURCE, "جريدة الرياض", "المصدر -"),
        ("نقلاً عن صحيفة الوطن", Kind.SOURCE, "صحيفة الوطن", "نقلاً عن"),
        ("سكاي نيوز عربية - المصدر", Kind.SOURCE, "سكاي نيوز عربية", "- المصدر"),
        ("كلمات دلالية: كيم روسيا", Kind.TAGS, "كيم روسيا", "كلمات دلالية:"),
        ("الكلمات المفتاحية: لندن | سعودية", Kind.TAGS, "لندن | سعودية", "الكلمات المفتاحية:"),
        ("Tags: a, b", Kind.TAGS, "a, b", "Tags:"),
        ("وسوم", Kind.TAG_HEADER, None, "وسوم"),
        ("كتب: محمد عبد الله", Kind.BYLINE, "كتب: محمد عبد الله", "كتب:"),
        ("بقلم سارة القحطاني", Kind.BYLINE, "بقلم سارة القحطاني", "بقلم"),
    ],
)
def test_line_labels(line: str, kind: Kind, value: str | None, label: str | None) -> None:
    got = classify(0, line)
    assert (got.kind, got.value, got.label) == (kind, value, label)


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("تاريخ النشر: 18th, September 2023 GMT", "2023-09-18"),
        ("الجمعة 24 يوليو 2015 - 03:59 م", "2015-07-24"),
        ("نشر في: 9 آب 2015", "2015-08-09"),
        ("نشر بتاريخ: 2015/08/07 06:47", "2015-08-07"),
        ("الأحد، ٩ أغسطس ٢٠١٥", "2015-08-09"),
        ("الأحد 25 شوال 1436 هـ الموافق 9 أغسطس 2015", "2015-08-09"),
        ("آخر تحديث: 2015-08-09 10:30 +03:00", "2015-08-09T10:30+03:00"),
    ],
)
def test_date_lines_with_or_without_label(line: str, iso: str) -> None:
    got = classify(0, line)
    assert got.kind is Kind.DATE
    assert got.iso == iso


@pytest.mark.parametrize(
    "line",
    [
        "الكويت 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس",  # a dateline: body text
        "وقال إن الاجتماع عقد في 9 آب 2015 في الرياض بحضور الوزير",
        "المصدر الأمني قال إن التحقيق مستمر",
        "تقرير يمني يرصد «تزايد انتهاكات» الحوثيين ضد الإعلاميين",
        "...المزيد",
        "«غرفة حائل» تبث رسائل عن تصحيح أوضاع اليمنيين",
        "التاريخ سيذكر مواجهة الحزم لجينات الغدر",
        "كتبت الصحيفة في افتتاحيتها أن الأزمة تتفاقم.",
    ],
)
def test_text_lines_that_only_look_like_labels(line: str) -> None:
    assert classify(0, line).kind is Kind.TEXT


@pytest.mark.parametrize(
    "line",
    [
        "الرئيسية » أخبار محلية",
        "الرئيسية / اقتصاد / أسواق",
        "Home » News » Gulf",
        "طباعة",
        "حجم الخط",
        "A+ A-",
        "شارك هذا الخبر",
        "فيسبوك تويتر واتساب",
        "تابعونا على تويتر",
        "جميع الحقوق محفوظة © 2015",
        "5 تعليقات",
        "عدد المشاهدات: 1200",
        "اشترك في النشرة البريدية",
        "حمل تطبيق الصحيفة على آيفون",
    ],
)
def test_boilerplate_lines(line: str) -> None:
    assert classify(0, line).kind is Kind.BOILER


def test_template_byline_before_toolbar_but_article_dateline_after_it() -> None:
    # dev-0007: headline, date, byline, print button, body
    page = _parse(DATA / "pages" / "dev-0007.txt")
    assert page.main.byline == "عثمان الخويطر"
    # dev-0001: the first line after the print button opens the article text
    page = _parse(DATA / "pages" / "dev-0001.txt")
    assert page.main.byline is None
    assert page.main.body[0] == "عين اليوم – متابعات"


def test_read_also_inside_body_gives_related_and_body_continues() -> None:
    page = _parse(DATA / "pages" / "dev-0012.txt")
    assert [r.headline for r in page.related] == ["قمة «ملتهبة «لحسم الدوري المصري اليوم"]
    assert page.main.body[3].startswith('وأضافت "تعرفت على الدكتوره سندي')
    assert not page.embedded


def test_read_also_block_with_paragraphs_is_an_embedded_article() -> None:
    page = _parse(DATA / "pages" / "dev-0005.txt")
    assert [a.headline for a in page.embedded] == [
        "وفاة مغنية الكانتري الأمريكية لين أندرسون عن 67 عاما"
    ]
    assert len(page.embedded[0].body) == 5
    assert page.embedded[0].body[-1] == "وفازت أندرسون بجائزة جرامي الموسيقية."
    assert page.related[0].headline == "عكاظ طريق الشعراء للعالمية"


def test_layout_with_hashtags_hijri_date_and_related_header() -> None:
    page = _parse(LAYOUTS / "hashtags_hijri.txt")
    assert page.main.headline == "ارتفاع أسعار النفط مع تراجع المخزونات الأمريكية"
    assert page.main.byline == "كتب: محمد عبد الله"
    assert page.main.published == "2015-08-09"
    assert page.main.tags == ("النفط", "أسعار النفط", "أوبك")
    assert [r.headline for r in page.related] == [
        "أوبك تبحث تمديد خفض الإنتاج في اجتماعها المقبل",
        "الذهب يتراجع مع صعود الدولار",
    ]
    assert len(page.main.body) == 2
    assert {"الرئيسية / اقتصاد / أسواق", "A+ A-", "فيسبوك تويتر واتساب"} <= set(page.discarded)


def test_layout_with_tag_header_one_tag_per_line_and_quoted_source() -> None:
    page = _parse(LAYOUTS / "tag_header.txt")
    assert page.main.byline == "بقلم سارة القحطاني"
    assert page.main.published == "2015-08-09T10:30+03:00"
    assert page.main.source == "صحيفة الوطن"
    assert page.main.tags == ("وزارة الصحة", "أبها", "مستشفيات")
    assert page.main.raw["tags"] == ("وسوم", "وزارة الصحة", "أبها", "مستشفيات")
    assert [r.headline for r in page.related] == ["الصحة تطلق حملة للتطعيم في المدارس"]
    assert len(page.main.body) == 2


def test_layout_with_english_labels_and_trailing_source() -> None:
    page = _parse(LAYOUTS / "english_labels.txt")
    assert page.main.headline == "الإمارات تطلق قمرا اصطناعيا لرصد المناخ"
    assert page.main.published == "2015-08-03"
    assert page.main.byline == "واس - الرياض"
    assert page.main.source == "سكاي نيوز عربية"
    assert page.main.tags == ("الإمارات", "الفضاء", "أقمار اصطناعية")
    assert "حمل تطبيق الصحيفة على آيفون" in page.discarded


@pytest.mark.parametrize("path", sorted(LAYOUTS.glob("*.txt")), ids=lambda p: p.stem)
def test_hand_written_layouts_lose_nothing(path: Path) -> None:
    text = path.read_text("utf-8")
    assert lost_chars(text, parse_text(text, input=path.name)) == ""


def test_empty_and_blank_text_give_an_empty_page() -> None:
    page = parse_text("\n \n", input="-")
    assert page.main.headline is None
    assert page.main.body == ()
    assert page.discarded == ()


def test_layout_with_read_also_inside_body_and_tag_header_with_separated_list() -> None:
    page = _parse(LAYOUTS / "inline_read_also.txt")
    main = page.main
    assert main.byline == "جدة: عبد الله آل هيضة"
    assert main.published is None  # "آخر تحديث: منذ 3 ساعات" is relative: never a guess
    assert "آخر تحديث: منذ 3 ساعات" in page.discarded
    assert len(main.body) == 2
    assert main.body[1].startswith("وأكد المتحدث الرسمي للوزارة")
    assert main.source == "صحيفة الشرق الأوسط"
    assert main.tags == ("وزارة الصحة", "الإنفلونزا الموسمية", "التطعيم")
    assert [r.headline for r in page.related] == [
        "الصحة تطلق حملة للتطعيم في المدارس",
        "الصحة: لا إصابات جديدة بكورونا في جدة",
        "افتتاح أكبر مركز للتطعيم في الرياض",
    ]
    assert "التعليقات (3)" in page.discarded


def test_layout_with_dated_dateline_and_embedded_article_with_its_own_metadata() -> None:
    page = _parse(LAYOUTS / "embedded_with_date.txt")
    main = page.main
    assert main.byline == "القاهرة - رويترز - 9 أغسطس 2015"
    assert main.published == "2015-08-09"
    assert main.source is None
    assert main.tags == ("مصر", "البنك المركزي", "أسعار الفائدة")
    assert len(main.body) == 2
    (emb,) = page.embedded
    assert emb.headline == "الجنيه المصري يستقر أمام الدولار في البنوك"
    assert (emb.published, emb.source, len(emb.body)) == (
        "2015-08-08",
        "وكالة أنباء الشرق الأوسط",
        2,
    )
    assert page.related == ()


def test_byline_label_words_inside_the_body_stay_text() -> None:
    text = "\n".join(
        [
            "الحكومة اليابانية تعلن خطة جديدة للطاقة",
            "طوكيو: أ ف ب",
            "أعلنت الحكومة اليابانية اليوم خطة جديدة لخفض الاعتماد على الوقود الأحفوري بحلول عام 2030، في إطار التزاماتها المناخية.",
            "كتبت الصحيفة أن الخطة طموحة",
            "وأضافت أن تنفيذها يتطلب استثمارات ضخمة في الطاقة المتجددة خلال السنوات العشر المقبلة.",
        ]
    )
    page = parse_text(text, input="-")
    assert page.main.byline == "طوكيو: أ ف ب"
    assert page.main.body[1] == "كتبت الصحيفة أن الخطة طموحة"
    assert len(page.main.body) == 3


def test_related_headline_with_a_printed_link_keeps_it_as_url() -> None:
    text = "\n".join(
        [
            "السعودية تستضيف قمة إقليمية للمياه الشهر المقبل",
            "نشر في: 9 آب 2015",
            "أعلنت وزارة البيئة والمياه والزراعة أن المملكة ستستضيف الشهر المقبل قمة إقليمية لبحث أمن المياه في المنطقة بمشاركة عشرين دولة.",
            "اقرأ أيضاً:",
            "قمة المياه: خطط لتحلية مياه البحر بالطاقة الشمسية - https://example.org/news/123",
        ]
    )
    page = parse_text(text, input="-")
    (rel,) = page.related
    assert rel.headline == "قمة المياه: خطط لتحلية مياه البحر بالطاقة الشمسية"
    assert rel.url == "https://example.org/news/123"
    assert lost_chars(text, page) == ""


@pytest.mark.parametrize("line", ["منذ ساعتين", "منذ 3 ساعات"])
def test_relative_time_stamps_are_not_bylines(line: str) -> None:
    page = parse_text(
        "\n".join(
            [
                "ارتفاع أسعار الذهب مع تراجع الدولار",
                line,
                "طباعة",
                "ارتفعت أسعار الذهب في المعاملات الفورية اليوم مع تراجع الدولار الأمريكي أمام سلة من العملات الرئيسية، وسط ترقب لبيانات التضخم.",
            ]
        ),
        input="-",
    )
    assert page.main.byline is None
    assert line in page.discarded


_FOLD_ALPHABET = [*"أإآٱاىئؤةـًٌّْٰ ٠١٩۰۹2aAB—،\u00a0\u0130Kßǅ", "كلمة", "Hello", "\n"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_FOLD_ALPHABET), min_size=1, max_size=12).map("".join))
def test_folding_a_whole_article_agrees_with_folding_its_lines(text: str) -> None:
    # fold takes another road for long texts (an article as tag context) than for lines
    long = "\n".join([text] * (200 // len(text) + 1))
    assert len(long) >= 200
    assert fold(long) == "\n".join([fold(text)] * (200 // len(text) + 1))


@pytest.mark.parametrize(
    "text", ["", "\n", "a", "a\n", "a\n\n", "\na", "a\r\nb\n", "x\u2028y\x0bz", "a\x85b"]
)
def test_split_lines_is_splitlines(text: str) -> None:
    assert split_lines(text) == text.splitlines()


def test_text_and_blank_lines_are_whole_line_records() -> None:
    # classify builds these two kinds without the NamedTuple constructor
    text = ("الرياض تستضيف مؤتمرا دوليا للطاقة المتجددة " * 4).strip()
    assert classify(3, f" {text} ") == Line(n=3, raw=f" {text} ", text=text, kind=Kind.TEXT)
    assert classify(4, "  ") == Line(n=4, raw="  ", text="", kind=Kind.BLANK)
