"""Tag lines → tags: each once, first-seen order, multi-word tags kept whole.

Forms read: a list with ``،`` ``,`` ``|`` ``/`` ``؛`` ``•`` separators; ``#hashtags`` (``_`` is a
space); one tag per line under a ``وسوم`` header; and the hard one, tags joined by spaces and
repeated (``كلمات دلالية: ملفات ملفات كيم روسيا … كوريا الشمالية روسيا كيم روسيا …``), where the
word boundaries between tags are lost. That case is solved by hand because no library segments a
keyword list: adjacent units are merged when the merged phrase occurs in the article (headline
and body), or is a construct phrase (indefinite noun + definite noun, ``أخبار العالم``), and the
merge lowers the number of distinct units — i.e. the words are never seen apart in the
(repeated) list. A number is never a tag of its own (``كوفيد 19``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from itertools import pairwise

import regex

from akhbar.parse.vocab import fold

__all__ = ["dedupe", "segment", "split_tags"]

_SEPARATORS = regex.compile(r"\s*[،,|/؛;•·]\s*|\s+[-–—]\s+")
_HASHTAG = regex.compile(r"#([\p{L}\p{M}\p{N}_]+)")
_WORD = regex.compile(r"[\p{L}\p{M}\p{N}]+")
_NUMBER = regex.compile(r"^[\p{N}.,٫]+$")


def _key(s: str) -> str:
    return " ".join(_WORD.findall(fold(s)))


def dedupe(tags: Iterable[str]) -> tuple[str, ...]:
    """Each tag once (compared in matching form), in first-seen order, empty ones dropped."""
    seen: set[str] = set()
    out: list[str] = []
    for t in tags:
        t = " ".join(t.split())
        k = _key(t)
        if k and k not in seen:
            seen.add(k)
            out.append(t)
    return tuple(out)


def _is_construct(first: str, second: str) -> bool:
    """``أخبار العالم``: an indefinite word followed by a definite one (Arabic idafa)."""
    f, s = fold(first), fold(second)
    return not f.startswith("ال") and s.startswith("ال") and len(s) > 3 and not _NUMBER.match(f)


def segment(words: list[str], *, context: str) -> list[str]:
    """Split space-joined tags into whole tags (see the module docstring)."""
    units: list[str] = []
    for w in words:
        if units and _NUMBER.match(w) and not _NUMBER.match(units[-1]):
            units[-1] = f"{units[-1]} {w}"
        else:
            units.append(w)
    ctx = f" {_key(context)} "
    while True:
        best = _best_merge(units, ctx)
        if best is None:
            return units
        a, b = best
        merged: list[str] = []
        j = 0
        while j < len(units):
            if j + 1 < len(units) and units[j] == a and units[j + 1] == b:
                merged.append(f"{a} {b}")
                j += 2
            else:
                merged.append(units[j])
                j += 1
        units = merged


def _in(phrase: str, ctx: str) -> bool:
    return f" {_key(phrase)} " in ctx


def _best_merge(units: list[str], ctx: str) -> tuple[str, str] | None:
    """The adjacent pair of units to merge next, or None when no merge is justified."""
    counts = Counter(units)
    pair_counts = Counter(pairwise(units))
    best: tuple[tuple[int, int, int], tuple[str, str]] | None = None
    for (a, b), pairs in pair_counts.items():
        if a == b:
            continue
        # distinct units saved by the merge: a (b) disappears when it never stands apart
        saved = (counts[a] == pairs) + (counts[b] == pairs)
        if saved == 0:
            continue
        if _in(f"{a} {b}", ctx):
            rank = (1, saved, pairs)
        elif (
            saved == 2
            and " " not in a
            and " " not in b
            and _is_construct(a, b)
            and not _in(a, ctx)
            and not _in(b, ctx)
        ):
            rank = (0, saved, pairs)
        else:
            continue
        if best is None or rank > best[0]:
            best = (rank, (a, b))
    return None if best is None else best[1]


def split_tags(value: str, *, context: str = "") -> tuple[str, ...]:
    """Tags of one tag line (its label already removed); ``context`` is the article's text."""
    value = value.strip()
    if "#" in value:
        tags = [h.replace("_", " ") for h in _HASHTAG.findall(value)]
        rest = _HASHTAG.sub(" ", value)
        if _WORD.search(rest):
            tags += [t for t in _SEPARATORS.split(rest) if t.strip()]
        return dedupe(tags)
    if _SEPARATORS.search(value):
        return dedupe(t for t in _SEPARATORS.split(value))
    return dedupe(segment(value.split(), context=context))
