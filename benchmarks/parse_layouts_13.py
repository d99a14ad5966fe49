"""A thirteenth round of page layouts neither the dev pages nor the first twelve rounds use, gold
known by construction.

    python benchmarks/parse_layouts_13.py [--pages N] [--seed S] [--misses] [--write DIR] [--json]

Built like ``benchmarks/parse_layouts.py`` (real SaudiNewsNet articles printed into plain-text
pages) with forms the earlier rounds lack. How each is scored (SCHEMA.md decides; where it is
silent, the dev golds and the earlier rounds do):

- **A fact card inside the body**: a profile of an appointee (``بطاقة تعريفية`` / ``سيرة ذاتية``
  over ``الاسم: فلان``, ``تاريخ الميلاد: 12 مارس 1962``, ``مكان الميلاد: جدة``, ``المؤهل: …``)
  or an event's details (``تفاصيل الفعالية`` over ``الموعد: الخميس 20 أغسطس 2015``,
  ``المكان: …``, ``التوقيت: …``, ``الدخول: …``) after the lead: **body, as printed**, header and
  all (the editors wrote the card as the article's text: round 7 keeps a chronology, round 8 key
  points). ``published`` is the page's date line, never a birth day or an event's day (round 7's
  dates inside a chronology).
- **Verses in the body**: a Quran verse in ``﴿…﴾`` on a line of its own with its reference
  (``[المائدة: 2]`` on the line or ``(سورة المائدة - الآية 2)`` under it), or lines of a poem,
  each line's halves joined by ``***`` / ``...`` / ``…``, under a paragraph ending ``:``:
  **body, as printed** (the writer quotes them, as round 6 keeps a quoted post's text); a verse
  line is no headline, no related teaser (a ``...`` inside it is no cut summary) and its
  reference no byline.
- **A list of names in the body** (winners, appointees, a committee: ``وجاءت أسماء الفائزين على
  النحو التالي:`` over one name a line, bare, numbered ``1- …``, bulleted ``• …`` or with a role
  ``فلان - رئيساً``), in the middle or at the end of the body: **body, as printed** (round 2
  keeps bullet lists, round 10 numbered paragraphs). A run of names under a lead-in ending
  ``:`` is the list the lead-in announces: no byline, no signature (round 10's signature is one
  name, with its place, after the last paragraph), even over the source line.
- **A table of contents** (``محتويات المقال`` / ``جدول المحتويات`` / ``في هذا المقال`` over the
  article's section headings, numbered, bulleted or bare) under the date, over the intro or
  right over the first section's heading, the article then printing each heading over its
  paragraphs: the box is **discarded** (it is the
  page's navigation, links to its own sections, as a breadcrumb links to its section; each entry
  is printed again where it heads its text), the headings where they head their paragraphs are
  **body** (round 4's numbered sub-headings, round 8's question headings), the first one too
  when it stands right under the box, where a byline may stand (the box lists it: no byline).
- **The site's disclaimers** under the body: an opinion page's ``المقالات المنشورة تعبر عن آراء
  كتابها ولا تعبر بالضرورة عن رأي الصحيفة`` or an aggregator's ``هذا الخبر منقول من X …
  والمصدر الأصلي هو المسؤول عن صحة الخبر`` / ``تم نشر هذا الخبر آلياً …``, before or after the
  source and tags: **discarded** (the site prints the same notice under every article, as round
  6's copyright and round 9's press-release boilerplate; the dump round discards a comment
  policy's "لا تعبر عن رأي …"). The byline (``بقلم: فلان``) and ``المصدر: X`` stay what they are.
- **Consent, push and ad-blocker prompts** at the top or the foot: a consent manager (``نحن نهتم
  بخصوصيتك`` over its sentence and ``إدارة الخيارات`` / ``قبول الكل`` / ``رفض الكل``), a push
  prompt (``هل تريد تلقي إشعارات بآخر الأخبار؟`` / ``سماح`` / ``لا شكراً``), an ad-blocker
  notice (``يبدو أنك تستخدم أداة لحجب الإعلانات`` …): **discarded** (round 3's cookie notice).
- **A listen bar** under the date or the headline (``استمع إلى المقال`` / ``استمع للخبر`` /
  ``🔊 استمع إلى هذا الخبر`` over the player's ``00:00 / 03:12``, ``سرعة التشغيل: 1x``,
  ``مدعوم بالذكاء الاصطناعي``): **discarded** (round 9's video player controls).
- **An instalment of a series**: the episode's label over the headline (``الحلقة الثالثة``,
  ``الحلقة 3``, ``(3 - 5)``: a kicker, **discarded**, round 2), the date, the column, then
  ``(يتبع)`` / ``يتبع...`` / ``وللحديث بقية`` as its last line (**body, as printed**, as round
  5 keeps end marks), then ``حلقات السلسلة`` / ``الحلقات السابقة`` over the earlier
  instalments' headlines (**related**, as round 6's ``مقالات سابقة للكاتب``).
- **Footnotes and references** under a column (``بقلم: فلان``): note marks ``(1)`` / ``[2]``
  closing paragraphs, then ``المراجع:`` / ``الهوامش:`` / ``المصادر والمراجع:`` over the numbered
  references (``(1) ابن خلدون، المقدمة، …``, ``1- تقرير …``, ``[2] …``): **body, as printed**
  (the writer's text; numbers kept: they match the marks, unlike a related list's numbers of
  round 2); no reference is the source (SCHEMA's source is the outlet the text is attributed to,
  printed with its ``المصدر:`` label) and none a related headline.

Same options and table as ``benchmarks/parse_layouts.py``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import sys

from parse_layouts import (
    CITIES,
    Layout,
    Parts,
    _clock,
    _page,
    _rel,
    _weekday,
    main,
)
from parse_layouts_4 import _date
from parse_layouts_10 import _tags_line

from akhbar.model import Page

PEOPLE = (
    "محمد بن عبدالله العتيبي",
    "الدكتور خالد الزهراني",
    "المهندس فهد الشمري",
    "نورة بنت سعد الدوسري",
    "الأستاذة ريم الحربي",
    "عبدالرحمن القحطاني",
    "ماجد بن ناصر العنزي",
    "سلطان المطيري",
    "الدكتورة هيا الغامدي",
    "يوسف الشهري",
)
ROLES = ("رئيساً", "نائباً للرئيس", "عضواً", "أميناً للجنة", "مقرراً")
QUALIFICATIONS = (
    "دكتوراه في الإدارة العامة من جامعة الملك سعود",
    "ماجستير في الهندسة المدنية",
    "بكالوريوس في العلوم السياسية",
)
POSTS = ("وكيل الوزارة للشؤون التنفيذية", "مدير عام الشؤون الصحية", "رئيس مجلس الإدارة")
VENUES = ("مركز الملك فهد الثقافي", "واجهة الرياض", "قاعة المؤتمرات بالغرفة التجارية")
VERSES = (
    ("وَتَعَاوَنُوا عَلَى الْبِرِّ وَالتَّقْوَى وَلَا تَعَاوَنُوا عَلَى الْإِثْمِ وَالْعُدْوَانِ", "المائدة", 2),
    ("إِنَّ اللَّهَ يَأْمُرُ بِالْعَدْلِ وَالْإِحْسَانِ", "النحل", 90),
    ("وَقُلْ رَبِّ زِدْنِي عِلْمًا", "طه", 114),
    ("وَمَنْ أَحْيَاهَا فَكَأَنَّمَا أَحْيَا النَّاسَ جَمِيعًا", "المائدة", 32),
)
POEM = (
    ("إذا الشعب يوماً أراد الحياة", "فلا بد أن يستجيب القدر"),
    ("ولا بد لليل أن ينجلي", "ولا بد للقيد أن ينكسر"),
    ("على قدر أهل العزم تأتي العزائم", "وتأتي على قدر الكرام المكارم"),
    ("وتعظم في عين الصغير صغارها", "وتصغر في عين العظيم العظائم"),
    ("وطني لو شغلت بالخلد عنه", "نازعتني إليه في الخلد نفسي"),
)
LEAD_INS = (
    "وجاءت أسماء الفائزين على النحو التالي:",
    "وشملت القائمة كلاً من:",
    "وضمت اللجنة في عضويتها كلاً من:",
    "وفيما يلي أسماء المكرمين:",
)
CONTENTS = ("محتويات المقال", "جدول المحتويات", "في هذا المقال:", "محتويات")
HEADINGS = (
    "خلفية القرار",
    "تفاصيل الإجراءات الجديدة",
    "ردود الفعل الأولى",
    "ما الخطوة التالية؟",
    "أرقام ودلالات",
)
OPINION_NOTES = (
    "المقالات المنشورة تعبر عن آراء كتابها ولا تعبر بالضرورة عن رأي الصحيفة",
    "الآراء الواردة في هذا المقال تعبر عن رأي كاتبها ولا تعكس بالضرورة موقف {site}",
    "جميع المقالات المنشورة في هذا القسم تمثل رأي أصحابها فقط",
)
AGGREGATOR_NOTES = (
    "هذا الخبر منقول من {outlet} وقد قام فريق التحرير بنقله كما هو، والمصدر الأصلي هو "
    "المسؤول عن صحة الخبر",
    "تم نشر هذا الخبر آلياً من مصدره الأصلي، والموقع غير مسؤول عن محتواه",
    "إخلاء مسؤولية: المحتوى منقول من {outlet} ولا يعبر عن وجهة نظر الموقع",
)
PROMPTS = (
    (
        "نحن نهتم بخصوصيتك",
        "نستخدم نحن وشركاؤنا ملفات تعريف الارتباط لتخصيص المحتوى والإعلانات وتحليل الزيارات.",
        "إدارة الخيارات",
        "قبول الكل",
        "رفض الكل",
    ),
    ("هل تريد تلقي إشعارات بآخر الأخبار؟", "سماح", "لا شكراً"),
    ("فعّل الإشعارات ليصلك كل جديد", "تفعيل", "لاحقاً"),
    ("يبدو أنك تستخدم أداة لحجب الإعلانات", "يرجى تعطيلها لدعم استمرار الموقع", "تم التعطيل"),
)
LISTEN = (
    ("استمع إلى المقال", "00:00 / 03:12"),
    ("استمع للخبر", "02:45"),
    ("🔊 استمع إلى هذا الخبر", "سرعة التشغيل: 1x"),
    ("الاستماع إلى المقال", "مدعوم بالذكاء الاصطناعي"),
    ("استمع", "00:00", "04:05"),
)
EPISODES = ("الحلقة الأولى", "الحلقة الثالثة", "الحلقة 3", "(3 - 5)", "الحلقة الثانية")
SERIES_ENDS = ("(يتبع)", "يتبع...", "وللحديث بقية", "يتبع")
SERIES_HEADERS = ("حلقات السلسلة", "الحلقات السابقة", "اقرأ الحلقات السابقة:")
NOTES_HEADERS = ("المراجع:", "الهوامش:", "المصادر والمراجع:", "الهوامش")
REFERENCES = (
    "ابن خلدون، المقدمة، دار الفكر، بيروت، 2004، ص 45.",
    "تقرير الهيئة العامة للإحصاء لعام 2014.",
    "مؤسسة النقد العربي السعودي، التقرير السنوي الخمسون، 2014.",
    "عبدالله الغذامي، الثقافة التلفزيونية، المركز الثقافي العربي، 2005.",
)


def _with_headline(page: Page, headline: str) -> Page:
    return dataclasses.replace(page, main=dataclasses.replace(page.main, headline=headline))


def _site(outlet: str) -> str:
    return outlet.removeprefix("صحيفة ").removeprefix("جريدة ")


def _dated(p: Parts) -> str:
    d = p.main.day
    return p.rng.choice([f"{_weekday(d)} {_date(d)}", f"{_date(d)} - {_clock(p.rng)} م"])


def fact_card(p: Parts) -> tuple[list[str], Page]:
    """A profile card or an event's details after the lead, each line a label and its value."""
    r, d, o = p.rng, p.main.day, p.main.outlet
    if r.random() < 0.5:
        born = dt.date(r.randint(1950, 1975), r.randint(1, 12), r.randint(1, 28))
        card = [
            r.choice(["بطاقة تعريفية", "سيرة ذاتية", "السيرة الذاتية:"]),
            f"الاسم: {r.choice(PEOPLE)}",
            f"تاريخ الميلاد: {_date(born)}",
            f"مكان الميلاد: {r.choice(CITIES)}",
            f"المؤهل: {r.choice(QUALIFICATIONS)}",
            f"المنصب السابق: {r.choice(POSTS)}",
        ]
    else:
        when = d + dt.timedelta(days=r.randint(3, 20))
        card = [
            r.choice(["تفاصيل الفعالية", "معلومات الحدث", "بيانات الفعالية:"]),
            f"الموعد: {_weekday(when)} {_date(when)}",
            f"المكان: {r.choice(CITIES)} - {r.choice(VENUES)}",
            "التوقيت: من 4:00 عصراً حتى 10:00 مساءً",
            r.choice(["الدخول: مجاني", "التسجيل: عبر الموقع الإلكتروني"]),
        ]
    paras = list(p.main.paragraphs)
    at = r.choice([1, len(paras)])
    body = (*paras[:at], *card, *paras[at:])
    source = o if r.random() < 0.5 else None
    lines = [p.main.title, _dated(p), *body, *([f"المصدر: {o}"] if source else []), _tags_line(p)]
    return _page(p, lines, published=d.isoformat(), source=source, body=body)


def verses(p: Parts) -> tuple[list[str], Page]:
    """A Quran verse with its reference, or lines of a poem, under a paragraph ending ``:``."""
    r, d = p.rng, p.main.day
    if r.random() < 0.5:
        text, sura, aya = r.choice(VERSES)
        block = [
            r.choice(["وافتتح كلمته بقوله تعالى:", "مستشهداً بقول الله تعالى:"]),
            *(
                [f"﴿{text}﴾ [{sura}: {aya}]"]
                if r.random() < 0.5
                else [f"﴿{text}﴾", f"(سورة {sura} - الآية {aya})"]
            ),
        ]
    else:
        sep = r.choice([" *** ", " ... ", " … ", "   "])
        k = r.randint(2, 3)
        start = r.randrange(0, len(POEM) - k + 1)
        block = [
            r.choice(["وأنشد الشاعر في ختام الأمسية:", "واختتم كلمته بأبيات قال فيها:"]),
            *(f"{a}{sep}{b}" for a, b in POEM[start : start + k]),
        ]
    paras = list(p.main.paragraphs)
    at = r.choice([1, len(paras) - 1, len(paras)])
    body = (*paras[:at], *block, *paras[at:])
    lines = [p.main.title, _dated(p), *body, _tags_line(p)]
    return _page(p, lines, published=d.isoformat(), body=body)


def names_list(p: Parts) -> tuple[list[str], Page]:
    """One name a line under a lead-in ending ``:``, in the body's middle or at its end."""
    r, d, o = p.rng, p.main.day, p.main.outlet
    names = r.sample(PEOPLE, r.randint(3, 6))
    style = r.choice(["bare", "numbered", "bullet", "role"])
    if style == "numbered":
        names = [f"{i}- {n}" for i, n in enumerate(names, 1)]
    elif style == "bullet":
        names = [f"• {n}" for n in names]
    elif style == "role":
        names = [f"{n} - {r.choice(ROLES)}" for n in names]
    block = [r.choice(LEAD_INS), *names]
    paras = list(p.main.paragraphs)
    body = (*paras, *block) if r.random() < 0.5 else (paras[0], *block, *paras[1:])
    source = o if r.random() < 0.6 else None
    lines = [
        p.main.title,
        _dated(p),
        *body,
        *([f"المصدر: {o}"] if source else []),
        _tags_line(p),
    ]
    return _page(p, lines, published=d.isoformat(), source=source, body=body)


def contents_box(p: Parts) -> tuple[list[str], Page]:
    """A table of contents over the intro, each entry printed again over its paragraph."""
    r, d = p.rng, p.main.day
    paras = list(p.main.paragraphs)
    intro = paras[:1] if len(paras) >= 3 else []  # (two sections at least, one paragraph each)
    rest = paras[len(intro) :]
    k = r.randint(2, min(4, len(rest)))
    heads = r.sample(HEADINGS, k)
    style = r.choice(["numbered", "bullet", "bare"])
    toc = {
        "numbered": [f"{i}. {h}" for i, h in enumerate(heads, 1)],
        "bullet": [f"• {h}" for h in heads],
        "bare": list(heads),
    }[style]
    body = list(intro)
    cuts = [len(rest) * i // k for i in range(k + 1)]
    per = [rest[a:b] for a, b in itertools.pairwise(cuts)]
    for h, chunk in zip(heads, per, strict=True):
        body += [h, *chunk]
    lines = [p.main.title, _dated(p), r.choice(CONTENTS), *toc, *body, _tags_line(p)]
    return _page(p, lines, published=d.isoformat(), body=tuple(body))


def site_disclaimer(p: Parts) -> tuple[list[str], Page]:
    """An opinion page's or an aggregator's notice under the body, around the source and tags."""
    r, d, o = p.rng, p.main.day, p.main.outlet
    if r.random() < 0.5:
        byline = f"بقلم: {r.choice(PEOPLE)}"
        note = r.choice(OPINION_NOTES).format(site=_site(o))
        head = [p.main.title, byline, _dated(p)]
        source = None
        foot = [_tags_line(p)]
    else:
        byline = None
        note = r.choice(AGGREGATOR_NOTES).format(outlet=o)
        head = [p.main.title, _dated(p)]
        source = o
        foot = [f"المصدر: {o}", _tags_line(p)]
    at = r.randint(0, len(foot))
    lines = [*head, *p.main.paragraphs, *foot[:at], note, *foot[at:]]
    return _page(p, lines, published=d.isoformat(), source=source, byline=byline)


def consent_prompts(p: Parts) -> tuple[list[str], Page]:
    """A consent manager, a push prompt or an ad-blocker notice at the top or the foot."""
    r, d, o = p.rng, p.main.day, p.main.outlet
    prompt = list(r.choice(PROMPTS))
    top = r.random() < 0.5
    rel = _rel(p) if r.random() < 0.4 else []
    lines = [
        *(prompt if top else []),
        p.main.title,
        _dated(p),
        *p.main.paragraphs,
        f"المصدر: {o}",
        _tags_line(p),
        *(["أخبار ذات صلة", *rel] if rel else []),
        *([] if top else prompt),
    ]
    return _page(p, lines, published=d.isoformat(), source=o, related=rel)


def listen_bar(p: Parts) -> tuple[list[str], Page]:
    """An audio player's label and controls under the date or between headline and date."""
    r, d = p.rng, p.main.day
    bar = list(r.choice(LISTEN))
    date = _dated(p)
    head = [date, *bar] if r.random() < 0.6 else [*bar, date]
    lines = [p.main.title, *head, *p.main.paragraphs, _tags_line(p)]
    return _page(p, lines, published=d.isoformat())


def series_part(p: Parts) -> tuple[list[str], Page]:
    """An episode's label over the headline, ``(يتبع)`` closing it, the earlier episodes."""
    r, d = p.rng, p.main.day
    end = r.choice(SERIES_ENDS)
    rel = _rel(p, r.randint(2, 3))
    body = (*p.main.paragraphs, end)
    lines = [
        r.choice(EPISODES),
        p.main.title,
        _dated(p),
        *body,
        _tags_line(p),
        r.choice(SERIES_HEADERS),
        *rel,
    ]
    return _page(p, lines, published=d.isoformat(), related=rel, body=body)


def footnotes(p: Parts) -> tuple[list[str], Page]:
    """A column with note marks, then its references under ``المراجع:`` / ``الهوامش:``."""
    r, d = p.rng, p.main.day
    byline = f"بقلم: {r.choice(PEOPLE)}"
    k = min(len(p.main.paragraphs), r.randint(2, 3))
    mark = r.choice(["({})", "[{}]"])
    paras = [
        f"{para} {mark.format(i + 1)}" if i < k else para
        for i, para in enumerate(p.main.paragraphs)
    ]
    num = r.choice(["({}) ", "{}- ", "[{}] "])
    refs = [num.format(i + 1) + ref for i, ref in enumerate(r.sample(REFERENCES, k))]
    body = (*paras, r.choice(NOTES_HEADERS), *refs)
    lines = [p.main.title, byline, _dated(p), *body, _tags_line(p)]
    return _page(p, lines, published=d.isoformat(), byline=byline, body=body)


LAYOUTS: dict[str, Layout] = {
    f.__name__: f
    for f in (
        fact_card,
        verses,
        names_list,
        contents_box,
        site_disclaimer,
        consent_prompts,
        listen_bar,
        series_part,
        footnotes,
    )
}

if __name__ == "__main__":
    sys.exit(main(layouts=LAYOUTS, doc=__doc__ or ""))
