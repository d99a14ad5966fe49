"""Would compiling the parser as written make it faster? ``parse_text`` pure vs mypyc-compiled.

    python benchmarks/parse_compiled.py [--repeat 5]

Copies ``src/`` to a temporary directory, compiles ``akhbar.parse`` and ``akhbar.dates`` there
with mypyc (the mypy of the project's venv; about a minute on 2 cores), then times
``parse_text`` over the 240 dev pages with each copy in a fresh interpreter, interleaved, best
of ``--repeat``. Both copies must give the same pages (checked). Nothing in the repository is
built or changed: akhbar ships the pure-Python parser.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "data" / "dev-pages"

_TIMER = """
import hashlib, json, sys, time
from pathlib import Path
import akhbar.parse
from akhbar.parse import parse_text
texts = [p.read_text("utf-8") for p in sorted(Path(sys.argv[1]).glob("*.txt"))]
out = [parse_text(t, input="-").to_dict() for t in texts]
digest = hashlib.sha256(json.dumps(out, ensure_ascii=False).encode()).hexdigest()[:16]
best = float("inf")
for _ in range(3):
    t0 = time.perf_counter()
    for t in texts:
        parse_text(t, input="-")
    best = min(best, time.perf_counter() - t0)
compiled = akhbar.parse.__file__.endswith(".so")
print(json.dumps({"us": 1e6 * best / len(texts), "digest": digest, "compiled": compiled}))
"""


def _time(src: Path) -> dict[str, object]:
    out = subprocess.run(
        [sys.executable, "-c", _TIMER, str(DEV)],
        env={"PYTHONPATH": str(src), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, object] = json.loads(out.stdout)
    return result


def _compile(work: Path) -> Path:
    src = work / "src"
    shutil.copytree(ROOT / "src", src, ignore=shutil.ignore_patterns("__pycache__"))
    # mypy's settings without the [project] table (mypyc's setuptools would validate it);
    # run from src/ so that the built modules land beside their sources
    (src / "mypy.ini").write_text(
        "[mypy]\npython_version = 3.11\nignore_missing_imports = True\n", "utf-8"
    )
    modules = sorted(
        str(p.relative_to(src))
        for d in ("parse", "dates")
        for p in (src / "akhbar" / d).glob("*.py")
    )
    mypyc = Path(sys.executable).with_name("mypyc")
    done = subprocess.run([str(mypyc), *modules], cwd=src, capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(f"mypyc failed:\n{done.stdout[-2000:]}{done.stderr[-2000:]}")
    return src


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        compiled_src = _compile(Path(tmp))
        runs: dict[str, list[float]] = {"pure Python": [], "mypyc": []}
        digests = set()
        for _ in range(args.repeat):
            for name, src in (("pure Python", ROOT / "src"), ("mypyc", compiled_src)):
                got = _time(src)
                if got["compiled"] != (name == "mypyc"):
                    raise SystemExit(f"{name}: imported the wrong copy of akhbar.parse")
                runs[name].append(float(str(got["us"])))
                digests.add(got["digest"])
    if len(digests) != 1:
        raise SystemExit("the compiled parser gives other pages than the pure one")
    print(f"parse_text over {DEV} (240 dev pages), best of {args.repeat} interleaved runs")
    pure = min(runs["pure Python"])
    for name, us in runs.items():
        print(f"{name:<12} {min(us):8.1f} µs/page  ({pure / min(us):.2f}× the pure parser)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
