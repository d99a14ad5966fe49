"""Two fields printed on one line with nothing between them: a page's cells read as text with
no break (an ``innerText`` of inline cells), as the dev pages glue ``اقرأ أيضاً`` to its first
headline. Round 15 of the layouts:

- the source's name glued to the tags' label: ``المصدر: صحيفة الجزيرةالوسوم: a، b`` is the
  source line ``المصدر: صحيفة الجزيرة`` and the tag line ``الوسوم: a، b``;
- a read-also label glued after the last tag: ``الوسوم: a، bأخبار ذات صلة`` is the tag line
  ``الوسوم: a، b`` and the label ``أخبار ذات صلة`` over the related headlines.

A label is glued when it follows a letter with no space: a source's name or a tag never ends
with a label's words so written. Only source and tag lines are looked at (a few a page).
"""

from __future__ import annotations

from operator import itemgetter

from akhbar.parse.lines import Kind, Line, classify
from akhbar.parse.vocab import glued_read_also_end, glued_tags_label

__all__ = ["unglue"]

# (module constants: an Enum member looked up on its class costs a call each line)
_SOURCE, _TAGS = Kind.SOURCE, Kind.TAGS
_FIELDS = (_SOURCE, _TAGS)
_KIND = itemgetter(3)  # (``Line.kind``)


def _split(line: Line, at: int) -> list[Line]:
    """The line cut at ``at`` of its text, each piece read on its own (same line number)."""
    head, tail = line.text[:at], line.text[at:]
    first, second = classify(line.n, head), classify(line.n, tail)
    return [first, second]


def _unglued(line: Line) -> list[Line] | None:
    value = line.value
    if not value:
        return None
    if line.kind is Kind.SOURCE:
        at = glued_tags_label(line.text)
        if at is None:
            return None
        pieces = _split(line, at)
        if pieces[0].kind is not Kind.SOURCE or pieces[1].kind not in (Kind.TAGS, Kind.TAG_HEADER):
            return None
        return [*pieces[:1], *(_unglued(pieces[1]) or pieces[1:])]
    at = glued_read_also_end(line.text)
    if at is None:
        return None
    pieces = _split(line, at)
    if pieces[0].kind is not Kind.TAGS or pieces[1].kind is not Kind.READ_ALSO:
        return None
    return pieces


def _maybe_glued(lines: list[Line], k: int) -> bool:
    """Whether the source or tag line at ``k`` may hold a second field: the field it would
    hold is not on the next line (a source line over its tag line, a tag line over its
    read-also label, as most pages print them, are not looked into: speed)."""
    if k + 1 >= len(lines):
        return lines[k].kind is _SOURCE
    after = lines[k + 1].kind
    if lines[k].kind is _SOURCE:
        return after is not _TAGS and after is not Kind.TAG_HEADER
    return after is Kind.TEXT  # (the first related headline under a glued label)


def unglue(lines: list[Line]) -> list[Line]:
    """``lines`` with each source or tag line that holds a second field glued to it cut in
    two lines (the same list when none does). The source and tag lines are found by their
    kind in one pass in C (``list.count`` / ``list.index``), not by a loop over every line."""
    kinds = list(map(_KIND, lines))
    hits: list[tuple[int, list[Line]]] = []
    for kind in _FIELDS:
        start = 0
        for _ in range(kinds.count(kind)):
            k = kinds.index(kind, start)
            start = k + 1
            if _maybe_glued(lines, k) and (pieces := _unglued(lines[k])) is not None:
                hits.append((k, pieces))
    if not hits:
        return lines
    out = list(lines)
    for k, pieces in sorted(hits, reverse=True):
        out[k : k + 1] = pieces
    return out
