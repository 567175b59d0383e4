"""The same batch extraction on a Dask cluster (``--engine dask``).

Jobs (paths and their ids, planned here exactly as the local engine plans
them) are cut into partitions of a ``dask.bag``; each Dask worker process
loads the pipeline once (``pipeline.nlp.load`` is cached per process) and
runs :func:`pipeline.batch.process_job` on its partition. Every partition is
also written as ``DIR/parts/part-NNNNN.jsonl`` by the worker when an output
directory is given, and the records come back to the client in input order,
so ``--jsonl`` and ``DIR/<id>.json`` are identical to the local engine's.

The cluster needs the same files at the same paths (a shared file system) and
``pip install 'vnreport[dask]'`` on every worker.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Iterable

from .batch import Job, Summary, plan_jobs, process_job, write_json_atomic


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
) -> Summary:
    """Extract on Dask distributed; a LocalCluster with ``workers`` processes when no scheduler."""
    try:
        import dask.bag as db
        from distributed import Client, LocalCluster
    except ImportError as e:  # pragma: no cover - depends on the extra
        raise SystemExit("the dask engine needs: pip install 'vnreport[dask]' (%s)" % e)

    t0 = time.perf_counter()
    jobs = list(plan_jobs(inputs))  # ids must be planned in one place, in input order
    given = {job.index: job.path for job in jobs}  # paths as the local engine reports them
    for job in jobs:
        if job.path is not None:
            job.path = os.path.abspath(job.path)
    out = Path(out_dir).resolve() if out_dir else None
    if out:
        out.mkdir(parents=True, exist_ok=True)
    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    summary = Summary()
    try:
        parts = [jobs[i : i + partition_size] for i in range(0, len(jobs), partition_size)]
        bag = db.from_sequence(parts, npartitions=max(1, len(parts)))
        part_dir = out / "parts" if out else None
        if part_dir:
            part_dir.mkdir(exist_ok=True)
        results = bag.map(_run_partition, max_bytes, str(part_dir) if part_dir else None, html).compute()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    sink = None
    if jsonl == "-":
        sink = sys.stdout
    elif jsonl:
        sink = open(jsonl + ".tmp", "w", encoding="utf-8")
    try:
        for part_jobs, records in zip(parts, results):
            for job, rec in zip(part_jobs, records):
                rec = _relabel(rec, job, given[job.index])
                summary.count(job.label, rec["id"], rec.get("error"))
                if out:
                    write_json_atomic(out / (rec["id"] + ".json"), rec)
                if sink:
                    sink.write(json.dumps(rec, ensure_ascii=False) + "\n")
    finally:
        if sink and sink is not sys.stdout:
            sink.close()
    if jsonl and jsonl != "-":
        os.replace(jsonl + ".tmp", jsonl)
    summary.seconds = time.perf_counter() - t0
    return summary


def _relabel(rec: dict, job: Job, path: str | None) -> dict:
    """Paths as the local engine reports them (the cluster was given absolute ones)."""
    rec["source"]["path"] = path
    if "error" in rec and job.path and path:
        rec["error"]["message"] = rec["error"]["message"].replace(job.path, path)
    return rec
