"""Throughput of Arabic normalize + tokenize: akhbar.text vs camel-tools vs pyarabic, one run.

Corpus: the SaudiNewsNet daily zips (each one JSON array of articles with ``content``), the first
``--mb`` megabytes of UTF-8 article text in file order. Every pipeline gets the same articles,
one call per article, and is timed best-of-``--repeat``. Prints MB/s and the ratio to camel-tools.

    python benchmarks/text.py [--mb 20] [--repeat 3] [--data /work/shared/data/saudinewsnet]

camel-tools pulls in torch, so run it from a separate venv that has the peers and akhbar:
    python3 -m venv /tmp/benchvenv && /tmp/benchvenv/bin/pip install torch==2.13.0 \
        camel-tools pyarabic -e .
    /tmp/benchvenv/bin/python benchmarks/text.py
A peer that is not installed is reported as missing; the others still run.
"""

from __future__ import annotations

import argparse
import json
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

from akhbar.text import normalize, search_terms, tokens, wordhash

Pipeline = Callable[[str], list[str]]


def load_corpus(folder: Path, megabytes: float) -> list[str]:
    budget = int(megabytes * 1_000_000)
    texts: list[str] = []
    size = 0
    for path in sorted(folder.glob("*.zip")):
        with zipfile.ZipFile(path) as archive:
            for name in archive.namelist():
                for article in json.loads(archive.read(name)):
                    text = article.get("content") or ""
                    texts.append(text)
                    size += len(text.encode("utf-8"))
                    if size >= budget:
                        return texts
    return texts


def peers() -> dict[str, Pipeline | str]:
    """Each peer's pipeline, or the reason it cannot run."""
    out: dict[str, Pipeline | str] = {}
    try:
        from camel_tools.tokenizers.word import simple_word_tokenize
        from camel_tools.utils.dediac import dediac_ar
        from camel_tools.utils.normalize import normalize_unicode

        def camel(text: str) -> list[str]:
            tokens_: list[str] = simple_word_tokenize(dediac_ar(normalize_unicode(text)))
            return tokens_

        out["camel-tools"] = camel
    except ImportError as exc:
        out["camel-tools"] = f"missing ({exc.name}); see the docstring for the bench venv"
    try:
        from pyarabic import araby

        def pyarabic(text: str) -> list[str]:
            tokens_: list[str] = araby.tokenize(araby.strip_tatweel(araby.strip_tashkeel(text)))
            return tokens_

        out["pyarabic"] = pyarabic
    except ImportError as exc:
        out["pyarabic"] = f"missing ({exc.name})"
    return out


def ours() -> dict[str, Pipeline]:
    return {
        "akhbar normalize+tokens": lambda t: tokens(normalize(t)),
        "akhbar for_search+words": lambda t: tokens(
            normalize(t, for_search=True), punctuation=False
        ),
        "akhbar wordhash.words (C)": wordhash.words,
        "akhbar search_terms (light stem)": search_terms,
        "akhbar search_terms (snowball)": lambda t: search_terms(t, algorithm="snowball"),
    }


def measure(pipeline: Pipeline, texts: list[str], repeat: int) -> tuple[float, int]:
    best = float("inf")
    count = 0
    for _ in range(repeat):
        start = time.perf_counter()
        count = sum(len(pipeline(t)) for t in texts)
        best = min(best, time.perf_counter() - start)
    return best, count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("/work/shared/data/saudinewsnet"))
    parser.add_argument("--mb", type=float, default=20.0, help="megabytes of article text")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    texts = load_corpus(args.data, args.mb)
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1_000_000
    print(f"corpus: {len(texts)} articles, {megabytes:.1f} MB UTF-8 from {args.data}")

    results: dict[str, tuple[float, int] | str] = {}
    for name, pipeline in {**peers(), **ours()}.items():
        results[name] = (
            pipeline if isinstance(pipeline, str) else measure(pipeline, texts, args.repeat)
        )

    camel = results.get("camel-tools")
    base = megabytes / camel[0] if isinstance(camel, tuple) else None
    print("camel-tools: normalize_unicode + dediac_ar + simple_word_tokenize")
    print("pyarabic:    strip_tashkeel + strip_tatweel + tokenize")
    print(f"{'pipeline':34} {'MB/s':>8} {'vs camel':>9} {'tokens':>11}")
    for name, result in results.items():
        if isinstance(result, str):
            print(f"{name:34} {result}")
            continue
        seconds, count = result
        rate = megabytes / seconds
        ratio = f"{rate / base:.2f}x" if base else "n/a"
        print(f"{name:34} {rate:8.1f} {ratio:>9} {count:11,d}")


if __name__ == "__main__":
    main()
