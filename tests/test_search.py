"""akhbar.search on a real slice: 280 SaudiNewsNet articles (tests/fixtures/search_slice.jsonl)."""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from akhbar.cli import app
from akhbar.errors import QueryError
from akhbar.model import Article, Page, Record
from akhbar.search import Filters, facets, index_pending, parse_query, related, search
from akhbar.search.index import FTS_TABLE, analyze, indexed_rowid, reindex
from akhbar.store import SQLiteStore, open_store
from akhbar.text import normalize, stem, tokens

SLICE = Path(__file__).parent / "fixtures" / "search_slice.jsonl"


def _items() -> list[dict[str, str]]:
    return [json.loads(line) for line in SLICE.read_text(encoding="utf-8").splitlines()]


def _record(item: dict[str, str], *, tags: tuple[str, ...] = ()) -> Record:
    body = tuple(p.strip() for p in item["content"].split("\n") if p.strip())
    return Record(
        id="snn-" + hashlib.sha1(item["url"].encode()).hexdigest()[:16],
        page=Page(
            input=item["input"],
            main=Article(
                headline=item["title"] or None,
                published=item["date_extracted"][:10],
                body=body,
                tags=tags,
            ),
            url=item["url"],
        ),
        outlet=item["source"],
        url=item["url"],
        raw_hash=hashlib.sha256(item["content"].encode()).hexdigest(),
    )


def _tags(item: dict[str, str]) -> tuple[str, ...]:
    # a real-looking tag where the headline says so (SaudiNewsNet itself has no tags)
    return ("نووي",) if "نووي" in (item["title"] or "") else ()


RECORDS = [_record(it, tags=_tags(it)) for it in _items()]
TEXT = {r.id: f"{r.headline or ''}\n" + "\n".join(r.page.main.body) for r in RECORDS}


def _words(text: str) -> list[str]:
    return tokens(normalize(text, for_search=True), punctuation=False)


def _stems(text: str) -> set[str]:
    return {stem(w) for w in _words(text)}


def _ids_with(pattern: str) -> set[str]:
    return {i for i, t in TEXT.items() if re.search(pattern, t)}


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> SQLiteStore:
    s = open_store(tmp_path_factory.mktemp("search") / "akhbar.db")
    s.add(RECORDS)
    assert index_pending(s.connection) == len(RECORDS)
    return s


@pytest.fixture(scope="module")
def conn(store: SQLiteStore) -> sqlite3.Connection:
    return store.connection


def _all_ids(conn: sqlite3.Connection, query: str, **kw: object) -> list[str]:
    res = search(conn, query, limit=100, **kw)  # type: ignore[arg-type]
    assert res.total <= 100, "the slice is small; a query here fits one page"
    return [h.id for h in res.hits]


# -- Arabic matching -------------------------------------------------------------------------


def test_query_with_article_finds_bare_prefixed_and_feminine_forms(
    conn: sqlite3.Connection,
) -> None:
    found = set(_all_ids(conn, "الاتفاق النووي", match="all"))
    bare = _ids_with(r"(?<![\w])اتفاق نووي")
    waw = _ids_with(r"والاتفاق") & _ids_with(r"نووي")
    feminine = _ids_with(r"الاتفاقية النووية")
    assert bare and waw and feminine
    assert bare <= found
    assert waw <= found
    assert feminine <= found


def test_vowelled_text_and_vowelled_queries_match_bare_ones(conn: sqlite3.Connection) -> None:
    vowelled = next(
        (i, w)
        for i, t in TEXT.items()
        for w in t.split()
        if re.search("[\u064b-\u0652]", w) and len(normalize(w)) > 3 and w.isalpha() is False
    )
    doc_id, word = vowelled
    bare = normalize(word)
    assert bare != word
    assert doc_id in _all_ids(conn, bare) or search(conn, bare).total > 100
    assert _all_ids(conn, "الاتِّفَاقُ النَّوَوِيُّ") == _all_ids(conn, "الاتفاق النووي")


def test_hamza_and_ta_marbuta_spellings_find_the_same_articles(conn: sqlite3.Connection) -> None:
    assert _all_ids(conn, "إيران") == _all_ids(conn, "ايران")
    assert _all_ids(conn, "النووية") == _all_ids(conn, "النوويه")


def test_snippet_marks_the_display_words_that_matched(conn: sqlite3.Connection) -> None:
    res = search(conn, "الاتفاق النووي", limit=5)
    assert res.hits
    for hit in res.hits:
        assert hit.snippet_spans
        for a, b in hit.snippet_spans:
            marked = hit.snippet_text[a:b]
            assert {stem(w) for w in _words(marked)} & {"اتفاق", "نوو"}, marked
        assert "**" in hit.snippet
        # the snippet is display text: it occurs in the article as printed
        plain = hit.snippet_text.strip("… ")
        assert plain in TEXT[hit.id].replace("\n", " ")


@pytest.mark.parametrize(
    "printed",
    [
        "الأميرُ محمّد بن سلمان",
        "الهلال اﻷحمر بالباحة",  # a lam-alef ligature
        "وَالاتّفاقيّة النوويـــة",
        "مؤتمر إيران الدولي ١٤٣٦",
        "COVID-19 في المملكة",
    ],
)
def test_snippet_screen_folds_like_normalization(printed: str) -> None:
    from akhbar.search.screen import fold as _fold

    folded = _fold(printed)
    for word in normalize(printed, for_search=True).split():
        assert word in folded


@given(st.text(alphabet="ابتأإآةىـَُِّْ ﻷﻻلمنAbÉ٣", max_size=30))
def test_snippet_screen_never_misses_a_normalized_word(printed: str) -> None:
    from akhbar.search.screen import fold as _fold

    folded = _fold(printed)
    for word in normalize(printed, for_search=True).split():
        assert word in folded


def test_html_snippet_is_escaped() -> None:
    from akhbar.search import to_html

    assert (
        to_html("<script>نووي</script>", ((8, 12),))
        == "&lt;script&gt;<mark>نووي</mark>&lt;/script&gt;"
    )


# -- query language --------------------------------------------------------------------------


def test_quoted_phrase_matches_the_exact_words_in_order(conn: sqlite3.Connection) -> None:
    phrase = _all_ids(conn, '"الاتفاق النووي"')
    loose = _all_ids(conn, "الاتفاق النووي", match="all")
    assert phrase and set(phrase) < set(loose)
    for i in phrase:
        assert " الاتفاق النووي " in " " + " ".join(_words(TEXT[i])) + " "
    # and every article with the exact phrase is found
    exact = {i for i, t in TEXT.items() if " الاتفاق النووي " in " " + " ".join(_words(t)) + " "}
    assert set(phrase) == exact


def test_exclusion_removes_every_form_of_the_word(conn: sqlite3.Connection) -> None:
    with_iran = _all_ids(conn, "الاتفاق النووي", match="all")
    without = _all_ids(conn, "الاتفاق النووي -أوباما", match="all")
    assert without and len(without) < len(with_iran)
    for i in without:
        assert "اوباما" not in _stems(TEXT[i])
    assert set(with_iran) - set(without) == {i for i in with_iran if "اوباما" in _stems(TEXT[i])}


def test_or_finds_the_union(conn: sqlite3.Connection) -> None:
    a, b = set(_all_ids(conn, "بوتين")), set(_all_ids(conn, "الهلال"))
    assert a and b
    assert set(_all_ids(conn, "بوتين OR الهلال")) == a | b


def test_or_binds_tighter_than_and() -> None:
    q = parse_query("نفط غاز OR فحم سعر")
    assert [[t.words[0] for t in c] for c in q.clauses] == [["نفط"], ["غاز", "فحم"], ["سعر"]]


HOSTILE = [
    '"الاتفاق النووي',  # unbalanced quote
    "NEAR(الاتفاق النووي, 5)",
    "نووي*",
    "*",
    '"',
    '""',
    "-",
    "- -",
    "OR OR",
    "OR",
    "الاتفاق OR",
    "headline:نووي",
    "{head body}: x",
    "xhead : نووي",
    "^نووي",
    "نووي AND NOT ايران",
    "(((",
    "'; DROP TABLE articles; --",
    "\x00\u200f\u202e",
    "ـــ",
    "ِ",
    "١٢٣",
]


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_query_gives_results_or_a_clear_message(
    conn: sqlite3.Connection, query: str
) -> None:
    try:
        res = search(conn, query)
    except QueryError as exc:
        assert "query" in str(exc)
        return
    assert res.total >= len(res.hits)
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == len(RECORDS)


def test_empty_and_huge_queries_say_what_to_do(conn: sqlite3.Connection) -> None:
    for q in ("", "   ", "*", "OR OR", '""'):
        with pytest.raises(QueryError, match="no words to search for"):
            search(conn, q)
    with pytest.raises(QueryError, match="10,000 characters long; the limit is 1,000"):
        search(conn, "نووي " * 2000)
    with pytest.raises(QueryError, match="only excludes"):
        search(conn, "-ايران")


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('ab" -*():^{}ORNEAولاتفقنيى\u064e٣')), max_size=40))
def test_any_input_is_results_or_query_error(store: SQLiteStore, query: str) -> None:
    try:
        res = search(store.connection, query, limit=3)
    except QueryError as exc:
        assert str(exc).startswith("the query")
        return
    assert res.total >= len(res.hits)


# -- filters and pages -----------------------------------------------------------------------


def test_filters_restrict_by_outlet_days_and_tag(conn: sqlite3.Connection) -> None:
    everything = search(conn, "الاتفاق النووي", limit=100, match="all")
    outlet = everything.hits[0].outlet
    assert outlet
    only = search(
        conn, "الاتفاق النووي", limit=100, match="all", filters=Filters(outlets=(outlet,))
    )
    assert only.total == sum(h.outlet == outlet for h in everything.hits) > 0
    assert {h.outlet for h in only.hits} == {outlet}
    days = search(
        conn, "الاتفاق النووي", limit=100, match="all",
        filters=Filters(date_from="2015-07-22", date_to="2015-07-31"),
    )  # fmt: skip
    assert days.hits and all("2015-07-22" <= (h.published or "") <= "2015-07-31" for h in days.hits)
    assert days.total == sum(
        "2015-07-22" <= (h.published or "") <= "2015-07-31" for h in everything.hits
    )
    tagged = search(conn, "الاتفاق", limit=100, filters=Filters(tags=("نووي",)))
    assert tagged.hits and all("نووي" in (h.headline or "") for h in tagged.hits)


def test_bad_filters_and_pages_are_query_errors(conn: sqlite3.Connection) -> None:
    with pytest.raises(QueryError, match="like 2015-07-31"):
        search(conn, "نووي", filters=Filters(date_from="31/07/2015"))
    with pytest.raises(QueryError, match="after"):
        search(conn, "نووي", filters=Filters(date_from="2015-08-01", date_to="2015-07-01"))
    with pytest.raises(QueryError, match="limit must be between 1 and 100"):
        search(conn, "نووي", limit=0)
    with pytest.raises(QueryError, match="offset"):
        search(conn, "نووي", offset=-1)


def test_pages_concatenate_to_the_whole_ranking(conn: sqlite3.Connection) -> None:
    whole = search(conn, "الاتفاق النووي", limit=15)
    pages = [search(conn, "الاتفاق النووي", limit=5, offset=k) for k in (0, 5, 10)]
    assert [h.id for p in pages for h in p.hits] == [h.id for h in whole.hits]
    assert {p.total for p in pages} == {whole.total}
    assert search(conn, "الاتفاق النووي", offset=whole.total).hits == ()


def test_headline_matches_rank_above_body_only_matches(conn: sqlite3.Connection) -> None:
    hits = search(conn, "النووي", limit=100).hits
    in_head = [k for k, h in enumerate(hits) if "نوو" in _stems(h.headline or "")]
    assert in_head and in_head[0] == 0
    assert sum(in_head) / len(in_head) < len(hits) / 2


def test_pasted_headline_relaxes_to_partial_matches(conn: sqlite3.Connection) -> None:
    q = "الاتفاق النووي مع طهران يثير قلق المستثمرين في الخليج"
    res = search(conn, q, limit=20)
    assert res.relaxed > 0 and res.hits
    # a long query is ranked by BM25 over any of its words: partial matches may outrank
    assert not all(h.matched_all for h in res.hits)
    assert [h.score for h in res.hits] == sorted((h.score for h in res.hits), reverse=True)
    with pytest.raises(AssertionError):
        assert search(conn, q, match="all").hits


@pytest.mark.parametrize("budget", [1, 40])
def test_pasted_headline_scores_the_rarest_words_articles_first(
    conn: sqlite3.Connection, monkeypatch: pytest.MonkeyPatch, budget: int
) -> None:
    import akhbar.search.long_query as long_query

    seed = next(r for r in RECORDS if len(_words(r.headline or "")) >= 6)
    full = search(conn, seed.headline or "", limit=10, snippets=False)
    monkeypatch.setattr(long_query, "CANDIDATES", budget)  # as if the slice were the full corpus
    bounded = search(conn, seed.headline or "", limit=10, snippets=False)
    assert bounded.hits[0].id == full.hits[0].id == seed.id
    assert len(bounded.hits) == len(full.hits)  # too few candidates: every match is ranked
    assert bounded.total == full.total and bounded.relaxed == full.relaxed
    assert [h.score for h in bounded.hits] == sorted((h.score for h in bounded.hits), reverse=True)
    by_id = {h.id: h.score for h in full.hits}
    assert all(by_id.get(h.id, h.score) == h.score for h in bounded.hits)  # the same BM25


def test_term_counts_follow_the_index_as_it_grows(tmp_path: Path) -> None:
    from akhbar.search.index import term_docs

    s = open_store(tmp_path / "akhbar.db")
    s.add(RECORDS[:100])
    index_pending(s.connection)
    before = term_docs(s.connection, ["نوو"])["نوو"]
    want = sum("نوو" in _stems(TEXT[r.id]) for r in RECORDS[:100])
    assert max(before.values(), default=0) <= want
    s.add(RECORDS[100:])
    index_pending(s.connection)
    after = term_docs(s.connection, ["نوو"])["نوو"]
    assert sum(after.values()) > sum(before.values())
    assert term_docs(s.connection, ["لا-يوجد"]) == {"لا-يوجد": {}}


def test_facets_count_the_strict_matches(conn: sqlite3.Connection) -> None:
    f = facets(conn, "الاتفاق النووي")
    res = search(conn, "الاتفاق النووي", match="all", limit=100)
    assert f.total == res.total
    assert sum(n for _, n in f.outlets) == f.total
    assert dict(f.outlets) == {o: sum(h.outlet == o for h in res.hits) for o in dict(f.outlets)}
    assert dict(f.tags).get("نووي", 0) == sum("نووي" in (h.headline or "") for h in res.hits)


# -- related ---------------------------------------------------------------------------------


def test_related_finds_other_stories_not_copies(
    store: SQLiteStore, conn: sqlite3.Connection
) -> None:
    seed = next(r for r in RECORDS if "الاتفاق النووي" in (r.headline or ""))
    hits = related(conn, seed.id, limit=5)
    assert len(hits) == 5 and seed.id not in {h.id for h in hits}
    seed_stems = _stems(TEXT[seed.id]) - {"في", "من", "علي", "ان"}
    for h in hits:
        assert len(_stems(TEXT[h.id]) & seed_stems) >= 5
    # a copy of the seed in another outlet is left out, and so is its duplicate group
    copy = replace(seed, id=seed.id + "-copy", outlet="other", url=None)
    store.add([copy])
    index_pending(conn)
    assert copy.id not in {h.id for h in related(conn, seed.id, limit=10)}
    first = hits[0]
    with conn:
        conn.execute(
            "UPDATE article_groups SET duplicate_group = 'g1' "
            "WHERE article IN (SELECT rowid FROM articles WHERE id IN (?, ?))",
            (seed.id, first.id),
        )
    assert first.id not in {h.id for h in related(conn, seed.id, limit=10)}
    with pytest.raises(QueryError, match="no article with id"):
        related(conn, "nope")


# -- index -----------------------------------------------------------------------------------


def test_analyze_keeps_exact_tokens_and_light_stems() -> None:
    assert analyze("والاتفاقيّة النوويّة لبوتين") == ("اتفاق نوو بوتين", "والاتفاقيه النوويه لبوتين")


def test_index_pending_is_incremental_idempotent_and_watermarked(tmp_path: Path) -> None:
    s = open_store(tmp_path / "a.db")
    conn = s.connection
    s.add(RECORDS[:50])
    assert index_pending(conn) == 50
    assert index_pending(conn) == 0
    s.add(RECORDS[50:80])
    assert index_pending(conn) == 30
    assert indexed_rowid(conn) == conn.execute("SELECT max(rowid) FROM articles").fetchone()[0]
    assert conn.execute(f"SELECT count(*) FROM {FTS_TABLE}_docsize").fetchone()[0] == 80
    # a crash mid-batch leaves neither rows nor watermark: the next call indexes them all
    s.add(RECORDS[80:100])
    conn.execute(
        "CREATE TEMP TRIGGER boom BEFORE UPDATE ON meta BEGIN SELECT RAISE(ABORT, 'x'); END"
    )
    conn.execute(
        "CREATE TEMP TRIGGER boom2 BEFORE INSERT ON meta BEGIN SELECT RAISE(ABORT, 'x'); END"
    )
    with pytest.raises(sqlite3.IntegrityError):
        index_pending(conn)
    conn.execute("DROP TRIGGER boom")
    conn.execute("DROP TRIGGER boom2")
    assert conn.execute(f"SELECT count(*) FROM {FTS_TABLE}_docsize").fetchone()[0] == 80
    assert index_pending(conn) == 20
    assert search(conn, "الاتفاق النووي", limit=100).total > 0
    # a caller's transaction that rolls back takes the index rows with it
    s.add(RECORDS[100:110])
    conn.execute("BEGIN")
    assert index_pending(conn) == 10
    conn.rollback()
    assert index_pending(conn) == 10
    # a rebuild with another stemmer is recorded and used by queries
    assert reindex(conn, algorithm="snowball") == 110
    snow = stem("بوتين", algorithm="snowball")
    assert snow == "وتين"
    want = sum(
        any(stem(w, algorithm="snowball") == snow for w in _words(TEXT[r.id]))
        for r in RECORDS[:110]
    )
    assert search(conn, "بوتين").total == want
    with pytest.raises(QueryError, match="snowball"):
        index_pending(conn, algorithm="light")


# -- CLI -------------------------------------------------------------------------------------


def test_cli_batch_prints_one_json_line_per_query_in_order(
    store: SQLiteStore, tmp_path: Path
) -> None:
    queries = ["الاتفاق النووي", '"الاتفاق النووي" -إيران', "NEAR(", "بوتين OR الهلال"]
    batch = tmp_path / "q.txt"
    batch.write_text("\n".join(queries) + "\n", encoding="utf-8")
    out = CliRunner().invoke(
        app, ["search", "--batch", str(batch), "--db", str(store.path), "--limit", "3"]
    )
    assert out.exit_code == 0, out.output
    lines = [json.loads(x) for x in out.stdout.splitlines()]
    assert [x["query"] for x in lines] == queries
    for line, q in zip(lines, queries, strict=True):
        want = [h.id for h in search(store.connection, q, limit=3).hits]
        assert [r["id"] for r in line["results"]] == want
        for r in line["results"]:
            assert set(r) == {"id", "url", "outlet", "headline", "published", "score", "snippet"}


def test_cli_reports_bad_queries_without_a_traceback(store: SQLiteStore) -> None:
    out = CliRunner().invoke(app, ["search", "OR OR", "--db", str(store.path)])
    assert out.exit_code == 1
    assert "no words to search for" in out.output and "Traceback" not in out.output
    out = CliRunner().invoke(
        app, ["search", "نووي", "--db", str(store.path), "--json", "--outlet", "okaz"]
    )
    assert out.exit_code == 0
    assert all(r["outlet"] == "okaz" for r in json.loads(out.stdout)["results"])


def test_cli_query_may_open_with_an_excluded_word(store: SQLiteStore) -> None:
    # "-إيران النووي" is a query, not an unknown option (Typer took it for one)
    out = CliRunner().invoke(app, ["search", "-إيران النووي", "--db", str(store.path), "--json"])
    assert out.exit_code == 0, out.output
    got = [r["id"] for r in json.loads(out.stdout)["results"]]
    assert got == [h.id for h in search(store.connection, "النووي -إيران").hits] and got


@pytest.mark.parametrize("query", ["النووي", "الهلال", "بوتين", "السعودية", "وزير"])
def test_many_matches_rank_headline_matches_first_in_bm25_order(
    conn: sqlite3.Connection, monkeypatch: pytest.MonkeyPatch, query: str
) -> None:
    import akhbar.search.ranking as ranking

    full = search(conn, query, limit=100).hits
    in_head = [h.id for h in full if h.headline_spans]
    monkeypatch.setattr(ranking, "TIER_ABOVE", 0)  # as if the slice were the full corpus
    tiered = search(conn, query, limit=5).hits
    if len(in_head) >= 5:
        assert [h.id for h in tiered] == in_head[:5]
    else:  # too few headline matches to fill the page: the full ranking
        assert [h.id for h in tiered] == [h.id for h in full[:5]]
    assert [h.score for h in tiered] == sorted((h.score for h in tiered), reverse=True)


def test_ingest_indexes_as_it_stores(tmp_path: Path) -> None:
    corpus = Path(__file__).parent / "fixtures" / "saudinewsnet" / "2015-07-23.zip"
    if not corpus.exists():
        pytest.skip("the ingest fixture is not in this checkout")
    db = tmp_path / "akhbar.db"
    out = CliRunner().invoke(app, ["ingest", str(corpus), "--db", str(db)])
    assert out.exit_code == 0, out.output
    s = open_store(db, create=False)
    n = s.count()
    assert n > 0 and indexed_rowid(s.connection) == n
    assert index_pending(s.connection) == 0
    res = search(s.connection, "الاتفاق النووي", limit=100, match="all")
    assert res.total > 0
    for h in res.hits:
        record = s.get(h.id)
        assert record is not None
        assert {"اتفاق", "نوو"} <= _stems(record.article.text)


def test_an_index_of_another_version_is_refused_then_rebuilt_by_ingest(tmp_path: Path) -> None:
    from akhbar.errors import StoreError
    from akhbar.ingest import ingest
    from akhbar.search.index import INDEX_VERSION, VERSION_KEY

    with open_store(tmp_path / "v.db") as s:
        assert ingest([str(SLICE)], s).stored == len(RECORDS)
        conn = s.connection
        before = [h.id for h in search(conn, "الرياض", limit=20).hits]
        assert before
        with conn:
            conn.execute("UPDATE meta SET value = '1' WHERE key = ?", (VERSION_KEY,))
        with pytest.raises(StoreError, match="run `akhbar ingest`"):
            search(conn, "الرياض")
        again = ingest([str(SLICE)], s)  # nothing new: the index alone is rebuilt
        assert again.stored == 0
        version = conn.execute("SELECT value FROM meta WHERE key = ?", (VERSION_KEY,)).fetchone()
        assert version[0] == INDEX_VERSION
        assert [h.id for h in search(conn, "الرياض", limit=20).hits] == before
