"""``Doc``: one raw document read from an input, with its provenance, before it is stored."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from akhbar.model import Page, Record, Rejected
from akhbar.store.ids import article_id

__all__ = [
    "Doc",
    "http_error",
    "not_an_error_page",
    "rejected",
    "sha256",
    "to_record",
    "with_warnings",
]


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


def without_text(page: Page, *, name: str, raw: bytes | None = None) -> Rejected | None:
    """A reject for a parsed text page that holds no article: no letter in a headline or
    paragraph of its own article or one printed beside it (``0``, ``{}``, ``[7, 8]``, a line of
    dashes). Such a page is reported, not stored as an empty article; ``akhbar parse`` still
    prints it, every character kept. None for any other page."""
    for art in (page.main, *page.embedded):
        if any(ch.isalpha() for text in (art.headline or "", *art.body) for ch in text):
            return None
    where = page.input.rpartition("#")[2] if "#" in page.input else None
    detail = f"{page.input}: no letter in a headline or paragraph"
    return Rejected(input=name, record=where, reason="no article text", raw=raw, detail=detail)


def rejected(name: str, problem: str) -> Rejected:
    """A ``Rejected`` from ``"reason (detail)"``: the reason to count by kind, the detail."""
    reason, _, detail = problem.removeprefix(f"{name}: ").partition(" (")
    return Rejected(input=name, reason=reason, detail=f"{name}: {detail[:-1]}" if detail else "")


def with_warnings(
    items: Iterable[Doc | Rejected], warnings: tuple[str, ...]
) -> Iterator[Doc | Rejected]:
    """``items`` with ``warnings`` (the repairs made to read their file) on the first ``Doc``."""
    for item in items:
        if warnings and isinstance(item, Doc):
            item = replace(item, warnings=warnings + item.warnings)
            warnings = ()
        yield item


def to_record(doc: Doc) -> Record:
    """The stored form of a document, with its stable id (see ``akhbar.store.ids``)."""
    main = doc.page.main
    rid = article_id(url=doc.url, headline=main.headline, body=main.body, outlet=doc.outlet)
    return Record(id=rid, page=doc.page, outlet=doc.outlet, url=doc.url, raw_hash=doc.raw_hash)


_CODE = r"(?:[45][0-9]{2}|[٤٥][٠-٩]{2})"
_PHRASE = (
    r"(?:(?:page|file|url)\s+)?not\s+found|forbidden|access\s+denied|unauthori[sz]ed|gone"
    r"|bad\s+request|(?:internal\s+)?server\s+error|service\s+(?:temporarily\s+)?unavailable"
    r"|bad\s+gateway|gateway\s+time-?out|too\s+many\s+requests|page\s+unavailable"
    r"|(?:ال)?صفحة\s+(?:المطلوبة\s+)?غير\s+(?:موجودة|متوفرة|متاحة)"
    r"|لم\s+يتم\s+العثور\s+على\s+(?:ال)?صفحة(?:\s+المطلوبة)?|(?:ال)?صفحة\s+محذوفة"
    r"|(?:الدخول\s+)?(?:ممنوع|غير\s+مصرح(?:\s+به)?)|خطأ\s+في\s+(?:الخادم|السيرفر)"
)
#: one part of a title (cut at | - – — : ») that names an HTTP error and nothing else:
#: "404 Not Found", "Error 404", "خطأ 404", "Not Found", "الصفحة غير موجودة", "403 Forbidden"
_HTTP_ERROR = re.compile(
    rf"(?:(?:http\s+)?(?:error|خطأ|الخطأ)\s*)?{_CODE}(?:\s*[-:.]?\s*(?:{_PHRASE}))?"
    rf"|(?:(?:sorry|oops|عذرا|عذراً|عفوا|عفواً)[!,.،]?\s*)?(?:{_PHRASE})(?:\s*[(]?\s*{_CODE}[)]?)?",
    re.IGNORECASE,
)
_TITLE_PARTS = re.compile(r"\s+[|\-–—:»«]\s+|\s*[|»«]\s*")
#: an article body has more than this many characters, or a paragraph of this many words
_ERROR_PAGE_CHARS = 500
_ARTICLE_WORDS = 40


def http_error(title: str | None) -> bool:
    """True when a page's title (or heading) names an HTTP error: the whole title, or one of
    its parts beside the site's name (``404 Not Found``, ``الصفحة غير موجودة | صحيفة سبق``).
    A headline that only mentions an error (``خطأ 404 يعطل موقع الوزارة``) does not."""
    if not title:
        return False
    parts = [title, *_TITLE_PARTS.split(title)]
    return any(_HTTP_ERROR.fullmatch(part.strip(" .!")) for part in parts if part.strip())


def not_an_error_page(doc: Doc | Rejected) -> Doc | Rejected:
    """``doc``, or a ``Rejected`` (``HTTP error page``) when it is an HTML page served for an
    HTTP error (saved as a page, a crawler's soft 404): its title or heading names the error
    and it has no article body (under 500 characters, no paragraph of 40 words)."""
    if isinstance(doc, Rejected):
        return doc
    main = doc.page.main
    body = main.body
    if sum(len(p) for p in body) > _ERROR_PAGE_CHARS:
        return doc
    if any(len(p.split()) >= _ARTICLE_WORDS for p in body):
        return doc
    heading = body[0] if body and len(body[0]) <= 80 else None
    raw_title = main.raw.get("headline")
    titles = (main.headline, raw_title if isinstance(raw_title, str) else None, heading)
    if not any(http_error(t) for t in titles):
        return doc
    name = doc.page.input
    shown = main.headline or heading or ""
    detail = f"{name}: titled {shown!r}" if shown else ""
    return Rejected(input=name, reason="HTTP error page", detail=detail)
