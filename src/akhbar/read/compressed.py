"""Compressed inputs: gzip and bzip2, known by their magic bytes, read through transparently."""

from __future__ import annotations

import bz2
import gzip
import zlib
from pathlib import Path

from akhbar.errors import InputError

__all__ = ["COMPRESSED", "compression", "decompress", "plain_name", "read_bytes"]

#: file name endings of the compressions read transparently (by their magic bytes)
COMPRESSED = (".gz", ".bz2")


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


def plain_name(name: str) -> str:
    """``name`` without a compression ending: ``a.jsonl.gz`` → ``a.jsonl``."""
    for ext in COMPRESSED:
        if name.lower().endswith(ext):
            return name[: -len(ext)]
    return name
