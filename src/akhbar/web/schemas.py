"""The shapes of the JSON API's answers, for its OpenAPI document: a generated client gets
typed fields instead of "an object". The routes answer plain dicts (the library's
``to_dict``); ``tests/test_web_audit.py`` checks real answers against these models, which
refuse a field they do not name, so the document cannot drift from what is sent.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

__all__ = [
    "ArticleAnswer",
    "ArticleList",
    "IngestAnswer",
    "OutletList",
    "RelatedAnswer",
    "SearchAnswer",
    "StatsAnswer",
    "StoryAnswer",
    "StoryList",
    "TagList",
]


class _Shape(BaseModel):
    model_config = ConfigDict(extra="forbid")


class _Page(_Shape):
    """A listing's page: ``total`` counts every item, not just this page's."""

    total: int
    limit: int
    offset: int


class Hit(_Shape):
    id: str
    url: str | None
    outlet: str | None
    outlet_name: str | None
    source: str | None
    headline: str | None
    published: str | None
    published_ar: str
    score: float
    snippet: str
    #: the snippet with the query's words in ``<mark>``, everything else escaped
    snippet_html: str
    #: the article this one is a verified copy of (shown under it), if any
    copy_of: str | None


class FacetOutlet(_Shape):
    outlet: str
    count: int
    chosen: bool


class FacetDay(_Shape):
    day: str
    count: int
    chosen: bool


class FacetTag(_Shape):
    tag: str
    count: int
    chosen: bool


class Facets(_Shape):
    total: int
    outlets: list[FacetOutlet]
    days: list[FacetDay]
    tags: list[FacetTag]


class SearchAnswer(_Page):
    query: str
    #: why the results are what they are (common words searched as a phrase, no Arabic …)
    notice: str | None
    hits: list[Hit]
    #: only with ``facets=true``
    facets: Facets | None = None


class ArticleItem(_Shape):
    id: str
    outlet: str | None
    source: str | None
    url: str | None
    headline: str | None
    published: str | None
    lead: str
    story: str | None
    duplicate_group: str | None


class ArticleList(_Page):
    items: list[ArticleItem]


class Embedded(_Shape):
    """Another full article printed on the same page."""

    headline: str | None
    published: str | None
    source: str | None
    byline: str | None
    body: list[str]
    tags: list[str]


class Link(_Shape):
    headline: str
    url: str | None


class Copy(_Shape):
    """The same text printed by another outlet (or again)."""

    id: str
    outlet: str | None
    source: str | None
    headline: str | None
    published: str | None
    url: str | None
    length: int
    is_canonical: bool


class ArticleAnswer(_Shape):
    id: str
    url: str | None
    outlet: str | None
    outlet_name: str | None
    input: str
    headline: str | None
    published: str | None
    source: str | None
    byline: str | None
    body: list[str]
    tags: list[str]
    embedded: list[Embedded]
    #: links the page printed as related (not akhbar's own: see ``/related``)
    related: list[Link]
    discarded: list[str]
    raw_hash: str | None
    duplicate_group: str | None
    story: str | None
    story_size: int
    copies: list[Copy]


class RelatedAnswer(_Page):
    id: str
    items: list[Hit]


class StoryMember(_Shape):
    id: str
    outlet: str | None
    source: str | None
    headline: str | None
    published: str | None
    url: str | None
    duplicate_group: str | None
    is_canonical: bool


class StoryAnswer(_Shape):
    id: str
    title: str | None
    size: int
    outlets: list[str]
    first_seen: str | None
    last_seen: str | None
    #: in time order; empty in a list of stories
    members: list[StoryMember]


class StoryList(_Page):
    items: list[StoryAnswer]


class TagCount(_Shape):
    tag: str
    count: int


class TagList(_Page):
    items: list[TagCount]


class OutletCount(_Shape):
    outlet: str
    name: str
    count: int


class OutletList(_Page):
    items: list[OutletCount]


class StatsAnswer(_Shape):
    articles: int
    outlets: int
    days: int
    tags: int
    #: None when the store has no stories (ingested without akhbar.dedup)
    stories: int | None
    multi_outlet_stories: int | None
    duplicate_groups: int
    first_day: str | None
    last_day: str | None


class Reject(_Shape):
    #: the line of the body, when the reject is of one line
    line: int | None
    reason: str
    detail: str


class IngestAnswer(_Shape):
    inputs: int
    skipped_inputs: int
    read: int
    stored: int
    present: int
    #: every reject, counted by reason
    rejected: dict[str, int]
    seconds: float
    notes: list[str]
    stored_ids: list[str]
    #: the first rejects (at most ``MAX_REJECTS_LISTED``), each by its body line
    rejects: list[Reject]
