"""Arabic stemming for search: a light stemmer (Larkey light10 class) and Snowball for comparison.

Written by hand because the library stemmers over-stem names: Snowball (PyStemmer) turns بوتين
into وتين and بيونغيانغ into يونغيانغ, qalsadi turns كيم into يم, and tashaphyne is ~40× slower.
The affixes, their length guards and a protected list of names live in ``data/stem.json``.

The light stemmer works on the search-normalized form (``normalize(..., for_search=True)``), so its
suffix table is the folded one: ة is already ه, ى already ي (ية and ة in the data file fold to يه
and ه at load). Steps, each taken once, in order, and only if the stem keeps the guard's length:

1. a protected word (also after one clitic و ب ل ك ف) returns its fixed stem; function words
   (``data/stopwords.txt``) are protected as themselves, and so are places named with the
   article (``article_names``: الرياض, whose bare stem رياض is "sport");
2. و is stripped unless it is a root letter (the suffix-stripped word is in ``waw_words``:
   وزير, وجود, وكالة …); then the longest definite article (وال بال كال فال لل ال);
3. suffixes ها ا ان ات ون ين يه ه ي are tried in that order, each stripped at most once;
4. a protected word reached on the way returns its fixed stem.

Guards (minimum stem left): 3 letters for و, the articles and most suffixes; 4 for ان ون ين, so
سودان, قانون, برلين keep their ending while مسؤولون → مسوول. Larkey's light10 has no ``ا``; it is
added so tanween-alef forms meet their base (قراراً → قرار) and سوريا/سوري/السورية share سور.
"""

from __future__ import annotations

from typing import Any, Literal

import Stemmer

from akhbar.errors import ModelError, QueryError
from akhbar.text._data import read_json, read_lines
from akhbar.text._normalize import normalize
from akhbar.text._tokenize import tokens

__all__ = ["Algorithm", "is_stopword", "search_terms", "stem"]

Algorithm = Literal["light", "snowball", "none"]
_ALGORITHMS: tuple[str, ...] = ("light", "snowball", "none")


def _fold(s: str) -> str:
    return normalize(s, for_search=True)


_RULES = read_json("stem.json")
_WAW: str = _fold(_RULES["waw_prefix"][0])
_WAW_MIN: int = int(_RULES["waw_prefix"][1])
if len(_WAW) != 1:
    raise ModelError("akhbar/text/data/stem.json: waw_prefix must be one letter")
_ARTICLES: dict[str, int] = {_fold(a): int(n) for a, n in _RULES["articles"]}
_ARTICLE_SIZES: tuple[int, ...] = tuple(sorted({len(a) for a in _ARTICLES}, reverse=True))
_SUFFIXES: tuple[tuple[str, int], ...] = tuple(
    dict.fromkeys((_fold(a), int(n)) for a, n in _RULES["suffixes"])  # ية/يه fold together
)
_SUFFIX_ENDINGS: frozenset[str] = frozenset(suffix[-1] for suffix, _ in _SUFFIXES)
_CLITICS: frozenset[str] = frozenset(_fold(c) for c in _RULES["clitics_for_protected"])
_STOPWORDS: frozenset[str] = frozenset(_fold(line) for line in read_lines("stopwords.txt"))
# Function words stem to themselves: light10 would turn التي into الت and الذين into ذين.
_PROTECTED: dict[str, str] = {word: word for word in _STOPWORDS} | {
    _fold(k).replace(" ", ""): _fold(v) for k, v in _RULES["protected"].items()
}
# Places named with the article keep it (الرياض is not رياض, the stem of الرياضية "sport"):
# protected whole, and found again when an article such as لل was stripped (للرياض).
_ARTICLE_NAMES: frozenset[str] = frozenset(_fold(n) for n in _RULES["article_names"])
_PROTECTED |= {name: name for name in _ARTICLE_NAMES}
#: an article name by what is left of it once an article (ال, لل, بال …) is stripped
_AFTER_ARTICLE: dict[str, str] = {name[len(_fold("ال")) :]: name for name in _ARTICLE_NAMES}


def _strip_suffixes(word: str) -> str:
    if word[-1] in _SUFFIX_ENDINGS:
        for suffix, keep in _SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= keep:
                word = word[: -len(suffix)]
    return word


_WAW_STEMS: frozenset[str] = frozenset(_strip_suffixes(_fold(w)) for w in _RULES["waw_words"])


def _light(word: str) -> str:
    """Light-stem one search-normalized word (see the module docstring for the steps).

    Written flat (dict lookups on prefixes, no helper calls on the common path): it runs once
    per distinct word of every article indexed.
    """
    if len(word) < 3 or not word.isalpha():
        return word
    # 1. protected, also behind one clitic (وبوتين, لبوتين, وللبنان)
    hit = _PROTECTED.get(word)
    if hit is None and word[:1] in _CLITICS:
        hit = _PROTECTED.get(word[1:])
    if hit is None and word[:2] in _CLITICS:
        hit = _PROTECTED.get(word[2:])
    if hit is not None:
        return hit
    # 2. و (unless a root letter), then the longest article the guard allows
    if word[:1] == _WAW and len(word) - 1 >= _WAW_MIN:
        kept = _strip_suffixes(word)
        if kept in _WAW_STEMS:  # وزيرا → وزير: the و is a root letter
            return kept
        word = word[1:]
    for size in _ARTICLE_SIZES:
        keep = _ARTICLES.get(word[:size])
        if keep is not None and len(word) - size >= keep:
            word = word[size:]
            hit = _PROTECTED.get(word) or _AFTER_ARTICLE.get(word)
            if hit is not None:
                return hit
            break
    # 3. suffixes, in order, each at most once
    if word[-1] in _SUFFIX_ENDINGS:
        for suffix, keep in _SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= keep:
                word = word[: -len(suffix)]
    return _PROTECTED.get(word, word)


def _snowball() -> Any:
    # A fresh Stemmer per call: PyStemmer objects are not thread-safe and must not be shared.
    return Stemmer.Stemmer("arabic")


def _check(algorithm: str) -> None:
    if algorithm not in _ALGORITHMS:
        raise QueryError(f"unknown stemming algorithm {algorithm!r}; choose one of {_ALGORITHMS}")


def stem(token: str, *, algorithm: Algorithm = "light") -> str:
    """Stem one token for search; the token is search-normalized first.

    ``light``: the light stemmer above; ``snowball``: PyStemmer's Arabic Snowball (the algorithm
    of tantivy and PostgreSQL); ``none``: the normalized token.

    >>> stem("والاتفاقيّة"), stem("الاتفاق"), stem("اتفاق")
    ('اتفاق', 'اتفاق', 'اتفاق')
    >>> stem("بوتين"), stem("بوتين", algorithm="snowball")
    ('بوتين', 'وتين')
    """
    _check(algorithm)
    word = _fold(token)
    if algorithm == "light":
        return _light(word)
    if algorithm == "snowball":
        stemmed: str = _snowball().stemWord(word)
        return stemmed
    return word


def is_stopword(token: str) -> bool:
    """True for Arabic function words (في، من، إلى، التي …), in any hamza or vowel spelling."""
    return _fold(token) in _STOPWORDS


def search_terms(
    s: str, *, algorithm: Algorithm = "light", drop_stopwords: bool = False
) -> list[str]:
    """The one analyzer search and dedup share: tokens → search-normalize → words → stem.

    The same sentence with and without harakat gives the same terms.

    >>> search_terms("وأعلنَت الوزارةُ ١٢ قراراً")
    ['اعلنت', 'وزار', '12', 'قرار']
    """
    _check(algorithm)
    words = tokens(normalize(s, for_search=True), punctuation=False)
    if drop_stopwords:
        words = [w for w in words if w not in _STOPWORDS]
    if algorithm == "light":
        stems: dict[str, str] = {}  # per call: a news article repeats ~half its words
        return [stems[w] if w in stems else stems.setdefault(w, _light(w)) for w in words]
    if algorithm == "snowball":
        stemmed: list[str] = _snowball().stemWords(words)
        return stemmed
    return words
