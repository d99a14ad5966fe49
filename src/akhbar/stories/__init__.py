"""Stories: the articles about one specific event (a meeting, an attack, a match), across
outlets and days.

Built incrementally from the duplicate groups (a verified copy joins its original's story)
and headline+lead similarity (stemmed TF-IDF) with shared names, inside a sliding window of
a few days (see ``cluster``). ``akhbar.dedup.update_pending`` runs both steps in one
transaction; the web app and CLI read with ``list_stories`` and ``get_story``.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass

from akhbar.errors import QueryError
from akhbar.store.queries import WITH_GROUPS, has_table, select_in
from akhbar.stories import saved
from akhbar.stories.cluster import (
    WATERMARK,
    EntityFn,
    Frame,
    Placement,
    frame,
    place,
    stored_features,
)
from akhbar.stories.features import StoryFeatures

__all__ = [
    "EntityFn",
    "Story",
    "StoryMember",
    "count_stories",
    "ensure_schema",
    "get_story",
    "list_stories",
    "reset",
    "update_pending",
    "update_stories",
]

SCHEMA = """
CREATE TABLE IF NOT EXISTS stories (
    id          TEXT PRIMARY KEY,
    title       TEXT,
    size        INTEGER NOT NULL,
    outlets     TEXT NOT NULL,   -- JSON array, by first appearance
    first_seen  TEXT,
    last_seen   TEXT
);
CREATE INDEX IF NOT EXISTS stories_size ON stories (size);
"""


@dataclass(frozen=True, kw_only=True)
class StoryMember:
    id: str
    outlet: str | None
    #: the source line the article names (``Article.source``): shown where it has no outlet
    source: str | None
    headline: str | None
    published: str | None
    url: str | None
    duplicate_group: str | None
    is_canonical: bool  # the fullest text of its duplicate group (earliest on ties)


@dataclass(frozen=True, kw_only=True)
class Story:
    id: str
    title: str | None
    size: int
    outlets: tuple[str, ...]
    first_seen: str | None
    last_seen: str | None
    members: tuple[StoryMember, ...] = ()

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "title": self.title,
            "size": self.size,
            "outlets": list(self.outlets),
            "first_seen": self.first_seen,
            "last_seen": self.last_seen,
            "members": [m.__dict__ for m in self.members],
        }


def ensure_schema(conn: sqlite3.Connection) -> None:
    conn.executescript(SCHEMA)


def reset(conn: sqlite3.Connection) -> None:
    """Forget every story (inside the caller's transaction); the next pass re-places every
    article and overwrites ``article_groups.story``."""
    if has_table(conn, "stories"):  # a store ingested without stages has none yet
        conn.execute("DELETE FROM stories")
    conn.execute("DELETE FROM meta WHERE key = ?", (WATERMARK,))
    saved.clear(conn)  # the feature code may have changed since they were computed


def _central(feats: list[StoryFeatures]) -> int:
    """Index of the member closest to the story's centroid (its headline names the story)."""
    centroid: dict[str, float] = {}
    for f in feats:
        for t, w in f.vector.items():
            centroid[t] = centroid.get(t, 0.0) + w
    totals = [sum(w * centroid[t] for t, w in f.vector.items()) for f in feats]
    return max(range(len(feats)), key=lambda i: (totals[i], -i))


#: what a story summary reads of a member: sort key, rowid, outlet, published, headline
_Member = tuple[str, int, str | None, str | None, str | None]


def _refresh(conn: sqlite3.Connection, placed: Mapping[int, Placement]) -> None:
    """Rewrite the summaries (title, size, outlets, span) of the stories new articles joined.

    The new members come from ``placed``; only stories begun before this pass can hold older
    members, read back from the store with their saved features.
    """
    by_story: dict[str, list[_Member]] = {}
    for rid, p in placed.items():
        by_story.setdefault(p.story, []).append(
            (p.published or "", rid, p.outlet, p.published, p.headline)
        )
    feats = {rid: p.features for rid, p in placed.items()}
    founded = {p.story for p in placed.values() if p.founder}
    older = sorted(by_story.keys() - founded)
    sql = (
        "SELECT g.story, coalesce(a.published, ''), a.rowid, a.outlet, a.published, "
        f"a.headline FROM {WITH_GROUPS} WHERE g.story IN ({{marks}})"
    )
    for sid, key, rid, outlet, published, headline in select_in(conn, sql, older):
        if rid not in placed:
            by_story[sid].append((key, rid, outlet, published, headline))
    out = []
    need: list[int] = []
    for members in by_story.values():
        if len(members) > 2:
            need += [m[1] for m in members if m[1] not in feats]
    if need:
        feats.update(stored_features(conn, need))
    for sid, members in by_story.items():
        members.sort(key=lambda m: (m[0], m[1]))
        title = members[0][4]
        if len(members) > 2:
            title = members[_central([feats[m[1]] for m in members])][4]
        outlets = list(dict.fromkeys(m[2] for m in members if m[2]))
        seen = [m[3] for m in members if m[3]]
        out.append(
            (
                sid,
                title,
                len(members),
                json.dumps(outlets),
                min(seen) if seen else None,
                max(seen) if seen else None,
            )
        )
    conn.executemany("INSERT OR REPLACE INTO stories VALUES (?, ?, ?, ?, ?, ?)", out)


def update_stories(
    conn: sqlite3.Connection,
    *,
    entities: EntityFn | None = None,
    known: Mapping[int, StoryFeatures] | None = None,
    groups: Mapping[int, str] | None = None,
    pending: Frame | None = None,
) -> int:
    """Place articles above the stories watermark (inside the caller's transaction).

    ``known``: features already computed for some rowids (dedup computes the new ones);
    ``groups``: duplicate groups dedup deferred, written here with the stories in one pass;
    ``pending``: the ``cluster.frame`` of those articles when the caller read it already
    (``entities`` and ``known`` then went to it).
    """
    if pending is None:
        pending = frame(conn, entities=entities, known=known)
    placed = place(conn, pending, groups=groups)
    _refresh(conn, placed)
    return len(placed)


def update_pending(conn: sqlite3.Connection, *, entities: EntityFn | None = None) -> int:
    """Dedup then stories for every pending article, in one transaction."""
    from akhbar.dedup import update_pending as dedup_and_stories  # dedup imports this package

    return dedup_and_stories(conn, entities=entities).stories


def _story(row: tuple[str, str | None, int, str, str | None, str | None]) -> Story:
    return Story(
        id=row[0],
        title=row[1],
        size=int(row[2]),
        outlets=tuple(json.loads(row[3])),
        first_seen=row[4],
        last_seen=row[5],
    )


def list_stories(
    conn: sqlite3.Connection,
    *,
    day: str | None = None,
    outlet: str | None = None,
    min_size: int = 1,
    limit: int = 50,
    offset: int = 0,
) -> list[Story]:
    """Stories, largest first; with ``day``/``outlet``: those with a member that day/outlet."""
    if limit < 0 or offset < 0:
        raise QueryError(f"limit and offset must be >= 0 (got limit={limit}, offset={offset})")
    where, args = _story_filter(day=day, outlet=outlet, min_size=min_size)
    rows = conn.execute(
        "SELECT s.id, s.title, s.size, s.outlets, s.first_seen, s.last_seen FROM stories s "
        f"WHERE {where} ORDER BY s.size DESC, s.first_seen, s.id LIMIT ? OFFSET ?",
        (*args, limit, offset),
    ).fetchall()
    return [_story(r) for r in rows]


def count_stories(
    conn: sqlite3.Connection,
    *,
    day: str | None = None,
    outlet: str | None = None,
    min_size: int = 1,
) -> int:
    """How many stories ``list_stories`` pages through with the same filters."""
    where, args = _story_filter(day=day, outlet=outlet, min_size=min_size)
    row = conn.execute(f"SELECT count(*) FROM stories s WHERE {where}", args).fetchone()
    return int(row[0])


def _story_filter(
    *, day: str | None, outlet: str | None, min_size: int
) -> tuple[str, list[object]]:
    """The WHERE clause (and its arguments) over ``stories s`` of a story listing."""
    where: list[str] = ["s.size >= ?"]
    args: list[object] = [min_size]
    if day is not None or outlet is not None:
        sub: list[str] = []
        sub_args: list[object] = []
        if day is not None:
            sub.append("a.day = ?")
            sub_args.append(day)
        if outlet is not None:
            sub.append("a.outlet = ?")
            sub_args.append(outlet)
        where.append(f"s.id IN (SELECT g.story FROM {WITH_GROUPS} WHERE {' AND '.join(sub)})")
        args += sub_args
    return " AND ".join(where), args


def get_story(conn: sqlite3.Connection, story_id: str, *, members: bool = True) -> Story | None:
    """One story with its members in time order (``members=False``: without them), or None."""
    row = conn.execute(
        "SELECT id, title, size, outlets, first_seen, last_seen FROM stories WHERE id = ?",
        (story_id,),
    ).fetchone()
    if row is None:
        return None
    if not members:
        return _story(row)
    rows = conn.execute(
        "SELECT a.id, a.outlet, a.headline, a.published, a.url, g.duplicate_group, "
        f"length(a.body), a.source FROM {WITH_GROUPS} WHERE g.story = ? "
        "ORDER BY coalesce(a.published, ''), a.rowid",
        (story_id,),
    ).fetchall()
    longest: dict[str | None, tuple[int, int]] = {}
    for i, r in enumerate(rows):
        key = r[5] or r[0]
        if key not in longest or r[6] > longest[key][0]:
            longest[key] = (r[6], i)
    canonical = {i for _, i in longest.values()}
    told = tuple(
        StoryMember(
            id=r[0],
            outlet=r[1],
            source=r[7],
            headline=r[2],
            published=r[3],
            url=r[4],
            duplicate_group=r[5],
            is_canonical=i in canonical,
        )
        for i, r in enumerate(rows)
    )
    return Story(**{**_story(row).__dict__, "members": told})
