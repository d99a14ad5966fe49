"""Plain-text parsing of pages as real HTML-to-text tools print them, field by field.

The 240 dev articles inside the five site templates of ``benchmarks/html_accuracy.py`` (1,200
pages) and the real pages of data/html-gold are turned into text by the tools people put
before a text parser, and each text is parsed by ``akhbar.parse.parse_text``:

- ``html2text``: Markdown (``**bold**``, ``[text](url)`` links, ``* `` items, ``#`` headings),
  wrapped at 78 columns (its default);
- ``inscriptis``: layout-preserving text (indented blocks, list bullets, tables in columns);
- ``lxml``: ``text_content()`` with a newline at each block's end, scripts and styles removed
  (what a naive script does: the markup's own line breaks and indentation stay);
- ``trafilatura``: ``extract(output_format="txt", include_comments=False)``, its main text;
- ``justext``: the paragraphs jusText keeps (Arabic stop list), one a line;
- ``lynx``: ``lynx -dump`` (80 columns, ``[1]`` before each link, a ``References`` list at the
  end) and ``lynx-nolist``: ``lynx -dump -nolist``;
- ``w3m``: ``w3m -dump`` (80 columns);
- ``dump`` (reference): a browser's "copy all" (``parse_layouts_dump.dump_text``, the text of
  ``benchmarks/dump_accuracy.py``).

A tool that is not installed is named and skipped. Scored against the dev gold as
``dump_accuracy.py`` scores: headline exact, published day, byline exact (whitespace
collapsed), body paragraph F1 and tags F1 (micro), related headlines F1 (micro), and lossless
(pages whose every input letter and digit reappears in the output). Some fields are not in any
tool's text (a date or tags only in the markup): the ``dump`` row is what the same pages give
read as a browser prints them. For html-gold: headlines found, the CNN pages' body against
``arabic_article.txt`` (paragraph F1) and Assabah's must-have / must-not-have phrases.

    python benchmarks/parse_tools.py [--templates] [--tools NAME ...] [--cache DIR]
                                     [--misses FIELD --tool NAME]
"""

from __future__ import annotations

import argparse
import importlib.util
import shutil
import subprocess
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from html_accuracy import Case, load_cases
from parse_layouts_dump import dump_text

from akhbar.parse import lost_chars, parse_text

FIELDS = ("headline", "published", "byline", "body_f1", "tags_f1", "related_f1", "lossless")
#: the HTML tags whose end is a line's end for the naive lxml script
_BLOCKS = (
    *("p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table"),
    *("section", "article", "header", "footer", "aside", "nav", "blockquote", "figure"),
    *("figcaption", "dd", "dt", "dl", "main", "pre", "form", "br", "hr"),
)
_TIMEOUT = 60


def _html2text(html: str) -> str:
    import html2text

    return html2text.html2text(html)


def _inscriptis(html: str) -> str:
    import inscriptis

    return inscriptis.get_text(html)


def _lxml(html: str) -> str:
    import lxml.html
    from lxml import etree

    tree = lxml.html.fromstring(html)
    etree.strip_elements(tree, "script", "style", "noscript", "template", with_tail=False)
    for el in tree.iter(*_BLOCKS):
        el.tail = "\n" + (el.tail or "")
    body = tree.find("body")
    return (body if body is not None else tree).text_content()


def _trafilatura(html: str) -> str:
    import trafilatura

    return trafilatura.extract(html, output_format="txt", include_comments=False) or ""


def _justext(html: str) -> str:
    import justext

    paragraphs = justext.justext(html.encode("utf-8"), justext.get_stoplist("Arabic"))
    return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)


def _command(*argv: str) -> Callable[[str], str]:
    def run(html: str) -> str:
        done = subprocess.run(
            argv, input=html.encode("utf-8"), capture_output=True, timeout=_TIMEOUT, check=True
        )
        return done.stdout.decode("utf-8", errors="replace")

    return run


_LYNX = ("lynx", "-dump", "-stdin", "-assume_charset=utf-8", "-display_charset=utf-8")
_W3M = ("w3m", "-dump", "-T", "text/html", "-I", "UTF-8", "-O", "UTF-8")

#: name -> (what it needs: a Python module or a program, how to get it, the converter)
TOOLS: dict[str, tuple[str, str, Callable[[str], str]]] = {
    "dump": ("selectolax", "pip install selectolax", dump_text),
    "html2text": ("html2text", "pip install html2text (or pip install -e '.[bench]')", _html2text),
    "inscriptis": ("inscriptis", "pip install inscriptis (or pip install -e '.[bench]')", _inscriptis),
    "lxml": ("lxml", "pip install lxml", _lxml),
    "trafilatura": ("trafilatura", "pip install trafilatura", _trafilatura),
    "justext": ("justext", "pip install justext (or pip install -e '.[bench]')", _justext),
    "lynx": ("!lynx", "apt-get install lynx", _command(*_LYNX)),
    "lynx-nolist": ("!lynx", "apt-get install lynx", _command(*_LYNX, "-nolist")),
    "w3m": ("!w3m", "apt-get install w3m", _command(*_W3M)),
}  # fmt: skip


def missing(tool: str) -> str | None:
    """Why ``tool`` cannot run here (None: it can)."""
    need, how, _ = TOOLS[tool]
    if need.startswith("!"):
        if shutil.which(need[1:]) is None:
            return f"{tool}: the program {need[1:]!r} is not on PATH ({how}); skipped"
    elif importlib.util.find_spec(need) is None:
        return f"{tool}: the Python module {need!r} is not installed ({how}); skipped"
    return None


def to_text(tool: str, case: Case, cache: Path | None) -> tuple[str, str | None]:
    """The text ``tool`` prints for ``case`` and the error it gave (the text is then empty)."""
    path = cache / tool / case.template / f"{case.name}.txt" if cache else None
    if path is not None and path.exists():
        return path.read_text("utf-8"), None
    try:
        text = TOOLS[tool][2](case.html)
    except Exception as exc:  # a tool failing on one page is a miss, not the end of the run
        return "", f"{tool} failed on {case.template}/{case.name}: {type(exc).__name__}: {exc}"
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, "utf-8")
    return text, None


def _c(s: str | None) -> str | None:
    return " ".join(s.split()) if s else None


class Tally:
    """One tool's scores on one group of pages."""

    def __init__(self) -> None:
        self.n = 0
        self.hits: Counter[str] = Counter()
        self.f1: dict[str, list[int]] = {k: [0, 0, 0] for k in ("body", "tags", "related")}
        self.misses: dict[str, list[tuple[str, object, object]]] = {}

    def _count(self, name: str, got: list[str], want: list[str]) -> bool:
        g, w = Counter(_c(x) for x in got), Counter(_c(x) for x in want)
        hit = sum((g & w).values())
        acc = self.f1[name]
        acc[0], acc[1], acc[2] = acc[0] + hit, acc[1] + sum(g.values()), acc[2] + sum(w.values())
        return g == w

    def add(self, case: Case, text: str, gold_related: list[str]) -> None:
        page = parse_text(text, input=case.name) if text.strip() else None
        want = case.gold or {}
        self.n += 1
        m = page.main if page else None
        got = {
            "headline": _c(m.headline) if m else None,
            "published": (m.published or "")[:10] if m else "",
            "byline": _c(m.byline) if m else None,
        }
        wanted = {
            "headline": _c(want.get("headline")),
            "published": (want.get("published") or "")[:10],
            "byline": _c(want.get("byline")),
        }
        for k, w in wanted.items():
            if got[k] == w:
                self.hits[k] += 1
            else:
                self.misses.setdefault(k, []).append((case.name, got[k], w))
        lists = {
            "body": (list(m.body) if m else [], list(want.get("body") or ())),
            "tags": (list(m.tags) if m else [], list(want.get("tags") or ())),
            "related": ([r.headline for r in page.related] if page else [], gold_related),
        }
        for k, (g, w) in lists.items():
            if not self._count(k, g, w):
                extra = [x for x in g if _c(x) not in {_c(y) for y in w}]
                lost = [x for x in w if _c(x) not in {_c(y) for y in g}]
                self.misses.setdefault(f"{k}_f1", []).append((case.name, extra[:3], lost[:3]))
        lost_letters = lost_chars(text, page) if page else ""
        if not lost_letters:
            self.hits["lossless"] += 1
        else:
            self.misses.setdefault("lossless", []).append((case.name, lost_letters[:40], ""))

    def row(self) -> dict[str, float]:
        n = max(self.n, 1)
        out = {k: self.hits[k] / n for k in ("headline", "published", "byline", "lossless")}
        for k, (tp, ng, nw) in self.f1.items():
            p, r = tp / ng if ng else 1.0, tp / nw if nw else 1.0
            out[f"{k}_f1"] = 2 * p * r / (p + r) if p + r else 0.0
        return out


def gold_related(cases: list[Case]) -> dict[str, list[str]]:
    """The dev gold's related headlines by page name (``Case.gold`` holds ``main`` only)."""
    import json

    from html_accuracy import DATA

    return {
        c.name: [r["headline"] for r in json.loads((DATA / "dev-pages" / c.name).read_text())
                 .get("related") or ()]
        for c in cases
    }  # fmt: skip


def html_gold(tool: str, cases: list[Case], cache: Path | None) -> str:
    """``tool``'s figures on the real pages: headlines found, CNN body F1, Assabah phrases."""
    heads = phrases = n_phrases = 0
    tp = ng = nw = 0
    for case in cases:
        text, _ = to_text(tool, case, cache)
        page = parse_text(text, input=case.name) if text.strip() else None
        m = page.main if page else None
        heads += bool(m and _c(m.headline) == _c((case.gold or {}).get("headline")))
        body = [_c(b) for b in m.body] if m else []
        if case.expected_body is not None:
            g, w = Counter(body), Counter(_c(b) for b in case.expected_body)
            tp, ng, nw = tp + sum((g & w).values()), ng + sum(g.values()), nw + sum(w.values())
        joined = "\n".join(x or "" for x in body)
        phrases += sum(p in joined for p in case.with_phrases)
        phrases += sum(p not in joined for p in case.without_phrases)
        n_phrases += len(case.with_phrases) + len(case.without_phrases)
    f1 = 2 * tp / (ng + nw) if ng + nw else 0.0
    return f"headline {heads}/{len(cases)}  CNN body F1 {f1:.3f}  Assabah phrases {phrases}/{n_phrases}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tools", nargs="*", choices=list(TOOLS), help="these tools only")
    ap.add_argument("--templates", action="store_true", help="a row per tool and template")
    ap.add_argument("--only", help="one template (base, wordpress, amp, content, markup)")
    ap.add_argument("--cache", type=Path, help="keep each tool's text here and reuse it")
    ap.add_argument("--misses", choices=FIELDS, help="list the misses of this field")
    ap.add_argument("--tool", help="the tool whose misses --misses lists")
    args = ap.parse_args()
    tools = []
    for tool in args.tools or TOOLS:
        why = missing(tool)
        if why:
            print(why, file=sys.stderr)
        else:
            tools.append(tool)
    if not tools:
        print("no tool to run: install one of them (see above)", file=sys.stderr)
        return 1
    cases = load_cases(args.only)
    dev = [c for c in cases if c.template != "html-gold"]
    real = [c for c in cases if c.template == "html-gold"]
    related = gold_related(dev)
    templates = list(dict.fromkeys(c.template for c in dev))
    names = len({c.name for c in dev})
    print(f"{len(dev)} pages: {names} dev articles in {len(templates)} templates, each tool's text")
    print(f"{'tool':<13}{'template':<11}" + "".join(f"{f[:10]:>11}" for f in FIELDS))
    errors: list[str] = []
    for tool in tools:
        tallies: dict[str, Tally] = {}
        for case in dev:
            text, err = to_text(tool, case, args.cache)
            if err:
                errors.append(err)
            for key in (case.template, "ALL"):
                tallies.setdefault(key, Tally()).add(case, text, related[case.name])
        for key in [*templates, "ALL"] if args.templates else ["ALL"]:
            row = tallies[key].row()
            print(f"{tool:<13}{key:<11}" + "".join(f"{row[f]:>11.3f}" for f in FIELDS))
        if args.misses and args.tool == tool:
            for key in templates:
                for name, got, want in tallies[key].misses.get(args.misses, [])[:8]:
                    print(f"  [{key}] {name}\n    got:  {got!r:.300}\n    want: {want!r:.300}")
    if real:
        print(f"\nhtml-gold ({len(real)} real pages)")
        for tool in tools:
            print(f"{tool:<13}{html_gold(tool, real, args.cache)}")
    for err in errors[:20]:
        print(err, file=sys.stderr)
    if len(errors) > 20:
        print(f"... and {len(errors) - 20} more tool failures", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
