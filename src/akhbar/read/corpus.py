"""JSON, JSONL and zip-of-JSON corpora: one record per article, fields mapped by name.

The records are read by ``read.jsontext`` (an array, an object, or one object per line), each
made an article by ``read.records`` (SaudiNewsNet's fields by default, ``FieldMap`` for
others); a zip's members by ``read.archives``.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

from akhbar.errors import InputError
from akhbar.model import Rejected
from akhbar.read.archives import read_tar, read_zip
from akhbar.read.compressed import plain_name, read_prefix
from akhbar.read.doc import Doc, rejected
from akhbar.read.jsonlines import opens_with_json_object, read_jsonl_until_cut
from akhbar.read.jsontext import article_of_line, read_json_text
from akhbar.read.records import DEFAULT_FIELDS, FieldMap, ParseText, parse_field_map, record_doc

__all__ = ["DEFAULT_FIELDS", "FieldMap", "parse_field_map", "read_corpus", "record_doc"]


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
        if _is_tar(path):
            yield from read_tar(path, name=name, fields=fields, parse_text=parse_text)
            return
        if zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as zf:
                yield from read_zip(zf, name=name, fields=fields, parse_text=parse_text)
            return
        raw, cut = read_prefix(path, name=name)  # gzip/bzip2/zstd decompressed
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
    if cut is None and raw[257:262] == b"ustar":  # a tar compressed as zstd
        yield from read_tar(raw, name=name, fields=fields, parse_text=parse_text)
        return
    if cut is not None:
        yield from _until_the_cut(raw, cut, name=name, fields=fields, parse_text=parse_text)
        return
    yield from read_json_text(raw, name=name, fields=fields, parse_text=parse_text)


def _is_tar(path: Path) -> bool:
    """True for a tar, plain or gzip/bzip2/xz-compressed (``ustar`` in its first header), by
    its bytes; a zstd tar is decompressed by ``read_tar``'s caller as any zstd file."""
    import tarfile

    if path.name.lower().endswith(
        (".tar", ".tgz", ".tbz2", ".tbz", ".tar.gz", ".tar.bz2", ".tar.xz")
    ):
        return True
    try:
        with path.open("rb") as fh:
            head = fh.read(512)
    except OSError:
        return False
    if head[257:262] == b"ustar":
        return True
    if head[:2] != b"\x1f\x8b":
        return False
    try:
        return tarfile.is_tarfile(path)
    except (EOFError, OSError, tarfile.TarError):  # a gzip cut short: not a tar read so
        return False


def _until_the_cut(
    raw: bytes, cut: str, *, name: str, fields: FieldMap, parse_text: ParseText | None
) -> Iterator[Doc | Rejected]:
    """A compressed corpus cut short: JSON Lines keep every line before the cut, and the cut is
    one reject naming its line; anything else (an array, one object) is one reject."""
    lines = plain_name(name.lower()).endswith((".jsonl", ".ndjson")) or opens_with_json_object(raw)
    if not lines:
        yield rejected(name, cut)
        return
    to_doc = article_of_line(fields=fields, parse_text=parse_text)
    yield from read_jsonl_until_cut(raw, cut, name=name, to_doc=to_doc)
