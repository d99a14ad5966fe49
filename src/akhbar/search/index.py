"""The search index: an FTS5 table in the store file, fed with akhbar's own analysis.

SQLite's tokenizers cannot analyze Arabic (``unicode61`` splits words at harakat and folds no
hamza, see LIBRARIES.md), so the text is analyzed here with ``akhbar.text`` and FTS5 only
indexes the result, space-separated, with the ``ascii`` tokenizer (every non-ASCII character is
a word character, so an analyzed Arabic token stays one token). Four columns per article:

======  ==========================================================================
head    headline stems (``search_terms``: search normalization + light stem)
body    body stems
xhead   headline exact tokens (normalized, unstemmed) — quoted phrases and names
xbody   body exact tokens
======  ==========================================================================

The table is contentless (``content=''``): the display text stays in ``articles`` only and
the FTS rowid is ``articles.rowid``. ``index_pending`` indexes every article above a watermark
(``meta['search.indexed_rowid']``) in one transaction with the watermark update, so a crash
leaves either both or neither, and calling it again is a no-op. The stemmer an index was built
with is recorded (``meta['search.algorithm']``) and queries use the same one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any, cast

from akhbar.errors import QueryError, StoreError
from akhbar.search.memo import SearchMemo, TermCounts
from akhbar.text import Algorithm, stem
from akhbar.text.analysis import Analysis, words_of
from akhbar.text.analysis import analyze as analyze_article

__all__ = [
    "FTS_TABLE",
    "analyze",
    "ensure_schema",
    "index_algorithm",
    "index_pending",
    "indexed_rowid",
    "optimize",
    "phrase_docs",
    "query_index",
    "reindex",
    "term_docs",
]

FTS_TABLE = "search_fts"
VOCAB_TABLE = "search_vocab"
DOCS_TABLE = "search_docs"
WATERMARK_KEY = "search.indexed_rowid"
ALGORITHM_KEY = "search.algorithm"
VERSION_KEY = "search.version"
#: bumped when the index layout changes; an index of another version is rebuilt
#: (3: الرياض/الطائف keep their article as stem, apart from رياض "sport" and طايف "sect")
INDEX_VERSION = "3"  # 2: search_docs table; (a lead column was measured: MRR -0.01)
_BATCH = 2000

_SCHEMA = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5("
    "head, body, xhead, xbody, content='', tokenize='ascii', columnsize=1, detail=full)",
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {VOCAB_TABLE} USING fts5vocab({FTS_TABLE}, 'col')",
    # outlet and dates of each indexed article, in small rows: filters and tie-breaks probe this
    # for every match (an ``articles`` row is ~10 KB, its ``day`` often on an overflow page)
    f"CREATE TABLE IF NOT EXISTS {DOCS_TABLE} (rowid INTEGER PRIMARY KEY, outlet TEXT, "
    "day TEXT, published TEXT)",
    # a larger in-memory buffer before a flush: fewer segments to merge (measured -30% time)
    f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}, rank) VALUES ('hashsize', {8 << 20})",
    # merge 8 segments of a level at a time, not 4: each posting is rewritten fewer times as
    # ingest batches arrive (index build -25% CPU over SaudiNewsNet; queries measured the same)
    f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}, rank) VALUES ('automerge', 8)",
)


@contextmanager
def _savepoint(conn: sqlite3.Connection, name: str) -> Iterator[None]:
    """All-or-nothing block that also nests inside a caller's open transaction.

    Outside a transaction the outermost ``RELEASE`` commits; inside one, the work commits
    with the caller's (``with conn:`` would commit the caller's transaction early).
    """
    conn.execute(f"SAVEPOINT {name}")
    try:
        yield
    except BaseException:
        conn.execute(f"ROLLBACK TO {name}")
        conn.execute(f"RELEASE {name}")
        raise
    conn.execute(f"RELEASE {name}")


def _has_articles(conn: sqlite3.Connection) -> bool:
    row = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name='articles'"
    ).fetchone()
    return row is not None


def ensure_schema(conn: sqlite3.Connection, *, algorithm: Algorithm = "light") -> None:
    """Create the index tables if missing; record the stemmer on first creation."""
    if not _has_articles(conn):
        raise StoreError("this database has no articles table; create it with `akhbar ingest`")

    def table(name: str) -> bool:
        return bool(conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (name,)).fetchone())

    version = conn.execute("SELECT value FROM meta WHERE key = ?", (VERSION_KEY,)).fetchone()
    if version and version[0] == INDEX_VERSION and table(DOCS_TABLE):
        return
    with _savepoint(conn, "search_schema"):
        if table(FTS_TABLE):  # an index of an older layout: rebuild it from scratch
            for name in (VOCAB_TABLE, FTS_TABLE, DOCS_TABLE):
                conn.execute(f"DROP TABLE IF EXISTS {name}")
            conn.execute("DELETE FROM meta WHERE key IN (?, ?)", (ALGORITHM_KEY, WATERMARK_KEY))
        for statement in _SCHEMA:
            conn.execute(statement)
        conn.execute(
            "INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)", (ALGORITHM_KEY, algorithm)
        )
        conn.execute("INSERT OR IGNORE INTO meta (key, value) VALUES (?, '0')", (WATERMARK_KEY,))
        conn.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (VERSION_KEY, INDEX_VERSION)
        )


def query_index(conn: sqlite3.Connection, sql: str, args: Sequence[Any]) -> list[tuple[Any, ...]]:
    """The rows of a statement over the index tables; a store without them is a
    ``StoreError`` that says how to build them."""
    try:
        return conn.execute(sql, args).fetchall()
    except sqlite3.OperationalError as exc:
        if "no such table" in str(exc):
            raise StoreError(
                "the store has no search index yet; run `akhbar ingest` (it indexes as it stores)"
            ) from exc
        raise


def index_algorithm(conn: sqlite3.Connection) -> Algorithm:
    """The stemmer the index was built with ('light' if there is no index yet).

    Raises ``StoreError`` for an index of another ``INDEX_VERSION`` (its terms would not meet
    this version's query terms); the next ``akhbar ingest`` rebuilds it.
    """
    meta = dict(
        conn.execute(
            "SELECT key, value FROM meta WHERE key IN (?, ?)", (ALGORITHM_KEY, VERSION_KEY)
        ).fetchall()
    )
    version = meta.get(VERSION_KEY)
    if version is not None and version != INDEX_VERSION:
        raise StoreError(
            f"the search index is version {version}, this akhbar reads version {INDEX_VERSION}; "
            "run `akhbar ingest` on the store (with no new input it only rebuilds the index)"
        )
    value = meta.get(ALGORITHM_KEY, "light")
    if value not in ("light", "snowball", "none"):
        raise StoreError(f"meta['{ALGORITHM_KEY}'] is {value!r}; rebuild with `reindex`")
    return cast(Algorithm, value)


def indexed_rowid(conn: sqlite3.Connection) -> int:
    """The watermark: every article with a rowid up to this one is indexed."""
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (WATERMARK_KEY,)).fetchone()
    return int(row[0]) if row else 0


def _stems(words: list[str], algorithm: Algorithm) -> str:
    table = {w: stem(w, algorithm=algorithm) for w in set(words)}  # ~1/3 of the words repeat
    return " ".join(map(table.__getitem__, words))


def analyze(text: str | None, *, algorithm: Algorithm = "light") -> tuple[str, str]:
    """(stems, exact tokens) of ``text``, each space-joined, as the index stores them.

    >>> analyze("والاتفاقيّة النوويّة")
    ('اتفاق نوو', 'والاتفاقيه النوويه')
    """
    words = words_of(text)
    return _stems(words, algorithm), " ".join(words)


Row = tuple[int, str, str, str, str]
Doc = tuple[int, str | None, str | None, str | None]


def _rows(
    conn: sqlite3.Connection,
    after: int,
    algorithm: Algorithm,
    analyses: Mapping[str, Analysis] | None = None,
) -> Iterator[tuple[list[Row], list[Doc]]]:
    last = after
    cache: dict[str, str] = {}  # stems of this pass's words (most words of a batch repeat)
    given = analyses or {}
    while True:
        # the text only for the articles not analyzed by the ingest workers (reading every
        # body again cost ~1 s over SaudiNewsNet)
        batch = conn.execute(
            "SELECT rowid, id, outlet, day, published FROM articles "
            "WHERE rowid > ? ORDER BY rowid LIMIT ?",
            (last, _BATCH),
        ).fetchall()
        if not batch:
            return
        found = {
            id_: a for _, id_, *_ in batch if (a := given.get(id_)) and a.algorithm == algorithm
        }
        missing = [r[0] for r in batch if r[1] not in found]
        texts: dict[int, tuple[str | None, str | None]] = {}
        for k in range(0, len(missing), 500):
            part = missing[k : k + 500]
            texts.update(
                (r[0], (r[1], r[2]))
                for r in conn.execute(
                    "SELECT rowid, headline, body FROM articles "
                    f"WHERE rowid IN ({','.join('?' * len(part))})",
                    part,
                )
            )
        rows: list[Row] = []
        docs: list[Doc] = []
        for rowid, id_, outlet, day, published in batch:
            a = found.get(id_)
            if a is None:
                headline, body = texts[rowid]
                a = analyze_article(headline, body, algorithm=algorithm, cache=cache)
            rows.append((rowid, a.head, a.body, a.xhead, a.xbody))
            docs.append((rowid, outlet, day, published))
        yield rows, docs
        last = batch[-1][0]


def index_pending(
    conn: sqlite3.Connection,
    *,
    algorithm: Algorithm | None = None,
    analyses: Mapping[str, Analysis] | None = None,
) -> int:
    """Index every article stored after the watermark; returns how many were indexed.

    The ingest calls this after each stored batch. Rows and watermark are written in one
    transaction (a ``SAVEPOINT``: inside a caller's open transaction they commit with it);
    running it
    twice indexes nothing the second time. ``algorithm`` applies only to a new index: an
    existing one keeps the stemmer it was built with (``reindex`` to change it).
    ``analyses`` (article id -> ``Analysis``, from the ingest workers) saves analyzing again.
    """
    ensure_schema(conn, algorithm=algorithm or "light")
    current = index_algorithm(conn)
    if algorithm is not None and algorithm != current:
        raise QueryError(
            f"the search index was built with the {current!r} stemmer; "
            f"use reindex(conn, algorithm={algorithm!r}) to rebuild it"
        )
    count = 0
    with _savepoint(conn, "search_index"):
        after = indexed_rowid(conn)
        last = after
        for rows, docs in _rows(conn, after, current, analyses):
            conn.executemany(
                f"INSERT INTO {FTS_TABLE} (rowid, head, body, xhead, xbody) VALUES (?, ?, ?, ?, ?)",
                rows,
            )
            conn.executemany(f"INSERT INTO {DOCS_TABLE} VALUES (?, ?, ?, ?)", docs)
            count += len(rows)
            last = rows[-1][0]
        if last != after:
            conn.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (WATERMARK_KEY, str(last))
            )
    return count


def reindex(conn: sqlite3.Connection, *, algorithm: Algorithm = "light") -> int:
    """Drop the index and build it again from every stored article (e.g. to change stemmer)."""
    if not _has_articles(conn):
        raise StoreError("this database has no articles table; create it with `akhbar ingest`")
    with _savepoint(conn, "search_reindex"):
        conn.execute(f"DROP TABLE IF EXISTS {VOCAB_TABLE}")
        conn.execute(f"DROP TABLE IF EXISTS {DOCS_TABLE}")
        conn.execute(f"DROP TABLE IF EXISTS {FTS_TABLE}")
        conn.execute(
            "DELETE FROM meta WHERE key IN (?, ?, ?)", (ALGORITHM_KEY, WATERMARK_KEY, VERSION_KEY)
        )
    return index_pending(conn, algorithm=algorithm)


def optimize(conn: sqlite3.Connection) -> None:
    """Merge the index's segments into one (after a bulk load; queries get faster)."""
    with _savepoint(conn, "search_optimize"):
        conn.execute(f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}) VALUES ('optimize')")


def _remembered(conn: sqlite3.Connection, memo: SearchMemo | None) -> tuple[str, int, TermCounts]:
    """The store file's path, its index's watermark and the counts ``memo`` holds for them
    (``{}`` without a memo): where ``term_docs`` and ``phrase_docs`` look before counting."""
    if memo is None:
        return "", 0, {}
    path = next((r[2] for r in conn.execute("PRAGMA database_list") if r[1] == "main"), "")
    mark = indexed_rowid(conn)
    return path, mark, memo.term_counts(path, mark)


def term_docs(
    conn: sqlite3.Connection, terms: Iterable[str], *, memo: SearchMemo | None = None
) -> dict[str, dict[str, int]]:
    """How many articles have each indexed term, by column (``{}`` for an unknown term).

    FTS5 keeps no document frequencies: ``fts5vocab`` decodes a term's whole posting list to
    count them (~0.1 ms for a common word). With a ``memo`` they are remembered per store file
    until its index grows (the watermark moves), so a common word is counted once, not on
    every query; without one, every term is counted.
    """
    terms = list(terms)
    path, mark, known = _remembered(conn, memo)
    got = {t: dict(c) for t in dict.fromkeys(terms) if (c := known.get(t)) is not None}
    missing = sorted({t for t in terms if t not in got})
    if missing:
        found: dict[str, dict[str, int]] = {t: {} for t in missing}
        marks = ",".join("?" * len(missing))
        for term, col, doc in conn.execute(
            f"SELECT term, col, doc FROM {VOCAB_TABLE} WHERE term IN ({marks})", missing
        ):
            found[term][col] = int(doc)
        if memo is not None:
            memo.add_term_counts(path, mark, {t: dict(c) for t, c in found.items()})
        got.update(found)
    return {t: got[t] for t in terms}


def phrase_docs(
    conn: sqlite3.Connection, pairs: Iterable[tuple[str, str]], *, memo: SearchMemo | None = None
) -> dict[tuple[str, str], tuple[int, int]]:
    """For each pair of indexed terms, (articles with the two as a phrase, articles with both),
    headline and body alike: how fixed a phrase of the corpus the pair is.

    Counted by FTS5 queries (~0.2-1 ms a pair); with a ``memo`` they are remembered as
    ``term_docs``' counts are, under the pair's space-joined text (an indexed term holds no
    space, so it is never a term's key), columns ``phrase`` and ``both``.
    """
    pairs = list(dict.fromkeys(pairs))
    path, mark, known = _remembered(conn, memo)
    sql = f"SELECT count(*) FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ?"
    out: dict[tuple[str, str], tuple[int, int]] = {}
    new: dict[str, dict[str, int]] = {}
    for a, b in pairs:
        key = f"{a} {b}"
        held = known.get(key)
        if held is not None:
            out[a, b] = (held["phrase"], held["both"])
            continue
        qa, qb = ('"' + t.replace('"', '""') + '"' for t in (a, b))
        phrase = conn.execute(sql, (f'{{head body}} : "{qa[1:-1]} {qb[1:-1]}"',)).fetchone()[0]
        both = conn.execute(sql, (f"{{head body}} : ({qa} AND {qb})",)).fetchone()[0]
        out[a, b] = (int(phrase), int(both))
        new[key] = {"phrase": int(phrase), "both": int(both)}
    if memo is not None and new:
        memo.add_term_counts(path, mark, new)
    return out
