"""Label wordings: the dev pages with each field's label swapped for another wording sites use.

    python benchmarks/parse_labels.py [--misses]

The dev pages label four fields with a handful of wordings (``تاريخ النشر:``, ``المصدر:``,
``كلمات دلالية:``, ``اقرأ أيضا:`` …). Other sites word the same labels differently, and a
parser that knows only the dev wordings loses the field on their pages. Each dev page whose
text holds one of a kind's dev labels is parsed again with that label replaced by each
wording below (every other line as printed), and the field the label introduces is scored
against the page's gold (``akhbar.parse.score``): ``published`` for dates, ``source``, tags F1,
related and embedded F1 for read-also labels, byline for byline labels. The wordings are the
ones Arabic news sites print (with and without hamza, tanween, a space before the colon);
peers have no text parser to compare with, so the baseline is the dev wording itself, scored
in the same run (first row of each kind).
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import replace
from pathlib import Path

from akhbar.parse.score import Case, load_cases, score

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "dev-pages"

#: kind -> (pattern of the dev wordings at a line's start, scored fields, other wordings)
KINDS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "date": (
        r"(?:تاريخ النشر|نشر في|نشر بتاريخ):",
        ("published",),
        (
            "نُشر في:",
            "نشر:",
            "تم النشر:",
            "تم النشر في:",
            "بتاريخ:",
            "التاريخ:",
            "تاريخ:",
            "تاريخ الخبر:",
            "تاريخ الإضافة:",
            "أضيف في:",
            "أضيف بتاريخ:",
            "منشور في:",
            "نشرت في:",
            "نُشرت بتاريخ:",
            "وقت النشر:",
            "تاريخ النشر :",
            "تاريخ النشر -",
            "تاريخ النشر|",
            "Published:",
            "Date:",
        ),
    ),
    "source": (
        r"المصدر:",
        ("source",),
        (
            "المصدر :",
            "المصدر -",
            "المصدر/",
            "مصدر الخبر:",
            "مصدر:",
            "المصدر|",
            "نقلا عن:",
            "نقلاً عن:",
            "عن:",
            "Source:",
        ),
    ),
    "tags": (
        r"(?:كلمات دلالية|الوسوم|الكلمات المفتاحية):",
        ("tags_f1",),
        (
            "الكلمات الدلالية:",
            "كلمات مفتاحية:",
            "وسوم:",
            "وسوم الخبر:",
            "الكلمات الدالة:",
            "كلمات البحث:",
            "علامات:",
            "العلامات:",
            "الأوسمة:",
            "تاغ:",
            "تاغات:",
            "تاجز:",
            "هاشتاج:",
            "الموضوعات:",
            "مواضيع:",
            "دلالات:",
            "كلمات دلالية :",
            "الوسوم -",
            "Tags:",
            "Keywords:",
        ),
    ),
    "read-also": (
        r"(?:اقرأ أيضا|إقرأ أيضاً):",
        ("related_f1", "embedded_f1"),
        (
            "اقرأ أيضًا:",
            "اقرأ ايضاً:",
            "إقرأ ايضا:",
            "اقرأ كذلك:",
            "إقرأ المزيد:",
            "طالع أيضاً:",
            "شاهد أيضاً:",
            "تابع أيضاً:",
            "ننصحك بقراءة:",
            "قد يهمك أيضاً:",
            "قد يهمك:",
            "مقالات قد تهمك:",
            "أخبار قد تهمك:",
            "قد يعجبك أيضاً:",
            "لا يفوتك:",
            "لا تفوتك قراءة:",
            "أخبار أخرى:",
            "مقترحات للقراءة:",
            "اقرأ أيضاً في الموضوع:",
            "Read also:",
        ),
    ),
}

#: lines of page furniture, each printed on a line of its own after the body (before the dev
#: pages' ``المصدر:`` line): share and print bars, counters, prompts. Scored: body F1 and
#: source (the line must be discarded, not read as a paragraph or swallow the source)
FURNITURE = (
    "شارك",
    "شارك الخبر",
    "شارك على فيسبوك",
    "مشاركة عبر واتساب",
    "طباعة",
    "أرسل لصديق",
    "حجم الخط",
    "تكبير الخط تصغير الخط",
    "أ أ أ",
    "نسخ الرابط",
    "الرابط المختصر",
    "حفظ",
    "أضف تعليقك",
    "التعليقات (0)",
    "0 تعليق",
    "عدد القراءات: 1234",
    "عدد المشاهدات 1234",
    "1234 مشاهدة",
    "زمن القراءة: 3 دقائق",
    "تابعونا على تويتر",
    "انضم إلى قناتنا على تلغرام",
    "حمّل تطبيق الصحيفة",
    "اشترك في النشرة البريدية",
    "هل أعجبك هذا الخبر؟",
    "أبلغ عن خطأ",
    "Share",
    "Print",
)


#: byline labels, each printed before a writer's name on a line of its own under the headline
#: of the dev pages that print no byline; the byline is that line as printed (SCHEMA.md)
BYLINES = (
    "كتب:",
    "كتبت:",
    "كتب -",
    "بقلم:",
    "بقلم",
    "بواسطة:",
    "بواسطة",
    "الكاتب:",
    "المحرر:",
    "محرر الخبر:",
    "إعداد:",
    "تقرير:",
    "متابعة:",
    "تحرير:",
    "حوار:",
    "تحقيق:",
    "ترجمة:",
    "By",
    "Author:",
)
WRITER = "محمد بن سعد العتيبي"


def with_byline(case: Case, label: str) -> Case | None:
    """``case`` with ``label WRITER`` under its headline, and that line as its gold byline
    (None: the page prints a byline already, or its headline is not a line of its own)."""
    main = case.gold.main
    lines = case.text.split("\n")
    if main.byline is not None or main.headline not in lines:
        return None
    at = lines.index(main.headline) + 1
    line = f"{label} {WRITER}"
    gold = replace(case.gold, main=replace(main, byline=line))
    return replace(case, text="\n".join([*lines[:at], line, *lines[at:]]), gold=gold)


def with_furniture(case: Case, line: str) -> Case | None:
    """``case`` with ``line`` printed before its ``المصدر:`` line (None: it has none)."""
    lines = case.text.split("\n")
    at = next((k for k, ln in enumerate(lines) if ln.startswith("المصدر:")), None)
    if at is None:
        return None
    return replace(case, text="\n".join([*lines[:at], line, *lines[at:]]))


def with_label(case: Case, pattern: re.Pattern[str], label: str) -> Case | None:
    """``case`` with every line opening with a dev wording opened with ``label`` instead (a
    glued label, ``اقرأ أيضاًعنوان``, stays glued), or None when no line has one."""
    lines = case.text.split("\n")
    out = [pattern.sub(label.replace("\\", "\\\\"), ln, count=1) for ln in lines]
    if out == lines:
        return None
    return replace(case, text="\n".join(out))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--misses", action="store_true", help="name the pages each wording misses")
    args = ap.parse_args(argv)
    cases = load_cases([DATA])
    print(f"{len(cases)} dev pages from {DATA}")
    print(f"{'kind':<10} {'wording':<26} {'pages':>5}  scores")
    weak = 0
    for kind, (dev, fields, wordings) in KINDS.items():
        pattern = re.compile(rf"^{dev}")
        base = [c for c in cases if any(pattern.match(ln) for ln in c.text.split("\n"))]
        for label in ("(dev wordings)", *wordings):
            run = base if label.startswith("(") else [with_label(c, pattern, label) for c in base]
            picked = [c for c in run if c is not None]
            got = score(picked)
            table = got.table()
            figures = "  ".join(f"{f} {table[f]:.3f}" for f in (*fields, "lossless"))
            low = any(table[f] < 0.98 for f in fields)
            weak += low and not label.startswith("(")
            print(f"{kind:<10} {label:<26} {len(picked):>5}  {figures}{'  <' if low else ''}")
            if args.misses and low:
                for f in fields:
                    key = f.removesuffix("_f1")
                    print(f"    {key} misses: {' '.join(got.misses.get(key, [])[:8])}")
    for label in BYLINES:
        picked = [c for c in (with_byline(c, label) for c in cases) if c is not None]
        got = score(picked)
        table = got.table()
        low = table["byline"] < 0.98 or table["body_f1"] < 0.998
        weak += low
        print(
            f"{'byline':<10} {label:<26} {len(picked):>5}  byline {table['byline']:.3f}  "
            f"headline {table['headline']:.3f}  body_f1 {table['body_f1']:.3f}  "
            f"lossless {table['lossless']:.3f}{'  <' if low else ''}"
        )
        if args.misses and low:
            print(f"    byline misses: {' '.join(got.misses.get('byline', [])[:8])}")
    base = [c for c in cases if with_furniture(c, "") is not None]
    for line in ("(as printed)", *FURNITURE):
        run = base if line.startswith("(") else [with_furniture(c, line) for c in base]
        picked = [c for c in run if c is not None]
        table = score(picked).table()
        low = table["body_f1"] < 0.998 or table["source"] < 0.98
        weak += low and not line.startswith("(")
        print(
            f"{'furniture':<10} {line:<26} {len(picked):>5}  body_f1 {table['body_f1']:.3f}  "
            f"source {table['source']:.3f}  lossless {table['lossless']:.3f}{'  <' if low else ''}"
        )
    print(f"wordings under 0.98 on their field (furniture: body under 0.998): {weak}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
