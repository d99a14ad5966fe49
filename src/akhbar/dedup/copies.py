"""Each article's verified copies (other printings of the same dispatch), closest first.

Reads the ``dedup_edges`` pairs that ``update_pending`` / ``rebuild`` keep: direct copies only,
not the whole duplicate group (a group can chain from a dispatch to a trimmed copy to an
edited rewrite; the pairs say how close each copy is).

>>> from akhbar.store import open_store
>>> copies_of(open_store(":memory:").connection, [1, 2])
{}
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence

from akhbar.dedup.candidates import Edge
from akhbar.store.queries import has_table

__all__ = ["copies_of", "edges_touching"]

_CHUNK = 400  # rowids per query; each binds its list twice (SQLite allows 32,766 variables)


def edges_touching(conn: sqlite3.Connection, rowids: Sequence[int]) -> Iterator[Edge]:
    """The stored copy pairs ``(a, b, jaccard, containment)`` (``a < b``) with an end in
    ``rowids``; a pair whose ends fall in two chunks of ``rowids`` comes twice."""
    for k in range(0, len(rowids), _CHUNK):
        part = list(rowids[k : k + _CHUNK])
        marks = ",".join("?" * len(part))
        yield from conn.execute(
            f"SELECT a, b, jaccard, containment FROM dedup_edges WHERE a IN ({marks}) "
            f"UNION SELECT a, b, jaccard, containment FROM dedup_edges WHERE b IN ({marks})",
            part + part,
        )


def copies_of(conn: sqlite3.Connection, rowids: Sequence[int]) -> dict[int, list[int]]:
    """Article rowid -> the rowids of its copies, highest word-shingle Jaccard first (lower
    rowid on ties). Articles without copies are left out; a store without dedup gives ``{}``."""
    if not rowids or not has_table(conn, "dedup_edges"):
        return {}
    wanted = set(rowids)
    pairs: dict[int, set[tuple[float, int]]] = {}
    for a, b, jaccard, _ in edges_touching(conn, rowids):
        if a in wanted:
            pairs.setdefault(a, set()).add((-jaccard, b))
        if b in wanted:
            pairs.setdefault(b, set()).add((-jaccard, a))
    return {a: [c for _, c in sorted(ps)] for a, ps in pairs.items()}
