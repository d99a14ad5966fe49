"""The embedded SQLite store (the default): one file, WAL mode, atomic batches."""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib.resources import files
from pathlib import Path
from typing import Any
from urllib.parse import quote

from akhbar.errors import StoreError
from akhbar.model import Page, Record, Rejected
from akhbar.store.queries import WITH_GROUPS

SCHEMA_VERSION = "2"

#: the columns ``_record_row`` fills and ``record_from_row`` reads, from ``WITH_GROUPS``
_STORED = (
    "id, outlet, url, input, headline, published, day, source, byline, body, tags, page, "
    "raw_hash, ingested_at"
)
_COLUMNS = ", ".join(f"a.{c}" for c in _STORED.split(", ")) + ", g.duplicate_group, g.story"


@dataclass(frozen=True, kw_only=True)
class AddResult:
    """What one ``add`` call did: ids newly stored, and how many were already present."""

    added: tuple[str, ...]
    present: int


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class PreparedRecord:
    """A record already turned into its ``articles`` row (all but ``ingested_at``).

    Serializing is most of the cost of a write; ingest workers prepare records in parallel
    and the single writer only inserts them.
    """

    id: str
    row: tuple[Any, ...]
    tags: tuple[str, ...]
    #: its ``article_groups`` row: an article starts as its own group and story (what dedup
    #: finds for a lone one) unless the record says otherwise
    group: str
    story: str


def prepare(record: Record) -> PreparedRecord:
    """The row a record is stored as (see ``PreparedRecord``)."""
    return PreparedRecord(
        record.id,
        _record_row(record),
        record.page.main.tags,
        record.duplicate_group or record.id,
        record.story or record.id,
    )


def _record_row(record: Record) -> tuple[Any, ...]:
    """The ``articles`` columns of ``_STORED`` but the last, ``ingested_at`` (added on insert)."""
    main = record.page.main
    day = main.published[:10] if main.published else None
    return (
        record.id,
        record.outlet,
        record.url,
        record.page.input,
        main.headline,
        main.published,
        day,
        main.source,
        main.byline,
        "\n".join(main.body),
        json.dumps(list(main.tags), ensure_ascii=False),
        json.dumps(record.page.to_dict(), ensure_ascii=False),
        record.raw_hash,
    )


def record_from_row(row: sqlite3.Row | Sequence[Any]) -> Record:
    """Rebuild a ``Record`` from a row selected with ``_COLUMNS`` (from ``WITH_GROUPS``)."""
    page = Page.from_dict(json.loads(row[11]))
    return Record(
        id=row[0],
        page=page,
        outlet=row[1],
        url=row[2],
        raw_hash=row[12],
        duplicate_group=row[14],
        story=row[15],
    )


@dataclass(frozen=True, kw_only=True)
class InputMark:
    """An input whose every record is stored: its bytes' sha256 and what it gave."""

    hash: str
    input: str
    records: int
    rejects: int


def _insert_records(
    conn: sqlite3.Connection, records: Iterable[Record | PreparedRecord], now: str
) -> AddResult:
    added: list[str] = []
    present = 0
    for record in records:
        prepared = record if isinstance(record, PreparedRecord) else prepare(record)
        cur = conn.execute(
            f"INSERT OR IGNORE INTO articles ({_STORED}) VALUES "
            "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (*prepared.row, now),
        )
        if cur.rowcount == 0:
            present += 1
            continue
        added.append(prepared.id)
        rowid = cur.lastrowid
        conn.execute(
            "INSERT INTO article_groups (article, duplicate_group, story) VALUES (?, ?, ?)",
            (rowid, prepared.group, prepared.story),
        )
        if prepared.tags:
            conn.executemany(
                "INSERT OR IGNORE INTO article_tags (article, tag) VALUES (?, ?)",
                [(rowid, tag) for tag in prepared.tags],
            )
    return AddResult(added=tuple(added), present=present)


def _insert_rejects(conn: sqlite3.Connection, rejects: Iterable[Rejected], now: str) -> int:
    n = 0
    for r in rejects:
        cur = conn.execute(
            "INSERT OR IGNORE INTO rejects (input, record, reason, detail, raw, at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (r.input, r.record or "", r.reason, r.detail, r.raw, now),
        )
        n += cur.rowcount
    return n


@dataclass(frozen=True, kw_only=True)
class StoreStats:
    """What a store holds (``akhbar stats``); an absent outlet or day is counted under ``""``."""

    articles: int
    by_outlet: tuple[tuple[str, int], ...]
    by_day: tuple[tuple[str, int], ...]
    rejects_by_reason: tuple[tuple[str, int], ...]
    inputs: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "inputs": self.inputs,
            "by_outlet": dict(self.by_outlet),
            "by_day": dict(self.by_day),
            "rejects_by_reason": dict(self.rejects_by_reason),
        }


def _upgrade(conn: sqlite3.Connection) -> None:
    """Bring a schema 1 store (groups and stories in ``articles``) to schema 2."""
    columns = {row[1] for row in conn.execute("PRAGMA table_info(articles)")}
    if "story" not in columns:
        return
    conn.execute(
        "INSERT OR IGNORE INTO article_groups (article, duplicate_group, story) "
        "SELECT rowid, coalesce(duplicate_group, id), coalesce(story, id) FROM articles"
    )
    for statement in (
        "DROP INDEX IF EXISTS articles_group",
        "DROP INDEX IF EXISTS articles_story",
        "ALTER TABLE articles DROP COLUMN duplicate_group",
        "ALTER TABLE articles DROP COLUMN story",
    ):
        conn.execute(statement)
    conn.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (SCHEMA_VERSION,))


def _check_location(path: Path, *, create: bool) -> None:
    """A clear ``StoreError`` for a store path that cannot be one (SQLite only says "unable to
    open database file")."""
    if str(path) == ":memory:":
        return
    if path.is_dir():
        raise StoreError(f"{path} is a directory; give the store's file, e.g. {path / 'akhbar.db'}")
    if path.exists():
        if create and not os.access(path, os.W_OK):
            raise StoreError(f"{path} is read-only; ingest needs to write to it")
        return
    if not create:
        raise StoreError(f"{path} does not exist; create it with `akhbar ingest`")
    parent = path.parent
    if not parent.is_dir():
        raise StoreError(f"cannot create {path}: there is no directory {parent}")
    if not os.access(parent, os.W_OK):
        raise StoreError(f"cannot create {path}: the directory {parent} is not writable")


def _connect_readonly(path: Path) -> sqlite3.Connection:
    """A read-only connection. A WAL store whose directory we cannot write either (no
    ``-shm`` file can be made) is opened as immutable."""
    uri = f"file:{quote(str(path.resolve()))}?mode=ro"
    conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError:
        conn.close()
        conn = sqlite3.connect(uri + "&immutable=1", uri=True, check_same_thread=False)
    return conn


class SQLiteStore:
    """An akhbar store in one SQLite file.

    Other stages keep their own tables in the same file through ``connection``
    (search index, dedup state, stories); ``articles.rowid`` is the join key.
    """

    def __init__(self, path: str | Path, *, create: bool = True) -> None:
        self.path = Path(path)
        _check_location(self.path, create=create)
        #: opened read-only: the file is not writable (``create=False`` only)
        self.readonly = not create and not os.access(self.path, os.W_OK)
        try:
            if self.readonly:
                self.connection = _connect_readonly(self.path)
                self._check_schema()
                return
            self.connection = sqlite3.connect(self.path, check_same_thread=False)
            self.connection.execute("PRAGMA journal_mode=WAL")
            self.connection.execute("PRAGMA synchronous=NORMAL")
            self.connection.execute("PRAGMA foreign_keys=ON")
            self._ensure_schema()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path} is not an akhbar store: {exc}") from exc

    def _check_schema(self) -> None:
        """A read-only store must be of this version already: it cannot be upgraded."""
        conn = self.connection
        row = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='meta'"
        ).fetchone()
        if not row:
            raise StoreError(f"{self.path} is an SQLite file but not an akhbar store")
        (version,) = conn.execute(
            "SELECT coalesce(max(value), '') FROM meta WHERE key = 'schema_version'"
        ).fetchone()
        if version != SCHEMA_VERSION:
            raise StoreError(
                f"{self.path} is read-only and of an older schema ({version}); "
                "make it writable once so akhbar can upgrade it"
            )

    def _ensure_schema(self) -> None:
        conn = self.connection
        has_meta = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='meta'"
        ).fetchone()
        if not has_meta:
            others = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
            if others:
                raise StoreError(f"{self.path} is an SQLite file but not an akhbar store")
        schema = files("akhbar.store").joinpath("schema.sql").read_text(encoding="utf-8")
        with conn:
            conn.executescript(schema)
            conn.execute(
                "INSERT OR IGNORE INTO meta (key, value) VALUES ('schema_version', ?)",
                (SCHEMA_VERSION,),
            )
            _upgrade(conn)

    # -- writing -------------------------------------------------------------------------

    def add(self, records: Iterable[Record]) -> AddResult:
        """Store records in one transaction; an id already present is left as it is."""
        with self.connection as conn:
            return _insert_records(conn, records, _now())

    def add_batch(
        self,
        records: Iterable[Record | PreparedRecord],
        rejects: Iterable[Rejected] = (),
        *,
        done: Iterable[InputMark] = (),
    ) -> AddResult:
        """Records, rejects and the inputs they complete, in ONE transaction (all or nothing)."""
        now = _now()
        with self.connection as conn:
            result = _insert_records(conn, records, now)
            _insert_rejects(conn, rejects, now)
            conn.executemany(
                "INSERT OR REPLACE INTO inputs (hash, input, records, rejects, at) "
                "VALUES (?, ?, ?, ?, ?)",
                [(m.hash, m.input, m.records, m.rejects, now) for m in done],
            )
        return result

    def input_done(self, hash: str) -> InputMark | None:
        """The mark of a fully ingested input with these bytes, if any."""
        row = self.connection.execute(
            "SELECT hash, input, records, rejects FROM inputs WHERE hash = ?", (hash,)
        ).fetchone()
        return InputMark(hash=row[0], input=row[1], records=row[2], rejects=row[3]) if row else None

    def add_rejects(self, rejects: Iterable[Rejected]) -> int:
        """Keep what could not be read, with its reason; returns how many were new."""
        with self.connection as conn:
            return _insert_rejects(conn, rejects, _now())

    # -- reading -------------------------------------------------------------------------

    def get(self, id: str) -> Record | None:
        row = self.connection.execute(
            f"SELECT {_COLUMNS} FROM {WITH_GROUPS} WHERE a.id = ?", (id,)
        ).fetchone()
        return record_from_row(row) if row else None

    def get_many(self, ids: Sequence[str]) -> list[Record]:
        """Records for ``ids``, in the order given (missing ids are skipped)."""
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        rows = self.connection.execute(
            f"SELECT {_COLUMNS} FROM {WITH_GROUPS} WHERE a.id IN ({marks})", tuple(ids)
        ).fetchall()
        by_id = {row[0]: record_from_row(row) for row in rows}
        return [by_id[i] for i in ids if i in by_id]

    def iter_records(self, *, after_rowid: int = 0, batch: int = 1000) -> Iterator[Record]:
        """Every record in storage order (``rowid``), streaming in batches."""
        last = after_rowid
        while True:
            rows = self.connection.execute(
                f"SELECT a.rowid, {_COLUMNS} FROM {WITH_GROUPS} WHERE a.rowid > ? "
                "ORDER BY a.rowid LIMIT ?",
                (last, batch),
            ).fetchall()
            if not rows:
                return
            for row in rows:
                yield record_from_row(row[1:])
            last = rows[-1][0]

    def count(self) -> int:
        return int(self.connection.execute("SELECT count(*) FROM articles").fetchone()[0])

    def iter_rejects(self) -> Iterator[Rejected]:
        """Every kept reject, in the order it was met."""
        for row in self.connection.execute(
            "SELECT input, record, reason, detail, raw FROM rejects ORDER BY rowid"
        ):
            yield Rejected(
                input=row[0], record=row[1] or None, reason=row[2], detail=row[3], raw=row[4]
            )

    def stats(self) -> StoreStats:
        """Counts by outlet, by day of publication, and rejects by reason."""
        conn = self.connection

        def pairs(sql: str) -> tuple[tuple[str, int], ...]:
            return tuple((str(k) if k is not None else "", int(n)) for k, n in conn.execute(sql))

        return StoreStats(
            articles=self.count(),
            by_outlet=pairs(
                "SELECT outlet, count(*) FROM articles GROUP BY outlet ORDER BY count(*) DESC, outlet"
            ),
            by_day=pairs("SELECT day, count(*) FROM articles GROUP BY day ORDER BY day"),
            rejects_by_reason=pairs(
                "SELECT reason, count(*) FROM rejects GROUP BY reason ORDER BY count(*) DESC, reason"
            ),
            inputs=int(conn.execute("SELECT count(*) FROM inputs").fetchone()[0]),
        )

    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
