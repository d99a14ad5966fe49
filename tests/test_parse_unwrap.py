"""Hard-wrapped pages (``lynx -dump``, html2text, ``fmt``): paragraphs broken at a fixed width
are joined back before the page is read (``akhbar.parse.unwrap``). The pages are this suite's
copies of dev pages and the seed, wrapped here by ``textwrap`` as those tools wrap."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from akhbar.model import Page
from akhbar.parse import lost_chars, parse_text
from akhbar.parse.unwrap import unwrap

PAGES = sorted((Path(__file__).parent / "data" / "parse" / "pages").glob("*.txt"))


def _wrapped(text: str, width: int, *, blank: bool) -> str:
    blocks = ["\n".join(textwrap.wrap(x, width)) for x in text.split("\n") if x.strip()]
    return ("\n\n" if blank else "\n").join(blocks) + "\n"


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.stem)
def test_a_page_wrapped_at_78_columns_with_blank_lines_parses_as_unwrapped(path: Path) -> None:
    text = path.read_text("utf-8")
    wrapped = _wrapped(text, 78, blank=True)
    page = parse_text(wrapped, input=path.name)
    assert lost_chars(wrapped, page) == ""
    gold = Page.from_dict({**json.loads(path.with_name(f"{path.stem}.gold.json").read_text()),
                           "input": path.name})  # fmt: skip
    plain = parse_text(text, input=path.name).main
    # the fields of the unwrapped page, whatever its own score against gold
    assert page.main.headline == plain.headline
    assert page.main.published == plain.published
    assert page.main.body == plain.body
    assert gold.main.headline is None or page.main.headline is not None


def test_seed_wrapped_without_blank_lines_keeps_its_paragraphs() -> None:
    seed = next(p for p in PAGES if p.stem.startswith("000_"))
    text = seed.read_text("utf-8")
    page = parse_text(_wrapped(text, 72, blank=False), input=seed.name)
    plain = parse_text(text, input=seed.name).main
    assert page.main.headline == plain.headline
    assert page.main.published == plain.published
    assert len(plain.body) == 15
    assert len(set(page.main.body) & set(plain.body)) >= 11  # a few pairs run together


def test_a_headline_over_its_date_is_not_joined() -> None:
    para = " ".join(["أعلنت وزارة الصحة اليوم عن تسجيل حالات جديدة في عدد من مناطق المملكة"] * 4)
    text = "وزارة الصحة تسجل حالات جديدة\n9 أغسطس 2015\n\n" + "\n".join(textwrap.wrap(para, 70))
    lines = unwrap(text).split("\n")
    assert lines[:2] == ["وزارة الصحة تسجل حالات جديدة", "9 أغسطس 2015"]
    assert lines[3] == para


def test_a_page_with_long_lines_is_left_as_it_is() -> None:
    text = "عنوان\n" + "كلمة " * 40 + "\nسطر قصير\nسطر آخر"
    assert unwrap(text) is text


def test_a_direction_mark_before_a_label_does_not_hide_it() -> None:
    """Scrapers leave RLM marks and isolates at line starts (Assabah's ``‏بحث ‏``)."""
    from akhbar.parse.lines import Kind, classify

    source = classify(3, "\u200fالمصدر: صحيفة الوطن")
    assert source.kind is Kind.SOURCE
    assert source.value == "صحيفة الوطن"
    assert source.raw == "\u200fالمصدر: صحيفة الوطن"
    tags = classify(4, "\u2067كلمات دلالية: السعودية، النفط\u2069")
    assert tags.kind is Kind.TAGS
    text = classify(5, "\u200fرفضت لجنة الانضباط الاستئناف")
    assert text.kind is Kind.TEXT
    assert text.text == "\u200fرفضت لجنة الانضباط الاستئناف"  # a text line as printed


def test_a_date_line_under_a_full_line_stays_its_own_line() -> None:
    """Without blank lines, a headline as long as the width is followed by its date: the date's
    first word would not fit, but a date line is never the rest of a paragraph."""
    para = " ".join(["أعلنت وزارة الصحة اليوم عن تسجيل حالات جديدة في عدد من مناطق المملكة"] * 4)
    lines = textwrap.wrap(para, 70)
    head = lines[0]  # as long as the width
    text = "\n".join([head, "الأحد 9 أغسطس 2015", *lines])
    assert unwrap(text).split("\n")[:2] == [head, "الأحد 9 أغسطس 2015"]


#: pages of this suite whose every line comes back whole from a wrapping at 72 columns with no
#: blank line between paragraphs, once a line closing a sentence is read as a paragraph's end
#: (before that rule 12 of 16, 15 of 19 and 13 of 17 lines did)
_PACKED = ["dev-0009", "dev-0018", "dev-0082"]


@pytest.mark.parametrize("name", _PACKED)
def test_packed_paragraphs_end_at_a_sentence_end(name: str) -> None:
    path = Path(__file__).parent / "data" / "parse" / "pages" / f"{name}.txt"
    lines = [x for x in path.read_text("utf-8").split("\n") if x.strip()]
    got = unwrap(_wrapped("\n".join(lines), 72, blank=False)).split("\n")
    assert [x for x in lines if x not in got] == []


def test_a_sentence_end_inside_a_paragraph_joins_when_paragraphs_have_blank_lines() -> None:
    """Guard: with blank lines between paragraphs, a line closing a sentence at the width is
    still joined to the rest of its paragraph."""
    para = (
        "قال المتحدث الرسمي إن الوزارة أنهت أعمال المرحلة الأولى من المشروع في موعدها المحدد."
        " وأضاف أن المرحلة الثانية تبدأ الأسبوع المقبل وتشمل المدن الشمالية والجنوبية كافة."
    )
    text = "\n\n".join([para] * 6)
    got = unwrap(_wrapped(text, 72, blank=True))
    assert [x for x in got.split("\n") if x] == [para] * 6
