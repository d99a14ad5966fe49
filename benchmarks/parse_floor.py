"""How fast can any pure-Python line parser be? Floors beside trafilatura, in one run.

Issue #3 asks ``parse_text`` for ≥ 50× trafilatura's pages/s on the dev pages. This script
times, on the same pages and in the same interleaved runs as ``parse_speed.py``, trafilatura's
``bare_extraction`` (the pages wrapped one ``<p>`` per line), akhbar's ``parse_text``, and
"parsers" that do only a first sliver of what the contract asks, each written as cheaply as
Python allows:

* ``lines``: split the page into stripped lines and build the output ``Page`` with every line
  as body (no classification at all: the work any parser does whatever its rules);
* ``lines + year test``: the same, plus one test per line for a year or a numeric date (the
  parser's own ``_YEAR`` pattern, the cheapest pre-screen of date lines);
* ``lines + year test + label test``: the same, plus one anchored test per line for the labels
  the issue names (source, tags, read-also, byline: ``المصدر``, ``كلمات دلالية``, ``إقرأ أيضاً``,
  ``كتب`` …), as one alternation: the least a classifier of those lines can ask;
* ``lines + normalize``: the same as ``lines``, plus ``akhbar.text.normalize`` once per line
  (labels must be read with or without hamza, tanween or tatweel: ``إقرأ`` / ``اقرأ``);
* ``lines + year test + normalize``: both.

Every figure is pages/s, best of ``--repeat`` interleaved runs, and the multiple of
trafilatura's default call. A floor under 50× shows that no parser built of those steps in
CPython can reach the target, whatever its rules.

    python benchmarks/parse_floor.py [--repeat 5] [DIR]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from pathlib import Path

import trafilatura
from trafilatura import bare_extraction

sys.path.insert(0, str(Path(__file__).resolve().parent))
from parse_speed import as_html, run_once  # the same wrapping and timing as parse_speed.py

from akhbar.model import Article, Page
from akhbar.parse import parse_text
from akhbar.text import normalize

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "dev-pages"
#: the parser's own pre-screen of date lines (``akhbar.parse.lines._YEAR``)
_YEAR = re.compile(r"\d(?:\d{3}|\d?[/.\-]\d{1,2}[/.\-]\d{2})")


def _page(body: list[str]) -> Page:
    return Page(input="-", main=Article(body=tuple(body)))


def lines(text: str) -> Page:
    return _page([s for line in text.splitlines() if (s := line.strip())])


def lines_year(text: str) -> Page:
    body = []
    for line in text.splitlines():
        if s := line.strip():
            _YEAR.search(s)
            body.append(s)
    return _page(body)


#: the labels issue #3 names, in their printed forms, as one anchored alternation
_LABEL = re.compile(
    "(?:المصدر|نقلا عن|نقلاً عن|كلمات دلالية|الوسوم|وسوم|الكلمات المفتاحية|Tags|"
    "[إا]قر[أا] أيض[اً]*|اقرأ المزيد|أخبار ذات صلة|مواضيع ذات صلة|كتب|بقلم)"
)


def lines_year_label(text: str) -> Page:
    body = []
    for line in text.splitlines():
        if s := line.strip():
            _YEAR.search(s)
            _LABEL.match(s)
            body.append(s)
    return _page(body)


def lines_normalize(text: str) -> Page:
    return _page([normalize(s) for line in text.splitlines() if (s := line.strip())])


def lines_year_normalize(text: str) -> Page:
    body = []
    for line in text.splitlines():
        if s := line.strip():
            _YEAR.search(s)
            body.append(normalize(s))
    return _page(body)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dir", nargs="?", type=Path, default=DATA)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args(argv)
    texts = [p.read_text("utf-8") for p in sorted(args.dir.glob("*.txt"))]
    if not texts:
        print(f"no *.txt pages in {args.dir}", file=sys.stderr)
        return 2
    htmls = [as_html(t) for t in texts]
    runs: dict[str, tuple[Callable[[str], object], list[str]]] = {
        "trafilatura.bare_extraction (default)": (bare_extraction, htmls),
        "akhbar.parse.parse_text": (lambda t: parse_text(t, input="-"), texts),
        "floor: lines": (lines, texts),
        "floor: lines + year test": (lines_year, texts),
        "floor: lines + year test + label test": (lines_year_label, texts),
        "floor: lines + normalize": (lines_normalize, texts),
        "floor: lines + year test + normalize": (lines_year_normalize, texts),
    }
    best = dict.fromkeys(runs, float("inf"))
    for _ in range(args.repeat):
        for name, (fn, docs) in runs.items():
            best[name] = min(best[name], run_once(fn, docs))
    rate = {name: len(texts) / secs for name, secs in best.items()}
    base = rate["trafilatura.bare_extraction (default)"]
    n_lines = sum(len(t.splitlines()) for t in texts) / len(texts)
    print(
        f"{len(texts)} pages from {args.dir} ({n_lines:.1f} lines, "
        f"{sum(map(len, texts)) / len(texts):,.0f} characters a page), best of {args.repeat} "
        f"interleaved runs, trafilatura {trafilatura.__version__}, Python {sys.version.split()[0]}"
    )
    print(f"{'parser':<40} {'pages/s':>9} {'µs/page':>8} {'× trafilatura':>14}")
    for name, r in rate.items():
        print(f"{name:<40} {r:>9,.0f} {1e6 / r:>8.1f} {r / base:>13.1f}×")
    print(
        f"the 50× target: {50 * base:,.0f} pages/s, {1e6 / (50 * base):.1f} µs a page "
        f"({1e6 / (50 * base) / n_lines:.2f} µs a line)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
