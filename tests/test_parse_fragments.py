"""HTML tags a scraper left in a text page (``akhbar.parse.fragments``): the page parses as the
same page without them, and nothing is lost (the tags are in ``discarded``). The pages are this
suite's copies of dev pages and the seed (``tests/data/parse/pages``), tagged by the tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from akhbar.parse import lost_chars, parse_text
from akhbar.parse.fragments import has_html, strip_html

PAGES = sorted((Path(__file__).parent / "data" / "parse" / "pages").glob("*.txt"))[:12]


def _paragraphs(text: str) -> str:
    return "\n".join(f'<p class="text">{x}</p>' if x.strip() else x for x in text.split("\n"))


def _breaks(text: str) -> str:
    return text.replace("\n", "<br />")


def _strong_labels(text: str) -> str:
    for label in ("المصدر:", "كلمات دلالية:", "الوسوم:", "نشر بتاريخ:", "تاريخ النشر:"):
        text = text.replace(label, f"<strong>{label}</strong>")
    return text


@pytest.mark.parametrize("tag", [_paragraphs, _breaks, _strong_labels], ids=lambda f: f.__name__)
@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.stem)
def test_a_tagged_page_parses_as_the_page(path: Path, tag: Callable[[str], str]) -> None:
    text = path.read_text("utf-8")
    tagged = tag(text)
    page, plain = parse_text(tagged, input=path.name), parse_text(text, input=path.name)
    assert page.main == plain.main
    assert page.related == plain.related
    assert page.embedded == plain.embedded
    assert lost_chars(tagged, page) == ""


def test_scripts_and_links_are_discarded_with_their_addresses() -> None:
    text = (
        "<div>وزير الصحة يفتتح مستشفى جديدا في المنطقة الشرقية</div>\n"
        "<div>نشر بتاريخ: 2015/08/09 17:27</div>\n"
        "<p>افتتح وزير الصحة اليوم مستشفى جديدا في المنطقة الشرقية بسعة 300 سرير، بحضور عدد من"
        " المسؤولين في القطاع الصحي والأهالي.</p>\n"
        '<script>var ad = "إعلان";</script>\n'
        '<p>اقرأ أيضا: <a href="https://example.com/a/1">أمير الشرقية يدشن مشروعات صحية</a></p>'
    )
    page = parse_text(text, input="x")
    assert page.main.headline == "وزير الصحة يفتتح مستشفى جديدا في المنطقة الشرقية"
    assert page.main.published == "2015-08-09"
    assert len(page.main.body) == 1 and page.main.body[0].startswith("افتتح وزير الصحة")
    assert [r.headline for r in page.related] == ["أمير الشرقية يدشن مشروعات صحية"]
    assert "https://example.com/a/1" in page.discarded
    assert any('<script>var ad = "إعلان";</script>' in d for d in page.discarded)
    assert lost_chars(text, page) == ""


@pytest.mark.parametrize(
    "text",
    [
        "ارتفعت الأسعار بنسبة <5% خلال الشهر",  # no tag: a sign in the text
        "قال: &quot;نعم&quot; للاتفاق",  # entities stay as printed
        "المعادلة a<b و c>d",
    ],
)
def test_text_without_tags_is_left_alone(text: str) -> None:
    """Guard: no tag, nothing touched."""
    assert not has_html(text)


def test_tags_end_lines_and_leave_no_blank_lines() -> None:
    text, removed = strip_html("<p>سطر أول</p><p>سطر <b>ثان</b></p>\n\n<p>سطر ثالث</p>")
    assert text == "سطر أول\nسطر ثان\n\nسطر ثالث"
    assert removed == ["<p> </p> <p> <b> </b> </p> <p> </p>"]
