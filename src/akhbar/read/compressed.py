"""Compressed inputs: gzip, bzip2 and zstd, known by their magic bytes, read through.

zstd needs the ``zstandard`` package (``pip install 'akhbar[zstd]'``); without it a zstd file is
one reject that says what to install. A stream cut short is an ``InputError``; ``read_prefix``
also gives what decompressed before the cut, for the readers that can use part of a file (JSON
Lines keep every line before the cut).
"""

from __future__ import annotations

import bz2
import gzip
import io
import zlib
from pathlib import Path
from typing import Any, BinaryIO

from akhbar.errors import InputError

__all__ = [
    "COMPRESSED",
    "compression",
    "decompress",
    "open_decompressed",
    "plain_name",
    "read_bytes",
    "read_prefix",
]

#: file name endings of the compressions read transparently (by their magic bytes)
COMPRESSED = (".gz", ".bz2", ".zst", ".zstd")
_ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"
_MISSING_ZSTD = "zstd-compressed, and zstandard is not installed"
_INSTALL_ZSTD = "pip install 'akhbar[zstd]' or pip install zstandard"
#: a stream cut short is decompressed this many bytes at a time, to keep what came before
_CHUNK = 1 << 16


def compression(data: bytes) -> str | None:
    """``"gzip"``, ``"bzip2"`` or ``"zstd"`` when ``data`` opens with that format's magic
    bytes, else None."""
    if data[:2] == b"\x1f\x8b":
        return "gzip"
    if data[:3] == b"BZh" and data[4:10] in (b"1AY&SY", b"\x17rE8P\x90"):
        return "bzip2"
    if data[:4] == _ZSTD_MAGIC:
        return "zstd"
    return None


def _zstandard(name: str) -> Any:
    try:
        import zstandard
    except ModuleNotFoundError as exc:
        raise InputError(f"{name}: {_MISSING_ZSTD} ({_INSTALL_ZSTD})") from exc
    return zstandard


def _unzstd(data: bytes, *, name: str) -> bytes:
    # a stream reader: frames written without their size (by streaming writers) read too
    zstandard = _zstandard(name)
    with zstandard.ZstdDecompressor().stream_reader(io.BytesIO(data), read_across_frames=True) as r:
        return bytes(r.read())


def decompress(data: bytes, *, name: str) -> bytes:
    """gzip, bzip2 or zstd bytes decompressed (known by their magic bytes); others as they
    are. ``InputError`` naming ``name`` when the stream is cut short or corrupt."""
    kind = compression(data)
    if kind is None:
        return data
    try:
        if kind == "zstd":
            return _unzstd(data, name=name)
        return gzip.decompress(data) if kind == "gzip" else bz2.decompress(data)
    except InputError:
        raise
    except Exception as exc:  # zlib.error, EOFError, OSError; zstandard.ZstdError
        raise InputError(f"{name}: truncated or corrupt {kind} ({exc})") from exc


def _prefix(data: bytes, kind: str) -> bytes:
    """As much of a cut or corrupt stream as decompresses, chunk by chunk (gzip and bzip2
    streams joined one after another each read)."""
    if kind == "zstd":
        out = bytearray()
        reader = _zstandard("").ZstdDecompressor().stream_reader(io.BytesIO(data))
        try:
            while chunk := reader.read(_CHUNK):
                out += chunk
        except Exception:  # zstandard.ZstdError: the cut
            pass
        return bytes(out)
    out = bytearray()
    while data:
        d: Any = zlib.decompressobj(31) if kind == "gzip" else bz2.BZ2Decompressor()
        fed = 0
        try:
            while fed < len(data) and not d.eof:
                out += d.decompress(data[fed : fed + _CHUNK])
                fed += _CHUNK
        except (EOFError, OSError, ValueError, zlib.error):
            break
        if not d.eof:
            break
        data = d.unused_data + data[fed:]
    return bytes(out)


def read_prefix(path: Path, *, name: str) -> tuple[bytes, str | None]:
    """A file's bytes as ``read_bytes`` gives them, and None; or, for a compressed stream cut
    short or corrupt, what decompressed before the damage and the problem (``InputError``'s
    message). A file that cannot be read, or zstd without zstandard, raises ``InputError``."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{name}: cannot read ({exc.strerror})") from exc
    try:
        return decompress(data, name=name), None
    except InputError as exc:
        kind = compression(data)
        if kind is None or _MISSING_ZSTD in str(exc):
            raise
        return _prefix(data, kind), str(exc)


def read_bytes(path: Path, *, name: str) -> bytes:
    """A file's bytes, decompressed if gzip, bzip2 or zstd; ``InputError`` naming ``name``."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{name}: cannot read ({exc.strerror})") from exc
    return decompress(data, name=name)


def open_decompressed(path: Path, *, name: str) -> tuple[BinaryIO, str | None]:
    """A file opened as a stream, decompressed as it is read when it is gzip, bzip2 or zstd (by
    its magic bytes), and which of them: for readers that go through a file once and keep
    nothing of it (CSV). ``InputError`` naming ``name`` when it cannot be opened; a stream cut
    short raises when it is read (EOFError, OSError, zlib.error, zstandard.ZstdError)."""
    try:
        with path.open("rb") as fh:
            kind = compression(fh.read(10))
        if kind == "gzip":
            return gzip.open(path, "rb"), kind  # type: ignore[return-value]
        if kind == "bzip2":
            return bz2.open(path, "rb"), kind  # type: ignore[return-value]
        if kind == "zstd":
            zstd = _zstandard(name).ZstdDecompressor()
            reader = zstd.stream_reader(path.open("rb"), read_across_frames=True)  # closes it
            return io.BufferedReader(reader), kind
        return path.open("rb"), None
    except OSError as exc:
        raise InputError(f"{name}: cannot read ({exc.strerror})") from exc


def plain_name(name: str) -> str:
    """``name`` without a compression ending: ``a.jsonl.gz`` → ``a.jsonl``."""
    for ext in COMPRESSED:
        if name.lower().endswith(ext):
            return name[: -len(ext)]
    return name
