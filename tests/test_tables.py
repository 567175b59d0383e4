"""pipeline.tables: flat CSV / Parquet tables from real extraction outputs.

The outputs are made by running the pipeline (``pipeline.extract``) on three
short reports written for this test, plus one error record, and stored both as
a directory of ``<id>.json`` files and as one JSONL file -- the two forms
``vnreport extract`` writes. The tables are then loaded into a real in-process
DuckDB (and read back with ``csv`` / pyarrow) and checked.
"""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any, Iterator

import pytest

from pipeline import extract
from pipeline.batch import run_batch, write_json_atomic
from pipeline.tables import (
    COLUMNS,
    TABLES,
    MissingDependencyError,
    TablesError,
    iter_records,
    to_tables,
    write_tables,
)

TEXTS = {
    # published 2024-12; Nguyễn Văn An is "Bí thư Huyện ủy"; a task with a comma and quotes
    "huyen-a": (
        " date 2024-12 Đồng chí Nguyễn Văn An, Bí thư Huyện ủy, Chủ tịch HĐND huyện phát biểu tại hội nghị "
        "tổng kết năm 2024.\n"
        "Tỷ lệ hộ nghèo giảm 4,07%; tổng vốn đầu tư đạt hơn 138% kế hoạch.\n"
        "Có 24/30 chỉ tiêu đạt và vượt kế hoạch; 5 chỉ tiêu không đạt.\n"
        'Năm 2025, đồng chí Nguyễn Văn An yêu cầu các phòng, ban tập trung triển khai "Chương trình mục tiêu" quốc gia.'
    ),
    # no date line: published is null; also "Bí thư Huyện ủy"; CRLF line ends
    "huyen-b": (
        "Sáng 10/1, ông Trần Văn Bình, Bí thư Huyện ủy chủ trì hội nghị. Dự hội nghị có bà Lê Thị Cúc, "
        "Phó Chủ tịch UBND huyện.\r\n"
        "Năm 2024, thu ngân sách đạt 105,2% dự toán, tăng 7,5% so với cùng kỳ.\r\n"
        "Năm 2025, phấn đấu tỷ lệ che phủ rừng đạt 72%."
    ),
    # published 2023-06-15; "Phó Bí thư Huyện ủy" and "Bí thư Đảng ủy xã" must not match
    "xa-c": (
        " date 2023-06-15 Chiều 15/6, Đảng ủy xã Minh Tiến tổ chức hội nghị sơ kết 6 tháng đầu năm 2023. "
        "Dự hội nghị có đồng chí Hoàng Văn Dũng, Phó Bí thư Huyện ủy; Bí thư Đảng ủy xã Hoàng Thị Mai "
        "chủ trì hội nghị.\n"
        "Có 8/10 chỉ tiêu đạt, trong đó 5 chỉ tiêu kinh tế, 4 chỉ tiêu xã hội."
    ),
}

ERROR_PATH = 'corpora/báo cáo, "lỗi".txt'
ERROR_MESSAGE = 'không đọc được tệp, byte 2: "\\xff" (UTF-8?)\ndòng thứ hai, có dấu phẩy\r\nhết'
ERROR_RECORD = {
    "id": "loi-1",
    "source": {"path": ERROR_PATH, "sha256": None, "bytes": 3},
    "error": {"code": "invalid_utf8", "message": ERROR_MESSAGE},
}

# The contract of the brief, pinned here.
EXPECTED_COLUMNS = {
    # schema_version (Document) and bytes (ErrorRecord.source) are model fields that had no column before
    "documents": "doc_id schema_version path sha256 chars published published_year published_month report_year "
    "plan_year plan_period n_officials n_percentages n_indicator_counts n_tasks n_places "
    # schema 1.1: the report's unit (Document.unit), flattened
    "unit_name unit_level unit_code unit_official_name unit_division_list unit_province_code unit_province_name "
    "unit_district_code unit_district_name unit_successors unit_successors_since unit_province_code_2025 "
    "unit_province_name_2025 unit_evidence unit_confidence unit_rule "
    "n_warnings pipeline_version bytes error_code error_message",
    "officials": "doc_id official_index name honorific first_start first_end n_mentions rule",
    "positions": "doc_id official_index position_index name title organization organization_expanded text "
    "start end rule",
    "mentions": "doc_id official_index name start end text",
    "percentages": "doc_id index value text start end qualifier change subject subject_start subject_end "
    "reference basis is_target range_bound rule",
    "indicator_counts": "doc_id index count total unit status outcome scope breakdown_of text start end rule",
    "tasks": "doc_id index year text start end issued_by assignees rule",
    "places": "doc_id index name level organization implicit text start end code official_name division_list "
    "province_code province_name district_code district_name successors successors_since rule",
    "warnings": "doc_id index code message spans",
}

# The type of each column, written out here (not taken from the implementation).
INT_COLUMNS = {
    "chars", "published_year", "published_month", "report_year", "plan_year", "n_officials", "n_percentages",
    "n_indicator_counts", "n_tasks", "n_places", "n_warnings", "bytes", "official_index", "position_index", "first_start",
    "first_end", "n_mentions", "start", "end", "index", "subject_start", "subject_end", "count", "total",
    "breakdown_of", "year",
}


def kind(col: str) -> str:
    special = {"value": "float", "is_target": "bool", "assignees": "list_str", "spans": "list_span",
               "implicit": "bool", "unit_confidence": "float", "unit_evidence": "list_span",
               "successors": "list_division", "unit_successors": "list_division"}
    return special.get(col) or ("int" if col in INT_COLUMNS else "str")


# "officials whose position text is 'Bí thư Huyện ủy', with their document's published month"
EXPECTED_BI_THU = [
    ("huyen-a", "Nguyễn Văn An", 2024, 12),
    ("huyen-b", "Trần Văn Bình", None, None),
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """The records, and them written as DIR/<id>.json (plus junk temp files) and as one JSONL."""
    base = tmp_path_factory.mktemp("tables")
    records = [extract(text, doc_id=doc_id).model_dump(mode="json") for doc_id, text in TEXTS.items()]
    records.append(ERROR_RECORD)
    out = base / "json"
    out.mkdir()
    for rec in records:
        write_json_atomic(out / (rec["id"] + ".json"), rec)
    # left by an interrupted run / editors: must be ignored
    (out / ".huyen-a.json.tmp").write_text('{"id": "ghost", "source": {"sha256": "x", "cha', encoding="utf-8")
    (out / ".ghost.json").write_text(json.dumps({"id": "ghost2", "source": {}, "error": {}}), encoding="utf-8")
    (out / "notes.txt").write_text("not a record", encoding="utf-8")
    jsonl = base / "all.jsonl"
    with open(jsonl, "w", encoding="utf-8") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return {"base": base, "records": records, "dir": out, "jsonl": jsonl}


@pytest.fixture(scope="module")
def csv_dir(corpus):
    out = corpus["base"] / "csv"
    paths = write_tables(corpus["dir"], out)
    assert list(paths) == list(TABLES)
    assert all(p == out / (t + ".csv") and p.is_file() for t, p in paths.items())
    return out


def expected_counts(records: list[dict]) -> dict[str, int]:
    """Row counts per table, counted on the JSON records themselves."""
    docs = [r for r in records if "error" not in r]
    officials = [o for r in docs for o in r["officials"]]
    return {
        "documents": len(records),
        "officials": len(officials),
        "positions": sum(len(o["positions"]) for o in officials),
        "mentions": sum(len(o["mentions"]) for o in officials),
        "percentages": sum(len(r["percentages"]) for r in docs),
        "indicator_counts": sum(len(r["indicator_counts"]) for r in docs),
        "tasks": sum(len(r["tasks"]) for r in docs),
        "places": sum(len(r["places"]) for r in docs),
        "warnings": sum(len(r["warnings"]) for r in docs),
    }


def read_csv(path: Path) -> tuple[list[str], list[dict]]:
    with open(path, encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        header = next(reader)
        return header, [dict(zip(header, row)) for row in reader]


# --------------------------------------------------------------------- contract


def test_columns_are_the_contract():
    assert list(COLUMNS) == list(EXPECTED_COLUMNS) == list(TABLES)
    for table, cols in EXPECTED_COLUMNS.items():
        assert COLUMNS[table] == cols.split(), table


def test_corpus_exercises_every_table(corpus):
    counts = expected_counts(corpus["records"])
    assert all(n > 0 for n in counts.values()), counts
    docs = {r["id"]: r for r in corpus["records"]}
    assert docs["huyen-a"]["published"] == "2024-12"
    assert docs["huyen-b"]["published"] is None


# ------------------------------------------------------------------------ reading


def test_directory_and_jsonl_give_the_same_records(corpus):
    from_dir = list(iter_records(corpus["dir"]))
    from_jsonl = list(iter_records(corpus["jsonl"]))
    by_id = sorted(corpus["records"], key=lambda r: r["id"])
    assert from_dir == by_id  # directory: sorted by file name
    assert from_jsonl == corpus["records"]  # JSONL: line order
    assert to_tables(from_dir) == to_tables(by_id)


def test_directory_ignores_hidden_temp_files(corpus):
    ids = [r["id"] for r in iter_records(corpus["dir"])]
    assert ids == sorted([*TEXTS, "loi-1"])
    assert "ghost" not in ids and "ghost2" not in ids


def test_several_inputs_and_duplicate_ids(corpus, tmp_path):
    first, rest = corpus["records"][:2], corpus["records"][2:]
    part = tmp_path / "part.jsonl"
    part.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n\n" for r in first), encoding="utf-8")
    other = tmp_path / "other"
    other.mkdir()
    for rec in rest:
        (other / (rec["id"] + ".json")).write_text(json.dumps(rec, ensure_ascii=False), encoding="utf-8")
    want = [r["id"] for r in first] + sorted(r["id"] for r in rest)  # a directory is read by file name
    assert [r["id"] for r in iter_records([part, str(other)])] == want
    with pytest.raises(TablesError, match="duplicate document id"):
        to_tables(iter_records([corpus["dir"], corpus["jsonl"]]))
    with pytest.raises(TablesError, match="duplicate document id"):
        write_tables([corpus["dir"], corpus["jsonl"]], tmp_path / "dup")
    assert not list((tmp_path / "dup").iterdir())  # no partial or temporary files left


def test_bad_inputs_are_clear_errors(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a", "source": {}, "error": {"code": "x", "message": "y"}}\n{"id": "b", "sou\n',
                   encoding="utf-8")
    with pytest.raises(TablesError, match=r"bad\.jsonl:2: invalid JSON"):
        list(iter_records(bad))
    notrec = tmp_path / "list.jsonl"
    notrec.write_text("[1, 2]\n", encoding="utf-8")
    with pytest.raises(TablesError, match="not a vnreport record"):
        list(iter_records(notrec))
    with pytest.raises(TablesError, match="no such file"):
        list(iter_records(tmp_path / "missing"))
    with pytest.raises(TablesError, match="unknown table format"):
        write_tables(bad, tmp_path / "o", fmt="xlsx")


def test_real_batch_outputs(tmp_path):
    """What ``vnreport extract -o DIR --jsonl FILE`` writes (incl. an error record) loads the same both ways."""
    src = tmp_path / "in"
    src.mkdir()
    (src / "huyen-a.txt").write_text(TEXTS["huyen-a"], encoding="utf-8")
    (src / "rong.txt").write_bytes(b"")  # -> error record "empty"
    summary = run_batch([str(src)], out_dir=tmp_path / "out", jsonl=str(tmp_path / "all.jsonl"), workers=1)
    assert (summary.done, summary.failed) == (1, 1)
    a = to_tables(iter_records(tmp_path / "out"))
    b = to_tables(iter_records(tmp_path / "all.jsonl"))
    assert a == b
    errors = [d for d in a["documents"] if d["error_code"]]
    assert [(d["doc_id"], d["error_code"]) for d in errors] == [("rong", "empty")]
    assert errors[0]["n_officials"] is None and errors[0]["pipeline_version"] is None


# --------------------------------------------------------------------------- CSV


def test_csv_row_counts_equal_json_counts(corpus, csv_dir):
    want = expected_counts(corpus["records"])
    for table in TABLES:
        header, rows = read_csv(csv_dir / (table + ".csv"))
        assert header == COLUMNS[table]
        assert len(rows) == want[table], table
    # the documents table carries the same counts per document
    _, docs = read_csv(csv_dir / "documents.csv")
    for rec in corpus["records"]:
        row = next(d for d in docs if d["doc_id"] == rec["id"])
        if "error" in rec:
            assert row["n_officials"] == row["n_tasks"] == ""
        else:
            assert int(row["n_officials"]) == len(rec["officials"])
            assert int(row["n_percentages"]) == len(rec["percentages"])
            assert int(row["n_warnings"]) == len(rec["warnings"])


def test_csv_from_jsonl_is_identical(corpus, csv_dir, tmp_path):
    write_tables(corpus["jsonl"], tmp_path)
    for table in TABLES:
        a = sorted(read_csv(csv_dir / (table + ".csv"))[1], key=lambda r: json.dumps(r, sort_keys=True))
        b = sorted(read_csv(tmp_path / (table + ".csv"))[1], key=lambda r: json.dumps(r, sort_keys=True))
        assert a == b, table


def test_csv_roundtrip_of_text(corpus, csv_dir):
    raw = (csv_dir / "documents.csv").read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")  # UTF-8 without BOM
    assert raw.startswith(",".join(COLUMNS["documents"]).encode() + b"\r\n")
    raw.decode("utf-8")

    _, docs = read_csv(csv_dir / "documents.csv")
    err = next(d for d in docs if d["doc_id"] == "loi-1")
    assert err["path"] == ERROR_PATH  # Vietnamese, comma, quotes
    assert err["error_message"] == ERROR_MESSAGE  # newline, CRLF, comma, quotes, backslash
    assert err["error_code"] == "invalid_utf8"
    assert err["chars"] == "" and err["published"] == ""  # null -> empty cell
    a = next(d for d in docs if d["doc_id"] == "huyen-a")
    assert (a["published"], a["published_year"], a["published_month"]) == ("2024-12", "2024", "12")
    b = next(d for d in docs if d["doc_id"] == "huyen-b")
    assert (b["published"], b["published_month"]) == ("", "")

    recs = {r["id"]: r for r in corpus["records"]}
    _, tasks = read_csv(csv_dir / "tasks.csv")
    task = recs["huyen-a"]["tasks"][0]
    assert "," in task["text"] and '"' in task["text"]
    row = next(t for t in tasks if t["doc_id"] == "huyen-a" and t["index"] == "0")
    assert row["text"] == task["text"] == TEXTS["huyen-a"][int(row["start"]):int(row["end"])]
    assert row["assignees"] == " | ".join(task["assignees"])

    _, positions = read_csv(csv_dir / "positions.csv")
    want = [(r["id"], o["name"], p["text"], p["organization_expanded"] or "")
            for r in corpus["records"] if "error" not in r for o in r["officials"] for p in o["positions"]]
    got = [(p["doc_id"], p["name"], p["text"], p["organization_expanded"]) for p in positions]
    assert sorted(got) == sorted(want)

    _, warnings = read_csv(csv_dir / "warnings.csv")
    want = {(r["id"], i): w for r in corpus["records"] if "error" not in r for i, w in enumerate(r["warnings"])}
    assert {(w["doc_id"], int(w["index"])): json.loads(w["spans"]) for w in warnings} == {
        k: w["spans"] for k, w in want.items()
    }

    _, pct = read_csv(csv_dir / "percentages.csv")
    assert {p["is_target"] for p in pct} == {"true", "false"}
    assert sorted(float(p["value"]) for p in pct) == sorted(
        p["value"] for r in corpus["records"] if "error" not in r for p in r["percentages"]
    )


# ------------------------------------------------------------------------ DuckDB


def test_duckdb_query_on_csv_and_jsonl(corpus, csv_dir):
    duckdb = pytest.importorskip("duckdb", reason="pip install duckdb (a test dependency)")
    con = duckdb.connect()
    t = {name: str(csv_dir / (name + ".csv")) for name in TABLES}

    # row counts as DuckDB sees them
    want = expected_counts(corpus["records"])
    for name in TABLES:
        assert con.execute(f"SELECT count(*) FROM read_csv_auto('{t[name]}')").fetchone()[0] == want[name], name

    from_csv = con.execute(
        f"""
        SELECT p.doc_id, p.name, d.published_year, d.published_month
        FROM read_csv_auto('{t["positions"]}') AS p
        JOIN read_csv_auto('{t["documents"]}') AS d USING (doc_id)
        WHERE p.text = 'Bí thư Huyện ủy'
        ORDER BY p.doc_id, p.official_index
        """
    ).fetchall()
    assert from_csv == EXPECTED_BI_THU

    jsonl = str(corpus["jsonl"])
    assert con.execute(f"SELECT count(*) FROM read_ndjson_auto('{jsonl}')").fetchone()[0] == len(corpus["records"])
    from_jsonl = con.execute(
        f"""
        WITH o AS (SELECT id, CAST(published AS VARCHAR) AS published, unnest(officials) AS off
                   FROM read_json_auto('{jsonl}', format = 'newline_delimited')),
             p AS (SELECT id, published, off.name AS name, unnest(off.positions) AS pos FROM o)
        SELECT id, name, TRY_CAST(substr(published, 1, 4) AS INTEGER), TRY_CAST(substr(published, 6, 2) AS INTEGER)
        FROM p WHERE pos.text = 'Bí thư Huyện ủy' ORDER BY id
        """
    ).fetchall()
    assert from_jsonl == EXPECTED_BI_THU
    n_off = con.execute(
        f"SELECT count(*) FROM (SELECT unnest(officials) FROM read_ndjson_auto('{jsonl}'))"
    ).fetchone()[0]
    assert n_off == want["officials"]

    # text survives DuckDB's CSV reader too
    msg = con.execute(
        f"SELECT error_message, path FROM read_csv_auto('{t['documents']}') WHERE error_code IS NOT NULL"
    ).fetchall()
    assert msg == [(ERROR_MESSAGE, ERROR_PATH)]
    # warnings.spans is JSON text DuckDB can parse
    n_spans = con.execute(
        f"SELECT sum(json_array_length(spans::JSON)) FROM read_csv_auto('{t['warnings']}')"
    ).fetchone()[0]
    assert n_spans == sum(len(w["spans"]) for r in corpus["records"] for w in r.get("warnings", []))


# ------------------------------------------------------------------------ Parquet


def test_parquet_roundtrip_with_types(corpus, tmp_path):
    pa = pytest.importorskip("pyarrow", reason="pip install 'vnreport[tables]'")
    import pyarrow.parquet as pq

    paths = write_tables(corpus["jsonl"], tmp_path, fmt="parquet")
    assert {t: p.name for t, p in paths.items()} == {t: t + ".parquet" for t in TABLES}
    want_rows = to_tables(corpus["records"])
    span = pa.struct([("start", pa.int64()), ("end", pa.int64()), ("text", pa.string())])
    division = pa.struct([(f, pa.string()) for f in ("code", "name", "level", "division_list", "province_code",
                                                      "province_name", "district_code", "district_name")])
    arrow = {"int": pa.int64(), "float": pa.float64(), "bool": pa.bool_(), "str": pa.string(),
             "list_str": pa.list_(pa.string()), "list_span": pa.list_(span), "list_division": pa.list_(division)}

    for table in TABLES:
        got = pq.read_table(paths[table])
        assert got.column_names == COLUMNS[table]
        for col in COLUMNS[table]:
            assert got.schema.field(col).type == arrow[kind(col)], (table, col, got.schema.field(col).type)
        assert got.to_pylist() == want_rows[table], table
    docs = {d["doc_id"]: d for d in pq.read_table(paths["documents"]).to_pylist()}
    assert docs["loi-1"]["error_message"] == ERROR_MESSAGE and docs["loi-1"]["chars"] is None
    assert docs["huyen-a"]["published_month"] == 12 and docs["huyen-b"]["published_month"] is None
    assert pq.read_table(paths["percentages"]).schema.field("value").type == pa.float64()
    assert pq.read_table(paths["percentages"]).schema.field("is_target").type == pa.bool_()
    # lists are lists, spans are structs (not joined or JSON text)
    tasks = pq.read_table(paths["tasks"])
    assert tasks.schema.field("assignees").type == pa.list_(pa.string())
    recs = {r["id"]: r for r in corpus["records"]}
    task_rows = [t for t in tasks.to_pylist() if t["doc_id"] == "huyen-a"]
    assert task_rows[0]["assignees"] == recs["huyen-a"]["tasks"][0]["assignees"] != []
    warnings = pq.read_table(paths["warnings"])
    assert warnings.schema.field("spans").type == pa.list_(span)
    assert [w["spans"] for w in warnings.to_pylist()] == [
        w["spans"] for r in corpus["records"] if "error" not in r for w in r["warnings"]
    ]
    assert any(w["spans"] for w in warnings.to_pylist())  # the struct fields are exercised


def test_parquet_empty_tables_keep_their_types(tmp_path):
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    src = tmp_path / "err.jsonl"
    src.write_text(json.dumps(ERROR_RECORD, ensure_ascii=False) + "\n", encoding="utf-8")
    paths = write_tables(src, tmp_path / "out", fmt="parquet")
    officials = pq.read_table(paths["officials"])
    assert officials.num_rows == 0 and officials.column_names == COLUMNS["officials"]
    docs = pq.read_table(paths["documents"])
    assert docs.num_rows == 1
    assert docs.schema.field("chars").type == pa.int64()  # all null, still an int column
    assert docs.column("chars").null_count == 1
    # and CSV: a header-only file
    csv_paths = write_tables(src, tmp_path / "csv")
    assert csv_paths["tasks"].read_bytes() == (",".join(COLUMNS["tasks"]) + "\r\n").encode()


def test_parquet_without_pyarrow_is_a_clear_error(corpus, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    with pytest.raises(MissingDependencyError, match=r"pyarrow.*pip install") as info:
        write_tables(corpus["jsonl"], tmp_path / "out", fmt="parquet")
    assert isinstance(info.value, ImportError)
    assert not (tmp_path / "out").exists()
    # CSV does not need it
    assert write_tables(corpus["jsonl"], tmp_path / "csv")["documents"].is_file()


def test_failed_run_keeps_previous_outputs(corpus, tmp_path):
    out = tmp_path / "t"
    write_tables(corpus["jsonl"], out)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    bad = tmp_path / "bad.jsonl"
    bad.write_text(corpus["jsonl"].read_text(encoding="utf-8") + "{not json\n", encoding="utf-8")
    with pytest.raises(TablesError):
        write_tables(bad, out)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


# ------------------------------------------------------- columns from the models


def _json_leaves(schema: dict) -> set[str]:
    """Every leaf of a model's JSON Schema, as a path: "officials[].positions[].span.start"."""
    defs = schema.get("$defs", {})

    def walk(node: dict, path: str) -> Iterator[str]:
        if "$ref" in node:
            node = defs[node["$ref"].rsplit("/", 1)[1]]
        options = [o for o in node.get("anyOf", []) if o.get("type") != "null"]
        if options:
            for o in options:
                yield from walk(o, path)
        elif node.get("type") == "object" and "properties" in node:
            for name, sub in node["properties"].items():
                yield from walk(sub, (path + "." if path else "") + name)
        elif node.get("type") == "array":
            yield from walk(node["items"], path + "[]")
        else:
            yield path

    return set(walk(schema, ""))


# The only model fields without a column of their own: a span's text, which the
# item carries already (position.text == position.span.text, percentage.subject
# == percentage.subject_span.text, ...; checked on the data below).
SPAN_TEXT_DUPLICATES = {
    "officials[].positions[].span.text": "officials[].positions[].text",
    "percentages[].span.text": "percentages[].text",
    "percentages[].subject_span.text": "percentages[].subject",
    "indicator_counts[].span.text": "indicator_counts[].text",
    "tasks[].span.text": "tasks[].text",
    "places[].span.text": "places[].text",
}

# Where each table's rows come from in a record.
TABLE_PATHS = {"documents": "", "officials": "officials[]", "positions": "officials[].positions[]",
               "mentions": "officials[].mentions[]"}


def _covers(source: str, leaf: str) -> bool:
    return leaf == source or leaf.startswith(source + ".") or leaf.startswith(source + "[]")


def test_every_model_field_has_a_column():
    """Walk Document's (and ErrorRecord's) JSON Schema: each leaf field is some column's source."""
    from pipeline.models import Document, ErrorRecord
    from pipeline.tables import SCHEMA

    doc_leaves = _json_leaves(Document.model_json_schema())
    assert "officials[].positions[].organization_expanded" in doc_leaves and "pipeline.version" in doc_leaves
    sources = {c.source for t in SCHEMA.tables.values() for c in t.columns if c.source}
    missing = {leaf for leaf in doc_leaves if not any(_covers(s, leaf) for s in sources)}
    assert missing == set(SPAN_TEXT_DUPLICATES), missing
    assert all(s in doc_leaves or any(_covers(s, leaf) for leaf in doc_leaves) for s in sources
               if s not in _json_leaves(ErrorRecord.model_json_schema())), sources

    err_leaves = _json_leaves(ErrorRecord.model_json_schema())
    err_sources = {c.source for c in SCHEMA.tables["documents"].error_columns.values()}
    assert err_leaves == err_sources  # id, source.path, source.sha256, source.bytes, error.code, error.message
    assert {c.name for c in SCHEMA.tables["documents"].error_columns.values()} <= set(COLUMNS["documents"])


def _item_paths(rec: dict, table_path: str) -> list[tuple]:
    """The index tuples of the items a table's rows come from, in row order."""
    keys = [p.strip(".") for p in table_path.split("[]")[:-1]]  # "officials[].positions[]" -> officials, positions
    out: list[tuple] = []

    def walk(node: dict, depth: int, idx: tuple) -> None:
        if depth == len(keys):
            out.append(idx)
            return
        for i, child in enumerate(node.get(keys[depth]) or []):
            walk(child, depth + 1, idx + (i,))

    walk(rec, 0, ())
    return out


def _resolve(rec: dict, path: str, idx: tuple) -> Any:
    v: Any = rec
    it = iter(idx)
    for part in [p for p in path.split(".") if p]:
        arr = part.endswith("[]")
        v = v.get(part[:-2] if arr else part) if isinstance(v, dict) else None
        if arr:
            v = v[next(it)] if v is not None else None
    return v


def test_column_sources_are_the_json_values(corpus):
    """Each column holds exactly the value at its source path (checked on every row of the corpus)."""
    from pipeline.tables import SCHEMA

    tables = to_tables(corpus["records"])
    docs = [r for r in corpus["records"] if "error" not in r]
    n_checked = 0
    for name, table in SCHEMA.tables.items():
        path = TABLE_PATHS.get(name, name + "[]")
        rows = [r for r in tables[name] if name != "documents" or r["error_code"] is None]
        want_items = [(rec, idx) for rec in docs for idx in _item_paths(rec, path)]
        assert len(rows) == len(want_items), name
        for row, (rec, idx) in zip(rows, want_items):
            assert row["doc_id"] == rec["id"]
            for c in table.columns:
                if c.source:
                    want = _resolve(rec, c.source, idx)
                    assert row[c.name] == want, (name, c.name, c.source, idx)
                    n_checked += 1
            for dup, sibling in SPAN_TEXT_DUPLICATES.items():
                if dup.startswith(path + ".") and "[]" not in dup[len(path):] and _resolve(rec, dup.rsplit(".", 1)[0], idx) is not None:
                    assert _resolve(rec, dup, idx) == _resolve(rec, sibling, idx)
    assert n_checked > 300
    err = next(r for r in tables["documents"] if r["doc_id"] == "loi-1")
    assert (err["bytes"], err["error_code"], err["path"], err["chars"]) == (3, "invalid_utf8", ERROR_PATH, None)


def test_a_new_model_field_becomes_a_column(tmp_path):
    """Models with added fields (a scalar, a nested model, a list table) give their columns with no edit here."""
    from typing import Optional

    from pipeline.models import Document, ErrorRecord, Span, Task, _Model
    from pipeline.tables import build_schema, record_rows

    class Budget(_Model):
        amount: float
        currency: str = "VND"
        span: Span
        tags: list[str] = []

    class Region(_Model):
        province: str
        code: Optional[int] = None

    class Task2(Task):
        deadline: Optional[str] = None
        done: bool = False

    class Document2(Document):
        tasks: list[Task2] = []
        region: Optional[Region] = None
        budgets: list[Budget] = []

    schema = build_schema(Document2, ErrorRecord)
    cols = {t: tab.column_names for t, tab in schema.tables.items()}
    assert cols["tasks"] == COLUMNS["tasks"] + ["deadline", "done"]
    assert cols["documents"] == COLUMNS["documents"][:-3] + [
        "region_province", "region_code", "n_budgets", "bytes", "error_code", "error_message"]
    assert list(cols) == [*TABLES, "budgets"]
    # span -> start, end (its text is kept: Budget has no text of its own)
    assert cols["budgets"] == ["doc_id", "index", "amount", "currency", "start", "end", "text", "tags"]

    rec = extract(TEXTS["huyen-a"], doc_id="x").model_dump(mode="json")
    rec["tasks"][0].update(deadline="2025-06", done=True)
    rec["region"] = {"province": "An Bình", "code": 7}
    rec["budgets"] = [{"amount": 12, "span": {"start": 0, "end": 5, "text": " date"}, "tags": ["a", "b"]}]
    rows = record_rows(schema.validate(rec, "rec"), schema)
    assert (rows["tasks"][0]["deadline"], rows["tasks"][0]["done"]) == ("2025-06", True)
    assert (rows["documents"][0]["region_province"], rows["documents"][0]["region_code"]) == ("An Bình", 7)
    assert rows["documents"][0]["n_budgets"] == 1
    assert rows["budgets"] == [{"doc_id": "x", "index": 0, "amount": 12.0, "currency": None, "start": 0, "end": 5,
                                "text": " date", "tags": ["a", "b"]}]  # currency: absent from the JSON -> null
    # and the types reach the SQL sidecar
    from pipeline.tables import schema_sql

    sql = schema_sql(schema)
    assert '"amount" DOUBLE' in sql and '"done" BOOLEAN' in sql and '"region_code" BIGINT' in sql


# ---------------------------------------------------------- typed CSV: schema.sql


SQL_TYPES = {"int": "BIGINT", "float": "DOUBLE", "bool": "BOOLEAN", "str": "VARCHAR", "list_str": "VARCHAR",
             "list_span": "VARCHAR", "list_division": "VARCHAR"}


def load_with_schema(con, table_dir: Path, tables=TABLES) -> None:
    """The README's recipe: run schema.sql, then COPY each CSV into its table."""
    con.execute((table_dir / "schema.sql").read_text(encoding="utf-8"))
    for t in tables:
        con.execute(f"COPY {t} FROM '{table_dir / (t + '.csv')}' (HEADER)")


def test_empty_csv_tables_keep_their_types_in_duckdb(tmp_path):
    duckdb = pytest.importorskip("duckdb")
    src = tmp_path / "err.jsonl"
    src.write_text(json.dumps(ERROR_RECORD, ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "t"
    write_tables(src, out)
    assert (out / "schema.sql").is_file()
    con = duckdb.connect()
    # without the sidecar DuckDB can only guess: an empty table is all text
    guessed = con.execute(f"DESCRIBE SELECT * FROM read_csv_auto('{out / 'indicator_counts.csv'}')").fetchall()
    assert {r[0]: r[1] for r in guessed}["count"] == "VARCHAR"

    load_with_schema(con, out)
    for t in TABLES:
        got = {r[0]: r[1] for r in con.execute(f"DESCRIBE {t}").fetchall()}
        assert list(got) == COLUMNS[t]
        assert got == {c: SQL_TYPES[kind(c)] for c in COLUMNS[t]}, t
        assert con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] == (1 if t == "documents" else 0)
    assert con.execute("SELECT bytes, chars, error_code FROM documents").fetchall() == [(3, None, "invalid_utf8")]
    assert con.execute("SELECT sum(count) FROM indicator_counts").fetchone()[0] is None  # a number, not text


def test_typed_csv_load_matches_the_data(corpus, csv_dir):
    duckdb = pytest.importorskip("duckdb")
    con = duckdb.connect()
    load_with_schema(con, csv_dir)
    want = expected_counts(corpus["records"])
    for t in TABLES:
        assert con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] == want[t], t
    # the README's query, on the typed tables
    got = con.execute(
        """
        SELECT p.doc_id, p.name, d.published_year, d.published_month
        FROM positions AS p JOIN documents AS d USING (doc_id)
        WHERE p.text = 'Bí thư Huyện ủy'
        ORDER BY p.doc_id, p.official_index
        """
    ).fetchall()
    assert got == EXPECTED_BI_THU
    assert con.execute("SELECT error_message FROM documents WHERE error_code IS NOT NULL").fetchall() == [
        (ERROR_MESSAGE,)
    ]
    assert con.execute("SELECT count(*) FROM percentages WHERE is_target").fetchone()[0] == sum(
        p["is_target"] for r in corpus["records"] if "error" not in r for p in r["percentages"]
    )
    total = con.execute("SELECT sum(value) FROM percentages").fetchone()[0]
    assert total == pytest.approx(sum(p["value"] for r in corpus["records"] if "error" not in r
                                      for p in r["percentages"]))


# ------------------------------------------------------------ refusing bad input


def test_records_must_be_extraction_output(corpus, tmp_path):
    rec = json.loads(json.dumps(corpus["records"][0]))
    del rec["officials"][0]["name"]
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
    with pytest.raises(TablesError, match=r"bad\.jsonl:1: not vnreport extraction output .*officials\.0\.name"):
        list(iter_records(bad))
    other = tmp_path / "package.json"
    other.write_text('{"id": "x", "name": "some-package", "version": "1.0.0"}', encoding="utf-8")
    with pytest.raises(TablesError, match="not vnreport extraction output"):
        list(iter_records(other))
    txt_dir = tmp_path / "articles"
    txt_dir.mkdir()
    (txt_dir / "a.txt").write_text(TEXTS["huyen-a"], encoding="utf-8")
    with pytest.raises(TablesError, match=r"not extraction output: no <id>\.json records.*\.txt.*vnreport extract"):
        list(iter_records(txt_dir))
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n", encoding="utf-8")
    with pytest.raises(TablesError, match="no records"):
        list(iter_records(empty))
    with pytest.raises(TablesError, match="not vnreport extraction output"):
        to_tables([{"id": "y", "source": {}}])
    newer = dict(corpus["records"][0], sentiment="positive")  # a field from a later version of the models
    with pytest.raises(TablesError, match="field these tables do not know: sentiment .*newer vnreport"):
        to_tables([newer])


VNREPORT = Path(sys.executable).parent / "vnreport"
ROOT = Path(__file__).resolve().parents[1]


def run_tables(*args, cwd: Path) -> subprocess.CompletedProcess:
    assert VNREPORT.exists(), f"console script not installed at {VNREPORT}"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}  # the tree under test, not an installed copy
    return subprocess.run([str(VNREPORT), "tables", *map(str, args)], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=120)


def test_cli_refuses_what_is_not_extraction_output(corpus, tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    for doc_id, text in TEXTS.items():
        (articles / (doc_id + ".txt")).write_text(text, encoding="utf-8")
    proc = run_tables(articles, "-o", tmp_path / "t", cwd=tmp_path)
    assert proc.returncode == 2, proc
    assert "not extraction output" in proc.stderr and "vnreport extract" in proc.stderr, proc.stderr
    assert "Traceback" not in proc.stderr
    assert not (tmp_path / "t").exists()  # nothing written, not even the directory

    proc = run_tables(articles / "huyen-a.txt", "-o", tmp_path / "t", cwd=tmp_path)  # an article, not JSONL
    assert proc.returncode == 2 and "not extraction output" in proc.stderr, proc.stderr
    assert not (tmp_path / "t").exists()

    ok = run_tables(corpus["dir"], "-o", tmp_path / "ok", cwd=tmp_path)
    assert ok.returncode == 0, ok.stderr
    assert ok.stdout.splitlines() == [f"{t}\t{tmp_path / 'ok' / (t + '.csv')}" for t in TABLES] + [
        f"schema\t{tmp_path / 'ok' / 'schema.sql'}"
    ]


# ------------------------------------------------------- the README's recipes, as written


def _readme_blocks(lang: str) -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text[text.index("### Tables for DuckDB / pandas"):]
    section = section[: section.index("\n### ", 1)]
    return [b.split("```", 1)[0] for b in section.split("```" + lang + "\n")[1:]]


def _run_sql(con, block: str) -> list:
    """Run a README SQL block the way the duckdb shell would (``.read FILE`` included)."""
    results = []
    for line in block.splitlines():
        if line.startswith(".read "):
            con.execute(Path(line.split(None, 1)[1]).read_text(encoding="utf-8"))
    body = "\n".join(l for l in block.splitlines() if not l.startswith(".") and not l.startswith("--"))
    for stmt in body.split(";"):
        if stmt.strip():
            results.append(con.execute(stmt).fetchall())
    return results


def test_readme_recipes(corpus, tmp_path, monkeypatch):
    duckdb = pytest.importorskip("duckdb")
    pytest.importorskip("pyarrow")
    sql_csv, sql_parquet = _readme_blocks("sql")
    (py,) = _readme_blocks("python")

    # the SQL recipe on the corpus: the Bí thư Huyện ủy query, typed
    work = tmp_path / "full"
    work.mkdir()
    write_tables(corpus["jsonl"], work / "tables")
    write_tables(corpus["jsonl"], work / "tables", fmt="parquet")
    monkeypatch.chdir(work)
    con = duckdb.connect()
    *_, rows = _run_sql(con, sql_csv)
    assert sorted(rows, key=str) == sorted([(n, y, m) for _, n, y, m in EXPECTED_BI_THU], key=str)
    assert dict(con.execute("SELECT column_name, data_type FROM information_schema.columns "
                            "WHERE table_name = 'documents'").fetchall())["published_month"] == "BIGINT"

    # the Parquet queries: lists and span structs
    tasks_rows, spans_rows = _run_sql(duckdb.connect(), sql_parquet)
    recs = {r["id"]: r for r in corpus["records"]}
    assert tasks_rows == [("huyen-a", recs["huyen-a"]["tasks"][0]["text"])]
    want = [(r["id"], w["code"], s["start"], s["text"]) for r in corpus["records"] if "error" not in r
            for w in r["warnings"] for s in w["spans"]]
    assert sorted(spans_rows) == sorted(want) and want

    # the Python recipe, on tables that are all empty but documents: still typed
    empty = tmp_path / "empty"
    empty.mkdir()
    src = tmp_path / "err.jsonl"
    src.write_text(json.dumps(ERROR_RECORD, ensure_ascii=False) + "\n", encoding="utf-8")
    write_tables(src, empty / "tables")
    monkeypatch.chdir(empty)
    ns: dict = {}
    exec(py, ns)
    for t in TABLES:
        got = {r[0]: r[1] for r in ns["con"].execute(f"DESCRIBE {t}").fetchall()}
        assert got == {c: SQL_TYPES[kind(c)] for c in COLUMNS[t]}, t


# ------------------------------------------------------------- places (schema 1.1)

PROVINCE_TEXTS = {
    # the same province before and after 2025-07-01: Bắc Kạn's district Ngân Sơn, then tỉnh Thái Nguyên
    "ns-2023": " date 2023-12 HĐND huyện Ngân Sơn khai mạc kỳ họp cuối năm 2023. Có 20/25 chỉ tiêu đạt và vượt "
               "kế hoạch, trong đó 5 chỉ tiêu vượt.",
    "ns-2024": " date 2024-12 Huyện ủy Ngân Sơn tổng kết năm 2024. Có 24/30 chỉ tiêu đạt và vượt kế hoạch.",
    "tn-2025": " date 2025-12 UBND tỉnh Thái Nguyên tổng kết năm 2025. Toàn tỉnh có 28/32 chỉ tiêu đạt kế hoạch.",
    "no-unit": "Bộ Y tế tổng kết năm 2024. Bộ trưởng phát biểu. Cả nước có 10/12 chỉ tiêu đạt.",
}


def test_places_table_and_unit_code(tmp_path):
    records = [extract(t, doc_id=i).model_dump(mode="json") for i, t in PROVINCE_TEXTS.items()]
    jsonl = tmp_path / "all.jsonl"
    jsonl.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    write_tables(jsonl, tmp_path / "t")
    _, docs = read_csv(tmp_path / "t" / "documents.csv")
    assert {d["doc_id"]: (d["unit_code"], d["unit_level"], d["unit_province_code_2025"]) for d in docs} == {
        "ns-2023": ("062", "huyện", "19"), "ns-2024": ("062", "huyện", "19"), "tn-2025": ("19", "tỉnh", "19"),
        "no-unit": ("", "", "")}
    _, places = read_csv(tmp_path / "t" / "places.csv")
    assert [(p["doc_id"], p["text"], p["code"], p["division_list"]) for p in places] == [
        ("ns-2023", "HĐND huyện Ngân Sơn", "062", "pre-2025"), ("ns-2024", "Huyện ủy Ngân Sơn", "062", "pre-2025"),
        ("tn-2025", "UBND tỉnh Thái Nguyên", "19", "2025")]
    assert [s["code"] for s in json.loads(places[0]["successors"])] == [
        s["code"] for s in records[0]["places"][0]["successors"]]


def test_readme_duckdb_indicator_counts_per_province(tmp_path):
    """The README's query, run as written on tables of a folder of articles."""
    duckdb = pytest.importorskip("duckdb")
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    (block,) = [b for b in readme.split("```sql")[1:] if "unit_province_code_2025" in b.split("```")[0]]
    sql = block.split("```")[0]
    tables = tmp_path / "tables"
    (tmp_path / "out").mkdir()
    for i, t in PROVINCE_TEXTS.items():
        write_json_atomic(tmp_path / "out" / (i + ".json"), extract(t, doc_id=i).model_dump(mode="json"))
    write_tables(tmp_path / "out", tables)
    con = duckdb.connect()
    cwd = os.getcwd()
    os.chdir(tmp_path)  # the README's paths are relative: tables/...
    try:
        for stmt in sql.split(";"):
            lines = [ln for ln in stmt.splitlines() if ln.strip() and not ln.strip().startswith("--")]
            if not lines:
                continue
            if lines[0].startswith(".read "):
                con.execute((tmp_path / lines[0].split()[1]).read_text(encoding="utf-8"))
                lines = lines[1:]
            if lines:
                rows = con.execute("\n".join(lines)).fetchall()
    finally:
        os.chdir(cwd)
    assert rows == [("19", 2023, 1, 20, 25, ["Ngân Sơn"]), ("19", 2024, 1, 24, 30, ["Ngân Sơn"]),
                    ("19", 2025, 1, 28, 32, ["Thái Nguyên"])]
