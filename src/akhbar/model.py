"""akhbar's data model: frozen, keyword-only dataclasses, tuples not lists, ``None`` for absent.

``Page`` is the output contract of ``akhbar parse`` (``akhbar.page/1``, see SCHEMA.md);
``Record`` is one stored article: a page plus where it came from and its stable id.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

SCHEMA = "akhbar.page/1"

#: Fields of an ``Article`` that may carry the verbatim line they were read from.
RAW_FIELDS = ("headline", "published", "source", "byline", "tags")


@dataclass(frozen=True, kw_only=True)
class Article:
    """One article as printed on a page."""

    headline: str | None = None
    published: str | None = None
    source: str | None = None
    byline: str | None = None
    body: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    #: provenance: field name -> the verbatim input line(s) it was read from
    raw: Mapping[str, str | tuple[str, ...]] = field(default_factory=dict)

    def to_dict(self, *, with_raw: bool = True) -> dict[str, Any]:
        out: dict[str, Any] = {
            "headline": self.headline,
            "published": self.published,
            "source": self.source,
            "byline": self.byline,
            "body": list(self.body),
            "tags": list(self.tags),
        }
        if with_raw:
            out["raw"] = {k: list(v) if isinstance(v, tuple) else v for k, v in self.raw.items()}
        return out

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Article:
        raw = d.get("raw") or {}
        return cls(
            headline=d.get("headline"),
            published=d.get("published"),
            source=d.get("source"),
            byline=d.get("byline"),
            body=tuple(d.get("body") or ()),
            tags=tuple(d.get("tags") or ()),
            raw={k: tuple(v) if isinstance(v, list) else v for k, v in raw.items()},
        )

    @property
    def text(self) -> str:
        """Headline and body as one string (for matching, not display)."""
        return "\n".join(([self.headline] if self.headline else []) + list(self.body))


@dataclass(frozen=True, kw_only=True)
class Related:
    """A related / read-also headline, with its link when the page gives one."""

    headline: str
    url: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"headline": self.headline, "url": self.url}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Related:
        return cls(headline=d["headline"], url=d.get("url"))


@dataclass(frozen=True, kw_only=True)
class Page:
    """One parsed page: its own article, other full articles on it, related links, the rest."""

    input: str
    main: Article
    embedded: tuple[Article, ...] = ()
    related: tuple[Related, ...] = ()
    discarded: tuple[str, ...] = ()
    #: the page's own URL when known (HTML, WARC, RSS, JSONL corpora)
    url: str | None = None

    def to_dict(self, *, with_raw: bool = True) -> dict[str, Any]:
        out: dict[str, Any] = {
            "schema": SCHEMA,
            "input": self.input,
            "main": self.main.to_dict(with_raw=with_raw),
            "embedded": [a.to_dict(with_raw=with_raw) for a in self.embedded],
            "related": [r.to_dict() for r in self.related],
            "discarded": list(self.discarded),
        }
        if self.url is not None:
            out["url"] = self.url
        return out

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Page:
        return cls(
            input=d.get("input", ""),
            main=Article.from_dict(d["main"]),
            embedded=tuple(Article.from_dict(a) for a in d.get("embedded") or ()),
            related=tuple(Related.from_dict(r) for r in d.get("related") or ()),
            discarded=tuple(d.get("discarded") or ()),
            url=d.get("url"),
        )


@dataclass(frozen=True, kw_only=True)
class Record:
    """One stored article: a parsed page plus provenance and a stable id.

    Each outlet's copy is its own record even when the text is identical; dedup links
    copies through ``duplicate_group`` and ``story`` later, it never drops them.
    """

    id: str
    page: Page
    outlet: str | None = None
    url: str | None = None
    #: sha256 of the raw input bytes this record was made from
    raw_hash: str = ""
    duplicate_group: str | None = None
    story: str | None = None

    @property
    def article(self) -> Article:
        return self.page.main

    @property
    def headline(self) -> str | None:
        return self.page.main.headline

    @property
    def published(self) -> str | None:
        return self.page.main.published

    def to_dict(self) -> dict[str, Any]:
        """Flat export form: every stored field, one article per row."""
        main = self.page.main
        return {
            "id": self.id,
            "url": self.url,
            "outlet": self.outlet,
            "input": self.page.input,
            "headline": main.headline,
            "published": main.published,
            "source": main.source,
            "byline": main.byline,
            "body": list(main.body),
            "tags": list(main.tags),
            "embedded": [a.to_dict(with_raw=False) for a in self.page.embedded],
            "related": [r.to_dict() for r in self.page.related],
            "discarded": list(self.page.discarded),
            "raw_hash": self.raw_hash,
            "duplicate_group": self.duplicate_group,
            "story": self.story,
        }


@dataclass(frozen=True, kw_only=True)
class Rejected:
    """An input (or one record of it) that could not be read or parsed: kept, with its reason."""

    input: str
    reason: str
    #: record locator inside the input: a line number, WARC offset, zip member…
    record: str | None = None
    #: the raw bytes when small enough to keep, else None (``input`` points to them)
    raw: bytes | None = None
    detail: str = ""


__all__ = ["RAW_FIELDS", "SCHEMA", "Article", "Page", "Record", "Rejected", "Related", "replace"]
