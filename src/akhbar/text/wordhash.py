"""64-bit hashes of a text's matching words, fast: what dedup and stories compare.

``word_hashes(text)`` equals ``hash_words(tokens(normalize(text, for_search=True),
punctuation=False))``, and ``words(text)`` the words themselves. Both run in C
(``_wordhash.c``) over a per-character table derived here from ``normalize``'s own tables and
``tokens``'s own patterns, so the rules stay in one place.
A text with a character the table cannot express alone (one that NFC composes with its
neighbour, or that becomes several characters, or one outside the common Arabic, Latin and
punctuation blocks) takes the Python path: the result is the same either way.

The hash of a word is FNV-1a 64 over its code points, then MurmurHash3's ``fmix64``
(``reference_hash``: the same in Python, for the tests and the record).

>>> words("أعلنت الوزارةُ ١٢٫٥٪")
['اعلنت', 'الوزاره', '12.5']
>>> bool((word_hashes("أعلنت الوزارةُ") == hash_words(["اعلنت", "الوزاره"])).all())
True
"""

from __future__ import annotations

import sys
import unicodedata
from collections.abc import Sequence
from functools import cache

import numpy as np
import regex

from akhbar.errors import ModelError
from akhbar.text._normalize import _CLEAN_TABLE, _FOLD_TABLE, _STRIP_TABLE, normalize
from akhbar.text._tokenize import tokens

try:
    from akhbar.text import _wordhash
except ImportError as exc:  # pragma: no cover - only in a checkout that was never installed
    raise ModelError(
        "akhbar's compiled word hasher (akhbar/text/_wordhash.c) is not built: reinstall "
        "akhbar with `pip install -e .` (it needs a C compiler and the Python headers)"
    ) from exc

__all__ = ["hash_words", "reference_hash", "word_hashes", "words"]

#: the blocks the table covers: Basic Latin, Latin-1, Arabic, General Punctuation
_RANGES = ((0x0000, 0x0700), (0x2000, 0x2070))
#: marks ``normalize`` strips but NFC (which runs first) composes with the letter before them
#: (ا + U+0654 → أ, ە + U+0654 → ۀ): a text holding one takes the Python path. A test checks
#: this against every canonical decomposition in Unicode.
COMPOSING_MARKS = frozenset({0x0653, 0x0654, 0x0655})

# the C code's class flags (see _wordhash.c)
_LATIN, _LETTER, _MARK, _DIGIT, _SEP, _DROP, _OTHER = 1, 2, 4, 8, 16, 64, 128
_NUMBER_SEPARATORS = ".,٫٬"  # akhbar.text._tokenize._NUMBER's separators
_CLASSES = (
    (regex.compile(r"\p{Latin}"), _LATIN),
    (regex.compile(r"\p{L}"), _LETTER),
    (regex.compile(r"\p{M}"), _MARK),
    (regex.compile(r"\p{Nd}"), _DIGIT),
)

_MASK = (1 << 64) - 1


def reference_hash(word: str) -> int:
    """The hash of one word, in Python: FNV-1a 64 over code points, then ``fmix64``."""
    h = 0xCBF29CE484222325
    for ch in word:
        h = ((h ^ ord(ch)) * 0x100000001B3) & _MASK
    h ^= h >> 33
    h = (h * 0xFF51AFD7ED558CCD) & _MASK
    h ^= h >> 33
    h = (h * 0xC4CEB9FE1A85EC53) & _MASK
    return h ^ (h >> 33)


def _entry(cp: int) -> tuple[int, int]:
    """What ``normalize(for_search=True)`` makes of code point ``cp`` alone, and its classes."""
    ch = chr(cp)
    if unicodedata.category(ch) == "Cs":
        return 0, _OTHER
    cleaned = ch.translate(_CLEAN_TABLE)
    if cleaned == "":
        return 0, _DROP
    if len(cleaned) != 1 or unicodedata.normalize("NFC", cleaned) != cleaned:
        return 0, _OTHER
    stripped = cleaned.translate(_STRIP_TABLE)
    if unicodedata.combining(cleaned):
        # NFC (before stripping) may reorder or compose a mark with its neighbours
        if stripped == "" and cp not in COMPOSING_MARKS:
            return 0, _DROP
        return 0, _OTHER
    if stripped == "":
        return 0, _DROP
    out = stripped.translate(_FOLD_TABLE).casefold()
    if len(out) != 1 or unicodedata.combining(out) or unicodedata.normalize("NFC", out) != out:
        return 0, _OTHER
    if out.isspace():
        return ord(out), 0  # a word boundary, like any character of no class
    flags = sum(flag for pattern, flag in _CLASSES if pattern.match(out))
    if out in _NUMBER_SEPARATORS:
        flags |= _SEP
    return ord(out), flags


@cache
def _table() -> _wordhash.WordTable:
    """The C table (built once per process, ~15 ms)."""
    size = _RANGES[-1][1]
    out = np.zeros(size, dtype=np.uint32)
    flags = np.full(size, _OTHER, dtype=np.uint8)
    for lo, hi in _RANGES:
        for cp in range(lo, hi):
            out[cp], flags[cp] = _entry(cp)
    return _wordhash.WordTable(out.tobytes(), flags.tobytes())


def hash_words(words: Sequence[str]) -> np.ndarray:
    """The uint64 hashes of ``words`` as given (no normalizing)."""
    return np.frombuffer(_wordhash.hash_words(words), dtype=np.uint64)


def word_hashes(text: str) -> np.ndarray:
    """The uint64 hashes of ``tokens(normalize(text, for_search=True), punctuation=False)``."""
    fast = _table().hashes(text)
    if fast is None:
        return hash_words(tokens(normalize(text, for_search=True), punctuation=False))
    return np.frombuffer(fast, dtype=np.uint64)


def words(text: str, limit: int | None = None) -> list[str]:
    """``tokens(normalize(text, for_search=True), punctuation=False)[:limit]`` (a negative
    ``limit`` counts as 0)."""
    n = sys.maxsize if limit is None else max(limit, 0)
    fast = _table().words(text, n)
    if fast is None:
        return tokens(normalize(text, for_search=True), punctuation=False)[:n]
    return fast
