"""The display words of a text, with their offsets: the word pattern of ``akhbar.text.tokens``
(``punctuation=False``), found by Python's own ``re`` where it can.

The pattern's classes (``\\p{L}``, ``\\p{M}``, ``\\p{Nd}``, ``\\p{Latin}``) need the ``regex``
module, which matches them ~1.7× slower than ``re`` matches a plain character class, and
finding words is most of what a snippet costs. So the classes are written out as ``re``
character classes of the code points that ``regex`` itself puts in them, over the blocks news
text is written in (Latin, Arabic, general punctuation, Arabic presentation forms). A text
with a character outside those blocks (a Devanagari name, an emoji) is scanned with the
``regex`` pattern: the words found are the same either way.
"""

from __future__ import annotations

import re
from functools import cache

import regex

from akhbar.text._normalize import char_class  # the one class writer of the package

__all__ = ["WORD", "Word", "word_pattern"]

#: the word pattern of akhbar.text.tokens (punctuation=False)
WORD = regex.compile(
    r"\p{Latin}[\p{Latin}\p{M}\p{Nd}]*(?![\p{L}\p{M}])|\p{Nd}+(?:[.,٫٬]\p{Nd}+)*|[\p{L}\p{M}]+"
)
#: the blocks the ``re`` pattern covers: Basic Latin to NKo (Latin, Greek, Cyrillic, Arabic,
#: Syriac, Thaana), General Punctuation, Arabic Presentation Forms A and B
COVERED = ((0x0000, 0x0800), (0x2000, 0x2070), (0xFB50, 0xFE00), (0xFE70, 0xFF00))

Word = re.Match[str] | regex.Match[str]


@cache
def _covered() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(``WORD`` as an ``re`` pattern exact on the covered blocks, a character outside them)."""
    chars = "".join(chr(cp) for lo, hi in COVERED for cp in range(lo, hi))

    def members(prop: str) -> str:
        return char_class([ord(c) for c in regex.findall(prop, chars)])

    latin, letter, mark, digit = (members(p) for p in (r"\p{Latin}", r"\p{L}", r"\p{M}", r"\p{Nd}"))
    fast = re.compile(
        f"[{latin}][{latin}{mark}{digit}]*(?![{letter}{mark}])"
        f"|[{digit}]+(?:[.,٫٬][{digit}]+)*"
        f"|[{letter}{mark}]+"
    )
    outside = re.compile("[^" + "".join(f"{chr(lo)}-{chr(hi - 1)}" for lo, hi in COVERED) + "]")
    return fast, outside


def word_pattern(
    text: str, pos: int = 0, endpos: int | None = None
) -> re.Pattern[str] | regex.Pattern[str]:
    """The pattern to find ``WORD``'s words in ``text[pos:endpos]`` with (the same words
    either way)."""
    fast, outside = _covered()
    end = len(text) if endpos is None else endpos
    return WORD if outside.search(text, pos, end) else fast
