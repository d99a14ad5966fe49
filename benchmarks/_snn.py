"""SaudiNewsNet → akhbar Records and a built search store, shared by the search benchmarks.

A small local loader (the corpus is one JSON array per zip); ``akhbar.read`` is used instead
when it offers a SaudiNewsNet reader.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

from akhbar.model import Article, Page, Record
from akhbar.store import open_store

CORPUS = Path("/work/shared/data/saudinewsnet")


def iter_items(corpus: Path = CORPUS) -> Iterator[tuple[str, dict[str, str]]]:
    for path in sorted(corpus.glob("*.zip")):
        with zipfile.ZipFile(path) as z:
            for name in z.namelist():
                for k, item in enumerate(json.loads(z.read(name))):
                    yield f"{path.name}#{k + 1}", item


def to_record(input: str, item: dict[str, str]) -> Record:
    body = tuple(p.strip() for p in (item.get("content") or "").split("\n") if p.strip())
    url = item.get("url") or None
    key = url or input
    return Record(
        id="snn-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16],
        page=Page(
            input=input,
            main=Article(
                headline=(item.get("title") or "").strip() or None,
                published=(item.get("date_extracted") or "")[:10] or None,
                byline=(item.get("author") or "").strip() or None,
                body=body,
            ),
            url=url,
        ),
        outlet=item.get("source") or None,
        url=url,
        raw_hash=hashlib.sha256(json.dumps(item, ensure_ascii=False).encode()).hexdigest(),
    )


def records(corpus: Path = CORPUS) -> list[Record]:
    return [to_record(i, item) for i, item in iter_items(corpus)]


def build_store(
    path: Path,
    *,
    algorithm: str = "light",
    batch: int = 1000,
    recs: list[Record] | None = None,
) -> dict[str, float]:
    """Store ``recs`` (default: the corpus) at ``path`` (if not there yet), index them and
    group their copies, batch by batch as ``akhbar ingest`` does; returns timings (s)."""
    from akhbar.dedup import update_pending
    from akhbar.search.index import index_pending

    timings: dict[str, float] = {}
    fresh = not path.exists()
    store = open_store(path)
    if fresh:
        recs = records() if recs is None else recs
        t0 = time.perf_counter()
        index_s = dedup_s = 0.0
        for i in range(0, len(recs), batch):
            store.add(recs[i : i + batch])
            t1 = time.perf_counter()
            index_pending(store.connection, algorithm=algorithm)  # type: ignore[arg-type]
            t2 = time.perf_counter()
            update_pending(store.connection, stories=False)
            index_s += t2 - t1
            dedup_s += time.perf_counter() - t2
        timings["store_index_dedup_s"] = time.perf_counter() - t0
        timings["index_s"] = index_s
        timings["dedup_s"] = dedup_s
    store.close()
    return timings


def connect(path: Path) -> sqlite3.Connection:
    return open_store(path, create=False).connection
