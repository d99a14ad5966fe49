"""Storage of articles. SQLite is the embedded default; other backends follow the ``Store`` protocol."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Protocol

from akhbar.model import Record, Rejected
from akhbar.store.sqlite import (
    AddResult,
    InputMark,
    PreparedRecord,
    SQLiteStore,
    StoreStats,
    prepare,
)


class Store(Protocol):
    """What every store backend offers the pipeline, the search and the web app."""

    def add(self, records: Iterable[Record]) -> AddResult: ...
    def add_rejects(self, rejects: Iterable[Rejected]) -> int: ...
    def get(self, id: str) -> Record | None: ...
    def get_many(self, ids: Sequence[str]) -> list[Record]: ...
    def iter_records(self, *, after_rowid: int = 0, batch: int = 1000) -> Iterator[Record]: ...
    def count(self) -> int: ...
    def close(self) -> None: ...


def open_store(path: str | Path, *, create: bool = True) -> SQLiteStore:
    """Open (or create) the store at ``path``."""
    return SQLiteStore(path, create=create)


__all__ = [
    "AddResult",
    "InputMark",
    "PreparedRecord",
    "SQLiteStore",
    "Store",
    "StoreStats",
    "open_store",
    "prepare",
]
