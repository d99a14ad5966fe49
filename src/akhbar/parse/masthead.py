"""A whole site's furniture over the article: where a page dumped with every link on a line of
its own (a browser's "copy all", ``innerText``, ``lynx -dump``) starts its article.

Such a page prints the logo's text, the top bar (today's date, the weather), skip links,
search labels, the menus one link per line and a breaking-news ticker before the headline: a
dozen short lines or more before the first paragraph, where a page of the article alone has
at most four (the dev pages at most three: a breadcrumb or kicker, the headline, a byline).
The first of those lines is then no headline. The headline is found by what it shares with
the text under it: a headline of three words or more repeating two of the lead's words, and
standing over a date or byline line (or under the date, when the page prints it first); with
no such line, the top of the text lines over the header block (date, byline, buttons).

A shorter masthead (the logo and a menu link over the headline: three to five text lines
before the first paragraph) is read the same way, but only a sure headline moves the start:
one sharing the lead's words over the date, or the line right over the date when the first
line shares none and the line over the date is no name, dateline or writer's title.

The same furniture closes such a page: the footer's menus and the comment form under a list
of other headlines (``without_menu``) are no headlines of the list.

Written here, not taken from a library: trafilatura and readability find the article by the
HTML's tree and text density, which a plain-text dump no longer has.
"""

from __future__ import annotations

import regex

from akhbar.model import Related
from akhbar.parse.anchors import (
    ITEM,
    MIN_HEADLINE_WORDS,
    byline_like,
    long_line,
    opens_lead,
    over_date,
    person,
    signed_under,
    title_over_writer,
    under_crumb,
)
from akhbar.parse.draft import Out
from akhbar.parse.furniture import repeats_title
from akhbar.parse.header import dateline, is_name_line, writer_over
from akhbar.parse.lines import Kind, Line, words
from akhbar.parse.related import article_paragraph
from akhbar.parse.vocab import fold

__all__ = ["MIN_MASTHEAD", "strip_masthead", "without_menu"]

#: text lines before the first paragraph from which the page is a whole-site dump (the dev
#: pages and six rounds of other layouts have at most four)
MIN_MASTHEAD = 6
#: the lead's words a headline repeats
_MIN_SHARED = 2
#: how far a headline stands from its date or byline line
_NEAR = 3
#: the lines under the headline whose words it may repeat (a standfirst, then the lead), and
#: how much of each (a headline repeats the opening's words)
_LEAD_LINES = 3
_LEAD_CHARS = 400
#: text lines before the first paragraph from which the first may be a logo or a menu link
_MIN_SHORT_MASTHEAD = 3
#: a ticker's headline (a menu link is shorter)
_MIN_TICKER_WORDS = 4
#: what a word may carry before its stem: the article and the clitics in front of it
_PREFIXES = ("وال", "بال", "فال", "كال", "لل", "ال", "و", "ب", "ل", "ف")
#: below this length only a sentence of nine words or more ending with a colon or an ellipsis
#: is text besides ``article_paragraph``'s (a headline never ends so)
_MAX_SHORT_SENTENCE = 110
_MIN_SENTENCE_WORDS = 9


def _stems(text: str) -> set[str]:
    """The words of ``text`` of three letters or more, folded, without a leading article or
    clitic (enough to match a headline's ``للصواريخ`` with the lead's ``الصواريخ``).

    Not ``akhbar.text.search_terms``: the search stemmer also strips suffixes, so a ticker's
    headline shares two stems with the lead more often and is read as a candidate headline,
    no ticker item (on a dumped WordPress page of the regression rounds ``نائب خادم الحرمين :
    لن يثني الإرهاب …`` and the next ticker line leave the related list for the discarded);
    here only the front of a word is stripped."""
    out = set()
    for w in fold(text).split():
        for p in _PREFIXES:
            if w.startswith(p) and len(w) - len(p) >= 3:
                w = w[len(p) :]
                break
        if len(w) >= 3 and w not in _FUNCTION_WORDS:
            out.add(w)
    return out


#: words of three letters or more every text holds (``على مدار الساعة`` in a site's tagline
#: shares ``على`` with any lead): no evidence that a line heads the article, folded as ``_stems``
#: folds
_FUNCTION_WORDS = frozenset(
    fold(w)
    for w in [
        "على",
        "الى",
        "إلى",
        "التي",
        "الذي",
        "الذين",
        "هذا",
        "هذه",
        "ذلك",
        "تلك",
        "بعد",
        "قبل",
        "عند",
        "حيث",
        "كان",
        "كانت",
        "منذ",
        "حول",
        "خلال",
        "بين",
        "غير",
        "كما",
        "لكن",
        "ضمن",
        "أمام",
        "عبر",
        "دون",
        "حتى",
        "أيضا",
        "وقد",
        "لقد",
        "إلا",
        "الا",
    ]
)


def _article_paragraph(text: str) -> bool:
    """A line only an article's text has: ``related.article_paragraph`` (very long, long and
    closing a sentence, a full stop after nine words), or a shorter sentence of nine words or
    more closed by an ellipsis or by a colon introducing what follows (``وفيما يلي نص
    البيان:``). A page title with the site's name may be as long, but ends with the name."""
    if article_paragraph(text):
        return True
    return (
        len(text) < _MAX_SHORT_SENTENCE
        and text[-1] in "…:："
        and words(text) >= _MIN_SENTENCE_WORDS
    )


def _first_paragraph(lines: list[Line]) -> int | None:
    """The index of the first line only an article's text has (``_article_paragraph``)."""
    for i, line in enumerate(lines):
        if line.kind is Kind.TEXT and _article_paragraph(line.text):
            return i
    return None


def _candidates(lines: list[Line], p: int) -> list[int]:
    """Text lines before ``p`` that could head the article: long enough, and sharing words
    with the first paragraph (and the next, when it is one too)."""
    lead: set[str] = set()
    lead_text = lines[p].text
    for line in lines[p : p + _LEAD_LINES]:
        if line.kind is Kind.TEXT:
            lead |= _stems(line.text[:_LEAD_CHARS])
    out = []
    for i in range(p):
        line = lines[i]
        if line.kind is not Kind.TEXT or words(line.text) < MIN_HEADLINE_WORDS:
            continue
        if (
            line.text[0] in ITEM
            or len(line.text) > 200
            or len(_stems(line.text) & lead) < _MIN_SHARED
        ):
            continue
        if line.text[-1] in ":：" or byline_like(line.text, plain_name=False):
            continue  # a dateline opening the text (``الباحة - واس:``, ``عين اليوم – الرياض``)
        if opens_lead(line.text, lead_text):
            continue  # a standfirst repeating the lead's opening
        out.append(i)
    return out


def _headline(lines: list[Line], p: int, cands: list[int]) -> int | None:
    """The index of the article's headline among the lines before ``p`` (``cands``: those
    sharing the lead's words), None if unsure. The nearest to the text wins: a site's logo or
    title may share the lead's words too, further up."""
    for kinds in ((Kind.DATE,), (Kind.BYLINE,)):  # over its date (most pages), its byline
        for c in reversed(cands):
            if any(ln.kind in kinds for ln in lines[c + 1 : min(c + 1 + _NEAR, p)]):
                return c
    for c in reversed(cands):  # right under its date (``Sunday, August 9, 2015``)
        if c > 0 and lines[c - 1].kind is Kind.DATE:
            return c
    h = _over_header(lines, p)
    if h is None:  # short lines only (a title of a word or two over its writer and the date)
        if cands:
            return cands[0]
        o = over_date(lines, p, -1)
        return o if o is not None else under_crumb(lines, p)
    # a headline sharing the lead's words just over that line (a caption or a name over the
    # lead stands between), else the line itself (a logo's tagline far above shares words too)
    near = [c for c in cands if h - _NEAR <= c <= h]
    if near:
        return near[0]
    # a title of a word or two under that line, over its writer's name and the date
    o = over_date(lines, p, -1)
    if o is not None and (
        o > h
        # a dateline under the date (``محمد السريعي – عين اليوم``) and a title over it
        or (
            lines[h - 1].kind is Kind.DATE
            and long_line(lines[o])
            and byline_like(lines[h].text, plain_name=False)
        )
    ):
        return o
    return title_over_writer(lines, h, -1)


def _over_header(lines: list[Line], p: int) -> int | None:
    """The line heading the header block over ``p`` (its date, byline and buttons): the top
    of the nearest run of text lines of three words or more (a headline over a dateline such
    as ``أبها - الوطن``), the run standing under a short line (a menu link, a button)."""
    i = p - 1
    # a dateline under the date (``لندن: «الشرق الأوسط»`` after ``بواسطة``) is no headline;
    # a short headline right under the date may read like one (``الباشا: «رويدا رويدا» سننافس``)
    dated = False
    while i >= 0 and not (
        long_line(lines[i])
        and (
            dated
            or not byline_like(lines[i].text, plain_name=True)
            or (i > 0 and lines[i - 1].kind is Kind.DATE)
        )
    ):
        dated = dated or lines[i].kind is Kind.DATE
        i -= 1
    if i < 0:
        return None
    while i > 0 and long_line(lines[i - 1]):
        i -= 1
    return i


def _anchored(lines: list[Line], p: int, cands: list[int], first: int) -> int | None:
    """Under a short masthead: the headline when the first text line is none (it shares fewer
    than two of the lead's words) and a later line of three words or more, no name, shares
    them and stands over the article's date line."""
    if (cands and cands[0] == first) or lines[first].text[-1] in ":：":
        return None  # (a headline broken at its colon: ``«التعليم»:`` over the rest)
    lead = lines[p].text
    for c in cands:
        if not _heads(lines[c].text, lead) and not (
            # a title of a name's shape sharing the lead's names (``أفراح الطريقي والسبيعي``)
            # right over the date, no byline under it
            lines[c + 1].kind is Kind.DATE
            and not opens_lead(lines[c].text, lead)
            and not signed_under(lines, c + 1, p)
        ):
            continue
        if any(ln.kind is Kind.DATE for ln in lines[c + 1 : min(c + 1 + _NEAR, p)]):
            return c
    return over_date(lines, p, first)


def _heads(text: str, lead: str) -> bool:
    """Whether a line may head the article: no name (an author's over the date) and no
    standfirst repeating the lead's opening."""
    return not is_name_line(text) and not opens_lead(text, lead)


def _date_over(lines: list[Line], h: int, p: int) -> list[int]:
    """The date lines standing just over the headline at ``h`` (a section label or buttons
    between them at most) when none stands under it before the first paragraph ``p``: the
    article's date, printed first (the top bar's date stands further up), with the lines of a
    run of dates right over it (``نشر في …`` over ``آخر تحديث: …``: the update's stamp is no
    publication date, the date over it is)."""
    if any(ln.kind is Kind.DATE for ln in lines[h + 1 : p]):
        return []
    for i in range(h - 1, max(-1, h - 1 - _NEAR), -1):
        kind = lines[i].kind
        if kind is Kind.DATE:
            first = i
            while first > 0 and lines[first - 1].kind is Kind.DATE:
                first -= 1
            return list(range(first, i + 1))
        if kind is Kind.TEXT and words(lines[i].text) >= MIN_HEADLINE_WORDS:
            return []
    return []


def strip_masthead(lines: list[Line], out: Out) -> list[Line]:
    """The page's lines from its headline on when a site's furniture stands over it (see the
    module docstring), the furniture placed in ``out``: a breaking-news ticker's headlines
    (two or more long lines in a row) are related, every other line is discarded. Other pages
    are returned as they are."""
    p = _first_paragraph(lines)
    if p is None:
        return lines
    # (a bulleted line is a list's item, key points over the lead: no masthead's)
    texts = [k for k in range(p) if _text(lines[k]) and lines[k].text[0] not in ITEM]
    if len(texts) < _MIN_SHORT_MASTHEAD:
        return lines  # the headline and a byline or standfirst at most (most pages)
    cands = _candidates(lines, p)
    h = _titled(lines, texts)
    if h is not None:
        pass  # the page's title names its headline, menus between them
    elif len(texts) >= MIN_MASTHEAD:
        h = _headline(lines, p, cands)
    else:  # a short masthead (the logo, a menu link) over the headline: only a sure headline
        h = _under_writer(lines, texts, p) or _anchored(lines, p, cands, texts[0])
    if h is None:
        return lines
    titles = {lines[c].n for c in cands}  # the page's title repeats the headline: no ticker
    dates = _date_over(lines, h, p)
    # the writer's name over an opinion piece's headline is its byline, printed first: read
    # it where a byline stands, under the headline
    writer = writer_over(lines, h)
    if not dates and writer is not None:  # the date over the writer's and column's names
        dates = _date_over(lines, min(writer, h - 1), p)
    above = [ln for k, ln in enumerate(lines[:h]) if k != writer and k not in dates]
    k = 0
    while k < len(above):
        j = k
        while j < len(above) and _ticker_item(above[j]) and above[j].n not in titles:
            j += 1
        if j - k >= 2:  # a ticker's headlines
            out.related.extend(Related(headline=ln.text) for ln in above[k:j])
            k = j
            continue
        out.discard(above[k])
        k += 1
    head = lines[h]._replace(kind=Kind.TEXT)  # (a title opening with a credit's label)
    rest = [head, *lines[h + 1 :]] if writer is None else [head, lines[writer], *lines[h + 1 :]]
    return [*(lines[k] for k in dates), *rest]


#: a title opening with a credit's label (``تقرير: تهديدات إلكترونية بدعم من …``) holds more
#: words than a credit's names
_MIN_TITLE_CREDIT = 6


def _text(line: Line) -> bool:
    """A text line, or a title read as a credit for its label (``تقرير: …`` of six words or
    more: a writer's name over a column's over it, round 10, is the stack over its headline)."""
    return line.kind is Kind.TEXT or (
        line.kind is Kind.BYLINE and words(line.text) >= _MIN_TITLE_CREDIT
    )


def _under_writer(lines: list[Line], texts: list[int], p: int) -> int | None:
    """The headline under a writer's name and a column's name (an opinion page's stack, round
    10's, with no date line under the headline to anchor it): the third text line over the
    first paragraph ``p`` (a standfirst or a key points' header may follow it), a title of
    three words or more, when the two over it are the writer's name and the column's
    (``writer_over``). Not a deck repeating the lead's opening: a kicker and a title of a
    name's shape stand over it (``أخبار محلية`` over ``حسني يثير غضب المغربيات``)."""
    if len(texts) < _MIN_SHORT_MASTHEAD:
        return None
    h = texts[_MIN_SHORT_MASTHEAD - 1]
    text = lines[h].text
    if words(text) < MIN_HEADLINE_WORDS or (person(text) and dateline(text, plain_name=True)):
        # (a name's shape that opens with ``ال`` or holds a particle is a title of a few words:
        # ``الفئران تحول الشوارع لجحور``)
        return None
    if opens_lead(text, lines[p].text):
        return None
    return h if writer_over(lines, h) is not None else None


def _titled(lines: list[Line], texts: list[int]) -> int | None:
    """The headline the page's title names: the first text line is the title (``Title: X``
    of a reader's preamble, ``X - الموقع``) and a later line before the text is ``X`` itself,
    the menus standing between. None when the first line repeats no later one."""
    first = lines[texts[0]].text
    for k in texts[2:]:  # (the next line is the adjacent-title case the page reader handles)
        if repeats_title(first, lines[k].text):
            return k
    return None


def _ticker_item(line: Line) -> bool:
    return line.kind is Kind.TEXT and words(line.text) >= _MIN_TICKER_WORDS


#: a site's menu, footer or comment form printed under a list of headlines: a run of this many
#: short items (two words at most, or short items between bars) ends the list
_MIN_MENU_RUN = 3
_MENU_ITEM_WORDS = 2
_MAX_BAR_ITEM = 6


def _menu_item(text: str) -> bool:
    if text[0] in ITEM:  # a bulleted link (``* [من نحن](…)`` of a Markdown scrape)
        text = text[1:].strip() or text
    if words(text) <= _MENU_ITEM_WORDS:
        return True
    # links between bars (``الرئيسية | فيديو | CNN en Español``): a headline has one bar at most
    pieces = text.split("|")
    return len(pieces) >= _MIN_MENU_RUN and all(words(x) <= _MAX_BAR_ITEM for x in pieces)


def without_menu(seq: list[Line], items: list[Line]) -> list[Line]:
    """``items`` (a list's headlines) without the site's menu or form closing the page: a run
    of ``_MIN_MENU_RUN`` short items or more at the end, or of lines of links between bars,
    after a headline (a menu link is one or two words; a headline rarely is, and holds one
    bar at most). Their lines in ``seq`` become boilerplate."""
    start = len(items)
    while start > 0 and _menu_item(items[start - 1].text):
        start -= 1
    run = items[start:]
    if not run or (len(run) < _MIN_MENU_RUN and all("|" not in x.text for x in run)):
        furniture = _furniture_run(items)  # (one line of links between bars is a menu already)
        if furniture is None:
            return items
        start = furniture
    elif start == 0:
        return items
    menu = {ln.n for ln in items[start:]}
    for k, ln in enumerate(seq):
        if ln.n in menu:
            seq[k] = ln._replace(kind=Kind.BOILER)
    return items[:start]


def _furniture_run(items: list[Line]) -> int | None:
    """Where a run of ``_MIN_MENU_RUN`` furniture items starts that nothing but furniture and
    menus follow to the page's end (a weather widget's readings, the footer's address and
    phone lines): from there on no item is a headline. None when there is no such run."""
    for k in range(len(items) - _MIN_MENU_RUN + 1):
        if all(_furniture(x.text) for x in items[k : k + _MIN_MENU_RUN]):
            rest = items[k:]
            if sum(_furniture(x.text) for x in rest) * 2 > len(rest):
                return k
            return None
    return None


#: a reading or a contact line: ``14 °``, ``اليوم 18:00-00:00``, ``الهاتف : 222 238 71``
_READING = regex.compile(r"^[^\d]{0,30}[:：]?\s*[\d\s°%:.\-+]+$|^[^:]{1,30}\s[:：]\s")


def _furniture(text: str) -> bool:
    return _menu_item(text) or _READING.match(text) is not None
