"""akhbar.parse on whole-page text dumps (``benchmarks/parse_layouts_dump.py``): an article inside
all of its site's furniture, every menu link on a line of its own, as a browser's "copy all" or
``innerText`` gives it. The fixtures (``--pages 3 --seed 8 --write``) each parse to their gold
(``tests/test_parse_layouts.py``);
``real-cnn-arabic-2013.dump`` is the html-gold CNN Arabic page (from goose3's tests) dumped
block by block from its HTML. Every rule test below fails on the parser before the rules."""

from __future__ import annotations

from pathlib import Path

from layout_cases import HEADLINE, PARAGRAPHS, page_of, parse_fixture

from akhbar.parse.lines import Kind, classify

DUMPS = Path(__file__).parent / "fixtures" / "parse-layouts-dump"
PAGES = sorted(DUMPS.glob("*.txt"))
MENU = ("الرئيسية", "محليات", "سياسة", "اقتصاد", "رياضة", "دولي", "منوعات", "صحة")


def test_every_layout_has_fixtures() -> None:
    assert len({p.stem.rsplit("-", 1)[0] for p in PAGES}) == 6
    assert len(PAGES) == 18


def test_real_cnn_page_dump_finds_its_headline_date_and_text() -> None:
    page = parse_fixture(DUMPS / "real-cnn-arabic-2013.dump")
    main = page.main
    assert main.headline == "معارضون يسيطرون على مخازن للصواريخ بريف دمشق"
    assert main.published == "2013-08-28"
    assert len(main.body) == 7
    assert main.body[0].startswith("دمشق، سوريا (CNN) -- أكدت جهات سورية معارضة")
    assert main.body[-1].startswith("وشدد الائتلاف على")
    # the menus, the edition switch and the comment policy are furniture
    assert {"CNN", "الطبعة: العربية", "رياضة", "ملفات وتقارير"} <= set(page.discarded)
    assert not any("ترحب شبكة CNN" in b for b in main.body)
    related = [r.headline for r in page.related]
    assert related[0] == "القبض على شاب تحرش بطفلة في السعودية"
    assert "CNN International TV | CNN US TV | Work for us" not in related


def test_menu_over_the_headline_is_discarded_and_the_top_bar_date_is_not_published() -> None:
    page = page_of(
        "صحيفة الوطن",
        "الخميس 13 أغسطس 2015",  # the day the page was printed
        *MENU,
        HEADLINE,
        "الأحد 9 أغسطس 2015",
        *PARAGRAPHS,
    )
    assert page.main.headline == HEADLINE
    assert page.main.published == "2015-08-09"
    assert page.main.body == PARAGRAPHS
    assert set(MENU) <= set(page.discarded)


def test_a_breaking_news_ticker_over_the_article_is_related() -> None:
    ticker = (
        "مبتعثو ملبورن يراقبون الصحة والسلامة في الجامعات",
        "أمير عسير يؤدي الصلاة على الشهداء",
    )
    page = page_of("انتقل إلى المحتوى", *MENU, "عاجل", *ticker, HEADLINE, "بواسطة سارة القحطاني",
                   "9 أغسطس 2015", *PARAGRAPHS)  # fmt: skip
    assert page.main.headline == HEADLINE
    assert page.main.byline == "بواسطة سارة القحطاني"
    assert [r.headline for r in page.related] == list(ticker)


def test_a_date_printed_over_the_headline_under_the_menu_is_the_articles() -> None:
    page = page_of("القائمة", "×", *MENU, "سياسة", "Sunday, August 9, 2015", HEADLINE,
                   "مشاركة", "فيسبوك", *PARAGRAPHS)  # fmt: skip
    assert page.main.headline == HEADLINE
    assert page.main.published == "2015-08-09"


def test_headline_sharing_no_word_with_the_lead_heads_the_header_block() -> None:
    page = page_of("English", *MENU, "بين صهيوني وداعشي", "أبها - الوطن",
                   "نشر في: 10 أغسطس 2015 17:33", "رابط مختصر", "https://x.news/87410",
                   *PARAGRAPHS)  # fmt: skip
    main = page.main
    assert main.headline == "بين صهيوني وداعشي"
    assert main.byline == "أبها - الوطن"
    assert main.body == PARAGRAPHS  # the short link's address is no text
    assert "https://x.news/87410" in page.discarded


def test_page_title_repeated_at_the_top_is_not_the_headline() -> None:
    page = page_of(f"{HEADLINE} - الصباح | Assabah", "تجاوز إلى المحتوى الرئيسي", "استمارة البحث",
                   *MENU, HEADLINE, "الجمعة 7 أغسطس 2015", "Tweet", "حوار: آسيا العتروس",
                   *PARAGRAPHS)  # fmt: skip
    assert page.main.headline == HEADLINE
    assert page.main.byline == "حوار: آسيا العتروس"
    assert page.related == ()


def test_update_time_and_utc_offset_after_the_date_make_a_date_line() -> None:
    line = classify(1, "الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00 (GMT+0400)")
    assert line.kind is Kind.DATE
    assert line.iso == "2013-08-28"


def test_comment_policy_and_form_after_the_text_are_not_body() -> None:
    page = page_of(HEADLINE, "9 أغسطس 2015", *PARAGRAPHS,
                   "ترحب الصحيفة بالنقاش الحيوي والمفيد، وكي لا نضطر إلى مراجعة التعليقات قبل "
                   "نشرها ننصحك بمراجعة إرشادات الاستخدام.",
                   "الآراء الواردة أدناه لا تعبر عن رأي الصحيفة، بل تعكس وجهات نظر أصحابها فقط.",
                   "إضافة تعليق جديد", "اسمك", "تعليقك", "صحيفة الوطن بتاريخ 2015/08/11")  # fmt: skip
    assert page.main.body == PARAGRAPHS
    assert "صحيفة الوطن بتاريخ 2015/08/11" in page.discarded


def test_footer_menu_after_a_most_read_list_is_not_related() -> None:
    most = ("الصندوق العقاري: لا صحة لرفع القرض العقاري", "320 ألف حبة مخدرة مخبأة في إرسالية")
    page = page_of(HEADLINE, "9 أغسطس 2015", *PARAGRAPHS, "الأكثر تصفحاً", *most,
                   "من نحن", "اتصل بنا", "سياسة الخصوصية",
                   "شروط الخدمة | بيان الخصوصية | الإعلانات | من نحن؟")  # fmt: skip
    assert [r.headline for r in page.related] == list(most)
    assert {"من نحن", "اتصل بنا"} <= set(page.discarded)


def test_a_short_masthead_over_a_title_sharing_no_word_with_the_lead() -> None:
    # the logo, a menu link, an opinion piece's title, its byline and date (dump of an HTML page)
    page = page_of("سكاي نيوز عربية", "الرئيسية", "آراء", "لأننا لا نشعر!", "بقلم: خلف الحربي",
                   "نشر بتاريخ: 2015/08/04 18:24", *PARAGRAPHS)  # fmt: skip
    assert page.main.headline == "لأننا لا نشعر!"
    assert page.main.byline == "بقلم: خلف الحربي"
    assert "سكاي نيوز عربية" in page.discarded


def test_a_title_over_its_authors_name_stays_the_headline() -> None:
    """Guard: the dev pages' short title over its author's name over the date."""
    page = page_of("حقوق الوالدين", "عبدالله عمر خياط", "نشر في: 25 تموز 2015", *PARAGRAPHS)
    assert page.main.headline == "حقوق الوالدين"


def test_tags_after_a_bare_space_when_a_list_follows_the_label() -> None:
    line = classify(1, "الوسوم كاليفورنيا، روكي، الشمالية، غرب")
    assert line.kind is Kind.TAGS
    assert line.value == "كاليفورنيا، روكي، الشمالية، غرب"
    sentence = "الوسوم التي وضعها المحرر على الخبر كثيرة، ومنها ما لا يتصل بالخبر، وهذا خطأ"
    assert classify(1, sentence).kind is Kind.TEXT


def test_a_dateline_over_the_date_under_a_kicker_is_the_byline() -> None:
    """Guard (mixed layouts): a kicker, a headline sharing no word with the lead, a dateline."""
    page = page_of("محليات", "أنصفونا يا إخوة!!", "رويترز - حائل",
                   "الأحد 24 شوال 1436هـ الموافق 9 أغسطس 2015م", *PARAGRAPHS)  # fmt: skip
    assert page.main.headline == "أنصفونا يا إخوة!!"
    assert page.main.byline == "رويترز - حائل"


def test_real_assabah_page_dump_finds_its_interview_and_no_furniture_headlines() -> None:
    page = parse_fixture(DUMPS / "real-assabah-2019.dump")
    main = page.main
    assert main.headline == (
        "الناشط الحقوقي السوداني خالد عبد الكريم ماسا لـ«الصباح»: كل الشروط متوفرة لثورة "
        "سودانية ولا حاجة لنستورد شيئا"
    )
    assert main.published == "2019-02-08"
    assert main.byline == "حوار: آسيا العتروس"
    assert main.body[-1].startswith("وبالنسبة للنظام في الخرطوم")
    # under "آخر الأخبار": a weather widget, the menus and the paper's address and phones
    assert page.related == ()
    assert {"14 °", "الهاتف : 222 238 71", "حماية الخصوصية"} <= set(page.discarded)


def test_a_readers_markdown_of_the_whole_page_finds_the_headline_under_the_menus() -> None:
    """jina's reader: its preamble's title, the menus as bulleted links, the headline a heading;
    the footer's links under a most-read list are no related headlines."""
    most = ("الصندوق العقاري: لا صحة لرفع القرض العقاري", "320 ألف حبة مخدرة مخبأة في إرسالية")
    links = [f"* [{m}](https://example.sa/s/{k})" for k, m in enumerate(MENU)]
    page = page_of(f"Title: {HEADLINE}", "URL Source: https://example.sa/news/1",
                   "Markdown Content:", *links, "عاجل", f"# {HEADLINE}", "الأحد 9 أغسطس 2015",
                   *PARAGRAPHS, "الأكثر قراءة", *most, "* [من نحن](https://example.sa/a)",
                   "* [اتصل بنا](https://example.sa/c)", "* [سياسة الخصوصية](https://example.sa/p)")  # fmt: skip
    assert page.main.headline == HEADLINE
    assert page.main.published == "2015-08-09"
    assert page.main.body == PARAGRAPHS
    assert [r.headline for r in page.related] == list(most)
