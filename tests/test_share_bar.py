"""A share bar scraped onto the front of a record's lead (157 Okaz records of SaudiNewsNet:
``شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك أكد …``) is cut off into ``discarded``; the
lead keeps its own first word even when that word is also a button's (على, عبر, شارك)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from akhbar.parse import parse_text
from akhbar.parse.boilerplate import share_bar_end
from akhbar.read.doc import Doc
from akhbar.read.records import record_doc

RECORDS = [
    json.loads(line)
    for line in (Path(__file__).parent / "fixtures" / "share_bar" / "okaz-share-bar.jsonl")
    .read_text("utf-8")
    .splitlines()
]
BAR = "شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك"


@pytest.mark.parametrize(
    ("k", "lead"),
    [
        (0, "أكد نائب خادم الحرمين الشريفين"),
        (1, "على الرغم من أهمية التعديلات"),
        (2, "عبر لاعب الفريق الأول لكرة"),
        (3, "شارك المئات من أهالي محافظة"),
    ],
)
def test_a_share_bar_glued_to_the_lead_is_discarded(k: int, lead: str) -> None:
    doc = record_doc(RECORDS[k], input=f"okaz#{k}")
    assert isinstance(doc, Doc)
    assert doc.page.discarded == (BAR,)
    assert doc.page.main.body[0].startswith(lead)
    # nothing lost: the bar and the lead are the record's first line
    first = " ".join(RECORDS[k]["content"].split("\n")[0].split())
    assert f"{doc.page.discarded[0]} {doc.page.main.body[0]}" == first


def test_a_lead_with_a_button_word_inside_is_kept_whole() -> None:  # guard
    doc = record_doc(RECORDS[4], input="sabq#0")
    assert isinstance(doc, Doc) and doc.page.discarded == ()
    assert doc.page.main.body[0].startswith("أحمد البراهيم- جازان: شارك وفد من ضباط")


@pytest.mark.parametrize(
    "text",
    [
        "شارك من خلال برنامج الابتعاث أكثر من مئة طالب وطالبة هذا العام",  # a sentence
        "شارك تويتر في الحملة",  # too short to leave a sentence
        "تويتر فيسبوك",
    ],
)
def test_no_bar_is_cut_from_a_sentence(text: str) -> None:  # guards
    assert share_bar_end(text) == 0


def test_the_bar_on_a_line_of_its_own_is_boilerplate_to_the_page_parser() -> None:
    page = parse_text(
        "عنوان الخبر هنا\n" + BAR + "\nأكد نائب خادم الحرمين الشريفين أن كل من يحاول العبث بأمن "
        "المملكة سيجد الرد عمليا في الميدان فورا.\n",
        input="-",
    )
    assert BAR in page.discarded
    assert all(BAR not in p for p in page.main.body)
