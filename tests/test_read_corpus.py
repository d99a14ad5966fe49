"""JSON corpora: SaudiNewsNet zips with no flags, JSONL with a field mapping, FineWeb-style text."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from akhbar.model import Rejected
from akhbar.read import Doc, detect_format, parse_field_map, read_path

FIXTURES = Path(__file__).parent / "fixtures"
SLICE = FIXTURES / "saudinewsnet" / "2015-07-23.zip"


def _items() -> list[dict[str, str]]:
    with zipfile.ZipFile(SLICE) as zf:
        return json.loads(zf.read("2015-07-23.json"))  # type: ignore[no-any-return]


def test_saudinewsnet_zip_reads_every_article_with_its_fields() -> None:
    docs = list(read_path(str(SLICE)))
    assert len(docs) == 200 and all(isinstance(d, Doc) for d in docs)
    first = docs[0]
    item = _items()[0]
    assert isinstance(first, Doc)
    main = first.page.main
    assert main.headline == " ".join(item["title"].split())
    assert first.url == item["url"] and first.outlet == item["source"]
    # date_extracted is kept as given, as an ISO timestamp (it is the extraction time)
    assert main.published == item["date_extracted"].replace(" ", "T")
    assert main.body == tuple(" ".join(p.split()) for p in item["content"].split("\n") if p.strip())
    assert first.page.input == f"{SLICE}/2015-07-23.json#1"


def test_saudinewsnet_article_with_empty_content_is_kept() -> None:
    empty = [i for i, it in enumerate(_items()) if not it["content"].strip()]
    docs = list(read_path(str(SLICE)))
    assert empty, "the slice holds an article with no content"
    doc = docs[empty[0]]
    assert isinstance(doc, Doc) and doc.page.main.body == ()


def test_malformed_json_line_is_rejected_by_line_and_the_rest_read(tmp_path: Path) -> None:
    items = _items()[:3]
    lines = [json.dumps(it, ensure_ascii=False) for it in items]
    lines[1] = lines[1][: len(lines[1]) // 2]  # a line cut in half
    path = tmp_path / "cut.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = list(read_path(str(path)))
    assert [type(o).__name__ for o in out] == ["Doc", "Rejected", "Doc"]
    bad = out[1]
    assert isinstance(bad, Rejected)
    assert bad.reason == "malformed JSON" and bad.record == "2"
    assert bad.detail.startswith(f"{path}:2: ")


def test_field_mapping_names_other_keys(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    record = {
        "titre": "أمير الرياض يستقبل السفير",
        "texte": "استقبل الأمير.\nوجرى بحث.",
        "site": "x",
    }
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    fields = parse_field_map("headline=titre,body=texte,outlet=site")
    (doc,) = read_path(str(path), fields=fields)
    assert isinstance(doc, Doc)
    assert doc.page.main.headline == "أمير الرياض يستقبل السفير"
    assert doc.page.main.body == ("استقبل الأمير.", "وجرى بحث.")
    assert doc.outlet == "x"


def test_fineweb_text_records_go_through_the_page_parser(tmp_path: Path) -> None:
    text = (
        "غادر روسيا سعيدا.. هذه تفاصيل رسالة كيم إلى بوتين\n"
        "تاريخ النشر: 18 سبتمبر 2023\n"
        "تمنى الزعيم الكوري الشمالي كيم جونغ أون في رسالة إلى الرئيس الروسي فلاديمير بوتين "
        "أن تتعزز العلاقات بين البلدين في كل المجالات خلال المرحلة المقبلة.\n"
    )
    path = tmp_path / "fw.jsonl"
    rec = {"text": text, "url": "https://www.skynewsarabia.com/world/1", "date": "2024-01-01"}
    path.write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
    (doc,) = read_path(str(path))
    assert isinstance(doc, Doc)
    assert doc.url == "https://www.skynewsarabia.com/world/1"
    assert doc.outlet == "skynewsarabia.com"
    assert doc.page.main.headline == "غادر روسيا سعيدا.. هذه تفاصيل رسالة كيم إلى بوتين"
    assert doc.page.main.published == "2023-09-18"


def test_format_is_detected_from_name_and_content() -> None:
    assert detect_format("x.json", b"[") == "json"
    assert detect_format("a.xml", b'<?xml version="1.0"?><rss version="2.0">') == "rss"
    assert (
        detect_format("feed", b"<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'>")
        == "rss"
    )
    assert detect_format("x", b"WARC/1.0\r\n") == "warc"
    assert detect_format("page.php", b"<html><head>") == "html"
    assert detect_format("notes.txt", "خبر عاجل".encode()) == "text"


def test_character_references_in_scraped_fields_are_decoded(tmp_path: Path) -> None:
    # a real SaudiNewsNet title (2015-08) as the corpus stores it
    record = {
        "source": "alyaum",
        "url": "http://www.alyaum.com/article/1",
        "date_extracted": "2015-08-10 10:00:00",
        "title": "توزيع &#8220;موسوعة خطب الجمعة&#8221; على خطباء الجوامع بالمملكة",
        "author": "",
        "content": "وزعت الوزارة &#8220;الموسوعة&#8221; على الخطباء.",
    }
    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    (doc,) = read_path(str(path))
    assert isinstance(doc, Doc)
    assert doc.page.main.headline == "توزيع “موسوعة خطب الجمعة” على خطباء الجوامع بالمملكة"
    assert doc.page.main.body == ("وزعت الوزارة “الموسوعة” على الخطباء.",)
