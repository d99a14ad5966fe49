"""The command line as a whole: version, help, and every command documented in the README."""

from __future__ import annotations

import re
import subprocess
import sys
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
