"""Related items printed with their links or marks (round 15), read back to one headline each:

- a headline over its URL on a line of its own (``عنوان`` / ``https://…``): the URL is the
  item's ``url`` (as ``عنوان - https://…`` on one line is, ``related.add_related``), not an item;
- every item behind the same arrow (``← عنوان``, ``◂ عنوان``, ``» عنوان``): a mark the list
  draws, not the headline's (as a bullet or a list number is not);
- the headlines on one line joined by `` | `` under the header: one item each.
"""

from __future__ import annotations

from akhbar.parse.lines import URL, Line, is_paragraph, words

__all__ = ["linked_items"]

#: arrows a list draws before each item (bullets are ``related.add_related``'s)
_ARROWS = frozenset("←→◂▸◃▹»›➤➜➔⬅⇐⇠")
#: a headline of a one-line list is a few words at least
_MIN_ITEM_WORDS = 2


def _arrowed(items: list[Line]) -> bool:
    mark = items[0].text[0]
    return all(x.text[0] == mark and x.text[1:2] == " " for x in items)


def _one_line(item: Line) -> list[Line] | None:
    pieces = [p.strip() for p in item.text.split(" | ")]
    if len(pieces) < 2 or not all(
        words(p) >= _MIN_ITEM_WORDS and not is_paragraph(p) for p in pieces
    ):
        return None
    return [item._replace(text=p) for p in pieces]


def linked_items(items: list[Line]) -> list[Line]:
    """A related list's text lines as one line per headline, each URL joined to its headline
    (``add_related`` reads it off as the item's ``url``), arrows taken off."""
    if not items:
        return items
    if len(items) == 1:
        return (_one_line(items[0]) or items) if " | " in items[0].text else items
    if items[0].text[0] in _ARROWS and _arrowed(items):
        return [x._replace(text=x.text[2:].lstrip()) for x in items]
    for x in items:
        if "://" in x.text:
            break
    else:
        return items  # (most lists: no link printed)
    out: list[Line] = []
    for x in items:
        if out and "://" in x.text and URL.fullmatch(x.text) and "://" not in out[-1].text:
            out[-1] = out[-1]._replace(text=f"{out[-1].text} {x.text}")
        else:
            out.append(x)
    return out
