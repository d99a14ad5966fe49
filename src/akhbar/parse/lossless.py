"""The nothing-is-lost check: every letter and digit of the input reappears in the output."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import regex

from akhbar.model import Article, Page

__all__ = ["lost_chars", "output_strings"]

_LETTER_OR_DIGIT = regex.compile(r"[\p{L}\p{N}]")


def _article_strings(a: Article) -> Iterator[str]:
    for s in (a.headline, a.published, a.source, a.byline):
        if s:
            yield s
    yield from a.body
    yield from a.tags
    for v in a.raw.values():
        if isinstance(v, tuple):
            yield from v
        else:
            yield v


def output_strings(page: Page) -> Iterator[str]:
    """Every string a page holds (fields, raw, related, discarded)."""
    yield from _article_strings(page.main)
    for a in page.embedded:
        yield from _article_strings(a)
    for r in page.related:
        yield r.headline
        if r.url:
            yield r.url
    yield from page.discarded


def lost_chars(text: str, page: Page) -> str:
    """The letters and digits of ``text`` that ``page`` does not hold, in input order ("" when
    nothing is lost). Counted as multisets: a letter printed twice in the input must appear at
    least twice in the output."""
    have = Counter(_LETTER_OR_DIGIT.findall("".join(output_strings(page))))
    lost: list[str] = []
    for ch in _LETTER_OR_DIGIT.findall(text):
        if have[ch] > 0:
            have[ch] -= 1
        else:
            lost.append(ch)
    return "".join(lost)
