"""Pairwise precision/recall of stored groups and stories against labelled pairs.

The labels (``tests/data/pairs.tsv``) name articles by URL: columns ``id_a id_b outlet_a
outlet_b headline_a headline_b same_text same_story note``.
"""

from __future__ import annotations

import csv
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from akhbar.errors import InputError
from akhbar.store.queries import WITH_GROUPS

__all__ = ["LabelledPair", "Score", "read_pairs", "score"]


@dataclass(frozen=True, kw_only=True)
class LabelledPair:
    url_a: str
    url_b: str
    same_text: bool
    same_story: bool
    note: str = ""


@dataclass(frozen=True, kw_only=True)
class Score:
    precision: float
    recall: float
    tp: int
    fp: int
    fn: int

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def read_pairs(path: Path) -> list[LabelledPair]:
    out = []
    with path.open(encoding="utf-8", newline="") as f:
        for line, row in enumerate(csv.DictReader(f, delimiter="\t"), start=2):
            try:
                out.append(
                    LabelledPair(
                        url_a=row["id_a"],
                        url_b=row["id_b"],
                        same_text=row["same_text"] == "1",
                        same_story=row["same_story"] == "1",
                        note=row.get("note") or "",
                    )
                )
            except KeyError as exc:
                raise InputError(f"{path}:{line}: missing column {exc}") from exc
    return out


def _score(pairs: list[tuple[bool, bool]]) -> Score:
    tp = sum(1 for want, got in pairs if want and got)
    fp = sum(1 for want, got in pairs if got and not want)
    fn = sum(1 for want, got in pairs if want and not got)
    return Score(
        precision=tp / (tp + fp) if tp + fp else 1.0,
        recall=tp / (tp + fn) if tp + fn else 1.0,
        tp=tp,
        fp=fp,
        fn=fn,
    )


def score(conn: sqlite3.Connection, pairs: list[LabelledPair]) -> tuple[Score, Score]:
    """(same_text, same_story) scores of the store's groups and stories on ``pairs``."""
    urls = sorted({u for p in pairs for u in (p.url_a, p.url_b)})
    found: dict[str, tuple[str | None, str | None]] = {}
    for k in range(0, len(urls), 500):
        part = urls[k : k + 500]
        for url, group, story in conn.execute(
            f"SELECT a.url, g.duplicate_group, g.story FROM {WITH_GROUPS} "
            f"WHERE a.url IN ({','.join('?' * len(part))})",
            part,
        ):
            found[url] = (group, story)
    missing = [u for u in urls if u not in found]
    if missing:
        raise InputError(
            f"{len(missing)} labelled articles are not in the store, e.g. {missing[0]}"
        )
    text, story = [], []
    for p in pairs:
        (ga, sa), (gb, sb) = found[p.url_a], found[p.url_b]
        text.append((p.same_text, ga is not None and ga == gb))
        story.append((p.same_story, sa is not None and sa == sb))
    return _score(text), _score(story)
