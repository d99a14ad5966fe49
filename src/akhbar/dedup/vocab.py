"""Word statistics shipped as data: which words are common in Arabic news, and stem frequencies.

Dedup and stories need to know which shared words are *distinctive* (a name, a number, a rare
place) and which are template words every SPA congratulation cable or weather report repeats.
Counting document frequency in the store itself would make a pair's verdict depend on what was
ingested before it, so incremental ingest and ``--rebuild`` would disagree. The tables are
therefore fixed data, built once from SaudiNewsNet (31,030 articles) by ``build_tables``.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from pathlib import Path

from akhbar.errors import ModelError
from akhbar.text._data import places

__all__ = ["Vocabulary", "build_places", "build_tables", "vocabulary"]

#: a word in more than this many of the reference articles is "common"
COMMON_MIN_DF = 31


@dataclass(frozen=True)
class Vocabulary:
    """Common normalized words and the document frequency of headline/lead stems."""

    common: frozenset[str]
    stem_df: dict[str, int]
    documents: int
    #: one-word place names (countries, regions, cities), search-normalized
    places: frozenset[str] = frozenset()

    def idf(self, stem: str) -> float:
        """Inverse document frequency; a stem absent from the table counts as seen twice."""
        return math.log(self.documents / self.stem_df.get(stem, 2))


def _read(name: str) -> str:
    try:
        return files("akhbar.dedup").joinpath("data", name).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ModelError(f"akhbar/dedup/data/{name} is missing or unreadable: {exc}") from exc


@cache
def vocabulary() -> Vocabulary:
    """The shipped tables (read once per process; immutable)."""
    common = frozenset(w for w in _read("common_words.txt").split("\n") if w)
    lines = _read("stem_df.tsv").split("\n")
    try:
        documents = int(lines[0].split("\t")[1])
        stem_df = {s: int(n) for s, n in (line.split("\t") for line in lines[1:] if line)}
    except (IndexError, ValueError) as exc:
        raise ModelError(f"akhbar/dedup/data/stem_df.tsv is malformed: {exc}") from exc
    return Vocabulary(common=common, stem_df=stem_df, documents=documents, places=places())


def build_tables(
    word_sets: Iterable[set[str]], stem_sets: Iterable[set[str]], out: Path, *, min_df: int = 3
) -> None:
    """Write ``common_words.txt`` and ``stem_df.tsv`` from per-article word and stem sets."""
    words: Counter[str] = Counter()
    for ws in word_sets:
        words.update(ws)
    stems: Counter[str] = Counter()
    n = 0
    for ss in stem_sets:
        stems.update(ss)
        n += 1
    common = sorted(w for w, c in words.items() if c >= COMMON_MIN_DF)
    (out / "common_words.txt").write_text("\n".join(common) + "\n", encoding="utf-8")
    rows = [f"{s}\t{c}" for s, c in sorted(stems.items()) if c >= min_df]
    (out / "stem_df.tsv").write_text(f"#documents\t{n}\n" + "\n".join(rows) + "\n", "utf-8")


#: Saudi regions, governorates and towns ANERGazet lacks, though Saudi news names them daily
#: (an education directorate's or an emir's announcement is one event per region: تعليم عسير
#: and تعليم الجوف are two). One-word names only, and none that is an everyday word (المدينة،
#: الوجه، تربة، الكامل) or a person's name (بدر); from the Kingdom's list of governorates.
_SAUDI_PLACES = (
    "عسير", "القصيم", "حائل", "الظهران", "القطيف", "الخفجي", "بقيق", "النعيرية", "الهفوف",
    "المبرز", "بيشة", "النماص", "محايل", "مشيط", "تثليث", "القريات", "طبرجل", "طريف",
    "رفحاء", "العويقيلة", "صبيا", "صامطة", "فرسان", "شرورة", "حبونا", "العلا", "الحناكية",
    "الخرج", "الدوادمي", "المجمعة", "الزلفي", "شقراء", "الأفلاج", "الدواسر", "القويعية",
    "عفيف", "السليل", "المزاحمية", "حوطة", "ضرما", "رماح", "ثادق", "الغاط", "الدرعية",
    "رابغ", "الليث", "القنفذة", "الجموم", "الخرمة", "رنية", "المويه", "أضم", "العرضيات",
    "بلجرشي", "المندق", "قلوة", "عنيزة", "الرس", "البكيرية", "المذنب", "البدائع",
    "الأسياح", "أملج", "ضباء", "بقعاء", "الشنان", "سكاكا", "عرعر", "الطائف", "ينبع",
    "جازان", "نجران", "الباحة", "تبوك", "أبها", "بريدة", "الجبيل", "الأحساء", "الخبر",
)  # fmt: skip


#: entries of ANERGazet that are common nouns or adjectives in news (سوق "market", عين
#: "eye", النصر "victory", a football club): a place name must not be an everyday word
_NOT_PLACES = frozenset(
    [
        "ارض",
        "الجديده",
        "الجمهوريه",
        "الخيريه",
        "الخيمه",
        "الداير",
        "الدرب",
        "الراس",
        "الريف",
        "الزاويه",
        "الشرقيه",
        "الشماليه",
        "الشيخ",
        "الصغير",
        "العسل",
        "العليا",
        "الغربيه",
        "الفحم",
        "القصر",
        "القمح",
        "القمر",
        "المنزل",
        "النصر",
        "الوسطي",
        "انهار",
        "بات",
        "بحري",
        "بركه",
        "بورصه",
        "بيت",
        "تلا",
        "جبال",
        "جديده",
        "جزر",
        "جمهوريه",
        "جنوب",
        "حجر",
        "خارجه",
        "خفي",
        "داخله",
        "دير",
        "سان",
        "سانت",
        "سوق",
        "سيتي",
        "سيدي",
        "شهداء",
        "شيخ",
        "علم",
        "عين",
        "غرب",
        "قصر",
        "مدني",
        "مدينه",
        "مرسي",
        "منه",
        "ميت",
        "نيو",
        "الخمس",
        # names that are, far more often, everyday words in the news: photos, the green
        # (team), south/north, financial, Tayba (Medina) / good
        "صور",
        "الاخضر",
        "اخضر",
        "الجنوب",
        "الشمال",
        "شمال",
        "الوجه",
        "وجه",
        "مالي",
        "طيبه",
        "نارا",
    ]
)


def build_places(gazetteer: Path, persons: Path, out: Path) -> None:
    """Write ``places.txt``: the one-word names of a place gazetteer, search-normalized,
    sorted, each once.

    ANERGazet's ``LocGazetteer.txt`` lists continents between ``====`` lines, then runs
    separated by ``****`` lines that alternate a country's names and its cities. Every
    country is kept unless its name is an everyday word (``_NOT_PLACES``: جمهورية, جنوب); a
    city is dropped when it is a person's name too (``PersGazetteer.txt``: صالح, عمر) or an
    everyday word. The Saudi places it lacks are added (``_SAUDI_PLACES``).
    """
    from akhbar.text import normalize  # local: keeps this module's imports light

    def words(path: Path) -> list[str]:
        lines = path.read_text(encoding="utf-8").splitlines()
        return [normalize(line, for_search=True) for line in lines]

    people = set(words(persons))
    names: set[str] = set()
    header = False  # inside a continent's ==== lines
    runs = 0  # runs since the continent: even ones are countries
    for word in words(gazetteer):
        if word.startswith("===="):
            header, runs = not header, 0
            continue
        if word.startswith("****"):
            runs += 1
            continue
        if header or not word or " " in word or not word.isalpha() or len(word) < 3:
            continue
        city = runs % 2 == 1
        if word in _NOT_PLACES or (city and word in people):
            continue
        names.add(word)
    names.update(normalize(name, for_search=True) for name in _SAUDI_PLACES)
    (out / "places.txt").write_text("\n".join(sorted(names)) + "\n", encoding="utf-8")


def build_from_texts(items: Iterable[tuple[str | None, str]], out: Path) -> None:
    """Build both tables from ``(headline, body)`` pairs (see ``benchmarks/dedup_quality.py``)."""
    # local import: stories.features imports this module
    from akhbar.stories.features import lead_of, terms_of
    from akhbar.text.wordhash import words as words_of_text

    word_sets: list[set[str]] = []
    stem_sets: list[set[str]] = []
    for headline, body in items:
        words = words_of_text(body)
        word_sets.append(set(words))
        stem_sets.append(set(terms_of(headline or "", lead_of(body))))
    build_tables(word_sets, stem_sets, out)
