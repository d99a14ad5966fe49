"""Where a labelled credit line (``akhbar.parse.lines.Kind.BYLINE``) inside or after the body
goes: the byline, the body, or ``discarded``.

A page may close with its credits, one role a line: the writer's (``إعداد: فلان``) and then the
editors' (``تحرير: …``, ``مراجعة: …``, ``تدقيق لغوي: …``, ``جرافيك: …``). The byline is the
first of them, as printed (a byline is one line); the editors' lines under it name no writer
and no field holds them. A photographer's credit alone (``تصوير: فلان``) between or under the
paragraphs credits a picture, as a caption does: body, as printed. A labelled line without a
separator (``كتبت الصحيفة أن …``) is a sentence of the body.

Some sites print a credit's label without its colon (``إعداد محمد العلي``, ``تحرير فلان``): a
text line (``تقرير يمني يرصد …`` and ``إعداد التقرير استغرق …`` are a headline and a sentence),
read as a credit (``bare_credit``) only when a person's name follows the label and where a
credit stands: under the headline, at the body's foot, in a run of credits. When the byline is
read, the editors' credits at the body's foot (over the source or tags) are discarded too.
"""

from __future__ import annotations

import enum
import re

from akhbar.parse.header import PLAIN_NAME, dateline
from akhbar.parse.lines import Kind, Line, words
from akhbar.parse.vocab import BYLINE_BARE_RE, PHOTO_CREDITS, fold

__all__ = ["Place", "bare_credit", "credit_place", "editors_credit", "is_credit"]

_SEPARATED = re.compile(r"[:：\-–—]")
_LETTERS = re.compile(r"[^\W\d_]+")
#: a label of three words at most and a name of four
_MAX_BARE_CREDIT_WORDS = 7
_MAX_CREDIT_CHARS = 80
#: what closes the article under its credits (``order.CLOSING``: order imports this module)
_CLOSING = (Kind.SOURCE, Kind.TAGS, Kind.TAG_HEADER, Kind.HASHTAGS)


class Place(enum.Enum):
    BODY = "body"
    DISCARD = "discard"


def credit_place(lines: list[Line], i: int, byline: str | None, *, in_body: bool) -> Place | None:
    """Where the credit line at ``i`` goes when it is no byline (None: it may be, the caller
    takes it). ``byline`` is the article's byline so far; ``in_body``: paragraphs were read."""
    line = lines[i]
    if line.label is None:
        return None  # a meta line naming a writer with the date (``akhbar.parse.meta``)
    label = line.label
    if not _SEPARATED.search(label):
        return Place.BODY
    if byline is not None and _under_byline(lines, i, byline):
        return Place.DISCARD
    if in_body and " ".join(_LETTERS.findall(fold(label))) in PHOTO_CREDITS:
        return Place.BODY
    if byline is not None and in_body and _foot_credits(lines, i):
        return Place.DISCARD
    return None


def bare_credit(text: str) -> bool:
    """``إعداد محمد العلي``, ``متابعة خالد بن سعيد الزهراني``: a credit's label, a bare space and
    a person's name (two to four words of letters, no particle nor ``ال`` opening it)."""
    if words(text) > _MAX_BARE_CREDIT_WORDS or (m := BYLINE_BARE_RE.match(text)) is None:
        return False
    name = m["rest"].strip()
    return PLAIN_NAME.match(name) is not None and dateline(name, plain_name=True)


def is_credit(line: Line) -> bool:
    """A credit line: a labelled byline, or a label and a name without a colon."""
    return line.kind is Kind.BYLINE or (line.kind is Kind.TEXT and bare_credit(line.text))


def _under_byline(lines: list[Line], i: int, byline: str) -> bool:
    """Whether the credit at ``i`` stands in a run of credit lines, one a line, that the
    byline opens."""
    j = i - 1
    while j >= 0:
        if lines[j].text == byline:
            return True
        if not is_credit(lines[j]):
            return False
        j -= 1
    return False


def _foot_credits(lines: list[Line], i: int) -> bool:
    """Whether the credit at ``i`` stands in a run of credit lines over the source or tags."""
    j = i + 1
    while j < len(lines) and is_credit(lines[j]):
        j += 1
    return j < len(lines) and lines[j].kind in _CLOSING


def editors_credit(lines: list[Line], i: int, byline: str | None) -> bool:
    """Whether the text line at ``i`` is an editor's credit without a colon (``مراجعة فلان``)
    once the byline is read: under the byline's line in a run of credits, or in the run of
    credits over the source or tags."""
    return (
        byline is not None
        and len(lines[i].text) <= _MAX_CREDIT_CHARS
        and bare_credit(lines[i].text)
        and (_under_byline(lines, i, byline) or _foot_credits(lines, i))
    )
