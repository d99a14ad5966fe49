"""Pairwise precision/recall of duplicate groups and stories on the labelled pairs.

    .venv/bin/python benchmarks/dedup_quality.py [--db store.sqlite] [--pairs tests/data/pairs.tsv]

Without ``--db`` it loads all of SaudiNewsNet into a temporary store day by day and runs
``akhbar.dedup.update_pending`` after each day (as ingest does). ``--subset`` loads only the
labelled articles (fast, what the tests do). ``--build-vocab`` rewrites the shipped word tables (and the place names, from ANERGazet).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from akhbar.dedup import update_pending
from akhbar.dedup.corpus import read_saudinewsnet
from akhbar.dedup.evaluate import read_pairs, score
from akhbar.dedup.vocab import build_from_texts, build_places
from akhbar.store import open_store

ROOT = Path(__file__).resolve().parent.parent
DATA = Path("/work/shared/data/saudinewsnet")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", type=Path)
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--pairs", type=Path, default=ROOT / "tests/data/pairs.tsv")
    ap.add_argument("--subset", action="store_true", help="load only the labelled articles")
    ap.add_argument("--build-vocab", action="store_true")
    args = ap.parse_args()
    if args.build_vocab:
        records = read_saudinewsnet(args.data)
        build_from_texts(
            ((r.headline, "\n".join(r.article.body)) for r in records),
            ROOT / "src/akhbar/dedup/data",
        )
        gazetteer = args.data.parent / "anercorp" / "ANERGazet"
        build_places(
            gazetteer / "LocGazetteer.txt",
            gazetteer / "PersGazetteer.txt",
            ROOT / "src/akhbar/dedup/data",
        )
        print("wrote src/akhbar/dedup/data/{common_words.txt,stem_df.tsv,places.txt}")
        return
    pairs = read_pairs(args.pairs)
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "snn.sqlite"
        store = open_store(db)
        if args.db is None:
            wanted = {u for p in pairs for u in (p.url_a, p.url_b)}
            t0 = time.perf_counter()
            for day in sorted(args.data.glob("*.zip")):
                recs = [r for r in read_saudinewsnet(day) if not args.subset or r.url in wanted]
                store.add(recs)
                update_pending(store.connection)
            print(
                f"ingest + incremental dedup/stories, day by day: {time.perf_counter() - t0:.1f} s"
            )
        text, story = score(store.connection, pairs)
        n = store.count()
        store.close()
    print(f"{len(pairs)} labelled pairs, store of {n} articles")
    for name, s in (("same_text", text), ("same_story", story)):
        print(
            f"{name:10s} precision {s.precision:.3f}  recall {s.recall:.3f}  F1 {s.f1:.3f}"
            f"  (tp {s.tp}, fp {s.fp}, fn {s.fn})"
        )


if __name__ == "__main__":
    main()
