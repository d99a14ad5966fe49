"""HTML pages → ``Page``: main text by paragraph density (selectolax), metadata by ``htmlmeta``.

The fast path takes the element ``htmlbox`` finds holding most Arabic paragraph text and keeps
its paragraphs in order, the sections a heading labels as related links or topics
(``htmlsections``) and minor boxes aside. When that finds too little text the article is read
from the page's script data (``htmldata``: a client-side rendered page), else the page goes to
trafilatura (slower, but it knows more layouts). Dates are ``htmldates``'s. Body lines then pass the page parser's line
rules (``akhbar.parse.lines``): dates, source lines, bylines, tag lines, read-also labels and
boilerplate are moved out of the body into their fields or ``discarded``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

from selectolax.lexbor import LexborHTMLParser, LexborNode

from akhbar.errors import InputError
from akhbar.model import Article, Page, Rejected, Related
from akhbar.read import (
    htmlarchive,
    htmlbox,
    htmldata,
    htmldates,
    htmlmeta,
    htmlmicro,
    htmlscroll,
    htmlsections,
)
from akhbar.read.decoding import Decoded
from akhbar.read.doc import Doc, not_an_error_page, sha256
from akhbar.read.htmlmeta import collapse

__all__ = ["decode_html", "parse_html", "read_html", "read_html_file"]

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_-]+)""", re.I)
_ARABIC = re.compile(r"[\u0600-\u06FF]")
_DROP = ["script", "style", "noscript", "iframe", "svg", "template", "object", "select", "button"]
#: a photo credit (``تصوير: محمد العتيبي``): the parser's line rules read it as a labelled byline
_PHOTO_CREDIT = re.compile(r"^[(\[]?\s*(?:تصوير|عدسة|بعدسة|الصور|صور)\s*:")
_BLOCKS = "p, h2, h3, h4, blockquote, li"
_MAX_LINK_CHARS = 200
_BYLINE_LINES = 3
_MAX_BYLINE_CHARS = 80
_NEAR_H1 = 6
_NEAR_LEVELS = 4
_BREAK = htmlbox.BREAK


def decode_html(data: bytes, *, name: str) -> Decoded:
    """HTML bytes → text in ``decoding.decode``'s order, the ``<meta charset>`` a hint in it
    (``&#1575;`` references count as Arabic). Raises ``InputError`` naming ``name``."""
    from akhbar.read.decoding import decode

    m = _CHARSET.search(data[:4096])
    declared = m.group(1).decode("ascii") if m else None
    return decode(data, name=name, declared=declared, markup=True)


def _lines(node: LexborNode) -> list[str]:
    """A block's text split where the page broke it (``<br>``, replaced by U+2029)."""
    return [line for line in (collapse(t) for t in node.text().split(_BREAK)) if line]


Links = dict[str, str]


def _link_only(block: LexborNode, lines: list[str], links: Links) -> None:
    """Record a block that is nothing but one link (a read-also item printed as a paragraph)."""
    if len(lines) != 1 or len(lines[0]) > _MAX_LINK_CHARS:
        return
    for a in block.iter():  # direct children only: cheaper than a selector on every paragraph
        if a.tag == "a" and "href" in a.attributes and collapse(a.text()) == lines[0]:
            links[lines[0]] = a.attributes.get("href") or ""
            return


def _paragraphs(
    box: LexborNode, scores: htmlbox.Scores, skip: set[int]
) -> tuple[list[str], list[str], Links]:
    """(the article's lines, the lines of minor boxes inside it, link-only lines -> href).
    ``skip``: elements (labelled sections) whose lines are minor whatever their size."""
    cache: dict[int, bool] = {}
    blocks = [b for b in box.css(_BLOCKS) if not htmlbox.in_noise(b, cache)]
    links: Links = {}
    if not any(b.tag == "p" for b in blocks):
        lines, noise = htmlbox.block_lines(box, cache)
        return lines, noise, links
    floor = scores.get(box.mem_id, (0, box))[0] // 4
    out: list[str] = []
    minor: list[str] = []
    taken: set[int] = set()
    for block in blocks:
        parent = block.parent
        nested = skipped = False
        while parent is not None and parent != box:
            if parent.mem_id in taken:
                nested = True
                break
            skipped = skipped or parent.mem_id in skip
            parent = parent.parent
        if nested:
            continue  # inside a block already taken
        taken.add(block.mem_id)
        lines = _lines(block)
        _link_only(block, lines, links)
        # a minor box (a read-also box, a comment-policy note) is kept out of the body but not
        # dropped: its lines go to related / discarded, so no text of the page is lost
        belongs = not skipped and htmlbox.belongs(block, box, scores, floor)
        (out if belongs else minor).extend(lines)
    return out, minor, links


def _near_headline(tree: LexborHTMLParser, headline: str | None) -> list[str]:
    """Short texts just after the headline as printed (where pages print the date): after the
    first ``<h1>``, else after the element whose text is the headline (a bold ``<font>``, an
    ``<h2>``). When the headline closes its parent, the texts after the parent: a table layout
    prints the date in the next row."""
    node = tree.css_first("h1")
    if node is None and headline:
        for candidate in tree.css(htmlmeta.HEADLINE_ELEMENTS):
            if collapse(candidate.text()) == headline:
                node = candidate
                break
    out: list[str] = []
    for _ in range(_NEAR_LEVELS):
        if node is None:
            break
        sibling = node.next
        while sibling is not None and len(out) < _NEAR_H1:
            text = collapse(sibling.text())
            if text:
                out.append(text)
            sibling = sibling.next
        if out:
            break
        node = node.parent
    return out


def _bold_lead(box: LexborNode) -> str | None:
    """The text of a ``<b>``/``<strong>`` that opens ``box`` on a line of its own, when it reads
    as a byline (a name, or a place and a name: ``حائل – خالد العميم``)."""
    from akhbar.parse.header import dateline, is_name_line

    child = box.child
    while child is not None and child.tag == "-text" and not (child.text() or "").strip():
        child = child.next
    if child is None or child.tag not in ("b", "strong"):
        return None
    after = child.next
    if after is not None and not (after.tag == "-text" and after.text().startswith(_BREAK)):
        return None  # bold words opening a paragraph, not a line of their own
    text = collapse(child.text())
    ok = (
        text
        and len(text) <= _MAX_BYLINE_CHARS
        and (is_name_line(text) or dateline(text, plain_name=True))
    )
    return text if ok else None


def _bold_byline(tree: LexborHTMLParser, near: list[str], body: list[str]) -> str | None:
    """The writer's line printed in bold on its own under the headline, before the text (a
    print version's ``<div><b>جدة - فلان</b></div>``), when it reads as a byline."""
    from akhbar.parse.header import dateline, is_name_line

    bold: set[str] | None = None
    for text in near[:_BYLINE_LINES]:
        if body and text == body[0]:
            break
        if len(text) > _MAX_BYLINE_CHARS or not (
            is_name_line(text) or dateline(text, plain_name=True)
        ):
            continue
        bold = bold if bold is not None else {collapse(n.text()) for n in tree.css("b, strong")}
        if text in bold:
            return text
    return None


def _trafilatura_lines(html: str) -> list[str]:
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False) or ""
    return [line for line in (collapse(t) for t in text.splitlines()) if line]


def _sort_lines(
    lines: list[str], headline: str | None, links: Links | None = None
) -> tuple[list[str], list[str], list[Related], dict[str, str | tuple[str, ...]], dict[str, str]]:
    """Body lines through the page parser's line rules → body, discarded, related, raw, fields.

    ``links`` names the lines that are a paragraph holding only a link: one right after a
    read-also label (``اقرأ أيضاً`` on a line of its own) is a related headline, not body."""
    from akhbar.parse.lines import Kind, classify

    body: list[str] = []
    discarded: list[str] = []
    related: list[Related] = []
    raw: dict[str, str | tuple[str, ...]] = {}
    found: dict[str, str] = {}
    tag_lines: list[str] = []
    links = links or {}
    after_label = False
    for n, line in enumerate(lines):
        if headline and line == headline:
            discarded.append(line)
            continue
        if after_label and line in links:
            related.append(Related(headline=line, url=links[line] or None))
            continue
        kind_line = classify(n, line)
        kind = kind_line.kind
        after_label = kind is Kind.READ_ALSO and not kind_line.value
        if kind is Kind.TEXT:
            body.append(line)
        elif kind is Kind.SOURCE and kind_line.value and "source" not in found:
            found["source"] = kind_line.value
            raw["source"] = line
        elif kind is Kind.BYLINE and _PHOTO_CREDIT.match(line):
            discarded.append(line)  # the photographer's credit, not the writer's byline
        elif kind is Kind.BYLINE and "byline" not in found and not body:
            found["byline"] = kind_line.value or line
            raw["byline"] = line
        elif kind is Kind.DATE and kind_line.iso and "published" not in found:
            found["published"] = kind_line.iso
            raw["published"] = line
        elif kind in (Kind.TAGS, Kind.HASHTAGS) and kind_line.value:
            tag_lines.append(line)
            found["tags"] = (found.get("tags", "") + "،" + kind_line.value).strip("،")
        elif kind is Kind.READ_ALSO and kind_line.value:
            related.append(Related(headline=kind_line.value))
            if kind_line.label:
                discarded.append(kind_line.label)
        else:
            discarded.append(line)
    if tag_lines:
        raw["tags"] = tuple(tag_lines)
    return body, discarded, related, raw, found


def _adds_sentence(theirs: list[str], ours: list[str]) -> bool:
    """True when a line of ``theirs`` has a paragraph's worth of Arabic letters, most of them
    not in ``ours``."""
    have = Counter(_ARABIC.findall(" ".join(ours)))
    for line in theirs:
        letters = Counter(_ARABIC.findall(line))
        new = sum((letters - have).values())
        if new >= htmlbox.MIN_PARAGRAPH and 2 * new >= sum(letters.values()):
            return True
    return False


def _has_body(ld: list[Mapping[str, Any]]) -> bool:
    return any(obj.get("articleBody") for obj in ld)


def _embedded(tree: LexborHTMLParser, metas: Mapping[str, list[str]], input: str) -> list[Page]:
    """The other full articles the page prints (``htmlscroll``: an infinite-scroll page), each
    read as a page of its own and cut out of ``tree``, so the page's own article is read alone."""
    title_node = tree.css_first("title")
    title = next(iter(metas.get("og:title") or ()), None) or (
        title_node.text() if title_node is not None else ""
    )
    pages: list[Page] = []
    for node in htmlscroll.other_articles(tree, title):
        pages.append(parse_html(node.html or "", input=input)[0])
        node.decompose()
    return pages


def _addresses(
    tree: LexborHTMLParser, metas: Mapping[str, list[str]], url: str | None
) -> tuple[str | None, str | None]:
    """(the page's address, the address its relative links are read against).

    The address it was fetched from, else ``og:url``, else its canonical link; links are read
    against ``<base href>`` (itself read against the page's address) when the page has one, and
    so is a relative ``og:url`` / canonical link of a saved page. An archive's replay address
    (``https://web.archive.org/web/<capture>/<original>``) is unwrapped: the page lives at the
    original."""
    page_url = url or next(iter(metas.get("og:url") or ()), None)
    if page_url is None:
        canonical = tree.css_first("link[rel=canonical]")
        page_url = canonical.attributes.get("href") or None if canonical is not None else None
    base_node = tree.css_first("base[href]")
    base = (base_node.attributes.get("href") or "").strip() if base_node is not None else ""
    link_base = urljoin(page_url or "", base) if base else page_url
    if page_url and url is None and link_base and "//" in link_base:
        page_url = urljoin(link_base, page_url)
    if page_url:
        page_url = htmlarchive.original_url(page_url)
    if link_base:
        link_base = htmlarchive.original_url(link_base)
    return page_url, link_base


def parse_html(html: str, *, input: str, url: str | None = None) -> tuple[Page, str | None]:
    """One HTML page → (``Page``, outlet). ``url`` is where it was fetched from, if known."""
    tree = LexborHTMLParser(html)
    archived = htmlarchive.remove_toolbar(tree)  # a web archive's replay: its toolbar's lines
    metas = htmlmeta.meta_map(tree)
    embedded = _embedded(tree, metas, input)
    if archived or embedded:
        # trafilatura's fallback reads the page without the toolbar and the other articles
        html = tree.html or html
    ld = htmlmeta.json_ld(tree)
    micro = htmlmicro.article_item(tree)
    if micro is not None:  # read after the JSON-LD, as one more of its objects
        ld = [*ld, micro]
    page_url, link_base = _addresses(tree, metas, url)
    outlet = htmlmeta.outlet(metas, ld, page_url)
    site = [s for s in (outlet, *(metas.get("og:site_name") or ())) if s]
    if page_url:
        site.append(page_url.split("//")[-1].split("/")[0].removeprefix("www."))
    scripts = htmldata.json_scripts(tree)  # kept as text: the scripts are dropped below
    headline, raw_title = htmlmeta.headline(tree, metas, ld, site)
    tags = htmlmeta.tags(tree, metas, ld, headline)
    byline = htmlmeta.byline(tree, metas, ld)
    tree.strip_tags(_DROP)
    box, scores = htmlbox.main_container(tree)
    for br in tree.css("br"):
        br.replace_with(_BREAK)
    sections = htmlsections.labelled_sections(box) if box is not None else htmlsections.Sections()
    lines, minor, links = (
        _paragraphs(box, scores, sections.skip) if box is not None else ([], [], {})
    )
    short = sum(len(line) for line in lines) < htmlbox.MIN_BODY_CHARS
    # a skeleton in the markup (a client-side rendered page): the article as its script data
    # holds it (parsed only then: page data runs to hundreds of KB)
    data = htmldata.script_article(scripts, ld) if short and (scripts or _has_body(ld)) else None
    if data is not None:
        lines, minor = list(data.body), [*minor, *lines]
        byline = byline or data.byline
        if data.headline and raw_title:  # the data's title tells which part of the title it is
            headline = htmlmeta.split_title(raw_title, site_names=site, h1=[data.headline])
        tags = tags or tuple(t for t in data.tags if t != headline)
    elif short:
        # trafilatura knows layouts without paragraphs, but on a short article it falls back to
        # the whole page as one run-on line: take its text only when it keeps paragraphs apart
        theirs = _trafilatura_lines(html)
        # ... and only when it adds a sentence: menu items around our short article, or our
        # lines run together, are not one
        if theirs and (not lines or (len(theirs) > 1 and _adds_sentence(theirs, lines))):
            lines, minor = theirs, []
    body, discarded, inline_related, raw, found = _sort_lines(lines, headline, links)
    if minor:
        minor_text, minor_discarded, minor_related, _, _ = _sort_lines(minor, None, links)
        discarded.extend(minor_discarded)
        discarded.extend(minor_text)  # a minor box's sentences: not body, but not lost either
        inline_related.extend(minor_related)
    near = _near_headline(tree, headline)
    date, raw_date = htmldates.published(tree, metas, ld, page_url, near)
    if date is None and data is not None and data.published:
        date, raw_date = htmldates.iso_date(data.published), data.published
    if date is None and "published" in found:
        date, raw_date = found["published"], str(raw.get("published"))
    if byline is None and box is not None and body and _bold_lead(box) == body[0]:
        # a table layout's byline: the article box opens with a name in bold on its own line
        byline = body.pop(0)
        raw.setdefault("byline", byline)
    if byline is None:
        byline = _bold_byline(tree, near, body)
        if byline:
            raw.setdefault("byline", byline)
    if byline and byline in body[:_BYLINE_LINES]:
        # the writer's line printed at the top of the article box: a field, not a paragraph
        body.remove(byline)
        raw.setdefault("byline", byline)
    if raw_title and raw_title != headline:
        raw["headline"] = raw_title
    if raw_date:
        raw["published"] = raw_date
    if "tags" in found:
        extra = [t.strip() for t in found["tags"].split("،") if t.strip()]
        tags = tuple(dict.fromkeys([*tags, *extra]))
    if sections.tags:
        tags = tuple(dict.fromkeys([*tags, *(t for t in sections.tags if t != headline)]))
    related = htmlmeta.related(tree, link_base, box)
    known = {r.headline for r in (*related, *inline_related)}
    inline_related.extend(r for r in sections.related if r.headline not in known)
    if link_base:
        inline_related = [
            replace(r, url=urljoin(link_base, r.url)) if r.url else r for r in inline_related
        ]
    if archived:  # a replay's links lead to the archive's copies: the articles are the originals
        related = tuple(
            replace(r, url=htmlarchive.original_url(r.url)) if r.url else r for r in related
        )
        inline_related = [
            replace(r, url=htmlarchive.original_url(r.url)) if r.url else r for r in inline_related
        ]
        discarded = [*archived, *discarded]
    article = Article(
        headline=headline,
        published=date,
        source=found.get("source"),
        byline=byline or found.get("byline"),
        body=tuple(body),
        tags=tags,
        raw=raw,
    )
    page = Page(
        input=input,
        main=article,
        embedded=tuple(p.main for p in embedded),
        related=(*related, *inline_related, *(r for p in embedded for r in p.related)),
        discarded=(*discarded, *(line for p in embedded for line in p.discarded)),
        url=page_url,
    )
    return page, outlet


def read_html(data: bytes, *, input: str, url: str | None = None) -> Doc | Rejected:
    """HTML bytes → ``Doc``, or ``Rejected`` naming the input when it cannot be decoded, holds
    no article, or is a page served for an HTTP error (``doc.not_an_error_page``: a saved 404,
    a crawler's soft 404 in a WARC)."""
    if not data.strip():  # as every input says it, not "undecodable HTML (empty file)"
        return Rejected(input=input, reason="empty file")
    try:
        decoded = decode_html(data, name=input)
    except InputError as exc:
        return Rejected(input=input, reason="undecodable HTML", detail=str(exc))
    if "<" not in decoded.text:
        return Rejected(input=input, reason="not HTML", detail=f"{input}: no markup")
    page, outlet = parse_html(decoded.text, input=input, url=url)
    if page.main.headline is None and not page.main.body:
        return Rejected(
            input=input, reason="no article in HTML", detail=f"{input}: no title or text"
        )
    return not_an_error_page(
        Doc(page=page, outlet=outlet, raw_hash=sha256(data), warnings=decoded.warnings)
    )


def read_html_file(path: Path, *, name: str | None = None) -> Iterator[Doc | Rejected]:
    """One HTML file (a generator, like every reader)."""
    from akhbar.read.textfiles import read_bytes, rejected

    name = name or str(path)
    try:
        data = read_bytes(path, name=name)  # gzip/bzip2 decompressed
    except InputError as exc:
        yield rejected(name, str(exc))
        return
    yield read_html(data, input=name)
