"""``Doc``: one raw document read from an input, with its provenance, before it is stored."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from akhbar.model import Page, Record
from akhbar.store.ids import article_id

__all__ = ["Doc", "sha256", "to_record"]


@dataclass(frozen=True, kw_only=True)
class Doc:
    """A parsed page and where it came from (``page.input`` names file and record)."""

    page: Page
    #: the outlet that published it (a corpus ``source`` id, a feed's or site's name)
    outlet: str | None = None
    #: sha256 of the raw bytes this document was made from
    raw_hash: str = ""
    #: repairs made to read it (stray NULs removed, stray bytes replaced), each naming the input;
    #: one that opens with ``note: `` tells what its input left out (a zip's hidden members)
    warnings: tuple[str, ...] = ()

    @property
    def url(self) -> str | None:
        return self.page.url


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def to_record(doc: Doc) -> Record:
    """The stored form of a document, with its stable id (see ``akhbar.store.ids``)."""
    main = doc.page.main
    rid = article_id(url=doc.url, headline=main.headline, body=main.body, outlet=doc.outlet)
    return Record(id=rid, page=doc.page, outlet=doc.outlet, url=doc.url, raw_hash=doc.raw_hash)
