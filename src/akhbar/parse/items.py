"""What a related list prints around each of its headlines, besides a suffix after a dash
(``akhbar.parse.furniture.split_suffixes``): the item's section before it (``رياضة | عنوان``, or
``رياضة`` on the line above), its picture's alt text on the line above (the same headline again,
or ``صورة تعبيرية``) and its view count after it (``عنوان 1234 مشاهدة``). The headline is the
title alone, once; the rest is discarded.
"""

from __future__ import annotations

import regex

from akhbar.parse.lines import Line, words
from akhbar.parse.vocab import MENU_WORDS, fold

__all__ = ["undecorate"]

#: a count printed after a related headline: ``1234 مشاهدة``, ``(1,234 قراءة)``, ``560 views``
_COUNT = regex.compile(
    r"\s+\(?\d[\d,.٬]*\s*(?:مشاهد[ةه]|مشاهدات|قراء[ةه]|قراءات|زيار[ةه]|views?|vues?)\)?$"
)
#: how a count's line ends (a cheap test before the pattern)
_COUNT_ENDS = tuple(
    w + close
    for w in (
        *("مشاهدة", "مشاهده", "مشاهدات", "قراءة", "قراءه", "قراءات", "زيارة", "زياره"),
        *("view", "views", "vue", "vues"),
    )
    for close in ("", ")")
)
#: a section printed before a related headline and a bar: ``رياضة | عنوان``
_PREFIX = regex.compile(r"^[^|\d]{1,30}?\s*\|\s+")
#: a section or an alt text over a headline is a word or two; a headline runs longer
_MAX_SHORT_WORDS = 2
_MIN_HEADLINE_WORDS = 3


def _over_each(items: list[Line]) -> bool:
    """Whether the list prints a short line over each headline: short and long lines alternate,
    starting with a short one, and each short one is a section's name (``رياضة``) or the same
    alt text (``صورة تعبيرية``)."""
    if len(items) < 4 or len(items) % 2:
        return False
    if not all(
        (words(x.text) <= _MAX_SHORT_WORDS) == (k % 2 == 0)
        and (k % 2 == 0 or words(x.text) >= _MIN_HEADLINE_WORDS)
        for k, x in enumerate(items)
    ):
        return False
    # a short headline (``عشاق السلبية``) between longer ones is no section: each short line
    # names a section, or the same alt text stands over every headline
    over = [x.text for x in items[::2]]
    return len(set(over)) == 1 or all(MENU_WORDS.issuperset(fold(t).split()) for t in over)


def _prefixed(items: list[Line]) -> bool:
    """Whether every item (two or more) opens with a short section and a bar."""
    if len(items) < 2:
        return False
    for x in items:
        m = _PREFIX.match(x.text) if "|" in x.text else None
        if m is None or words(m.group()) > _MAX_SHORT_WORDS + 1:
            return False
        # a short headline after a section's name (``سياسة | تفكيك الأيديولوجيا``); after any
        # other word or two, a headline of three words or more (not ``عنوان قصير | عكاظ``)
        section = MENU_WORDS.issuperset(fold(m.group().rstrip(" |")).split())
        if words(x.text[m.end() :]) < (2 if section else _MIN_HEADLINE_WORDS):
            return False
    return True


def undecorate(items: list[Line]) -> tuple[list[Line], list[tuple[int, str]]]:
    """The list's headlines without what the list prints around them, and what it printed
    (line number and text, for ``discarded``)."""
    cut: list[tuple[int, str]] = []
    if _over_each(items):
        cut += [(x.n, x.text) for x in items[::2]]
        items = items[1::2]
    prefixed = _prefixed(items)
    out: list[Line] = []
    for x in items:
        text = x.text
        if out and text == out[-1].text:  # printed twice: the picture's alt text, the title
            cut.append((x.n, text))
            continue
        if prefixed and (m := _PREFIX.match(text)) is not None:
            cut.append((x.n, m.group().strip()))
            text = text[m.end() :]
        if text.endswith(_COUNT_ENDS) and (m := _COUNT.search(text)) is not None and m.start():
            cut.append((x.n, m.group().strip()))
            text = text[: m.start()]
        out.append(x if text == x.text else x._replace(text=text))
    return out, cut
