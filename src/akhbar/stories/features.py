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
    "StemCache",
    "StoryFeatures",
    "lead_of",
    "story_features",
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


#: word -> its stem ('' for a stopword); a caller keeps one per batch (news repeats words)
StemCache = dict[str, str]


def _words(text: str) -> list[str]:
    return tokens(normalize(text, for_search=True), punctuation=False)


def lead_of(body: str) -> str:
    return " ".join(_words(body[:LEAD_CHARS])[:LEAD_WORDS])


def _stems(words: list[str], cache: StemCache) -> list[str]:
    out = []
    for w in words:
        s = cache.get(w)
        if s is None:
            s = cache[w] = "" if is_stopword(w) else stem(w)
        if len(s) > 1 and not s[0].isdigit():
            out.append(s)
    return out


def terms_of(headline: str, lead: str, cache: StemCache | None = None) -> Counter[str]:
    """Stems of headline (counted ``HEADLINE_WEIGHT`` times) and lead, stopwords dropped."""
    c = {} if cache is None else cache
    return Counter(_stems(_words(headline), c) * HEADLINE_WEIGHT + _stems(lead.split(), c))


def story_features(
    headline: str | None,
    body: str,
    *,
    vocab: Vocabulary | None = None,
    cache: StemCache | None = None,
) -> StoryFeatures:
    v = vocab or vocabulary()
    head = headline or ""
    lead = lead_of(body)
    limit = v.documents * MAX_DF_SHARE
    weights = {
        t: (1.0 + math.log(n)) * v.idf(t)
        for t, n in terms_of(head, lead, cache).items()
        if v.stem_df.get(t, 0) <= limit
    }
    norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
    words = _words(head) + lead.split()
    rare = {w for w in words if w not in v.common and len(w) > 2 and not w[0].isdigit()}
    # plus distinctive stems: team, city and person names are frequent enough to be "common"
    # words, but a stem in under NAME_MAX_DF articles still tells one event from another
    rare.update(t for t in weights if v.stem_df.get(t, 0) <= NAME_MAX_DF)
    names = frozenset(rare)
    return StoryFeatures(vector={t: w / norm for t, w in weights.items()}, names=names)
