"""Lines whose place on the page says what they are where their words alone cannot: a digest's
title over its briefs, a speaker's name under the quote a headline prints, teasers' summaries
under their headlines.

Each test is by the line's form and what stands around it (round 12 of
``benchmarks/parse_layouts_12.py`` documents the forms and why each is scored so).
"""

from __future__ import annotations

import regex

from akhbar.parse.draft import BULLET
from akhbar.parse.header import is_name_line, section_label
from akhbar.parse.lines import BULLETS, Kind, Line, is_paragraph
from akhbar.parse.order import CLOSING, player_line
from akhbar.parse.related import article_paragraph
from akhbar.parse.vocab import fold

__all__ = [
    "brief_title",
    "deck_under",
    "digest_title",
    "first_under",
    "key_point",
    "label_over_title",
    "more_from_labels",
    "quote_speaker",
    "teaser_excerpts",
]

#: the words naming a digest of briefs (``موجز محليات``, ``أخبار المملكة في سطور``, ``حصاد
#: اليوم``); no letter in them folds
_DIGEST = regex.compile(r"(?:^|\s)(?:موجز|سطور|حصاد)(?:\s|$|:)")
#: a digest prints two briefs at least, each a short title over its paragraph
_MIN_BRIEFS = 2
#: how a teaser's summary ends: the lead cut off
_CUT = ("...", "…")
#: a teaser box holds two teasers at least (a headline and its summary each)
_MIN_TEASERS = 2
#: quotes around a whole headline
_OPEN_QUOTES = frozenset('«"“')
_QUOTED = regex.compile(r'^(?:«[^«»]+»|"[^"]+"|“[^“”]+”)$')
#: what joins a breadcrumb trail's segments (``الرئيسية › أخبار › سياسة``; a toolbar between
#: the headline and a line is no trail: under it such a line is the outlet's stamp opening the
#: text, ``order.byline_under``)
_TRAIL = "›>»"


def _trail(line: Line) -> bool:
    """A breadcrumb trail's line (boilerplate joined by ``›``, ``>`` or ``»``)."""
    return line.kind is Kind.BOILER and any(c in line.text for c in _TRAIL)


def key_point(lines: list[Line], k: int) -> bool:
    """A bulleted line, or a short header right over one (``أبرز النقاط`` over ``• …``): no
    headline, a key points' box over the lead."""
    nxt = lines[k + 1].text if k + 1 < len(lines) else ""
    return any(t[:1] in BULLETS and BULLET.match(t) is not None for t in (lines[k].text, nxt))


def digest_title(lines: list[Line], i: int) -> bool:
    """Whether the short line at ``i`` names a digest (``موجز محليات``) and two briefs or more
    follow it, each a short title over a paragraph: the digest's headline, not a section label
    over the first brief's title (``موجز`` over one brief is a kicker)."""
    if _DIGEST.search(fold(lines[i].text)) is None:
        return False
    briefs = 0
    for a, b in zip(lines[i + 1 :], lines[i + 2 :], strict=False):
        if (
            a.kind is Kind.TEXT
            and b.kind is Kind.TEXT
            and not is_paragraph(a.text)
            and is_paragraph(b.text)
        ):
            briefs += 1
            if briefs >= _MIN_BRIEFS:
                return True
    return False


def deck_under(lines: list[Line], i: int) -> bool:
    """Whether the line under the short line at ``i`` is a deck opening the lead (the lead's
    first words, printed large under the title): the short line over it is then the headline,
    not a section label over a longer headline (``باجندوح خط أحمر`` over ``أكد لـ «عكاظ» مصدر
    …``). A breadcrumb trail may stand between the title and the deck (round 12's ``>``
    trail under the title, ``تفكيك الأيديولوجيا`` / ``الرئيسية › أخبار`` / the deck)."""
    k = i + 1
    if k < len(lines) and _trail(lines[k]):
        k += 1
    if k >= len(lines) or lines[k].kind is not Kind.TEXT:
        return False
    deck = lines[k].text
    for ln in lines[k + 1 :]:
        # (key points between them, ``• …``, may repeat the lead's opening too)
        if ln.kind is Kind.TEXT and ln.text[0] not in BULLETS and is_paragraph(ln.text):
            return ln.text != deck and ln.text.startswith(deck)
    return False


def label_over_title(lines: list[Line], i: int) -> bool:
    """Whether the line at ``i`` is a section label (``أخبار محلية``) over a short title with a
    deck under it: the title heads the page whatever its shape (a name's, ``حسني يثير غضب
    المغربيات``, which ``is_kicker`` reads as a title's author under it)."""
    return (
        i + 1 < len(lines)
        and lines[i + 1].kind is Kind.TEXT
        and section_label(lines[i].text)
        and deck_under(lines, i + 1)
    )


def brief_title(headline: str | None, lines: list[Line], j: int) -> bool:
    """Whether the short line at ``j``, under a digest's title (``موجز محليات``) and its date,
    is the first brief's title over its paragraph (``خبير أمني: الدواعش …``), not a dateline."""
    return (
        headline is not None
        and _DIGEST.search(headline) is not None
        and j + 1 < len(lines)
        and lines[j + 1].kind is Kind.TEXT
        and is_paragraph(lines[j + 1].text)
    )


def quote_speaker(headline: str | None, text: str, lead: list[Line]) -> bool:
    """Whether ``text``, a name line under a headline that is all a quote, is the quote's
    speaker: the lead names the same person (``قال وزير الصحة … إن «…»``). A writer's name
    under a quoted headline is not in the lead: it stays the byline. ``lead``: the first
    paragraph's line, or none."""
    return (
        headline is not None
        and headline[0] in _OPEN_QUOTES
        and bool(lead)
        and _QUOTED.match(headline) is not None
        and lead[0].kind is Kind.TEXT
        and text in lead[0].text
        and is_name_line(text)
    )


def teaser_excerpts(items: list[Line]) -> list[Line]:
    """The summaries of a box of teasers (``المزيد من محليات``): the items alternate a headline
    and its summary, the lead's opening cut off with ``...``; [] for any other list. A full
    embedded article's paragraphs do not end cut, nor does a headline."""
    if len(items) < 2 * _MIN_TEASERS or len(items) % 2:
        return []
    heads, cuts = items[0::2], items[1::2]
    # (a headline may run past a paragraph's 110 characters: ``article_paragraph``)
    if all(c.text.endswith(_CUT) for c in cuts) and not any(
        h.text.endswith(_CUT) or article_paragraph(h.text) for h in heads
    ):
        return cuts
    return []


#: a box of a section's other articles labelled with the section (``المزيد من محليات``,
#: ``المزيد من أخبار الرياضة``): ``المزيد من`` and a word or two, nothing after
#: (a section's name may read as a menu word: ``المزيد من أخبار الرياضة`` is boilerplate)
_MORE_KINDS = (Kind.TEXT, Kind.BOILER)
_MORE_FROM = regex.compile(r"^المزيد من \p{L}+(?: \p{L}+)?$")


def _teasers_from(lines: list[Line], k: int) -> bool:
    """Whether the run of text lines from ``k`` is a box of teasers (a headline and its cut
    summary each, ``teaser_excerpts``): the label over them closes the article with no source
    or tags between (round 12's box right under the last paragraph, maybe furniture under
    it)."""
    end = k
    while end < len(lines) and lines[end].kind is Kind.TEXT:
        end += 1
    return bool(teaser_excerpts(lines[k:end]))


def more_from_labels(lines: list[Line]) -> list[Line]:
    """``lines`` with each ``المزيد من محليات`` line after the article's closing line (its source
    or tags under a paragraph), or over a box of teasers closing the page, read as a read-also
    label: the box of the section's articles. Inside the body such a line is a sub-heading
    (``مزيد من الرعاية``, dev-0199)."""
    seen_paragraph = closed = False
    out = lines
    for k, ln in enumerate(lines):
        if (
            seen_paragraph
            and ln.kind in _MORE_KINDS
            and _MORE_FROM.match(ln.text)
            and (closed or _teasers_from(lines, k + 1))
        ):
            if out is lines:
                out = list(lines)
            out[k] = ln._replace(kind=Kind.READ_ALSO, label=ln.text)
        elif ln.kind is Kind.TEXT:
            seen_paragraph = seen_paragraph or is_paragraph(ln.text)
        elif ln.kind in CLOSING:
            closed = seen_paragraph
    return out


def first_under(lines: list[Line], i: int, j: int, p: int) -> bool:
    """Whether the line at ``j`` is the first under the headline (ending at ``i``) but for a
    breadcrumb and a deck (round 12's ``>`` trail and the lead's opening words printed large
    under the title, ``p`` the lead) or an audio player's lines: a byline stands under them
    as under the headline."""
    if j == i:
        return True
    lead = lines[p].text if p < len(lines) else ""
    return all(
        _trail(lines[k])
        or player_line(lines[k])  # a listen bar (round 13)
        or (
            lines[k].kind is Kind.TEXT
            and (
                (lead != lines[k].text and lead.startswith(lines[k].text))
                or deck_under(lines, k - 1)  # (key points over the lead: ``p`` is their first)
            )
        )
        for k in range(i, j)
    )
