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

from akhbar.parse.lines import Kind, Line, classify
from akhbar.parse.vocab import READ_ALSO_GLUED_END_RE, TAGS_GLUED_RE

__all__ = ["unglue"]


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
        m = TAGS_GLUED_RE.search(line.text)
        if m is None:
            return None
        pieces = _split(line, m.start())
        if pieces[0].kind is not Kind.SOURCE or pieces[1].kind not in (Kind.TAGS, Kind.TAG_HEADER):
            return None
        return [*pieces[:1], *(_unglued(pieces[1]) or pieces[1:])]
    m = READ_ALSO_GLUED_END_RE.search(line.text)
    if m is None:
        return None
    pieces = _split(line, m.start())
    if pieces[0].kind is not Kind.TAGS or pieces[1].kind is not Kind.READ_ALSO:
        return None
    return pieces


def unglue(lines: list[Line]) -> list[Line]:
    """``lines`` with each source or tag line that holds a second field glued to it cut in
    two lines (the same list when none does)."""
    out: list[Line] | None = None
    for k, line in enumerate(lines):
        if line.kind is Kind.SOURCE or line.kind is Kind.TAGS:
            pieces = _unglued(line)
            if pieces is not None:
                if out is None:
                    out = lines[:k]
                out += pieces
                continue
        if out is not None:
            out.append(line)
    return lines if out is None else out
