"""RSS 2.0 and Atom feeds (fixtures built from real SaudiNewsNet articles)."""

from __future__ import annotations

from pathlib import Path

from akhbar.model import Rejected
from akhbar.read import Doc, read_path

FEEDS = Path(__file__).parent / "fixtures" / "feeds"


def _docs(name: str) -> list[Doc]:
    out = list(read_path(str(FEEDS / name)))
    assert all(isinstance(d, Doc) for d in out)
    return [d for d in out if isinstance(d, Doc)]


def test_rss_items_become_articles() -> None:
    docs = _docs("sabq.rss")
    assert len(docs) == 3
    first = docs[0]
    main = first.page.main
    assert main.headline == "محمد بن سلمان يصفع المشككين في العلاقات السعودية المصرية"
    assert main.published == "2015-07-31T04:37:43+03:00"
    assert main.tags == ("محليات", "الرياض")
    assert main.byline == "سبق - الرياض"
    assert main.body[0].startswith("بندر الدوشي- سبق: رصد المراقبون")
    assert first.url == "http://sabq.org/MbDgde"
    assert first.outlet == "صحيفة سبق الإلكترونية"
    assert first.page.input == f"{FEEDS / 'sabq.rss'}#1"


def test_atom_entries_become_articles_with_paragraphs() -> None:
    docs = _docs("alriyadh.atom")
    assert [d.url for d in docs] == [
        "http://www.alriyadh.com/1072315",
        "http://www.alriyadh.com/1072314",
        "http://www.alriyadh.com/1072318",
    ]
    main = docs[0].page.main
    assert main.headline == "الجبير: موقف المملكة في القضية السورية ثابت لن يتغير"
    assert main.published == "2015-08-11T14:15:31+03:00"
    assert len(main.body) == 3 and main.body[0].startswith("أكد وزير الخارجية عادل الجبير")
    assert docs[0].outlet == "جريدة الرياض"


def test_xml_that_is_not_a_feed_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "sitemap.xml"
    path.write_text(
        '<?xml version="1.0"?><urlset><url><loc>x</loc></url></urlset>', encoding="utf-8"
    )
    (out,) = read_path(str(path))
    assert isinstance(out, Rejected) and out.input == str(path)
