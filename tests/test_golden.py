"""Golden files: the full extraction of every text in corpora/ is pinned.

Run ``make golden`` (pytest ``--update-golden``) after an intended change and
review the diff of tests/golden/ before committing.
"""

import json
from pathlib import Path

import pytest

from pipeline import extract

ROOT = Path(__file__).resolve().parents[1]
CORPORA = sorted((ROOT / "corpora").glob("*.txt"))
GOLDEN = ROOT / "tests" / "golden"


def _read(path: Path) -> str:
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


def _stable(doc) -> dict:
    d = doc.model_dump(mode="json")
    d["source"]["path"] = None
    d["pipeline"]["version"] = "*"
    return d


@pytest.mark.parametrize("path", CORPORA, ids=[p.stem for p in CORPORA])
def test_golden(path, update_golden):
    got = _stable(extract(_read(path), doc_id=path.stem, path=str(path)))
    golden = GOLDEN / (path.stem + ".json")
    if update_golden or not golden.exists():
        golden.write_text(json.dumps(got, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        if not update_golden:
            pytest.fail("golden file %s was missing and has been written; review it" % golden.name)
    assert got == json.loads(golden.read_text(encoding="utf-8"))


def test_seed_contract():
    """The seed's expected extraction, written out (not just whatever the golden says)."""
    doc = extract(_read(ROOT / "corpora" / "ngan-son-2024.txt"), doc_id="ngan-son-2024")
    assert doc.published == "2024-12"
    assert (doc.report_year, doc.plan_year) == (2024, 2025)
    officials = {o.name: [p.text for p in o.positions] for o in doc.officials}
    assert officials == {
        "Nông Bình Cương": ["Tỉnh ủy viên", "Bí thư Huyện ủy"],
        "Chu Thị Huyền": ["Phó Bí thư Thường trực Huyện ủy", "Chủ tịch HĐND huyện"],
        "Nguyễn Trọng Lăng": ["Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"],
    }
    cuong = doc.officials[0]
    assert cuong.honorific == "đồng chí"
    assert [p.title for p in cuong.positions] == ["Tỉnh ủy viên", "Bí thư"]
    assert cuong.positions[1].organization == "Huyện ủy"
    assert len(cuong.mentions) == 4  # three by name, one "Đồng chí Bí thư Huyện ủy"
    huyen = doc.officials[1]
    assert huyen.positions[1].organization_expanded == "Hội đồng nhân dân huyện"
    pcts = [(p.value, p.qualifier, p.change, p.subject) for p in doc.percentages]
    assert pcts == [
        (138.0, "more_than", None, "trồng rừng"),
        (128.0, "more_than", None, "cây thuốc lá"),
        (300.0, "exact", None, "thành lập mới HTX"),
        (130.0, "more_than", None, "tổng thu ngân sách"),
        (4.07, "exact", "decrease", "tỷ lệ hộ nghèo"),
    ]
    assert all(p.reference == "kế hoạch" for p in doc.percentages[:4])
    counts = [(c.count, c.total, c.unit, c.outcome, c.breakdown_of) for c in doc.indicator_counts]
    assert counts == [
        (24, 30, "chỉ tiêu", "met_or_exceeded", None),
        (9, None, "tiêu chí", "exceeded", 0),
        (15, None, "tiêu chí", "met", 0),
        (9, None, "chỉ tiêu", "not_met", None),
    ]
    codes = [w.code for w in doc.warnings]
    assert codes == ["indicator_counts_inconsistent"]  # 24 + 9 != 30, as written
    assert [t.year for t in doc.tasks] == [2025, 2025]
    assert "nghiêm túc nhìn nhận" in doc.tasks[0].text
    assert "tập trung chỉ đạo quyết liệt" in doc.tasks[1].text
    assert all(t.issued_by == "Nông Bình Cương" for t in doc.tasks)
    text = _read(ROOT / "corpora" / "ngan-son-2024.txt")
    for item in doc.percentages + doc.indicator_counts + doc.tasks:
        assert text[item.span.start : item.span.end] == item.span.text


def test_schema_file_is_current():
    from pipeline.models import Document

    on_disk = json.loads((ROOT / "schemas" / "document.schema.json").read_text(encoding="utf-8"))
    assert on_disk == Document.model_json_schema(), "run `make schema` (vnreport schema -o schemas/document.schema.json)"
