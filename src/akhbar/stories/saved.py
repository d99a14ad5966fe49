"""Story features kept in the store, so a batch reads its window's features instead of
re-analyzing every article of the last few days again.

Each placed article's ``StoryFeatures`` is saved as one JSON row (``story_features``), written
in the same transaction as its story. JSON, not pickle: a store file may come from anywhere and
loading it must never run code. Floats round-trip exactly through JSON (``repr``), so a
feature read back equals the one computed, and incremental runs still agree with a rebuild.
Rows missing (a store clustered before this table existed) are computed by the caller.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import fields

from akhbar.stories.features import StoryFeatures

__all__ = ["SCHEMA", "clear", "load", "save"]

SCHEMA = """
CREATE TABLE IF NOT EXISTS story_features (
    rowid     INTEGER PRIMARY KEY,   -- the article's rowid
    features  TEXT NOT NULL          -- JSON object, one key per StoryFeatures field
);
"""

_CHUNK = 500
#: StoryFeatures fields held as sets (saved as sorted lists)
_SETS = tuple(f.name for f in fields(StoryFeatures) if str(f.type).startswith("frozenset"))


def _dump(f: StoryFeatures) -> str:
    out: dict[str, object] = {}
    for field in fields(StoryFeatures):
        value = getattr(f, field.name)
        out[field.name] = sorted(value) if field.name in _SETS else value
    return json.dumps(out, ensure_ascii=False, separators=(",", ":"))


def _load(text: str) -> StoryFeatures:
    data = json.loads(text)
    for name in _SETS:
        if name in data:
            data[name] = frozenset(data[name])
    return StoryFeatures(**data)


def save(conn: sqlite3.Connection, features: Mapping[int, StoryFeatures]) -> None:
    """Save (or replace) the features of articles by rowid."""
    conn.execute(SCHEMA)  # one statement: executescript would commit the caller's transaction
    conn.executemany(
        "INSERT OR REPLACE INTO story_features (rowid, features) VALUES (?, ?)",
        ((rowid, _dump(f)) for rowid, f in features.items()),
    )


def load(conn: sqlite3.Connection, rowids: Iterable[int]) -> dict[int, StoryFeatures]:
    """The saved features of those of ``rowids`` that have them."""
    if not _exists(conn):
        return {}
    wanted = list(rowids)
    out: dict[int, StoryFeatures] = {}
    for k in range(0, len(wanted), _CHUNK):
        part = wanted[k : k + _CHUNK]
        for rowid, text in conn.execute(
            "SELECT rowid, features FROM story_features "
            f"WHERE rowid IN ({','.join('?' * len(part))})",
            part,
        ):
            out[rowid] = _load(text)
    return out


def clear(conn: sqlite3.Connection) -> None:
    """Forget every saved feature (a rebuild computes them again)."""
    conn.execute("DROP TABLE IF EXISTS story_features")


def _exists(conn: sqlite3.Connection) -> bool:
    row = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'story_features'"
    ).fetchone()
    return row is not None
