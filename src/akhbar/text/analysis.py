"""One analysis of an article's text for the search index, made in the ingest workers.

The index takes the search-normalized words — ``tokens(normalize(text, for_search=True),
punctuation=False)``, computed in C by ``akhbar.text.wordhash.words`` — and their stems, so
ingest computes them once per article, in its worker processes, and hands the result to the
index stage (``Analysis``). ``reindex`` computes it itself with the same functions; dedup
hashes the same words straight from the text (``wordhash.word_hashes``).

>>> a = analyze("عاجل", "والاتفاقيّة النوويّة")
>>> a.body, a.xbody
('اتفاق نوو', 'والاتفاقيه النوويه')
"""

from __future__ import annotations

from dataclasses import dataclass

from akhbar.text import wordhash
from akhbar.text._stem import Algorithm, stem

__all__ = ["Analysis", "StemCache", "analyze", "stem_words", "words_of"]

#: search-normalized word -> its stem; a caller keeps one per batch (news vocabulary is
#: Zipfian: most tokens of a batch repeat, so each distinct word is stemmed once)
StemCache = dict[str, str]


@dataclass(frozen=True, slots=True)
class Analysis:
    """An article's analyzed text, each field space-joined (no token contains a space).

    ``head``/``body``: search stems; ``xhead``/``xbody``: the search-normalized words.
    """

    head: str
    body: str
    xhead: str
    xbody: str
    algorithm: Algorithm = "light"


def words_of(text: str | None) -> list[str]:
    """The search-normalized words of ``text`` (numbers included, punctuation dropped)."""
    return wordhash.words(text) if text else []


def stem_words(
    words: list[str], *, algorithm: Algorithm = "light", cache: StemCache | None = None
) -> list[str]:
    """``stem(w, algorithm=...)`` of each word, each distinct word stemmed once per ``cache``.

    >>> stem_words(["الاتفاق", "اتفاق", "الاتفاق"])
    ['اتفاق', 'اتفاق', 'اتفاق']
    """
    table = {} if cache is None else cache
    out = []
    for w in words:
        s = table.get(w)
        if s is None:
            s = table[w] = stem(w, algorithm=algorithm)
        out.append(s)
    return out


def analyze(
    headline: str | None,
    body: str | None,
    *,
    algorithm: Algorithm = "light",
    cache: StemCache | None = None,
) -> Analysis:
    """The analysis of one article (``body``: its paragraphs joined by newlines).

    Pass one ``cache`` for a batch of articles of one ``algorithm``.
    """
    table = {} if cache is None else cache
    head = words_of(headline)
    words = words_of(body)
    return Analysis(
        head=" ".join(stem_words(head, algorithm=algorithm, cache=table)),
        body=" ".join(stem_words(words, algorithm=algorithm, cache=table)),
        xhead=" ".join(head),
        xbody=" ".join(words),
        algorithm=algorithm,
    )
