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


def _width(lines: list[str]) -> int | None:
    """The width a page was wrapped at, None when it was not: the longest line is at most
    ``_MAX_WIDTH`` and several lines come close to it."""
    lengths = [len(x) for x in lines if x]
    if not lengths:
        return None
    width = max(lengths)
    if not _MIN_WIDTH <= width <= _MAX_WIDTH:
        return None
    full = sum(1 for n in lengths if n >= width - _NEAR_WIDTH)
    return width if full >= _MIN_FULL_LINES else None


def unwrap(text: str) -> str:
    """``text`` with the lines a fixed-width wrapping broke joined back (a space between
    them); any other text as it is. Every character is kept."""
    if len(text) < _MIN_FULL_LINES * _MIN_WIDTH or _LONG_LINE.search(text):
        return text
    lines = text.split("\n")
    stripped = [x.rstrip() for x in lines]
    width = _width(stripped)
    if width is None:
        return text
    out: list[str] = []
    # paragraphs printed with no blank line between them: a line closing a sentence near the
    # width is a paragraph's end more often than a break inside one (a paragraph always ends
    # so, a line inside one seldom)
    packed = stripped.count("") * 10 < len(stripped)
    current = lines[0]
    for prev, line in zip(stripped, lines[1:], strict=False):
        nxt = line.strip()
        first = nxt.split(" ", 1)[0] if nxt else ""
        if (
            prev.strip()
            and first
            and len(prev) + 1 + len(first) > width
            and not (packed and prev[-1] in _SENTENCE_ENDS)
            and not _own_line(nxt)
        ):
            current = f"{current.rstrip()} {nxt}"  # the word did not fit: the same paragraph
        else:
            out.append(current)
            current = line
    out.append(current)
    return "\n".join(out)


def _own_line(text: str) -> bool:
    return classify(0, text).kind in _OWN_LINES
