"""Related headlines: a read-also label's links, inside the body or in a list of their own.

A related item is a headline as printed, without the list's bullet or number and with the link
printed next to it as its url. Inside the body, a read-also label heads the short lines after
it, up to the next paragraph; a list may number its items (``list 2 of 4``) and close with an
end mark (``نهاية القائمة``), both boilerplate, after which the body goes on.
"""

from __future__ import annotations

import regex

from akhbar.model import Related
from akhbar.parse.boilerplate import is_sponsored_header
from akhbar.parse.draft import BULLET, BULLETS, Draft, Out, absorb
from akhbar.parse.lines import URL, Kind, Line, is_paragraph, without_pictographs, words
from akhbar.parse.vocab import BYLINE_RE, ORDINAL_HEADING_RE

__all__ = [
    "LIST_NUMBER",
    "NUMBER_STARTS",
    "add_related",
    "article_paragraph",
    "bulleted",
    "discard_block",
    "headline_like",
    "inline_related",
    "is_paid",
    "listed_headlines",
]

_TEXT = Kind.TEXT
_DIGIT = regex.compile(r"\d")
#: a list number before a related headline: ``1- ``, ``١. ``, ``(2) ``
LIST_NUMBER = regex.compile(r"^(?:\(\s*\d{1,2}\s*\)|\d{1,2}\s*[\-–.)])\s+")
NUMBER_STARTS = frozenset("(0123456789٠١٢٣٤٥٦٧٨٩")
#: a line this long is a paragraph whatever it ends with; a shorter one (from 110 characters)
#: when it ends a sentence (a quotation's closing mark counts)
_LONG_PARAGRAPH = 160
_PARAGRAPH_END = frozenset(".!?؟…:\"»”')")
#: a view or comment count printed after a related headline, in parentheses (round 8)
_COUNT_END = regex.compile(r"\(\d[\d,.]*\s+\p{L}+\)$")


#: brackets around an item's link (``عنوان <https://…>``): taken off with it, a headline's own
#: brackets stay (``دولة الاحتلال (الآمنة) - https://…``)
_OPENS = {"(": ")", "[": "]", "<": ">"}


def add_related(out: Out, n: int, text: str) -> None:
    """A related headline; a link printed with it (``عنوان - https://…``) becomes its url, and
    a list bullet or number before it (``• عنوان``, ``- عنوان``, ``2- عنوان``) is not part of
    it (a number goes to ``discarded``)."""
    if text[0] in BULLETS:
        text = BULLET.sub("", text, count=1) or text
    elif text[0] in NUMBER_STARTS:
        m = LIST_NUMBER.match(text)
        if m is not None and m.end() < len(text):
            out.discarded.append((n, m.group().strip()))
            text = text[m.end() :]
    m = URL.search(text) if "http" in text else None
    if m is None:
        links = out.links.pop(n, None) if out.links else None
        out.related.append(Related(headline=text, url=links[0] if links else None))
        for url in (links or [])[1:]:
            out.discarded.append((n, url))
        return
    url, before, after = m.group(), text[: m.start()].rstrip(), text[m.end() :].lstrip()
    if before[-1:] in _OPENS:  # ``عنوان <https://…>``: the brackets are the link's
        close = _OPENS[before[-1]]
        if url.endswith(close):
            before, url = before[:-1], url[:-1]
        elif after[:1] == close:
            before, after = before[:-1], after[1:]
    headline = (before + after).strip(" \t-–—|:")
    out.related.append(Related(headline=headline or url, url=url))


def inline_related(lines: list[Line], i: int, out: Out, *, lead: bool = False) -> int:
    """A read-also label inside the body: its glued headline, or the short lines after it.
    ``lead``: no paragraph is read yet (a box between the date and the lead, round 16): the
    list runs on to a line only an article has, as a headline may read as a short sentence."""
    line = lines[i]
    out.discard(line, line.label)
    if line.value:
        add_related(out, line.n, line.value)
        return i + 1
    if is_paid(line):  # paid links inside the article: their teasers are ads
        j = i + 1
        while j < len(lines) and lines[j].kind is _TEXT and not is_paragraph(lines[j].text):
            out.discard(lines[j])
            j += 1
        return j
    j = _past_counter(lines, i + 1, out)
    if j < len(lines) and lines[j].kind is _TEXT and not article_paragraph(lines[j].text):
        # a bare label has a headline: the line after it, unless only an article has such a
        # line (a headline may look like a short paragraph: ``… من خطوطه!``)
        add_related(out, lines[j].n, lines[j].text)
        j = _past_counter(lines, j + 1, out)
        while j < len(lines) and lines[j].kind is _TEXT:
            text = lines[j].text
            if is_paragraph(text) and (
                article_paragraph(text) or not (lead or _counter(lines[j - 1]))
            ):
                break  # the body goes on (an item after its counter may read as a sentence)
            if ORDINAL_HEADING_RE.match(text):
                break  # the body goes on with a numbered sub-heading (``ثانياً: …``)
            add_related(out, lines[j].n, text)
            j = _past_counter(lines, j + 1, out)
    return j


def _past_counter(lines: list[Line], j: int, out: Out) -> int:
    """Past a list's item counter (``list 2 of 4``, ``قائمة 2 من 4``) when the list's next
    item, a text line no article alone would print, follows it."""
    if (
        j + 1 < len(lines)
        and _counter(lines[j])
        and lines[j + 1].kind is _TEXT
        and not article_paragraph(lines[j + 1].text)
    ):
        out.discard(lines[j])
        return j + 1
    return j


def _counter(line: Line) -> bool:
    """An item counter of a list: boilerplate with a number."""
    return line.kind is Kind.BOILER and _DIGIT.search(line.text) is not None


def article_paragraph(text: str) -> bool:
    """A line that only an article has: very long, long and closing a sentence, or a full stop
    after many words (a related headline may run past 110 characters, or end in ``!`` or
    ``؟``, but it rarely runs past 160 or ends in a full stop)."""
    n = len(text)
    if n >= _LONG_PARAGRAPH:
        return True
    if n >= 110:
        # (a count in parentheses closes a headline's line, no sentence: ``… (1763 مشاهدة)``)
        return text[-1] in _PARAGRAPH_END and not (text[-1] == ")" and _COUNT_END.search(text))
    return words(text) >= 9 and text[-1] == "."


def is_paid(label: Line) -> bool:
    """Whether a read-also line heads a box of paid links (``Sponsored Links by Taboola``)."""
    return label.label == label.text and is_sponsored_header(label.text, words(label.text))


def discard_block(seq: list[Line], out: Out, main: Draft) -> None:
    """Every line of a block to ``discarded``, but a field's line (a source or tag line after
    it), which the main article takes."""
    i = 0
    while i < len(seq):
        nxt = absorb(main, seq, i, out)
        if nxt == i:
            out.discard(seq[i])
            nxt = i + 1
        i = nxt


#: what a footer's copyright line holds (no headline under a previous / next link does)
_RIGHTS = ("حقوق", "©", "rights", "Rights", "copyright", "Copyright")


def headline_like(line: Line) -> bool:
    """A line read as a hashtag or boilerplate that may still be a headline: one hashtag
    (``#قاطعوا_النمسا!!``), or four words or more with a button word (``… قناتنا الثقافية!!``)
    but no copyright, trail or toolbar sign, and not a paragraph."""
    text = line.text
    if line.kind is Kind.HASHTAGS:
        return " " not in text
    return (
        line.kind is Kind.BOILER
        and words(text) >= 4
        and not any(w in text for w in _RIGHTS)
        and not any(c in text for c in "|»›>")
        and not article_paragraph(text)
    )


def bulleted(seq: list[Line], bullet: str) -> bool:
    """Whether a text line of ``seq`` opens with ``bullet`` (a list's headlines)."""
    return any(ln.kind is Kind.TEXT and ln.text[0] == bullet for ln in seq)


#: a credit names a person in four words at most; a label's rest that runs longer is a title
#: (``تقرير: تهديدات إلكترونية بدعم من الحكومة الروسية``)
_MAX_CREDIT_NAME_WORDS = 4


def listed_headlines(seq: list[Line]) -> list[Line]:
    """A read-also list's lines with its headlines as text: a line read as boilerplate for a
    word it holds (``… قناتنا الثقافية!!``, ``headline_like``) between two headlines of the
    list or between the list's label and its first headline, and one opening with a credit's
    label over a title rather than a name (``تقرير: …``) under a headline. Only in a list: a block holding an article's paragraph is an embedded
    article, whose credit lines are its own."""
    if any(ln.kind is _TEXT and article_paragraph(ln.text) for ln in seq):
        return seq
    out = list(seq)
    for k in range(len(out)):
        ln = out[k]
        if ln.kind not in (Kind.BOILER, Kind.BYLINE):
            continue
        # (the first line, right under the list's label, stands between it and a headline)
        if out[k - 1].kind is not _TEXT if k else ln.kind is not Kind.BOILER:
            continue
        if ln.kind is Kind.BOILER:
            between = k + 1 < len(out) and out[k + 1].kind is _TEXT
            if between and headline_like(ln):
                out[k] = ln._replace(kind=_TEXT)
        elif (
            m := BYLINE_RE.match(without_pictographs(ln.text))  # (``◄ تقرير: …``: an arrow)
        ) and words(m["rest"]) > _MAX_CREDIT_NAME_WORDS:
            out[k] = ln._replace(kind=_TEXT, value=None, label=None)
    return out
