"""Flat tables from extraction outputs, for SQL and dataframes.

``vnreport extract`` writes one nested JSON record per document (a directory
of ``<id>.json`` files, or one JSONL file). This module flattens those records
into nine tables, one row per item, all keyed by ``doc_id`` (the record's
``id``), and writes them as CSV (plus a typed ``schema.sql``) or Parquet::

    from pipeline.tables import write_tables
    write_tables("outputs", "tables")                    # tables/documents.csv, ..., tables/schema.sql
    write_tables("all.jsonl", "tables", fmt="parquet")   # needs pyarrow: pip install 'vnreport[tables]'

(CLI: ``vnreport tables INPUT -o DIR [--format csv|parquet]``.)

Columns come from the models
----------------------------
The tables are not written by hand: ``build_schema`` walks the pydantic
models (``Document`` and its item models, and ``ErrorRecord``) field by
field, so a field added to a model becomes a column (with its type) without
touching this module. The rules:

* every ``list`` of models on ``Document`` is a table named after the field
  (``officials``, ``percentages``, ...), one row per item, with an ``index``
  column (0-based position in the list) and an ``n_<field>`` count column in
  ``documents``; ``Official.positions`` and ``Official.mentions`` are tables
  too (``_CHILD_TABLES``: their key columns and the parent columns they repeat);
* a scalar field (``str``, ``int``, ``float``, ``bool``, a ``Literal``,
  optional or not) is a column of the same name;
* a nested model is flattened into ``<field>_<subfield>`` columns
  (``pipeline.version`` -> ``pipeline_version``), except ``source``, whose
  fields keep their names (``path``, ``sha256``, ``chars``); a span field
  ``span`` gives ``start`` / ``end`` and ``X_span`` gives ``X_start`` /
  ``X_end`` -- its ``text`` is left out because the item carries the same
  string as ``text`` / ``X`` (``text == span.text`` by construction);
* a list of scalars (``Task.assignees``) or of models that is not a table
  (``Warning.spans``) is one column: ``list<string>`` /
  ``list<struct<start, end, text>>`` in Parquet; in CSV the strings joined
  with ``" | "`` (empty cell when none) / JSON text (``[]`` when none);
* a few columns are derived (``_DERIVED``): ``published_year`` /
  ``published_month`` from ``published``, ``first_start`` / ``first_end`` /
  ``n_mentions`` of an official.

``Column.source`` records where each column comes from in the JSON
(``officials[].positions[].span.start``; ``None`` for derived columns).

Tables
------
A missing value is an empty CSV cell / a Parquet null. Offsets (``start``,
``end``, ...) are ``str`` indices into the document's text as decoded,
exactly as in the JSON. ``*_index`` / ``index`` columns are 0-based positions
in the record's lists, so ``(doc_id, official_index)`` joins ``officials``,
``positions`` and ``mentions``, and ``indicator_counts.breakdown_of`` refers
to ``indicator_counts.index`` of the same document.

``documents``
    One row per record, error records included: ``doc_id``,
    ``schema_version``; ``path``, ``sha256``, ``chars`` from ``source``;
    ``published`` as written (``YYYY-MM[-DD]``) and split into
    ``published_year`` / ``published_month`` (1-12); ``report_year``,
    ``plan_year``, ``plan_period``; ``n_officials``, ``n_percentages``,
    ``n_indicator_counts``, ``n_tasks``, ``n_places``, ``n_warnings`` (list
    lengths); the report's unit (schema 1.1, ``Document.unit``): ``unit_name``,
    ``unit_level``, ``unit_code``, ``unit_official_name``, ``unit_division_list``,
    ``unit_province_code`` / ``_name``, ``unit_district_code`` / ``_name``,
    ``unit_successors`` (a list), ``unit_successors_since``,
    ``unit_province_code_2025`` / ``_name_2025``, ``unit_evidence`` (a list of
    spans), ``unit_confidence``, ``unit_rule``; ``pipeline_version``; then the error record's own fields: ``bytes`` (of
    the input), ``error_code``, ``error_message``. For an error record the
    extraction columns (``schema_version``, ``chars``, the counts,
    ``pipeline_version``, ...) are empty; for a document ``bytes`` and the
    error columns are.
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
    ``assignees`` (a list), ``rule``.
``places``
    ``index``, ``name``, ``level``, ``organization``, ``implicit`` (bool),
    ``text``, ``start``, ``end``, ``code``, ``official_name``,
    ``division_list``, ``province_code``, ``province_name``, ``district_code``,
    ``district_name``, ``successors`` (a list of units), ``successors_since``,
    ``rule``.
``warnings``
    ``index``, ``code``, ``message``, ``spans`` (a list of
    ``{start, end, text}``).

CSV files are UTF-8 (no BOM) with a header row, quoted per RFC 4180 (CRLF row
ends; fields holding a comma, quote or line break are quoted), booleans as
``true`` / ``false``. A CSV has no types, so next to the CSV files
``schema.sql`` holds one ``CREATE TABLE`` per table with the column types
(``VARCHAR``, ``BIGINT``, ``DOUBLE``, ``BOOLEAN``; list columns ``VARCHAR``);
load with it and an empty table keeps its types. Parquet files have typed
columns (int64, float64, bool, string, ``list<string>``,
``list<struct<start: int64, end: int64, text: string>>``); an all-null column
keeps its type.

Loading
-------
DuckDB (``pip install duckdb``), typed::

    .read tables/schema.sql
    COPY documents FROM 'tables/documents.csv' (HEADER);
    COPY positions FROM 'tables/positions.csv' (HEADER);
    -- officials who are "Bí thư Huyện ủy", with the month their report was published
    SELECT p.doc_id, p.name, d.published_year, d.published_month
    FROM positions AS p JOIN documents AS d USING (doc_id)
    WHERE p.text = 'Bí thư Huyện ủy'
    ORDER BY p.doc_id, p.official_index;

(in Python: ``con.execute(open("tables/schema.sql").read())``, then the
``COPY`` statements). ``read_csv_auto('tables/positions.csv')`` works too but
guesses the types from the rows: a column of an empty table is ``VARCHAR``.

Parquet::

    -- documents that failed, by error code
    SELECT error_code, count(*) FROM 'tables/documents.parquet'
    WHERE error_code IS NOT NULL GROUP BY error_code;
    -- lists are lists, spans are structs
    SELECT doc_id, text FROM 'tables/tasks.parquet' WHERE list_contains(assignees, 'các phòng');
    SELECT doc_id, code, s.start, s.text FROM (SELECT *, unnest(spans) AS s FROM 'tables/warnings.parquet');

    -- the JSONL itself also loads directly (nested columns):
    SELECT id, o.name FROM (SELECT id, unnest(officials) AS o FROM read_ndjson_auto('all.jsonl'));

pandas::

    import pandas as pd
    docs = pd.read_csv("tables/documents.csv", keep_default_na=False, na_values=[""])
    pos = pd.read_parquet("tables/positions.parquet")
    pos.merge(docs, on="doc_id").query("text == 'Bí thư Huyện ủy'")

Input
-----
Only extraction output is accepted: every record must validate as a
``Document`` or an ``ErrorRecord``, and every input must hold at least one
record (a directory of ``.txt`` inputs is refused with ``TablesError``, not
turned into empty tables). Records are read one at a time
(``iter_records``); only the flat rows are kept (``to_tables``) --
``write_tables`` does not even keep those: it writes rows as records arrive
(Parquet: in row groups).
"""

from __future__ import annotations

import csv
import gzip
import itertools
import json
import os
import sys
import types
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Callable, Iterable, Iterator, Literal, Optional, Union, get_args, get_origin

from pydantic import BaseModel, ValidationError

from .models import Document, ErrorRecord

__all__ = [
    "COLUMNS",
    "TABLES",
    "FORMATS",
    "SCHEMA",
    "SCHEMA_SQL",
    "Column",
    "Table",
    "TablesSchema",
    "TablesError",
    "MissingDependencyError",
    "build_schema",
    "iter_records",
    "record_rows",
    "schema_sql",
    "to_tables",
    "write_tables",
]

PathLike = Union[str, "os.PathLike[str]"]
Inputs = Union[PathLike, Iterable[PathLike]]

FORMATS = ("csv", "parquet")
SCHEMA_SQL = "schema.sql"  # the typed sidecar written next to the CSV files
ASSIGNEE_SEPARATOR = " | "  # how a list of strings is joined in a CSV cell
LIST_SEPARATOR = ASSIGNEE_SEPARATOR
PARQUET_ROW_GROUP = 65_536
DOC_ID = "doc_id"


class TablesError(Exception):
    """Bad input for the tables (not extraction output, unreadable record, duplicate id, unknown format)."""


class MissingDependencyError(TablesError, ImportError):
    """An optional dependency (pyarrow, for Parquet) is not installed."""


# ------------------------------------------------------------------ the schema walk

# How the nested lists of an item become tables (the Document's own lists of
# models are tables by default: index column "index", count column "n_<field>").
# Key: the list's path in the record. index: name of the 0-based position
# column (None: none); carry: parent columns repeated in each row; count: an
# "n_<field>" column in the parent row; first: fields of the list's first item
# given in the parent row as "first_<field>".
_CHILD_TABLES: dict[str, dict[str, Any]] = {
    "officials": {"index": "official_index"},
    "officials[].positions": {"index": "position_index", "carry": ("name",), "count": False},
    "officials[].mentions": {"index": None, "carry": ("name",), "first": ("start", "end")},
}

# Nested models whose fields keep their own names (no "<field>_" prefix).
_UNPREFIXED = {"source"}


def _published_year(v: Any) -> Optional[int]:
    return _published_parts(v)[0]


def _published_month(v: Any) -> Optional[int]:
    return _published_parts(v)[1]


def _published_parts(published: Any) -> tuple[Optional[int], Optional[int]]:
    if not isinstance(published, str) or len(published) < 7 or published[4] != "-":
        return None, None
    y, m = published[:4], published[5:7]
    if not (y.isdigit() and m.isdigit()):
        return None, None
    return int(y), int(m)


# Columns computed from a field, placed right after it: path -> [(name, type, function of the value)].
_DERIVED: dict[str, list[tuple[str, str, Callable[[Any], Any]]]] = {
    "published": [("published_year", "int", _published_year), ("published_month", "int", _published_month)],
}

_SCALARS = {str: "str", int: "int", float: "float", bool: "bool"}
_SQL_TYPES = {"str": "VARCHAR", "int": "BIGINT", "float": "DOUBLE", "bool": "BOOLEAN"}


@dataclass(frozen=True)
class Column:
    """One column: its name, type and where its value comes from.

    ``type`` is ``"str"``, ``"int"``, ``"float"``, ``"bool"`` or ``"list"``;
    a list column has ``item`` (a scalar type name, or the model of its items).
    ``source`` is the JSON path of the value (``tasks[].span.start``), or
    ``None`` for a derived or key column.
    """

    name: str
    type: str
    source: Optional[str]
    get: Callable[[dict], Any] = field(repr=False, compare=False)
    item: Any = None
    key: bool = False
    note: Optional[str] = None  # how a derived or key column is made

    @property
    def sql_type(self) -> str:
        """The column's SQL type in a CSV (lists are text there)."""
        return _SQL_TYPES.get(self.type, "VARCHAR")


@dataclass
class Table:
    name: str
    field: Optional[str]  # the list this table's rows come from, in the parent item (None: documents)
    columns: list[Column]  # in output order
    own: list[Column]  # the columns read from the item itself
    index: Optional[str] = None
    carry: tuple[str, ...] = ()
    children: list["Table"] = field(default_factory=list)
    error_columns: dict[str, Column] = field(default_factory=dict)  # documents: how an error record fills it

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]


@dataclass
class TablesSchema:
    document_model: type
    error_model: type
    tables: dict[str, Table]

    def validate(self, rec: Any, where: str) -> dict:
        """``rec`` if it is a valid document or error record, else ``TablesError``."""
        if not isinstance(rec, dict) or not isinstance(rec.get("id"), str):
            raise TablesError(
                '%s: not a vnreport record (a JSON object with an "id"): not extraction output '
                "(run vnreport extract first)" % where
            )
        model = self.error_model if "error" in rec else self.document_model
        try:
            model.model_validate(rec)
        except ValidationError as e:
            first = e.errors()[0]
            loc = ".".join(str(p) for p in first["loc"]) or "(record)"
            if first["type"] == "extra_forbidden" and isinstance(rec.get("schema_version"), str):
                raise TablesError(
                    "%s: record %r has a field these tables do not know: %s (written by a newer vnreport? "
                    "upgrade to flatten it)" % (where, rec["id"], loc)
                ) from None
            raise TablesError(
                "%s: not vnreport extraction output (%s %r): %s: %s%s"
                % (where, model.__name__, rec["id"], loc, first["msg"],
                   " (and %d more errors)" % (e.error_count() - 1) if e.error_count() > 1 else "")
            ) from None
        return rec


def _unwrap(ann: Any) -> tuple[Any, bool]:
    """(the annotation without Optional, whether it was optional)."""
    if get_origin(ann) in (Union, types.UnionType):
        args = [a for a in get_args(ann) if a is not type(None)]
        if len(args) != 1:
            raise TypeError("tables: unsupported union %r" % (ann,))
        return args[0], True
    return ann, False


def _scalar(ann: Any) -> Optional[str]:
    if get_origin(ann) is Literal:
        kinds = {_SCALARS.get(type(a)) for a in get_args(ann)}
        return kinds.pop() if len(kinds) == 1 and None not in kinds else "str"
    return _SCALARS.get(ann) if isinstance(ann, type) else None


def _is_model(ann: Any) -> bool:
    return isinstance(ann, type) and issubclass(ann, BaseModel)


def _getter(keys: tuple[str, ...], kind: str) -> Callable[[dict], Any]:
    def get(item: dict) -> Any:
        v: Any = item
        for k in keys:
            if not isinstance(v, dict):
                return None
            v = v.get(k)
        if kind == "float" and v is not None and not isinstance(v, bool):
            return float(v)
        return v

    return get


def _derived_getter(get: Callable[[dict], Any], fn: Callable[[Any], Any]) -> Callable[[dict], Any]:
    return lambda item: fn(get(item))


def _list_len(get: Callable[[dict], Any]) -> Callable[[dict], Any]:
    return lambda item: len(get(item) or [])


def _first(get: Callable[[dict], Any], key: str) -> Callable[[dict], Any]:
    def first(item: dict) -> Any:
        items = get(item) or []
        return items[0].get(key) if items and isinstance(items[0], dict) else None

    return first


def _walk(
    model: type,
    path: str,
    keys: tuple[str, ...],
    prefix: str,
    tables: list[tuple[str, type, str]],
    top: bool,
) -> list[Column]:
    """The columns one item of ``model`` gives its row; lists that are tables go to ``tables``.

    ``path`` is the item's JSON path ("" for the record, "officials[]."),
    ``keys`` the dict keys from the item to this model, ``prefix`` the column
    name prefix; ``tables`` collects (field, item model, path) of child tables.
    """
    fields = model.model_fields
    cols: list[Column] = []
    for fname, info in fields.items():
        if top and fname == "id":
            continue  # the key column doc_id
        ann, _ = _unwrap(info.annotation)
        src = path + fname
        fkeys = keys + (fname,)
        name = prefix + fname
        kind = _scalar(ann)
        if kind is not None:
            get = _getter(fkeys, kind)
            cols.append(Column(name, kind, src, get))
            for dname, dkind, fn in _DERIVED.get(src, ()):
                cols.append(Column(prefix + dname, dkind, None, _derived_getter(get, fn), note="from " + src))
        elif _is_model(ann):
            if fname == "span" or fname.endswith("_span"):
                base = fname[: -len("span")]  # "" or "subject_"
                sub_prefix = prefix + base
                dup = (base[:-1] if base else "text") in fields  # the item holds span.text itself
            else:
                sub_prefix = prefix if (top and fname in _UNPREFIXED) else prefix + fname + "_"
                dup = False
            for c in _walk(ann, src + ".", fkeys, sub_prefix, [], False):
                if dup and c.source == src + ".text":
                    continue
                cols.append(c)
        elif get_origin(ann) is list:
            (elem,) = get_args(ann)
            elem, _ = _unwrap(elem)
            get = _getter(fkeys, "list")
            spec = _CHILD_TABLES.get(src)
            if _is_model(elem) and (spec is not None or (top and not keys)):
                spec = spec or {}
                tables.append((fname, elem, src))
                for sub in spec.get("first", ()):
                    kind = _scalar(_unwrap(elem.model_fields[sub].annotation)[0])
                    cols.append(Column(prefix + "first_" + sub, kind or "str", None, _first(get, sub),
                                       note="%s[0].%s" % (src, sub)))
                if spec.get("count", True):
                    cols.append(Column(prefix + "n_" + fname, "int", None, _list_len(get), note="len(%s)" % src))
            elif _is_model(elem):
                cols.append(Column(name, "list", src, get, item=elem))
            elif _scalar(elem) is not None:
                cols.append(Column(name, "list", src, get, item=_scalar(elem)))
            else:
                raise TypeError("tables: unsupported list %s: %r" % (src, ann))
        else:
            raise TypeError("tables: unsupported field %s: %r" % (src, ann))
    return cols


def _item_table(
    name: str, fname: str, model: type, path: str, parent_keys: list[Column], parent_cols: list[Column]
) -> Table:
    spec = _CHILD_TABLES.get(path, {})
    index = spec.get("index", "index")
    carry = tuple(spec.get("carry", ()))
    keys = list(parent_keys)
    if index:
        keys.append(Column(index, "int", None, lambda item: None, key=True, note="position in %s" % path))
    by_name = {c.name: c for c in parent_cols}
    carried = [Column(c, by_name[c].type, by_name[c].source, lambda item: None, by_name[c].item) for c in carry]
    children: list[tuple[str, type, str]] = []
    own = _walk(model, path + "[].", (), "", children, False)
    table = Table(name, fname, keys + carried + own, own, index=index, carry=carry)
    table.children = [
        _item_table(cf, cf, cm, cp, keys, table.columns) for cf, cm, cp in children
    ]
    return table


def build_schema(document_model: type = Document, error_model: type = ErrorRecord) -> TablesSchema:
    """The tables of ``document_model`` records (and ``error_model`` records, in ``documents``)."""
    doc_id = Column(DOC_ID, "str", "id", _getter(("id",), "str"), key=True)
    children: list[tuple[str, type, str]] = []
    doc_cols = [doc_id] + _walk(document_model, "", (), "", children, True)
    err_cols = [doc_id] + _walk(error_model, "", (), "", [], True)
    by_name = {c.name: c for c in doc_cols}
    for c in err_cols:
        if c.name in by_name:
            if by_name[c.name].type != c.type:
                raise TypeError("tables: %s is %s in a document, %s in an error record"
                                % (c.name, by_name[c.name].type, c.type))
        else:
            doc_cols.append(c)
            by_name[c.name] = c
    documents = Table("documents", None, doc_cols, doc_cols, error_columns={c.name: c for c in err_cols})
    documents.children = [_item_table(f, f, m, p, [doc_id], doc_cols) for f, m, p in children]
    tables: dict[str, Table] = {}

    def add(t: Table) -> None:
        if t.name in tables:
            raise TypeError("tables: two tables named %r" % t.name)
        names = t.column_names
        if len(set(names)) != len(names):
            raise TypeError("tables: duplicate column names in %s: %s" % (t.name, names))
        tables[t.name] = t
        for child in t.children:
            add(child)

    add(documents)
    return TablesSchema(document_model, error_model, tables)


SCHEMA = build_schema()
TABLES: tuple[str, ...] = tuple(SCHEMA.tables)
COLUMNS: dict[str, list[str]] = {t: tab.column_names for t, tab in SCHEMA.tables.items()}


# ----------------------------------------------------------------------- reading


def _as_paths(inputs: Inputs) -> list[PathLike]:
    if isinstance(inputs, (str, bytes, os.PathLike)):
        return [inputs]  # type: ignore[list-item]
    return list(inputs)


def _open_text(path: Path) -> IO[str]:
    if path.name.endswith(".gz"):
        return gzip.open(path, "rt", encoding="utf-8")
    return open(path, encoding="utf-8")


def _iter_jsonl(f: IO[str], label: str, schema: TablesSchema) -> Iterator[dict]:
    for n, line in enumerate(f, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except ValueError as e:
            raise TablesError(
                "%s:%d: invalid JSON (%s): not extraction output (JSON records, one per line)" % (label, n, e)
            ) from None
        yield schema.validate(rec, "%s:%d" % (label, n))


def _iter_json_file(path: Path, schema: TablesSchema) -> Iterator[dict]:
    with _open_text(path) as f:
        try:
            obj = json.load(f)
        except ValueError as e:
            raise TablesError("%s: invalid JSON (%s): not extraction output" % (path, e)) from None
    if isinstance(obj, list):  # a JSON array of records
        for i, rec in enumerate(obj):
            yield schema.validate(rec, "%s[%d]" % (path, i))
    else:
        yield schema.validate(obj, str(path))


def _nothing_here(p: Path) -> TablesError:
    others = sorted(e.name for e in os.scandir(p) if e.is_file() and not e.name.startswith("."))
    if others:
        exts = sorted({Path(n).suffix or n for n in others})
        hint = "it holds %d other file(s) (%s): if these are articles, run `vnreport extract %s -o OUTPUT_DIR` first" % (
            len(others), ", ".join(exts[:5]), p)
    else:
        hint = "it is empty"
    return TablesError("%s: not extraction output: no <id>.json records in this directory; %s" % (p, hint))


def _one_input(raw: PathLike, schema: TablesSchema) -> Iterator[dict]:
    if str(raw) == "-":
        yield from _iter_jsonl(sys.stdin, "<stdin>", schema)
        return
    p = Path(raw)
    if p.is_dir():
        names = sorted(
            e.name for e in os.scandir(p) if e.name.endswith(".json") and not e.name.startswith(".") and e.is_file()
        )
        if not names:
            raise _nothing_here(p)
        for name in names:
            yield from _iter_json_file(p / name, schema)
    elif p.exists():
        name = p.name[:-3] if p.name.endswith(".gz") else p.name
        try:
            if name.endswith(".json"):
                yield from _iter_json_file(p, schema)
            else:
                with _open_text(p) as f:
                    yield from _iter_jsonl(f, str(p), schema)
        except UnicodeDecodeError:
            raise TablesError("%s: not UTF-8 text: not extraction output" % p) from None
        except (gzip.BadGzipFile, EOFError) as e:
            raise TablesError("%s: not a readable gzip file (%s): not extraction output" % (p, e)) from None
    else:
        raise TablesError("no such file or directory: %s" % p)


def iter_records(inputs: Inputs, schema: TablesSchema = SCHEMA) -> Iterator[dict]:
    """Yield the records (Document or error-record dicts) of one or several inputs, in order.

    Each input is

    * a directory: every ``*.json`` file in it (not below it), by file name;
      hidden files -- such as ``.x.json.tmp`` left by an interrupted
      ``vnreport extract`` -- are skipped;
    * a ``.json`` file: one record (or a JSON array of records);
    * any other file (``.jsonl``, ``.ndjson``, optionally ``.gz``): one record
      per line, blank lines skipped; ``-`` reads JSONL from stdin.

    Records are read one at a time and each is validated against the models
    (a ``Document`` or an ``ErrorRecord``). Raises ``TablesError`` for a
    missing input, an input without any record (e.g. a directory of
    ``.txt`` articles), invalid JSON or a value that is not a record.
    """
    for raw in _as_paths(inputs):
        n = 0
        for rec in _one_input(raw, schema):
            n += 1
            yield rec
        if n == 0:
            raise TablesError("%s: not extraction output: no records in it" % ("<stdin>" if str(raw) == "-" else raw))


# ---------------------------------------------------------------------- flattening


def record_rows(rec: dict, schema: TablesSchema = SCHEMA) -> dict[str, list[dict]]:
    """The rows one record contributes to each table (every table present, maybe empty).

    Values are typed Python values: list columns hold lists (of strings, or
    of ``{start, end, text}`` dicts), as in Parquet.
    """
    out: dict[str, list[dict]] = {t: [] for t in schema.tables}
    docs = schema.tables["documents"]
    if "error" in rec:
        cols = docs.error_columns
        out["documents"].append({c: (cols[c].get(rec) if c in cols else None) for c in docs.column_names})
        return out
    doc_row = {c.name: c.get(rec) for c in docs.columns}
    out["documents"].append(doc_row)

    def walk(item: dict, keys: dict, parent_row: dict, children: list[Table]) -> None:
        for t in children:
            for i, child in enumerate(item.get(t.field) or []):
                row_keys = dict(keys)
                if t.index:
                    row_keys[t.index] = i
                row = dict(row_keys)
                for c in t.carry:
                    row[c] = parent_row[c]
                for c in t.own:
                    row[c.name] = c.get(child)
                out[t.name].append(row)
                if t.children:
                    walk(child, row_keys, row, t.children)

    walk(rec, {DOC_ID: rec["id"]}, doc_row, docs.children)
    return out


def _unique(records: Iterable[dict]) -> Iterator[dict]:
    seen: set[str] = set()
    for rec in records:
        if rec["id"] in seen:
            raise TablesError(
                "duplicate document id %r: the tables are keyed by id (same output given twice?)" % rec["id"]
            )
        seen.add(rec["id"])
        yield rec


def to_tables(records: Iterable[dict], schema: TablesSchema = SCHEMA) -> dict[str, list[dict]]:
    """Flatten records into ``{table: [row, ...]}`` (every table in ``TABLES``, rows as ordered dicts).

    Raises ``TablesError`` when a record is not a valid document or error
    record, or when two records have the same id.
    """
    tables: dict[str, list[dict]] = {t: [] for t in schema.tables}
    for rec in _unique(schema.validate(r, "record") for r in records):
        for t, rows in record_rows(rec, schema).items():
            tables[t].extend(rows)
    return tables


# ------------------------------------------------------------------------- writing


def _sql_ident(name: str) -> str:
    return '"%s"' % name.replace('"', '""')


def schema_sql(schema: TablesSchema = SCHEMA) -> str:
    """``CREATE TABLE`` statements giving the CSV tables their column types (the ``schema.sql`` sidecar)."""
    doc_version = schema.document_model.model_fields.get("schema_version")
    lines = [
        "-- vnreport tables: the column types of the CSV files next to this file%s."
        % (" (record schema_version %s)" % doc_version.default if doc_version is not None else ""),
        "-- DuckDB:  .read DIR/schema.sql   then, per table:  COPY officials FROM 'DIR/officials.csv' (HEADER);",
        "-- List columns are text in CSV: strings joined with %r, or JSON." % LIST_SEPARATOR,
        "",
    ]
    for t in schema.tables.values():
        lines.append("CREATE TABLE %s (" % _sql_ident(t.name))
        for i, c in enumerate(t.columns):
            comma = "," if i < len(t.columns) - 1 else ""
            note = c.source or c.note or "derived"
            if c.type == "list":
                note += " (JSON text)" if _is_model(c.item) else " (joined with %r)" % LIST_SEPARATOR
            decl = "%s %s%s%s" % (_sql_ident(c.name), c.sql_type, " NOT NULL" if c.key else "", comma)
            lines.append("    %-40s -- %s" % (decl, note))
        lines.append(");")
        lines.append("")
    return "\n".join(lines)


def _csv_cell(v: Any, col: Column) -> Any:
    if col.type == "list":
        if _is_model(col.item):
            return json.dumps(v or [], ensure_ascii=False)
        return LIST_SEPARATOR.join(str(x) for x in v) if v else ""
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    return v


class _CsvSink:
    def __init__(self, path: Path, table: Table):
        self.f = open(path, "w", encoding="utf-8", newline="")
        self.w = csv.writer(self.f, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        self.cols = table.columns
        self.w.writerow(table.column_names)

    def add(self, rows: list[dict]) -> None:
        self.w.writerows([_csv_cell(r[c.name], c) for c in self.cols] for r in rows)

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


def _arrow_type(pa, ann: Any):
    ann, _ = _unwrap(ann)
    kind = _scalar(ann)
    if kind is not None:
        return {"str": pa.string(), "int": pa.int64(), "float": pa.float64(), "bool": pa.bool_()}[kind]
    if _is_model(ann):
        return pa.struct([(f, _arrow_type(pa, info.annotation)) for f, info in ann.model_fields.items()])
    if get_origin(ann) is list:
        return pa.list_(_arrow_type(pa, get_args(ann)[0]))
    raise TypeError("tables: no Arrow type for %r" % (ann,))


def _column_arrow_type(pa, col: Column):
    if col.type == "list":
        item = col.item if _is_model(col.item) else {"str": str, "int": int, "float": float, "bool": bool}[col.item]
        return pa.list_(_arrow_type(pa, item))
    return _arrow_type(pa, {"str": str, "int": int, "float": float, "bool": bool}[col.type])


def arrow_schema(table: str, schema: TablesSchema = SCHEMA):
    """The pyarrow schema of ``table`` (needs pyarrow)."""
    pa, _ = _import_pyarrow()
    return pa.schema(
        [pa.field(c.name, _column_arrow_type(pa, c), nullable=not c.key) for c in schema.tables[table].columns]
    )


class _ParquetSink:
    def __init__(self, path: Path, table: Table):
        self.pa, pq = _import_pyarrow()
        self.schema = arrow_schema(table.name)
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
    pyarrow; ``MissingDependencyError`` otherwise). All nine files are
    written, empty tables with just a header / schema; with CSV also
    ``out_dir/schema.sql`` (``schema_sql``), the column types. Each file is
    written under a temporary name and renamed when complete, so a failed
    run (``TablesError`` on bad input) leaves earlier outputs untouched;
    input that is not extraction output at all is refused before
    ``out_dir`` is created.
    Returns ``{table: path}`` in ``TABLES`` order.
    """
    if fmt not in FORMATS:
        raise TablesError("unknown table format %r (choose from %s)" % (fmt, ", ".join(FORMATS)))
    if fmt == "parquet":
        _import_pyarrow()  # fail before reading anything
    records = _unique(iter_records(input_path))
    first = next(records, None)  # input that is not extraction output fails here, before anything is created
    if first is None:
        raise TablesError("no input given")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    final = {t: out / ("%s.%s" % (t, fmt)) for t in TABLES}
    tmp = {t: out / (".%s.%s.tmp" % (t, fmt)) for t in TABLES}
    sql_tmp = out / (".%s.tmp" % SCHEMA_SQL)
    sink_cls = _CsvSink if fmt == "csv" else _ParquetSink
    sinks: dict[str, Any] = {}
    ok = False
    try:
        for t in TABLES:
            sinks[t] = sink_cls(tmp[t], SCHEMA.tables[t])
        for rec in itertools.chain([first], records):
            for t, rows in record_rows(rec).items():
                if rows:
                    sinks[t].add(rows)
        for t in TABLES:
            sinks.pop(t).close()
        if fmt == "csv":
            sql_tmp.write_text(schema_sql(), encoding="utf-8")
        for t in TABLES:
            os.replace(tmp[t], final[t])
        if fmt == "csv":
            os.replace(sql_tmp, out / SCHEMA_SQL)
        ok = True
    finally:
        if not ok:
            for s in sinks.values():
                try:
                    s.close()
                except Exception:  # noqa: BLE001 - cleaning up after the real error
                    pass
            for p in [*tmp.values(), sql_tmp]:
                p.unlink(missing_ok=True)
    return final
