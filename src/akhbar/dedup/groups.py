"""Near-duplicate groups, kept in the store and updated incrementally.

Tables (in the store's own SQLite file):

* ``dedup_signatures(article, day, size, sig)``: the MinHash signature of every processed
  article. Copies of one dispatch appear within ``MAX_DAYS_APART`` days, so a new batch is
  banded (LSH) together with the stored signatures of its date window (an indexed range read)
  and a new article joins its group without rebuilding anything.
* ``dedup_edges(a, b, jaccard, containment)``: verified copy pairs (``a < b``, article rowids).
* ``articles.duplicate_group``: the id of the group's first member (lowest rowid); a lone
  article is its own group.

A pair's verdict depends on the two texts only, and a group is a connected component of the
edges, so processing the articles in one batch or day by day gives the same groups.
"""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

import numpy as np

from akhbar.dedup.features import Features, compute
from akhbar.dedup.lsh import band_keys, estimate, signatures
from akhbar.dedup.verify import MAX_DAYS_APART, MIN_CONTAINMENT, compare, is_copy
from akhbar.errors import StoreError

if TYPE_CHECKING:
    from akhbar.stories.features import StoryFeatures

__all__ = [
    "DedupResult",
    "GroupPass",
    "Member",
    "ensure_schema",
    "group_members",
    "update_groups",
    "write_groups",
]

WATERMARK = "dedup.rowid"
VERSION_KEY = "dedup.version"
#: bump when shingling, hashing or the verdict changes: stored bands/edges are then stale
VERSION = "2"
#: candidate pairs whose estimated containment is below this are not verified exactly
_PREFILTER = MIN_CONTAINMENT * 0.7

SCHEMA = """
CREATE TABLE IF NOT EXISTS dedup_signatures (
    article INTEGER PRIMARY KEY,      -- articles.rowid
    day     INTEGER NOT NULL,         -- proleptic ordinal of articles.day, -1 when unknown
    size    INTEGER NOT NULL,         -- distinct shingles
    sig     BLOB NOT NULL             -- NUM_PERM little-endian uint64 MinHash values
);
CREATE INDEX IF NOT EXISTS dedup_signatures_day ON dedup_signatures (day);
CREATE TABLE IF NOT EXISTS dedup_edges (
    a           INTEGER NOT NULL,
    b           INTEGER NOT NULL,
    jaccard     REAL NOT NULL,
    containment REAL NOT NULL,
    PRIMARY KEY (a, b)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS dedup_edges_b ON dedup_edges (b);
"""


@dataclass(frozen=True, kw_only=True)
class DedupResult:
    """What one dedup pass did."""

    articles: int
    edges: int
    merged: int  # articles whose group id changed or that joined an earlier group


@dataclass(frozen=True, kw_only=True)
class Member:
    """One article of a duplicate group."""

    id: str
    outlet: str | None
    headline: str | None
    published: str | None
    url: str | None
    length: int
    is_canonical: bool


def get_meta(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


def set_meta(conn: sqlite3.Connection, key: str, value: str) -> None:
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))


def ensure_schema(conn: sqlite3.Connection) -> None:
    """Create the dedup tables; refuse stale state written by another dedup version."""
    conn.executescript(SCHEMA)
    stored = get_meta(conn, VERSION_KEY)
    if stored is None:
        with conn:
            set_meta(conn, VERSION_KEY, VERSION)
    elif stored != VERSION:
        raise StoreError(
            f"the store's duplicate groups were built by dedup version {stored} (this is "
            f"{VERSION}); run `akhbar dedup --rebuild`"
        )


Row = tuple[int, str | None, str, str | None]  # rowid, headline, body, day


def _texts(rows: Sequence[Row]) -> list[tuple[str | None, str]]:
    return [(r[1], r[2]) for r in rows]


def day_number(day: str | None) -> int | None:
    """Proleptic ordinal of a ``YYYY-MM-DD`` day (None when absent or malformed)."""
    if not day:
        return None
    try:
        return date.fromisoformat(day[:10]).toordinal()
    except ValueError:
        return None


def _band_pairs(keys: np.ndarray, fresh: int) -> set[tuple[int, int]]:
    """Index pairs (i < j) sharing a band key, with at least one fresh row (i < ``fresh``)."""
    flat = keys.ravel()
    owner = np.repeat(np.arange(len(keys)), keys.shape[1])
    order = np.argsort(flat, kind="stable")
    sorted_keys = flat[order]
    starts = np.flatnonzero(np.r_[True, sorted_keys[1:] != sorted_keys[:-1]])
    ends = np.r_[starts[1:], len(flat)]
    runs = ends - starts > 1
    pairs: set[tuple[int, int]] = set()
    for s, e in zip(starts[runs].tolist(), ends[runs].tolist(), strict=True):
        members = sorted(set(owner[order[s:e]].tolist()))
        if members[0] >= fresh:
            continue
        if members[-1] < fresh:
            pairs.update(itertools.combinations(members, 2))
        else:
            pairs.update((a, b) for a, b in itertools.combinations(members, 2) if a < fresh)
    return pairs


def _candidates(
    sigs: np.ndarray, sizes: np.ndarray, days: np.ndarray, fresh: int
) -> list[tuple[int, int]]:
    """Band-sharing pairs close enough in time whose estimated containment is plausible."""
    usable = np.flatnonzero(sizes > 0)
    if len(usable) < 2:
        return []
    keys = band_keys(sigs[usable])
    n_fresh = int(np.searchsorted(usable, fresh))
    local = _band_pairs(keys, n_fresh)
    if not local:
        return []
    ia = usable[np.fromiter((p[0] for p in local), dtype=np.int64, count=len(local))]
    ib = usable[np.fromiter((p[1] for p in local), dtype=np.int64, count=len(local))]
    da, db = days[ia], days[ib]
    near = (da < 0) | (db < 0) | (np.abs(da - db) <= MAX_DAYS_APART)
    j = estimate(sigs[ia], sigs[ib])
    small = np.maximum(np.minimum(sizes[ia], sizes[ib]), 1)
    c = j * (sizes[ia] + sizes[ib]) / ((1.0 + j) * small)
    keep = near & (c >= _PREFILTER)
    return sorted(zip(ia[keep].tolist(), ib[keep].tolist(), strict=True))


def _window(conn: sqlite3.Connection, days: np.ndarray) -> list[tuple[int, int, int, bytes]]:
    """Stored (article, day, size, signature) rows that may hold copies of the batch."""
    known = days[days >= 0]
    if len(known) < len(days):  # an undated article may copy anything
        return conn.execute("SELECT article, day, size, sig FROM dedup_signatures").fetchall()
    lo, hi = int(known.min()) - MAX_DAYS_APART, int(known.max()) + MAX_DAYS_APART
    return conn.execute(
        "SELECT article, day, size, sig FROM dedup_signatures "
        "WHERE day BETWEEN ? AND ? OR day < 0 ORDER BY article",
        (lo, hi),
    ).fetchall()


@dataclass(frozen=True, kw_only=True)
class GroupPass:
    """One dedup pass: what it did, the new articles' group ids (written to ``articles``
    unless deferred), and their story features (when asked for)."""

    result: DedupResult
    groups: dict[int, str]
    story: dict[int, StoryFeatures]


def update_groups(
    conn: sqlite3.Connection, *, with_story: bool = False, defer_writes: bool = False
) -> GroupPass:
    """Process articles above the watermark (call inside a transaction).

    With ``with_story`` the new articles' story features are computed alongside (in the same
    worker processes) for ``akhbar.stories``. With ``defer_writes`` the new articles'
    ``duplicate_group`` is left for the caller to write together with their story (an
    article row carries its whole page, so each rewrite of 30k rows costs seconds).
    """
    after = int(get_meta(conn, WATERMARK) or 0)
    rows: list[Row] = conn.execute(
        "SELECT rowid, headline, body, day FROM articles WHERE rowid > ? ORDER BY rowid", (after,)
    ).fetchall()
    if not rows:
        return GroupPass(result=DedupResult(articles=0, edges=0, merged=0), groups={}, story={})
    new_ids = [r[0] for r in rows]
    feats = compute(_texts(rows), with_story=with_story)
    sigs = signatures([f.shingles for f in feats])
    sizes = np.fromiter((len(f.shingles) for f in feats), dtype=np.int64, count=len(feats))
    days = np.fromiter((day_number(r[3]) or -1 for r in rows), dtype=np.int64, count=len(rows))
    stored = _window(conn, days)
    ids = new_ids + [r[0] for r in stored]
    all_sigs = np.vstack(
        [sigs] + [np.frombuffer(r[3], dtype=np.uint64).reshape(1, -1) for r in stored]
    )
    all_sizes = np.concatenate([sizes, np.array([r[2] for r in stored], dtype=np.int64)])
    all_days = np.concatenate([days, np.array([r[1] for r in stored], dtype=np.int64)])
    pairs = _candidates(all_sigs, all_sizes, all_days, len(rows))

    # exact verification needs the stored candidates' texts again
    need = sorted({ids[i] for p in pairs for i in p if i >= len(rows)})
    old_feats: dict[int, Features] = {}
    for k in range(0, len(need), 500):
        part = need[k : k + 500]
        got = conn.execute(
            "SELECT rowid, headline, body, day FROM articles "
            f"WHERE rowid IN ({','.join('?' * len(part))}) ORDER BY rowid",
            part,
        ).fetchall()
        old_feats.update(zip([r[0] for r in got], compute(_texts(got)), strict=True))
    edges = []
    for a, b in pairs:
        fa = feats[a] if a < len(rows) else old_feats[ids[a]]
        fb = feats[b] if b < len(rows) else old_feats[ids[b]]
        da, db = int(all_days[a]), int(all_days[b])
        apart = abs(da - db) if da >= 0 and db >= 0 else None
        m = compare(fa, fb)
        if is_copy(m, days_apart=apart):
            edges.append((min(ids[a], ids[b]), max(ids[a], ids[b]), m.jaccard, m.containment))

    conn.executemany(
        "INSERT OR REPLACE INTO dedup_signatures (article, day, size, sig) VALUES (?, ?, ?, ?)",
        (
            (rid, int(d), int(n), sig.tobytes())
            for rid, d, n, sig in zip(new_ids, days, sizes, sigs, strict=True)
        ),
    )
    conn.executemany(
        "INSERT OR REPLACE INTO dedup_edges (a, b, jaccard, containment) VALUES (?, ?, ?, ?)",
        edges,
    )
    merged, groups = _regroup(conn, new_ids, edges, write_new=not defer_writes)
    set_meta(conn, WATERMARK, str(new_ids[-1]))
    story = {rid: f.story for rid, f in zip(new_ids, feats, strict=True) if f.story is not None}
    result = DedupResult(articles=len(rows), edges=len(edges), merged=merged)
    return GroupPass(result=result, groups=groups, story=story)


def _regroup(
    conn: sqlite3.Connection,
    new_ids: list[int],
    edges: list[tuple[int, int, float, float]],
    *,
    write_new: bool = True,
) -> tuple[int, dict[int, str]]:
    """Union new articles with their copies' groups; a group's id is its first member's id."""
    parent: dict[int, int] = {}

    def find(x: int) -> int:
        root = x
        while parent.get(root, root) != root:
            root = parent[root]
        while parent.get(x, x) != root:
            parent[x], x = root, parent[x]
        return root

    def union(a: int, b: int) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    new = set(new_ids)
    old = sorted({x for a, b, *_ in edges for x in (a, b) if x not in new})
    # an earlier article stands for its whole group: its group's first member's rowid
    first_of: dict[int, int] = {}
    old_group: dict[int, str] = {}
    if old:
        marks = ",".join("?" * len(old))
        for rowid, group, first in conn.execute(
            "SELECT a.rowid, coalesce(a.duplicate_group, a.id), coalesce(g.rowid, a.rowid) "
            "FROM articles a LEFT JOIN articles g ON g.id = a.duplicate_group "
            f"WHERE a.rowid IN ({marks})",
            old,
        ):
            old_group[rowid] = group
            first_of[rowid] = first
    for a, b, *_ in edges:
        union(first_of.get(a, a), first_of.get(b, b))
    nodes = set(parent) | set(new_ids) | set(first_of.values())
    roots = {x: find(x) for x in nodes}
    root_ids = sorted(set(roots.values()))
    id_of: dict[int, str] = {}
    for k in range(0, len(root_ids), 500):
        part = root_ids[k : k + 500]
        id_of.update(
            conn.execute(
                f"SELECT rowid, id FROM articles WHERE rowid IN ({','.join('?' * len(part))})",
                part,
            ).fetchall()
        )
    groups = {r: id_of[roots[r]] for r in new_ids}
    if write_new:
        write_groups(conn, groups)
    merged = sum(1 for r in new_ids if roots[r] != r)
    renames = {
        old_group[o]: id_of[roots[first_of[o]]]
        for o in old
        if old_group[o] != id_of[roots[first_of[o]]]
    }
    for before, after in sorted(renames.items()):
        cur = conn.execute(
            "UPDATE articles SET duplicate_group = ? WHERE duplicate_group = ?", (after, before)
        )
        merged += cur.rowcount
    return merged, groups


def write_groups(conn: sqlite3.Connection, groups: dict[int, str]) -> None:
    """Set ``duplicate_group`` of the given rowids (rows already right are not rewritten)."""
    conn.executemany(
        "UPDATE articles SET duplicate_group = ?1 WHERE rowid = ?2 AND duplicate_group IS NOT ?1",
        ((g, r) for r, g in groups.items()),
    )


def group_members(conn: sqlite3.Connection, group_id: str) -> list[Member]:
    """Members of a duplicate group in time order; the canonical one is the fullest text
    (earliest on ties)."""
    rows = conn.execute(
        "SELECT id, outlet, headline, published, url, length(body) FROM articles "
        "WHERE duplicate_group = ? ORDER BY coalesce(published, ''), rowid",
        (group_id,),
    ).fetchall()
    if not rows:
        return []
    best = max(range(len(rows)), key=lambda i: (rows[i][5], -i))
    return [
        Member(
            id=r[0],
            outlet=r[1],
            headline=r[2],
            published=r[3],
            url=r[4],
            length=int(r[5]),
            is_canonical=i == best,
        )
        for i, r in enumerate(rows)
    ]
