"""Reading the rule tables shipped in ``akhbar/text/data`` (read once, at import)."""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from typing import Any

from akhbar.errors import ModelError


def _read(name: str) -> str:
    path = files("akhbar.text").joinpath("data", name)
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ModelError(
            f"akhbar/text/data/{name} is missing or unreadable; reinstall akhbar"
        ) from exc


def read_json(name: str) -> dict[str, Any]:
    """A JSON object from ``data/<name>``; ModelError naming the file and line if it is broken."""
    try:
        table: dict[str, Any] = json.loads(_read(name))
    except json.JSONDecodeError as exc:
        raise ModelError(f"akhbar/text/data/{name}:{exc.lineno}: {exc.msg}") from exc
    return table


def read_lines(name: str) -> list[str]:
    """The entries of a one-per-line list in ``data/<name>``: blank lines and ``#`` comments skipped."""
    lines = (line.strip() for line in _read(name).splitlines())
    return [line for line in lines if line and not line.startswith("#")]


@cache
def places() -> frozenset[str]:
    """One-word place names, search-normalized (``akhbar/dedup/data/places.txt``, written by
    ``akhbar.dedup.vocab.build_places``): the story clustering's and the page parser's one
    gazetteer, read here so that the parser need not import dedup and its numeric stack."""
    path = files("akhbar").joinpath("dedup", "data", "places.txt")
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ModelError(
            f"akhbar/dedup/data/places.txt is missing or unreadable: {exc}; reinstall akhbar"
        ) from exc
    return frozenset(w for w in text.split("\n") if w)
