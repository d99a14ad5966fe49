"""Web load: p50/p99 latency of the home, article and search pages at 16 concurrent clients.

A real ``akhbar serve`` process (uvicorn, ``--workers``) over a store of the full SaudiNewsNet
corpus (31,030 articles; built with ``akhbar ingest`` when ``--db`` does not exist), driven over
loopback by 16 client threads, each with its own keep-alive connection, closed loop (the next
request leaves when the previous answer is in). Each endpoint runs for ``--seconds``.

Side by side, as the floor of the same stack: a static file served by the same server, and
the JSON API rows. Request mixes:

* ``article``: a different random article on every request (no two clients share one);
* ``search (popular)``: 40 common news queries, repeated (what a cache is for);
* ``search (unique)``: two words of a random headline, never repeated (every request cold);
* ``related API``: the related-articles query the article page defers to ``related.js``.

The last column is the server's CPU time per request (all its processes, from /proc): the
cost the latency queues behind, and steadier than latency when other work shares the machine.

    python benchmarks/web_load.py --db bench-out/full.db [--seconds 10] [--workers 2] [--only search]
"""

from __future__ import annotations

import argparse
import http.client
import importlib.util
import os
import random
import socket
import sqlite3
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, urlencode

CORPUS = Path("/work/shared/data/saudinewsnet")
POPULAR = (
    "الرياض",
    "خادم الحرمين",
    "الاتفاق النووي",
    "أسعار النفط",
    "الهلال",
    "النصر",
    "داعش",
    "اليمن",
    "الحوثيين",
    "سوق الأسهم",
    "وزارة الصحة",
    "كورونا",
    "مسجد الطوارئ",
    "أبها",
    "إيران",
    "سوريا",
    "مصر",
    "قناة السويس",
    "العراق",
    "الحج",
    "وزارة التعليم",
    "البطالة",
    "الإسكان",
    "الدوري السعودي",
    "الاتحاد",
    "الأهلي",
    "عاصفة الحزم",
    "ولي العهد",
    "مجلس الوزراء",
    "الأمم المتحدة",
    "تركيا",
    "روسيا",
    "أمريكا",
    "البنك المركزي",
    "أرامكو",
    "المرور",
    "الطقس",
    "الأمطار",
    "جدة",
    "الدمام",
)


@dataclass(frozen=True, kw_only=True)
class Row:
    name: str
    requests: int
    errors: int
    seconds: float
    latencies_ms: tuple[float, ...]

    def line(self) -> str:
        lat = sorted(self.latencies_ms)
        if not lat:
            return f"{self.name:<22} no successful request; errors {self.errors}"

        def pct(p: float) -> float:
            return lat[min(len(lat) - 1, int(p * len(lat)))]

        return (
            f"{self.name:<22} {self.requests:>7} {self.requests / self.seconds:>8.0f} "
            f"{statistics.median(lat):>8.1f} {pct(0.90):>8.1f} {pct(0.99):>8.1f} {self.errors:>7}"
        )


def server_stack() -> str:
    """Which of uvicorn's fast parts the server has (``auto`` picks them when installed): on
    asyncio's loop the home page waited ~44 ms (p50) at 16 clients instead of ~6-8 ms."""
    http = "httptools" if importlib.util.find_spec("httptools") else "h11 (pure Python)"
    loop = "uvloop" if importlib.util.find_spec("uvloop") else "asyncio"
    return f"{http}, {loop}"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def ensure_store(db: Path) -> None:
    if db.exists():
        return
    db.parent.mkdir(parents=True, exist_ok=True)
    print(f"building {db} from {CORPUS} with `akhbar ingest` (several minutes)…", flush=True)
    subprocess.run(
        [sys.executable, "-m", "akhbar", "ingest", str(CORPUS), "--db", str(db)], check=True
    )


def start_server(db: Path, port: int, workers: int) -> subprocess.Popen[bytes]:
    cmd = [sys.executable, "-m", "akhbar", "serve", "--db", str(db), "--port", str(port)]
    proc = subprocess.Popen([*cmd, "--workers", str(workers)], stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", "/static/style.css")
            if conn.getresponse().status == 200:
                conn.close()
                return proc
        except OSError:
            time.sleep(0.2)
    proc.kill()
    raise RuntimeError("the server did not answer within 30 s")


def run(name: str, port: int, next_path: Callable[[], str], clients: int, seconds: float) -> Row:
    latencies: list[list[float]] = [[] for _ in range(clients)]
    errors = [0] * clients
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def client(k: int) -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        while time.monotonic() < stop:
            with lock:
                path = next_path()
            t0 = time.perf_counter()
            try:
                conn.request("GET", path)
                resp = conn.getresponse()
                resp.read()
                ok = resp.status == 200
            except (OSError, http.client.HTTPException):
                ok = False
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            dt = (time.perf_counter() - t0) * 1000
            if ok:
                latencies[k].append(dt)
            else:
                errors[k] += 1
        conn.close()

    threads = [threading.Thread(target=client, args=(k,)) for k in range(clients)]
    started = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.monotonic() - started
    flat = tuple(x for per in latencies for x in per)
    return Row(
        name=name,
        requests=len(flat) + sum(errors),
        errors=sum(errors),
        seconds=elapsed,
        latencies_ms=flat,
    )


def server_cpu_seconds(pid: int) -> float:
    """CPU time (user + system) used so far by process ``pid`` and its descendants (Linux).

    Per request it is the server's own cost, which the machine's other load barely changes
    (latency under a closed loop of 16 clients is mostly queueing behind that cost)."""
    parents: dict[int, int] = {}
    times: dict[int, float] = {}
    tick = os.sysconf("SC_CLK_TCK")
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:
            continue
        fields = text[text.rindex(")") + 2 :].split()
        parents[int(stat.parent.name)] = int(fields[1])
        times[int(stat.parent.name)] = (int(fields[11]) + int(fields[12])) / tick
    tree = {pid}
    grew = True
    while grew:
        grew = False
        for child, parent in parents.items():
            if parent in tree and child not in tree:
                tree.add(child)
                grew = True
    return sum(times.get(p, 0.0) for p in tree)


def cycle(items: list[str]) -> Callable[[], str]:
    state = {"i": 0}

    def nxt() -> str:
        item = items[state["i"] % len(items)]
        state["i"] += 1
        return item

    return nxt


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", type=Path, default=Path("bench-out/full.db"))
    ap.add_argument("--seconds", type=float, default=10.0, help="per endpoint (bounded)")
    ap.add_argument("--clients", type=int, default=16)
    ap.add_argument("--workers", type=int, default=2, help="server processes")
    ap.add_argument("--only", default="", help="run only these endpoints, e.g. 'search,related'")
    args = ap.parse_args()
    ensure_store(args.db)
    rng = random.Random(7)
    with sqlite3.connect(f"file:{args.db.resolve()}?mode=ro", uri=True) as conn:
        ids = [r[0] for r in conn.execute("SELECT id FROM articles ORDER BY id")]
        heads = [r[0] for r in conn.execute("SELECT headline FROM articles WHERE headline != ''")]
        n_articles = len(ids)
    rng.shuffle(ids)
    unique_queries = []
    for h in rng.sample(heads, min(len(heads), 20000)):
        words = [w for w in h.split() if len(w) > 3 and w.isalpha()]
        if len(words) >= 2:
            unique_queries.append(" ".join(rng.sample(words, 2)))
    unique_queries = list(dict.fromkeys(unique_queries))
    popular = [rng.choice(POPULAR) for _ in range(50000)]

    def search_url(q: str) -> str:
        return "/search?" + urlencode({"q": q})

    port = free_port()
    proc = start_server(args.db, port, args.workers)
    try:
        # warm each worker's connections (first request of a thread opens the store)
        run("warm-up", port, cycle(["/", "/static/style.css"]), args.clients, 2.0)
        scenarios: list[tuple[str, Callable[[], str]]] = [
            ("floor: static file", cycle(["/static/style.css"])),
            ("home", cycle(["/"])),
            ("article", cycle([f"/article/{quote(i)}" for i in ids])),
            ("search (popular)", cycle([search_url(q) for q in popular])),
            ("search (unique)", cycle([search_url(q) for q in unique_queries])),
            ("API article", cycle([f"/api/articles/{quote(i)}" for i in ids[::-1]])),
            ("related API (cold)", cycle([f"/api/articles/{quote(i)}/related" for i in ids[1::2]])),
        ]
        print(f"load average (1 min) at the start: {os.getloadavg()[0]:.1f}")
        print(
            f"store {args.db}: {n_articles} articles; server: akhbar serve --workers "
            f"{args.workers}; {args.clients} concurrent clients, {args.seconds:.0f} s each, loopback"
        )
        print(f"uvicorn's HTTP parser and loop: {server_stack()}")
        print(
            f"{'endpoint':<22} {'requests':>7} {'req/s':>8} {'p50 ms':>8} {'p90 ms':>8} "
            f"{'p99 ms':>8} {'errors':>7} {'CPU ms/req':>9}"
        )
        for name, nxt in scenarios:
            if args.only and not any(o in name for o in args.only.split(",")):
                continue
            cpu0 = server_cpu_seconds(proc.pid)
            row = run(name, port, nxt, args.clients, args.seconds)
            cpu = server_cpu_seconds(proc.pid) - cpu0
            per = 1000 * cpu / max(1, row.requests)
            print(f"{row.line()} {per:>9.1f}", flush=True)
        # the machine's other load skews every row: print it with the figures
        print(f"load average (1 min) at the end: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    finally:
        proc.terminate()
        proc.wait(timeout=10)


if __name__ == "__main__":
    main()
