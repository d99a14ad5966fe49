"""``SearchMemo``: what a run of searches remembers changes no result, is refreshed when the
index grows, and stays within its bounds. Real slice: tests/fixtures/search_slice.jsonl."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from akhbar.ingest import ingest
from akhbar.search import Filters, SearchMemo, index_pending, related, search
from akhbar.search.index import indexed_rowid, term_docs
from akhbar.store import SQLiteStore, open_store

SLICE = Path(__file__).parent / "fixtures" / "search_slice.jsonl"
LINES = SLICE.read_text(encoding="utf-8").splitlines()
HEADLINES = [t for line in LINES[:60] if (t := json.loads(line)["title"]) and len(t.split()) >= 5]
OUTLET = json.loads(LINES[0])["source"]
#: one of each kind: words, a phrase, OR, an exclusion, filters, pasted headlines (long mode)
QUERIES: list[tuple[str, Filters]] = [
    ("الاتفاق النووي", Filters()),
    ("ايران", Filters()),
    ('"الاتفاق النووي"', Filters()),
    ("النفط OR الرياض", Filters()),
    ("السعودية -ايران", Filters()),
    ("وزير", Filters(outlets=(OUTLET,))),
    *((h, Filters()) for h in HEADLINES[:12]),
]


def _ingest(store: SQLiteStore, tmp: Path, lines: list[str], name: str) -> None:
    part = tmp / f"{name}.jsonl"
    part.write_text("\n".join(lines) + "\n", encoding="utf-8")
    ingest([str(part)], store, stages=())
    index_pending(store.connection)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> SQLiteStore:
    tmp = tmp_path_factory.mktemp("memo")
    s = open_store(tmp / "akhbar.db")
    _ingest(s, tmp, LINES, "all")
    return s


def _ids(store: SQLiteStore, n: int) -> list[str]:
    rows = store.connection.execute("SELECT id FROM articles ORDER BY rowid LIMIT ?", (n,))
    return [r[0] for r in rows]


def test_results_are_identical_with_and_without_a_memo(store: SQLiteStore) -> None:
    conn = store.connection
    memo = SearchMemo()
    for _ in range(2):  # a cold memo, then a warm one
        for q, f in QUERIES:
            assert search(conn, q, filters=f, memo=memo) == search(conn, q, filters=f), q
        for aid in _ids(store, 8):
            assert related(conn, aid, limit=6, memo=memo) == related(conn, aid, limit=6), aid
    sizes = memo.sizes()
    assert sizes["stores"] == 1 and sizes["terms"] > 0 and sizes["forms"] > 0


def test_term_counts_refresh_after_new_articles_are_indexed(tmp_path: Path) -> None:
    s = open_store(tmp_path / "akhbar.db")
    conn = s.connection
    _ingest(s, tmp_path, LINES[:140], "first")
    memo = SearchMemo()
    before = term_docs(conn, ["نوو"], memo=memo)
    path = str(tmp_path / "akhbar.db")
    assert memo.term_counts(path, indexed_rowid(conn)) == before  # held at this watermark
    headline = HEADLINES[0]
    search(conn, headline, memo=memo)
    _ingest(s, tmp_path, LINES[140:], "rest")
    after = term_docs(conn, ["نوو"], memo=memo)
    assert after == term_docs(conn, ["نوو"])  # counted again, not the held counts
    assert sum(after["نوو"].values()) > sum(before["نوو"].values())
    assert search(conn, headline, memo=memo) == search(conn, headline)
    assert term_docs(conn, ["لا-يوجد"], memo=memo) == {"لا-يوجد": {}}


def test_memo_stays_within_its_bounds_and_still_gives_the_same_results(
    store: SQLiteStore, tmp_path: Path
) -> None:
    other = open_store(tmp_path / "other.db")
    _ingest(other, tmp_path, LINES[:100], "part")
    memo = SearchMemo(max_terms=5, max_forms=60, max_stores=1)
    for s in (store, other, store):
        conn = s.connection
        for q, f in QUERIES:
            assert search(conn, q, filters=f, memo=memo) == search(conn, q, filters=f), q
            sizes = memo.sizes()
            assert sizes["stores"] <= 1 and sizes["terms"] <= 5 and sizes["forms"] <= 60
        for aid in _ids(s, 4):
            assert related(conn, aid, memo=memo) == related(conn, aid)
            assert memo.sizes()["terms"] <= 5
    memo.clear()
    assert memo.sizes() == {"stores": 0, "terms": 0, "forms": 0}


def test_memo_sizes_below_one_are_refused_with_the_values() -> None:
    with pytest.raises(ValueError, match="max_forms=0"):
        SearchMemo(max_forms=0)
