"""Furniture a site or a widget prints around an article that no field holds, read from the
line alone: an embedded post's frame (``— فلان (@handle) August 26, 2015``,
``pic.twitter.com/…``, ``A post shared by …``, a YouTube player's title), a relative time (``منذ ساعتين``,
``أمس الساعة 10:30``, ``الأحد الماضي``: no date to read, never a guess) and a menu run
together on one line (``الرئيسية سياسة اقتصاد رياضة``). What the post *says* (the tweet's
text) is no furniture: the article quotes it, and it stays body; nor is a writer's e-mail or
handle under a column (the dev golds keep it as the column's last line).
"""

from __future__ import annotations

import re

from akhbar.parse.vocab import BADGE_LINES, MENU_PRINTED, MENU_WORDS, WRITER_TITLES, fold

__all__ = ["is_chrome", "is_writer_title"]

#: a post's attribution under its text: a dash, the name, ``(@handle)``, maybe the date
_ATTRIBUTION = re.compile(r"^[—–\-]\s*[^()]{1,60}\(@\w{1,30}\)")
_PIC_LINK = re.compile(r"^pic\.twitter\.com/\w+$")
_SHARED = re.compile(r"^A post shared by ", re.IGNORECASE)
#: ``- YouTube`` after a player's title
_YOUTUBE_TITLE = re.compile(r"\s[\-–—|]\s*YouTube$", re.IGNORECASE)
#: a relative time, maybe after a date label: ``منذ ساعتين``, ``قبل 3 ساعات``, ``أمس``,
#: ``أمس الساعة 10:30 م``, ``الأحد الماضي``
_RELATIVE = re.compile(
    r"^(?:[^\W\d_]+(?: [^\W\d_]+)?\s*[:：]\s*)?"
    r"(?:(?:منذ|قبل)\s+(?:\d+\s+|بضع\s+)?(?:ثوان|ثانية|لحظات|دقيقة|دقائق|دقيقتين|ساعة|ساعات|ساعتين"
    r"|يوم|يومين|أيام|ايام|أسبوع|اسبوع|أسبوعين|اسبوعين|أسابيع|اسابيع|شهر|شهرين|أشهر|اشهر)"
    r"|(?:أمس|امس|البارحة)(?:\s+(?:الساعة\s+)?\d{1,2}:\d{2}(?:\s*[صم])?)?"
    r"|(?:ال)?(?:أحد|احد|إثنين|اثنين|ثلاثاء|أربعاء|اربعاء|خميس|جمعة|سبت)\s+(?:الماضي|الفائت))$"
)
#: a site's domain on a line of its own (``sabq.org``, ``www.okaz.com.sa``)
_DOMAIN = re.compile(r"^(?:https?://)?(?:www\.)?[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.[a-z]{2,}/?$", re.I)
#: a badge, a picture link or a relative time is a few words
_MAX_SHORT_CHROME = 5
#: a menu has this many items at least (a kicker or a breadcrumb has fewer)
_MIN_MENU_WORDS = 4


def is_chrome(text: str, n_words: int) -> bool:
    """Whether a short line is furniture around the article (see the module's docstring)."""
    if "@" in text:
        return _ATTRIBUTION.match(text) is not None or _SHARED.match(text) is not None
    if n_words <= _MAX_SHORT_CHROME:
        if text in BADGE_LINES:
            return True
        if (":" in text or "|" in text or " - " in text) and " ".join(
            text.replace("|", " ").replace(":", " ").replace(" - ", " ").split()
        ) in BADGE_LINES:
            return True
        if text[0] == "p" and _PIC_LINK.match(text):
            return True
        if (
            "منذ" in text
            or "قبل" in text
            or "مس" in text
            or "الماضي" in text
            or "الفائت" in text
            or "البارحة" in text
        ) and _RELATIVE.match(text):
            return True
    if n_words == 1 and "." in text and _DOMAIN.match(text):
        return True  # a site's domain alone, under its share card
    if text[-1] in "eE" and _YOUTUBE_TITLE.search(text):
        return True
    if n_words >= _MIN_MENU_WORDS and text[: text.find(" ")] in MENU_PRINTED:
        return MENU_WORDS.issuperset(fold(text).replace("|", " ").split())
    return False


def is_writer_title(text: str) -> bool:
    """A writer's title line under the byline: a few words opening with a title word (``كاتب
    سعودي``, ``كاتبة وإعلامية``)."""
    pieces = text.split()
    return 0 < len(pieces) <= 5 and fold(pieces[0]) in WRITER_TITLES and text[-1] not in ".:؟?"
