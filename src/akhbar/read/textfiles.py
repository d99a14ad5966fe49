"""Plain-text inputs: decode bytes, walk files and directories, read stdin and JSONL corpora.

Everything here yields values, never raises on a bad input: a file that is empty, binary or
not decodable becomes a ``Rejected`` naming it; a JSONL line that is not a JSON object with a
string ``text`` becomes a ``Rejected`` naming ``file:line``. The HTML/WARC/RSS readers in
``akhbar.read`` reuse ``decode`` and ``walk``.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO

from akhbar.errors import InputError
from akhbar.model import Page, Rejected

__all__ = [
    "Decoded",
    "TextDoc",
    "decode",
    "iter_pages",
    "iter_text_docs",
    "looks_binary",
    "walk",
]

#: Encodings tried in order. CP1256 (Windows Arabic) is what older Arabic sites serve.
ENCODINGS = ("utf-8", "cp1256")
#: A NUL byte, or this share of C0 control bytes (other than tab/CR/LF/FF), means binary.
_CONTROL_SHARE = 0.05
_SNIFF = 8192


@dataclass(frozen=True, kw_only=True)
class Decoded:
    """Text decoded from bytes, with the encoding that worked."""

    text: str
    encoding: str


@dataclass(frozen=True, kw_only=True)
class TextDoc:
    """One page's text and where it came from (``input`` is ``PATH`` or ``PATH#LINE``)."""

    input: str
    text: str
    encoding: str = "utf-8"
    url: str | None = None


def looks_binary(data: bytes) -> bool:
    """True for bytes that are not text in any encoding we read (NUL or many control bytes)."""
    head = data[:_SNIFF]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return bool(head) and controls / len(head) > _CONTROL_SHARE


def decode(data: bytes, *, name: str) -> Decoded:
    """Decode page bytes: UTF-8 (BOM allowed), else CP1256; raise ``InputError`` naming ``name``.

    CP1256 maps almost every byte, so it is only tried after UTF-8 fails, and the result must
    contain Arabic letters; otherwise the bytes are reported as undecodable rather than guessed.
    """
    if not data.strip():
        raise InputError(f"{name}: empty file")
    if looks_binary(data):
        raise InputError(f"{name}: binary file, not text (no page read)")
    try:
        return Decoded(text=data.decode("utf-8-sig"), encoding="utf-8")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1256")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: neither UTF-8 nor CP1256 ({exc.reason})") from exc
    if not any("\u0600" <= ch <= "\u06ff" for ch in text):
        raise InputError(f"{name}: not UTF-8, and no Arabic text when read as CP1256")
    return Decoded(text=text, encoding="cp1256")


def walk(paths: Iterable[str]) -> Iterator[tuple[str, Path | None]]:
    """Expand inputs in order: a directory gives its files recursively, sorted; ``-`` is stdin.

    Yields ``(input name, path)``; the path is None for stdin and for a path that does not exist
    (the caller reports it). Names of files found under a directory are joined to the name given.
    """
    for given in paths:
        if given == "-":
            yield given, None
            continue
        path = Path(given)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                yield str(Path(given) / child.relative_to(path)), child
        else:
            yield given, path if path.exists() else None


def _is_jsonl(name: str) -> bool:
    return name.endswith((".jsonl", ".ndjson", ".jsonl.txt"))


def _jsonl_docs(data: bytes, *, name: str) -> Iterator[TextDoc | Rejected]:
    try:
        decoded = decode(data, name=name)
    except InputError as exc:
        yield Rejected(input=name, reason=str(exc))
        return
    for n, line in enumerate(decoded.text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{name}:{n}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Rejected(input=name, record=str(n), reason=f"{where}: malformed JSON ({exc.msg})")
            continue
        text = record.get("text") if isinstance(record, dict) else None
        if not isinstance(text, str):
            yield Rejected(input=name, record=str(n), reason=f'{where}: no string "text" field')
            continue
        url = record.get("url")
        yield TextDoc(
            input=f"{name}#{n}",
            text=text,
            encoding=decoded.encoding,
            url=url if isinstance(url, str) else None,
        )


def iter_text_docs(
    paths: Iterable[str], *, stdin: BinaryIO | None = None
) -> Iterator[TextDoc | Rejected]:
    """Each page's text from plain-text files, directories, ``-`` (stdin) and JSONL corpora."""
    for name, path in walk(paths):
        if name == "-":
            data = (stdin if stdin is not None else sys.stdin.buffer).read()
        elif path is None:
            yield Rejected(input=name, reason=f"{name}: no such file or directory")
            continue
        else:
            try:
                data = path.read_bytes()
            except OSError as exc:
                yield Rejected(input=name, reason=f"{name}: cannot read ({exc.strerror})")
                continue
        if _is_jsonl(name):
            yield from _jsonl_docs(data, name=name)
            continue
        try:
            decoded = decode(data, name=name)
        except InputError as exc:
            yield Rejected(input=name, reason=str(exc))
            continue
        yield TextDoc(input=name, text=decoded.text, encoding=decoded.encoding)


def iter_pages(
    paths: Iterable[str],
    *,
    parse: Callable[..., Page],
    stdin: BinaryIO | None = None,
) -> Iterator[tuple[TextDoc | None, Page | Rejected]]:
    """Parse every page of ``paths`` with ``parse(text, input=...)``, in input order."""
    for doc in iter_text_docs(paths, stdin=stdin):
        if isinstance(doc, Rejected):
            yield None, doc
            continue
        page = parse(doc.text, input=doc.input)
        if doc.url is not None and page.url is None:
            page = replace(page, url=doc.url)
        yield doc, page
