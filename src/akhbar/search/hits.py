"""A ranked page made into ``Hit``s: the articles' fields, snippets, highlights, copy links.

``CopyLinks`` holds the verified copies (``akhbar.dedup.copies``) of the articles one search
has looked up, so the ranking (which moves copies up, ``ranking.with_copies``) and the page
(which links each copy to the article it follows) read each article's copies once.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from akhbar.dedup.copies import copies_of
from akhbar.search.memo import SearchMemo
from akhbar.search.query import Query
from akhbar.search.results import Hit
from akhbar.search.snippet import Marker, Snippet, marked
from akhbar.text import Algorithm

__all__ = ["CopyLinks", "hits"]


class CopyLinks:
    """Article rowid -> its copies, closest first, looked up once per article per search.

    An article's copies do not depend on which other articles are asked for with it (each is
    read from the copy pairs touching it), so answers of several lookups can be merged."""

    __slots__ = ("_asked", "_conn", "_copies")

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self._copies: dict[int, list[int]] = {}
        self._asked: set[int] = set()

    def of(self, rowids: Sequence[int]) -> dict[int, list[int]]:
        """``copies_of(conn, rowids)``: the copies of those of ``rowids`` that have some."""
        missing = [r for r in dict.fromkeys(rowids) if r not in self._asked]
        if missing:
            self._copies.update(copies_of(self._conn, missing))
            self._asked.update(missing)
        return {r: self._copies[r] for r in rowids if r in self._copies}

    def looked_up(self, rowid: int) -> bool:
        """Whether ``of`` has read the copies of ``rowid`` already (asking costs nothing)."""
        return rowid in self._asked


def _copy_heads(links: CopyLinks, page: list[int]) -> dict[int, int]:
    """Copy rowid -> the article it follows on ``page``: each run of an article and its
    verified copies right behind it (``ranking.with_copies`` makes those runs) is one dispatch.

    Only the heads' copies are needed: a copy pulled up behind its article (whose copies the
    ranking did not read) is a head only when it opens the page, so the copies are read
    from the first head not looked up yet on, in one statement, and mostly never."""
    heads: dict[int, int] = {}
    head: int | None = None
    head_copies: list[int] = []
    for k, rowid in enumerate(page):
        if head is not None and rowid in head_copies:
            heads[rowid] = head
        else:
            head = rowid
            if not links.looked_up(rowid):
                links.of([r for r in page[k:] if not links.looked_up(r)])
            head_copies = links.of([rowid]).get(rowid, [])
    return heads


def hits(
    conn: sqlite3.Connection,
    ranked: list[tuple[int, float, bool]],
    query: Query,
    *,
    algorithm: Algorithm,
    snippets: bool,
    memo: SearchMemo,
    links: CopyLinks,
    copy_snippets: bool = True,
) -> list[Hit]:
    """The ``Hit``s of ``ranked`` (rowid, bm25, matched every clause), in that order.
    ``copy_snippets=False``: a copy following its article (``Hit.copy_of``) gets its headline
    marked but an empty body snippet (a third of a page's hits are such copies)."""
    if not ranked:
        return []
    marks = ",".join("?" * len(ranked))
    rows = conn.execute(
        f"SELECT rowid, id, url, outlet, headline, published, {'body' if snippets else 'NULL'}, "
        "source "
        "FROM articles "
        f"WHERE rowid IN ({marks})",
        [r[0] for r in ranked],
    ).fetchall()
    by_rowid = {r[0]: r for r in rows}
    copy_of = _copy_heads(links, [r[0] for r in ranked])
    marker = Marker(query.terms, algorithm=algorithm, memo=memo)  # one for the page's texts
    out = []
    for rowid, score, full in ranked:
        _, id_, url, outlet, headline, published, body, source = by_rowid[rowid]
        if snippets:
            if copy_snippets or rowid not in copy_of:
                snip = marker.snippet(body or "")
            else:
                snip = Snippet(text="")
            head = marker.highlight(headline or "")
        else:
            snip = head = Snippet(text="")
        out.append(
            Hit(
                id=id_,
                url=url,
                outlet=outlet,
                source=source,
                headline=headline,
                published=published,
                score=-score,  # FTS5's bm25 is negative; higher is better here
                snippet=marked(snip.text, snip.spans),
                snippet_text=snip.text,
                snippet_spans=snip.spans,
                headline_spans=head.spans,
                matched_all=full,
                copy_of=by_rowid[copy_of[rowid]][1] if rowid in copy_of else None,
            )
        )
    return out
