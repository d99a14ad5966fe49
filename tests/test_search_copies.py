"""Copies follow their article in search results (akhbar.search.copies), on the real slice."""

from __future__ import annotations

import json
import random
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from akhbar.cli import app
from akhbar.dedup import update_pending
from akhbar.dedup.copies import copies_of
from akhbar.dedup.corpus import records_from_items
from akhbar.search import Filters, index_pending, search
from akhbar.search.copies import follow_copies
from akhbar.store import open_store

SLICE = Path(__file__).parent / "fixtures" / "search_slice.jsonl"
RECORDS = list(
    records_from_items(
        (json.loads(line) for line in SLICE.read_text(encoding="utf-8").splitlines()),
        input=str(SLICE),
    )
)

# two printings of one SPA dispatch in the slice, under different headlines
DISPATCH = "خادم الحرمين يستقبل وزير الدفاع الأميركي في جدة"  # aawsat
COPY = "خادم الحرمين يبحث مستجدات الأوضاع مع وزير الدفاع الأمريكي"  # alyaum
UN = "مجلس الأمن يصادق على الاتفاق النووي"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("copies") / "akhbar.db"
    with open_store(path) as s:
        s.add(RECORDS)
        index_pending(s.connection)
        update_pending(s.connection)
    return path


@pytest.fixture(scope="module")
def conn(db: Path) -> sqlite3.Connection:
    return open_store(db, create=False).connection


def _rowid(conn: sqlite3.Connection, headline: str) -> int:
    return int(
        conn.execute("SELECT rowid FROM articles WHERE headline = ?", (headline,)).fetchone()[0]
    )


def _heads(conn: sqlite3.Connection, query: str, **kw: object) -> list[str]:
    hits = search(conn, query, limit=30, snippets=False, **kw).hits  # type: ignore[arg-type]
    return [h.headline or "" for h in hits]


def test_a_copy_is_read_right_after_its_article(conn: sqlite3.Connection) -> None:
    plain = _heads(conn, DISPATCH, group_copies=False)
    grouped = _heads(conn, DISPATCH)
    assert plain[0] == grouped[0] == DISPATCH
    assert plain.index(COPY) == 2  # BM25 alone puts another report between the printings
    assert grouped[1] == COPY
    assert sorted(plain) == sorted(grouped)  # the same articles, only reordered
    hits = search(conn, DISPATCH, limit=5, snippets=False).hits
    assert hits[0].copy_of is None and hits[1].copy_of == hits[0].id
    assert hits[2].copy_of is None  # the next report is not a copy of either


def test_a_copy_far_down_the_ranking_moves_up(conn: sqlite3.Connection) -> None:
    plain = search(conn, UN, limit=30, snippets=False, group_copies=False).hits
    grouped = search(conn, UN, limit=30, snippets=False).hits
    first = grouped[1]  # the aawsat report the query was written from
    copy = next(h for h in grouped if h.outlet == "aleqtisadiya" and "الحرس الثوري" in h.headline)
    assert grouped.index(copy) == 2 < [h.id for h in plain].index(copy.id)
    assert first.outlet == "aawsat"
    by_id = {h.id: h.score for h in plain}
    assert copy.score == pytest.approx(by_id[copy.id])  # a copy keeps its own BM25 score


def test_copies_outside_the_filters_or_the_query_stay_out(conn: sqlite3.Connection) -> None:
    only = Filters(outlets=("aawsat",))
    assert COPY not in _heads(conn, DISPATCH, filters=only)
    assert COPY in _heads(conn, "وزير الدفاع")
    assert DISPATCH in _heads(conn, "وزير الدفاع -مرحبا")
    assert COPY not in _heads(conn, "وزير الدفاع -مرحبا")


@pytest.mark.parametrize("query", [DISPATCH, UN, "وزير الدفاع", "الاتفاق النووي"])
def test_pages_concatenate_to_the_whole_grouped_ranking(
    conn: sqlite3.Connection, query: str
) -> None:
    whole = search(conn, query, limit=24, snippets=False)
    pages = [search(conn, query, limit=6, offset=k, snippets=False) for k in (0, 6, 12, 18)]
    assert [h.id for p in pages for h in p.hits] == [h.id for h in whole.hits]
    assert len({h.id for h in whole.hits}) == len(whole.hits)


def test_copies_of_reads_direct_pairs_closest_first(conn: sqlite3.Connection) -> None:
    a, b = _rowid(conn, DISPATCH), _rowid(conn, COPY)
    got = copies_of(conn, [a, b, 10**9])
    assert got[a] == [b] and got[b] == [a] and 10**9 not in got
    assert copies_of(conn, []) == {}


@given(
    n=st.integers(0, 30),
    seed=st.integers(0, 10**6),
)
def test_follow_copies_reorders_without_loss_and_keeps_prefixes(n: int, seed: int) -> None:
    rng = random.Random(seed)
    order = rng.sample(range(100), n)
    copies = {a: rng.sample(range(100), rng.randint(0, 4)) for a in order if rng.random() < 0.5}
    matching = set(order)
    out = follow_copies(order, copies, matching=matching)
    assert sorted(out) == sorted(order)  # a permutation: nothing lost, nothing added
    for k in range(n + 1):  # the first k results depend only on the first k ranked
        assert follow_copies(order[:k], copies, matching=matching)[:k] == out[:k]


def test_follow_copies_on_a_store_without_dedup(tmp_path: Path) -> None:
    s = open_store(tmp_path / "plain.db")
    s.add(RECORDS[:60])
    index_pending(s.connection)
    assert copies_of(s.connection, [1, 2]) == {}
    a = search(s.connection, "الاتفاق النووي", snippets=False)
    b = search(s.connection, "الاتفاق النووي", snippets=False, group_copies=False)
    assert a == b


def test_cli_marks_copies_and_plain_keeps_bm25_order(db: Path, conn: sqlite3.Connection) -> None:
    grouped = CliRunner(env={"COLUMNS": "300"}).invoke(
        app, ["search", DISPATCH, "--db", str(db), "--limit", "3"]
    )
    assert grouped.exit_code == 0, grouped.output
    assert "2.   copy in alyaum" in grouped.stdout and COPY in grouped.stdout
    plain = CliRunner().invoke(
        app, ["search", DISPATCH, "--db", str(db), "--limit", "3", "--plain", "--json"]
    )
    ids = [r["id"] for r in json.loads(plain.stdout)["results"]]
    assert ids == [h.id for h in search(conn, DISPATCH, limit=3, group_copies=False).hits]


def test_the_search_page_makes_no_body_snippet_for_a_copy_it_shows_as_a_line(
    conn: sqlite3.Connection,
) -> None:
    """The search page lists a copy as its headline under its article (``search_result``):
    ``copy_snippets=False`` skips the copy's body snippet, marks its headline as before, and
    leaves every other hit and the page's markup as they were."""
    from akhbar.search import search_with_facets
    from akhbar.web.render import search_result

    full, facets = search_with_facets(conn, "وزير الدفاع", limit=30)
    lean, lean_facets = search_with_facets(conn, "وزير الدفاع", limit=30, copy_snippets=False)
    copies = [k for k, h in enumerate(full.hits) if h.copy_of]
    assert copies and facets == lean_facets
    for k, (a, b) in enumerate(zip(full.hits, lean.hits, strict=True)):
        if k in copies:
            assert a.snippet_text and not b.snippet_text
            assert b.headline_spans == a.headline_spans and b.headline_spans
        else:
            assert a == b
    assert [search_result(h) for h in full.hits] == [search_result(h) for h in lean.hits]
