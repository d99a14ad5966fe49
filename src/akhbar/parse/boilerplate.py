"""Boilerplate lines: share/print/font-size buttons, breadcrumbs, copyright, comment and view
counters, follow-us, newsletter and app prompts. Decided by what the line says (vocabulary in
``data/labels.json``), and only for short lines, so a paragraph that mentions Twitter stays."""

from __future__ import annotations

import re
from itertools import product

from akhbar.parse.vocab import (
    BOILER_ANY_LITERALS,
    BOILER_ANY_RE,
    BOILER_LINE_WORDS,
    BOILER_LINES,
    BOILER_START_RE,
    BOILER_WORDS,
    COMMENT_NOTICE,
    DISCLAIMERS,
    NOTICE_CONSENT,
    NOTICE_SUBJECTS,
    SPONSORED_MARKS,
    SPONSORED_WORDS,
    fold,
)

__all__ = [
    "is_boilerplate",
    "is_comment_notice",
    "is_crumb",
    "is_notice",
    "is_site_notice",
    "is_sponsored_header",
    "share_bar_end",
]

_MAX_WORDS = 12
_WORD = re.compile(r"[^\W\d_]+")
_ALNUM = re.compile(r"[^\W_]")
_DIGIT = re.compile(r"\d")
#: signs that only boilerplate lines carry: copyright, breadcrumb arrows, font-size buttons
_SIGNS = re.compile(r"[©»›>/|+]")
_PUNCT = re.compile(r"[\W_]+")
#: a breadcrumb: short segments joined by » › or > (a « » pair is a quotation, not a trail)
_CRUMB = re.compile(r"\s[»›>]\s|\s/\s")
_ARROW = re.compile(r"\s[›>]\s")
_BAR = re.compile(r"[|•]")
_LETTERS = re.compile(r"[^\W\d_]{2}")
#: a line of numbers only that a player or gallery prints: a duration (``02:30``, ``1:02:30``),
#: the player's position in it (``00:00 / 02:35``), a picture counter (``3 / 12``, ``3 من
#: 12``, ``الصورة 3 من 12``, ``صورة (3 من 12)``) or a pager's page numbers (``1 2 3``: a pager
#: counts from one; figures in a text do not run so)
_PICTURE = ("الصور", "صور")
_COUNTER = re.compile(
    r"^\d{1,2}(?::\d{2}){1,2}(?:\s*/\s*\d{1,2}(?::\d{2}){1,2})?$"
    r"|^(?:(?:ال)?صور[ةه]\s*)?\(?\d{1,3}\s*(?:/|من)\s*\d{1,3}\)?$"
    r"|^1 2(?: \d{1,3})*$"
)


#: a character outside "plain" text: basic Arabic letters, ASCII without capitals, Arabic and
#: common punctuation. ``fold`` changes a plain line only in its hamza/alef, alef maqsura,
#: hamza-on-waw and ta marbuta letters, so its words can be looked up without folding it
_NOT_PLAIN = re.compile(
    "[^\u0621-\u063a\u0641-\u064a\x20-\x40\x5b-\x7e\u060c\u061b\u061f\u00ab\u00bb"
    "\u2013\u2014\u2018\u2019\u201c\u201d\u2026]"
)
#: the plain letters ``fold`` turns into each letter
_SPELLINGS = {"ا": "اأإآ", "ي": "يىئ", "و": "وؤ", "ه": "هة"}
#: what ``fold`` changes in a plain line
_PLAIN_FOLD = tuple((a, b) for b, spellings in _SPELLINGS.items() for a in spellings if a != b)
#: every plain spelling of every boilerplate word (a few thousand strings)
BOILER_SPELLINGS = frozenset(
    "".join(letters)
    for word in BOILER_WORDS
    for letters in product(*(_SPELLINGS.get(ch, ch) for ch in word))
)


def is_crumb(text: str) -> bool:
    """``الرئيسية » أخبار محلية``, ``محليات > جدة``: short named segments joined by arrows."""
    if "»" in text:
        if "«" in text or not _CRUMB.search(text):
            return False
        named = False
    elif ("›" in text or ">" in text) and _ARROW.search(text):
        # › or > (no quotation uses them): each segment must name a page
        named = True
    else:
        return False
    parts = [p.strip() for p in re.split(r"[»›>/]", text)]
    return len(parts) >= 2 and all(
        0 < len(p.split()) <= 4 and (not named or _LETTERS.search(p)) for p in parts
    )


def _has_word_in(text: str, words: frozenset[str]) -> bool:
    """Whether a word of ``text`` (a run of letters) is in ``words``: ``BOILER_WORDS`` for a
    folded line, ``BOILER_SPELLINGS`` (every plain spelling of them) for a plain line not folded.

    Over the whitespace pieces: a piece of letters only is one word, looked up with all the
    others in one set operation (every word in ``words`` is letters only, so no other piece can
    be in it), and only a piece with digits or punctuation in it is cut by the word pattern
    (``findall`` over the whole line costs several times more; the words found are the same).
    """
    pieces = text.split()
    if not words.isdisjoint(pieces):
        return True
    for piece in pieces:
        if not piece.isalpha() and not words.isdisjoint(_WORD.findall(piece)):
            return True
    return False


#: a site's notice is a sentence or two; a longer line is an article's paragraph
_MAX_NOTICE_WORDS = 40


#: what every cookie banner's subject holds, as printed (``ملفات تعريف الارتباط``, ``الكوكيز``)
_NOTICE_HINTS = ("ملفات", "كوكيز", "ookie")


def is_notice(text: str) -> bool:
    """A site's notice to the reader, however long: a cookie banner names its subject (``ملفات
    تعريف الارتباط``, ``cookies``) and asks for the reader's consent (``توافق``, ``تجربتك``); a
    paragraph about cookies rarely speaks to the reader."""
    if len(text.split()) > _MAX_NOTICE_WORDS:
        return False
    f = fold(text)
    return any(w in f for w in NOTICE_SUBJECTS) and any(w in f for w in NOTICE_CONSENT)


#: a site's notice or disclaimer is a sentence or two: a longer line is a paragraph
_MAX_NOTICE_CHARS = 300
#: what every disclaimer phrase holds (``تعبر عن رأي``, ``تمثل آراء``, ``المصدر الأصلي هو
#: المسؤول``, ``إخلاء مسؤولية``, ``وجهة نظر``), as printed: a cheap test before folding the line
_DISCLAIMER_HINTS = ("رأي", "آراء", "اراء", "سؤول", "سئول", "وجهة نظر")
#: a notice is a sentence: a shorter line is a button or a headline's words
_MIN_NOTICE_CHARS = 30


def is_site_notice(text: str) -> bool:
    """A notice the site prints around every article rather than a line of the article: a
    cookie banner (``is_notice``) or a disclaimer, the opinion page's (``المقالات المنشورة
    تعبر عن آراء كتابها ولا تعبر بالضرورة عن رأي الصحيفة``) or an aggregator's (``هذا الخبر
    منقول من X … والمصدر الأصلي هو المسؤول عن صحة الخبر``). Round 13 of the layouts."""
    if not _MIN_NOTICE_CHARS <= len(text) <= _MAX_NOTICE_CHARS:
        return False
    if any(map(text.__contains__, _DISCLAIMER_HINTS)):
        f = fold(text)
        if any(map(f.__contains__, DISCLAIMERS)):
            return True
    return any(map(text.__contains__, _NOTICE_HINTS)) and is_notice(text)


#: a paid-links box's header is a few words
_MAX_SPONSORED_WORDS = 6
#: what every mark of paid links holds, as printed (a cheap test before folding the line)
_SPONSORED_HINT = re.compile("مول|مدعوم|علاني|برعاي|ponsor|romot|aboola|utbrain")


def is_sponsored_header(text: str, n_words: int) -> bool:
    """The header of a box of paid links (``روابط إعلانية``, ``محتوى ممول``, ``Sponsored Links
    by Taboola``): a few words, one marking the links as paid, every other one such headers use.
    The teasers under it are ads, not the site's read-also links."""
    if n_words > _MAX_SPONSORED_WORDS or _SPONSORED_HINT.search(text) is None:
        return False
    found = _WORD.findall(fold(text))
    return not SPONSORED_MARKS.isdisjoint(found) and SPONSORED_WORDS.issuperset(found)


#: a notice on the comments is a sentence or three
_MAX_COMMENT_NOTICE_WORDS = 60


def is_comment_notice(text: str) -> bool:
    """The site's word on its readers' comments, printed under the article (``ترحب الشبكة
    بالنقاش … ننصحك بمراجعة إرشادات الاستخدام``): a comment word and one of the notice's
    phrases. Every Arabic comment word holds ``تعليق``, tested first."""
    if "تعليق" not in text or len(text.split()) > _MAX_COMMENT_NOTICE_WORDS:
        return False
    f = fold(text)
    return any(w in f for w in COMMENT_NOTICE)


def is_boilerplate(text: str, *, folded: str | None = None, n_words: int | None = None) -> bool:
    """Whether a line is boilerplate; ``folded`` (``fold(text)``) and ``n_words`` (its
    whitespace-separated word count) may be passed by a caller that already has them."""
    n = len(text.split()) if n_words is None else n_words
    if n > _MAX_WORDS:
        # a longer row of buttons and counts between bars (round 14's reactions: ``أعجبني (5) |
        # حزين (66) | …``): every piece boilerplate on its own
        return n <= 2 * _MAX_WORDS and "|" in text and _bar_of_buttons(text)
    if (text[0].isdigit() or text[0] == "(" or text.startswith(_PICTURE)) and _COUNTER.match(text):
        return True
    if folded is None and not _NOT_PLAIN.search(text):
        # most lines: decided without folding (folding changes no sign, letter or digit into
        # something else, only one letter into another)
        if not _SIGNS.search(text) and not _has_word_in(text, BOILER_SPELLINGS):
            return not _ALNUM.search(text)  # a line of dashes or stars is boilerplate too
        f = text
        for a, b in _PLAIN_FOLD:  # fold(text), for a plain line
            if a in f:
                f = f.replace(a, b)
    else:
        f = fold(text) if folded is None else folded
        if not _SIGNS.search(f) and not _has_word_in(f, BOILER_WORDS):
            return not _ALNUM.search(f)
    bare = _PUNCT.sub(" ", f).strip()
    if bare in BOILER_LINES or not bare:
        return not any(ch.isalnum() for ch in text) or bare in BOILER_LINES
    # a row of buttons: every word is a button word (فيسبوك تويتر واتساب), or a button and
    # the words that go with buttons (أرسل الخبر لصديق, حفظ المقال)
    # (a count among them is a counter: تعليقات القراء 3)
    words = bare.split()
    if not BOILER_LINES.isdisjoint(words) and (
        BOILER_LINE_WORDS.issuperset(words)
        or (_DIGIT.search(bare) and BOILER_LINE_WORDS.issuperset(_WORD.findall(bare)))
    ):
        return True
    # a toolbar: short items between bars, one of them a known button (تكبير | تصغير | طباعة)
    if "|" in f or "•" in f:
        pieces = _BAR.split(f)
        items = [x for x in (_PUNCT.sub(" ", x).strip() for x in pieces) if x]
        if (
            len(items) >= 2
            and all(len(x.split()) <= 2 for x in items)
            and any(x in BOILER_LINES for x in items)
        ):
            return True
        # counters and prompts side by side: ``عدد المشاهدات: 5865 | التعليقات (28)``
        pieces = [x.strip() for x in pieces if _ALNUM.search(x)]
        if len(pieces) >= 2 and all(is_boilerplate(x, folded=x) for x in pieces):
            return True
    if BOILER_START_RE.match(f) or BOILER_START_RE.match(bare):
        return True
    if _floating(f):
        return not _spoken(f)
    return is_crumb(text)


def _bar_of_buttons(text: str) -> bool:
    """Whether every piece of a line between its bars is boilerplate (two pieces or more)."""
    pieces = [x.strip() for x in text.split("|") if _ALNUM.search(x)]
    return len(pieces) >= 2 and all(is_boilerplate(x) for x in pieces)


def _floating(f: str) -> bool:
    """Whether a folded line holds a boilerplate phrase anywhere (``تابعونا``, ``قناتنا``)."""
    if BOILER_ANY_LITERALS is not None:
        return any(map(f.__contains__, BOILER_ANY_LITERALS))  # a substring test each, in C
    return BOILER_ANY_RE.search(f) is not None


#: a speaker's label before what was said (``س:``, ``الحياة:``, ``فلان الفلاني:``)
_SPEAKER = re.compile(r"^[^\W\d_]+(?: [^\W\d_]+)?\s*[:：]")
#: what a speaker says after the label, in words at least (a sentence, not a link's title)
_MIN_SPOKEN_WORDS = 4
#: a question this long is the text's (an interviewer's), not a site's prompt
_MIN_QUESTION_WORDS = 8


def _spoken(f: str) -> bool:
    """A line of an interview or a quoted speaker (``س: … قناتنا الثقافية!!؟``), or a long
    question, whose boilerplate phrase is a word of what was said: not boilerplate (a speaker's
    label that is itself such a phrase, ``تابعونا: …``, is)."""
    m = _SPEAKER.match(f)
    if m is not None and len(f[m.end() :].split()) >= _MIN_SPOKEN_WORDS:
        return not _floating(m.group(0))
    return f.rstrip()[-1:] in "؟?" and len(f.split()) >= _MIN_QUESTION_WORDS


#: a paragraph left after a share bar is cut off it: a sentence, not a word or two
_MIN_REST_WORDS = 5


def share_bar_end(text: str) -> int:
    """Where a share bar scraped onto the front of a paragraph ends, 0 when there is none.

    A structured record's body comes as its site printed it, and some sites' scrapes glue
    the share row to the lead (SaudiNewsNet holds 157 such Okaz records:
    ``شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك أكد نائب خادم الحرمين …``). The bar is the
    longest run of opening words that is a button row on its own (``is_boilerplate``) and names
    two buttons or more, so a sentence that opens with ``شارك`` (``شارك من خلال برنامج …``,
    ``شارك وفد من …``) keeps its words; what follows must still be a sentence.

    >>> text = "شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك أكد نائب خادم الحرمين الشريفين أن"
    >>> text[share_bar_end(text):]
    'أكد نائب خادم الحرمين الشريفين أن'
    >>> share_bar_end("شارك من خلال برنامج الابتعاث أكثر من مئة طالب")
    0
    >>> text = "شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك على الرغم من تحذيرات الأرصاد"
    >>> text[share_bar_end(text):]
    'على الرغم من تحذيرات الأرصاد'
    """
    words = text.split(" ")
    if len(words) <= _MIN_REST_WORDS or words[0] not in BOILER_LINES:
        return 0  # (nearly every paragraph: it opens with no button's name)
    end = 0
    seen: set[str] = set()
    folded: list[str] = []  # the vocabulary is folded (``اكتب رايك``)
    for k in range(1, min(len(words) - _MIN_REST_WORDS, _MAX_WORDS) + 1):
        word = fold(words[k - 1])
        if word in seen:
            break  # a bar names each button once: ``… اكتب رأيك شارك وفد …`` opens the text
        seen.add(word)
        folded.append(word)
        # it ends with a whole button (``… جوجل بلس``, ``… اكتب رأيك``), not with a word of
        # one that is also the text's first (``… اكتب رأيك على الرغم …``: ``شارك على``'s)
        whole = any(" ".join(folded[j:k]) in BOILER_LINES for j in range(max(0, k - 3), k))
        if (
            whole
            and len(seen & BOILER_LINES) >= 2
            and is_boilerplate(" ".join(words[:k]), n_words=k)
        ):
            end = k
    return len(" ".join(words[:end])) + 1 if end else 0
