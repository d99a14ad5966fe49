"""Where each line stands: headline, header block, body, footer, read-also blocks.

The page is read top to bottom once. The main article runs from the first text line (the
headline) to its last closing line (source or tag line); a read-also label after that starts a
block, which holds either a list of related headlines or a full embedded article (a headline
followed by paragraphs). Between the headline and the first paragraph lies the header block: a
short text line there is the byline when a date line or a toolbar (print/share/font size) still
follows it; after the last of those, short lines already belong to the body (datelines such as
``عين اليوم – متابعات`` that open the article text).
"""

from __future__ import annotations

from akhbar.model import Article, Page
from akhbar.parse.boilerplate import is_comment_notice, is_site_notice
from akhbar.parse.briefs import (
    brief_title,
    deck_under,
    digest_title,
    first_under,
    key_point,
    label_over_title,
    more_from_labels,
    quote_speaker,
    teaser_excerpts,
)
from akhbar.parse.chrome import is_writer_title
from akhbar.parse.credits import Place, bare_credit, credit_place, editors_credit
from akhbar.parse.draft import BULLET, BULLETS, Draft, Out, absorb, add_raw_tags, merge
from akhbar.parse.echoes import echoes, excerpt_above, maybe_echo
from akhbar.parse.extent import (
    MAX_COMMENTS_HEADER,
    comments_at,
    comments_start,
    is_banner,
    labelled_date_after,
    main_end,
)
from akhbar.parse.foot import is_end_mark
from akhbar.parse.fragments import has_html, strip_html
from akhbar.parse.furniture import (
    MAX_BIO_START,
    agency_dateline_date,
    bio_end,
    lead_date,
    split_suffixes,
    title_repeated,
)
from akhbar.parse.glued import unglue
from akhbar.parse.header import (
    badge_over,
    channel_over,
    dateline,
    is_kicker,
    is_name_line,
    is_picture_note,
    kicker_over,
    masthead_over,
    named_below,
)
from akhbar.parse.items import undecorate
from akhbar.parse.lines import URL, Kind, Line, date_in, is_paragraph, text_lines, words
from akhbar.parse.links import linked_items
from akhbar.parse.markup import has_markup, unmark_lines
from akhbar.parse.masthead import strip_masthead, without_menu
from akhbar.parse.notices import closing_notice, notice_over, without_notices
from akhbar.parse.order import (
    CLOSING,
    HEADER_META,
    byline_under,
    byline_under_date,
    late_byline,
    meta_line,
)
from akhbar.parse.pieces import join_date_pieces
from akhbar.parse.printers import unprint
from akhbar.parse.related import (
    LIST_NUMBER,
    NUMBER_STARTS,
    add_related,
    article_paragraph,
    bulleted,
    discard_block,
    headline_like,
    inline_related,
    is_paid,
    listed_headlines,
)
from akhbar.parse.release import box_end
from akhbar.parse.sidebars import over_headline
from akhbar.parse.tags import hashtag_headlines, is_tag_list
from akhbar.parse.trail import without_trail
from akhbar.parse.vocab import ADJACENT_RE, COMMENTS_HEADER_RE, fold
from akhbar.parse.widgets import mark_widgets

__all__ = ["parse_text"]

# tuples, not sets: an Enum member hashes in Python code, a tuple compares by identity first
_TEXT, _DATE = Kind.TEXT, Kind.DATE
#: what the readers' comments hold besides text: times, buttons, a ``كتب:``-like line
_COMMENT_LINES = (Kind.DATE, Kind.BOILER, Kind.BYLINE)
#: a headline is short; a longer first line is already a paragraph
_MAX_HEADLINE = 200


def _paragraph_next(lines: list[Line], i: int) -> bool:
    """Whether the first text line from ``i`` on is a paragraph (no headline before it)."""
    for k, line in enumerate(lines[i:], i):
        if line.kind is Kind.TEXT:
            if is_picture_note(line.text) or key_point(lines, k):
                continue  # a picture's caption or archive mark, key points over the lead
            return len(line.text) > _MAX_HEADLINE or is_paragraph(line.text)
        if line.kind is Kind.READ_ALSO:
            return False
    return True


#: how a headline broken over two lines ends its first line: a speaker and a colon
_OPEN_ENDS = frozenset(":：")


def _headline_goes_on(lines: list[Line], i: int) -> bool:
    """Whether the line at ``i`` goes on a headline whose first line ends with a colon: a short
    text line (what the speaker said), not a paragraph or a dateline (``جدة - واس``)."""
    if i >= len(lines):
        return False
    line = lines[i]
    if line.kind is not Kind.TEXT or is_paragraph(line.text):
        return False
    return not dateline(line.text, plain_name=False)


def _find_headline(d: Draft, lines: list[Line], out: Out) -> int:
    """Place lines before the headline; return the index after the headline."""
    i = 0
    while i < len(lines):
        line = lines[i]
        # a byline-like line with no other line to head the article (``تقرير: …`` over the
        # first paragraph) is its headline
        if not (line.kind is Kind.BYLINE and _paragraph_next(lines, i + 1)):
            nxt = absorb(d, lines, i, out)
            if nxt != i:
                i = nxt
                continue
        if line.kind is Kind.READ_ALSO:
            i = inline_related(lines, i, out)
            continue
        text = line.text
        if is_banner(text):  # a cookie banner over the page
            out.discard(line)
            i += 1
            if i < len(lines) and lines[i].kind is _TEXT and words(lines[i].text) == 1:
                out.discard(lines[i])  # its button (``موافق``, ``Accept``)
                i += 1
            continue
        if excerpt_above(lines, i):
            out.discard(line)  # the page's description (its lead, cut) over the article
            i += 1
            continue
        if len(text) > _MAX_HEADLINE or (words(text) >= 9 and text[-1] == "."):
            return i  # no headline: the page opens with its body
        if text[-1] in _OPEN_ENDS and _headline_goes_on(lines, i + 1):
            # ``مسؤول كردي:`` over what he said: one headline broken at its colon
            second = lines[i + 1]
            d.headline = f"{text} {second.text}"
            d.raw["headline"] = f"{line.raw}\n{second.raw}"
            return i + 2
        if (
            i + 1 < len(lines)
            and (
                is_kicker(text, lines[i + 1])
                or label_over_title(lines, i)
                or kicker_over(lines, i)
                or masthead_over(lines, i)
                or badge_over(lines, i)
                or named_below(lines, i)
                or channel_over(lines, i)
            )
            and not (digest_title(lines, i) or deck_under(lines, i))
        ):
            out.discard(line)  # a section kicker (or the site's masthead) above the headline
            i += 1
            continue
        if title_repeated(lines, i):
            out.discard(line)  # the page's title over the article's own heading
            i += 1
            continue
        d.headline = text
        if line.raw != text:
            d.raw["headline"] = line.raw
        return i + 1
    return i


def _header(d: Draft, lines: list[Line], i: int, out: Out, *, main: bool) -> int:
    """Place the header block (byline, date, toolbar) after the headline; return body start.
    ``main``: the page's own article (a read-also article's excerpt opens with its dateline
    as text: no dev gold gives an embedded article a byline)."""
    p = i
    while p < len(lines):
        k = lines[p].kind
        # (a deck, the lead's opening printed large, is the header's, round 12: it ends in a
        # word, cut, where a paragraph ends its sentence)
        if (
            k is Kind.TEXT
            and is_paragraph(text := lines[p].text)
            and not (text[-1].isalnum() and deck_under(lines, p - 1))
        ):
            break
        if (k in CLOSING and not meta_line(lines, p)) or k is Kind.READ_ALSO:
            break
        p += 1
    last_marker = max((j for j in range(i, p) if lines[j].kind in HEADER_META), default=-1)
    j = i
    while j < p:
        nxt = absorb(d, lines, j, out)
        if nxt != j:
            j = nxt
            continue
        line = lines[j]
        if (
            line.kind is Kind.BYLINE
            and credit_place(lines, j, d.byline, in_body=False) is Place.DISCARD
        ):
            out.discard(line)  # an editor's credit in the byline's run (``akhbar.parse.credits``)
        elif line.kind is Kind.BYLINE:
            d.body.append(line.text)  # a second labelled byline: keep it as text
        elif "://" in line.text and URL.fullmatch(line.text):
            out.discard(line)  # a short link's address under ``رابط مختصر``: no text
        elif d.byline is None and quote_speaker(d.headline, line.text, lines[p : p + 1]):
            out.discard(line)  # the speaker of a quoted headline, named again in the lead
        elif (
            d.byline is None
            and ((credit := bare_credit(line.text)) or is_name_line(line.text))
            and not brief_title(d.headline, lines, j)
            and (
                j < last_marker
                or (
                    0 <= last_marker == j - 1
                    and ((main and credit) or byline_under_date(lines, j, main=main))
                )
                or (
                    last_marker < j
                    and first_under(lines, i, j, p)
                    and ((main and credit) or byline_under(lines, line.text, main=main))
                )
            )
        ):
            d.byline = line.text
            if line.raw != line.text:
                d.raw["byline"] = line.raw
        elif d.byline is not None and lines[j - 1].text == d.byline and is_writer_title(line.text):
            out.discard(line)  # the writer's title under the name (``كاتب سعودي``)
        else:
            d.body.append(line.text)
        j += 1
    return p


def _article(
    lines: list[Line], out: Out, *, head: Line | None = None, main: bool = False
) -> Article:
    d = Draft()
    if head is not None:
        d.headline = head.value or head.text
        i = 0
    else:
        i = _find_headline(d, lines, out)
    i = _header(d, lines, i, out, main=main)
    if d.published is None and d.byline is not None:
        # a dateline that also prints the date: ``الرياض - واس - 9 أغسطس 2015``
        d.published = date_in(d.byline)
    closed = False
    #: inside the readers' comments (after ``التعليقات (3)``): no line is the article's
    comments = False
    n = len(lines)
    while i < n:
        line = lines[i]
        kind = line.kind
        if kind is _TEXT:  # most lines: a paragraph, or a short line after the article closed
            text = line.text
            if (
                closed  # (after the source or tags line: inside the body it is a sub-heading)
                and len(text) <= MAX_COMMENTS_HEADER
                and COMMENTS_HEADER_RE.match(fold(text))
            ):
                out.discard(line)  # a comments header the boilerplate list lacks (``آراء القراء``)
                comments = True
            elif closed and len(text) <= MAX_BIO_START and (end := box_end(lines, i)) > i:
                for ln in lines[i:end]:  # a release's issuer box under its source line
                    out.discard(ln)
                i = end
                continue
            elif comments or (
                closed
                and (not is_paragraph(text) or is_site_notice(text))
                and not is_end_mark(text)
            ):
                out.discard(line)  # (an end mark under the agency's name is the body's last line)
            elif (
                d.body
                and maybe_echo(line.text, d.headline)
                and echoes(line.text, d.body, d.headline)
            ):
                out.discard(line)  # a share card's headline or excerpt (``akhbar.parse.echoes``)
            elif d.body and is_comment_notice(line.text):
                out.discard(line)  # the site's word on the comments: they start here
                comments = True
            elif (
                len(line.text) <= MAX_BIO_START  # a bio or issuer's box opens with a short line
                and d.body
                and ((end := bio_end(lines, i, d.byline)) > i or (end := box_end(lines, i)) > i)
            ):
                for ln in lines[i:end]:  # an author's bio box, a release's issuer box
                    out.discard(ln)
                i = end
                continue
            elif d.body and editors_credit(lines, i, d.byline):
                out.discard(line)  # an editor's credit (``مراجعة فلان``): no field holds it
            elif main and d.byline is None and late_byline(d, lines, i):
                d.byline = line.text  # the byline under the lead or at the body's foot
            else:
                d.body.append(line.text)
            i += 1
            continue
        if comments and kind in _COMMENT_LINES:  # a commenter's name, the time, a button
            out.discard(line)
            i += 1
            continue
        if kind is Kind.BOILER and d.body and comments_start(line.text):
            comments = True
            notice_over(lines, i, d.body, out)  # a disclaimer over the readers' comments
        if (
            kind is _DATE
            and not line.label
            and d.body
            and (d.published is not None or labelled_date_after(lines, i))
        ):
            # an unlabelled date inside the article text (a dated paragraph, a chronology's
            # entry) when the page's date is read already or printed, labelled, further down
            d.body.append(line.text)
            i += 1
            continue
        if kind is Kind.BYLINE and (
            place := credit_place(lines, i, d.byline, in_body=bool(d.body))
        ):
            # a sentence (``كتبت الصحيفة أن …``), a picture's credit, an editor's credit line
            # under the byline (``akhbar.parse.credits``)
            if place is Place.BODY:
                d.body.append(line.text)
            else:
                out.discard(line)
            i += 1
            continue
        nxt = absorb(d, lines, i, out)
        if nxt != i:
            if kind in CLOSING:
                closed, comments = closed or bool(d.body), False
                notice_over(lines, i, d.body, out)  # the site's disclaimer over the source or tags
            i = nxt
            continue
        line = lines[i]
        if line.kind is Kind.READ_ALSO:
            i = inline_related(lines, i, out, lead=not d.body)
            continue
        if closed and not is_paragraph(line.text):
            out.discard(line)
        else:
            d.body.append(line.text)
        i += 1
    if d.published is None and d.byline is not None:
        d.published = date_in(d.byline)  # a meta line under the lead: the byline with its date
    if d.published is None and d.body:
        # no date line: the date of a dateline opening the lead (``الرياض - 10 أغسطس 2015 -``)
        d.published = lead_date(d.body[0])
        if d.published is None and main:  # (the dev golds date no embedded article so)
            d.published = agency_dateline_date(d.body[0])  # SPA's wire copy, dev-0045
    return d.freeze()


def _block(lines: list[Line], out: Out, main: Draft, *, tagged: bool) -> Article | None:
    """One read-also block: related headlines, or an embedded article."""
    label = lines[0]
    out.discard(label, label.label)
    seq = without_notices(lines[1:])  # a consent box under a related list, say
    if label.value is None and is_paid(label):
        if (thread := comments_at(seq)) is not None:
            # a comment's stamp in a thread under the paid links is no date of the article
            for ln in seq[thread:]:
                if ln.kind is _DATE:
                    out.discard(ln)
            seq = [ln for k, ln in enumerate(seq) if k < thread or ln.kind is not _DATE]
        discard_block(seq, out, main)  # a box of paid links: ads, not related articles
        return None
    if label.value:  # the glued headline, as a line of its own
        seq = [Line(n=label.n, raw=label.value, text=label.value, kind=Kind.TEXT), *seq]
    hashtag_headlines(seq, tagged=tagged or bool(main.tag_values))
    if seq and label.value is None and headline_like(seq[0]) and ADJACENT_RE.match(label.text):
        seq[0] = seq[0]._replace(kind=Kind.TEXT)  # the one headline a previous/next link heads
    for k, ln in enumerate(seq):
        # a numbered item is a headline of the list, whatever words it holds (``قناتنا``), and
        # so is an item with the bullet of the list's headlines
        if ln.kind is Kind.BOILER and (
            (ln.text[0] in NUMBER_STARTS and LIST_NUMBER.match(ln.text))
            or (ln.text[0] in BULLETS and BULLET.match(ln.text) and bulleted(seq, ln.text[0]))
        ):
            seq[k] = ln._replace(kind=Kind.TEXT)
    seq = listed_headlines(seq)  # a headline read as boilerplate or a credit for a word
    if (thread := comments_at(seq)) is not None:
        for ln in seq[thread:]:  # the readers' comments under the list: no headline, no field
            out.discard(ln)
        seq = seq[:thread]
    items = [ln for ln in seq if ln.kind is Kind.TEXT]
    if summaries := teaser_excerpts(items):  # each teaser's summary under its headline
        gone = {ln.n for ln in summaries}
        for ln in summaries:
            out.discard(ln)
        seq, items = [ln for ln in seq if ln.n not in gone], items[0::2]
    items = linked_items(items)  # URLs under their headlines, arrows, a one-line list
    first_para = next((k for k, ln in enumerate(items) if article_paragraph(ln.text)), None)
    if first_para is None:
        items, cut = undecorate(items)  # a section, alt text or view count around each item
        out.discarded += cut
        items = without_menu(seq, items)
        if len(items) == 1 and is_tag_list(items[0].text) and not ADJACENT_RE.match(label.text):
            # ``مواضيع ذات علاقة:`` over ``السعودية، النفط، أوبك``: topics, not a headline (a
            # link to the previous or next article heads one headline, whatever it holds)
            main.tag_values.append(items[0].text)
            add_raw_tags(main, items[0])
            items = []
        for ln, (headline, suffix) in zip(
            items, split_suffixes([x.text for x in items]), strict=True
        ):
            add_related(out, ln.n, headline)
            if suffix:  # the outlet or time printed after the headline
                out.discarded.append((ln.n, suffix.strip()))
        i = 0
        while i < len(seq):
            nxt = absorb(main, seq, i, out)
            if nxt == i:
                if seq[i].kind is not Kind.TEXT:  # text lines are the related headlines
                    out.discard(seq[i])
                nxt = i + 1
            i = nxt
        return None
    if first_para == 0:
        if len(items) == 1 and label.value:  # one long glued headline and nothing else
            add_related(out, label.n, label.value)
            for ln in seq[1:]:
                if absorb(main, [ln], 0, out) == 0:
                    out.discard(ln)
            return None
        return _article(seq, out)
    head = items[0]
    start = seq.index(head)
    for ln in seq[:start]:
        if absorb(main, [ln], 0, out) == 0:
            out.discard(ln)
    return _article(seq[start + 1 :], out, head=head)


def parse_text(text: str, *, input: str) -> Page:
    """Parse one page of plain text (one line per paragraph) into a ``Page``. Pure."""
    if text[:1] == "\ufeff":  # the encoding's byte-order mark, not text
        text = text[1:]
    markup: list[str] = []
    if has_html(text):  # HTML tags a scraper left in the text
        text, markup = strip_html(text)
    text, printed = unprint(text)  # wrapped lines joined, a text browser's marks taken off
    lines = unglue(mark_widgets(text_lines(text)))  # two fields glued on one line
    out = Out()
    if has_markup(text):
        lines, out.links = unmark_lines(lines)
    lines = join_date_pieces(lines)  # a date badge, a weekday or time on a line of its own
    lines = over_headline(without_trail(lines, out), out)  # a trending bar, a side list first
    lines = strip_masthead(lines, out)
    if "المزيد من " in text:
        lines = more_from_labels(lines)  # a box of the section's articles after the article
    end = main_end(lines)
    main_lines, tail = closing_notice(lines[:end]), lines[end:]  # (a disclaimer closing it)
    main_draft = Draft()
    main = _article(main_lines, out, main=True)
    embedded: list[Article] = []
    starts = [i for i, ln in enumerate(tail) if ln.kind is Kind.READ_ALSO]
    for a, b in zip(starts, [*starts[1:], len(tail)], strict=False):
        art = _block(tail[a:b], out, main_draft, tagged=bool(main.tags))
        if art is not None:
            embedded.append(art)
    if not main_draft.is_empty():
        main = merge(main, main_draft, out)
    for n, urls in out.links.items():  # links in paragraphs and labels: kept, not a field
        out.discarded.extend((n, url) for url in urls)
    after = text.count("\n") + 1  # the tags, after the page's last line
    out.discarded.extend((after, piece) for piece in [*markup, *printed])
    return Page(
        input=input,
        main=main,
        embedded=tuple(embedded),
        related=tuple(out.related),
        discarded=tuple(t for _, t in sorted(out.discarded, key=lambda x: x[0])),
    )
