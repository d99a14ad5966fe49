"""What the round-by-round layout tests share (``test_parse_layouts_5.py``, ``_6.py``): parsing a
fixture or a few lines with the nothing-lost check, and a headline and two paragraphs to build
pages around."""

from __future__ import annotations

from pathlib import Path

from akhbar.model import Page
from akhbar.parse import lost_chars, parse_text

PARAGRAPHS = (
    "أعلنت وزارة الصحة اليوم عن تسجيل حالات جديدة في عدد من مناطق المملكة، مؤكدة أن الفرق "
    "الميدانية تتابع الوضع على مدار الساعة وتتخذ كل الإجراءات اللازمة.",
    "وأضافت الوزارة في بيانها أن المستشفيات مستعدة لاستقبال الحالات، داعية المواطنين والمقيمين "
    "إلى الالتزام بالتعليمات الصادرة عنها وعدم تداول الشائعات.",
)
HEADLINE = "وزارة الصحة تسجل حالات جديدة في عدد من المناطق"


def parse_fixture(path: Path) -> Page:
    """The page of one fixture file, nothing lost. Its bytes are decoded as they are:
    ``read_text`` would turn CRLF line ends into LF."""
    text = path.read_bytes().decode("utf-8")
    page = parse_text(text, input=path.name)
    assert lost_chars(text, page) == ""
    return page


def page_of(*lines: str) -> Page:
    """The page of ``lines`` (one per line), nothing lost."""
    text = "\n".join(lines) + "\n"
    page = parse_text(text, input="-")
    assert lost_chars(text, page) == ""
    return page
