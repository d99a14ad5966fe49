"""One JSON or JSONL text: a whole-file array or object, or one object per line.

A line that is not JSON becomes a ``Rejected`` naming the file and line, and reading goes on;
so does a malformed record of a JSON array (``_salvage``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from akhbar.errors import InputError
from akhbar.model import Rejected
from akhbar.read.decoding import decode
from akhbar.read.doc import Doc, rejected, with_warnings
from akhbar.read.jsonvalues import (
    decode_line,
    has_surrogate_escape,
    json_kind,
    json_problem,
    json_values,
    jsonl_lines,
    mend_surrogates,
)
from akhbar.read.records import FieldMap, ParseText, record_doc

__all__ = ["read_json_text"]

_LIST_KEYS = ("articles", "items", "data", "records", "documents", "rows")


def _records_of_json(value: Any) -> list[Any]:
    if isinstance(value, list):
        return value
    if isinstance(value, dict):
        for key in _LIST_KEYS:
            if isinstance(value.get(key), list):
                return list(value[key])
        return [value]
    return [value]


def _lines(data: bytes, text: str, *, per_line: bool) -> Iterator[tuple[int, str | None]]:
    """JSON Lines, numbered from 1, as ``textfiles.jsonl_lines`` splits them (at LF; at CR when
    there is no LF; a BOM opening a line dropped). With ``per_line`` each line is decoded on its own (None: neither UTF-8 nor CP1256)."""
    if not per_line:
        lines = text.split("\n") if "\n" in text else text.split("\r")
        for n, line in enumerate(lines, start=1):
            yield n, line.removeprefix("\ufeff").rstrip("\r")
        return
    for n, raw in enumerate(jsonl_lines(data), start=1):
        decoded = decode_line(raw)
        yield n, decoded[0] if decoded else None


def read_json_text(
    data: bytes, *, name: str, fields: FieldMap, parse_text: ParseText | None
) -> Iterator[Doc | Rejected]:
    """One JSON or JSONL text: a whole-file array/object, or one object per line. Repairs
    (stray NULs removed, stray bytes replaced) are warnings on the first document."""
    try:
        text = data.decode("utf-8-sig") if b"\x00" not in data else None
    except UnicodeDecodeError:
        text = None
    if text is not None:
        yield from _parse_member(data, text, name=name, fields=fields, parse_text=parse_text)
        return
    try:
        decoded = decode(data, name=name)  # stray NULs and bytes repaired; UTF-16; CP1256
    except InputError as exc:
        yield rejected(name, str(exc))
        return
    per_line = decoded.encoding == "cp1256"  # a file that is not UTF-8 may mix encodings
    data = data.replace(b"\x00", b"") if per_line else data
    docs = _parse_member(
        data, decoded.text, name=name, fields=fields, parse_text=parse_text, per_line=per_line
    )
    yield from with_warnings(docs, decoded.warnings)


def _parse_member(
    data: bytes,
    text: str,
    *,
    name: str,
    fields: FieldMap,
    parse_text: ParseText | None,
    per_line: bool = False,
) -> Iterator[Doc | Rejected]:
    stripped = text.lstrip()
    whole: Any = None
    if stripped.startswith("["):
        try:
            whole = json.loads(text)
        except json.JSONDecodeError as exc:
            if exc.msg != "Extra data":  # "Extra data": a first line that is an array, JSONL
                mend = has_surrogate_escape(text)
                for i, record in _salvage(text, name=name):
                    if isinstance(record, Rejected):
                        yield record
                    elif not isinstance(record, dict):
                        yield _not_an_object(record, name=name, part=str(i))
                    else:
                        where = f"{name}#{i}"
                        yield _mended_doc(
                            record, where, where, mend, fields=fields, parse_text=parse_text
                        )
                return
        except (ValueError, RecursionError) as exc:  # well formed, past Python's limits
            yield Rejected(
                input=name, reason="malformed JSON", detail=f"{name}: {json_problem(exc)}"
            )
            return
    elif stripped.startswith("{"):
        try:  # a single pretty-printed object (or a {"articles": [...]} wrapper)
            whole = json.loads(text)
        except (ValueError, RecursionError):
            whole = None  # JSON Lines: read line by line below
    if whole is not None:
        mend = has_surrogate_escape(text)
        for i, record in enumerate(_records_of_json(whole), start=1):
            where = f"{name}#{i}"
            if not isinstance(record, dict):
                yield _not_an_object(record, name=name, part=str(i))
                continue
            yield _mended_doc(record, where, where, mend, fields=fields, parse_text=parse_text)
        return
    for n, line in _lines(data, text, per_line=per_line):
        if line is None:
            yield Rejected(
                input=name,
                record=str(n),
                reason="not UTF-8",
                detail=f"{name}:{n}: and no Arabic text when read as CP1256",
            )
            continue
        if not line.strip():
            continue
        try:
            records = json_values(line)
        except (ValueError, RecursionError) as exc:
            column = f" (column {exc.colno})" if isinstance(exc, json.JSONDecodeError) else ""
            yield Rejected(
                input=name,
                record=str(n),
                reason="malformed JSON",
                detail=f"{name}:{n}: {json_problem(exc)}{column}",
                raw=line.encode("utf-8", "replace")[:65536],
            )
            continue
        mend = has_surrogate_escape(line)
        for k, record in enumerate(records, start=1):
            part = f"{n}.{k}" if len(records) > 1 else str(n)
            if not isinstance(record, dict):
                yield _not_an_object(record, name=name, part=part)
                continue
            yield _mended_doc(
                record,
                f"{name}#{part}",
                f"{name}:{part}",
                mend,
                fields=fields,
                parse_text=parse_text,
            )


def _salvage(text: str, *, name: str) -> Iterator[tuple[int, Any]]:
    """The records of a JSON array that ``json.loads`` refused, one by one, numbered from 1:
    a record that is malformed (or cut short) becomes a ``Rejected`` naming its line, and
    reading goes on at the next line opening a record at the first record's indentation (how
    SaudiNewsNet and ``json.dump(..., indent=N)`` print an array), or for an array on one line
    at the next record after a comma (``_next_record_on_the_line``)."""
    decoder = json.JSONDecoder()
    opening = re.compile(r"\[(\s*)").match(text, text.index("["))
    assert opening is not None  # the caller saw the "["
    pos = opening.end()
    indent = opening.group(1).rpartition("\n")[2]
    next_record = (
        re.compile(rf"^{re.escape(indent)}[{{\[]", re.M) if "\n" in opening.group(1) else None
    )
    i = 0
    while pos < len(text):
        while pos < len(text) and text[pos] in " \t\r\n,":
            pos += 1
        if pos >= len(text) or text[pos] == "]":
            return
        i += 1
        try:
            value, pos = decoder.raw_decode(text, pos)
        except (ValueError, RecursionError) as exc:
            at = exc.pos if isinstance(exc, json.JSONDecodeError) else pos
            line = text.count("\n", 0, at) + 1
            yield (
                i,
                Rejected(
                    input=name,
                    record=str(line),
                    reason="malformed JSON",
                    detail=f"{name}:{line}: {json_problem(exc)} (record {i})",
                ),
            )
            if next_record is not None:
                found = next_record.search(text, at + 1)
                resume = found.start() if found is not None else None
            else:  # an array on one line: no indentation to go by
                resume = _next_record_on_the_line(text, at + 1, decoder)
            if resume is None:
                return
            pos = resume
            continue
        yield i, value


#: a record after a comma, in an array written on one line
_AFTER_COMMA = re.compile(r",\s*(?=[{\[])")


def _next_record_on_the_line(text: str, start: int, decoder: json.JSONDecoder) -> int | None:
    """Where the next record opens after a malformed one in an array written on one line: the
    first ``{`` or ``[`` after a comma from which a whole value decodes and is followed by a
    comma or the array's end (a brace inside the broken record's strings is not)."""
    for m in _AFTER_COMMA.finditer(text, start):
        try:
            _value, end = decoder.raw_decode(text, m.end())
        except (ValueError, RecursionError):
            continue
        follows = text[end : end + 64].lstrip()
        if not follows or follows[0] in ",]":
            return m.end()
    return None


def _not_an_object(value: Any, *, name: str, part: str) -> Rejected:
    """A record of a JSON text that is no object (a list, a string, null), said in words."""
    detail = f"{name}:{part}: {json_kind(value)}, not a JSON object"
    return Rejected(input=name, record=part, reason="record is not a JSON object", detail=detail)


def _mended_doc(
    record: dict[str, Any],
    input: str,
    where: str,
    mend: bool,
    *,
    fields: FieldMap,
    parse_text: ParseText | None,
) -> Doc | Rejected:
    """``record_doc``, with lone surrogates replaced first (``mend``: the JSON text has escapes)."""
    if not mend:
        return record_doc(record, input=input, fields=fields, parse_text=parse_text)
    record, warnings = mend_surrogates(record, where=where)
    doc = record_doc(record, input=input, fields=fields, parse_text=parse_text)
    return replace(doc, warnings=warnings + doc.warnings) if isinstance(doc, Doc) else doc
