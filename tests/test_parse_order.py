"""Fields printed in other orders, on real dev pages (``benchmarks/parse_order.py``).

Each test takes the dev pages of the test slice, prints one of their lines elsewhere (the date
at the foot, the source or tag line in the header, under the date) and checks the page gives
the fields its gold gives: a byline is the short line under the headline in a byline's form,
whether or not a date line stands under it. Small inline pages pin each form and each
ambiguity the rules must leave as they were (``# guard``)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from akhbar.model import Page
from akhbar.parse import lost_chars, parse_text

PAGES = Path(__file__).parent / "data" / "parse" / "pages"

DATE = re.compile(r"^(?:تاريخ النشر|نشر في|نشر بتاريخ):")
SOURCE = re.compile(r"^المصدر")
TAGS = re.compile(r"^(?:كلمات دلالية|الوسوم|الكلمات المفتاحية):")


def _pages() -> list[tuple[str, list[str], Page]]:
    """(name, lines, parse as printed) of the slice's dev pages (``test_parse_accuracy`` holds
    the parse as printed to the gold: a page must give the same fields in another order)."""
    out = []
    for path in sorted(PAGES.glob("dev-*.txt")):
        text = path.read_text("utf-8")
        out.append((path.name, text.split("\n"), parse_text(text, input=path.name)))
    return out


def _find(lines: list[str], pattern: re.Pattern[str]) -> int | None:
    return next((k for k, line in enumerate(lines) if pattern.match(line)), None)


def _move(lines: list[str], a: int, b: int) -> list[str]:
    """``lines`` with line ``a`` printed before line ``b`` (``b`` in the original indexing)."""
    out = lines[:a] + lines[a + 1 :]
    b -= b > a
    return [*out[:b], lines[a], *out[b:]]


def _moved(a: re.Pattern[str], b: re.Pattern[str], *, after: bool) -> list[tuple[str, str, Page]]:
    """The slice's pages with the line matching ``a`` moved before the line matching ``b``
    (or after it, with ``after``)."""
    out = []
    for name, lines, gold in _pages():
        i, j = _find(lines, a), _find(lines, b)
        if i is None or j is None or i == j:
            continue
        new = _move(lines, i, j + after)
        if new != lines:
            out.append((name, "\n".join(new), gold))
    return out


def test_a_byline_under_the_headline_with_the_date_at_the_foot_is_the_byline() -> None:
    pages = _moved(DATE, SOURCE, after=False)
    assert len(pages) >= 10
    bylined = 0
    for name, text, gold in pages:
        page = parse_text(text, input=name)
        if gold.main.byline is not None and gold.main.byline in text.split("\n")[:3]:
            bylined += 1
        assert page.main.byline == gold.main.byline, name
        assert page.main.body == gold.main.body, name
        assert not lost_chars(text, page)
    assert bylined >= 5


@pytest.mark.parametrize("moved", [SOURCE, TAGS], ids=["source", "tags"])
def test_a_source_or_tag_line_under_the_date_leaves_the_byline_under_it(
    moved: re.Pattern[str],
) -> None:
    pages = _moved(moved, DATE, after=True)
    assert len(pages) >= 10
    for name, text, gold in pages:
        page = parse_text(text, input=name)
        assert page.main.byline == gold.main.byline, name
        assert page.main.source == gold.main.source, name
        assert set(page.main.tags) == set(gold.main.tags), name


def _page(*lines: str) -> Page:
    return parse_text("\n".join(lines), input="t")


HEADLINE = "أمانة المنطقة تطلق مشروعاً جديداً لتطوير الحدائق العامة"
LEAD = (
    "أطلقت أمانة المنطقة أمس مشروعاً جديداً لتطوير الحدائق العامة في الأحياء السكنية، "
    "ضمن خطة تمتد ثلاث سنوات وتشمل أكثر من أربعين حديقة."
)
SECOND = "وأوضح المتحدث الرسمي أن المشروع يتضمن ممرات للمشاة وملاعب للأطفال ومساحات خضراء."


@pytest.mark.parametrize(
    "byline",
    [
        "الباحة - عبدالرحمن الغامدي",
        "اليوم-الرياض",
        "ابو ظبي - الوئام - علي القرني",
        "*أحمد الرشيد من الرياض",
        "خلف الحربي",
        "«الاقتصادية» من الرياض",
    ],
)
def test_a_byline_form_under_the_headline_with_no_date_line_is_the_byline(byline: str) -> None:
    page = _page(HEADLINE, byline, LEAD, SECOND, "المصدر: صحيفة المدينة")
    assert page.main.byline == byline
    assert page.main.body == (LEAD, SECOND)


def test_a_colon_dateline_under_the_headline_was_read_already() -> None:  # guard
    page = _page(HEADLINE, "الطائف: نورة الثقفي", LEAD, SECOND, "المصدر: صحيفة المدينة")
    assert page.main.byline == "الطائف: نورة الثقفي"


def test_a_byline_over_a_tag_line_in_the_header_is_the_byline() -> None:
    page = _page(
        HEADLINE,
        "نشر في: 9 آب 2015",
        "الوسوم: الحدائق، الأمانة",
        "فهد العتيبي",
        "طباعة",
        LEAD,
        SECOND,
    )
    assert page.main.byline == "فهد العتيبي"
    assert page.main.published == "2015-08-09"
    assert set(page.main.tags) == {"الحدائق", "الأمانة"}
    assert page.main.body == (LEAD, SECOND)


def test_the_outlets_own_stamp_under_the_headline_stays_text() -> None:  # guard
    # the dev golds keep ``عين اليوم – جدة`` in the body on pages of ``المصدر: عين اليوم``
    page = _page(HEADLINE, "عين اليوم – جدة", LEAD, SECOND, "المصدر: عين اليوم")
    assert page.main.byline is None
    assert page.main.body[0] == "عين اليوم – جدة"


def test_a_dash_joined_line_right_after_the_date_stays_text() -> None:  # guard
    page = _page(HEADLINE, "نشر في: 9 آب 2015", "عين اليوم – متابعات", LEAD, "المصدر: عين اليوم")
    assert page.main.byline is None
    assert page.main.body[0] == "عين اليوم – متابعات"


@pytest.mark.parametrize("line", ["جانب من الحفل", "الأمانة تطلق المشروع من جديد"])
def test_a_caption_or_standfirst_under_the_headline_is_no_byline(line: str) -> None:  # guard
    page = _page(HEADLINE, line, LEAD, "المصدر: صحيفة المدينة")
    assert page.main.byline is None


def test_an_embedded_articles_dateline_stays_in_its_text() -> None:  # guard
    # ``عين اليوم – جدة`` under a read-also article's headline opens its excerpt (dev golds)
    checked = 0
    for path in sorted(PAGES.glob("dev-*.txt")):
        gold = Page.from_dict(
            json.loads(path.with_suffix("").with_suffix(".gold.json").read_text())
        )
        page = parse_text(path.read_text("utf-8"), input=path.name)
        golds = {e.headline: e for e in gold.embedded}
        for art in page.embedded:
            if art.headline in golds:
                assert art.byline == golds[art.headline].byline, path.name
                assert art.body[:1] == golds[art.headline].body[:1], path.name
                checked += 1
    assert checked >= 5


def test_a_tag_line_under_the_headline_of_a_page_without_paragraphs_closes_it() -> None:  # guard
    page = _page(HEADLINE, "الوسوم: الحدائق، الأمانة", "فهد العتيبي", "طباعة")
    assert page.main.byline is None


READ_ALSO = re.compile(r"^(?:اقرأ أيضا|إقرأ أيضاً):?$")


def test_a_tag_line_under_the_related_list_is_split_against_the_article() -> None:
    checked = 0
    for name, lines, want in _pages():
        s, t, r = _find(lines, SOURCE), _find(lines, TAGS), _find(lines, READ_ALSO)
        if s is None or t != s + 1 or r is None or r < t or want.embedded:
            continue
        text = "\n".join([*lines[:t], *lines[r:], lines[t], *lines[t + 1 : r]])
        page = parse_text(text, input=name)
        assert page.main.tags == want.main.tags, name
        assert [x.headline for x in page.related] == [x.headline for x in want.related], name
        checked += 1
    assert checked >= 4


SUBHEADING = "المرحلة الثانية من المشروع"
THIRD = "وتبدأ المرحلة الثانية مطلع العام المقبل وتشمل الأحياء الشمالية والشرقية من المدينة."


def test_a_glued_link_in_a_page_with_its_tags_in_the_header_is_inline() -> None:
    page = _page(
        HEADLINE,
        "نشر في: 9 آب 2015",
        "الوسوم: الحدائق، الأمانة",
        LEAD,
        SECOND,
        "اقرأ أيضا: افتتاح ممشى جديد على الواجهة البحرية",
        SUBHEADING,
        THIRD,
    )
    assert [r.headline for r in page.related] == ["افتتاح ممشى جديد على الواجهة البحرية"]
    assert page.main.body == (LEAD, SECOND, SUBHEADING, THIRD)
    assert page.embedded == ()


def test_a_bare_label_over_an_article_after_a_header_tag_line_is_embedded() -> None:  # guard
    page = _page(
        HEADLINE,
        "نشر في: 9 آب 2015",
        "الوسوم: الحدائق، الأمانة",
        LEAD,
        SECOND,
        "اقرأ أيضا:",
        "افتتاح ممشى جديد على الواجهة البحرية",
        THIRD,
    )
    assert [e.headline for e in page.embedded] == ["افتتاح ممشى جديد على الواجهة البحرية"]
    assert page.main.body == (LEAD, SECOND)


def _byline_line(lines: list[str], want: Page) -> int | None:
    byline, headline = want.main.byline, want.main.headline
    if byline is None or headline not in lines or byline not in lines:
        return None
    at = lines.index(byline)
    return at if lines.index(headline) < at <= lines.index(headline) + 3 else None


def test_a_byline_signed_under_the_body_over_the_source_is_the_byline() -> None:
    signed = 0
    for name, lines, want in _pages():
        b, s = _byline_line(lines, want), _find(lines, SOURCE)
        if b is None or s is None:
            continue
        text = "\n".join(_move(lines, b, s))
        page = parse_text(text, input=name)
        assert page.main.byline in (want.main.byline, None), name
        signed += page.main.byline == want.main.byline
        assert page.main.body == want.main.body or page.main.byline is None, name
    assert signed >= 6


def test_a_byline_and_date_on_one_line_under_the_lead_give_both() -> None:
    page = _page(HEADLINE, LEAD, "الباحة - عبدالرحمن الغامدي | 2015/08/07 06:47", SECOND)
    assert page.main.byline == "الباحة - عبدالرحمن الغامدي | 2015/08/07 06:47"
    assert page.main.published == "2015-08-07"
    assert page.main.body == (LEAD, SECOND)


@pytest.mark.parametrize(
    "line", ["17:46 ت م", "س ح", "خاص بـ{الشرق الأوسط}", "سياسيون مصريون: محاولات خبيثة لن تنال من"]
)
def test_an_end_mark_or_heading_over_the_source_stays_in_the_body(line: str) -> None:  # guard
    page = _page(HEADLINE, "نشر في: 9 آب 2015", LEAD, SECOND, line, "المصدر: واس")
    assert page.main.byline is None
    assert page.main.body == (LEAD, SECOND, line)
