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
from akhbar.read.compressed import plain_name
from akhbar.read.decoding import decode
from akhbar.read.doc import Doc, rejected, with_warnings
from akhbar.read.jsonlines import (
    JsonRecord,
    ToDoc,
    not_an_object,
    opens_with_json_object,
    read_jsonl,
)
from akhbar.read.jsonvalues import has_surrogate_escape, json_problem, mend_surrogates
from akhbar.read.records import FieldMap, ParseText, record_doc

__all__ = ["article_of_line", "read_json_text"]

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


def _is_json_lines(data: bytes, *, name: str) -> bool:
    """True when the first line is a whole JSON object and the file is named JSON Lines, or
    more follows the line (``json.loads`` would find "Extra data" after it): read line by line
    at once, as ``akhbar parse`` reads it, with no decoding of the whole file."""
    first, _, rest = data.lstrip(b"\xef\xbb\xbf \t\r\n").partition(b"\n")
    named = plain_name(name.lower()).endswith((".jsonl", ".ndjson"))
    return (named or bool(rest.strip())) and opens_with_json_object(first)


def read_json_text(
    data: bytes, *, name: str, fields: FieldMap, parse_text: ParseText | None
) -> Iterator[Doc | Rejected]:
    """One JSON or JSONL text: a whole-file array/object, or one object per line (read by
    ``read.jsonlines``, as ``akhbar parse`` reads them). Repairs (stray NULs removed, stray
    bytes replaced) are warnings on the first document."""
    to_doc = article_of_line(fields=fields, parse_text=parse_text)
    if _is_json_lines(data, name=name):
        yield from read_jsonl(data, name=name, to_doc=to_doc)
        return
    try:
        text = data.decode("utf-8-sig") if b"\x00" not in data else None
    except UnicodeDecodeError:
        text = None
    warnings: tuple[str, ...] = ()
    if text is None:
        try:
            decoded = decode(data, name=name)  # stray NULs and bytes repaired; UTF-16; CP1256
        except InputError as exc:
            yield rejected(name, str(exc))
            return
        text, warnings = decoded.text, decoded.warnings
    docs = _whole_json(text, name=name, fields=fields, parse_text=parse_text)
    if docs is None:  # JSON Lines: the line reader decodes and repairs line by line itself
        yield from read_jsonl(data, name=name, to_doc=to_doc)
        return
    yield from with_warnings(docs, warnings)


def article_of_line(*, fields: FieldMap, parse_text: ParseText | None) -> ToDoc[Doc | Rejected]:
    """How a JSONL record becomes an article (``records.record_doc``), for ``read_jsonl``."""

    def to_doc(record: JsonRecord, warnings: tuple[str, ...]) -> Doc | Rejected:
        input = f"{record.name}#{record.part}"
        doc = record_doc(record.value, input=input, fields=fields, parse_text=parse_text)
        return replace(doc, warnings=warnings + doc.warnings) if isinstance(doc, Doc) else doc

    return to_doc


def _whole_json(
    text: str, *, name: str, fields: FieldMap, parse_text: ParseText | None
) -> Iterator[Doc | Rejected] | None:
    """The records of a whole-file JSON array or object (a broken array's good records too),
    or None when ``text`` is JSON Lines."""
    stripped = text.lstrip()
    if stripped.startswith("["):
        try:
            whole = json.loads(text)
        except json.JSONDecodeError as exc:
            if exc.msg == "Extra data":  # a first line that is an array: JSON Lines
                return None
            return _salvaged(text, name=name, fields=fields, parse_text=parse_text)
        except (ValueError, RecursionError) as exc:  # well formed, past Python's limits
            detail = f"{name}: {json_problem(exc)}"
            return iter([Rejected(input=name, reason="malformed JSON", detail=detail)])
    elif stripped.startswith("{"):
        try:  # a single pretty-printed object (or a {"articles": [...]} wrapper)
            whole = json.loads(text)
        except (ValueError, RecursionError):
            return None  # JSON Lines
    else:
        return None
    return _records(
        whole, has_surrogate_escape(text), name=name, fields=fields, parse_text=parse_text
    )


def _records(
    whole: Any, mend: bool, *, name: str, fields: FieldMap, parse_text: ParseText | None
) -> Iterator[Doc | Rejected]:
    for i, record in enumerate(_records_of_json(whole), start=1):
        where = f"{name}#{i}"
        if not isinstance(record, dict):
            yield not_an_object(record, name=name, part=str(i))
            continue
        yield _mended_doc(record, where, where, mend, fields=fields, parse_text=parse_text)


def _salvaged(
    text: str, *, name: str, fields: FieldMap, parse_text: ParseText | None
) -> Iterator[Doc | Rejected]:
    mend = has_surrogate_escape(text)
    for i, record in _salvage(text, name=name):
        if isinstance(record, Rejected):
            yield record
        elif not isinstance(record, dict):
            yield not_an_object(record, name=name, part=str(i))
        else:
            where = f"{name}#{i}"
            yield _mended_doc(record, where, where, mend, fields=fields, parse_text=parse_text)


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
