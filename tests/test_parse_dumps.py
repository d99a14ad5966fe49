"""Whole HTML pages dumped to text (a browser's "copy all": the logo, its tagline, the menus one
link per line, a breadcrumb, share buttons), parsed by the text parser: the headline is the
article's title, not the site's name, its tagline, a menu link or the writer's name.

The pages are real dev articles in the site templates of ``benchmarks/html_accuracy.py``, dumped
by ``benchmarks/parse_layouts_dump.dump_text`` (``tests/fixtures/parse_dumps``; gold from the dev
pages). ``python benchmarks/dump_accuracy.py`` scores all 1,200; these are the pages whose
headline the parser missed before its masthead rules read them: short titles sharing no word
with the lead (an opinion piece's ``التحرش!``), a title over its writer's name over the date,
an agency dateline with spaced initials (``سان بطرسبورغ : (أ ف ب)``) and a site's tagline
sharing only ``على`` with the lead. The plain template prints its tag links with nothing between
them (``غرفة حائلتصحيح أوضاعجوازات المنطقة``): read as tags, not a line of the body.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from akhbar.parse import parse_text
from akhbar.parse.anchors import word_count
from akhbar.parse.tags import glued_tags

DUMPS = Path(__file__).parent / "fixtures" / "parse_dumps"
GOLD = json.loads((DUMPS / "gold.json").read_text("utf-8"))


@pytest.mark.parametrize("name", sorted(GOLD))
def test_dumped_page_headline(name: str) -> None:
    main = parse_text((DUMPS / name).read_text("utf-8"), input=name).main
    assert main.headline == GOLD[name]["headline"]
    if GOLD[name]["byline"] is not None:
        assert main.byline == GOLD[name]["byline"]
    if "tags" in GOLD[name]:
        assert list(main.tags) == GOLD[name]["tags"]
        assert main.raw["tags"] not in main.body


def test_title_over_writer_over_date() -> None:
    page = "\n".join(
        [
            "الرئيسية",
            "محليات",
            "رياضة",
            "سكاي نيوز عربية",
            "حقوق الوالدين",
            "عبدالله عمر خياط",
            "2015-07-25",
            "إذا كان على الإنسان أن يشكر من يقدم له عملا أو يقوم بخدمته فإن الوالدين هما أحق"
            " الناس بالشكر والتقدير، لكثرة ما قدما من عطاء.",
            "© سكاي نيوز عربية 2015",
        ]
    )
    main = parse_text(page, input="x").main
    assert (main.headline, main.byline) == ("حقوق الوالدين", "عبدالله عمر خياط")


def test_site_name_over_a_name_shaped_title_is_no_title() -> None:
    """Guard: the site's name (printed again in the footer's copyright) over a title of a
    name's shape right over the date is the masthead; the title stays the headline."""
    page = "\n".join(
        [
            "الرئيسية",
            "محليات",
            "رياضة",
            "جريدة الرياض",
            "أفراح الطريقي والسبيعي",
            "2015-08-07",
            "احتفلت أسرتا الطريقي والسبيعي بزواج الشاب أسامة بن محمد الطريقي في قاعة الأفراح"
            " بالرياض، بحضور جمع من الأقارب والأصدقاء.",
            "© جريدة الرياض 2015",
        ]
    )
    assert parse_text(page, input="x").main.headline == "أفراح الطريقي والسبيعي"


def test_agency_initials_count_as_one_word() -> None:
    assert word_count("سان بطرسبورغ : (أ ف ب)") == 3
    assert word_count("ابو ظبي - الوئام - علي القرني") == 5
    assert word_count("محرر الخبر: محمد بن سعد العتيبي") == 6


_LEAD = (
    "بثت غرفة حائل عدداً من الرسائل التوعوية عن حملة تصحيح أوضاع اليمنيين بالتنسيق مع جوازات"
    " منطقة حائل، حيث لا يزال العمل بإدارة جوازات المنطقة مستمراً باستقبال المقيمين بطريقة غير"
    " نظامية."
)


def test_glued_tag_links_split_where_one_runs_into_the_next() -> None:
    got = glued_tags("غرفة حائلتصحيح أوضاعجوازات المنطقةالمقيمين بطريقة", context=_LEAD)
    assert got == ["غرفة حائل", "تصحيح أوضاع", "جوازات المنطقة", "المقيمين بطريقة"]


@pytest.mark.parametrize(
    "line",
    [
        "غرفة حائل تصحيح أوضاع",  # nothing glued: words of the text, maybe a caption
        "وزيرالصحة يزور حائل",  # a glued word not made of the article's words
        "حائلتصحيح، أوضاع",  # a sentence's mark
        "انتهى",  # a closing word (``ان`` + ``تهى`` are no words of three letters)
    ],
)
def test_no_glued_tags(line: str) -> None:
    assert glued_tags(line, context=_LEAD) is None


def test_glued_tags_under_the_text_of_a_page() -> None:
    page = "\n".join(["غرفة حائل تبث رسائل عن تصحيح أوضاع اليمنيين", _LEAD, "غرفة حائلتصحيح أوضاع"])
    main = parse_text(page, input="x").main
    assert main.tags == ("غرفة حائل", "تصحيح أوضاع")
    assert main.body == (_LEAD,)
    assert main.raw["tags"] == "غرفة حائلتصحيح أوضاع"
