"""HTML pages: real Arabic pages from html-gold (title, body in, boilerplate out), encodings,
and the metadata trafilatura misses (site suffix, Arabic dates, tags, read-also boxes)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from akhbar.model import Rejected
from akhbar.read import Doc, read_path
from akhbar.read.html import read_html
from akhbar.read.htmlmeta import split_title

GOLD = Path(__file__).parent / "fixtures" / "html-gold"


def _read(name: str) -> Doc:
    (doc,) = read_path(str(GOLD / name))
    assert isinstance(doc, Doc)
    return doc


def _collapse(s: str) -> str:
    return " ".join(s.split())


def test_cnn_arabic_page_title_body_and_date() -> None:
    gold = json.loads((GOLD / "arabic_article.metadata.json").read_text(encoding="utf-8"))
    doc = _read("arabic_article.html")
    main = doc.page.main
    assert main.headline == gold["title"]  # <title> carries " - CNNArabic.com"
    expected = [
        p
        for p in (GOLD / "arabic_article.txt").read_text(encoding="utf-8").split("\n")
        if p.strip()
    ]
    assert list(main.body) == [_collapse(p) for p in expected]
    # the comment policy box inside the article container is not article text
    assert not any("ترحب شبكة CNN بالنقاش" in p for p in main.body)
    assert main.published == "2013-08-03"  # from the URL; the page only prints the update date
    assert doc.outlet == "CNNArabic"
    assert doc.url == gold["url"]


def test_cnn_arabic_test_page_starts_with_the_expected_text() -> None:
    gold = json.loads((GOLD / "test_cnn_arabic.json").read_text(encoding="utf-8"))
    main = _read("test_cnn_arabic.html").page.main
    assert main.headline == "معارضون يسيطرون على مخازن للصواريخ بريف دمشق"
    assert main.body[0].startswith(gold["expected"]["cleaned_text"])


def test_assabah_page_title_body_included_and_boilerplate_excluded() -> None:
    (gold,) = json.loads((GOLD / "assabah.evaldata.json").read_text(encoding="utf-8")).values()
    doc = _read("assabah.com.tn.article.html")
    main = doc.page.main
    # SCHEMA: the headline is the title as printed with whitespace collapsed
    assert main.headline == _collapse(gold["title"])
    text = "\n".join(main.body)
    for phrase in gold["with"]:
        assert phrase in text
    for phrase in gold["without"]:
        assert phrase not in text
    assert main.byline == "حوار: آسيا العتروس"
    assert main.published == "2019-02-08T00:00:00+01:00"  # RDFa dc:date of "الجمعة 8 فيفري 2019"
    assert main.headline not in main.tags  # its keywords meta only repeats the title


@pytest.mark.parametrize("declared", [True, False], ids=["meta-windows-1256", "undeclared"])
def test_cp1256_page_reads_like_its_utf8_original(tmp_path: Path, declared: bool) -> None:
    html = (GOLD / "test_cnn_arabic.html").read_text(encoding="utf-8")
    html = html.replace("charset=UTF-8", "charset=windows-1256" if declared else "")
    path = tmp_path / "cp1256.html"
    path.write_bytes(html.encode("cp1256", errors="xmlcharrefreplace"))
    (doc,) = read_path(str(path))
    assert isinstance(doc, Doc)
    utf8 = _read("test_cnn_arabic.html").page.main
    assert doc.page.main.headline == utf8.headline
    assert doc.page.main.body == utf8.body


def test_binary_file_named_html_is_rejected_by_name(tmp_path: Path) -> None:
    path = tmp_path / "broken.html"
    path.write_bytes(b"\x00\x01\x02PNG" * 100)
    (out,) = read_path(str(path))
    assert isinstance(out, Rejected) and out.input == str(path)
    assert out.reason == "undecodable HTML" and "binary" in out.detail


PAGE = """<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>أمير الرياض يستقبل سفير اليابان | صحيفة سبق الإلكترونية</title>
<meta property="og:site_name" content="صحيفة سبق الإلكترونية">
<meta name="keywords" content="الرياض، اليابان، أمير الرياض">
<meta property="article:tag" content="علاقات دولية">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
 {"@type":"NewsArticle","datePublished":"2015-07-21T09:30:00+03:00",
  "author":{"@type":"Person","name":"سلطان السلمي"}}]}</script>
</head><body>
<header><nav><a href="/">الرئيسية</a> <a href="/local">محليات</a></nav></header>
<article><h1>أمير الرياض يستقبل سفير اليابان</h1>
<div class="article-body">
<p>استقبل صاحب السمو الملكي الأمير فيصل بن بندر بن عبدالعزيز أمير منطقة الرياض في مكتبه بقصر الحكم اليوم سفير اليابان لدى المملكة.</p>
<p>وجرى خلال الاستقبال تبادل الأحاديث الودية ومناقشة عدد من الموضوعات ذات الاهتمام المشترك بين البلدين الصديقين.</p>
<p>المصدر: واس</p>
<div class="share-buttons"><p>شارك هذا الخبر على تويتر وفيسبوك وواتساب مع أصدقائك الآن</p></div>
</div>
<div class="tags"><a href="/tag/1">الرياض</a><a href="/tag/2">سفارات</a></div>
</article>
<aside class="related-news"><h3>اقرأ أيضاً</h3><ul>
<li><a href="/saudia/1">وزير الخارجية يلتقي نظيره الياباني في طوكيو</a></li>
<li><a href="https://sabq.org/saudia/2">أمير الرياض يدشن مشروعات تنموية جديدة في المنطقة</a></li>
</ul></aside>
<footer><p>جميع الحقوق محفوظة لصحيفة سبق الإلكترونية 2015</p></footer>
</body></html>"""


def test_synthetic_page_metadata_from_meta_json_ld_and_boxes() -> None:
    doc = read_html(PAGE.encode("utf-8"), input="p.html", url="https://sabq.org/saudia/0")
    assert isinstance(doc, Doc)
    main = doc.page.main
    assert main.headline == "أمير الرياض يستقبل سفير اليابان"
    assert main.published == "2015-07-21T09:30:00+03:00"
    assert main.byline == "سلطان السلمي"
    assert main.source == "واس"
    assert main.tags == ("علاقات دولية", "الرياض", "اليابان", "أمير الرياض", "سفارات")
    assert len(main.body) == 2 and main.body[0].startswith("استقبل صاحب السمو الملكي")
    assert [r.headline for r in doc.page.related] == [
        "وزير الخارجية يلتقي نظيره الياباني في طوكيو",
        "أمير الرياض يدشن مشروعات تنموية جديدة في المنطقة",
    ]
    assert doc.page.related[0].url == "https://sabq.org/saudia/1"
    assert doc.outlet == "صحيفة سبق الإلكترونية"


def test_visible_arabic_date_is_read_when_nothing_is_declared() -> None:
    page = PAGE.replace('"datePublished":"2015-07-21T09:30:00+03:00",', "").replace(
        "</h1>", '</h1><div class="meta">نشر في: الثلاثاء 15 آذار 2016 - 10:30 ص</div>'
    )
    doc = read_html(page.encode("utf-8"), input="p.html")
    assert isinstance(doc, Doc)
    assert doc.page.main.published is not None
    assert doc.page.main.published.startswith("2016-03-15")


@pytest.mark.parametrize(
    ("title", "sites", "want"),
    [
        (
            "معارضون يسيطرون على مخازن للصواريخ بريف دمشق - CNNArabic.com",
            ["CNNArabic"],
            "معارضون يسيطرون على مخازن للصواريخ بريف دمشق",
        ),
        (
            "الصباح | Assabah - بوتين يستقبل كيم في قاعدة فضائية",
            ["assabah.com.tn"],
            "بوتين يستقبل كيم في قاعدة فضائية",
        ),
        (
            "بوتين يستقبل كيم في قاعدة فضائية - الصباح | Assabah",
            ["assabah.com.tn"],
            "بوتين يستقبل كيم في قاعدة فضائية",
        ),
        ("سكاي نيوز عربية :: غادر روسيا سعيدا", ["سكاي نيوز عربية"], "غادر روسيا سعيدا"),
        ("مصر - السعودية: اتفاق على تعزيز التعاون", [], "مصر - السعودية: اتفاق على تعزيز التعاون"),
        ("الجبير: موقف المملكة ثابت — جريدة الرياض", ["alriyadh.com"], "الجبير: موقف المملكة ثابت"),
    ],
)
def test_title_loses_only_its_site_name(title: str, sites: list[str], want: str) -> None:
    assert split_title(title, site_names=sites) == want


def test_html_without_any_article_is_rejected_not_stored_empty(tmp_path: Path) -> None:
    path = tmp_path / "blank.html"
    path.write_text("<html><head></head><body><div></div></body></html>", encoding="utf-8")
    (out,) = read_path(str(path))
    assert isinstance(out, Rejected) and out.reason == "no article in HTML"
