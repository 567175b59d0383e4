"""The ``vnreport`` command line: a thin layer over the library.

Exit codes of ``vnreport extract``: 0 all documents succeeded, 1 some failed
(each has an error record), 2 usage error or no input found, 3 an output could
not be written (the batch stopped).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

from . import __version__
from .batch import DEFAULT_TIMEOUT, NoInputs, OutputError, run_batch


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="vnreport")
def cli() -> None:
    """Structured, source-grounded JSON from Vietnamese news reports."""


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output-dir", type=click.Path(file_okay=False), default=None,
              help="Write one DIR/<id>.json per document (default: outputs/ unless --jsonl).")
@click.option("--jsonl", "jsonl", type=click.Path(dir_okay=False, allow_dash=True), default=None,
              help="Write one JSON document per line to this file ('-' for stdout), in input order.")
@click.option("-w", "--workers", type=click.IntRange(min=1), default=None,
              help="Worker processes (default: all cores; never more than the documents to run).")
@click.option("--resume", is_flag=True,
              help="Skip inputs whose output exists with the same source sha256 and pipeline version.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="local: a process pool on this machine; dask: Dask distributed (pip install 'vnreport[dask]').")
@click.option("--scheduler", default=None, help="Dask scheduler address (default: a LocalCluster).")
@click.option("--max-bytes", type=int, default=4 * 1024 * 1024, show_default=True,
              help="Refuse inputs larger than this (error code too_large). The default (4 MiB) runs in under a "
                   "minute and 600 MB here; raise it for larger files (about 10 s and 27 MB of RAM per MB more).")
@click.option("--html", is_flag=True, help="Inputs are HTML: skip tags, decode entities (offsets stay in the markup).")
@click.option("--timeout", type=click.FloatRange(min=0), default=DEFAULT_TIMEOUT, show_default=True,
              help="Seconds one document may take, else error code timeout (0: no limit). A 6,000-character "
                   "article takes about 0.1 s, a 20 MB file about 190 s (docs/performance.md); the default "
                   "leaves room for files far above the default --max-bytes on a loaded machine. Not enforced by the dask engine.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary line.")
def extract(inputs, output_dir, jsonl, workers, resume, engine, scheduler, max_bytes, html, timeout, quiet):
    """Extract officials, figures and tasks from INPUT files.

    INPUT is a file, a directory (all *.txt below it), a quoted pattern
    ('big/*.txt') or - for stdin. A document that fails gets an error record
    in the output and a line on stderr; the batch goes on.

    \b
    Exit codes: 0 all documents succeeded, 1 some failed,
    2 usage error or no input found, 3 an output could not be written.

    \b
    Example:
        vnreport extract corpora -o outputs
        vnreport extract corpora --jsonl all.jsonl --workers 2 --resume
        cat article.txt | vnreport extract - --jsonl -
        vnreport extract big/ -o out --engine dask --scheduler tcp://10.0.0.5:8786
    """
    if output_dir is None and jsonl is None:
        output_dir = "outputs"
    if workers is None:
        workers = os.cpu_count() or 1
    try:
        if engine == "dask":
            from .distributed import run_dask

            summary = run_dask(inputs, out_dir=output_dir, jsonl=jsonl, scheduler=scheduler, max_bytes=max_bytes,
                               workers=workers, html=html, resume=resume)
        else:
            summary = run_batch(inputs, out_dir=output_dir, jsonl=jsonl, workers=workers, resume=resume,
                                max_bytes=max_bytes, progress=not quiet, html=html, timeout=timeout or None)
    except NoInputs as e:
        click.echo("error: %s" % e, err=True)
        sys.exit(2)
    except OutputError as e:
        click.echo("error: %s; the batch stopped" % e, err=True)
        sys.exit(3)
    if not quiet:
        click.echo(summary.line(), err=True)
    sys.exit(1 if summary.failed else 0)


@cli.command()
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None,
              help="Write the schema here instead of stdout.")
def schema(output):
    """Print the JSON Schema of the output Document.

    \b
    Example:
        vnreport schema -o schemas/document.schema.json
    """
    from .models import Document

    text = json.dumps(Document.model_json_schema(), ensure_ascii=False, indent=2) + "\n"
    if output:
        Path(output).write_text(text, encoding="utf-8")
    else:
        click.echo(text, nl=False)


@cli.command()
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False))
@click.option("--pred", "pred_dir", type=click.Path(exists=True, file_okay=False), default=None,
              help="Score DIR/<id>.json instead of running the pipeline.")
@click.option("--json", "json_out", type=click.Path(dir_okay=False), default=None, help="Write the report as JSON.")
@click.option("--errors", is_flag=True, help="List every miss, spurious item and attribute error.")
@click.option("--baseline", is_flag=True, help="Also score underthesea's NER (PER entities) as a baseline for officials.")
@click.option("--markdown", "markdown_out", type=click.Path(dir_okay=False), default=None,
              help="Write the figures as a Markdown page (e.g. docs/accuracy.md), with date and commit.")
@click.option("--units", "units_file", type=click.Path(exists=True, dir_okay=False), default=None,
              help='Gold units kept apart (JSONL: {"id": "001", "unit": {"name": ..., "level": ...} | null}), '
              "laid over the gold files; unit accuracy is scored where gold has a unit.")
def evaluate(gold_dir, pred_dir, json_out, errors, baseline, markdown_out, units_file):
    """Score extraction against gold annotations (<id>.txt + <id>.gold.json).

    \b
    Example:
        vnreport evaluate ../shared/eval/dev --errors
        vnreport evaluate ../shared/eval/dev --units tests/units/dev.jsonl
    """
    from . import extract as _extract
    from .evaluate import render_report
    from .scoring import load_units, run_evaluate

    try:
        units = load_units(units_file) if units_file else None
    except (ValueError, json.JSONDecodeError) as e:
        raise click.UsageError("--units: %s" % e) from None
    report, scores = run_evaluate(gold_dir, pred_dir=pred_dir, extract_fn=None if pred_dir else _extract,
                                  units=units)
    render_report(report, errors=errors, scores=scores)
    result = report.to_dict()
    if baseline:
        from .baseline import ner_baseline

        result["baseline_underthesea_ner"] = ner_baseline(gold_dir)
        b = result["baseline_underthesea_ner"]
        click.echo("baseline underthesea ner (PER): P=%.3f R=%.3f F1=%.3f" % (b["precision"], b["recall"], b["f1"]))
    if json_out:
        Path(json_out).write_text(json.dumps(result, ensure_ascii=False, indent=2), encoding="utf-8")
    if markdown_out:
        from .evaluate import report_markdown

        page = report_markdown(result, gold_dir)
        old = Path(markdown_out).read_text(encoding="utf-8") if Path(markdown_out).exists() else ""
        if "<!-- notes -->" in old:  # hand-written notes below this marker are kept
            page += "\n" + old[old.index("<!-- notes -->") :]
        Path(markdown_out).write_text(page, encoding="utf-8")


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), required=True, help="The HTML file to write.")
@click.option("--text", "text_dir", type=click.Path(file_okay=False, exists=True), default=None,
              help="Folder of the source texts (<id>.txt) of saved outputs (default: each output's source.path).")
def review(inputs, output, text_dir):
    """Write a self-contained HTML page highlighting every extracted item.

    INPUTS are articles (extracted now), saved outputs (.json, .jsonl, as written by
    `vnreport extract`, shown on their source text) or folders of either. An output whose
    source text changed since (sha256) or that is an error record is listed as a failure
    on the page; the exit code is then 1.

    \b
    Example:
        vnreport review corpora/ngan-son-2024.txt -o review.html
        vnreport extract corpora -o outputs && vnreport review outputs -o review.html
        vnreport review all.jsonl --text corpora -o review.html
    """
    from .review import review_inputs, write_review

    docs, failed = review_inputs(inputs, text_dir)
    for _text, doc in docs:
        if doc.get("error"):
            click.echo("error: %s: %s: %s" % (doc["id"], doc["error"]["code"], doc["error"]["message"]), err=True)
    write_review(docs, output)
    click.echo("wrote %s (%d documents, %d failed)" % (output, len(docs), failed), err=True)
    if failed:
        raise SystemExit(1)


@cli.command()
@click.argument("corpus", default="corpora", type=click.Path(exists=True))
@click.option("--docs", "n_docs", type=click.IntRange(min=1), default=200, show_default=True,
              help="Documents in the benchmark corpus (CORPUS texts repeated).")
@click.option("-w", "--workers", type=click.IntRange(min=1), default=None, help="Workers for (d) (default: all cores).")
@click.option("--ner-docs", type=click.IntRange(min=1), default=20, show_default=True,
              help="Documents for underthesea ner (slow), rates are per syllable.")
@click.option("--rss-docs", type=click.IntRange(min=0), default=0,
              help="Also measure RSS growth of one process from 1,000 to this many documents (e.g. 20000).")
@click.option("--repeat", type=click.IntRange(min=1), default=3, show_default=True,
              help="Passes of (a) and (c), alternating; the best of each counts.")
@click.option("--cost", is_flag=True,
              help="Instead: µs per character of each component on long adversarial texts (CORPUS unused).")
@click.option("--cost-chars", type=click.IntRange(min=100), default=200_000, show_default=True,
              help="Length of each adversarial text for --cost.")
@click.option("--json", "json_out", type=click.Path(dir_okay=False), default=None, help="Write the figures as JSON.")
def bench(corpus, n_docs, workers, ner_docs, rss_docs, repeat, cost, cost_chars, json_out):
    """Measure speed and memory against underthesea, in one run on the same text.

    \b
    Example:
        vnreport bench corpora --docs 400 --json bench.json
        vnreport bench ../shared/eval/dev --docs 1000 --rss-docs 20000
        vnreport bench --cost --json cost.json
    """
    from .bench import render, render_cost, run_bench, run_cost

    if cost:
        result = run_cost(cost_chars)
        click.echo(render_cost(result))
    else:
        result = run_bench(corpus, n_docs=n_docs, workers=workers, ner_docs=ner_docs, rss_docs=rss_docs,
                           repeat=repeat)
        click.echo(render(result))
    if json_out:
        Path(json_out).write_text(json.dumps(result, ensure_ascii=False, indent=2), encoding="utf-8")


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output-dir", type=click.Path(file_okay=False), required=True, help="Where to write the tables.")
@click.option("--format", "fmt", type=click.Choice(["csv", "parquet"]), default="csv", show_default=True,
              help="parquet needs pyarrow (pip install 'vnreport[tables]').")
def tables(inputs, output_dir, fmt):
    """Flatten extraction output into tables keyed by document id.

    INPUT is what `vnreport extract` wrote: an output directory of <id>.json
    files or a JSONL file (or several). Anything else (e.g. a folder of .txt
    articles) is refused with exit code 2. Writes documents, officials,
    positions, mentions, percentages, indicator_counts, tasks and warnings;
    with CSV also schema.sql, the column types (CREATE TABLE statements).

    \b
    Example:
        vnreport tables outputs -o tables/
        vnreport tables all.jsonl -o tables/ --format parquet
        # typed, in the duckdb shell:
        .read tables/schema.sql
        COPY positions FROM 'tables/positions.csv' (HEADER);
        SELECT * FROM positions WHERE text = 'Bí thư Huyện ủy';
    """
    from .tables import SCHEMA_SQL, TablesError, write_tables

    try:
        written = write_tables(list(inputs), output_dir, fmt=fmt)
    except TablesError as e:
        raise click.UsageError(str(e))
    for name, path in written.items():
        click.echo("%s\t%s" % (name, path))
    if fmt == "csv":
        click.echo("schema\t%s" % (Path(output_dir) / SCHEMA_SQL))


SERVE_INSTALL = "pip install 'vnreport[serve]'"


def _missing_serve_modules() -> list[str]:
    """The modules of the ``serve`` extra that cannot be imported."""
    import importlib

    missing = []
    for module, package in (("fastapi", "fastapi"), ("uvicorn", "uvicorn"), ("python_multipart", "python-multipart")):
        try:
            importlib.import_module(module)
        except ImportError:
            missing.append(package)
    return missing


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", type=int, default=8000, show_default=True)
@click.option("--max-bytes", type=click.IntRange(min=1), default=5 * 1024 * 1024, show_default=True,
              help="Requests larger than this get 413.")
@click.option("--max-pending", type=click.IntRange(min=1), default=64, show_default=True,
              help="Extraction requests admitted at once (reading, queued or running; a batch counts once); "
                   "more get 503 with Retry-After.")
@click.option("--threads", "extract_threads", type=click.IntRange(min=1), default=None,
              help="Threads that run extractions (default: min(4, cores)).")
@click.option("--body-timeout", type=click.FloatRange(min=0, min_open=True), default=30.0, show_default=True,
              help="Seconds a request body may take to arrive; slower uploads get 408.")
@click.option("--retry-after", type=click.IntRange(min=0), default=5, show_default=True,
              help="Retry-After (seconds) sent with 503.")
@click.option("--limit-concurrency", type=click.IntRange(min=1), default=256, show_default=True,
              help="uvicorn's limit of connections plus running requests; beyond it uvicorn answers a plain 503.")
@click.option("--keep-alive", type=click.IntRange(min=1), default=5, show_default=True,
              help="Seconds an idle keep-alive connection stays open.")
@click.option("--log-level", type=click.Choice(["critical", "error", "warning", "info", "debug"]), default="info",
              show_default=True)
def serve(host, port, max_bytes, max_pending, extract_threads, body_timeout, retry_after, limit_concurrency,
          keep_alive, log_level):
    """Serve extraction over HTTP (FastAPI; pip install 'vnreport[serve]').

    POST /extract (JSON text or file upload), POST /extract/batch (JSONL in,
    JSONL out, streamed), GET /schema, GET /health; OpenAPI at /openapi.json,
    Swagger UI at /docs and ReDoc at /redoc (served from local files).

    \b
    Example:
        vnreport serve --port 8000
        vnreport serve --host 0.0.0.0 --max-pending 32 --threads 2
        curl -s localhost:8000/extract -H 'content-type: application/json' \\
             -d '{"text": "Tỷ lệ hộ nghèo giảm 4,07%."}'
    """
    missing = _missing_serve_modules()
    if missing:
        click.echo("error: vnreport serve needs %s, not installed. Install the serve extra:" % ", ".join(missing),
                   err=True)
        click.echo(SERVE_INSTALL, err=True)
        sys.exit(2)
    from .server import DEFAULT_EXTRACT_THREADS, serve as run_server

    run_server(host=host, port=port, max_bytes=max_bytes, log_level=log_level, max_pending=max_pending,
               extract_threads=extract_threads or DEFAULT_EXTRACT_THREADS, body_timeout=body_timeout,
               retry_after=retry_after, limit_concurrency=limit_concurrency, keep_alive=keep_alive)


def main() -> None:
    cli.main()


if __name__ == "__main__":  # pragma: no cover
    main()
