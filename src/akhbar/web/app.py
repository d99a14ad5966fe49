"""The FastAPI application: Arabic pages (``pages``) and the JSON API (``api``) over one store.

``create_app(store_path, ingest_token=None)`` builds it; nothing is read at import time. The
API has one error shape, ``{"error": {"code", "message"}}``; pages render an Arabic error page.
Every response carries a Content-Security-Policy that allows scripts from this origin only (no
inline script), so an injected ``<script>`` cannot run even if escaping were ever missed; a
500 too, whose handler runs outside the middleware. ``HEAD`` is answered as ``GET`` without
the body.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping, MutableMapping
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from akhbar import __version__
from akhbar.errors import QueryError, StoreError
from akhbar.search import SearchMemo
from akhbar.text import has_arabic
from akhbar.web.cache import StoreCache
from akhbar.web.db import Connections
from akhbar.web.render import Renderer

__all__ = [
    "CSP",
    "DAY_PATTERN",
    "MAX_FILTERS",
    "WebSettings",
    "blank_as_none",
    "create_app",
    "create_app_from_env",
    "iso_day",
]

log = logging.getLogger(__name__)

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)
_SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
]
_STATIC = Path(__file__).parent / "static"
#: a day in a URL (``\d`` would also take Arabic-Indic digits, which no date parser reads)
DAY_PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
#: outlets (and, apart, tags) one search may filter on: every facet link of the search page
#: carries every chosen filter, so thousands of them made a page of hundreds of megabytes
MAX_FILTERS = 50

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


@dataclass(frozen=True, kw_only=True)
class WebSettings:
    """What one app serves: the store file and, to accept ``POST /api/ingest``, a token."""

    store_path: Path
    ingest_token: str | None = None


class SecurityHeaders:
    """Plain ASGI middleware (cheaper than ``BaseHTTPMiddleware``): adds CSP and friends."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *_SECURITY_HEADERS]
            await send(message)

        await self.app(scope, receive, send_with_headers)


class HeadAsGet:
    """Plain ASGI middleware: a ``HEAD`` request is routed as ``GET`` (FastAPI routes answer
    ``GET`` only) and its response is sent with its headers but without its body."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def send_without_body(message: Message) -> None:
            if message["type"] == "http.response.body":
                message = {**message, "body": b""}
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, send_without_body)


def iso_day(value: object) -> object:
    """A date parameter as written in a URL, YYYY-MM-DD, else ``ValueError`` (a 422): run
    before pydantic's ``date``, which reads ``0`` as 1970-01-01 and ``1438992000`` as a Unix
    time, and takes a datetime at midnight, so a mistyped day filtered silently."""
    if isinstance(value, str) and not re.fullmatch(DAY_PATTERN, value):
        raise ValueError(f"a day is written YYYY-MM-DD (2015-08-08), not {value!r}")
    return value


def blank_as_none(value: object) -> object:
    """An empty parameter as an absent one, for pages: a form sends its empty fields
    (``from=&to=``), and a page searched from its own form must not be a 422."""
    return None if isinstance(value, str) and not value.strip() else value


def error_body(code: str, message: str) -> dict[str, dict[str, str]]:
    return {"error": {"code": code, "message": message}}


_HTTP_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "read_only",
    404: "not_found",
    405: "method_not_allowed",
    413: "too_large",
    415: "unsupported_media_type",
    422: "invalid_parameter",
    500: "internal_error",
}
#: what an HTML error page says when the error carries no Arabic message of its own
_ARABIC = {
    400: "تعذّر البحث بهذه العبارة؛ اكتب كلمات، أو «عبارة» بين علامتي تنصيص، أو -كلمة لاستبعادها.",
    404: "لا توجد صفحة بهذا العنوان.",
    405: "لا تقبل هذه الصفحة هذا النوع من الطلبات.",
    422: "في الرابط قيمة غير صالحة.",
    500: "حدث خطأ في الخادم أثناء عرض هذه الصفحة؛ أعد المحاولة لاحقاً.",
    503: "مخزن الأخبار غير متاح الآن؛ أعد المحاولة لاحقاً.",
}


def _is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/api"


def _install_error_handlers(app: FastAPI, renderer: Renderer) -> None:
    def respond(
        request: Request,
        status: int,
        code: str,
        message: str,
        headers: Mapping[str, str] | None = None,
    ) -> Response:
        headers = dict(headers or {})
        if status == 500:  # its handler runs outside SecurityHeaders
            headers.update((k.decode(), v.decode()) for k, v in _SECURITY_HEADERS)
        if _is_api(request):
            if status == 401:
                headers["WWW-Authenticate"] = "Bearer"
            return JSONResponse(error_body(code, message), status_code=status, headers=headers)
        # a page speaks Arabic: the library's English message, if any, is kept as a detail
        arabic = has_arabic(message)
        return HTMLResponse(
            renderer.render(
                "error.html",
                status=status,
                message=message if arabic else _ARABIC.get(status, _ARABIC[500]),
                detail=None if arabic or status in (404, 405, 500) else message,
                request_path=request.url.path,
            ),
            status_code=status,
            headers=headers,
        )

    async def on_http(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        code = _HTTP_CODES.get(exc.status_code, "error")
        message = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
        return respond(request, exc.status_code, code, message, exc.headers)

    async def on_validation(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        parts = []
        for err in exc.errors():
            where = ".".join(str(p) for p in err.get("loc", ()) if p not in ("query", "path"))
            parts.append(f"{where}: {err.get('msg', 'invalid')}")
        return respond(request, 422, "invalid_parameter", "; ".join(parts) or "invalid request")

    async def on_query(request: Request, exc: Exception) -> Response:
        return respond(request, 400, "bad_query", str(exc))

    async def on_store(request: Request, exc: Exception) -> Response:
        return respond(request, 503, "store_unavailable", str(exc))

    async def on_error(request: Request, exc: Exception) -> Response:
        log.error("%s %s failed", request.method, request.url.path, exc_info=exc)
        return respond(request, 500, "internal_error", "the server failed on this request")

    app.add_exception_handler(StarletteHTTPException, on_http)
    app.add_exception_handler(RequestValidationError, on_validation)
    app.add_exception_handler(QueryError, on_query)
    app.add_exception_handler(StoreError, on_store)
    app.add_exception_handler(Exception, on_error)


def create_app(store_path: str | Path, *, ingest_token: str | None = None) -> FastAPI:
    """The web app over the store at ``store_path`` (raises ``StoreError`` if it is missing).

    With ``ingest_token`` the server accepts ``POST /api/ingest`` bearing that token; without
    it the server is read-only.
    """
    from akhbar.web import api, pages  # routes import this module's helpers

    settings = WebSettings(store_path=Path(store_path), ingest_token=ingest_token or None)
    connections = Connections(settings.store_path)
    renderer = Renderer()

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        connections.close()

    app = FastAPI(
        lifespan=lifespan,
        title="akhbar",
        version=__version__,
        summary="Arabic news: search, stories and articles from an akhbar store.",
        docs_url=None,  # the Swagger page needs inline script and a CDN; CSP forbids both
        redoc_url=None,
        openapi_url="/openapi.json",
    )
    app.state.settings = settings
    app.state.connections = connections
    app.state.renderer = renderer
    app.state.cache = StoreCache(settings.store_path)
    # what this app's searches remember between requests (term counts, word analyses): one
    # per app instance, so one per worker process
    app.state.memo = SearchMemo()
    _install_error_handlers(app, renderer)
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=_STATIC), name="static")
    app.add_middleware(SecurityHeaders)
    app.add_middleware(HeadAsGet)
    return app


def create_app_from_env() -> FastAPI:
    """Factory for ``uvicorn --factory`` worker processes: ``AKHBAR_DB``, ``AKHBAR_INGEST_TOKEN``.

    ``akhbar serve --workers N`` sets them; the environment is read when a worker starts.
    """
    path = os.environ.get("AKHBAR_DB")
    if not path:
        raise StoreError("AKHBAR_DB is not set; start the server with `akhbar serve --db FILE`")
    return create_app(path, ingest_token=os.environ.get("AKHBAR_INGEST_TOKEN"))
