"""The issuer's furniture under a press release: the box about the company (``نبذة عن شركة
X`` / ``عن X`` / ``حول X:`` over a paragraph about it) and the media contact (``للتواصل
الإعلامي:`` / ``لمزيد من المعلومات يرجى التواصل مع:`` over a name, a job title, a phone and an
e-mail).

The issuer prints both under every release it sends, whatever the news: they are about the
company, not the article's text (as an author's bio box is about the writer,
``akhbar.parse.furniture.bio_end``). Each is known by what it says and where it stands: its
header, what follows it (a paragraph naming what the header names; short lines holding a phone
number or an e-mail), and nothing but the other box, closing lines (source, tags) or the end of
the article after it. A sub-heading in the body (``عن الاتفاق`` over two paragraphs) is followed
by more of the article's text, so it is no box.
"""

from __future__ import annotations

import re

from akhbar.parse.lines import Kind, Line, is_paragraph, words
from akhbar.parse.vocab import CONTACT_WORDS, RELEASE_ABOUT_RE, fold

__all__ = ["box_end"]

#: a cheap test of a line that may open a box: an about header's first word, a contact word
_HINT = re.compile(
    r"^(?:نبذ|عن |حول |about )|تواصل|اتصال|استفسار|معلومات|[إا]علام|contact|media", re.IGNORECASE
)
#: a contact's header and its lines are short
_MAX_CONTACT_HEADER_WORDS = 8
_MAX_CONTACT_LINE_WORDS = 6
_MAX_CONTACT_LINES = 6
#: a phone number (seven digits or more, spaces and signs between) or an e-mail address
_REACH = re.compile(r"(?:\+?\d[\d\s\-()]{5,}\d)|[\w.+-]+@[\w-]+\.[\w.]+")
_LETTERS = re.compile(r"[^\W\d_]+")


def box_end(lines: list[Line], i: int) -> int:
    """The index after the issuer's box starting at ``i`` (an about box or a media contact,
    and the other one under it), or ``i`` itself when none starts there."""
    text = lines[i].text
    if _HINT.search(text) is None:
        return i
    end = _about_end(lines, i)
    if end == i:
        end = _contact_end(lines, i)
    if end == i:
        return i
    nxt = _about_end(lines, end)
    if nxt == end:
        nxt = _contact_end(lines, end)
    if nxt > end:
        end = nxt
    if end < len(lines) and lines[end].kind is Kind.TEXT:
        return i  # the article's text goes on: a sub-heading, not the issuer's box
    return end


def _about_end(lines: list[Line], i: int) -> int:
    """After ``نبذة عن X`` over a paragraph that names X (its words, in order)."""
    if i + 1 >= len(lines) or lines[i].kind is not Kind.TEXT:
        return i
    m = RELEASE_ABOUT_RE.match(lines[i].text)
    nxt = lines[i + 1]
    if m is None or nxt.kind is not Kind.TEXT or not is_paragraph(nxt.text):
        return i
    name = " ".join(_LETTERS.findall(fold(m["name"])))
    return i + 2 if name and name in " ".join(_LETTERS.findall(fold(nxt.text))) else i


def _contact_end(lines: list[Line], i: int) -> int:
    """After a contact header over a few short lines, one of them a phone number or e-mail."""
    if i >= len(lines):
        return i
    line = lines[i]
    if line.kind is not Kind.TEXT or words(line.text) > _MAX_CONTACT_HEADER_WORDS:
        return i
    if CONTACT_WORDS.isdisjoint(_LETTERS.findall(fold(line.text))):
        return i
    j, reached = i + 1, False
    while (
        j < len(lines)
        and j - i <= _MAX_CONTACT_LINES
        and lines[j].kind is Kind.TEXT
        and words(lines[j].text) <= _MAX_CONTACT_LINE_WORDS
        and not is_paragraph(lines[j].text)
        and _about_end(lines, j) == j  # the about box under the contact
    ):
        reached = reached or _REACH.search(lines[j].text) is not None
        j += 1
    return j if reached else i
