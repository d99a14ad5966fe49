"""Zip and tar archives of pages: each member read by what it is, hidden and README-like ones
left out.

A zip's members are read by what they are: JSON/JSONL, HTML pages, feeds, text pages and zips
(three levels down); hidden (``__MACOSX/``, ``.DS_Store``) and README-like members are left out
with a note; names without the UTF-8 flag are read as UTF-8, else CP1256.
"""

from __future__ import annotations

import io
import tarfile
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import TypeVar

from akhbar.errors import InputError
from akhbar.model import Rejected
from akhbar.read.compressed import decompress
from akhbar.read.decoding import decode, has_arabic
from akhbar.read.doc import Doc, rejected, sha256, with_warnings, without_text
from akhbar.read.inputs import skipped_in_walk
from akhbar.read.jsontext import read_json_text
from akhbar.read.records import FieldMap, ParseText, outlet_of

__all__ = ["member_name", "read_tar", "read_zip"]

_ZIP_LOCKED = "encrypted, password required"
#: zips inside a zip are read this many levels down (a zip that holds itself must end)
_MAX_ZIP_DEPTH = 3
#: a zip member is read whole: one that says it is larger is refused (a zip bomb)
_MAX_MEMBER = 1 << 30


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


Member = TypeVar("Member", zipfile.ZipInfo, tarfile.TarInfo)


def _partition(
    members: list[tuple[Member, str]],
) -> tuple[list[tuple[Member, str]], dict[str, list[str]]]:
    """A zip's or a tar's (member, name) pairs: those read, and the names left out by why
    (``_left_out``), for the note."""
    read: list[tuple[Member, str]] = []
    skipped: dict[str, list[str]] = {}
    for info, member in members:
        why = _left_out(member)
        if why is None:
            read.append((info, member))
        else:
            skipped.setdefault(why, []).append(member)
    return read, skipped


def _empty(name: str, kind: str, *, has_files: bool) -> Rejected:
    """The reject of a zip or tar (``kind``) with no member to read."""
    what = "only hidden or README-like files in it" if has_files else "no files in it"
    return Rejected(input=name, reason=f"empty {kind}", detail=f"{name}: {what}")


def read_zip(
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
    read, skipped = _partition(members)
    if not read:
        yield _empty(name, "zip", has_files=bool(members))
        return
    notes = tuple(f"note: {note}" for note in _zip_notes(name, skipped))
    docs = _zip_members(zf, read, name=name, fields=fields, parse_text=parse_text, depth=depth)
    yield from with_warnings(docs, notes)


def _zip_members(
    zf: zipfile.ZipFile,
    members: list[tuple[zipfile.ZipInfo, str]],
    *,
    name: str,
    fields: FieldMap,
    parse_text: ParseText | None,
    depth: int,
) -> Iterator[Doc | Rejected]:
    """Each member by what it is (``_member_docs``); gzip/bzip2/zstd members read through."""
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
        yield from _member_docs(
            data, member=member, where=where, fields=fields, parse_text=parse_text, depth=depth
        )


def _member_docs(
    data: bytes,
    *,
    member: str,
    where: str,
    fields: FieldMap,
    parse_text: ParseText | None,
    depth: int,
    kind: str = "zip",
) -> Iterator[Doc | Rejected]:
    """One member of a zip or a tar (``kind``) by what it is (``akhbar.read.detect_format``): JSON/JSONL
    records, CSV/TSV rows, a Parquet file, an HTML page, a feed, a text page, or an archive in
    the archive (read in turn, ``_MAX_ZIP_DEPTH`` deep)."""
    from akhbar.read import detect_format

    fmt = detect_format(member, data[:4096])
    if data[:4] == b"PK\x03\x04":
        yield from _nested_zip(data, name=where, fields=fields, parse_text=parse_text, depth=depth)
    elif data[257:262] == b"ustar":
        yield from _nested_tar(data, name=where, fields=fields, parse_text=parse_text, depth=depth)
    elif fmt == "json":
        yield from read_json_text(data, name=where, fields=fields, parse_text=parse_text)
    elif fmt == "csv":
        from akhbar.read.csvfiles import read_csv_bytes

        yield from read_csv_bytes(data, name=where, fields=fields, parse_text=parse_text)
    elif fmt == "parquet":
        from akhbar.read.parquetfiles import read_parquet

        yield from read_parquet(io.BytesIO(data), name=where, fields=fields, parse_text=parse_text)
    elif fmt == "html":
        from akhbar.read.html import read_html

        yield read_html(data, input=where)
    elif fmt == "rss":
        from akhbar.read.rss import read_feed_bytes

        yield from read_feed_bytes(data, name=where)
    elif fmt == "warc":
        unpack = "unzip" if kind == "zip" else "unpack"
        detail = f"{where}: a WARC in a {kind}; {unpack} it and name the WARC"
        yield Rejected(input=where, reason=f"{kind} member is no page", detail=detail)
    else:
        yield _text_member(data, name=where, parse_text=parse_text, kind=kind)


def _nested_zip(
    data: bytes, *, name: str, fields: FieldMap, parse_text: ParseText | None, depth: int
) -> Iterator[Doc | Rejected]:
    if depth >= _MAX_ZIP_DEPTH:
        detail = f"{name}: a zip {depth + 1} zips deep; unzip it and name it"
        yield Rejected(input=name, reason="zip nested too deep", detail=detail)
        return
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as inner:
            yield from read_zip(
                inner, name=name, fields=fields, parse_text=parse_text, depth=depth + 1
            )
    except zipfile.BadZipFile as exc:
        yield Rejected(input=name, reason="truncated or corrupt zip", detail=f"{name}: {exc}")


def _text_member(
    data: bytes, *, name: str, parse_text: ParseText | None, kind: str = "zip"
) -> Doc | Rejected:
    """A zip member that is a text page, through the page parser."""
    try:
        decoded = decode(data, name=name)
    except InputError as exc:
        detail = str(exc)
        return Rejected(input=name, reason=f"{kind} member is no page", detail=detail)
    if parse_text is None:
        from akhbar.parse import parse_text as default_parse

        parse_text = default_parse
    page = parse_text(decoded.text, input=name)
    if (empty := without_text(page, name=name)) is not None:
        return empty
    return Doc(
        page=page,
        outlet=outlet_of(page.url),
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


def _nested_tar(
    data: bytes, *, name: str, fields: FieldMap, parse_text: ParseText | None, depth: int
) -> Iterator[Doc | Rejected]:
    if depth >= _MAX_ZIP_DEPTH:
        detail = f"{name}: an archive {depth + 1} archives deep; unpack it and name it"
        yield Rejected(input=name, reason="archive nested too deep", detail=detail)
        return
    yield from read_tar(data, name=name, fields=fields, parse_text=parse_text, depth=depth + 1)


_TAR_ERRORS = (tarfile.TarError, EOFError, OSError, zlib.error)


class _TarCut(Exception):
    """A tar member's bytes end too soon: the tar ends there (the members before are read)."""


def read_tar(
    source: Path | bytes,
    *,
    name: str,
    fields: FieldMap,
    parse_text: ParseText | None = None,
    depth: int = 0,
) -> Iterator[Doc | Rejected]:
    """Every page of a tar (plain, gzip, bzip2 or xz; a zstd one decompressed first), its
    members read as a zip's are. A tar cut short keeps the members before the cut, and the cut
    is one reject."""
    try:
        # closed by the ``with tf`` below (opening is apart to tell its errors from the rest's)
        if isinstance(source, Path):
            tf = tarfile.open(source, mode="r:*")  # noqa: SIM115
        else:
            tf = tarfile.open(fileobj=io.BytesIO(source), mode="r:*")  # noqa: SIM115
    except _TAR_ERRORS as exc:
        why = " ".join(str(exc).split())  # tarfile lists each method it tried, a line each
        if "could not be opened successfully" in why:
            detail = f"{name}: no tar header at its start"
            yield Rejected(input=name, reason="not a tar file", detail=detail)
        else:
            yield Rejected(input=name, reason="truncated or corrupt tar", detail=f"{name}: {why}")
        return
    with tf:
        cut = None
        met: list[tarfile.TarInfo] = []
        try:
            while (info := tf.next()) is not None:
                met.append(info)
        except _TAR_ERRORS as exc:
            cut = str(exc)  # the members met before the damage are read
        if cut is None and not _has_end_marker(tf):
            last = met[-1].name if met else "its first member"
            cut = f"it ends after {last}, with no end-of-archive marker"
        files = [(info, info.name.removeprefix("./")) for info in met if info.isfile()]
        read, skipped = _partition(files)
        if not read and cut is None:
            yield _empty(name, "tar", has_files=bool(files))
            return
        notes = tuple(f"note: {note}" for note in _zip_notes(name, skipped))
        docs = _tar_members(tf, read, name=name, fields=fields, parse_text=parse_text, depth=depth)
        try:
            yield from with_warnings(docs, notes)
        except _TarCut as exc:
            cut = str(exc)
    if cut is not None:
        detail = f"{name}: {cut}; the members before it were read"
        yield Rejected(input=name, reason="truncated or corrupt tar", detail=detail)


def _has_end_marker(tf: tarfile.TarFile) -> bool:
    """True when the tar ends as tar writers end one, with a zero block after its last member;
    tarfile takes a tar cut between two members for a whole one."""
    try:
        tf.fileobj.seek(tf.offset)
        block = tf.fileobj.read(tarfile.BLOCKSIZE)
    except _TAR_ERRORS:
        return False
    return len(block) == tarfile.BLOCKSIZE and not block.strip(b"\x00")


def _tar_members(
    tf: tarfile.TarFile,
    members: list[tuple[tarfile.TarInfo, str]],
    *,
    name: str,
    fields: FieldMap,
    parse_text: ParseText | None,
    depth: int,
) -> Iterator[Doc | Rejected]:
    """Each member's pages (``_member_docs``); a member whose bytes end too soon ends the
    tar (``_TarCut``)."""
    for info, member in members:
        where = f"{name}/{member}"
        if info.size > _MAX_MEMBER:
            size = f"{info.size:,} bytes, over {_MAX_MEMBER:,}"
            yield Rejected(input=where, reason="tar member too large", detail=f"{where}: {size}")
            continue
        try:
            handle = tf.extractfile(info)
            raw = handle.read() if handle is not None else b""
        except _TAR_ERRORS as exc:
            raise _TarCut(f"{exc} (in {member})") from exc
        try:
            data = decompress(raw, name=where)
        except InputError as exc:
            yield rejected(where, str(exc))
            continue
        yield from _member_docs(
            data,
            member=member,
            where=where,
            fields=fields,
            parse_text=parse_text,
            depth=depth,
            kind="tar",
        )
