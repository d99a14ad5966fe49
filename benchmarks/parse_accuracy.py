"""Accuracy of ``akhbar.parse`` on the dev pages and the seed against their gold parses.

    python benchmarks/parse_accuracy.py [--json] [--misses] [DIR ...]

Prints headline / published / source / byline accuracy, body-line, tag, embedded and related F1
and the lossless share (pages where every input letter and digit reappears in the output).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from akhbar.parse.score import load_cases, score

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
DEFAULT_DIRS = [DATA / "dev-pages", DATA / "seed"]
TARGETS = {
    "headline": 0.98,
    "published": 0.98,
    "source": 0.98,
    "body_f1": 0.98,
    "tags_f1": 0.95,
    "embedded_f1": 0.95,
    "related_f1": 0.95,
    "lossless": 1.0,
}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dirs", nargs="*", type=Path, default=DEFAULT_DIRS)
    ap.add_argument("--json", action="store_true", help="print the table as JSON")
    ap.add_argument("--misses", action="store_true", help="list the pages missing each metric")
    args = ap.parse_args(argv)
    cases = load_cases(args.dirs)
    s = score(cases)
    table = s.table()
    if args.json:
        print(json.dumps({"pages": s.pages, **table}, ensure_ascii=False))
    else:
        print(f"akhbar.parse on {s.pages} pages ({', '.join(str(d) for d in args.dirs)})")
        print(f"{'metric':<12} {'score':>7} {'target':>7}")
        for k, v in table.items():
            t = TARGETS.get(k)
            print(f"{k:<12} {v:>7.4f} {'' if t is None else f'{t:>7.2f}'}")
    if args.misses:
        for k, names in s.misses.items():
            print(f"{k}: {len(names)}: {' '.join(names[:40])}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
