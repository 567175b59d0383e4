"""End-to-end tests of ``vnreport extract`` through the installed console script.

Every test runs the real entry point (``.venv/bin/vnreport``) in a subprocess,
in ``tmp_path``, and checks files, stdout, stderr and the exit code.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

import pipeline
from helpers import all_spans, read_jsonl

REPO = Path(__file__).parents[1]
SEED = REPO / "corpora" / "ngan-son-2024.txt"
SCHEMA_FILE = REPO / "schemas" / "document.schema.json"
VNREPORT = Path(sys.executable).parent / "vnreport"

# Short report texts written for these tests (in the genre, not copied).
GOOD_A = (
    "Đồng chí Trần Văn Hòa, Bí thư Huyện ủy phát biểu tại hội nghị. "
    "Năm 2024, tỷ lệ hộ nghèo của huyện giảm 2,5%, vượt chỉ tiêu đề ra."
)
GOOD_B = (
    "Bà Lê Thị Mai, Chủ tịch UBND xã Tân Lập cho biết: năm 2024 xã có 12/15 chỉ tiêu đạt và vượt kế hoạch. "
    "Thu ngân sách đạt hơn 115% dự toán."
)
GOOD_C = (
    "Ông Phạm Quốc Tuấn, Phó Chủ tịch HĐND tỉnh dự và chỉ đạo hội nghị. "
    "Tỷ lệ che phủ rừng đạt 73,2%; thu nhập bình quân đầu người tăng 8%."
)

REQUIRED_DOC_KEYS = {"schema_version", "id", "source", "officials", "percentages", "indicator_counts", "tasks",
                     "warnings", "pipeline"}


def run(args, cwd, *, input_bytes: bytes | None = None) -> subprocess.CompletedProcess:
    assert VNREPORT.exists(), f"console script not installed at {VNREPORT}"
    return subprocess.run(
        [str(VNREPORT), *map(str, args)],
        cwd=cwd,
        input=input_bytes,
        capture_output=True,
        timeout=120,
    )


def stderr_of(proc) -> str:
    return proc.stderr.decode("utf-8", "replace")






def assert_error_record(rec: dict, code: str) -> None:
    assert set(rec) == {"id", "source", "error"}, rec
    assert set(rec["error"]) == {"code", "message"}
    assert rec["error"]["code"] == code, rec
    assert isinstance(rec["error"]["message"], str) and rec["error"]["message"]


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode("utf-8"))
    return path


# ----------------------------------------------------------------- basics


def test_version(tmp_path):
    proc = run(["--version"], tmp_path)
    assert proc.returncode == 0
    out = proc.stdout.decode()
    assert "vnreport" in out
    assert pipeline.__version__ in out


def test_extract_seed_to_dir_is_pretty_utf8(tmp_path):
    out = tmp_path / "out"
    proc = run(["extract", SEED, "-o", out], tmp_path)
    assert proc.returncode == 0, stderr_of(proc)
    target = out / "ngan-son-2024.json"
    assert target.is_file()
    assert sorted(p.name for p in out.iterdir()) == ["ngan-son-2024.json"]  # no temp files left
    raw = target.read_bytes()
    text = raw.decode("utf-8")  # valid UTF-8
    # Pretty-printed (indented, multi-line) and Vietnamese is not \u-escaped.
    assert text.count("\n") > 20
    assert '\n  "id": "ngan-son-2024"' in text
    assert "\\u" not in text
    assert "Nông Bình Cương" in text
    assert "Huyện ủy" in text
    doc = json.loads(text)
    assert REQUIRED_DOC_KEYS <= doc.keys()
    assert doc["id"] == "ngan-son-2024"
    assert doc["source"]["path"] == str(SEED)
    seed_text = SEED.read_text(encoding="utf-8-sig")
    assert doc["source"]["chars"] == len(seed_text)
    assert doc["officials"] and doc["percentages"]
    for sp in all_spans(doc):
        assert seed_text[sp["start"]:sp["end"]] == sp["text"]
    assert "1 done, 0 failed" in stderr_of(proc)


def test_extract_seed_validates_against_schema_file(tmp_path):
    if not SCHEMA_FILE.exists():
        pytest.skip("schemas/document.schema.json not generated yet (run `make schema`)")
    jsonschema = pytest.importorskip("jsonschema")
    out = tmp_path / "out"
    proc = run(["extract", SEED, "-o", out], tmp_path)
    assert proc.returncode == 0, stderr_of(proc)
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    jsonschema.validate(json.loads((out / "ngan-son-2024.json").read_text(encoding="utf-8")), schema)


def test_extract_seed_validates_against_schema_command(tmp_path):
    """The schema printed by ``vnreport schema`` accepts what ``extract`` writes."""
    jsonschema = pytest.importorskip("jsonschema")
    proc = run(["schema", "-o", tmp_path / "schema.json"], tmp_path)
    assert proc.returncode == 0, stderr_of(proc)
    schema = json.loads((tmp_path / "schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    proc = run(["extract", SEED, "-o", tmp_path / "out"], tmp_path)
    assert proc.returncode == 0, stderr_of(proc)
    doc = json.loads((tmp_path / "out" / "ngan-son-2024.json").read_text(encoding="utf-8"))
    jsonschema.validate(doc, schema)


def test_directory_input_recurses_into_txt_only(tmp_path):
    src = tmp_path / "src"
    write(src / "a.txt", GOOD_A)
    write(src / "sub" / "deeper" / "b.txt", GOOD_B)
    write(src / "notes.md", GOOD_C)
    write(src / "c.txt.bak", GOOD_C)
    write(src / "data.json", '{"x": 1}')
    write(src / "sub" / "README", GOOD_C)
    out = tmp_path / "out"
    proc = run(["extract", "src", "-o", out], tmp_path)
    assert proc.returncode == 0, stderr_of(proc)
    assert sorted(p.name for p in out.iterdir()) == ["a.json", "b.json"]
    b = json.loads((out / "b.json").read_text(encoding="utf-8"))
    assert Path(b["source"]["path"]) == Path("src/sub/deeper/b.txt")
    assert "2 done, 0 failed" in stderr_of(proc)


def test_jsonl_one_document_per_line_in_input_order(tmp_path):
    c = write(tmp_path / "zeta.txt", GOOD_C)
    a = write(tmp_path / "alpha.txt", GOOD_A)
    b = write(tmp_path / "mid.txt", GOOD_B)
    proc = run(["extract", "zeta.txt", "alpha.txt", "mid.txt", "--jsonl", "all.jsonl"], tmp_path)
    assert proc.returncode == 0, stderr_of(proc)
    recs = read_jsonl(tmp_path / "all.jsonl")
    assert [r["id"] for r in recs] == ["zeta", "alpha", "mid"]
    for rec, path in zip(recs, (c, a, b)):
        assert REQUIRED_DOC_KEYS <= rec.keys()
        text = path.read_text(encoding="utf-8")
        assert rec["source"]["chars"] == len(text)
        for sp in all_spans(rec):
            assert text[sp["start"]:sp["end"]] == sp["text"]
    # --jsonl alone does not also write outputs/
    assert not (tmp_path / "outputs").exists()
    # The JSON lines are UTF-8, not ASCII-escaped.
    assert "Trần Văn Hòa" in (tmp_path / "all.jsonl").read_text(encoding="utf-8")


def test_stdin_to_stdout_jsonl_id_is_sha256_prefix(tmp_path):
    data = GOOD_A.encode("utf-8")
    proc = run(["extract", "-", "--jsonl", "-"], tmp_path, input_bytes=data)
    assert proc.returncode == 0, stderr_of(proc)
    lines = proc.stdout.decode("utf-8").splitlines()
    assert len(lines) == 1
    rec = json.loads(lines[0])
    assert re.fullmatch(r"[0-9a-f]{12}", rec["id"])
    assert rec["id"] == hashlib.sha256(data).hexdigest()[:12]
    assert rec["source"]["path"] is None
    assert [o["name"] for o in rec["officials"]] == ["Trần Văn Hòa"]
    assert [p["value"] for p in rec["percentages"]] == [2.5]
    for sp in all_spans(rec):
        assert GOOD_A[sp["start"]:sp["end"]] == sp["text"]


# ---------------------------------------------------------------- bad inputs


BAD_UTF8 = "Tỷ lệ hộ nghèo giảm ".encode("utf-8") + b"\xff\xfe" + " 2,5%.".encode("utf-8")
BAD_UTF8_OFFSET = len("Tỷ lệ hộ nghèo giảm ".encode("utf-8"))


def make_bad_batch(tmp_path: Path) -> list[str]:
    write(tmp_path / "good1.txt", GOOD_A)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01")
    (tmp_path / "badutf8.txt").write_bytes(BAD_UTF8)
    write(tmp_path / "good2.txt", GOOD_B)
    return ["good1.txt", "empty.txt", "binary.txt", "badutf8.txt", "missing.txt", "good2.txt"]


EXPECTED_CODES = {"empty": "empty", "binary": "binary", "badutf8": "invalid_utf8", "missing": "not_found"}


def check_bad_batch(recs: list[dict], stderr: str) -> None:
    assert [r["id"] for r in recs] == ["good1", "empty", "binary", "badutf8", "missing", "good2"]
    by_id = {r["id"]: r for r in recs}
    for rid, code in EXPECTED_CODES.items():
        assert_error_record(by_id[rid], code)
        # one stderr line naming the input and the code
        lines = [ln for ln in stderr.splitlines() if ln.startswith("error: ") and rid + ".txt" in ln]
        assert len(lines) == 1, stderr
        assert code in lines[0]
    assert str(BAD_UTF8_OFFSET) in by_id["badutf8"]["error"]["message"]
    assert by_id["missing"]["source"]["path"] == "missing.txt"
    assert by_id["empty"]["source"]["bytes"] == 0
    for rid in ("good1", "good2"):
        assert "error" not in by_id[rid]
        assert REQUIRED_DOC_KEYS <= by_id[rid].keys()
    assert [o["name"] for o in by_id["good1"]["officials"]] == ["Trần Văn Hòa"]
    assert [o["name"] for o in by_id["good2"]["officials"]] == ["Lê Thị Mai"]
    assert "2 done, 4 failed" in stderr


def test_bad_inputs_yield_error_records_jsonl(tmp_path):
    names = make_bad_batch(tmp_path)
    proc = run(["extract", *names, "--jsonl", "out.jsonl"], tmp_path)
    assert proc.returncode == 1
    check_bad_batch(read_jsonl(tmp_path / "out.jsonl"), stderr_of(proc))


def test_bad_inputs_yield_error_records_dir(tmp_path):
    names = make_bad_batch(tmp_path)
    out = tmp_path / "out"
    proc = run(["extract", *names, "-o", out], tmp_path)
    assert proc.returncode == 1
    files = sorted(p.name for p in out.iterdir())
    assert files == sorted(n.replace(".txt", ".json") for n in names)
    recs = [json.loads((out / n.replace(".txt", ".json")).read_text(encoding="utf-8")) for n in names]
    check_bad_batch(recs, stderr_of(proc))


@pytest.mark.parametrize(
    "content, code",
    [
        (b"", "empty"),
        (b" \r\n\t \n", "empty"),
        (b"abc\x00def", "binary"),
        (b"\xc3\x28 h\xe1\xbb\x99i ngh\xe1\xbb\x8b", "invalid_utf8"),
    ],
    ids=["zero-bytes", "whitespace-only", "nul", "bad-continuation"],
)
def test_single_bad_input_exit_1(tmp_path, content, code):
    (tmp_path / "x.txt").write_bytes(content)
    proc = run(["extract", "x.txt", "--jsonl", "-"], tmp_path)
    assert proc.returncode == 1
    [rec] = [json.loads(ln) for ln in proc.stdout.decode("utf-8").splitlines()]
    assert_error_record(rec, code)
    if code == "invalid_utf8":
        assert "byte 0" in rec["error"]["message"]
    assert re.search(r"^error: x\.txt: %s: " % code, stderr_of(proc), re.M)


def test_missing_path_only(tmp_path):
    proc = run(["extract", "nowhere/none.txt", "-o", "out"], tmp_path)
    assert proc.returncode == 1
    rec = json.loads((tmp_path / "out" / "none.json").read_text(encoding="utf-8"))
    assert_error_record(rec, "not_found")
    assert "nowhere/none.txt" in stderr_of(proc)


@pytest.mark.parametrize("args", [["extract"], ["extract", "--bogus", "x.txt"], ["extract", "-o"], ["nonsense"]],
                         ids=["no-inputs", "unknown-option", "option-missing-value", "unknown-command"])
def test_usage_errors_exit_2(tmp_path, args):
    write(tmp_path / "x.txt", GOOD_A)
    proc = run(args, tmp_path)
    assert proc.returncode == 2
    assert "Error" in stderr_of(proc)
    assert proc.stdout == b""
    assert not (tmp_path / "outputs").exists()


# ------------------------------------------------------------ output names


@pytest.mark.parametrize(
    "name",
    ["..evil.txt", "...txt", ".txt", "..txt", "tên báo cáo (1)!.txt", "a;b$(x)`y`.txt", "new\nline.txt",
     "-dash.txt", "CON.txt", "x" * 200 + ".txt"],
)
def test_odd_file_names_stay_inside_output_dir(tmp_path, name):
    src = tmp_path / "in"
    write(src / name, GOOD_A)
    out = tmp_path / "deep" / "out"
    proc = run(["extract", "in", "-o", out], tmp_path)
    assert proc.returncode == 0, stderr_of(proc)
    files = list(out.iterdir())
    assert len(files) == 1
    f = files[0]
    assert f.parent.resolve() == out.resolve()
    assert f.suffix == ".json"
    assert not f.name.startswith(".")
    assert "/" not in f.name and "\n" not in f.name
    assert len(f.name.encode("utf-8")) <= 255
    doc = json.loads(f.read_text(encoding="utf-8"))
    assert f.name == doc["id"] + ".json"
    # Nothing was written next to (or above) the output directory.
    assert sorted(p.name for p in (tmp_path / "deep").iterdir()) == ["out"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["deep", "in"]


def test_traversal_like_stem_given_directly(tmp_path):
    write(tmp_path / "a" / "..evil.txt", GOOD_A)
    proc = run(["extract", "a/..evil.txt", "-o", "out"], tmp_path)
    assert proc.returncode == 0, stderr_of(proc)
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["evil.json"]


def test_same_stem_in_different_dirs_does_not_overwrite(tmp_path):
    write(tmp_path / "d1" / "report.txt", GOOD_A)
    write(tmp_path / "d2" / "report.txt", GOOD_B)
    write(tmp_path / "d3" / "report.txt", GOOD_C)
    out = tmp_path / "out"
    proc = run(["extract", "d1/report.txt", "d2/report.txt", "d3/report.txt", "-o", out, "--jsonl", "all.jsonl"],
               tmp_path)
    assert proc.returncode == 0, stderr_of(proc)
    files = sorted(p.name for p in out.iterdir())
    assert len(files) == 3
    docs = [json.loads((out / f).read_text(encoding="utf-8")) for f in files]
    assert sorted(d["source"]["path"] for d in docs) == ["d1/report.txt", "d2/report.txt", "d3/report.txt"]
    assert len({d["id"] for d in docs}) == 3
    recs = read_jsonl(tmp_path / "all.jsonl")
    assert len({r["id"] for r in recs}) == 3
    assert [r["source"]["path"] for r in recs] == ["d1/report.txt", "d2/report.txt", "d3/report.txt"]


def test_names_colliding_after_sanitizing_do_not_overwrite(tmp_path):
    write(tmp_path / "in" / "a b.txt", GOOD_A)
    write(tmp_path / "in" / "a_b.txt", GOOD_B)
    write(tmp_path / "in" / "a__b.txt", GOOD_C)
    proc = run(["extract", "in", "-o", "out"], tmp_path)
    assert proc.returncode == 0, stderr_of(proc)
    docs = [json.loads(p.read_text(encoding="utf-8")) for p in (tmp_path / "out").iterdir()]
    assert len(docs) == 3
    assert len({d["source"]["path"] for d in docs}) == 3


def test_dedup_suffix_does_not_collide_with_real_stem(tmp_path):
    write(tmp_path / "d1" / "a.txt", GOOD_A)
    write(tmp_path / "d2" / "a.txt", GOOD_B)
    write(tmp_path / "d3" / "a-2.txt", GOOD_C)
    proc = run(["extract", "d1/a.txt", "d2/a.txt", "d3/a-2.txt", "-o", "out"], tmp_path)
    assert proc.returncode == 0, stderr_of(proc)
    docs = [json.loads(p.read_text(encoding="utf-8")) for p in (tmp_path / "out").iterdir()]
    assert sorted(d["source"]["path"] for d in docs) == ["d1/a.txt", "d2/a.txt", "d3/a-2.txt"]


# ------------------------------------------------------------- BOM and CRLF


def test_bom_and_crlf_inputs_are_grounded(tmp_path):
    crlf_text = (GOOD_A + "\n" + GOOD_B + "\n\n" + GOOD_C + "\n").replace("\n", "\r\n")
    (tmp_path / "bom.txt").write_bytes(codecs.BOM_UTF8 + (GOOD_A + "\n" + GOOD_C).encode("utf-8"))
    (tmp_path / "crlf.txt").write_bytes(crlf_text.encode("utf-8"))
    (tmp_path / "both.txt").write_bytes(codecs.BOM_UTF8 + crlf_text.encode("utf-8"))
    (tmp_path / "cr.txt").write_bytes(crlf_text.replace("\r\n", "\r").encode("utf-8"))
    names = ["bom.txt", "crlf.txt", "both.txt", "cr.txt"]
    proc = run(["extract", *names, "--jsonl", "out.jsonl", "-o", "out"], tmp_path)
    assert proc.returncode == 0, stderr_of(proc)
    recs = read_jsonl(tmp_path / "out.jsonl")
    assert [r["id"] for r in recs] == ["bom", "crlf", "both", "cr"]
    for rec, name in zip(recs, names):
        assert "error" not in rec, rec
        with open(tmp_path / name, encoding="utf-8-sig", newline="") as f:
            text = f.read()
        assert not text.startswith("\ufeff")
        assert rec["source"]["chars"] == len(text)
        spans = list(all_spans(rec))
        assert spans, name
        for sp in spans:
            assert text[sp["start"]:sp["end"]] == sp["text"], (name, sp)
        names_found = {o["name"] for o in rec["officials"]}
        assert "Trần Văn Hòa" in names_found, (name, names_found)
        # the per-file JSON is identical to the JSONL record
        assert json.loads((tmp_path / "out" / (rec["id"] + ".json")).read_text(encoding="utf-8")) == rec
    # CRLF does not change what is found, only where.
    crlf, cr = recs[1], recs[3]
    assert [p["value"] for p in crlf["percentages"]] == [p["value"] for p in cr["percentages"]]
    assert [o["name"] for o in crlf["officials"]] == [o["name"] for o in cr["officials"]]


def test_readme_years_and_tasks_example(tmp_path):
    """The README's "Years and tasks" command gives what the README says it gives."""
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    m = re.search(r"^printf '( date 2024-07[^']*)'", readme, re.M)
    assert m, "the example is gone from the README"
    text = m.group(1).replace("\\n", "\n")
    proc = run(["extract", "-", "--jsonl", "-"], tmp_path, input_bytes=text.encode("utf-8"))
    assert proc.returncode == 0, stderr_of(proc)
    doc = json.loads(proc.stdout)
    assert (doc["report_year"], doc["plan_year"], doc["plan_period"]) == (2024, 2024, "H2")
    assert [(t["year"], t["text"]) for t in doc["tasks"]] == [
        (2024, "tập trung giải ngân vốn đầu tư công"),
        (2024, "đẩy nhanh tiến độ các công trình trọng điểm"),
        (2024, "đề nghị các xã, thị trấn rà soát hộ nghèo"),
    ]
    assert (doc["tasks"][2]["issued_by"], doc["tasks"][2]["assignees"]) == ("Nông Văn Tài", ["các xã", "thị trấn"])
