"""What the pages and the API read from the store, shared by both so they show the same thing.

Each function takes a read-only connection and returns plain data (dataclasses from the
library modules); stories come from ``akhbar.stories`` and related articles from
``akhbar.search`` when the store has their tables, and are left out (``None``) when it does not.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass

from akhbar.dedup import Member, group_members
from akhbar.model import Record
from akhbar.search import Filters, Hit, SearchMemo, check_dates, related
from akhbar.store.queries import WITH_GROUPS, has_table, latest_day, select_in

# the store's own column list and row decoder, so a record reads the same as ``store.get``
from akhbar.store.sqlite import _COLUMNS, record_from_row
from akhbar.stories import Story, StoryMember, count_stories, get_story, list_stories
from akhbar.web.cache import StoreCache
from akhbar.web.format import lead, outlet_name, summary

__all__ = [
    "ArticleView",
    "StoryEntry",
    "article_view",
    "cached_related",
    "calendar_day",
    "get_record",
    "news_day",
    "related_hits",
    "search_filters",
    "story_count",
    "story_entries",
    "story_leads",
    "story_list",
    "story_with_members",
]


def calendar_day(value: str | None) -> str | None:
    """A ``day`` parameter that is a real date (``2015-02-30`` is not), else ``ValueError``;
    the routes' validator, so a bad day is a 422 like a bad ``from``."""
    if value is not None:
        dt.date.fromisoformat(value)
    return value


def search_filters(
    outlets: list[str] | None,
    tags: list[str] | None,
    date_from: dt.date | None,
    date_to: dt.date | None,
) -> Filters:
    """The search filters of a request (API or page); a reversed range is the search's own
    ``QueryError`` (``check_dates``), raised here so that a page without a query says so too."""
    filters = Filters(
        outlets=tuple(outlets or ()),
        tags=tuple(tags or ()),
        date_from=date_from.isoformat() if date_from else None,
        date_to=date_to.isoformat() if date_to else None,
    )
    check_dates(filters)
    return filters


def get_record(conn: sqlite3.Connection, article_id: str) -> Record | None:
    """One stored article by id (the store's own row decoder, over this connection)."""
    row = conn.execute(
        f"SELECT {_COLUMNS} FROM {WITH_GROUPS} WHERE a.id = ?", (article_id,)
    ).fetchone()
    return record_from_row(row) if row else None


@dataclass(frozen=True, kw_only=True)
class ArticleView:
    """An article with what akhbar knows around it."""

    record: Record
    #: the other outlets' copies of the same text (dedup), oldest first
    copies: tuple[Member, ...]
    #: the story the article belongs to, without members (None when alone or not clustered)
    story: Story | None
    #: similar articles computed by akhbar.search (None when the store has no search index or
    #: they were not asked for)
    related: tuple[Hit, ...] | None


def related_hits(
    conn: sqlite3.Connection, article_id: str, limit: int, *, memo: SearchMemo | None = None
) -> tuple[Hit, ...] | None:
    """Articles related to one article (akhbar.search), None when the store has no index."""
    if not has_table(conn, "search_fts"):
        return None
    return tuple(related(conn, article_id, limit=limit, memo=memo))


def cached_related(
    cache: StoreCache,
    conn: sqlite3.Connection,
    article_id: str,
    limit: int,
    *,
    memo: SearchMemo | None = None,
) -> tuple[Hit, ...] | None:
    """``related_hits`` through the app's cache (the article page shows them once computed)."""
    return cache.get(
        ("related", article_id, limit), lambda: related_hits(conn, article_id, limit, memo=memo)
    )


def article_view(
    conn: sqlite3.Connection,
    article_id: str,
    *,
    related_limit: int | None = 6,
    memo: SearchMemo | None = None,
) -> ArticleView | None:
    """The article, its copies and its story; related articles unless ``related_limit`` is
    None (the page then gets them separately, see ``pages.article_page``)."""
    record = get_record(conn, article_id)
    if record is None:
        return None
    copies: tuple[Member, ...] = ()
    if record.duplicate_group:
        members = group_members(conn, record.duplicate_group)
        copies = tuple(m for m in members if m.id != record.id)
    story = None
    if record.story and has_table(conn, "stories"):
        found = get_story(conn, record.story, members=False)
        if found is not None and found.size > 1:
            story = found
    hits = (
        None if related_limit is None else related_hits(conn, article_id, related_limit, memo=memo)
    )
    return ArticleView(record=record, copies=copies, story=story, related=hits)


def story_list(
    conn: sqlite3.Connection,
    *,
    day: str | None,
    outlet: str | None,
    limit: int,
    offset: int,
    min_size: int = 1,
) -> list[Story] | None:
    """Stories (largest first) of one day / outlet; None when the store has no stories yet."""
    if not has_table(conn, "stories"):
        return None
    return list_stories(conn, day=day, outlet=outlet, min_size=min_size, limit=limit, offset=offset)


def story_count(
    conn: sqlite3.Connection, *, day: str | None, outlet: str | None, min_size: int = 1
) -> int:
    """How many stories ``story_list`` pages through (0 when the store has no stories)."""
    if not has_table(conn, "stories"):
        return 0
    return count_stories(conn, day=day, outlet=outlet, min_size=min_size)


#: what a story card reads of each member's text: enough for its opening paragraphs
_LEAD_READ = 1200


def story_leads(
    conn: sqlite3.Connection, stories: list[Story], *, limit: int = 220
) -> dict[str, str]:
    """Each story's lead for its card: the opening paragraph of the member whose headline is
    the story's title (else of its first member), cut to ``limit`` characters."""
    titles = {s.id: s.title for s in stories}
    chosen: dict[str, tuple[bool, str]] = {}
    sql = (
        f"SELECT g.story, a.headline, substr(a.body, 1, {_LEAD_READ}) FROM {WITH_GROUPS} "
        "WHERE g.story IN ({marks}) ORDER BY coalesce(a.published, ''), a.rowid"
    )
    for story, headline, body in select_in(conn, sql, list(titles)):
        is_title = bool(headline) and headline == titles.get(story)
        if story not in chosen or (is_title and not chosen[story][0]):
            chosen[story] = (is_title, body or "")
    return {
        story: summary(lead(body.split("\n")), limit) for story, (_, body) in chosen.items() if body
    }


def news_day(conn: sqlite3.Connection) -> str | None:
    """The day the home page opens on: the latest day on which two outlets or more told one
    story (a lone late page, like a single 2023 article in a 2015 store, does not make a front
    page); the latest day of all when the store has no such story or no stories."""
    if has_table(conn, "stories"):
        row = conn.execute(
            "SELECT max(substr(first_seen, 1, 10)) FROM stories "
            "WHERE size > 1 AND json_array_length(outlets) > 1"
        ).fetchone()
        if row and row[0]:
            return str(row[0])
    return latest_day(conn)


@dataclass(frozen=True, kw_only=True)
class StoryEntry:
    """One text of a story: its canonical copy and the other outlets' copies under it."""

    canonical: StoryMember
    copies: tuple[StoryMember, ...]

    @property
    def first_published(self) -> str | None:
        """When the text first appeared (the entry stands there in the timeline), which is
        not always when its canonical copy did."""
        times = [m.published for m in (self.canonical, *self.copies) if m.published]
        return min(times) if times else None

    @property
    def publishers(self) -> tuple[str, ...]:
        """Who printed the text, as the page names them: each outlet's name, and for a copy
        without an outlet the source it names (``outlet_name``), each once."""
        seen = (self.canonical, *self.copies)
        return tuple(dict.fromkeys(outlet_name(m.outlet, m.source) for m in seen))


def story_entries(story: Story) -> list[StoryEntry]:
    """The story's members in time order, each duplicate group collapsed under its canonical
    copy (placed where the group first appeared)."""
    order: list[str] = []
    groups: dict[str, list[StoryMember]] = {}
    for m in story.members:
        key = m.duplicate_group or m.id
        if key not in groups:
            order.append(key)
            groups[key] = []
        groups[key].append(m)
    entries = []
    for key in order:
        members = groups[key]
        canonical = next((m for m in members if m.is_canonical), members[0])
        copies = tuple(m for m in members if m is not canonical)
        entries.append(StoryEntry(canonical=canonical, copies=copies))
    return entries


def story_with_members(conn: sqlite3.Connection, story_id: str) -> Story | None:
    """One story and its members, or None (also when the store has no stories table)."""
    if not has_table(conn, "stories"):
        return None
    return get_story(conn, story_id)
