"""Thread CPU of a never-seen search page in process, and where it goes.

Draws two-word queries as ``web_load.py`` does (two words of a random headline; seeded, the
first ``--warm`` of them only warm the memo and the page cache) and, for each of the next
``--queries``, makes the search page's two calls as ``akhbar serve`` makes them: the
``search_with_facets`` call of ``web.pages.search_page`` (10 hits, top 12 facets, one
``SearchMemo`` for the run) and the ``search.html`` render with the same context. It prints
the mean and median thread CPU of each (steadier than wall time when other work shares the
machine) and, with ``--parts``, a breakdown: the SQL statements by kind (each timed through
its ``fetchall``), the snippets and headline highlights of the hits, the facet lists and
results written by ``web.render``. The breakdown's own timing adds ~5% to the totals.

Compare two versions of the code in the same minutes, alternating (CPU drifts by ±20% here):

    PYTHONPATH=/tmp/old/src .venv/bin/python benchmarks/search_page_cpu.py
    .venv/bin/python benchmarks/search_page_cpu.py
"""

from __future__ import annotations

import argparse
import inspect
import random
import sqlite3
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from akhbar.errors import QueryError
from akhbar.search import Filters, SearchMemo, search_with_facets
from akhbar.web.pages import SEARCH_PER_PAGE, _pages
from akhbar.web.render import QueryLinks, Renderer

#: statement kinds, by a piece of their SQL (the first that matches)
KINDS = (
    ("d.outlet, d.day, d.rowid IS NOT NULL", "every match read once (matches.read_matches)"),
    ("SELECT t.r, t.score", "a page of the BM25 order (ranking)"),
    ("WITH m AS MATERIALIZED", "facet statement"),
    ("count(*) FROM search_fts", "count"),
    ("BETWEEN", "scores of copies (ranking.scores)"),
    ("FROM articles WHERE rowid IN", "the hits' articles"),
    ("article_tags WHERE article IN", "top tags of the matches"),
    ("dedup_edges", "copies of the hits"),
    ("sqlite_master", "copy table check"),
    ("FROM meta", "index stemmer"),
)


def draw(conn: sqlite3.Connection, n: int, seed: int) -> list[str]:
    """``n`` distinct queries of two words of a random headline, as ``web_load.py`` draws."""
    rng = random.Random(seed)
    heads = [r[0] for r in conn.execute("SELECT headline FROM articles WHERE headline != ''")]
    out: list[str] = []
    for h in rng.sample(heads, min(len(heads), 20 * n)):
        words = [w for w in h.split() if len(w) > 3 and w.isalpha()]
        if len(words) >= 2:
            out.append(" ".join(rng.sample(words, 2)))
    return list(dict.fromkeys(out))[:n]


class _Timed(sqlite3.Connection):
    """A connection that times each statement to its last row, by kind."""

    spent: Counter[str]

    def execute(self, sql: str, *args: Any) -> Any:  # type: ignore[override]
        start = time.thread_time()
        rows = super().execute(sql, *args).fetchall()
        kind = next((name for piece, name in KINDS if piece in sql), "other: " + sql[:50])
        self.spent[kind] += time.thread_time() - start
        return _Rows(rows)


class _Rows:
    def __init__(self, rows: list[Any]) -> None:
        self.rows = rows

    def fetchall(self) -> list[Any]:
        return self.rows

    def fetchone(self) -> Any:
        return self.rows[0] if self.rows else None

    def __iter__(self) -> Any:
        return iter(self.rows)


def _timed(spent: Counter[str], name: str, f: Callable[..., Any]) -> Callable[..., Any]:
    def run(*args: Any, **kwargs: Any) -> Any:
        start = time.thread_time()
        try:
            return f(*args, **kwargs)
        finally:
            spent[name] += time.thread_time() - start

    return run


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", type=Path, default=Path("bench-out/full.db"))
    ap.add_argument("--queries", type=int, default=300)
    ap.add_argument("--warm", type=int, default=100)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--parts", action="store_true", help="print where the time goes")
    args = ap.parse_args()
    spent: Counter[str] = Counter()
    uri = f"{args.db.resolve().as_uri()}?mode=ro"
    factory = _Timed if args.parts else sqlite3.Connection
    conn = sqlite3.connect(uri, uri=True, check_same_thread=False, factory=factory)
    if args.parts:
        conn.spent = spent  # type: ignore[attr-defined]
    conn.execute("PRAGMA query_only = ON")
    queries = draw(conn, args.warm + args.queries, args.seed)
    memo, renderer = SearchMemo(), Renderer()
    if args.parts:
        import akhbar.search.hits as hits_module
        import akhbar.search.snippet as snippet_module
        import akhbar.web.render as render_module

        for name in ("snippet", "highlight"):
            # a page's hits call them as functions, or as methods of one Marker a page
            owner: Any = hits_module if hasattr(hits_module, name) else snippet_module.Marker
            setattr(owner, name, _timed(spent, name, getattr(owner, name)))
        for name in ("facet_items", "search_result"):
            f = _timed(spent, name, getattr(render_module, name))
            renderer.env.globals[name] = f

    # as web.pages.search_page asks (older trees lack the keyword and make every snippet)
    lean = (
        {"copy_snippets": False}
        if "copy_snippets" in inspect.signature(search_with_facets).parameters
        else {}
    )

    def page(q: str) -> tuple[float, float]:
        start = time.thread_time()
        try:
            results, found = search_with_facets(
                conn, q, limit=SEARCH_PER_PAGE, offset=0, memo=memo, top=12, **lean
            )
        except QueryError:
            results = found = None
        middle = time.thread_time()
        params: dict[str, Any] = {"q": q, "outlet": [], "tag": [], "from": None, "to": None}
        renderer.render(
            "search.html", request_path="/search", q=q, error=None, detail=None, swap=False,
            latin_only=False, params=params, search_link=QueryLinks("/search", params),
            filters=Filters(), results=results, facets=found,
            paging=_pages(results.total if results else 0, 0, SEARCH_PER_PAGE), offset=0,
            per_page=SEARCH_PER_PAGE,
        )  # fmt: skip
        return middle - start, time.thread_time() - middle

    for q in queries[: args.warm]:
        page(q)
    spent.clear()
    searched, rendered = [], []
    for q in queries[args.warm :]:
        s, r = page(q)
        searched.append(s * 1000)
        rendered.append(r * 1000)
    n = len(searched)
    code = Path(sys.modules["akhbar"].__file__ or "").parent
    print(f"{n} new queries (seed {args.seed}), code from {code}")
    for name, ms in (("search_with_facets", searched), ("search.html render", rendered)):
        print(
            f"  {name:20s} mean {statistics.mean(ms):6.2f} ms  median {statistics.median(ms):6.2f}"
        )
    total = [a + b for a, b in zip(searched, rendered, strict=True)]
    print(
        f"  {'page':20s} mean {statistics.mean(total):6.2f} ms  median {statistics.median(total):6.2f}"
    )
    if args.parts:
        print("  where (thread CPU ms a query):")
        sql = sum(
            v
            for k, v in spent.items()
            if k not in ("snippet", "highlight") and k not in ("facet_items", "search_result")
        )
        print(f"    {1000 * sql / n:6.3f}  SQL statements, of which:")
        for kind, v in spent.most_common():
            if kind not in ("snippet", "highlight", "facet_items", "search_result"):
                print(f"      {1000 * v / n:6.3f}  {kind}")
        for kind in ("snippet", "highlight", "facet_items", "search_result"):
            print(f"    {1000 * spent[kind] / n:6.3f}  {kind}")


if __name__ == "__main__":
    main()
