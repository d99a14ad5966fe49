"""Search speed over the full SaudiNewsNet store (31,030 articles): index build and query latency.

Builds the store the way ``akhbar ingest`` does (batches of 2,000 records, ``index_pending``
and the copy grouping (``akhbar.dedup``, which search uses to keep a dispatch's printings
together) after each, the index given the articles' analyses as the ingest workers compute
them; the analysis and the dedup are timed apart), then runs 1,000 varied queries drawn from the corpus (seeded): single words
(common and rare), two and three words, quoted phrases, OR, exclusions, outlet/day filters and
pasted headlines. Each query is timed end to end through ``akhbar.search.search`` (limit 10,
snippets and highlights included, one ``SearchMemo`` across the run as in the web app), in wall time and in the thread's CPU time (steadier when
other work shares the machine; the load average is printed). Side by side, same queries: SQLite
FTS5 ``unicode61 remove_diacritics 2`` on the raw text (bm25, top 10, no snippets).

    .venv/bin/python benchmarks/search_speed.py [--db /tmp/akhbar-speed.db] [--queries 1000]
"""

from __future__ import annotations

import argparse
import os
import random
import re
import sqlite3
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import contextlib

import _snn

from akhbar.dedup import update_pending
from akhbar.errors import QueryError
from akhbar.model import Record
from akhbar.search import Filters, SearchMemo, search
from akhbar.search.index import index_pending
from akhbar.store import open_store
from akhbar.text import is_stopword
from akhbar.text.analysis import StemCache, analyze

_WORD = re.compile(r"[\u0621-\u064a]{3,}")


def queries(recs: list[Record], n: int, seed: int = 11) -> list[tuple[str, str, Filters]]:
    rng = random.Random(seed)
    heads = [r.headline for r in recs if r.headline]
    words = [w for h in heads for w in _WORD.findall(h) if not is_stopword(w)]
    outlets = sorted({r.outlet for r in recs if r.outlet})
    days = sorted({r.published for r in recs if r.published})
    out: list[tuple[str, str, Filters]] = []
    kinds = ["word", "word", "2 words", "3 words", "phrase", "or", "exclude", "filter", "headline"]
    while len(out) < n:
        kind = kinds[len(out) % len(kinds)]
        h = rng.choice(heads)
        hw = [w for w in _WORD.findall(h) if not is_stopword(w)] or [rng.choice(words)]
        f = Filters()
        if kind == "word":
            q = rng.choice(words)  # drawn by frequency: common words come up often
        elif kind == "2 words":
            q = " ".join(rng.sample(hw, min(2, len(hw))))
        elif kind == "3 words":
            q = " ".join(rng.sample(hw, min(3, len(hw))))
        elif kind == "phrase":
            all_w = _WORD.findall(h)
            k = rng.randrange(max(1, len(all_w) - 1))
            q = '"' + " ".join(all_w[k : k + 2]) + '"'
        elif kind == "or":
            q = f"{rng.choice(hw)} OR {rng.choice(words)}"
        elif kind == "exclude":
            q = f"{rng.choice(hw)} -{rng.choice(words)}"
        elif kind == "filter":
            d = rng.randrange(len(days) - 3)
            q = rng.choice(hw)
            f = Filters(outlets=(rng.choice(outlets),), date_from=days[d], date_to=days[d + 3])
        else:
            q = h
        out.append((kind, q, f))
    return out


def percentiles(ms: list[float]) -> str:
    ms = sorted(ms)
    p = lambda q: ms[min(len(ms) - 1, int(q * len(ms)))]  # noqa: E731
    return f"p50 {p(0.5):6.1f}  p90 {p(0.9):6.1f}  p99 {p(0.99):6.1f}  max {ms[-1]:6.1f}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--db", type=Path, default=Path("/tmp/akhbar-speed.db"))
    ap.add_argument("--queries", type=int, default=1000)
    args = ap.parse_args()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{args.db}{suffix}").unlink(missing_ok=True)

    recs = _snn.records()
    print(f"load average at the start: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    store = open_store(args.db)
    t_store = t_index = t_analysis = cpu_index = t_dedup = 0.0
    cache: StemCache = {}
    for i in range(0, len(recs), 2000):
        batch = recs[i : i + 2000]
        t0 = time.perf_counter()
        store.add(batch)
        t1 = time.perf_counter()
        # what the ingest workers hand to index_pending (computed once for search and dedup)
        analyses = {
            r.id: analyze(r.headline, "\n".join(r.page.main.body), cache=cache) for r in batch
        }
        t2 = time.perf_counter()
        c2 = time.process_time()
        index_pending(store.connection, analyses=analyses)
        cpu_index += time.process_time() - c2
        t3 = time.perf_counter()
        update_pending(store.connection, stories=False)
        t_dedup += time.perf_counter() - t3
        t_store += t1 - t0
        t_analysis += t2 - t1
        t_index += t3 - t2
    conn = store.connection
    size = sum(
        r[0] for r in conn.execute("SELECT pgsize FROM dbstat WHERE name LIKE 'search_%'")
    ) if _has_dbstat(conn) else 0  # fmt: skip
    print(f"{len(recs):,} articles: store.add {t_store:.1f} s, analysis (done by the ingest "
          f"workers) {t_analysis:.1f} s, index_pending {t_index:.1f} s wall / {cpu_index:.1f} s "
          f"CPU ({len(recs) / t_index:,.0f} articles/s), index size {size / 2**20:.0f} MiB; "
          f"dedup {t_dedup:.1f} s")  # fmt: skip

    raw = sqlite3.connect(":memory:")
    raw.execute("CREATE VIRTUAL TABLE raw USING fts5(headline, body, "
                "tokenize='unicode61 remove_diacritics 2')")  # fmt: skip
    t0 = time.perf_counter()
    raw.executemany(
        "INSERT INTO raw (rowid, headline, body) VALUES (?, ?, ?)",
        [(k, r.headline or "", "\n".join(r.page.main.body)) for k, r in enumerate(recs)],
    )
    raw.commit()
    print(f"peer fts5-raw (unicode61, raw text): built in {time.perf_counter() - t0:.1f} s")

    qs = queries(recs, args.queries)
    memo = SearchMemo()  # one for the whole run, as the web app holds one per worker
    for q in qs[:20]:  # warm the page cache and the memo
        with contextlib.suppress(QueryError):
            search(conn, q[1], filters=q[2], memo=memo)
    ours: dict[str, list[float]] = {}
    cpu: list[float] = []
    peer: list[float] = []
    errors = 0
    for kind, q, f in qs:
        t0, c0 = time.perf_counter(), time.thread_time()
        try:
            search(conn, q, filters=f, limit=10, memo=memo)
        except QueryError:
            errors += 1
        ours.setdefault(kind, []).append(1000 * (time.perf_counter() - t0))
        cpu.append(1000 * (time.thread_time() - c0))
        words = re.findall(r"\w+", q)
        expr = " ".join('"' + w + '"' for w in words) if words else '""'
        t0 = time.perf_counter()
        raw.execute(
            "SELECT rowid FROM raw WHERE raw MATCH ? ORDER BY bm25(raw, 4, 1) LIMIT 10", (expr,)
        ).fetchall()
        peer.append(1000 * (time.perf_counter() - t0))
    every = [x for v in ours.values() for x in v]
    print(f"\n{len(qs)} queries ({errors} QueryError), latency in ms:")
    print(
        f"  akhbar search (with snippets)  {percentiles(every)}  mean {statistics.mean(every):.1f}"
    )
    print(f"  akhbar search, CPU time        {percentiles(cpu)}  mean {statistics.mean(cpu):.1f}")
    print(f"  peer fts5-raw (ids only)       {percentiles(peer)}  mean {statistics.mean(peer):.1f}")
    print(f"load average at the end: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    print("\nakhbar by kind:")
    for kind, ms in ours.items():
        print(f"  {kind:<9} ({len(ms):>3})  {percentiles(ms)}")


def _has_dbstat(conn: sqlite3.Connection) -> bool:
    try:
        conn.execute("SELECT 1 FROM dbstat LIMIT 1")
    except sqlite3.OperationalError:
        return False
    return True


if __name__ == "__main__":
    main()
