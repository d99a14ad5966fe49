"""Arabic full-text search over the store: index at ingest, ranked queries, related articles.

Usage (``conn`` is an akhbar store's ``connection``)::

    from akhbar.search import Filters, search
    results = search(conn, 'الاتفاق النووي -ايران', filters=Filters(outlets=("aawsat",)))

``index_pending(conn)`` is the ingest hook; ``search``, ``facets`` and ``related`` are the API
the CLI and the web app use; a caller running many queries keeps one ``SearchMemo`` and passes
it to them (``memo=``). Every user-facing failure is a ``QueryError`` with a message.
"""

from akhbar.search.engine import check_dates, search
from akhbar.search.facets import facets, search_with_facets
from akhbar.search.index import ensure_schema, index_pending, optimize, reindex
from akhbar.search.memo import SearchMemo
from akhbar.search.query import Query, Term, parse_query
from akhbar.search.related import related
from akhbar.search.results import Facets, Filters, Hit, SearchResults
from akhbar.search.snippet import Snippet, marked, to_html

__all__ = [
    "Facets",
    "Filters",
    "Hit",
    "Query",
    "SearchMemo",
    "SearchResults",
    "Snippet",
    "Term",
    "check_dates",
    "ensure_schema",
    "facets",
    "index_pending",
    "marked",
    "optimize",
    "parse_query",
    "reindex",
    "related",
    "search",
    "search_with_facets",
    "to_html",
]
