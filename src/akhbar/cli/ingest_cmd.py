"""``akhbar ingest``, ``akhbar export`` and ``akhbar stats``: fill a store, dump it, count it."""

from __future__ import annotations

import csv
import json
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import typer

from akhbar.cli import app
from akhbar.errors import AkhbarError
from akhbar.read import DEFAULT_FIELDS, FORMATS, Format, parse_field_map, reject_message
from akhbar.store import SQLiteStore, open_store

if TYPE_CHECKING:  # imported where used: the other commands need not load the pipeline
    from akhbar.ingest import IngestSummary, Progress

_DB_HELP = "The SQLite store file."
_EXPORT_FORMATS = ("jsonl", "csv", "parquet")
#: export columns that hold lists or objects (JSON-encoded in CSV)
_NESTED = ("body", "tags", "embedded", "related", "discarded")


def _fail(command: str, message: str) -> typer.Exit:
    typer.echo(f"akhbar {command}: {message}", err=True)
    return typer.Exit(2)


@contextmanager
def _progress_reporter() -> Iterator[Callable[[Progress], None]]:
    """A Rich bar (bytes read, records/s, ETA) on a terminal; plain log lines otherwise."""
    started = time.perf_counter()
    if not sys.stderr.isatty():
        last = [""]

        def log(p: Progress) -> None:
            if p.input != last[0] or p.inputs_done == p.inputs_total:
                last[0] = p.input
                rate = p.read / max(time.perf_counter() - started, 1e-9)
                typer.echo(
                    f"akhbar ingest: [{p.inputs_done}/{p.inputs_total}] {p.input}: read {p.read}, "
                    f"stored {p.stored}, rejected {p.rejected} ({rate:.0f} records/s)",
                    err=True,
                )

        yield log
        return
    from rich.progress import (
        BarColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )
    from rich.progress import Progress as Bar

    with Bar(
        TextColumn("{task.description}"),
        BarColumn(),
        TextColumn("{task.fields[records]} records · {task.fields[rate]}/s"),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        transient=False,
    ) as bar:
        task = bar.add_task("ingest", total=None, records=0, rate=0)

        def show(p: Progress) -> None:
            rate = p.read / max(time.perf_counter() - started, 1e-9)
            bar.update(
                task,
                total=p.bytes_total or None,
                completed=p.bytes_done,
                description=f"[{p.inputs_done}/{p.inputs_total}] {Path(p.input).name}",
                records=p.read,
                rate=f"{rate:.0f}",
            )

        yield show


def summary_lines(s: IngestSummary) -> list[str]:
    """The end-of-run summary, one fact per line."""
    lines = [
        f"inputs:  {s.inputs} ({s.skipped_inputs} unchanged, skipped)",
        f"read:    {s.read}",
        f"stored:  {s.stored}",
        f"present: {s.present} (already in the store)",
        f"rejected: {s.rejected_total}",
    ]
    lines += [f"  {n:>6}  {reason}" for reason, n in s.rejected]
    lines.append(f"seconds: {s.seconds:.1f}")
    return lines


@app.command("ingest")
def ingest_cmd(
    paths: list[str] = typer.Argument(
        ...,
        help="Files or directories: HTML, WARC, RSS/Atom, JSON/JSONL, CSV/TSV, Parquet, zip "
        "and tar archives, text (gzip, bzip2 and zstd read through). In a "
        "directory, hidden entries (.git/, .DS_Store) and README/LICENSE/CHANGELOG files are "
        "skipped with a note; name such a file to read it.",
        metavar="PATH...",
    ),
    db: Path = typer.Option(Path("akhbar.db"), "--db", help=_DB_HELP),
    format: str | None = typer.Option(
        None,
        "--format",
        help=f"Read every input, stdin too, as this format: {', '.join(FORMATS)} (CSV on stdin needs it).",
    ),
    fields: str | None = typer.Option(
        None,
        "--fields",
        help="JSON field or CSV/Parquet column mapping, e.g. "
        "'headline=titre,body=texte|contenu' (defaults read SaudiNewsNet).",
    ),
    workers: int | None = typer.Option(
        None,
        "--workers",
        min=1,
        help="Parse in N processes (default: every core, up to 4, for large inputs; else 1).",
    ),
    as_json: bool = typer.Option(False, "--json", help="Print the summary as JSON."),
) -> None:
    """Read news inputs into the store: new articles are added, known ones skipped.

    Inputs that cannot be read are named on stderr, one line each, and kept as rejects with
    their reason; the run goes on and the exit code is 1 when anything was rejected. A rerun
    skips inputs already read clean and reads again those that had rejects, so they are
    reported again (nothing is stored twice).
    """
    if format is not None and format not in FORMATS:
        raise _fail("ingest", f"unknown --format {format!r}; choose one of {', '.join(FORMATS)}")
    try:
        field_map = parse_field_map(fields) if fields else DEFAULT_FIELDS
    except ValueError as exc:
        raise _fail("ingest", str(exc)) from exc
    fmt: Format | None = format  # type: ignore[assignment]  # checked against FORMATS above
    from akhbar.ingest import ingest

    try:
        with open_store(db) as store, _progress_reporter() as progress:
            summary = ingest(
                paths,
                store,
                format=fmt,
                fields=field_map,
                workers=workers,
                progress=progress,
                on_reject=lambda r: typer.echo(f"akhbar ingest: {reject_message(r)}", err=True),
            )
    except AkhbarError as exc:
        raise _fail("ingest", str(exc)) from exc
    except KeyboardInterrupt:
        typer.echo(
            "akhbar ingest: interrupted; every finished batch is stored, run the same command "
            "again to finish",
            err=True,
        )
        raise typer.Exit(130) from None
    for note in summary.notes:
        typer.echo(f"akhbar ingest: {note}", err=True)
    if as_json:
        typer.echo(json.dumps(summary.to_dict(), ensure_ascii=False))
    else:
        for line in summary_lines(summary):
            typer.echo(line)
    if summary.rejected_total:
        raise typer.Exit(1)


def _open_existing(db: Path, command: str) -> SQLiteStore:
    try:
        return open_store(db, create=False)
    except AkhbarError as exc:
        raise _fail(command, str(exc)) from exc


def _write_parquet(rows: Iterator[dict[str, Any]], out: str) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    n = 0
    batch: list[dict[str, Any]] = []
    writer = None
    try:
        for row in rows:
            batch.append(
                {
                    k: json.dumps(v, ensure_ascii=False) if k in ("embedded", "related") else v
                    for k, v in row.items()
                }
            )
            n += 1
            if len(batch) >= 5000:
                table = pa.Table.from_pylist(batch)
                writer = writer or pq.ParquetWriter(out, table.schema)
                writer.write_table(table)
                batch = []
        if batch or writer is None:
            table = pa.Table.from_pylist(batch)
            writer = writer or pq.ParquetWriter(out, table.schema)
            writer.write_table(table)
    finally:
        if writer is not None:
            writer.close()
    return n


def _write_text(rows: Iterator[dict[str, Any]], fmt: str, fh: IO[str]) -> int:
    n = 0
    if fmt == "jsonl":
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
            n += 1
        return n
    writer: csv.DictWriter[str] | None = None
    for row in rows:
        flat = {k: json.dumps(v, ensure_ascii=False) if k in _NESTED else v for k, v in row.items()}
        if writer is None:
            writer = csv.DictWriter(fh, fieldnames=list(flat))
            writer.writeheader()
        writer.writerow(flat)
        n += 1
    return n


@app.command("export")
def export_cmd(
    db: Path = typer.Option(Path("akhbar.db"), "--db", help=_DB_HELP),
    format: str = typer.Option("jsonl", "--format", help="jsonl, csv or parquet."),
    out: str | None = typer.Option(
        None, "--out", help="Output file (default: stdout; parquet needs one)."
    ),
) -> None:
    """Write every stored article, one per line/row, with every field (id, url, outlet, …)."""
    if format not in _EXPORT_FORMATS:
        raise _fail(
            "export", f"unknown --format {format!r}; choose one of {', '.join(_EXPORT_FORMATS)}"
        )
    if format == "parquet" and not out:
        raise _fail("export", "parquet is binary: give a file with --out FILE")
    with _open_existing(db, "export") as store:
        rows = (r.to_dict() for r in store.iter_records())
        try:
            if format == "parquet":
                assert out is not None
                n = _write_parquet(rows, out)
            elif out:
                with open(out, "w", encoding="utf-8", newline="") as fh:
                    n = _write_text(rows, format, fh)
            else:
                n = _write_text(rows, format, sys.stdout)
        except (FileNotFoundError, IsADirectoryError, PermissionError) as exc:
            raise _fail("export", f"cannot write {out}: {exc.strerror}") from exc
    typer.echo(f"akhbar export: {n} articles", err=True)


@app.command("stats")
def stats_cmd(
    db: Path = typer.Option(Path("akhbar.db"), "--db", help=_DB_HELP),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Count the store: articles by outlet and by day, rejects by reason."""
    with _open_existing(db, "stats") as store:
        stats = store.stats()
    if as_json:
        typer.echo(json.dumps(stats.to_dict(), ensure_ascii=False, indent=1))
        return
    typer.echo(f"articles: {stats.articles}  (from {stats.inputs} inputs)")
    typer.echo("by outlet:")
    for name, n in stats.by_outlet:
        typer.echo(f"  {n:>7}  {name or '(none)'}")
    typer.echo("by day:")
    for day, n in stats.by_day:
        typer.echo(f"  {n:>7}  {day or '(no date)'}")
    typer.echo("rejects by reason:")
    for reason, n in stats.rejects_by_reason:
        typer.echo(f"  {n:>7}  {reason}")


__all__ = ["export_cmd", "ingest_cmd", "stats_cmd", "summary_lines"]
