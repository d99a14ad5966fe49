"""Field order: the dev pages with one of their lines printed elsewhere, as other sites order them.

    python benchmarks/parse_order.py [--misses]

The dev pages print their fields in a few orders (the headline, then the byline and the date
in either order, a toolbar, the body, then ``المصدر:``, the tags, a read-also list). Other sites
print the same lines in other orders, and a parser that leans on the dev order (a byline is
the short line *before the date*) loses the field on their pages. Each move below takes every
dev page holding the lines it needs and prints one line (or block) elsewhere, every other line
as printed; the page's gold is unchanged (the fields are the same lines), and it is scored
with ``akhbar.parse.score``. Peers have no text parser to compare with, so the baseline is the
same pages as printed, scored in the same run (the ``as printed`` row under each move).

The moves, and why sites print them so:

- ``date_after_body``: the date at the article's foot, over the source (blogs and WordPress
  themes print ``نشر في …`` under the text, as a post's meta line).
- ``source_under_date``: the ``المصدر:`` line in the header, right under the date (aggregators
  credit the outlet they took the article from at the top).
- ``tags_under_date``: the tag line in the header, under the date (themes that print the
  post's categories and tags in its meta bar, before the text).
- ``date_last_of_footer``: the date after the tags, the footer's last line (a footer meta
  block: source, tags, then ``آخر تحديث`` / the date).
- ``tags_before_source``: the tag line over the source line (the two footer lines swapped).
- ``source_over_headline``: the source line over the headline (aggregators that open with
  the outlet's name: ``المصدر: جريدة الرياض`` / the headline).
- ``byline_after_body``: the byline under the last paragraph, over the source (opinion pages
  and agencies that sign the text at its end).
- ``date_byline_below_lead``: the byline and the date on one line (``فلان | 9 أغسطس 2015``)
  under the lead paragraph (layouts that put the lead, in large type, before the meta line).
- ``related_before_tags``: the read-also list printed between the source and the tag line
  (a related box inside the article's footer, the tags under it).
- ``blank_between``: a blank line between every two lines (HTML-to-text dumps that keep each
  paragraph's margins).

The moves find the lines by the dev pages' labels (date, source, tags, read-also) and the
byline by the gold's value; a page lacking a line a move needs is left out of that move.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from akhbar.parse import parse_text
from akhbar.parse.score import Case, load_cases, score

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "dev-pages"

DATE = re.compile(r"^(?:تاريخ النشر|نشر في|نشر بتاريخ):")
SOURCE = re.compile(r"^المصدر")
TAGS = re.compile(r"^(?:كلمات دلالية|الوسوم|الكلمات المفتاحية):")
READ_ALSO = re.compile(r"^(?:اقرأ أيضا|إقرأ أيضاً):?$")
#: a date as the dev labels print it, after the label
_DATE_VALUE = re.compile(r"^[^:]+:\s*")

Lines = list[str]


def _find(lines: Lines, pattern: re.Pattern[str]) -> int | None:
    return next((k for k, line in enumerate(lines) if pattern.match(line)), None)


def _move(lines: Lines, a: int, b: int) -> Lines:
    """``lines`` with line ``a`` printed before line ``b`` (``b`` in the original indexing)."""
    out = lines[:a] + lines[a + 1 :]
    b -= b > a
    return [*out[:b], lines[a], *out[b:]]


def _byline_at(lines: Lines, case: Case) -> int | None:
    """Where the page prints its gold byline as a line of its own, under the headline."""
    byline, headline = case.gold.main.byline, case.gold.main.headline
    if byline is None or headline not in lines or byline not in lines:
        return None
    at = lines.index(byline)
    return at if lines.index(headline) < at <= lines.index(headline) + 4 else None


def date_after_body(lines: Lines, case: Case) -> Lines | None:
    d, s = _find(lines, DATE), _find(lines, SOURCE)
    return None if d is None or s is None or s < d else _move(lines, d, s)


def source_under_date(lines: Lines, case: Case) -> Lines | None:
    d, s = _find(lines, DATE), _find(lines, SOURCE)
    return None if d is None or s is None or s < d else _move(lines, s, d + 1)


def tags_under_date(lines: Lines, case: Case) -> Lines | None:
    d, t = _find(lines, DATE), _find(lines, TAGS)
    return None if d is None or t is None or t < d else _move(lines, t, d + 1)


def date_last_of_footer(lines: Lines, case: Case) -> Lines | None:
    d, t = _find(lines, DATE), _find(lines, TAGS)
    return None if d is None or t is None or t < d else _move(lines, d, t + 1)


def tags_before_source(lines: Lines, case: Case) -> Lines | None:
    s, t = _find(lines, SOURCE), _find(lines, TAGS)
    return None if s is None or t != s + 1 else _move(lines, t, s)


def source_over_headline(lines: Lines, case: Case) -> Lines | None:
    s = _find(lines, SOURCE)
    return None if s is None else _move(lines, s, 0)


def byline_after_body(lines: Lines, case: Case) -> Lines | None:
    b, s = _byline_at(lines, case), _find(lines, SOURCE)
    return None if b is None or s is None else _move(lines, b, s)


def date_byline_below_lead(lines: Lines, case: Case) -> Lines | None:
    b, d = _byline_at(lines, case), _find(lines, DATE)
    if b is None or d is None or abs(b - d) != 1:
        return None
    lead = max(b, d) + 1
    while lead < len(lines) and len(lines[lead]) < 100:  # a toolbar, not the lead paragraph
        lead += 1
    if lead >= len(lines) or _find(lines, SOURCE) is None:
        return None
    joined = f"{lines[b]} | {_DATE_VALUE.sub('', lines[d])}"
    return [*lines[: min(b, d)], *lines[max(b, d) + 1 : lead + 1], joined, *lines[lead + 1 :]]


def related_before_tags(lines: Lines, case: Case) -> Lines | None:
    s, t, r = _find(lines, SOURCE), _find(lines, TAGS), _find(lines, READ_ALSO)
    if s is None or t != s + 1 or r is None or r < t or case.gold.embedded:
        return None
    return [*lines[:t], *lines[r:], lines[t], *lines[t + 1 : r]]


def blank_between(lines: Lines, case: Case) -> Lines | None:
    return [x for line in lines for x in (line, "")]


MOVES: tuple[Callable[[Lines, Case], Lines | None], ...] = (
    date_after_body,
    source_under_date,
    tags_under_date,
    date_last_of_footer,
    tags_before_source,
    source_over_headline,
    byline_after_body,
    date_byline_below_lead,
    related_before_tags,
    blank_between,
)


def moved(
    cases: list[Case], move: Callable[[Lines, Case], Lines | None]
) -> list[tuple[Case, Case]]:
    """(as printed, moved) for every page the move changes."""
    out = []
    for case in cases:
        lines = case.text.split("\n")
        new = move(lines, case)
        if new is None or new == lines:
            continue
        gold = case.gold
        if move is date_byline_below_lead:
            # the byline is the line as printed (SCHEMA.md), the date now riding along
            joined = next(x for x in new if x.startswith(f"{gold.main.byline} | "))
            gold = replace(gold, main=replace(gold.main, byline=joined))
        out.append((case, replace(case, text="\n".join(new), gold=gold)))
    return out


def _row(label: str, table: dict[str, float]) -> str:
    return f"  {label:<12}" + "".join(f"{v:>10.3f}" for v in table.values())


def _misses(pairs: list[tuple[Case, Case]]) -> None:
    for _base, case in pairs:
        got, want = parse_text(case.text, input=case.name), case.gold
        for f in ("headline", "published", "source", "byline"):
            g, w = getattr(got.main, f), getattr(want.main, f)
            if g != w:
                print(f"    {case.name} {f}: got {g!r} want {w!r}")
        extra = [b for b in got.main.body if b not in want.main.body]
        lost = [b for b in want.main.body if b not in got.main.body]
        for b in extra[:2]:
            print(f"    {case.name} body +{b[:70]!r}")
        for b in lost[:2]:
            print(f"    {case.name} body -{b[:70]!r}")
        if set(got.main.tags) != set(want.main.tags):
            print(
                f"    {case.name} tags: got {sorted(got.main.tags)} want {sorted(want.main.tags)}"
            )
        gr = [r.headline for r in got.related]
        wr = [r.headline for r in want.related]
        if gr != wr:
            print(f"    {case.name} related: {len(gr)} got, {len(wr)} gold")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--misses", action="store_true", help="print each moved page's misses")
    ap.add_argument("dirs", nargs="*", type=Path, default=[DATA])
    args = ap.parse_args(argv)
    cases = load_cases(args.dirs)
    if not cases:
        print(f"no pages with gold under {args.dirs}", file=sys.stderr)
        return 1
    heads = ("headline", "published", "source", "byline", "body", "tags", "embedded")
    heads += ("related", "lossless")
    print(f"{'move':<14}" + "".join(f"{h:>10}" for h in heads))
    for move in MOVES:
        pairs = moved(cases, move)
        print(f"{move.__name__} ({len(pairs)} pages)")
        if not pairs:
            continue
        print(_row("moved", score([c for _, c in pairs]).table()))
        print(_row("as printed", score([b for b, _ in pairs]).table()))
        if args.misses:
            _misses(pairs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
