"""Dedup speed: MinHash signatures/s (rensa vs datasketch, same shingles, same run) and the
full-corpus dedup + stories time.

    .venv/bin/python benchmarks/dedup_speed.py [--data /work/shared/data/saudinewsnet]
        [--sample 3000] [--runs 3]

Prints wall and CPU seconds and the load average (CPU time counts the pass's process and its
threads; the worker processes belong to multiprocessing's fork server and are not counted).
Wall time varies with the machine's state (±20% between runs here), so the full pass runs
``--runs`` times, each in a fresh process (as ``akhbar dedup`` runs it) on a fresh copy of
the store as ``akhbar dedup`` finds it: written, closed, reopened.
"""

from __future__ import annotations

import argparse
import gc
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from datasketch import MinHash

from akhbar.dedup import rebuild, update_pending
from akhbar.dedup.corpus import read_saudinewsnet
from akhbar.dedup.features import compute
from akhbar.dedup.lsh import NUM_PERM, signatures
from akhbar.store import open_store

DATA = Path("/work/shared/data/saudinewsnet")


def _cpu() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


class Clock:
    def __enter__(self) -> Clock:
        self.wall, self.cpu = time.perf_counter(), _cpu()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall = time.perf_counter() - self.wall
        self.cpu = _cpu() - self.cpu


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--sample", type=int, default=3000, help="articles for the datasketch run")
    ap.add_argument("--runs", type=int, default=3, help="full passes timed (on fresh copies)")
    args = ap.parse_args()

    records = list(read_saudinewsnet(args.data))
    items = [(r.headline, "\n".join(r.article.body)) for r in records]
    print(f"{len(records)} articles")
    with Clock() as c:
        feats = compute(items)
    shingles = [f.shingles for f in feats]
    print(
        f"features (normalize, tokens, 3-grams, signatures): {c.wall:.1f} s wall, {c.cpu:.1f} s CPU"
    )

    sample = shingles[: args.sample]
    with Clock() as r:
        ours = signatures(sample)
    with Clock() as d:
        theirs = MinHash.bulk(
            [[int(h).to_bytes(8, "little") for h in s] for s in sample], num_perm=NUM_PERM
        )
    with Clock() as full:
        signatures(shingles)
    print(f"MinHash signatures/s, {len(sample)} articles, {NUM_PERM} permutations, same shingles:")
    print(f"  rensa RMinHash       {len(sample) / r.wall:10.0f}/s")
    print(f"  datasketch MinHash   {len(sample) / d.wall:10.0f}/s (incl. bytes conversion)")
    print(f"  rensa, all articles  {len(shingles) / full.wall:10.0f}/s")
    # both estimate the same Jaccard: compare on consecutive pairs
    est_r = np.mean(ours[:-1] == ours[1:], axis=1)
    est_d = np.array([theirs[i].jaccard(theirs[i + 1]) for i in range(len(theirs) - 1)])
    print(f"  mean |J_rensa - J_datasketch| on neighbours: {np.mean(np.abs(est_r - est_d)):.4f}")

    with tempfile.TemporaryDirectory() as tmp:
        # the store as `akhbar dedup` finds it: written, closed (so checkpointed), reopened
        base = Path(tmp) / "base.sqlite"
        store = open_store(base)
        store.add(records)
        store.close()
        del records, items, feats, shingles, sample, ours, theirs
        gc.collect()
        walls = []
        for run in range(args.runs):
            path = Path(tmp) / f"run{run}.sqlite"
            shutil.copyfile(base, path)
            walls.append(_timed_pass(path, "pass"))
        print(
            f"  median of {len(walls)} passes: {statistics.median(walls):.1f} s wall "
            f"(range {min(walls):.1f}-{max(walls):.1f})"
        )
        _timed_pass(path, "rebuild")  # the last pass's store


def _timed_pass(path: Path, kind: str) -> float:
    """One full pass (or ``--rebuild``) in a fresh process, as `akhbar dedup` runs it: no
    memo of an earlier pass (word stems, vocabulary) in memory. Returns its wall seconds."""
    out = subprocess.run(
        [sys.executable, __file__, "--child", kind, str(path)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    print(out, end="")
    return float(out.rsplit("wall=", 1)[1].split()[0])


def child(kind: str, path: Path) -> None:
    store = open_store(path)
    load = os.getloadavg()[0]
    with Clock() as one:
        done = rebuild(store.connection) if kind == "rebuild" else update_pending(store.connection)
    store.close()
    what = (
        "akhbar dedup --rebuild (rows unchanged)"
        if kind == "rebuild"
        else f"dedup + stories, all {done.dedup.articles} articles in one pass"
    )
    print(
        f"{what}: {one.wall:.1f} s wall, {one.cpu:.1f} s CPU ({done.dedup.edges} copy pairs; "
        f"load average {load:.1f} before, {os.getloadavg()[0]:.1f} after) wall={one.wall:.3f}"
    )


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--child":
        child(sys.argv[2], Path(sys.argv[3]))
    else:
        main()
