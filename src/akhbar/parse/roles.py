"""Bylines naming a writer with a title before the name or a role after it (round 15):

- an honorific before the name, abbreviated or in a word: ``د. فلان``, ``أ.د. فلان``, ``م.
  فلان``, ``الدكتور فلان``, ``المهندسة فلانة``: a bare name under the headline or the date is a
  byline (round 1), and the title is part of how the writer signs;
- two writers joined by ``و`` or a comma after a label (``بقلم: فلان الفلاني وعلان العلاني``);
- a role after the name and a dash: ``بقلم: د. فلان - أستاذ الإعلام بجامعة الملك سعود``, ``فلان
  - مدير التحرير``: the role's first word is a writer's title or a job (``labels.json``'s
  ``writer_titles`` and ``byline_roles``), so the line is no name joined to a place.

The byline is the whole line as printed (SCHEMA: "the byline line as printed").
"""

from __future__ import annotations

import regex

from akhbar.parse.vocab import BYLINE_ROLES, fold, plain_spaces

__all__ = [
    "HONORIFIC",
    "name_and_role",
    "named_writers",
    "role_byline",
    "titled_name",
    "two_writers",
]

#: a title before a name: abbreviated (``د.``, ``م.``, ``أ.د.``, ``أ.``) or a word
HONORIFIC = regex.compile(
    r"^(?:(?:[أاد]\.\s?)?[دمأا]\.\s*"
    r"|(?:ال)?(?:دكتور|دكتورة|دكتوره|مهندس|مهندسة|مهندسه|أستاذ|استاذ|أستاذة|استاذة) )"
)
_NAME = regex.compile(r"^\p{L}+(?: \p{L}+){1,4}$")
#: a name, a dash and a role of a few words
_NAME_ROLE = regex.compile(
    r"^(?P<name>\p{L}+(?: \p{L}+){1,4}) [\-–—] (?P<role>\p{L}+(?: \p{L}+){0,6})$"
)
#: what a name never holds: a preposition or particle (a headline's or a caption's words)
_NOT_A_NAME = regex.compile(
    r"(?:^| )(?:من|في|إلى|الى|على|عن|مع|بعد|قبل|خلال|عند|لدى|حول|هذا|هذه|لا|لم|لن|قد)(?: |$)"
)


def titled_name(text: str) -> bool:
    """``د. فلان``, ``الدكتور فلان الفلاني``: a title and a name of two to five words."""
    if text[0] not in "دماأال":
        return False
    m = HONORIFIC.match(text)
    if m is None:
        return False
    name = plain_spaces(text[m.end() :]).strip()
    return _NAME.match(name) is not None and _NOT_A_NAME.search(name) is None


def name_and_role(rest: str) -> bool:
    """A byline's value (its label off, if any) that is a name, maybe titled, a dash and the
    writer's role (``د.عبد الله آل هيضة - باحث في الشؤون الاقتصادية``)."""
    if "-" not in rest and "–" not in rest and "—" not in rest:
        return False
    text = plain_spaces(rest).strip()
    if m := HONORIFIC.match(text):
        text = text[m.end() :]
    m = _NAME_ROLE.match(text)
    if m is None or _NOT_A_NAME.search(m["name"]) is not None:
        return False
    first = fold(m["role"].split()[0])
    return first in BYLINE_ROLES or first.removeprefix("ال") in BYLINE_ROLES


#: where a second writer's name starts: ``و`` glued to it, or a comma
_AND = regex.compile(r"\s+و(?=\p{L})|\s*[،,]\s*")
#: two writers (three names joined so read as text: ``tests/test_parse_layouts.py``)
_MAX_WRITERS = 2


def two_writers(rest: str) -> bool:
    """A byline's value naming two writers of two to five words each, joined by
    ``و`` or a comma (``خالد بن سعيد الزهراني وعبد الله آل هيضة``): longer than one name."""
    parts = _AND.split(plain_spaces(rest).strip())
    return 2 <= len(parts) <= _MAX_WRITERS and all(
        _NAME.match(p) is not None and _NOT_A_NAME.search(p) is None for p in parts
    )


def named_writers(rest: str) -> bool:
    """A labelled byline's value too long for one name that names writers: a writer and a
    role, or two writers."""
    return name_and_role(rest) or two_writers(rest)


def role_byline(text: str) -> bool:
    """An unlabelled line in a titled writer's or a named writer's role's form."""
    return titled_name(text) or name_and_role(text)
