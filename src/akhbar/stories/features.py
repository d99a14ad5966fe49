"""What stories compare: stems and names of an article's headline and lead.

Stems (``akhbar.text.search_terms``, light stemmer, stopwords dropped) weighted by TF-IDF
against the shipped stem table; names are the headline/lead words outside the common-word
table — in Arabic, with no capital letters, rarity is the cheap signal for a name or place.
An enrichment stage can add real entities through ``update_stories(entities=...)``.
"""

from __future__ import annotations

import math
import operator
from collections import Counter
from dataclasses import dataclass
from functools import cache
from itertools import chain

from akhbar.dedup.vocab import Vocabulary, vocabulary
from akhbar.text import is_stopword, stem, wordhash

__all__ = [
    "LEAD_CHARS",
    "LEAD_WORDS",
    "Lexicon",
    "StemCache",
    "StoryFeatures",
    "conflicting",
    "cosine",
    "lead_of",
    "lead_words",
    "names_place",
    "place_forms",
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
#: a headline stem in at most this many reference articles is a distinctive term (a city,
#: market, person), and so is the term of a headline word naming a place, however common
#: (السعودية، قطر، بيروت; see ``names_place``): two articles whose headlines each hold one the
#: other lacks are different events (see ``conflicting``)
DISTINCT_MAX_DF = 30
#: ``shared_lexicon`` starts afresh beyond this many words
LEXICON_WORDS = 500_000


@dataclass(frozen=True, eq=False)
class StoryFeatures:
    """Unit-length TF-IDF vector of headline+lead stems, and the rare words there."""

    vector: dict[str, float]
    names: frozenset[str]
    #: distinctive headline terms (stem df <= ``DISTINCT_MAX_DF``, or a place's)
    heads: frozenset[str] = frozenset()
    #: the places named in the headline and lead, as terms (even those too common for the
    #: vector: السعودية)
    places: frozenset[str] = frozenset()


#: word -> its story term (see ``_term``); a caller keeps one per batch (news repeats words)
StemCache = dict[str, str]


def lead_words(body: str) -> list[str]:
    """The first ``LEAD_WORDS`` search-normalized words of the body's first ``LEAD_CHARS``."""
    return wordhash.words(body[:LEAD_CHARS], LEAD_WORDS)


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
    return Counter(_stems(wordhash.words(headline), c) * HEADLINE_WEIGHT + _stems(lead.split(), c))


#: endings of a nationality adjective (نسبة): باكستاني، الباكستانية، الباكستانيون
_NISBA = ("ي", "يه", "يون", "يين", "يات")


def place_forms(places: frozenset[str]) -> frozenset[str]:
    """The words naming the ``places`` (search-normalized): each name and its adjectives,
    with and without ال (امريكا: امريكي، الامريكيه; تركيا: التركي; اليمن: يمني)."""
    forms: set[str] = set()
    for place in places:
        bare = place.removeprefix("ال")
        bases = {bare}
        # the adjective replaces a final (ي)ا: امريكا → امريكي, تركيا → تركي; a name in ة
        # takes irregular ones (جدة → جداوي) and is left alone
        for ending in ("يا", "ا"):
            if bare.endswith(ending) and len(bare) - len(ending) >= 3:
                bases.add(bare[: -len(ending)])
        words = {bare} | {b + n for b in bases for n in _NISBA}
        forms.update(words)
        forms.update("ال" + w for w in words)
    return frozenset(forms)


def names_place(word: str, forms: frozenset[str]) -> bool:
    """``word`` is one of the place ``forms`` behind at most a conjunction (و ف) and a
    preposition (ب ل ك; لل for ل + ال).

    The stem alone is not enough: the light stemmer gives الخميس (Thursday) the stem of
    الخميسات (a Moroccan town), and الداخلية (the interior ministry) that of الداخلة.
    """
    rests = [word]
    if word[:1] in ("و", "ف"):
        rests.append(word[1:])
    for rest in list(rests):
        if rest.startswith("لل"):
            rests.append("ال" + rest[2:])
        if rest[:1] in ("ب", "ل", "ك"):
            rests.append(rest[1:])
    return any(r in forms for r in rests)


class Lexicon:
    """What story features need of each word, worked out once and memoized (news repeats its
    words): the word's term (``''`` for none, or for a term too common to carry an event),
    whether the word is rare (a name), each term's IDF and which terms are names."""

    def __init__(self, vocab: Vocabulary | None = None) -> None:
        self.vocab = vocab or vocabulary()
        self.limit = self.vocab.documents * MAX_DF_SHARE
        self.term_of: dict[str, str] = {}
        self.rare: set[str] = set()
        #: IDF of every term of ``term_of``
        self.idf: dict[str, float] = {}
        self.name_terms: set[str] = set()
        self.distinct_terms: set[str] = set()
        #: the terms of the shipped place names (a nationality adjective stems to its place:
        #: الباكستانية → باكستان)
        self.place_terms = frozenset(t for t in map(_term, self.vocab.places) if t)
        #: the words that name a place: its names and their adjectives, with or without ال
        self.place_words = place_forms(self.vocab.places)
        #: word -> its place term, for the words naming a place
        self.place_of: dict[str, str] = {}

    def __len__(self) -> int:
        return len(self.term_of)

    def learn(self, words: list[str]) -> None:
        """Memoize the words not seen yet."""
        v = self.vocab
        for w in words:
            if w in self.term_of:
                continue
            term = _term(w)
            if term in self.place_terms and names_place(w, self.place_words):
                self.place_of[w] = term
            if term and term not in self.idf:
                df = v.stem_df.get(term, 0)
                if df > self.limit:
                    term = ""
                else:
                    self.idf[term] = v.idf(term)
                    if df <= NAME_MAX_DF:
                        self.name_terms.add(term)
                    if df <= DISTINCT_MAX_DF:
                        self.distinct_terms.add(term)
            self.term_of[w] = term
            if len(w) > 2 and w not in v.common and not w[0].isdigit():
                self.rare.add(w)

    def terms(self, words: list[str]) -> list[str]:
        """The terms of ``words`` (learnt), in order."""
        get = self.term_of.get
        found = list(map(get, words))
        if None in found:
            self.learn(words)
            found = list(map(get, words))
        return list(filter(None, found))


#: 1 + log(count), the weight of a term's count (``_tf``)
_TF = [0.0] + [1.0 + math.log(c) for c in range(1, 256)]


def _tf(count: int) -> float:
    return _TF[count] if count < len(_TF) else 1.0 + math.log(count)


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
    head_terms = lex.terms(head)
    counts = Counter(head_terms * HEADLINE_WEIGHT + lex.terms(lead))
    idf = lex.idf
    if counts and max(counts.values()) < len(_TF):  # the table lookup inlined (a hot loop)
        weights = {t: _TF[c] * idf[t] for t, c in counts.items()}
    else:
        weights = {t: _tf(c) * idf[t] for t, c in counts.items()}
    names = lex.rare.intersection(head + lead)
    # plus distinctive stems: team, city and person names are frequent enough to be "common"
    # words, but a stem in under NAME_MAX_DF articles still tells one event from another
    names.update(lex.name_terms.intersection(weights))
    values = weights.values()
    norm = math.sqrt(sum(map(operator.mul, values, values))) or 1.0
    place_of = lex.place_of
    head_places = {place_of[w] for w in head if w in place_of}
    return StoryFeatures(
        vector={t: w / norm for t, w in weights.items()},
        names=frozenset(names),
        heads=frozenset(lex.distinct_terms.intersection(head_terms) | head_places),
        places=frozenset(head_places.union(place_of[w] for w in lead if w in place_of)),
    )


def conflicting(a: StoryFeatures, b: StoryFeatures) -> bool:
    """Each headline holds a distinctive term missing from the other's headline and lead: a
    template written for two entities (congratulations to two presidents, two markets'
    closes), so two events however alike the rest of the wording. Not when either headline
    also names a distinctive term of the other (reports of one match name different players
    but both teams)."""
    return (
        _unmatched(a.heads, b)
        and _unmatched(b.heads, a)
        and not _named(a.heads, b)
        and not _named(b.heads, a)
    )


def _named(heads: frozenset[str], other: StoryFeatures) -> bool:
    """Some term of ``heads`` is a term or a place of ``other`` (exactly)."""
    return any(t in other.vector or t in other.places for t in heads)


def _unmatched(heads: frozenset[str], other: StoryFeatures) -> bool:
    """Some term of ``heads`` is not a term or place of ``other``, nor part of one (or one
    part of it: the light stemmer leaves prefixes, بتداول/تداول, and adjectives,
    سنغافوري/سنغافور)."""
    for t in heads:
        if t in other.vector or t in other.places:
            continue
        if any(t in o or (len(o) > 2 and o in t) for o in chain(other.vector, other.places)):
            continue
        return True
    return False


def cosine(a: StoryFeatures, b: StoryFeatures) -> float:
    small, large = (a.vector, b.vector) if len(a.vector) <= len(b.vector) else (b.vector, a.vector)
    return sum(w * large.get(t, 0.0) for t, w in small.items())


def story_features(
    headline: str | None, body: str, *, lexicon: Lexicon | None = None
) -> StoryFeatures:
    """Features of an article from its headline and body (only the lead is read)."""
    return story_features_of_words(
        wordhash.words(headline or ""), lead_words(body), lexicon=lexicon
    )
