"""The CLI run in-process, as the input tests read it: exit code, pages printed, stderr lines.

A run must end by exiting (any code): an exception escaping the CLI is a traceback a user
would see, so it fails the test that caused it."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from akhbar.cli import app


def run(args: list[str], stdin: bytes | None = None) -> tuple[int, list[dict[str, Any]], list[str]]:
    """``akhbar ARGS`` (``stdin`` piped in): exit code, the JSON objects printed, stderr lines."""
    result = CliRunner().invoke(app, args, input=stdin)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    out = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    return result.exit_code, out, result.stderr.splitlines()


def ingest(
    args: list[str], db: Path, stdin: bytes | None = None
) -> tuple[int, list[str], sqlite3.Connection]:
    """``akhbar ingest ARGS --db DB``: exit code, stderr lines, a connection to the store."""
    result = CliRunner().invoke(app, ["ingest", *args, "--db", str(db)], input=stdin)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stderr.splitlines(), sqlite3.connect(db)


def could_not(n: int) -> str:
    """The last line ``akhbar parse`` prints when ``n`` inputs could not be read."""
    return f"akhbar parse: {n} input(s) could not be read"
