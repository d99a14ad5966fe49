"""A scraper's invisible marks do not hide a byline: a right-to-left mark (RLM) before every
line, or no-break spaces between the words, leave the unlabelled byline under the date a byline
(``اليوم - الدمام``, ``رقية الهويريني``, ``«الاقتصادية» من الرياض``), printed as it stands, marks
included. Dev pages with their gold (``tests/fixtures/parse_marks``), marked by the tests.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from akhbar.parse import parse_text

PAGES = Path(__file__).parent / "fixtures" / "parse_marks"
NAMES = ["dev-0103.txt", "dev-0143.txt", "dev-0148.txt"]  # an unlabelled byline under the date
RLM, NBSP = "\u200f", "\u00a0"


def _gold(name: str) -> dict[str, object]:
    return json.loads((PAGES / name.replace(".txt", ".gold.json")).read_text("utf-8"))["main"]


def _plain(s: str | None) -> str | None:
    return None if s is None else " ".join(s.replace(RLM, "").split())


@pytest.mark.parametrize("name", NAMES)
def test_byline_under_rlm_marks(name: str) -> None:
    text = (PAGES / name).read_text("utf-8")
    main = parse_text("\n".join(RLM + line for line in text.split("\n")), input=name).main
    gold = _gold(name)
    assert main.byline == RLM + str(gold["byline"])  # as printed, its mark kept
    assert _plain(main.headline) == _plain(str(gold["headline"]))


@pytest.mark.parametrize("name", NAMES)
def test_byline_with_no_break_spaces(name: str) -> None:
    text = (PAGES / name).read_text("utf-8").replace(" ", NBSP)
    main = parse_text(text, input=name).main
    assert main.byline == str(_gold(name)["byline"]).replace(" ", NBSP)


@pytest.mark.parametrize("name", NAMES)
def test_unmarked_pages_read_as_before(name: str) -> None:
    """Guard: the same pages without marks."""
    main = parse_text((PAGES / name).read_text("utf-8"), input=name).main
    assert main.byline == _gold(name)["byline"]


def test_the_outlets_stamp_stays_body_with_no_break_spaces() -> None:
    """``عين اليوم – جدة`` under the date of a page whose source line names ``عين اليوم``: the
    outlet's stamp opening its text (body, as the dev gold keeps it), also when no-break spaces
    stand between the words of both lines."""
    text = (PAGES / "dev-0055.txt").read_text("utf-8").replace(" ", NBSP)
    main = parse_text(text, input="dev-0055.txt").main
    assert main.byline is None
    assert main.body[0] == "عين اليوم – جدة".replace(" ", NBSP)
