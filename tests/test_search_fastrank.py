"""The posting arrays built at indexing are FTS5's, and the matches and BM25 computed from them
are FTS5's to the last bit (the real 280-article slice, tagged); a store indexed before them
is still searched (by FTS5) and gets them at its next indexing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from test_search import RECORDS

import akhbar.search.postings as postings_mod
from akhbar.search import Filters, SearchMemo, index_pending, optimize, search, search_with_facets
from akhbar.search.engine import BM25, _where, check_dates
from akhbar.search.fastrank import fast_matches, load_doc_table
from akhbar.search.postings import (
    POSTINGS_KEY,
    POSTINGS_TABLE,
    Postings,
    fts_tokens,
    read_postings,
)
from akhbar.search.query import match_expression, parse_query
from akhbar.store import SQLiteStore, open_store

QUERIES = [
    "الاتفاق النووي",
    "السعودية",
    "خادم الحرمين",
    "وزير الدفاع",
    "النفط OR الغاز",
    "الاتفاق -إيران",
    "النووي OR الرياض الاتفاق",
    "لا-توجد-كلمة",
]
FILTERS = [
    Filters(),
    Filters(outlets=("aawsat", "sabq")),
    Filters(date_from="2015-08-10", date_to="2015-08-11"),
    Filters(date_from="2015-08-11"),
    Filters(outlets=("aawsat",), date_to="2015-08-10"),
]


def _store(path: Path, parts: int = 1) -> SQLiteStore:
    s = open_store(path)
    step = -(-len(RECORDS) // parts)
    for k in range(0, len(RECORDS), step):  # one index_pending per part, as ingest batches
        s.add(RECORDS[k : k + step])
        index_pending(s.connection)
    return s


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> SQLiteStore:
    return _store(Path(tmp_path_factory.mktemp("fastrank")) / "akhbar.db", parts=3)


def _fts_postings(conn: sqlite3.Connection, term: str) -> dict[int, tuple[int, int]]:
    conn.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.inst USING fts5vocab(main, search_fts, instance)"
    )
    out: dict[int, list[int]] = {}
    for doc, col in conn.execute(
        "SELECT doc, col FROM inst WHERE term = ? AND col IN ('head', 'body')", (term,)
    ):
        out.setdefault(doc, [0, 0])[col == "body"] += 1
    return {d: (h, b) for d, (h, b) in out.items()}


def _as_dict(p: Postings) -> dict[int, tuple[int, int]]:
    counts = zip(p.head.tolist(), p.body.tolist(), strict=True)
    return dict(zip(p.docs.tolist(), counts, strict=True))


def test_postings_are_fts5s_own(store: SQLiteStore) -> None:
    conn = store.connection
    terms = [
        r[0]
        for r in conn.execute(
            "SELECT term FROM search_vocab WHERE col IN ('head', 'body') GROUP BY term "
            "ORDER BY sum(doc) DESC LIMIT 40"
        )
    ]
    assert len(terms) == 40
    got = read_postings(conn, [*terms, "لا-توجد"])
    assert len(got["لا-توجد"].docs) == 0
    for term in terms:
        assert _as_dict(got[term]) == _fts_postings(conn, term), term
    # three index_pending calls wrote three segments of a common word
    n = conn.execute(f"SELECT count(*) FROM {POSTINGS_TABLE} WHERE term = ?", (terms[0],))
    assert n.fetchone()[0] == 3


def test_fts_tokens_split_as_the_ascii_tokenizer_does() -> None:
    assert fts_tokens("COVID-19 اتفاق 3.5 Ab_c") == ["covid", "19", "اتفاق", "3", "5", "ab", "c"]


@pytest.mark.parametrize("filters", FILTERS)
def test_matches_and_bm25_are_fts5s_to_the_bit(store: SQLiteStore, filters: Filters) -> None:
    conn = store.connection
    memo = SearchMemo()
    join, conds, args = _where(filters)
    answered_some = False
    for q in QUERIES:
        parsed = parse_query(q)
        answered, found = fast_matches(
            conn, parsed, filters, check_dates(filters), memo=memo, weights=(4.0, 1.0), few=500
        )
        assert answered and found is not None, q
        expr = match_expression(parsed, mode="all")
        fts = dict(
            conn.execute(
                f"SELECT search_fts.rowid, {BM25} FROM search_fts{join} "
                f"WHERE search_fts MATCH ?{conds}",
                [expr, *args],
            )
        )
        assert found.scores == fts, q  # the same floats, not approximately
        answered_some |= bool(fts)
    assert answered_some


def test_other_queries_are_left_to_fts5(store: SQLiteStore) -> None:
    conn, memo = store.connection, SearchMemo()
    for q, filters in [
        ('"الاتفاق النووي"', Filters()),  # a quoted phrase
        ("الاتفاق", Filters(tags=("نووي",))),  # a tag filter
    ]:
        answered, _ = fast_matches(
            conn, parse_query(q), filters, (None, None), memo=memo, weights=(4.0, 1.0), few=500
        )
        assert not answered, q
    answered, found = fast_matches(
        conn, parse_query("السعودية"), Filters(), (None, None), memo=memo, weights=(4.0, 1.0), few=3
    )
    assert answered and found is None  # more than ``few``


def test_search_pages_are_the_same_from_the_postings(store: SQLiteStore) -> None:
    conn, memo = store.connection, SearchMemo()
    for q in QUERIES:
        for filters in FILTERS:
            for offset in (0, 10):
                fast = search_with_facets(conn, q, filters=filters, offset=offset, memo=memo)
                fts = search_with_facets(conn, q, filters=filters, offset=offset)
                assert fast == fts, (q, filters, offset)
    assert memo.sizes()["doc_tables"] == 1


def test_doc_table_holds_fts5s_sizes(store: SQLiteStore) -> None:
    conn = store.connection
    table = load_doc_table(conn)
    assert table is not None and table.rows == len(RECORDS)
    _fts_postings(conn, "")  # creates the instance table
    sizes = dict(conn.execute("SELECT doc, count(*) FROM inst GROUP BY doc"))
    assert len(sizes) == len(RECORDS)
    assert {r: table.size[r] for r in sizes} == sizes
    total = conn.execute("SELECT sum(cnt) FROM search_vocab").fetchone()[0]
    assert table.size.sum() == total and table.avgdl == total / len(RECORDS)


def test_a_store_indexed_before_the_postings_is_searched_and_then_gets_them(
    tmp_path: Path,
) -> None:
    s = _store(tmp_path / "old.db")
    conn = s.connection
    want = [search(conn, q, memo=SearchMemo()) for q in QUERIES]
    with conn:  # as an akhbar from before the postings left the store
        conn.execute(f"DROP TABLE {POSTINGS_TABLE}")
        conn.execute("DELETE FROM meta WHERE key = ?", (POSTINGS_KEY,))
    memo = SearchMemo()
    assert [search(conn, q, memo=memo) for q in QUERIES] == want
    assert memo.sizes()["doc_tables"] == 0  # FTS5 answered
    assert index_pending(conn) == 0  # nothing new to index: the postings are built
    assert [search(conn, q, memo=memo) for q in QUERIES] == want
    assert memo.sizes()["doc_tables"] == 1


def test_segments_merge_and_give_the_same_postings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(postings_mod, "MERGE_AT", 3)
    s = _store(tmp_path / "merged.db", parts=5)
    conn = s.connection
    most = conn.execute(
        f"SELECT max(n) FROM (SELECT count(*) AS n FROM {POSTINGS_TABLE} GROUP BY term)"
    ).fetchone()[0]
    assert most == 2  # merged on reaching 3, then one more part
    term = conn.execute(
        "SELECT term FROM search_vocab WHERE col = 'body' ORDER BY doc DESC LIMIT 1"
    ).fetchone()[0]
    before = read_postings(conn, [term])[term]
    optimize(conn)
    assert (
        conn.execute(
            f"SELECT max(n) FROM (SELECT count(*) AS n FROM {POSTINGS_TABLE} GROUP BY term)"
        ).fetchone()[0]
        == 1
    )
    after = read_postings(conn, [term])[term]
    assert len(before.docs) > 5
    assert (
        after.docs.tolist() == before.docs.tolist() and after.body.tolist() == before.body.tolist()
    )
    assert _as_dict(after) == _fts_postings(conn, term)
