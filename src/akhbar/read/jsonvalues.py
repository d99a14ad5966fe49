"""JSON values as corpora hold them: several on one line, past Python's limits, with lone
surrogate escapes, with metadata nested in an object (JSON Lines are ``read.jsonlines``)."""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Mapping, Sequence
from typing import Any

__all__ = [
    "META_KEYS",
    "has_surrogate_escape",
    "json_kind",
    "json_problem",
    "json_values",
    "mend_surrogates",
    "record_value",
    "text_of",
]


def json_values(line: str) -> list[Any]:
    """The JSON values of one line: one, or several written one after another with no line
    break between them (``{...} {...}``, a writer that forgot its newlines). Raises what
    ``json.loads`` raises, for the first part that is not JSON."""
    try:
        return [json.loads(line)]
    except json.JSONDecodeError as exc:
        if exc.msg != "Extra data":
            raise
    values: list[Any] = []
    pos, end = 0, len(line)
    while True:
        while pos < end and line[pos] in " \t\r\n":
            pos += 1
        if pos >= end:
            return values
        value, pos = _DECODER.raw_decode(line, pos)
        values.append(value)


def json_kind(value: Any) -> str:
    """What a JSON value is, in words a user reads (not Python's type names): ``null``,
    ``true``, ``false``, ``a number``, ``a string``, ``a list``, ``an object``."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    return "a list" if isinstance(value, list) else "an object"


def text_of(value: Any) -> str | None:
    """A record's page text: a string, or a list of strings (one per line, as some corpora
    store a page's paragraphs) joined by line breaks; None for any other value."""
    if isinstance(value, str):
        return value
    if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        return "\n".join(value)
    return None


def json_problem(exc: ValueError | RecursionError) -> str:
    """Why ``json.loads`` refused a text: the parser's message, or one of the limits Python sets
    on JSON that is well formed (a number of over 4300 digits, nesting too deep to recurse)."""
    if isinstance(exc, json.JSONDecodeError):
        return exc.msg
    if isinstance(exc, RecursionError):
        return "nested too deeply"
    if "integer string conversion" in str(exc):
        return f"number too long (over {sys.get_int_max_str_digits()} digits)"
    return str(exc)


_DECODER = json.JSONDecoder()
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def has_surrogate_escape(raw: str) -> bool:
    """True when a JSON text has a ``\\ud800``-like escape (``mend_surrogates`` is then needed)."""
    maybe = "\\ud" in raw or "\\uD" in raw  # a plain substring search first: far quicker
    return maybe and _SURROGATE_ESCAPE.search(raw) is not None


def mend_surrogates(value: Any, *, where: str) -> tuple[Any, tuple[str, ...]]:
    """A JSON value whose strings hold lone surrogates (JSON allows the escape ``"\\ud800"``;
    UTF-8 has no such character, so it could be neither printed nor stored) with U+FFFD in
    their place, and a warning naming ``where``."""
    found: list[str] = []

    def mend(v: Any) -> Any:
        if isinstance(v, str):
            lone = _LONE_SURROGATE.findall(v)
            found.extend(lone)
            return _LONE_SURROGATE.sub("\ufffd", v) if lone else v
        if isinstance(v, list):
            return [mend(item) for item in v]
        if isinstance(v, dict):
            return {mend(k): mend(item) for k, item in v.items()}
        return v

    value = mend(value)
    if not found:
        return value, ()
    s, more = ("", "") if len(found) == 1 else ("s", "…")
    first = f"\\u{ord(found[0]):04x}"
    return value, (
        f"{where}: {len(found)} lone surrogate escape{s} ({first}{more}) replaced by U+FFFD",
    )


#: objects a JSON record may keep its metadata in (web-corpus dumps: ``{"text", "metadata":
#: {"url", ...}}``); a key missing at the top is looked for in them
META_KEYS = ("metadata", "meta")
_EMPTY: tuple[Any, ...] = (None, "", [], {})


def record_value(record: Mapping[str, Any], keys: Sequence[str]) -> Any:
    """The first non-empty value of ``keys`` in ``record``, else in its metadata object."""
    for key in keys:
        value = record.get(key)
        if value not in _EMPTY:
            return value
    for meta in META_KEYS:
        inner = record.get(meta)
        if isinstance(inner, dict):
            for key in keys:
                if inner.get(key) not in _EMPTY:
                    return inner[key]
    return None
