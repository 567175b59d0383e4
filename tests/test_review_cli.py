"""`vnreport review` through the real command: articles, saved outputs, changed sources, failures."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

EXE = Path(sys.executable).parent / "vnreport"
ARTICLE = "Đồng chí Nguyễn Văn An, Bí thư Huyện ủy phát biểu. Tỷ lệ hộ nghèo giảm 4,07%.\n"

pytestmark = pytest.mark.slow  # CLI subprocesses


def run(*args, cwd=None):
    return subprocess.run([str(EXE), *map(str, args)], capture_output=True, text=True, timeout=300, cwd=cwd)


@pytest.fixture(scope="module")
def saved(tmp_path_factory):
    """Two articles and their outputs, written by `vnreport extract`."""
    root = tmp_path_factory.mktemp("review")
    texts = root / "texts"
    texts.mkdir()
    (texts / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (texts / "b.txt").write_text("Ông Lê Văn Bình, Chủ tịch UBND xã cho biết thu ngân sách đạt 105%.\n", encoding="utf-8")
    out = root / "out"
    assert run("extract", texts, "-o", out, "-q").returncode == 0
    assert run("extract", texts, "--jsonl", root / "all.jsonl", "-q").returncode == 0
    return root


def marks(page: Path) -> int:
    return page.read_text(encoding="utf-8").count('class="vr-item')


def test_saved_outputs_are_shown_on_their_source_text(saved, tmp_path):
    page = tmp_path / "r.html"
    res = run("review", saved / "out", "-o", page)
    assert res.returncode == 0, res.stderr
    html = page.read_text(encoding="utf-8")
    assert "Nguyễn Văn An" in html and "Lê Văn Bình" in html
    assert marks(page) > 0 and "2 documents, 0 failed" in res.stderr


def test_jsonl_with_a_text_folder(saved, tmp_path):
    page = tmp_path / "r.html"
    res = run("review", saved / "all.jsonl", "--text", saved / "texts", "-o", page)
    assert res.returncode == 0, res.stderr
    assert "2 documents, 0 failed" in res.stderr and marks(page) > 0


def test_saved_output_matches_a_fresh_extraction(saved, tmp_path):
    """Showing the saved output gives the same highlights as extracting the article now."""
    a, b = tmp_path / "saved.html", tmp_path / "fresh.html"
    assert run("review", saved / "out" / "a.json", "-o", a).returncode == 0
    assert run("review", saved / "texts" / "a.txt", "-o", b).returncode == 0
    assert marks(a) == marks(b) > 0


def test_changed_source_is_flagged_and_exit_1(saved, tmp_path):
    changed = tmp_path / "texts"
    changed.mkdir()
    (changed / "a.txt").write_text(ARTICLE.replace("4,07", "5,1"), encoding="utf-8")
    (changed / "b.txt").write_text((saved / "texts" / "b.txt").read_text(encoding="utf-8"), encoding="utf-8")
    page = tmp_path / "r.html"
    res = run("review", saved / "all.jsonl", "--text", changed, "-o", page)
    assert res.returncode == 1
    assert "a: source_changed" in res.stderr
    html = page.read_text(encoding="utf-8")
    assert "source_changed" in html and "Lê Văn Bình" in html  # the other document is still shown


def test_failing_inputs_are_listed_on_the_page_and_exit_1(saved, tmp_path):
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    page = tmp_path / "r.html"
    res = run("review", saved / "texts" / "a.txt", bad, tmp_path / "missing.json", "-o", page)
    assert res.returncode == 1
    html = page.read_text(encoding="utf-8")
    assert "error empty" in html and "not_found" in html and "Nguyễn Văn An" in html


def test_json_that_is_not_an_output(tmp_path):
    other = tmp_path / "x.json"
    other.write_text(json.dumps([1, 2]), encoding="utf-8")
    res = run("review", other, "-o", tmp_path / "r.html")
    assert res.returncode == 1 and "not_an_output" in res.stderr
