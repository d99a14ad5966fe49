"""Where a page's title stands when its words are no evidence: over the date line, over its
writer's name over the date, under the breadcrumb. A dumped page's title may share no word with
the lead (an opinion piece's ``التحرش!``) and look like a name (``حقوق الوالدين``); its place
under the site's furniture and over the article's date or writer tells it from them. Used by
``akhbar.parse.masthead``, with the line shapes both read (a long line, a dateline of a few
words, the lead's opening).
"""

from __future__ import annotations

import regex

from akhbar.parse.boilerplate import is_crumb
from akhbar.parse.chrome import is_writer_title
from akhbar.parse.credits import bare_credit
from akhbar.parse.header import byline_shape, dateline, is_name_line, writer_over
from akhbar.parse.lines import BULLETS, Kind, Line, words

__all__ = [
    "ITEM",
    "MIN_HEADLINE_WORDS",
    "byline_like",
    "long_line",
    "opens_lead",
    "over_date",
    "person",
    "signed_under",
    "title_over_writer",
    "under_crumb",
    "word_count",
]


#: a dateline among the furniture (``byline_like``)
_MAX_DATELINE_WORDS = 5
#: a headline has this many words at least (menu links have one to three)
MIN_HEADLINE_WORDS = 3
#: what may stand between a headline and its date line: buttons, the byline
_SKIP = (Kind.BOILER, Kind.BYLINE)
_WORDS = regex.compile(r"[\p{L}\p{N}]+")
#: what opens a list's item (a bullet, a check mark), never a headline or a menu link
ITEM = BULLETS | frozenset("✓✔☑➤➢→")
#: what a person's name never holds: digits, quotation marks, a question or exclamation
_NOT_PERSON = regex.compile(r"[\d«»\"“”؟?!:]")


def word_count(text: str) -> int:
    """The words of ``text``: runs of letters and digits (a colon or dash standing apart is no
    word), an agency's spaced initials counted once (``سان بطرسبورغ : (أ ف ب)`` is three words,
    a dateline, not six)."""
    n = 0
    initial = False
    for w in _WORDS.findall(text):
        if len(w) == 1 and initial:
            continue
        initial = len(w) == 1
        n += 1
    return n


def byline_like(text: str, *, plain_name: bool) -> bool:
    """A dateline or byline among the furniture (``header.byline_shape``: ``لندن: «الشرق
    الأوسط»``, ``عين اليوم – الرياض``) of five words at most. The cap is this reading's own: a
    longer labelled byline under the headline (``محرر الخبر: محمد بن سعد العتيبي``) counts as
    a long text line here, no dateline. Without the cap one
    labels-benchmark page (dev-0098 with that byline) would read its headline right
    (``parse_labels`` 0.991 -> 1.000): a change of output, left to a rule of its own."""
    return word_count(text) <= _MAX_DATELINE_WORDS and byline_shape(text, plain_name=plain_name)


def long_line(line: Line, least: int = MIN_HEADLINE_WORDS) -> bool:
    """A text line of three words or more (a menu link has one or two; a link is no words),
    no list item."""
    return (
        line.kind is Kind.TEXT
        and line.text[0] not in ITEM
        and len(_WORDS.findall(line.text)) >= least
        and "://" not in line.text
    )


def opens_lead(text: str, lead: str) -> bool:
    """Whether ``text`` is the lead's opening (a standfirst, dashes or dots around it)."""
    core = text.strip(" -–—.…")
    return bool(core) and lead.startswith(core)


def person(text: str) -> bool:
    """A line that may be a person's name (``محمد العتيبي``): a name line of four words at most
    holding no digit, quotation mark or sentence mark (``77 مليوناً لتجميل الشياطين`` is none)."""
    return words(text) <= 4 and is_name_line(text) and not _NOT_PERSON.search(text)


def _writer_name(text: str) -> bool:
    """A person's name alone (``رقية الهويريني``): ``person``'s shape, two to four words, none
    a particle or a word no name holds (``بهذا تكون فرحة العيد`` is a title)."""
    return person(text) and dateline(text, plain_name=True) and not dateline(text, plain_name=False)


def _named_below(lines: list[Line], i: int) -> bool:
    """Whether the text at ``i`` is the site's name: a boilerplate line further down (the
    footer's ``© جريدة الرياض 2015``) holds it."""
    name = lines[i].text
    return any(ln.kind is Kind.BOILER and name in ln.text for ln in lines[i + 1 :])


def signed_under(lines: list[Line], d: int, p: int) -> bool:
    """Whether a writer's name stands under the date at ``d`` (``بواسطة`` between them at
    most) before the first paragraph ``p``: the line over the date is then no author's name."""
    k = d + 1
    while k < p and lines[k].kind is Kind.BOILER:
        k += 1
    return k < p and (lines[k].kind is Kind.BYLINE or _writer_name(lines[k].text))


def title_over_writer(lines: list[Line], k: int, first: int) -> int:
    """``k - 1`` when the line at ``k`` is a writer's name over the date and the text line
    right over it (below ``first``, the masthead's top) is a short title: an opinion piece
    prints its title, its writer, then the date (``حقوق الوالدين`` over ``عبدالله عمر خياط``).
    Else ``k``. Not under a writer's and a column's names (``writer_over``: that stack's title
    stands right over the date and may read like a name)."""
    if k - 1 <= first or not _writer_name(lines[k].text):
        return k
    d = next((j for j in range(k + 1, len(lines)) if lines[j].kind is not Kind.BOILER), None)
    above = lines[k - 1]
    if (
        d is not None
        and lines[d].kind is Kind.DATE
        and not signed_under(lines, d, len(lines))  # (then ``k`` is the title, no name)
        and above.kind is Kind.TEXT
        and above.text[0] not in ITEM
        and not byline_like(above.text, plain_name=False)
        and not is_writer_title(above.text)
        and writer_over(lines, k) is None
        and not _named_below(lines, k - 1)
    ):
        return k - 1
    return k


def over_date(lines: list[Line], p: int, first: int) -> int | None:
    """The line right over the article's date line (an opinion piece's title sharing no word
    with the lead), or its title over its writer's name; None when that line is no headline."""
    lead = lines[p].text
    d = next((k for k in range(p - 1, first, -1) if lines[k].kind is Kind.DATE), None)
    if d is None:
        return None
    k = d - 1
    while k > first and lines[k].kind in _SKIP:
        k -= 1
    text = lines[k].text
    if k <= first or lines[k].kind is not Kind.TEXT or opens_lead(text, lead):
        return None
    if is_writer_title(text) or byline_like(text, plain_name=False) or bare_credit(text):
        # ``كاتب صحفي`` under the writer's name, ``رويترز - حائل`` over the date, a credit
        # without its colon (``إعداد نورة الدوسري``) under the headline over a key points'
        # header (a third short line that is no masthead's)
        return None
    if (
        _writer_name(text)
        and any(long_line(ln, 4) for ln in lines[first + 1 : k])
        and not signed_under(lines, d, p)
    ):
        return None  # a title over its author's name over the date: the title is first
    return title_over_writer(lines, k, first)


def under_crumb(lines: list[Line], p: int) -> int | None:
    """The text line right under the page's breadcrumb (``الرئيسية » محليات``) when no other
    stands before the first paragraph ``p`` but a writer's name under it: a site prints its
    trail over the article's title (``التحرش!``, a word or two, sharing no word with the
    lead), then buttons. None without a trail, or with more text between."""
    crumb = next(
        (
            k
            for k in range(p - 1, -1, -1)
            if lines[k].kind is Kind.BOILER and is_crumb(lines[k].text)
        ),
        None,
    )
    if crumb is None:
        return None
    texts = [k for k in range(crumb + 1, p) if lines[k].kind is Kind.TEXT]
    if not texts or len(texts) > 2 or (len(texts) == 2 and not _writer_name(lines[texts[1]].text)):
        return None
    return texts[0]
