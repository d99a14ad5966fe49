"""What a search returns: filters in, hits and pages out, facet counts for the search page."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from akhbar.search.snippet import to_html

__all__ = ["Facets", "Filters", "Hit", "SearchResults"]


@dataclass(frozen=True, kw_only=True)
class Filters:
    """Restrict results: outlets (any of), days ``date_from``..``date_to`` inclusive, tags (any of)."""

    outlets: tuple[str, ...] = ()
    date_from: str | None = None
    date_to: str | None = None
    tags: tuple[str, ...] = ()

    def chosen_day(self) -> str | None:
        """The day chosen, when the range is one day (from = to), else None: the day facet
        chooses a day so, and shows it chosen only then (the search page and the JSON API)."""
        return (
            self.date_from
            if self.date_from is not None and self.date_from == self.date_to
            else None
        )


@dataclass(frozen=True, kw_only=True)
class Hit:
    """One result. ``snippet`` is plain text with matches in ``**``; ``snippet_spans`` index
    ``snippet_text`` (unmarked) so a UI can escape and mark it itself (``snippet_html``)."""

    id: str
    url: str | None
    outlet: str | None
    headline: str | None
    published: str | None
    score: float
    snippet: str
    snippet_text: str = ""
    snippet_spans: tuple[tuple[int, int], ...] = ()
    headline_spans: tuple[tuple[int, int], ...] = ()
    #: False for an article that matches only some of the query's words (``match="auto"``)
    matched_all: bool = True
    #: the id of the article above this one on the page when this is a verified copy of it
    #: (the same dispatch in another outlet; see ``akhbar.search.copies``)
    copy_of: str | None = None
    #: the source line the article names (``Article.source``): a list shows it where the
    #: article has no outlet, as the article's own page does
    source: str | None = None

    @property
    def snippet_html(self) -> str:
        return to_html(self.snippet_text, self.snippet_spans)

    @property
    def headline_html(self) -> str:
        return to_html(self.headline or "", self.headline_spans)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "url": self.url,
            "outlet": self.outlet,
            "headline": self.headline,
            "published": self.published,
            "score": round(self.score, 4),
            "snippet": self.snippet,
        }


@dataclass(frozen=True, kw_only=True)
class SearchResults:
    """One page of results; ``total`` counts every match (``relaxed`` of them partial)."""

    query: str
    total: int
    hits: tuple[Hit, ...]
    offset: int = 0
    relaxed: int = 0
    #: every word of the query is a common word (في، من …): they were searched as one exact
    #: phrase, in the order typed (``akhbar.search.query``); ``notice`` tells the user
    common_phrase: bool = False

    @property
    def notice(self) -> str | None:
        """What the user should know about how the query was searched (None: nothing)."""
        if self.common_phrase:
            return (
                "every word of the query is a common word, found in almost every article, "
                "so the words were searched as one exact phrase, in the order typed"
            )
        return None


@dataclass(frozen=True, kw_only=True)
class Facets:
    """How many articles match, by outlet, by day and by tag (largest first; days in order)."""

    total: int
    outlets: tuple[tuple[str, int], ...]
    days: tuple[tuple[str, int], ...]
    tags: tuple[tuple[str, int], ...]
