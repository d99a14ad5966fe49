"""Hard-wrapped text: paragraphs broken into lines of a fixed width and joined back.

``lynx -dump``, ``w3m -dump``, html2text (78 columns by default), ``fold``/``fmt`` and wire
feeds in fixed-width print every paragraph as several lines no longer than a width, words
moved whole to the next line. The parser reads one paragraph per line, so such a page must be
joined back first. A wrapped page gives itself away: no line is longer than the width, and
the lines that were broken are as long as the next line's first word allowed (greedy wrapping
moves a word to the next line only when it does not fit). A line is joined to the next one
exactly then: ``len(line) + 1 + len(next first word) > width``, so a headline over its date
line or the last line of a paragraph stays a line of its own. On a page that prints its
paragraphs with no blank line between them, a full line closing a sentence ends its paragraph
(``python benchmarks/parse_perturbed.py``, the dev pages wrapped at 72 columns: body F1 0.898 ->
0.941); with blank lines between paragraphs, the blank lines tell.

Written here: no library undoes wrapping (textwrap and html2text only wrap).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from akhbar.parse.lines import Kind, classify

__all__ = ["unwrap"]

#: lines that stand on their own whatever the width: a date, source or tag line is
#: never the rest of a paragraph (a headline wrapped over two lines is followed by its date)
_OWN_LINES = (Kind.DATE, Kind.SOURCE, Kind.TAGS, Kind.TAG_HEADER, Kind.HASHTAGS)
#: what closes a sentence at a line's end
_SENTENCE_ENDS = frozenset(".!?؟")

#: the widths wrapping tools use (lynx 79, html2text 78, fmt 75, email 72, narrow dumps 60)
_MIN_WIDTH, _MAX_WIDTH = 50, 100
#: a page is wrapped when this many lines at least run to within ``_NEAR_WIDTH`` of the width
_MIN_FULL_LINES = 4
_NEAR_WIDTH = 12
#: a line longer than any wrapping width: the page is not wrapped (most pages; one scan in C)
_LONG_LINE = re.compile(rf"[^\n]{{{_MAX_WIDTH + 1}}}")
#: a list item a tool drew (``  * عنوان``, ``  • محليات``, an indented ``  3. عنوان``): a line
#: of its own, never the rest of a paragraph, and html2text does not wrap it (it may run past
#: the width)
_ITEM = re.compile(r"[ \t]*[*+•][ \t]+\S|[ \t]+\d{1,3}\.[ \t]+\S")
#: what takes no column on a terminal: Arabic vowel marks and Quranic signs, invisible marks
_ZERO_WIDTH = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u200b-\u200f]")


def _width(lengths: list[int], lines: list[str]) -> int | None:
    """The width a page was wrapped at, None when it was not: the longest line is at most
    ``_MAX_WIDTH`` and several lines come close to it. A line that may run past it
    (``_unwrapped``) does not set it, though it counts among the lines close to it."""
    width = max(
        (n for n, x in zip(lengths, lines, strict=True) if n and not _unwrapped(x, 0)), default=0
    )
    if not _MIN_WIDTH <= width <= _MAX_WIDTH:
        return None
    full = sum(1 for n in lengths if width - _NEAR_WIDTH <= n <= width)
    return width if full >= _MIN_FULL_LINES else None


def _unwrapped(text: str, start: int) -> bool:
    """Whether the line at ``start`` may run past the width a page was wrapped at: a list item
    (html2text leaves them unwrapped), a line of one word (no wrapping breaks a word), a line
    holding a Markdown link (html2text leaves a paragraph of links unwrapped: a footer's
    ``[شروط الخدمة](/terms.html) | [من نحن؟](/about.us/)``)."""
    end = text.find("\n", start)
    line = text[start : end if end >= 0 else None].strip()
    return " " not in line or "](" in line or _ITEM.match(text, start) is not None


def _columns(text: str) -> int:
    """How many columns ``text`` takes on a terminal: a vowel mark (ً, ُ) takes none."""
    return len(text) - len(_ZERO_WIDTH.findall(text))


def _breaks(lines: list[str], measure: Callable[[str], int]) -> tuple[int, list[int], list[int]]:
    """The width a page was wrapped at in ``measure`` (0: it was not), each line's length and
    its first word's length in it."""
    lengths = [measure(x) if x else 0 for x in lines]
    firsts = [measure(x.strip().split(" ", 1)[0]) if x else 0 for x in lines]
    return _width(lengths, lines) or 0, lengths, firsts


def _joins(width: int, lengths: list[int], firsts: list[int]) -> int:
    """How many lines the next line's first word would not have fitted after at ``width``."""
    return sum(
        1 for a, b in zip(lengths, firsts[1:], strict=False) if a > 0 and b and a + 1 + b > width
    )


def unwrap(text: str) -> str:
    """``text`` with the lines a fixed-width wrapping broke joined back (a space between
    them); any other text as it is. Every character is kept.

    A width is counted in characters (lynx, html2text, ``fmt``) or in a terminal's columns
    (w3m: a vowel mark takes none); when the page holds vowel marks, the count under which more
    lines were broken as greedy wrapping breaks them is the one the tool used."""
    if len(text) < _MIN_FULL_LINES * _MIN_WIDTH or _long_line(text):
        return text
    lines = text.split("\n")
    stripped = [x.rstrip() for x in lines]
    width, lengths, firsts = _breaks(stripped, len)
    if _ZERO_WIDTH.search(text):
        by_columns = _breaks(stripped, _columns)
        if by_columns[0] and _joins(*by_columns) > (_joins(width, lengths, firsts) if width else 0):
            width, lengths, firsts = by_columns
    if not width:
        return text
    out: list[str] = []
    # paragraphs printed with no blank line between them: a line closing a sentence near the
    # width is a paragraph's end more often than a break inside one (a paragraph always ends
    # so, a line inside one seldom)
    packed = stripped.count("") * 10 < len(stripped)
    current = lines[0]
    for k, line in enumerate(lines[1:]):
        prev, nxt = stripped[k], line.strip()
        if (
            lengths[k]
            and nxt
            and lengths[k] + 1 + firsts[k + 1] > width
            and not (packed and prev[-1] in _SENTENCE_ENDS)
            and not _own_line(nxt)
            and not _ITEM.match(line)
        ):
            current = f"{current.rstrip()} {nxt}"  # the word did not fit: the same paragraph
        else:
            out.append(current)
            current = line
    out.append(current)
    return "\n".join(out)


def _long_line(text: str) -> bool:
    """Whether a line of ``text`` other than a list item is longer than any wrapping width, in
    characters and in columns (a line twice as long in characters is, without counting)."""
    for m in _LONG_LINE.finditer(text):
        start = text.rfind("\n", 0, m.start()) + 1
        if _unwrapped(text, start):
            continue  # a list item, a word too long to break, a line of Markdown links
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        if (
            end - start > 2 * _MAX_WIDTH
            or _ZERO_WIDTH.search(text, start, end) is None
            or _columns(text[start:end]) > _MAX_WIDTH
        ):
            return True
    return False


def _own_line(text: str) -> bool:
    return classify(0, text).kind in _OWN_LINES
