"""Online story clustering over a sliding window, in storage (rowid) order.

Each new article is compared with the articles stored before it whose day is within
``WINDOW_DAYS``; it joins the story of its best match (a verified copy first, then the most
similar headline+lead), or starts a new story. Scores depend on the two articles only (the
IDF table is fixed data), and an article is placed once, in rowid order, so day-by-day ingest
and a rebuild place every article in the same story.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date
from itertools import chain

import numpy as np
from scipy import sparse

from akhbar.dedup.groups import day_number, get_meta, set_meta, write_groups
from akhbar.store.queries import select_in
from akhbar.stories import saved
from akhbar.stories.features import (
    LEAD_CHARS,
    StoryFeatures,
    conflicting,
    cosine,
    shared_lexicon,
    story_features,
)

__all__ = [
    "WATERMARK",
    "WINDOW_DAYS",
    "EntityFn",
    "Frame",
    "Placement",
    "frame",
    "place",
    "stored_features",
]

WATERMARK = "stories.rowid"
#: an article is compared with articles published up to this many days before or after it
WINDOW_DAYS = 2
#: headline+lead cosine that alone makes two articles one story
SAME_STORY = 0.4
#: lower cosine that makes one story when the two also share a name (a rare word)
SAME_STORY_WITH_NAME = 0.3
#: names shared needed at the lower cosine
SHARED_NAMES = 1
#: an article joining a story through a link must also score this much against the story's
#: founder (guards against single-link chains through template wording)
FOUNDER_MIN = 0.2
#: headline+lead cosine that makes one story across days without a shared name (a daily
#: template, such as the market close, scores up to ~0.7 from one day to the next)
ACROSS_DAYS = 0.8
#: an article whose headline and lead give fewer terms than this (a cartoon or photo post
#: titled ``كاريكاتير`` or ``صور اقتصادية``, its body empty) says too little to be linked by
#: similarity, either way, nor as a copy (copies of it are the same few words): it stays
#: a story of its own
MIN_TERMS = 3
#: a story spans at most this many days from its first article
MAX_STORY_DAYS = 3
#: the story features of a batch's articles this many days before its last day are saved
#: (a later batch reads its window's and its stories' founders' features)
KEEP_DAYS = WINDOW_DAYS + MAX_STORY_DAYS

#: entities of articles by rowid (an enrichment stage's NER); added to the rare-word names
EntityFn = Callable[[sqlite3.Connection, Sequence[int]], Mapping[int, frozenset[str]]]

Row = tuple[int, str, str | None]  # rowid, id, day


@dataclass(frozen=True, kw_only=True)
class Placement:
    """Where one pass put a new article, with what the story summaries need of it."""

    story: str
    features: StoryFeatures
    outlet: str | None
    published: str | None
    headline: str | None
    #: the article started its story (so an older article cannot be in it)
    founder: bool


def _matrix(feats: Sequence[StoryFeatures]) -> sparse.csr_matrix:
    """Rows of the features' vectors; a column per term, in order of first use."""
    terms = list(chain.from_iterable(f.vector for f in feats))
    index = {t: k for k, t in enumerate(dict.fromkeys(terms))}
    indices = np.fromiter(map(index.__getitem__, terms), dtype=np.int64, count=len(terms))
    data = np.fromiter(
        chain.from_iterable(f.vector.values() for f in feats), dtype=np.float64, count=len(terms)
    )
    lengths = np.fromiter((len(f.vector) for f in feats), dtype=np.int64, count=len(feats))
    indptr = np.concatenate(([0], np.cumsum(lengths)))
    shape = (len(feats), max(len(index), 1))
    return sparse.csr_matrix((data, indices, indptr), shape=shape, dtype=np.float64)


def _links(
    days: list[int | None], x: sparse.csr_matrix, first_new: int
) -> dict[int, list[tuple[int, float]]]:
    """For each new row i: earlier rows j (j < i) within the window scoring >= the low bar."""
    by_day: dict[int, list[int]] = defaultdict(list)
    for i, d in enumerate(days):
        if d is not None:
            by_day[d].append(i)
    out: dict[int, list[tuple[int, float]]] = defaultdict(list)
    new_days = {d for d in days[first_new:] if d is not None}
    for d in sorted(new_days):
        rows = np.array([i for i in by_day[d] if i >= first_new])
        if not len(rows):
            continue
        last = rows[-1]  # only earlier rows are kept: later ones are not multiplied
        near = np.array(
            sorted(
                j
                for k in range(d - WINDOW_DAYS, d + WINDOW_DAYS + 1)
                for j in by_day[k]
                if j < last
            ),
            dtype=np.int64,
        )
        if not len(near):
            continue
        sims = (x[rows] @ x[near].T).tocsr()
        high = np.flatnonzero(sims.data >= SAME_STORY_WITH_NAME)
        row_of = np.searchsorted(sims.indptr, high, side="right") - 1
        later, before = rows[row_of], near[sims.indices[high]]
        score = sims.data[high]
        keep = before < later
        for a, b, sim in zip(
            later[keep].tolist(), before[keep].tolist(), score[keep].tolist(), strict=True
        ):
            out[a].append((b, sim))
    return out


def stored_features(conn: sqlite3.Connection, rowids: list[int]) -> dict[int, StoryFeatures]:
    """Story features of stored articles: saved ones read back, the others computed from
    their headline and lead (and saved)."""
    out = saved.load(conn, rowids)
    missing = [r for r in rowids if r not in out]
    lexicon = shared_lexicon()
    sql = f"SELECT rowid, headline, substr(body, 1, {LEAD_CHARS}) FROM articles "
    computed = {
        rowid: story_features(headline, lead, lexicon=lexicon)
        for rowid, headline, lead in select_in(conn, sql + "WHERE rowid IN ({marks})", missing)
    }
    if computed:
        saved.save(conn, computed)
    out.update(computed)
    return out


@dataclass(frozen=True, kw_only=True, eq=False)
class Frame:
    """What placing the pending articles reads before it can use this pass's copy pairs:
    the pending rows after the window of stored rows they are compared with, everyone's
    features and names, and the similar pairs (computed in a background thread)."""

    listed: list[tuple[int, str, str | None, str | None, str | None, str | None]]
    window: list[Row]
    rows: list[Row]
    feats: list[StoryFeatures]
    names: list[frozenset[str]]
    days: list[int | None]
    links: Future[dict[int, list[tuple[int, float]]]]
    #: the features read so far, by rowid (placing adds the stories' founders)
    have: dict[int, StoryFeatures]


def frame(
    conn: sqlite3.Connection,
    *,
    entities: EntityFn | None = None,
    known: Mapping[int, StoryFeatures] | None = None,
) -> Frame | None:
    """Read the articles above the watermark with their window, and start comparing them
    (None when there are none). The comparison is sparse products that release the GIL, so
    a caller grouping copies meanwhile keeps both cores busy."""
    after = int(get_meta(conn, WATERMARK) or 0)
    listed = conn.execute(
        "SELECT rowid, id, day, outlet, published, headline FROM articles WHERE rowid > ? "
        "ORDER BY rowid",
        (after,),
    ).fetchall()
    pending: list[Row] = [r[:3] for r in listed]
    if not pending:
        return None
    pdays = sorted({d for d in (day_number(r[2]) for r in pending) if d is not None})
    window: list[Row] = []
    if pdays:
        lo = date.fromordinal(pdays[0] - WINDOW_DAYS).isoformat()
        hi = date.fromordinal(pdays[-1] + WINDOW_DAYS).isoformat()
        window = conn.execute(
            "SELECT rowid, id, day FROM articles "
            "WHERE rowid <= ? AND day BETWEEN ? AND ? ORDER BY rowid",
            (after, lo, hi),
        ).fetchall()
    rows = window + pending
    rowids = [r[0] for r in rows]
    have = dict(known or {})
    if known:
        # saved for the next batches, which read the features of their window and of the
        # stories' founders: the batch's last days (a batch of older days computes the few
        # it needs again, and saves them)
        recent = pdays[-1] - KEEP_DAYS if pdays else None
        day_of = {r[0]: day_number(r[2]) for r in pending}
        saved.save(
            conn,
            {
                r: f
                for r, f in known.items()
                if r > after and (recent is None or (day_of.get(r) or recent) >= recent)
            },
        )
    have.update(stored_features(conn, [r for r in rowids if r not in have]))
    feats = [have[r] for r in rowids]
    names = [f.names for f in feats]
    if entities:
        extra = entities(conn, rowids)
        names = [n | extra.get(rid, frozenset()) for n, rid in zip(names, rowids, strict=True)]
    days = [day_number(r[2]) for r in rows]
    thread = ThreadPoolExecutor(max_workers=1)
    links = thread.submit(_links, days, _matrix(feats), len(window))
    thread.shutdown(wait=False)  # the thread ends with its one job
    return Frame(
        listed=listed,
        window=window,
        rows=rows,
        feats=feats,
        names=names,
        days=days,
        links=links,
        have=have,
    )


def place(
    conn: sqlite3.Connection,
    pending: Frame | None,
    *,
    groups: Mapping[int, str] | None = None,
) -> dict[int, Placement]:
    """Give every article of ``pending`` (``frame``) a story (call inside a transaction;
    moves the watermark). ``groups``: the duplicate groups dedup left to write here.

    Returns the new articles' placements (the story summaries are made from them).
    """
    if pending is None:
        if groups:
            write_groups(conn, dict(groups))
        return {}
    listed, window, rows = pending.listed, pending.window, pending.rows
    feats, names, days, have = pending.feats, pending.names, pending.days, pending.have
    rowids = [r[0] for r in rows]
    links = pending.links.result()

    story: dict[int, str] = {}
    if window:
        marks = ",".join("?" * len(window))
        story = dict(
            conn.execute(
                f"SELECT article, story FROM article_groups WHERE article IN ({marks})",
                [r[0] for r in window],
            ).fetchall()
        )
    pos = {rid: i for i, rid in enumerate(rowids)}
    copies: dict[int, list[int]] = defaultdict(list)
    lo_new = listed[0][0]
    for a, b in conn.execute("SELECT a, b FROM dedup_edges WHERE b >= ?", (lo_new,)):
        copies[b].append(a)
    # a copy may lie outside the window (published days apart): its story is stored
    outside = sorted({a for lst in copies.values() for a in lst if a < lo_new} - set(story))
    sql = "SELECT article, story FROM article_groups WHERE article IN ({marks})"
    story.update(select_in(conn, sql, outside))

    # a story's first day (its founder's): an article joins only a story begun at most
    # MAX_STORY_DAYS before it, so a daily report does not chain into a month-long "story"
    founders = sorted(set(story.values()))
    begun: dict[str, int | None] = {}
    founder_row: dict[str, int] = {}
    sql = "SELECT id, rowid, day FROM articles WHERE id IN ({marks})"
    for sid, frow, day in select_in(conn, sql, founders):
        begun[sid] = day_number(day)
        founder_row[sid] = frow
    have.update(stored_features(conn, sorted(set(founder_row.values()) - set(have))))
    founder: dict[str, StoryFeatures] = {sid: have[r] for sid, r in founder_row.items()}

    def fits(sid: str, day: int | None) -> bool:
        start = begun.get(sid)
        return start is None or day is None or abs(day - start) <= MAX_STORY_DAYS

    updates = []
    founded: set[int] = set()
    for i in range(len(window), len(rows)):
        rid, day = rowids[i], days[i]
        best: tuple[float, int] | None = None  # (score, -rowid)
        thin = len(feats[i].vector) < MIN_TERMS
        for a in () if thin else copies.get(rid, ()):
            if a in story and fits(story[a], day):
                cand = (2.0, -a)
                best = cand if best is None or cand > best else best
        for j, s in () if thin else links.get(i, ()):
            if len(feats[j].vector) < MIN_TERMS:
                continue
            shared = len(names[i] & names[j]) >= SHARED_NAMES
            # a daily template (weather, market close) repeats its words every day, so across
            # days a link needs both the similarity and a shared name, unless the two say
            # nearly the same (ACROSS_DAYS: "tomorrow the emir opens …", "today the emir …")
            close = s >= SAME_STORY
            ok = (close or shared) if days[j] == day else (close and shared) or s >= ACROSS_DAYS
            cand = (s, -rowids[j])
            if not ok or not fits(story[rowids[j]], day) or (best is not None and cand <= best):
                continue
            # one template written for two entities is two events; and the story's founder
            # must be near too, so that links do not chain one template's days and entities
            if conflicting(feats[i], feats[j]):
                continue
            head = founder.get(story[rowids[j]])
            if (
                head is not None
                and head is not feats[j]
                and (conflicting(feats[i], head) or cosine(feats[i], head) < FOUNDER_MIN)
            ):
                continue
            best = cand
        if best is not None:
            story[rid] = story[-best[1]]
        else:
            story[rid] = rows[i][1]
            founded.add(rid)
            begun[rows[i][1]] = day
            founder[rows[i][1]] = feats[i]
        updates.append((story[rid], rid))
    grouped = groups or {}
    conn.executemany(
        "UPDATE article_groups SET story = ?1 WHERE article = ?2 AND story IS NOT ?1",
        ((sid, rid) for sid, rid in updates if rid not in grouped),
    )
    conn.executemany(
        "UPDATE article_groups SET story = ?1, duplicate_group = ?3 WHERE article = ?2 "
        "AND (story IS NOT ?1 OR duplicate_group IS NOT ?3)",
        ((sid, rid, grouped[rid]) for sid, rid in updates if rid in grouped),
    )
    placed_ids = {rid for _, rid in updates}
    write_groups(conn, {r: g for r, g in grouped.items() if r not in placed_ids})
    set_meta(conn, WATERMARK, str(listed[-1][0]))
    return {
        rid: Placement(
            story=story[rid],
            features=feats[pos[rid]],
            outlet=outlet,
            published=published,
            headline=headline,
            founder=rid in founded,
        )
        for rid, _, _, outlet, published, headline in listed
    }
