"""Display form (`clean`) and matching form (`normalize`) of Arabic text.

Written by hand because no library gets Arabic right here: camel-tools' utilities pull in torch,
pyarabic's hamza normalizer turns أعلنت into ءعلنت, and a blanket NFKC rewrites Latin and
digits we want as printed. The rules live in ``data/chars.json``; this module only compiles them
into ``str.translate`` tables once, at import (module constants, never mutated).

Pipeline (each step a single C-level pass over the string):

``clean``      translate(invisible → dropped, presentation forms → plain letters, every
               space/line-break variant → " " / "\\n") → NFC → collapse whitespace.
``normalize``  clean's translate → NFC → translate(harakat/Quranic marks/tatweel dropped,
               Eastern digits → ASCII, ٫ → ".", ٬ → ",", and with ``for_search`` the letter
               folds) → casefold (search only) → NFC again if a step broke it → collapse.

Whitespace: a run of horizontal space (space, tab, NBSP, thin spaces …) becomes one space; a run
of whitespace containing any line break (\\n, \\r, U+2028 …) becomes one "\\n" (a paragraph
break); the result is stripped. Both functions are idempotent and never raise on a ``str``.
"""

from __future__ import annotations

import json
import re
import unicodedata
from importlib.resources import files
from typing import Any

__all__ = ["clean", "normalize"]


def _load_rules() -> dict[str, Any]:
    text = files("akhbar.text").joinpath("data/chars.json").read_text(encoding="utf-8")
    rules: dict[str, Any] = json.loads(text)
    return rules


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


def _build_tables() -> tuple[dict[int, str | None], dict[int, str | None], dict[int, str | None]]:
    rules = _load_rules()
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

    search_table = dict(strip_table)
    for src, dst in rules["search_fold"].items():
        search_table[ord(src)] = dst
    return clean_table, strip_table, search_table


_CLEAN, _STRIP, _SEARCH = _build_tables()
_SPACE_RUN = re.compile(r" {2,}")
_BREAK_RUN = re.compile(r" *\n[ \n]*")


def _collapse(s: str) -> str:
    if "  " in s:
        s = _SPACE_RUN.sub(" ", s)
    if "\n" in s:
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
    return _collapse(_nfc(s.translate(_CLEAN)))


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
    s = _nfc(s.translate(_CLEAN))
    s = s.translate(_SEARCH).casefold() if for_search else s.translate(_STRIP)
    # Dropping a mark can leave a base + combining pair that NFC would compose (e + U+0610 +
    # U+0301); re-NFC so that normalize(normalize(x)) == normalize(x).
    return _collapse(_nfc(s))
