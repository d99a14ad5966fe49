"""The command line as a whole: version, help, and every command documented in the README."""

from __future__ import annotations

import re
import subprocess
import sys
from itertools import pairwise
from pathlib import Path

import typer
from typer.testing import CliRunner

import akhbar
from akhbar.cli import app

ROOT = Path(__file__).resolve().parents[1]


def _command_names() -> list[str]:
    group = typer.main.get_command(app)
    return sorted(group.commands)  # type: ignore[attr-defined]


def test_version_is_importable_and_printed() -> None:
    assert re.fullmatch(r"\d+\.\d+\.\d+.*", akhbar.__version__)
    result = CliRunner().invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.output.strip() == f"akhbar {akhbar.__version__}"


def test_help_lists_every_command() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "akhbar", "--help"], capture_output=True, text=True, check=True
    )
    for name in _command_names():
        assert name in result.stdout


def test_every_command_is_documented_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    names = _command_names()
    assert {"parse"} <= set(names)
    missing = [n for n in names if f"akhbar {n}" not in readme]
    assert not missing, f"README does not show: {missing}"


def test_ingest_names_each_reject_on_stderr_as_parse_does(tmp_path: Path) -> None:
    """A user who runs ``akhbar ingest`` sees which line was refused and why (the README's
    ``FILE:LINE: malformed JSON (…)``, the same line ``akhbar parse`` prints), and what columns
    a table without a text column has, not only a count by reason."""
    lines = (ROOT / "tests/fixtures/search_slice.jsonl").read_text(encoding="utf-8").splitlines()
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("\n".join([lines[0], lines[1][:40], lines[2]]) + "\n", encoding="utf-8")
    table = tmp_path / "clicks.csv"
    table.write_text("id,link,clicks\n1,http://aawsat.com/home/article/410796,12\n")
    runner = CliRunner()
    parsed = runner.invoke(app, ["parse", str(corpus)])
    refused = [line for line in parsed.stderr.splitlines() if ":2: " in line]
    assert refused == [f"akhbar parse: {corpus}:2: malformed JSON (Expecting value at column 41)"]
    db = tmp_path / "x.db"
    result = runner.invoke(app, ["ingest", str(corpus), str(table), "--db", str(db)])
    assert result.exit_code == 1
    err = result.stderr.splitlines()
    assert refused[0].replace("akhbar parse", "akhbar ingest") in err
    assert (
        f"akhbar ingest: {table}: no text column (its columns: id, link, clicks; name the text "
        "column with akhbar ingest --fields body=COLUMN)"
    ) in err
    assert "rejected: 2" in result.stdout.splitlines()


def test_help_paragraphs_are_wrapped_by_the_terminal_width_only() -> None:
    """A command's description is one flowing paragraph per blank-line block: the docstring's
    own line ends must not show as short lines in ``--help`` (``a line whose query`` / ``is
    unusable…`` broken where the source was, then again at the terminal's edge)."""
    width = 80
    for name in ["", *_command_names()]:
        args = [name, "--help"] if name else ["--help"]
        result = CliRunner().invoke(app, args, env={"COLUMNS": str(width), "TERMINAL_WIDTH": ""})
        assert result.exit_code == 0, result.output
        text = result.stdout.split("╭")[0]  # the description, above the option boxes
        lines = [line.strip() for line in text.splitlines()]
        for line, after in pairwise(lines):
            if line and after:  # two lines of one paragraph: the next word did not fit
                assert len(line) + 1 + len(after.split()[0]) > width - 4, (name, line, after)


def test_every_command_exits_2_when_the_store_is_missing(tmp_path: Path) -> None:
    """No store to read is the same failure for every command that reads one: exit code 2
    (1 is kept for inputs or queries that could not be used), naming the file."""
    missing = tmp_path / "nope.db"
    for args in (
        ["search", "الرياض"],
        ["stats"],
        ["export", "--out", str(tmp_path / "out.jsonl")],
        ["dedup"],
        ["stories"],
    ):
        out = CliRunner().invoke(app, [*args, "--db", str(missing)])
        assert out.exit_code == 2, (args, out.exit_code, out.output)
        assert "nope.db" in out.output, args
    assert not missing.exists()
