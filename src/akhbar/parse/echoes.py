"""Lines after the article's first paragraph that only repeat it: a share card as the social
networks show the page (the headline again, the lead's first words cut with ``...``), or a
tweet button's text (``عنوان عبر @sabqorg``, ``عنوان https://…``).

The page prints its headline and its lead once; a second copy under the body is the site's
sharing furniture, not a paragraph (round 5 discards the page's title printed over the heading
for the same reason). A copy at the top of the body is the article's text opening with its
title, and stays (``akhbar.parse.page`` asks only once a paragraph was read). The same cut
lead may stand above the headline, as a scraper prints the page's description (its
``og:description``) before the page: no headline, no paragraph (``excerpt_above``).
"""

from __future__ import annotations

import re

from akhbar.parse.lines import URL, Kind, Line

__all__ = ["echoes", "excerpt_above", "maybe_echo"]

#: what a share button adds after the headline: a handle, a hashtag, a link (no ``^``: it is matched from
#: the end of the headline, and ``^`` would only match at the line's start)
_SHARED = re.compile(rf"\s*(?:(?:عبر|via|من|from)\s+@\w+|@\w+|#\w+|{URL.pattern})$", re.IGNORECASE)
#: an excerpt is cut at a word with an ellipsis, a few words in at least
_ELLIPSES = ("...", "…")
_MIN_EXCERPT = 30


def maybe_echo(text: str, headline: str | None) -> bool:
    """The cheap test first (a text line of the body): an ellipsis at the end, or the headline
    at the start. Most paragraphs have neither."""
    return text.endswith(_ELLIPSES) or (headline is not None and text.startswith(headline))


def echoes(text: str, body: list[str], headline: str | None = None) -> bool:
    """Whether ``text`` (a text line after the first paragraph, ``maybe_echo``) repeats the
    headline, alone or with a share button's handle or link, or is the start of a paragraph of
    ``body`` cut with an ellipsis."""
    if headline and text.startswith(headline):
        return len(text) == len(headline) or _SHARED.match(text, len(headline)) is not None
    cut = text.rstrip(".… ")
    return len(cut) >= _MIN_EXCERPT and any(p.startswith(cut) and p != text for p in body)


#: how far below the page's description its lead may stand (the heading, date, byline between)
_EXCERPT_REACH = 12
#: a description runs a sentence's length; a headline cut with an ellipsis is shorter
_MIN_DESCRIPTION_WORDS = 10


def excerpt_above(lines: list[Line], i: int) -> bool:
    """Whether the text line at ``i``, above the article, is the page's description as
    scrapers print it from the page's metadata (``og:description``): the lead's first words cut
    with an ellipsis, the lead itself printed a few lines below."""
    text = lines[i].text
    if not text.endswith(_ELLIPSES):
        return False
    cut = text.rstrip(".… ")
    if len(cut.split()) < _MIN_DESCRIPTION_WORDS:
        return False  # (a headline may end with an ellipsis and open the lead too)
    return any(
        ln.kind is Kind.TEXT and len(ln.text) > len(text) and ln.text.startswith(cut)
        for ln in lines[i + 1 : i + _EXCERPT_REACH]
    )
