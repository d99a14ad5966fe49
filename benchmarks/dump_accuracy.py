"""Plain-text parsing of whole HTML pages dumped to text, field by field.

The 240 dev articles inside the five site templates of ``benchmarks/html_accuracy.py`` (1,200
pages: a plain news template, a WordPress theme with widgets, comments and related posts, an AMP
page, a ``<div class="content">`` page with share bars and a read-also box, a page whose byline
and tags are only in the markup) are dumped to text the way a naive scraper or a browser's
"copy all" does (``parse_layouts_dump.dump_text``: every block on a line of its own, menus,
sidebars and footers included) and parsed by ``akhbar.parse.parse_text``, the text parser, not
the HTML reader. Those templates were written for the HTML reader, not for this: the text
parser never saw them. Scored against the dev gold: headline exact, published day, body
paragraph F1 (micro), tags F1 (the templates print tags visibly but in the ``markup`` one);
beside it, ``read_html`` on the same HTML, the ceiling a reader of the markup reaches.

    python benchmarks/dump_accuracy.py [--misses FIELD] [--only TEMPLATE]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from html_accuracy import Case, load_cases, run_akhbar
from parse_layouts_dump import dump_text

from akhbar.parse import parse_text

FIELDS = ("headline", "published", "body_f1", "tags_f1")


def _c(s: str | None) -> str | None:
    return " ".join(s.split()) if s else s


def _f1(got: list[str], want: list[str]) -> tuple[int, int, int]:
    g, w = Counter(_c(x) for x in got), Counter(_c(x) for x in want)
    return sum((g & w).values()), sum(g.values()), sum(w.values())


def _score(rows: list[tuple[dict[str, object], dict[str, object]]]) -> dict[str, float]:
    """``rows``: (got, gold) main articles; headline and day exact, body and tags micro F1."""
    head = sum(_c(g["headline"]) == _c(w["headline"]) for g, w in rows)  # type: ignore[arg-type]
    day = sum(str(g["published"] or "")[:10] == str(w.get("published") or "")[:10] for g, w in rows)
    out = {"headline": head / len(rows), "published": day / len(rows)}
    for name in ("body", "tags"):
        tp = ng = nw = 0
        for g, w in rows:
            a, b, c = _f1(list(g[name]), list(w.get(name) or ()))  # type: ignore[call-overload]
            tp, ng, nw = tp + a, ng + b, nw + c
        p, r = tp / ng if ng else 1.0, tp / nw if nw else 1.0
        out[f"{name}_f1"] = 2 * p * r / (p + r) if p + r else 0.0
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", help="one template")
    ap.add_argument("--misses", choices=("headline", "published"), help="list these misses")
    args = ap.parse_args()
    cases = [c for c in load_cases(args.only) if c.template != "html-gold"]
    by_template: dict[str, list[Case]] = {}
    for c in cases:
        by_template.setdefault(c.template, []).append(c)
    print(f"{len(cases)} pages: the dev articles in {len(by_template)} templates, dumped to text")
    print(f"{'template':<12}{'reader':<22}" + "".join(f"{f:>11}" for f in FIELDS))
    every: dict[str, list[tuple[dict[str, object], dict[str, object]]]] = {}
    for template, group in [*by_template.items(), ("ALL", cases)]:
        text_rows, html_rows = [], []
        for case in group:
            assert case.gold is not None
            page = parse_text(dump_text(case.html), input=case.name)
            m = page.main
            text_rows.append(({"headline": m.headline, "published": m.published,
                               "body": m.body, "tags": m.tags}, case.gold))  # fmt: skip
            got = run_akhbar(case)
            html_rows.append(({"headline": got.headline, "published": got.published,
                               "body": got.body, "tags": got.tags}, case.gold))  # fmt: skip
            if args.misses and template != "ALL":
                g, w = text_rows[-1]
                if str(g[args.misses] or "")[:60] != str(w.get(args.misses) or "")[:60]:
                    print(f"  {case.name} {template}: {g[args.misses]!r} != {w.get(args.misses)!r}")
        every[template] = text_rows
        for reader, rows in (("parse_text(dump)", text_rows), ("read_html (ceiling)", html_rows)):
            s = _score(rows)
            print(f"{template:<12}{reader:<22}" + "".join(f"{s[f]:>11.3f}" for f in FIELDS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
