"""Queries of only common words, and a reversed date range: what the library, the CLI, the API
and the search page tell the user (on the 280-article search slice of test_search)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from test_search import RECORDS, TEXT, _words
from typer.testing import CliRunner

from akhbar.cli import app
from akhbar.errors import CommonWordsError, QueryError
from akhbar.search import Filters, facets, index_pending, parse_query, search, search_with_facets
from akhbar.store import SQLiteStore, open_store
from akhbar.web import create_app

REVERSED = "the start date 2015-08-09 is after the end date 2015-08-01; swap them"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> SQLiteStore:
    s = open_store(Path(tmp_path_factory.mktemp("common")) / "akhbar.db")
    s.add(RECORDS)
    index_pending(s.connection)
    return s


@pytest.fixture(scope="module")
def conn(store: SQLiteStore) -> sqlite3.Connection:
    return store.connection


@pytest.fixture(scope="module")
def client(store: SQLiteStore) -> Iterator[TestClient]:
    with TestClient(create_app(store.path)) as c:
        yield c


def _holding(*words: str) -> int:
    """Articles whose text holds every one of ``words`` (normalized), anywhere."""
    return sum(all(w in set(_words(t)) for w in words) for t in TEXT.values())


def test_common_words_alone_are_searched_as_their_exact_phrase(conn: sqlite3.Connection) -> None:
    res = search(conn, "من خلال", limit=100)
    quoted = search(conn, '"من خلال"', limit=100)
    assert res.common_phrase and not quoted.common_phrase
    assert res.notice and "one exact phrase" in res.notice and quoted.notice is None
    assert [h.id for h in res.hits] == [h.id for h in quoted.hits]
    assert res.total == quoted.total == len(res.hits) == 56
    # not every article holding both words, as when they were searched as two words (AND)
    assert _holding("من", "خلال") == 141
    # the snippets mark the phrase, not each common word (a body's phrase may lie past the
    # part a snippet is chosen from: then nothing is marked)
    marked = [h.snippet_text[a:b] for h in res.hits for a, b in h.snippet_spans]
    assert len(marked) >= len(res.hits) // 2 and set(marked) == {"من خلال"}


def test_a_common_phrase_keeps_its_order_and_exclusions() -> None:
    q = parse_query("خلال من -ايران")
    assert q.common_phrase and q.clauses[0][0].words == ("خلال", "من")
    assert q.clauses[0][0].phrase and q.excluded[0].words == ("ايران",)


@pytest.mark.parametrize("query", ["في", "  في  ", "في OR من", "في -إيران", "وفي"])
def test_a_lone_common_word_says_why_it_is_not_searched(
    conn: sqlite3.Connection, query: str
) -> None:
    with pytest.raises(CommonWordsError, match="has only common words") as caught:
        search(conn, query)
    assert isinstance(caught.value, QueryError)
    assert f"({' '.join(query.split())})" in str(caught.value)
    assert "phrase" in str(caught.value)


def test_a_distinctive_word_drops_the_common_ones(conn: sqlite3.Connection) -> None:
    with_common = search(conn, "في الاتفاق النووي على", limit=50)
    assert not with_common.common_phrase and with_common.notice is None
    assert [h.id for h in with_common.hits] == [
        h.id for h in search(conn, "الاتفاق النووي", limit=50).hits
    ]


def test_cli_shows_the_notice_and_the_error(store: SQLiteStore) -> None:
    db = str(store.path)
    out = CliRunner().invoke(app, ["search", "من خلال", "--db", db, "--limit", "2"])
    assert out.exit_code == 0, out.output
    assert "note:" in out.output and "exact phrase" in out.output
    out = CliRunner().invoke(app, ["search", "من خلال", "--db", db, "--json"])
    assert json.loads(out.stdout)["notice"].startswith("every word of the query is a common")
    out = CliRunner().invoke(app, ["search", "النووي", "--db", db, "--json"])
    assert "notice" not in json.loads(out.stdout)
    out = CliRunner().invoke(app, ["search", "في", "--db", db])
    assert out.exit_code == 1 and "Traceback" not in out.output
    assert "the query (في) has only common words" in out.output


def test_api_and_page_show_the_notice_and_the_error(client: TestClient) -> None:
    body = client.get("/api/search", params={"q": "من خلال"}).json()
    assert body["notice"].startswith("every word of the query is a common") and body["hits"]
    assert client.get("/api/search", params={"q": "النووي"}).json()["notice"] is None
    r = client.get("/api/search", params={"q": "في"})
    assert r.status_code == 400 and r.json()["error"]["code"] == "bad_query"
    assert "has only common words" in r.json()["error"]["message"]
    page = client.get("/search", params={"q": "من خلال"})
    assert page.status_code == 200 and "فبُحث عنها عبارةً واحدة كما كُتبت" in page.text
    assert "عبارةً واحدة" not in client.get("/search", params={"q": "النووي"}).text
    page = client.get("/search", params={"q": "في OR من"})
    assert page.status_code == 400 and "«في OR من»: كلمات شائعة ترد في كل مقال" in page.text


def test_a_reversed_date_range_is_one_check_with_one_message(
    conn: sqlite3.Connection, store: SQLiteStore, client: TestClient
) -> None:
    reversed_ = Filters(date_from="2015-08-09", date_to="2015-08-01")
    for call in (
        lambda: search(conn, "النووي", filters=reversed_),
        lambda: facets(conn, "النووي", reversed_),
        lambda: search_with_facets(conn, "النووي", filters=reversed_),
    ):
        with pytest.raises(QueryError) as caught:
            call()
        assert str(caught.value) == REVERSED
    flags = ["--from", "2015-08-09", "--to", "2015-08-01"]
    out = CliRunner().invoke(app, ["search", "النووي", "--db", str(store.path), *flags])
    assert out.exit_code == 1 and out.output.strip() == f"akhbar search: {REVERSED}"
    params = {"q": "النووي", "from": "2015-08-09", "to": "2015-08-01"}
    r = client.get("/api/search", params=params)
    assert r.status_code == 400 and r.json()["error"]["message"] == REVERSED
    page = client.get("/search", params=params)
    assert page.status_code == 400 and "تاريخ «من» بعد تاريخ «إلى»؛ بدّلهما." in page.text
    # the page says so before any search: without a query too
    assert client.get("/search", params={**params, "q": ""}).status_code == 400
