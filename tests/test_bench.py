"""``vnreport bench``: the figures it reports and their shape (no timing thresholds).

Speed targets are checked by running ``vnreport bench`` on a real corpus, not
here: these tests only check that every measure is produced, positive and
rendered, on a tiny corpus written into ``tmp_path``.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

VNREPORT = Path(sys.executable).parent / "vnreport"

NAMES = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Quốc Cường", "Phạm Minh Dũng", "Hoàng Đức Hạnh"]
ROLES = ["Bí thư Huyện ủy", "Chủ tịch UBND huyện", "Phó Chủ tịch HĐND tỉnh"]

RATE_KEYS = ("a_word_tokenize", "b_ner", "c_pipeline_1_worker")
SCALAR_KEYS = ("peak_rss_per_worker_mb", "startup_seconds", "c_over_a", "c_over_b")


def report_text(i: int) -> str:
    return (
        "Đồng chí %s, %s chủ trì hội nghị. Năm 2024, tổng thu ngân sách đạt %d,5%% kế hoạch; "
        "có %d/30 chỉ tiêu đạt và vượt. Đồng chí đề nghị các ban, ngành tập trung hoàn thành nhiệm vụ năm 2025.\n"
        % (NAMES[i % len(NAMES)], ROLES[i % len(ROLES)], 90 + i, 12 + i)
    )


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("bench")
    (root / "c" / "sub").mkdir(parents=True)
    for i in range(4):
        (root / "c" / ("r%d.txt" % i)).write_text(report_text(i), encoding="utf-8")
    (root / "c" / "sub" / "r9.txt").write_text(report_text(9), encoding="utf-8")
    return root


def run_bench(cwd: Path, *args) -> tuple[subprocess.CompletedProcess, dict]:
    assert VNREPORT.exists(), f"console script not installed at {VNREPORT}"
    proc = subprocess.run(
        [str(VNREPORT), "bench", "c", "--docs", "6", "--ner-docs", "2", "--json", "b.json", *args],
        cwd=cwd,
        capture_output=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
    return proc, json.loads((cwd / "b.json").read_text(encoding="utf-8"))


def check_rate(name: str, r: dict, docs: int) -> None:
    assert set(r) == {"docs", "syllables", "seconds", "docs_per_s", "syllables_per_s"}, name
    assert r["docs"] == docs, name
    for k, v in r.items():
        assert isinstance(v, (int, float)) and not isinstance(v, bool) and v > 0, (name, k, v)


def test_bench_cli_json_and_table(corpus):
    proc, result = run_bench(corpus)
    n = os.cpu_count() or 1
    d_key = "d_pipeline_%d_workers" % n
    for key in (*RATE_KEYS, d_key, *SCALAR_KEYS):
        assert key in result, key
    assert [k for k in result if re.fullmatch(r"d_pipeline_\d+_workers", k)] == [d_key]
    check_rate("a_word_tokenize", result["a_word_tokenize"], 6)
    check_rate("b_ner", result["b_ner"], 2)
    check_rate("c_pipeline_1_worker", result["c_pipeline_1_worker"], 6)
    check_rate(d_key, result[d_key], 6)
    check_rate("d_pipeline_1_worker_same_engine", result["d_pipeline_1_worker_same_engine"], 6)
    for key in SCALAR_KEYS:
        v = result[key]
        assert isinstance(v, (int, float)) and not isinstance(v, bool) and v > 0, (key, v)
    # the same texts were measured: same syllable counts per document
    per_doc = {k: result[k]["syllables"] / result[k]["docs"] for k in ("a_word_tokenize", "c_pipeline_1_worker", d_key)}
    assert len(set(per_doc.values())) == 1, per_doc
    # ratios are of syllables/s, as documented
    a, b, c = (result[k]["syllables_per_s"] for k in RATE_KEYS)
    assert result["c_over_a"] == pytest.approx(c / a, abs=0.01)
    assert result["c_over_b"] == pytest.approx(c / b, abs=0.01)
    assert result["machine"]["cpus"] == os.cpu_count()
    assert "rss" not in result  # only with --rss-docs

    out = proc.stdout.decode("utf-8")
    lines = out.splitlines()
    assert lines[0] == "| measure | docs | syllables/s | docs/s |"
    assert lines[1] == "|---|---|---|---|"
    for key in (*RATE_KEYS, d_key):
        row = next(line for line in lines if line.startswith("| %s |" % key))
        cells = [c.strip() for c in row.strip("|").split("|")]
        assert cells == [key, str(result[key]["docs"]), str(result[key]["syllables_per_s"]),
                         str(result[key]["docs_per_s"])]
    assert "c/a = %s" % result["c_over_a"] in out and "c/b = %s" % result["c_over_b"] in out
    assert "peak RSS per worker = %s MB" % result["peak_rss_per_worker_mb"] in out
    assert "start-up = %s s" % result["startup_seconds"] in out


def test_bench_one_worker_reports_a_peak_rss(corpus):
    _, result = run_bench(corpus, "--workers", "1")
    assert "d_pipeline_1_workers" in result
    assert result["peak_rss_per_worker_mb"] > 0


def test_rss_growth_structure():
    from pipeline.bench import rss_growth

    texts = [report_text(i) for i in range(3)]
    r = rss_growth(texts, 5)
    assert set(r) == {"rss_mb_at", "growth_mb"}
    assert list(r["rss_mb_at"]) == [5]  # fewer than 1,000 documents: one mark, at the end
    assert isinstance(r["rss_mb_at"][5], float) and r["rss_mb_at"][5] > 0
    assert r["growth_mb"] == 0.0
    json.dumps(r)  # goes into --json as is


def test_rss_growth_between_1000_and_total():
    from pipeline.bench import rss_growth

    texts = [report_text(i) for i in range(3)]
    r = rss_growth(texts, 1002)
    assert list(r["rss_mb_at"]) == [1000, 1002]
    assert all(isinstance(v, float) and v > 0 for v in r["rss_mb_at"].values())
    assert r["growth_mb"] == pytest.approx(r["rss_mb_at"][1002] - r["rss_mb_at"][1000], abs=0.11)
