"""Sentence splitting for Arabic news paragraphs.

Hand-written: the usual splitters (nltk punkt, pysbd) have no Arabic model, don't know ؟, and
split inside «quoted speech», which Arabic news uses for nearly every statement.

A sentence ends at ``.`` ``!`` ``?`` ``؟`` ``…`` (a run of them counts once) and at every line break,
except: inside balanced quotes « » “ ” or "…"; a ``.`` between digits (3.5) or between Latin
letters/digits (U.S, example.com) — a ``.`` glued to a following Arabic word still ends; a ``.`` after an abbreviation (``data/abbreviations.txt``)
or after a single letter (د. م. ق.م). Sentences are returned as printed, stripped.
"""

from __future__ import annotations

import regex

from akhbar.text._data import read_lines

__all__ = ["sentences"]

_ABBREVIATIONS: frozenset[str] = frozenset(read_lines("abbreviations.txt"))
_BOUNDARY = regex.compile(r"\n|[.!?؟…]+|[«»“”\"]")
_WORD_BEFORE = regex.compile(r"[\p{L}\p{M}.]+$")
_OPEN = {"«": "»", "“": "”"}
_CLOSE = {"»", "”"}


def _is_abbreviation(text: str, dot: int) -> bool:
    """Is the ``.`` at ``text[dot]`` the end of an abbreviation rather than of a sentence?"""
    before = text[max(0, dot - 12) : dot]
    match = _WORD_BEFORE.search(before)
    if match is None:
        return False
    word = match.group().strip(".")
    if word in _ABBREVIATIONS:
        return True
    return all(len(part) == 1 for part in word.replace("ـ", "").split("."))  # د. ق.م U.S.


def _inside_token(before: str, after: str) -> bool:
    """A dot inside a number (3.5, ١٫٥ typed with '.') or a Latin token (U.S, example.com).

    "عام ١٩٢٩.ويظهر" (a missing space before an Arabic word) is still a sentence end.
    """
    if before.isdigit() and after.isdigit():
        return True
    return before.isascii() and after.isascii() and before.isalnum() and after.isalnum()


def _balanced(paragraph: str) -> tuple[bool, bool, bool]:
    return (
        paragraph.count("«") == paragraph.count("»"),
        paragraph.count("“") == paragraph.count("”"),
        paragraph.count('"') % 2 == 0,
    )


def sentences(paragraph: str) -> list[str]:
    """Split a paragraph into sentences, each as printed (stripped); empty ones are dropped.

    >>> sentences("قال د. محمد: «لن نتراجع. أبداً». وارتفع المؤشر 3.5 نقطة! ماذا بعد؟")
    ['قال د. محمد: «لن نتراجع. أبداً».', 'وارتفع المؤشر 3.5 نقطة!', 'ماذا بعد؟']
    """
    guillemets_ok, curly_ok, straight_ok = _balanced(paragraph)
    out: list[str] = []
    start = 0
    depth = 0
    straight_open = False
    n = len(paragraph)
    for match in _BOUNDARY.finditer(paragraph):
        mark = match.group()
        at = match.start()
        if mark == "\n":
            depth, straight_open = 0, False
            end = at
        elif mark in _OPEN:
            if (mark == "«" and guillemets_ok) or (mark == "“" and curly_ok):
                depth += 1
            continue
        elif mark in _CLOSE:
            if (mark == "»" and guillemets_ok) or (mark == "”" and curly_ok):
                depth = max(0, depth - 1)
            continue
        elif mark == '"':
            if straight_ok:
                straight_open = not straight_open
            continue
        else:
            if depth or straight_open:
                continue
            if mark == ".":
                before = paragraph[at - 1] if at else " "
                after = paragraph[at + 1] if at + 1 < n else " "
                if _inside_token(before, after) or _is_abbreviation(paragraph, at):
                    continue
            end = match.end()
        piece = paragraph[start:end].strip()
        if piece:
            out.append(piece)
        start = end
    tail = paragraph[start:].strip()
    if tail:
        out.append(tail)
    return out
