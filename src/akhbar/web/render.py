"""Jinja2 rendering for the pages: autoescaping on, Arabic filters, URLs built in one place."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache, lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import quote, quote_plus

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape

from akhbar.search.results import Filters, Hit
from akhbar.web.format import (
    arabic_date,
    arabic_day,
    articles_count,
    lead,
    outlet_name,
    outlets_count,
    results_count,
    section_split,
    summary,
)

__all__ = [
    "QueryLinks",
    "Renderer",
    "facet_items",
    "headline",
    "outlet_chip",
    "page_url",
    "search_result",
]

_TEMPLATES = Path(__file__).parent / "templates"


def page_url(path: str, **params: Any) -> str:
    """``path`` with the non-empty ``params`` as a query string (lists repeat the key), each
    pair quoted as ``urlencode`` quotes it (``_pairs``: a pager links ~4 pages of one query,
    so its values are quoted once)."""
    parts = [pair for key, value in params.items() for pair in _pairs(key, value)]
    return path + ("?" + "&".join(parts) if parts else "")


@cache
def _key(key: str) -> str:
    return quote_plus(key) + "="


#: facet links repeat their values (days, outlets, tags) across pages: quoted once each
_quote_value = lru_cache(maxsize=8192)(quote_plus)


def _pairs(key: str, value: Any) -> list[str]:
    """``page_url``'s query-string pairs for one parameter, each ``key=value`` quoted (as
    ``urlencode`` quotes them)."""
    values = value if isinstance(value, list | tuple) else [value]
    kept = [str(v) for v in values if v not in (None, "", 0) or key == "offset"]
    if key == "offset":
        kept = [v for v in kept if v != "0"]
    return [_key(key) + _quote_value(v) for v in kept]


class QueryLinks:
    """``link(**changes)`` == ``page_url(path, **dict(params, **changes))``, with the unchanged
    parameters quoted once (a search page links each facet value: ~20 links sharing a query)."""

    def __init__(self, path: str, params: dict[str, Any]) -> None:
        self.path = path
        self.params = params
        self._quoted = {key: _pairs(key, value) for key, value in params.items()}

    def __call__(self, **changes: Any) -> str:
        parts: list[str] = []
        for key in self.params:
            parts += _pairs(key, changes[key]) if key in changes else self._quoted[key]
        for key, value in changes.items():
            if key not in self.params:
                parts += _pairs(key, value)
        return self.path + ("?" + "&".join(parts) if parts else "")


#: what a chosen facet value's link adds after its label
_REMOVE = Markup(' <span class="x" aria-label="إزالة">×</span>')
_ON = Markup('class="on" aria-current="true"')


def facet_items(
    link: QueryLinks, kind: str, counts: Sequence[tuple[str, int]], chosen: Sequence[Any]
) -> list[Markup]:
    """The search page's facet list items (``<li>``, each linking to the search with the
    value chosen, or with it removed when it is chosen), for ``kind`` ``outlet``, ``tag`` (the
    values ``chosen`` are the page's) or ``day`` (``chosen`` is the page's (from, to): a day
    is chosen when it is both).

    Python, not a template loop: a page lists ~20 values, and the loop's filters and calls
    cost ~14 µs a value in Jinja. The markup is the loop's, byte for byte. A value's label
    is the same on every page (``_facet_label``, remembered); a count is an int, written as
    ``escape`` writes it."""
    out: list[Markup] = []
    day = Filters(date_from=chosen[0], date_to=chosen[1]).chosen_day() if kind == "day" else None
    for value, n in counts:
        if kind == "day":
            on = value == day
            href = link(**({"from": None, "to": None} if on else {"from": value, "to": value}))
        else:
            on = value in chosen
            values = [v for v in chosen if v != value] if on else [*chosen, value]
            href = link(**{kind: values})
        count = n if type(n) is int else escape(n)
        out.append(
            Markup(
                f'<li><a {_ON if on else ""} href="{escape(href)}">{_facet_label(kind, value)}'
                f"{_REMOVE if on else ''}</a><span>{count}</span></li>"
            )
        )
    return out


@lru_cache(maxsize=8192)  # facet values (days, outlets, tags) recur from page to page
def _facet_label(kind: str, value: str) -> str:
    """The HTML of a facet value's label: a day as a ``<time>``, an outlet by its name, a
    tag as it is; escaped."""
    if kind == "day":
        return f'<time datetime="{escape(value)}">{escape(arabic_day(value))}</time>'
    return str(escape(outlet_name(value) if kind == "outlet" else value))


def search_result(hit: Hit) -> Markup:
    """One result of the search page's list (``<li>`` to ``</li>`` and its line's end): a
    copy of the article above it (``Hit.copy_of``) as a line under it, else headline,
    outlet, date and snippet.

    Python, not the template's loop body: its filters and calls cost ~30 µs a result in Jinja,
    and a page lists ten. The markup is the loop's, byte for byte (a test compares them).
    The outlet's chip and the date are remembered (each recurs on many pages)."""
    title = Markup(hit.headline_html) if hit.headline else escape("بلا عنوان")
    link = f'<a class="item-title" href="/article/{escape(_seg(hit.id))}">{title}</a>'
    when = _when(hit.published)
    chip = outlet_chip(hit.outlet, hit.source)
    if hit.copy_of:
        return Markup(
            '      <li class="card result copy">\n'
            f'        <div class="meta"><span class="copy-label">النص نفسه في</span> {chip} {when}'
            f"</div>\n        {link}\n      </li>\n"
        )
    return Markup(
        f'      <li class="card result">\n        {link}\n'
        f'        <div class="meta">{chip} {when}</div>\n'
        f'        <p class="snippet">{Markup(hit.snippet_html)}</p>\n      </li>\n'
    )


@lru_cache(maxsize=8192)
def _when(published: str | None) -> str:
    """A result's date as its line shows it (a ``<time>``, escaped)."""
    return f'<time datetime="{escape(published or "")}">{escape(arabic_date(published))}</time>'


def _http_url(value: str | None) -> str | None:
    """A scraped URL only when it is http(s) (never ``javascript:`` or ``data:``)."""
    if value and value.strip().lower().startswith(("http://", "https://")):
        return value.strip()
    return None


def _seg(value: str | None) -> str:
    """One path segment, percent-encoded (a tag may contain ``/`` or ``?``)."""
    return quote(value or "", safe="")


def headline(text: str | None) -> Markup:
    """A headline for a list, its wire section label (``section_split``) set apart."""
    label, rest = section_split(text)
    if label is None:
        return escape(text or "بلا عنوان")
    return Markup(f'<span class="section">{escape(label)}</span> {escape(rest)}')


@lru_cache(maxsize=4096)  # a page shows one chip a result or story, of a few outlets
def outlet_chip(outlet: str | None, source: str | None = None) -> Markup:
    """An outlet's chip: its Arabic name linking to its page (plain when the outlet is
    unknown: the ``source`` the article names, if any). A function, not a template macro:
    pages show one per result or story, and a Jinja macro call costs ~10× this."""
    name = escape(outlet_name(outlet, source))
    if outlet:
        return Markup(f'<a class="chip" href="/outlet/{escape(_seg(outlet))}">{name}</a>')
    return Markup(f'<span class="chip">{name}</span>')


class Renderer:
    """The template environment: ``render(name, **context)`` returns the page's HTML."""

    def __init__(self) -> None:
        env = Environment(
            loader=FileSystemLoader(_TEMPLATES),
            autoescape=select_autoescape(["html"], default=True),
            trim_blocks=True,
            lstrip_blocks=True,
            auto_reload=False,
        )
        env.filters.update(
            arabic_date=arabic_date,
            arabic_day=arabic_day,
            articles_count=articles_count,
            lead=lead,
            outlet_name=outlet_name,
            outlets_count=outlets_count,
            results_count=results_count,
            summary=summary,
            section_split=section_split,
            seg=_seg,
            http_url=_http_url,
        )
        env.globals.update(
            page_url=page_url,
            outlet_chip=outlet_chip,
            headline=headline,
            facet_items=facet_items,
            search_result=search_result,
        )
        self.env = env

    def render(self, name: str, **context: Any) -> str:
        return self.env.get_template(name).render(**context)
