"""A section label over a signed letter (round 16 of the layouts: letters to the editor).

A readers' page prints its section's label (``بريد القراء``, ``رسائل القراء``) over the
letter's title, then the date, the letter, and the reader's signature with its label at the
foot (``المرسل: فلان - الرياض``, ``بقلم القارئ: فلان``). A short title reads like a name (``متمسكون
بعقيدتنا وبلادنا``), so by shape alone the label over it would be the headline and the title
its writer's byline. The labelled byline after the title says otherwise: the writer is named
there, so the line over the date is the title and the two or three words over it are the
section's label, discarded. Looked for at the page's top only (its first line past buttons,
a second text line, a date line third), so other pages cost a few kind tests.
"""

from __future__ import annotations

from akhbar.parse.draft import Out
from akhbar.parse.header import section_label
from akhbar.parse.lines import Kind, Line, is_paragraph

__all__ = ["label_over_letter"]


def label_over_letter(lines: list[Line], i: int, out: Out) -> list[Line]:
    """``lines`` without a section label printed at ``lines[i]`` (the first line past buttons
    and a breadcrumb) over a title, its date and a letter signed with a labelled byline further
    down (the label placed in ``out``); other pages are returned as they are."""
    if i + 3 >= len(lines) or lines[i + 2].kind is not Kind.DATE:
        return lines
    label, title = lines[i], lines[i + 1]
    if label.kind is not Kind.TEXT or title.kind is not Kind.TEXT:
        return lines
    if not section_label(label.text) or is_paragraph(title.text):
        return lines
    if not any(line.kind is Kind.BYLINE for line in lines[i + 3 :]):
        return lines
    out.discard(label)
    return [*lines[:i], *lines[i + 1 :]]
