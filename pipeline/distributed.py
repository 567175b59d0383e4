"""The same batch extraction on a Dask cluster (``--engine dask``).

Jobs (paths and their ids, planned here exactly as the local engine plans
them) are cut into partitions, one Dask task each; each Dask worker process
loads the pipeline once (``pipeline.nlp.load`` is cached per process) and
runs :func:`pipeline.batch.process_job` on its partition. Every partition is
also written as ``DIR/parts/part-NNNNN.jsonl`` by the worker when an output
directory is given, and the records come back to the client in input order,
so ``--jsonl`` and ``DIR/<id>.json`` are identical to the local engine's.

The cluster needs the same files at the same paths (a shared file system) and
``pip install 'vnreport[dask]'`` on every worker. ``--resume`` works as with the
local engine. ``--timeout`` is not enforced here: Dask runs tasks in worker
threads, where SIGALRM cannot interrupt them.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Iterable

from .batch import (
    Job,
    OutputError,
    Resume,
    Summary,
    _close_quietly,
    _first_or_fail,
    _unlink_quietly,
    plan_jobs,
    prepare_output_dir,
    process_job,
    write_json_atomic,
)
from .io import display_path


def _run_partition(jobs: list[Job], max_bytes: int | None, part_dir: str | None, html: bool = False) -> list[dict]:
    records = [process_job(job, max_bytes, html) for job in jobs]
    if part_dir and jobs:
        path = Path(part_dir) / ("part-%05d.jsonl" % jobs[0].index)
        tmp = path.with_name("." + path.name + ".tmp")
        with open(tmp, "w", encoding="utf-8") as f:
            for rec in records:
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        os.replace(tmp, path)
    return records


def run_dask(
    inputs: Iterable[str],
    *,
    out_dir: str | None = None,
    jsonl: str | None = None,
    scheduler: str | None = None,
    max_bytes: int | None = None,
    workers: int = 2,
    partition_size: int = 50,
    html: bool = False,
    resume: bool = False,
) -> Summary:
    """Extract on Dask distributed; a LocalCluster with ``workers`` processes when no scheduler.

    ``DIR/<id>.json`` files are written as each partition comes back, so ``resume``
    (as in the local engine) skips what an interrupted run finished.
    """
    try:
        from distributed import Client, LocalCluster, as_completed
    except ImportError as e:  # pragma: no cover - depends on the extra
        raise SystemExit("the dask engine needs: pip install 'vnreport[dask]' (%s)" % e)

    t0 = time.perf_counter()
    inputs = list(inputs)
    jobs = list(_first_or_fail(plan_jobs(inputs), inputs))  # ids must be planned in one place, in input order
    out = Path(out_dir).resolve() if out_dir else None
    if out:
        prepare_output_dir(out)
    if resume:
        done = Resume(out, jsonl)
        for job in jobs:
            job.record = done.reuse(job)
    given = {job.index: job.path for job in jobs}  # paths as the local engine reports them
    for job in jobs:
        if job.path is not None:
            job.path = os.path.abspath(job.path)
    todo = [job for job in jobs if job.record is None]
    parts = [todo[i : i + partition_size] for i in range(0, len(todo), partition_size)]
    records: dict[int, dict] = {}
    part_dir = out / "parts" if out else None
    if parts:
        if part_dir:
            part_dir.mkdir(exist_ok=True)
        cluster = None
        if scheduler:
            client = Client(scheduler)
        else:
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
            client = Client(cluster)
        try:
            futures = client.map(
                _run_partition, parts, max_bytes=max_bytes, part_dir=str(part_dir) if part_dir else None,
                html=html, pure=False,
            )
            which = {fut.key: part for fut, part in zip(futures, parts)}
            for fut, part_records in as_completed(futures, with_results=True):
                for job, rec in zip(which[fut.key], part_records):
                    rec = _relabel(rec, job, given[job.index])
                    records[job.index] = rec
                    if out:  # written as soon as known: an interrupted run can be resumed
                        write_json_atomic(out / (rec["id"] + ".json"), rec)
        finally:
            client.close()
            if cluster is not None:
                cluster.close()
    summary = Summary()
    sink = None
    tmp = jsonl + ".tmp" if jsonl and jsonl != "-" else None
    try:
        if jsonl == "-":
            sink = sys.stdout
        elif tmp:
            sink = open(tmp, "w", encoding="utf-8")
        for job in jobs:
            if job.record is not None:
                summary.skipped += 1
                rec = job.record
            else:
                rec = records[job.index]
            summary.count(job.label, rec["id"], rec.get("error"))
            if sink:
                sink.write(json.dumps(rec, ensure_ascii=False) + "\n")
        if tmp:
            sink.close()
            os.replace(tmp, jsonl)
    except OSError as e:
        if tmp:
            _close_quietly(sink)
            _unlink_quietly(tmp)
        raise OutputError("cannot write %s: %s" % (display_path(jsonl), e.strerror or e)) from None
    finally:
        if sink is not sys.stdout:
            _close_quietly(sink)
    summary.seconds = time.perf_counter() - t0
    return summary


def _relabel(rec: dict, job: Job, path: str | None) -> dict:
    """Paths as the local engine reports them (the cluster was given absolute ones)."""
    shown = display_path(path) if path is not None else None
    rec["source"]["path"] = shown
    if "error" in rec and job.path and shown:
        rec["error"]["message"] = rec["error"]["message"].replace(display_path(job.path), shown)
    return rec
