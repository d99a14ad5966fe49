"""JSON, JSONL and zip-of-JSON corpora: one record per article, fields mapped by name.

SaudiNewsNet zips (``YYYY-MM-DD.zip`` holding one JSON array of ``{source, url, date_extracted,
title, author, content}``) read with the default mapping. Its ``date_extracted`` is the time the
crawler fetched the page, not the publication time; it is stored as ``published``
(``YYYY-MM-DDTHH:MM:SS``, as given) because it is the only date the corpus has and, for articles
after 2015-08-01, it is most probably the day of publication (see the corpus README).

A record with no body field but a string ``text`` (FineWeb style ``{"text", "url", "date"}``) is
raw page text: it goes through the page parser. A line that is not JSON becomes a ``Rejected``
naming the file and line, and reading goes on; so does a malformed record of a JSON array.

A zip's members are read by what they are: JSON/JSONL, HTML pages, feeds, text pages and zips
(three levels down); hidden (``__MACOSX/``, ``.DS_Store``) and README-like members are left out
with a note; names without the UTF-8 flag are read as UTF-8, else CP1256.
"""

from __future__ import annotations

import html
import io
import json
import re
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from akhbar.dates import parse_date
from akhbar.errors import InputError
from akhbar.model import Article, Page, Rejected
from akhbar.read.decoding import has_arabic
from akhbar.read.doc import Doc, sha256
from akhbar.read.textfiles import (
    META_KEYS,
    decode,
    decode_line,
    decompress,
    has_surrogate_escape,
    json_problem,
    json_values,
    jsonl_lines,
    mend_surrogates,
    read_bytes,
    record_value,
    rejected,
    skipped_in_walk,
)

__all__ = ["DEFAULT_FIELDS", "FieldMap", "parse_field_map", "read_corpus", "record_doc"]

_ISO_LIKE = re.compile(r"\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?")
_LIST_KEYS = ("articles", "items", "data", "records", "documents", "rows")
_EMPTY: tuple[Any, ...] = (None, "", [], {})
_ZIP_LOCKED = "encrypted, password required"
#: zips inside a zip are read this many levels down (a zip that holds itself must end)
_MAX_ZIP_DEPTH = 3
#: a zip member is read whole: one that says it is larger is refused (a zip bomb)
_MAX_MEMBER = 1 << 30
#: Unix times read as dates: seconds from 2001-09-09 (1e9), milliseconds from 1e12
_EPOCH_S = 1_000_000_000
_EPOCH_MS = 1_000_000_000_000


@dataclass(frozen=True, kw_only=True)
class FieldMap:
    """For each article field, the record keys tried in order (the first non-empty wins)."""

    headline: tuple[str, ...] = ("title", "headline")
    body: tuple[str, ...] = ("content", "body", "article", "maintext")
    byline: tuple[str, ...] = ("author", "byline", "authors")
    url: tuple[str, ...] = ("url", "link")
    published: tuple[str, ...] = (
        "published",
        "date_publish",
        "datePublished",
        "pubDate",
        "date_extracted",
    )
    outlet: tuple[str, ...] = ("source", "outlet", "site", "source_domain")
    tags: tuple[str, ...] = ("tags", "keywords", "categories")
    #: raw page text for the page parser, used when no body field is present
    text: tuple[str, ...] = ("text",)


DEFAULT_FIELDS = FieldMap()


def parse_field_map(spec: str) -> FieldMap:
    """``"headline=titre,body=texte|contenu"`` → a ``FieldMap`` (unnamed fields keep defaults)."""
    names = set(FieldMap.__dataclass_fields__)
    given: dict[str, tuple[str, ...]] = {}
    for part in filter(None, (p.strip() for p in spec.split(","))):
        field, _, keys = part.partition("=")
        if field not in names or not keys:
            choices = ", ".join(sorted(names))
            raise ValueError(
                f"bad field mapping {part!r}: use FIELD=KEY[|KEY] with FIELD in {choices}"
            )
        given[field] = tuple(k.strip() for k in keys.split("|") if k.strip())
    return FieldMap(**given)


def _first(record: Mapping[str, Any], keys: Sequence[str]) -> Any:
    """The first non-empty value of ``keys``, at the top of the record, else in its metadata."""
    for key in keys:  # the common case inline: this runs 7 times per record
        value = record.get(key)
        if value not in _EMPTY:
            return value
    return record_value(record, keys) if any(k in record for k in META_KEYS) else None


def _strings(value: Any) -> list[str]:
    """The text of a JSON value: a string; a list's or an object's strings in order (nested);
    a number as written; null as nothing."""
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        value = list(value.values())
    if isinstance(value, list):
        return [s for item in value for s in _strings(item)]
    return [str(value)]


def _text(value: Any) -> str | None:
    if not isinstance(value, str):  # a string is the common case: no list to build
        value = "، ".join(v for v in _strings(value) if v.strip())
    return " ".join(_unescape(value).split()) or None


def _url(value: Any) -> str | None:
    """A record's URL: a string (the first of a list); a number is an id, not a URL."""
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str) and v.strip()), None)
    return _text(value) if isinstance(value, str) else None


def _unescape(s: str) -> str:
    """Corpora scraped from HTML keep character references (SaudiNewsNet: ``&#8220;``)."""
    return html.unescape(s) if "&" in s else s


def _published(value: Any) -> str | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return _epoch(value)
    if not isinstance(value, str) or not value.strip():
        return None
    s = value.strip()
    if _ISO_LIKE.fullmatch(s):
        if s[8:10] > "28" or s[5:7] > "12":  # only then may the day not exist
            try:
                date.fromisoformat(s[:10])
            except ValueError:
                return None  # "2015-02-30": no such day (the raw value is kept)
        return s.replace(" ", "T")
    found = parse_date(s)
    return found.iso if found else None


def _epoch(value: float) -> str | None:
    """A Unix time in seconds or milliseconds (2001..2286) as an ISO time in UTC, else None."""
    seconds = value / 1000 if value >= _EPOCH_MS else value
    if not _EPOCH_S <= seconds < 10 * _EPOCH_S:
        return None
    return datetime.fromtimestamp(int(seconds), tz=UTC).isoformat()


def _tags(value: Any) -> tuple[str, ...]:
    items = value if isinstance(value, list) else re.split(r"[،,]", " ".join(_strings(value)))
    seen: dict[str, None] = {}
    for item in items:
        tag = _text(item)
        if tag:
            seen.setdefault(tag, None)
    return tuple(seen)


def _outlet_of(url: str | None) -> str | None:
    host = urlsplit(url).hostname if url else None
    return host.removeprefix("www.") if host else None


ParseText = Callable[..., Page]


def _doc(
    record: Mapping[str, Any], *, input: str, fields: FieldMap, parse_text: ParseText | None
) -> Doc | Rejected:
    raw_hash = sha256(json.dumps(record, ensure_ascii=False, sort_keys=True).encode("utf-8"))
    url = _url(_first(record, fields.url))
    outlet = _text(_first(record, fields.outlet))
    body_value = _first(record, fields.body)
    if body_value is None and not any(key in record for key in fields.body):
        text = _first(record, fields.text)
        if not isinstance(text, str):
            if text is None:
                return Rejected(input=input, reason="no body or text field", detail=f"{input}")
            why = f"a JSON {type(text).__name__}, not a string"
            return Rejected(input=input, reason='"text" is not a string', detail=f"{input}: {why}")
        if parse_text is None:
            from akhbar.parse import parse_text as default_parse  # loads only when needed

            parse_text = default_parse
        page = parse_text(text, input=input)
        if page.main.headline is None and not page.main.body and not url:
            return Rejected(input=input, reason="empty record", detail=f"{input}: no text or url")
        if url and page.url is None:
            page = Page(**{**page.__dict__, "url": url})
        return Doc(page=page, outlet=outlet or _outlet_of(url), raw_hash=raw_hash)
    body_text = _unescape("\n".join(_strings(body_value if body_value is not False else None)))
    body = tuple(p for p in (" ".join(line.split()) for line in body_text.split("\n")) if p)
    stamp = _first(record, fields.published)
    raw: dict[str, str] = {"published": str(stamp)} if stamp is not None else {}
    article = Article(
        headline=_text(_first(record, fields.headline)),
        published=_published(stamp),
        byline=_text(_first(record, fields.byline)),
        body=body,
        tags=_tags(_first(record, fields.tags)),
        raw=raw,
    )
    if article.headline is None and not body and not url:  # with a url: its text was lost
        return Rejected(
            input=input, reason="empty record", detail=f"{input}: no headline, body or url"
        )
    return Doc(page=Page(input=input, main=article, url=url), outlet=outlet, raw_hash=raw_hash)


def record_doc(
    record: Mapping[str, Any], *, input: str, fields: FieldMap = DEFAULT_FIELDS
) -> Doc | Rejected:
    """One JSON record as a corpus reads it (its article fields, else its ``text`` parsed)."""
    return _doc(record, input=input, fields=fields, parse_text=None)


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


def _with_warnings(
    items: Iterable[Doc | Rejected], warnings: tuple[str, ...]
) -> Iterator[Doc | Rejected]:
    """``items`` with ``warnings`` (the repairs made to read their file) on the first ``Doc``."""
    for item in items:
        if warnings and isinstance(item, Doc):
            item = replace(item, warnings=warnings + item.warnings)
            warnings = ()
        yield item


def _read_member(
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
    yield from _with_warnings(docs, decoded.warnings)


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
                        yield Rejected(
                            input=name, record=str(i), reason="record is not a JSON object"
                        )
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
                yield Rejected(input=name, record=str(i), reason="record is not a JSON object")
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
                yield Rejected(input=name, record=part, reason="record is not a JSON object")
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
    SaudiNewsNet and ``json.dump(..., indent=N)`` print an array)."""
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
            found = next_record.search(text, at + 1) if next_record is not None else None
            if found is None:
                return
            pos = found.start()
            continue
        yield i, value


def _mended_doc(
    record: dict[str, Any],
    input: str,
    where: str,
    mend: bool,
    *,
    fields: FieldMap,
    parse_text: ParseText | None,
) -> Doc | Rejected:
    """``_doc``, with lone surrogates replaced first (``mend``: the JSON text has escapes)."""
    if not mend:
        return _doc(record, input=input, fields=fields, parse_text=parse_text)
    record, warnings = mend_surrogates(record, where=where)
    doc = _doc(record, input=input, fields=fields, parse_text=parse_text)
    return replace(doc, warnings=warnings + doc.warnings) if isinstance(doc, Doc) else doc


def member_name(info: zipfile.ZipInfo) -> str:
    """A zip member's name as text. Without the UTF-8 flag zipfile reads the name as CP437, as
    the format says; old Windows tools wrote it in the system's code page (CP1256 for Arabic)
    and many others in UTF-8 without setting the flag: those are tried first."""
    name = info.filename
    if info.flag_bits & 0x800 or name.isascii():
        return name
    try:
        raw = name.encode("cp437")
    except UnicodeEncodeError:
        return name
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        arabic = raw.decode("cp1256", errors="replace")
        return arabic if has_arabic(arabic) else name


def _left_out(member: str) -> str | None:
    """Why a zip member is no page of the corpus (``textfiles.skipped_in_walk``: hidden or
    README-like; macOS puts resource forks under ``__MACOSX/``), else None."""
    parts = member.split("/")
    if parts[0] == "__MACOSX" or any(p.startswith(".") for p in parts[:-1]):
        return "hidden"
    return skipped_in_walk(parts[-1], is_dir=False)


def _read_zip(
    zf: zipfile.ZipFile,
    *,
    name: str,
    fields: FieldMap,
    parse_text: ParseText | None,
    depth: int = 0,
) -> Iterator[Doc | Rejected]:
    """Every page of a zip's members (see ``_zip_members``); hidden and README-like members
    are left out with a note on the first document."""
    members = [(info, member_name(info)) for info in zf.infolist() if not info.is_dir()]
    skipped: dict[str, list[str]] = {}
    read: list[tuple[zipfile.ZipInfo, str]] = []
    for info, member in members:
        kind = _left_out(member)
        if kind is None:
            read.append((info, member))
        else:
            skipped.setdefault(kind, []).append(member)
    if not read:
        what = "no files in it" if not members else "only hidden or README-like files in it"
        yield Rejected(input=name, reason="empty zip", detail=f"{name}: {what}")
        return
    notes = tuple(f"note: {note}" for note in _zip_notes(name, skipped))
    docs = _zip_members(zf, read, name=name, fields=fields, parse_text=parse_text, depth=depth)
    yield from _with_warnings(docs, notes)


def _zip_members(
    zf: zipfile.ZipFile,
    members: list[tuple[zipfile.ZipInfo, str]],
    *,
    name: str,
    fields: FieldMap,
    parse_text: ParseText | None,
    depth: int,
) -> Iterator[Doc | Rejected]:
    """Each member by what it is (``akhbar.read.detect_format``): JSON/JSONL records, an HTML
    page, a feed, a text page, or a zip in the zip (read in turn, ``_MAX_ZIP_DEPTH`` deep);
    gzip/bzip2 members are read through."""
    from akhbar.read import detect_format

    for info, member in members:
        where = f"{name}/{member}"
        if info.file_size > _MAX_MEMBER:
            size = f"{info.file_size:,} bytes, over {_MAX_MEMBER:,}"
            yield Rejected(input=where, reason="zip member too large", detail=f"{where}: {size}")
            continue
        try:
            data = decompress(zf.read(info), name=where)
        except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
            yield Rejected(input=where, reason="corrupt zip member", detail=str(exc))
            continue
        except (RuntimeError, NotImplementedError) as exc:  # locked; no decompressor
            why = _ZIP_LOCKED if "password required" in str(exc) else str(exc)
            yield Rejected(input=where, reason="unreadable zip member", detail=f"{where}: {why}")
            continue
        except InputError as exc:
            yield rejected(where, str(exc))
            continue
        fmt = detect_format(member, data[:4096])
        if data[:4] == b"PK\x03\x04":
            yield from _nested_zip(
                data, name=where, fields=fields, parse_text=parse_text, depth=depth
            )
        elif fmt == "json":
            yield from _read_member(data, name=where, fields=fields, parse_text=parse_text)
        elif fmt == "html":
            from akhbar.read.html import read_html

            yield read_html(data, input=where)
        elif fmt == "rss":
            from akhbar.read.rss import read_feed_bytes

            yield from read_feed_bytes(data, name=where)
        elif fmt == "warc":
            detail = f"{where}: a WARC in a zip; unzip it and name the WARC"
            yield Rejected(input=where, reason="zip member is no page", detail=detail)
        else:
            yield _text_member(data, name=where, parse_text=parse_text)


def _nested_zip(
    data: bytes, *, name: str, fields: FieldMap, parse_text: ParseText | None, depth: int
) -> Iterator[Doc | Rejected]:
    if depth >= _MAX_ZIP_DEPTH:
        detail = f"{name}: a zip {depth + 1} zips deep; unzip it and name it"
        yield Rejected(input=name, reason="zip nested too deep", detail=detail)
        return
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as inner:
            yield from _read_zip(
                inner, name=name, fields=fields, parse_text=parse_text, depth=depth + 1
            )
    except zipfile.BadZipFile as exc:
        yield Rejected(input=name, reason="truncated or corrupt zip", detail=f"{name}: {exc}")


def _text_member(data: bytes, *, name: str, parse_text: ParseText | None) -> Doc | Rejected:
    """A zip member that is a text page, through the page parser."""
    try:
        decoded = decode(data, name=name)
    except InputError as exc:
        detail = str(exc)
        return Rejected(input=name, reason="zip member is no page", detail=detail)
    if parse_text is None:
        from akhbar.parse import parse_text as default_parse

        parse_text = default_parse
    page = parse_text(decoded.text, input=name)
    return Doc(
        page=page,
        outlet=_outlet_of(page.url),
        raw_hash=sha256(data),
        warnings=decoded.warnings,
    )


def _zip_notes(name: str, skipped: dict[str, list[str]]) -> Iterator[str]:
    kinds = (
        ("hidden", "hidden entry", "hidden entries"),
        ("project", "README-like file", "README-like files"),
    )
    for kind, one, many in kinds:
        names = sorted(skipped.get(kind, []))
        if names:
            shown = ", ".join(names[:3]) + (", …" if len(names) > 3 else "")
            what, are = (one, "it is no page") if len(names) == 1 else (many, "they are no pages")
            yield f"{name}: skipped {len(names)} {what} ({shown}); {are}"


def read_corpus(
    path: Path,
    *,
    name: str | None = None,
    fields: FieldMap = DEFAULT_FIELDS,
    parse_text: ParseText | None = None,
) -> Iterator[Doc | Rejected]:
    """Every article of a ``.json``, ``.jsonl``, ``.json.gz``/``.jsonl.gz`` or ``.zip`` corpus."""
    name = name or str(path)
    try:
        if zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as zf:
                yield from _read_zip(zf, name=name, fields=fields, parse_text=parse_text)
            return
        raw = read_bytes(path, name=name)  # gzip/bzip2 decompressed
    except zipfile.BadZipFile as exc:
        yield Rejected(input=name, reason="truncated or corrupt zip", detail=f"{name}: {exc}")
        return
    except (OSError, InputError) as exc:
        yield rejected(name, str(exc) if isinstance(exc, InputError) else f"cannot read ({exc})")
        return
    if raw[:4] == b"PK\x03\x04" or name.lower().endswith(".zip"):
        problem = "truncated or corrupt zip" if raw[:2] == b"PK" else "not a zip file"
        yield Rejected(input=name, reason=problem, detail=f"{name}: no zip directory at its end")
        return
    yield from _read_member(raw, name=name, fields=fields, parse_text=parse_text)
