"""The ``akhbar`` command line: thin commands over the library.

Each command lives in its own module and registers itself on ``app``; errors become
messages here only (``AkhbarError`` -> one line on stderr, non-zero exit).
"""

from __future__ import annotations

import typer

from akhbar import __version__

app = typer.Typer(
    name="akhbar",
    help="akhbar — Arabic news: parse, ingest, search, dedupe and serve.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    # a docstring's paragraph is flowed to the terminal's width, not broken where its source
    # lines end ("rich" keeps those line ends, so --help showed short lines mid-sentence)
    rich_markup_mode="markdown",
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"akhbar {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Print the version and exit."
    ),
) -> None:
    """akhbar — Arabic news: parse, ingest, search, dedupe and serve."""


# Commands register themselves on import (one module per command group).
from akhbar.cli import (  # noqa: E402
    dedup_cmd,  # noqa: F401
    ingest_cmd,  # noqa: F401
    parse_cmd,  # noqa: F401
    search_cmd,  # noqa: F401
    serve_cmd,  # noqa: F401
)


def main() -> None:
    app()


__all__ = ["app", "main"]
