"""Where a labelled credit line (``akhbar.parse.lines.Kind.BYLINE``) inside or after the body
goes: the byline, the body, or ``discarded``.

A page may close with its credits, one role a line: the writer's (``إعداد: فلان``) and then the
editors' (``تحرير: …``, ``مراجعة: …``, ``تدقيق لغوي: …``, ``جرافيك: …``). The byline is the
first of them, as printed (a byline is one line); the editors' lines under it name no writer
and no field holds them. A photographer's credit alone (``تصوير: فلان``) between or under the
paragraphs credits a picture, as a caption does: body, as printed. A labelled line without a
separator (``كتبت الصحيفة أن …``) is a sentence of the body.
"""

from __future__ import annotations

import enum
import re

from akhbar.parse.lines import Kind, Line
from akhbar.parse.vocab import PHOTO_CREDITS, fold

__all__ = ["Place", "credit_place"]

_SEPARATED = re.compile(r"[:：\-–—]")
_LETTERS = re.compile(r"[^\W\d_]+")


class Place(enum.Enum):
    BODY = "body"
    DISCARD = "discard"


def credit_place(lines: list[Line], i: int, byline: str | None, *, in_body: bool) -> Place | None:
    """Where the credit line at ``i`` goes when it is no byline (None: it may be, the caller
    takes it). ``byline`` is the article's byline so far; ``in_body``: paragraphs were read."""
    line = lines[i]
    label = line.label or ""
    if not _SEPARATED.search(label):
        return Place.BODY
    if byline is not None and _under_byline(lines, i, byline):
        return Place.DISCARD
    if in_body and " ".join(_LETTERS.findall(fold(label))) in PHOTO_CREDITS:
        return Place.BODY
    return None


def _under_byline(lines: list[Line], i: int, byline: str) -> bool:
    """Whether the credit at ``i`` stands in a run of credit lines, one a line, that the
    byline opens."""
    j = i - 1
    while j >= 0 and lines[j].kind is Kind.BYLINE:
        if lines[j].text == byline:
            return True
        j -= 1
    return False
