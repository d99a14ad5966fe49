"""akhbar.parse on a fifth round of page layouts (``benchmarks/parse_layouts_5.py``): real
SaudiNewsNet articles printed as Markdown scrapes (jina reader, firecrawl), with text noise (CRLF,
a BOM, NBSP, zero-width marks, indentation, blank-line runs), the headline printed twice, agency
end marks and ad slots, an author bio box, English UI labels, a dated dateline opening the lead,
and suffixed related items under new headers. Each fixture's gold is known by construction
(``X.gold.json`` beside ``X.txt``, written with ``--pages 3 --seed 5 --write``);
``tests/test_parse_layouts.py`` parses every fixture to its gold, losing no letter or digit, and
this file checks what each new rule is for (each test fails on the parser before the round)."""

from __future__ import annotations

from pathlib import Path

import pytest
from layout_cases import HEADLINE, PARAGRAPHS, page_of, parse_fixture

from akhbar.model import Page
from akhbar.parse import parse_text
from akhbar.parse.lines import Kind, classify

LAYOUTS = Path(__file__).parent / "fixtures" / "parse-layouts-5"
PAGES = sorted(LAYOUTS.glob("*.txt"))


def _parse(name: str) -> Page:
    return parse_fixture(LAYOUTS / f"{name}.txt")


def test_every_layout_has_fixtures() -> None:
    layouts = {p.stem.rsplit("-", 1)[0] for p in PAGES}
    assert len(layouts) == 8
    assert len(PAGES) == 24


def test_markdown_scrape_is_read_without_its_markup() -> None:
    page = _parse("markdown_scrape-00")
    main = page.main
    assert main.headline == "انسحبوا وإلا تحملوا عواقب تمردكم"  # ``# …``
    assert main.raw["headline"] == "# انسحبوا وإلا تحملوا عواقب تمردكم"
    assert main.source == "صحيفة عكاظ"  # ``**المصدر:** [صحيفة عكاظ](https://…)``
    assert main.tags == ("انسحبوا وإلا", "عواقب", "تمردكم")  # ``**الوسوم:** …``
    assert not any("**" in b or "](" in b or b.startswith("#") for b in main.body)
    assert main.body[0].startswith("أكدت لـ«عكاظ» مصادر يمنية")  # the bold lead
    assert "أكدت لـ«عكاظ» مصادر يمنية" in main.body  # ``## `` sub-heading
    assert "* الذي استدعى وفد الحوثيين" in main.body  # a bullet is printed: kept
    # a link in a paragraph: its text stays, its URL goes to discarded
    assert "يكون متساهلا" in main.body[1]
    assert "https://www.okaz.com/tag/265" in page.discarded
    # related items keep their links' URLs
    assert page.related[0].headline == "حرب اليمن.. قوى متفرجة اختارت «المنطقة الرمادية»"
    assert page.related[0].url == "https://www.okaz.com/news/866701"
    # an image line and a menu of links are discarded as they stand
    assert "![صورة](https://www.okaz.com/uploads/2178.jpg)" in page.discarded
    assert (
        "[الرئيسية](https://www.okaz.com/) » [سياسة](https://www.okaz.com/section)"
        in page.discarded
    )


def test_jina_preamble_gives_the_date_and_its_title_line_is_discarded() -> None:
    page = _parse("markdown_scrape-01")
    main = page.main
    assert main.headline == "الأهلي يطبخ لصفقة محلية"
    assert main.published == "2015-08-10T11:59:00+03:00"  # Published Time: …
    assert {"Title: الأهلي يطبخ لصفقة محلية", "Markdown Content:"} <= set(page.discarded)
    assert "URL Source: https://www.alwatan.com/news/6437" in page.discarded
    assert all(r.url and r.url.startswith("https://www.alwatan.com/news/") for r in page.related)


def test_noisy_text_parses_as_the_clean_text() -> None:
    raw = (LAYOUTS / "text_noise-00.txt").read_bytes().decode("utf-8")
    assert raw.startswith("\ufeff") and "\r\n" in raw and "\u00a0" in raw
    page = parse_text(raw, input="-")
    assert not page.main.headline.startswith("\ufeff")  # type: ignore[union-attr]
    clean = "\n".join(line.strip() for line in raw.removeprefix("\ufeff").splitlines()) + "\n"
    assert page.to_dict(with_raw=False) == parse_text(clean, input="-").to_dict(with_raw=False)
    assert page.main.published == "2015-08-09"  # الأحد 9 أغسطس 2015 with NBSP
    assert page.main.source == "صحيفة اليوم"  # ``المصدر:`` + NBSP
    assert page.main.raw["source"] == "المصدر:\u00a0صحيفة اليوم "  # the line verbatim


@pytest.mark.parametrize(
    "first",
    [
        f"{HEADLINE} - صحيفة سبق",
        f"{HEADLINE} | سبق",
        f"سبق | {HEADLINE}",
        f"Title: {HEADLINE}",
        HEADLINE,
    ],
)
def test_page_title_over_the_heading_is_discarded(first: str) -> None:
    page = page_of(first, HEADLINE, "الأحد 9 أغسطس 2015", *PARAGRAPHS)
    assert page.main.headline == HEADLINE
    assert page.main.byline is None
    assert page.main.body == PARAGRAPHS
    assert first in page.discarded


def test_the_articles_text_opening_with_its_title_after_the_date_keeps_it() -> None:
    # (round 1's as-printed pages: the article's own text repeats its title under the date)
    page = page_of(HEADLINE, "الأحد 9 أغسطس 2015", HEADLINE, *PARAGRAPHS)
    assert page.main.headline == HEADLINE
    assert page.main.body == (HEADLINE, *PARAGRAPHS)
    # with the site's name the first line is the page's title, whatever stands between
    page = page_of(f"{HEADLINE} - صحيفة سبق", "الأحد 9 أغسطس 2015", HEADLINE, *PARAGRAPHS)
    assert page.main.body == PARAGRAPHS


def test_ad_slots_are_discarded_and_agency_end_marks_stay_body() -> None:
    page = page_of(
        HEADLINE,
        "الأحد 9 أغسطس 2015",
        PARAGRAPHS[0],
        "مساحة إعلانية",
        PARAGRAPHS[1],
        "// انتهى //",
        "ع ع / س ع",
        "المصدر: واس",
    )
    # as the dev golds keep SPA's ``// انتهى //`` and ``17:46 ت م``
    assert page.main.body == (*PARAGRAPHS, "// انتهى //", "ع ع / س ع")
    assert "مساحة إعلانية" in page.discarded
    fixture = _parse("agency_end_marks-00")
    assert fixture.main.body[-2:] == ("/انتهى/", "س ح")
    assert {"- إعلان -", "Advertisement"} <= set(fixture.discarded)


def test_author_bio_box_is_discarded_and_the_writers_list_is_related() -> None:
    page = _parse("author_bio-00")
    main = page.main
    assert main.byline == "نورة الدوسري"
    assert "عن الكاتب" in page.discarded
    assert not any("كاتب وباحث سعودي" in b for b in main.body)
    assert len(page.related) == 3  # under المزيد من مقالات الكاتب
    # the name again over a title line, no header
    page = page_of(
        HEADLINE,
        "بقلم: فهد الشمري",
        "الأحد 9 أغسطس 2015",
        *PARAGRAPHS,
        "فهد الشمري",
        "كاتب وباحث سعودي",
        "كلمات دلالية: الصحة، المملكة",
    )
    assert page.main.body == PARAGRAPHS
    assert {"فهد الشمري", "كاتب وباحث سعودي"} <= set(page.discarded)
    # the same lines with no byline to match are body, as printed
    page = page_of(HEADLINE, "الأحد 9 أغسطس 2015", *PARAGRAPHS, "فهد الشمري", "كاتب وباحث")
    assert page.main.body[-2:] == ("فهد الشمري", "كاتب وباحث")


def test_english_ui_labels_around_the_article() -> None:
    page = _parse("english_ui-00")
    main = page.main
    assert main.published == "2015-08-09"  # Posted on August 9, 2015
    assert main.byline == "By سارة القحطاني"
    assert len(page.related) == 3
    assert {"Share", "Tweet", "0 Comments", "Leave a comment"} <= set(page.discarded)
    page = page_of(HEADLINE, *PARAGRAPHS, "المصدر: واس", "You might also like", "عنوان آخر للخبر")
    assert [r.headline for r in page.related] == ["عنوان آخر للخبر"]


@pytest.mark.parametrize(
    ("opener", "published"),
    [
        ("الرياض - 10 أغسطس 2015 (واس) - ", "2015-08-10"),
        ("جدة، الإثنين 10 أغسطس 2015 (رويترز) – ", "2015-08-10"),
        ("المدينة المنورة 9 أغسطس 2015 (أ ف ب): ", "2015-08-09"),
        ("الرياض في 10 أغسطس 2015 - ", "2015-08-10"),
        ("أعلنت الوزارة أن 12 أغسطس 2015 موعد ", None),  # a date in a sentence: no dateline
        ("ذكرت مصادر مطلعة في الرياض أمس الأحد 9 أغسطس 2015 - ", None),
    ],
)
def test_dateline_with_its_date_opening_the_lead_gives_published(
    opener: str, published: str | None
) -> None:
    page = page_of(HEADLINE, opener + PARAGRAPHS[0], PARAGRAPHS[1])
    assert page.main.published == published
    assert page.main.body[0] == opener + PARAGRAPHS[0]  # body as printed


def test_a_date_line_wins_over_the_leads_dateline() -> None:
    page = page_of(
        HEADLINE, "الأحد 9 أغسطس 2015", "الرياض - 10 أغسطس 2015 (واس) - " + PARAGRAPHS[0]
    )
    assert page.main.published == "2015-08-09"


def test_related_items_lose_their_outlet_and_time_suffixes() -> None:
    page = _parse("related_suffixes-00")
    assert [r.headline for r in page.related][:2] == [
        "اتحاد أمريكا الجنوبية يدعم بلاتيني",
        "دراسة: الصكوك الإسلامية حققت نقلة نوعية لأسواق رأس المال الخليجية",
    ]
    assert "- المدينة" in page.discarded  # the suffix as printed, its dash with it
    page = page_of(
        HEADLINE,
        *PARAGRAPHS,
        "المصدر: واس",
        "لا تفوت",
        "أمير الرياض يفتتح مهرجان الصيف - سبق - منذ 3 ساعات",
        "العلاقات السعودية - الأردنية في أفضل حالاتها - منذ ساعتين",
        "وزير التعليم يزور جامعة الملك سعود - 10 أغسطس 2015",
    )
    assert [r.headline for r in page.related] == [
        "أمير الرياض يفتتح مهرجان الصيف - سبق",  # one list item alone may not lose an outlet
        "العلاقات السعودية - الأردنية في أفضل حالاتها",
        "وزير التعليم يزور جامعة الملك سعود",
    ]


def test_a_dash_inside_related_headlines_stays_when_not_every_item_has_one() -> None:
    page = page_of(
        HEADLINE,
        *PARAGRAPHS,
        "المصدر: واس",
        "اخترنا لك",
        "العلاقات السعودية - الأردنية",
        "أمير الرياض يفتتح مهرجان الصيف",
    )
    assert [r.headline for r in page.related] == [
        "العلاقات السعودية - الأردنية",
        "أمير الرياض يفتتح مهرجان الصيف",
    ]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("URL Source: https://www.sabq.org/news/1", Kind.BOILER),
        ("Published Time: 2015-08-10T09:30:00+03:00", Kind.DATE),
        ("لا تفوت", Kind.READ_ALSO),
        ("مقالات أخرى للكاتب", Kind.READ_ALSO),
        ("Related Posts", Kind.READ_ALSO),
        ("مساحة إعلانية", Kind.BOILER),
        ("Leave a Reply", Kind.BOILER),
        ("// انتهى //", Kind.TEXT),
        ("عنوان الخبر - https://www.sabq.org/news/1", Kind.TEXT),  # a related item with its link
    ],
)
def test_line_forms_of_round_five(line: str, kind: Kind) -> None:
    assert classify(0, line).kind is kind
