"""Bylines a paper prints for a desk or inside a frame (round 14 of the layouts).

Gulf papers sign unsigned copy with the desk that wrote it (``المحرر الاقتصادي``, ``محرر
الشؤون المحلية``, ``فريق التحرير``), maybe after the place (``الرياض - المحرر الاقتصادي``), and
Kuwaiti papers frame the byline in bars (``| كتب فلان |``, ``| القاهرة - من فلان |``). A desk
is the author the paper names (SCHEMA's byline is "author and/or dateline"); a frame is the
line's typography, the byline inside it read as any other (the line is kept as printed).
"""

from __future__ import annotations

import regex

from akhbar.parse.vocab import BYLINE_BARE_RE

__all__ = ["desk", "unframed"]

#: a desk: ``(ال)محرر`` and its beat (``الاقتصادي``, ``الشؤون المحلية``), or the newsroom
_DESK = regex.compile(
    r"^(?:ال)?محرر(?:ة)? (?:(?:ال)?شؤون )?ال\p{L}+$|^(?:فريق|قسم|هيئة|هيئه|أسرة|اسرة) التحرير$"
)
#: a credit's label, a bare space and a name of two to four words (``كتب فلان``)
_NAME = regex.compile(r"^\p{L}+(?: \p{L}+){1,3}$")


def unframed(text: str) -> str:
    """``text`` without a frame of bars around it (``| كتب فلان |`` -> ``كتب فلان``)."""
    if len(text) > 4 and text[0] == "|" and text[-1] == "|":
        return text[1:-1].strip()
    return text


def desk(text: str) -> tuple[str, tuple[str, ...] | None]:
    """``text`` ``unframed`` and, when it is a desk's byline (``المحرر الاقتصادي``) or, framed,
    a bare credit (``| كتب فلان |``: unframed, ``akhbar.parse.credits`` reads it), its parts."""
    framed = text[:1] == "|"
    if not (framed or "محرر" in text or "التحرير" in text):
        return text, None  # (most lines)
    text = unframed(text)
    if _DESK.match(text):
        return text, (text,)
    m = BYLINE_BARE_RE.match(text) if framed else None
    if m is not None and _NAME.match(name := m["rest"].strip()):
        return text, (name,)
    return text, None
