"""The label vocabulary (``data/labels.json``) compiled into matchers, once, at import.

Labels are matched on the line as printed, so the exact label text can be split off and kept in
``discarded``; the patterns tolerate what Arabic pages vary in: harakat and tanween anywhere
(``أيضاً`` / ``أيضًا`` / ``ايضا``), hamza and alef forms, ya / alef maqsura, ta marbuta / ha,
tatweel, letter case and a missing space between words (``اقرأأيضا``). Written by hand because
no library matches Arabic label variants while keeping offsets into the original string.
"""

from __future__ import annotations

import json
import re
from importlib import resources
from typing import Any

__all__ = [
    "ADJACENT_RE",
    "AGENCIES",
    "ARCHIVE_MARK_RE",
    "AUTHOR_BIO_RE",
    "BADGE_LINES",
    "BOILER_ANY_LITERALS",
    "BOILER_ANY_RE",
    "BOILER_LINES",
    "BOILER_LINE_WORDS",
    "BOILER_START_RE",
    "BOILER_WORDS",
    "BYLINE_BARE_RE",
    "BYLINE_LOOSE_RE",
    "BYLINE_RE",
    "CAPTION_RE",
    "CHANNEL_BADGES",
    "COMMENTS_HEADER_RE",
    "COMMENT_NOTICE",
    "COMMENT_PROMPT_RE",
    "CONTACT_WORDS",
    "CONTENTS_HEADERS",
    "CORRESPONDENTS",
    "DATE_LABEL_RE",
    "DATE_UPDATE_WORDS",
    "DATE_WORDS",
    "DISCLAIMERS",
    "LABEL_START",
    "MENU_PRINTED",
    "MENU_WORDS",
    "NOTICE_CONSENT",
    "NOTICE_SUBJECTS",
    "ORDINAL_HEADING_RE",
    "OUTLET_NOUNS",
    "PHOTO_CREDITS",
    "POLL_BUTTONS",
    "POLL_COUNT_LABELS",
    "POLL_COUNT_WORDS",
    "POLL_HEADER_RE",
    "POLL_RESULTS",
    "READ_ALSO_RE",
    "RELEASE_ABOUT_RE",
    "SOURCE_LOOSE_RE",
    "SOURCE_RE",
    "SOURCE_TRAILING_RE",
    "SPONSORED_MARKS",
    "SPONSORED_WORDS",
    "TAGS_RE",
    "TAGS_SPACED_RE",
    "TREND_LABELS",
    "WIDGET_HEADER_RE",
    "WRITER_TITLES",
    "fold",
    "fuzzy",
    "plain_spaces",
]

#: harakat, Quranic marks, superscript alef and tatweel: optional after any letter
_MARKS = "[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]*"
_CLASSES = {
    "ا": "[اأإآٱ]",
    "أ": "[اأإآ]",
    "إ": "[اأإآ]",
    "آ": "[اأإآ]",
    "ي": "[يىئ]",
    "ى": "[يى]",
    "ة": "[ةه]",
    "ه": "[ةه]",
}


def _load() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        resources.files("akhbar.parse").joinpath("data/labels.json").read_text("utf-8")
    )
    return data


def fuzzy(phrase: str) -> str:
    """A regex source matching ``phrase`` however its harakat, hamzas and spaces are written."""
    parts = []
    for ch in phrase:
        if ch == " ":
            parts.append(r"[ \t\u00a0]*")
        else:
            parts.append(_CLASSES.get(ch, re.escape(ch)) + _MARKS)
    return "".join(parts)


#: a trie node per folded letter, and what every spelling of that letter may be
_UNIT_OF = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ئ": "ي", "ة": "ه"}
_UNIT_CLASSES = {"ا": "[اأإآٱ]", "ي": "[يىئ]", "ه": "[ةه]"}


_Trie = dict[str, "_Trie"]


def _unit(ch: str) -> str:
    return " " if ch.isspace() else _UNIT_OF.get(ch, ch.lower())


def _alternation(phrases: list[str], *, shortest: bool = False) -> str:
    """``fuzzy`` of every phrase, as a trie (phrases sharing a beginning share one branch).

    Longest first along each branch, so "اقرأ أيضا في" wins over "اقرأ أيضا". A trie rather than
    a flat alternation for speed: ``re`` tries a flat alternation's branches one by one, which
    made the label test the costliest step for ordinary lines.

    ``shortest``: a branch stops where a phrase ends, for a pattern that only tells whether a
    text starts with one of the phrases (whatever a longer phrase would add matches too, or
    the shorter one alone). The pattern is a fraction of the size: far less to compile.
    """
    root: _Trie = {}
    for phrase in set(phrases):
        node = root
        for ch in phrase:
            node = node.setdefault(_unit(ch), {})
        node[""] = {}

    def emit(node: _Trie) -> str:
        if shortest and "" in node:
            return ""
        parts = [
            (r"[ \t\u00a0]*" if k == " " else _UNIT_CLASSES.get(k, re.escape(k)) + _MARKS)
            + emit(node[k])
            for k in sorted(node)
            if k
        ]
        if not parts:
            return ""
        body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(root)


_FOLD_MARKS = re.compile(_MARKS[:-1])
#: the characters of ``_MARKS``, one by one
_MARK_CHARS = tuple(
    chr(c)
    for c in [
        *range(0x0610, 0x061B),
        *range(0x064B, 0x0660),
        0x0670,
        *range(0x06D6, 0x06EE),
        0x0640,
    ]
)
_FOLD_LETTERS = (
    ("أ", "ا"),
    ("إ", "ا"),
    ("آ", "ا"),
    ("ٱ", "ا"),
    ("ى", "ي"),
    ("ئ", "ي"),
    ("ؤ", "و"),
    ("ة", "ه"),
    ("\u00a0", " "),
)
_EASTERN = "".join(chr(c) for c in [*range(0x0660, 0x066A), *range(0x06F0, 0x06FA)])
_EASTERN_DIGITS = re.compile(f"[{_EASTERN}]")
_DIGITS = str.maketrans(
    {**{0x0660 + d: str(d) for d in range(10)}, **{0x06F0 + d: str(d) for d in range(10)}}
)


def fold(s: str) -> str:
    """Matching form of a label or tag: no harakat or tatweel, one alef, ya for alef maqsura,
    ha for ta marbuta, ASCII digits, lower case.

    Hand-written for speed: the parser folds short lines and whole articles, and both
    akhbar.text's full ``normalize`` (NFC, space classes, presentation forms) and a
    ``str.translate`` over Arabic text cost several times more than these few replacements.
    """
    if len(s) < 200:
        s = _FOLD_MARKS.sub("", s)
        for a, b in _FOLD_LETTERS:
            if a in s:
                s = s.replace(a, b)
        if _EASTERN_DIGITS.search(s):
            s = s.translate(_DIGITS)
        return s.lower()
    # a whole article: a substring test per character is a fast scan in C, where the regex and
    # str.translate pay for every character; so one replace per mark, letter or digit present
    for mark in _MARK_CHARS:
        if mark in s:
            s = s.replace(mark, "")
    for a, b in _FOLD_LETTERS:
        if a in s:
            s = s.replace(a, b)
    for d in _EASTERN:
        if d in s:
            s = s.replace(d, _DIGITS[ord(d)])
    return s.lower()


_DATA = _load()
_FLAGS = re.IGNORECASE

#: a space between a label and its value; a direction mark stands there as one (``المصدر‏: X``)
_SP = r"[ \t\u00a0\u200e\u200f\u061c]"
#: a separator between a label and its value (spaces alone do not count)
SEP_REQ = rf"{_SP}*[:：\-–—ـ|»>/]+{_SP}*"


def _labelled(phrases: list[str], tail: str) -> re.Pattern[str]:
    return re.compile(
        rf"^{_SP}*(?P<label>(?:{_alternation(phrases)})(?:{tail}))(?P<rest>.*)$", _FLAGS
    )


_GLUED = [
    p
    for p in _DATA["read_also"]
    if any(fold(p).startswith(fold(g)) for g in _DATA["read_also_glued"])
]
_UNGLUED = [p for p in _DATA["read_also"] if p not in _GLUED]
#: a read-also label at the start of a line; group ``rest`` is what follows it. ``اقرأ أيضا``
#: and its kin may be glued to the headline that follows (``اقرأ أيضاًبوتين: …``); other labels
#: (``أخبار ذات صلة``) need a separator or the end of the line — or, when the label as printed
#: ends in ta marbuta, which only ever ends a word, nothing at all (``مواضيع ذات صلةبوتين …``).
READ_ALSO_RE = re.compile(
    rf"^{_SP}*(?P<label>(?:{_alternation(_GLUED)})(?:{SEP_REQ}|{_SP}*)"
    rf"|(?:{_alternation(_UNGLUED)})(?:{SEP_REQ}|{_SP}*$|(?<=ة)(?=\S)))(?P<rest>.*)$",
    _FLAGS,
)
_SOURCE_LOOSE = [p for p in _DATA["source"] if fold(p).endswith(" عن")]
_SOURCE_STRICT = [p for p in _DATA["source"] if p not in _SOURCE_LOOSE]
#: ``المصدر: X``, ``المصدر - X`` (a separator is required: ``المصدر الأمني قال`` is text)
SOURCE_RE = _labelled(_SOURCE_STRICT, rf"{SEP_REQ}|{_SP}*$")
#: ``نقلاً عن X``
SOURCE_LOOSE_RE = _labelled(_SOURCE_LOOSE, rf"{SEP_REQ}|{_SP}+")
#: ``X - المصدر``
SOURCE_TRAILING_RE = re.compile(
    rf"^(?P<rest>.*?)(?P<label>{_SP}*[\-–—ـ(|]{_SP}*(?:{_alternation(_DATA['source_trailing'])}){_SP}*\)?)$",
    _FLAGS,
)
#: ``كتب: X``, ``بقلم X``
BYLINE_RE = _labelled(_DATA["byline"], SEP_REQ)
#: only these may be followed by the name after a bare space (``تقرير يمني يرصد`` is a headline)
BYLINE_LOOSE_RE = _labelled(_DATA["byline_loose"], rf"{_SP}+")
#: any credit's label and a bare space (``إعداد محمد العلي``): a credit only when a person's
#: name follows, and where a credit stands (``akhbar.parse.credits.bare_credit``)
BYLINE_BARE_RE = _labelled(_DATA["byline"], rf"{_SP}+")
#: a date label, or a print date's (``تاريخ الطباعة:``): a line so labelled whose date is not
#: read (``آخر تحديث: منذ 3 ساعات``) or not the page's (a print date) is discarded
DATE_LABEL_RE = _labelled(
    [*_DATA["date_labels"], *_DATA["print_date_labels"]], rf"{SEP_REQ}|{_SP}*$"
)
#: the first word of an outlet's name (``صحيفة``, ``جريدة``), folded
OUTLET_NOUNS = frozenset(fold(w) for w in _DATA["outlet_nouns"])
#: ``كلمات دلالية: …``, or the label alone (one tag per line follows); the label may count
#: its tags (``الوسوم (3): …``)
TAGS_RE = _labelled(_DATA["tags"], rf"(?:{_SP}*\(\d{{1,3}}\))?(?:{SEP_REQ}|{_SP}*$)")
#: ``الوسوم كاليفورنيا، روكي، غرب``: a label that is no word of a sentence, a bare space, then
#: (checked by the caller) a list
TAGS_SPACED_RE = _labelled(_DATA["tags_spaced"], rf"{_SP}+")
#: a glued label starts this many characters before the line's end at most
_MAX_GLUED_LABEL = 32


def glued_tags_label(text: str) -> int | None:
    """Where a tags label with its colon starts, glued to the letter before it (``المصدر: صحيفة
    Xالوسوم: a، b``: two cells of a page printed with nothing between them); None if none.
    Each place after a letter is tried with ``TAGS_RE`` (no pattern of its own: compiling one
    more alternation of the labels costs a tenth of a second at import)."""
    for p in range(1, len(text) - 2):
        if text[p - 1].isalpha() and text[p].isalpha():
            m = TAGS_RE.match(text[p:])
            if m is not None and m["label"].rstrip()[-1:] in ":：":
                return p
    return None


def glued_read_also_end(text: str) -> int | None:
    """Where a read-also label closing the line starts, glued to the letter before it
    (``الوسوم: a، bأخبار ذات صلة``); None if none."""
    for p in range(max(1, len(text) - _MAX_GLUED_LABEL), len(text) - 2):
        if text[p - 1].isalpha() and text[p].isalpha():
            m = READ_ALSO_RE.match(text[p:])
            if m is not None and not m["rest"].strip(" :："):
                return p
    return None


#: a date label with one of these words dates an update (``آخر تحديث:``), not the publication
DATE_UPDATE_WORDS = frozenset(fold(w) for w in _DATA["date_update_words"])
#: ``الصورة: …``, ``(صورة: واس)``, ``مصدر الصورة، Getty Images``: a photo caption or credit
CAPTION_RE = _labelled(_DATA["caption"], rf"{SEP_REQ}|{_SP}*[،,]{_SP}*")
#: a picture's archive mark: ``(صورة أرشيفية)``, ``أرشيفية``, ``صورة من الأرشيف``
ARCHIVE_MARK_RE = re.compile(r"^[(\[]?(?:صور[ةه] )?(?:من )?(?:ال)?[أا]رشيف(?:ي[ةه])?[)\]]?$")
#: words a date line may hold besides its date: the date words and every word of a date label
#: (``تاريخ الإضافة: 09-08-2015`` is a date line as much as ``تاريخ النشر: …``)
DATE_WORDS = frozenset(
    [
        *(fold(w) for w in _DATA["date_words"]),
        *(w for label in _DATA["date_labels"] for w in re.findall(r"[^\W\d_]+", fold(label))),
    ]
)
#: a photographer's credit labels, folded (``تصوير: فلان`` credits a picture)
PHOTO_CREDITS = frozenset(fold(w) for w in _DATA["photo_credits"])
#: news agencies, in matching form with spaces for dots (``د.ب.أ`` → ``د ب ا``)
AGENCIES = frozenset(" ".join(re.findall(r"\w+", fold(w))) for w in _DATA["agencies"])
BOILER_LINES = frozenset(fold(w) for w in _DATA["boilerplate_lines"])
#: the words of those lines (``أرسل الخبر لصديق``, ``حفظ المقال``: a button and its object)
BOILER_LINE_WORDS = frozenset(w for line in BOILER_LINES for w in re.findall(r"[^\W\d_]+", line))
#: every word of the boilerplate vocabulary: a short line with none of them (and none of the
#: signs below) is not boilerplate, without trying the patterns (speed)
BOILER_WORDS = frozenset(
    w
    for phrase in [*_DATA["boilerplate_lines"], *_DATA["boilerplate_patterns"]]
    for w in re.findall(r"[^\W\d_]+", fold(phrase))
    if not (len(w) == 1 and w.isascii() and phrase not in _DATA["boilerplate_lines"])
)
_ANCHORED = [fold(p)[1:] for p in _DATA["boilerplate_patterns"] if p.startswith("^")]
_FLOATING = [fold(p) for p in _DATA["boilerplate_patterns"] if not p.startswith("^")]
#: boilerplate patterns that start a line (use ``.match``) and that stand anywhere (``.search``)
BOILER_START_RE = re.compile("|".join(f"(?:{p})" for p in _ANCHORED))
BOILER_ANY_RE = re.compile("|".join(f"(?:{p})" for p in _FLOATING))
#: the same, as plain strings when no floating pattern uses regex syntax: a substring test
#: per pattern costs far less than the alternation's search (None: use ``BOILER_ANY_RE``)
BOILER_ANY_LITERALS: tuple[str, ...] | None = (
    tuple(_FLOATING) if all(re.escape(p) == p.replace(" ", "\\ ") for p in _FLOATING) else None
)
_COMMENT_HEADERS = "|".join(re.escape(fold(w)) for w in _DATA["comment_headers"])
_COMMENT_WORDS = "|".join(re.escape(fold(w)) for w in _DATA["comment_words"])
#: a body's numbered sub-heading opens with an ordinal adverb and a colon (``ثانياً: …``,
#: ``أخيراً:``); a headline does not
ORDINAL_HEADING_RE = re.compile(
    r"^(?:أولا|ثانيا|ثالثا|رابعا|خامسا|سادسا|سابعا|ثامنا|تاسعا|عاشرا|أخيرا)[\u064b]?\s*:"
)
#: the header over the readers' comments, on a folded line (``fold``): ``التعليقات (3)``,
#: ``تعليقات القراء``, ``3 تعليقات`` (a count and a comment word, or a header word with a
#: count or not)
COMMENTS_HEADER_RE = re.compile(
    rf"^(?:(?:{_COMMENT_HEADERS})\s*:?\s*(?:\(?\s*\d+\s*\)?)?"
    rf"|(?:{_COMMENT_WORDS})\s*:?\s*\(?\s*\d+\s*\)?|\d+\s+(?:{_COMMENT_WORDS}))$"
)
#: a site's word on its readers' comments (a comment word and one of these), folded
COMMENT_NOTICE = tuple(fold(w) for w in _DATA["comment_notice"])
#: a trending bar's labels (``ترند``, ``الأكثر بحثاً``), folded (``akhbar.parse.sidebars``)
TREND_LABELS = frozenset(fold(w) for w in _DATA["trend_labels"])
#: a prompt to comment (``أضف تعليقك``, ``إضافة تعليق جديد``): the comments start there
COMMENT_PROMPT_RE = re.compile(rf"^(?:اضف|اضافه|اكتب|اترك) (?:{_COMMENT_WORDS}|تعليقك)")
#: a site's notice to the reader (a cookie banner): a subject word and a consent word, folded
NOTICE_SUBJECTS = tuple(fold(w) for w in _DATA["notice_subjects"])
NOTICE_CONSENT = tuple(fold(w) for w in _DATA["notice_consent"])
#: a site's disclaimer under its articles (``تعبر عن آراء كتابها``), folded
DISCLAIMERS = tuple(fold(w) for w in _DATA["disclaimers"])

#: words that make a short line a reporter's dateline (``مراسلنا في جدة``), folded
CORRESPONDENTS = frozenset(fold(w) for w in _DATA["correspondents"])
#: a side widget's header (``مواقيت الصلاة``, ``الطقس``, ``أسعار العملات``); group ``rest`` is
#: what follows it on the line (a place: ``مواقيت الصلاة في جدة``)
WIDGET_HEADER_RE = re.compile(
    rf"^{_SP}*(?:{_alternation(_DATA['widget_headers'])})(?P<rest>(?:{_SP}|[:\-–—|(]).*)?$",
    _FLAGS,
)
#: a paid-links box's header words (``روابط إعلانية``, ``Sponsored Links by Taboola``), folded:
#: the words that mark the links as paid, and the others such a header may use
SPONSORED_MARKS = frozenset(fold(w) for w in _DATA["sponsored_marks"])
SPONSORED_WORDS = frozenset(fold(w) for w in _DATA["sponsored_words"]) | SPONSORED_MARKS
#: a link to the previous or next article: ``« الخبر السابق``, ``المقال التالي: عنوان``,
#: ``السابق: عنوان``; group ``rest`` is the headline printed with it. A direction alone with
#: neither a noun nor a headline (``التالي »``) is a pager's button: the caller checks
ADJACENT_RE = re.compile(
    rf"^[«»‹›<>←→\s]*(?:(?P<noun>{_alternation(_DATA['adjacent_nouns'])}){_SP}+)?"
    rf"(?:{_alternation(_DATA['adjacent_directions'])})[«»‹›<>←→\s]*"
    rf"(?:[:：]{_SP}*(?P<rest>.+))?$",
    _FLAGS,
)
#: a poll's header (``استطلاع رأي``), alone on its line
POLL_HEADER_RE = re.compile(
    rf"^{_SP}*(?:{_alternation(_DATA['poll_headers'])}){_SP}*:?{_SP}*$", _FLAGS
)
#: a poll's vote button and its results link, folded, without punctuation
POLL_BUTTONS = frozenset(fold(w) for w in _DATA["poll_buttons"])
POLL_RESULTS = frozenset(fold(w) for w in _DATA["poll_results"])
#: the words of a poll's vote count (``عدد المصوتين: 1532``), folded: what counts, and its labels
POLL_COUNT_WORDS = frozenset(fold(w) for w in _DATA["poll_count_words"])
POLL_COUNT_LABELS = frozenset(fold(w) for w in _DATA["poll_count_labels"])
#: the header of a table of contents (``محتويات المقال``, ``في هذا المقال``), folded, without
#: its colon (a set, not a pattern: a pattern of Arabic letters costs its compile at import)
CONTENTS_HEADERS = frozenset(fold(w) for w in _DATA["contents_headers"])
#: the header of an author's bio box (``عن الكاتب``), alone on its line
AUTHOR_BIO_RE = re.compile(
    rf"^{_SP}*(?:{_alternation(_DATA['author_bio_headers'])}){_SP}*:?{_SP}*$", _FLAGS
)
#: the header of a press release's box about its issuer (``نبذة عن شركة X``, ``حول X:``);
#: group ``name`` is what it is about
RELEASE_ABOUT_RE = re.compile(
    rf"^{_SP}*(?:{_alternation(_DATA['release_about'])}){_SP}+"
    rf"(?P<name>[^\W\d_]+(?:{_SP}+[^\W\d_]+){{0,5}}){_SP}*[:：]?{_SP}*$",
    _FLAGS,
)
#: a word of a media contact's header (``للتواصل الإعلامي:``), folded
CONTACT_WORDS = frozenset(fold(w) for w in _DATA["contact_words"])
#: badge lines as printed, with ``|`` and ``:`` read as spaces (``عاجل | مباشر``)
BADGE_LINES = frozenset(_DATA["badge_lines"])
#: a word printed before the headline and a separator (``عاجل:``, ``تحديث:``, ``بالفيديو:``), folded
HEADLINE_PREFIXES = frozenset(fold(w) for w in _DATA["headline_prefixes"])
#: a badge a news channel prints after its name (``عكاظ | عاجل``), folded
CHANNEL_BADGES = frozenset(fold(w) for w in _DATA["channel_badges"])
#: the words of a site's menu run together on one line, folded
MENU_WORDS = frozenset(w for phrase in _DATA["menu_words"] for w in fold(phrase).split())
#: the same words as printed (a menu's first word is looked up before the line is folded)
MENU_PRINTED = frozenset(w for phrase in _DATA["menu_words"] for w in phrase.split())
#: the first word of a writer's title line (``كاتب سعودي``), folded
WRITER_TITLES = frozenset(fold(w) for w in _DATA["writer_titles"])
#: a role's first word after a writer's name and a dash on a byline (``فلان - مدير التحرير``)
BYLINE_ROLES = WRITER_TITLES | frozenset(fold(w) for w in _DATA["byline_roles"])


#: how many letters of each label the start-of-line test looks at
_LABEL_START_UNITS = 6
#: the first letters of any label at the start of a line: lines that fail this skip every label
#: pattern (speed). A few lines that start like a label but are none pass it and fail those
#: patterns; cut to its first letters, the test compiles in a third of the time at import
LABEL_START = re.compile(
    rf"{_SP}*(?:"
    + _alternation(
        [
            "".join(map(_unit, label))[:_LABEL_START_UNITS]
            for key in ("read_also", "tags", "source", "byline", "byline_loose")
            for label in _DATA[key]
        ],
        shortest=True,
    )
    + ")",
    _FLAGS,
)


#: a no-break or other odd space, and a direction mark or zero-width space: a scraper's, not
#: the writer's
_ODD = re.compile(r"[\u00a0\u2000-\u200f\u202a-\u202f\u205f\u3000\u061c\u2066-\u2069]")
_ODD_SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000]")
_DIRECTION_MARKS = re.compile(r"[\u200b-\u200f\u061c\u202a-\u202e\u2066-\u2069]")


def plain_spaces(text: str) -> str:
    """``text`` with its no-break spaces read as spaces and its direction marks dropped, for
    tests of a line's shape only (a line's text stays as printed): ``رقية\u00a0الهويريني`` or an
    RLM before ``اليوم - الدمام`` is the same byline."""
    if _ODD.search(text) is None:
        return text
    return " ".join(_DIRECTION_MARKS.sub("", _ODD_SPACES.sub(" ", text)).split())
