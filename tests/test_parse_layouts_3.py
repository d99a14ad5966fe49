"""akhbar.parse on a third round of page layouts (``benchmarks/parse_layouts_3.py``): real
SaudiNewsNet articles printed with a headline carrying the site's name, ISO timestamps and an
update line, ``بواسطة`` / ``إعداد`` / ``تحرير`` bylines, ``فلان - الرياض`` datelines, the agency
in parentheses after the body, ``مواضيع ذات علاقة:`` over a list of topics, most-read lists,
related headlines with their dates, two embedded articles, readers' comments and cookie
notices. Each fixture's gold is known by construction (``X.gold.json`` beside ``X.txt``,
written with ``--pages 3 --seed 4 --write``); ``tests/test_parse_layouts.py`` parses every
fixture to its gold, losing no letter or digit, and this file checks what each layout is for."""

from __future__ import annotations

from pathlib import Path

from akhbar.model import Page
from akhbar.parse import parse_text

LAYOUTS = Path(__file__).parent / "fixtures" / "parse-layouts-3"
PAGES = sorted(LAYOUTS.glob("*.txt"))


def _parse(name: str) -> Page:
    path = LAYOUTS / f"{name}.txt"
    return parse_text(path.read_text("utf-8"), input=path.name)


def test_every_layout_has_fixtures() -> None:
    layouts = {p.stem.rsplit("-", 1)[0] for p in PAGES}
    assert len(layouts) == 10
    assert len(PAGES) == 30


def test_readers_comments_are_discarded_not_body() -> None:
    page = _parse("reader_comments-00")
    assert len(page.main.body) == 3
    assert page.main.byline == "تحرير: فهد الشمري"
    assert {"التعليقات (3)", "1 - سعود", "منذ 6 ساعات", "رد", "أم عبدالله يقول:"} <= set(
        page.discarded
    )
    assert not any("متى بيتم التطبيق" in line for line in page.main.body)


def test_cookie_notice_over_the_headline_is_discarded() -> None:
    page = _parse("cookie_app_prompts-01")
    assert page.main.headline is not None
    assert page.main.headline.startswith("رئيس مركز الخليج للأبحاث")
    assert page.main.byline is None
    assert any("الكوكيز" in line for line in page.discarded)
    assert "2 دقائق للقراءة" in page.discarded
    english = _parse("cookie_app_prompts-00")
    assert english.main.headline is not None
    assert english.main.headline.startswith("البحرين")


def test_agency_in_parentheses_closes_the_body_as_its_source() -> None:
    main = _parse("iso_timestamps-00").main
    assert main.source == "وكالات"  # (وكالات)
    assert main.published == "2015-08-09T07:40:00+03:00"  # not the آخر تحديث: line after it
    assert main.byline == "إعداد: ريم الحربي"
    assert main.body[-1].startswith("إن نجاح القطاعات المالية")


def test_topics_under_a_related_label_are_tags_and_name_city_is_the_byline() -> None:
    page = _parse("name_city_byline-00")
    assert page.main.byline == "محمد العتيبي – حائل"
    assert page.main.tags == ("بريطانيا تتهم", "طارق", "سيادتها")  # مواضيع ذات علاقة:
    assert len(page.related) == 3  # شاهد أيضاً:


def test_two_embedded_articles_and_a_most_viewed_list() -> None:
    page = _parse("two_embedded-00")
    assert [a.headline for a in page.embedded] == [
        "دائرة الإفتاء الأردنية تستنكر التفجير الإرهابي في عسير",
        "413 وظيفة للجنسين يبدأ التقديم عليها غداً بغرفة الرياض",
    ]
    assert page.embedded[0].byline == "بواسطة: خالد بن سعيد الزهراني"
    assert page.related[0].headline == "افتحوا النوافذ لأشعة الشمس"  # الأكثر مشاهدة
