"""Tag lines → tags: each once, first-seen order, multi-word tags kept whole.

Forms read: a list with ``،`` ``,`` ``|`` ``/`` ``؛`` ``•`` separators; ``#hashtags`` (``_`` is a
space); one tag per line under a ``وسوم`` header; and the hard one, tags joined by spaces and
repeated (``كلمات دلالية: ملفات ملفات كيم روسيا … كوريا الشمالية روسيا كيم روسيا …``), where the
word boundaries between tags are lost. Tag links printed with nothing between them (a page
dumped to text: ``غرفة حائلتصحيح أوضاعجوازات المنطقة``) are read by ``glued_tags``. That case is solved by hand because no library segments a
keyword list: adjacent units are merged when the merged phrase occurs in the article (headline
and body), or is a construct phrase (indefinite noun + definite noun, ``أخبار العالم``), and the
merge lowers the number of distinct units — i.e. the words are never seen apart in the
(repeated) list. A number is never a tag of its own (``كوفيد 19``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from operator import itemgetter

from akhbar.parse.lines import Kind, Line
from akhbar.parse.vocab import fold

__all__ = [
    "TAG_SEPARATORS",
    "dedupe",
    "glued_tags",
    "hashtag_headlines",
    "is_tag_list",
    "segment",
    "split_tags",
]

#: what separates tags on one line
TAG_SEPARATORS = _SEPARATORS = re.compile(r"\s*[،,|/؛;•·]\s*|\s+[-–—]\s+")
_HASHTAG = re.compile(r"#([^\s#]+)")
#: a word of the matching form (fold has removed the harakat)
_WORD = re.compile(r"[^\W_]+")
#: punctuation after a hashtag (``#نافذة:``) is not part of it
_TRAILING = ".,:;!?؟،؛…)»\"'"
_NUMBER = re.compile(r"^[\d.,٫]+$")
#: tags printed as chips, each in brackets (``[كوريا الشمالية] [روسيا]``)
_CHIP = re.compile(r"\[([^\[\]]+)\]")
_CHIPS = re.compile(r"(?:\s*\[[^\[\]]+\]\s*[،,]?)+")
#: a sentence's mark between two words, the second opening with ``و``: it opens a new clause
#: (``الكويت .. والبعثة``), no phrase of one tag (``بالفيديو.. أحد المصابين`` may be one)
_BREAKS = frozenset(".،,؛;:!?؟")


def dedupe(tags: Iterable[str]) -> tuple[str, ...]:
    """Each tag once, in first-seen order, empty ones dropped."""
    seen: set[str] = set()
    out: list[str] = []
    for t in tags:
        t = " ".join(t.split())
        k = t.lstrip("#")  # exact comparison: a page spells its own tags consistently
        if k and k not in seen:
            seen.add(k)
            out.append(t)
    return tuple(out)


def _is_construct(f: str, s: str) -> bool:
    """``أخبار العالم``: an indefinite word followed by a definite one (Arabic idafa); both in
    matching form."""
    return not f.startswith("ال") and s.startswith("ال") and len(s) > 3 and not _NUMBER.match(f)


def segment(words: list[str], *, context: str) -> list[str]:
    """Split space-joined tags into whole tags (see the module docstring)."""
    units: list[str] = []
    for w in words:
        if units and _NUMBER.match(w) and not _NUMBER.match(units[-1]):
            units[-1] = f"{units[-1]} {w}"
        else:
            units.append(w)
    return _shortest_vocabulary(units, fold(context))


#: how many partial segmentations are kept per position
_BEAM = 12
_RANK = itemgetter(0)
#: the price of a construct phrase not found in the text (it must save a whole tag to be used)
_GUESS = 0.5


def _has_phrase(text: str, tokens: list[str]) -> bool:
    """Whether ``tokens`` stand in ``text`` (folded) as whole words, one after the other with
    only spaces or punctuation between them.

    The same as ``" a b " in " " + " ".join(words of text) + " "`` without splitting the
    whole article into words, which cost more than the rest of the tag reading.
    """
    if not tokens or not all(tokens):
        return False
    first, n = tokens[0], len(text)
    start = text.find(first)
    while start >= 0:
        pos = start + len(first)
        if start == 0 or not text[start - 1].isalnum():
            for tok in tokens[1:]:
                if pos >= n or text[pos].isalnum():
                    break
                gap = pos
                while pos < n and not text[pos].isalnum():
                    pos += 1
                if not text.startswith(tok, pos):
                    break
                if tok[0] == "و" and any(c in _BREAKS for c in text[gap:pos]):
                    break
                pos += len(tok)
            else:
                if pos >= n or not text[pos].isalnum():
                    return True
        start = text.find(first, start + 1)
    return False


#: a beam state of ``_shortest_vocabulary``: (rank, vocabulary bitmask, path), the path a linked
#: list (phrase, previous path). At module level: mypyc (benchmarks/parse_compiled.py) cannot
#: compile a type alias local to a function.
_Path = tuple[str, object] | None
_State = tuple[int, int, _Path]


def _shortest_vocabulary(units: list[str], ctx: str) -> list[str]:
    """Segment ``units`` into tags so that the list uses the fewest distinct tags.

    A tag is one unit, a phrase of two or three units found in the article, or a
    construct pair (``أخبار العالم``) whose words the article never uses. Among equally short
    vocabularies, the one with more (shorter) tags wins. Beam search over positions; the
    lists are a few dozen words, so this is exact in practice.
    """
    n = len(units)
    toks = [_WORD.findall(k) for k in fold("\n".join(units)).split("\n")]
    keys = [" ".join(t) for t in toks]
    # a unit's words absent from the article: no phrase starting or going on with it is there
    seen = [bool(t) and all(w in ctx for w in t) for t in toks]
    # the list repeats its tags: each phrase is looked up once (a cache local to this call)
    found: dict[tuple[str, ...], bool] = {}

    def lookup(words: tuple[str, ...]) -> bool:
        hit = found.get(words)
        if hit is None:
            hit = found[words] = _has_phrase(ctx, list(words))
        return hit

    # pairs[i]: units i, i+1 stand together in the article; a triple must hold both its pairs
    pairs = [seen[i] and seen[i + 1] and lookup((*toks[i], *toks[i + 1])) for i in range(n - 1)]
    # options[i]: (phrase, price, units spanned)
    options: list[list[tuple[str, float, int]]] = [[(units[i], 0.0, 1)] for i in range(n)]
    phrases = False
    for i in range(n - 1):
        if pairs[i]:
            options[i].append((" ".join(units[i : i + 2]), 0.0, 2))
            phrases = True
        elif (
            " " not in units[i] + units[i + 1]
            and _is_construct(keys[i], keys[i + 1])
            and not (seen[i] and lookup(tuple(toks[i])))
            and not (seen[i + 1] and lookup(tuple(toks[i + 1])))
        ):
            options[i].append((" ".join(units[i : i + 2]), _GUESS, 2))
            phrases = True
        if (
            i + 2 < n
            and pairs[i]
            and pairs[i + 1]
            and seen[i + 2]
            and lookup((*toks[i], *toks[i + 1], *toks[i + 2]))
        ):
            options[i].append((" ".join(units[i : i + 3]), 0.0, 3))
            phrases = True
    if not phrases:
        return units
    # state: (rank, vocabulary, path). rank orders as (cost + distinct tags, -tags, spread),
    # where spread (sum of squared extra words) prefers two pairs over a single word and a
    # triple; it is packed into one int (costs in half units; every part is bounded), which
    # sorts several times faster than a tuple. The vocabulary is a bitmask over the distinct
    # phrases; the path is a linked list (phrase, previous path), so extending a state is O(1).
    spread_unit = 4 * n + 1  # spread <= 4 per tag
    cost_unit = (n + 1) * spread_unit  # (n - tags) * spread_unit + spread < cost_unit
    bits: dict[str, int] = {}
    beams: list[list[_State]] = [[] for _ in range(n + 1)]
    beams[0] = [(n * spread_unit, 0, None)]
    for i in range(n):
        # one state per vocabulary (the best), then the best few vocabularies
        here = beams[i]
        if len(here) > 1:
            here.sort(key=_RANK)
        kept: dict[int, _State] = {}
        for st in here:
            if st[1] not in kept:
                kept[st[1]] = st
                if len(kept) == _BEAM:
                    break
        opts = []
        for phrase, price, k in options[i]:
            step = int(2 * price) * cost_unit - spread_unit + (k - 1) ** 2
            bit = bits.setdefault(phrase, 1 << len(bits))
            opts.append((phrase, bit, step, step + 2 * cost_unit, beams[i + k]))
        for rank, vocab, prev in kept.values():
            for phrase, bit, step, step_new, target in opts:
                if vocab & bit:
                    target.append((rank + step, vocab, (phrase, prev)))
                else:
                    target.append((rank + step_new, vocab | bit, (phrase, prev)))
    path: _Path = min(beams[n], key=_RANK)[2]
    out: list[str] = []
    while path is not None:
        out.append(path[0])
        path = path[1]  # type: ignore[assignment]
    return out[::-1]


#: words of one item of a list of topics (``السعودية، أسعار النفط، أوبك``)
_MAX_TOPIC_WORDS = 3


def is_tag_list(text: str) -> bool:
    """Whether a line is a list of short topics joined by separators (tags), not a headline:
    two items or more, each of one to three words, none closing a sentence."""
    if not _SEPARATORS.search(text):
        return False
    items = _SEPARATORS.split(text.strip())
    return len(items) >= 2 and all(
        0 < len(t.split()) <= _MAX_TOPIC_WORDS and t[-1] not in ".!?؟:" for t in items
    )


def split_tags(value: str, *, context: str = "") -> tuple[str, ...]:
    """Tags of one tag line (its label already removed); ``context`` is the article's text."""
    value = value.strip()
    if value[:1] == "[" and _CHIPS.fullmatch(value):  # ``[a] [b]``: each tag in its brackets
        return dedupe(_CHIP.findall(value))
    if "#" in value:
        tags = [h.rstrip(_TRAILING).replace("_", " ") for h in _HASHTAG.findall(value)]
        rest = _HASHTAG.sub(" ", value)
        if _WORD.search(rest):
            tags += [t for t in _SEPARATORS.split(rest) if t.strip()]
        return dedupe(tags)
    if _SEPARATORS.search(value):
        return dedupe(t for t in _SEPARATORS.split(value))
    return dedupe(segment(value.split(), context=context))


def hashtag_headlines(seq: list[Line], *, tagged: bool) -> None:
    """Make a single hashtag among a related list's lines a headline of the list (``#قاطعوا_X!!``)
    when a headline follows it, or when it closes the list under a headline and the page has
    printed its tags already (a page prints its tags once)."""
    last = len(seq) - 1
    for k, ln in enumerate(seq):
        if ln.kind is not Kind.HASHTAGS or " " in ln.text:
            continue
        if (
            seq[k + 1].kind is Kind.TEXT
            if k < last
            else tagged and k > 0 and seq[k - 1].kind is Kind.TEXT
        ):
            seq[k] = ln._replace(kind=Kind.TEXT)


#: a glued tag line is short, and holds no sentence's or quotation's marks
_MAX_GLUED_CHARS = 200
_MAX_GLUED_WORDS = 15
_NOT_GLUED = re.compile(r"[.،,:؛;!?؟«»\"“”()\[\]#@/|]|https?:|\d{3,}")
#: the shortest word a glued run is split into (a particle of two letters, ``في``, ``هي``, would
#: split a closing word such as ``انتهى`` as often as a run of tags)
_MIN_PIECE = 3


def glued_tags(text: str, *, context: str) -> list[str] | None:
    """Tags printed as links with no space between them, after the article's text (a page
    dumped to text: ``غرفة حائلتصحيح أوضاعجوازات المنطقة``): the line split where one tag's
    last word runs into the next tag's first, each piece a word of ``context`` (the article's
    headline and text). The spaces printed are the ones inside a tag (``غرفة حائل``). None when
    the line is no such list: a word neither in the article nor made of its words, no run to
    split, or a sentence's marks.

    Hand-written: word segmentation libraries split text into a language's words by a
    dictionary; here the dictionary is the article itself, and the boundaries found are the
    tags' boundaries."""
    if len(text) > _MAX_GLUED_CHARS or _NOT_GLUED.search(text):
        return None
    tokens = text.split()
    if not tokens or len(tokens) > _MAX_GLUED_WORDS:
        return None
    vocab = set(_WORD.findall(fold(context)))
    tags: list[str] = []
    current: list[str] = []
    glued = False
    for token in tokens:
        if fold(token) in vocab:
            current.append(token)
            continue
        pieces = _split_run(token, vocab)
        if pieces is None:
            return None
        glued = True
        current.append(pieces[0])
        tags.append(" ".join(current))
        tags.extend(pieces[1:-1])
        current = [pieces[-1]]
    if not glued:
        return None
    tags.append(" ".join(current))
    return tags


def _split_run(token: str, vocab: set[str]) -> list[str] | None:
    """``token`` as the fewest words of ``vocab`` (two or more), or None."""
    n = len(token)
    best: list[list[str] | None] = [None] * (n + 1)
    best[0] = []
    for end in range(_MIN_PIECE, n + 1):
        for start in range(end - _MIN_PIECE, -1, -1):
            prev = best[start]
            if prev is None or (best[end] is not None and len(prev) + 1 >= len(best[end] or ())):
                continue
            if fold(token[start:end]) in vocab:
                best[end] = [*prev, token[start:end]]
    found = best[n]
    return found if found is not None and len(found) >= 2 else None
