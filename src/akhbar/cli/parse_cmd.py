"""``akhbar parse PATH... [--pretty]``: raw pages → one ``akhbar.page/1`` JSON object per line."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING, cast

import typer

from akhbar.cli import app
from akhbar.model import Page, Rejected
from akhbar.read import FORMATS

if TYPE_CHECKING:
    from akhbar.read import Doc, Format
    from akhbar.read.textfiles import TextDoc


@app.command("parse")
def parse_cmd(
    paths: list[str] = typer.Argument(
        ...,
        help="Plain-text pages, directories (read recursively, sorted; hidden entries and "
        "README/LICENSE/CHANGELOG files in them are skipped, with a note), JSONL files (a "
        '"text" page per record, or title/content fields as in a JSON corpus), JSON, CSV/TSV '
        "and Parquet corpora, zip and tar archives, HTML, feeds, WARCs (gzip, bzip2 and zstd "
        "read through), or - for stdin (its kind told from its bytes; CSV with --format csv).",
        metavar="PATH...",
    ),
    pretty: bool = typer.Option(False, "--pretty", help="Indent the JSON (one page per block)."),
    format: str | None = typer.Option(
        None,
        "--format",
        help=f"Read every input, stdin too, as this format: {', '.join(FORMATS)} (CSV on stdin "
        "needs it: it is not told from the bytes).",
    ),
) -> None:
    """Parse raw Arabic news pages into structured articles (JSONL on stdout).

    Unreadable inputs (empty, binary, not UTF-8/CP1256, malformed JSONL lines) are reported on
    stderr, one line each; the others are still parsed, and the exit code is 1 at the end.
    Repairs (stray NUL bytes removed) and skipped entries of a directory are noted on stderr.
    """
    if format is not None and format not in FORMATS:
        choices = ", ".join(FORMATS)
        typer.echo(f"akhbar parse: unknown --format {format!r}; choose one of {choices}", err=True)
        raise typer.Exit(2)
    fmt = cast("Format | None", format)
    failed = 0
    noted: set[str] = set()  # files already said to be read in another encoding
    seen: dict[tuple[int, int], str] = {}  # files met, so one named twice is read once
    # imported here: `akhbar --help` and the other commands need not compile the parser
    from akhbar.parse import parse_text
    from akhbar.read import iter_any_pages, iter_inputs
    from akhbar.read.textfiles import TextDoc, printable

    def note(message: str) -> None:
        typer.echo(f"akhbar parse: {message}", err=True)

    def pages() -> Iterator[tuple[TextDoc | Doc | None, Page | Rejected]]:
        """Every input's pages; a reader's own bug on one input is one error, not the end."""
        for given in paths:
            for name, path in iter_inputs([given], on_skip=note, seen=seen):
                # one input at a time: a file found in a directory by its path, one named on
                # the command line as it was given (``./page.txt`` stays so)
                one = str(path) if path is not None and name != printable(given) else given
                try:
                    yield from iter_any_pages(
                        [one], parse=parse_text, stdin=sys.stdin.buffer, format=fmt
                    )
                except Exception as exc:  # reported, and the next input is read
                    why = f"{type(exc).__name__}: {exc}"
                    reason = f"internal error while reading {name} ({why}); please report it"
                    yield None, Rejected(input=name, reason=reason)

    for doc, page in pages():
        if isinstance(page, Rejected):
            failed += 1
            typer.echo(f"akhbar parse: {page.reason}", err=True)
            continue
        for warning in doc.warnings if doc is not None else ():
            note(warning if warning.startswith("note: ") else f"warning: {warning}")
        if isinstance(doc, TextDoc) and doc.encoding != "utf-8":
            file, _, line = doc.input.partition("#")
            if file not in noted:
                noted.add(file)
                where = f"{file} (from line {line})" if line else file
                typer.echo(f"akhbar parse: {where}: not UTF-8, read as {doc.encoding}", err=True)
        line = json.dumps(page.to_dict(), ensure_ascii=False, indent=2 if pretty else None)
        # U+2028/U+2029 are line breaks to str.splitlines and JavaScript: escaped, as JSON allows
        typer.echo(line.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))
    if failed:
        typer.echo(f"akhbar parse: {failed} input(s) could not be read", err=True)
        raise typer.Exit(1)


__all__ = ["parse_cmd"]
