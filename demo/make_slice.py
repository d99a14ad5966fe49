"""Make the demo corpus in ``demo/data/``: three days of SaudiNewsNet and the seed page.

The days 2015-08-09..2015-08-11 hold 4,662 articles from all 14 outlets of the corpus, with
the same events told by many papers (so stories span outlets). Each day is written back in
SaudiNewsNet's own format — a zip holding one JSON array — so ``akhbar ingest demo/data``
reads it with no flags. The output is byte-for-byte reproducible (fixed zip timestamps).

    python demo/make_slice.py [--corpus /work/shared/data/saudinewsnet] [--seed FILE]
"""

from __future__ import annotations

import argparse
import json
import shutil
import zipfile
from pathlib import Path

DAYS = ("2015-08-09", "2015-08-10", "2015-08-11")
OUT = Path(__file__).parent / "data"
_STAMP = (2015, 8, 11, 0, 0, 0)


def write_day(corpus: Path, day: str, out: Path) -> int:
    """Copy one day's articles (every field, in corpus order) into ``out/DAY.zip``."""
    with zipfile.ZipFile(corpus / f"{day}.zip") as zf:
        articles = json.loads(zf.read(f"{day}.json"))
    data = json.dumps(articles, ensure_ascii=False, indent=None).encode("utf-8")
    info = zipfile.ZipInfo(f"{day}.json", date_time=_STAMP)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    with zipfile.ZipFile(out / f"{day}.zip", "w") as zf:
        zf.writestr(info, data, compresslevel=9)
    return len(articles)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=Path("/work/shared/data/saudinewsnet"))
    ap.add_argument(
        "--seed", type=Path, default=Path("/work/shared/data/seed/000_766c5c9b7fcf550c.txt")
    )
    args = ap.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    total = 0
    for day in DAYS:
        n = write_day(args.corpus, day, OUT)
        total += n
        print(f"{day}: {n} articles")
    shutil.copyfile(args.seed, OUT / "seed-766c5c9b7fcf550c.txt")
    print(f"{total} articles + the seed page in {OUT}")


if __name__ == "__main__":
    main()
