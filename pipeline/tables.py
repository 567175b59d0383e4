"""Flat tables from extraction outputs, for SQL and dataframes.

``vnreport extract`` writes one nested JSON record per document (a directory
of ``<id>.json`` files, or one JSONL file). This module flattens those records
into eight tables, one row per item, all keyed by ``doc_id`` (the record's
``id``), and writes them as CSV or Parquet::

    from pipeline.tables import write_tables
    write_tables("outputs", "tables")                    # tables/documents.csv, ...
    write_tables("all.jsonl", "tables", fmt="parquet")   # needs pyarrow: pip install 'vnreport[tables]'

(CLI: ``vnreport tables INPUT -o DIR [--format csv|parquet]``.)

Tables
------
Column order is fixed (``COLUMNS``); a missing value is an empty CSV cell /
a Parquet null. Offsets (``start``, ``end``, ...) are ``str`` indices into the
document's text as decoded, exactly as in the JSON. ``*_index`` / ``index``
columns are 0-based positions in the record's lists, so
``(doc_id, official_index)`` joins ``officials``, ``positions`` and
``mentions``, and ``indicator_counts.breakdown_of`` refers to
``indicator_counts.index`` of the same document.

``documents``
    One row per record, error records included. ``path``, ``sha256``,
    ``chars`` from ``source``; ``published`` as written (``YYYY-MM[-DD]``)
    and split into ``published_year`` / ``published_month`` (1-12);
    ``report_year``, ``plan_year``, ``plan_period``; ``n_officials``,
    ``n_percentages``, ``n_indicator_counts``, ``n_tasks``, ``n_warnings``
    (list lengths); ``pipeline_version``. For an error record ``error_code``
    and ``error_message`` are set and the extraction columns (``chars``,
    the counts, ``pipeline_version``, ...) are empty; for a document both
    error columns are empty.
``officials``
    One row per person per document: ``official_index``, ``name``,
    ``honorific``, ``first_start`` / ``first_end`` (the first mention),
    ``n_mentions``, ``rule``.
``positions``
    One row per position of an official: ``official_index``,
    ``position_index``, ``name`` (the official's, repeated for convenience),
    ``title``, ``organization``, ``organization_expanded``, ``text`` (the
    position as written, e.g. "Bí thư Huyện ủy"), ``start``, ``end``, ``rule``.
``mentions``
    One row per mention of an official: ``official_index``, ``name``,
    ``start``, ``end``, ``text`` (as written in the document).
``percentages``
    ``index``, ``value`` (float, percent units), ``text``, ``start``, ``end``,
    ``qualifier``, ``change``, ``subject``, ``subject_start``,
    ``subject_end``, ``reference``, ``basis``, ``is_target`` (bool),
    ``range_bound``, ``rule``.
``indicator_counts``
    ``index``, ``count``, ``total``, ``unit``, ``status``, ``outcome``,
    ``scope``, ``breakdown_of``, ``text``, ``start``, ``end``, ``rule``.
``tasks``
    ``index``, ``year``, ``text``, ``start``, ``end``, ``issued_by``,
    ``assignees`` (joined with ``" | "``; empty when none), ``rule``.
``warnings``
    ``index``, ``code``, ``message``, ``spans`` (JSON text of the list of
    ``{"start", "end", "text"}`` objects, ``[]`` when none).

CSV files are UTF-8 (no BOM) with a header row, quoted per RFC 4180 (CRLF row
ends; fields holding a comma, quote or line break are quoted), booleans as
``true`` / ``false``. Parquet files have typed columns (int64, float64, bool,
string), an all-null column keeps its type.

Loading
-------
DuckDB (``pip install duckdb``)::

    -- officials who are "Bí thư Huyện ủy", with the month their report was published
    SELECT p.doc_id, p.name, d.published_year, d.published_month
    FROM read_csv_auto('tables/positions.csv') AS p
    JOIN read_csv_auto('tables/documents.csv') AS d USING (doc_id)
    WHERE p.text = 'Bí thư Huyện ủy'
    ORDER BY p.doc_id, p.official_index;

    -- documents that failed, by error code
    SELECT error_code, count(*) FROM 'tables/documents.parquet'
    WHERE error_code IS NOT NULL GROUP BY error_code;

    -- the JSONL itself also loads directly (nested columns):
    SELECT id, o.name FROM (SELECT id, unnest(officials) AS o FROM read_ndjson_auto('all.jsonl'));

pandas::

    import pandas as pd
    docs = pd.read_csv("tables/documents.csv", keep_default_na=False, na_values=[""])
    pos = pd.read_parquet("tables/positions.parquet")
    pos.merge(docs, on="doc_id").query("text == 'Bí thư Huyện ủy'")

Records are read one at a time (``iter_records``); only the flat rows are
kept (``to_tables``) -- ``write_tables`` does not even keep those: it writes
rows as records arrive (Parquet: in row groups).
"""

from __future__ import annotations

import csv
import gzip
import json
import os
import sys
from pathlib import Path
from typing import IO, Any, Iterable, Iterator, Union

__all__ = [
    "COLUMNS",
    "TABLES",
    "FORMATS",
    "TablesError",
    "MissingDependencyError",
    "iter_records",
    "record_rows",
    "to_tables",
    "write_tables",
]

PathLike = Union[str, "os.PathLike[str]"]
Inputs = Union[PathLike, Iterable[PathLike]]

# (column, type) in output order; type is one of "str", "int", "float", "bool".
_SCHEMA: dict[str, list[tuple[str, str]]] = {
    "documents": [
        ("doc_id", "str"),
        ("path", "str"),
        ("sha256", "str"),
        ("chars", "int"),
        ("published", "str"),
        ("published_year", "int"),
        ("published_month", "int"),
        ("report_year", "int"),
        ("plan_year", "int"),
        ("plan_period", "str"),
        ("n_officials", "int"),
        ("n_percentages", "int"),
        ("n_indicator_counts", "int"),
        ("n_tasks", "int"),
        ("n_warnings", "int"),
        ("pipeline_version", "str"),
        ("error_code", "str"),
        ("error_message", "str"),
    ],
    "officials": [
        ("doc_id", "str"),
        ("official_index", "int"),
        ("name", "str"),
        ("honorific", "str"),
        ("first_start", "int"),
        ("first_end", "int"),
        ("n_mentions", "int"),
        ("rule", "str"),
    ],
    "positions": [
        ("doc_id", "str"),
        ("official_index", "int"),
        ("position_index", "int"),
        ("name", "str"),
        ("title", "str"),
        ("organization", "str"),
        ("organization_expanded", "str"),
        ("text", "str"),
        ("start", "int"),
        ("end", "int"),
        ("rule", "str"),
    ],
    "mentions": [
        ("doc_id", "str"),
        ("official_index", "int"),
        ("name", "str"),
        ("start", "int"),
        ("end", "int"),
        ("text", "str"),
    ],
    "percentages": [
        ("doc_id", "str"),
        ("index", "int"),
        ("value", "float"),
        ("text", "str"),
        ("start", "int"),
        ("end", "int"),
        ("qualifier", "str"),
        ("change", "str"),
        ("subject", "str"),
        ("subject_start", "int"),
        ("subject_end", "int"),
        ("reference", "str"),
        ("basis", "str"),
        ("is_target", "bool"),
        ("range_bound", "str"),
        ("rule", "str"),
    ],
    "indicator_counts": [
        ("doc_id", "str"),
        ("index", "int"),
        ("count", "int"),
        ("total", "int"),
        ("unit", "str"),
        ("status", "str"),
        ("outcome", "str"),
        ("scope", "str"),
        ("breakdown_of", "int"),
        ("text", "str"),
        ("start", "int"),
        ("end", "int"),
        ("rule", "str"),
    ],
    "tasks": [
        ("doc_id", "str"),
        ("index", "int"),
        ("year", "int"),
        ("text", "str"),
        ("start", "int"),
        ("end", "int"),
        ("issued_by", "str"),
        ("assignees", "str"),
        ("rule", "str"),
    ],
    "warnings": [
        ("doc_id", "str"),
        ("index", "int"),
        ("code", "str"),
        ("message", "str"),
        ("spans", "str"),
    ],
}

TABLES: tuple[str, ...] = tuple(_SCHEMA)
COLUMNS: dict[str, list[str]] = {t: [c for c, _ in cols] for t, cols in _SCHEMA.items()}
FORMATS = ("csv", "parquet")
ASSIGNEE_SEPARATOR = " | "
PARQUET_ROW_GROUP = 65_536


class TablesError(Exception):
    """Bad input for the tables (unreadable record, duplicate id, unknown format)."""


class MissingDependencyError(TablesError, ImportError):
    """An optional dependency (pyarrow, for Parquet) is not installed."""


# ----------------------------------------------------------------------- reading


def _as_paths(inputs: Inputs) -> list[PathLike]:
    if isinstance(inputs, (str, bytes, os.PathLike)):
        return [inputs]  # type: ignore[list-item]
    return list(inputs)


def _open_text(path: Path) -> IO[str]:
    if path.name.endswith(".gz"):
        return gzip.open(path, "rt", encoding="utf-8")
    return open(path, encoding="utf-8")


def _check(rec: Any, where: str) -> dict:
    if not isinstance(rec, dict) or not isinstance(rec.get("id"), str):
        raise TablesError("%s: not a vnreport record (a JSON object with an \"id\")" % where)
    return rec


def _iter_jsonl(f: IO[str], label: str) -> Iterator[dict]:
    for n, line in enumerate(f, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except ValueError as e:
            raise TablesError("%s:%d: invalid JSON: %s" % (label, n, e)) from None
        yield _check(rec, "%s:%d" % (label, n))


def _iter_json_file(path: Path) -> Iterator[dict]:
    with _open_text(path) as f:
        try:
            obj = json.load(f)
        except ValueError as e:
            raise TablesError("%s: invalid JSON: %s" % (path, e)) from None
    if isinstance(obj, list):  # a JSON array of records
        for i, rec in enumerate(obj):
            yield _check(rec, "%s[%d]" % (path, i))
    else:
        yield _check(obj, str(path))


def iter_records(inputs: Inputs) -> Iterator[dict]:
    """Yield the records (Document or error-record dicts) of one or several inputs, in order.

    Each input is

    * a directory: every ``*.json`` file in it (not below it), by file name;
      hidden files -- such as ``.x.json.tmp`` left by an interrupted
      ``vnreport extract`` -- are skipped;
    * a ``.json`` file: one record (or a JSON array of records);
    * any other file (``.jsonl``, ``.ndjson``, optionally ``.gz``): one record
      per line, blank lines skipped; ``-`` reads JSONL from stdin.

    Records are read one at a time. Raises ``TablesError`` for a missing
    input, invalid JSON or a value that is not a record.
    """
    for raw in _as_paths(inputs):
        if str(raw) == "-":
            yield from _iter_jsonl(sys.stdin, "<stdin>")
            continue
        p = Path(raw)
        if p.is_dir():
            names = sorted(
                e.name for e in os.scandir(p) if e.name.endswith(".json") and not e.name.startswith(".") and e.is_file()
            )
            for name in names:
                yield from _iter_json_file(p / name)
        elif p.is_file() or p.exists():
            name = p.name[:-3] if p.name.endswith(".gz") else p.name
            if name.endswith(".json"):
                yield from _iter_json_file(p)
            else:
                with _open_text(p) as f:
                    yield from _iter_jsonl(f, str(p))
        else:
            raise TablesError("no such file or directory: %s" % p)


# ---------------------------------------------------------------------- flattening


def _span(obj: dict | None) -> tuple[int | None, int | None]:
    if not obj:
        return None, None
    return obj.get("start"), obj.get("end")


def _published_parts(published: Any) -> tuple[int | None, int | None]:
    if not isinstance(published, str) or len(published) < 7 or published[4] != "-":
        return None, None
    y, m = published[:4], published[5:7]
    if not (y.isdigit() and m.isdigit()):
        return None, None
    return int(y), int(m)


def record_rows(rec: dict) -> dict[str, list[dict]]:
    """The rows one record contributes to each table (every table present, maybe empty)."""
    doc_id = rec["id"]
    source = rec.get("source") or {}
    out: dict[str, list[dict]] = {t: [] for t in TABLES}
    error = rec.get("error")
    if error is not None:
        out["documents"].append(
            _full(
                "documents",
                doc_id=doc_id,
                path=source.get("path"),
                sha256=source.get("sha256"),
                error_code=(error or {}).get("code"),
                error_message=(error or {}).get("message"),
            )
        )
        return out

    officials = rec.get("officials") or []
    percentages = rec.get("percentages") or []
    counts = rec.get("indicator_counts") or []
    tasks = rec.get("tasks") or []
    warnings = rec.get("warnings") or []
    published = rec.get("published")
    year, month = _published_parts(published)
    out["documents"].append(
        _full(
            "documents",
            doc_id=doc_id,
            path=source.get("path"),
            sha256=source.get("sha256"),
            chars=source.get("chars"),
            published=published,
            published_year=year,
            published_month=month,
            report_year=rec.get("report_year"),
            plan_year=rec.get("plan_year"),
            plan_period=rec.get("plan_period"),
            n_officials=len(officials),
            n_percentages=len(percentages),
            n_indicator_counts=len(counts),
            n_tasks=len(tasks),
            n_warnings=len(warnings),
            pipeline_version=(rec.get("pipeline") or {}).get("version"),
        )
    )
    for oi, o in enumerate(officials):
        mentions = o.get("mentions") or []
        first_start, first_end = _span(mentions[0] if mentions else None)
        name = o.get("name")
        out["officials"].append(
            _full(
                "officials",
                doc_id=doc_id,
                official_index=oi,
                name=name,
                honorific=o.get("honorific"),
                first_start=first_start,
                first_end=first_end,
                n_mentions=len(mentions),
                rule=o.get("rule"),
            )
        )
        for pi, pos in enumerate(o.get("positions") or []):
            start, end = _span(pos.get("span"))
            out["positions"].append(
                _full(
                    "positions",
                    doc_id=doc_id,
                    official_index=oi,
                    position_index=pi,
                    name=name,
                    title=pos.get("title"),
                    organization=pos.get("organization"),
                    organization_expanded=pos.get("organization_expanded"),
                    text=pos.get("text"),
                    start=start,
                    end=end,
                    rule=pos.get("rule"),
                )
            )
        for m in mentions:
            out["mentions"].append(
                _full("mentions", doc_id=doc_id, official_index=oi, name=name, start=m.get("start"),
                      end=m.get("end"), text=m.get("text"))
            )
    for i, it in enumerate(percentages):
        s_start, s_end = _span(it.get("subject_span"))
        value = it.get("value")
        out["percentages"].append(
            _item_row(
                "percentages", doc_id, i, it,
                value=float(value) if value is not None else None, subject_start=s_start, subject_end=s_end,
            )
        )
    for i, it in enumerate(counts):
        out["indicator_counts"].append(_item_row("indicator_counts", doc_id, i, it))
    for i, it in enumerate(tasks):
        assignees = it.get("assignees") or []
        out["tasks"].append(
            _item_row("tasks", doc_id, i, it, assignees=ASSIGNEE_SEPARATOR.join(assignees) if assignees else None)
        )
    for i, w in enumerate(warnings):
        out["warnings"].append(
            _full(
                "warnings",
                doc_id=doc_id,
                index=i,
                code=w.get("code"),
                message=w.get("message"),
                spans=json.dumps(w.get("spans") or [], ensure_ascii=False),
            )
        )
    return out


def _item_row(table: str, doc_id: str, index: int, item: dict, **extra: Any) -> dict:
    """A row of an item table: the item's fields under the same column names, plus its span."""
    start, end = _span(item.get("span"))
    values = {c: item.get(c) for c in COLUMNS[table]}
    values.update(doc_id=doc_id, index=index, start=start, end=end, **extra)
    return _full(table, **values)


def _full(table: str, **values: Any) -> dict:
    """A row with every column of ``table``, in order (absent values are None)."""
    return {c: values.get(c) for c in COLUMNS[table]}


def _unique(records: Iterable[dict]) -> Iterator[dict]:
    seen: set[str] = set()
    for rec in records:
        if rec["id"] in seen:
            raise TablesError(
                "duplicate document id %r: the tables are keyed by id (same output given twice?)" % rec["id"]
            )
        seen.add(rec["id"])
        yield rec


def to_tables(records: Iterable[dict]) -> dict[str, list[dict]]:
    """Flatten records into ``{table: [row, ...]}`` (every table in ``TABLES``, rows as ordered dicts).

    Raises ``TablesError`` when two records have the same id.
    """
    tables: dict[str, list[dict]] = {t: [] for t in TABLES}
    for rec in _unique(_check(r, "record") for r in records):
        for t, rows in record_rows(rec).items():
            tables[t].extend(rows)
    return tables


# ------------------------------------------------------------------------- writing


def _csv_cell(v: Any) -> Any:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    return v


class _CsvSink:
    def __init__(self, path: Path, table: str):
        self.f = open(path, "w", encoding="utf-8", newline="")
        self.w = csv.writer(self.f, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        self.cols = COLUMNS[table]
        self.w.writerow(self.cols)

    def add(self, rows: list[dict]) -> None:
        self.w.writerows([_csv_cell(r[c]) for c in self.cols] for r in rows)

    def close(self) -> None:
        self.f.close()


def _import_pyarrow():
    try:
        import pyarrow  # noqa: F401
        import pyarrow.parquet  # noqa: F401
    except ImportError:
        raise MissingDependencyError(
            "writing Parquet needs pyarrow, which is not installed: pip install 'vnreport[tables]' "
            "(or pip install pyarrow), or use the csv format"
        ) from None
    return pyarrow, pyarrow.parquet


def arrow_schema(table: str):
    """The pyarrow schema of ``table`` (needs pyarrow)."""
    pa, _ = _import_pyarrow()
    types = {"str": pa.string(), "int": pa.int64(), "float": pa.float64(), "bool": pa.bool_()}
    return pa.schema([(c, types[t]) for c, t in _SCHEMA[table]])


class _ParquetSink:
    def __init__(self, path: Path, table: str):
        self.pa, pq = _import_pyarrow()
        self.schema = arrow_schema(table)
        self.writer = pq.ParquetWriter(str(path), self.schema)
        self.buffer: list[dict] = []

    def add(self, rows: list[dict]) -> None:
        self.buffer.extend(rows)
        if len(self.buffer) >= PARQUET_ROW_GROUP:
            self._flush()

    def _flush(self) -> None:
        self.writer.write_table(self.pa.Table.from_pylist(self.buffer, schema=self.schema))
        self.buffer = []

    def close(self) -> None:
        try:
            if self.buffer:
                self._flush()
            else:  # an empty table still gets a valid file with its schema
                self.writer.write_table(self.schema.empty_table())
        finally:
            self.writer.close()


def write_tables(input_path: Inputs, out_dir: PathLike, fmt: str = "csv") -> dict[str, Path]:
    """Write every table of the records in ``input_path`` to ``out_dir/<table>.<fmt>``.

    ``input_path`` is what ``iter_records`` takes (a directory, a JSON/JSONL
    file, or a list of them). ``fmt`` is ``"csv"`` or ``"parquet"`` (needs
    pyarrow; ``MissingDependencyError`` otherwise). All eight files are
    written, empty tables with just a header / schema. Each file is written
    under a temporary name and renamed when complete, so a failed run
    (``TablesError`` on bad input) leaves earlier outputs untouched.
    Returns ``{table: path}`` in ``TABLES`` order.
    """
    if fmt not in FORMATS:
        raise TablesError("unknown table format %r (choose from %s)" % (fmt, ", ".join(FORMATS)))
    if fmt == "parquet":
        _import_pyarrow()  # fail before reading anything
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    final = {t: out / ("%s.%s" % (t, fmt)) for t in TABLES}
    tmp = {t: out / (".%s.%s.tmp" % (t, fmt)) for t in TABLES}
    sink_cls = _CsvSink if fmt == "csv" else _ParquetSink
    sinks: dict[str, Any] = {}
    ok = False
    try:
        for t in TABLES:
            sinks[t] = sink_cls(tmp[t], t)
        for rec in _unique(iter_records(input_path)):
            for t, rows in record_rows(rec).items():
                if rows:
                    sinks[t].add(rows)
        for t in TABLES:
            sinks.pop(t).close()
        for t in TABLES:
            os.replace(tmp[t], final[t])
        ok = True
    finally:
        if not ok:
            for s in sinks.values():
                try:
                    s.close()
                except Exception:  # noqa: BLE001 - cleaning up after the real error
                    pass
            for p in tmp.values():
                p.unlink(missing_ok=True)
    return final
