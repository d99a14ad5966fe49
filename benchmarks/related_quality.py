"""How often ``akhbar.search.related`` lists articles on the seed's topic, on the full store.

There is no human gold for "related articles", so three silver standards, each with its bias
stated, over a fixed random sample of seeds (``--seeds``, ``random.Random(2015)``):

(a) stories: a related article is on topic when ``akhbar.stories`` put it in the seed's own
    story (the same event across outlets and days; its verbatim copies are never listed), or
    when it shares at least two rare words (names: ``StoryFeatures.names``, words of headline
    and lead outside the shipped common-word table) with the seed. Independent of
    ``related``'s own terms (another vocabulary, another lead), but strict: a story is one
    event, so another article on the same topic (another raid on workers in the sun, in
    another town) counts only through shared names — a lower bound.
(b) judged: the first ``JUDGED`` seeds of the sample were read (seed headline and lead, each
    related headline) and every listed article judged on topic or not by a reader; the
    judgments are kept in ``related_judged.json`` next to this file, by seed and related
    article id, so the figure is reproducible. A related article no one judged yet is counted
    apart (``unjudged``) and printed by ``--show`` (judge it, add it to the file). The lists
    of several versions were judged while the rules were written, by one reader who knew
    which version listed what: a check on the silver figures, not a blind gold.
(c) coherence: a related article is coherent when its headline and lead hold at least two of
    the seed's ``TOP_K`` heaviest story stems (TF-IDF of headline and lead against the shipped
    table, ``StoryFeatures.vector``), not just one. It rewards a list built from shared
    stems, so it is read beside (a) and (b), never alone.

For each: precision@6 (on-topic related articles over those listed, up to 6), and the share
of lists with at least one off-topic article. Also: the mean list length and the lists with
fewer than 6 (a stricter ``related`` may list fewer), and the CPU time per call (``process_time``,
one ``SearchMemo`` across the run as the web app holds one, second pass over the seeds).

The store is opened read-only and never written. To compare two versions of akhbar, run this
once per version, alternately, with ``PYTHONPATH`` pointing at each one's ``src``.

    .venv/bin/python benchmarks/related_quality.py [--store bench-out/full.db] [--seeds 300]
        [--show] [--dump lists.json]
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from akhbar.search import SearchMemo, related
from akhbar.stories.features import StoryFeatures, shared_lexicon, story_features

HERE = Path(__file__).resolve().parent
JUDGED_FILE = HERE / "related_judged.json"
LIMIT = 6
TOP_K = 8
JUDGED = 40
SAMPLE_SEED = 2015


@dataclass(frozen=True, kw_only=True)
class Seed:
    rowid: int
    id: str
    headline: str
    lead: str
    story: str | None
    features: StoryFeatures


@dataclass(frozen=True, kw_only=True)
class Listed:
    rowid: int
    id: str
    headline: str
    story: str | None
    features: StoryFeatures


@dataclass(frozen=True, kw_only=True)
class Score:
    """On-topic counts of one standard over the lists it could judge."""

    on: int = 0
    listed: int = 0
    lists: int = 0
    lists_with_off: int = 0

    def add(self, verdicts: list[bool]) -> Score:
        return Score(
            on=self.on + sum(verdicts),
            listed=self.listed + len(verdicts),
            lists=self.lists + 1,
            lists_with_off=self.lists_with_off + (not all(verdicts)),
        )

    def line(self, name: str) -> str:
        p = self.on / self.listed if self.listed else 0.0
        off = self.lists_with_off / self.lists if self.lists else 0.0
        return (
            f"{name:<12} precision@{LIMIT} {p:.3f}   lists with an off-topic item {off:.3f}"
            f"   ({self.on}/{self.listed} items, {self.lists_with_off}/{self.lists} lists)"
        )


def _rows(conn: sqlite3.Connection, ids: list[str]) -> dict[str, tuple[int, str, str, str | None]]:
    marks = ",".join("?" * len(ids))
    sql = (
        "SELECT a.id, a.rowid, coalesce(a.headline, ''), substr(a.body, 1, 1200), g.story "
        "FROM articles a LEFT JOIN article_groups g ON g.article = a.rowid "
        f"WHERE a.id IN ({marks})"
    )
    return {r[0]: r[1:] for r in conn.execute(sql, ids)}


def sample(conn: sqlite3.Connection, n: int) -> list[str]:
    """``n`` article ids with a body, drawn with ``random.Random(SAMPLE_SEED)``."""
    ids = [r[0] for r in conn.execute("SELECT id FROM articles WHERE body != '' ORDER BY rowid")]
    return random.Random(SAMPLE_SEED).sample(ids, n)


def load_judged(path: Path) -> dict[str, dict[str, bool]]:
    """seed id -> related id -> on topic, from the judgments file."""
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return {
            s["seed"]: {r["id"]: bool(r["on_topic"]) for r in s["related"]} for s in data["seeds"]
        }
    except (KeyError, TypeError, json.JSONDecodeError) as exc:
        raise SystemExit(f"{path}: not a judgments file ({exc})") from exc


def _top_terms(f: StoryFeatures, k: int) -> set[str]:
    return {t for t, _ in sorted(f.vector.items(), key=lambda kv: (-kv[1], kv[0]))[:k]}


def by_story(seed: Seed, item: Listed) -> bool:
    same = seed.story is not None and item.story == seed.story
    return same or len(seed.features.names & item.features.names) >= 2


def coherent(seed: Seed, item: Listed) -> bool:
    return len(_top_terms(seed.features, TOP_K) & item.features.vector.keys()) >= 2


def run(store: Path, n: int, *, show: bool, dump: Path | None) -> None:
    conn = sqlite3.connect(f"file:{store}?mode=ro", uri=True)
    lexicon = shared_lexicon()
    seeds_ids = sample(conn, n)
    info = _rows(conn, seeds_ids)
    seeds = []
    for sid in seeds_ids:
        rowid, head, body, story = info[sid]
        feats = story_features(head, body, lexicon=lexicon)
        seeds.append(
            Seed(rowid=rowid, id=sid, headline=head, lead=body[:300], story=story, features=feats)
        )
    memo = SearchMemo()
    lists: dict[str, list[str]] = {}
    for s in seeds:  # first pass: the lists, and a warm memo
        lists[s.id] = [h.id for h in related(conn, s.id, limit=LIMIT, memo=memo)]
    times = []
    for s in seeds:
        t = time.process_time()
        again = [h.id for h in related(conn, s.id, limit=LIMIT, memo=memo)]
        times.append(time.process_time() - t)
        assert again == lists[s.id], s.id
    listed_ids = sorted({i for ids in lists.values() for i in ids})
    rows = _rows(conn, listed_ids) if listed_ids else {}
    items = {
        i: Listed(
            rowid=r[0],
            id=i,
            headline=r[1],
            story=r[3],
            features=story_features(r[1], r[2], lexicon=lexicon),
        )
        for i, r in rows.items()
    }
    judged = load_judged(JUDGED_FILE)
    stories, coherence, reader = Score(), Score(), Score()
    unjudged = 0
    for k, s in enumerate(seeds):
        got = [items[i] for i in lists[s.id]]
        if got:
            stories = stories.add([by_story(s, it) for it in got])
            coherence = coherence.add([coherent(s, it) for it in got])
        if k < JUDGED:
            known = judged.get(s.id, {})
            verdicts = [known[it.id] for it in got if it.id in known]
            unjudged += sum(it.id not in known for it in got)
            if verdicts:
                reader = reader.add(verdicts)
            if show:
                print(f"\n#{k} SEED {s.id} {s.headline}\n     {s.lead[:200]!r}")
                for it in got:
                    mark = {True: "+", False: "-"}.get(known.get(it.id), "?")  # type: ignore[arg-type]
                    print(f"  {mark} {it.id} {it.headline}")
    lengths = [len(v) for v in lists.values()]
    print(f"store {store}: {len(seeds)} seeds (random.Random({SAMPLE_SEED})), limit {LIMIT}")
    print(stories.line("(a) stories"))
    print(reader.line("(b) judged") + f"   unjudged {unjudged}, first {JUDGED} seeds")
    print(coherence.line("(c) coherent"))
    print(
        f"list length mean {statistics.mean(lengths):.2f}, "
        f"lists with < {LIMIT}: {sum(n < LIMIT for n in lengths)}, empty: {lengths.count(0)}"
    )
    ms = [t * 1000 for t in times]
    print(
        f"ms per call (CPU, warm memo): mean {statistics.mean(ms):.1f}, "
        f"median {statistics.median(ms):.1f}, p90 {sorted(ms)[int(len(ms) * 0.9)]:.1f}"
    )
    if dump is not None:
        dump.write_text(json.dumps(lists, ensure_ascii=False, indent=1), encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--store", type=Path, default=Path("bench-out/full.db"))
    ap.add_argument("--seeds", type=int, default=300)
    ap.add_argument("--show", action="store_true", help="print the judged seeds' lists")
    ap.add_argument("--dump", type=Path, help="write the lists (seed id -> related ids) here")
    args = ap.parse_args(argv)
    if not args.store.exists():
        raise SystemExit(f"{args.store}: no such store; build it with benchmarks/ingest.py")
    run(args.store, args.seeds, show=args.show, dump=args.dump)


if __name__ == "__main__":
    sys.exit(main())
