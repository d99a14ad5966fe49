"""CPU time and SQL statements of one search page's search with facets, with and without filters.

Opens an existing store read-only (the full SaudiNewsNet store by default, never rebuilt) and
runs ``search_with_facets`` (page 1, 10 hits, top 12 facets, one ``SearchMemo`` across the
run, as the web page does) for queries drawn from the store's own headlines (seeded): one and
two words. Each query runs under four filters: none, one outlet, one week, and one outlet with
one week. Per filter it prints the mean and median CPU time of the thread (steadier than wall
time when other work shares the machine), the mean number of SQL statements per search and how
many of them are full-text passes (``MATCH``).

Compare two versions of the code in the same minutes, alternating:

    PYTHONPATH=/tmp/old/src .venv/bin/python benchmarks/facet_speed.py
    .venv/bin/python benchmarks/facet_speed.py
"""

from __future__ import annotations

import argparse
import contextlib
import random
import re
import sqlite3
import statistics
import time
from pathlib import Path

from akhbar.errors import QueryError
from akhbar.search import Filters, SearchMemo, search_with_facets
from akhbar.text import is_stopword

_WORD = re.compile(r"[\u0621-\u064a]{3,}")


def draw_queries(conn: sqlite3.Connection, n: int, seed: int) -> list[str]:
    """``n`` queries of one or two words of one headline, drawn by frequency."""
    rng = random.Random(seed)
    heads = [h for (h,) in conn.execute("SELECT headline FROM articles WHERE headline NOT NULL")]
    out: list[str] = []
    while len(out) < n:
        words = [w for w in _WORD.findall(rng.choice(heads)) if not is_stopword(w)]
        if len(words) >= 2:
            k = 1 + len(out) % 2
            start = rng.randrange(len(words) - k + 1)
            out.append(" ".join(words[start : start + k]))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", type=Path, default=Path("bench-out/full.db"))
    ap.add_argument("--queries", type=int, default=300)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    conn = sqlite3.connect(f"file:{args.db.resolve()}?mode=ro", uri=True)
    statements = passes = 0

    def count(sql: str) -> None:
        """Our statements (FTS5's own reads of its tables are traced with a leading ``--``)."""
        nonlocal statements, passes
        if not sql.startswith(("--", "PRAGMA")):
            statements += 1
            passes += "MATCH" in sql

    outlet = conn.execute(
        "SELECT outlet FROM articles GROUP BY outlet ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()[0]
    last = conn.execute("SELECT max(day) FROM articles WHERE day < '2016'").fetchone()[0]
    week = conn.execute("SELECT date(?, '-6 days')", (last,)).fetchone()[0]
    scenarios = {
        "no filter": Filters(),
        f"outlet {outlet}": Filters(outlets=(outlet,)),
        f"week {week}..{last}": Filters(date_from=week, date_to=last),
        "outlet + week": Filters(outlets=(outlet,), date_from=week, date_to=last),
    }
    queries = draw_queries(conn, args.queries, args.seed)
    memo = SearchMemo()
    for q in queries[:20]:  # warm the page cache and the memo's stems
        with contextlib.suppress(QueryError):
            search_with_facets(conn, q, limit=10, memo=memo, top=12)
    print(f"{args.db}: {len(queries)} queries (seed {args.seed}), search_with_facets page 1")
    for name, filters in scenarios.items():
        cpu: list[float] = []
        statements = passes = 0
        conn.set_trace_callback(count)
        for q in queries:
            t0 = time.thread_time()
            with contextlib.suppress(QueryError):
                search_with_facets(conn, q, filters=filters, limit=10, memo=memo, top=12)
            cpu.append((time.thread_time() - t0) * 1000)
        conn.set_trace_callback(None)
        print(
            f"  {name:32s} CPU ms mean {statistics.fmean(cpu):6.2f} "
            f"median {statistics.median(cpu):6.2f}  per search: statements "
            f"{statements / len(cpu):.2f}, full-text passes {passes / len(cpu):.2f}"
        )


if __name__ == "__main__":
    main()
