"""Where a page's article is: the element holding most Arabic paragraph text.

Each element is scored by the Arabic letters of the ``<p>``s it holds directly (half for its
grandparent) or of its own ``<br>``-broken text; blocks inside navigation, share bars,
comments, figures or related boxes (by tag, class or id) are not scored. The best element is
widened to the run of like containers it is one of (live updates, one ``<div>`` per paragraph).
"""

from __future__ import annotations

import re
from collections import Counter

from selectolax.lexbor import LexborHTMLParser, LexborNode

__all__ = [
    "BREAK",
    "MIN_BODY_CHARS",
    "MIN_PARAGRAPH",
    "Scores",
    "arabic_len",
    "belongs",
    "block_lines",
    "in_noise",
    "main_container",
]

_ARABIC = re.compile(r"[\u0600-\u06FF]")
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
_TOKEN = re.compile(r"[\s_-]+")
#: Arabic letters below which a page's body is too short to trust (the reader then looks at
#: script data or trafilatura)
MIN_BODY_CHARS = 200
#: Arabic letters below which a paragraph is usually chrome (a caption, a share label)
MIN_PARAGRAPH = 20
#: this many short paragraphs in one element are a column of one-liners, scored
_SHORT_RUN = 5
_MAX_DEPTH = 40
#: where the reader marks a ``<br>`` in the text (U+2029, PARAGRAPH SEPARATOR)
BREAK = "\u2029"
#: elements that start a line of their own: text either side of one is never one line
_BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "center",
        "dd",
        "div",
        "dl",
        "dt",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "td",
        "th",
        "tr",
        "ul",
    ]
)


def _is_noise(node: LexborNode) -> bool:
    attrs = node.attributes
    words = f"{attrs.get('class') or ''} {attrs.get('id') or ''}".lower()
    return bool(words.strip()) and any(
        w in _NOISE or w.startswith(_NOISE_PREFIXES) for w in _TOKEN.split(words)
    )


def in_noise(node: LexborNode, cache: dict[int, bool]) -> bool:
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
            or "articleBody" in (current.attributes.get("itemprop") or "").split()
        ):  # ``itemprop="description articleBody"`` (Blogger) too
            break  # the article's own element: nothing above it can make it noise
        if current.tag in _NOISE_TAGS or _is_noise(current):
            verdict = True
            break
        current = current.parent
        depth += 1
    for key in path:
        cache[key] = verdict
    return verdict


def arabic_len(s: str) -> int:
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

    paragraphs = [(p, arabic_len(p.text())) for p in tree.css("p")]
    # a paragraph under 20 letters is usually chrome (a caption, a share label), so it is not
    # scored; an article made only of short lines (a column of one-liners) is scored with them,
    # also when the page has longer paragraphs elsewhere (teasers of related cards): a run of
    # short paragraphs in one element is text
    least = MIN_PARAGRAPH if any(n >= MIN_PARAGRAPH for _, n in paragraphs) else 1
    # (counted in the parent and in the grandparent: some sites wrap each paragraph in a div)
    runs: Counter[int] = Counter()
    for p, n in paragraphs:
        if 0 < n < least and (up := p.parent) is not None:
            runs[up.mem_id] += 1
            if (top := up.parent) is not None:
                runs[top.mem_id] += 1
    for p, n in paragraphs:
        up = p.parent
        if up is None:
            continue
        top = up.parent
        if n < least and not (
            n
            and (
                runs[up.mem_id] >= _SHORT_RUN
                or (top is not None and runs[top.mem_id] >= _SHORT_RUN)
            )
        ):
            continue
        if in_noise(p, cache):
            continue
        add(up, n)
        # a wrapper holding nothing but this paragraph passes it up whole: sites that wrap
        # each paragraph in its own <div> print the article in the element above
        add(top, n if _only_child(p) else n // 2)
    if not scores:
        # no paragraph in a <p>: a page (or an editor: Blogger's compose box) that prints
        # each paragraph as a <div> of its own, scored as a <p> is
        for div in tree.css("div"):
            n = arabic_len(div.text())
            up = div.parent
            if up is None or up.tag in ("body", "html"):
                continue  # loose <div>s of the page itself (a print version's lines) are no box
            if n >= MIN_PARAGRAPH and _text_only(div) and not in_noise(div, cache):
                add(up, n)
                if up.parent is not None and up.parent.tag not in ("body", "html"):
                    add(up.parent, n if _only_child(div) else n // 2)
    short_box: tuple[int, LexborNode] | None = None
    for br in tree.css("br"):
        box = br.parent
        if box is None or box.mem_id in scores or in_noise(box, cache):
            continue
        own = arabic_len(box.text(deep=False))
        if own > MIN_BODY_CHARS:
            scores[box.mem_id] = (own, box)
        elif own >= MIN_PARAGRAPH and (short_box is None or own > short_box[0]):
            short_box = (own, box)
    if not scores and short_box is not None:
        # a page without paragraphs whose one ``<br>``-broken box is short: a short article
        # in a table layout, whose every other text is a menu cell or a link
        scores[short_box[1].mem_id] = short_box
    if not scores:
        return None, scores
    return _climb(max(scores.values(), key=lambda sn: sn[0])[1], scores), scores


def _text_only(node: LexborNode) -> bool:
    """True when ``node`` holds text and inline elements only (no block of its own inside)."""
    return not any(child.tag in _BLOCK_TAGS for child in node.iter())


def block_lines(box: LexborNode, cache: dict[int, bool]) -> tuple[list[str], list[str]]:
    """(lines, noise lines) of an element without ``<p>``s: its text broken where the page
    breaks it, at each ``<br>`` (``BREAK``) and at each block element's edge, so two
    ``<div>``s never run together; text inside a noise block (an inline ad's ``إعلان``, a share
    bar) comes as noise lines, kept apart from the article's."""
    lines: list[str] = []
    noise: list[str] = []
    current: list[str] = []

    def flush() -> None:
        for line in "".join(current).split(BREAK):
            line = " ".join(line.split())
            if line:
                lines.append(line)
        current.clear()

    def walk(node: LexborNode, depth: int) -> None:
        for child in node.iter(include_text=True):
            if child.tag == "-text":
                current.append(child.text() or "")
            elif child.tag in _BLOCK_TAGS and (_is_noise(child) or child.tag in _NOISE_TAGS):
                flush()
                noise.extend(
                    t for t in (" ".join(x.split()) for x in child.text().split(BREAK)) if t
                )
            elif child.tag in _BLOCK_TAGS:
                flush()
                if depth < _MAX_DEPTH:
                    walk(child, depth + 1)
                flush()
            elif depth < _MAX_DEPTH:
                walk(child, depth + 1)

    walk(box, 0)
    flush()
    return lines, noise


def _only_child(node: LexborNode) -> bool:
    """True when ``node`` is the one element inside its parent (text around it blank); its
    siblings are walked, not the parent's children: in an article the next one is a ``<p>``."""
    parent = node.parent
    if parent is None or parent.tag in ("body", "html"):
        return False
    sibling = node.prev
    while sibling is not None:
        if sibling.tag != "-text" or sibling.text().strip():
            return False
        sibling = sibling.prev
    sibling = node.next
    while sibling is not None:
        if sibling.tag != "-text" or sibling.text().strip():
            return False
        sibling = sibling.next
    return True


def _climb(best: LexborNode, scores: Scores) -> LexborNode:
    """The element holding a run of like containers when the best element is one of them or
    holds them: a live page prints one ``<div class="post">`` per update, some sites wrap each
    paragraph in its own ``<div>``; the article is all of them, not the longest one. That
    element is scored as four times its smallest container, so ``belongs`` keeps each."""
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


def belongs(block: LexborNode, box: LexborNode, scores: Scores, floor: int) -> bool:
    """A block belongs to the article when the nearest scored element above it is the box
    itself or holds a good share of its text (not a small comment-policy box inside it)."""
    node = block.parent
    while node is not None and node != box:
        scored = scores.get(node.mem_id)
        if scored is not None:
            return scored[0] >= floor
        node = node.parent
    return True
