"""Near-duplicate groups, kept in the store and updated incrementally.

Tables (in the store's own SQLite file):

* ``dedup_signatures(article, day, size, sig)``: the MinHash signature of every processed
  article. Copies of one dispatch appear within ``MAX_DAYS_APART`` days, so a new batch is
  banded (LSH) together with the stored signatures of its date window (an indexed range read)
  and a new article joins its group without rebuilding anything (see ``candidates``).
* ``dedup_edges(a, b, jaccard, containment)``: verified copy pairs (``a < b``, article rowids).
* ``article_groups.duplicate_group``: the id of the group's first member (lowest rowid); a lone
  article is its own group.

A pair's verdict depends on the two texts only, and a group is a connected component of the
edges, so processing the articles in one batch or day by day gives the same groups.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING

import numpy as np

from akhbar.dedup.candidates import Edge, candidates, copies, stored_window, texts
from akhbar.dedup.copies import edges_touching
from akhbar.dedup.features import PARALLEL_MIN, UNIT, FeatureBatch, Unit, compute_units
from akhbar.dedup.lsh import SIGNATURE
from akhbar.store.queries import WITH_GROUPS

if TYPE_CHECKING:
    from akhbar.stories.features import StoryFeatures

__all__ = [
    "DedupResult",
    "GroupPass",
    "Member",
    "Pending",
    "ensure_schema",
    "group_members",
    "pending_features",
    "stale_version",
    "update_groups",
    "write_groups",
]

WATERMARK = "dedup.rowid"
VERSION_KEY = "dedup.version"
#: bump when shingling, hashing or the verdict changes: stored bands/edges are then stale
VERSION = "5"
#: copies at least this similar (Jaccard) always share a group; below, a containment edge
#: joins unless the container is a roundup of unrelated pieces (see ``_assign``)
STRONG = 0.5
#: headline+lead cosine making two pieces of one container "the same dispatch"
RELATED = 0.25

SCHEMA = """
CREATE TABLE IF NOT EXISTS dedup_signatures (
    article INTEGER PRIMARY KEY,      -- articles.rowid
    day     INTEGER NOT NULL,         -- proleptic ordinal of articles.day, -1 when unknown
    size    INTEGER NOT NULL,         -- distinct shingles
    sig     BLOB NOT NULL             -- NUM_PERM native-endian lsh.SIGNATURE MinHash values
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
    """One article of a duplicate group; ``source`` is the source line it names
    (``Article.source``), shown where it has no outlet."""

    id: str
    outlet: str | None
    source: str | None
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


def stale_version(conn: sqlite3.Connection) -> str | None:
    """The dedup version that wrote the store's dedup state, when it is not this one."""
    stored = get_meta(conn, VERSION_KEY)
    return stored if stored is not None and stored != VERSION else None


def ensure_schema(conn: sqlite3.Connection) -> None:
    """Create the dedup tables and record this version (``update_pending`` first forgets the
    state of another version: it is derived data, recomputed from the articles)."""
    conn.executescript(SCHEMA)
    if get_meta(conn, VERSION_KEY) is None:
        with conn:
            set_meta(conn, VERSION_KEY, VERSION)


Row = tuple[int, str | None, str, str | None]  # rowid, headline, body, day


def day_number(day: str | None) -> int | None:
    """Proleptic ordinal of a ``YYYY-MM-DD`` day (None when absent or malformed)."""
    if not day:
        return None
    try:
        return date.fromisoformat(day[:10]).toordinal()
    except ValueError:
        return None


@dataclass(frozen=True, kw_only=True)
class GroupPass:
    """One dedup pass: what it did, the new articles' group ids (written to ``articles``
    unless deferred), and their story features (when asked for)."""

    result: DedupResult
    groups: dict[int, str]
    story: dict[int, StoryFeatures]


#: what a pass reads of an article: rowid, headline, body, day, id
Fetched = tuple[int, str | None, str, str | None, str]


@dataclass(frozen=True, kw_only=True)
class Pending:
    """The articles above the watermark (rowid order) and their features."""

    fetched: list[Fetched]
    features: FeatureBatch

    @cached_property
    def story(self) -> dict[int, StoryFeatures]:
        """Their story features, when computed (``pending_features(with_story=True)``)."""
        stories = self.features.stories
        return (
            {} if stories is None else {r[0]: f for r, f in zip(self.fetched, stories, strict=True)}
        )


def pending_features(conn: sqlite3.Connection, *, with_story: bool = False) -> Pending:
    """The articles above the watermark with their features (computed in worker processes
    when there are many). With ``with_story`` their story features too, for
    ``akhbar.stories``."""
    after = int(get_meta(conn, WATERMARK) or 0)
    last = conn.execute("SELECT max(rowid) FROM articles").fetchone()[0] or 0
    cursor = conn.execute(
        "SELECT rowid, headline, body, day, id FROM articles WHERE rowid > ? ORDER BY rowid",
        (after,),
    )
    fetched: list[Fetched] = []

    def units() -> Iterator[Unit]:
        while part := cursor.fetchmany(UNIT):
            fetched.extend(part)
            yield texts(part)

    # the rows are read while a worker analyzes the first ones
    serial = last - after < PARALLEL_MIN
    feats = compute_units(units(), with_story=with_story, workers=1 if serial else None)
    return Pending(fetched=fetched, features=feats)


def update_groups(
    conn: sqlite3.Connection, pending: Pending, *, defer_writes: bool = False
) -> GroupPass:
    """Group the ``pending`` articles (call inside a transaction; moves the watermark).

    With ``defer_writes`` the new articles' ``duplicate_group`` is left for the caller to
    write together with their story (one write per row instead of two).
    """
    fetched, feats = pending.fetched, pending.features
    if not fetched:
        return GroupPass(result=DedupResult(articles=0, edges=0, merged=0), groups={}, story={})
    rows: list[Row] = [r[:4] for r in fetched]
    new_ids = [r[0] for r in rows]
    sigs, sizes = feats.signatures, feats.sizes
    days = np.fromiter((day_number(r[3]) or -1 for r in rows), dtype=np.int64, count=len(rows))
    stored = stored_window(conn, days)
    ids = new_ids + [r[0] for r in stored]
    stored_sigs = np.frombuffer(b"".join(r[3] for r in stored), dtype=SIGNATURE)
    all_sigs = np.vstack([sigs, stored_sigs.reshape(len(stored), sigs.shape[1])])
    all_sizes = np.concatenate([sizes, np.array([r[2] for r in stored], dtype=np.int64)])
    all_days = np.concatenate([days, np.array([r[1] for r in stored], dtype=np.int64)])
    ia, ib = candidates(all_sigs, all_sizes, all_days, len(rows))
    edges = copies(conn, feats, ids, all_days, ia, ib)

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
    story = pending.story
    merged, groups = _regroup(
        conn,
        new_ids,
        edges,
        new_sizes=sizes.tolist(),
        new_names=[r[4] for r in fetched],
        write_new=not defer_writes,
        known=story,
    )
    set_meta(conn, WATERMARK, str(new_ids[-1]))
    result = DedupResult(articles=len(rows), edges=len(edges), merged=merged)
    return GroupPass(result=result, groups=groups, story=story)


class _Union:
    """Union-find over rowids; the root is always the smallest rowid of its set."""

    def __init__(self) -> None:
        self.parent: dict[int, int] = {}

    def find(self, x: int) -> int:
        root = x
        while self.parent.get(root, root) != root:
            root = self.parent[root]
        while self.parent.get(x, x) != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _component(conn: sqlite3.Connection, seeds: list[int]) -> tuple[set[int], list[Edge]]:
    """The articles connected to ``seeds`` by stored copy edges, and those edges."""
    seen = set(seeds)
    frontier = sorted(seen)
    edges: dict[tuple[int, int], Edge] = {}
    while frontier:
        nxt: set[int] = set()
        for e in edges_touching(conn, frontier):
            edges[(e[0], e[1])] = e
            nxt.update(x for x in e[:2] if x not in seen)
        seen |= nxt
        frontier = sorted(nxt)
    return seen, sorted(edges.values())


def _assign(
    nodes: set[int],
    edges: list[Edge],
    sizes: dict[int, int],
    related: Callable[[int, int], bool],
) -> _Union:
    """Groups of one connected component: a function of its edges and texts only.

    Near-equal copies (Jaccard >= STRONG) always join. A containment edge joins the smaller
    text to the larger one unless the larger is a roundup: it contains pieces that are neither
    copies of each other nor about the same thing (``related``: headline+lead similarity). A
    royal-court digest holding three SPA cables is not one group with all three cables, while
    a full dispatch holding two differently trimmed copies is.
    """
    strong = _Union()
    for a, b, jac, _ in edges:
        if jac >= STRONG:
            strong.union(a, b)
    linked = {(a, b) for a, b, *_ in edges}
    contains: dict[int, set[int]] = {}
    for a, b, jac, _ in edges:
        if jac < STRONG:
            small, big = sorted((a, b), key=lambda x: (sizes.get(x, 0), -x))
            contains.setdefault(big, set()).add(small)
    groups = _Union()
    for a, b, jac, _ in edges:
        if jac >= STRONG:
            groups.union(a, b)
    for big in sorted(contains):
        pieces = sorted(contains[big])
        local = _Union()
        for i, x in enumerate(pieces):
            for y in pieces[i + 1 :]:
                if (
                    strong.find(x) == strong.find(y)
                    or (min(x, y), max(x, y)) in linked
                    or related(x, y)
                ):
                    local.union(x, y)
        if len({local.find(x) for x in pieces}) == 1:
            for x in pieces:
                groups.union(big, x)
    for x in nodes:
        groups.find(x)
    return groups


class _Related:
    """Whether two articles' headline+lead are about the same thing (texts read lazily)."""

    def __init__(
        self, conn: sqlite3.Connection, known: dict[int, StoryFeatures] | None = None
    ) -> None:
        self.conn = conn
        self.cache: dict[int, StoryFeatures] = dict(known or {})

    def _features(self, rowid: int) -> StoryFeatures:
        from akhbar.stories.features import story_features  # stories import this module

        if rowid not in self.cache:
            headline, lead = self.conn.execute(
                "SELECT headline, substr(body, 1, 600) FROM articles WHERE rowid = ?", (rowid,)
            ).fetchone()
            self.cache[rowid] = story_features(headline, lead)
        return self.cache[rowid]

    def __call__(self, a: int, b: int) -> bool:
        fa, fb = self._features(a), self._features(b)
        return sum(w * fb.vector.get(t, 0.0) for t, w in fa.vector.items()) >= RELATED


def _regroup(
    conn: sqlite3.Connection,
    new_ids: list[int],
    edges: list[Edge],
    *,
    new_sizes: Sequence[int],
    new_names: Sequence[str],
    write_new: bool = True,
    known: dict[int, StoryFeatures] | None = None,
) -> tuple[int, dict[int, str]]:
    """Regroup the component(s) the new articles touch; a group's id is its first member's.

    ``new_sizes`` and ``new_names`` are the new articles' shingle counts and ids. The
    grouping is recomputed from the stored edges of the whole component, so it does not
    depend on the order the articles arrived in (day by day or ``--rebuild`` agree).
    """
    touched = sorted({x for a, b, *_ in edges for x in (a, b)})
    nodes, comp_edges = _component(conn, touched) if touched else (set(), [])
    new = set(new_ids)
    nodes |= new
    linked = sorted(nodes)
    sizes: dict[int, int] = dict(zip(new_ids, new_sizes, strict=True))
    prior: dict[int, str | None] = {}
    ids: dict[int, str] = dict(zip(new_ids, new_names, strict=True))
    old = [x for x in linked if x not in new]
    for k in range(0, len(old), 500):
        part = old[k : k + 500]
        marks = ",".join("?" * len(part))
        sizes.update(
            conn.execute(
                f"SELECT article, size FROM dedup_signatures WHERE article IN ({marks})", part
            ).fetchall()
        )
        for rowid, aid, group in conn.execute(
            f"SELECT a.rowid, a.id, g.duplicate_group FROM {WITH_GROUPS} WHERE a.rowid IN ({marks})",
            part,
        ):
            ids[rowid] = aid
            prior[rowid] = group
    union = _assign(nodes, comp_edges, sizes, _Related(conn, known))
    groups = {x: ids[union.find(x)] for x in linked}
    fresh = {x: g for x, g in groups.items() if x in new}
    if write_new:
        write_groups(conn, fresh)
    changed = {x: g for x, g in groups.items() if x not in new and prior[x] != g}
    write_groups(conn, changed)
    merged = sum(1 for x in new_ids if union.find(x) != x) + len(changed)
    return merged, fresh


def write_groups(conn: sqlite3.Connection, groups: dict[int, str]) -> None:
    """Set ``duplicate_group`` of the given rowids (rows already right are not rewritten)."""
    conn.executemany(
        "UPDATE article_groups SET duplicate_group = ?1 "
        "WHERE article = ?2 AND duplicate_group IS NOT ?1",
        ((g, r) for r, g in groups.items()),
    )


def group_members(conn: sqlite3.Connection, group_id: str) -> list[Member]:
    """Members of a duplicate group in time order; the canonical one is the fullest text
    (earliest on ties)."""
    rows = conn.execute(
        "SELECT a.id, a.outlet, a.headline, a.published, a.url, length(a.body), a.source "
        f"FROM {WITH_GROUPS} WHERE g.duplicate_group = ? "
        "ORDER BY coalesce(a.published, ''), a.rowid",
        (group_id,),
    ).fetchall()
    if not rows:
        return []
    best = max(range(len(rows)), key=lambda i: (rows[i][5], -i))
    return [
        Member(
            id=r[0],
            outlet=r[1],
            source=r[6],
            headline=r[2],
            published=r[3],
            url=r[4],
            length=int(r[5]),
            is_canonical=i == best,
        )
        for i, r in enumerate(rows)
    ]
