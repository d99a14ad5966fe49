"""The ingest pipeline: read inputs → records with stable ids → store, batch by batch.

Plain functions over iterators (datatrove style): ``read_path`` yields ``Doc | Rejected``,
``to_record`` gives each doc its id, and ``ingest`` writes batches. Each batch — its records,
its rejects and, for the last batch of an input, the input's completion mark — commits in one
transaction, so a run killed at any point and run again ends with the same store. After each
batch the post-ingest stages (search index, dedup) that are installed catch up on the new rows.

An input already read whole (its bytes' hash is marked in the store) is skipped when it had
no rejects; one that had rejects is read again, so a rerun reports the same bad inputs with the
same reasons (its records are found present, nothing is stored twice).

With ``workers > 1`` inputs are parsed in a process pool, one input per task, and written in
input order from this process only (SQLite has one writer).
"""

from __future__ import annotations

import hashlib
import importlib
import inspect
import multiprocessing
import os
import re
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from akhbar.model import Rejected
from akhbar.read import (
    DEFAULT_FIELDS,
    FieldMap,
    Format,
    input_reject,
    iter_inputs,
    read_path,
    to_record,
)
from akhbar.store import InputMark, PreparedRecord, SQLiteStore, prepare
from akhbar.text.analysis import Analysis, StemCache, analyze

__all__ = [
    "POST_INGEST_STAGES",
    "IngestSummary",
    "Progress",
    "Stage",
    "ingest",
    "installed_stages",
    "reason_kind",
]

#: A post-ingest stage: called with the store's connection after each committed batch; it
#: processes the rows above its own watermark (kept in ``meta``). A stage with an ``analyses``
#: keyword is also given the batch's ``Analysis`` per article id (computed by the workers).
Stage = Callable[..., object]

#: The post-ingest stages, in order, as (module, function). A stage whose module is not
#: installed is skipped; nothing else is looked up.
POST_INGEST_STAGES: tuple[tuple[str, str], ...] = (
    ("akhbar.search.index", "index_pending"),
    ("akhbar.dedup", "update_pending"),
)

_BATCH = 2000
#: the store's files (SQLite's journal and WAL files next to it): never read as inputs
_STORE_FILES = ("", "-wal", "-shm", "-journal")
_READ_CHUNK = 1 << 20
#: with ``workers=None``, inputs of this many bytes in all are parsed on every core
_PARALLEL_BYTES = 4 << 20

#: a stored record with its analysis and the repairs made to read it, or a reject
Item = tuple[PreparedRecord, Analysis, tuple[str, ...]] | Rejected


@dataclass(frozen=True, kw_only=True)
class IngestSummary:
    """What one run did. ``present`` counts records already stored (from earlier runs, or met
    twice); records of an unchanged input skipped whole are counted in ``present`` too."""

    inputs: int
    skipped_inputs: int
    read: int
    stored: int
    present: int
    rejected: tuple[tuple[str, int], ...]
    seconds: float
    #: what the user should know that is no reject: entries a directory walk skipped (hidden,
    #: README-like) and repairs made to read an input (stray NUL bytes removed), in order
    notes: tuple[str, ...] = ()

    @property
    def rejected_total(self) -> int:
        return sum(n for _, n in self.rejected)

    def to_dict(self) -> dict[str, Any]:
        return {
            "inputs": self.inputs,
            "skipped_inputs": self.skipped_inputs,
            "read": self.read,
            "stored": self.stored,
            "present": self.present,
            "rejected": dict(self.rejected),
            "seconds": round(self.seconds, 3),
            "notes": list(self.notes),
        }


@dataclass(frozen=True, kw_only=True)
class Progress:
    """Where a run stands, given to the ``progress`` callback after each batch."""

    input: str
    inputs_done: int
    inputs_total: int
    bytes_done: int
    bytes_total: int
    read: int
    stored: int
    rejected: int


@dataclass(frozen=True, kw_only=True)
class _Task:
    name: str
    path: Path | None
    hash: str | None
    size: int
    format: Format | None
    fields: FieldMap


_LOCATOR = re.compile(r"^\S*?(?::\d+)?: ")
_DETAIL = re.compile(r" \(.*\)$")


def reason_kind(r: Rejected) -> str:
    """The reason without the file name, line or detail, to count rejects by kind.

    >>> reason_kind(Rejected(input="a.jsonl", reason="a.jsonl:3: malformed JSON (Expecting value)"))
    'malformed JSON'
    """
    reason = r.reason
    if reason.startswith(r.input):
        reason = _LOCATOR.sub("", reason, count=1)
    return _DETAIL.sub("", reason) or r.reason


def installed_stages(specs: Sequence[tuple[str, str]] = POST_INGEST_STAGES) -> list[Stage]:
    """The post-ingest stages whose module is installed (imported now, not at import time)."""
    stages: list[Stage] = []
    for module_name, attr in specs:
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            missing = exc.name or ""
            if module_name == missing or module_name.startswith(missing + "."):
                continue  # that stage is not installed
            raise  # the stage exists but one of ITS imports is missing: a real error
        stage = getattr(module, attr, None)
        if callable(stage):
            stages.append(stage)
    return stages


def _takes_analyses(stage: Stage) -> bool:
    try:
        return "analyses" in inspect.signature(stage).parameters
    except (TypeError, ValueError):  # a builtin or C callable: no signature to read
        return False


def _file_hash(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(_READ_CHUNK):
            h.update(chunk)
    return h.hexdigest()


def _items(task: _Task) -> Iterator[Item]:
    """Parse, serialize and analyze (for the search index) each doc of one input."""
    cache: StemCache = {}  # one per input: its words repeat across its articles
    try:
        for item in read_path(task.name, task.path, format=task.format, fields=task.fields):
            if isinstance(item, Rejected):
                yield item
                continue
            record = to_record(item)
            main = record.page.main
            analysis = analyze(main.headline, "\n".join(main.body), cache=cache)
            yield prepare(record), analysis, item.warnings
    except Exception as exc:  # a reader's own bug: this input is a reject
        why = f"{type(exc).__name__}: {exc}"
        detail = f"{task.name}: {why}; please report it"
        yield Rejected(input=task.name, reason="internal error", detail=detail)


def _load(task: _Task) -> tuple[_Task, list[Item]]:
    """Worker side: parse and serialize one whole input; rows are pickled back to the writer."""
    return task, list(_items(task))


def _plan(
    paths: Iterable[str],
    store: SQLiteStore,
    format: Format | None,
    fields: FieldMap,
    notes: list[str],
) -> tuple[list[_Task], list[InputMark], list[Rejected]]:
    tasks: list[_Task] = []
    skipped: list[InputMark] = []
    missing: list[Rejected] = []
    own = {os.path.realpath(f"{store.path}{suffix}") for suffix in _STORE_FILES}
    left_out: list[str] = []
    # seen: a file named twice (or through a link, or in a directory also named) is read once
    for name, path in iter_inputs(paths, on_skip=notes.append, seen={}):
        if path is not None and os.path.realpath(path) in own:
            left_out.append(name)  # the store itself (``akhbar ingest .`` next to akhbar.db)
            continue
        reject = input_reject(name, path)
        if reject is not None:
            missing.append(reject)
            continue
        digest = None
        size = 0
        if path is not None:
            try:
                digest = _file_hash(path)
                size = path.stat().st_size
            except OSError as exc:
                detail = f"{name}: {exc.strerror or exc}"  # the OS's words, not Python's
                missing.append(Rejected(input=name, reason="cannot read", detail=detail))
                continue
            mark = store.input_done(digest)
            if mark is not None and mark.rejects == 0:
                skipped.append(mark)
                continue  # read clean before: an input with rejects is read again to say so
        tasks.append(
            _Task(name=name, path=path, hash=digest, size=size, format=format, fields=fields)
        )
    if left_out:
        files = "file" if len(left_out) == 1 else "files"
        notes.append(f"note: skipped the store's own {files} ({', '.join(left_out)})")
    return tasks, skipped, missing


def ingest(
    paths: Iterable[str],
    store: SQLiteStore,
    *,
    format: Format | None = None,
    fields: FieldMap = DEFAULT_FIELDS,
    workers: int | None = None,
    batch_size: int = _BATCH,
    progress: Callable[[Progress], object] | None = None,
    stages: Sequence[Stage] | None = None,
    on_reject: Callable[[Rejected], object] | None = None,
) -> IngestSummary:
    """Read every input into ``store``; see the module docstring for the guarantees.

    ``stages`` defaults to ``installed_stages()``; pass ``()`` to store without indexing.
    ``on_reject`` is told each reject once it is stored (the summary only counts them by kind).
    ``workers=None``: every core when the inputs are large (``_PARALLEL_BYTES``), else one.
    """
    started = time.perf_counter()
    stages = installed_stages() if stages is None else stages
    given = [_takes_analyses(stage) for stage in stages]
    notes: list[str] = []
    tasks, skipped, missing = _plan(paths, store, format, fields, notes)
    total_bytes = sum(t.size for t in tasks)
    if workers is None:
        workers = min(os.cpu_count() or 1, 4) if total_bytes >= _PARALLEL_BYTES else 1
    counts = {"read": 0, "stored": 0, "present": sum(m.records for m in skipped)}
    reasons: Counter[str] = Counter()
    done_bytes = 0

    def flush(
        records: list[PreparedRecord],
        analyses: dict[str, Analysis],
        rejects: list[Rejected],
        done: list[InputMark],
        task: _Task,
        n: int,
    ) -> None:
        result = store.add_batch(records, rejects, done=done)
        if on_reject is not None:
            for r in rejects:
                on_reject(r)
        counts["stored"] += len(result.added)
        counts["present"] += result.present
        reasons.update(reason_kind(r) for r in rejects)
        for stage, takes in zip(stages, given, strict=True):
            if takes:
                stage(store.connection, analyses=analyses)
            else:
                stage(store.connection)
        if progress is not None:
            progress(
                Progress(
                    input=task.name,
                    inputs_done=n,
                    inputs_total=len(tasks),
                    bytes_done=done_bytes,
                    bytes_total=total_bytes,
                    read=counts["read"],
                    stored=counts["stored"],
                    rejected=sum(reasons.values()),
                )
            )

    if missing:
        store.add_rejects(missing)
        reasons.update(reason_kind(r) for r in missing)
        if on_reject is not None:
            for r in missing:
                on_reject(r)

    pool = None
    results: Iterator[tuple[_Task, Iterable[Item]]]
    if workers > 1 and len(tasks) > 1:
        pool = multiprocessing.get_context("forkserver").Pool(workers)
        results = pool.imap(_load, tasks)
    else:
        results = ((t, _items(t)) for t in tasks)
    try:
        for n, (task, items) in enumerate(results, start=1):
            records: list[PreparedRecord] = []
            analyses: dict[str, Analysis] = {}
            rejects: list[Rejected] = []
            n_records = n_rejects = 0
            for item in items:
                if isinstance(item, Rejected):
                    rejects.append(item)
                    n_rejects += 1
                else:
                    records.append(item[0])
                    analyses[item[0].id] = item[1]
                    notes.extend(w if w.startswith("note: ") else f"warning: {w}" for w in item[2])
                    n_records += 1
                    counts["read"] += 1
                if len(records) + len(rejects) >= batch_size:
                    flush(records, analyses, rejects, [], task, n - 1)
                    records, analyses, rejects = [], {}, []
            done_bytes += task.size
            marks = []
            if task.hash is not None:
                marks.append(
                    InputMark(hash=task.hash, input=task.name, records=n_records, rejects=n_rejects)
                )
            flush(records, analyses, rejects, marks, task, n)
    finally:
        if pool is not None:
            pool.terminate()
    if not tasks:
        # nothing new was read: the stages still catch up (a rebuild the search index needs
        # after an upgrade, rows a crashed run left unindexed); each returns at once otherwise
        for stage in stages:
            stage(store.connection)
    return IngestSummary(
        inputs=len(tasks) + len(skipped) + len(missing),
        skipped_inputs=len(skipped),
        read=counts["read"],
        stored=counts["stored"],
        present=counts["present"],
        rejected=tuple(sorted(reasons.items(), key=lambda kv: (-kv[1], kv[0]))),
        seconds=time.perf_counter() - started,
        notes=tuple(notes),
    )
