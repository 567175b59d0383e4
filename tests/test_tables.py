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
import sys
from pathlib import Path

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
    "documents": "doc_id path sha256 chars published published_year published_month report_year plan_year "
    "plan_period n_officials n_percentages n_indicator_counts n_tasks n_warnings pipeline_version "
    "error_code error_message",
    "officials": "doc_id official_index name honorific first_start first_end n_mentions rule",
    "positions": "doc_id official_index position_index name title organization organization_expanded text "
    "start end rule",
    "mentions": "doc_id official_index name start end text",
    "percentages": "doc_id index value text start end qualifier change subject subject_start subject_end "
    "reference basis is_target range_bound rule",
    "indicator_counts": "doc_id index count total unit status outcome scope breakdown_of text start end rule",
    "tasks": "doc_id index year text start end issued_by assignees rule",
    "warnings": "doc_id index code message spans",
}

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
    kinds = {
        "int": pa.types.is_int64,
        "float": pa.types.is_float64,
        "bool": pa.types.is_boolean,
        "str": pa.types.is_string,
    }
    ints = {"chars", "published_year", "published_month", "report_year", "plan_year", "n_officials",
            "n_percentages", "n_indicator_counts", "n_tasks", "n_warnings", "official_index", "position_index",
            "first_start", "first_end", "n_mentions", "start", "end", "index", "subject_start", "subject_end",
            "count", "total", "breakdown_of", "year"}

    def kind(col: str) -> str:
        return "float" if col == "value" else "bool" if col == "is_target" else "int" if col in ints else "str"

    for table in TABLES:
        got = pq.read_table(paths[table])
        assert got.column_names == COLUMNS[table]
        for col in COLUMNS[table]:
            assert kinds[kind(col)](got.schema.field(col).type), (table, col, got.schema.field(col).type)
        assert got.to_pylist() == want_rows[table], table
    docs = {d["doc_id"]: d for d in pq.read_table(paths["documents"]).to_pylist()}
    assert docs["loi-1"]["error_message"] == ERROR_MESSAGE and docs["loi-1"]["chars"] is None
    assert docs["huyen-a"]["published_month"] == 12 and docs["huyen-b"]["published_month"] is None
    assert pq.read_table(paths["percentages"]).schema.field("value").type == pa.float64()
    assert pq.read_table(paths["percentages"]).schema.field("is_target").type == pa.bool_()


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
