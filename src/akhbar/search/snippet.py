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
from dataclasses import dataclass
from functools import cache

import regex

from akhbar.search.memo import SearchMemo
from akhbar.search.query import Term
from akhbar.text import Algorithm, normalize, search_terms, stem, tokens

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
    words: list[str], algorithm: Algorithm, memo: SearchMemo
) -> tuple[list[str], list[str]]:
    """The exact forms and stems of display ``words``, through ``memo`` (news text is Zipfian:
    most words of a window were seen before and cost one dict lookup); the unseen ones are
    analyzed together (one normalization of them all, not one per word: ~8× cheaper)."""
    table = memo.forms(algorithm)
    # looked up once into a local table: another thread may replace the memo's meanwhile
    got: dict[str, tuple[str, str]] = {}
    missing: list[str] = []
    for w in dict.fromkeys(words):
        f = table.get(w)
        if f is None:
            missing.append(w)
        else:
            got[w] = f
    if missing:
        exact = tokens(normalize(" ".join(missing), for_search=True), punctuation=False)
        stems = search_terms(" ".join(exact), algorithm=algorithm)
        if len(exact) == len(missing) == len(stems):
            new = dict(zip(missing, zip(exact, stems, strict=True), strict=True))
        else:  # a word normalizes to nothing or splits: one by one
            new = {w: _forms(w, algorithm) for w in missing}
        memo.add_forms(algorithm, new)
        got.update(new)
    forms = [got[w] for w in words]
    return [f[0] for f in forms], [f[1] for f in forms]


def _matches(
    exact: list[str], stems: list[str], terms: tuple[Term, ...], *, since: int = 0
) -> list[tuple[int, int, int]]:
    """(first word, last word + 1, term index) of every match of every term that ends after
    word ``since`` (the words before it were searched already)."""
    single = {t.stems[0]: k for k, t in enumerate(terms) if not t.phrase and len(t.stems) == 1}
    out: list[tuple[int, int, int]] = []
    for i in range(since, len(stems)):
        k = single.get(stems[i])
        if k is not None:
            out.append((i, i + 1, k))
    for k, t in enumerate(terms):
        seq, size = (t.words, len(t.words)) if t.phrase else (t.stems, len(t.stems))
        if t.phrase or size > 1:
            col = exact if t.phrase else stems
            first = seq[0]
            for i in range(max(0, since - size + 1), len(col) - size + 1):
                if col[i] == first and tuple(col[i : i + size]) == seq:
                    out.append((i, i + size, k))
    out.sort()
    return out


def highlight(
    text: str,
    terms: tuple[Term, ...],
    *,
    algorithm: Algorithm = "light",
    memo: SearchMemo | None = None,
) -> Snippet:
    """The whole of ``text`` (a headline) with its matching words' spans.

    ``memo`` remembers the words' analyses across calls (the result is the same without)."""
    found = list(_WORD.finditer(text))
    if not found or not terms:
        return Snippet(text=text)
    memo = SearchMemo() if memo is None else memo
    exact, stems = _analyzed([m.group() for m in found], algorithm, memo)
    spans = [(found[a].start(), found[b - 1].end()) for a, b, _ in _matches(exact, stems, terms)]
    return Snippet(text=text, spans=_merge(spans))


#: code points whose search normalization is one fixed string (harakat, tatweel and format
#: characters → nothing, hamza forms → ا, ة → ه, ى → ي, presentation forms, digits …)
_FOLD_RANGES = ((0x41, 0x5B), (0x600, 0x700), (0x750, 0x780), (0xFB50, 0xFE00), (0xFE70, 0xFF00))
_FOLD_EXTRA = (0x00A0, 0x200C, 0x200D, 0x200E, 0x200F)


@cache
def _fold_table() -> dict[int, str]:
    """``normalize(c, for_search=True)`` of each such character that it changes.

    Taken from ``normalize`` itself, so the screen below agrees with it character by character.
    """
    points = [cp for lo, hi in _FOLD_RANGES for cp in range(lo, hi)] + list(_FOLD_EXTRA)
    table: dict[int, str] = {}
    for cp in points:
        folded = normalize(chr(cp), for_search=True)
        if folded != chr(cp):
            table[cp] = folded
    return table


def _class(chars: list[str]) -> str:
    """A regex character class of ``chars``, consecutive code points as ranges."""
    points = sorted({ord(c) for c in chars})
    parts: list[str] = []
    k = 0
    while k < len(points):
        j = k
        while j + 1 < len(points) and points[j + 1] == points[j] + 1:
            j += 1
        lo, hi = re.escape(chr(points[k])), re.escape(chr(points[j]))
        parts.append(lo if j == k else f"{lo}-{hi}")
        k = j + 1
    return "[" + "".join(parts) + "]"


#: the letters news text folds most (hamza forms, ta marbuta, alef maqsura, Arabic-Indic digits)
_COMMON = "آأؤإئةىٱ" + "٠١٢٣٤٥٦٧٨٩" + "۰۱۲۳۴۵۶۷۸۹"


@cache
def _folding() -> tuple[re.Pattern[str], re.Pattern[str], tuple[tuple[str, str], ...]]:
    """(dropped characters, characters only ``normalize`` folds, common letter replacements)."""
    table = _fold_table()
    dropped = [chr(cp) for cp, to in table.items() if to == ""]
    common = tuple((c, table[ord(c)]) for c in _COMMON if ord(c) in table)
    # other Arabic forms (presentation forms, ligatures …) and non-ASCII Latin, Greek, Cyrillic
    # (casefolding) are rare in news text: a text holding one is normalized in full
    rare = [chr(cp) for cp, to in table.items() if to and chr(cp) not in _COMMON and cp > 0x7F]
    rare += [chr(cp) for cp in range(0xC0, 0x500)]
    return re.compile(_class(dropped)), re.compile(_class(rare)), common


def _fold(text: str) -> str:
    """``text`` folded as ``normalize(..., for_search=True)`` folds each character (up to
    spacing): ~20× faster on ordinary news text; only to screen it for query words."""
    dropped, rare, common = _folding()
    if rare.search(text):
        return normalize(text, for_search=True)
    out = dropped.sub("", text)
    for a, b in common:
        out = out.replace(a, b)
    return out.lower()


def _needles(terms: tuple[Term, ...], algorithm: Algorithm) -> tuple[tuple[str, ...], ...] | None:
    """Per term, the words one of which a stretch of text must hold (normalized) to hold a
    match of it, or None (no screen).

    The light stemmer only strips affixes, so a word's stem is spelled inside the word (but for
    a few protected names, e.g. افغاني → افغانستان, which then go unmarked unless found with
    another term); a phrase holds its words. Snowball rewrites letters: no screen.
    """
    if algorithm == "snowball":
        return None
    return tuple(t.words if t.phrase else t.stems[:1] for t in terms)


def _holds(folded: str, words: tuple[str, ...]) -> bool:
    return any(w in folded for w in words)


class _Scan:
    """The words of ``text`` found and analyzed a chunk at a time, with the matches so far."""

    def __init__(
        self, text: str, terms: tuple[Term, ...], algorithm: Algorithm, memo: SearchMemo
    ) -> None:
        self.text = text
        self.terms = terms
        self.algorithm = algorithm
        self.memo = memo
        self.needles = _needles(terms, algorithm)
        #: how many terms can match at all: the scan need not run to the end for the others
        self.possible = len(terms)
        if self.needles is not None:
            folded = _fold(text)
            self.possible = sum(1 for n in self.needles if _holds(folded, n))
        self.pos = self.pos_start = 0
        self.found: list[regex.Match[str]] = []
        self.exact: list[str] = []
        self.stems: list[str] = []
        self.matches: list[tuple[int, int, int]] = []

    def more(self) -> bool:
        """Find and analyze the next chunk; False when the text is exhausted."""
        text = self.text
        while self.pos < len(text):
            end = text.find(" ", self.pos + _CHUNK_CHARS)
            end = len(text) if end < 0 else end
            chunk = list(_WORD.finditer(text, self.pos, end))
            self.pos_start, self.pos = self.pos, end
            if not chunk:
                continue
            since = len(self.found)
            self.found += chunk
            if not self.terms:
                return True
            if self.needles is not None and not any(
                _holds(_fold(text[self.pos_start : end]), n) for n in self.needles
            ):
                self.exact += [""] * len(chunk)  # no term can match here: not analyzed
                self.stems += [""] * len(chunk)
                return True
            e, s = _analyzed([m.group() for m in chunk], self.algorithm, self.memo)
            self.exact += e
            self.stems += s
            self.matches += _matches(self.exact, self.stems, self.terms, since=since)
            return True
        return False

    def seen(self) -> int:
        return len({k for _, _, k in self.matches})


def snippet(
    body: str,
    terms: tuple[Term, ...],
    *,
    algorithm: Algorithm = "light",
    words: int = _WINDOW,
    memo: SearchMemo | None = None,
) -> Snippet:
    """The window of ``body`` with the most distinct matched terms (earliest on ties).

    The body is analyzed a chunk at a time and the scan stops once every term has been seen
    (or ``_ENOUGH_TERMS`` of them), then only as far as the chosen window reaches: analysis is
    the cost here, and most articles name the query's words in their lead. ``memo``
    remembers the words' analyses across calls (the result is the same without).
    """
    scan = body[:_SCAN_CHARS]
    memo = SearchMemo() if memo is None else memo
    words_in = _Scan(scan, terms, algorithm, memo)
    enough = min(words_in.possible, _ENOUGH_TERMS)
    while (enough or not words_in.found) and words_in.more():
        if not terms or words_in.seen() >= enough:
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
