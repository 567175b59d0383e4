"""Batch extraction: many inputs, many processes, nothing lost.

* Inputs are streamed: paths are listed lazily and each worker reads its own
  file, so memory does not grow with the batch.
* ``workers`` processes each load the pipeline once (pool initializer), or inherit
  it from this process where workers are forked (it then loads once per batch); no
  more start than there are documents to run (one file starts one worker). A
  bounded window of documents is in flight; results come back in input
  order, so ``--jsonl`` output is deterministic.
* A worker that dies (segfault, OOM kill) breaks the pool: a new pool starts,
  the document the dead worker was running is retried once (a warning on
  stderr) and the others in flight run again; a document that kills its worker
  twice gets an error record (``worker_died``). Workers exit when this process
  dies (they poll their parent pid).
* A document may take ``timeout`` seconds (SIGALRM in the process that runs it),
  else it gets an error record (``timeout``). Files found in a directory are read
  only if they are regular files (``not_regular``: a FIFO is never opened).
* Outputs are atomic: per-document files are written to a temporary name and
  renamed; JSONL is written by this process only, to a temporary file that is
  renamed at the end. ``resume`` skips inputs whose output exists with the
  same source sha256 and pipeline version, so an interrupted run re-run with
  ``resume`` gives exactly the outputs of an uninterrupted one. An output that
  cannot be written stops the batch (:class:`OutputError`, no temporary file
  left); no input at all is :class:`NoInputs`.
"""

from __future__ import annotations

import glob
import hashlib
import json
import multiprocessing
import os
import shutil
import signal
import sys
import tempfile
import threading
import time
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

import regex

from . import __version__, regexcache
from .io import display_path
from .source import error_record

SAFE_ID = regexcache.compile(r"[^\w.\-]+")


def safe_id(stem: str) -> str:
    """A file-name-safe id: no separators, no leading dots, never empty.

    >>> safe_id("../../etc/passwd"), safe_id("báo cáo 2024"), safe_id("..")
    ('etc_passwd', 'báo_cáo_2024', 'doc')
    """
    s = SAFE_ID.sub("_", stem).strip("._")
    s = regex.sub(r"_+", "_", s)
    return s[:120] or "doc"


def _walk_inputs(inputs: Iterable[str], warn: bool = True) -> Iterator[tuple[str, Path | None, bool]]:
    """(label, path, listed) for each input; ``listed``: found in a directory or by a pattern."""
    for raw in inputs:
        if raw == "-":
            yield "-", None, False
            continue
        if not os.path.lexists(raw) and glob.has_magic(raw):
            # a pattern the shell did not expand (quoted, or matching nothing)
            matches = sorted(glob.glob(raw, recursive=True))
            if not matches and warn:
                print("warning: no file matches %s" % display_path(raw), file=sys.stderr)
            for m in matches:
                if os.path.isdir(m):
                    yield from _walk_dir(Path(m))
                else:
                    yield m, Path(m), True
            continue
        p = Path(raw)
        if p.is_dir():
            yield from _walk_dir(p)
        else:
            yield raw, p, False


def _walk_dir(p: Path) -> Iterator[tuple[str, Path, bool]]:
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
                yield str(Path(root) / f), Path(root) / f, True


def iter_inputs(inputs: Iterable[str]) -> Iterator[tuple[str, Path | None]]:
    """(label, path) for each input; directories recurse into ``*.txt``; ``-`` is stdin.

    Symlinked directories are followed once (a symlink loop is not entered twice).
    A pattern the shell left unexpanded (``'big/*.txt'``) is expanded here.
    """
    for label, path, _ in _walk_inputs(inputs):
        yield label, path


def count_inputs(inputs: Iterable[str]) -> int:
    """How many inputs :func:`iter_inputs` yields (for a progress total; nothing is read)."""
    return sum(1 for _ in _walk_inputs(inputs, warn=False))


class NoInputs(Exception):
    """No input at all (an empty directory, a pattern that matches nothing): exit code 2."""


class OutputError(Exception):
    """An output could not be written (disk full, read-only folder, a directory in the way):
    the batch stops (exit code 3)."""


@dataclass
class Job:
    """One input: its position, id (unique in the batch) and where to read it."""

    index: int
    doc_id: str
    label: str
    path: str | None
    data: bytes | None = None  # stdin only
    record: dict | None = None  # already done (resume): not run again
    listed: bool = False  # found in a directory: only a regular file is read
    attempts: int = 0  # times its worker died on it


def plan_jobs(inputs: Iterable[str]) -> Iterator[Job]:
    """Jobs in input order with de-duplicated ids (same stem elsewhere: a-2, a-3 …)."""
    used: set[str] = set()
    for index, (label, path, listed) in enumerate(_walk_inputs(inputs)):
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
        yield Job(index, doc_id, display_path(label), str(path) if path is not None else None, data, listed=listed)


# -- worker side -------------------------------------------------------------

DEFAULT_TIMEOUT = 600.0  # a 20 MB file (the documented worst case) takes ~190 s; the default --max-bytes is 4 MiB
_MAX_BYTES: int | None = None
_HTML = False
_TIMEOUT: float | None = None
_MARKER: int | None = None  # fd of this worker's "running job" file (see _Tracker)


class DocumentTimeout(BaseException):
    """Raised by SIGALRM in the middle of an extraction (a BaseException: nothing on the way catches it)."""


def _init_worker(
    max_bytes: int | None,
    html: bool = False,
    timeout: float | None = None,
    marker_dir: str | None = None,
    parent: int | None = None,
) -> None:
    global _MAX_BYTES, _HTML, _TIMEOUT, _MARKER
    _MAX_BYTES = max_bytes
    _HTML = html
    _TIMEOUT = timeout
    if parent is not None:
        _watch_parent(parent)
    if marker_dir is not None:
        _MARKER = os.open(os.path.join(marker_dir, str(os.getpid())), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    from .nlp import load

    load()  # once per process


def _watch_parent(parent: int, every: float = 0.5) -> None:
    """Exit this worker as soon as the batch process is gone (``kill -9`` of the parent
    must not leave workers behind): a daemon thread polls the parent pid."""

    def watch() -> None:
        while True:
            time.sleep(every)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="vnreport-parent-watch", daemon=True).start()


def _test_fault(job: Job) -> None:
    """TEST ONLY (tests/test_batch_faults.py): ``VNREPORT_TEST_FAULT=crash:<substring>``
    kills the worker process (SIGKILL) on a document whose path holds <substring>;
    ``crash-once:<substring>`` does so only the first time (it leaves ``<path>.crashed``);
    ``hang:<substring>`` makes it run for ever (until ``--timeout``). Never set it
    outside the test suite."""
    spec = os.environ.get("VNREPORT_TEST_FAULT")
    if not spec or not job.path:
        return
    kind, _, needle = spec.partition(":")
    if needle and needle in job.path:
        if kind == "crash":
            os.kill(os.getpid(), signal.SIGKILL)
        elif kind == "crash-once":
            try:
                os.close(os.open(job.path + ".crashed", os.O_WRONLY | os.O_CREAT | os.O_EXCL))
            except FileExistsError:
                return
            os.kill(os.getpid(), signal.SIGKILL)
        elif kind == "hang":
            while True:
                time.sleep(0.01)


def _with_timeout(seconds: float | None, fn: Callable[[], dict]) -> dict:
    """``fn()``, interrupted by SIGALRM after ``seconds`` (DocumentTimeout). Only the main
    thread of a process can receive it: elsewhere (Dask tasks, a batch run from a
    thread) there is no limit."""
    if (
        not seconds
        or seconds <= 0
        or not hasattr(signal, "setitimer")
        or threading.current_thread() is not threading.main_thread()
    ):
        return fn()

    def on_alarm(signum, frame):
        raise DocumentTimeout()

    old = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        return fn()
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def process_job(
    job: Job, max_bytes: int | None = None, html: bool | None = None, timeout: float | None = None
) -> dict:
    """Extract one job; never raises: a Document dict or an error record (``timeout``
    when it ran longer than ``timeout`` seconds)."""
    from .source import process

    max_bytes = max_bytes if max_bytes is not None else _MAX_BYTES
    html = html if html is not None else _HTML
    timeout = timeout if timeout is not None else _TIMEOUT

    def run() -> dict:
        _test_fault(job)
        result = process(
            doc_id=job.doc_id, path=job.path, data=job.data, max_bytes=max_bytes, html=html, regular_only=job.listed
        )
        return result if isinstance(result, dict) else result.model_dump(mode="json")

    if _MARKER is not None:
        os.ftruncate(_MARKER, 0)
        os.pwrite(_MARKER, b"%d" % job.index, 0)
    try:
        return _with_timeout(timeout, run)
    except DocumentTimeout:
        return error_record(
            job.doc_id,
            "timeout",
            "extraction took longer than %g s (--timeout)" % timeout,
            path=display_path(job.path) if job.path is not None else None,
        )
    finally:
        if _MARKER is not None:
            os.ftruncate(_MARKER, 0)


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


class _Tracker:
    """Which job each worker is running: a file per worker pid in a private temporary
    folder holds the index of its current job (empty when idle). When the pool
    breaks, the worker that died by itself (not terminated by the pool) names the
    culprit; the other documents in flight are innocent and simply run again."""

    def __init__(self) -> None:
        self.dir = tempfile.mkdtemp(prefix="vnreport-workers-")

    def running(self) -> dict[int, int]:
        """pid -> index of the job it was running."""
        out = {}
        for name in os.listdir(self.dir):
            try:
                with open(os.path.join(self.dir, name), "rb") as f:
                    text = f.read().strip()
                if text:
                    out[int(name)] = int(text)
            except (OSError, ValueError):
                continue
        return out

    def clear(self) -> None:
        for name in os.listdir(self.dir):
            try:
                os.unlink(os.path.join(self.dir, name))
            except OSError:
                pass

    def close(self) -> None:
        shutil.rmtree(self.dir, ignore_errors=True)


def _warn(message: str) -> None:
    print("warning: " + message, file=sys.stderr)


def run_jobs(
    jobs: Iterable[Job],
    workers: int,
    max_bytes: int | None,
    pretty: bool = False,
    html: bool = False,
    timeout: float | None = None,
    warn: Callable[[str], None] = _warn,
) -> Iterator[tuple[Job, Result]]:
    """(job, result) in input order; ``workers`` <= 1 runs in this process.

    A worker that dies (segfault, OOM kill) breaks the pool: a new pool starts, the
    document it was running is retried once (with a warning) and the other documents
    in flight run again; a document that kills its worker a second time gets the
    error record ``worker_died``.
    """
    if workers <= 1:
        from .nlp import load

        load()
        for job in jobs:
            rec = job.record if job.record is not None else process_job(job, max_bytes, html, timeout)
            yield job, Result.of(rec, pretty)
        return
    window = workers * 4
    tracker = _Tracker()
    pending: deque[list] = deque()  # [job, future or None (to submit)], in input order
    it = iter(jobs)
    exhausted = False

    def fill() -> None:
        nonlocal exhausted
        while len(pending) < window and not exhausted:
            job = next(it, None)
            if job is None:
                exhausted = True
                break
            if job.record is not None:  # already an error record (unreadable, resumed): no worker needed
                done: Future = Future()
                done.set_result(Result.of(job.record, pretty))
                pending.append([job, done])
            else:
                pending.append([job, None])

    # Each worker loads the pipeline (seconds of CPU): never start more than there are
    # documents to run, so one file on a many-core machine starts one worker.
    fill()
    to_run = sum(item[1] is None for item in pending)
    size = workers if not exhausted else max(1, min(workers, to_run))
    if to_run and multiprocessing.get_start_method() == "fork":
        # Forked workers inherit a pipeline loaded here: it loads once, not once per worker (and
        # again for each pool started after a worker died).
        from .nlp import load

        load()

    def new_pool() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            size, initializer=_init_worker, initargs=(max_bytes, html, timeout, tracker.dir, os.getpid())
        )

    pool = new_pool()
    try:
        while True:
            try:
                fill()
                for item in pending:  # new ones, and those to run again after a worker died
                    if item[1] is None:
                        item[1] = pool.submit(process_to_result, item[0], pretty)
                if not pending:
                    return
                job, fut = pending[0]
                res = fut.result()
            except BrokenProcessPool:
                pool = _recover(pool, pending, tracker, new_pool, pretty, warn)
                continue
            pending.popleft()
            yield job, res
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        tracker.close()


def _recover(pool, pending, tracker: _Tracker, new_pool, pretty: bool, warn) -> ProcessPoolExecutor:
    """After a worker died: blame the document it was running, keep finished results,
    and start a new pool for the rest."""
    procs = dict(getattr(pool, "_processes", None) or {})
    pool.shutdown(wait=True, cancel_futures=True)  # the pool terminates and joins the other workers
    running = tracker.running()
    tracker.clear()
    died = {pid for pid, p in procs.items() if p.exitcode not in (None, 0, -signal.SIGTERM)}
    culprits = {running[pid] for pid in died if pid in running}
    failed = [item for item in pending if item[1] is None or not item[1].done() or item[1].exception() is not None]
    if not culprits:  # cannot tell which: every document that was running is suspect
        culprits = set(running.values()) or {item[0].index for item in failed}
    how = ", ".join(sorted({_exit_text(procs[pid].exitcode) for pid in died})) or "exit status unknown"
    retried, lost = [], []
    for item in failed:
        job = item[0]
        item[1] = None
        if job.index in culprits:
            job.attempts += 1
            if job.attempts >= 2:
                lost.append(job.label)
                done: Future = Future()
                done.set_result(
                    Result.of(
                        error_record(
                            job.doc_id,
                            "worker_died",
                            "the worker process died on this document (twice)",
                            path=display_path(job.path) if job.path is not None else None,
                        ),
                        pretty,
                    )
                )
                item[1] = done
            else:
                retried.append(job.label)
    if retried:
        warn(
            "a worker process died (%s) while extracting %s; retrying %s once, %d other document(s) in flight "
            "run again" % (how, ", ".join(retried), "it" if len(retried) == 1 else "them", len(failed) - len(retried))
        )
    if lost:
        warn("a worker process died again (%s) on %s: error worker_died" % (how, ", ".join(lost)))
    return new_pool()


def _exit_text(code: int | None) -> str:
    if code is None:
        return "exit status unknown"
    if code < 0:
        try:
            return "killed by %s" % signal.Signals(-code).name
        except ValueError:
            return "killed by signal %d" % -code
    return "exit code %d" % code


# -- outputs -----------------------------------------------------------------


def write_json_atomic(path: Path, obj: dict | str) -> None:
    """Write JSON (a dict, or text already serialized) to a temporary name, then rename.

    Raises :class:`OutputError` (and leaves no temporary file) when it cannot be written.
    """
    tmp = path.with_name("." + path.name + ".tmp")
    try:
        with open(tmp, "w", encoding="utf-8") as f:
            if isinstance(obj, str):
                f.write(obj)
            else:
                json.dump(obj, f, ensure_ascii=False, indent=2)
                f.write("\n")
        os.replace(tmp, path)
    except OSError as e:
        _unlink_quietly(tmp)
        raise OutputError("cannot write %s: %s" % (display_path(path), e.strerror or e)) from None


def _unlink_quietly(path: str | os.PathLike) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


def _close_quietly(f) -> None:
    try:
        if f is not None and not f.closed:
            f.close()
    except OSError:
        pass


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


def _same(rec: object, sha: str | None, doc_id: str | None = None) -> bool:
    """Is ``rec`` a finished extraction of these bytes by this version? (Error records are
    retried; anything of another shape is not done.)"""
    if not (isinstance(rec, dict) and sha):
        return False
    src, pipe = rec.get("source"), rec.get("pipeline")
    return (
        isinstance(src, dict)
        and isinstance(pipe, dict)
        and (doc_id is None or rec.get("id") == doc_id)
        and src.get("sha256") == sha
        and pipe.get("version") == __version__
    )


class Resume:
    """What an earlier run already wrote: ``DIR/<id>.json`` and/or the ``--jsonl`` file (and the
    temporary file of a killed run). Unreadable or wrong-shaped outputs count as not done."""

    def __init__(self, out: Path | None, jsonl: str | None) -> None:
        self.out = out
        self.jsonl = jsonl if jsonl and jsonl != "-" else None
        self.previous: dict[str, dict] = {}
        if self.jsonl:
            # a finished earlier run, then what a killed run had written to its temporary file
            for earlier in (self.jsonl, self.jsonl + ".tmp"):
                try:
                    with open(earlier, "rb") as f:
                        for raw in f:
                            try:
                                rec = json.loads(raw.decode("utf-8"))
                            except ValueError:
                                continue  # a line cut by the interruption
                            if isinstance(rec, dict) and isinstance(rec.get("id"), str):
                                self.previous[rec["id"]] = rec
                except OSError:
                    continue

    def reuse(self, job: Job) -> dict | None:
        """The existing output of ``job`` when its input is unchanged, else None."""
        if job.path is None:
            return None
        sha = _file_sha256(job.path)
        if self.jsonl and job.doc_id in self.previous:
            rec = self.previous[job.doc_id]
            if _same(rec, sha, job.doc_id):
                return rec
        if self.out:
            target = self.out / (job.doc_id + ".json")
            try:
                rec = json.loads(target.read_bytes().decode("utf-8"))
            except (OSError, ValueError):
                return None
            if _same(rec, sha, job.doc_id):
                return rec
        return None


def _first_or_fail(jobs: Iterator[Job], inputs: list[str]) -> Iterator[Job]:
    """``jobs``, or :class:`NoInputs` at once when there is none."""
    first = next(jobs, None)
    if first is None:
        raise NoInputs(
            "no input files found in %s (directories are searched for *.txt)"
            % ", ".join(display_path(i) for i in inputs)
        )

    def chained() -> Iterator[Job]:
        yield first
        yield from jobs

    return chained()


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
            print("error: %s: %s: %s" % (display_path(label), error["code"], error["message"]), file=sys.stderr)
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


def prepare_output_dir(out: Path) -> None:
    """Create the output folder (``OutputError`` when it cannot be) and remove the temporary
    files a killed run left in it (both engines)."""
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise OutputError("cannot create %s: %s" % (display_path(out), e.strerror or e)) from None
    for stale in out.glob(".*.json.tmp"):  # left by a killed run
        _unlink_quietly(stale)


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
    timeout: float | None = None,
) -> Summary:
    """Extract every input into ``out_dir/<id>.json`` and/or one ``jsonl`` file.

    Raises :class:`NoInputs` when there is no input at all (nothing is written) and
    :class:`OutputError` when an output cannot be written (the batch stops; no
    temporary file is left, the ``jsonl`` file is not created).
    """
    t0 = time.perf_counter()
    inputs = list(inputs)
    summary = Summary()
    out = Path(out_dir) if out_dir else None
    planned = _first_or_fail(plan_jobs(inputs), inputs)
    if out:
        prepare_output_dir(out)
    resumed = Resume(out, jsonl) if resume else None
    sink = None
    tmp_jsonl = None
    if jsonl == "-":
        sink = sys.stdout
    elif jsonl:
        tmp_jsonl = jsonl + ".tmp"
        try:
            sink = open(tmp_jsonl, "w", encoding="utf-8")
        except OSError as e:
            raise OutputError("cannot write %s: %s" % (display_path(tmp_jsonl), e.strerror or e)) from None

    def todo() -> Iterator[Job]:
        for job in planned:
            job.record = resumed.reuse(job) if resumed else None
            yield job

    bar = _Progress(progress, inputs)
    results = run_jobs(todo(), workers, max_bytes, pretty=out is not None, html=html, timeout=timeout)
    try:
        for job, res in results:
            was_skipped = job.record is not None
            if was_skipped:
                summary.skipped += 1
            summary.count(job.label, res.doc_id, res.error)
            if out and not was_skipped:
                write_json_atomic(out / (res.doc_id + ".json"), res.pretty)
            if sink:
                try:
                    sink.write(res.line + "\n")
                except OSError as e:
                    raise OutputError("cannot write %s: %s" % (display_path(tmp_jsonl or "stdout"), e.strerror or e))
            if on_record:
                on_record(job, res)
            bar.advance(summary)
        if sink and sink is not sys.stdout:
            try:
                sink.close()
                if tmp_jsonl:
                    os.replace(tmp_jsonl, jsonl)
            except OSError as e:
                raise OutputError("cannot write %s: %s" % (display_path(jsonl), e.strerror or e)) from None
    except OutputError:
        if tmp_jsonl:
            _close_quietly(sink)
            _unlink_quietly(tmp_jsonl)  # a killed run keeps it (--resume reads it); a failed write does not
        raise
    finally:
        results.close()  # stops the workers now
        bar.close()
        if sink is not sys.stdout:
            _close_quietly(sink)
    summary.seconds = time.perf_counter() - t0
    return summary


class _Progress:
    """A rich progress bar on a terminal; nothing otherwise. The inputs are counted in a
    thread (nothing is read), so the total and the time left show as soon as they are known."""

    def __init__(self, enabled: bool, inputs: list[str] | None = None):
        self.bar = None
        if enabled and sys.stderr.isatty():
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeElapsedColumn,
                TimeRemainingColumn,
            )

            from rich.console import Console

            self.bar = Progress(
                TextColumn("extract"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.fields[rate]:.1f} docs/s, {task.fields[failed]} failed"),
                TimeElapsedColumn(),
                TextColumn("ETA"),
                TimeRemainingColumn(),
                console=Console(stderr=True),
                transient=True,
            )
            self.bar.start()
            self.task = self.bar.add_task("extract", total=None, rate=0.0, failed=0)
            self.t0 = time.perf_counter()
            if inputs is not None:
                threading.Thread(target=self._count, args=(inputs,), name="vnreport-count", daemon=True).start()

    def _count(self, inputs: list[str]) -> None:
        try:
            total = count_inputs(inputs)
        except Exception:  # noqa: BLE001 - no total, no harm
            return
        if self.bar is not None:
            self.bar.update(self.task, total=total)

    def advance(self, summary: Summary) -> None:
        if self.bar is not None:
            n = summary.done + summary.failed
            rate = n / max(1e-9, time.perf_counter() - self.t0)
            self.bar.update(self.task, completed=n, rate=rate, failed=summary.failed)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.stop()
            self.bar = None
