"""pipeline.regexcache: compiled patterns, the gazetteer's index, the segmenter's tables and its check's verdict kept on
disk change nothing but the time a fresh process takes.

In-process tests reset the module's state and point it at a temporary directory; the slow one runs
the real entry point in fresh processes with the cache cold, warm and off, and compares the output.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import regex

from pipeline import regexcache

REPO = Path(__file__).resolve().parents[1]
PATTERNS = [
    (r"(?i)(?<![\p{L}\p{M}])tỷ\s+lệ\s+(?P<what>[\p{L}\p{M}\s]+?)\s+(?:giảm|tăng)\s+(?P<v>\d+(?:,\d+)?)\s*%", 0),
    (r"phấn\s+đấu", regex.IGNORECASE),
    (r"(?<=\d)\s*/\s*(\d+)\s+chỉ\s+tiêu", regex.I | regex.M),
]
TEXTS = ["Năm 2024, tỷ lệ hộ nghèo giảm 2,5%; PHẤN ĐẤU đạt 24/30 chỉ tiêu.", "Phấn đấu 12 / 14 chỉ tiêu", ""]


@pytest.fixture
def fresh_cache(tmp_path, monkeypatch):
    """The module as a new process finds it, its file in ``tmp_path``."""
    monkeypatch.setenv("VNREPORT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("VNREPORT_REGEX_CACHE", raising=False)
    monkeypatch.delenv("VNREPORT_CACHE", raising=False)

    def reset():
        monkeypatch.setattr(regexcache, "_loaded", None)
        monkeypatch.setattr(regexcache, "_used", {})
        monkeypatch.setattr(regexcache, "_missed", False)

    reset()
    return reset


def matches(p: regex.Pattern) -> list:
    return [[(m.span(), m.groups(), m.groupdict()) for m in p.finditer(t)] for t in TEXTS]


def test_saved_patterns_come_back_from_the_file_and_match_alike(fresh_cache):
    compiled = [regexcache.compile(p, f) for p, f in PATTERNS]
    assert regexcache.save() is True
    assert regexcache.cache_path().is_file()
    assert regexcache.save() is False  # nothing new since

    fresh_cache()  # a new process
    again = [regexcache.compile(p, f) for p, f in PATTERNS]
    assert all((p, int(f)) in regexcache._loaded for p, f in PATTERNS)  # read from the file, not compiled
    for a, b, (p, f) in zip(compiled, again, PATTERNS):
        assert b is regexcache._loaded[(p, int(f))]
        assert (b.pattern, b.flags, b.groupindex) == (a.pattern, a.flags, a.groupindex)
        assert matches(b) == matches(a) == matches(regex.compile(p, f))
    assert regexcache.save() is False  # the file held everything


def test_what_was_not_used_is_not_written_back(fresh_cache):
    regexcache.compile("a+b", 0)
    regexcache.compile("old pattern", 0)
    regexcache.save()
    fresh_cache()
    regexcache.compile("a+b", 0)
    regexcache.compile("new pattern", 0)  # a miss: the file is written again, with what this process used
    assert regexcache.save() is True
    fresh_cache()
    regexcache.compile("a+b", 0)
    assert set(regexcache._loaded) == {("a+b", 0), ("new pattern", 0)}


@pytest.mark.parametrize("spoil", ["corrupt", "not-a-dict", "wrong-key", "writable-by-others"])
def test_a_bad_or_foreign_file_is_ignored(fresh_cache, spoil):
    regexcache.compile("x+y", 0)
    regexcache.save()
    path = regexcache.cache_path()
    if spoil == "corrupt":
        path.write_bytes(path.read_bytes()[:100])
    elif spoil == "not-a-dict":
        import pickle

        path.write_bytes(pickle.dumps([1, 2]))
    elif spoil == "wrong-key":
        import pickle

        path.write_bytes(pickle.dumps({("x+y", 0): regex.compile("zzz")}))
    else:
        os.chmod(path, 0o666)
    fresh_cache()
    p = regexcache.compile("x+y", 0)
    assert regexcache._loaded == {}
    assert p.pattern == "x+y" and p.match("xxy")


def test_turned_off_nothing_is_read_or_written(fresh_cache, monkeypatch):
    monkeypatch.setenv("VNREPORT_REGEX_CACHE", "0")
    regexcache.compile("a|b", 0)
    assert regexcache.save() is False
    assert not regexcache.cache_path().exists()


def test_an_unwritable_place_is_no_error(fresh_cache, monkeypatch, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("VNREPORT_CACHE_DIR", str(blocker / "cache"))
    assert regexcache.compile("c+", 0).match("cc")
    assert regexcache.save() is False


def test_named_lists_are_compiled_as_they_are(fresh_cache):
    p = regexcache.compile(r"\L<words>", words=["huyện", "tỉnh"])
    assert p.search("Ủy ban nhân dân tỉnh").group() == "tỉnh"
    assert regexcache._used == {}


def test_derived_data_comes_back_only_under_its_key(fresh_cache):
    assert regexcache.read_derived("thing", "k1") is None  # nothing kept yet
    assert regexcache.write_derived("thing", "k1", {"a": (1, "hai")}) is True
    assert regexcache.read_derived("thing", "k1") == {"a": (1, "hai")}
    assert regexcache.read_derived("thing", "k2") is None  # its inputs changed: build it again
    path = next(regexcache.cache_dir().glob("thing-*.pickle"))
    os.chmod(path, 0o646)  # writable by others: ignored
    assert regexcache.read_derived("thing", "k1") is None


def test_derived_data_off_with_the_switch(fresh_cache, monkeypatch):
    monkeypatch.setenv("VNREPORT_CACHE", "0")
    assert regexcache.write_derived("thing", "k1", [1]) is False
    assert not regexcache.cache_dir().exists()


def test_gazetteer_index_from_the_cache_equals_a_fresh_build(fresh_cache, monkeypatch):
    from pipeline import gazetteer

    monkeypatch.setattr(gazetteer, "_INDEX", None)
    first = gazetteer._index()  # built, and kept
    assert any(regexcache.cache_dir().glob("gazetteer-*.pickle"))
    monkeypatch.setattr(gazetteer, "_INDEX", None)
    again = gazetteer._index()  # read back
    assert again is not first
    assert (again.by_code, again.by_name, again.next) == (first.by_code, first.by_name, first.next)
    assert gazetteer.successors("062")[1] == "2025-07-01"


def test_segmenter_tables_from_the_cache_tag_as_a_fresh_read(fresh_cache):
    from pipeline.segmenter import CRFSegmenter

    build = CRFSegmenter.from_underthesea.__func__.__wrapped__  # (past the per-process lru_cache)
    first = build(CRFSegmenter)  # read from the model's files, and kept
    assert any(regexcache.cache_dir().glob("segmenter-*.pickle"))
    again = build(CRFSegmenter)  # read back
    assert again is not first and again.templates == first.templates and again.labels == first.labels
    tokens = "Đồng chí Nguyễn Văn An , UVBTV Tỉnh ủy , Bí thư Huyện ủy phát biểu chỉ đạo hội nghị".split()
    assert again.tag(tokens) == first.tag(tokens)


def test_segmenter_check_verdict_is_kept_and_read_back(fresh_cache):
    from spacy.vocab import Vocab

    from pipeline import tokenizer
    from pipeline.segmenter import CRFSegmenter

    key = tokenizer._check_key()
    assert key is not None
    assert tokenizer._checked_before(key) is None  # nothing checked yet in this cache
    steps = tokenizer.UndertheseaTokenizer(Vocab())._underthesea_steps()  # runs the check, keeps the verdict
    assert steps and getattr(steps[3], "__func__", None) is CRFSegmenter.tag
    fast = tokenizer._checked_before(key)
    assert fast is not None and fast.__func__ is CRFSegmenter.tag
    assert tokenizer._checked_before(key + "x") is None  # other versions or files: checked again


@pytest.mark.slow
def test_cli_output_is_the_same_with_the_cache_cold_warm_and_off(tmp_path):
    seed = REPO / "corpora" / "ngan-son-2024.txt"
    env = {**os.environ, "VNREPORT_CACHE_DIR": str(tmp_path / "cache")}
    outs = []
    for setting in ("1", "1", "0"):  # cold (the run writes the file), warm (reads it), off
        proc = subprocess.run([sys.executable, "-m", "pipeline", "extract", str(seed), "--jsonl", "-"], cwd=REPO, capture_output=True,
                              env={**env, "VNREPORT_CACHE": setting}, timeout=300)
        assert proc.returncode == 0, proc.stderr.decode()
        outs.append(json.loads(proc.stdout))
        if len(outs) == 1:
            assert any((tmp_path / "cache").glob("regex-*.pickle"))
    assert outs[0] == outs[1] == outs[2]
    assert outs[0]["officials"] and outs[0]["percentages"] and outs[0]["tasks"]
