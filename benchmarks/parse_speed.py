"""Pages per second: ``akhbar.parse.parse_text`` vs trafilatura's ``bare_extraction``, same run.

    python benchmarks/parse_speed.py [--repeat N] [DIR]

Both read the same dev pages: akhbar the plain text, trafilatura the text wrapped as HTML with
one ``<p>`` per line (trafilatura only reads HTML). trafilatura is timed twice: its default call
(``bare_extraction(html)``, which in trafilatura 2.x does not extract metadata) and with
``with_metadata=True``, the call a user makes to get the headline and date that akhbar also
returns. The runs are interleaved (akhbar, trafilatura, trafilatura with metadata, again ``N``
times) so that load on the machine falls on all three alike; each figure is the best of ``N``.
The headline speed-up is against trafilatura's default call.
"""

from __future__ import annotations

import argparse
import html
import sys
import time
from collections.abc import Callable
from pathlib import Path

import trafilatura
from trafilatura import bare_extraction

from akhbar.dates import find_dates
from akhbar.parse import parse_text
from akhbar.parse.lines import date_in

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "dev-pages"


def as_html(text: str) -> str:
    paragraphs = "".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines())
    return f"<html><body>{paragraphs}</body></html>"


def run_once(fn: Callable[[str], object], docs: list[str]) -> float:
    t0 = time.perf_counter()
    for d in docs:
        fn(d)
    return time.perf_counter() - t0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dir", nargs="?", type=Path, default=DATA)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    texts = [p.read_text("utf-8") for p in sorted(args.dir.glob("*.txt"))]
    htmls = [as_html(t) for t in texts]
    runs: dict[str, tuple[Callable[[str], object], list[str]]] = {
        "akhbar.parse.parse_text (plain text)": (lambda t: parse_text(t, input="-"), texts),
        "trafilatura.bare_extraction (default)": (bare_extraction, htmls),
        "trafilatura.bare_extraction (with_metadata)": (
            lambda h: bare_extraction(h, with_metadata=True),
            htmls,
        ),
    }
    best = dict.fromkeys(runs, float("inf"))
    for _ in range(args.repeat):
        for name, (fn, docs) in runs.items():
            best[name] = min(best[name], run_once(fn, docs))
    rate = {name: len(texts) / secs for name, secs in best.items()}
    print(
        f"{len(texts)} pages from {args.dir}, best of {args.repeat} interleaved runs, "
        f"trafilatura {trafilatura.__version__}"
    )
    print(f"{'parser':<46} {'pages/s':>9} {'ms/page':>8}")
    for name, r in rate.items():
        print(f"{name:<46} {r:>9.1f} {1000 / r:>8.3f}")
    # the share of akhbar's time spent reading dates (akhbar.dates.find_dates, once per date line)
    date_lines = [ln.strip() for t in texts for ln in t.splitlines() if date_in(ln.strip())]
    dates_secs = min(run_once(find_dates, date_lines) for _ in range(args.repeat))
    print(
        f"  of which akhbar.dates.find_dates ({len(date_lines)} date lines): "
        f"{1000 * dates_secs / len(texts):.3f} ms/page"
    )
    ours, default, meta = rate.values()
    print(
        f"speed-up vs trafilatura: {ours / default:.1f}x (default call), "
        f"{ours / meta:.1f}x (with_metadata=True)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
