"""HTML pages → ``Page``: main text by paragraph density (selectolax), metadata by ``htmlmeta``.

The fast path scores each element by the Arabic letters of the ``<p>`` (or ``<br>``-broken text)
it holds directly, skips navigation/share/comment/related blocks by their class or id, and keeps
the paragraphs of the best element in order. When that finds too little text the page goes to
trafilatura (slower, but it knows more layouts). Body lines then pass the page parser's line
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
from akhbar.read import htmldata, htmldates, htmlmeta, htmlsections
from akhbar.read.decoding import Decoded
from akhbar.read.doc import Doc, sha256

__all__ = ["decode_html", "parse_html", "read_html", "read_html_file"]

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_-]+)""", re.I)
_ARABIC = re.compile(r"[\u0600-\u06FF]")
_DROP = ["script", "style", "noscript", "iframe", "svg", "template", "object", "select", "button"]
#: class/id words of blocks that are never the article: menus, share bars, comments, boxes
_NOISE = frozenset(
    [
        "comment",
        "comments",
        "share",
        "sharing",
        "social",
        "sidebar",
        "side",
        "menu",
        "nav",
        "navbar",
        "navigation",
        "breadcrumb",
        "breadcrumbs",
        "footer",
        "header",
        "advert",
        "advertisement",
        "ads",
        "ad",
        "banner",
        "widget",
        "newsletter",
        "related",
        "popular",
        "mostread",
        "most-read",
        "subscribe",
        "cookie",
        "login",
        "promo",
        "tags",
        "tag",
        "keywords",
        "caption",
        "copyright",
    ]
)
#: class/id words that make a block noise also when they open a longer word: plugins glue them
#: to their own names (``jp-relatedposts``, ``sharedaddy``, ``commentlist``, ``widgettitle``)
_NOISE_PREFIXES = (
    "related",
    "comment",
    "share",
    "social",
    "sidebar",
    "widget",
    "advert",
    "newsletter",
    "subscribe",
    "breadcrumb",
)
#: elements never the article's text; a ``<figure>`` holds an image, its caption and credit
_NOISE_TAGS = ("nav", "header", "footer", "aside", "form", "figure", "figcaption")
#: a photo credit (``تصوير: محمد العتيبي``): the parser's line rules read it as a labelled byline
_PHOTO_CREDIT = re.compile(r"^[(\[]?\s*(?:تصوير|عدسة|بعدسة|الصور|صور)\s*:")
_TOKEN = re.compile(r"[\s_-]+")
_BLOCKS = "p, h2, h3, h4, blockquote, li"
_MIN_BODY_CHARS = 200
_MIN_PARAGRAPH = 20
#: this many short paragraphs in one element are a column of one-liners, scored
_SHORT_RUN = 5
_MAX_LINK_CHARS = 200
_BYLINE_LINES = 3
_MAX_BYLINE_CHARS = 80
_MAX_DEPTH = 40
_NEAR_H1 = 6
_NEAR_LEVELS = 4
_BREAK = "\u2029"


def decode_html(data: bytes, *, name: str) -> Decoded:
    """HTML bytes → text in ``decoding.decode``'s order, the ``<meta charset>`` a hint in it
    (``&#1575;`` references count as Arabic). Raises ``InputError`` naming ``name``."""
    from akhbar.read.decoding import decode

    m = _CHARSET.search(data[:4096])
    declared = m.group(1).decode("ascii") if m else None
    return decode(data, name=name, declared=declared, markup=True)


def _collapse(s: str) -> str:
    return " ".join(s.split())


def _is_noise(node: LexborNode) -> bool:
    attrs = node.attributes
    words = f"{attrs.get('class') or ''} {attrs.get('id') or ''}".lower()
    return bool(words.strip()) and any(
        w in _NOISE or w.startswith(_NOISE_PREFIXES) for w in _TOKEN.split(words)
    )


def _in_noise(node: LexborNode, cache: dict[int, bool]) -> bool:
    """True when ``node`` or an ancestor is a noise block (answers cached per element)."""
    path: list[int] = []
    current: LexborNode | None = node
    verdict = False
    depth = 0
    while current is not None and current.tag not in ("body", "html") and depth < _MAX_DEPTH:
        key = current.mem_id
        if key in cache:
            verdict = cache[key]
            break
        path.append(key)
        if (
            current.tag in ("article", "main")
            or current.attributes.get("itemprop") == "articleBody"
        ):
            break  # the article's own element: nothing above it can make it noise
        if current.tag in _NOISE_TAGS or _is_noise(current):
            verdict = True
            break
        current = current.parent
        depth += 1
    for key in path:
        cache[key] = verdict
    return verdict


def _arabic_len(s: str) -> int:
    return len(_ARABIC.findall(s))


Scores = dict[int, tuple[int, LexborNode]]


def main_container(tree: LexborHTMLParser) -> tuple[LexborNode | None, Scores]:
    """The element holding most Arabic paragraph text (a parent of ``<p>``s, or a ``<br>`` box),
    and every scored element (mem_id -> (Arabic letters, node))."""
    cache: dict[int, bool] = {}
    scores: Scores = {}

    def add(node: LexborNode | None, score: int) -> None:
        if node is None:
            return
        old = scores.get(node.mem_id)
        scores[node.mem_id] = ((old[0] if old else 0) + score, node)

    paragraphs = [(p, _arabic_len(p.text())) for p in tree.css("p")]
    # a paragraph under 20 letters is usually chrome (a caption, a share label), so it is not
    # scored; an article made only of short lines (a column of one-liners) is scored with them,
    # also when the page has longer paragraphs elsewhere (teasers of related cards): a run of
    # short paragraphs in one element is text
    least = _MIN_PARAGRAPH if any(n >= _MIN_PARAGRAPH for _, n in paragraphs) else 1
    # (counted in the parent and in the grandparent: some sites wrap each paragraph in a div)
    runs: Counter[int] = Counter()
    for p, n in paragraphs:
        if 0 < n < least and p.parent is not None:
            runs[p.parent.mem_id] += 1
            if p.parent.parent is not None:
                runs[p.parent.parent.mem_id] += 1
    for p, n in paragraphs:
        up = p.parent
        short_run = up is not None and (
            runs[up.mem_id] >= _SHORT_RUN
            or (up.parent is not None and runs[up.parent.mem_id] >= _SHORT_RUN)
        )
        if (n < least and not (n and short_run)) or _in_noise(p, cache):
            continue
        add(p.parent, n)
        if p.parent is not None:
            add(p.parent.parent, n // 2)
    short_box: tuple[int, LexborNode] | None = None
    for br in tree.css("br"):
        box = br.parent
        if box is None or box.mem_id in scores or _in_noise(box, cache):
            continue
        own = _arabic_len(box.text(deep=False))
        if own > _MIN_BODY_CHARS:
            scores[box.mem_id] = (own, box)
        elif own >= _MIN_PARAGRAPH and (short_box is None or own > short_box[0]):
            short_box = (own, box)
    if not scores and short_box is not None:
        # a page without paragraphs whose one ``<br>``-broken box is short: a short article
        # in a table layout, whose every other text is a menu cell or a link
        scores[short_box[1].mem_id] = short_box
    if not scores:
        return None, scores
    return _climb(max(scores.values(), key=lambda sn: sn[0])[1], scores), scores


def _climb(best: LexborNode, scores: Scores) -> LexborNode:
    """The element holding a run of like containers when the best element is one of them or
    holds them: a live page prints one ``<div class="post">`` per update, some sites wrap each
    paragraph in its own ``<div>``; the article is all of them, not the longest one. That
    element is scored as four times its smallest container, so ``_belongs`` keeps each."""
    node: LexborNode | None = best
    for _ in range(3):  # the best element, its parent, its grandparent
        if node is None:
            break
        least = _run(node, scores)
        if least is not None:
            scores[node.mem_id] = (least * 4, node)
            return node
        node = node.parent
    return best


def _run(node: LexborNode, scores: Scores) -> int | None:
    """The smallest score in a run of like children of ``node`` (two or more with the same tag
    and class holding Arabic text; unclassed ones only when scored, as a page's unclassed
    header, body and footer ``<div>``s are no run), or None."""
    groups: dict[tuple[str | None, str | None], list[LexborNode]] = {}
    for child in node.iter():
        groups.setdefault((child.tag, child.attributes.get("class")), []).append(child)
    for (_, cls), kin in groups.items():
        if len(kin) < 2:
            continue
        # a like container counts when it holds Arabic text, scored or not (a paragraph too
        # short to be scored is still one of the article's)
        members = [c for c in kin if c.mem_id in scores or (cls and _ARABIC.search(c.text()))]
        scored = [scores[c.mem_id][0] for c in members if c.mem_id in scores]
        if len(members) > 1 and scored:
            return min(scored)
    return None


def _belongs(block: LexborNode, box: LexborNode, scores: Scores, floor: int) -> bool:
    """A block belongs to the article when the nearest scored element above it is the box
    itself or holds a good share of its text (not a small comment-policy box inside it)."""
    node = block.parent
    while node is not None and node != box:
        scored = scores.get(node.mem_id)
        if scored is not None:
            return scored[0] >= floor
        node = node.parent
    return True


def _lines(node: LexborNode) -> list[str]:
    """A block's text split where the page broke it (``<br>``, replaced by U+2029)."""
    return [line for line in (_collapse(t) for t in node.text().split(_BREAK)) if line]


Links = dict[str, str]


def _link_only(block: LexborNode, lines: list[str], links: Links) -> None:
    """Record a block that is nothing but one link (a read-also item printed as a paragraph)."""
    if len(lines) != 1 or len(lines[0]) > _MAX_LINK_CHARS:
        return
    for a in block.iter():  # direct children only: cheaper than a selector on every paragraph
        if a.tag == "a" and "href" in a.attributes and _collapse(a.text()) == lines[0]:
            links[lines[0]] = a.attributes.get("href") or ""
            return


def _paragraphs(
    box: LexborNode, scores: Scores, skip: set[int]
) -> tuple[list[str], list[str], Links]:
    """(the article's lines, the lines of minor boxes inside it, link-only lines -> href).
    ``skip``: elements (labelled sections) whose lines are minor whatever their size."""
    cache: dict[int, bool] = {}
    blocks = [b for b in box.css(_BLOCKS) if not _in_noise(b, cache)]
    links: Links = {}
    if not any(b.tag == "p" for b in blocks):
        return _lines(box), [], links
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
        belongs = not skipped and _belongs(block, box, scores, floor)
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
            if _collapse(candidate.text()) == headline:
                node = candidate
                break
    out: list[str] = []
    for _ in range(_NEAR_LEVELS):
        if node is None:
            break
        sibling = node.next
        while sibling is not None and len(out) < _NEAR_H1:
            text = _collapse(sibling.text())
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
    text = _collapse(child.text())
    ok = (
        text
        and len(text) <= _MAX_BYLINE_CHARS
        and (is_name_line(text) or dateline(text, plain_name=True))
    )
    return text if ok else None


def _trafilatura_lines(html: str) -> list[str]:
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False) or ""
    return [line for line in (_collapse(t) for t in text.splitlines()) if line]


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
        if new >= _MIN_PARAGRAPH and 2 * new >= sum(letters.values()):
            return True
    return False


def _has_body(ld: list[Mapping[str, Any]]) -> bool:
    return any(obj.get("articleBody") for obj in ld)


def parse_html(html: str, *, input: str, url: str | None = None) -> tuple[Page, str | None]:
    """One HTML page → (``Page``, outlet). ``url`` is where it was fetched from, if known."""
    tree = LexborHTMLParser(html)
    metas = htmlmeta.meta_map(tree)
    ld = htmlmeta.json_ld(tree)
    canonical = tree.css_first("link[rel=canonical]")
    page_url = url or next(iter(metas.get("og:url") or ()), None)
    if page_url is None and canonical is not None:
        page_url = canonical.attributes.get("href") or None
    outlet = htmlmeta.outlet(metas, ld, page_url)
    site = [s for s in (outlet, *(metas.get("og:site_name") or ())) if s]
    if page_url:
        site.append(page_url.split("//")[-1].split("/")[0].removeprefix("www."))
    scripts = htmldata.json_scripts(tree)  # kept as text: the scripts are dropped below
    headline, raw_title = htmlmeta.headline(tree, metas, ld, site)
    tags = htmlmeta.tags(tree, metas, ld, headline)
    byline = htmlmeta.byline(tree, metas, ld)
    tree.strip_tags(_DROP)
    box, scores = main_container(tree)
    for br in tree.css("br"):
        br.replace_with(_BREAK)
    sections = htmlsections.labelled_sections(box) if box is not None else htmlsections.Sections()
    lines, minor, links = (
        _paragraphs(box, scores, sections.skip) if box is not None else ([], [], {})
    )
    short = sum(len(line) for line in lines) < _MIN_BODY_CHARS
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
    date, raw_date = htmldates.published(tree, metas, ld, page_url, _near_headline(tree, headline))
    if date is None and data is not None and data.published:
        date, raw_date = htmldates.iso_date(data.published), data.published
    if date is None and "published" in found:
        date, raw_date = found["published"], str(raw.get("published"))
    if byline is None and box is not None and body and _bold_lead(box) == body[0]:
        # a table layout's byline: the article box opens with a name in bold on its own line
        byline = body.pop(0)
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
    related = htmlmeta.related(tree, page_url, box)
    known = {r.headline for r in (*related, *inline_related)}
    inline_related.extend(r for r in sections.related if r.headline not in known)
    if page_url:
        inline_related = [
            replace(r, url=urljoin(page_url, r.url)) if r.url else r for r in inline_related
        ]
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
        related=(*related, *inline_related),
        discarded=tuple(discarded),
        url=page_url,
    )
    return page, outlet


def read_html(data: bytes, *, input: str, url: str | None = None) -> Doc | Rejected:
    """HTML bytes → ``Doc``, or ``Rejected`` naming the input when it cannot be decoded."""
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
    return Doc(page=page, outlet=outlet, raw_hash=sha256(data), warnings=decoded.warnings)


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
