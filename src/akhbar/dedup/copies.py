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
from collections.abc import Sequence

from akhbar.store.queries import has_table

__all__ = ["copies_of"]

_CHUNK = 250  # rowids per query; each binds its list twice (SQLite allows 32,766 variables)


def copies_of(conn: sqlite3.Connection, rowids: Sequence[int]) -> dict[int, list[int]]:
    """Article rowid -> the rowids of its copies, highest word-shingle Jaccard first (lower
    rowid on ties). Articles without copies are left out; a store without dedup gives ``{}``."""
    if not rowids or not has_table(conn, "dedup_edges"):
        return {}
    sql = (
        "SELECT a, b, jaccard FROM dedup_edges WHERE a IN ({marks}) "
        "UNION ALL SELECT b, a, jaccard FROM dedup_edges WHERE b IN ({marks})"
    )
    pairs: dict[int, list[tuple[float, int]]] = {}
    for k in range(0, len(rowids), _CHUNK):
        part = list(rowids[k : k + _CHUNK])
        marks = ",".join("?" * len(part))
        for article, copy, jaccard in conn.execute(sql.format(marks=marks), part + part):
            pairs.setdefault(article, []).append((-jaccard, copy))
    return {a: [c for _, c in sorted(ps)] for a, ps in pairs.items()}
