"""Where in a display text a query's words can match, found without analyzing its words.

Analyzing a display word (normalize, tokenize, stem) is what snippets cost. The light stemmer
only strips affixes, so a word whose stem is ``s`` holds ``s`` once folded, but for a handful
of protected names it rewrites (افغاني → افغانستان, whose source forms are then looked for
too). A text is folded once here (``fold``: per character, ~20× faster than ``normalize``),
the query's words are found in it by substring search, and their positions are mapped back
to the display text: only the words they fall in need analyzing; a word holding none of them
cannot match. ``Screen`` answers both questions ``snippet`` asks: does a stretch of text hold
a needle of some term, and which of its words can match at all.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import accumulate
from operator import methodcaller

from akhbar.search.query import Term
from akhbar.search.words import Word
from akhbar.text import Algorithm, normalize
from akhbar.text._normalize import char_class
from akhbar.text._stem import _PROTECTED  # the stemmer's fixed rewrites, as data

__all__ = ["Screen", "ScreenPlan", "fold", "needles", "screen_plan"]

#: code points whose search normalization is one fixed string (harakat, tatweel and format
#: characters → nothing, hamza forms → ا, ة → ه, ى → ي, presentation forms, digits …)
_FOLD_RANGES = ((0x41, 0x5B), (0x600, 0x700), (0x750, 0x780), (0xFB50, 0xFE00), (0xFE70, 0xFF00))
_FOLD_EXTRA = (0x00A0, 0x200C, 0x200D, 0x200E, 0x200F)
#: the letters news text folds most (hamza forms, ta marbuta, alef maqsura, Arabic-Indic digits)
_COMMON = "آأؤإئةىٱ" + "٠١٢٣٤٥٦٧٨٩" + "۰۱۲۳۴۵۶۷۸۹"


@cache
def _fold_table() -> dict[int, str]:
    """``normalize(c, for_search=True)`` of each such character that it changes.

    Taken from ``normalize`` itself, so the screen below agrees with it character by character.
    """
    points = [cp for lo, hi in _FOLD_RANGES for cp in range(lo, hi)] + list(_FOLD_EXTRA)
    table: dict[int, str] = {}
    for cp in points:
        folded = normalize(chr(cp), for_search=True)
        if folded != chr(cp):
            table[cp] = folded
    return table


def _class(chars: list[str]) -> str:
    """A regex character class of ``chars``, consecutive code points as ranges."""
    return "[" + char_class([ord(c) for c in chars]) + "]"


@cache
def _folding() -> tuple[re.Pattern[str], re.Pattern[str], tuple[tuple[str, str], ...]]:
    """(dropped characters, characters only ``normalize`` folds, common letter replacements).

    Each common replacement is one character for one (checked), so a text without dropped
    characters folds to a string of its own length, position for position."""
    table = _fold_table()
    dropped = [chr(cp) for cp, to in table.items() if to == ""]
    common = tuple((c, table[ord(c)]) for c in _COMMON if ord(c) in table)
    if any(len(to) != 1 for _, to in common):
        raise AssertionError(f"a common search fold is not one letter for one: {common}")
    # other Arabic forms (presentation forms, ligatures …) and non-ASCII Latin, Greek, Cyrillic
    # (casefolding) are rare in news text: a text holding one is normalized in full
    rare = [chr(cp) for cp, to in table.items() if to and chr(cp) not in _COMMON and cp > 0x7F]
    rare += [chr(cp) for cp in range(0xC0, 0x500)]
    return re.compile(_class(dropped)), re.compile(_class(rare)), common


@cache
def _splitter() -> re.Pattern[str]:
    """A rare or a dropped character, captured: ``Screen.of`` splits a text on it, one scan
    where ``rare.search`` then ``dropped.split`` scanned it twice (the characters it split
    on then tell whether one was rare). One character class: ``re`` scans for a class ~5×
    faster than for an alternation of two."""
    dropped, rare, _ = _folding()
    return re.compile(f"([{rare.pattern[1:-1]}{dropped.pattern[1:-1]}])")


def _fold_kept(text: str) -> str:
    """``fold`` of a text with no rare character (dropped characters still in it)."""
    return _fold_letters(_folding()[0].sub("", text))


def _fold_letters(out: str) -> str:
    """``fold`` of a text with no rare and no dropped character."""
    common = _folding()[2]
    for a, b in common:
        if a in out:
            out = out.replace(a, b)
    return out.lower()


@lru_cache(maxsize=512)  # the same for every text of a query
def _fold_plan(terms: tuple[Term, ...]) -> tuple[tuple[tuple[str, str], ...], bool]:
    """The part of ``_fold_letters`` that can change where the terms' needles and word needles
    (the strings) are found in a folded text: (the common replacements that write or remove
    one of their letters, whether to lowercase).

    A replacement of ``a`` by ``b``, neither in any of the strings, turns a letter that
    matches none of them into another that matches none. Lowercasing (one letter for one
    here: ``İ``, the one letter it lengthens, is rare) matters only for a letter ``c`` that
    some other letter lowercases to, and each such ``c`` is lowercase (``str.islower``; a
    guard test checks this over every code point), or for a ``c`` it changes itself."""
    strings = [*(n for t in terms for n in (*t.words, *t.stems)), *_word_needles(terms)]
    letters = set("".join(strings))
    common = tuple((a, b) for a, b in _folding()[2] if a in letters or b in letters)
    lower = any(c.islower() or c.lower() != c for c in letters)
    return common, lower


def _fold_for(out: str, plan: ScreenPlan) -> str:
    """A text with no rare and no dropped character folded as far as finding the terms'
    needles in it needs (``_fold_plan``, held by ``plan``): ``_fold_letters(out).find(s)``
    equals ``_fold_for(out, plan).find(s)`` for each needle ``s``, from any start."""
    for a, b in plan.common:
        if a in out:
            out = out.replace(a, b)
    return out.lower() if plan.lower else out


def fold(text: str) -> str:
    """``text`` folded as ``normalize(..., for_search=True)`` folds each character (up to
    spacing): ~20× faster on ordinary news text; only to screen it for query words."""
    if _folding()[1].search(text):
        return normalize(text, for_search=True)
    return _fold_kept(text)


@lru_cache(maxsize=512)  # the same for every text of a query: two per hit
def needles(terms: tuple[Term, ...], algorithm: Algorithm) -> tuple[tuple[str, ...], ...] | None:
    """Per term, the words one of which a stretch of text must hold (folded) to hold a match
    of it, or None (no screen).

    The light stemmer only strips affixes, so a word's stem is spelled inside the word (but for
    a few protected names, e.g. افغاني → افغانستان, which then go unmarked unless found with
    another term); a phrase holds its words. Snowball rewrites letters: no screen.
    """
    if algorithm == "snowball":
        return None
    return tuple(t.words if t.phrase else t.stems[:1] for t in terms)


@cache
def _rewritten() -> dict[str, tuple[str, ...]]:
    """Stem -> the protected forms the light stemmer rewrites to it without spelling it."""
    out: dict[str, list[str]] = {}
    for source, target in _PROTECTED.items():
        if target not in source:
            out.setdefault(target, []).append(source)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=512)
def _word_needles(terms: tuple[Term, ...]) -> tuple[str, ...]:
    """Every string one of which a display word must hold (folded) to take part in a match:
    each stem and phrase word of every term, and the forms the stemmer rewrites to a stem."""
    rewritten = _rewritten()
    out: dict[str, None] = {}
    for t in terms:
        for w in (*t.stems, *t.words):
            out[w] = None
            for source in rewritten.get(w, ()):
                out[source] = None
    return tuple(n for n in out if n)


@dataclass(frozen=True, slots=True)
class ScreenPlan:
    """What screening a text for one query's terms needs, worked out once per query
    (``screen_plan``): a page screens twenty texts for the same terms, and each lookup of a
    remembered function of the terms hashes them again."""

    #: ``needles(terms, algorithm)``: per term, the strings one of which marks where it is
    per_term: tuple[tuple[str, ...], ...]
    #: ``_word_needles(terms)``
    strings: tuple[str, ...]
    #: ``_fold_plan(terms)``
    common: tuple[tuple[str, str], ...]
    lower: bool


@lru_cache(maxsize=512)  # the same for every text of a query
def screen_plan(terms: tuple[Term, ...], algorithm: Algorithm) -> ScreenPlan | None:
    """The screen's plan for ``terms``, or None when there is no screen (Snowball)."""
    per_term = needles(terms, algorithm)
    if per_term is None:
        return None
    common, lower = _fold_plan(terms)
    return ScreenPlan(per_term=per_term, strings=_word_needles(terms), common=common, lower=lower)


def _occurrences(folded: str, s: str) -> list[tuple[int, int]]:
    """(start, end) in ``folded`` of every occurrence of ``s``, in order."""
    out: list[tuple[int, int]] = []
    size = len(s)
    i = folded.find(s)
    while i >= 0:
        out.append((i, i + size))
        i = folded.find(s, i + 1)
    return out


#: a word's end, called in C by ``bisect`` (``re`` and ``regex`` matches alike)
_end = methodcaller("end")


@dataclass(frozen=True, slots=True)
class Screen:
    """Where a text's folded form holds the terms' needles, in the text's own positions.

    ``possible``: how many terms have a needle somewhere in the text. ``holds(a, b)``: whether
    ``fold(text[a:b])`` holds a needle of some term. ``candidates``: which of some words hold
    (overlap) a word needle, i.e. may match a term at all.
    """

    possible: int
    #: needle occurrences of all terms (start, end), by start
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    #: word-needle occurrences (start, end), by start, and the longest of them
    word_spans: tuple[tuple[int, int], ...]
    longest: int

    @staticmethod
    def of(text: str, terms: tuple[Term, ...], algorithm: Algorithm) -> Screen | None:
        """The screen of ``text`` for ``terms``, or None when there is none to apply (Snowball
        stemming; a rare character that only the full normalization folds)."""
        plan = screen_plan(terms, algorithm)
        return None if plan is None else Screen.planned(text, plan)

    @staticmethod
    def planned(text: str, plan: ScreenPlan) -> Screen | None:
        """``Screen.of`` for the terms ``plan`` was made for (``screen_plan``)."""
        # one split finds a rare character and drops the dropped ones, telling where they
        # were: the k-th was at folded position gaps[k] (the length of the pieces before it)
        pieces = _splitter().split(text)
        gaps: list[int] = []
        if len(pieces) > 1:
            if _folding()[1].search("".join(pieces[1::2])):
                return None  # a rare character
            pieces = pieces[::2]
            gaps = list(accumulate(map(len, pieces[:-1])))
        folded = _fold_for("".join(pieces), plan)
        # each string is looked for once: a term's needles are word needles too
        at = {s: _occurrences(folded, s) for s in plan.strings}
        possible = 0
        term_spans: list[tuple[int, int]] = []
        for strings in plan.per_term:
            before = len(term_spans)
            for s in strings:
                found = at.get(s)
                if found is None:
                    found = at[s] = _occurrences(folded, s)
                term_spans += found
            possible += len(term_spans) > before
        term_spans.sort()
        word_spans = sorted([span for s in plan.strings for span in at[s]])
        if gaps:  # folded position -> text position: shifted by the dropped characters before
            term_spans = [
                (a + bisect_right(gaps, a), b + bisect_right(gaps, b - 1)) for a, b in term_spans
            ]
            word_spans = [
                (a + bisect_right(gaps, a), b + bisect_right(gaps, b - 1)) for a, b in word_spans
            ]
        return Screen(
            possible=possible,
            starts=tuple([a for a, _ in term_spans]),
            ends=tuple([b for _, b in term_spans]),
            word_spans=tuple(word_spans),
            longest=max([b - a for a, b in word_spans], default=0),
        )

    def holds(self, a: int, b: int) -> bool:
        """Whether ``fold(text[a:b])`` holds a whole needle of some term."""
        starts, ends = self.starts, self.ends
        for k in range(bisect_left(starts, a), len(starts)):
            if starts[k] >= b:
                return False
            if ends[k] <= b:
                return True
        return False

    def candidates(self, words: Sequence[Word]) -> list[int]:
        """The indices of those of ``words`` (the text's words, in order) that a word needle
        overlaps, ascending: the only ones that may match a term at all."""
        spans = self.word_spans
        if not words or not spans:
            return []
        out: list[int] = []
        size = len(words)
        hi = words[-1].end()
        for k in range(bisect_left(spans, (words[0].start() - self.longest, -1)), len(spans)):
            a, b = spans[k]
            if a >= hi:
                break
            # words do not overlap, so their ends ascend too: the first that ends after a
            j = bisect_right(words, a, key=_end)
            if out and j <= out[-1]:  # spans by start reach the words in ascending order
                j = out[-1] + 1
            while j < size and words[j].start() < b:
                out.append(j)
                j += 1
        return out
