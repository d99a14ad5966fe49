"""What a short line around the headline looks like: a byline name, a dateline, a section kicker.

``akhbar.parse.page`` asks these questions of the text lines between the top of the page and
the first paragraph, where a short line may be a kicker (``محليات``), the headline, a standfirst,
a byline (``رقية الهويريني``, ``جدة - واس``, ``صحيفة عكاظ | 9 أغسطس 2015``) or a photo caption.
"""

from __future__ import annotations

import regex

from akhbar.parse.desks import desk, unframed
from akhbar.parse.lines import (
    BULLETS,
    Kind,
    Line,
    is_paragraph,
    is_update,
    without_date,
    without_pictographs,
    words,
)
from akhbar.parse.roles import HONORIFIC, name_and_role, role_byline
from akhbar.parse.series import episode_over
from akhbar.parse.vocab import (
    AGENCIES,
    ARCHIVE_MARK_RE,
    CAPTION_RE,
    CHANNEL_BADGES,
    CORRESPONDENTS,
    HEADLINE_PREFIXES,
    OUTLET_NOUNS,
    fold,
    plain_spaces,
)
from akhbar.text import normalize
from akhbar.text._data import places

__all__ = [
    "MAX_BYLINE_WORDS",
    "PLAIN_NAME",
    "TITLE",
    "badge_over",
    "byline_form",
    "byline_shape",
    "channel_over",
    "dateline",
    "is_kicker",
    "is_name_line",
    "is_picture_note",
    "kicker_over",
    "masthead_over",
    "named_below",
    "section_label",
    "writer_over",
]

MAX_BYLINE_WORDS = 8
_MAX_ARCHIVE_MARK = 20  # (``(صورة من الأرشيف)`` is the longest archive mark)
#: an unlabelled byline without a joining sign is a name: this many words at most (a longer
#: line there is a standfirst)
_MAX_BARE_BYLINE_WORDS = 4
#: words (not counting dashes) of a dateline: place, name or agency, maybe a date
_MAX_DATELINE_WORDS = 7
#: what joins the parts of a byline or dateline (``جدة: فلان``, ``واس - الرياض``, ``فلان (جدة)``);
#: a tatweel only between spaces (``الرياض ـ واس``, not ``لـ``)
_BYLINE_JOINS = regex.compile(r"[:：\-–—(|/]|\sـ|ـ\s")
#: what joins a name and a date on one line (``صحيفة عكاظ | 9 أغسطس 2015``), or a place and
#: the date in a release's dateline (``الرياض، 9 أغسطس 2015``, ``أبها في 9 أغسطس 2015``)
_NAME_DATE_JOIN = regex.compile(r"\s[|\-–—/،,]\s|(?<=\p{L})[،,]\s|\sفي\s(?=\d)")
#: ``افتخار باحفين (نجران)``
_PLACE_IN_PARENS = regex.compile(r"^[^()]{3,40}\(([^()]{2,30})\)$")
#: a section label over the headline (``محليات``, ``شؤون دولية``): a word or a few, letters only
_KICKER = regex.compile(r"^\p{L}+(?: \p{L}+){0,2}$")
_WORDS = regex.compile(r"[^\W_]+")
#: ``رقية الهويريني``: two to four words, letters only
PLAIN_NAME = regex.compile(r"^\p{L}+(?: \p{L}+){1,3}$")
#: a title abbreviated before a name (``د. فلان``, ``م. فلان``, ``أ.د. فلان``); a writer's name
#: may also carry a footnote star (``فلان*``)
TITLE = regex.compile(r"^(?:[أاد]\.\s?)?[دمأا]\.\s*")
#: ``«الاقتصادية» من الرياض``: a quoted outlet "from" a place
_OUTLET_FROM_PLACE = regex.compile(r"^[«\"“][^«»\"“”]{2,30}[»\"”] من \p{L}+(?: \p{L}+)?$")
#: what a person's name never holds and a photo caption often does (``صورة جماعية بعد التدشين``,
#: ``رسم توضيحي للاختراع``, ``جانب من الحفل``): a preposition or other particle as a word, or
#: ``لـ`` glued to an article (``للاختراع``); nor does a name open with ``الـ``
_NOT_A_NAME = regex.compile(
    r"^ال|(?:^| )(?:من|في|إلى|الى|على|عن|مع|بعد|قبل|خلال|أثناء|اثناء|عند|لدى|حول|أمام|امام"
    r"|بين|ضد|نحو|منذ|حتى|أو|او|ثم|التي|الذي|هذا|هذه|بهذا|بهذه|لهذا|لهذه|هكذا|كيف|لماذا|متى|هل"
    r"|لا|لم|لن|قد|ليس|أبرز|ابرز|أهم|اهم)(?: |$)|(?:^| )لل\p{L}"
)


#: a prayer for the dead (``رحمه الله``, ``يرحمها الله``, ``تغمده الله``, ``غفر الله له``): the
#: caption of the deceased's photo or an obituary's last words, never a writer's byline (``رحمة
#: الله`` without a pronoun may be a name)
_PRAYER = regex.compile(r"(?:ي?رحم|تغمد)(?:ه|ها|هما|هم|هن) الله|غفر الله ل")


def is_name_line(text: str) -> bool:
    """A line short enough to be a byline: a name of a few words, or parts joined by a sign
    (a longer line without one is a standfirst), and not a labelled photo caption nor a
    prayer for the dead (``فلان (رحمه الله)``); a frame of bars is no word (``| كتب فلان |``)."""
    text = plain_spaces(text)
    n = words(unframed(HONORIFIC.sub("", text)))  # (``أ.د. فلان``: the title is no name's word)
    if n > MAX_BYLINE_WORDS:
        return _name_with_date(text) or role_byline(text)  # (``فلان - أستاذ …``: roles)
    return (
        text[-1] not in ".!?؟"
        and len(text) <= 80
        and (
            n <= _MAX_BARE_BYLINE_WORDS
            or _BYLINE_JOINS.search(text) is not None
            or _correspondent(text)  # ``من مراسلنا في المدينة المنورة``
            or _name_with_date(text)  # ``أبها في 9 أغسطس 2015``
        )
        and not is_picture_note(text)
        and ("الله" not in text or _PRAYER.search(text) is None)
    )


def is_picture_note(text: str) -> bool:
    """A photo's caption or credit (``الصورة: …``, ``مصدر الصورة، واس``) or its archive mark
    (``(صورة أرشيفية)``, ``أرشيفية``): text of the body, never a byline nor a headline."""
    return CAPTION_RE.match(text.lstrip("([")) is not None or (
        len(text) <= _MAX_ARCHIVE_MARK and ARCHIVE_MARK_RE.match(text) is not None
    )


def dateline(text: str, *, plain_name: bool) -> bool:
    """``مكة - الوئام :``, ``القاهرة :رويترز``, ``جدة - واس``: a place and a name joined by a
    colon, or naming a news agency, or a name with the date — a dateline, rather than the
    article's opening words. ``plain_name``: a bare name (``رقية الهويريني``) counts too."""
    text = plain_spaces(text)
    if len(_WORDS.findall(text)) > _MAX_DATELINE_WORDS or text.endswith("."):
        # an outlet or name with the date: ``صحيفة عكاظ | الأحد 9 أغسطس 2015 - 10:35 ص``
        return _name_with_date(text)
    if (":" in text and not _lead_in(text)) or _place_in_parens(text):
        return CAPTION_RE.match(text.lstrip("([")) is None
    if _name_with_date(text):
        return True
    if plain_name:  # only right after a date or toolbar: elsewhere it may be a caption
        name = TITLE.sub("", text.removesuffix("*").rstrip())  # ``* …`` is a bullet
        if PLAIN_NAME.match(name) and not _NOT_A_NAME.search(name):
            return True
        if _OUTLET_FROM_PLACE.match(text):
            return True
    found = regex.findall(r"\w+", fold(text))
    if not CORRESPONDENTS.isdisjoint(found):  # ``مراسلنا في جدة``, ``خاص بـ«سبق»``
        return True
    padded = " " + " ".join(found) + " "
    return any(f" {a} " in padded for a in AGENCIES)


#: a place or name before a dateline's colon is a word or two; a lead-in runs longer
_MIN_LEAD_IN_WORDS = 3


def _place_in_parens(text: str) -> bool:
    """``فلان (الدمام)``: a name and its place in parentheses; not a headline's update mark
    (``… (محدّث)``, ``… (تحديث)``: round 9's mark after a headline over a print view's
    masthead read the headline as a signature)."""
    m = _PLACE_IN_PARENS.search(text)
    return m is not None and not is_update(m.group(1))


def _lead_in(text: str) -> bool:
    """A line of words closed by its only colon (``أبرز ما جاء في الخبر:``): it leads in to
    what follows, as a dateline's colon after a place and a name joined by a dash (``مكة -
    الوئام :``) or before the agency (``القاهرة :رويترز``) does not."""
    return (
        text[-1] == ":"
        and text.count(":") == 1
        and not any(c in text for c in "-–—|")
        and words(text) >= _MIN_LEAD_IN_WORDS
    )


def _correspondent(text: str) -> bool:
    """A reporter's dateline: ``مراسلنا في جدة``, ``الرياض - مندوب سبق``, ``خاص بـ«سبق»``."""
    return not CORRESPONDENTS.isdisjoint(_WORDS.findall(fold(text)))


def _name_with_date(text: str) -> bool:
    """A name of a few words and a date, one before the other, joined by a separator (not a
    dateline printed around its date: ``الرياض 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس``
    opens an agency's text)."""
    name = without_date(text)
    return (
        bool(name)
        and words(name) <= _MAX_BARE_BYLINE_WORDS
        and name[-1] not in ".!?؟"
        and (text.startswith(name) or text.endswith(name))
        and _NAME_DATE_JOIN.search(text) is not None
    )


#: a headline asking a question may read as a sentence (nine words and ``؟``); a paragraph
#: asking one is longer
_MAX_QUESTION = 80


def section_label(text: str) -> bool:
    """Two or three words of letters, a section label's shape (``أخبار محلية``)."""
    return words(text) >= 2 and _KICKER.match(text) is not None


def is_kicker(text: str, after: Line) -> bool:
    """A section label over the headline (or a series' instalment's, ``series.episode_over``):
    one word over a line of three or more, or two or three words of letters over a longer line
    that is not a byline, dateline or name (a short title over its author's name, ``حقوق
    الوالدين`` / ``عبدالله عمر خياط``, or over a name and a place, ``بين صهيوني وداعشي`` /
    ``ماجد العنزي - حائل``, or over an outlet from a place, ``مبادرات للوطن والأجيال`` /
    ``هسبريس من الرباط``, is a headline)."""
    if episode_over(text, after):
        return True
    n = words(text)
    if n > 3 or after.kind is not Kind.TEXT or _SCORE.match(after.text) is not None:
        return False  # (a match's score under a short title is the report's first line)
    m = words(after.text)
    if is_paragraph(after.text):
        # a one-word label over a question asked in a few words (``رأي`` over ``هل … ؟``)
        return n == 1 and len(after.text) < _MAX_QUESTION and after.text[-1] in "؟?"
    if n == 1:
        return m >= 3
    if m < 3 or _KICKER.match(text) is None:
        return False
    a = HONORIFIC.sub("", after.text)  # (``الدكتور فلان``: a titled writer's name)
    not_a_name = words(a) >= 5 or not PLAIN_NAME.match(a) or _NOT_A_NAME.search(a) is not None
    return not_a_name and not byline_shape(a, plain_name=False) and not outlet_from_place(a)


#: a word and a separator opening a line (``تحديث:``, ``عاجل |``, ``🔴 عاجل |``)
_PREFIX = regex.compile(r"^[^\w]*(\w+)\s*[:：|\-–—]")
#: the colon of a ``جدة: فلان`` dateline (not a clock's: ``06:05``)
_COLON = regex.compile(r"(?<!\d)[:：](?!\d)")


def byline_shape(text: str, *, plain_name: bool) -> bool:
    """A short line standing as a byline or dateline rather than as a headline, where either
    may stand (under a short title, among a site's furniture over the article, with a date
    under the lead): a ``dateline`` that is no headline read like one — printed with a prefix
    (``تحديث: رئيس الوزراء …``) or quoting a speaker at more length than a name (``جماهير
    العميد: نريد استعادة الزمن الفريد``) — or a line in a ``byline_form`` (``عرعر - جاسر
    الصقري``). ``plain_name`` as for ``dateline``.

    ``dateline`` alone is the question where a line already stands in a byline's place (right
    under the headline or the date: ``order.byline_under``), and where a headline need not be
    told from it (``page``); ``byline_form`` alone gives the parts of a dashed line."""
    text = plain_spaces(text)
    if dateline(text, plain_name=plain_name) and not _marked(text):
        parts = _COLON.split(text, maxsplit=1)
        # (what a speaker said after the colon holds a particle: ``جماهير الاتحاد: أبعدونا عن
        # «صفقات التصوير»``; a name or an agency there holds none)
        if len(parts) < 2 or (
            words(parts[1]) <= _MAX_BARE_BYLINE_WORDS
            and _NOT_A_NAME.search(" " + parts[1].strip()) is None
        ):
            return True
    return byline_form(text) is not None or name_and_role(text)


#: what may stand between a kicker and the headline: the date line, boilerplate
_BETWEEN = (Kind.DATE, Kind.BOILER)
#: a label set apart from the headline by a date line is a word or two (``محليات``, ``نقطة
#: ضوء``); a three-word line there may be a short title over an epigraph
_MAX_APART_KICKER_WORDS = 2


def kicker_over(lines: list[Line], i: int) -> bool:
    """A section label over the headline with a date line or boilerplate between them
    (``محليات`` / ``الأحد 9 أغسطس 2015`` / the headline): ``is_kicker`` decides against the
    next text line, unless that is a bulleted item (a short title over a list, dev-0112). A
    three-word label counts only over a line a headline prefix marks (``أخبار الشرق الأوسط`` /
    the date / ``🔴 عاجل | …``): elsewhere it may be a short title over an epigraph."""
    n = words(lines[i].text)
    if n > _MAX_APART_KICKER_WORDS + 1:
        return False
    for j in range(i + 1, len(lines)):
        line = lines[j]
        if line.kind in _BETWEEN:
            continue
        return (
            j > i + 1
            and line.kind is Kind.TEXT
            and line.text[0] not in BULLETS
            and (n <= _MAX_APART_KICKER_WORDS or _marked(line.text))
            and is_kicker(lines[i].text, line)
        )
    return False


def _marked(text: str) -> bool:
    """A line opening with a headline prefix (``عاجل |``, ``🔴 تحديث:``)."""
    m = _PREFIX.match(text)
    return m is not None and fold(m.group(1)) in HEADLINE_PREFIXES


#: a name and a badge after it: ``عكاظ | عاجل``, ``الجزيرة - عاجل`` (a channel's name)
_BADGED = regex.compile(r"^\p{L}+(?: \p{L}+){0,2}\s*[|\-–—]\s*(\p{L}+)$")


def badge_over(lines: list[Line], i: int) -> bool:
    """A name with a badge after it (``عكاظ | عاجل``: a news channel's name over its post) over
    the headline, maybe with a date line or boilerplate between them. A headline may open with
    such a word (``عاجل | …``, round 4) but does not end with one (it may end with an update or
    video mark: ``عنوان - تحديث``): the line is no headline."""
    text = lines[i].text
    if not ("|" in text or "-" in text or "–" in text or "—" in text):
        return False  # (cheap tests first: most headlines hold no separator)
    m = _BADGED.match(text)
    if m is None or fold(m.group(1)) not in CHANNEL_BADGES:
        return False
    for line in lines[i + 1 :]:
        if line.kind not in _BETWEEN:
            return line.kind is Kind.TEXT and words(line.text) >= 3
    return False


#: a channel's name is a few words
_MAX_CHANNEL_WORDS = 5


def named_below(lines: list[Line], i: int) -> bool:
    """A short line that the furniture line under it names at its end (``أخبار الشرق الأوسط``
    over ``Forwarded from أخبار الشرق الأوسط``: a channel's name over its forwarded post; the
    name may open with emoji, ``📢 قناة …``)."""
    if i + 1 >= len(lines) or lines[i + 1].kind is not Kind.BOILER:
        return False
    text, below = without_pictographs(lines[i].text), lines[i + 1].text
    return len(below) > len(text) and below.endswith(text) and words(text) <= _MAX_CHANNEL_WORDS


#: what a post's first line under the channel's name reads as
_POST_FIRST = (Kind.TEXT, Kind.BYLINE)
#: what a channel's name never ends with: a sentence's or a label's mark
_NOT_A_CHANNEL_END = frozenset(".:：!?؟،,")


def channel_over(lines: list[Line], i: int) -> bool:
    """A channel's name of a few words (``أخبار السعودية 24``, ``نبض الخليج الإخباري``) over a
    post whose first line opens with emoji (``🔴 …``, ``🚨 عاجل | …``), maybe with the post's
    stamp between them: the messenger's furniture, no headline. A site prints its headline
    plain; an emoji opening the line under a short line marks a channel's post (round 9's
    posts), whose headline that line is."""
    text = lines[i].text
    if words(text) > _MAX_CHANNEL_WORDS or text[-1] in _NOT_A_CHANNEL_END:
        return False
    if text[0] >= "\u2190" and without_pictographs(text) != text:
        return False  # (an emoji line over another: a post's lines, not a name over one)
    for line in lines[i + 1 :]:
        if line.kind in _BETWEEN:
            continue
        post = line.text
        # (a post's headline may open with a credit's word: ``🟢 تقرير: …``)
        if line.kind not in _POST_FIRST or post[0] < "\u2190":
            return False
        rest = without_pictographs(post)
        return (
            rest != post
            and words(rest) >= 3
            and (not is_paragraph(post) or (len(post) < _MAX_QUESTION and post[-1] in "؟?"))
        )
    return False


#: words only a person's name holds (``خالد بن سعيد``, ``عبد الله آل هيضة``, ``أبو فلان``)
_NAME_PARTICLES = frozenset(("بن", "بنت", "ابن", "آل", "أبو", "ابو"))
#: the short lines an opinion page prints over its headline: the writer's name, the column's
_MAX_OVER_HEADLINE = 2


def _named(text: str) -> bool:
    """A line that reads as a person's name rather than a column's (``فهد الشمري`` beside
    ``نقطة ضوء``): a ``PLAIN_NAME`` of no particle (``بين السطور``, ``على الطاير`` are none)
    holding a name's own word (``بن``, ``آل``, ``عبد…``) or a given name before a family name
    in ``ال`` (``الشمري``)."""
    if not dateline(text, plain_name=True) or PLAIN_NAME.match(text) is None:
        return False
    ws = text.split()
    if fold(ws[0]) in OUTLET_NOUNS:
        return False  # an outlet's masthead (``جريدة الرياض``)
    if any(w in _NAME_PARTICLES or w.startswith("عبد") for w in ws):
        return True
    return ws[-1].startswith("ال") and not ws[0].startswith("ال")


def writer_over(lines: list[Line], h: int) -> int | None:
    """The index of the writer's name printed over the headline at ``h`` (opinion pages: the
    name, maybe the column's name, then the headline): the page's only text lines over it are
    one or two short lines right over it, one of them a person's name (``_named``) and the
    other none. (A site's menu or buttons between them and the headline: a masthead; a lone name
    right over a headline opening with emoji: a messenger channel's, ``channel_over``.)"""
    texts = [k for k in range(h) if lines[k].kind is Kind.TEXT]
    if not 0 < len(texts) <= _MAX_OVER_HEADLINE or texts[0] != h - len(texts):
        return None
    names = [k for k in texts if words(lines[k].text) <= _MAX_BARE_BYLINE_WORDS]
    if len(names) != len(texts):
        return None
    named = [k for k in names if _named(lines[k].text)]
    if any(episode_over(lines[k].text, lines[k + 1]) for k in texts):
        return None  # a series' label over the headline (``الحلقة الثالثة``): no column's name
    if len(named) != 1 or (len(texts) == 1 and channel_over(lines, named[0])):
        # (a lone name over a post's emoji headline is a channel's: ``أخبار الرياض``; with a
        # column's name beside it, a writer's)
        return None
    return named[0]


#: an outlet's name as its masthead: ``جريدة الرياض``, ``صحيفة الشرق الأوسط الإلكترونية`` (two
#: to four words of letters: a ``PLAIN_NAME``'s shape)
_MAX_MASTHEAD_WORDS = 4


def masthead_over(lines: list[Line], i: int) -> bool:
    """The site's masthead over the headline, with a toolbar or date between them (a print
    view: ``صحيفة سبق الإلكترونية`` / ``نسخة للطباعة`` / the headline): a few words of letters
    opening with an outlet's noun (``صحيفة``, ``جريدة``), and the next text line a headline (three
    words or more, not a short name nor a dateline) rather than a byline under a headline."""
    text = lines[i].text
    if words(text) > _MAX_MASTHEAD_WORDS or fold(text.split(" ", 1)[0]) not in OUTLET_NOUNS:
        return False
    if PLAIN_NAME.match(text) is None or i + 1 >= len(lines) or lines[i + 1].kind not in _BETWEEN:
        return False
    toolbar = lines[i + 1].kind is Kind.BOILER
    for j in range(i + 2, len(lines)):
        line = lines[j]
        if line.kind in _BETWEEN:
            continue
        a = line.text
        if words(a) < 3 or _SCORE.match(a) is not None:
            return False
        if toolbar and line.kind in _POST_FIRST:
            # under a print view's button (``اطبع``) the masthead's next line is the headline
            # whatever it reads as: a title of a name's shape (``أسامة يعود بالفيصلي``), a
            # report's labelled title (``تقرير: …``), the page's title with the outlet's name
            return True
        return (
            line.kind is Kind.TEXT
            and not is_paragraph(a)
            and (words(a) > 3 or not PLAIN_NAME.match(a))
            and not byline_shape(a, plain_name=False)
        )
    return False


#: a match's result (``الهلال 2 - 1 النصر``, ``الشباب (1) - (0) النصر``): under the date, the
#: report's first line; a title over the date (``قناة السويس وقناة نجد``) is the headline
_SCORE = regex.compile(
    r"^\p{L}+(?: \p{L}+){0,2} \(?\d{1,2}\)?\s*[\-–]\s*\(?\d{1,2}\)? \p{L}+(?: \p{L}+){0,2}$"
)


#: ``الباحة - عبدالرحمن الغامدي``, ``اليوم-الرياض``, ``ابو ظبي - الوئام - علي القرني``: two or
#: three short runs of letters (a place, an outlet or agency, a name) joined by dashes; a
#: tatweel joins only between spaces (``الرياض ـ واس``, not ``لـ``); the outlet after the place
#: may be quoted (``الرياض ـ «الحياة»``, ``دبي - "الخليج"``); Iraqi agencies join by a slash
#: glued to the first run (``السومرية نيوز/ بغداد``, ``بغداد/ المسلة``)
_DASHED = regex.compile(
    r"^\p{L}+(?: \p{L}+){0,3}(?:(?:\s*[\-–—]\s*|\sـ\s|/ ?)"
    r"(?:(?:من )?\p{L}+(?: \p{L}+){0,3}|[«\"“]\p{L}+(?: \p{L}+){0,3}[»\"”])){1,2}$"
)
#: ``*أحمد الرشيد من الرياض``: a name (maybe with a footnote star) "from" a place
_NAME_FROM_PLACE = regex.compile(r"^\*?(\p{L}+(?: \p{L}+){1,3}) من \p{L}+(?: \p{L}+)?$")
#: ``هسبريس من الرباط``: an outlet's one-word name "from" a place
_OUTLET_WORD_FROM_PLACE = regex.compile(r"^(\p{L}+) من \p{L}+(?: \p{L}+)?$")


def outlet_from_place(text: str) -> bool:
    """``هسبريس من الرباط``: one word "from" a known place. Only right under a date line is it
    read as the byline: under the headline it may as well be a caption (``جانب من الحفل``),
    and under the date too when what follows ``من`` is no place (``جانب من اللقاء``)."""
    m = _OUTLET_WORD_FROM_PLACE.match(text)
    if m is None or _NOT_A_NAME.search(m.group(1)) is not None:
        return False
    return _known_place(text[m.end(1) + len(" من ") :])


def _known_place(text: str) -> bool:
    """Whether a word of ``text`` (what follows a ``من``) is a known place."""
    return any(w in places() for w in normalize(text, for_search=True).split())


def byline_form(text: str) -> tuple[str, ...] | None:
    """The parts of a line printed as a byline or dateline without a colon, an agency or a
    date to mark it (``dateline`` reads those): a name and a place, an outlet and a place,
    joined by dashes (``عرعر - جاسر الصقري``, ``اليوم-الرياض``) or a name "from" a place
    (``*أحمد الرشيد من الرياض``: a known place, as ``outlet_from_place`` asks); None for any
    other line; a desk (``المحرر الاقتصادي``) and a frame of bars too (``akhbar.parse.desks``)."""
    text, parts = desk(plain_spaces(text))
    if parts is not None:
        return parts
    if _DASHED.match(text):
        return tuple(p.strip() for p in regex.split(r"\s*[\-–—]\s*|\sـ\s|/ ?", text))
    m = _NAME_FROM_PLACE.match(text)
    if (
        m is not None
        and _NOT_A_NAME.search(m.group(1)) is None
        and _known_place(text[m.end(1) + len(" من ") :])
    ):
        return (m.group(1),)  # (a headline "from" something else: ``انسحاب فلان من انتخابات …``)
    return None
