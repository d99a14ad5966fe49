"""Near-duplicate groups and stories on real SaudiNewsNet articles.

Fixtures: ``snn_labelled.jsonl.gz`` (the 365 articles of the hand-labelled ``pairs.tsv``,
18 days) and ``snn_2days.jsonl.gz`` (every article of four wire-heavy outlets on 2015-08-10
and 2015-08-11).
"""

from __future__ import annotations

import gzip
import json
import sqlite3
from collections.abc import Iterator
from itertools import groupby
from pathlib import Path

import pytest
from typer.testing import CliRunner

from akhbar.cli import app
from akhbar.dedup import group_members, rebuild, update_pending
from akhbar.dedup.corpus import records_from_items
from akhbar.dedup.evaluate import LabelledPair, read_pairs, score
from akhbar.dedup.features import features_of
from akhbar.dedup.verify import compare, is_copy
from akhbar.store import SQLiteStore, open_store
from akhbar.stories import get_story, list_stories, saved
from akhbar.stories.features import conflicting, cosine, story_features

DATA = Path(__file__).parent / "data"
PAIRS = read_pairs(DATA / "pairs.tsv")


def _items(name: str) -> list[dict[str, str]]:
    with gzip.open(DATA / name, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def _ingest_day_by_day(store: SQLiteStore, items: list[dict[str, str]]) -> None:
    for day, batch in groupby(items, key=lambda it: it["_file"]):
        store.add(records_from_items(batch, input=f"{day}.zip"))
        update_pending(store.connection)


def _state(conn: sqlite3.Connection) -> list[tuple[str, str, str]]:
    return conn.execute(
        "SELECT id, duplicate_group, story FROM articles JOIN article_groups ON article = rowid "
        "ORDER BY rowid"
    ).fetchall()


@pytest.fixture(scope="module")
def labelled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SQLiteStore]:
    store = open_store(tmp_path_factory.mktemp("dedup") / "labelled.sqlite")
    _ingest_day_by_day(store, _items("snn_labelled.jsonl.gz"))
    yield store
    store.close()


def _pairs(note: str) -> list[LabelledPair]:
    found = [p for p in PAIRS if p.note == note]
    assert found, note
    return found


def _same(conn: sqlite3.Connection, column: str, p: LabelledPair) -> bool:
    a, b = (
        conn.execute(
            f"SELECT {column} FROM articles JOIN article_groups ON article = rowid WHERE url = ?",
            (u,),
        ).fetchone()[0]
        for u in (p.url_a, p.url_b)
    )
    return bool(a is not None and a == b)


def test_day_by_day_ingest_gives_the_groups_and_stories_of_a_rebuild(tmp_path: Path) -> None:
    store = open_store(tmp_path / "two_days.sqlite")
    items = _items("snn_2days.jsonl.gz")
    # two days in four batches each, as ingest commits them
    for day, batch in groupby(items, key=lambda it: it["_file"]):
        rows = list(batch)
        for k in range(0, len(rows), len(rows) // 4 + 1):
            store.add(records_from_items(rows[k : k + len(rows) // 4 + 1], input=day))
            update_pending(store.connection)
    incremental = _state(store.connection)
    groups = {g for _, g, _ in incremental}
    assert len(incremental) - len(groups) > 150  # SPA copies really were merged
    rebuild(store.connection)
    assert _state(store.connection) == incremental
    store.close()


def test_older_days_ingested_after_a_long_batch_agree_with_a_rebuild(tmp_path: Path) -> None:
    # a batch saves only its last days' story features: the older days that follow compute
    # the ones their window needs again
    days = [
        list(batch)
        for _, batch in groupby(_items("snn_labelled.jsonl.gz"), key=lambda it: it["_file"])
    ]
    assert len(days) > 6
    store = open_store(tmp_path / "backfill.sqlite")
    store.add(records_from_items([it for day in days[3:] for it in day], input="late.zip"))
    update_pending(store.connection)
    for k in (2, 1, 0):
        store.add(records_from_items(days[k], input=f"{k}.zip"))
        update_pending(store.connection)
    incremental = _state(store.connection)
    rebuild(store.connection)
    assert _state(store.connection) == incremental
    store.close()


def test_labelled_store_day_by_day_equals_rebuild(labelled: SQLiteStore) -> None:
    before = _state(labelled.connection)
    rebuild(labelled.connection)
    assert _state(labelled.connection) == before


def test_update_pending_twice_does_nothing_the_second_time(labelled: SQLiteStore) -> None:
    result = update_pending(labelled.connection)
    assert (result.dedup.articles, result.stories) == (0, 0)


def test_trimmed_copy_joins_the_full_dispatch(labelled: SQLiteStore) -> None:
    (p,) = _pairs("trimmed copy")  # Zamalek's president resigns: 139 words inside 900
    assert _same(labelled.connection, "duplicate_group", p)
    a, b = (labelled.get(u) for u in (p.url_a, p.url_b))
    assert a is not None and b is not None
    m = compare(
        features_of(a.headline, "\n".join(a.article.body)),
        features_of(b.headline, "\n".join(b.article.body)),
    )
    assert m.jaccard < 0.2 and m.containment > 0.7 and is_copy(m)


@pytest.mark.parametrize("note", ["short brief", "short brief contained", "short brief, rewritten"])
def test_short_briefs_are_caught(labelled: SQLiteStore, note: str) -> None:
    for p in _pairs(note):
        assert _same(labelled.connection, "duplicate_group", p), p


@pytest.mark.parametrize(
    "note",
    ["congratulation template", "SPA congratulation template, different countries"],
)
def test_template_cables_to_different_presidents_are_not_copies(
    labelled: SQLiteStore, note: str
) -> None:
    for p in _pairs(note):
        assert not _same(labelled.connection, "duplicate_group", p), p


@pytest.mark.parametrize("note", ["different EPL matches", "different Ligue 1 matches"])
def test_different_matches_of_one_league_are_different_stories(
    labelled: SQLiteStore, note: str
) -> None:
    for p in _pairs(note):
        assert not _same(labelled.connection, "story", p), p


def test_reports_of_one_match_by_different_outlets_are_one_story(labelled: SQLiteStore) -> None:
    found = [_same(labelled.connection, "story", p) for p in _pairs("same match")]
    assert sum(found) >= len(found) // 2


def test_quality_floors_on_the_labelled_pairs(labelled: SQLiteStore) -> None:
    text, story = score(labelled.connection, PAIRS)
    # measured: same_text P 0.988 R 0.952; same_story P 0.945 R 0.889 F1 0.916
    # (benchmarks/dedup_quality.py --subset, the store this fixture builds)
    assert text.precision >= 0.97 and text.recall >= 0.93
    assert story.f1 >= 0.89 and story.precision >= 0.92


def test_group_members_name_every_outlet_and_one_canonical(labelled: SQLiteStore) -> None:
    conn = labelled.connection
    (group,) = conn.execute(
        "SELECT duplicate_group FROM article_groups GROUP BY duplicate_group "
        "ORDER BY count(*) DESC, duplicate_group LIMIT 1"
    ).fetchone()
    members = group_members(conn, group)
    assert len(members) >= 4 and sum(m.is_canonical for m in members) == 1
    canonical = next(m for m in members if m.is_canonical)
    assert canonical.length == max(m.length for m in members)
    assert members[0].id == group or any(m.id == group for m in members)


def test_stories_list_and_get(labelled: SQLiteStore) -> None:
    conn = labelled.connection
    top = list_stories(conn, day="2015-08-10", min_size=2, limit=5)
    assert top and all(s.size >= 2 for s in top)
    story = get_story(conn, top[0].id)
    assert story is not None and len(story.members) == story.size
    published = [m.published or "" for m in story.members]
    assert published == sorted(published)
    assert set(story.outlets) == {m.outlet for m in story.members}
    assert get_story(conn, "no such story") is None


def test_cli_stories_of_a_day_show_outlets(labelled: SQLiteStore) -> None:
    result = CliRunner().invoke(
        app, ["stories", "--db", str(labelled.path), "--day", "2015-08-10", "--limit", "3"]
    )
    assert result.exit_code == 0, result.output
    assert "alriyadh" in result.output or "was" in result.output
    bad = CliRunner().invoke(app, ["stories", "--db", str(labelled.path), "--day", "10/8/2015"])
    assert bad.exit_code == 2 and "YYYY-MM-DD" in bad.output


def test_cli_dedup_rebuild_reports_groups(labelled: SQLiteStore) -> None:
    result = CliRunner().invoke(app, ["dedup", "--db", str(labelled.path), "--rebuild"])
    assert result.exit_code == 0, result.output
    assert "365 articles processed" in result.output


@pytest.mark.parametrize(
    "note",
    [
        "congratulation template",
        "SPA congratulation template, different countries",
    ],
)
def test_template_cables_to_different_presidents_are_different_stories(
    labelled: SQLiteStore, note: str
) -> None:
    # one template (القيادة تهنئ رئيس ... بذكرى ...) naming two presidents: two events
    for p in _pairs(note):
        assert not _same(labelled.connection, "story", p), p


def test_copies_of_one_congratulation_cable_stay_one_story(labelled: SQLiteStore) -> None:
    for p in _pairs("short brief, rewritten"):
        assert _same(labelled.connection, "story", p), p


def test_saved_story_features_equal_the_computed_ones(labelled: SQLiteStore) -> None:
    from akhbar.stories import saved
    from akhbar.stories.features import LEAD_CHARS, story_features

    conn = labelled.connection
    rows = conn.execute(
        f"SELECT rowid, headline, substr(body, 1, {LEAD_CHARS}) FROM articles"
    ).fetchall()
    kept = saved.load(conn, [r[0] for r in rows])
    # one batch saves the features of its last days (what the next day reads), not all
    assert 0 < len(kept) <= len(rows) == 365
    for rowid, headline, lead in rows:
        if rowid in kept:
            got, want = kept[rowid], story_features(headline, lead)
            assert (got.vector, got.names, got.heads) == (want.vector, want.names, want.heads)


def test_rebuild_works_on_a_store_never_deduplicated(tmp_path: Path) -> None:
    items = _items("snn_labelled.jsonl.gz")[:40]
    with open_store(tmp_path / "plain.db") as store:
        store.add(records_from_items(items, input="plain.zip"))  # no post-ingest stages ran
    result = CliRunner().invoke(app, ["dedup", "--db", str(tmp_path / "plain.db"), "--rebuild"])
    assert result.exit_code == 0, result.output
    assert "40 articles processed" in result.output


# two SPA market closes of one evening (SaudiNewsNet, 2015-08-10): one template, two markets
BEIRUT = (
    "اقتصادي / مؤشر بورصة بيروت يغلق على ارتفاع بنسبة 0.27 %",
    'بيروت 25 شوال 1436هـ الموافق 10 أغسطس 2015م واس\nأغلق مؤشر "بلوم أنفست" لتداول الأوراق '
    "المالية والأسهم في بورصة بيروت اليوم على ارتفاع بنسبة 0.27 % ليقفل عند مستوى 1171.01 نقطة.",
)
DOHA = (
    "اقتصادي / مؤشر بورصة قطر يسجل ارتفاعًا بمقدار 0.60 %",
    "الدوحة 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس\nسجل المؤشر العام لبورصة قطر اليوم "
    "ارتفاعًا بقيمة 69.84 نقطة ، أي ما نسبته 0.60 % ليصل إلى 11 ألفًا و 679.70 نقطة .",
)


def test_one_template_about_two_places_is_two_events() -> None:
    # بيروت and قطر are common words in the news (too common to be rare names), but place
    # names: each headline names a place the other article never mentions
    beirut, doha = story_features(*BEIRUT), story_features(*DOHA)
    assert "بيروت" in beirut.heads and "قطر" in doha.heads
    assert cosine(beirut, doha) > 0.3  # alike enough to be linked without the place names
    assert conflicting(beirut, doha)
    # the same market in other words is not a conflict
    again = story_features("بورصة بيروت ترتفع 0.27 % في ختام تعاملاتها", BEIRUT[1])
    assert not conflicting(beirut, again)


def test_nearly_the_same_report_a_day_later_joins_the_story_but_a_daily_template_does_not(
    tmp_path: Path,
) -> None:
    # 2015-07-25 "tomorrow the emir opens the festival", 2015-07-26 "today the emir opens it"
    # (cosine ~0.9, no rare name shared); the market closes of 08-10 and 08-11 share their
    # template (cosine ~0.7) and are two events
    store = open_store(tmp_path / "days.sqlite")
    _ingest_day_by_day(store, _items("snn_across_days.jsonl.gz"))
    story = dict(
        store.connection.execute(
            "SELECT headline, story FROM articles JOIN article_groups ON article = rowid"
        ).fetchall()
    )
    store.close()
    festival = [s for h, s in story.items() if "أبها يجمعنا" in h]
    market = {s for h, s in story.items() if "نقطة" in h}
    assert len(festival) == 2 and len(set(festival)) == 1
    assert len(market) == 2


def test_state_of_another_dedup_version_is_recomputed_not_refused(tmp_path: Path) -> None:
    from akhbar.dedup.groups import VERSION, VERSION_KEY, get_meta

    store = open_store(tmp_path / "old.sqlite")
    _ingest_day_by_day(store, _items("snn_across_days.jsonl.gz"))
    conn = store.connection
    before = _state(conn)
    with conn:  # as an older akhbar left it: its signatures and groups mean nothing now
        conn.execute("UPDATE meta SET value = '1' WHERE key = ?", (VERSION_KEY,))
        conn.execute("UPDATE article_groups SET duplicate_group = 'stale', story = 'stale'")
        conn.execute("DELETE FROM dedup_edges")
    result = update_pending(conn)
    assert result.rebuilt_from == "1"
    assert result.dedup.articles == len(before) == 6
    assert _state(conn) == before
    assert get_meta(conn, VERSION_KEY) == VERSION
    assert update_pending(conn).rebuilt_from is None
    store.close()


def test_a_place_is_named_by_its_word_not_by_a_shared_stem() -> None:
    from akhbar.dedup.vocab import vocabulary
    from akhbar.stories.features import names_place, place_forms

    forms = place_forms(vocabulary().places)
    # the name, its adjectives, behind و ب ل لل
    for word in ("الرياض", "للرياض", "وبالرياض", "الباكستانيه", "امريكي", "التركي", "يمنيون"):
        assert names_place(word, forms), word
    # words whose stem is a place's: Thursday (الخميسات), the interior ministry (الداخلة),
    # protection (حماه), photos (صور, Tyre, is not kept as a place at all)
    for word in ("الخميس", "الداخليه", "الحمايه", "بالصور", "المالي"):
        assert not names_place(word, forms), word


def test_a_place_too_common_to_weigh_still_tells_two_markets_apart() -> None:
    # السعودية is in most articles, so it carries no weight in the vector, but it is still a
    # place the Pakistani market's close never names (SPA, 2015-08-10)
    saudi = story_features(
        "اقتصادي / مؤشر سوق الأسهم السعودية يرتفع 135 نقطة بتداولات 4 مليارات ريال",
        "الرياض 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس\nأغلق مؤشر سوق الأسهم السعودية "
        "اليوم على ارتفاع ب 135.65 نقطة بنسبة 1.56 % ليغلق عند مستوى 8834.82 نقطة.",
    )
    karachi = story_features(
        "اقتصادي / الأسهم الباكستانية تغلق على تراجع بنسبة 0.38%",
        "إسلام آباد 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس\nأغلق مؤشر بورصة كراتشي كبرى "
        "أسواق الأسهم الباكستانية تعاملاته اليومية عند مستوى 36084 نقطة على تراجع بلغ 0.38%.",
    )
    assert "سعود" not in saudi.vector and "سعود" in saudi.heads
    assert cosine(saudi, karachi) > 0.3
    assert conflicting(saudi, karachi)
    # another outlet's report of the Saudi close names no other place: no conflict
    local = story_features("الأسهم السعودية ترتفع 135 نقطة", "أغلق مؤشر السوق اليوم مرتفعا.")
    assert not conflicting(saudi, local)


def test_saved_story_features_of_another_version_are_computed_again(
    labelled: SQLiteStore,
) -> None:
    conn = labelled.connection
    rowid = conn.execute("SELECT max(rowid) FROM articles").fetchone()[0]
    feats = story_features(*BEIRUT)
    with conn:
        saved.save(conn, {rowid: feats})
    assert saved.load(conn, [rowid])[rowid].vector == feats.vector
    with conn:
        conn.execute("UPDATE meta SET value = '1' WHERE key = 'stories.features_version'")
    assert saved.load(conn, [rowid]) == {}  # stale: forgotten, the caller computes them again


def test_cartoon_and_photo_posts_are_neither_copies_nor_one_story(tmp_path: Path) -> None:
    # 2015-08-06..08: the cartoons (``كاريكاتير`` ×10 on one day from one outlet, ``الكاريكاتير``,
    # ``كاريكاتير 2015/8/7``) and ``صور اقتصادية`` posts of four outlets, their bodies empty:
    # a label says nothing of what the picture shows, so no two are one text or one story
    store = open_store(tmp_path / "cartoons.sqlite")
    _ingest_day_by_day(store, _items("snn_cartoons.jsonl.gz"))
    conn = store.connection
    rows = conn.execute(
        "SELECT headline, duplicate_group, story FROM articles JOIN article_groups "
        "ON article = rowid"
    ).fetchall()
    edges = conn.execute("SELECT count(*) FROM dedup_edges").fetchone()[0]
    store.close()
    assert len(rows) == 23 and sum(h == "كاريكاتير" for h, _, _ in rows) == 15
    assert edges == 0
    assert len({story for _, _, story in rows}) == len(rows)
