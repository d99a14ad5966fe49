"""``akhbar parse PATH... [--pretty]``: raw pages → one ``akhbar.page/1`` JSON object per line."""

from __future__ import annotations

import json
import sys

import typer

from akhbar.cli import app
from akhbar.model import Rejected


@app.command("parse")
def parse_cmd(
    paths: list[str] = typer.Argument(
        ...,
        help="Plain-text pages, directories (read recursively, sorted; hidden entries and "
        "README/LICENSE/CHANGELOG files in them are skipped, with a note), JSONL files with a "
        '"text" field per record, or - for stdin.',
        metavar="PATH...",
    ),
    pretty: bool = typer.Option(False, "--pretty", help="Indent the JSON (one page per block)."),
) -> None:
    """Parse raw Arabic news pages into structured articles (JSONL on stdout).

    Unreadable inputs (empty, binary, not UTF-8/CP1256, malformed JSONL lines) are reported on
    stderr, one line each; the others are still parsed, and the exit code is 1 at the end.
    Repairs (stray NUL bytes removed) and skipped entries of a directory are noted on stderr.
    """
    failed = 0
    noted: set[str] = set()  # files already said to be read in another encoding
    # imported here: `akhbar --help` and the other commands need not compile the parser
    from akhbar.parse import parse_text
    from akhbar.read import iter_any_pages as iter_pages
    from akhbar.read.textfiles import TextDoc

    def note(message: str) -> None:
        typer.echo(f"akhbar parse: {message}", err=True)

    for doc, page in iter_pages(paths, parse=parse_text, stdin=sys.stdin.buffer, on_skip=note):
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
        typer.echo(json.dumps(page.to_dict(), ensure_ascii=False, indent=2 if pretty else None))
    if failed:
        typer.echo(f"akhbar parse: {failed} input(s) could not be read", err=True)
        raise typer.Exit(1)


__all__ = ["parse_cmd"]
