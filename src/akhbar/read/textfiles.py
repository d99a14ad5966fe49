"""Plain-text inputs: decode bytes, walk files and directories, read stdin and JSONL corpora.

Everything here yields values, never raises on a bad input: a file that is empty, binary or
not decodable becomes a ``Rejected`` naming it; a JSONL line that is not a JSON object with a
string ``text`` (or an article's fields, ``title``/``content``… as in a JSON corpus) becomes a
``Rejected`` naming ``file:line``. The HTML/WARC/RSS readers in
``akhbar.read`` reuse ``decode`` and ``walk``.
"""

from __future__ import annotations

import bz2
import errno
import gzip
import json
import os
import re
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, BinaryIO

from akhbar.errors import InputError
from akhbar.model import Page, Rejected
from akhbar.read.decoding import (
    UTF16_BOMS,
    Decoded,
    decode,
    has_arabic,
    looks_binary,
    strip_stray_nuls,
)
from akhbar.read.doc import Doc

__all__ = [
    "COMPRESSED",
    "META_KEYS",
    "Decoded",
    "OnSkip",
    "TextDoc",
    "compression",
    "decode",
    "decode_line",
    "decompress",
    "has_surrogate_escape",
    "input_problem",
    "iter_pages",
    "iter_text_docs",
    "json_problem",
    "json_values",
    "jsonl_lines",
    "looks_binary",
    "mend_surrogates",
    "parse_docs",
    "plain_name",
    "printable",
    "read_bytes",
    "record_value",
    "rejected",
    "skipped_in_walk",
    "text_docs_of",
    "walk",
]

#: characters of a file name that would break its line: C0 controls, DEL, U+0085, U+2028/9
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f\x85\u2028\u2029]")
#: links of a symbolic link loop named in its message
_SHOWN_LINKS = 8
#: file name endings of the compressions read transparently (by their magic bytes)
COMPRESSED = (".gz", ".bz2")


@dataclass(frozen=True, kw_only=True)
class TextDoc:
    """One page's text and where it came from (``input`` is ``PATH`` or ``PATH#LINE``)."""

    input: str
    text: str
    encoding: str = "utf-8"
    url: str | None = None
    #: repairs made to read it (``Decoded.warnings``), each naming the file and line
    warnings: tuple[str, ...] = ()


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


#: Names (before the first dot, any case) of a project's own files: a directory of pages
#: downloaded with its corpus keeps them next to the data (SaudiNewsNet has a README.md).
_PROJECT_FILES = frozenset(
    ["README", "LICENSE", "LICENCE", "COPYING", "CHANGELOG", "CHANGES", "AUTHORS", "CONTRIBUTING"]
)
_PROJECT_ENDINGS = frozenset(["", ".md", ".markdown", ".rst", ".txt"])

#: Called once per walked directory that had entries left out, with a note to show the user.
OnSkip = Callable[[str], object]


def skipped_in_walk(name: str, *, is_dir: bool) -> str | None:
    """Why a directory walk leaves out an entry, else None: ``"hidden"`` for a dot-file or
    dot-directory (``.git/``, ``.DS_Store``: ripgrep and fd skip them too) and ``"project"`` for
    a README, LICENSE, CHANGELOG… text file (about the corpus, not a page of it). A file named
    on the command line is always read: this applies to what a walk finds only."""
    if name.startswith("."):
        return "hidden"
    stem, dot, ending = name.partition(".")
    if not is_dir and stem.upper() in _PROJECT_FILES:
        last = f".{ending.rsplit('.', 1)[-1].lower()}" if dot else ""
        if last in _PROJECT_ENDINGS:
            return "project"
    return None


def _skip_notes(given: str, skipped: dict[str, list[str]]) -> Iterator[str]:
    kinds = (
        ("hidden", "hidden entry", "hidden entries"),
        ("project", "README/LICENSE-like file", "README/LICENSE-like files"),
    )
    given = printable(given)
    for kind, one, many in kinds:
        names = skipped.get(kind, [])
        if names:
            shown = ", ".join(names[:3]) + (", …" if len(names) > 3 else "")
            what = one if len(names) == 1 else many
            yield f"note: skipped {len(names)} {what} under {given} ({shown}); name a file to read it"


def printable(name: str) -> str:
    """A path as text that can be printed and stored on one line: bytes of a file name that are
    not UTF-8 (``os`` gives them as lone surrogates) become ``\\xff`` escapes, and control
    characters and line breaks (``\\n``, U+2028) escapes; other names are unchanged."""
    try:
        name = name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a surrogate no file system gave: escape it as it is
        name = name.encode("utf-8", "backslashreplace").decode("utf-8")
    if _UNPRINTABLE.search(name) is None:
        return name
    return _UNPRINTABLE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), name)


def walk(
    paths: Iterable[str], *, on_skip: OnSkip | None = None
) -> Iterator[tuple[str, Path | None]]:
    """Expand inputs in order: a directory gives its files recursively, sorted; ``-`` is stdin.

    Yields ``(input name, path)``; the path is None for stdin and for a path that does not exist
    (the caller reports it). Names of files found under a directory are joined to the name given.
    Symlinked directories are followed (each directory once, so a link loop ends); what cannot
    be a page is yielded too, for ``input_problem`` to name: a broken link, a pipe, a directory
    that cannot be listed, a directory with no file at all. Hidden entries and README-like
    files under a directory are left out (``skipped_in_walk``), and ``on_skip`` is told how
    many, once per directory given. Names are ``printable``; the paths are the files' own.
    """
    for given in paths:
        if given == "-":
            yield given, None
            continue
        path = Path(given)
        if path.is_dir():
            skipped: dict[str, list[str]] = {}
            found = sorted(_walk_dir(path, skipped))
            if on_skip is not None:
                for note in _skip_notes(given, skipped):
                    on_skip(note)
            for child in found or [path]:
                name = str(Path(given) / child.relative_to(path)) if found else given
                yield printable(name), child
        else:
            yield printable(given), path if path.exists() or path.is_symlink() else None


def _walk_dir(top: Path, skipped: dict[str, list[str]]) -> Iterator[Path]:
    """Every entry under ``top`` that is not a directory, and every directory it cannot list;
    entries left out are added to ``skipped`` by kind (names relative to ``top``)."""
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
        for entry in sorted(entries, key=lambda e: e.name):
            child = folder / entry.name
            try:
                is_dir = entry.is_dir()  # follows a symlink to a directory
            except OSError:
                is_dir = False  # input_problem says why
            kind = skipped_in_walk(entry.name, is_dir=is_dir)
            if kind is not None:
                rel = printable(str(child.relative_to(top))) + ("/" if is_dir else "")
                skipped.setdefault(kind, []).append(rel)
            elif is_dir:
                stack.append(child)
            else:
                yield child


def _link_loop(path: Path) -> str | None:
    """``"symbolic link loop (l1 → l2 → l1)"`` when ``path`` is a link that leads back to
    itself or another link of its chain, else None."""
    try:
        os.stat(path)
    except OSError as exc:
        if exc.errno != errno.ELOOP:
            return None
    else:
        return None
    chain = [path.name]
    seen = {os.path.normpath(os.path.abspath(path))}
    link = path
    for _ in range(_SHOWN_LINKS):
        target = os.readlink(link)
        chain.append(target)
        link = link.parent / target
        key = os.path.normpath(os.path.abspath(link))
        if key in seen or not link.is_symlink():
            break
        seen.add(key)
    else:
        chain.append("…")
    return f"symbolic link loop ({' → '.join(chain)})"


def input_problem(name: str, path: Path | None) -> str | None:
    """Why an input from ``walk`` is not a file to read (None when it is, and for stdin)."""
    if path is None:
        return None if name == "-" else "no such file or directory"
    try:
        if path.is_file():
            return None
        if path.is_symlink() and not path.exists():
            return _link_loop(path) or f"broken symbolic link (to {os.readlink(path)})"
        if path.is_dir():
            with os.scandir(path) as it:
                if next(it, None) is None:
                    return "empty directory (no files to read)"
            return "no files to read (only hidden or README-like entries; name a file to read it)"
        if path.exists():
            return (
                "not a regular file (a pipe, socket or device); save it to a file first, "
                "or pipe plain text to -"
            )
    except OSError as exc:
        what = "directory" if path.is_dir() else "file"
        return f"cannot read {what} ({exc.strerror})"
    return "no such file or directory"


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


def _is_jsonl(name: str) -> bool:
    return plain_name(name).endswith((".jsonl", ".ndjson", ".jsonl.txt"))


def decode_line(line: bytes) -> tuple[str, str] | None:
    """One JSONL line's text and encoding: UTF-8, else CP1256 when that gives Arabic."""
    try:
        return line.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        text = line.decode("cp1256", errors="replace")
        return (text, "cp1256") if has_arabic(text) else None


_BOM = b"\xef\xbb\xbf"


def jsonl_lines(data: bytes) -> list[bytes]:
    """The lines of JSON Lines bytes, without their ends. A line ends at LF (CRLF too; U+2028
    and the like are allowed raw inside JSON strings), or at CR in a file with no LF at all (an
    old Mac export); a UTF-8 BOM opening a line is dropped (files joined with ``cat``)."""
    lines = data.split(b"\n") if b"\n" in data else data.split(b"\r")
    return [line.removeprefix(_BOM).rstrip(b"\r") for line in lines]


def _has_body_field(record: Mapping[str, Any]) -> bool:
    from akhbar.read.corpus import DEFAULT_FIELDS

    return any(key in record for key in DEFAULT_FIELDS.body)


def _article_doc(
    record: Mapping[str, Any], *, name: str, part: str, warnings: tuple[str, ...]
) -> Doc | Rejected:
    """A JSONL record of article fields (``title``, ``content``, ``author``…) as a ``Doc``, the
    way ``read.corpus`` reads a JSON file's records; a reject names ``file:line``."""
    from akhbar.read.corpus import DEFAULT_FIELDS, record_doc

    doc = record_doc(record, input=f"{name}#{part}", fields=DEFAULT_FIELDS)
    if isinstance(doc, Rejected):
        detail = doc.detail.removeprefix(f"{name}#{part}").lstrip(": ")
        reason = f"{name}:{part}: {doc.reason}" + (f" ({detail})" if detail else "")
        return Rejected(input=name, record=part, reason=reason)
    return replace(doc, warnings=warnings + doc.warnings) if warnings else doc


def _jsonl_docs(data: bytes, *, name: str) -> Iterator[TextDoc | Doc | Rejected]:
    """One record per line, each line decoded on its own (a file may mix encodings). Lines
    end at ``\n`` only: U+2028, U+0085 and the like are allowed raw inside JSON strings."""
    try:
        if data.startswith(UTF16_BOMS) or not data.strip() or looks_binary(data):
            data = decode(data, name=name).text.encode("utf-8")
    except InputError as exc:
        yield Rejected(input=name, reason=str(exc))
        return
    data, warnings = strip_stray_nuls(data, name=name)
    for n, raw in enumerate(jsonl_lines(data), start=1):
        if not raw.strip():
            continue
        where = f"{name}:{n}"
        decoded = decode_line(raw)
        if decoded is None:
            reason = f"{where}: not UTF-8, and no Arabic text when read as CP1256"
            yield Rejected(input=name, record=str(n), reason=reason)
            continue
        line, encoding = decoded
        try:
            records = json_values(line)
        except (ValueError, RecursionError) as exc:
            why = json_problem(exc)
            yield Rejected(input=name, record=str(n), reason=f"{where}: malformed JSON ({why})")
            continue
        mend = has_surrogate_escape(line)
        for k, record in enumerate(records, start=1):
            part = f"{n}.{k}" if len(records) > 1 else str(n)
            mended: tuple[str, ...] = ()
            if mend:
                record, mended = mend_surrogates(record, where=f"{name}:{part}")
            text = record.get("text") if isinstance(record, dict) else None
            if isinstance(record, dict) and text is None and _has_body_field(record):
                # an article record (title/content…): read as a JSON corpus reads it
                yield _article_doc(record, name=name, part=part, warnings=warnings + mended)
                warnings = ()
                continue
            if not isinstance(record, dict):
                why = f"a JSON {type(record).__name__}, not an object"
            elif not isinstance(text, str):
                why = 'no string "text" field'
            elif not text.strip():
                why = '"text" is empty'
            else:
                url = record_value(record, ("url", "link"))
                yield TextDoc(
                    input=f"{name}#{part}",
                    text=text,
                    encoding=encoding,
                    url=url if isinstance(url, str) else None,
                    warnings=warnings + mended,  # the file's repairs, told with its first page
                )
                warnings = ()
                continue
            yield Rejected(input=name, record=part, reason=f"{name}:{part}: {why}")


_SAVE_IT = "save it to a file and name the file (stdin is read as a text page or JSON Lines)"
_ON_STDIN = {"html": "an HTML page", "rss": "an RSS/Atom feed", "warc": "a WARC"}


def _not_text_on_stdin(data: bytes) -> str | None:
    """What stdin holds when it is markup the text parser would print as words (an HTML page,
    a feed, a WARC: their readers take files), else None."""
    from akhbar.read import detect_format

    return _ON_STDIN.get(detect_format("-", data[:4096]))


def _opens_with_json_object(data: bytes) -> bool:
    """True when the first line is a JSON object: stdin holds JSON Lines, not a page that
    happens to open with a brace."""
    first = data.lstrip(b"\xef\xbb\xbf \t\r\n").split(b"\n", 1)[0]
    if not first.startswith(b"{"):
        return False
    try:
        return isinstance(json.loads(first), dict)
    except (ValueError, RecursionError):
        return False


def text_docs_of(
    name: str, path: Path | None, *, stdin: BinaryIO | None = None
) -> Iterator[TextDoc | Doc | Rejected]:
    """The page texts of one input of ``walk`` (a text file, a JSONL corpus, or stdin)."""
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
        return
    if path is None and (kind := _not_text_on_stdin(data)) is not None:
        yield Rejected(input=name, reason=f"{name}: {kind} on stdin; {_SAVE_IT}")
        return
    if _is_jsonl(name) or (path is None and _opens_with_json_object(data)):
        yield from _jsonl_docs(data, name=name)
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
    """Each page's text from plain-text files, directories, ``-`` (stdin) and JSONL corpora."""
    for name, path in walk(paths, on_skip=on_skip):
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


def iter_pages(
    paths: Iterable[str],
    *,
    parse: Callable[..., Page],
    stdin: BinaryIO | None = None,
    on_skip: OnSkip | None = None,
) -> Iterator[tuple[TextDoc | Doc | None, Page | Rejected]]:
    """Parse every page of ``paths`` with ``parse(text, input=...)``, in input order."""
    yield from parse_docs(iter_text_docs(paths, stdin=stdin, on_skip=on_skip), parse=parse)
