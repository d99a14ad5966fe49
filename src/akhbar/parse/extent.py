"""Where the page's own article ends: the first read-also label that starts a block of its
own (related headlines or an embedded article) rather than standing inside the body.

Moved out of ``page.py`` (which reads the lines in their places) to keep each module short.
"""

from __future__ import annotations

from akhbar.parse.boilerplate import is_notice
from akhbar.parse.lines import Kind, Line, is_paragraph, publication_date_line
from akhbar.parse.order import CLOSING
from akhbar.parse.vocab import COMMENT_PROMPT_RE, COMMENTS_HEADER_RE, fold

__all__ = [
    "MAX_COMMENTS_HEADER",
    "comments_at",
    "comments_start",
    "is_banner",
    "labelled_date_after",
    "main_end",
]

_TEXT = Kind.TEXT
#: how a site's notice (a sentence to the reader) ends; a headline seldom does
_NOTICE_END = frozenset(".!…")


def is_banner(text: str) -> bool:
    """A cookie or consent banner (``is_notice``; the cheap test of its last character first)."""
    return text[-1] in _NOTICE_END and is_notice(text)


def main_end(lines: list[Line]) -> int:
    """Index of the first read-also label that starts a block after the main article.

    A label stands inside the main article (its links are related headlines and the body goes
    on) when the article has not closed yet (no source or tag line since its first paragraph)
    and does close later; after a closing line, or with none to come, it starts a block.
    """
    first_para = next(
        (i for i, ln in enumerate(lines) if ln.kind is _TEXT and is_paragraph(ln.text)), 0
    )
    first_text = next((i for i, ln in enumerate(lines) if ln.kind is _TEXT), -1)
    text = lines[first_para].text if first_text == first_para else ""
    if text and is_banner(text):
        # a cookie banner over the page (its first text line) is not the article's paragraph
        first_para = next(
            (
                i
                for i, ln in enumerate(lines)
                if i > first_para and ln.kind is _TEXT and is_paragraph(ln.text)
            ),
            0,
        )
    closing = [i for i, ln in enumerate(lines) if ln.kind in CLOSING and i > first_para]
    for i, ln in enumerate(lines):
        if ln.kind is not Kind.READ_ALSO:
            continue
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if ln.value and nxt is not None and nxt.kind is Kind.TEXT and is_paragraph(nxt.text):
            continue  # a glued read-also link between two paragraphs: inline
        if closing and closing[0] < i:
            return i
        if closing and closing[-1] > i and not _opens_article(lines, i + 1):
            continue
        if (
            ln.value
            and not closing
            and _closed_above(lines, first_para)
            and not _opens_article(lines, i + 1)
        ):
            # the page printed its source or tags in the header's meta bar, so nothing marks
            # where the article ends: a glued link (an inline link's form) followed by more
            # text (a sub-heading, then paragraphs) rather than a header is inline too
            continue
        return i
    return len(lines)


def _closed_above(lines: list[Line], first_para: int) -> bool:
    """Whether a source or tag line stands before the first paragraph (``meta_line``)."""
    return any(lines[k].kind in CLOSING for k in range(first_para))


#: what may stand between an embedded article's headline and its first paragraph
_ARTICLE_HEADER = (Kind.DATE, Kind.BYLINE)


def _opens_article(lines: list[Line], i: int) -> bool:
    """Whether a read-also label's lines from ``i`` are a full article: a headline, then a date
    or byline line, then a paragraph. An inline link's headline is followed by the body's next
    paragraph, never by a header of its own."""
    if i + 2 >= len(lines) or lines[i].kind is not _TEXT or is_paragraph(lines[i].text):
        return False
    j = i + 1
    while j < len(lines) and lines[j].kind in _ARTICLE_HEADER:
        j += 1
    return j > i + 1 and j < len(lines) and lines[j].kind is _TEXT and is_paragraph(lines[j].text)


#: a comments header is a few words and a count (``تعليقات القراء (12)``)
MAX_COMMENTS_HEADER = 30


def comments_start(text: str) -> bool:
    """A readers' comments header or prompt (``3 تعليق``, ``تعليقات القراء``, ``أضف تعليقك``):
    where the article's page goes on with what its readers wrote."""
    if len(text) > MAX_COMMENTS_HEADER:
        return False
    folded = fold(text)
    return (
        COMMENTS_HEADER_RE.match(folded) is not None or COMMENT_PROMPT_RE.match(folded) is not None
    )


def labelled_date_after(lines: list[Line], i: int) -> bool:
    """Whether a date line labelled as the publication's (``تاريخ النشر: …``) follows ``i``."""
    return any(map(publication_date_line, lines[i + 1 :]))


def comments_at(seq: list[Line]) -> int | None:
    """Where the readers' comments start under a read-also list's headlines: a comments header
    or prompt (``3 تعليق``, ``تعليقات القراء``, ``أضف تعليقك``) after a headline (round 12's
    thread printed under the related list rather than over it). Their names, words and buttons
    are short lines a list would take for headlines."""
    seen = False
    for k, ln in enumerate(seq):
        if ln.kind is _TEXT:
            seen = True
        elif seen and ln.kind is Kind.BOILER and comments_start(ln.text):
            return k
    return None
