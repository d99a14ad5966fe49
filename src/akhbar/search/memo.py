"""What a run of searches may remember between queries, held by the caller that runs them.

Two lookups repeat across queries and cost real time when done afresh each time:

* the document counts of a term (``index.term_docs``): FTS5 keeps none, ``fts5vocab`` decodes
  the term's whole posting list to count them (~0.1 ms for a common word). They are kept per
  store file with the index watermark they were counted at, and dropped when it moves (new
  articles were indexed), so a count is never stale;
* the analysis of a display word for highlighting (``snippet``): its exact form and stem. News
  text is Zipfian, so most words of a snippet window were seen before. This is a memo of a pure
  function: it can only save time, never change a result.

Both are bounded: a table that would grow past its limit is emptied and refilled (the lookups
are cheap to redo; an LRU's bookkeeping would cost more than it saves). A ``SearchMemo`` belongs to whoever
runs the searches: the web app holds one per app instance (per worker process), ``akhbar search
--batch`` one per run. Without one, ``search`` and ``related`` use a fresh memo per call:
the results are the same, only slower for a run of queries.

It may be shared by threads (the web app's worker threads): entries are only added whole, a full
table is replaced rather than emptied in place, and a reader keeps the entries it looked up, so
a concurrent clear never leaves it with a half-filled count.
"""

from __future__ import annotations

from collections.abc import Mapping

from akhbar.text import Algorithm

__all__ = ["Forms", "SearchMemo", "TermCounts"]

#: term -> {column: articles with the term in that column}
TermCounts = Mapping[str, Mapping[str, int]]
#: display word -> (exact form, stem), as the index analyzed it
Forms = Mapping[str, tuple[str, str]]

_EMPTY_COUNTS: TermCounts = {}
_EMPTY_FORMS: Forms = {}


class SearchMemo:
    """Bounded memos for repeated searches: term document counts and snippet word forms.

    At most ``max_terms`` counted terms per store file, for at most ``max_stores`` store files,
    and ``max_forms`` display words per stemmer. Lookups return read-only views; new entries
    go in through the ``add_`` methods, which enforce the bounds.
    """

    __slots__ = ("_forms", "_terms", "max_forms", "max_stores", "max_terms")

    def __init__(
        self, *, max_terms: int = 100_000, max_forms: int = 1 << 18, max_stores: int = 8
    ) -> None:
        if min(max_terms, max_forms, max_stores) < 1:
            raise ValueError(
                f"SearchMemo sizes must be at least 1, not max_terms={max_terms}, "
                f"max_forms={max_forms}, max_stores={max_stores}"
            )
        self.max_terms = max_terms
        self.max_forms = max_forms
        self.max_stores = max_stores
        #: store file path -> (index watermark the counts were taken at, the counts)
        self._terms: dict[str, tuple[int, dict[str, Mapping[str, int]]]] = {}
        self._forms: dict[str, dict[str, tuple[str, str]]] = {}

    def term_counts(self, store: str, watermark: int) -> TermCounts:
        """The counts held for ``store`` (its file path) at index ``watermark``: none once the
        watermark has moved (new articles were indexed), none for ``store`` "" (an in-memory
        database has no name to key it by)."""
        held = self._terms.get(store) if store else None
        return held[1] if held is not None and held[0] == watermark else _EMPTY_COUNTS

    def add_term_counts(self, store: str, watermark: int, counts: TermCounts) -> None:
        """Remember ``counts`` of ``store`` taken at index ``watermark`` (the counts of an older
        watermark are dropped; a full table is emptied first)."""
        if not store:
            return
        held = self._terms.get(store)
        if held is None or held[0] != watermark or len(held[1]) + len(counts) > self.max_terms:
            if held is None and len(self._terms) >= self.max_stores:
                self._terms = {}  # a few stores per memo at most: forget the others
            held = (watermark, {})
            self._terms[store] = held
        if len(counts) <= self.max_terms:
            held[1].update(counts)

    def forms(self, algorithm: Algorithm) -> Forms:
        """The display-word analyses held for ``algorithm``."""
        return self._forms.get(algorithm, _EMPTY_FORMS)

    def add_forms(self, algorithm: Algorithm, forms: Forms) -> None:
        """Remember display-word analyses for ``algorithm`` (a full table is emptied first)."""
        table = self._forms.get(algorithm)
        if table is None or len(table) + len(forms) > self.max_forms:
            table = self._forms[algorithm] = {}
        if len(forms) <= self.max_forms:
            table.update(forms)

    def sizes(self) -> dict[str, int]:
        """How many entries the tables hold: store files, counted terms, display words."""
        return {
            "stores": len(self._terms),
            "terms": sum(len(c) for _, c in list(self._terms.values())),
            "forms": sum(len(f) for f in list(self._forms.values())),
        }

    def clear(self) -> None:
        """Forget everything (the next queries count and analyze afresh)."""
        self._terms = {}
        self._forms = {}
