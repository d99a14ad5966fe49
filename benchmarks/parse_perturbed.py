"""The dev pages as other scrapers print them: the same text with its line breaks, spaces and
marks changed, scored against the dev gold.

    python benchmarks/parse_perturbed.py [--only NAME ...]

Each perturbation is what some tool or site does to a page: Windows or old-Mac line ends,
a blank line between lines, indented lines, no-break spaces between words (``&nbsp;``), a
right-to-left mark before every line (RLM, as some Arabic editors save), Arabic-Indic digits,
a tatweel stretching the labels, ``&quot;`` left unescaped, a byte-order mark, HTML tags left in
the text (``<p>`` around each line, ``<br />`` ending it), and fixed-width
wrapping (``lynx -dump``, html2text, ``fmt``) at 78, 72 and 60 columns, with and without a blank
line between paragraphs. The parser prints text as it stands (a field keeps its no-break
spaces or marks), so the comparison here reads both sides the same way: marks dropped, spaces
collapsed, digits and entities read; what is scored is where each line went. Fields: headline,
published day, source, byline (exact), body lines and related headlines (micro F1).
"""

from __future__ import annotations

import argparse
import html
import re
import sys
import textwrap
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from akhbar.parse import parse_text
from akhbar.parse.score import Case, load_cases

DEV = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "dev-pages"
_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
_ASCII = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")
_MARKS = re.compile("[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
_LABELS = re.compile(r"(تاريخ النشر|المصدر|كلمات دلالية|الوسوم|اقرأ أيضا|إقرأ أيضاً)")


def _wrap(text: str, width: int, *, blank: bool = False) -> str:
    if blank:
        text = text.replace("\n", "\n\n")
    out: list[str] = []
    for line in text.split("\n"):
        out.extend(
            textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False) or [""]
        )
    return "\n".join(out)


PERTURBATIONS: dict[str, Callable[[str], str]] = {
    "as given": lambda t: t,
    "CRLF": lambda t: t.replace("\n", "\r\n"),
    "CR": lambda t: t.replace("\n", "\r"),
    "blank lines": lambda t: t.replace("\n", "\n\n"),
    "indented": lambda t: "\n".join(f"   {x}  " for x in t.split("\n")),
    "no-break spaces": lambda t: t.replace(" ", "\u00a0"),
    "RLM per line": lambda t: "\n".join("\u200f" + x for x in t.split("\n")),
    "Indic digits": lambda t: t.translate(_INDIC),
    "tatweel labels": lambda t: _LABELS.sub(lambda m: m[1][0] + "ـ" + m[1][1:], t),
    "&quot;": lambda t: t.replace('"', "&quot;"),
    "BOM": lambda t: "\ufeff" + t,
    "<p> per line": lambda t: "\n".join(f"<p>{x}</p>" if x.strip() else x for x in t.split("\n")),
    "<br /> ends": lambda t: t.replace("\n", "<br />\n"),
    "wrap 78": lambda t: _wrap(t, 78),
    "wrap 72": lambda t: _wrap(t, 72),
    "wrap 60": lambda t: _wrap(t, 60),
    "wrap 78 + blanks": lambda t: _wrap(t, 78, blank=True),
    "wrap 60 + blanks": lambda t: _wrap(t, 60, blank=True),
}


def _norm(s: str | None) -> str | None:
    if s is None:
        return None
    return " ".join(_MARKS.sub("", html.unescape(s).translate(_ASCII)).split())


def _f1(pairs: list[tuple[list[str | None], list[str | None]]]) -> float:
    tp = fp = fn = 0
    for got, want in pairs:
        g, w = Counter(got), Counter(want)
        hit = sum((g & w).values())
        tp, fp, fn = tp + hit, fp + sum(g.values()) - hit, fn + sum(w.values()) - hit
    return 2 * tp / (2 * tp + fp + fn) if tp else float(fp == fn == 0)


def score(cases: list[Case], change: Callable[[str], str]) -> dict[str, float]:
    same = Counter[str]()
    body, related = [], []
    for case in cases:
        page = parse_text(change(case.text), input=case.name)
        got, want = page.main, case.gold.main
        for field in ("headline", "source", "byline"):
            same[field] += _norm(getattr(got, field)) == _norm(getattr(want, field))
        same["published"] += (got.published or "")[:10] == (want.published or "")[:10]
        body.append(([_norm(x) for x in got.body], [_norm(x) for x in want.body]))
        related.append(
            (
                [_norm(r.headline) for r in page.related],
                [_norm(r.headline) for r in case.gold.related],
            )
        )
    n = len(cases)
    out = {k: same[k] / n for k in ("headline", "published", "source", "byline")}
    return {**out, "body": _f1(body), "related": _f1(related)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", nargs="*", choices=list(PERTURBATIONS), help="these perturbations")
    ap.add_argument("--pages", type=Path, default=DEV, help="dev pages with their gold")
    args = ap.parse_args()
    cases = load_cases([args.pages])
    if not cases:
        print(f"no pages with gold in {args.pages}", file=sys.stderr)
        return 1
    names = args.only or list(PERTURBATIONS)
    cols = ("headline", "published", "source", "byline", "body", "related")
    print(f"{len(cases)} dev pages, each perturbation applied to every page")
    print(f"{'perturbation':<18}" + "".join(f"{c:>10}" for c in cols))
    for name in names:
        row = score(cases, PERTURBATIONS[name])
        print(f"{name:<18}" + "".join(f"{row[c]:>10.3f}" for c in cols))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
