"""Ingest all of SaudiNewsNet into a fresh store: articles/s, total seconds, peak memory.

Runs each configuration in its own process (fresh store, clean peak-memory figure):
without the post-ingest stages, and with the stages that are installed (search index, dedup),
with 1 and 2 workers. Then re-runs the last one to show a second run stores nothing.

    .venv/bin/python benchmarks/ingest.py [--only none|installed] [--workers 1,2]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "data" / "saudinewsnet"


def child(db: str, stages: str, workers: int) -> None:
    from akhbar.ingest import ingest, installed_stages
    from akhbar.store import open_store

    zips = sorted(str(p) for p in CORPUS.glob("*.zip"))
    chosen = installed_stages() if stages == "installed" else []
    names = [f"{s.__module__}.{s.__name__}" for s in chosen]
    started = time.perf_counter()
    with open_store(db) as store:
        summary = ingest(zips, store, workers=workers, stages=chosen)
        count = store.count()
    seconds = time.perf_counter() - started
    me, kid = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    own, kids = me.ru_maxrss / 1024, kid.ru_maxrss / 1024
    cpu = me.ru_utime + me.ru_stime + kid.ru_utime + kid.ru_stime
    print(
        json.dumps(
            {
                "stored": summary.stored,
                "present": summary.present,
                "count": count,
                "seconds": seconds,
                "cpu": cpu,
                "peak_mb": own,
                "worker_peak_mb": kids,
                "stages": names,
            }
        )
    )


def run(db: str, stages: str, workers: int) -> dict[str, object]:
    out = subprocess.run(
        [sys.executable, __file__, "--child", db, stages, str(workers)],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--child", nargs=3)
    parser.add_argument("--only", choices=["none", "installed"])
    parser.add_argument("--workers", default="1,2")
    args = parser.parse_args()
    if args.child:
        child(args.child[0], args.child[1], int(args.child[2]))
        return
    size = sum(p.stat().st_size for p in CORPUS.glob("*.zip")) / 1e6
    print(
        f"load average: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs (wall times vary with it)"
    )
    print(f"corpus: {len(list(CORPUS.glob('*.zip')))} SaudiNewsNet zips, {size:.1f} MB")
    print(
        f"{'stages':<44}{'workers':>8}{'stored':>8}{'seconds':>9}{'articles/s':>12}{'CPU s*':>8}{'peak MB':>9}"
    )
    for stages in ("none", "installed"):
        if args.only and stages != args.only:
            continue
        for workers in (int(w) for w in args.workers.split(",")):
            with tempfile.TemporaryDirectory() as tmp:
                db = str(Path(tmp) / "bench.db")
                r = run(db, stages, workers)
                label = ", ".join(r["stages"]) or "none"  # type: ignore[arg-type]
                peak = max(float(r["peak_mb"]), float(r["worker_peak_mb"]))  # type: ignore[arg-type]
                secs = float(r["seconds"])  # type: ignore[arg-type]
                print(
                    f"{label[:43]:<44}{workers:>8}{r['stored']:>8}{secs:>9.1f}"
                    f"{int(r['stored']) / secs:>12.0f}{float(r['cpu']):>8.1f}{peak:>9.0f}"
                )  # type: ignore[call-overload]
                again = run(db, stages, workers)
                print(
                    f"{'  second run on the same store':<44}{workers:>8}{again['stored']:>8}"
                    f"{float(again['seconds']):>9.1f}"
                )  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
