"""The ``vnreport`` command line: a thin layer over the library.

Exit codes: 0 all documents succeeded, 1 some failed (each has an error
record), 2 usage error.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path
from typing import Iterator

import click
import regex

from . import __version__

SAFE_ID = regex.compile(r"[^\w.\-]+")


def safe_id(stem: str) -> str:
    """A file-name-safe id: no separators, no leading dots, never empty.

    >>> safe_id("../../etc/passwd"), safe_id("báo cáo 2024"), safe_id("..")
    ('etc_passwd', 'báo_cáo_2024', 'doc')
    """
    s = SAFE_ID.sub("_", stem).strip("._")
    s = regex.sub(r"_+", "_", s)
    return s[:120] or "doc"


def iter_inputs(inputs: tuple[str, ...]) -> Iterator[tuple[str, Path | None]]:
    """(label, path) for each input; directories recurse into ``*.txt``; ``-`` is stdin."""
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


def process_one(label: str, path: Path | None, max_bytes: int | None, used_ids: dict[str, int]) -> dict:
    """Extract one input; never raises: returns a Document dict or an error record."""
    from .io import InputError, decode_bytes, read_bytes
    from . import extract

    if path is None:
        data = sys.stdin.buffer.read()
        base = hashlib.sha256(data).hexdigest()[:12]
        src_path = None
    else:
        data = None
        base = safe_id(path.stem)
        src_path = str(path)
    doc_id = base
    n = 1
    while doc_id in used_ids:  # same stem in another directory: a-2, a-3, ...
        n += 1
        doc_id = "%s-%d" % (base, n)
    used_ids[doc_id] = 1
    source = {"path": src_path, "sha256": None, "bytes": None}
    try:
        if data is None:
            data = read_bytes(path, max_bytes=max_bytes)
        source["sha256"] = hashlib.sha256(data).hexdigest()
        source["bytes"] = len(data)
        decoded = decode_bytes(data, max_bytes=max_bytes)
        doc = extract(decoded.text, doc_id=doc_id, path=src_path, warnings=decoded.warnings)
        return doc.model_dump(mode="json")
    except InputError as e:
        return {"id": doc_id, "source": source, "error": {"code": e.code, "message": e.message}}
    except Exception as e:  # noqa: BLE001 - one bad document must not stop the batch
        return {
            "id": doc_id,
            "source": source,
            "error": {"code": "internal_error", "message": "%s: %s" % (type(e).__name__, e)},
        }


def write_json_atomic(path: Path, obj: dict) -> None:
    tmp = path.with_name("." + path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)
        f.write("\n")
    os.replace(tmp, path)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="vnreport")
def cli() -> None:
    """Structured, source-grounded JSON from Vietnamese news reports."""


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output-dir", type=click.Path(file_okay=False), default=None,
              help="Write one DIR/<id>.json per document (default: outputs/ unless --jsonl).")
@click.option("--jsonl", "jsonl", type=click.Path(dir_okay=False, allow_dash=True), default=None,
              help="Write one JSON document per line to this file ('-' for stdout).")
@click.option("--max-bytes", type=int, default=50 * 1024 * 1024, show_default=True,
              help="Refuse inputs larger than this (error code too_large).")
@click.option("-q", "--quiet", is_flag=True, help="No summary line.")
def extract(inputs, output_dir, jsonl, max_bytes, quiet):
    """Extract officials, figures and tasks from INPUT files.

    INPUT is a file, a directory (all *.txt below it) or - for stdin.

    \b
    Example:
        vnreport extract corpora -o outputs
        vnreport extract corpora --jsonl all.jsonl
        cat article.txt | vnreport extract - --jsonl -
    """
    if output_dir is None and jsonl is None:
        output_dir = "outputs"
    out_dir = Path(output_dir) if output_dir else None
    if out_dir:
        out_dir.mkdir(parents=True, exist_ok=True)
    sink = None
    if jsonl:
        sink = sys.stdout if jsonl == "-" else open(jsonl, "w", encoding="utf-8")
    used: dict[str, int] = {}
    done = failed = 0
    try:
        for label, path in iter_inputs(inputs):
            rec = process_one(label, path, max_bytes, used)
            if "error" in rec:
                failed += 1
                click.echo("error: %s: %s: %s" % (label, rec["error"]["code"], rec["error"]["message"]), err=True)
            else:
                done += 1
            if out_dir:
                write_json_atomic(out_dir / (rec["id"] + ".json"), rec)
            if sink:
                sink.write(json.dumps(rec, ensure_ascii=False) + "\n")
    finally:
        if sink and sink is not sys.stdout:
            sink.close()
    if not quiet:
        click.echo("%d done, %d failed" % (done, failed), err=True)
    sys.exit(1 if failed else 0)


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
def evaluate(gold_dir, pred_dir, json_out, errors, baseline, markdown_out):
    """Score extraction against gold annotations (<id>.txt + <id>.gold.json).

    \b
    Example:
        vnreport evaluate ../shared/eval/dev --errors
    """
    from . import extract as _extract
    from .evaluate import render_report, run_evaluate

    report, scores = run_evaluate(gold_dir, pred_dir=pred_dir, extract_fn=None if pred_dir else _extract)
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

        Path(markdown_out).write_text(report_markdown(result, gold_dir), encoding="utf-8")


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), required=True, help="The HTML file to write.")
def review(inputs, output):
    """Write a self-contained HTML page highlighting every extracted item.

    \b
    Example:
        vnreport review corpora/ngan-son-2024.txt -o review.html
    """
    from .io import InputError, decode_bytes, read_bytes
    from . import extract as _extract
    from .review import write_review

    docs = []
    for label, path in iter_inputs(inputs):
        if path is None:
            raise click.UsageError("review reads files, not stdin")
        try:
            text = decode_bytes(read_bytes(path)).text
        except InputError as e:
            click.echo("error: %s: %s" % (label, e.message), err=True)
            continue
        docs.append((text, _extract(text, doc_id=safe_id(path.stem), path=str(path)).model_dump(mode="json")))
    write_review(docs, output)
    click.echo("wrote %s (%d documents)" % (output, len(docs)), err=True)


def main() -> None:
    try:
        cli.main(standalone_mode=True)
    except SystemExit as e:
        raise


if __name__ == "__main__":  # pragma: no cover
    main()
