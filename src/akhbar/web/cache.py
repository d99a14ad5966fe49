"""A small cache of store-wide answers (the home page's lists and counts), dropped on any write.

The store's version is the size and modification time of its file and its WAL: any committed
ingest batch changes the WAL, so a cached answer is never served after the data changed, in
this process or another one. Entries are bounded (least recently used goes first).
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from pathlib import Path
from typing import TypeVar

__all__ = ["StoreCache"]

T = TypeVar("T")
Version = tuple[int, int, int, int]


class StoreCache:
    """``get(key, compute)``: the cached value for ``key`` while the store is unchanged."""

    def __init__(self, path: Path, *, size: int = 1024) -> None:
        self._db = str(path)
        self._wal = f"{path}-wal"
        self._size = size
        self._lock = threading.Lock()
        self._entries: OrderedDict[Hashable, tuple[Version, object]] = OrderedDict()

    def version(self) -> Version:
        db = os.stat(self._db)
        try:
            wal = os.stat(self._wal)
            wal_v = (wal.st_mtime_ns, wal.st_size)
        except FileNotFoundError:
            wal_v = (0, 0)
        return (db.st_mtime_ns, db.st_size, *wal_v)

    def peek(self, key: Hashable) -> object | None:
        """The cached value for ``key`` if present and current, else None (never computes)."""
        version = self.version()
        with self._lock:
            hit = self._entries.get(key)
            return hit[1] if hit is not None and hit[0] == version else None

    def get(self, key: Hashable, compute: Callable[[], T]) -> T:
        version = self.version()
        with self._lock:
            hit = self._entries.get(key)
            if hit is not None and hit[0] == version:
                self._entries.move_to_end(key)
                return hit[1]  # type: ignore[return-value]
        value = compute()
        with self._lock:
            self._entries[key] = (version, value)
            self._entries.move_to_end(key)
            while len(self._entries) > self._size:
                self._entries.popitem(last=False)
        return value
