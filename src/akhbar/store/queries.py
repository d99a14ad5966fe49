"""Read-only listing queries over the store, for the web app and the API.

Every function takes an SQLite connection to an akhbar store and only reads: the latest
articles (optionally of one outlet, day or tag), the outlets, days and tags with their counts,
and the store's headline figures. Lists come back as frozen dataclasses, newest first.

>>> from akhbar.store import open_store
>>> conn = open_store(":memory:").connection
>>> latest_articles(conn).total
0
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from akhbar.errors import QueryError

__all__ = [
    "MAX_LIMIT",
    "WITH_GROUPS",
    "ArticleList",
    "ArticleSummary",
    "StoreFigures",
    "day_counts",
    "figures",
    "group_counts",
    "has_table",
    "latest_articles",
    "latest_day",
    "outlet_counts",
    "select_in",
    "tag_counts",
]

#: articles (``a``) with their duplicate group and story (``g``, the narrow ``article_groups``
#: table: see ``schema.sql``), for ``SELECT ... FROM {WITH_GROUPS}``
WITH_GROUPS = "articles a JOIN article_groups g ON g.article = a.rowid"

MAX_LIMIT = 100
_LEAD_CHARS = 320


@dataclass(frozen=True, kw_only=True)
class ArticleSummary:
    """What a list shows of one article: its headline, outlet, time and the start of its body.
    ``source`` is the source line the article names (``Article.source``): a list shows it
    where the article has no outlet, as the article's own page does."""

    id: str
    outlet: str | None
    source: str | None
    url: str | None
    headline: str | None
    published: str | None
    lead: str
    story: str | None
    duplicate_group: str | None

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass(frozen=True, kw_only=True)
class ArticleList:
    """One page of a list, and how many articles the whole list has."""

    total: int
    offset: int
    items: tuple[ArticleSummary, ...]


@dataclass(frozen=True, kw_only=True)
class StoreFigures:
    """The store at a glance (the stats page and ``/api/stats``)."""

    articles: int
    outlets: int
    days: int
    tags: int
    stories: int | None  # None when the store has no stories table (dedup not installed)
    multi_outlet_stories: int | None
    duplicate_groups: int  # groups of two or more copies of one text
    first_day: str | None
    last_day: str | None

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def _check_page(limit: int, offset: int) -> None:
    if not 1 <= limit <= MAX_LIMIT:
        raise QueryError(f"limit must be between 1 and {MAX_LIMIT}, not {limit}")
    if offset < 0:
        raise QueryError(f"offset must be 0 or more, not {offset}")


def _lead(body: str) -> str:
    first = body.split("\n", 1)[0]
    if len(first) <= _LEAD_CHARS:
        return first
    cut = first.rfind(" ", 0, _LEAD_CHARS)
    return first[: cut if cut > 0 else _LEAD_CHARS] + "…"


def latest_articles(
    conn: sqlite3.Connection,
    *,
    outlet: str | None = None,
    day: str | None = None,
    tag: str | None = None,
    limit: int = 20,
    offset: int = 0,
) -> ArticleList:
    """Articles newest first, optionally only one outlet's, one day's or one tag's."""
    _check_page(limit, offset)
    where: list[str] = []
    args: list[Any] = []
    if outlet is not None:
        where.append("a.outlet = ?")
        args.append(outlet)
    if day is not None:
        where.append("a.day = ?")
        args.append(day)
    if tag is not None:
        where.append("a.rowid IN (SELECT article FROM article_tags WHERE tag = ?)")
        args.append(tag)
    sql_where = f"WHERE {' AND '.join(where)}" if where else ""
    total = int(conn.execute(f"SELECT count(*) FROM articles a {sql_where}", args).fetchone()[0])
    # ``day`` first lets SQLite walk the (outlet, day) / (day) indexes instead of sorting it all
    rows = conn.execute(
        "SELECT a.id, a.outlet, a.source, a.url, a.headline, a.published, "
        f"substr(a.body, 1, 1200), g.story, g.duplicate_group FROM {WITH_GROUPS} {sql_where} "
        "ORDER BY a.day DESC, a.published DESC, a.rowid DESC LIMIT ? OFFSET ?",
        [*args, limit, offset],
    ).fetchall()
    items = tuple(
        ArticleSummary(
            id=r[0],
            outlet=r[1],
            source=r[2],
            url=r[3],
            headline=r[4],
            published=r[5],
            lead=_lead(r[6] or ""),
            story=r[7],
            duplicate_group=r[8],
        )
        for r in rows
    )
    return ArticleList(total=total, offset=offset, items=items)


def latest_day(conn: sqlite3.Connection) -> str | None:
    """The most recent publication day in the store."""
    row = conn.execute("SELECT max(day) FROM articles").fetchone()
    return str(row[0]) if row and row[0] else None


def outlet_counts(conn: sqlite3.Connection) -> list[tuple[str, int]]:
    """Every outlet with its number of articles, largest first."""
    rows = conn.execute(
        "SELECT outlet, count(*) AS n FROM articles WHERE outlet IS NOT NULL "
        "GROUP BY outlet ORDER BY n DESC, outlet"
    ).fetchall()
    return [(str(o), int(n)) for o, n in rows]


def day_counts(conn: sqlite3.Connection, *, outlet: str | None = None) -> list[tuple[str, int]]:
    """Every publication day with its number of articles (of one outlet), newest first."""
    where = "AND outlet = ?" if outlet is not None else ""
    rows = conn.execute(
        f"SELECT day, count(*) FROM articles WHERE day IS NOT NULL {where} "
        "GROUP BY day ORDER BY day DESC",
        [outlet] if outlet is not None else [],
    ).fetchall()
    return [(str(d), int(n)) for d, n in rows]


def tag_counts(
    conn: sqlite3.Connection, *, limit: int = 50, offset: int = 0
) -> tuple[int, list[tuple[str, int]]]:
    """How many distinct tags there are, and one page of them, most used first."""
    _check_page(limit, offset)
    total = int(conn.execute("SELECT count(DISTINCT tag) FROM article_tags").fetchone()[0])
    rows = conn.execute(
        "SELECT tag, count(*) AS n FROM article_tags GROUP BY tag ORDER BY n DESC, tag "
        "LIMIT ? OFFSET ?",
        (limit, offset),
    ).fetchall()
    return total, [(str(t), int(n)) for t, n in rows]


#: keys bound in one ``IN (...)``: well under SQLite's limit of bound parameters
IN_CHUNK = 500


def select_in(
    conn: sqlite3.Connection, sql: str, keys: Sequence[object], *, chunk: int = IN_CHUNK
) -> Iterator[tuple[Any, ...]]:
    """The rows of ``sql`` whose ``{marks}`` (an ``IN ({marks})`` list) is bound to ``keys``,
    ``chunk`` keys per query.

    >>> conn = sqlite3.connect(":memory:")
    >>> list(select_in(conn, "SELECT value FROM json_each('[1,2,3]') WHERE value IN ({marks})",
    ...                [3, 1], chunk=1))
    [(3,), (1,)]
    """
    for k in range(0, len(keys), chunk):
        part = keys[k : k + chunk]
        yield from conn.execute(sql.format(marks=",".join("?" * len(part))), part)


def has_table(conn: sqlite3.Connection, name: str) -> bool:
    """Whether the store has a table ``name`` (stages create theirs on first use)."""
    row = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
    ).fetchone()
    return row is not None


def group_counts(conn: sqlite3.Connection) -> tuple[int, int]:
    """How many duplicate groups the store holds, and how many of them have two or more
    copies (an article not yet grouped is its own group)."""
    groups, with_copies = conn.execute(
        "SELECT count(*), coalesce(sum(n > 1), 0) "
        "FROM (SELECT count(*) AS n FROM article_groups GROUP BY duplicate_group)"
    ).fetchone()
    return int(groups), int(with_copies)


def figures(conn: sqlite3.Connection) -> StoreFigures:
    """Counts of articles, outlets, days, tags, stories and duplicate groups."""
    articles, outlets, days, first, last = conn.execute(
        "SELECT count(*), count(DISTINCT outlet), count(DISTINCT day), min(day), max(day) "
        "FROM articles"
    ).fetchone()
    groups = group_counts(conn)[1]
    tags = int(conn.execute("SELECT count(DISTINCT tag) FROM article_tags").fetchone()[0])
    stories = multi = None
    if has_table(conn, "stories"):
        stories, multi = conn.execute(
            "SELECT count(*), coalesce(sum(json_array_length(outlets) > 1), 0) FROM stories"
        ).fetchone()
    return StoreFigures(
        articles=int(articles),
        outlets=int(outlets),
        days=int(days),
        tags=tags,
        stories=None if stories is None else int(stories),
        multi_outlet_stories=None if multi is None else int(multi),
        duplicate_groups=int(groups),
        first_day=first,
        last_day=last,
    )
