"""``akhbar dedup`` and ``akhbar stories``: duplicate groups and stories of a store."""

from __future__ import annotations

import json
import re
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from akhbar.cli import app
from akhbar.errors import AkhbarError
from akhbar.store import SQLiteStore, open_store
from akhbar.store.queries import group_counts, has_table

if TYPE_CHECKING:  # imported where used: the other commands need not load numpy and scipy
    from akhbar.stories import Story

_DB_HELP = "The SQLite store file."
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _fail(command: str, message: str) -> typer.Exit:
    typer.echo(f"akhbar {command}: {message}", err=True)
    return typer.Exit(2)


def _open(db: Path, command: str) -> SQLiteStore:
    try:
        store = open_store(db, create=False)
    except AkhbarError as exc:
        raise _fail(command, str(exc)) from exc
    if command == "dedup" and store.readonly:
        store.close()
        raise _fail(command, f"{db} is read-only; dedup writes its groups and stories there")
    return store


@contextmanager
def _working(what: str) -> Iterator[None]:
    """A spinner on a terminal while a pass runs (a full pass over a large store takes
    seconds and reports no steps; the summary then gives its time); nothing otherwise."""
    if not sys.stderr.isatty():
        yield
        return
    from rich.console import Console

    with Console(stderr=True).status(f"akhbar dedup: {what}…"):
        yield


@app.command("dedup")
def dedup_cmd(
    db: Path = typer.Option(Path("akhbar.db"), "--db", help=_DB_HELP),
    full: bool = typer.Option(
        False, "--rebuild", help="Forget groups and stories and recompute them from scratch."
    ),
) -> None:
    """Group near-duplicate articles and cluster stories (new articles only, or --rebuild)."""
    from akhbar.dedup import rebuild, update_pending

    started = time.perf_counter()
    with _open(db, "dedup") as store, _working("grouping copies and placing stories"):
        try:
            result = rebuild(store.connection) if full else update_pending(store.connection)
        except AkhbarError as exc:
            raise _fail("dedup", str(exc)) from exc
        groups, multi = group_counts(store.connection)
    seconds = time.perf_counter() - started
    d = result.dedup
    if result.rebuilt_from is not None:
        typer.echo(
            f"the store's groups and stories were made by dedup version {result.rebuilt_from}: "
            "recomputed them all"
        )
    typer.echo(
        f"{d.articles} articles processed, {d.edges} copy pairs, {d.merged} joined a group; "
        f"{groups} groups ({multi} with copies); {result.stories} articles placed in stories "
        f"({seconds:.1f} s)"
    )


def _span(s: Story) -> str:
    first, last = (s.first_seen or "")[:16], (s.last_seen or "")[:16]
    return first if first[:10] == last[:10] else f"{first} → {last}"


@app.command("stories")
def stories_cmd(
    db: Path = typer.Option(Path("akhbar.db"), "--db", help=_DB_HELP),
    day: str | None = typer.Option(None, "--day", help="Only stories with an article that day."),
    outlet: str | None = typer.Option(None, "--outlet", help="Only stories with this outlet."),
    min_size: int = typer.Option(2, "--min-size", min=1, help="Smallest story shown."),
    limit: int = typer.Option(30, "--limit", min=0, help="How many stories."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON lines."),
) -> None:
    """List stories (title, size, outlets, time span), largest first."""
    from akhbar.stories import list_stories

    if day is not None and not _DAY.fullmatch(day):
        raise _fail("stories", f"--day must be YYYY-MM-DD, got {day!r}")
    with _open(db, "stories") as store:
        conn = store.connection
        if not has_table(conn, "stories"):
            raise _fail("stories", f"{db} has no stories yet; run `akhbar dedup --db {db}`")
        stories = list_stories(conn, day=day, outlet=outlet, min_size=min_size, limit=limit)
    for s in stories:
        if as_json:
            typer.echo(json.dumps(s.to_dict(), ensure_ascii=False))
        else:
            typer.echo(f"{s.size:4d}  {s.title or '(no headline)'}")
            typer.echo(f"      {_span(s)}  {', '.join(s.outlets)}")
