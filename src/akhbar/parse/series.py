"""A series' instalment: the label a site prints over its headline (``الحلقة 3``, ``الجزء الثاني
من 4``, ``(3 - 5)``). Round 13 of the layouts (``benchmarks/parse_layouts_13.py``): the label
is a kicker, discarded, as a section's label over the headline is; the instalment's end mark
(``(يتبع)``, ``وللحديث بقية``) is ``foot.is_end_mark``'s, and ``حلقات السلسلة`` heads the
earlier instalments as a read-also label (``data/labels.json``).
"""

from __future__ import annotations

import regex

from akhbar.parse.lines import Kind, Line, is_paragraph

__all__ = ["episode_over"]

#: the instalment's number or ordinal, maybe of how many (``الحلقة 2 من 4``), or ``(3 - 5)``
_EPISODE = regex.compile(
    r"^\(?\s*(?:(?:ال)?(?:حلق[ةه]|جزء)\s+(?:\d{1,3}|\p{L}+)(?:\s*(?:من|/)\s*\d{1,3})?"
    r"|\d{1,2}\s*[\-–/]\s*\d{1,2})\s*\)?$"
)
#: a label is a few words (``الحلقة 2 من 4``)
_MAX_LABEL = 24
#: what a headline under the label reads as: text, or a credit's label and words (``تقرير: …``)
_HEADLINE_KINDS = (Kind.TEXT, Kind.BYLINE)


def episode_over(text: str, after: Line) -> bool:
    """Whether ``text`` labels a series' instalment over the headline ``after``."""
    return (
        len(text) <= _MAX_LABEL
        and _EPISODE.match(text) is not None
        and after.kind in _HEADLINE_KINDS
        and _title(after.text)
    )


#: a headline is shorter than this (``page``'s longest headline)
_MAX_TITLE = 200


def _title(text: str) -> bool:
    """A headline rather than the lead: no paragraph, or a long title that is no sentence
    (``724 مليون ريال … خلال رمضان (محدّث)``: a figure's title with its update mark)."""
    return not is_paragraph(text) or (len(text) < _MAX_TITLE and text[-1] not in ".!")
