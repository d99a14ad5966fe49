"""Sections inside an article's element that a heading labels as not being its text.

Sites whose class names say nothing (hashed CSS-in-JS classes: ``bbc-1ka88fa``) or say
something else (``grid``, ``cards``) still label their boxes for the reader: a heading
``المزيد حول هذه القصة`` / ``اقرأ أيضا`` / ``مواضيع ذات صلة`` over a list of links, or ``الكلمات
المفتاحية`` / ``مواضيع`` over the topics. Such a section is read by its heading: its links are
related headlines, or tags when they lead to a topic or tag page (or the heading is a tag label),
and none of its lines is body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from selectolax.lexbor import LexborNode

from akhbar.model import Related
from akhbar.read.htmlmeta import collapse

__all__ = ["Sections", "labelled_sections"]

#: headings of related-link boxes the page parser's read-also labels do not cover
_RELATED_HEADING = re.compile(
    r"^(?:المزيد|اقرأ|إقرأ|قد يهمك|قد يعجبك|ذات صلة|شاهد أيضا|شاهد أيضاً|تابع أيضا|أخبار ذات صلة"
    r"|مقالات ذات صلة|مواضيع ذات صلة|موضوعات ذات صلة)"
)
#: a link to a topic or tag page: ``/tag/…``, ``/topics/…``, ``/keywords/…``
_TOPIC_HREF = re.compile(r"/(?:tags?|topics?|keywords?)(?:/|\?|=)", re.I)
_HEADINGS = "h2, h3, h4, h5"
_MAX_LABEL_CHARS = 60
_MAX_TAG_WORDS = 6
_MIN_HEADLINE_WORDS = 3
#: a section holding this share of the box's text is the article, whatever its heading
_MAX_SHARE = 0.5
#: ... unless this share of its text is links
_MIN_LINKED = 0.25


@dataclass
class Sections:
    """Labelled sections of one article element."""

    skip: set[int] = field(default_factory=set)  # mem_ids of the section elements
    related: list[Related] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)


def _kind(label: str) -> str | None:
    """ "related", "tags" or None for a heading's text."""
    from akhbar.parse.lines import Kind, classify

    line = classify(0, label)
    if line.kind is Kind.TAG_HEADER:
        return "tags"
    if (line.kind is Kind.READ_ALSO and not line.value) or _RELATED_HEADING.match(label):
        return "related"
    return None


def labelled_sections(box: LexborNode) -> Sections:
    """The sections inside ``box`` headed by a related or tag label, with their links."""
    found = Sections()
    box_chars = 0
    for heading in box.css(_HEADINGS):
        label = collapse(heading.text())
        kind = _kind(label) if 0 < len(label) <= _MAX_LABEL_CHARS else None
        if kind is None:
            continue
        # the heading's section: the first element above it holding more than the heading
        section = heading.parent
        while section is not None and section != box and collapse(section.text()) == label:
            section = section.parent
        if section is None or section == box or section.mem_id in found.skip:
            continue
        box_chars = box_chars or len(box.text())
        links = section.css("a[href]")
        chars = len(section.text())
        linked = sum(len(a.text()) for a in links)
        if chars > _MAX_SHARE * box_chars and linked < _MIN_LINKED * chars:
            continue  # a subheading of the article itself (a short article's related grid
            # may hold more text than the article, but much of it is links)
        found.skip.add(section.mem_id)
        for a in links:
            text = collapse(a.text())
            href = a.attributes.get("href") or ""
            words = len(text.split())
            if not text:
                continue
            if (kind == "tags" or _TOPIC_HREF.search(href)) and words <= _MAX_TAG_WORDS:
                found.tags.append(text.lstrip("#"))
            elif words >= _MIN_HEADLINE_WORDS:
                found.related.append(Related(headline=text, url=href or None))
    return found
