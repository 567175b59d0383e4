"""Batch extraction at scale: worker counts, kills and --resume, crash isolation, Dask.

Most tests run the real console script (``.venv/bin/vnreport``) in a
subprocess with a timeout, in ``tmp_path``, on small corpora of short report
texts written here (in the genre, not copied). The crash-isolation tests call
:func:`pipeline.batch.run_jobs` in this process, because its pool is created
here and its workers are this process's children.
"""

from __future__ import annotations

import errno
import json
import multiprocessing
import os
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from helpers import read_jsonl

VNREPORT = Path(sys.executable).parent / "vnreport"
SUMMARY = re.compile(r"(\d+) done, (\d+) failed, (\d+) skipped \(resume\)")
ANSI = re.compile(r"\x1b[\[\]()]")

SURNAMES = ["Nguyễn Văn", "Trần Thị", "Lê Quốc", "Phạm Minh", "Hoàng Đức", "Vũ Thị", "Đặng Xuân", "Bùi Thanh"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Hạnh", "Khánh", "Long", "Mai", "Nam", "Phong", "Quang", "Sơn", "Thảo"]
ROLES = ["Bí thư Huyện ủy", "Chủ tịch UBND huyện", "Phó Bí thư Thường trực Huyện ủy", "Chủ tịch HĐND xã"]
PLACES = ["Tân Lập", "Hòa Bình", "Đông Hưng", "Yên Thế", "Phú Lộc", "Thạch Hà"]


def report_text(i: int, long: bool = False) -> str:
    """A distinct short report: the name, role, percentages and counts vary with ``i``."""
    name = "%s %s" % (SURNAMES[i % len(SURNAMES)], GIVEN[(i // len(SURNAMES) + i) % len(GIVEN)])
    role = ROLES[i % len(ROLES)]
    text = (
        "Đồng chí %s, %s chủ trì hội nghị. Năm 2024, tổng thu ngân sách đạt %d,%d%% kế hoạch; "
        "có %d/30 chỉ tiêu đạt và vượt. Đồng chí đề nghị các ban, ngành tập trung hoàn thành nhiệm vụ năm 2025."
        % (name, role, 95 + i, i % 10, 10 + i % 20)
    )
    if long:
        for k in range(4):
            place = PLACES[(i + k) % len(PLACES)]
            text += (
                " Tại xã %s, tỷ lệ hộ nghèo giảm %d,%d%%; thu nhập bình quân đầu người tăng %d%% so với năm 2023."
                " Xã có %d/19 tiêu chí nông thôn mới đạt chuẩn." % (place, 1 + k, i % 9, 5 + (i + k) % 7, 10 + k)
            )
    return text + "\n"


def write_corpus(root: Path, n: int, *, bad: bool = True, long: bool = False) -> Path:
    """``n`` good reports (``d000.txt`` …), optionally 3 bad files, and a subfolder with a duplicate stem."""
    root.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (root / ("d%03d.txt" % i)).write_text(report_text(i, long), encoding="utf-8")
    if bad:
        (root / "bad_empty.txt").write_bytes(b"")
        (root / "bad_nul.txt").write_bytes(b"B\xc3\xa1o c\xc3\xa1o\x00\x00\x01 binary")
        (root / "bad_utf8.txt").write_bytes(b"Hello \xc3\x28 world \xff")
        (root / "sub").mkdir(exist_ok=True)
        (root / "sub" / "d000.txt").write_text(report_text(1000), encoding="utf-8")
        (root / "notes.md").write_text("not a .txt, not an input", encoding="utf-8")
    return root


def expected_labels(root_label: str, root: Path) -> list[str]:
    """Input order of a directory: sorted *.txt of each folder, top-down, folders sorted."""
    out = []
    for dirpath, dirs, files in os.walk(root):
        dirs.sort()
        rel = os.path.relpath(dirpath, root)
        for f in sorted(files):
            if f.endswith(".txt"):
                out.append(str(Path(root_label) / f) if rel == "." else str(Path(root_label) / rel / f))
    return out


def run(args, cwd, *, input_bytes: bytes | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    assert VNREPORT.exists(), f"console script not installed at {VNREPORT}"
    return subprocess.run(
        [str(VNREPORT), *map(str, args)], cwd=cwd, input=input_bytes, capture_output=True, timeout=timeout
    )


def err(proc) -> str:
    return proc.stderr.decode("utf-8", "replace")


def summary_of(proc) -> tuple[int, int, int]:
    m = SUMMARY.search(err(proc))
    assert m, "no summary line on stderr:\n" + err(proc)
    return int(m[1]), int(m[2]), int(m[3])




def dir_snapshot(d: Path) -> dict[str, bytes]:
    """Every file below ``d`` (relative name -> bytes), hidden ones included."""
    return {str(p.relative_to(d)): p.read_bytes() for p in sorted(d.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """A working directory holding ``c/`` (24 reports + 3 bad files + sub/d000.txt)."""
    work = tmp_path_factory.mktemp("batch")
    write_corpus(work / "c", 24)
    return work


@pytest.fixture(scope="module")
def reference(corpus) -> bytes:
    """JSONL of ``c`` by the local engine with one worker (the reference everything else must equal)."""
    proc = run(["extract", "c", "--workers", "1", "--jsonl", "ref.jsonl"], corpus)
    assert proc.returncode == 1, err(proc)  # the bad files
    return (corpus / "ref.jsonl").read_bytes()


# -- 1. determinism across worker counts ---------------------------------------


def test_two_workers_jsonl_is_byte_identical_in_input_order(corpus, reference):
    proc = run(["extract", "c", "--workers", "2", "--jsonl", "w2.jsonl"], corpus)
    assert proc.returncode == 1, err(proc)
    assert (corpus / "w2.jsonl").read_bytes() == reference
    assert not (corpus / "w2.jsonl.tmp").exists()

    recs = read_jsonl(corpus / "w2.jsonl")
    labels = expected_labels("c", corpus / "c")
    assert len(labels) == 24 + 4
    assert [r["source"]["path"] for r in recs] == labels  # one line per input, in input order
    ids = [r["id"] for r in recs]
    assert len(set(ids)) == len(ids)
    assert ids[labels.index("c/sub/d000.txt")] == "d000-2"  # same stem elsewhere: de-duplicated
    errors = {r["id"]: r["error"]["code"] for r in recs if "error" in r}
    assert errors == {"bad_empty": "empty", "bad_nul": "binary", "bad_utf8": "invalid_utf8"}
    for r in recs:
        if "error" not in r:
            assert r["officials"] and r["percentages"], r["id"]
    assert summary_of(proc) == (25, 3, 0)
    for bad in ("bad_empty", "bad_nul", "bad_utf8"):
        assert "error: c/%s.txt:" % bad in err(proc)


@pytest.mark.parametrize("n_docs, workers, started", [(1, 4, 1), (2, 8, 2), (6, 2, 2)])
def test_no_more_worker_processes_than_documents(tmp_path, monkeypatch, n_docs, workers, started):
    """Each worker loads the pipeline (seconds of CPU, ~200 MB): one file with ``-w 4`` starts one."""
    from concurrent.futures import ProcessPoolExecutor

    from pipeline import batch

    sizes = []

    def pool(size, **kw):
        sizes.append(size)
        return ProcessPoolExecutor(size, **kw)

    monkeypatch.setattr(batch, "ProcessPoolExecutor", pool)
    for i in range(n_docs):
        (tmp_path / ("d%d.txt" % i)).write_text("Đồng chí Lê Văn Tám, Bí thư Huyện ủy, phát biểu.", encoding="utf-8")
    out = list(batch.run_jobs(batch.plan_jobs([str(tmp_path)]), workers=workers, max_bytes=None))
    assert sizes == [started]
    assert [job.doc_id for job, _ in out] == ["d%d" % i for i in range(n_docs)]
    assert all(res.error is None and json.loads(res.line)["officials"][0]["name"] == "Lê Văn Tám" for _, res in out)


@pytest.mark.skipif(multiprocessing.get_start_method() != "fork", reason="workers inherit the pipeline only when forked")
def test_forked_workers_inherit_the_pipeline_loaded_once(tmp_path, monkeypatch):
    """Two workers, a pool restarted after a worker died: the pipeline is built once, here."""
    from pipeline import batch, nlp

    log = tmp_path / "builds.log"
    real_build = nlp.build

    def build():
        with open(log, "a") as f:
            f.write("%d\n" % os.getpid())
        return real_build()

    monkeypatch.setattr(nlp, "_NLP", None)
    monkeypatch.setattr(nlp, "build", build)
    monkeypatch.setenv("VNREPORT_TEST_FAULT", "crash-once:d2")
    docs = tmp_path / "c"
    docs.mkdir()
    for i in range(4):
        (docs / ("d%d.txt" % i)).write_text("Đồng chí Lê Văn Tám, Bí thư Huyện ủy, phát biểu.", encoding="utf-8")
    warnings = []
    out = list(batch.run_jobs(batch.plan_jobs([str(docs)]), workers=2, max_bytes=None, warn=warnings.append))
    assert [json.loads(res.line)["officials"][0]["name"] for _, res in out] == ["Lê Văn Tám"] * 4
    assert len(warnings) == 1 and "d2.txt" in warnings[0]  # a second pool was started
    assert log.read_text().split() == [str(os.getpid())]


def test_two_workers_output_dir_identical_to_one_worker(corpus, reference):
    p1 = run(["extract", "c", "--workers", "1", "-o", "o1", "--quiet"], corpus)
    p2 = run(["extract", "c", "--workers", "2", "-o", "o2", "--quiet"], corpus)
    assert p1.returncode == p2.returncode == 1, err(p1) + err(p2)
    s1, s2 = dir_snapshot(corpus / "o1"), dir_snapshot(corpus / "o2")
    assert s1 == s2
    assert len(s1) == 28 and all(name.endswith(".json") and not name.startswith(".") for name in s1)
    # the per-document files hold the same records as the JSONL
    by_id = {r["id"]: r for r in map(json.loads, reference.decode("utf-8").splitlines())}
    assert {Path(k).stem: json.loads(v) for k, v in s1.items()} == by_id


# -- 2. a real kill, then --resume ---------------------------------------------


def _start_and_kill(cwd: Path, args: list[str], ready) -> subprocess.Popen:
    """Start ``vnreport`` in its own process group, SIGKILL the group once ``ready()`` (bounded)."""
    proc = subprocess.Popen(
        [str(VNREPORT), *args], cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and proc.poll() is None and not ready():
            time.sleep(0.005)
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:  # pragma: no cover - only when the test itself fails
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=30)
        proc.stderr.close()
    return proc


def _interrupted_run(tmp_path: Path, args: list[str], ready, done) -> tuple[Path, int]:
    """A corpus and a run of ``args`` on it killed part-way; the corpus grows until the kill lands mid-run."""
    for attempt, n in enumerate((40, 120, 360)):
        work = tmp_path / ("try%d" % attempt)
        write_corpus(work / "c", n, long=True)
        proc = _start_and_kill(work, args, lambda: ready(work))
        if proc.returncode == -signal.SIGKILL and not done(work):
            return work, n
    pytest.fail("the first run always finished before it could be killed")


def test_kill_then_resume_output_dir_equals_uninterrupted_run(tmp_path):
    args = ["extract", "c", "-o", "out", "--workers", "2"]
    work, n = _interrupted_run(
        tmp_path,
        args,
        ready=lambda w: len(list((w / "out").glob("d*.json"))) >= 3,  # error records (bad_*) are retried
        done=lambda w: len(list((w / "out").glob("*.json"))) >= n_total(w),
    )
    partial = list((work / "out").glob("d*.json"))
    assert 3 <= len(partial) < n + 1

    resumed = run(args + ["--resume"], work)
    assert resumed.returncode == 1, err(resumed)  # the bad files, retried
    done_, failed, skipped = summary_of(resumed)
    assert (done_, failed) == (n + 1, 3)
    assert skipped >= 3  # what the killed run finished is not done again

    full = run(["extract", "c", "-o", "full", "--workers", "2", "--quiet"], work)
    assert full.returncode == 1, err(full)
    assert dir_snapshot(work / "out") == dir_snapshot(work / "full")
    assert not list((work / "out").glob(".*.tmp"))


def n_total(work: Path) -> int:
    return len(expected_labels("c", work / "c"))


def test_kill_then_resume_jsonl_equals_uninterrupted_run(tmp_path):
    args = ["extract", "c", "--jsonl", "out.jsonl", "--workers", "2"]
    tmp = "out.jsonl.tmp"
    work, n = _interrupted_run(
        tmp_path,
        args,
        ready=lambda w: (w / tmp).exists() and (w / tmp).stat().st_size > 0,
        done=lambda w: (w / "out.jsonl").exists(),
    )
    assert not (work / "out.jsonl").exists()  # JSONL appears only when complete

    resumed = run(args + ["--resume"], work)
    assert resumed.returncode == 1, err(resumed)
    assert summary_of(resumed)[:2] == (n + 1, 3)
    full = run(["extract", "c", "--jsonl", "full.jsonl", "--workers", "2", "--quiet"], work)
    assert full.returncode == 1, err(full)
    assert (work / "out.jsonl").read_bytes() == (work / "full.jsonl").read_bytes()
    assert not list(work.glob("*.tmp")) and not list(work.glob(".*.tmp"))


def test_kill_then_resume_jsonl_skips_finished_documents(tmp_path):
    args = ["extract", "c", "--jsonl", "out.jsonl", "--workers", "2"]
    tmp = "out.jsonl.tmp"
    work, n = _interrupted_run(
        tmp_path,
        args,
        ready=lambda w: (w / tmp).exists() and (w / tmp).stat().st_size > 8192,  # some whole records flushed
        done=lambda w: (w / "out.jsonl").exists(),
    )
    resumed = run(args + ["--resume"], work)
    assert resumed.returncode == 1, err(resumed)
    assert summary_of(resumed)[2] >= 1


# -- 3. --resume re-runs a changed input ------------------------------------------


@pytest.mark.parametrize("mode", ["dir", "jsonl"])
def test_resume_reruns_changed_input_and_keeps_the_others(tmp_path, mode):
    write_corpus(tmp_path / "c", 6, bad=False)
    out = ["-o", "out"] if mode == "dir" else ["--jsonl", "out.jsonl"]
    first = run(["extract", "c", *out, "--workers", "1"], tmp_path)
    assert first.returncode == 0, err(first)
    if mode == "dir":
        before = dir_snapshot(tmp_path / "out")
        mtimes = {p.name: p.stat().st_mtime_ns for p in (tmp_path / "out").glob("*.json")}
    else:
        before = {r["id"]: r for r in read_jsonl(tmp_path / "out.jsonl")}

    changed = tmp_path / "c" / "d003.txt"
    changed.write_text(report_text(3) + "Tỷ lệ che phủ rừng đạt 73,2%.\n", encoding="utf-8")
    time.sleep(0.05)
    again = run(["extract", "c", *out, "--workers", "2", "--resume"], tmp_path)
    assert again.returncode == 0, err(again)
    assert summary_of(again) == (6, 0, 5)

    if mode == "dir":
        after = dir_snapshot(tmp_path / "out")
        assert set(after) == set(before)
        for name in before:
            if name != "d003.json":
                assert after[name] == before[name]
                assert (tmp_path / "out" / name).stat().st_mtime_ns == mtimes[name]  # not rewritten
        new = json.loads(after["d003.json"])
    else:
        recs = read_jsonl(tmp_path / "out.jsonl")
        assert [r["id"] for r in recs] == list(before)
        for r in recs:
            if r["id"] != "d003":
                assert r == before[r["id"]]
        new = next(r for r in recs if r["id"] == "d003")
    assert new["source"]["sha256"] != before_sha(before, mode)
    assert 73.2 in [p["value"] for p in new["percentages"]]

    # and the resumed output is what a fresh run gives
    fresh = run(
        ["extract", "c", "--workers", "1", *(["-o", "fresh"] if mode == "dir" else ["--jsonl", "fresh.jsonl"])],
        tmp_path,
    )
    assert fresh.returncode == 0, err(fresh)
    if mode == "dir":
        assert dir_snapshot(tmp_path / "out") == dir_snapshot(tmp_path / "fresh")
    else:
        assert (tmp_path / "out.jsonl").read_bytes() == (tmp_path / "fresh.jsonl").read_bytes()


def before_sha(before: dict, mode: str) -> str:
    rec = json.loads(before["d003.json"]) if mode == "dir" else before["d003"]
    return rec["source"]["sha256"]


# -- 4. a worker that dies ------------------------------------------------------------


def _fifo_reader(fifo: str) -> int | None:
    """The pid of a child process of this one that has ``fifo`` open for reading."""
    for child in multiprocessing.active_children():
        fd_dir = "/proc/%d/fd" % child.pid
        try:
            fds = os.listdir(fd_dir)
        except OSError:
            continue
        for fd in fds:
            try:
                if os.readlink(os.path.join(fd_dir, fd)) != fifo:
                    continue
                with open("/proc/%d/fdinfo/%s" % (child.pid, fd)) as f:
                    flags = int(next(line for line in f if line.startswith("flags:")).split()[1], 8)
            except (OSError, StopIteration):
                continue
            if flags & os.O_ACCMODE == os.O_RDONLY:
                return child.pid
    return None


class FifoKiller(threading.Thread):
    """Kills, with SIGKILL, every worker that reads ``fifo``: the document that kills its worker.

    A worker opening a FIFO with no writer blocks in ``open()``. Opening the
    write end (non-blocking, so only once a reader waits) lets that ``open()``
    return; the reader then blocks in ``read()`` with the FIFO in its fd table,
    which is how it is found. After ``deadline`` the FIFO is released instead
    (the reader sees EOF), so nothing can hang.
    """

    def __init__(self, fifo: Path, gate: threading.Event | None = None, timeout: float = 60):
        super().__init__(daemon=True)
        self.fifo = os.path.realpath(fifo)
        self.gate = gate
        self.deadline = time.monotonic() + timeout
        self.stop = threading.Event()
        self.killed: list[int] = []

    def run(self) -> None:
        while not self.stop.is_set():
            if time.monotonic() > self.deadline:
                self.release()
                time.sleep(0.05)
                continue
            if self.gate is not None and not self.gate.is_set():
                time.sleep(0.01)
                continue
            try:
                wfd = os.open(self.fifo, os.O_WRONLY | os.O_NONBLOCK)
            except OSError as e:
                if e.errno != errno.ENXIO:  # ENXIO: no reader yet
                    raise
                time.sleep(0.01)
                continue
            try:
                pid = None
                until = time.monotonic() + 10
                while pid is None and time.monotonic() < until:
                    pid = _fifo_reader(self.fifo)
                    if pid is None:
                        time.sleep(0.01)
                if pid is not None:
                    os.kill(pid, signal.SIGKILL)
                    self.killed.append(pid)
                    while _fifo_reader(self.fifo) == pid and time.monotonic() < until:
                        time.sleep(0.01)
            finally:
                os.close(wfd)

    def release(self) -> None:
        try:
            os.close(os.open(self.fifo, os.O_WRONLY | os.O_NONBLOCK))
        except OSError:
            pass


def _crash_corpus(root: Path, n: int, crash_at: int) -> Path:
    root.mkdir()
    for i in range(n):
        if i == crash_at:
            os.mkfifo(root / ("d%03d.txt" % i))
        else:
            (root / ("d%03d.txt" % i)).write_text(report_text(i), encoding="utf-8")
    return root / ("d%03d.txt" % crash_at)


def _named(root: Path) -> list[str]:
    """The files of ``root`` named one by one: a FIFO named on the command line is read
    (process substitution); one found by listing a directory is refused (``not_regular``)."""
    return sorted(str(p) for p in root.iterdir())


def _consume(gen, results: list, on_item=None) -> threading.Thread:
    box: dict = {}

    def target():
        try:
            for job, res in gen:
                results.append((job, res))
                if on_item:
                    on_item(job, res)
        except BaseException as e:  # noqa: BLE001 - handed to the test
            box["error"] = e

    t = threading.Thread(target=target, daemon=True)
    t.box = box
    t.start()
    return t


@pytest.fixture(scope="module")
def loaded_pipeline():
    """Load the pipeline here, so forked workers start at once (they inherit it)."""
    from pipeline.nlp import load

    load()


def test_worker_that_dies_gets_worker_died_and_the_batch_goes_on(tmp_path, loaded_pipeline):
    from pipeline.batch import plan_jobs, run_jobs

    n, crash_at = 11, 2
    fifo = _crash_corpus(tmp_path / "c", n, crash_at)
    jobs = plan_jobs(_named(tmp_path / "c"))
    # kill only once everything before the culprit was consumed: the consumer then waits on its future
    gate = threading.Event()
    killer = FifoKiller(fifo, gate)

    def on_item(job, res):
        if job.index == crash_at - 1:
            threading.Timer(0.5, gate.set).start()

    results: list = []
    killer.start()
    consumer = _consume(run_jobs(jobs, workers=2, max_bytes=None), results, on_item)
    consumer.join(timeout=90)
    killer.stop.set()
    killer.release()
    killer.join(timeout=10)
    assert not consumer.is_alive(), "run_jobs did not finish"
    assert "error" not in consumer.box, repr(consumer.box.get("error"))

    assert killer.killed, "the blocked worker was never found"
    assert [job.index for job, _ in results] == list(range(n))
    assert [res.doc_id for _, res in results] == ["d%03d" % i for i in range(n)]
    for job, res in results:
        rec = json.loads(res.line)
        if job.index == crash_at:
            assert res.error["code"] == "worker_died"
            assert rec["error"]["code"] == "worker_died" and rec["source"]["path"] == str(fifo)
        else:
            assert res.error is None, res.error
            assert rec["officials"] and rec["source"]["path"].endswith("d%03d.txt" % job.index)


def test_worker_dies_while_consumer_is_between_results(tmp_path, loaded_pipeline):
    from pipeline.batch import plan_jobs, run_jobs

    n, crash_at = 12, 2  # more jobs than the window (workers * 4): the window is refilled
    fifo = _crash_corpus(tmp_path / "c", n, crash_at)
    gate = threading.Event()  # kill only after job 0 came back: its future is done, not failed
    killer = FifoKiller(fifo, gate)

    def slow_consumer(job, res):
        if job.index == 0:  # e.g. writing outputs: the worker dies meanwhile
            gate.set()
            until = time.monotonic() + 30
            while not killer.killed and time.monotonic() < until:
                time.sleep(0.01)
            time.sleep(1.0)

    results: list = []
    killer.start()
    consumer = _consume(run_jobs(plan_jobs(_named(tmp_path / "c")), workers=2, max_bytes=None), results, slow_consumer)
    consumer.join(timeout=90)
    killer.stop.set()
    killer.release()
    killer.join(timeout=10)
    assert not consumer.is_alive(), "run_jobs did not finish"
    if "error" in consumer.box:
        raise consumer.box["error"]
    assert [job.index for job, _ in results] == list(range(n))
    assert [res.error["code"] if res.error else None for _, res in results].count("worker_died") == 1


# -- 5. the Dask engine -------------------------------------------------------------------


def test_dask_engine_equals_local_engine(corpus, reference):
    proc = run(["extract", "c", "--engine", "dask", "--workers", "2", "--jsonl", "dask.jsonl", "-o", "dask_out"], corpus)
    assert proc.returncode == 1, err(proc)
    assert summary_of(proc) == (25, 3, 0)
    assert (corpus / "dask.jsonl").read_bytes() == reference
    assert not (corpus / "dask.jsonl.tmp").exists()

    ref = [json.loads(line) for line in reference.decode("utf-8").splitlines()]
    # DIR/<id>.json as the local engine writes them
    local = run(["extract", "c", "--workers", "2", "-o", "local_out", "--quiet"], corpus)
    assert local.returncode == 1
    snap = dir_snapshot(corpus / "dask_out")
    assert {k: v for k, v in snap.items() if not k.startswith("parts/")} == dir_snapshot(corpus / "local_out")

    parts = sorted((corpus / "dask_out" / "parts").glob("part-*.jsonl"))
    assert parts and not list((corpus / "dask_out" / "parts").glob(".*.tmp"))
    part_recs = [json.loads(line) for p in parts for line in p.read_text(encoding="utf-8").splitlines()]

    def strip(rec):
        rec = json.loads(json.dumps(rec))
        rec["source"].pop("path")
        return rec

    assert sorted(r["id"] for r in part_recs) == sorted(r["id"] for r in ref)  # every input once
    assert sorted(map(json.dumps, map(strip, part_recs))) == sorted(map(json.dumps, map(strip, ref)))
    assert all(os.path.isabs(r["source"]["path"]) for r in part_recs)


def test_dask_engine_source_path_of_dotted_file_input(corpus):
    args = ["extract", "./c/d000.txt", "--jsonl"]
    local = run(args + ["local_dot.jsonl", "--workers", "1"], corpus)
    dask = run(args + ["dask_dot.jsonl", "--engine", "dask", "--workers", "2"], corpus)
    assert local.returncode == dask.returncode == 0, err(local) + err(dask)
    assert (corpus / "dask_dot.jsonl").read_bytes() == (corpus / "local_dot.jsonl").read_bytes()


def test_dask_engine_error_record_of_missing_file(corpus):
    args = ["extract", "missing.txt", "--jsonl"]
    local = run(args + ["local_missing.jsonl", "--workers", "1"], corpus)
    dask = run(args + ["dask_missing.jsonl", "--engine", "dask", "--workers", "2"], corpus)
    assert local.returncode == dask.returncode == 1, err(local) + err(dask)
    assert (corpus / "dask_missing.jsonl").read_bytes() == (corpus / "local_missing.jsonl").read_bytes()


# -- 6. stdin, summary, progress ---------------------------------------------------------------


def test_stdin_quiet_and_summary(corpus, reference):
    data = report_text(7).encode("utf-8")
    quiet = run(["extract", "-", "--jsonl", "-", "--quiet"], corpus, input_bytes=data)
    assert quiet.returncode == 0, err(quiet)
    assert quiet.stderr == b""  # no summary, no progress bar
    lines = quiet.stdout.decode("utf-8").splitlines()
    assert len(lines) == 1
    rec = json.loads(lines[0])
    assert rec["source"]["path"] is None and rec["officials"]
    # the same text from a file gives the same extraction
    from_file = next(r for r in map(json.loads, reference.decode("utf-8").splitlines()) if r["id"] == "d007")
    assert rec["source"]["sha256"] == from_file["source"]["sha256"]
    assert rec["percentages"] == from_file["percentages"] and rec["officials"] == from_file["officials"]

    loud = run(["extract", "-", "--jsonl", "-"], corpus, input_bytes=data)
    assert loud.returncode == 0
    assert loud.stdout == quiet.stdout
    assert re.fullmatch(r"1 done, 0 failed, 0 skipped \(resume\), [\d.]+ s, [\d.]+ docs/s\n", err(loud))


def test_summary_on_stderr_and_no_progress_bar_when_not_a_tty(corpus):
    proc = run(["extract", "c", "--workers", "2", "-o", "o_tty"], corpus)
    assert proc.returncode == 1
    text = err(proc)
    assert summary_of(proc) == (25, 3, 0)
    assert not ANSI.search(text) and "\r" not in text
    assert [line for line in text.splitlines() if not line.startswith("error: ")] == [
        line for line in text.splitlines() if SUMMARY.search(line)
    ]
    quiet = run(["extract", "c", "--workers", "2", "-o", "o_tty_q", "--quiet"], corpus)
    assert quiet.returncode == 1
    assert not SUMMARY.search(err(quiet)) and not ANSI.search(err(quiet))
    # errors are still reported, one line each
    assert sorted(line.split(":")[1].strip() for line in err(quiet).splitlines()) == [
        "c/bad_empty.txt",
        "c/bad_nul.txt",
        "c/bad_utf8.txt",
    ]
    assert proc.stdout == quiet.stdout == b""
