"""Display form (`clean`) and matching form (`normalize`) of Arabic text.

Written by hand because no library gets Arabic right here: camel-tools' utilities pull in torch,
pyarabic's hamza normalizer turns أعلنت into ءعلنت, and a blanket NFKC rewrites Latin and
digits we want as printed. The rules live in ``data/chars.json``; this module only compiles them
into ``str.translate`` tables once, at import (module constants, never mutated), and applies each
table only where a C-level regex scan finds characters it changes (see ``_rewriter``).

Pipeline:

``clean``      CLEAN table (invisible → dropped, presentation forms → plain letters, every
               space/line-break variant → " " / "\\n") → NFC → collapse whitespace.
``normalize``  CLEAN table → NFC → STRIP table (harakat, Quranic marks, tatweel dropped;
               Eastern digits → ASCII, ٫ → ".", ٬ → ",") → with ``for_search`` the FOLD table
               (أ إ آ ٱ → ا, ى → ي, ة → ه, ؤ → و, ئ → ي) and casefold → NFC again if a step
               changed the text → collapse whitespace.

Whitespace: a run of horizontal space (space, tab, NBSP, thin spaces …) becomes one space; a run
of whitespace containing any line break (\\n, \\r, U+2028 …) becomes one "\\n" (a paragraph
break); the result is stripped. Both functions are idempotent and never raise on a ``str``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from akhbar.errors import ModelError
from akhbar.text._data import read_json

__all__ = ["clean", "has_arabic", "normalize"]

Table = dict[int, str | None]
Rewrite = Callable[[str], str]


def _code_points(specs: list[str]) -> list[int]:
    """Expand ``["U+0610-U+061A", "U+0670"]`` into code points."""
    out: list[int] = []
    for spec in specs:
        lo, _, hi = spec.partition("-")
        first = int(lo.removeprefix("U+"), 16)
        last = int(hi.removeprefix("U+"), 16) if hi else first
        out.extend(range(first, last + 1))
    return out


def _presentation_map(points: list[int]) -> dict[int, str]:
    """NFKC of each Arabic presentation form (ﻻ → لا, ﷺ → صلى الله عليه وسلم).

    Only these ranges are NFKC'd: NFKC on everything would also fold ² → 2, ﬁ → fi, full-width
    Latin and more, which is not ours to change. Isolated harakat forms (U+FE70…) decompose to
    " " + mark; the space is dropped so the mark stays on its letter.
    """
    table: dict[int, str] = {}
    for cp in points:
        ch = chr(cp)
        if unicodedata.category(ch) == "Cn":
            continue
        plain = unicodedata.normalize("NFKC", ch)
        if len(plain) == 2 and plain[0] == " " and unicodedata.combining(plain[1]):
            plain = plain[1]
        if plain != ch:
            table[cp] = plain
    return table


def _build_tables() -> tuple[Table, Table, Table]:
    rules = read_json("chars.json")
    clean_table: dict[int, str | None] = {}
    clean_table.update(_presentation_map(_code_points(rules["presentation_forms"])))
    for cp in _code_points(rules["horizontal_space"]):
        clean_table[cp] = " "
    for cp in _code_points(rules["line_break"]):
        clean_table[cp] = "\n"
    for cp in _code_points(rules["invisible"]):
        clean_table[cp] = None  # after presentation forms: U+FEFF (BOM) is in both ranges

    strip_table: dict[int, str | None] = dict.fromkeys(
        _code_points(rules["diacritics"]) + _code_points(rules["tatweel"])
    )
    for src, dst in rules["digits"].items():  # "٠١٢…": "012…", character for character
        strip_table.update({ord(a): b for a, b in zip(src, dst, strict=True)})

    fold_table: Table = {ord(src): dst for src, dst in rules["search_fold"].items()}
    return clean_table, strip_table, fold_table


def char_class(points: list[int]) -> str:
    """The inside of a regex character class of ``points`` (for ``re`` and ``regex``),
    consecutive code points merged into ranges."""
    parts: list[str] = []
    points = sorted(set(points))
    i = 0
    while i < len(points):
        j = i
        while j + 1 < len(points) and points[j + 1] == points[j] + 1:
            j += 1
        lo, hi = points[i], points[j]
        parts.append(f"\\U{lo:08x}" if lo == hi else f"\\U{lo:08x}-\\U{hi:08x}")
        i = j + 1
    return "".join(parts)


def _rewriter(table: Table) -> Rewrite:
    """``str.translate(table)``, applied only to the runs of characters the table changes.

    CPython's ``str.translate`` looks every character up in the dict (~20 MB/s on Arabic); most
    characters of news text are left alone, so a C-level regex scan finds the few runs to
    translate and the rest is copied (5-10× faster, same result).
    """
    changed = [cp for cp, out in table.items() if out != chr(cp)]
    pattern = re.compile("[" + char_class(changed) + "]+")

    def translate_run(match: re.Match[str]) -> str:
        return match.group().translate(table)

    def rewrite(s: str) -> str:
        return pattern.sub(translate_run, s)

    return rewrite


def _replacer(table: Table) -> Rewrite:
    """``str.translate(table)`` for a dense one-to-one letter table (the search folds).

    The folded letters (أ إ ة ى …) are ~5% of Arabic text, too many matches for ``_rewriter``'s
    per-run callback; one C-level ``str.replace`` per letter present is ~8× faster than
    ``str.translate``. Equal to a simultaneous translate because no output is also an input.
    """
    pairs = tuple((chr(cp), out) for cp, out in table.items() if out is not None)
    if {src for src, _ in pairs} & set("".join(out for _, out in pairs)):
        raise ModelError("akhbar/text/data/chars.json: search_fold chains (an output is an input)")

    def rewrite(s: str) -> str:
        for src, out in pairs:
            if src in s:
                s = s.replace(src, out)
        return s

    return rewrite


_CLEAN_TABLE, _STRIP_TABLE, _FOLD_TABLE = _build_tables()
_CLEAN = _rewriter(_CLEAN_TABLE)
_STRIP = _rewriter(_STRIP_TABLE)
_FOLD = _replacer(_FOLD_TABLE)


def _plain_pattern(*tables: Table, casefold: bool) -> re.Pattern[str]:
    """Single-spaced words of characters no step changes: ``normalize`` returns them as given.

    Most strings ``normalize`` sees inside akhbar are words it already normalized (stemming,
    stopword tests, dedup shingles); one C-level ``fullmatch`` (~0.2 µs) spares them the whole
    pipeline (~4 µs). The class is derived from the tables: the Arabic letters U+0621–U+064A,
    ASCII digits and lower-case Latin (upper case only when not case-folding), minus every
    character a table rewrites. Such a string is NFC and has nothing to collapse.
    """
    touched = {cp for table in tables for cp in table}
    candidates = [*range(0x0621, 0x064B), *range(ord("0"), ord("9") + 1), *range(0x61, 0x7B)]
    if not casefold:
        candidates += range(0x41, 0x5B)
    letters = "[" + char_class([cp for cp in candidates if cp not in touched]) + "]"
    return re.compile(f"{letters}+(?: {letters}+)*")


_SPACE_RUN = re.compile(r" {2,}")
_BREAK_RUN = re.compile(r" +\n[ \n]*|\n[ \n]+")
_PLAIN = _plain_pattern(_CLEAN_TABLE, _STRIP_TABLE, casefold=False).fullmatch
_PLAIN_SEARCH = _plain_pattern(_CLEAN_TABLE, _STRIP_TABLE, _FOLD_TABLE, casefold=True).fullmatch


def _collapse(s: str) -> str:
    if "  " in s:
        s = _SPACE_RUN.sub(" ", s)
    if " \n" in s or "\n " in s or "\n\n" in s:
        s = _BREAK_RUN.sub("\n", s)
    return s.strip(" \n")


def _nfc(s: str) -> str:
    return s if unicodedata.is_normalized("NFC", s) else unicodedata.normalize("NFC", s)


def clean(s: str) -> str:
    """The display form: the text as printed, minus invisible junk.

    NFC; Arabic presentation forms/ligatures (U+FB50–FDFF, U+FE70–FEFF) to plain letters;
    zero-width, bidi controls, BOM, soft hyphen and C0/C1 controls dropped; whitespace collapsed
    (see module docstring for newlines). Harakat and Arabic-Indic digits stay.

    >>> clean("ﻻ  تنسَ\u200c ﷺ")
    'لا تنسَ صلى الله عليه وسلم'
    """
    return _collapse(_nfc(_CLEAN(s)))


def normalize(s: str, *, for_search: bool = False) -> str:
    """The matching form, used by dedup, tags and comparisons.

    ``clean`` + drop harakat, tanween, shadda, sukun, dagger alef, Quranic marks and tatweel;
    Arabic-Indic and Persian digits to ASCII, ٫ → ".", ٬ → ","; punctuation (، ؛ ؟ « ») kept.
    With ``for_search``: also أ إ آ ٱ → ا, ى → ي, ة → ه, ؤ → و, ئ → ي and Latin casefolded.

    >>> normalize("قالَ الرئيسُ: ١٢٫٥٪")
    'قال الرئيس: 12.5٪'
    >>> normalize("أعلنت المملكة", for_search=True)
    'اعلنت المملكه'
    """
    if (_PLAIN_SEARCH if for_search else _PLAIN)(s):
        return s
    composed = _nfc(_CLEAN(s))
    s = _STRIP(composed)
    if for_search:
        s = _FOLD(s).casefold()
    if s is not composed:
        # Dropping a mark can leave a base + combining pair that NFC would compose (e + U+0610
        # + U+0301), and casefold can decompose (ǰ); re-NFC so normalize is idempotent.
        s = _nfc(s)
    return _collapse(s)


def has_arabic(text: str) -> bool:
    """True when ``text`` holds a character of the Arabic block (U+0600–U+06FF).

    >>> has_arabic("CNN بالعربية"), has_arabic("CNN")
    (True, False)
    """
    return any("\u0600" <= ch <= "\u06ff" for ch in text)
