"""Highlighted snippets in the display text.

The index holds analyzed tokens only, so FTS5's own ``snippet()``/``highlight()`` cannot show
the article as printed. Here the display text is split into words with their offsets, each word
is analyzed the way the index analyzed it, and a word is marked when its stem matches an
unquoted query word or a run of its exact forms matches a quoted phrase. The result is plain
text plus character spans, so every caller escapes for its own medium (``marked``, ``to_html``).
"""

from __future__ import annotations

import html
import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from akhbar.search.memo import SearchMemo
from akhbar.search.query import Term
from akhbar.search.screen import Screen, fold, needles, screen_plan
from akhbar.search.words import Word, word_pattern
from akhbar.text import Algorithm, normalize, search_terms, stem, tokens

__all__ = [
    "MARK_CLOSE",
    "MARK_OPEN",
    "Marker",
    "Snippet",
    "highlight",
    "marked",
    "snippet",
    "to_html",
]

#: the characters ``html.escape`` replaces
_ESCAPED = re.compile("[&<>\"']")
MARK_OPEN = "**"
MARK_CLOSE = "**"
Span = tuple[int, int]

_WINDOW = 32  # words in a body snippet
_SCAN_CHARS = 4000  # how far into a long body to look for the best window
#: stop analyzing once this many distinct terms are seen (a 32-word window shows no more;
#: a pasted headline's 8+ words are rarely all in one body, and analysis is the cost)
_ENOUGH_TERMS = 4
_CHUNK_CHARS = 240  # analyzed at a time (~40 words: most matches are in the lead)


@dataclass(frozen=True, kw_only=True)
class Snippet:
    """Display text and the spans (start, end) of the words that matched."""

    text: str
    spans: tuple[Span, ...] = ()


def _forms(word: str, algorithm: Algorithm) -> tuple[str, str]:
    """(exact form, stem) of one display word, as the index analyzed it. A word that
    normalizes to nothing or to several tokens keeps them space-joined (it matches no term)."""
    exact = " ".join(tokens(normalize(word, for_search=True), punctuation=False))
    return exact, stem(exact, algorithm=algorithm) if exact and " " not in exact else exact


def _analyzed(
    missing: list[str], algorithm: Algorithm, memo: SearchMemo
) -> dict[str, tuple[str, str]]:
    """The exact forms and stems of display words ``missing`` from ``memo`` (distinct, in the
    order they came), analyzed together (one normalization of them all, not one per word: ~8×
    cheaper), and remembered there."""
    exact = tokens(normalize(" ".join(missing), for_search=True), punctuation=False)
    stems = search_terms(" ".join(exact), algorithm=algorithm)
    if len(exact) == len(missing) == len(stems):
        new = dict(zip(missing, zip(exact, stems, strict=True), strict=True))
    else:  # a word normalizes to nothing or splits: one by one
        new = {w: _forms(w, algorithm) for w in missing}
    memo.add_forms(algorithm, new)
    return new


class _Forms:
    """The analyzed words of a text by word index: exact forms, stems, and the indices in
    order. A word left out matches no term (it reads as "", as a word that normalizes to
    nothing): the screen left it out because it holds no query word."""

    __slots__ = ("exact", "order", "stems")

    def __init__(self) -> None:
        self.exact: dict[int, str] = {}
        self.stems: dict[int, str] = {}
        self.order: list[int] = []

    def add(
        self, picked: list[int], words: list[str], algorithm: Algorithm, memo: SearchMemo
    ) -> None:
        """Analyze ``words``, the words at indices ``picked`` (ascending, past those held),
        through ``memo`` (news text is Zipfian: most words of a window were seen before and
        cost one dict lookup)."""
        if not picked:
            return
        # looked up once into a local table: another thread may replace the memo's meanwhile
        table = memo.forms(algorithm)
        exact, stems = self.exact, self.stems
        unseen: list[tuple[int, str]] = []
        for i, w in zip(picked, words, strict=True):
            f = table.get(w)
            if f is None:
                unseen.append((i, w))
            else:
                exact[i], stems[i] = f
        if unseen:
            new = _analyzed(list(dict.fromkeys(w for _, w in unseen)), algorithm, memo)
            for i, w in unseen:
                exact[i], stems[i] = new[w]
        self.order += picked


def _holds(folded: str, words: tuple[str, ...]) -> bool:
    return any(w in folded for w in words)


class _Prepared(NamedTuple):
    """A query's terms as the matching reads them, worked out once per query (``_prepared``)."""

    #: stem -> index of each one-word unquoted term (read only: shared by the query's texts)
    single: dict[str, int]
    #: (index, words to match in order, whether by exact form) of each phrase and each
    #: unquoted term of several stems
    multi: tuple[tuple[int, tuple[str, ...], bool], ...]
    #: whether some term has a word that normalizes to nothing ("", which every word left
    #: out of the analysis reads as): a text's words can then match without being analyzed
    blank: bool


@lru_cache(maxsize=512)  # the same for every text of a query
def _prepared(terms: tuple[Term, ...]) -> _Prepared:
    """``terms`` as ``_matches`` reads them."""
    single = {t.stems[0]: k for k, t in enumerate(terms) if not t.phrase and len(t.stems) == 1}
    multi = tuple(
        (k, t.words if t.phrase else t.stems, t.phrase)
        for k, t in enumerate(terms)
        if t.phrase or len(t.stems) > 1
    )
    blank = "" in single or any(seq[0] == "" for _, seq, _ in multi)
    return _Prepared(single=single, multi=multi, blank=blank)


def _matches(
    forms: _Forms, size: int, prepared: _Prepared, *, since: int = 0
) -> list[tuple[int, int, int]]:
    """(first word, last word + 1, term index) of every match of every term in the ``size``
    words of ``forms`` that ends after word ``since`` (the words before it were searched
    already). A word left out reads as "", so only analyzed words can start a match (unless
    a term's first word were "": then every word is tried, as a dense scan would)."""
    order = forms.order
    out: list[tuple[int, int, int]] = []
    single = prepared.single
    stems = forms.stems
    if "" in single:
        for i in range(since, size):
            k = single.get(stems.get(i, ""))
            if k is not None:
                out.append((i, i + 1, k))
    elif single:
        get = single.get
        for i in order[bisect_left(order, since) :] if since else order:
            k = get(stems[i])
            if k is not None:
                out.append((i, i + 1, k))
    for k, seq, phrase in prepared.multi:
        n = len(seq)
        col = forms.exact if phrase else stems
        lo, hi = max(0, since - n + 1), size - n + 1
        if seq[0] == "":
            firsts: range | list[int] = range(lo, hi)
        else:
            firsts = order[bisect_left(order, lo) : bisect_left(order, hi)]
        for i in firsts:
            if all(col.get(i + j, "") == seq[j] for j in range(n)):
                out.append((i, i + n, k))
    if len(out) > 1:
        out.sort()
    return out


class Marker:
    """Snippets and highlights of one query's terms, with what the terms need worked out
    once: their screen plan (``screen.screen_plan``) and their matching table
    (``_prepared``). A search page marks twenty texts for the same terms, and each lookup of
    a remembered function of the terms hashes them again, so ``search.hits`` makes one
    ``Marker`` a page; ``snippet`` and ``highlight`` make one a call. ``memo`` remembers the
    words' analyses across calls (the results are the same without)."""

    __slots__ = ("algorithm", "memo", "plan", "prepared", "terms")

    def __init__(
        self,
        terms: tuple[Term, ...],
        *,
        algorithm: Algorithm = "light",
        memo: SearchMemo | None = None,
    ) -> None:
        self.terms = terms
        self.algorithm = algorithm
        self.memo = SearchMemo() if memo is None else memo
        self.prepared = _prepared(terms)
        self.plan = screen_plan(terms, algorithm)

    def screen(self, text: str) -> Screen | None:
        """``Screen.of(text, terms, algorithm)``."""
        return None if self.plan is None else Screen.planned(text, self.plan)

    def highlight(self, text: str) -> Snippet:
        """The whole of ``text`` (a headline) with its matching words' spans."""
        if not self.terms:
            return Snippet(text=text)
        screen = self.screen(text)
        prepared = self.prepared
        if screen is not None and not screen.word_spans and not prepared.blank:
            return Snippet(text=text)  # no word holds a query word: none can match
        found = list(word_pattern(text).finditer(text))
        if not found:
            return Snippet(text=text)
        picked = list(range(len(found))) if screen is None else screen.candidates(found)
        forms = _Forms()
        forms.add(picked, [found[i].group() for i in picked], self.algorithm, self.memo)
        matches = _matches(forms, len(found), prepared)
        spans = [(found[a].start(), found[b - 1].end()) for a, b, _ in matches]
        return Snippet(text=text, spans=_merge(spans))

    def snippet(self, body: str, *, words: int = _WINDOW) -> Snippet:
        """The window of ``body`` with the most distinct matched terms (earliest on ties).

        The body is analyzed a chunk at a time and the scan stops once every term has been
        seen (or ``_ENOUGH_TERMS`` of them), then only as far as the chosen window reaches:
        analysis is the cost here, and most articles name the query's words in their lead."""
        terms = self.terms
        scan = body[:_SCAN_CHARS]
        words_in = _Scan(scan, self)
        enough = min(words_in.possible, _ENOUGH_TERMS)
        while (enough or not words_in.found) and words_in.more():
            if not terms or words_in.seen() >= enough or words_in.spent():
                break
        matches = words_in.matches
        start_word = 0
        if matches:
            best, best_score = 0, -1
            for a, _, _ in matches:
                start = max(0, a - 3)  # a little context before the first match
                inside = {k for x, y, k in matches if start <= x and y <= start + words}
                if len(inside) > best_score:
                    best, best_score = start, len(inside)
            start_word = best
        while len(words_in.found) < start_word + words and words_in.more():
            pass  # the window's words, analyzed too (their matches are marked)
        found, matches = words_in.found, words_in.matches
        if not found:
            return Snippet(text=_one_line(body[:200]))
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


def highlight(
    text: str,
    terms: tuple[Term, ...],
    *,
    algorithm: Algorithm = "light",
    memo: SearchMemo | None = None,
) -> Snippet:
    """The whole of ``text`` (a headline) with its matching words' spans (``Marker``).

    ``memo`` remembers the words' analyses across calls (the result is the same without)."""
    return Marker(terms, algorithm=algorithm, memo=memo).highlight(text)


class _Scan:
    """The words of ``text`` found and analyzed a chunk at a time, with the matches so far."""

    def __init__(self, text: str, marker: Marker) -> None:
        terms, algorithm = marker.terms, marker.algorithm
        self.text = text
        self.terms = terms
        self.algorithm = algorithm
        self.memo = marker.memo
        #: where the terms can match (None: each chunk is folded and screened as it comes)
        self.screen = marker.screen(text) if terms else None
        #: per term, the words it needs (only without a screen: it knows them itself)
        self.needles = needles(terms, algorithm) if self.screen is None else None
        #: how many terms can match at all: the scan need not run to the end for the others
        self.possible = len(terms)
        if self.screen is not None:
            self.possible = self.screen.possible
        elif self.needles is not None:
            folded = fold(text)
            self.possible = sum(1 for n in self.needles if _holds(folded, n))
        self.pos = self.pos_start = 0
        self.found: list[Word] = []
        self.forms = _Forms()
        self.matches: list[tuple[int, int, int]] = []
        #: the terms matched so far (``seen``), by index
        self.matched: set[int] = set()
        self.prepared = marker.prepared

    def more(self) -> bool:
        """Find and analyze the next chunk; False when the text is exhausted."""
        text = self.text
        pos, size = self.pos, len(text)
        while pos < size:
            end = text.find(" ", pos + _CHUNK_CHARS)
            if end < 0:
                end = size
            # the pattern is chosen per chunk: it checks what it scans
            chunk = list(word_pattern(text, pos, end).finditer(text, pos, end))
            self.pos_start, self.pos = pos, end
            if not chunk:
                pos = end
                continue
            found = self.found
            since = len(found)
            found += chunk
            if not self.terms:
                return True
            # only the words that hold a query word are analyzed (the others cannot match)
            screen = self.screen
            if screen is None:
                if not self._holds(pos, end):
                    return True  # no term can match here: not analyzed
                picked = list(range(len(chunk)))
            else:
                if not screen.holds(pos, end):
                    return True
                picked = screen.candidates(chunk)
            words = [chunk[j].group() for j in picked]
            self.forms.add([since + j for j in picked], words, self.algorithm, self.memo)
            new = _matches(self.forms, len(found), self.prepared, since=since)
            if new:
                self.matches += new
                self.matched.update(k for _, _, k in new)
            return True
        return False

    def _holds(self, a: int, b: int) -> bool:
        """Whether ``text[a:b]`` holds a needle of some term (True without a screen)."""
        if self.screen is not None:
            return self.screen.holds(a, b)
        if self.needles is None:
            return True
        folded = fold(self.text[a:b])
        return any(_holds(folded, n) for n in self.needles)

    def spent(self) -> bool:
        """Whether no chunk after this one can add a match (no needle lies further on), so
        scanning on would only find words (once some are found)."""
        if self.screen is None or not self.found:
            return False
        return bisect_left(self.screen.starts, self.pos) == len(self.screen.starts)

    def seen(self) -> int:
        return len(self.matched)


def snippet(
    body: str,
    terms: tuple[Term, ...],
    *,
    algorithm: Algorithm = "light",
    words: int = _WINDOW,
    memo: SearchMemo | None = None,
) -> Snippet:
    """The window of ``body`` with the most distinct matched terms (earliest on ties;
    ``Marker.snippet``). ``memo`` remembers the words' analyses across calls (the result is
    the same without)."""
    return Marker(terms, algorithm=algorithm, memo=memo).snippet(body, words=words)


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
    # most texts hold nothing to escape: their pieces are then taken as they are
    escape = html.escape if _ESCAPED.search(text) else str
    parts: list[str] = []
    last = 0
    for a, b in spans:
        parts += [escape(text[last:a]), "<mark>", escape(text[a:b]), "</mark>"]
        last = b
    parts.append(escape(text[last:]))
    return "".join(parts)
