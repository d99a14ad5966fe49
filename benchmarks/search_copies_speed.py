"""CPU of scoring the copies a ranking pulls up, for queries with over ``TIER_ABOVE`` matches.

Such a query reads its first ``TIER_ABOVE + 1`` matches in one pass and then ranks the rest
apart; the copies grouping pulls up used to be scored by a second FTS5 pass over every match.
Now those among the first matches read are scored from them (and those up to the last rowid
read, not among them, are known not to match), and the second pass, when still needed, reads
only the rowid range the remaining copies span. This compares the two in one process, query by
query and alternately (the order switching each round), in the thread's CPU time, after
checking that both give equal results for every query: "old" is the second pass over every
match for every copy (the statement before, ``request.Request.first`` giving nothing).

The queries are new ones (not ``search_identical.py``'s): one or two words of seeded random
headlines, kept when they match more than ``TIER_ABOVE`` articles.

    .venv/bin/python benchmarks/search_copies_speed.py [--db bench-out/full.db] [--queries 200]
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import akhbar.search.ranking as ranking
import akhbar.search.request as request
from akhbar.errors import QueryError
from akhbar.search import SearchMemo, search
from akhbar.search.index import FTS_TABLE

Variant = tuple[Callable[..., dict[int, float]], Callable[..., Any]]


def _old_scores(
    conn: sqlite3.Connection, expr: str, where: tuple[str, str], args: list[Any], rowids: list[int]
) -> dict[int, float]:
    """``ranking.scores`` before: every match of ``expr`` decoded to find ``rowids``."""
    marks = ",".join("?" * len(rowids))
    rows = ranking.query_index(
        conn,
        f"SELECT {FTS_TABLE}.rowid, {ranking.BM25} FROM {FTS_TABLE}{where[0]} "
        f"WHERE {FTS_TABLE} MATCH ?{where[1]} AND +{FTS_TABLE}.rowid IN ({marks})",
        [expr, *args, *rowids],
    )
    return {r[0]: r[1] for r in rows}


def big_queries(conn: sqlite3.Connection, n: int, seed: int) -> list[str]:
    """``n`` queries of one or two headline words matching over ``TIER_ABOVE`` articles."""
    rng = random.Random(seed)
    heads = [r[0] for r in conn.execute("SELECT headline FROM articles WHERE headline != ''")]
    out: list[str] = []
    for h in rng.sample(heads, min(len(heads), 50 * n)):
        words = [w for w in h.split() if len(w) > 2 and w.isalpha()]
        if not words:
            continue
        one = rng.random() < 0.5 or len(words) < 2
        q = rng.choice(words) if one else " ".join(rng.sample(words, 2))
        try:
            total = search(conn, q, limit=1, snippets=False, match="all").total
        except QueryError:  # only common words
            continue
        if total > ranking.TIER_ABOVE and q not in out:
            out.append(q)
        if len(out) == n:
            break
    return out


def run(db: Path, n: int, seed: int, rounds: int) -> None:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    queries = big_queries(conn, n, seed)
    new: Variant = (ranking.scores, request.Request.first)
    old: Variant = (_old_scores, lambda self, expr: None)

    def use(v: Variant) -> None:
        ranking.scores, request.Request.first = v

    memo = SearchMemo()
    passes = {"old": 0, "new": 0}
    for q in queries:  # equal results, the second passes counted, and a warm memo
        for name, (scores, first) in (("old", old), ("new", new)):
            calls: list[int] = []

            def counted(
                *a: Any, f: Callable[..., dict[int, float]] = scores, n: list[int] = calls
            ) -> dict[int, float]:
                n.append(1)
                return f(*a)

            use((counted, first))
            got = search(conn, q, memo=memo)
            passes[name] += bool(calls)
            if name == "old":
                before = got
        assert got == before, q
    cpu: dict[str, list[float]] = {"old": [], "new": []}
    for k in range(rounds):
        order = [("old", old), ("new", new)]
        for q in queries:
            for name, v in order if k % 2 else order[::-1]:
                use(v)
                t = time.thread_time()
                search(conn, q, memo=memo)
                cpu[name].append((time.thread_time() - t) * 1000)
    use(new)
    print(f"{len(queries)} queries over {ranking.TIER_ABOVE} matches (seed {seed}): results equal")
    print(f"queries scoring copies in a second pass: old {passes['old']}, new {passes['new']}")
    for name, ms in cpu.items():
        print(
            f"{name}: thread CPU ms a query: mean {statistics.mean(ms):.3f}, "
            f"median {statistics.median(ms):.3f} ({rounds} rounds)"
        )


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--db", type=Path, default=Path("bench-out/full.db"))
    ap.add_argument("--queries", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1130)
    ap.add_argument("--rounds", type=int, default=6)
    args = ap.parse_args(argv)
    if not args.db.exists():
        raise SystemExit(f"{args.db}: no such store; build it with benchmarks/ingest.py")
    run(args.db, args.queries, args.seed, args.rounds)


if __name__ == "__main__":
    main()
