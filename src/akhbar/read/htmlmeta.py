"""Article metadata from an HTML tree: headline, date, tags, byline, outlet, related links.

Read with selectolax (lexbor) from what the page declares — ``<meta>`` (Open Graph, Dublin
Core, ``article:*``, Twitter card fields), JSON-LD — then from the markup; the date is
``htmldates``'s. Written here because trafilatura's metadata misses Arabic pages: it keeps
the site suffix in titles and guesses dates from visible Arabic text (``15 آذار 2024`` →
2024-01-01); we trust a visible date only when ``akhbar.dates`` reads all of it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any
from urllib.parse import urljoin, urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from akhbar.model import Related
from akhbar.text import normalize

__all__ = [
    "byline",
    "collapse",
    "headline",
    "json_ld",
    "ld_first",
    "meta_map",
    "outlet",
    "related",
    "split_title",
    "tags",
]

#: separators between a title and the site name (`` - ``, `` | ``, `` — ``, `` :: `` …)
_TITLE_SEPARATORS = re.compile(r"(\s+(?:[-|–—]|::|\|\|)\s+)")
#: ``rel="category tag"`` is WordPress's section link, not an editor's tag
_TAG_LINKS = (
    "a[rel~=tag]:not([rel~=category]), .tags a, .tag a, [class*=tags] a, [class*=keywords] a, [class*=Tags] a, "
    "[class*=field-tags] a"
)
_RELATED_BOXES = (
    "[class*=related], [id*=related], [class*=read-also], [class*=readmore], [class*=read_more], "
    "[class*=more-news], [class*=Related], [class*=also]"
)
#: where pages print the author, most specific first: a byline box often holds a label
#: (``بواسطة``) around the ``rel=author`` link that names the writer
_BYLINE_SELS = (
    "[rel=author]",
    "[itemprop=author] [itemprop=name]",
    "[itemprop=author]",
    "[class*=author-name], [class*=byline], .author, [class*=writer]",
    # HTML's element for the article's author (Facebook Instant Articles name the writer so)
    "article address",
)
#: a print version's word in its ``<title>``: ``طباعة``, ``للطباعة``, ``print``
_PRINT = re.compile(r"طباع|print", re.I)
#: a CMS's label before the writer's name (not part of the byline as the outlet prints it)
_BYLINE_LABEL = re.compile(r"^\s*(?:بواسطة|by)\s*:?\s+", re.I)
_MAX_TAG_WORDS = 6
#: a title part this short next to a site name is part of the site's name block
_SITE_WORDS = 3
_MAX_BYLINE_CHARS = 80
#: ``twitter:labelN`` / ``twitter:dataN`` pairs to look at for the writer
_TWITTER_DATA = 4
#: how far above a byline element its microdata item is looked for
_ITEM_LEVELS = 3
_WRITER_LABEL = re.compile(r"كتب|كاتب|بواسطة|بقلم|المحرر|المؤلف|written|author|\bby\b", re.I)


def collapse(s: str) -> str:
    """``s`` with each run of whitespace one space, trimmed (how markup text is compared)."""
    return " ".join(s.split())


def meta_map(tree: LexborHTMLParser) -> dict[str, list[str]]:
    """``<meta>`` contents by lowercased ``property`` / ``name`` / ``itemprop``, in page order."""
    out: dict[str, list[str]] = {}
    for node in tree.css("meta[content]"):
        attrs = node.attributes
        content = collapse(attrs.get("content") or "")
        if not content:
            continue
        for key in ("property", "name", "itemprop"):
            name = attrs.get(key)
            if name:
                out.setdefault(name.strip().lower(), []).append(content)
    return out


def _ld_objects(value: Any) -> Iterator[Mapping[str, Any]]:
    if isinstance(value, list):
        for item in value:
            yield from _ld_objects(item)
    elif isinstance(value, dict):
        yield value
        if "@graph" in value:
            yield from _ld_objects(value["@graph"])


def json_ld(tree: LexborHTMLParser) -> list[Mapping[str, Any]]:
    """Every JSON-LD object on the page (``@graph`` flattened); broken blocks are skipped.

    In a ``@graph`` (Yoast and most CMSs) the article names its author and publisher by
    reference (``"author": {"@id": "…#/schema/person/1"}``) to a node of the same graph: those
    references are replaced by the node, so ``author`` has its ``name``."""
    found: list[Mapping[str, Any]] = []
    for node in tree.css('script[type="application/ld+json"]'):
        try:
            found.extend(_ld_objects(json.loads(node.text() or "")))
        except (ValueError, RecursionError):  # broken, or nested past the parser's depth
            continue
    nodes = {o["@id"]: o for o in found if isinstance(o.get("@id"), str) and len(o) > 1}
    if nodes:
        for obj in found:
            for key in _LD_REFERENCES:
                if key in obj and isinstance(obj, dict):
                    obj[key] = _resolved(obj[key], nodes)
    return found


_LD_REFERENCES = ("author", "publisher", "creator")


def _resolved(value: Any, nodes: Mapping[str, Mapping[str, Any]]) -> Any:
    if isinstance(value, list):
        return [_resolved(v, nodes) for v in value]
    if isinstance(value, dict) and set(value) == {"@id"}:
        return nodes.get(value["@id"], value)
    return value


def ld_first(objects: Iterable[Mapping[str, Any]], key: str) -> Any:
    """The first non-empty ``key`` of JSON-LD ``objects``, else None."""
    for obj in objects:
        if obj.get(key):
            return obj[key]
    return None


def _name(value: Any) -> str | None:
    if isinstance(value, list):
        names = [n for n in (_name(v) for v in value) if n]
        return "، ".join(names) or None
    if isinstance(value, dict):
        value = value.get("name")
    return collapse(value) if isinstance(value, str) and value.strip() else None


def outlet(
    metas: Mapping[str, list[str]], ld: list[Mapping[str, Any]], url: str | None
) -> str | None:
    """The publishing site: ``og:site_name``, JSON-LD publisher, else the URL's host."""
    for key in ("og:site_name", "application-name", "twitter:site"):
        if metas.get(key):
            return metas[key][0].lstrip("@")
    publisher = _name(ld_first(ld, "publisher"))
    if publisher:
        return publisher
    host = urlsplit(url).hostname if url else None
    return host.removeprefix("www.") if host else None


def _key(s: str) -> str:
    """Compare site names loosely: letters and digits only, folded (``CNNArabic.com`` ~ ``cnnarabic``)."""
    folded = normalize(s, for_search=True)
    return "".join(ch for ch in folded if ch.isalnum()).removesuffix("com")


def split_title(title: str, *, site_names: Iterable[str] = (), h1: Iterable[str] = ()) -> str:
    """A ``<title>`` without its site-name part.

    Split on `` - ``, `` | ``, `` — ``, `` :: `` …; a part equal to an ``<h1>`` wins; else parts
    that name the site (``og:site_name``, host, publisher) are dropped from either end together
    with the short parts (≤ 3 words) beside them; else a short trailing part after a long one is
    taken for the site name.

    >>> split_title("معارضون يسيطرون على مخازن للصواريخ بريف دمشق - CNNArabic.com", site_names=["CNNArabic"])
    'معارضون يسيطرون على مخازن للصواريخ بريف دمشق'
    >>> split_title("بوتين يستقبل كيم - الصباح | Assabah", site_names=["assabah.com.tn"])
    'بوتين يستقبل كيم'
    """
    title = collapse(title)
    h1s = {collapse(h) for h in h1 if h.strip()}
    if title in h1s:
        return title
    pieces = _TITLE_SEPARATORS.split(title)
    parts = pieces[::2]
    if len(parts) == 1:
        return title
    sites: set[str] = set()

    def is_site(part: str) -> bool:
        if not sites:  # normalizing the site names costs: done only when a part is tested
            sites.update(k for k in (_key(s.split(".")[0]) for s in site_names if s) if k)
            sites.update(_key(s) for s in site_names if s and _key(s))
        k = _key(part)
        return bool(k) and any(k == s or (len(k) > 3 and (k in s or s in k)) for s in sites)

    # the longest run of parts printed as a headline; a site name printed alone (a logo in
    # bold) is no headline
    spans = [_joined(pieces, i, j) for i in range(len(parts)) for j in range(len(parts), i, -1)]
    printed = sorted((joined for joined in spans if joined in h1s), key=len, reverse=True)
    for joined in printed:
        if not _short(joined) or not is_site(joined):
            return joined

    lo, hi = 0, len(parts)
    # the site's name block: the run of short parts at one end that contains a site part
    block = 0
    while hi - block > 1 and (is_site(parts[hi - 1 - block]) or _short(parts[hi - 1 - block])):
        block += 1
    if any(is_site(p) for p in parts[hi - block : hi]):
        hi -= block
    block = 0
    while hi - lo - block > 1 and (is_site(parts[lo + block]) or _short(parts[lo + block])):
        block += 1
    if any(is_site(p) for p in parts[lo : lo + block]):
        lo += block
    if (lo, hi) == (0, len(parts)):
        while hi - lo > 1 and _short(parts[hi - 1]) and len(parts[lo].split()) >= 4:
            hi -= 1
    return _joined(pieces, lo, hi)


def _short(part: str) -> bool:
    return len(part.split()) <= _SITE_WORDS


def _joined(pieces: list[str], i: int, j: int) -> str:
    """Parts ``i..j-1`` with the separators the title had between them."""
    return "".join(pieces[2 * i : 2 * j - 1]).strip()


def headline(
    tree: LexborHTMLParser,
    metas: Mapping[str, list[str]],
    ld: list[Mapping[str, Any]],
    site: list[str],
) -> tuple[str | None, str | None]:
    """(headline, the raw title it came from)."""
    h1 = [collapse(n.text()) for n in tree.css("h1")]
    for key in ("og:title", "twitter:title"):
        if metas.get(key):
            raw = metas[key][0]
            return split_title(raw, site_names=site, h1=h1 + _printed(tree, raw, h1)), raw
    ld_head = ld_first(ld, "headline")
    if isinstance(ld_head, str) and ld_head.strip():
        return collapse(ld_head), ld_head
    title_node = tree.css_first("title")
    raw_title = collapse(title_node.text()) if title_node is not None else ""
    if raw_title:
        post = _blog_post_title(tree, raw_title, h1)
        if post:
            return post, raw_title
        h1 += _printed(tree, raw_title, h1)
        split = split_title(raw_title, site_names=site, h1=h1)
        return _heading_over_label(tree, raw_title, site) or split, raw_title
    # no <title> (an Instant Article, a feed's fragment): the article's own <h1> whatever its
    # length, else a long <h1> (a short one alone on a page may be the logo)
    own = tree.css_first("article h1")
    long_h1 = [h for h in h1 if len(h.split()) >= 3]
    if own is not None and collapse(own.text()):
        return collapse(own.text()), collapse(own.text())
    if long_h1:
        return long_h1[0], long_h1[0]
    return None, None


def _blog_post_title(tree: LexborHTMLParser, title: str, h1: list[str]) -> str | None:
    """``Blog: Post`` (Blogger's ``<title>``) when the blog's name is the page's ``<h1>`` and the
    post's title is printed in a heading of its own: the post's title. A colon parts a title
    only so, as headlines have colons of their own (``بوتين: علاقتنا بالصين…``)."""
    blog, colon, post = title.partition(": ")
    if not colon or blog not in h1 or not post:
        return None
    for node in tree.css(HEADLINE_ELEMENTS):
        if collapse(node.text()) == post:
            return post
    return None


def _heading_over_label(tree: LexborHTMLParser, title: str, site: list[str]) -> str | None:
    """The page's first ``<h1>`` (else ``<h2>``) when the ``<title>`` is a print version's label
    (``طباعة الخبر``, ``الموقع - نسخة للطباعة``, ``Print``): short parts, one of them saying
    print, none sharing a word with the heading. None otherwise: a page's own short title (an
    error page's ``الصفحة غير موجودة`` over ``<h1>خطأ 404</h1>``) stays its headline."""
    parts = _TITLE_SEPARATORS.split(collapse(title))[::2]
    if any(not _short(part) for part in parts) or not any(_PRINT.search(p) for p in parts):
        return None
    node = tree.css_first("h1") or tree.css_first("h2")
    heading = collapse(node.text()) if node is not None else ""
    words = set(heading.split())
    if not words or any(words & set(part.split()) for part in parts):
        return None
    if any(_key(heading) == _key(s) for s in site if s):
        return None  # the site's name printed as a logo
    return heading


#: elements pages print a headline in when it is not an ``<h1>``: a title block, an ``<h2>``,
#: the bold ``<font>`` of a table layout
HEADLINE_ELEMENTS = (
    "h2, h3, b, strong, font, [class*=title], [class*=headline], [itemprop=headline]"
)


def _printed(tree: LexborHTMLParser, title: str, h1: list[str]) -> list[str]:
    """Texts of headline-like elements that are a part of ``title`` cut at its separators —
    looked for only when the title has a separator and no ``<h1>`` is one of its parts."""
    title = collapse(title)
    if not _TITLE_SEPARATORS.search(title) or any(h and h in title for h in h1):
        return []
    found: list[str] = []
    for node in tree.css(HEADLINE_ELEMENTS):
        text = collapse(node.text())
        if len(text) > 1 and text != title and text in title:
            found.append(text)
    return found


def _split_keywords(value: str) -> list[str]:
    return [collapse(t) for t in re.split(r"[،,;؛]", value) if t.strip()]


def tags(
    tree: LexborHTMLParser,
    metas: Mapping[str, list[str]],
    ld: list[Mapping[str, Any]],
    headline: str | None,
) -> tuple[str, ...]:
    """Editor's tags, each once in first-seen order: ``article:tag``, keywords, tag links."""
    found: list[str] = []
    for value in metas.get("article:tag", ()):
        found.extend(_split_keywords(value))
    for key in ("news_keywords", "keywords"):
        for value in metas.get(key, ()):
            found.extend(_split_keywords(value))
    ld_words = ld_first(ld, "keywords")
    if isinstance(ld_words, str):
        found.extend(_split_keywords(ld_words))
    elif isinstance(ld_words, list):
        found.extend(collapse(str(w)) for w in ld_words if str(w).strip())
    found.extend(collapse(n.text()).lstrip("#") for n in tree.css(_TAG_LINKS))
    head = collapse(headline or "")
    seen: dict[str, None] = {}
    for tag in found:
        tag = tag.replace("_", " ") if tag.count("_") and " " not in tag else tag
        if tag and tag != head and len(tag.split()) <= _MAX_TAG_WORDS:
            seen.setdefault(tag, None)
    return tuple(seen)


def byline(
    tree: LexborHTMLParser, metas: Mapping[str, list[str]], ld: list[Mapping[str, Any]]
) -> str | None:
    """The author as the page names it (meta ``author``, JSON-LD, a byline element)."""
    for key in ("author", "article:author", "dc.creator", "sailthru.author", "byl"):
        for value in metas.get(key, ()):
            if not value.startswith(("http://", "https://")) and len(value) < _MAX_BYLINE_CHARS:
                return value
    author = _name(_people(ld_first(ld, "author")))
    if author and len(author) < _MAX_BYLINE_CHARS:
        return author
    for n in range(1, _TWITTER_DATA + 1):
        # Yoast and other CMSs print the writer as a labelled Twitter card field
        label, data = metas.get(f"twitter:label{n}"), metas.get(f"twitter:data{n}")
        if label and data and _WRITER_LABEL.search(label[0]) and len(data[0]) < _MAX_BYLINE_CHARS:
            return data[0]
    for selector in _BYLINE_SELS:
        for node in tree.css(selector):
            if _signed_by_outlet(node):
                continue
            text = _BYLINE_LABEL.sub("", collapse(node.text()))
            if 2 < len(text) < _MAX_BYLINE_CHARS:
                return text
    return None


def _signed_by_outlet(node: LexborNode) -> bool:
    """True when ``node`` stands in a microdata item that is an organization (``itemprop=
    "author" itemscope itemtype=".../Organization"``): the outlet named as author, no byline."""
    current: LexborNode | None = node
    for _ in range(_ITEM_LEVELS):
        if current is None:
            break
        if "itemscope" in current.attributes:
            return (current.attributes.get("itemtype") or "").rstrip("/").endswith("Organization")
        current = current.parent
    return False


def _people(value: Any) -> Any:
    """JSON-LD authors without the organizations: an outlet named as its own article's author
    (``"author": {"@type": "NewsMediaOrganization"}``) prints no byline."""
    if isinstance(value, list):
        return [v for v in value if not _organization(v)]
    return None if _organization(value) else value


def _organization(value: Any) -> bool:
    kind = value.get("@type") if isinstance(value, dict) else None
    kinds = kind if isinstance(kind, list) else [kind]
    return any(isinstance(k, str) and k.endswith("Organization") for k in kinds)


def related(
    tree: LexborHTMLParser, base: str | None, own: LexborNode | None
) -> tuple[Related, ...]:
    """Headlines linked from read-also / related boxes (outside the article body)."""
    out: dict[str, Related] = {}
    for box in tree.css(_RELATED_BOXES):
        if own is not None and _contains(box, own):
            continue  # a wrapper of the article itself, not a box
        for a in box.css("a[href]"):
            text = collapse(a.text())
            if len(text.split()) < 3 or text in out:
                continue
            href = a.attributes.get("href") or ""
            url = urljoin(base, href) if base else (href or None)
            out[text] = Related(headline=text, url=url)
    return tuple(out.values())


def _contains(outer: LexborNode, inner: LexborNode) -> bool:
    node: LexborNode | None = inner
    while node is not None:
        if node == outer:
            return True
        node = node.parent
    return False
