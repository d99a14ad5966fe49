"""``akhbar search QUERY`` and ``akhbar search --batch FILE``: thin shell over ``akhbar.search``."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from akhbar.cli import app
from akhbar.errors import AkhbarError
from akhbar.store import open_store

if TYPE_CHECKING:  # imported where used: the other commands need not load the search stack
    from akhbar.search import Filters, SearchResults

_DEFAULT_DB = Path("akhbar.db")


def _print_human(results: SearchResults) -> None:
    from rich.console import Console
    from rich.markup import escape

    console = Console(highlight=False)
    shown = f"{results.offset + 1}–{results.offset + len(results.hits)}" if results.hits else "0"
    partial = f" ({results.relaxed} match only some of the words)" if results.relaxed else ""
    console.print(f"[bold]{results.total}[/bold] results{partial}; showing {shown}")
    if results.notice:
        console.print(f"[yellow]note:[/yellow] {escape(results.notice)}")
    for k, hit in enumerate(results.hits, start=results.offset + 1):
        snippet = _rich_marked(hit.snippet_text, hit.snippet_spans, escape)
        head = _rich_marked(hit.headline or "", hit.headline_spans, escape)
        if hit.copy_of:  # the same text as the article above: no snippet again
            console.print(
                f"[dim]{k:>3}.[/dim]   [dim]copy in[/dim] [cyan]{escape(hit.outlet or '')}[/cyan]"
                f" {escape(hit.published or '')}: {head}  [dim]{escape(hit.url or '')}[/dim]"
            )
            continue
        console.print(
            f"\n[dim]{k:>3}.[/dim] {head}\n     [cyan]{escape(hit.outlet or '')}[/cyan] "
            f"{escape(hit.published or '')}  [dim]{escape(hit.url or '')}[/dim]\n     {snippet}"
        )


def _rich_marked(
    text: str, spans: tuple[tuple[int, int], ...], escape: Callable[[str], str]
) -> str:
    out: list[str] = []
    last = 0
    for a, b in spans:
        out += [escape(text[last:a]), "[bold yellow]", escape(text[a:b]), "[/bold yellow]"]
        last = b
    out.append(escape(text[last:]))
    return "".join(out)


def _json(results: SearchResults) -> dict[str, object]:
    out: dict[str, object] = {"query": results.query}
    if results.notice:  # how the query was searched (e.g. common words as one phrase)
        out["notice"] = results.notice
    return out | {"results": [h.to_dict() for h in results.hits]}


@app.command("search", context_settings={"ignore_unknown_options": True})
def search_cmd(
    query: str = typer.Argument(
        None,
        help='Words (any form matches), "exact phrases", -excluded, a OR b.',
        show_default=False,
    ),
    db: Path = typer.Option(_DEFAULT_DB, "--db", help="The akhbar store (SQLite file)."),
    limit: int = typer.Option(10, "--limit", help="Results per query (1–100)."),
    offset: int = typer.Option(0, "--offset", help="Skip this many results (pagination)."),
    outlet: list[str] = typer.Option([], "--outlet", help="Only this outlet (repeatable)."),
    date_from: str = typer.Option(None, "--from", help="Published on or after YYYY-MM-DD."),
    date_to: str = typer.Option(None, "--to", help="Published on or before YYYY-MM-DD."),
    tag: list[str] = typer.Option([], "--tag", help="Only articles with this tag (repeatable)."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object."),
    batch: Path = typer.Option(
        None, "--batch", help="Run one query per line of FILE; print JSONL in the same order."
    ),
    plain: bool = typer.Option(
        False, "--plain", help="Plain BM25 order: do not move an article's copies up behind it."
    ),
) -> None:
    """Search the store's articles (Arabic-aware: hamza, harakat, prefixes and suffixes).

    With --batch, each line's results are printed as {"query", "results"}; a line whose query
    is unusable gets "error" instead of "results" and the others still run (exit code 1).
    """
    if (query is None) == (batch is None):
        typer.echo("akhbar search: give a QUERY or --batch FILE (one of the two)", err=True)
        raise typer.Exit(2)
    if not db.exists():
        typer.echo(f"akhbar search: {db} does not exist; create it with `akhbar ingest`", err=True)
        raise typer.Exit(2)  # as stats, export, dedup, stories and serve: no store to read
    from akhbar.search import Filters, search

    filters = Filters(outlets=tuple(outlet), date_from=date_from, date_to=date_to, tags=tuple(tag))
    try:
        store = open_store(db, create=False)
    except AkhbarError as exc:
        typer.echo(f"akhbar search: {exc}", err=True)
        raise typer.Exit(2) from exc
    with store:
        conn = store.connection
        if batch is not None:
            _batch(conn, batch, filters, limit, offset, group_copies=not plain)
            return
        try:
            results = search(
                conn, query, filters=filters, limit=limit, offset=offset, group_copies=not plain
            )
        except AkhbarError as exc:
            typer.echo(f"akhbar search: {exc}", err=True)
            raise typer.Exit(1) from exc
    if as_json:
        out = _json(results) | {"total": results.total, "offset": results.offset}
        typer.echo(json.dumps(out, ensure_ascii=False))
    else:
        _print_human(results)


def _batch(
    conn: sqlite3.Connection,
    path: Path,
    filters: Filters,
    limit: int,
    offset: int,
    *,
    group_copies: bool,
) -> None:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        typer.echo(f"akhbar search: cannot read {path}: {exc}", err=True)
        raise typer.Exit(1) from exc
    from akhbar.search import SearchMemo, search

    failed = 0
    memo = SearchMemo()  # one per run: a common word is counted once, not once per line
    for n, line in enumerate(lines, start=1):
        q = line.strip()
        if not q:
            continue
        try:
            results = search(
                conn, q, filters=filters, limit=limit, offset=offset, memo=memo,
                group_copies=group_copies,
            )  # fmt: skip
        except AkhbarError as exc:
            failed += 1
            typer.echo(json.dumps({"query": q, "error": str(exc)}, ensure_ascii=False))
            typer.echo(f"akhbar search: {path}:{n}: {exc}", err=True)
            continue
        typer.echo(json.dumps(_json(results), ensure_ascii=False))
    if failed:
        raise typer.Exit(1)


__all__ = ["search_cmd"]
