"""Near-duplicate groups: one agency dispatch reprinted by many outlets becomes one group.

MinHash LSH (rensa signatures, 128 bands of 2 rows) over normalized word 3-grams finds
candidates; each candidate pair is verified exactly (containment of shingles plus shared
distinctive words, see ``verify``). State lives in the store, so ingest calls
``update_pending`` after each batch and a new article joins its group without a rebuild;
``rebuild`` recomputes from scratch and gives the same groups. State written by another
dedup version is forgotten and recomputed by the next ``update_pending``.

>>> from akhbar.store import open_store
>>> store = open_store(":memory:")
>>> update_pending(store.connection).dedup.articles
0
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING

from akhbar.dedup.features import gc_paused
from akhbar.dedup.groups import (
    VERSION_KEY,
    WATERMARK,
    DedupResult,
    Member,
    ensure_schema,
    group_members,
    pending_features,
    stale_version,
    update_groups,
)

if TYPE_CHECKING:
    from akhbar.stories.cluster import EntityFn

__all__ = ["DedupResult", "Member", "UpdateResult", "group_members", "rebuild", "update_pending"]


@dataclass(frozen=True, kw_only=True)
class UpdateResult:
    """What one pass did: duplicate groups, then stories."""

    dedup: DedupResult
    stories: int  # articles placed in a story
    #: the dedup version whose state this pass found and recomputed (None: none)
    rebuilt_from: str | None = None


def update_pending(
    conn: sqlite3.Connection,
    *,
    stories: bool = True,
    entities: EntityFn | None = None,
) -> UpdateResult:
    """Group (and, with ``stories``, cluster) every article above the stored watermarks.

    One transaction: the groups, the stories and both watermarks are written together, so a
    crash leaves the store as it was before the call. ``entities`` adds names to the
    stories' comparisons (``akhbar.stories.EntityFn``). State of another dedup version is
    forgotten first (``rebuilt_from`` says so)."""
    # stories import dedup's tables; imported here to keep the packages acyclic at load time
    from akhbar.stories import ensure_schema as stories_schema
    from akhbar.stories import update_stories
    from akhbar.stories.cluster import frame as cluster_frame

    stale = stale_version(conn)
    if stale is not None:
        _forget(conn, stories=True)
    ensure_schema(conn)
    if stories:
        stories_schema(conn)
    with conn, gc_paused():
        pending = pending_features(conn, with_story=stories)
        # the stories' comparisons run in a thread while the copies are grouped here
        frame = cluster_frame(conn, entities=entities, known=pending.story) if stories else None
        done = update_groups(conn, pending, defer_writes=stories)
        placed = update_stories(conn, groups=done.groups, pending=frame) if stories else 0
    return UpdateResult(dedup=done.result, stories=placed, rebuilt_from=stale)


def _forget(conn: sqlite3.Connection, *, stories: bool) -> None:
    """Drop the dedup state (and, with ``stories``, the stories): the next pass recomputes
    it from the stored articles."""
    from akhbar.stories import reset as reset_stories

    conn.executescript("DROP TABLE IF EXISTS dedup_signatures; DROP TABLE IF EXISTS dedup_edges;")
    with conn:
        conn.execute("DELETE FROM meta WHERE key IN (?, ?)", (WATERMARK, VERSION_KEY))
        # the groups and stories (``article_groups``) are overwritten row by row, rows
        # already right left alone
        if stories:
            reset_stories(conn)


def rebuild(conn: sqlite3.Connection, *, stories: bool = True) -> UpdateResult:
    """Forget all dedup (and story) state and recompute it from the stored articles."""
    _forget(conn, stories=stories)
    return update_pending(conn, stories=stories)
