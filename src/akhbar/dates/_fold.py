"""Character folding for date matching, with a map back to the original string.

Written here rather than taken from ``akhbar.text.normalize`` because date spans must point into
the ORIGINAL string: every folded character remembers the index of the character it came from.
The folding is deliberately minimal and length-tracked: harakat, tatweel and bidi marks are
dropped, hamza-carrying alefs become bare alef, ta marbuta becomes ha, alef maqsura becomes ya,
Arabic-Indic and Persian digits become ASCII, the Arabic comma becomes ``,``, presentation forms
are NFKC-expanded and Latin letters are lower-cased.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

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


@dataclass(frozen=True)
class Folded:
    """A folded string and, for each of its characters, the index it came from."""

    text: str
    index: tuple[int, ...]
    length: int  # length of the original string

    def span(self, start: int, end: int, original: str) -> tuple[int, int]:
        """Map a span of the folded text back to a span of ``original``.

        The end is stretched over marks the folding dropped (``هـ`` keeps its tatweel,
        ``صباحاً`` its tanween), so the span covers what a reader sees.
        """
        if end <= start:
            pos = self.index[start] if start < len(self.index) else self.length
            return (pos, pos)
        stop = self.index[end - 1] + 1
        while stop < len(original) and (original[stop] in _DROP or original[stop] == _TATWEEL):
            stop += 1
        return (self.index[start], stop)


def _fold_char(ch: str) -> str:
    if ch in _DROP:
        return ""
    if ch in _MAP:
        return _MAP[ch]
    if ch.isascii():
        return ch.lower()
    if "\ufb50" <= ch <= "\ufdff" or "\ufe70" <= ch <= "\ufeff" or "\uff00" <= ch <= "\uffef":
        out = unicodedata.normalize("NFKC", ch)
        return "".join(_MAP.get(c, c) for c in out if c not in _DROP).lower()
    return ch.lower() if ch.isupper() else ch


def fold(text: str) -> Folded:
    """Fold ``text`` for matching; see the module docstring for what changes."""
    chars: list[str] = []
    index: list[int] = []
    prev_alpha = False
    run = ""  # how the current run of tatweel is handled: "", "drop" or "dash"
    for i, ch in enumerate(text):
        if ch == _TATWEEL:
            # Inside a word tatweel is decoration; standing alone (``4 ــ 7 ــ 1436``) it is a dash.
            if not run:
                run = "drop" if prev_alpha else "dash"
                if run == "dash":
                    chars.append("-")
                    index.append(i)
            continue
        run = ""
        out = _fold_char(ch)
        for c in out:
            chars.append(c)
            index.append(i)
        if out:
            prev_alpha = ch.isalpha()
    return Folded(text="".join(chars), index=tuple(index), length=len(text))
