"""What a never-seen search page costs at least on SQLite FTS5, against issue #7's budget.

Issue #7 asks for p50 ≤ 20 ms on search pages at 16 concurrent clients. ``web_load.py``'s
clients run a closed loop on the server's machine, so by Little's law a request's latency is
``clients / throughput`` and the throughput at most ``cores / CPU a request``: p50 ≤ 20 ms
needs ≤ ``cores × 20 / clients`` ms of CPU a request (2.5 ms on 2 cores), the HTTP stack and
the clients' own CPU included. Repeated queries meet it from the page cache; a query never
seen before pays the whole search.

This script draws never-seen two-word queries as ``web_load.py`` does and measures, in
process (thread CPU, mean over ``--queries`` after ``--warm`` queries that fill the caches):

* ``FTS5 top 10 by BM25``: the store's own index asked for the ten best row ids (no filter,
  no snippet, no facet): the least any FTS5-ranked result page does;
* ``FTS5 count``: the number of matches a page prints;
* ``FTS5 outlet facet``: the matches counted by outlet (one of the page's three facets);
* ``plain page render``: ``search.html`` for akhbar's ten hits without snippets or facets;
* akhbar's search page as served, on a connection of its own (SQLite's page cache is per
  connection, so neither side reads pages the other warmed for the same query): ``search_with_facets`` (hits with snippets and copies,
  outlet / tag / day facets with counts) and its render, as ``search_page_cpu.py`` does.

The mean, not the median, is what throughput divides by. The HTTP stack's own share is
``web_load.py``'s home row (a page from the cache): ``cores / req/s``.

    python benchmarks/search_floor.py [--db bench-out/full.db] [--queries 300]
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from search_page_cpu import draw

from akhbar.errors import QueryError
from akhbar.search import Filters, SearchMemo, search, search_with_facets
from akhbar.search.query import match_expression, parse_query
from akhbar.search.ranking import BM25
from akhbar.web.pages import SEARCH_PER_PAGE, _pages
from akhbar.web.render import QueryLinks, Renderer


def timed(f: Callable[..., Any], *args: Any, **kwargs: Any) -> tuple[float, Any]:
    """(thread CPU ms, result) of ``f(*args, **kwargs)``."""
    start = time.thread_time()
    out = f(*args, **kwargs)
    return 1000 * (time.thread_time() - start), out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", type=Path, default=Path("bench-out/full.db"))
    ap.add_argument("--queries", type=int, default=300)
    ap.add_argument("--warm", type=int, default=100)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--clients", type=int, default=16)
    ap.add_argument("--p50", type=float, default=20.0, help="target p50, ms")
    args = ap.parse_args()
    if not args.db.exists():
        sys.exit(
            f"{args.db}: no such store (build it with benchmarks/web_load.py or akhbar ingest)"
        )
    uri = f"{args.db.resolve().as_uri()}?mode=ro"
    conn, own = sqlite3.connect(uri, uri=True), sqlite3.connect(uri, uri=True)
    queries = draw(conn, args.warm + args.queries, args.seed)
    memo, plain_memo, renderer = SearchMemo(), SearchMemo(), Renderer()
    top10 = f"SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY {BM25} LIMIT 10"
    count = "SELECT count(*) FROM search_fts WHERE search_fts MATCH ?"
    by_outlet = (
        "SELECT d.outlet, count(*) FROM search_fts JOIN search_docs d ON d.rowid = search_fts.rowid"
        " WHERE search_fts MATCH ? GROUP BY d.outlet"
    )

    def fetch(sql: str, expr: str) -> list[Any]:
        return conn.execute(sql, (expr,)).fetchall()

    def render(q: str, results: Any, found: Any) -> None:
        params: dict[str, Any] = {"q": q, "outlet": [], "tag": [], "from": None, "to": None}
        renderer.render(
            "search.html", request_path="/search", q=q, error=None, detail=None, swap=False,
            latin_only=False, params=params, search_link=QueryLinks("/search", params),
            filters=Filters(), results=results, facets=found,
            paging=_pages(results.total, 0, SEARCH_PER_PAGE), offset=0, per_page=SEARCH_PER_PAGE,
        )  # fmt: skip

    parts: dict[str, list[float]] = {
        "FTS5 top 10 by BM25": [],
        "FTS5 count": [],
        "FTS5 outlet facet": [],
        "plain page render": [],
        "akhbar search_with_facets": [],
        "akhbar page render": [],
    }
    measured = 0
    for i, q in enumerate(queries):
        try:
            expr = match_expression(parse_query(q), mode="all")
        except QueryError:
            continue
        row: dict[str, float] = {}
        for name, sql in (
            ("FTS5 top 10 by BM25", top10),
            ("FTS5 count", count),
            ("FTS5 outlet facet", by_outlet),
        ):
            row[name], _ = timed(fetch, sql, expr)
        plain = search(conn, q, limit=SEARCH_PER_PAGE, snippets=False, memo=plain_memo)
        row["plain page render"], _ = timed(render, q, plain, None)
        row["akhbar search_with_facets"], (results, found) = timed(
            search_with_facets,
            own,
            q,
            limit=SEARCH_PER_PAGE,
            offset=0,
            memo=memo,
            top=12,
            copy_snippets=False,  # as web.pages.search_page asks
        )
        row["akhbar page render"], _ = timed(render, q, results, found)
        if i >= args.warm:
            measured += 1
            for k, v in row.items():
                parts[k].append(v)
    cores = os.cpu_count() or 1
    budget = cores * args.p50 / args.clients
    print(
        f"{measured} never-seen two-word queries (seed {args.seed}) over {args.db}; "
        f"load average {os.getloadavg()[0]:.1f} on {cores} CPUs"
    )
    print(
        f"budget for p50 ≤ {args.p50:g} ms at {args.clients} closed-loop clients on {cores} "
        f"cores: {budget:.2f} ms of CPU a request, HTTP stack and clients included"
    )
    print(f"{'part (thread CPU)':<30} {'mean ms':>8} {'median ms':>10} {'of budget':>10}")
    for name, ms in parts.items():
        mean = statistics.mean(ms)
        print(f"{name:<30} {mean:>8.2f} {statistics.median(ms):>10.2f} {mean / budget:>9.0%}")
    fts = sum(statistics.mean(parts[k]) for k in list(parts)[:3])
    floor = fts + statistics.mean(parts["plain page render"])
    page = statistics.mean(parts["akhbar search_with_facets"]) + statistics.mean(
        parts["akhbar page render"]
    )
    print(f"FTS5 top 10 + count + outlet facet: {fts:.2f} ms ({fts / budget:.0%} of the budget)")
    print(
        f"  + a plain page's render: {floor:.2f} ms ({floor / budget:.0%}), before the HTTP stack"
    )
    print(f"akhbar's page as served: {page:.2f} ms ({page / budget:.0%}), before the HTTP stack")


if __name__ == "__main__":
    main()
