"""What stories compare: stems and names of an article's headline and lead.

Stems (``akhbar.text.search_terms``, light stemmer, stopwords dropped) weighted by TF-IDF
against the shipped stem table; names are the headline/lead words outside the common-word
table — in Arabic, with no capital letters, rarity is the cheap signal for a name or place.
An enrichment stage can add real entities through ``update_stories(entities=...)``.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from functools import cache
from typing import cast

from akhbar.dedup.vocab import Vocabulary, vocabulary
from akhbar.text import is_stopword, normalize, stem, tokens

__all__ = [
    "LEAD_CHARS",
    "LEAD_WORDS",
    "Lexicon",
    "StemCache",
    "StoryFeatures",
    "lead_of",
    "lead_words",
    "shared_lexicon",
    "story_features",
    "story_features_of_words",
    "terms_of",
]

#: words of the body that make the lead
LEAD_WORDS = 40
#: the lead is read from this many characters of the body (enough for LEAD_WORDS words)
LEAD_CHARS = 600
#: stems in more than this share of articles carry no event (قال، اليوم، المملكة …)
MAX_DF_SHARE = 0.08
HEADLINE_WEIGHT = 2
#: a headline/lead stem in at most this many reference articles counts as a name
NAME_MAX_DF = 30
#: ``shared_lexicon`` starts afresh beyond this many words
LEXICON_WORDS = 500_000


@dataclass(frozen=True, eq=False)
class StoryFeatures:
    """Unit-length TF-IDF vector of headline+lead stems, and the rare words there."""

    vector: dict[str, float]
    names: frozenset[str]


#: word -> its story term (see ``_term``); a caller keeps one per batch (news repeats words)
StemCache = dict[str, str]


def _words(text: str) -> list[str]:
    return tokens(normalize(text, for_search=True), punctuation=False)


def lead_words(body: str) -> list[str]:
    """The first ``LEAD_WORDS`` search-normalized words of the body's first ``LEAD_CHARS``."""
    return _words(body[:LEAD_CHARS])[:LEAD_WORDS]


def lead_of(body: str) -> str:
    return " ".join(lead_words(body))


def _term(word: str) -> str:
    """A word's stem as a story term: '' for a stopword, a number or a one-letter stem."""
    s = "" if is_stopword(word) else stem(word)
    return s if len(s) > 1 and not s[0].isdigit() else ""


def _stems(words: list[str], cache: StemCache) -> list[str]:
    out = []
    for w in words:
        s = cache.get(w)
        if s is None:
            s = cache[w] = _term(w)
        if s:
            out.append(s)
    return out


def terms_of(headline: str, lead: str, cache: StemCache | None = None) -> Counter[str]:
    """Stems of headline (counted ``HEADLINE_WEIGHT`` times) and lead, stopwords dropped."""
    c = {} if cache is None else cache
    return Counter(_stems(_words(headline), c) * HEADLINE_WEIGHT + _stems(lead.split(), c))


class Lexicon:
    """What story features need of each word, worked out once per batch (news repeats its
    words): its term (``''`` for none, or for a term too common to carry an event) and
    whether the word is rare (a name); and of each term its IDF and whether it is a name."""

    def __init__(self, vocab: Vocabulary | None = None) -> None:
        self.vocab = vocab or vocabulary()
        self.limit = self.vocab.documents * MAX_DF_SHARE
        self._words: dict[str, tuple[str, bool]] = {}
        #: term -> (IDF, is a name), for every term a word of ``_words`` has
        self.terms: dict[str, tuple[float, bool]] = {}

    def __len__(self) -> int:
        return len(self._words)

    def word(self, w: str) -> tuple[str, bool]:
        got = self._words.get(w)
        if got is None:
            v = self.vocab
            term = _term(w)
            if term and term not in self.terms:
                df = v.stem_df.get(term, 0)
                if df > self.limit:
                    term = ""
                else:
                    self.terms[term] = (v.idf(term), df <= NAME_MAX_DF)
            rare = len(w) > 2 and w not in v.common and not w[0].isdigit()
            got = self._words[w] = (term, rare)
        return got

    def words(self, ws: list[str]) -> list[tuple[str, bool]]:
        """``word`` of each of ``ws``."""
        get = self._words.get
        out = [get(w) for w in ws]
        if None in out:
            return [self.word(w) for w in ws]
        return cast(list[tuple[str, bool]], out)


@cache
def _process_lexicon() -> Lexicon:
    return Lexicon()


def shared_lexicon() -> Lexicon:
    """This process's lexicon of the shipped vocabulary (a memo depends on its word only), kept
    across batches and cleared when it holds more than ``LEXICON_WORDS`` words."""
    if len(_process_lexicon()) > LEXICON_WORDS:
        _process_lexicon.cache_clear()
    return _process_lexicon()


def story_features_of_words(
    head: list[str], lead: list[str], *, lexicon: Lexicon | None = None
) -> StoryFeatures:
    """Features of an article whose headline and lead (``lead_words``) are already split."""
    lex = lexicon if lexicon is not None else shared_lexicon()
    words = head + lead
    info = lex.words(words)
    n = len(head)
    terms = [t for t, _ in info[:n] if t] * HEADLINE_WEIGHT + [t for t, _ in info[n:] if t]
    known = lex.terms
    weights = {t: (1.0 + math.log(c)) * known[t][0] for t, c in Counter(terms).items()}
    names = {w for w, (_, rare) in zip(words, info, strict=True) if rare}
    # plus distinctive stems: team, city and person names are frequent enough to be "common"
    # words, but a stem in under NAME_MAX_DF articles still tells one event from another
    names.update(t for t in weights if known[t][1])
    norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
    return StoryFeatures(vector={t: w / norm for t, w in weights.items()}, names=frozenset(names))


def story_features(
    headline: str | None, body: str, *, lexicon: Lexicon | None = None
) -> StoryFeatures:
    """Features of an article from its headline and body (only the lead is read)."""
    return story_features_of_words(_words(headline or ""), lead_words(body), lexicon=lexicon)
