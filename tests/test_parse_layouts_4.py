"""akhbar.parse on a fourth round of page layouts (``benchmarks/parse_layouts_4.py``): real
SaudiNewsNet articles printed with ``عاجل:`` prefixes on the headline, a headline broken at its
colon over two lines, correspondent bylines and photo credits, video players and galleries,
prayer-time / weather / ticker widgets, a poll, pagination and numbered sub-headings. Each
fixture's gold is known by construction (``X.gold.json`` beside ``X.txt``, written with
``--pages 3 --seed 4 --write``); ``tests/test_parse_layouts.py`` parses every fixture to its
gold, losing no letter or digit, and this file checks what each new rule is for."""

from __future__ import annotations

from pathlib import Path

import pytest

from akhbar.model import Page
from akhbar.parse import parse_text

LAYOUTS = Path(__file__).parent / "fixtures" / "parse-layouts-4"
PAGES = sorted(LAYOUTS.glob("*.txt"))


def _parse(name: str) -> Page:
    path = LAYOUTS / f"{name}.txt"
    return parse_text(path.read_text("utf-8"), input=path.name)


def _page(*lines: str) -> Page:
    return parse_text("\n".join(lines) + "\n", input="-")


PARAGRAPHS = (
    "أعلنت وزارة الصحة اليوم عن تسجيل حالات جديدة في عدد من مناطق المملكة، مؤكدة أن الفرق "
    "الميدانية تتابع الوضع على مدار الساعة وتتخذ كل الإجراءات اللازمة.",
    "وأضافت الوزارة في بيانها أن المستشفيات مستعدة لاستقبال الحالات، داعية المواطنين والمقيمين "
    "إلى الالتزام بالتعليمات الصادرة عنها وعدم تداول الشائعات.",
)


def test_every_layout_has_fixtures() -> None:
    layouts = {p.stem.rsplit("-", 1)[0] for p in PAGES}
    assert len(layouts) == 8
    assert len(PAGES) == 24


def test_headline_broken_at_its_colon_is_one_headline() -> None:
    main = _parse("split_headline-00").main
    assert main.headline == "أمانة الشرقية: خطط وإستراتيجيات جديدة لحركة النقل والمرور في الدمام"
    assert main.raw["headline"] == (
        "أمانة الشرقية:\nخطط وإستراتيجيات جديدة لحركة النقل والمرور في الدمام"
    )
    assert main.byline is None
    # what the speaker said is a short line too: it is no byline, even when it reads like a name
    page = _page("قبائل البيضاء:", "انتظروا تطهير صعدة", "9 أغسطس 2015", *PARAGRAPHS)
    assert page.main.headline == "قبائل البيضاء: انتظروا تطهير صعدة"
    assert page.main.byline is None


def test_colon_headline_over_a_dateline_is_not_joined() -> None:
    page = _page("الصحة: لا إصابات جديدة بكورونا", "جدة - واس", *PARAGRAPHS)
    assert page.main.headline == "الصحة: لا إصابات جديدة بكورونا"
    assert page.main.byline == "جدة - واس"


@pytest.mark.parametrize(
    ("name", "byline"),
    [
        ("correspondent_credits-00", "من مراسلنا في المدينة المنورة"),
        ("correspondent_credits-01", "مراسلنا في الرياض"),
    ],
)
def test_correspondent_line_under_the_date_is_the_byline(name: str, byline: str) -> None:
    main = _parse(name).main
    assert main.byline == byline
    assert byline not in main.body


def test_photo_credit_between_paragraphs_stays_body() -> None:
    assert "(عدسة: فهد الشمري)" in _parse("correspondent_credits-01").main.body
    assert "صورة: واس" in _parse("correspondent_credits-00").main.body


def test_exclusive_to_the_outlet_is_a_byline() -> None:
    page = _page("عنوان الخبر هنا للتجربة", "9 أغسطس 2015", "خاص بـ«سبق»", *PARAGRAPHS)
    assert page.main.byline == "خاص بـ«سبق»"


def test_player_and_gallery_lines_are_discarded() -> None:
    page = _parse("video_gallery-00")
    assert page.main.byline is None
    assert len(page.main.body) == 6
    assert {"09:57", "فيديو", "▶ تشغيل", "معرض الصور", "1 / 10", "الصور (10)"} <= set(
        page.discarded
    )


def test_pagination_is_discarded() -> None:
    page = _parse("paginated-00")
    assert len(page.main.body) == 4
    assert {"صفحة 1 / 2", "« السابق | التالي »"} <= set(page.discarded)


def test_prayer_times_and_weather_above_the_headline_are_discarded() -> None:
    page = _parse("prayer_weather_widgets-00")
    main = page.main
    assert main.headline == "مقتل وإصابة أكثر من 70 عنصرًا من قوات التمرد الحوثي والمخلوع صالح"
    assert main.byline is None
    assert len(main.body) == 3
    assert {"الطقس", "جدة 34° غائم جزئياً", "مواقيت الصلاة - جدة", "الفجر: ٤:٢٤"} <= set(
        page.discarded
    )
    # the widget printed again under the related list is no related headline
    assert len(page.related) == 3


def test_ticker_and_poll_are_discarded() -> None:
    page = _parse("ticker_poll-00")
    assert page.main.headline == "شركة تطالب موظفاتها بالإذن قبل الحمل"
    assert len(page.main.body) == 3
    assert {
        "اليورو 4.12 | الدرهم الإماراتي 1.02 | الدولار 3.75",
        "هل تؤيد شركة تطالب موظفاتها بالإذن قبل الحمل؟",
        "لا أعرف",
        "تصويت",
    } <= set(page.discarded)


def test_widget_words_in_a_headline_or_body_stay_text() -> None:
    # a headline naming a widget, with nothing after it that reads like a widget's readings
    page = _page("الطقس", "أمطار رعدية على جنوب المملكة حتى الجمعة", "9 أغسطس 2015", *PARAGRAPHS)
    assert page.main.headline == "أمطار رعدية على جنوب المملكة حتى الجمعة"
    # a poll word with no vote button after it, and a short numbered line, are the body's
    page = _page(
        "عنوان الخبر هنا للتجربة",
        "9 أغسطس 2015",
        PARAGRAPHS[0],
        "استطلاع رأي",
        "1/",
        PARAGRAPHS[1],
    )
    assert page.main.body == (PARAGRAPHS[0], "استطلاع رأي", "1/", PARAGRAPHS[1])


def test_breaking_prefix_stays_in_the_headline_and_subheadings_in_the_body() -> None:
    assert _parse("breaking_prefix-00").main.headline == "عاجل | .. ولوظائف بنك التسليف الثلاثاء"
    body = _parse("numbered_subheadings-00").main.body
    assert body[1].startswith("1- ")
    assert len(body) == 9
