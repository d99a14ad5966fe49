"""Highlighted snippets in the display text.

The index holds analyzed tokens only, so FTS5's own ``snippet()``/``highlight()`` cannot show
the article as printed. Here the display text is split into words with their offsets, each word
is analyzed the way the index analyzed it, and a word is marked when its stem matches an
unquoted query word or a run of its exact forms matches a quoted phrase. The result is plain
text plus character spans, so every caller escapes for its own medium (``marked``, ``to_html``).
"""

from __future__ import annotations

import html
from dataclasses import dataclass

import regex

from akhbar.search.index import stem_cached
from akhbar.search.query import Term
from akhbar.text import Algorithm, normalize, tokens

__all__ = ["MARK_CLOSE", "MARK_OPEN", "Snippet", "highlight", "marked", "snippet", "to_html"]

MARK_OPEN = "**"
MARK_CLOSE = "**"
Span = tuple[int, int]

# The word pattern of akhbar.text.tokens (punctuation=False), with offsets.
_WORD = regex.compile(
    r"\p{Latin}[\p{Latin}\p{M}\p{Nd}]*(?![\p{L}\p{M}])|\p{Nd}+(?:[.,٫٬]\p{Nd}+)*|[\p{L}\p{M}]+"
)
_WINDOW = 32  # words in a body snippet
_SCAN_CHARS = 4000  # how far into a long body to look for the best window
#: stop analyzing once this many distinct terms are seen (a 32-word window shows no more;
#: a pasted headline's 8+ words are rarely all in one body, and analysis is the cost)
_ENOUGH_TERMS = 4
_CHUNK_CHARS = 700  # analyzed at a time


@dataclass(frozen=True, kw_only=True)
class Snippet:
    """Display text and the spans (start, end) of the words that matched."""

    text: str
    spans: tuple[Span, ...] = ()


def _analyzed(words: list[str], algorithm: Algorithm) -> tuple[list[str], list[str]]:
    joined = " ".join(words)
    exact = tokens(normalize(joined, for_search=True), punctuation=False)
    if len(exact) != len(words):  # a word that normalizes to nothing or splits: go one by one
        exact = [" ".join(tokens(normalize(w, for_search=True), punctuation=False)) for w in words]
    table = {w: stem_cached(w, algorithm) for w in set(exact)}
    return exact, list(map(table.__getitem__, exact))


def _matches(
    exact: list[str], stems: list[str], terms: tuple[Term, ...]
) -> list[tuple[int, int, int]]:
    """(first word, last word + 1, term index) of every match of every term."""
    single = {t.stems[0]: k for k, t in enumerate(terms) if not t.phrase and len(t.stems) == 1}
    out: list[tuple[int, int, int]] = []
    for i, s in enumerate(stems):
        k = single.get(s)
        if k is not None:
            out.append((i, i + 1, k))
    for k, t in enumerate(terms):
        seq, size = (t.words, len(t.words)) if t.phrase else (t.stems, len(t.stems))
        if t.phrase or size > 1:
            col = exact if t.phrase else stems
            first = seq[0]
            for i in range(len(col) - size + 1):
                if col[i] == first and tuple(col[i : i + size]) == seq:
                    out.append((i, i + size, k))
    out.sort()
    return out


def highlight(text: str, terms: tuple[Term, ...], *, algorithm: Algorithm = "light") -> Snippet:
    """The whole of ``text`` (a headline) with its matching words' spans."""
    found = list(_WORD.finditer(text))
    if not found or not terms:
        return Snippet(text=text)
    exact, stems = _analyzed([m.group() for m in found], algorithm)
    spans = [(found[a].start(), found[b - 1].end()) for a, b, _ in _matches(exact, stems, terms)]
    return Snippet(text=text, spans=_merge(spans))


def snippet(
    body: str, terms: tuple[Term, ...], *, algorithm: Algorithm = "light", words: int = _WINDOW
) -> Snippet:
    """The window of ``body`` with the most distinct matched terms (earliest on ties).

    The body is analyzed a chunk at a time and the scan stops once every term has been seen
    (or ``_ENOUGH_TERMS`` of them): analysis is the cost here, and most articles name the
    query's words in their lead.
    """
    scan = body[:_SCAN_CHARS]
    found: list[regex.Match[str]] = []
    exact: list[str] = []
    stems: list[str] = []
    matches: list[tuple[int, int, int]] = []
    pos = 0
    while pos < len(scan):
        end = scan.find(" ", pos + _CHUNK_CHARS)
        end = len(scan) if end < 0 else end
        chunk = list(_WORD.finditer(scan, pos, end))
        pos = end
        if not chunk:
            continue
        found += chunk
        if not terms:
            break
        e, s = _analyzed([m.group() for m in chunk], algorithm)
        exact += e
        stems += s
        matches = _matches(exact, stems, terms)
        if len({k for _, _, k in matches}) >= min(len(terms), _ENOUGH_TERMS):
            break
    if not found:
        return Snippet(text=_one_line(body[:200]))
    start_word = 0
    if matches:
        best, best_score = 0, -1
        for a, _, _ in matches:
            start = max(0, a - 3)  # a little context before the first match
            inside = {k for x, y, k in matches if start <= x and y <= start + words}
            if len(inside) > best_score:
                best, best_score = start, len(inside)
        start_word = best
    end_word = min(len(found), start_word + words)
    lo, hi = found[start_word].start(), found[end_word - 1].end()
    # extend to the next punctuation mark so the snippet does not stop mid-phrase
    while hi < len(scan) and hi - found[end_word - 1].end() < 2 and not scan[hi].isspace():
        hi += 1
    prefix = "… " if start_word > 0 else ""
    suffix = " …" if hi < len(body.rstrip()) else ""
    text = prefix + _one_line(scan[lo:hi]) + suffix
    shift = len(prefix) - lo
    spans = [
        (found[a].start() + shift, found[b - 1].end() + shift)
        for a, b, _ in matches
        if a >= start_word and b <= end_word
    ]
    return Snippet(text=text, spans=_merge(spans))


def _one_line(s: str) -> str:
    # same length, so spans computed on the original stay valid
    return s.replace("\n", " ").replace("\r", " ").replace("\t", " ")


def _merge(spans: list[Span]) -> tuple[Span, ...]:
    out: list[Span] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(b, out[-1][1]))
        else:
            out.append((a, b))
    return tuple(out)


def marked(
    text: str, spans: tuple[Span, ...], *, open: str = MARK_OPEN, close: str = MARK_CLOSE
) -> str:
    """``text`` with each span wrapped in markers (plain text, for the CLI and JSONL).

    >>> marked("قال بوتين امس", ((4, 9),))
    'قال **بوتين** امس'
    """
    parts: list[str] = []
    last = 0
    for a, b in spans:
        parts += [text[last:a], open, text[a:b], close]
        last = b
    parts.append(text[last:])
    return "".join(parts)


def to_html(text: str, spans: tuple[Span, ...]) -> str:
    """HTML-escaped ``text`` with each span in ``<mark>`` (safe to insert into a page).

    >>> to_html("<b> بوتين", ((4, 9),))
    '&lt;b&gt; <mark>بوتين</mark>'
    """
    parts: list[str] = []
    last = 0
    for a, b in spans:
        parts += [html.escape(text[last:a]), "<mark>", html.escape(text[a:b]), "</mark>"]
        last = b
    parts.append(html.escape(text[last:]))
    return "".join(parts)
