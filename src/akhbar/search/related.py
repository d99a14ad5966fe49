"""Related articles: what a page's ``إقرأ أيضاً`` should have listed.

The seed's headline and lead are analyzed; their most distinctive stems (term frequency, the
headline counted double, times inverse document frequency from the index's own vocabulary)
become an OR query ranked by BM25, as Lucene's MoreLikeThis builds one. Ranked alone, one
distinctive-but-ambiguous stem fills the list (a real-estate auction listed «قضية الإسكان»
through «مخطط» alone, and a fallen officer's obituary through the name «راشد»), so rules of
the same family are added:

* ``MIN_TERM_FREQ`` (MoreLikeThis' min_term_freq): a stem the seed says once, in its lead
  only, is weak evidence of its topic (its rarity is often an inflection the light stemmer
  keeps: يبادرو، بضايعهم); the stems of the headline and those the lead repeats go first,
  such singletons only fill the places left;
* ``MIN_SHOULD_MATCH`` and ``MIN_SHARE`` (Elasticsearch more_like_this' minimum_should_match,
  30% by default, here by weight): a related article's own headline and lead must hold at
  least two of the query's stems, and those must carry ``MIN_SHARE`` of the query's weight.
  An article sharing one word with the seed, or only its commonest ones, is about something
  else that happens to use them;
* fixed phrases count once: two query stems next to each other in the seed and in the related
  article, whose pair is a fixed phrase of the corpus (in at least ``PHRASE_MIN_DOCS``
  articles, and in ``PHRASE_SHARE`` of those holding both words: البيت الأبيض، الأمم المتحدة،
  خادم الحرمين، ولي العهد), are one shared thing, weighing what its heaviest word weighs. An
  article sharing only «البيت الأبيض» with a woman's arrest at its fence shares one name,
  not two words (the lists' main off-topic source before);
* ``MAX_DF_SHARE`` (MoreLikeThis' max_doc_freq): the query's commonest stems are not
  searched by, only counted by the rules above (most of the cost, none of the topic);
* ``SAME_DAYS``: news is read in its days; among similar articles the nearer in time rank
  higher (BM25 times 1 + ``TIME_BOOST`` · exp(-days apart / ``SAME_DAYS``)).

The seed itself, the articles of its ``duplicate_group`` and any other copy of the same text
(word 4-shingle Jaccard ≥ ``DUPLICATE_JACCARD`` or containment ≥ ``DUPLICATE_CONTAINMENT``)
are left out: a reader wants other stories, not the same wire story from another outlet.
Fewer than ``limit`` articles (or none) is an answer: nothing else is on the seed's topic.
Measured by ``benchmarks/related_quality.py`` (its docstring says how).
"""

from __future__ import annotations

import math
import sqlite3
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from itertools import pairwise
from operator import itemgetter

from akhbar.errors import QueryError
from akhbar.search.engine import BM25, Hit
from akhbar.search.index import DOCS_TABLE, FTS_TABLE, index_algorithm, phrase_docs, term_docs
from akhbar.search.memo import SearchMemo
from akhbar.store.queries import WITH_GROUPS
from akhbar.text import Algorithm, is_stopword, stem
from akhbar.text.wordhash import words

__all__ = [
    "DUPLICATE_CONTAINMENT",
    "DUPLICATE_JACCARD",
    "MAX_DF_SHARE",
    "MIN_SHARE",
    "MIN_SHOULD_MATCH",
    "MIN_TERM_FREQ",
    "PHRASE_MIN_DOCS",
    "PHRASE_SHARE",
    "SAME_DAYS",
    "TIME_BOOST",
    "related",
]

DUPLICATE_JACCARD = 0.5
DUPLICATE_CONTAINMENT = 0.8
#: a query stem the seed's headline and lead hold fewer times than this (the headline counts
#: twice) only fills the places the others leave
MIN_TERM_FREQ = 2
#: query stems a related article's headline and lead must hold (all, if the query has fewer)
MIN_SHOULD_MATCH = 2
#: ... and the share of the query's weight (tf·idf) they must carry
MIN_SHARE = 0.3
#: the BM25 of an article published the seed's day is multiplied by 1 + TIME_BOOST; the
#: boost decays as exp(-days apart / SAME_DAYS)
TIME_BOOST = 0.5
SAME_DAYS = 2.0
#: query stems in more than this share of articles (اليوم، المملكة، وزير) are not searched by:
#: they carry no topic of their own and their postings are most of a search's cost (as
#: ``akhbar.stories``' MAX_DF_SHARE; MoreLikeThis' max_doc_freq); they still count in
#: ``MIN_SHOULD_MATCH`` and ``MIN_SHARE``
MAX_DF_SHARE = 0.08
#: a pair of query stems next to each other in the seed and in a related article counts as one
#: shared thing when the pair is a fixed phrase: in at least PHRASE_MIN_DOCS articles (a name
#: recurs), and in PHRASE_SHARE of the articles holding both words (where both are, they are
#: mostly this phrase: البيت الأبيض 0.86, الأمم المتحدة 0.98; تصنيف الفيفا 0.32 is not one)
PHRASE_MIN_DOCS = 20
PHRASE_SHARE = 0.5
_LEAD_WORDS = 120
_LEAD_CHARS = 1500  # enough of the body for _LEAD_WORDS words
_QUERY_TERMS = 8  # 14 measured ~1.5x slower (each term's postings are scored)
_SNIPPET_WORDS = 30


@dataclass(frozen=True, kw_only=True)
class _Candidate:
    id: str
    url: str | None
    outlet: str | None
    source: str | None
    headline: str | None
    published: str | None
    day: str | None
    body: str
    bm25: float


def _shingles(text: str, size: int = 4) -> frozenset[int]:
    w = words(text)
    return frozenset(hash(tuple(w[i : i + size])) for i in range(len(w) - size + 1))


def _near_duplicate(a: frozenset[int], b: frozenset[int]) -> bool:
    if not a or not b:
        return False
    inter = len(a & b)
    return (
        inter / len(a | b) >= DUPLICATE_JACCARD
        or inter / min(len(a), len(b)) >= DUPLICATE_CONTAINMENT
    )


def _stems(words_: list[str], algorithm: Algorithm, memo: SearchMemo) -> dict[str, str]:
    """word -> stem as the index made it, for each distinct word of ``words_``, stemmed once per
    ``memo`` (its display-word table: a normalized word is its own display form). News repeats
    its words: nearly all are found in the table (a lookup per word, in C, is most of the cost)."""
    table = memo.forms(algorithm)
    distinct = set(words_)
    found = dict(zip(distinct, map(table.get, distinct), strict=True))
    if None in found.values():
        new = {w: (w, stem(w, algorithm=algorithm)) for w, f in found.items() if f is None}
        memo.add_forms(algorithm, new)
        found.update(new)
    return dict(zip(found, map(itemgetter(1), found.values()), strict=True))  # type: ignore[arg-type]


def _head_and_lead(headline: str, body: str) -> tuple[list[str], list[str]]:
    """The words of the headline and of the body's first ``_LEAD_WORDS`` words."""
    return words(headline), words(body[:_LEAD_CHARS], _LEAD_WORDS)


def _stem_runs(
    headline: str, body: str, algorithm: Algorithm, memo: SearchMemo
) -> tuple[list[str], list[str]]:
    """Stems of the headline and of the lead, in text order."""
    head, lead = _head_and_lead(headline, body)
    stems = _stems(head + lead, algorithm, memo)
    return [stems[w] for w in head], [stems[w] for w in lead]


def _pairs(runs: tuple[list[str], ...], keep: Collection[str]) -> set[tuple[str, str]]:
    """Pairs of distinct stems of ``keep`` next to each other in one of ``runs``."""
    return {(a, b) for run in runs for a, b in pairwise(run) if a != b and a in keep and b in keep}


def _stem_set(headline: str, body: str, algorithm: Algorithm, memo: SearchMemo) -> set[str]:
    """The stems of the headline and the lead."""
    head, lead = _head_and_lead(headline, body)
    distinct = set(head)
    distinct.update(lead)
    forms = list(map(memo.forms(algorithm).get, distinct))
    if None in forms:
        return set(_stems(list(distinct), algorithm, memo).values())
    return set(map(itemgetter(1), forms))  # type: ignore[arg-type]


def _distinctive(
    conn: sqlite3.Connection, stems: list[str], memo: SearchMemo
) -> tuple[dict[str, float], list[str]]:
    """The query: up to ``_QUERY_TERMS`` stems of the seed with their tf·idf weights, and
    those of them the articles are searched by (see ``MAX_DF_SHARE``)."""
    counts = Counter(s for s in stems if len(s) > 1 and not s.isdigit() and not is_stopword(s))
    if not counts:
        return {}, []
    # the largest rowid stands in for the article count (an O(1) lookup, not a 31k-row scan)
    total = max(1, int(conn.execute(f"SELECT max(rowid) FROM {DOCS_TABLE}").fetchone()[0] or 1))
    # the query matches headline and body: a stem mostly in headlines (يصرع) is that common
    df = {t: max(c.values(), default=0) for t, c in term_docs(conn, counts, memo=memo).items()}
    scored = []
    for term, tf in counts.items():
        d = df.get(term, 0)
        if d < 2:  # only in the seed itself (or nowhere): cannot connect it to anything
            continue
        scored.append((tf >= MIN_TERM_FREQ, tf * math.log(total / d), term))
    scored.sort(reverse=True)
    query = {t: w for _, w, t in scored[:_QUERY_TERMS]}
    rare = [t for t in query if df[t] <= MAX_DF_SHARE * total]
    return query, rare or list(query)


def _ranked(
    conn: sqlite3.Connection, terms: list[str], want: int, enough: int
) -> list[tuple[int, float]]:
    """(rowid, FTS5 bm25: lower is better) of the ``want`` best articles with any of
    ``terms``; only among those with one in their headline when there are ``enough``."""
    quoted = " OR ".join('"' + t.replace('"', '""') + '"' for t in terms)
    expr = "{head body} : (" + quoted + ")"
    # Headline-first, as in search: scoring every article that shares one word with the seed
    # is slow (~10,000 on the full corpus); those sharing one in their headline usually fill it.
    tier = f" AND +{FTS_TABLE}.rowid IN (SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ?)"
    n_tier = conn.execute(
        f"SELECT count(*) FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ?{tier}",
        (expr, "head : (" + quoted + ")"),
    ).fetchone()[0]
    sql = f"SELECT rowid, {BM25} AS score FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ?"
    args: tuple[object, ...] = (expr,)
    if n_tier >= enough:
        sql += tier
        args += ("head : (" + quoted + ")",)
    return conn.execute(sql + " ORDER BY score LIMIT ?", (*args, want)).fetchall()


def _candidates(
    conn: sqlite3.Connection, ranked: list[tuple[int, float]], seed: int, group: str | None
) -> list[_Candidate]:
    """The ranked articles in rank order, the seed and its duplicate group left out."""
    marks = ",".join("?" * len(ranked))
    rows = {
        r[0]: r
        for r in conn.execute(
            "SELECT a.rowid, a.id, a.url, a.outlet, a.headline, a.published, a.day, a.body, "
            f"g.duplicate_group, a.source FROM {WITH_GROUPS} WHERE a.rowid IN ({marks})",
            [r[0] for r in ranked],
        )
    }
    out = []
    for rowid, score in ranked:
        row = rows[rowid]
        if rowid == seed or (group is not None and row[8] == group):
            continue
        out.append(
            _Candidate(
                id=row[1],
                url=row[2],
                outlet=row[3],
                source=row[9],
                headline=row[4],
                published=row[5],
                day=row[6],
                body=row[7] or "",
                bm25=-score,
            )
        )
    return out


def _days_apart(a: str | None, b: str | None) -> float:
    """Days between two ``YYYY-MM-DD`` days; unknown (no date) is far."""
    try:
        return abs((date.fromisoformat(a or "") - date.fromisoformat(b or "")).days)
    except ValueError:
        return math.inf


def _fixed_phrases(
    conn: sqlite3.Connection, pairs: set[tuple[str, str]], memo: SearchMemo
) -> set[tuple[str, str]]:
    """The ``pairs`` that are fixed phrases of the corpus (see ``PHRASE_MIN_DOCS``)."""
    counts = phrase_docs(conn, sorted(pairs), memo=memo)
    return {
        p for p, (n, both) in counts.items() if n >= PHRASE_MIN_DOCS and n >= PHRASE_SHARE * both
    }


def _things(shared: Collection[str], phrases: set[tuple[str, str]]) -> list[list[str]]:
    """The ``shared`` stems, those joined by one of ``phrases`` (or a chain of them: عبدالله بن
    عبدالعزيز) taken as one thing."""
    parent = {t: t for t in shared}

    def root(t: str) -> str:
        while parent[t] != t:
            t = parent[t]
        return t

    for a, b in phrases:
        if a in parent and b in parent:
            parent[root(a)] = root(b)
    things: dict[str, list[str]] = {}
    for t in shared:
        things.setdefault(root(t), []).append(t)
    return list(things.values())


def _on_topic(things: list[list[str]], query: dict[str, float], need: int) -> bool:
    """``MIN_SHOULD_MATCH`` of the query's things (stems, or fixed phrases), carrying
    ``MIN_SHARE`` of its weight (a phrase weighs what its heaviest word does)."""
    weight = sum(max(query[t] for t in thing) for thing in things)
    return len(things) >= need and weight >= MIN_SHARE * sum(query.values())


def related(
    conn: sqlite3.Connection, article_id: str, *, limit: int = 10, memo: SearchMemo | None = None
) -> list[Hit]:
    """The ``limit`` articles most similar to ``article_id``, its own copies left out; fewer
    (or none) when fewer are on its topic (see the module's rules).

    ``memo`` remembers term counts and word stems across calls (see ``SearchMemo``; same
    result without)."""
    if not 1 <= limit <= 100:
        raise QueryError(f"limit must be between 1 and 100, not {limit}")
    seed = conn.execute(
        "SELECT a.rowid, a.headline, a.body, a.day, g.duplicate_group "
        f"FROM {WITH_GROUPS} WHERE a.id = ?",
        (article_id,),
    ).fetchone()
    if seed is None:
        raise QueryError(f"no article with id {article_id!r} in this store")
    rowid, headline, body, day, group = seed
    algorithm = index_algorithm(conn)
    memo = memo if memo is not None else SearchMemo()
    runs = _stem_runs(headline or "", body or "", algorithm, memo)
    query, searched = _distinctive(conn, runs[0] * 2 + runs[1], memo)
    if not query:
        return []
    phrases = _fixed_phrases(conn, _pairs(runs, query), memo)
    need = min(MIN_SHOULD_MATCH, len(_things(query, phrases)))
    ranked = _ranked(conn, searched, limit * 5 + 10, limit * 3 + 10)
    on_topic: list[tuple[float, int, _Candidate]] = []
    for k, c in enumerate(_candidates(conn, ranked, rowid, group)):
        shared = query.keys() & _stem_set(c.headline or "", c.body, algorithm, memo)
        joined = {p for p in phrases if p[0] in shared and p[1] in shared}
        if joined:  # the pair next to each other in the article too
            joined &= _pairs(_stem_runs(c.headline or "", c.body, algorithm, memo), shared)
        if _on_topic(_things(shared, joined), query, need):
            boost = 1 + TIME_BOOST * math.exp(-_days_apart(day, c.day) / SAME_DAYS)
            on_topic.append((c.bm25 * boost, k, c))
    on_topic.sort(key=lambda x: (-x[0], x[1]))  # the best first; ties in BM25's order
    seed_shingles = _shingles(f"{headline or ''}\n{body or ''}")
    kept: list[Hit] = []
    kept_shingles: list[frozenset[int]] = []
    for score, _, c in on_topic:
        sh = _shingles(f"{c.headline or ''}\n{c.body}")
        if _near_duplicate(seed_shingles, sh) or any(_near_duplicate(sh, k) for k in kept_shingles):
            continue
        lead = " ".join(c.body.split()[:_SNIPPET_WORDS])
        kept.append(
            Hit(
                id=c.id,
                url=c.url,
                outlet=c.outlet,
                source=c.source,
                headline=c.headline,
                published=c.published,
                score=score,
                snippet=lead,
                snippet_text=lead,
            )
        )
        kept_shingles.append(sh)
        if len(kept) == limit:
            break
    return kept
