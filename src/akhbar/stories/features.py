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
    """What story features need of each word and term, worked out once per batch (news
    repeats its words): a word's term and whether it is rare (a name); a term's IDF, or
    ``None`` when it is too common to carry an event, and whether it is a name."""

    def __init__(self, vocab: Vocabulary | None = None) -> None:
        self.vocab = vocab or vocabulary()
        self._words: dict[str, tuple[str, bool]] = {}
        self._terms: dict[str, tuple[float, bool] | None] = {}

    def word(self, w: str) -> tuple[str, bool]:
        got = self._words.get(w)
        if got is None:
            rare = len(w) > 2 and w not in self.vocab.common and not w[0].isdigit()
            got = self._words[w] = (_term(w), rare)
        return got

    def term(self, t: str) -> tuple[float, bool] | None:
        if t not in self._terms:
            v = self.vocab
            df = v.stem_df.get(t, 0)
            ok = df <= v.documents * MAX_DF_SHARE
            self._terms[t] = (v.idf(t), df <= NAME_MAX_DF) if ok else None
        return self._terms[t]


def story_features_of_words(
    head: list[str], lead: list[str], *, lexicon: Lexicon | None = None
) -> StoryFeatures:
    """Features of an article whose headline and lead (``lead_words``) are already split."""
    lex = lexicon or Lexicon()
    info = [lex.word(w) for w in head + lead]
    terms = [t for t, _ in info[: len(head)] if t] * HEADLINE_WEIGHT
    terms += [t for t, _ in info[len(head) :] if t]
    names = {w for w, (_, rare) in zip(head + lead, info, strict=True) if rare}
    weights: dict[str, float] = {}
    for t, n in Counter(terms).items():
        known = lex.term(t)
        if known is not None:
            weights[t] = (1.0 + math.log(n)) * known[0]
            # plus distinctive stems: team, city and person names are frequent enough to be
            # "common" words, but a stem in under NAME_MAX_DF articles still tells one event
            # from another
            if known[1]:
                names.add(t)
    norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
    return StoryFeatures(vector={t: w / norm for t, w in weights.items()}, names=frozenset(names))


def story_features(
    headline: str | None, body: str, *, lexicon: Lexicon | None = None
) -> StoryFeatures:
    """Features of an article from its headline and body (only the lead is read)."""
    return story_features_of_words(_words(headline or ""), lead_words(body), lexicon=lexicon)
