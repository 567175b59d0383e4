"""Render evaluation reports: a rich table for the terminal, a Markdown page for docs/.

The scoring itself (pure functions) is :mod:`pipeline.scoring`, re-exported here
for existing imports; the command is ``vnreport evaluate`` (:mod:`pipeline.cli`).
"""

from __future__ import annotations

from typing import Any, Optional

from .scoring import (  # noqa: F401  (the scoring API, re-exported for existing imports)
    ATTRIBUTES,
    FIELDS,
    Counts,
    DocScore,
    FieldCounts,
    FieldReport,
    Issue,
    Report,
    aggregate,
    context,
    load_gold_dir,
    norm_key,
    prf,
    run_evaluate,
    score_document,
    subject_matches,
)

# --------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------

_FIELD_TITLES = {
    "officials": "Officials",
    "percentages": "Percentages",
    "indicator_counts": "Indicator counts",
    "tasks": "Tasks",
}


def _pct(v: Optional[float]) -> str:
    return "—" if v is None else f"{v:.3f}"


def render_report(report: Report, console: Any = None, errors: bool = False, scores: Optional[list[DocScore]] = None) -> None:
    """Print ``report`` with rich tables; with ``errors=True`` (and ``scores``)
    also list every miss, spurious item, attribute error and ungrounded span."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = console or Console()
    for fname in FIELDS:
        fr = report.fields[fname]
        c = fr.counts
        s = c.strict
        t = Table(title=f"{_FIELD_TITLES[fname]}", title_justify="left")
        t.add_column("measure")
        t.add_column("value", justify="right")
        t.add_column("counts", justify="right")
        t.add_row("precision", _pct(fr.precision), f"{c.tp}/{c.n_pred} predicted")
        t.add_row("recall", _pct(fr.recall), f"{c.tp}/{c.n_gold} gold")
        t.add_row("F1", _pct(fr.f1), f"tp {c.tp} fp {c.fp} fn {c.fn}")
        t.add_row("strict F1", _pct(fr.strict_f1), f"strict tp {s.tp} fp {s.fp} fn {s.fn}")
        for name in ATTRIBUTES[fname]:
            t.add_row(
                f"{name} accuracy",
                _pct(fr.attribute_accuracy(name)),
                f"{c.attr_correct.get(name, 0)}/{c.attr_total.get(name, 0)} matches",
            )
        if fname == "officials":
            ti = c.titles
            t.add_row("title precision", _pct(ti.precision), f"{ti.tp}/{ti.tp + ti.fp} predicted")
            t.add_row("title recall", _pct(ti.recall), f"{ti.tp}/{ti.tp + ti.fn} gold")
            t.add_row("title F1", _pct(ti.f1), f"tp {ti.tp} fp {ti.fp} fn {ti.fn}")
        console.print(t)

    console.print(
        f"[bold]documents {report.n_documents}  "
        f"macro F1 {_pct(report.macro_f1)}  "
        f"macro strict F1 (headline) {_pct(report.macro_strict_f1)}[/bold]  "
        f"report_year acc {_pct(report.report_year_accuracy)}  "
        f"plan_year acc {_pct(report.plan_year_accuracy)}  "
        f"grounded {_pct(report.grounded_share)} ({report.spans_grounded}/{report.spans_total} spans)"
        + (f"  unit acc {_pct(report.unit_accuracy)} ({report.units_correct}/{report.units_total} documents)"
           if report.units_total else ""),
        markup=True,
        highlight=False,
    )
    if report.warnings:
        console.print(f"[yellow]{len(report.warnings)} gold warning(s):[/yellow]")
        for w in report.warnings:
            console.print(f"  {w.doc_id} {w.field}: {w.message}", markup=False, highlight=False)

    if errors and scores:
        t = Table(title="Errors", title_justify="left", show_lines=False)
        t.add_column("doc")
        t.add_column("field")
        t.add_column("kind")
        t.add_column("detail", overflow="fold")
        t.add_column("context", overflow="fold")
        for s in scores:
            for issue in s.misses + s.spurious + s.attribute_errors + s.ungrounded:
                # Text(): article snippets like "[giảm 5%]" must not be read as markup
                t.add_row(*(Text(x) for x in (issue.doc_id, issue.field, issue.kind, issue.message, issue.context)))
        console.print(t)


TARGETS = {
    "officials": "F1 ≥ 0.95, title F1 ≥ 0.90",
    "percentages": "F1 ≥ 0.97, subject ≥ 0.85, qualifier/change ≥ 0.95",
    "indicator_counts": "F1 ≥ 0.95, outcome ≥ 0.90",
    "tasks": "F1 ≥ 0.85, year ≥ 0.95",
}


def report_markdown(result: dict, gold_dir) -> str:
    """A Markdown page of a ``Report.to_dict()`` (plus an optional baseline), with date and commit."""
    import datetime
    import subprocess

    def f(x):
        return "—" if x is None else "%.3f" % x

    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, timeout=10
        ).stdout.strip() or "unknown"
    except (OSError, subprocess.SubprocessError):
        commit = "unknown"
    fields = result["fields"]
    lines = [
        "# Accuracy",
        "",
        "Generated by `vnreport evaluate %s --baseline --markdown docs/accuracy.md` on %d documents"
        % (gold_dir, result["n_documents"]),
        "(gold format: `../shared/eval/GUIDELINE.md`; matching rules: `pipeline/scoring.py`).",
        "",
        "Date: %s. Commit: %s (the code measured; this page is committed after it)."
        % (datetime.date.today().isoformat(), commit),
        "",
        "| field | P | R | F1 | strict F1 | attributes | target |",
        "|---|---|---|---|---|---|---|",
    ]
    for k in ("officials", "percentages", "indicator_counts", "tasks"):
        d = fields[k]
        attrs = ", ".join("%s %s" % (a, f(v["accuracy"])) for a, v in d.get("attributes", {}).items())
        if k == "officials" and "titles" in d:
            attrs += ", title F1 %s" % f(d["titles"]["f1"])
        lines.append(
            "| %s | %s | %s | %s | %s | %s | %s |"
            % (k, f(d["precision"]), f(d["recall"]), f(d["f1"]), f(d["strict_f1"]), attrs, TARGETS[k])
        )
    b = result.get("baseline_underthesea_ner")
    if b:
        lines.append(
            "| officials — baseline: underthesea `ner` PER entities | %s | %s | %s | — | — | — |"
            % (f(b["precision"]), f(b["recall"]), f(b["f1"]))
        )
    lines += [
        "",
        "Macro F1 %s, macro strict F1 (headline) %s; report_year accuracy %s, plan_year accuracy %s; "
        "grounded spans %s."
        % (
            f(result["macro_f1"]),
            f(result["macro_strict_f1"]),
            f(result["report_year_accuracy"]),
            f(result["plan_year_accuracy"]),
            f(result["grounded_share"]),
        ),
        "",
    ]
    if result.get("units", {}).get("total"):
        lines[-1:-1] = ["Unit accuracy (name + level) %s over %d documents." % (f(result["unit_accuracy"]),
                                                                              result["units"]["total"]), ""]
    return "\n".join(lines)
