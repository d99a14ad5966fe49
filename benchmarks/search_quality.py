"""Search quality on the full SaudiNewsNet corpus: find the other outlets' copies of a story.

Many stories were printed by several outlets under different headlines. Pairs of articles from
different outlets whose bodies are near-identical (word 5-shingle Jaccard ≥ 0.6, candidates from
MinHash LSH) but whose headlines differ form the judgments: one copy's headline is the query,
the other outlets' differently-headlined copies are the relevant answers. Same-outlet copies and
copies with the same headline are dropped from every ranking (neither right nor wrong).

Systems, same corpus, same queries, same run (top 100 per query):
  fts5-raw   SQLite FTS5 ``unicode61 remove_diacritics 2`` on the raw headline + body
  postgres   PostgreSQL 15 ``to_tsvector('arabic', …)`` (headline weight A, body B), GIN,
             ``websearch_to_tsquery('arabic', …)``, ``ts_rank`` — a throw-away cluster
  akhbar     ``akhbar.search`` with the light stemmer, Snowball, and no stemming, over a store
             built as ``akhbar ingest`` builds it (indexed and deduplicated); its default
             ranking follows each article with its verified copies (``akhbar.search.copies``),
             and ``auto, plain BM25`` shows the ranking without that step
Peers run both as shipped (every word required: ``and``) and with the words OR-ed (``or``);
the better of the two is the peer's figure.

The query's own article is in every system's archive (it is a real article, and a reader
pasting its headline finds it). ``--held-out`` removes the queries' own articles (and any
judgment left with no copy) from every system's corpus: the copies must then be found
without the article the headline was written for.

    .venv/bin/python benchmarks/search_quality.py [--queries 800] [--held-out] [--workdir DIR]
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

import rensa

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _snn

from akhbar.errors import QueryError
from akhbar.model import Record
from akhbar.search import SearchMemo, search
from akhbar.text import normalize, tokens

K = 100
PG_BIN = Path("/usr/lib/postgresql/15/bin")
PG_PORT = 5499
Ranker = Callable[[str], list[str]]


@dataclass(frozen=True)
class Judgment:
    query_id: str
    headline: str
    relevant: frozenset[str]
    ignored: frozenset[str]


def _words(text: str) -> list[str]:
    return tokens(normalize(text, for_search=True), punctuation=False)


def _shingles(text: str, size: int = 5) -> set[str]:
    w = _words(text)
    return {" ".join(w[i : i + size]) for i in range(len(w) - size + 1)}


def judgments(recs: list[Record], n_queries: int, seed: int = 7) -> list[Judgment]:
    """Cross-outlet near-identical bodies with differing headlines (see module docstring)."""
    body = {r.id: "\n".join(r.page.main.body) for r in recs}
    by_id = {r.id: r for r in recs}
    sh = {r.id: _shingles(body[r.id]) for r in recs}
    ids = [i for i in sh if len(sh[i]) >= 20 and by_id[i].headline]
    lsh = rensa.RMinHashLSH(threshold=0.5, num_perm=128, num_bands=32)
    hashes = {}
    for k, i in enumerate(ids):
        m = rensa.RMinHash(num_perm=128, seed=42)
        m.update(list(sh[i]))
        hashes[i] = m
        lsh.insert(k, m)
    copies: dict[str, set[str]] = {i: set() for i in ids}
    for i in ids:
        for k in lsh.query(hashes[i]):
            j = ids[k]
            if j != i and len(sh[i] & sh[j]) / len(sh[i] | sh[j]) >= 0.6:
                copies[i].add(j)
    heads = {i: " ".join(_words(by_id[i].headline or "")) for i in ids}
    out = []
    for i in ids:
        relevant = {
            j for j in copies[i] if by_id[j].outlet != by_id[i].outlet and heads[j] != heads[i]
        }
        if relevant:
            out.append(
                Judgment(
                    query_id=i,
                    headline=by_id[i].headline or "",
                    relevant=frozenset(relevant),
                    ignored=frozenset(copies[i] - relevant),
                )
            )
    random.Random(seed).shuffle(out)
    return out[:n_queries]


def evaluate(ranker: Ranker, js: list[Judgment]) -> dict[str, float]:
    rr = rec = 0.0
    t0 = time.perf_counter()
    for j in js:
        ranked = [d for d in ranker(j.headline) if d != j.query_id and d not in j.ignored]
        first = next((k for k, d in enumerate(ranked) if d in j.relevant), None)
        rr += 0.0 if first is None else 1.0 / (first + 1)
        rec += len(j.relevant & set(ranked[:10])) / len(j.relevant)
    n = len(js)
    return {"mrr": rr / n, "recall@10": rec / n, "ms/query": 1000 * (time.perf_counter() - t0) / n}


# -- (a) SQLite FTS5 unicode61 on raw text --------------------------------------------------

_RAW_WORD = re.compile(r"\w+")


def fts5_raw(recs: list[Record], path: Path) -> Callable[[str], Ranker]:
    conn = sqlite3.connect(path)
    conn.execute(
        "CREATE VIRTUAL TABLE raw USING fts5(id UNINDEXED, headline, body, "
        "tokenize='unicode61 remove_diacritics 2')"
    )
    conn.executemany(
        "INSERT INTO raw (id, headline, body) VALUES (?, ?, ?)",
        [(r.id, r.headline or "", "\n".join(r.page.main.body)) for r in recs],
    )
    conn.commit()

    def mode(op: str) -> Ranker:
        def rank(headline: str) -> list[str]:
            words = _RAW_WORD.findall(headline)
            if not words:
                return []
            expr = f" {op} ".join('"' + w.replace('"', '""') + '"' for w in words)
            rows = conn.execute(
                "SELECT id FROM raw WHERE raw MATCH ? ORDER BY bm25(raw, 0, 4, 1) LIMIT ?",
                (expr, K),
            ).fetchall()
            return [r[0] for r in rows]

        return rank

    return mode


# -- (b) PostgreSQL 15 arabic text search ----------------------------------------------------


def _as_postgres(args: list[str]) -> list[str]:
    return args if os.geteuid() != 0 else ["runuser", "-u", "postgres", "--", *args]


class Postgres:
    """A throw-away cluster in ``workdir`` on a Unix socket only."""

    def __init__(self, workdir: Path) -> None:
        self.dir = workdir / "pg"
        if self.dir.exists():
            shutil.rmtree(self.dir)
        workdir.mkdir(parents=True, exist_ok=True)
        self.dir.mkdir()
        if os.geteuid() == 0:
            shutil.chown(workdir, "postgres")
            shutil.chown(self.dir, "postgres")
        subprocess.run(
            _as_postgres([str(PG_BIN / "initdb"), "-D", str(self.dir), "-E", "UTF8",
                          "--locale", "C.UTF-8", "-A", "trust", "-U", "postgres"]),
            check=True, capture_output=True,
        )  # fmt: skip
        subprocess.run(
            _as_postgres([str(PG_BIN / "pg_ctl"), "-D", str(self.dir), "-w", "-l",
                          str(self.dir / "log"), "-o",
                          f"-k /tmp -p {PG_PORT} -c listen_addresses='' -c shared_buffers=512MB"
                          " -c work_mem=64MB -c fsync=off", "start"]),
            check=True, capture_output=True,
        )  # fmt: skip

    def connect(self) -> object:
        import psycopg

        return psycopg.connect(host="/tmp", port=PG_PORT, user="postgres", dbname="postgres")

    def stop(self) -> None:
        subprocess.run(
            _as_postgres([str(PG_BIN / "pg_ctl"), "-D", str(self.dir), "-m", "fast", "stop"]),
            check=False, capture_output=True,
        )  # fmt: skip
        shutil.rmtree(self.dir, ignore_errors=True)


def postgres(recs: list[Record], pg: Postgres) -> Callable[[str], Ranker]:
    conn = pg.connect()
    cur = conn.cursor()  # type: ignore[attr-defined]
    cur.execute("CREATE TABLE a (id text PRIMARY KEY, headline text, body text, tsv tsvector)")
    with cur.copy("COPY a (id, headline, body) FROM STDIN") as copy:
        for r in recs:
            copy.write_row((r.id, r.headline or "", "\n".join(r.page.main.body)))
    cur.execute(
        "UPDATE a SET tsv = setweight(to_tsvector('arabic', headline), 'A') || "
        "setweight(to_tsvector('arabic', body), 'B')"
    )
    cur.execute("CREATE INDEX a_tsv ON a USING gin (tsv)")
    cur.execute("ANALYZE a")
    conn.commit()  # type: ignore[attr-defined]

    def mode(op: str) -> Ranker:
        def rank(headline: str) -> list[str]:
            q = headline if op == "AND" else " or ".join(_RAW_WORD.findall(headline))
            cur.execute(
                "SELECT id FROM a, websearch_to_tsquery('arabic', %s) q WHERE tsv @@ q "
                "ORDER BY ts_rank(tsv, q) DESC LIMIT %s",
                (q, K),
            )
            return [r[0] for r in cur.fetchall()]

        return rank

    return mode


# -- akhbar ----------------------------------------------------------------------------------


def akhbar(
    path: Path, algorithm: str, recs: list[Record]
) -> tuple[Callable[[str, bool], Ranker], float]:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    t0 = time.perf_counter()
    _snn.build_store(path, algorithm=algorithm, recs=recs)
    build = time.perf_counter() - t0
    conn = _snn.connect(path)
    memo = SearchMemo()  # one per store, as the web app holds one per worker

    def mode(match: str, group_copies: bool = True) -> Ranker:
        def rank(headline: str) -> list[str]:
            try:
                res = search(
                    conn, headline, limit=K, match=match,  # type: ignore[arg-type]
                    snippets=False, memo=memo, group_copies=group_copies,
                )  # fmt: skip
            except QueryError:
                return []
            return [h.id for h in res.hits]

        return rank

    return mode, build


def held_out(recs: list[Record], js: list[Judgment]) -> tuple[list[Record], list[Judgment]]:
    """The corpus without the queries' own articles, and the judgments that still have a copy."""
    held = {j.query_id for j in js}
    kept = [
        replace(j, relevant=j.relevant - held, ignored=j.ignored - held)
        for j in js
        if j.relevant - held
    ]
    return [r for r in recs if r.id not in held], kept


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--queries", type=int, default=800)
    ap.add_argument("--workdir", type=Path, default=Path("/tmp/akhbar-search-quality"))
    ap.add_argument("--no-postgres", action="store_true")
    ap.add_argument("--held-out", action="store_true", help="drop the queries' own articles")
    args = ap.parse_args()
    if args.held_out:
        args.workdir = args.workdir / "held-out"
    args.workdir.mkdir(parents=True, exist_ok=True)

    t0 = time.perf_counter()
    recs = _snn.records()
    js = judgments(recs, args.queries)
    if args.held_out:
        recs, js = held_out(recs, js)
        print("held out: the queries' own articles are not in any system's corpus")
    n_rel = sum(len(j.relevant) for j in js)
    print(f"corpus: {len(recs):,} articles; {len(js)} queries, {n_rel} relevant copies "
          f"({time.perf_counter() - t0:.0f} s to find them)")  # fmt: skip

    rows: list[tuple[str, str, dict[str, float]]] = []
    raw_db = args.workdir / "raw.db"
    raw_db.unlink(missing_ok=True)
    raw = fts5_raw(recs, raw_db)
    for op in ("AND", "OR"):
        rows.append(("fts5-raw (unicode61 rd2)", op.lower(), evaluate(raw(op), js)))
    if not args.no_postgres:
        pg = Postgres(args.workdir)
        try:
            peer = postgres(recs, pg)
            for op in ("AND", "OR"):
                rows.append(("postgres 15 arabic", op.lower(), evaluate(peer(op), js)))
        finally:
            pg.stop()
    for algorithm in ("light", "snowball", "none"):
        db = args.workdir / f"akhbar-{algorithm}.db"
        mode, build = akhbar(db, algorithm, recs)
        print(f"akhbar {algorithm}: store + index + dedup built in {build:.0f} s", flush=True)
        for match in ("auto", "all"):
            rows.append((f"akhbar {algorithm}", match, evaluate(mode(match), js)))
        rows.append((f"akhbar {algorithm}", "auto, plain BM25", evaluate(mode("auto", False), js)))

    print("\n| system | matching | MRR | recall@10 | ms/query |\n|---|---|---:|---:|---:|")
    for name, how, m in rows:
        print(f"| {name} | {how} | {m['mrr']:.3f} | {m['recall@10']:.3f} | {m['ms/query']:.1f} |")
    peers = [m["mrr"] for name, _, m in rows if not name.startswith("akhbar")]
    best_peer = max(peers)
    print(f"\nbest peer MRR {best_peer:.3f}")
    for name, how, m in rows:
        if name.startswith("akhbar") and how.startswith("auto"):
            print(f"{name} ({how}): MRR {m['mrr']:.3f} = {m['mrr'] / best_peer:.2f}× the best peer")


if __name__ == "__main__":
    main()
