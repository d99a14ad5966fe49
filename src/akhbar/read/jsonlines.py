"""JSON Lines: the one reader of a JSONL file's lines, for every command that reads one.

``akhbar parse`` (``read.textfiles``: a page's text in ``text``) and ``akhbar ingest``
(``read.jsontext``: article records) read JSON Lines here and differ only in how they make a
record a document (the ``to_doc`` each passes). What happens to a line is decided here, once,
so the same bad line is the same ``Rejected`` from both:

- lines end at LF (CRLF too; U+2028 and the like are allowed raw inside JSON strings), or at CR
  in a file with no LF at all (an old Mac export); a UTF-8 BOM opening a line is dropped (files
  joined with ``cat``); blank lines are skipped, and lines are numbered from 1 as an editor does;
- each line is decoded on its own (a file joined from several may mix encodings): UTF-8; UTF-8
  with a few stray bytes (replaced by U+FFFD, with a warning naming ``file:line``); CP1256 when
  that gives Arabic; else the line is a reject, ``not UTF-8, and no Arabic text when read as
  CP1256``, as a whole file's is. A file that is UTF-16 (a BOM, or Arabic text without one),
  blank or binary-looking is decoded whole first (``decoding.decode``: NUL padding and runs
  removed with a warning, or one reject for the file); a few stray NULs are removed with a
  warning naming their lines;
- a line that is not JSON is ``malformed JSON`` (the parser's words and the column); a value
  that is no object is ``not a JSON object`` (what it is, in words); several values on one
  line are records ``LINE.1``, ``LINE.2``…; lone surrogate escapes are replaced with a warning;
- a compressed file cut short keeps every line before the cut, and the cut is one reject
  naming its line (``read_jsonl_until_cut``).

Repairs are told with the next document yielded (the file's with its first). A reject's
``detail`` opens with ``FILE:LINE``; ``read._named`` prints it as ``FILE:LINE: reason (detail)``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

from akhbar.errors import InputError
from akhbar.model import Rejected
from akhbar.read.decoding import (
    UTF16_BOMS,
    decode,
    has_arabic,
    looks_binary,
    stray_utf8,
    strip_stray_nuls,
)
from akhbar.read.doc import rejected
from akhbar.read.jsonvalues import (
    has_surrogate_escape,
    json_kind,
    json_problem,
    json_values,
    mend_surrogates,
)

__all__ = [
    "JsonRecord",
    "ToDoc",
    "not_an_object",
    "opens_with_json_object",
    "read_jsonl",
    "read_jsonl_until_cut",
]

_BOM = b"\xef\xbb\xbf"
#: the raw bytes of a malformed line kept with its reject, at most
_RAW_KEPT = 65536
#: what one line decoded to and how, or None (not UTF-8, and not CP1256 Arabic)
_Line = tuple[str, str, tuple[str, ...]] | None

T = TypeVar("T")


@dataclass(frozen=True, kw_only=True)
class JsonRecord:
    """One JSON object of a JSONL file, and where it stands."""

    value: dict[str, Any]
    name: str
    #: the line's number, from 1
    line: int
    #: ``"3"``, or ``"3.2"`` for the second of several objects on line 3
    part: str
    #: the encoding its line was read in
    encoding: str


#: a record made a document, or a ``Rejected``; the warnings given (the repairs made so far)
#: go with the document
ToDoc = Callable[[JsonRecord, tuple[str, ...]], T]


def not_an_object(value: Any, *, name: str, part: str) -> Rejected:
    """A record of a JSON text that is no object (a list, a string, null), said in words."""
    detail = f"{name}:{part}: {json_kind(value)}"
    return Rejected(input=name, record=part, reason="not a JSON object", detail=detail)


def _split(data: bytes) -> Iterator[bytes]:
    """The lines of JSON Lines bytes, without their ends (see the module docstring)."""
    end = b"\n" if b"\n" in data else b"\r"
    start = 0
    while start <= len(data):
        stop = data.find(end, start)
        if stop == -1:
            stop = len(data)
        yield data[start:stop].removeprefix(_BOM).rstrip(b"\r")
        start = stop + 1


def _decode_line(raw: bytes, *, where: str) -> _Line:
    try:
        return raw.decode("utf-8"), "utf-8", ()
    except UnicodeDecodeError:
        pass
    stray = stray_utf8(raw)
    if stray is not None:
        text, bad = stray
        s = "" if bad == 1 else "s"
        return text, "utf-8", (f"{where}: {bad} stray byte{s} not UTF-8, replaced by U+FFFD",)
    text = raw.decode("cp1256")  # every byte is a CP1256 character
    return (text, "cp1256", ()) if has_arabic(text) else None


def _lines(data: bytes, *, name: str) -> tuple[tuple[str, ...], Iterator[tuple[int, _Line]]]:
    """The file's repairs, and its lines decoded, numbered from 1; ``InputError`` for a file
    decoded whole that cannot be."""
    if data.startswith(UTF16_BOMS) or not data.strip() or looks_binary(data):
        whole = decode(data, name=name)
        text = whole.text
        ends = text.split("\n") if "\n" in text else text.split("\r")
        decoded = (
            (n, (line.removeprefix("\ufeff").rstrip("\r"), whole.encoding, ()))
            for n, line in enumerate(ends, start=1)
        )
        return whole.warnings, decoded
    data, repairs = strip_stray_nuls(data, name=name)
    lines = (
        (n, _decode_line(raw, where=f"{name}:{n}") if raw.strip() else ("", "utf-8", ()))
        for n, raw in enumerate(_split(data), start=1)
    )
    return repairs, lines


def read_jsonl(data: bytes, *, name: str, to_doc: ToDoc[T]) -> Iterator[T | Rejected]:
    """Every record of JSON Lines ``data`` (decompressed) made a document by ``to_doc``, and
    a ``Rejected`` for each line that is none (see the module docstring)."""
    try:
        pending, lines = _lines(data, name=name)
    except InputError as exc:
        yield rejected(name, str(exc))
        return
    for n, decoded in lines:
        if decoded is None:
            reason = "not UTF-8, and no Arabic text when read as CP1256"
            yield Rejected(input=name, record=str(n), reason=reason, detail=f"{name}:{n}")
            continue
        line, encoding, repairs = decoded
        if not line.strip():
            continue
        pending += repairs
        try:
            values = json_values(line)
        except (ValueError, RecursionError) as exc:
            at = f" at column {exc.colno}" if isinstance(exc, json.JSONDecodeError) else ""
            yield Rejected(
                input=name,
                record=str(n),
                reason="malformed JSON",
                detail=f"{name}:{n}: {json_problem(exc)}{at}",
                raw=line.encode("utf-8", "replace")[:_RAW_KEPT],
            )
            continue
        mend = has_surrogate_escape(line)
        for k, value in enumerate(values, start=1):
            part = f"{n}.{k}" if len(values) > 1 else str(n)
            if not isinstance(value, dict):
                yield not_an_object(value, name=name, part=part)
                continue
            if mend:
                value, mended = mend_surrogates(value, where=f"{name}:{part}")
                pending += mended
            record = JsonRecord(value=value, name=name, line=n, part=part, encoding=encoding)
            doc = to_doc(record, pending)
            if not isinstance(doc, Rejected):
                pending = ()  # told with this document
            yield doc


def until_the_cut(data: bytes) -> tuple[bytes, int, str]:
    """JSON Lines whose file was cut short (a compressed stream that ends too soon): the
    complete lines, the number of the line the cut is in, and what was read, in words."""
    end = data.rfind(b"\n") + 1
    line = data.count(b"\n", 0, end) + 1
    if data[end:].strip():
        where = f"the file ends inside line {line}"
    else:
        where = f"the file ends after line {line - 1}"
    return data[:end], line, f"{where}; the lines before it were read"


def read_jsonl_until_cut(
    data: bytes, cut: str, *, name: str, to_doc: ToDoc[T]
) -> Iterator[T | Rejected]:
    """JSON Lines decompressed up to a cut (``compressed.read_prefix``; ``cut`` is its
    problem): every line before the cut is read, and the cut is one reject naming its line."""
    data, line, where = until_the_cut(data)
    if data.strip():
        yield from read_jsonl(data, name=name, to_doc=to_doc)
    reason = rejected(name, cut).reason
    yield Rejected(input=name, record=str(line), reason=reason, detail=f"{name}:{line}: {where}")


def opens_with_json_object(data: bytes) -> bool:
    """True when the first line is a JSON object: the bytes hold JSON Lines, not a page that
    happens to open with a brace. The line may be in any encoding the lines are read in (its
    bytes that are not UTF-8 are inside strings: JSON's own marks are ASCII)."""
    first = data.lstrip(b"\xef\xbb\xbf \t\r\n").split(b"\n", 1)[0]
    if not first.startswith(b"{"):
        return False
    try:
        return isinstance(json.loads(first.decode("utf-8", "replace")), dict)
    except (ValueError, RecursionError):
        return False
