"""The SQLite store: stable ids, atomic batches, input marks, stats."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from akhbar.model import Article, Page, Record, Rejected
from akhbar.store import InputMark, open_store
from akhbar.store.ids import article_id, normalize_url

BODY = ("أعلنت وزارة الصحة السعودية تسجيل حالات جديدة.", "وقالت الوزارة في بيان إن الحالات مستقرة.")


def _record(url: str | None, outlet: str, headline: str = "الصحة تسجل حالات جديدة") -> Record:
    rid = article_id(url=url, headline=headline, body=BODY, outlet=outlet)
    page = Page(
        input="t.json#1", main=Article(headline=headline, body=BODY, tags=("صحة",)), url=url
    )
    return Record(id=rid, page=page, outlet=outlet, url=url, raw_hash="h")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "http://www.sabq.org/خبر-جديد/",
            "https://sabq.org/%D8%AE%D8%A8%D8%B1-%D8%AC%D8%AF%D9%8A%D8%AF",
        ),
        (
            "http://www.spa.gov.sa/details.php?id=1387077&utm_source=tw",
            "http://spa.gov.sa/details.php?id=1387077",
        ),
        ("http://aleqt.com/a?b=2&a=1#comments", "http://ALEQT.com/a?a=1&b=2"),
    ],
)
def test_one_article_url_spelled_two_ways_gets_one_id(a: str, b: str) -> None:
    assert normalize_url(a) == normalize_url(b)
    assert article_id(url=a, headline=None, body=(), outlet=None) == article_id(
        url=b, headline="x", body=(), outlet="y"
    )


def test_identical_text_from_two_outlets_keeps_two_ids() -> None:
    one = article_id(url=None, headline="خبر", body=BODY, outlet="alyaum")
    two = article_id(url=None, headline="خبر", body=BODY, outlet="aleqtisadiya")
    assert one != two and one.startswith("t")
    # harakat and hamza spelling do not change a text id
    again = article_id(url=None, headline="خَبَر", body=BODY, outlet="alyaum")
    assert again == one


def test_distinct_query_ids_stay_distinct() -> None:
    a = normalize_url("http://www.spa.gov.sa/details.php?id=1387077")
    b = normalize_url("http://www.spa.gov.sa/details.php?id=1387078")
    assert a != b


def test_add_batch_stores_records_rejects_and_mark_together(tmp_path: Path) -> None:
    with open_store(tmp_path / "s.db") as store:
        mark = InputMark(hash="abc", input="t.json", records=2, rejects=1)
        r1, r2 = _record("http://a.com/1", "a"), _record("http://b.com/1", "b")
        rej = Rejected(input="t.json", record="3", reason="malformed JSON", detail="t.json:3: x")
        result = store.add_batch([r1, r2, r1], [rej], done=[mark])
        assert result.added == (r1.id, r2.id) and result.present == 1
        assert store.input_done("abc") == mark
        assert store.input_done("other") is None
        assert [r.reason for r in store.iter_rejects()] == ["malformed JSON"]
        got = store.get(r1.id)
        assert got is not None and got.page.main.body == BODY and got.outlet == "a"
        assert [r.id for r in store.get_many([r2.id, "missing", r1.id])] == [r2.id, r1.id]


def test_a_batch_that_fails_midway_leaves_nothing(tmp_path: Path) -> None:
    def records() -> Iterator[Record]:
        yield _record("http://a.com/1", "a")
        raise RuntimeError("reader died")

    with open_store(tmp_path / "s.db") as store:
        with pytest.raises(RuntimeError):
            store.add_batch(records(), done=[InputMark(hash="h", input="x", records=1, rejects=0)])
        assert store.count() == 0
        assert store.input_done("h") is None


def test_stats_count_by_outlet_day_and_reason(tmp_path: Path) -> None:
    with open_store(tmp_path / "s.db") as store:
        dated = Record(
            id="u1",
            page=Page(input="x", main=Article(headline="خبر", published="2015-07-23T10:00:00")),
            outlet="alyaum",
        )
        store.add_batch(
            [dated, _record("http://a.com/2", "alyaum"), _record("http://b.com/2", "okaz")],
            [Rejected(input="bad.jsonl", record="2", reason="malformed JSON")],
        )
        stats = store.stats()
    assert stats.articles == 3
    assert stats.by_outlet == (("alyaum", 2), ("okaz", 1))
    assert dict(stats.by_day) == {"": 2, "2015-07-23": 1}
    assert stats.rejects_by_reason == (("malformed JSON", 1),)


def _schema_1_store(path: Path) -> None:
    """A store written before groups and stories moved out of the wide article rows."""
    conn = sqlite3.connect(path)
    conn.executescript((Path(__file__).parent / "fixtures" / "store-schema-1.sql").read_text())
    conn.execute("INSERT INTO meta VALUES ('schema_version', '1')")
    for k, (group, story) in enumerate([("g", "s"), (None, None)]):
        record = _record(f"http://x.sa/{k}", "عكاظ")
        conn.execute(
            "INSERT INTO articles (id, outlet, url, input, headline, body, tags, page, raw_hash, "
            "ingested_at, duplicate_group, story) VALUES (?, ?, ?, ?, ?, ?, '[]', ?, 'h', '', ?, ?)",
            (
                record.id,
                record.outlet,
                record.url,
                record.page.input,
                record.page.main.headline,
                "\n".join(BODY),
                json.dumps(record.page.to_dict(), ensure_ascii=False),
                group,
                story,
            ),
        )
    conn.commit()
    conn.close()


def test_a_schema_1_store_keeps_its_groups_and_stories_when_opened(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    _schema_1_store(path)
    store = open_store(path)
    first, second = list(store.iter_records())
    assert (first.duplicate_group, first.story) == ("g", "s")
    assert (second.duplicate_group, second.story) == (second.id, second.id)  # alone
    columns = {r[1] for r in store.connection.execute("PRAGMA table_info(articles)")}
    assert "story" not in columns and "duplicate_group" not in columns
    version = store.connection.execute("SELECT value FROM meta WHERE key = 'schema_version'")
    assert version.fetchone()[0] == "2"
    store.close()


def test_the_web_app_upgrades_a_schema_1_store_before_reading_it(tmp_path: Path) -> None:
    from akhbar.web.db import Connections  # the web app's read-only connections

    path = tmp_path / "old.db"
    _schema_1_store(path)
    reader = Connections(path).reader()
    assert reader.execute("SELECT duplicate_group, story FROM article_groups").fetchall() == [
        ("g", "s"),
        (_record("http://x.sa/1", "عكاظ").id,) * 2,
    ]
