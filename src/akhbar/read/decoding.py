"""Bytes → text for every reader: which encoding, and when bytes are binary rather than text.

The order (``decode``), for a page with or without a declared charset (HTML ``<meta charset>``):

1. a byte order mark: UTF-16 or UTF-8, as it says;
2. binary bytes are rejected (``binary_kind``), unless they are UTF-16 without a byte order mark
   (Arabic and ASCII text when read so, ``_utf16_without_bom``) or Arabic text with NUL bytes in
   it: a NUL padding at its end, runs of NULs (``_nul_repairs``); a few stray NULs in text are
   removed, with a warning naming the lines (``strip_stray_nuls``);
3. valid UTF-8 — before any declaration, as browsers' sniffers and trafilatura do: multi-byte
   UTF-8 Arabic is never valid by accident, while a wrong declaration is common;
4. UTF-8 with a few stray bytes (a Latin-1 ``©`` pasted into a UTF-8 page): the stray bytes
   become U+FFFD, with a warning, when the rest is plainly UTF-8 Arabic;
5. the declared charset, when it decodes and either gives Arabic letters or is not of the
   Latin-1 family (a page declared ``iso-8859-1`` but written in CP1256 is common, so a
   Latin-1 family declaration is only a hint); in markup, ``&#1575;`` references count as
   Arabic letters;
6. CP1256 (Windows Arabic), when it gives Arabic letters;
7. else ``InputError`` naming the file, the declared charset and what was tried.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from akhbar.errors import InputError
from akhbar.text import has_arabic as text_has_arabic

__all__ = [
    "UTF16_BOMS",
    "Decoded",
    "binary_kind",
    "control_bytes",
    "count_arabic",
    "decode",
    "few_stray_bytes",
    "has_arabic",
    "looks_binary",
    "stray_utf8",
    "strip_stray_nuls",
    "too_many_controls",
]

#: A share of C0 control bytes (other than NUL, tab, LF, FF, CR, ESC) above this means binary.
_CONTROL_SHARE = 0.05
_CONTROLS = bytes(b for b in range(32) if b not in (0, 9, 10, 12, 13, 27))
#: Stray NULs: text may hold at most this share of NUL bytes, none next to another. Binary
#: formats pad with runs of zeros (PNG, ELF, zip, SQLite and UTF-16 without a BOM all have
#: ``\0\0`` in their first bytes); a text file with a stray NUL (a bad copy, a C string
#: terminator) has few, alone. Random bytes (compressed streams) fail the control-byte share.
_NUL_SHARE = 0.01
_SNIFF = 8192
#: the byte order marks of UTF-16 (little and big endian)
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
#: File signatures named in the message (their bytes are binary by the rules above too).
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"\x7fELF", "ELF executable"),
    (b"PK\x03\x04", "zip archive"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "MS Office document"),
)
#: Declared charsets that are only a hint (see step 5), as ``codecs.lookup`` names them.
_LATIN1_FAMILY = frozenset(["ascii", "iso8859-1", "cp1252", "iso8859-15", "latin-1"])
#: Web labels Python does not know, mapped to its codec names.
_LABELS = {"x-mac-arabic": "mac-arabic", "windows-874": "cp874", "x-cp1256": "cp1256"}
_ARABIC_REF = re.compile(r"&#(?:(1[56]\d\d|17[0-8]\d|179[01])|[xX]0*(6[0-9a-fA-F]{2}));")
#: Step 4: UTF-8 with stray bytes is taken when it gives this many Arabic letters, and at
#: least this many Arabic letters per replaced byte.
_STRAY_MIN_ARABIC = 20
_STRAY_RATIO = 50
_SHOWN_LINES = 5
#: UTF-16 without a BOM: at least this share of the characters read so must be Arabic, ASCII
#: text or punctuation (random bytes read as UTF-16 give CJK, symbols and controls)
_UTF16_TEXT_SHARE = 0.95
_UTF16_TEXT = re.compile(
    "[\t\n\r\x20-\x7e\u00a0\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff"
    "\u2000-\u206f\ufb50-\ufdff\ufe70-\ufeff]"
)


@dataclass(frozen=True, kw_only=True)
class Decoded:
    """Text decoded from bytes, with the encoding that worked and what was repaired."""

    text: str
    encoding: str
    #: repairs made to read it (stray NULs removed, stray bytes replaced), each naming the file
    warnings: tuple[str, ...] = ()


def has_arabic(text: str, *, markup: bool = False) -> bool:
    """True when ``text`` holds an Arabic letter (with ``markup``, ``&#1575;`` counts too)."""
    return text_has_arabic(text) or (markup and _ARABIC_REF.search(text) is not None)


def count_arabic(text: str) -> int:
    return sum(1 for ch in text if "\u0600" <= ch <= "\u06ff")


def binary_kind(data: bytes) -> str | None:
    """Why ``data`` is binary, not text (a format's name, or what gives it away), else None."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    if not data:
        return None
    nuls = data.count(0)
    if nuls and (b"\x00\x00" in data or nuls > max(1, len(data) * _NUL_SHARE)):
        return "NUL bytes"
    if too_many_controls(control_bytes(data), len(data)):
        return "control bytes"
    return None


def control_bytes(data: bytes) -> int:
    """How many C0 control bytes ``data`` holds that no text has (``binary_kind``'s measure)."""
    return len(data) - len(data.translate(None, _CONTROLS))


def too_many_controls(controls: int, total: int) -> bool:
    """True when ``controls`` control bytes (``control_bytes``) in ``total`` mean binary."""
    return total > 0 and controls / total > _CONTROL_SHARE


def looks_binary(data: bytes) -> bool:
    """True for bytes that are not text in any encoding we read (``binary_kind`` gives why)."""
    return binary_kind(data[:_SNIFF]) is not None


def _lines_of(data: bytes, byte: int) -> str:
    """``"line 3"`` / ``"lines 3, 7, …"``: where ``byte`` occurs in ``data``."""
    lines: list[int] = []
    pos = data.find(byte)
    line, counted = 1, 0
    while pos != -1 and len(lines) <= _SHOWN_LINES:
        line += data.count(b"\n", counted, pos)
        counted = pos
        if not lines or lines[-1] != line:
            lines.append(line)
        pos = data.find(byte, pos + 1)
    shown = ", ".join(str(n) for n in lines[:_SHOWN_LINES])
    more = ", …" if len(lines) > _SHOWN_LINES else ""
    return f"line{'s' if len(lines) > 1 else ''} {shown}{more}"


def strip_stray_nuls(data: bytes, *, name: str) -> tuple[bytes, tuple[str, ...]]:
    """``data`` without its NUL bytes, and a warning naming ``name`` and the lines (none when
    there was no NUL). For text ``binary_kind`` passed: a few NULs, none next to another."""
    nuls = data.count(0)
    if not nuls:
        return data, ()
    where = _lines_of(data, 0)
    s = "" if nuls == 1 else "s"
    return data.replace(b"\x00", b""), (f"{name}: {nuls} stray NUL byte{s} removed ({where})",)


def _utf16_without_bom(data: bytes) -> str | None:
    """``data`` read as UTF-16 (little or big endian) when it has no byte order mark but is
    plainly Arabic text so (Windows tools save "Unicode" text so), else None."""
    if len(data) % 2:
        return None
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if not text.strip() or not has_arabic(text):
            continue
        ordinary = len(_UTF16_TEXT.findall(text))
        if ordinary >= _UTF16_TEXT_SHARE * len(text):
            return text
    return None


def _nul_repairs(data: bytes, *, name: str) -> tuple[bytes, tuple[str, ...]] | None:
    """Arabic text that holds NUL bytes (a file preallocated and never filled, a bad copy):
    the NUL padding at its end and runs of NULs inside it removed, each with a warning naming
    where; None when the bytes are binary without their NULs too, or not Arabic text."""
    body = data.rstrip(b"\x00")
    pad = len(data) - len(body)
    inside = body.count(0)
    if inside > max(1, len(body) * _NUL_SHARE):
        return None  # NULs all through it: UTF-16, UTF-32 or a binary format
    rest = body.replace(b"\x00", b"")
    if not rest.strip() or binary_kind(rest) is not None:
        return None
    sample = rest[:_SNIFF].decode("utf-8", errors="ignore")
    if not has_arabic(sample) and not has_arabic(rest[:_SNIFF].decode("cp1256")):
        return None
    warnings: list[str] = []
    if pad:
        s = "" if pad == 1 else "s"
        warnings.append(f"{name}: {pad:,} NUL byte{s} of padding at its end removed")
    if inside:
        s = "" if inside == 1 else "s"
        where = _lines_of(body, 0)
        warnings.insert(0, f"{name}: {inside} stray NUL byte{s} removed ({where})")
    return rest, tuple(warnings)


def stray_utf8(data: bytes) -> tuple[str, int] | None:
    """Bytes that are not UTF-8 but plainly UTF-8 Arabic with a few stray bytes in it (a
    Latin-1 ``©`` pasted in): the text with U+FFFD in their place and how many there were;
    else None. Step 4 of ``decode``, and a JSON line's (``read.jsonlines``)."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.decode("utf-8", errors="ignore").count("\ufffd")
    return (text, bad) if few_stray_bytes(bad, arabic=count_arabic(text)) else None


def few_stray_bytes(bad: int, *, arabic: int) -> bool:
    """True when ``bad`` bytes that are not UTF-8 among ``arabic`` Arabic letters of UTF-8 are
    stray bytes to replace (step 4), not another encoding."""
    return arabic >= _STRAY_MIN_ARABIC and bad * _STRAY_RATIO <= arabic


def _stray_utf8(data: bytes, *, name: str) -> Decoded | None:
    """Step 4: plainly UTF-8 Arabic with a few bytes that are not UTF-8, else None."""
    found = stray_utf8(data)
    if found is None:
        return None
    text, bad = found
    try:
        data.decode("utf-8")
        return None  # unreachable: the caller tried strict UTF-8 first
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
    s = "" if bad == 1 else "s"
    warning = f"{name}: {bad} stray byte{s} not UTF-8, replaced by U+FFFD (first on line {line})"
    return Decoded(text=text.removeprefix("\ufeff"), encoding="utf-8", warnings=(warning,))


def _codec(label: str) -> str | None:
    label = label.strip().lower()
    try:
        return codecs.lookup(_LABELS.get(label, label)).name
    except LookupError:
        return None


def decode(data: bytes, *, name: str, declared: str | None = None, markup: bool = False) -> Decoded:
    """Decode page bytes in the order of the module docstring; raise ``InputError`` naming
    ``name``. ``declared`` is the charset the page names; ``markup``: count ``&#…;`` Arabic."""
    if not data.strip():
        raise InputError(f"{name}: empty file")
    if data.startswith(UTF16_BOMS) and not data.startswith(b"\xff\xfe\x00\x00"):
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
    kind = binary_kind(data)
    textlike = kind in ("NUL bytes", "control bytes")  # no file format's signature
    repaired = _nul_repairs(data, name=name) if kind == "NUL bytes" else None
    utf16 = _utf16_without_bom(data) if textlike and repaired is None else None
    if utf16 is not None:
        return Decoded(text=utf16, encoding="utf-16")
    warnings: tuple[str, ...] = ()
    if repaired is not None:
        data, warnings = repaired
    elif kind is not None:
        detail = "no page read" if kind in ("NUL bytes", "control bytes") else kind
        raise InputError(f"{name}: binary file, not text ({detail})")
    if repaired is None:
        data, warnings = strip_stray_nuls(data, name=name)
    try:
        return Decoded(text=data.decode("utf-8-sig"), encoding="utf-8", warnings=warnings)
    except UnicodeDecodeError:
        pass
    stray = _stray_utf8(data, name=name)
    if stray is not None:
        return Decoded(text=stray.text, encoding="utf-8", warnings=warnings + stray.warnings)
    tried = ""
    if declared:
        codec = _codec(declared)
        if codec is None:
            tried = f"the declared charset {declared!r} is unknown, "
        else:
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as exc:
                tried = f"not the declared {declared} either ({exc.reason}), "
            else:
                if codec not in _LATIN1_FAMILY or has_arabic(text, markup=markup):
                    return Decoded(text=text, encoding=codec, warnings=warnings)
                tried = f"no Arabic text when read as the declared {declared}, "
    text = data.decode("cp1256")  # every byte is a CP1256 character
    if not has_arabic(text, markup=markup):
        raise InputError(f"{name}: not UTF-8, {tried}and no Arabic text when read as CP1256")
    return Decoded(text=text, encoding="cp1256", warnings=warnings)
