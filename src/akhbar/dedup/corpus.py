"""SaudiNewsNet zips as ``Record``s, for tests and benchmarks until ``akhbar.read`` reads them.

Each zip holds one JSON array of ``{source, url, date_extracted, title, author, content}``.
The record id is the article URL (stable, unique across the 31,030 articles).
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from akhbar.errors import InputError
from akhbar.model import Article, Page, Record

__all__ = ["read_saudinewsnet", "records_from_items"]


def _record(item: dict[str, str], *, input: str) -> Record:
    title = (item.get("title") or "").strip() or None
    body = tuple(p.strip() for p in (item.get("content") or "").split("\n") if p.strip())
    stamp = (item.get("date_extracted") or "").strip()
    published = stamp.replace(" ", "T") if stamp else None
    author = (item.get("author") or "").strip() or None
    url = item["url"]
    article = Article(headline=title, published=published, byline=author, body=body)
    return Record(
        id=url,
        page=Page(input=input, main=article, url=url),
        outlet=item.get("source") or None,
        url=url,
    )


def records_from_items(items: Iterable[dict[str, str]], *, input: str) -> Iterator[Record]:
    """Records of SaudiNewsNet JSON objects (e.g. a test fixture's lines)."""
    for item in items:
        yield _record(item, input=input)


def read_saudinewsnet(path: str | Path) -> Iterator[Record]:
    """Records of one ``YYYY-MM-DD.zip`` or of every zip in a directory, in file order."""
    path = Path(path)
    zips = sorted(path.glob("*.zip")) if path.is_dir() else [path]
    for zpath in zips:
        try:
            with zipfile.ZipFile(zpath) as zf:
                name = zf.namelist()[0]
                items = json.loads(zf.read(name))
        except (OSError, zipfile.BadZipFile, json.JSONDecodeError, IndexError) as exc:
            raise InputError(f"{zpath}: not a SaudiNewsNet zip ({exc})") from exc
        for item in items:
            yield _record(item, input=f"{zpath.name}/{name}")
