"""Batch extraction: many inputs, many processes, nothing lost.

* Inputs are streamed: paths are listed lazily and each worker reads its own
  file, so memory does not grow with the batch.
* ``workers`` processes each load the pipeline once (pool initializer). A
  bounded window of documents is in flight; results come back in input
  order, so ``--jsonl`` output is deterministic.
* A worker that dies (segfault, OOM kill) breaks the pool: the documents in
  flight are then re-run one by one in a fresh single-process pool, so only
  the one that kills its worker gets an error record (``worker_died``).
* Outputs are atomic: per-document files are written to a temporary name and
  renamed; JSONL is written by this process only, to a temporary file that is
  renamed at the end. ``resume`` skips inputs whose output exists with the
  same source sha256 and pipeline version, so an interrupted run re-run with
  ``resume`` gives exactly the outputs of an uninterrupted one.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import time
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

import regex

from . import __version__
from .source import error_record

SAFE_ID = regex.compile(r"[^\w.\-]+")


def safe_id(stem: str) -> str:
    """A file-name-safe id: no separators, no leading dots, never empty.

    >>> safe_id("../../etc/passwd"), safe_id("báo cáo 2024"), safe_id("..")
    ('etc_passwd', 'báo_cáo_2024', 'doc')
    """
    s = SAFE_ID.sub("_", stem).strip("._")
    s = regex.sub(r"_+", "_", s)
    return s[:120] or "doc"


def iter_inputs(inputs: Iterable[str]) -> Iterator[tuple[str, Path | None]]:
    """(label, path) for each input; directories recurse into ``*.txt``; ``-`` is stdin.

    Symlinked directories are followed once (a symlink loop is not entered twice).
    """
    for raw in inputs:
        if raw == "-":
            yield "-", None
            continue
        p = Path(raw)
        if p.is_dir():
            seen: set[tuple[int, int]] = set()
            for root, dirs, files in os.walk(p, followlinks=True):
                try:
                    st = os.stat(root)
                except OSError:
                    dirs[:] = []
                    continue
                key = (st.st_dev, st.st_ino)
                if key in seen:  # symlink loop
                    dirs[:] = []
                    continue
                seen.add(key)
                dirs.sort()
                for f in sorted(files):
                    if f.endswith(".txt"):
                        yield str(Path(root) / f), Path(root) / f
        else:
            yield raw, p


@dataclass
class Job:
    """One input: its position, id (unique in the batch) and where to read it."""

    index: int
    doc_id: str
    label: str
    path: str | None
    data: bytes | None = None  # stdin only
    record: dict | None = None  # already done (resume): not run again


def plan_jobs(inputs: Iterable[str]) -> Iterator[Job]:
    """Jobs in input order with de-duplicated ids (same stem elsewhere: a-2, a-3 …)."""
    used: set[str] = set()
    for index, (label, path) in enumerate(iter_inputs(inputs)):
        if path is None:
            data = sys.stdin.buffer.read()
            base = hashlib.sha256(data).hexdigest()[:12]
        else:
            data = None
            base = safe_id(path.stem)
        doc_id = base
        n = 1
        while doc_id in used:
            n += 1
            doc_id = "%s-%d" % (base, n)
        used.add(doc_id)
        yield Job(index, doc_id, label, str(path) if path is not None else None, data)


# -- worker side -------------------------------------------------------------

_MAX_BYTES: int | None = None
_HTML = False


def _init_worker(max_bytes: int | None, html: bool = False) -> None:
    global _MAX_BYTES, _HTML
    _MAX_BYTES = max_bytes
    _HTML = html
    from .nlp import load

    load()  # once per process


def process_job(job: Job, max_bytes: int | None = None, html: bool | None = None) -> dict:
    """Extract one job; never raises: a Document dict or an error record."""
    from .source import process

    max_bytes = max_bytes if max_bytes is not None else _MAX_BYTES
    html = html if html is not None else _HTML
    result = process(doc_id=job.doc_id, path=job.path, data=job.data, max_bytes=max_bytes, html=html)
    return result if isinstance(result, dict) else result.model_dump(mode="json")


@dataclass
class Result:
    """A record serialized where it was made (in the worker), so the main process only writes."""

    doc_id: str
    error: dict | None
    line: str  # compact JSON, one line
    pretty: str | None = None  # indented JSON for DIR/<id>.json

    @classmethod
    def of(cls, rec: dict, pretty: bool) -> "Result":
        return cls(
            rec["id"],
            rec.get("error"),
            json.dumps(rec, ensure_ascii=False),
            json.dumps(rec, ensure_ascii=False, indent=2) + "\n" if pretty else None,
        )


def process_to_result(job: Job, pretty: bool, max_bytes: int | None = None) -> Result:
    return Result.of(process_job(job, max_bytes), pretty)


# -- ordered parallel map with crash isolation --------------------------------


def run_jobs(
    jobs: Iterable[Job], workers: int, max_bytes: int | None, pretty: bool = False, html: bool = False
) -> Iterator[tuple[Job, Result]]:
    """(job, result) in input order; ``workers`` <= 1 runs in this process."""
    if workers <= 1:
        from .nlp import load

        load()
        for job in jobs:
            rec = job.record if job.record is not None else process_job(job, max_bytes, html)
            yield job, Result.of(rec, pretty)
        return
    window = workers * 4
    pool = ProcessPoolExecutor(workers, initializer=_init_worker, initargs=(max_bytes, html))
    pending: deque[tuple[Job, Future]] = deque()
    it = iter(jobs)
    try:
        while True:
            unsent = None
            try:
                while len(pending) < window:
                    job = next(it, None)
                    if job is None:
                        break
                    if job.record is not None:
                        done: Future = Future()
                        done.set_result(Result.of(job.record, pretty))
                        pending.append((job, done))
                    else:
                        unsent = job
                        pending.append((job, pool.submit(process_to_result, job, pretty)))
                        unsent = None
                if not pending:
                    return
                job, fut = pending[0]
                res = fut.result()
            except BrokenProcessPool:
                # a worker died: re-run everything in flight one by one, so only the culprit fails
                redo = sorted([j for j, _ in pending] + ([unsent] if unsent else []), key=lambda j: j.index)
                pending.clear()
                pool.shutdown(wait=False, cancel_futures=True)
                for j in redo:
                    yield j, Result.of(j.record if j.record is not None else _isolated(j, max_bytes, html), pretty)
                pool = ProcessPoolExecutor(workers, initializer=_init_worker, initargs=(max_bytes, html))
                continue
            pending.popleft()
            yield job, res
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _isolated(job: Job, max_bytes: int | None, html: bool = False) -> dict:
    with ProcessPoolExecutor(1, initializer=_init_worker, initargs=(max_bytes, html)) as one:
        try:
            return one.submit(process_job, job).result()
        except BrokenProcessPool:
            return error_record(job.doc_id, "worker_died", "the worker process died on this document", path=job.path)


# -- outputs -----------------------------------------------------------------


def write_json_atomic(path: Path, obj: dict | str) -> None:
    """Write JSON (a dict, or text already serialized) to a temporary name, then rename."""
    tmp = path.with_name("." + path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        if isinstance(obj, str):
            f.write(obj)
        else:
            json.dump(obj, f, ensure_ascii=False, indent=2)
            f.write("\n")
    os.replace(tmp, path)


def _file_sha256(path: str | None) -> str | None:
    if path is None:
        return None
    try:
        h = hashlib.sha256()
        with open(path, "rb") as f:
            for block in iter(lambda: f.read(1 << 20), b""):
                h.update(block)
        return h.hexdigest()
    except OSError:
        return None


def _same(rec: dict | None, sha: str | None) -> bool:
    """Is ``rec`` a finished extraction of these bytes by this version? (Error records are retried.)"""
    return bool(
        rec
        and sha
        and rec.get("source", {}).get("sha256") == sha
        and rec.get("pipeline", {}).get("version") == __version__
    )


@dataclass
class Summary:
    done: int = 0
    failed: int = 0
    skipped: int = 0
    seconds: float = 0.0
    errors: list[dict] = field(default_factory=list)

    def count(self, label: str, doc_id: str, error: dict | None) -> None:
        """Count one finished document; a failure is also reported on stderr."""
        if error:
            self.failed += 1
            self.errors.append({"id": doc_id, "label": label, "error": error})
            print("error: %s: %s: %s" % (label, error["code"], error["message"]), file=sys.stderr)
        else:
            self.done += 1

    @property
    def docs_per_second(self) -> float:
        n = self.done + self.failed
        return n / self.seconds if self.seconds else 0.0

    def line(self) -> str:
        return "%d done, %d failed, %d skipped (resume), %.1f s, %.1f docs/s" % (
            self.done,
            self.failed,
            self.skipped,
            self.seconds,
            self.docs_per_second,
        )


def run_batch(
    inputs: Iterable[str],
    *,
    out_dir: str | os.PathLike | None = None,
    jsonl: str | None = None,
    workers: int = 1,
    resume: bool = False,
    max_bytes: int | None = None,
    on_record: Callable[[Job, Result], None] | None = None,
    progress: bool = False,
    html: bool = False,
) -> Summary:
    """Extract every input into ``out_dir/<id>.json`` and/or one ``jsonl`` file."""
    t0 = time.perf_counter()
    summary = Summary()
    out = Path(out_dir) if out_dir else None
    if out:
        out.mkdir(parents=True, exist_ok=True)
        for stale in out.glob(".*.json.tmp"):  # left by a killed run
            stale.unlink(missing_ok=True)
    previous: dict[str, str] = {}
    if resume and jsonl and jsonl != "-":
        # a finished earlier run, then what a killed run had written to its temporary file
        for earlier in (jsonl, jsonl + ".tmp"):
            if not os.path.exists(earlier):
                continue
            with open(earlier, encoding="utf-8") as f:
                for line in f:
                    try:
                        rec = json.loads(line)
                    except ValueError:
                        continue  # a line cut by the interruption
                    if isinstance(rec, dict) and "id" in rec:
                        previous[rec["id"]] = line if line.endswith("\n") else line + "\n"
    sink = None
    tmp_jsonl = None
    if jsonl == "-":
        sink = sys.stdout
    elif jsonl:
        tmp_jsonl = jsonl + ".tmp"
        sink = open(tmp_jsonl, "w", encoding="utf-8")

    def reuse(job: Job) -> dict | None:
        """The existing output of ``job`` when resuming and its input is unchanged."""
        if not resume or job.path is None:
            return None
        sha = _file_sha256(job.path)
        if jsonl and job.doc_id in previous:
            rec = json.loads(previous[job.doc_id])
            if _same(rec, sha):
                return rec
        if out:
            target = out / (job.doc_id + ".json")
            if target.exists():
                try:
                    rec = json.loads(target.read_text(encoding="utf-8"))
                except ValueError:
                    return None
                if _same(rec, sha):
                    return rec
        return None

    def todo() -> Iterator[Job]:
        for job in plan_jobs(inputs):
            job.record = reuse(job)
            yield job

    bar = _Progress(progress)
    try:
        for job, res in run_jobs(todo(), workers, max_bytes, pretty=out is not None, html=html):
            was_skipped = job.record is not None
            if was_skipped:
                summary.skipped += 1
            summary.count(job.label, res.doc_id, res.error)
            if out and not was_skipped:
                write_json_atomic(out / (res.doc_id + ".json"), res.pretty)
            if sink:
                sink.write(res.line + "\n")
            if on_record:
                on_record(job, res)
            bar.advance(summary)
    finally:
        bar.close()
        if sink and sink is not sys.stdout:
            sink.close()
    if tmp_jsonl:
        os.replace(tmp_jsonl, jsonl)
    summary.seconds = time.perf_counter() - t0
    return summary


class _Progress:
    """A rich progress bar on a terminal; nothing otherwise."""

    def __init__(self, enabled: bool):
        self.bar = None
        if enabled and sys.stderr.isatty():
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            self.bar = Progress(
                TextColumn("extract"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.fields[rate]:.1f} docs/s, {task.fields[failed]} failed"),
                TimeElapsedColumn(),
                transient=True,
            )
            self.bar.start()
            self.task = self.bar.add_task("extract", total=None, rate=0.0, failed=0)
            self.t0 = time.perf_counter()

    def advance(self, summary: Summary) -> None:
        if self.bar is not None:
            n = summary.done + summary.failed
            rate = n / max(1e-9, time.perf_counter() - self.t0)
            self.bar.update(self.task, completed=n, rate=rate, failed=summary.failed)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.stop()
