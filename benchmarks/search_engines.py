"""Which engine under akhbar's search: SQLite FTS5 or tantivy-py, fed the same analysis.

Both index the same pre-analyzed columns of the full SaudiNewsNet corpus (akhbar light stems
of headline and body, plus exact normalized tokens for phrases), split on spaces only, and answer
the same 1,000 queries of ``search_speed.py`` as the same boolean query (every clause required,
headline boosted 4× over the body, quoted phrases on the exact columns, exclusions): build time,
size, top-10 latency (ids only, no snippets) and how much the two top 10s agree.

    .venv/bin/python benchmarks/search_engines.py [--queries 1000]
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import sys
import time
from pathlib import Path

import tantivy

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _snn
from search_speed import percentiles, queries

from akhbar.errors import QueryError
from akhbar.search.engine import WEIGHTS
from akhbar.search.index import analyze
from akhbar.search.query import Query, Term, match_expression, parse_query

FIELDS = ("head", "body", "xhead", "xbody")


def _dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def build_fts5(rows: list[tuple[int, str, str, str, str]], path: Path) -> sqlite3.Connection:
    path.unlink(missing_ok=True)
    conn = sqlite3.connect(path)
    conn.execute(
        "CREATE VIRTUAL TABLE f USING fts5(head, body, xhead, xbody, content='', "
        "tokenize='ascii', detail=full)"
    )
    conn.execute(f"INSERT INTO f (f, rank) VALUES ('hashsize', {8 << 20})")
    for i in range(0, len(rows), 2000):
        conn.executemany(
            "INSERT INTO f (rowid, head, body, xhead, xbody) VALUES (?, ?, ?, ?, ?)",
            rows[i : i + 2000],
        )
        conn.commit()
    return conn


def build_tantivy(rows: list[tuple[int, str, str, str, str]], path: Path) -> tantivy.Index:
    shutil.rmtree(path, ignore_errors=True)
    path.mkdir(parents=True)
    sb = tantivy.SchemaBuilder()
    sb.add_integer_field("rowid", stored=True, indexed=True, fast=True)
    for name in FIELDS:
        sb.add_text_field(name, tokenizer_name="ws")
    index = tantivy.Index(sb.build(), path=str(path))
    index.register_tokenizer(
        "ws", tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.whitespace()).build()
    )
    writer = index.writer(heap_size=256 << 20)
    for i in range(0, len(rows), 2000):  # commit per batch, like the ingest
        for rowid, head, body, xhead, xbody in rows[i : i + 2000]:
            writer.add_document(
                tantivy.Document(rowid=rowid, head=head, body=body, xhead=xhead, xbody=xbody)
            )
        writer.commit()
    writer.wait_merging_threads()
    index.reload()
    return index


def _tantivy_term(schema: tantivy.Schema, t: Term) -> tantivy.Query:
    weights = dict(zip(FIELDS, WEIGHTS, strict=True))
    fields = ("xhead", "xbody") if t.phrase else ("head", "body")
    seq = t.words if t.phrase else t.stems
    parts = []
    for f in fields:
        q = (
            tantivy.Query.phrase_query(schema, f, list(seq))
            if len(seq) > 1
            else tantivy.Query.term_query(schema, f, seq[0])
        )
        parts.append((tantivy.Occur.Should, tantivy.Query.boost_query(q, weights[f])))
    return tantivy.Query.boolean_query(parts)


def tantivy_query(schema: tantivy.Schema, q: Query) -> tantivy.Query:
    parts = [
        (
            tantivy.Occur.Must,
            tantivy.Query.boolean_query(
                [(tantivy.Occur.Should, _tantivy_term(schema, t)) for t in clause]
            ),
        )
        for clause in q.clauses
    ]
    parts += [(tantivy.Occur.MustNot, _tantivy_term(schema, t)) for t in q.excluded]
    return tantivy.Query.boolean_query(parts)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--queries", type=int, default=1000)
    ap.add_argument("--workdir", type=Path, default=Path("/tmp/akhbar-engines"))
    args = ap.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)

    recs = _snn.records()
    t0 = time.perf_counter()
    rows = []
    for k, r in enumerate(recs, start=1):
        head, xhead = analyze(r.headline)
        body, xbody = analyze("\n".join(r.page.main.body))
        rows.append((k, head, body, xhead, xbody))
    t_analyze = time.perf_counter() - t0
    print(f"{len(recs):,} articles analyzed once (akhbar light) in {t_analyze:.1f} s")

    t0 = time.perf_counter()
    fts = build_fts5(rows, args.workdir / "fts5.db")
    t_fts = time.perf_counter() - t0
    t0 = time.perf_counter()
    tan = build_tantivy(rows, args.workdir / "tantivy")
    t_tan = time.perf_counter() - t0
    searcher = tan.searcher()
    schema = tan.schema

    w = ", ".join(str(x) for x in WEIGHTS)
    lat_f: list[float] = []
    lat_t: list[float] = []
    overlap = []
    for _, text, _ in queries(recs, args.queries):
        try:
            q = parse_query(text)
        except QueryError:
            continue
        expr = match_expression(q)
        t0 = time.perf_counter()
        ids_f = [
            r[0]
            for r in fts.execute(
                f"SELECT rowid FROM f WHERE f MATCH ? ORDER BY bm25(f, {w}) LIMIT 10", (expr,)
            )
        ]
        lat_f.append(1000 * (time.perf_counter() - t0))
        t0 = time.perf_counter()
        res = searcher.search(tantivy_query(schema, q), 10)
        ids_t = [searcher.doc(addr)["rowid"][0] for _, addr in res.hits]
        lat_t.append(1000 * (time.perf_counter() - t0))
        if ids_f or ids_t:
            overlap.append(len(set(ids_f) & set(ids_t)) / max(len(ids_f), len(ids_t)))

    print("\n| engine | build (s) | size (MiB) | query p50 / p99 (ms) |\n|---|---:|---:|---|")
    print(
        f"| SQLite FTS5 (in the store file) | {t_fts:.1f} | "
        f"{(args.workdir / 'fts5.db').stat().st_size / 2**20:.0f} | {percentiles(lat_f)} |"
    )
    print(f"| tantivy-py {tantivy.__version__} (own directory) | {t_tan:.1f} | "
          f"{_dir_size(args.workdir / 'tantivy') / 2**20:.0f} | {percentiles(lat_t)} |")  # fmt: skip
    print(f"\n{len(lat_f)} queries; top-10 agreement FTS5 vs tantivy: "
          f"{100 * sum(overlap) / len(overlap):.0f}% (same analysis, both BM25)")  # fmt: skip


if __name__ == "__main__":
    main()
