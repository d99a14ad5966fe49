"""Score parsed pages against gold pages (``*.gold.json``): the figures of the accuracy gate.

Fields are compared exactly (headline as printed, published as ISO, source, byline); body lines,
tags, embedded-article lines and related headlines as micro-averaged F1 over all pages.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from akhbar.model import Article, Page
from akhbar.parse.lossless import lost_chars
from akhbar.parse.page import parse_text

__all__ = ["Case", "Scores", "load_cases", "score"]

FIELDS = ("headline", "published", "source", "byline")


@dataclass(frozen=True, kw_only=True)
class Case:
    """A page's input text and its gold parse."""

    name: str
    text: str
    gold: Page


@dataclass
class _F1:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, pred: Iterable[object], gold: Iterable[object]) -> None:
        p, g = Counter(pred), Counter(gold)
        tp = sum((p & g).values())
        self.tp += tp
        self.fp += sum(p.values()) - tp
        self.fn += sum(g.values()) - tp

    @property
    def f1(self) -> float:
        if self.tp == 0:
            return 1.0 if self.fp == 0 and self.fn == 0 else 0.0
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn)


@dataclass(frozen=True, kw_only=True)
class Scores:
    pages: int
    headline: float
    published: float
    source: float
    byline: float
    body_f1: float
    tags_f1: float
    embedded_f1: float
    related_f1: float
    lossless: float
    #: per metric, the names of the pages that missed it (for debugging)
    misses: dict[str, list[str]] = field(default_factory=dict)

    def table(self) -> dict[str, float]:
        return {
            k: round(float(getattr(self, k)), 4)
            for k in (
                "headline",
                "published",
                "source",
                "byline",
                "body_f1",
                "tags_f1",
                "embedded_f1",
                "related_f1",
                "lossless",
            )
        }


def load_cases(dirs: Sequence[Path]) -> list[Case]:
    """Every ``X.txt`` with an ``X.gold.json`` beside it, in name order."""
    cases = []
    for d in dirs:
        for gold_path in sorted(d.glob("*.gold.json")):
            txt = gold_path.with_name(gold_path.name.removesuffix(".gold.json") + ".txt")
            gold = json.loads(gold_path.read_text("utf-8"))
            gold.setdefault("input", str(txt))
            cases.append(
                Case(name=txt.name, text=txt.read_text("utf-8"), gold=Page.from_dict(gold))
            )
    return cases


def _lines(arts: Iterable[Article]) -> list[tuple[str, str]]:
    out = []
    for a in arts:
        if a.headline:
            out.append(("h", a.headline))
        out.extend(("b", b) for b in a.body)
    return out


def score(cases: Sequence[Case]) -> Scores:
    hits = Counter[str]()
    misses: dict[str, list[str]] = {}
    body, tags, emb, rel = _F1(), _F1(), _F1(), _F1()
    for case in cases:
        page = parse_text(case.text, input=case.name)
        got, want = page.main, case.gold.main
        for f in FIELDS:
            if getattr(got, f) == getattr(want, f):
                hits[f] += 1
            else:
                misses.setdefault(f, []).append(case.name)
        checks = (
            (body, "body", got.body, want.body),
            (tags, "tags", set(got.tags), set(want.tags)),
            (emb, "embedded", _lines(page.embedded), _lines(case.gold.embedded)),
            (
                rel,
                "related",
                [r.headline for r in page.related],
                [r.headline for r in case.gold.related],
            ),
        )
        for acc, name, p, g in checks:
            acc.add(p, g)
            if Counter(p) != Counter(g):
                misses.setdefault(name, []).append(case.name)
        if lost_chars(case.text, page):
            misses.setdefault("lossless", []).append(case.name)
        else:
            hits["lossless"] += 1
    n = max(len(cases), 1)
    return Scores(
        pages=len(cases),
        headline=hits["headline"] / n,
        published=hits["published"] / n,
        source=hits["source"] / n,
        byline=hits["byline"] / n,
        body_f1=body.f1,
        tags_f1=tags.f1,
        embedded_f1=emb.f1,
        related_f1=rel.f1,
        lossless=hits["lossless"] / n,
        misses=misses,
    )
