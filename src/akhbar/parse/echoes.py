"""Lines after the article's first paragraph that only repeat it: a share card as the social
networks show the page (the headline again, the lead's first words cut with ``...``), or a
tweet button's text (``عنوان عبر @sabqorg``, ``عنوان https://…``).

The page prints its headline and its lead once; a second copy under the body is the site's
sharing furniture, not a paragraph (round 5 discards the page's title printed over the heading
for the same reason). A copy at the top of the body is the article's text opening with its
title, and stays (``akhbar.parse.page`` asks only once a paragraph was read).
"""

from __future__ import annotations

import re

__all__ = ["echoes", "maybe_echo"]

#: what a share button adds after the headline: a handle, a link (no ``^``: it is matched from
#: the end of the headline, and ``^`` would only match at the line's start)
_SHARED = re.compile(r"\s*(?:(?:عبر|via|من|from)\s+@\w+|@\w+|https?://\S+)$", re.IGNORECASE)
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
