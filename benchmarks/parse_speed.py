"""Pages per second: ``akhbar.parse.parse_text`` vs trafilatura's ``bare_extraction``, same run.

    python benchmarks/parse_speed.py [--repeat N] [DIR]

Both read the same dev pages: akhbar the plain text, trafilatura the text wrapped as HTML with
one ``<p>`` per line (trafilatura only reads HTML), with metadata extraction on, since akhbar
also finds the date and headline. Best of ``--repeat`` runs each.
"""

from __future__ import annotations

import argparse
import html
import sys
import time
from collections.abc import Callable
from pathlib import Path

from trafilatura import bare_extraction

from akhbar.dates import find_dates
from akhbar.parse import parse_text
from akhbar.parse.lines import date_in

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "dev-pages"


def as_html(text: str) -> str:
    paragraphs = "".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines())
    return f"<html><body>{paragraphs}</body></html>"


def best_rate(fn: Callable[[str], object], docs: list[str], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for d in docs:
            fn(d)
        best = min(best, time.perf_counter() - t0)
    return len(docs) / best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dir", nargs="?", type=Path, default=DATA)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    texts = [p.read_text("utf-8") for p in sorted(args.dir.glob("*.txt"))]
    htmls = [as_html(t) for t in texts]
    ours = best_rate(lambda t: parse_text(t, input="-"), texts, args.repeat)
    theirs = best_rate(lambda h: bare_extraction(h, with_metadata=True), htmls, args.repeat)
    theirs_plain = best_rate(lambda h: bare_extraction(h, with_metadata=False), htmls, args.repeat)
    print(f"{len(texts)} pages from {args.dir}, best of {args.repeat} runs")
    print(f"{'parser':<44} {'pages/s':>9} {'ms/page':>8}")
    for name, rate in (
        ("akhbar.parse.parse_text (plain text)", ours),
        ("trafilatura.bare_extraction (metadata on)", theirs),
        ("trafilatura.bare_extraction (metadata off)", theirs_plain),
    ):
        print(f"{name:<44} {rate:>9.1f} {1000 / rate:>8.2f}")
    # the share of akhbar's time spent reading dates (akhbar.dates.find_dates, once per date line)
    date_lines = [ln.strip() for t in texts for ln in t.splitlines() if date_in(ln.strip())]
    dates_rate = best_rate(find_dates, date_lines, args.repeat)
    per_page = 1000 * len(date_lines) / dates_rate / len(texts)
    print(
        f"  of which akhbar.dates.find_dates ({len(date_lines)} date lines): {per_page:.2f} ms/page"
    )
    print(
        f"speed-up vs trafilatura: {ours / theirs:.0f}x (metadata on), "
        f"{ours / theirs_plain:.0f}x (metadata off)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
