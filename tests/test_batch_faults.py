"""Batch faults through the real entry point: resume on every engine, exit codes, odd file
names, FIFOs and devices, per-document time limit, output errors, broken earlier outputs,
parent death, worker death, progress total.

Each test runs the installed console script (``.venv/bin/vnreport``) in a subprocess, with
this tree first on ``PYTHONPATH``, on short report texts written here (in the genre, not
copied). Faults that need a worker to die or hang use the test-only hook
``VNREPORT_TEST_FAULT`` (see :func:`pipeline.batch._test_fault`).
"""

from __future__ import annotations

import errno
import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
VNREPORT = Path(sys.executable).parent / "vnreport"
SUMMARY = re.compile(r"(\d+) done, (\d+) failed, (\d+) skipped \(resume\)")

NAMES = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Quốc Cường", "Phạm Minh Dũng", "Hoàng Đức Hạnh", "Vũ Thị Khánh"]
ROLES = ["Bí thư Huyện ủy", "Chủ tịch UBND huyện", "Phó Bí thư Đảng ủy xã", "Chủ tịch HĐND xã"]


def text(i: int) -> str:
    return (
        "Đồng chí %s, %s phát biểu tại hội nghị. Tỷ lệ hộ nghèo giảm %d,%02d%%; "
        "có %d/19 tiêu chí nông thôn mới đạt chuẩn.\n" % (NAMES[i % len(NAMES)], ROLES[i % len(ROLES)], 1 + i % 5, i, 10 + i % 9)
    )


def corpus(root: Path, n: int) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (root / ("d%03d.txt" % i)).write_text(text(i), encoding="utf-8")
    return root


def env(**extra) -> dict:
    e = dict(os.environ)
    e["PYTHONPATH"] = str(REPO) + (os.pathsep + e["PYTHONPATH"] if e.get("PYTHONPATH") else "")
    e.pop("VNREPORT_TEST_FAULT", None)
    e.update(extra)
    return e


def run(args, cwd, *, timeout: float = 240, **extra) -> subprocess.CompletedProcess:
    assert VNREPORT.exists(), f"console script not installed at {VNREPORT}"
    return subprocess.run(
        [str(VNREPORT), *map(str, args)], cwd=cwd, capture_output=True, timeout=timeout, env=env(**extra)
    )


def err(proc) -> str:
    return proc.stderr.decode("utf-8", "strict")  # stderr must be valid UTF-8 too


def summary_of(proc) -> tuple[int, int, int]:
    m = SUMMARY.search(err(proc))
    assert m, "no summary line on stderr:\n" + err(proc)
    return int(m[1]), int(m[2]), int(m[3])


def snapshot(d: Path, skip: str = "parts/") -> dict[str, bytes]:
    return {str(p.relative_to(d)): p.read_bytes() for p in sorted(d.rglob("*"))
            if p.is_file() and not str(p.relative_to(d)).startswith(skip)}


def tmp_files(d: Path) -> list[Path]:
    return [p for p in d.rglob("*") if p.name.endswith(".tmp")]


@pytest.fixture(scope="module")
def work(tmp_path_factory) -> Path:
    """``c/`` (10 reports) and the reference outputs of the local engine, one worker."""
    w = tmp_path_factory.mktemp("faults")
    corpus(w / "c", 10)
    proc = run(["extract", "c", "-w", "1", "-o", "ref_out", "--jsonl", "ref.jsonl", "-q"], w)
    assert proc.returncode == 0, err(proc)
    return w


# -- 1. --resume with the Dask engine ------------------------------------------------------


def test_dask_resume_skips_finished_outputs_and_equals_uninterrupted_run(work):
    first = run(["extract", "c", "--engine", "dask", "-w", "2", "-o", "dk", "-q"], work)
    assert first.returncode == 0, err(first)
    out = work / "dk"
    assert snapshot(out) == snapshot(work / "ref_out")
    # an interrupted run: 4 outputs missing, one cut short, a stale temporary file
    for i in (1, 4, 5, 8):
        (out / ("d%03d.json" % i)).unlink()
    (out / "d006.json").write_text('{"id": "d006", "sour', encoding="utf-8")
    (out / ".d001.json.tmp").write_text("{", encoding="utf-8")
    kept = {p.name: (p.stat().st_ino, p.stat().st_mtime_ns) for p in out.glob("d*.json") if p.name != "d006.json"}
    assert len(kept) == 5
    time.sleep(0.05)

    again = run(["extract", "c", "--engine", "dask", "-w", "2", "-o", "dk", "--jsonl", "dk.jsonl", "--resume"], work)
    assert again.returncode == 0, err(again)
    assert summary_of(again) == (10, 0, 5)
    for name, st in kept.items():  # finished outputs are not rewritten
        p = out / name
        assert (p.stat().st_ino, p.stat().st_mtime_ns) == st, name
    assert snapshot(out) == snapshot(work / "ref_out")
    assert not tmp_files(out)
    assert (work / "dk.jsonl").read_bytes() == (work / "ref.jsonl").read_bytes()

    # everything done: nothing runs (no cluster), same bytes
    third = run(["extract", "c", "--engine", "dask", "-o", "dk", "--jsonl", "dk.jsonl", "--resume"], work)
    assert third.returncode == 0 and summary_of(third) == (10, 0, 10)
    assert (work / "dk.jsonl").read_bytes() == (work / "ref.jsonl").read_bytes()


# -- 2. exit codes ---------------------------------------------------------------------------


@pytest.mark.parametrize("engine", ["local", "dask"])
def test_no_inputs_exit_2(tmp_path, engine):
    (tmp_path / "empty").mkdir()
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "readme.md").write_text("không phải .txt", encoding="utf-8")
    for inputs in (["empty"], ["notes"], ["nomatch/*.txt"], ["empty", "notes"]):
        proc = run(["extract", *inputs, "-o", "out", "--jsonl", "all.jsonl", "--engine", engine], tmp_path)
        assert proc.returncode == 2, (inputs, err(proc))
        assert "no input files found" in err(proc)
        assert not (tmp_path / "out").exists() and not list(tmp_path.glob("all.jsonl*"))
    assert "warning: no file matches nomatch/*.txt" in err(
        run(["extract", "nomatch/*.txt", "--jsonl", "-"], tmp_path))


def test_quoted_pattern_is_expanded_and_failures_exit_1(work):
    proc = run(["extract", "c/d00[0-2].txt", "--jsonl", "-", "-q"], work)
    assert proc.returncode == 0, err(proc)
    assert [json.loads(x)["id"] for x in proc.stdout.decode().splitlines()] == ["d000", "d001", "d002"]
    proc = run(["extract", "c/d000.txt", "missing.txt", "--jsonl", "-", "-q"], work)
    assert proc.returncode == 1


def test_readme_documents_exit_codes():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for code in ("`0`", "`1`", "`2`", "`3`"):
        assert code in readme
    assert "not_regular" in readme and "timeout" in readme and "worker_died" in readme


# -- 3. undecodable file names ---------------------------------------------------------------


@pytest.mark.parametrize("workers", ["1", "2"])
def test_undecodable_file_names_are_ordinary_documents(tmp_path, workers):
    c = tmp_path / "c"
    corpus(c, 2)
    raw_dir = os.fsencode(c)
    with open(raw_dir + b"/b\xe1o c\xe1o.txt", "wb") as f:  # latin-1 bytes: not UTF-8
        f.write(text(7).encode("utf-8"))
    with open(raw_dir + b"/r\xf6ng\xff.txt", "wb"):  # empty: an error record
        pass
    proc = run(["extract", "c", "-w", workers, "-o", "out", "--jsonl", "all.jsonl"], tmp_path)
    assert proc.returncode == 1, proc.stderr
    assert summary_of(proc) == (3, 1, 0)
    assert "error: c/r\\xf6ng\\xff.txt: empty: " in err(proc)
    recs = [json.loads(line) for line in (tmp_path / "all.jsonl").read_text(encoding="utf-8").splitlines()]
    by_path = {r["source"]["path"]: r for r in recs}
    good = by_path["c/b\\xe1o c\\xe1o.txt"]
    assert good["id"] == "b_o_c_o" and good["officials"]
    bad = by_path["c/r\\xf6ng\\xff.txt"]
    assert bad["error"]["code"] == "empty"
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(r["id"] + ".json" for r in recs)
    assert not tmp_files(tmp_path)
    # the name of a missing file, given directly
    proc = run(["extract", os.fsdecode(raw_dir + b"/kh\xf4ng.txt"), "--jsonl", "-"], tmp_path)
    assert proc.returncode == 1
    rec = json.loads(proc.stdout)
    assert rec["error"]["code"] == "not_found" and rec["source"]["path"].endswith("/kh\\xf4ng.txt")
    assert "kh\\xf4ng.txt" in rec["error"]["message"] and "kh\\xf4ng.txt" in err(proc)


# -- 4. only regular files from a directory -------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
@pytest.mark.parametrize("workers", ["1", "2"])
def test_fifo_and_device_in_input_folder_are_not_regular(tmp_path, workers):
    c = corpus(tmp_path / "c", 3)
    os.mkfifo(c / "pipe.txt")  # no writer: opening it would block for ever
    os.symlink("/dev/zero", c / "zero.txt")  # a device: reading it would never end
    proc = run(["extract", "c", "-w", workers, "--jsonl", "all.jsonl"], tmp_path, timeout=120)
    assert proc.returncode == 1, err(proc)
    recs = {r["id"]: r for r in map(json.loads, (tmp_path / "all.jsonl").read_text(encoding="utf-8").splitlines())}
    assert recs["pipe"]["error"]["code"] == "not_regular"
    assert recs["zero"]["error"]["code"] == "not_regular"
    assert recs["pipe"]["source"]["path"] == "c/pipe.txt"
    assert all(recs["d%03d" % i]["officials"] for i in range(3))
    assert summary_of(proc) == (3, 2, 0)


# -- 5. per-document time limit ---------------------------------------------------------------


@pytest.mark.parametrize("workers", ["1", "2"])
def test_runaway_document_times_out_and_the_batch_goes_on(work, workers):
    t0 = time.monotonic()
    proc = run(["extract", "c", "-w", workers, "--timeout", "2", "--jsonl", "t%s.jsonl" % workers], work,
               VNREPORT_TEST_FAULT="hang:d004")
    assert time.monotonic() - t0 < 120
    assert proc.returncode == 1, err(proc)
    assert re.search(r"^error: c/d004\.txt: timeout: extraction took longer than 2 s", err(proc), re.M)
    recs = (work / ("t%s.jsonl" % workers)).read_text(encoding="utf-8").splitlines()
    ref = (work / "ref.jsonl").read_text(encoding="utf-8").splitlines()
    assert json.loads(recs[4])["error"]["code"] == "timeout"
    assert recs[:4] + recs[5:] == ref[:4] + ref[5:]


def test_big_document_over_the_time_limit(tmp_path):
    """A real document, no hook: ~1 MB takes many seconds, far over a 3 s limit (which the
    small one meets even on a loaded machine)."""
    c = tmp_path / "c"
    c.mkdir()
    (c / "big.txt").write_text(text(1) * 6000, encoding="utf-8")
    (c / "small.txt").write_text(text(2), encoding="utf-8")
    proc = run(["extract", "c", "-w", "1", "--timeout", "3", "--jsonl", "-", "-q"], tmp_path)
    assert proc.returncode == 1, err(proc)
    big, small = map(json.loads, proc.stdout.decode("utf-8").splitlines())
    assert big["error"]["code"] == "timeout" and small["officials"]


# -- 6. output errors stop the batch: one line, exit 3, no partial files -----------------------


def test_directory_in_the_way_of_an_output_exit_3(work, tmp_path):
    out = tmp_path / "out"
    (out / "d003.json").mkdir(parents=True)
    proc = run(["extract", str(work / "c"), "-w", "2", "-o", "out", "--jsonl", "all.jsonl"], tmp_path)
    assert proc.returncode == 3, err(proc)
    lines = err(proc).splitlines()
    assert lines == ["error: cannot write out/d003.json: Is a directory; the batch stopped"], lines
    assert not tmp_files(tmp_path) and not list(tmp_path.glob("all.jsonl*"))
    # what was written is whole: the documents before it
    assert sorted(p.name for p in out.glob("*.json") if p.is_file()) == ["d000.json", "d001.json", "d002.json"]
    for p in out.glob("*.json"):
        if p.is_file():
            ref = (work / "ref_out" / p.name).read_text(encoding="utf-8")
            assert p.read_text(encoding="utf-8") == ref.replace('"path": "c/', '"path": "%s/' % (work / "c"))


def test_unwritable_jsonl_exit_3(work, tmp_path):
    proc = run(["extract", str(work / "c"), "--jsonl", "/proc/self/x.jsonl", "-q"], tmp_path)
    assert proc.returncode == 3, err(proc)
    assert len(err(proc).splitlines()) == 1 and err(proc).startswith("error: cannot write /proc/self/x.jsonl.tmp")
    (tmp_path / "taken").mkdir()
    proc = run(["extract", str(work / "c"), "-o", "taken/sub", "--jsonl", "taken", "-q"], tmp_path)
    assert proc.returncode == 2  # a directory given as --jsonl: a usage error, found before anything runs


@pytest.mark.parametrize("where", ["jsonl-rename", "jsonl-write", "json-file"])
def test_full_disk_stops_run_batch_and_leaves_no_tmp(work, tmp_path, monkeypatch, where):
    import pipeline.batch as batch

    def full(*a, **k):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    if where == "jsonl-rename":
        monkeypatch.setattr(batch.os, "replace", full)
    elif where == "json-file":
        real = os.replace
        monkeypatch.setattr(batch.os, "replace", lambda a, b: full() if str(b).endswith("d002.json") else real(a, b))
    else:
        real_open = open

        class Full:
            def __init__(self, f):
                self.f, self.closed = f, False

            def write(self, s):
                full()

            def close(self):
                self.closed = True
                self.f.close()

        monkeypatch.setattr(batch, "open", lambda *a, **k: Full(real_open(*a, **k)), raising=False)
    jsonl = str(tmp_path / "all.jsonl")
    with pytest.raises(batch.OutputError) as ei:
        batch.run_batch([str(work / "c")], out_dir=tmp_path / "out" if where == "json-file" else None,
                        jsonl=jsonl, workers=1)
    assert "No space left on device" in str(ei.value)
    assert not tmp_files(tmp_path) and not os.path.exists(jsonl)


# -- 7. --resume over unreadable or wrong-shaped outputs ------------------------------------


def test_resume_over_wrong_shaped_outputs(work, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    sha = json.loads((work / "ref_out" / "d000.json").read_text(encoding="utf-8"))["source"]["sha256"]
    broken = {
        "d000": '{"id": "d000", "source": {"sha256": "%s"}, "pipeline": "0.1.0"}' % sha,
        "d001": "[1, 2, 3]",
        "d002": '{"id": "d002"}',
        "d003": '{"id": "d003", "source": [1], "pipeline": {}}',
        "d004": '"text"',
        "d005": '{"id": "other", "source": {"sha256": "%s"}, "pipeline": {"version": "0.1.0"}}' % sha,
    }
    for k, v in broken.items():
        (out / (k + ".json")).write_text(v, encoding="utf-8")
    (out / "d006.json").write_bytes(b"\xff\xfe{")
    (tmp_path / "all.jsonl").write_bytes(b'[]\n{"id": ["d007"]}\n"x"\n{"id": "d008", "source": 3}\n\xff\n')
    proc = run(["extract", "c", "-o", out, "--jsonl", tmp_path / "all.jsonl", "--resume", "-w", "2"], work)
    assert proc.returncode == 0, err(proc)
    assert summary_of(proc) == (10, 0, 0)
    assert snapshot(out) == snapshot(work / "ref_out")
    assert (tmp_path / "all.jsonl").read_bytes() == (work / "ref.jsonl").read_bytes()


# -- 8. workers exit when the parent dies ------------------------------------------------------


def _children(pid: int) -> set[int]:
    kids = set()
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path("/proc", entry, "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                kids.add(int(entry))
    return kids


def _alive(pid: int) -> bool:
    try:
        state = Path("/proc", str(pid), "stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"  # a zombie has exited; only its reaper is missing


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_workers_exit_when_the_parent_is_killed(work, tmp_path):
    # every document hangs (test hook), so the workers are surely busy when the parent dies
    proc = subprocess.Popen([str(VNREPORT), "extract", str(work / "c"), "-w", "2", "--jsonl", "x.jsonl", "-q"],
                            cwd=tmp_path, env=env(VNREPORT_TEST_FAULT="hang:/d0"), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    try:
        until = time.monotonic() + 120
        workers: set[int] = set()
        while len(workers) < 2 and time.monotonic() < until:
            workers = {k for k in _children(proc.pid) if _alive(k)}
            time.sleep(0.2)
        assert len(workers) >= 2, "the workers never started"
        time.sleep(1.0)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
    until = time.monotonic() + 10
    while any(map(_alive, workers)) and time.monotonic() < until:
        time.sleep(0.1)
    left = [k for k in workers if _alive(k)]
    for k in left:
        os.kill(k, signal.SIGKILL)
    assert not left, "workers still running 10 s after the parent was killed"


# -- 9. a worker that dies: one retry, in parallel, with a warning -----------------------------


def test_worker_killed_twice_gets_worker_died_and_a_warning(work):
    t0 = time.monotonic()
    proc = run(["extract", "c", "-w", "2", "--jsonl", "wd.jsonl"], work, VNREPORT_TEST_FAULT="crash:d003")
    assert time.monotonic() - t0 < 150
    assert proc.returncode == 1, err(proc)
    text_ = err(proc)
    assert re.search(r"^warning: a worker process died \(killed by SIGKILL\) while extracting c/d003\.txt; "
                     r"retrying it once", text_, re.M), text_
    assert re.search(r"^error: c/d003\.txt: worker_died: ", text_, re.M)
    assert summary_of(proc) == (9, 1, 0)
    recs = (work / "wd.jsonl").read_text(encoding="utf-8").splitlines()
    ref = (work / "ref.jsonl").read_text(encoding="utf-8").splitlines()
    assert json.loads(recs[3])["error"]["code"] == "worker_died"
    assert recs[:3] + recs[4:] == ref[:3] + ref[4:]


def test_worker_killed_once_is_retried_and_succeeds(work, tmp_path):
    c = corpus(tmp_path / "c", 10)
    proc = run(["extract", "c", "-w", "2", "--jsonl", "once.jsonl"], tmp_path, VNREPORT_TEST_FAULT="crash-once:d005")
    assert proc.returncode == 0, err(proc)
    assert (c / "d005.txt.crashed").exists()  # the hook did kill the worker once
    assert len(re.findall(r"^warning: a worker process died", err(proc), re.M)) == 1
    ref = (work / "ref.jsonl").read_text(encoding="utf-8").replace(str(work / "c"), "c")
    assert (tmp_path / "once.jsonl").read_text(encoding="utf-8") == ref


# -- 10. progress: a total and the time left ----------------------------------------------------


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="needs a pty")
def test_progress_shows_total_on_a_terminal(work, tmp_path):
    import pty

    master, slave = pty.openpty()
    proc = subprocess.Popen([str(VNREPORT), "extract", str(work / "c"), "-w", "1", "--jsonl", "p.jsonl"],
                            cwd=tmp_path, env=env(TERM="xterm", COLUMNS="120"), stdout=subprocess.DEVNULL,
                            stderr=slave)
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:  # EIO: the process closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    assert proc.wait(240) == 0
    screen = b"".join(chunks).decode("utf-8", "replace")
    assert re.search(r"\b\d+/10\b", screen), screen[-2000:]  # the total (counted in the background) ...
    assert "/?" not in screen[screen.index("/10"):] and "ETA" in screen  # ... stays
