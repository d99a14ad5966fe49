"""Stable article ids: from the normalized URL when there is one, else from the text and outlet.

An id is 20 hex digits of a SHA-256, prefixed ``u`` (from a URL) or ``t`` (from the text), so
the same article ingested twice, from any file, gets the same id and is stored once, while each
outlet's copy of an identical agency text keeps its own id (different URL, or different outlet).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit

from akhbar.text import normalize

__all__ = ["article_id", "normalize_url"]

#: query parameters that only track the visit, never select the article
_TRACKING_PREFIX = "utm_"
_TRACKING = frozenset({"fbclid", "gclid", "mc_cid", "mc_eid", "ref", "share", "amp", "output"})
_DIGITS = 20


def normalize_url(url: str) -> str:
    """One spelling per article URL: no scheme, host lowercased without ``www.``, default port,
    fragment, tracking parameters or trailing slash; path and query percent-encoded one way.

    >>> normalize_url("HTTPS://www.Sabq.org/%D8%AE%D8%A8%D8%B1/?utm_source=x#top")
    'sabq.org/%D8%AE%D8%A8%D8%B1'
    >>> normalize_url("http://sabq.org/خبر")
    'sabq.org/%D8%AE%D8%A8%D8%B1'
    """
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower().removeprefix("www.")
    if parts.port and parts.port not in (80, 443):
        host = f"{host}:{parts.port}"
    path = quote(unquote(parts.path), safe="/:@!$&'()*+,;=-._~").rstrip("/")
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not (k.lower().startswith(_TRACKING_PREFIX) or k.lower() in _TRACKING)
    ]
    out = host + path
    if query:
        out += "?" + urlencode(sorted(query))
    return out


def _digest(kind: str, parts: Sequence[str]) -> str:
    h = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return kind + h[:_DIGITS]


def article_id(
    *, url: str | None, headline: str | None, body: Sequence[str], outlet: str | None
) -> str:
    """The stable id of an article: ``u…`` from its URL, else ``t…`` from headline+body+outlet."""
    if url and url.strip():
        return _digest("u", [normalize_url(url)])
    text = normalize("\n".join([headline or "", *body]), for_search=True)
    return _digest("t", [text, (outlet or "").casefold()])
