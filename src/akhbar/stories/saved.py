"""Story features kept in the store, so a batch reads its window's features instead of
re-analyzing every article of the last few days again.

The ``StoryFeatures`` of a batch's articles of its last days (``cluster.KEEP_DAYS``: what
the next day's batch reads) are saved, one row each (``story_features``), in the same
transaction as their stories: the terms space-joined (a term never holds a space), their
weights as the raw bytes of an ``array('d')`` (exact, and ~20x cheaper to write than JSON
floats), names, distinctive headline terms and places space-joined. Not pickle: a store file may come
from anywhere and loading it must never run code. A feature read back equals the one computed,
so incremental runs still agree with a rebuild.
Rows missing (older articles, or a store clustered before this table existed) are computed
by the caller, and saved then.
"""

from __future__ import annotations

import sqlite3
from array import array
from collections.abc import Iterable, Mapping

from akhbar.store.queries import has_table, select_in
from akhbar.stories.features import StoryFeatures

__all__ = ["SCHEMA", "VERSION", "clear", "load", "save"]

#: bump when ``StoryFeatures`` are computed differently: saved ones are then forgotten
VERSION = "5"
_VERSION_KEY = "stories.features_version"

SCHEMA = """
CREATE TABLE IF NOT EXISTS story_features (
    rowid    INTEGER PRIMARY KEY,  -- the article's rowid
    terms    TEXT NOT NULL,        -- vector terms, space-joined
    weights  BLOB NOT NULL,        -- their weights, array('d') bytes in the same order
    names    TEXT NOT NULL,        -- space-joined
    heads    TEXT NOT NULL,        -- space-joined
    places   TEXT NOT NULL         -- space-joined
);
"""

_Row = tuple[int, str, bytes, str, str, str]


def _dump(rowid: int, f: StoryFeatures) -> _Row:
    weights = array("d", f.vector.values()).tobytes()
    joined = (" ".join(f.names), " ".join(f.heads), " ".join(f.places))
    return rowid, " ".join(f.vector), weights, *joined


def _load(terms: str, weights: bytes, names: str, heads: str, places: str) -> StoryFeatures:
    values = array("d")
    values.frombytes(weights)
    return StoryFeatures(
        vector=dict(zip(terms.split(), values, strict=True)),
        names=frozenset(names.split()),
        heads=frozenset(heads.split()),
        places=frozenset(places.split()),
    )


def _current(conn: sqlite3.Connection) -> bool:
    """Whether the saved features (if any) were computed by this code; stale ones are
    forgotten (the callers compute them again)."""
    if not has_table(conn, "story_features"):
        return False
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (_VERSION_KEY,)).fetchone()
    if row is not None and row[0] == VERSION:
        return True
    clear(conn)
    return False


def save(conn: sqlite3.Connection, features: Mapping[int, StoryFeatures]) -> None:
    """Save (or replace) the features of articles by rowid."""
    _current(conn)
    conn.execute(SCHEMA)  # one statement: executescript would commit the caller's transaction
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (_VERSION_KEY, VERSION))
    conn.executemany(
        "INSERT OR REPLACE INTO story_features (rowid, terms, weights, names, heads, places) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (_dump(rowid, f) for rowid, f in features.items()),
    )


def load(conn: sqlite3.Connection, rowids: Iterable[int]) -> dict[int, StoryFeatures]:
    """The saved features of those of ``rowids`` that have them."""
    if not _current(conn):  # none saved yet, or by other code
        return {}
    sql = (
        "SELECT rowid, terms, weights, names, heads, places FROM story_features "
        "WHERE rowid IN ({marks})"
    )
    return {row[0]: _load(*row[1:]) for row in select_in(conn, sql, list(rowids))}


def clear(conn: sqlite3.Connection) -> None:
    """Forget every saved feature (a rebuild computes them again)."""
    conn.execute("DROP TABLE IF EXISTS story_features")
