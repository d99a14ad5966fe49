"""Date reading on Arabic news: akhbar.dates vs dateparser vs htmldate (trafilatura's dater), one run.

1. the table ``tests/data/dates.tsv``: a row is right when the date matches (or, for rows that
   must give nothing, when nothing is returned);
2. the dev pages (``tests/data/dates_dev_lines.tsv``): a page is right when the first of its
   lines that gives a date gives the gold ``published`` date;
3. throughput: every date in whole SaudiNewsNet articles (akhbar ``find_dates`` vs dateparser
   ``search_dates``), articles per second on the first ``--articles`` articles.

    python benchmarks/dates.py [--articles 200] [--data /work/shared/data/saudinewsnet]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import time
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path

from akhbar.dates import find_dates, parse_date

Reader = Callable[[str], "dt.date | None"]
TESTS = Path(__file__).resolve().parent.parent / "tests" / "data"


def rows(name: str) -> list[list[str]]:
    text = (TESTS / name).read_text(encoding="utf-8")
    return [r.split("\t") for r in text.splitlines() if r.strip() and not r.startswith("#")]


def akhbar_reader(line: str) -> dt.date | None:
    got = parse_date(line)
    return got.date if got else None


def dateparser_reader() -> Reader | None:
    try:
        import dateparser
    except ImportError:
        return None
    base = dt.datetime(2030, 1, 1)  # a base far from the data shows when a field is invented
    opts = {"RELATIVE_BASE": base, "PREFER_DAY_OF_MONTH": "first", "DATE_ORDER": "DMY"}

    def read(line: str) -> dt.date | None:
        got = dateparser.parse(line, languages=["ar", "en"], settings=opts)
        return got.date() if got else None

    return read


def htmldate_reader() -> Reader | None:
    try:
        from htmldate import find_date
    except ImportError:
        return None

    def read(line: str) -> dt.date | None:
        html = f"<html><body><article><p>{line}</p></article></body></html>"
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            got = find_date(html, extensive_search=True, original_date=True)
        return dt.date.fromisoformat(got) if got else None

    return read


def safe(read: Reader, line: str) -> dt.date | None:
    try:
        return read(line)
    except Exception:  # a peer that raises on a line has simply not read it
        return None


def table_score(read: Reader) -> tuple[int, int, int, int]:
    pos_ok = pos = neg_ok = neg = 0
    for r in rows("dates.tsv"):
        want = r[1] if len(r) > 1 else ""
        got = safe(read, r[0])
        if want:
            pos += 1
            pos_ok += got is not None and got.isoformat() == want[:10]
        else:
            neg += 1
            neg_ok += got is None
    return pos_ok, pos, neg_ok, neg


def pages_score(read: Reader) -> tuple[int, int]:
    pages: dict[str, tuple[str, list[str]]] = {}
    for page, gold, line in rows("dates_dev_lines.tsv"):
        pages.setdefault(page, (gold, []))[1].append(line)
    ok = total = 0
    for gold, lines in pages.values():
        if not gold:
            continue
        total += 1
        for line in lines:
            got = safe(read, line)
            if got is not None:
                ok += got.isoformat() == gold
                break
    return ok, total


def articles(folder: Path, n: int) -> list[str]:
    out: list[str] = []
    for path in sorted(folder.glob("*.zip")):
        with zipfile.ZipFile(path) as archive:
            for name in archive.namelist():
                out += [a.get("content") or "" for a in json.loads(archive.read(name))]
                if len(out) >= n:
                    return out[:n]
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--data", type=Path, default=Path("/work/shared/data/saudinewsnet"))
    args = ap.parse_args()
    readers: dict[str, Reader | None] = {
        "akhbar.dates": akhbar_reader,
        "dateparser 1.5": dateparser_reader(),
        "htmldate (trafilatura)": htmldate_reader(),
    }
    print(f"{'reader':24} {'table dates':>12} {'table None':>11} {'dev pages':>10} {'lines/s':>9}")
    for name, read in readers.items():
        if read is None:
            print(f"{name:24} not installed")
            continue
        t0 = time.perf_counter()
        pos_ok, pos, neg_ok, neg = table_score(read)
        n_lines = sum(1 for _ in rows("dates.tsv"))
        per_s = n_lines / (time.perf_counter() - t0)
        ok, total = pages_score(read)
        print(
            f"{name:24} {pos_ok:>5}/{pos:<6} {neg_ok:>4}/{neg:<6} {ok:>4}/{total:<5} {per_s:>9.0f}"
        )
    texts = articles(args.data, args.articles) if args.data.exists() else []
    if not texts:
        return
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    t0 = time.perf_counter()
    n = sum(len(find_dates(t)) for t in texts)
    ours = time.perf_counter() - t0
    print(
        f"\nwhole articles ({len(texts)}, {mb:.1f} MB): akhbar find_dates {len(texts) / ours:.0f}/s ({n} dates)"
    )
    try:
        from dateparser.search import search_dates
    except ImportError:
        return
    sample = texts[: max(1, len(texts) // 10)]
    t0 = time.perf_counter()
    m = sum(len(search_dates(t, languages=["ar", "en"]) or []) for t in sample)
    theirs = time.perf_counter() - t0
    print(f"dateparser search_dates on {len(sample)}: {len(sample) / theirs:.1f}/s ({m} dates)")


if __name__ == "__main__":
    main()
