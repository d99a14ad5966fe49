"""Accuracy of ``akhbar.parse`` on hard-wrapped pages: the dev pages and the seed with every
line wrapped at a fixed width by ``textwrap`` (as ``lynx -dump``, ``w3m -dump``, html2text at 78
columns and ``fmt`` print pages), with a blank line between the original lines (how those
tools separate blocks) and without one (the harder case: where a paragraph ends is then only
told by the width).

    python benchmarks/parse_wrapped.py [--widths 60,72,78]

Prints the ``benchmarks/parse_accuracy.py`` figures per width and form.
"""

from __future__ import annotations

import argparse
import json
import textwrap
from pathlib import Path

from akhbar.model import Page
from akhbar.parse.score import Case, score

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--widths", default="60,72,78")
    args = ap.parse_args()
    paths = sorted((DATA / "dev-pages").glob("*.txt")) + sorted((DATA / "seed").glob("*.txt"))
    golds = {
        p: Page.from_dict(
            {**json.loads(p.with_name(f"{p.stem}.gold.json").read_text()), "input": p.name}
        )
        for p in paths
    }
    cols = ("headline", "published", "byline", "body_f1", "tags_f1", "related_f1", "lossless")
    print(f"akhbar.parse on {len(paths)} pages wrapped at fixed widths")
    print(f"{'width':<8}{'blank lines':<13}" + "".join(f"{c:>12}" for c in cols))
    for width in (int(w) for w in args.widths.split(",")):
        for blank in (True, False):
            cases = []
            for p in paths:
                blocks = [
                    "\n".join(textwrap.wrap(x, width))
                    for x in p.read_text("utf-8").split("\n")
                    if x.strip()
                ]
                text = ("\n\n" if blank else "\n").join(blocks) + "\n"
                cases.append(Case(name=p.name, text=text, gold=golds[p]))
            t = score(cases).table()
            print(
                f"{width:<8}{'yes' if blank else 'no':<13}"
                + "".join(f"{t[c]:>12.3f}" for c in cols)
            )


if __name__ == "__main__":
    main()
