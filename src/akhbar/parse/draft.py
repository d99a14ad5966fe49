"""An article being assembled: the fields a labelled line gives it, and where its line goes.

``akhbar.parse.page`` decides where each line stands; a line that says what it is (a date,
source, byline or tag line, a tag header over one tag per line, boilerplate) is taken into the
article being read here, its label and every line no field keeps going to ``discarded``.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import regex

from akhbar.model import Article, Related
from akhbar.parse.header import MAX_BYLINE_WORDS
from akhbar.parse.lines import BULLETS, Kind, Line, is_paragraph, is_update, words
from akhbar.parse.tags import TAG_SEPARATORS, dedupe, glued_tags, split_tags
from akhbar.parse.vocab import COMMENTS_HEADER_RE, fold

__all__ = ["BULLET", "BULLETS", "Draft", "Out", "absorb", "add_raw_tags", "merge"]

#: a tag under a ``وسوم`` header is a short line
_MAX_TAG_WORDS = 5
BULLET = regex.compile(r"^[•·▪►◄◀▶■□●○◦*\-–—]+\s+")


@dataclass
class Draft:
    """An article being assembled (private, mutable, local to one parse)."""

    headline: str | None = None
    published: str | None = None
    source: str | None = None
    byline: str | None = None
    body: list[str] = field(default_factory=list)
    tag_values: list[str] = field(default_factory=list)
    tag_lists: list[str] = field(default_factory=list)  # one tag per line (header form)
    raw: dict[str, str | tuple[str, ...]] = field(default_factory=dict)
    #: the date line read, when its label dates an update: a publication date after it wins
    update_line: Line | None = None

    def freeze(self, context: str | None = None) -> Article:
        """The article; ``context``: the text tag lines are split against (``split_tags``),
        by default this draft's headline and body."""
        tags: list[str] = []
        body, raw = self.body, self.raw
        if self.tag_values:
            if context is None:
                context = "\n".join([self.headline or "", *self.body])
            for value in self.tag_values:
                tags.extend(split_tags(value, context=context))
        elif not self.tag_lists and (glued := self._glued_tags()) is not None:
            # tag links printed with nothing between them under the text: its tags
            tags, body, raw = glued, body[:-1], {**raw, "tags": body[-1]}
        tags.extend(self.tag_lists)
        return Article(
            headline=self.headline,
            published=self.published,
            source=self.source,
            byline=self.byline,
            body=tuple(body),
            tags=dedupe(tags),
            raw=dict(raw),
        )

    def _glued_tags(self) -> list[str] | None:
        """The tags of a last body line of tag links printed with nothing between them (see
        ``tags.glued_tags``), under the article's paragraphs; None for any other last line."""
        if len(self.body) < 2 or not any(is_paragraph(b) for b in self.body[:-1]):
            return None
        context = "\n".join([self.headline or "", *self.body[:-1]])
        return glued_tags(self.body[-1], context=context)

    def is_empty(self) -> bool:
        """Nothing was found (the same as ``self == Draft()``, without building one)."""
        return not (
            self.headline is not None
            or self.published is not None
            or self.source is not None
            or self.byline is not None
            or self.body
            or self.tag_values
            or self.tag_lists
            or self.raw
        )


@dataclass
class Out:
    discarded: list[tuple[int, str]] = field(default_factory=list)
    related: list[Related] = field(default_factory=list)
    #: the URLs of the links a line's Markdown held, by line number (``akhbar.parse.markup``):
    #: a related item takes its own, the rest go to ``discarded``
    links: dict[int, list[str]] = field(default_factory=dict)

    def discard(self, line: Line, text: str | None = None) -> None:
        self.discarded.append((line.n, line.text if text is None else text))


def add_raw_tags(d: Draft, line: Line) -> None:
    prev = d.raw.get("tags", ())
    d.raw["tags"] = (*(prev if isinstance(prev, tuple) else (prev,)), line.raw)


def absorb(d: Draft, lines: list[Line], i: int, out: Out) -> int:
    """Take a non-text line into ``d`` (or ``discarded``); return the next index, or ``i``
    itself when the line is text to be placed by the caller."""
    line = lines[i]
    k = line.kind
    if k is Kind.BOILER:
        out.discard(line)
    elif k is Kind.DATE:
        old = d.update_line
        if d.published is None or (old is not None and not is_update(line.label)):
            if old is not None:  # ``آخر تحديث: …`` over ``تاريخ النشر: …``
                label = (old.n, old.label or "")
                if label in out.discarded:
                    out.discarded.remove(label)
                out.discard(old)  # the whole line now: its date is no field's value
                d.update_line = None
            elif is_update(line.label):
                d.update_line = line
            d.published = line.iso
            d.raw["published"] = line.raw
            if line.label:
                out.discard(line, line.label)
        else:
            out.discard(line)
    elif k is Kind.SOURCE:
        value = line.value
        nxt = i + 1
        if (
            value is None
            and nxt < len(lines)
            and lines[nxt].kind is Kind.TEXT
            and words(lines[nxt].text) <= MAX_BYLINE_WORDS
        ):
            value = lines[nxt].text
            nxt += 1
        if value is not None and d.source is None:
            d.source = value
            d.raw["source"] = line.raw if nxt == i + 1 else f"{line.raw}\n{lines[i + 1].raw}"
            out.discard(line, line.label or "")
        else:
            for ln in lines[i:nxt]:
                out.discard(ln)
        return nxt
    elif k in (Kind.TAGS, Kind.HASHTAGS):
        d.tag_values.append(line.value or "")
        add_raw_tags(d, line)
        if line.label:
            out.discard(line, line.label)
    elif k is Kind.TAG_HEADER:
        out.discard(line)
        add_raw_tags(d, line)
        j = i + 1
        while j < len(lines) and (_is_tag_item(lines[j]) or _label_tag(lines, j)):
            item = lines[j].text
            if item[0] in BULLETS:  # ``• تبوك``: a bulleted list of tags
                item = BULLET.sub("", item, count=1) or item
            if "#" in item or TAG_SEPARATORS.search(item):
                d.tag_lists.extend(split_tags(item))
            else:
                d.tag_lists.append(" ".join(item.split()))
            add_raw_tags(d, lines[j])
            j += 1
        if j == i + 2 and d.tag_lists and d.tag_lists[-1] == lines[i + 1].text and " " in item:
            # one line of words under the header (``الوسوم:`` over ``الروبيان البيضاء``): tags
            # joined by spaces, read as a labelled line's are (a run the article prints whole
            # is one tag)
            d.tag_values.append(d.tag_lists.pop())
        return j
    elif k is Kind.BYLINE and d.byline is None:
        d.byline = line.text
    else:
        return i
    return i + 1


#: one word of letters (a tag closing a list may be a button's word: ``طباعة``)
_ONE_WORD = regex.compile(r"^\p{L}+$")
#: label words closing a list of tags: more are a row of buttons under it
_MAX_CLOSING_LABELS = 2


def _label_tag(lines: list[Line], j: int) -> bool:
    """Whether the line at ``j``, in a list of tags under their header, is a tag that reads as
    a button or a label (``فيديو``, ``طباعة``, ``المصدر``): a word or two before another tag
    (after a run of such words), or one word of letters closing the list — at the page's end
    or over a related list's header — with one more such word at most (three or more there
    are a row of share buttons under the tags)."""
    k = j
    while k < len(lines) and _is_label_word(lines[k]):
        k += 1
    if k == j:
        return False
    if k < len(lines) and _is_tag_item(lines[k]):
        return True
    return (
        (k == len(lines) or lines[k].kind is Kind.READ_ALSO)
        and k - j <= _MAX_CLOSING_LABELS
        and all(_ONE_WORD.match(ln.text) is not None for ln in lines[j:k])
    )


def _is_label_word(line: Line) -> bool:
    """A button's or a label's word or two alone on its line (``تويتر``, ``المصدر``); not the
    readers' comments header (``3 تعليق``, ``تعليقات القراء``): the names and words under it
    are the thread's, no tags (round 12's thread under one tag a line)."""
    kind = line.kind
    if kind is Kind.BOILER or (kind is Kind.SOURCE and line.value is None):
        text = line.text
        return (
            words(text) <= 2 and text[-1] not in ":：" and not COMMENTS_HEADER_RE.match(fold(text))
        )
    return False


def _is_tag_item(line: Line) -> bool:
    """A line under a tag header: one short tag, hashtags, or a short separated list."""
    t = line.text
    if line.kind is Kind.HASHTAGS:
        return True
    if line.kind is not Kind.TEXT or t[-1] in ".!?؟:":
        return False
    if TAG_SEPARATORS.search(t):
        return all(words(piece) <= _MAX_TAG_WORDS for piece in TAG_SEPARATORS.split(t))
    return words(t) <= _MAX_TAG_WORDS


def merge(main: Article, late: Draft, out: Out) -> Article:
    """Fields found after the main article (in a related block) fill its gaps; a field the
    main article already has is kept, and the late line goes to ``discarded``. A late tag line
    (printed under the related list) is split against the main article's text, as its own
    tag line would be."""
    frozen = late.freeze(context="\n".join([main.headline or "", *main.body]))
    raw = dict(main.raw)
    fields: dict[str, str | None] = {}
    for name in ("published", "source", "byline"):
        mine, theirs = getattr(main, name), getattr(frozen, name)
        if theirs is None:
            continue
        line = frozen.raw.get(name, theirs)
        if mine is None:
            fields[name] = theirs
            if name in frozen.raw:
                raw[name] = frozen.raw[name]
        else:
            out.discarded.append((10**9, line if isinstance(line, str) else "\n".join(line)))
    if "tags" in frozen.raw:
        prev = raw.get("tags", ())
        late_raw = frozen.raw["tags"]
        raw["tags"] = (
            *(prev if isinstance(prev, tuple) else (prev,)),
            *(late_raw if isinstance(late_raw, tuple) else (late_raw,)),
        )
    return replace(
        main,
        published=fields.get("published", main.published),
        source=fields.get("source", main.source),
        byline=fields.get("byline", main.byline),
        tags=dedupe((*main.tags, *frozen.tags)),
        raw=raw,
    )
