"""Same results before and after a speed change: dump what search shows for a fixed query mix.

Runs a seeded mix of queries over a store through ``akhbar.search.search`` and
``akhbar.search.facets`` (every field of every hit: ids, order, scores, snippets, spans, copy
links; every facet count) and through the search page (the HTML the web app serves, in
process), and writes them as JSON lines. Run it before a change with ``--out before.jsonl``
and after with ``--out after.jsonl --against before.jsonl``: it prints how many queries were
compared and each one that differs, and exits 1 when any does. Each run also checks that
``search_with_facets`` (the page's call) gives what ``search`` and ``facets`` give apart.

The mix: two words of random headlines as ``web_load.py`` draws them (every request cold),
``web_load.py``'s popular queries, and some of them again with an outlet filter, a date range,
the second page, ``match="any"``, a quoted phrase and whole headlines (the long-query path).

    python benchmarks/search_identical.py --db bench-out/full.db --out /tmp/before.jsonl
    python benchmarks/search_identical.py --db bench-out/full.db --out /tmp/after.jsonl \
        --against /tmp/before.jsonl
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import random
import sqlite3
import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fastapi.testclient import TestClient
from web_load import POPULAR

from akhbar.errors import QueryError
from akhbar.search import (
    Filters,
    SearchMemo,
    SearchResults,
    facets,
    search,
    search_with_facets,
)
from akhbar.web.app import create_app

Case = tuple[str, Filters, int, str]  # query, filters, offset, match


def cases(conn: sqlite3.Connection, n_unique: int, seed: int = 7) -> list[Case]:
    """The query mix (seeded, so two runs over one store compare the same queries)."""
    rng = random.Random(seed)
    heads = [r[0] for r in conn.execute("SELECT headline FROM articles WHERE headline != ''")]
    outlets = [r[0] for r in conn.execute("SELECT DISTINCT outlet FROM articles ORDER BY 1")]
    unique: list[str] = []
    for h in rng.sample(heads, min(len(heads), 5 * n_unique)):
        words = [w for w in h.split() if len(w) > 3 and w.isalpha()]
        if len(words) >= 2:
            unique.append(" ".join(rng.sample(words, 2)))
    unique = list(dict.fromkeys(unique))[:n_unique]
    none = Filters()
    out: list[Case] = [(q, none, 0, "auto") for q in unique + list(POPULAR)]
    for q in rng.sample(unique, 30):
        out.append((q, Filters(outlets=(rng.choice(outlets),)), 0, "auto"))
    for q in rng.sample(list(POPULAR), 15):
        out.append((q, Filters(date_from="2015-01-01", date_to="2015-06-30"), 0, "auto"))
    for q in rng.sample(list(POPULAR), 15):
        out.append((q, none, 10, "auto"))
    for q in rng.sample(unique, 15):
        out.append((q, none, 0, "any"))
    for q in rng.sample(unique, 15):
        out.append((f'"{q}"', none, 0, "auto"))
    for h in rng.sample(heads, 30):
        out.append((h, none, 0, "auto"))
    return out


#: fields added to ``SearchResults`` since the first dumps, left out at their default so that
#: a dump from before them still compares
_ADDED = {"common_phrase": False}


def _fields(res: SearchResults) -> dict[str, Any]:
    out = dataclasses.asdict(res)
    return {k: v for k, v in out.items() if k not in _ADDED or v != _ADDED[k]}


def _url(q: str, filters: Filters, offset: int) -> str:
    params: list[tuple[str, str | int]] = [("q", q)]
    params += [("outlet", o) for o in filters.outlets]
    if filters.date_from:
        params.append(("from", filters.date_from))
    if filters.date_to:
        params.append(("to", filters.date_to))
    if offset:
        params.append(("offset", offset))
    return "/search?" + urlencode(params)


def dump(db: Path, n_unique: int) -> list[dict[str, Any]]:
    conn = sqlite3.connect(f"file:{db.resolve()}?mode=ro", uri=True)
    memo = SearchMemo()
    rows: list[dict[str, Any]] = []
    with TestClient(create_app(db)) as client:
        for q, filters, offset, match in cases(conn, n_unique):
            row: dict[str, Any] = {
                "q": q,
                "filters": dataclasses.asdict(filters),
                "offset": offset,
                "match": match,
            }
            try:
                res = search(conn, q, filters=filters, offset=offset, match=match, memo=memo)  # type: ignore[arg-type]
                row["results"] = _fields(res)
                found = facets(conn, q, filters, top=12)
                row["facets"] = dataclasses.asdict(found)
                if match == "auto":  # the page's call: the same as the two apart
                    both = search_with_facets(
                        conn, q, filters=filters, offset=offset, memo=memo, top=12
                    )
                    if both != (res, found):
                        row["search_with_facets"] = "differs from search and facets"
            except QueryError as exc:
                row["error"] = str(exc)
            if match == "auto":
                page = client.get(_url(q, filters, offset))
                row["page"] = [page.status_code, page.text]
            rows.append(row)
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", type=Path, default=Path("bench-out/full.db"))
    ap.add_argument("--unique", type=int, default=260, help="two-word headline queries")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--against", type=Path, help="an earlier --out to compare with")
    args = ap.parse_args()
    rows = dump(args.db, args.unique)
    args.out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    print(f"{len(rows)} queries written to {args.out}")
    if args.against is None:
        return
    old = [json.loads(line) for line in args.against.read_text().splitlines()]
    if len(old) != len(rows):
        sys.exit(f"{args.against} holds {len(old)} queries, this run {len(rows)}")
    differ = 0
    for a, b in zip(old, json.loads(json.dumps(rows)), strict=True):
        if a != b:
            differ += 1
            parts = [k for k in sorted(a.keys() | b.keys()) if a.get(k) != b.get(k)]
            print(f"DIFFERS: {a['q']!r} {a['filters']} offset {a['offset']} {a['match']}: {parts}")
    print(f"{len(rows)} queries compared: {len(rows) - differ} identical, {differ} differ")
    if differ:
        sys.exit(1)


if __name__ == "__main__":
    main()
