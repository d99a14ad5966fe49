"""Connections of the web app to its store: one read-only connection per worker thread.

SQLite connections are cheap to keep and not safe to share between threads mid-query, so each
thread of the server's pool opens its own read-only connection on first use and keeps it (the
store is in WAL mode: readers see each committed ingest batch without reopening). Writes (HTTP
ingest) open the store read-write for the request, one at a time.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

from akhbar.errors import StoreError
from akhbar.store import SQLiteStore, open_store
from akhbar.store.sqlite import SCHEMA_VERSION

__all__ = ["Connections"]


class Connections:
    """Per-thread read-only connections to the store at ``path``, and one writer at a time."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        if not self.path.is_file():
            raise StoreError(f"{self.path} does not exist; create it with `akhbar ingest`")
        #: the store opened read-only, as every reader opens it
        self._uri = f"{self.path.resolve().as_uri()}?mode=ro"
        self._upgrade()
        self._local = threading.local()
        self._write_lock = threading.Lock()
        self._all: list[sqlite3.Connection] = []
        self._all_lock = threading.Lock()

    def _upgrade(self) -> None:
        """Bring a store written by an older akhbar to this schema (once, read-write): the
        readers are read-only."""
        try:
            with closing(sqlite3.connect(self._uri, uri=True)) as conn:
                row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'")
                version = row.fetchone()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path} is not an akhbar store: {exc}") from exc
        if version is None or version[0] != SCHEMA_VERSION:
            open_store(self.path, create=False).close()

    def _open(self) -> sqlite3.Connection:
        try:
            conn = sqlite3.connect(self._uri, uri=True, check_same_thread=False)
            conn.execute("PRAGMA query_only = ON")
            conn.execute("SELECT count(*) FROM articles LIMIT 1").fetchone()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path} is not an akhbar store: {exc}") from exc
        with self._all_lock:
            self._all.append(conn)
        return conn

    def reader(self) -> sqlite3.Connection:
        """This thread's read-only connection."""
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._open()
            self._local.conn = conn
        return conn

    @contextmanager
    def writer(self) -> Iterator[SQLiteStore]:
        """The store opened read-write, for one writer at a time (SQLite has one writer)."""
        with self._write_lock:
            store = open_store(self.path, create=False)
            try:
                yield store
            finally:
                store.close()

    def close(self) -> None:
        with self._all_lock:
            for conn in self._all:
                conn.close()
            self._all.clear()
