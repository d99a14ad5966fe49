"""A text page with no letter (``0``, ``{}``, ``[7, 8]``, a line of dashes) holds no article:
``akhbar ingest`` reports it as a reject ("no article text") instead of storing an empty
article; ``akhbar parse`` still prints its page (every character kept)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from akhbar.model import Rejected
from akhbar.read import Doc, read_paths

ARTICLE = (
    "أمير عسير يؤدي الصلاة على شهداء مسجد قوات الطوارئ\n"
    "أدى أمير منطقة عسير صلاة الميت على الشهداء في جامع الملك فيصل بمدينة أبها.\n"
)


@pytest.mark.parametrize("text", ["0\n", "{}", "[7, 8]\n", "...\n---\n", "2015\n١٢٣\n"])
def test_a_page_without_letters_is_a_reject(tmp_path: Path, text: str) -> None:
    page = tmp_path / "page.txt"
    page.write_text(text, "utf-8")
    (got,) = list(read_paths([str(page)]))
    assert isinstance(got, Rejected)
    assert got.reason == "no article text"
    assert got.detail == f"{page}: no letter in a headline or paragraph"


def test_a_jsonl_record_without_letters_is_a_reject_naming_its_line(tmp_path: Path) -> None:
    corpus = tmp_path / "pages.jsonl"
    lines = [{"text": ARTICLE}, {"text": "0"}, {"text": ARTICLE.replace("عسير", "جازان")}]
    corpus.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n")
    got = list(read_paths([str(corpus)]))
    assert [type(x) for x in got] == [Doc, Rejected, Doc]
    bad = got[1]
    assert isinstance(bad, Rejected)
    assert (bad.record, bad.reason) == ("2", "no article text")


def test_a_page_with_only_a_headline_is_stored() -> None:
    """Guard: a headline over no paragraph (a cartoon's label) has letters: an article."""
    from akhbar.read import read_path

    (got,) = list(read_path("-", None, stdin=__import__("io").BytesIO("كاريكاتير\n".encode())))
    assert isinstance(got, Doc)


def test_a_jsonl_record_with_its_url_is_kept_without_letters(tmp_path: Path) -> None:
    """Guard: a record naming its url is kept, text or not (the record reader's rule: the url
    is the article's), as before."""
    corpus = tmp_path / "pages.jsonl"
    corpus.write_text(json.dumps({"text": "0", "url": "https://example.com/a/1"}) + "\n")
    (got,) = list(read_paths([str(corpus)]))
    assert isinstance(got, Doc)
    assert got.page.url == "https://example.com/a/1"
