"""The Arabic pages: home (stories of the day), story, article, search, tag, outlet, lists.

Server-rendered and readable without JavaScript; every string from the store goes through
Jinja2's autoescaping (search snippets are escaped by ``akhbar.search`` before ``<mark>``).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import replace
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import FileResponse, HTMLResponse, PlainTextResponse
from pydantic import AfterValidator, BeforeValidator

from akhbar.errors import CommonWordsError, QueryError
from akhbar.search import search_with_facets
from akhbar.search.query import MAX_QUERY_CHARS
from akhbar.store.queries import (
    day_counts,
    latest_articles,
    latest_day,
    outlet_counts,
    tag_counts,
)
from akhbar.text import has_arabic
from akhbar.web.app import DAY_PATTERN, MAX_FILTERS, blank_as_none, iso_day
from akhbar.web.cache import StoreCache
from akhbar.web.render import QueryLinks, Renderer
from akhbar.web.views import (
    article_view,
    cached_related,
    calendar_day,
    news_day,
    search_filters,
    story_entries,
    story_leads,
    story_list,
    story_with_members,
)

__all__ = ["router"]

router = APIRouter(include_in_schema=False)
_FAVICON = Path(__file__).parent / "static" / "favicon.svg"
#: search result pages are endless combinations of filters: crawlers keep to the articles
_ROBOTS = "User-agent: *\nDisallow: /search\nDisallow: /api/\n"

PER_PAGE = 20
#: a query of one common word (or common words OR-ed): ``akhbar.search.query``
COMMON_WORDS = (
    "«{q}»: كلمات شائعة ترد في كل مقال تقريباً، فلا يُبحث بها وحدها. "
    "أضف كلمة مميزة، أو ابحث عن عبارة من كلمتين أو أكثر."
)
TOO_LONG = "عبارة البحث طويلة ({n} حرفاً، والحد {limit})؛ ابحث بكلمات قليلة مميزة أو بعبارة قصيرة."
NO_WORDS = "تعذّر البحث بهذه العبارة؛ اكتب كلمات، أو «عبارة» بين علامتي تنصيص، أو -كلمة لاستبعادها."
REVERSED = "تاريخ «من» بعد تاريخ «إلى»؛ بدّلهما."
SEARCH_PER_PAGE = 10
RELATED = 6
Offset = Annotated[int, Query(ge=0, le=10_000)]
# a page's parameters come from its forms, which send their empty fields: empty is absent
# (before-validators run last listed first: blank_as_none, then the check of what is left)
Day = Annotated[
    str | None,
    Query(pattern=DAY_PATTERN),
    AfterValidator(calendar_day),
    BeforeValidator(blank_as_none),
]
Date = Annotated[dt.date | None, BeforeValidator(iso_day), BeforeValidator(blank_as_none)]
Names = Annotated[list[str] | None, Query(max_length=MAX_FILTERS)]
NO_OUTLET = "لا توجد مقالات لهذه الصحيفة"


def _conn(request: Request) -> sqlite3.Connection:
    conn: sqlite3.Connection = request.app.state.connections.reader()
    return conn


def _render(request: Request, template: str, **context: Any) -> str:
    renderer: Renderer = request.app.state.renderer
    return renderer.render(template, request_path=request.url.path, **context)


def _html(request: Request, template: str, **context: Any) -> HTMLResponse:
    return HTMLResponse(_render(request, template, **context))


def _pages(total: int, offset: int, per_page: int) -> dict[str, Any]:
    """The pager of a listing; past its end, "previous" leads to its last page.

    ``numbers`` are the pages a reader can jump to, as (page, offset): the first, the last and
    two either side of this one, with None where pages are skipped (shown as "…").
    """
    pages = max(1, -(-total // per_page))
    page = offset // per_page + 1
    prev = min(max(0, offset - per_page), (pages - 1) * per_page) if offset > 0 else None
    nxt = offset + per_page if offset + per_page < total else None
    shown = sorted({1, pages, *range(max(1, page - 2), min(pages, page + 2) + 1)})
    numbers: list[tuple[int, int] | None] = []
    for n in shown:
        if numbers and numbers[-1] is not None and n - numbers[-1][0] > 1:
            numbers.append(None)
        numbers.append((n, (n - 1) * per_page))
    return {
        "prev": prev,
        "next": nxt,
        "page": page,
        "pages": pages,
        "numbers": numbers if pages > 1 else [],
        "first": offset + 1,
        "last": min(offset + per_page, total),
    }


@router.get("/", response_class=HTMLResponse)
async def home(
    request: Request,
    day: Day = None,
    outlet: str | None = None,
    offset: Offset = 0,
) -> HTMLResponse:
    conn = _conn(request)
    cache: StoreCache = request.app.state.cache

    def compute() -> dict[str, Any]:
        # one outlet's front page opens on its own latest day, not on a day it printed nothing
        days = day_counts(conn, outlet=outlet) if outlet else day_counts(conn)
        if outlet and not days:  # as its /outlet/ page: not a page saying nothing
            raise HTTPException(404, NO_OUTLET)
        the_day = day or (days[0][0] if outlet and days else news_day(conn))
        stories = story_list(
            conn, day=the_day, outlet=outlet, limit=PER_PAGE + 1, offset=offset, min_size=2
        )
        more = stories is not None and len(stories) > PER_PAGE
        shown = stories[:PER_PAGE] if stories is not None else None
        return {
            "day": the_day,
            "outlet": outlet,
            "stories": shown,
            "leads": story_leads(conn, shown) if shown else {},
            "latest": latest_articles(conn, outlet=outlet, day=the_day, limit=12),
            "outlets": outlet_counts(conn),
            "days": days,
            "offset": offset,
            "prev": max(0, offset - PER_PAGE) if offset else None,
            "next": offset + PER_PAGE if more else None,
        }

    # the home page is the same for every reader until the store changes: kept rendered, and
    # encoded (a cached page is sent again and again; encoding it would be per request)
    html = cache.get(
        ("home", day, outlet, offset),
        lambda: _render(request, "home.html", **compute()).encode(),
    )
    return HTMLResponse(html)


@router.get("/story/{story_id}", response_class=HTMLResponse)
def story_page(request: Request, story_id: str) -> HTMLResponse:
    story = story_with_members(_conn(request), story_id)
    if story is None:
        raise HTTPException(404, "لا توجد قصة بهذا المعرّف")
    lead = story_leads(_conn(request), [story], limit=400).get(story.id)
    return _html(request, "story.html", story=story, entries=story_entries(story), lead=lead)


@router.get("/article/{article_id}", response_class=HTMLResponse)
async def article_page(request: Request, article_id: str) -> HTMLResponse:
    # Related articles cost one ranked full-text query (tens of ms on a large store): the page
    # shows them when already computed, else links to them (related.js fetches them in place),
    # so the article itself is never held up by them.
    view = article_view(_conn(request), article_id, related_limit=None)
    if view is None:
        raise HTTPException(404, "لا يوجد مقال بهذا المعرّف")
    cache: StoreCache = request.app.state.cache
    hits = cache.peek(("related", article_id, RELATED))
    return _html(request, "article.html", view=view, page=view.record.page, related=hits)


@router.get("/article/{article_id}/related", response_class=HTMLResponse)
def related_page(request: Request, article_id: str) -> HTMLResponse:
    conn = _conn(request)
    view = article_view(conn, article_id, related_limit=None)
    if view is None:
        raise HTTPException(404, "لا يوجد مقال بهذا المعرّف")
    memo = request.app.state.memo
    hits = cached_related(request.app.state.cache, conn, article_id, RELATED, memo=memo)
    return _html(request, "related.html", view=view, related=hits)


@router.get("/search", response_class=HTMLResponse)
def search_page(
    request: Request,
    q: str = "",
    outlet: Names = None,
    tag: Names = None,
    date_from: Annotated[Date, Query(alias="from")] = None,
    date_to: Annotated[Date, Query(alias="to")] = None,
    offset: Offset = 0,
) -> HTMLResponse:
    conn = _conn(request)
    reversed_dates = False
    try:
        filters = search_filters(outlet, tag, date_from, date_to)
    except QueryError:
        # the page still shows the form with what was asked, so the reader can swap them
        reversed_dates = True
        filters = replace(
            search_filters(outlet, tag, None, None),
            date_from=date_from.isoformat() if date_from else None,
            date_to=date_to.isoformat() if date_to else None,
        )
    params = {
        "q": q,
        "outlet": list(filters.outlets),
        "tag": list(filters.tags),
        "from": filters.date_from,
        "to": filters.date_to,
    }

    def render() -> tuple[int, bytes]:
        results = found = None
        error = detail = None
        if reversed_dates:
            error = REVERSED
        elif len(q) > MAX_QUERY_CHARS:
            error = TOO_LONG.format(n=len(q), limit=MAX_QUERY_CHARS)
        elif q.strip():
            memo = request.app.state.memo
            try:
                results, found = search_with_facets(
                    conn,
                    q,
                    filters=filters,
                    limit=SEARCH_PER_PAGE,
                    offset=offset,
                    memo=memo,
                    top=12,
                    # a copy is a headline line under its article here (render.search_result)
                    copy_snippets=False,
                )
            except CommonWordsError:
                error = COMMON_WORDS.format(q=" ".join(q.split()))
            except QueryError as exc:
                error, detail = NO_WORDS, str(exc)
        html = _render(
            request,
            "search.html",
            q=q,
            error=error,
            detail=detail,
            swap=reversed_dates,
            latin_only=bool(q.strip()) and not has_arabic(q),
            params=params,
            search_link=QueryLinks("/search", params),
            filters=filters,
            results=results,
            facets=found,
            paging=_pages(results.total if results else 0, offset, SEARCH_PER_PAGE),
            offset=offset,
            per_page=SEARCH_PER_PAGE,
        )
        return (400 if error else 200), html.encode()

    # a results page is the same for everyone asking the same thing until the store changes.
    # The handler stays sync (thread pool): SQLite runs without the GIL, so a worker overlaps
    # one request's queries with another's Python; as async it served half the requests.
    # An unusable query is answered with the search form and why (400), not a bare error page.
    cache: StoreCache = request.app.state.cache
    status, html = cache.get(("search", q, filters, reversed_dates, offset), render)
    return HTMLResponse(html, status_code=status)


@router.get("/tag/{tag:path}", response_class=HTMLResponse)  # a tag may hold "/"
def tag_page(request: Request, tag: str, offset: Offset = 0) -> HTMLResponse:
    listing = latest_articles(_conn(request), tag=tag, limit=PER_PAGE, offset=offset)
    if listing.total == 0:
        raise HTTPException(404, "لا توجد مقالات بهذا الوسم")
    return _html(
        request,
        "list.html",
        kind="tag",
        title=tag,
        listing=listing,
        paging=_pages(listing.total, offset, PER_PAGE),
        day=None,
        days=(),
        key=tag,
    )


@router.get("/outlet/{outlet:path}", response_class=HTMLResponse)
def outlet_page(request: Request, outlet: str, day: Day = None, offset: Offset = 0) -> HTMLResponse:
    conn = _conn(request)
    listing = latest_articles(conn, outlet=outlet, day=day, limit=PER_PAGE, offset=offset)
    days = day_counts(conn, outlet=outlet)
    if not days:
        raise HTTPException(404, NO_OUTLET)
    return _html(
        request,
        "list.html",
        kind="outlet",
        title=outlet,
        listing=listing,
        paging=_pages(listing.total, offset, PER_PAGE),
        day=day,
        days=days,
        key=outlet,
    )


@router.get("/tags", response_class=HTMLResponse)
def tags_page(request: Request, offset: Offset = 0) -> HTMLResponse:
    total, tags = tag_counts(_conn(request), limit=100, offset=offset)
    return _html(request, "tags.html", total=total, tags=tags, paging=_pages(total, offset, 100))


@router.get("/favicon.ico")
def favicon() -> FileResponse:
    """Browsers and feed readers ask for it whatever the page links: the site's icon, not a
    rendered 404 page on every visit."""
    return FileResponse(_FAVICON, media_type="image/svg+xml")


@router.get("/robots.txt", response_class=PlainTextResponse)
def robots() -> str:
    return _ROBOTS


@router.get("/outlets", response_class=HTMLResponse)
def outlets_page(request: Request) -> HTMLResponse:
    conn = _conn(request)
    return _html(request, "outlets.html", outlets=outlet_counts(conn), latest=latest_day(conn))
