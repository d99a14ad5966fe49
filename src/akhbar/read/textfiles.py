"""Plain-text inputs: text pages and JSONL corpora read for the page parser, and stdin.

Everything here yields values, never raises on a bad input: a file that is empty, binary or
not decodable becomes a ``Rejected`` naming it. JSON Lines are read by ``read.jsonlines`` (as
``akhbar ingest`` reads them: the same bad line is the same reject); here a record is made a page
(``_page_doc``): a string ``text``, or an article's fields (``title``/``content``… as in a JSON
corpus), else a ``Rejected`` naming ``file:line``. Walking the inputs is ``read.inputs``, decompressing
``read.compressed``, decoding ``read.decoding``; their names are re-exported here for the
readers that take them from this module.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, BinaryIO

from akhbar.errors import InputError
from akhbar.model import Page, Rejected
from akhbar.read.compressed import (
    COMPRESSED,
    compression,
    decompress,
    plain_name,
    read_bytes,
    read_prefix,
)
from akhbar.read.decoding import Decoded, decode, looks_binary
from akhbar.read.doc import Doc, rejected
from akhbar.read.inputs import OnSkip, input_problem, printable, skipped_in_walk, walk
from akhbar.read.jsonlines import (
    JsonRecord,
    opens_with_json_object,
    read_jsonl,
    read_jsonl_until_cut,
)
from akhbar.read.jsonvalues import json_kind, record_value, text_of

__all__ = [
    "COMPRESSED",
    "Decoded",
    "OnSkip",
    "TextDoc",
    "compression",
    "decode",
    "decompress",
    "input_problem",
    "iter_text_docs",
    "looks_binary",
    "parse_docs",
    "plain_name",
    "printable",
    "read_bytes",
    "rejected",
    "skipped_in_walk",
    "text_docs_of",
    "walk",
]


@dataclass(frozen=True, kw_only=True)
class TextDoc:
    """One page's text and where it came from (``input`` is ``PATH`` or ``PATH#LINE``)."""

    input: str
    text: str
    encoding: str = "utf-8"
    url: str | None = None
    #: repairs made to read it (``Decoded.warnings``), each naming the file and line
    warnings: tuple[str, ...] = ()


def _is_jsonl(name: str) -> bool:
    return plain_name(name).endswith((".jsonl", ".ndjson", ".jsonl.txt"))


def _has_body_field(record: Mapping[str, Any]) -> bool:
    from akhbar.read.records import DEFAULT_FIELDS

    return any(key in record for key in DEFAULT_FIELDS.body)


def _article_doc(
    record: Mapping[str, Any], *, name: str, part: str, warnings: tuple[str, ...]
) -> Doc | Rejected:
    """A JSONL record of article fields (``title``, ``content``, ``author``…) as a ``Doc``, the
    way ``read.corpus`` reads a JSON file's records; a reject names ``file:line``."""
    from akhbar.read.records import DEFAULT_FIELDS, record_doc

    doc = record_doc(record, input=f"{name}#{part}", fields=DEFAULT_FIELDS)
    if isinstance(doc, Rejected):
        detail = doc.detail.removeprefix(f"{name}#{part}").lstrip(": ")
        reason = f"{name}:{part}: {doc.reason}" + (f" ({detail})" if detail else "")
        return Rejected(input=name, record=part, reason=reason)
    return replace(doc, warnings=warnings + doc.warnings) if warnings else doc


def _page_doc(record: JsonRecord, warnings: tuple[str, ...]) -> TextDoc | Doc | Rejected:
    """A JSONL record for the page parser: its page in ``text`` (a string, or a list of lines),
    or an article's fields (``title``, ``content``…) read as a JSON corpus reads them."""
    name, part, value = record.name, record.part, record.value
    given = value.get("text")
    text = text_of(given)
    if given is None and _has_body_field(value):
        return _article_doc(value, name=name, part=part, warnings=warnings)
    if given is not None and text is None:
        why = f'"text" is {json_kind(given)}, not text'
    elif text is None:
        why = 'no string "text" field'
    elif not text.strip():
        why = '"text" is empty'
    else:
        url = record_value(value, ("url", "link"))
        return TextDoc(
            input=f"{name}#{part}",
            text=text,
            encoding=record.encoding,
            url=url if isinstance(url, str) else None,
            warnings=warnings,
        )
    return Rejected(input=name, record=part, reason=f"{name}:{part}: {why}")


def text_docs_of(
    name: str, path: Path | None, *, stdin: BinaryIO | None = None
) -> Iterator[TextDoc | Doc | Rejected]:
    """The page texts of one input of ``walk`` (a text file, a JSONL corpus, or stdin holding
    a text page or JSON Lines: ``read.iter_any_pages`` tells stdin's kind, once, and gives
    HTML, feeds and WARCs to their readers)."""
    problem = input_problem(name, path)
    try:
        if problem is not None:
            raise InputError(f"{name}: {problem}")
        cut = None
        if path is None:
            raw = (stdin if stdin is not None else sys.stdin.buffer).read()
            data = decompress(raw, name=name)
        else:
            data, cut = read_prefix(path, name=name)
        if cut is not None and not _is_jsonl(name):
            raise InputError(cut)  # a page cut short is not read as if it were whole
    except InputError as exc:
        yield Rejected(input=name, reason=str(exc))
        return
    if cut is not None:  # JSON Lines: every line before the cut is read
        yield from read_jsonl_until_cut(data, cut, name=name, to_doc=_page_doc)
        return
    if _is_jsonl(name) or (path is None and opens_with_json_object(data)):
        yield from read_jsonl(data, name=name, to_doc=_page_doc)
        return
    try:
        decoded = decode(data, name=name)
    except InputError as exc:
        yield Rejected(input=name, reason=str(exc))
        return
    yield TextDoc(
        input=name, text=decoded.text, encoding=decoded.encoding, warnings=decoded.warnings
    )


def iter_text_docs(
    paths: Iterable[str], *, stdin: BinaryIO | None = None, on_skip: OnSkip | None = None
) -> Iterator[TextDoc | Doc | Rejected]:
    """Each page's text from plain-text files, directories, ``-`` (stdin) and JSONL corpora;
    a file met twice is read once and ``on_skip`` told, as ``read.read_paths`` does."""
    for name, path in walk(paths, on_skip=on_skip, seen={}):
        yield from text_docs_of(name, path, stdin=stdin)


def parse_docs(
    docs: Iterable[TextDoc | Doc | Rejected], *, parse: Callable[..., Page]
) -> Iterator[tuple[TextDoc | Doc | None, Page | Rejected]]:
    """Each text parsed with ``parse(text, input=...)``; rejects and the articles of JSONL
    records read by field (``Doc``, with its warnings) pass through."""
    for doc in docs:
        if isinstance(doc, Rejected):
            yield None, doc
            continue
        if isinstance(doc, Doc):
            yield doc, doc.page
            continue
        page = parse(doc.text, input=doc.input)
        if doc.url is not None and page.url is None:
            page = replace(page, url=doc.url)
        yield doc, page
