"""The query language, parsed into terms; the FTS5 MATCH expression is built from them.

User input never reaches FTS5 as syntax: every term is analyzed with ``akhbar.text`` and then
written as a double-quoted FTS5 string, so ``NEAR(``, ``*``, ``^``, ``headline:x``, stray
quotes and brackets are just text (or nothing). The language:

=================  ======================================================================
``word``           any form of the word: الاتفاق finds اتفاق, والاتفاق, الاتفاقية (stems)
``"a phrase"``     these exact words in this order (normalized: harakat, hamza, ة/ه ignored)
``-word``          exclude articles with any form of the word; ``-"a phrase"`` too
``a OR b``         either; ``OR`` binds tighter than the implicit AND: ``x a OR b`` = x AND (a|b)
=================  ======================================================================

An unbalanced quote opens a phrase that runs to the end. Function words (في، من، التي …) are
dropped from unquoted terms. When nothing else is left, the query is searched as the exact
phrase of its words (``من هو`` finds "من هو", not the thousands of articles holding both
words; ``Query.common_phrase`` says so, for the caller to tell the user); a lone function word,
or function words joined by ``OR``, is a ``CommonWordsError``: it is in almost every article.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from akhbar.errors import CommonWordsError, QueryError
from akhbar.text import Algorithm, is_stopword, normalize, search_terms, tokens

__all__ = [
    "MAX_QUERY_CHARS",
    "MAX_TERMS",
    "Mode",
    "Query",
    "Term",
    "headline_expression",
    "match_expression",
    "parse_query",
    "ranked_expression",
]

MAX_QUERY_CHARS = 1000
MAX_TERMS = 32
Mode = Literal["all", "any"]

_STEM_COLUMNS = "{head body}"
_EXACT_COLUMNS = "{xhead xbody}"


@dataclass(frozen=True, kw_only=True)
class Term:
    """One query term: a word (matched by stem) or a quoted phrase (matched exactly)."""

    #: normalized, unstemmed tokens (one for a word)
    words: tuple[str, ...]
    #: the stems of ``words`` (what an unquoted word matches)
    stems: tuple[str, ...]
    phrase: bool = False

    def fts(self, *, headline_only: bool = False) -> str:
        """This term as an FTS5 expression: a column filter and one quoted string."""
        if self.phrase:
            cols = "xhead" if headline_only else _EXACT_COLUMNS
            return f"{cols} : {_quote(' '.join(self.words))}"
        cols = "head" if headline_only else _STEM_COLUMNS
        return f"{cols} : {_quote(' '.join(self.stems))}"


@dataclass(frozen=True, kw_only=True)
class Query:
    """A parsed query: AND of clauses, each an OR of terms; minus the excluded terms."""

    text: str
    clauses: tuple[tuple[Term, ...], ...]
    excluded: tuple[Term, ...] = ()
    #: every word of the query is a function word: they are searched as one exact phrase
    common_phrase: bool = False

    @property
    def terms(self) -> tuple[Term, ...]:
        """Every positive term, once each, in query order."""
        return tuple(dict.fromkeys(t for clause in self.clauses for t in clause))


def _quote(s: str) -> str:
    return '"' + s.replace('"', '""') + '"'


def _lex(text: str) -> list[tuple[str, bool, bool]]:
    """Split into (chunk, quoted, negated); ``OR`` comes back as an unquoted chunk."""
    out: list[tuple[str, bool, bool]] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch.isspace():
            i += 1
            continue
        negated = False
        if ch == "-" and i + 1 < n and not text[i + 1].isspace():
            negated = True
            i += 1
            ch = text[i]
        if ch == '"':
            end = text.find('"', i + 1)
            if end < 0:  # unbalanced: the phrase runs to the end
                end = n
            out.append((text[i + 1 : end], True, negated))
            i = end + 1
            continue
        j = i
        while j < n and not text[j].isspace() and text[j] != '"':
            j += 1
        out.append((text[i:j], False, negated))
        i = j
    return out


def _term(chunk: str, *, phrase: bool, algorithm: Algorithm) -> Term | None:
    words = tuple(tokens(normalize(chunk, for_search=True), punctuation=False))
    if not words:
        return None
    stems = tuple(search_terms(" ".join(words), algorithm=algorithm))
    if len(stems) != len(words):  # cannot happen for normalized tokens; keep them aligned
        stems = words
    return Term(words=words, stems=stems, phrase=phrase)


def parse_query(text: str, *, algorithm: Algorithm = "light") -> Query:
    """Parse a user query; raises ``QueryError`` with a message a user can act on.

    >>> q = parse_query('الاتفاق "البرنامج النووي" -إيران')
    >>> [t.stems for t in q.terms], q.terms[1].phrase, q.excluded[0].words
    ([('اتفاق',), ('برنامج', 'نوو')], True, ('ايران',))
    """
    if len(text) > MAX_QUERY_CHARS:
        raise QueryError(
            f"the query is {len(text):,} characters long; the limit is {MAX_QUERY_CHARS:,}. "
            "Search for a few distinctive words or a short quoted phrase."
        )
    clauses: list[list[Term]] = []
    excluded: list[Term] = []
    pending_or = False
    for chunk, quoted, negated in _lex(text):
        if not quoted and not negated and chunk == "OR":
            pending_or = bool(clauses)  # a leading or doubled OR is ignored
            continue
        # an unquoted chunk may hold several words (a:b, كوفيد-19): each is its own term,
        # except under "-", where they are excluded together as a phrase
        if quoted or negated:
            parts = [chunk]
        else:
            parts = tokens(normalize(chunk, for_search=True), punctuation=False)
        for k, part in enumerate(parts):
            term = _term(part, phrase=quoted or (negated and len(parts) > 1), algorithm=algorithm)
            if term is None:
                continue
            if negated:
                excluded.append(term)
            elif pending_or and k == 0:
                clauses[-1].append(term)
            else:
                clauses.append([term])
        if parts:
            pending_or = False
    kept = _drop_stopwords(clauses)
    common = bool(clauses) and not kept
    clauses = [[_common_phrase(clauses, text)]] if common else kept
    if not clauses:
        if excluded:
            raise QueryError(
                "the query only excludes words; add a word to search for, e.g. `النفط -ايران`"
            )
        raise QueryError(
            'the query has no words to search for; type words, an "exact phrase", '
            "-word to exclude, or a OR b"
        )
    n_terms = sum(len(c) for c in clauses) + len(excluded)
    if n_terms > MAX_TERMS:
        raise QueryError(
            f"the query has {n_terms} terms; the limit is {MAX_TERMS}. Use fewer words."
        )
    return Query(
        text=text,
        clauses=tuple(tuple(dict.fromkeys(c)) for c in _dedupe(clauses)),
        excluded=tuple(dict.fromkeys(excluded)),
        common_phrase=common,
    )


def _is_stop(term: Term) -> bool:
    return not term.phrase and all(is_stopword(w) for w in term.words)


def _drop_stopwords(clauses: list[list[Term]]) -> list[list[Term]]:
    kept = [[t for t in c if not _is_stop(t)] for c in clauses]
    return [c for c in kept if c]


def _common_phrase(clauses: list[list[Term]], text: str) -> Term:
    """The one phrase of a query whose words are all function words (in typed order), or
    ``CommonWordsError`` when they are one word or OR-ed (no phrase to make of them)."""
    words = tuple(w for c in clauses for t in c for w in t.words)
    if len(words) < 2 or any(len(c) > 1 for c in clauses):
        raise CommonWordsError(
            f"the query ({' '.join(text.split())}) has only common words, which are in almost "
            "every article; "
            f'add a distinctive word, or search two words or more as an exact "phrase"',
            words=tuple(dict.fromkeys(words)),
        )
    stems = tuple(s for c in clauses for t in c for s in t.stems)
    return Term(words=words, stems=stems, phrase=True)


def _dedupe(clauses: list[list[Term]]) -> list[list[Term]]:
    seen: set[tuple[Term, ...]] = set()
    out = []
    for c in clauses:
        key = tuple(c)
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out


def match_expression(query: Query, *, mode: Mode = "all") -> str:
    """The FTS5 MATCH string: ``all`` needs every clause, ``any`` at least one term.

    >>> match_expression(parse_query('نفط OR غاز -"ايران"'))
    '(({head body} : "نفط" OR {head body} : "غاز")) NOT ({xhead xbody} : "ايران")'
    """
    parts = ["(" + " OR ".join(t.fts() for t in clause) + ")" for clause in query.clauses]
    joiner = " AND " if mode == "all" else " OR "
    positive = "(" + joiner.join(parts) + ")"
    if not query.excluded:
        return positive
    negative = " OR ".join(t.fts() for t in query.excluded)
    return f"{positive} NOT ({negative})"


def ranked_expression(query: Query, terms: tuple[Term, ...]) -> str:
    """Any of ``terms``, each word matched by stem and, as a second phrase, by its exact form.

    BM25 sums one IDF-weighted score per phrase, so an article with a word's exact form (a name,
    the same inflection) scores above one with another form of its stem.

    >>> ranked_expression(q := parse_query("الاتفاقية النووية"), q.terms)
    '(({head body} : "اتفاق") OR ({xhead xbody} : "الاتفاقيه") OR ({head body} : "نوو") \
OR ({xhead xbody} : "النوويه"))'
    """
    parts: list[str] = []
    for t in terms:
        parts.append(f"({t.fts()})")
        if not t.phrase:
            parts.append(f"({_EXACT_COLUMNS} : {_quote(' '.join(t.words))})")
    positive = "(" + " OR ".join(parts) + ")"
    if not query.excluded:
        return positive
    negative = " OR ".join(t.fts() for t in query.excluded)
    return f"{positive} NOT ({negative})"


def headline_expression(query: Query) -> str:
    """Articles with at least one of the query's terms in the headline."""
    return " OR ".join(t.fts(headline_only=True) for t in query.terms)


def relaxed_expression(query: Query) -> str | None:
    """Articles matching some but not all clauses (None when there is one clause)."""
    if len(query.clauses) < 2:
        return None
    return f"({match_expression(query, mode='any')}) NOT ({match_expression(query, mode='all')})"
