"""The JSON API under ``/api/``: the pages' data, paginated by ``limit``/``offset``.

Errors all have one shape, ``{"error": {"code": ..., "message": ...}}`` (see ``app``): 404 for
an unknown article or story, 422 for a parameter out of bounds, malformed, given twice or not
known to the endpoint, 400 for an unusable query or an ingest body with nothing readable in
it, 401/403 for ingest without the right token, 413/415 for an ingest body too large or
neither JSON nor text. The OpenAPI document lists each route's.

Every listing answers ``{"total", "limit", "offset", <its items>}`` (search names its items
``hits``, the others ``items``); ``total`` counts every match, not just this page.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import tempfile
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.dependencies.utils import field_annotation_is_sequence
from fastapi.security import HTTPBearer
from pydantic import AfterValidator, BaseModel, BeforeValidator
from starlette.concurrency import run_in_threadpool

from akhbar.ingest import ingest
from akhbar.read import sha256
from akhbar.search import Facets, search, search_with_facets
from akhbar.search.query import MAX_QUERY_CHARS
from akhbar.store.queries import figures, latest_articles, outlet_counts, tag_counts
from akhbar.text import has_arabic
from akhbar.web.app import DAY_PATTERN, MAX_FILTERS, iso_day
from akhbar.web.format import arabic_date, outlet_name
from akhbar.web.http_ingest import (
    body_rejects,
    check_media_type,
    check_token,
    in_body,
    request_body_doc,
    suffix,
    unreadable,
)
from akhbar.web.schemas import (
    ArticleAnswer,
    ArticleList,
    IngestAnswer,
    OutletList,
    RelatedAnswer,
    SearchAnswer,
    StatsAnswer,
    StoryAnswer,
    StoryList,
    TagList,
)
from akhbar.web.views import (
    article_view,
    cached_related,
    calendar_day,
    get_record,
    search_filters,
    story_count,
    story_list,
    story_with_members,
)

__all__ = ["MAX_INGEST_BYTES", "router"]

MAX_INGEST_BYTES = 32 << 20
#: why a query without Arabic letters found nothing (the stores hold Arabic news)
NO_ARABIC = "the query has no Arabic letters and the articles are in Arabic; search in Arabic"


class ErrorDetail(BaseModel):
    code: str
    message: str


class ErrorBody(BaseModel):
    """The one error shape of the API."""

    error: ErrorDetail


def _documented(descriptions: dict[int, str]) -> dict[int | str, dict[str, Any]]:
    """Error responses for a route's ``responses=``, each in the one error shape."""
    return {code: {"model": ErrorBody, "description": d} for code, d in descriptions.items()}


#: what any route may answer: a bad parameter, a crash, a store that cannot be read
_ERRORS = _documented(
    {
        422: "Invalid parameter: out of bounds, malformed, given twice, or not taken here",
        500: "The server failed on this request",
        503: "The store is not available",
    }
)
_NOT_FOUND = {404: "No such article or story"}


def _answers(model: type[BaseModel], errors: dict[int, str] | None = None) -> dict[str, Any]:
    """A route's documented answers: ``model`` for a 200 (documented, not enforced: see
    ``schemas``) and ``errors`` besides the router's."""
    return {
        "response_model": None,
        "responses": {200: {"model": model, "description": "OK"}, **_documented(errors or {})},
    }


def known_parameters(request: Request) -> None:
    """A query parameter the endpoint does not take is refused (422, naming the ones it
    takes), not ignored: ``?limt=5`` would otherwise answer 20 items as if all were well."""
    route = request.scope.get("route")
    dependant = getattr(route, "dependant", None)
    if dependant is None:
        return
    known = {p.alias for p in dependant.query_params}
    unknown = sorted(set(request.query_params) - known)
    if unknown:
        takes = f"takes: {', '.join(sorted(known))}" if known else "takes no query parameters"
        raise HTTPException(
            422, f"unknown query parameter {', '.join(unknown)}; this endpoint {takes}"
        )
    # one value is read: ``?limit=5&limit=6`` would answer 6 as if 5 had not been asked for
    for param in dependant.query_params:
        given = len(request.query_params.getlist(param.alias))
        if given > 1 and not field_annotation_is_sequence(param.field_info.annotation):
            raise HTTPException(422, f"{param.alias}: given {given} times; give it once")


router = APIRouter(prefix="/api", responses=_ERRORS, dependencies=[Depends(known_parameters)])

Limit = Annotated[int, Query(ge=1, le=100, description="Page size, 1..100.")]
Offset = Annotated[int, Query(ge=0, le=10_000, description="Items to skip, 0..10000.")]
Day = Annotated[
    str | None,
    Query(
        pattern=DAY_PATTERN, description="A day, YYYY-MM-DD", json_schema_extra={"format": "date"}
    ),
    AfterValidator(calendar_day),
]
#: ``from``/``to``: a date, written YYYY-MM-DD (not a Unix time, not a datetime)
Date = Annotated[dt.date | None, BeforeValidator(iso_day)]
Names = Annotated[
    list[str] | None,
    Query(max_length=MAX_FILTERS, description=f"Any of these (at most {MAX_FILTERS})"),
]


def _conn(request: Request) -> sqlite3.Connection:
    conn: sqlite3.Connection = request.app.state.connections.reader()
    return conn


def _hit(hit: Any) -> dict[str, Any]:
    out: dict[str, Any] = hit.to_dict()
    out["source"] = hit.source
    out["outlet_name"] = outlet_name(hit.outlet, hit.source)
    out["snippet_html"] = hit.snippet_html
    out["published_ar"] = arabic_date(hit.published, weekday=False, time=False)
    out["copy_of"] = hit.copy_of
    return out


@router.get(
    "/search",
    **_answers(SearchAnswer, {400: "Unusable query: no words, too many terms, reversed dates"}),
    summary="Search articles (ranked, filtered, with facets)",
    description=(
        "Ranked hits of `q` within the filters: `outlet` and `tag` may each be given more than "
        "once (any of them), `from`/`to` bound the day (inclusive). `total` and `hits` are "
        "within every filter.\n\n"
        "With `facets=true` the answer also has `facets`: counts of the articles matching every "
        "word of `q`, by outlet, day and tag. Facets are disjunctive: each is counted with the "
        "*other* facets' filters but not its own (the outlets within the days and tags asked "
        "for, the days within the outlets and tags, the tags within the outlets and days), so "
        "with one outlet chosen every other outlet is still listed with the count it would "
        "add. Outlets and tags are the top ones by count, and every chosen one is listed too "
        "(its count 0 when nothing matches it), marked `chosen: true`; days are all listed. "
        "`facets.total` counts the matches within every filter."
    ),
)
def api_search(
    request: Request,
    q: Annotated[
        str,
        Query(
            min_length=1,
            max_length=MAX_QUERY_CHARS,
            description='Query: words, "phrases", -excluded',
        ),
    ],
    outlet: Names = None,
    tag: Names = None,
    date_from: Annotated[Date, Query(alias="from", description="First day, YYYY-MM-DD")] = None,
    date_to: Annotated[Date, Query(alias="to", description="Last day, YYYY-MM-DD")] = None,
    limit: Limit = 10,
    offset: Offset = 0,
    with_facets: Annotated[bool, Query(alias="facets")] = False,
) -> dict[str, Any]:
    conn = _conn(request)
    filters = search_filters(outlet, tag, date_from, date_to)
    memo = request.app.state.memo
    f: Facets | None = None
    if with_facets:
        results, f = search_with_facets(
            conn, q, filters=filters, limit=limit, offset=offset, memo=memo
        )
    else:
        results = search(conn, q, filters=filters, limit=limit, offset=offset, memo=memo)
    out: dict[str, Any] = {
        "query": q,
        "total": results.total,
        "limit": limit,
        "offset": offset,
        "notice": results.notice
        or (NO_ARABIC if not results.total and not has_arabic(q) else None),
        "hits": [_hit(h) for h in results.hits],
    }
    if f is not None:
        day = filters.chosen_day()
        out["facets"] = {
            "total": f.total,
            "outlets": [
                {"outlet": o, "count": n, "chosen": o in filters.outlets} for o, n in f.outlets
            ],
            "days": [{"day": d, "count": n, "chosen": d == day} for d, n in f.days],
            "tags": [{"tag": t, "count": n, "chosen": t in filters.tags} for t, n in f.tags],
        }
    return out


@router.get(
    "/articles",
    **_answers(ArticleList),
    summary="Latest articles, optionally of one outlet, day or tag",
)
def api_articles(
    request: Request,
    outlet: str | None = None,
    day: Day = None,
    tag: str | None = None,
    limit: Limit = 20,
    offset: Offset = 0,
) -> dict[str, Any]:
    listing = latest_articles(
        _conn(request), outlet=outlet, day=day, tag=tag, limit=limit, offset=offset
    )
    return {
        "total": listing.total,
        "limit": limit,
        "offset": offset,
        "items": [a.to_dict() for a in listing.items],
    }


@router.get(
    "/articles/{article_id}",
    **_answers(ArticleAnswer, _NOT_FOUND),
    summary="One article with its copies and story",
)
def api_article(request: Request, article_id: str) -> dict[str, Any]:
    view = article_view(_conn(request), article_id, related_limit=None)
    if view is None:
        raise HTTPException(404, f"no article with id {article_id!r}")
    out = view.record.to_dict()
    out["outlet_name"] = outlet_name(view.record.outlet)
    out["copies"] = [m.__dict__ for m in view.copies]
    out["story_size"] = view.story.size if view.story else 1
    return out


@router.get(
    "/articles/{article_id}/related",
    **_answers(RelatedAnswer, _NOT_FOUND),
    summary="Articles related to one article",
)
def api_related(request: Request, article_id: str, limit: Limit = 10) -> dict[str, Any]:
    """The ``limit`` most similar articles, best first: a ranking, not a listing to page
    through, so ``offset`` is always 0 and ``total`` is how many were found (at most
    ``limit``)."""
    conn = _conn(request)
    if get_record(conn, article_id) is None:
        raise HTTPException(404, f"no article with id {article_id!r}")
    memo = request.app.state.memo
    hits = cached_related(request.app.state.cache, conn, article_id, limit, memo=memo) or ()
    return {
        "id": article_id,
        "total": len(hits),
        "limit": limit,
        "offset": 0,
        "items": [_hit(h) for h in hits],
    }


@router.get(
    "/stories",
    **_answers(StoryList, {404: "The store has no stories"}),
    summary="Stories (largest first), optionally of one day or outlet",
)
def api_stories(
    request: Request,
    day: Day = None,
    outlet: str | None = None,
    min_size: Annotated[int, Query(ge=1, le=1000)] = 1,
    limit: Limit = 20,
    offset: Offset = 0,
) -> dict[str, Any]:
    conn = _conn(request)
    stories = story_list(
        conn, day=day, outlet=outlet, limit=limit, offset=offset, min_size=min_size
    )
    if stories is None:
        raise HTTPException(404, "this store has no stories; ingest with akhbar.dedup installed")
    return {
        "total": story_count(conn, day=day, outlet=outlet, min_size=min_size),
        "limit": limit,
        "offset": offset,
        "items": [s.to_dict() for s in stories],
    }


@router.get(
    "/stories/{story_id}",
    **_answers(StoryAnswer, _NOT_FOUND),
    summary="One story with its members in time order",
)
def api_story(request: Request, story_id: str) -> dict[str, Any]:
    story = story_with_members(_conn(request), story_id)
    if story is None:
        raise HTTPException(404, f"no story with id {story_id!r}")
    return story.to_dict()


@router.get("/tags", **_answers(TagList), summary="Tags, most used first")
def api_tags(request: Request, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    total, tags = tag_counts(_conn(request), limit=limit, offset=offset)
    return {
        "total": total,
        "limit": limit,
        "offset": offset,
        "items": [{"tag": t, "count": n} for t, n in tags],
    }


@router.get(
    "/outlets",
    **_answers(OutletList),
    summary="Outlets with their article counts, largest first",
)
def api_outlets(request: Request, limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
    outlets = outlet_counts(_conn(request))
    return {
        "total": len(outlets),
        "limit": limit,
        "offset": offset,
        "items": [
            {"outlet": o, "name": outlet_name(o), "count": n}
            for o, n in outlets[offset : offset + limit]
        ],
    }


@router.get("/stats", **_answers(StatsAnswer), summary="What the store holds")
def api_stats(request: Request) -> dict[str, Any]:
    return figures(_conn(request)).to_dict()


#: documents the bearer token in the OpenAPI description; ``check_token`` checks it
_BEARER = HTTPBearer(auto_error=False, description="The token the server was started with")


@router.post(
    "/ingest",
    summary="Ingest JSON Lines or one text page (needs the server's bearer token)",
    dependencies=[Depends(_BEARER)],
    openapi_extra={"requestBody": request_body_doc(MAX_INGEST_BYTES)},
    **_answers(
        IngestAnswer,
        {
            400: "Empty body, or nothing in it could be read (each rejected line named)",
            401: "Missing or wrong bearer token",
            403: "The server is read-only (no token set)",
            413: "Body too large",
            415: "The body's type is neither JSON nor text",
        },
    ),
)
async def api_ingest(request: Request) -> dict[str, Any]:
    """Stores the body's articles; answers the ingest summary with ``stored_ids`` and
    ``rejects`` (each rejected record by its ``line`` of the body, when it has one)."""
    check_token(request)
    check_media_type(request.headers.get("content-type", ""))
    data = await _body(request, MAX_INGEST_BYTES)
    if not data.strip():
        raise HTTPException(400, "empty body; send JSON Lines or a text page")
    kind = suffix(request.headers.get("content-type", ""), data)
    return await run_in_threadpool(_ingest_bytes, request, data, kind)


async def _body(request: Request, limit: int) -> bytes:
    """The request body, refused (413) as soon as it is known to exceed ``limit``: by its
    declared length before reading, else while it streams in, never held whole in memory."""
    too_large = HTTPException(413, f"body over {limit} bytes; use `akhbar ingest`")
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise too_large
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise too_large
        chunks.append(chunk)
    return b"".join(chunks)


#: rejects listed in an ingest answer (its ``rejected`` counts them all, by reason)
MAX_REJECTS_LISTED = 100


def _ingest_bytes(request: Request, data: bytes, kind: str) -> dict[str, Any]:
    digest = sha256(data)[:16]
    with tempfile.TemporaryDirectory(prefix="akhbar-ingest-") as tmp:
        path = Path(tmp) / f"http-{digest}{kind}"
        path.write_bytes(data)
        with request.app.state.connections.writer() as store:
            summary = ingest([str(path)], store)
            ids = [
                r[0]
                for r in store.connection.execute(
                    "SELECT id FROM articles WHERE input LIKE ? ORDER BY rowid",
                    (f"{path}%",),
                )
            ]
            rejects = body_rejects(store.connection, digest, MAX_REJECTS_LISTED)
    if rejects and not (ids or summary.read or summary.present):
        # a body sent again is skipped: its rejects are those of the first time
        raise unreadable(rejects, max(summary.rejected_total, len(rejects)))
    out = summary.to_dict()
    out["notes"] = [in_body(n) for n in summary.notes]
    out["stored_ids"] = ids
    out["rejects"] = [{"line": n, "reason": r, "detail": d} for n, r, d in rejects]
    return out
