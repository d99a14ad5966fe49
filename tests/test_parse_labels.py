"""Label wordings other sites print, on real dev pages (``benchmarks/parse_labels.py``).

Each test takes the dev pages of the test slice that label a field with a dev wording, swaps
in another site's wording, and checks the page gives the field it gives with the dev wording
(``test_parse_accuracy`` holds that one to the gold): the parser reads what a line says, so a
new wording of a known label must not cost the field."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from akhbar.model import Page
from akhbar.parse import lost_chars, parse_text

PAGES = Path(__file__).parent / "data" / "parse" / "pages"


def _pages(dev: str) -> list[tuple[str, Page]]:
    """(text, parse as printed) of the slice's dev pages with a line opening with ``dev``."""
    pattern = re.compile(rf"^{dev}", re.M)
    out = []
    for path in sorted(PAGES.glob("dev-*.txt")):
        text = path.read_text("utf-8")
        if pattern.search(text):
            out.append((text, parse_text(text, input=path.name)))
    return out


def _swap(text: str, dev: str, label: str) -> str:
    return re.sub(rf"^{dev}", label, text, flags=re.M)


DATE = r"(?:تاريخ النشر|نشر في|نشر بتاريخ):"
TAGS = r"(?:كلمات دلالية|الوسوم|الكلمات المفتاحية):"
READ_ALSO = r"(?:اقرأ أيضا|إقرأ أيضاً):"


@pytest.mark.parametrize("label", ["وقت النشر:", "توقيت النشر:", "تاريخ ووقت النشر:"])
def test_a_date_under_another_sites_label_is_the_publication_date(label: str) -> None:
    pages = _pages(DATE)
    assert len(pages) >= 10
    for text, want in pages:
        page = parse_text(_swap(text, DATE, label), input="t")
        assert page.main.published == want.main.published, label


@pytest.mark.parametrize("label", ["علامات:", "الأوسمة:", "تاجز:", "دلالات:"])
def test_tags_under_another_sites_label_are_the_tags(label: str) -> None:
    pages = _pages(TAGS)
    assert len(pages) >= 20
    for text, want in pages:
        page = parse_text(_swap(text, TAGS, label), input="t")
        assert set(page.main.tags) == set(want.main.tags), label


@pytest.mark.parametrize(
    "label",
    ["قد يعجبك أيضاً:", "لا يفوتك:", "لا تفوتك قراءة:", "مقترحات للقراءة:", "اقرأ أيضاً في الموضوع:"],
)
def test_read_also_under_another_sites_label_gives_the_same_items(label: str) -> None:
    pages = _pages(READ_ALSO)
    assert len(pages) >= 20
    for text, want in pages:
        swapped = _swap(text, READ_ALSO, label)
        page = parse_text(swapped, input="t")
        assert [r.headline for r in page.related] == [r.headline for r in want.related], label
        assert [e.headline for e in page.embedded] == [e.headline for e in want.embedded]
        assert not lost_chars(swapped, page)


@pytest.mark.parametrize("line", ["هل أعجبك هذا الخبر؟", "أبلغ عن خطأ"])
def test_a_feedback_prompt_after_the_body_is_no_paragraph(line: str) -> None:
    pages = _pages("المصدر:")
    assert len(pages) >= 10
    for text, want in pages:
        printed = re.sub(r"^المصدر:", f"{line}\nالمصدر:", text, count=1, flags=re.M)
        page = parse_text(printed, input="t")
        assert page.main.body == want.main.body
        assert line in page.discarded
