"""The ingest pipeline: everything stored once, nothing lost, crash-safe, the same with workers."""

from __future__ import annotations

import gzip
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from akhbar.cli import app
from akhbar.ingest import ingest, installed_stages
from akhbar.store import open_store

FIXTURES = Path(__file__).parent / "fixtures"
SLICE = FIXTURES / "saudinewsnet" / "2015-07-23.zip"
GOLD = FIXTURES / "html-gold"
FEEDS = FIXTURES / "feeds"
INPUTS = [
    str(SLICE),
    str(GOLD / "arabic_article.html"),
    str(GOLD / "assabah.com.tn.article.html"),
    str(FEEDS),
]
#: every stored column but ingested_at, in id order: two stores that dump equal are the same
DUMP = (
    "SELECT id, outlet, url, input, headline, published, day, source, byline, body, tags, page, "
    "raw_hash, duplicate_group, story FROM articles JOIN article_groups ON article = rowid "
    "ORDER BY id"
)


def dump(db: Path) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    conn = sqlite3.connect(db)
    try:
        articles = conn.execute(DUMP).fetchall()
        rejects = conn.execute(
            "SELECT input, record, reason, detail FROM rejects ORDER BY input, record, reason"
        ).fetchall()
    finally:
        conn.close()
    return articles, rejects


def test_saudinewsnet_slice_stores_every_article_once(tmp_path: Path) -> None:
    with open_store(tmp_path / "a.db") as store:
        first = ingest([str(SLICE)], store, stages=())
        assert (first.read, first.stored, first.present, first.rejected) == (200, 200, 0, ())
        again = ingest([str(SLICE)], store, stages=())
        assert (again.stored, again.present, again.skipped_inputs) == (0, 200, 1)
        assert store.count() == 200


def test_identical_text_from_two_outlets_is_stored_twice(tmp_path: Path) -> None:
    with open_store(tmp_path / "a.db") as store:
        ingest([str(SLICE)], store, stages=())
        pairs = store.connection.execute(
            "SELECT count(*) FROM articles a JOIN articles b ON a.body = b.body AND a.rowid < b.rowid "
            "WHERE a.outlet != b.outlet AND a.body != ''"
        ).fetchone()[0]
    assert pairs == 5  # the slice holds 5 alyaum/aleqtisadiya copies of one agency text


def test_new_inputs_append_and_known_ones_add_nothing(tmp_path: Path) -> None:
    with open_store(tmp_path / "a.db") as store:
        ingest([str(SLICE)], store, stages=())
        more = ingest([str(SLICE), str(FEEDS)], store, stages=())
        assert (more.stored, more.skipped_inputs) == (6, 1)
        assert store.count() == 206


def test_the_same_bytes_under_another_name_add_nothing(tmp_path: Path) -> None:
    copy = tmp_path / "copy.zip"
    copy.write_bytes(SLICE.read_bytes())
    with open_store(tmp_path / "a.db") as store:
        ingest([str(SLICE)], store, stages=())
        again = ingest([str(copy)], store, stages=())
    assert again.stored == 0 and again.skipped_inputs == 1


def _broken_inputs(d: Path, write_warc: Callable[..., object]) -> dict[str, str]:
    """Broken files made from real inputs; name -> the reject reason expected."""
    items = json.loads(zipfile.ZipFile(SLICE).read("2015-07-23.json"))
    lines = [json.dumps(it, ensure_ascii=False) for it in items[:4]]
    cut_line = lines.copy()
    cut_line[2] = cut_line[2][: len(cut_line[2]) // 2]
    (d / "cut-line.jsonl").write_text("\n".join(cut_line) + "\n", encoding="utf-8")
    packed = gzip.compress(("\n".join(lines[:4]) + "\n").encode("utf-8"))
    (d / "cut.jsonl.gz").write_bytes(packed[: len(packed) // 2])
    html = (GOLD / "test_cnn_arabic.html").read_text(encoding="utf-8")
    (d / "cp1256.html").write_bytes(
        html.replace("charset=UTF-8", "charset=windows-1256").encode("cp1256", "xmlcharrefreplace")
    )
    (d / "empty.html").write_bytes(b"")
    write_warc(d / "full.warc.gz", gzip=True)
    data = (d / "full.warc.gz").read_bytes()
    (d / "full.warc.gz").unlink()
    (d / "cut.warc.gz").write_bytes(data[: int(len(data) * 0.6)])
    return {
        "cut-line.jsonl": "malformed JSON",
        "cut.jsonl.gz": "truncated or corrupt gzip",
        "cut.warc.gz": "truncated gzip",
        "empty.html": "empty file",  # was "undecodable HTML" (bug bash 4)
    }


def test_broken_inputs_are_reported_by_name_and_reason_and_the_rest_completes(
    tmp_path: Path, write_warc: Callable[..., object]
) -> None:
    broken = tmp_path / "in"
    broken.mkdir()
    expected = _broken_inputs(broken, write_warc)
    with open_store(tmp_path / "a.db") as store:
        summary = ingest([str(broken), str(SLICE)], store, stages=())
        rejects = {Path(r.input).name: r for r in store.iter_rejects()}
        # read: cut-line.jsonl 3 of 4 lines, cut.jsonl.gz the line before its cut (it was
        # rejected whole before bug bash 5), cp1256.html 1, cut.warc.gz its first page, the slice
        # 200; the JSONL lines are slice articles and the WARC page is the CNN page again (same
        # URLs), so 5 of them are already present
        assert summary.read == 3 + 1 + 1 + 1 + 200
        assert (summary.stored, summary.present) == (store.count(), 5) == (201, 5)
        cp1256 = store.connection.execute(
            "SELECT headline FROM articles WHERE input LIKE '%cp1256.html'"
        ).fetchone()
    for name, reason in expected.items():
        assert name in rejects, f"{name} not reported"
        assert rejects[name].reason == reason
    assert rejects["cut-line.jsonl"].record == "3"
    assert cp1256 == ("معارضون يسيطرون على مخازن للصواريخ بريف دمشق",)
    assert dict(summary.rejected)["malformed JSON"] == 1


def test_workers_give_the_same_store(tmp_path: Path) -> None:
    for name, workers in (("one.db", 1), ("two.db", 2)):
        with open_store(tmp_path / name) as store:
            summary = ingest(INPUTS, store, workers=workers, stages=())
            assert summary.stored == 200 + 2 + 6
    assert dump(tmp_path / "one.db") == dump(tmp_path / "two.db")


def test_post_ingest_stages_run_after_every_batch(tmp_path: Path) -> None:
    seen: list[int] = []

    def stage(conn: sqlite3.Connection) -> None:
        seen.append(conn.execute("SELECT count(*) FROM articles").fetchone()[0])

    with open_store(tmp_path / "a.db") as store:
        ingest([str(SLICE)], store, batch_size=64, stages=[stage])
    assert seen == [64, 128, 192, 200]


def test_a_stage_that_is_not_installed_is_skipped() -> None:
    assert installed_stages([("akhbar.no_such_stage", "update_pending")]) == []
    assert installed_stages([("akhbar.ingest", "no_such_function")]) == []


_CHILD = """
import sys, time
from akhbar.ingest import ingest
from akhbar.store import open_store
store = open_store(sys.argv[1])
pause = float(sys.argv[2])
# slow each batch down (or not) so the parent can kill the run part-way through
ingest(sys.argv[3:], store, batch_size=10, stages=(), progress=lambda p: time.sleep(pause))
"""


@pytest.mark.parametrize(("kill_after", "pause"), [(25, 0.05), (150, 0.05), (30, 0.0)])
def test_sigkill_mid_run_then_rerun_gives_the_identical_store(
    tmp_path: Path, kill_after: int, pause: float
) -> None:
    killed = tmp_path / "killed.db"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    child = subprocess.Popen(
        [sys.executable, "-c", _CHILD, str(killed), str(pause), *INPUTS], env=env
    )
    try:
        deadline = time.monotonic() + 30
        count = 0
        while time.monotonic() < deadline and child.poll() is None:
            if killed.exists():
                try:
                    conn = sqlite3.connect(killed, timeout=1)
                    count = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
                    conn.close()
                except sqlite3.OperationalError:
                    count = 0
                if count >= kill_after:
                    break
            time.sleep(0.01)
        assert child.poll() is None, "ingest finished before it could be killed"
        child.send_signal(signal.SIGKILL)
    finally:
        child.wait()
    kept = len(dump(killed)[0])
    assert 0 < kept < 208  # killed part-way
    with open_store(killed) as store:
        rerun = ingest(INPUTS, store, stages=())
    assert rerun.stored == 208 - kept
    with open_store(tmp_path / "clean.db") as store:
        ingest(INPUTS, store, stages=())
    assert dump(killed) == dump(tmp_path / "clean.db")


def test_cli_ingest_export_and_stats(tmp_path: Path) -> None:
    db = str(tmp_path / "c.db")
    runner = CliRunner()
    first = runner.invoke(app, ["ingest", str(SLICE), "--db", db])
    assert first.exit_code == 0, first.output
    assert "stored:  200" in first.output
    second = runner.invoke(app, ["ingest", str(SLICE), "--db", db, "--json"])
    assert json.loads(second.stdout.strip().splitlines()[-1])["stored"] == 0
    exported = runner.invoke(app, ["export", "--db", db, "--format", "jsonl"])
    rows = [json.loads(line) for line in exported.stdout.splitlines() if line.startswith("{")]
    assert len(rows) == 200
    assert {"id", "url", "outlet", "duplicate_group", "story", "body"} <= set(rows[0])
    parquet = tmp_path / "a.parquet"
    assert (
        runner.invoke(
            app, ["export", "--db", db, "--format", "parquet", "--out", str(parquet)]
        ).exit_code
        == 0
    )
    import pyarrow.parquet as pq

    table = pq.read_table(parquet)
    assert table.num_rows == 200 and "outlet" in table.column_names
    csv_out = tmp_path / "a.csv"
    assert (
        runner.invoke(
            app, ["export", "--db", db, "--format", "csv", "--out", str(csv_out)]
        ).exit_code
        == 0
    )
    assert csv_out.read_text(encoding="utf-8").count("aleqtisadiya") >= 148
    stats = json.loads(runner.invoke(app, ["stats", "--db", db, "--json"]).stdout)
    assert stats["by_outlet"] == {"aleqtisadiya": 148, "alyaum": 52}


def test_cli_names_the_valid_formats_on_a_bad_one(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app, ["ingest", str(SLICE), "--db", str(tmp_path / "x.db"), "--format", "pdf"]
    )
    assert result.exit_code == 2
    assert "choose one of text, html, warc, rss, json" in result.output


def test_cli_stats_on_a_missing_store_says_how_to_make_one(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["stats", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 2 and "akhbar ingest" in result.output


@pytest.mark.slow
def test_all_of_saudinewsnet_is_stored_and_a_second_run_adds_nothing(tmp_path: Path) -> None:
    corpus = Path(__file__).resolve().parents[2] / "shared" / "data" / "saudinewsnet"
    zips = sorted(str(p) for p in corpus.glob("*.zip"))
    if not zips:
        pytest.skip(f"SaudiNewsNet not found at {corpus}")
    with open_store(tmp_path / "all.db") as store:
        first = ingest(zips, store, stages=())
        assert (first.stored, first.rejected) == (31030, ())
        again = ingest(zips, store, stages=())
        assert (again.stored, again.present) == (0, 31030)
        outlets = dict(store.stats().by_outlet)
    assert outlets["alriyadh"] == 4852 and outlets["was"] == 369  # the corpus README's counts
