"""What ``POST /api/ingest`` makes of a request: its token, the type of its body, the file the
body is read as, and the body's rejects named by line of the body (``api`` has the route).

The body is read as a temporary file named by its hash (``http-<hash>.jsonl`` or ``.txt``);
the client knows its body, not that file, so every message names ``body line N`` instead.
"""

from __future__ import annotations

import hmac
import re
import sqlite3
from typing import Any

from fastapi import HTTPException, Request

from akhbar.ingest import reason_kind
from akhbar.model import Rejected
from akhbar.read import DEFAULT_FIELDS

__all__ = [
    "body_rejects",
    "check_media_type",
    "check_token",
    "in_body",
    "request_body_doc",
    "suffix",
    "unreadable",
]

JSON_KINDS = ("application/x-ndjson", "application/jsonl", "application/json")
#: bodies that say nothing of what they hold (curl's ``--data-binary`` sends a form's type):
#: read by their first byte
_UNLABELLED = ("", "application/octet-stream", "application/x-www-form-urlencoded")
#: the file a body is read as, with its line if any
_BODY_FILE = re.compile(r"\S*/http-[0-9a-f]{16}\.(?:jsonl|txt)(?:[#:](\d+))?")
#: a reject of a body: its line (when it has one), reason, and what the reader said past
#: the location
Reject = tuple[int | None, str, str]


def check_token(request: Request) -> None:
    """403 on a read-only server, 401 without the server's bearer token."""
    token: str | None = request.app.state.settings.ingest_token
    if token is None:
        raise HTTPException(403, "this server is read-only; start it with --ingest-token")
    given = request.headers.get("authorization", "")
    scheme, _, value = given.partition(" ")
    # compared as bytes: compare_digest refuses str with non-ASCII letters (a TypeError, so a
    # 500), and a header is bytes read as Latin-1, the token UTF-8 from the command line
    sent, wanted = value.strip().encode("latin-1"), token.encode("utf-8")
    if scheme.lower() != "bearer" or not hmac.compare_digest(sent, wanted):
        raise HTTPException(401, "missing or wrong bearer token")


def _media_type(content_type: str) -> str:
    return content_type.split(";")[0].strip().lower()


def check_media_type(content_type: str) -> None:
    """Refuse (415) a body whose type says it is neither JSON nor text: a form upload would
    be stored as an article with its multipart boundaries, an image as an empty page."""
    kind = _media_type(content_type)
    if kind in JSON_KINDS or kind in _UNLABELLED or kind.startswith("text/"):
        return
    raise HTTPException(
        415,
        f"a body of type {kind} is not read; send JSON Lines ({JSON_KINDS[0]}) or a text "
        "page (text/plain), as the raw body",
    )


def suffix(content_type: str, data: bytes) -> str:
    """JSON Lines or a plain-text page, by content type, else by the first byte."""
    kind = _media_type(content_type)
    if kind in JSON_KINDS:
        return ".jsonl"
    if kind.startswith("text/"):
        return ".jsonl" if data.lstrip()[:1] == b"{" and kind != "text/plain" else ".txt"
    return ".jsonl" if data.lstrip()[:1] == b"{" else ".txt"


def request_body_doc(max_bytes: int) -> dict[str, Any]:
    """The OpenAPI ``requestBody``: JSON Lines and text are text (not blank: an empty body is
    a 400); ``application/json`` is one article, an object, so a generated client sends an
    object, not a JSON string (which ingest refuses)."""
    text = {"type": "string", "minLength": 1, "pattern": r"\S"}
    article = {
        "type": "object",
        "minProperties": 1,
        "description": "One article (several, one a line, are read as JSON Lines). Its text is"
        f" the first of {', '.join(DEFAULT_FIELDS.body + DEFAULT_FIELDS.text)}; its headline "
        f"the first of {', '.join(DEFAULT_FIELDS.headline)}; url, outlet (source), date, "
        "author and tags are read when given.",
    }
    return {
        "required": True,
        "description": f"JSON Lines (one article a line) or one text page, at most {max_bytes}"
        " bytes",
        "content": {
            kind: {"schema": article if kind == "application/json" else text}
            for kind in (*JSON_KINDS, "text/plain")
        },
    }


def in_body(text: str) -> str:
    """``text`` (a note of the reader) with the body's file named as the body."""
    return _BODY_FILE.sub(lambda m: f"body line {m[1]}" if m[1] else "body", text)


def _line(input_name: str, record: str) -> int | None:
    """The body line of a reject: its record locator, or the ``#N`` of its input name."""
    if record.isdigit():
        return int(record)
    _, hash_, tail = input_name.rpartition("#")
    return int(tail) if hash_ and tail.isdigit() else None


def body_rejects(conn: sqlite3.Connection, digest: str, limit: int) -> list[Reject]:
    """The first ``limit`` rejects of the body of this hash: this time, or when the same
    bytes were sent before (then the input is skipped as unchanged, and its rejects are those
    of that time)."""
    rows = conn.execute(
        "SELECT input, record, reason, detail FROM rejects WHERE input LIKE ? "
        "ORDER BY rowid LIMIT ?",
        (f"%/http-{digest}.%", limit),
    )
    return [
        (
            _line(name, record),
            reason_kind(Rejected(input=name, reason=reason)),
            _BODY_FILE.sub("", detail).lstrip(":# "),
        )
        for name, record, reason, detail in rows
    ]


def unreadable(rejects: list[Reject], total: int) -> HTTPException:
    """The 400 of a body nothing of which could be stored, naming its first rejects."""
    shown = "; ".join(
        f"{'body' if line is None else f'body line {line}'}: {reason}"
        + (f" ({detail})" if detail else "")
        for line, reason, detail in rejects[:5]
    )
    more = f" (and {total - 5} more)" if total > 5 else ""
    return HTTPException(400, f"nothing in the body could be stored: {shown}{more}")
