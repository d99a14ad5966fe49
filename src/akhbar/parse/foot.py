"""What a column prints under its last paragraph besides the source and tags: the writer's
signature (``محمد العلي، الرياض``), a footnote about the writer (``* كاتب وإعلامي سعودي``) and
the writer's e-mail or handle.

The signature is the byline (``akhbar.parse.order.signed_below`` reads it where one stands,
over the note and the e-mail as well as right over the source or tags); the starred note and
the e-mail stay the column's last body lines, as the dev golds keep them (dev-0188's ``*باحث
وكاتب سوري`` under ``نبيل علي صالح*``, dev-0018's e-mail).
"""

from __future__ import annotations

import regex

from akhbar.parse.chrome import is_writer_title
from akhbar.parse.credits import is_credit
from akhbar.parse.lines import Kind, Line, words

__all__ = ["comma_signature", "foot_after", "is_end_mark", "starred_title"]

#: a footnote's star (and a space) before the writer's title: the star the name carries too
#: (``فلان*`` over the column, ``* كاتب سعودي`` under it)
_STAR = "*"
#: a writer's e-mail or handle is a word or a few (``البريد الإلكتروني: x@y.com``, ``@x``)
_MAX_CONTACT_WORDS = 4
#: ``محمد العلي، الرياض``: a name of two to four words, a comma, the place in a word or two
_NAME_COMMA_PLACE = regex.compile(r"^(\p{L}+(?: \p{L}+){1,3})[،,] ?\p{L}+(?: \p{L}+)?\.?$")


#: an end mark on a line of its own: an agency's (``انتهى``, ``/انتهى/``, ``- انتهى -``,
#: ``(انتهى)``) or a series instalment's (``(يتبع)``, ``يتبع...``, ``وللحديث بقية``)
_END_MARK = regex.compile(r"^[\s\-–—/(.]*(?:انتهى|يتبع|و?للحديث بقي[ةه])[\s\-–—/).…]*$")
#: an end mark is a word or two and its marks
_MAX_END_MARK = 16


def is_end_mark(text: str) -> bool:
    """An end mark alone on its line: the body's last line, as printed (the dev golds keep
    SPA's ``// انتهى //``; round 13 a series' ``(يتبع)``), never a signature."""
    return len(text) <= _MAX_END_MARK and _END_MARK.match(text) is not None


def starred_title(text: str) -> bool:
    """``* كاتب وإعلامي سعودي``, ``*كاتبة سعودية``: a writer's title after a footnote star."""
    return text[0] == _STAR and is_writer_title(text[1:].lstrip())


def _contact(text: str) -> bool:
    """A writer's e-mail address or handle on a line of its own, maybe labelled."""
    return "@" in text and words(text) <= _MAX_CONTACT_WORDS


def foot_after(lines: list[Line], i: int) -> int:
    """The index of the first line after ``i`` that is no starred title, contact line nor
    editor's credit (``تحرير: فلان``, ``مراجعة فلان``)."""
    j = i + 1
    while j < len(lines):
        line = lines[j]
        if line.kind is Kind.TEXT:
            if not (starred_title(line.text) or _contact(line.text) or is_credit(line)):
                break
        elif line.kind is not Kind.BYLINE:
            break
        j += 1
    return j


def comma_signature(text: str) -> str | None:
    """The name of a ``name، place`` signature (``محمد العلي، الرياض``), None for another line."""
    m = _NAME_COMMA_PLACE.match(text)
    return None if m is None else m.group(1)
