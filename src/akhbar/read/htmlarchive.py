"""A page as a web archive replays it (the Wayback Machine and the pywb-based archives that print
the same marks): its own toolbar cut out of the page, its addresses unwrapped to the original.

A replay injects a toolbar at the top of ``<body>`` between ``<!-- BEGIN WAYBACK TOOLBAR INSERT
-->`` and ``<!-- END WAYBACK TOOLBAR INSERT -->`` (``#wm-ipp-base``: the capture calendar, the
capture count, "COLLECTED BY" notes; ``#wm-ipp-print``: ``The Wayback Machine - URL``) and
rewrites every link to ``/web/<timestamp>[mode_]/<original>``. The toolbar is the archive's,
not the page's: its lines are discarded, never read as body, and its dates (the capture's) are
never the article's. The page lives at the original address: its outlet is the original host,
its related links the original articles.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

__all__ = ["original_url", "remove_toolbar"]

#: ``https://web.archive.org/web/20150812094510/http://www.host/path`` (also ``…im_/``,
#: ``…*/``, root-relative ``/web/…`` as links in a replayed page are printed)
_REPLAY = re.compile(
    r"^(?:(?:https?:)?//[^/]+)?/web/\d{1,14}(?:[a-z]{2}_|\*)?/+((?:https?:/?/?)?[^/\s]+\.[^/\s]+.*)$",
    re.I,
)
_SCHEME = re.compile(r"^https?:/*", re.I)
_BEGIN, _END = "BEGIN WAYBACK TOOLBAR INSERT", "END WAYBACK TOOLBAR INSERT"
#: the toolbar's elements when a saved page lost its comments
_TOOLBAR_IDS = "#wm-ipp-base, #wm-ipp, #wm-ipp-print, #donato"


def original_url(url: str) -> str:
    """The original address of an archive's replay address; any other address unchanged.

    >>> original_url("https://web.archive.org/web/20150812094510/http://www.alriyadh.com/1.html")
    'http://www.alriyadh.com/1.html'
    >>> original_url("/web/20150812094510im_/http://sabq.org/logo.png")
    'http://sabq.org/logo.png'
    """
    m = _REPLAY.match(url)
    if m is None:
        return url
    original = m.group(1)
    scheme = _SCHEME.match(original)
    if scheme is None:
        return "http://" + original
    # a replay address may lose a slash of the scheme (``http:/www.…``): put it back
    return scheme.group(0).split(":")[0].lower() + "://" + original[scheme.end() :]


def _lines(node: LexborNode) -> list[str]:
    """The text lines of a toolbar element: each text node, whitespace collapsed."""
    out: list[str] = []
    for text_node in node.traverse(include_text=True):
        if text_node.tag != "-text" or (
            text_node.parent is not None and text_node.parent.tag in ("script", "style")
        ):
            continue
        line = " ".join((text_node.text() or "").split())
        if line:
            out.append(line)
    return out


def remove_toolbar(tree: LexborHTMLParser) -> list[str]:
    """Cut an archive's toolbar out of ``tree``; its text lines (for ``discarded``), or []
    when the page carries none."""
    body = tree.body
    if body is None:
        return []
    lines: list[str] = []
    inside = False
    doomed: list[LexborNode] = []
    for node in body.iter(include_text=True):
        if node.is_comment_node:
            mark = (node.comment_content or "").strip()
            if mark == _BEGIN:
                inside = True
            elif mark == _END:
                inside = False
            continue
        if inside:
            doomed.append(node)
    doomed.extend(tree.css(_TOOLBAR_IDS))
    seen: set[int] = set()
    for node in doomed:
        if node.mem_id in seen or node.parent is None:
            continue  # already cut, with the element holding it
        for inner in node.traverse():
            seen.add(inner.mem_id)
        lines.extend(_lines(node) if node.tag != "-text" else _lines_of_text(node))
        node.decompose()
    return lines


def _lines_of_text(node: LexborNode) -> list[str]:
    line = " ".join((node.text() or "").split())
    return [line] if line else []
