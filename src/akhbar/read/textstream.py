"""Text decoded as it is read, for a reader that goes through a file once (CSV), so a large file
is never held whole, as bytes or as text.

The encoding is the one ``decoding.decode`` would choose for the bytes held whole, found in a
first pass over the stream that keeps nothing (``plan_text``): a UTF-16 byte order mark; valid
UTF-8 (a BOM dropped); UTF-8 Arabic with a few stray bytes (replaced by U+FFFD, with the same
warning); CP1256 when it gives Arabic; else the same ``InputError``. Bytes that need repairs
only the whole bytes allow (NULs, UTF-16 without a BOM, a BOM that is not UTF-16) or that are
binary get no plan: the caller decodes them whole, as before. The text is then read through
``io.TextIOWrapper`` with the chosen codec (``open_text``).
"""

from __future__ import annotations

import codecs
import io
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import BinaryIO

from akhbar.errors import InputError
from akhbar.read.decoding import (
    UTF16_BOMS,
    binary_kind,
    control_bytes,
    count_arabic,
    few_stray_bytes,
    has_arabic,
    too_many_controls,
)

__all__ = ["Opener", "TextPlan", "open_text", "plan_text"]

#: a fresh binary stream of the (decompressed) bytes from their start, and the compression it
#: is read through (named when the stream fails: ``truncated or corrupt gzip``)
Opener = Callable[[], tuple[BinaryIO, str | None]]
_CHUNK = 1 << 18  # a chunk and its text are held at once: ~1 MB
_SNIFF = 8192


@dataclass(frozen=True, kw_only=True)
class TextPlan:
    """How to decode a stream: the codec, its error handler and the repairs told."""

    codec: str
    errors: str = "strict"
    #: the encoding as ``decoding.Decoded`` names it (``utf-8``, ``cp1256``, ``utf-16``)
    encoding: str
    warnings: tuple[str, ...] = ()


def _chunks(opener: Opener, *, name: str) -> Iterator[bytes]:
    """The stream's bytes a chunk at a time; ``InputError`` naming ``name`` when it fails as
    ``compressed.decompress`` says it (``truncated or corrupt gzip (...)``)."""
    stream, kind = opener()
    with stream:
        while True:
            try:
                chunk = stream.read(_CHUNK)
            except Exception as exc:  # EOFError, OSError, zlib.error, zstandard.ZstdError
                what = f"truncated or corrupt {kind}" if kind else "cannot read"
                raise InputError(f"{name}: {what} ({exc})") from exc
            if not chunk:
                return
            yield chunk


def plan_text(opener: Opener, *, name: str) -> TextPlan | None:
    """How to decode the stream ``opener`` gives, or None when it must be decoded whole (see
    the module docstring). ``InputError`` naming ``name``: an empty file, a stream cut short,
    text that is not UTF-8 and gives no Arabic as CP1256."""
    head = next(_chunks(opener, name=name), b"")[:_SNIFF]
    if head.startswith(UTF16_BOMS):
        return _utf16_plan(opener, name=name)
    if binary_kind(head) is not None:
        return None  # binary, or NULs to repair: the whole bytes are needed
    total = controls = lines = 0
    blank = True
    utf8 = codecs.getincrementaldecoder("utf-8")()
    first_bad: int | None = None
    for chunk in _chunks(opener, name=name):
        if b"\x00" in chunk:
            return None
        total += len(chunk)
        controls += control_bytes(chunk)
        blank = blank and not chunk.strip()
        if first_bad is None:
            try:
                utf8.decode(chunk)
            except UnicodeDecodeError as exc:
                first_bad = lines + chunk.count(b"\n", 0, max(exc.start, 0)) + 1
            lines += chunk.count(b"\n")
    if blank:
        raise InputError(f"{name}: empty file")
    if too_many_controls(controls, total):
        return None  # binary: decode says so
    if first_bad is None:
        try:
            utf8.decode(b"", final=True)
        except UnicodeDecodeError:
            first_bad = lines + 1  # a character cut at the end
    if first_bad is None:
        return TextPlan(codec="utf-8-sig", encoding="utf-8")
    return _not_utf8_plan(opener, name=name, first_bad=first_bad)


def _utf16_plan(opener: Opener, *, name: str) -> TextPlan | None:
    """UTF-16 with its byte order mark, when all of it decodes and holds no NUL character."""
    decoder = codecs.getincrementaldecoder("utf-16")()
    try:
        for chunk in _chunks(opener, name=name):
            if "\x00" in decoder.decode(chunk):
                return None
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return None  # decode names the problem
    return TextPlan(codec="utf-16", encoding="utf-16")


def _not_utf8_plan(opener: Opener, *, name: str, first_bad: int) -> TextPlan:
    """UTF-8 with a few stray bytes, else CP1256 Arabic (``decoding.decode``'s steps 4 and 6)."""
    replaced = codecs.getincrementaldecoder("utf-8")(errors="replace")
    ignored = codecs.getincrementaldecoder("utf-8")(errors="ignore")
    arabic = bad = 0
    cp1256_arabic = False
    for chunk in _chunks(opener, name=name):
        text = replaced.decode(chunk)
        bad += text.count("\ufffd") - ignored.decode(chunk).count("\ufffd")
        arabic += count_arabic(text)
        cp1256_arabic = cp1256_arabic or has_arabic(chunk.decode("cp1256"))
    text = replaced.decode(b"", final=True)
    bad += text.count("\ufffd") - ignored.decode(b"", final=True).count("\ufffd")
    if few_stray_bytes(bad, arabic=arabic):
        s = "" if bad == 1 else "s"
        why = f"{bad} stray byte{s} not UTF-8, replaced by U+FFFD (first on line {first_bad})"
        return TextPlan(
            codec="utf-8-sig", errors="replace", encoding="utf-8", warnings=(f"{name}: {why}",)
        )
    if not cp1256_arabic:
        raise InputError(f"{name}: not UTF-8, and no Arabic text when read as CP1256")
    return TextPlan(codec="cp1256", encoding="cp1256")


@contextmanager
def open_text(opener: Opener, plan: TextPlan) -> Iterator[io.TextIOWrapper]:
    """The stream as text decoded by ``plan``, its line ends kept as they are (``newline=""``,
    as ``csv`` wants them)."""
    stream, _kind = opener()
    with io.TextIOWrapper(stream, encoding=plan.codec, errors=plan.errors, newline="") as text:
        yield text
