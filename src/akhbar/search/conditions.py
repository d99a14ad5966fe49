"""A search's filters as SQL conditions, and the checks of its dates and page.

Every caller (``search``, ``facets``, the web app's parameters) checks a date range through
``check_dates``, so a reader gets one message for it whichever way they asked.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from akhbar.errors import QueryError
from akhbar.search.index import DOCS_TABLE, FTS_TABLE
from akhbar.search.results import Filters

__all__ = ["MAX_LIMIT", "MAX_OFFSET", "check_dates", "check_page", "where"]

MAX_LIMIT = 100
MAX_OFFSET = 10_000


def _day(value: str | None, name: str) -> str | None:
    if value is None or value == "":
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise QueryError(f"{name} must be a date like 2015-07-31, not {value!r}") from None


def check_dates(filters: Filters) -> tuple[str | None, str | None]:
    """The filters' first and last day (ISO), checked: the one check of a date range, for
    every caller (``search``, ``facets``, the web app's parameters), so one message, naming
    no caller's own spelling of the two dates (``--from``, ``from``)."""
    lo, hi = _day(filters.date_from, "--from"), _day(filters.date_to, "--to")
    if lo and hi and lo > hi:
        raise QueryError(f"the start date {lo} is after the end date {hi}; swap them")
    return lo, hi


def where(filters: Filters) -> tuple[str, str, list[Any]]:
    """(join, conditions, arguments) restricting the FTS matches to ``filters``.

    A join probes each match's row in the index's small ``search_docs`` table by rowid (the
    ``articles`` rows are large: probing them cost ~10 µs a match); ``CROSS JOIN`` keeps FTS5 as
    the outer loop (SQLite otherwise may run the full-text query once per filtered article).
    """
    conds: list[str] = []
    args: list[Any] = []
    if filters.outlets:
        conds.append(f"d.outlet IN ({','.join('?' * len(filters.outlets))})")
        args += list(filters.outlets)
    lo, hi = check_dates(filters)
    if lo:
        conds.append("d.day >= ?")
        args.append(lo)
    if hi:
        conds.append("d.day <= ?")
        args.append(hi)
    if filters.tags:
        marks = ",".join("?" * len(filters.tags))
        conds.append(f"d.rowid IN (SELECT article FROM article_tags WHERE tag IN ({marks}))")
        args += list(filters.tags)
    if not conds:
        return "", "", []
    join = f" CROSS JOIN {DOCS_TABLE} d ON d.rowid = {FTS_TABLE}.rowid"  # FTS5 first, always
    return join, "".join(f" AND {c}" for c in conds), args


def check_page(limit: int, offset: int) -> None:
    """Refuse a page size or a start outside what a search serves (``QueryError``)."""
    if not 1 <= limit <= MAX_LIMIT:
        raise QueryError(f"limit must be between 1 and {MAX_LIMIT}, not {limit}")
    if not 0 <= offset <= MAX_OFFSET:
        raise QueryError(f"offset must be between 0 and {MAX_OFFSET}, not {offset}")
