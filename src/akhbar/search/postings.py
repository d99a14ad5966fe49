"""Posting arrays of the index's stems, kept beside FTS5 so that a query's matches and their
BM25 can be computed with numpy (``akhbar.search.fastrank``) instead of asking FTS5 row by row.

FTS5 scores a match by walking its position lists and looking up its row's size (~2-5 µs a
match), and a search page asks it several times per query. The same numbers fit in small
arrays: for each stem, the articles whose headline or body holds it, with how many times in
each (``head``, ``body``: the weighted term frequency BM25 needs). They are written by
``index_pending`` in the same transaction as the FTS5 rows (one segment per term per call,
merged when a term has ``MERGE_AT`` of them), so they always describe the same articles: the
meta key ``search.postings_rowid`` says up to which rowid, and a store indexed before they
existed simply has none (searches then ask FTS5, and the next ``akhbar ingest`` builds them).

The terms are the index's own tokens: the ``head``/``body`` column text split as FTS5's
``ascii`` tokenizer splits it (ASCII punctuation separates, ASCII letters fold to lower case,
every other character is part of a word), so a term's postings are exactly FTS5's.
"""

from __future__ import annotations

import re
import sqlite3
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

import numpy as np
import numpy.typing as npt

__all__ = [
    "MERGE_AT",
    "POSTINGS_KEY",
    "POSTINGS_TABLE",
    "Postings",
    "PostingsBuilder",
    "create_postings",
    "fts_tokens",
    "is_one_token",
    "read_postings",
]

POSTINGS_TABLE = "search_postings"
POSTINGS_KEY = "search.postings_rowid"
#: a term's segments are merged into one when it has this many (reads stay a few rows)
MERGE_AT = 8

_SCHEMA = (
    f"CREATE TABLE IF NOT EXISTS {POSTINGS_TABLE} (term TEXT NOT NULL, first INTEGER NOT NULL, "
    "docs BLOB NOT NULL, head BLOB NOT NULL, body BLOB NOT NULL, PRIMARY KEY (term, first)) "
    "WITHOUT ROWID"
)
#: FTS5's ``ascii`` tokenizer: every ASCII character but a letter or digit separates words
_SEPARATORS = re.compile(r"[\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f]+")
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_DOCS = np.dtype("<u4")
_COUNTS = (np.dtype("<u2"), np.dtype("<u4"))  # the narrower when every count fits

U32 = npt.NDArray[np.uint32]


def fts_tokens(text: str) -> list[str]:
    """``text`` split into tokens as FTS5's ``ascii`` tokenizer splits it."""
    return [t.translate(_ASCII_LOWER) for t in _SEPARATORS.split(text) if t]


def is_one_token(term: str) -> bool:
    """Whether FTS5 reads ``term`` (a query stem) as that one token, unchanged."""
    return fts_tokens(term) == [term]


class Postings:
    """One term's postings: article rowids ascending, and the term's count in each one's
    headline and body."""

    __slots__ = ("body", "docs", "head")

    def __init__(self, docs: U32, head: U32, body: U32) -> None:
        self.docs = docs
        self.head = head
        self.body = body

    @staticmethod
    def empty() -> Postings:
        none = np.zeros(0, np.uint32)
        return Postings(none, none, none)

    @staticmethod
    def joined(parts: Sequence[Postings]) -> Postings:
        """Segments (rowids ascending from one to the next) as one."""
        if len(parts) == 1:
            return parts[0]
        docs, head, body = (
            np.concatenate([getattr(p, k) for p in parts]) for k in ("docs", "head", "body")
        )
        return Postings(docs, head, body)


class PostingsBuilder:
    """The postings of a run of indexed articles (rowids ascending), written as one segment
    per term."""

    def __init__(self) -> None:
        self._terms: dict[str, tuple[list[int], list[int], list[int]]] = {}
        self.first: int | None = None

    def add(self, rowid: int, head: str, body: str) -> None:
        """Add one article's ``head`` and ``body`` column text (stems, space-joined)."""
        if rowid > 0xFFFFFFFF:
            raise ValueError(f"rowid {rowid} does not fit the postings' 32-bit article ids")
        if self.first is None:
            self.first = rowid
        in_head = Counter(fts_tokens(head))
        in_body = Counter(fts_tokens(body))
        terms = self._terms
        for term in in_head.keys() | in_body.keys():
            lists = terms.get(term)
            if lists is None:
                lists = terms[term] = ([], [], [])
            lists[0].append(rowid)
            lists[1].append(in_head.get(term, 0))
            lists[2].append(in_body.get(term, 0))

    def write(self, conn: sqlite3.Connection) -> None:
        """Insert the segments (inside the caller's transaction) and merge the terms that
        have ``MERGE_AT`` segments now."""
        if self.first is None:
            return
        conn.executemany(
            f"INSERT INTO {POSTINGS_TABLE} VALUES (?, ?, ?, ?, ?)",
            ((t, self.first, *_blobs(*lists)) for t, lists in self._terms.items()),
        )
        terms = list(self._terms)
        full: list[str] = []
        for k in range(0, len(terms), 5000):
            part = terms[k : k + 5000]
            full += [
                r[0]
                for r in conn.execute(
                    f"SELECT term FROM {POSTINGS_TABLE} WHERE term IN "
                    f"({','.join('?' * len(part))}) GROUP BY term HAVING count(*) >= ?",
                    [*part, MERGE_AT],
                )
            ]
        merge(conn, full)


def _blobs(docs: Iterable[int], head: Iterable[int], body: Iterable[int]) -> tuple[bytes, ...]:
    counts = [np.fromiter(c, np.int64) for c in (head, body)]
    wide = any(len(c) and int(c.max()) > 0xFFFF for c in counts)
    kind = _COUNTS[wide]
    return (np.fromiter(docs, np.int64).astype(_DOCS).tobytes(),
            *(c.astype(kind).tobytes() for c in counts))  # fmt: skip


def _arrays(docs: bytes, head: bytes, body: bytes) -> Postings:
    n = len(docs) // _DOCS.itemsize
    kind = _COUNTS[0] if len(head) == n * _COUNTS[0].itemsize else _COUNTS[1]
    return Postings(
        np.frombuffer(docs, _DOCS).astype(np.uint32),
        np.frombuffer(head, kind).astype(np.uint32),
        np.frombuffer(body, kind).astype(np.uint32),
    )


def merge(conn: sqlite3.Connection, terms: Sequence[str] | None = None) -> None:
    """Merge each of ``terms``' segments into one (every term's when None: ``optimize``)."""
    if terms is None:
        terms = [
            r[0]
            for r in conn.execute(
                f"SELECT term FROM {POSTINGS_TABLE} GROUP BY term HAVING count(*) > 1"
            )
        ]
    for term in terms:
        rows = conn.execute(
            f"SELECT first, docs, head, body FROM {POSTINGS_TABLE} WHERE term = ? ORDER BY first",
            (term,),
        ).fetchall()
        if len(rows) < 2:
            continue
        one = Postings.joined([_arrays(*r[1:]) for r in rows])
        conn.execute(f"DELETE FROM {POSTINGS_TABLE} WHERE term = ?", (term,))
        conn.execute(
            f"INSERT INTO {POSTINGS_TABLE} VALUES (?, ?, ?, ?, ?)",
            (term, rows[0][0], *_blobs(one.docs.tolist(), one.head.tolist(), one.body.tolist())),
        )


def create_postings(conn: sqlite3.Connection) -> None:
    """Create the postings table if missing (its watermark starts at 0: none built yet)."""
    conn.execute(_SCHEMA)
    conn.execute("INSERT OR IGNORE INTO meta (key, value) VALUES (?, '0')", (POSTINGS_KEY,))


def read_postings(conn: sqlite3.Connection, terms: Iterable[str]) -> Mapping[str, Postings]:
    """Each term's postings (an unknown term's are empty)."""
    wanted = sorted(set(terms))
    parts: dict[str, list[Postings]] = {t: [] for t in wanted}
    rows = conn.execute(
        f"SELECT term, docs, head, body FROM {POSTINGS_TABLE} "
        f"WHERE term IN ({','.join('?' * len(wanted))}) ORDER BY term, first",
        wanted,
    )
    for term, *blobs in rows:
        parts[term].append(_arrays(*blobs))
    return {t: Postings.joined(p) if p else Postings.empty() for t, p in parts.items()}
