"""Character folding for date matching, with a map back to the original string.

Written here rather than taken from ``akhbar.text.normalize`` because date spans must point into
the ORIGINAL string: every folded character remembers the index of the character it came from.
The folding is deliberately minimal and length-tracked: harakat, tatweel and bidi marks are
dropped, hamza-carrying alefs become bare alef, ta marbuta becomes ha, alef maqsura becomes ya,
Arabic-Indic and Persian digits become ASCII, the Arabic comma becomes ``,``, presentation forms
are NFKC-expanded and Latin letters are lower-cased.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from typing import NamedTuple

_DROP = frozenset(
    [chr(c) for c in range(0x064B, 0x0653)]  # fathatan .. sukun, maddah
    + ["\u0670", "\u0654", "\u0655"]  # superscript alef, hamza above/below
    + ["\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u061c", "\ufeff"]
    + [chr(c) for c in range(0x202A, 0x202F)]
    + [chr(c) for c in range(0x2066, 0x206A)]
)
_MAP = {
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ى": "ي",
    "ة": "ه",
    "ڤ": "ف",
    "گ": "ك",
    "ک": "ك",
    "ی": "ي",
    "،": ",",
    "؛": ";",
    "\u00a0": " ",
    "\u2009": " ",
    "\u202f": " ",
    "／": "/",
    "–": "-",
    "—": "-",
    "‐": "-",
    "‑": "-",
}
_MAP.update({chr(0x0660 + i): str(i) for i in range(10)})
_MAP.update({chr(0x06F0 + i): str(i) for i in range(10)})
_TATWEEL = "\u0640"


#: what ``fold`` replaces, character by character (no replacement is itself a key, so the
#: order of the replacements does not matter)
_REPLACE = {**_MAP, **dict.fromkeys(_DROP, "")}
_REPLACED = frozenset(_REPLACE)
_DROP_RE = re.compile("[" + "".join(sorted(_DROP)) + "]")
_TATWEEL_RE = re.compile(_TATWEEL + "+")
_EXPANDING = re.compile("[\ufb50-\ufdff\ufe70-\ufefe\uff00-\uffef\u0130]")


class Folded(NamedTuple):
    """A folded string and the way back from its offsets to those of the original.

    A NamedTuple: one is made per call of ``find_dates``, and tuples are cheaper to build.

    Either ``origins`` (the original index of every folded character) or ``gaps`` (for each
    dropped original character, in order, the folded offset it would sit at) is set.
    """

    text: str
    length: int  # length of the original string
    origins: tuple[int, ...] | None = None
    gaps: tuple[int, ...] = ()

    def orig(self, i: int) -> int:
        """The original index of folded character ``i``."""
        if self.origins is not None:
            return self.origins[i] if i < len(self.origins) else self.length
        return min(i + bisect.bisect_right(self.gaps, i), self.length)

    def span(self, start: int, end: int, original: str) -> tuple[int, int]:
        """Map a span of the folded text back to a span of ``original``.

        The end is stretched over marks the folding dropped (``هـ`` keeps its tatweel,
        ``صباحاً`` its tanween), so the span covers what a reader sees.
        """
        if end <= start:
            pos = self.orig(start)
            return (pos, pos)
        stop = self.orig(end - 1) + 1
        while stop < len(original) and (original[stop] in _DROP or original[stop] == _TATWEEL):
            stop += 1
        return (self.orig(start), stop)


def _fold_char(ch: str) -> str:
    if ch in _DROP:
        return ""
    if ch in _MAP:
        return _MAP[ch]
    if _EXPANDING.match(ch):
        out = unicodedata.normalize("NFKC", ch)
        return "".join(_fold_char(c) if c != ch else c for c in out)
    low = ch.lower()
    return low if len(low) == 1 else ch


def _after_letter(text: str, pos: int) -> bool:
    """Whether the nearest character before ``pos`` that folding keeps is a letter."""
    pos -= 1
    while pos >= 0 and (text[pos] in _DROP or text[pos] == _TATWEEL):
        pos -= 1
    return pos >= 0 and text[pos].isalpha()


def _tatweel(text: str) -> str:
    """Same-length rewrite: a tatweel run inside a word becomes dropped marks; a run standing
    alone (``4 ــ 7 ــ 1436``) becomes a dash followed by dropped marks."""

    def repl(m: re.Match[str]) -> str:
        n = len(m.group(0))
        if _after_letter(text, m.start()):
            return "\u200b" * n
        return "-" + "\u200b" * (n - 1)

    return _TATWEEL_RE.sub(repl, text)


def fold(text: str) -> Folded:
    """Fold ``text`` for matching; see the module docstring for what changes."""
    if _EXPANDING.search(text):
        return _fold_slow(text)
    marked = _tatweel(text) if _TATWEEL in text else text
    out = marked.lower()  # one-to-one here: U+0130, which lower() expands, takes the slow path
    if len(out) < 200:  # a set of a short line's characters is cheaper than ~60 scans
        present: frozenset[str] | set[str] = _REPLACED.intersection(out)
    else:  # over a long text, a scan per key costs less than hashing every character
        present = {old for old in _REPLACE if old in out}
    if not present:
        return Folded(out, len(text))
    gaps: tuple[int, ...] = ()
    if not _DROP.isdisjoint(present):
        gaps = tuple(m.start() - k for k, m in enumerate(_DROP_RE.finditer(marked)))
    for old in present:  # str.replace per present key is ~10x faster than str.translate
        out = out.replace(old, _REPLACE[old])
    return Folded(out, len(text), None, gaps)


def _fold_slow(text: str) -> Folded:
    """Character by character, for text with presentation forms (which NFKC may expand)."""
    chars: list[str] = []
    index: list[int] = []
    marked = _tatweel(text) if _TATWEEL in text else text
    for i, ch in enumerate(marked):
        for c in _fold_char(ch):
            chars.append(c)
            index.append(i)
    return Folded(text="".join(chars), length=len(text), origins=tuple(index))
