"""Plain-text inputs: decode bytes, walk files and directories, read stdin and JSONL corpora.

Everything here yields values, never raises on a bad input: a file that is empty, binary or
not decodable becomes a ``Rejected`` naming it; a JSONL line that is not a JSON object with a
string ``text`` becomes a ``Rejected`` naming ``file:line``. The HTML/WARC/RSS readers in
``akhbar.read`` reuse ``decode`` and ``walk``.
"""

from __future__ import annotations

import bz2
import gzip
import json
import os
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO

from akhbar.errors import InputError
from akhbar.model import Page, Rejected

__all__ = [
    "COMPRESSED",
    "Decoded",
    "TextDoc",
    "compression",
    "decode",
    "decode_line",
    "decompress",
    "input_problem",
    "iter_pages",
    "iter_text_docs",
    "looks_binary",
    "plain_name",
    "read_bytes",
    "rejected",
    "walk",
]

#: Encodings tried in order. CP1256 (Windows Arabic) is what older Arabic sites serve.
ENCODINGS = ("utf-8", "cp1256")
#: A NUL byte, or this share of C0 control bytes (other than tab/CR/LF/FF), means binary.
_CONTROL_SHARE = 0.05
_SNIFF = 8192
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
#: file name endings of the compressions read transparently (by their magic bytes)
COMPRESSED = (".gz", ".bz2")


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
    """Decode page bytes: UTF-8 (BOM allowed), UTF-16 with its BOM, else CP1256; raise
    ``InputError`` naming ``name``.

    CP1256 maps almost every byte, so it is only tried after UTF-8 fails, and the result must
    contain Arabic letters; otherwise the bytes are reported as undecodable rather than guessed.
    """
    if not data.strip():
        raise InputError(f"{name}: empty file")
    if data.startswith(_UTF16_BOMS) and not data.startswith(b"\xff\xfe\x00\x00"):
        try:
            text = data.decode("utf-16")  # the BOM says which byte order, and is dropped
        except UnicodeDecodeError as exc:
            raise InputError(
                f"{name}: UTF-16 byte order mark, but not UTF-16 ({exc.reason})"
            ) from exc
        if not text.strip():
            raise InputError(f"{name}: empty file")
        if "\x00" not in text:
            return Decoded(text=text, encoding="utf-16")
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


def compression(data: bytes) -> str | None:
    """``"gzip"`` or ``"bzip2"`` when ``data`` opens with that format's magic bytes, else None."""
    if data[:2] == b"\x1f\x8b":
        return "gzip"
    if data[:3] == b"BZh" and data[4:10] in (b"1AY&SY", b"\x17rE8P\x90"):
        return "bzip2"
    return None


def decompress(data: bytes, *, name: str) -> bytes:
    """gzip or bzip2 bytes decompressed (known by their magic bytes); others as they are."""
    kind = compression(data)
    if kind is None:
        return data
    opener = gzip.decompress if kind == "gzip" else bz2.decompress
    try:
        return opener(data)
    except (EOFError, OSError, ValueError, zlib.error) as exc:
        raise InputError(f"{name}: truncated or corrupt {kind} ({exc})") from exc


def read_bytes(path: Path, *, name: str) -> bytes:
    """A file's bytes, decompressed if gzip or bzip2; ``InputError`` naming ``name``."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{name}: cannot read ({exc.strerror})") from exc
    return decompress(data, name=name)


def rejected(name: str, problem: str) -> Rejected:
    """A ``Rejected`` from ``"reason (detail)"``: the reason to count by kind, the detail."""
    reason, _, detail = problem.removeprefix(f"{name}: ").partition(" (")
    return Rejected(input=name, reason=reason, detail=f"{name}: {detail[:-1]}" if detail else "")


def plain_name(name: str) -> str:
    """``name`` without a compression ending: ``a.jsonl.gz`` → ``a.jsonl``."""
    for ext in COMPRESSED:
        if name.lower().endswith(ext):
            return name[: -len(ext)]
    return name


def walk(paths: Iterable[str]) -> Iterator[tuple[str, Path | None]]:
    """Expand inputs in order: a directory gives its files recursively, sorted; ``-`` is stdin.

    Yields ``(input name, path)``; the path is None for stdin and for a path that does not exist
    (the caller reports it). Names of files found under a directory are joined to the name given.
    Symlinked directories are followed (each directory once, so a link loop ends); what cannot
    be a page is yielded too, for ``input_problem`` to name: a broken link, a pipe, a directory
    that cannot be listed, a directory with no file at all.
    """
    for given in paths:
        if given == "-":
            yield given, None
            continue
        path = Path(given)
        if path.is_dir():
            found = sorted(_walk_dir(path))
            for child in found or [path]:
                yield (str(Path(given) / child.relative_to(path)) if found else given), child
        else:
            yield given, path if path.exists() or path.is_symlink() else None


def _walk_dir(top: Path) -> Iterator[Path]:
    """Every entry under ``top`` that is not a directory, and every directory it cannot list."""
    seen: set[tuple[int, int]] = set()
    stack = [top]
    while stack:
        folder = stack.pop()
        try:
            st = folder.stat()
            if (st.st_dev, st.st_ino) in seen:
                continue  # a symlink back up the tree: its files are read once already
            seen.add((st.st_dev, st.st_ino))
            with os.scandir(folder) as it:
                entries = list(it)
        except OSError:
            yield folder  # input_problem says why
            continue
        for entry in entries:
            child = folder / entry.name
            if entry.is_dir():  # follows a symlink to a directory
                stack.append(child)
            else:
                yield child


def input_problem(name: str, path: Path | None) -> str | None:
    """Why an input from ``walk`` is not a file to read (None when it is, and for stdin)."""
    if path is None:
        return None if name == "-" else "no such file or directory"
    try:
        if path.is_file():
            return None
        if path.is_symlink() and not path.exists():
            return f"broken symbolic link (to {os.readlink(path)})"
        if path.is_dir():
            os.scandir(path).close()
            return "empty directory (no files to read)"
        if path.exists():
            return (
                "not a regular file (a pipe, socket or device); save it to a file first, "
                "or pipe plain text to -"
            )
    except OSError as exc:
        what = "directory" if path.is_dir() else "file"
        return f"cannot read {what} ({exc.strerror})"
    return "no such file or directory"


def _is_jsonl(name: str) -> bool:
    return plain_name(name).endswith((".jsonl", ".ndjson", ".jsonl.txt"))


def decode_line(line: bytes) -> tuple[str, str] | None:
    """One JSONL line's text and encoding: UTF-8, else CP1256 when that gives Arabic."""
    try:
        return line.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        text = line.decode("cp1256", errors="replace")
        return (text, "cp1256") if any("\u0600" <= ch <= "\u06ff" for ch in text) else None


def _jsonl_docs(data: bytes, *, name: str) -> Iterator[TextDoc | Rejected]:
    """One record per line, each line decoded on its own (a file may mix encodings). Lines
    end at ``\n`` only: U+2028, U+0085 and the like are allowed raw inside JSON strings."""
    try:
        if data.startswith(_UTF16_BOMS) or not data.strip() or looks_binary(data):
            data = decode(data, name=name).text.encode("utf-8")
    except InputError as exc:
        yield Rejected(input=name, reason=str(exc))
        return
    data = data.removeprefix(b"\xef\xbb\xbf")
    for n, raw in enumerate(data.split(b"\n"), start=1):
        if not raw.strip():
            continue
        where = f"{name}:{n}"
        decoded = decode_line(raw.rstrip(b"\r"))
        if decoded is None:
            reason = f"{where}: not UTF-8, and no Arabic text when read as CP1256"
            yield Rejected(input=name, record=str(n), reason=reason)
            continue
        line, encoding = decoded
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Rejected(input=name, record=str(n), reason=f"{where}: malformed JSON ({exc.msg})")
            continue
        text = record.get("text") if isinstance(record, dict) else None
        if not isinstance(record, dict):
            why = f"a JSON {type(record).__name__}, not an object"
        elif not isinstance(text, str):
            why = 'no string "text" field'
        elif not text.strip():
            why = '"text" is empty'
        else:
            url = record.get("url")
            yield TextDoc(
                input=f"{name}#{n}",
                text=text,
                encoding=encoding,
                url=url if isinstance(url, str) else None,
            )
            continue
        yield Rejected(input=name, record=str(n), reason=f"{where}: {why}")


def iter_text_docs(
    paths: Iterable[str], *, stdin: BinaryIO | None = None
) -> Iterator[TextDoc | Rejected]:
    """Each page's text from plain-text files, directories, ``-`` (stdin) and JSONL corpora."""
    for name, path in walk(paths):
        problem = input_problem(name, path)
        try:
            if problem is not None:
                raise InputError(f"{name}: {problem}")
            if path is None:
                raw = (stdin if stdin is not None else sys.stdin.buffer).read()
                data = decompress(raw, name=name)
            else:
                data = read_bytes(path, name=name)
        except InputError as exc:
            yield Rejected(input=name, reason=str(exc))
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
