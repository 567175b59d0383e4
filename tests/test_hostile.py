"""Hostile inputs through the real ``vnreport extract`` entry point.

One parametrized table, ``BAD_INPUT_CASES``: every case writes its input into
its own temporary directory, runs ``.venv/bin/vnreport extract`` in a subprocess (with a
timeout) and checks the exit code, the JSON records (``--jsonl``, and ``-o``
for the path cases), the warnings, that every span is grounded in the decoded
input, and -- for inputs that only *look* different from a clean report --
that the extracted values equal those of the clean text.

Each case names the row of the README "Bad input" table it covers (``row``);
``test_every_readme_row_has_a_case`` keeps the two aligned. Cases whose row is
marked ``(not in README)`` cover behaviour the README table does not list yet.

Related tests elsewhere (not repeated here): ``tests/test_cli_extract.py``
(zero-byte / whitespace / NUL / bad-continuation single files, a missing path,
odd file names inside an input directory, stdin -> stdout, BOM + CRLF
grounding) and ``tests/test_io.py`` (``decode_bytes`` unit tests, legacy table
round trips, detection thresholds).
"""

from __future__ import annotations

import codecs
import json
import os
import re
import socket
import subprocess
import sys
import unicodedata
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

import pytest

from pipeline.batch import safe_id
from pipeline.scoring import norm_key
from pipeline.io import load_legacy_table
from helpers import all_spans, read_jsonl

REPO = Path(__file__).parents[1]
README = REPO / "README.md"
VNREPORT = Path(sys.executable).parent / "vnreport"
TIMEOUT = 120
HUGE_TIMEOUT = 300

# --------------------------------------------------------------------- texts
# Short reports written for these tests, in the genre (not copied).

CLEAN = (
    'Đồng chí Nguyễn Văn An, Bí thư Huyện ủy phát biểu tại hội nghị "tổng kết công tác năm 2024" của huyện. '
    "Tỷ lệ hộ nghèo giảm 4,07%; có 24/30 chỉ tiêu đạt và vượt kế hoạch.\n"
    "Bà Lê Thị Hòa, Chủ tịch UBND xã Bằng Vân cho biết tỷ lệ che phủ rừng của xã đạt 62,5%, "
    "thu nhập bình quân đầu người tăng 8,2% so với năm 2023.\n"
)
CLEAN_NAMES = ["Nguyễn Văn An", "Lê Thị Hòa"]
CLEAN_PERCENT_VALUES = [4.07, 62.5, 8.2]
CLEAN_COUNTS = [(24, 30)]

# Copy-protected text: syllables with two tone marks.
SCRAMBLED = (
    "Hụyện ủỷ tổ chức hộị nghị tổng kết công tác năm 2024. Đồng chí Nguỹễn Văn Ấn, Bí thư Hụyện ủỷ "
    "phát bịểu chỉ đạọ hộị nghị. Tỷ lệ hộ nghèo giảm 4,07%; có 24/30 chỉ tiêu đạt và vượt kế hoạch.\n"
)

HTML_PAGE = (
    "<!DOCTYPE html><html><head><title>Tin tức</title><style>p{color:red}</style></head><body>\n"
    "<h1>Hội nghị tổng kết năm 2024</h1>\n"
    "<p>Đồng chí <strong>Nguyễn Văn An</strong>, Bí thư Huyện ủy phát biểu tại hội nghị "
    "&quot;tổng kết công tác năm 2024&quot; của huyện. "
    "Tỷ lệ hộ nghèo giảm 4,07%; có 24/30 chỉ tiêu đạt và vượt kế hoạch.</p>\n"
    '<p>Bà <a href="/nguoi/hoa">Lê Thị Hòa</a>, Chủ tịch UBND xã Bằng Vân cho biết tỷ lệ che phủ rừng '
    "của xã đạt 62,5%, thu nhập bình&nbsp;quân đầu người tăng 8,2% so với năm 2023.</p>\n"
    "<br></body></html>\n"
)

ENGLISH = (
    "The provincial council met on Monday to review the budget for next year. The chairman said that "
    "poverty fell by 4.07% and that 24 of 30 targets were met. Officials will present the plan in March.\n"
)


def encode_legacy(text: str, encoding: str) -> str:
    """Unicode -> TCVN3/VNI mojibake (the cp1252 reading of the legacy bytes),
    with pipeline/resources/legacy_<encoding>.tsv in reverse. TCVN3 has no
    capital toned letters (CLEAN has none)."""
    reverse = {v: k for k, v in load_legacy_table(encoding).mapping.items()}
    return "".join(reverse.get(c, c) for c in text)


def _replace_all(text: str, pairs: list[tuple[str, str]]) -> str:
    for old, new in pairs:
        assert old in text, old
        text = text.replace(old, new)
    return text


VARIANTS = {
    "nfd": unicodedata.normalize("NFD", CLEAN),
    "old-tone": _replace_all(CLEAN, [("ủy", "uỷ"), ("Hòa", "Hoà")]),
    "nbsp": _replace_all(CLEAN, [("Nguyễn Văn An", "Nguyễn\u00a0Văn\u00a0An"), ("giảm 4", "giảm\u00a04"),
                                 ("Chủ tịch UBND", "Chủ\u00a0tịch\u202fUBND"), ("24/30 chỉ", "24/30\u00a0chỉ")]),
    "zero-width": _replace_all(CLEAN, [("Nguyễn", "Ngu\u200byễn"), ("Huyện", "Huy\u200bện"),
                                       ("nghèo", "ngh\u200bèo"), ("Bằng", "B\u200dằng"),
                                       ("chỉ tiêu", "chỉ\u200b tiêu"), ("Vân", "V\u2060ân")]),
    "soft-hyphen": _replace_all(CLEAN, [("Nguyễn", "Nguy\u00adễn"), ("nghèo", "ng\u00adhèo"),
                                        ("Chủ tịch", "Chủ tị\u00adch"), ("Bí thư", "Bí th\u00adư")]),
    "smart-quotes": _replace_all(CLEAN, [('"tổng', "\u201ctổng"), ('2024"', "2024\u201d"),
                                         ("giảm 4,07%; có", "giảm 4,07% \u2013 có")]),
    "crlf": CLEAN.replace("\n", "\r\n"),
    "hard-wrapped": _replace_all(CLEAN, [("ủy phát biểu", "ủy\nphát biểu"), ("tỷ lệ che phủ", "tỷ lệ\r\nche phủ"),
                                         ("bình quân đầu", "bình\nquân đầu")]),
}
assert all(v != CLEAN for v in VARIANTS.values())

# ------------------------------------------------------------------ helpers


def run_cli(args, cwd: Path, *, stdin: bytes | None = None, timeout: float = TIMEOUT) -> subprocess.CompletedProcess:
    assert VNREPORT.exists(), f"console script not installed at {VNREPORT}"
    return subprocess.run(
        [str(VNREPORT), "extract", *map(str, args)],
        cwd=cwd,
        input=stdin if stdin is not None else b"",
        capture_output=True,
        timeout=timeout,
    )






def utf8_original(path: Path) -> str:
    with open(path, encoding="utf-8-sig", newline="") as f:
        return f.read()


def values(rec: dict) -> dict:
    """What was extracted, without where: names, position texts / subjects under
    ``norm_key``, figures, counts."""
    return {
        "officials": [(o["name"], [norm_key(p["text"]) for p in o["positions"]]) for o in rec["officials"]],
        "percentages": [(p["value"], norm_key(p["subject"])) for p in rec["percentages"]],
        "indicator_counts": [(c["count"], c["total"]) for c in rec["indicator_counts"]],
    }


_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))


def values_ignoring_invisible(rec: dict) -> dict:
    """``values`` with zero-width characters and soft hyphens dropped from the
    as-written fields before ``norm_key`` (see test_norm_key_folds_invisible_characters)."""
    v = values(rec)
    strip = lambda s: s.translate(_INVISIBLE)  # noqa: E731
    return {
        "officials": [(n, [strip(p) for p in ps]) for n, ps in v["officials"]],
        "percentages": [(val, strip(s)) for val, s in v["percentages"]],
        "indicator_counts": v["indicator_counts"],
    }


def extraction(rec: dict) -> dict:
    """The whole extraction with offsets (for inputs that decode to exactly CLEAN)."""
    return {k: rec[k] for k in ("officials", "percentages", "indicator_counts", "tasks", "report_year",
                                "plan_year", "published")}


def assert_error_record(rec: dict, code: str) -> None:
    assert set(rec) == {"id", "source", "error"}, rec
    assert rec["error"]["code"] == code, rec["error"]
    assert isinstance(rec["error"]["message"], str) and rec["error"]["message"]


def files_under(root: Path) -> set[str]:
    """Every file and symlink under ``root`` (symlinks not followed), relative."""
    out = set()
    for dirpath, dirnames, filenames in os.walk(root):
        for name in filenames + [d for d in dirnames if os.path.islink(os.path.join(dirpath, d))]:
            out.add(os.path.relpath(os.path.join(dirpath, name), root))
    return out


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


# --------------------------------------------------------------------- cases


@dataclass
class Setup:
    """What a case's ``make`` returns: CLI inputs, stdin, and per-record originals."""

    inputs: list[str]
    stdin: bytes | None = None
    # the decoded text each output record's spans index, by record position
    originals: list[Optional[str]] = field(default_factory=list)
    extra: dict = field(default_factory=dict)  # anything a custom check needs


@dataclass
class Case:
    row: str  # first cell of the README "Bad input" row covered
    make: Callable[[Path], Setup]
    args: tuple = ()  # extra CLI options
    out_dir: bool = False  # also write -o out (path cases list every file)
    exit_code: int = 0
    error: Optional[str] = None  # every record is an error with this code
    message: Optional[str] = None  # regex the error message must match
    warnings: Optional[list[str]] = None  # exact warning codes of every record
    same_values: bool = False  # values() equal the clean text's
    same_values_loose: bool = False  # values_ignoring_invisible() equal the clean text's
    identical: bool = False  # decoded text is CLEAN: the whole extraction, offsets too, equals clean
    check: Optional[Callable[[list[dict], Setup, Path, dict], None]] = None
    timeout: float = TIMEOUT
    skip_if_root: Optional[str] = None
    n_records: int = 1


def one_file(name: str, data: bytes | str, original: Optional[str] = None) -> Callable[[Path], Setup]:
    def make(tmp: Path) -> Setup:
        p = write(tmp / name, data)
        orig = original
        if orig is None:
            try:
                orig = utf8_original(p)  # utf-8-sig, newline=""
            except UnicodeDecodeError:
                orig = None  # an error case: no spans to ground
        return Setup([name], originals=[orig])

    return make


def from_stdin(data: bytes, original: Optional[str] = None) -> Callable[[Path], Setup]:
    return lambda tmp: Setup(["-"], stdin=data, originals=[original])


# -- custom checks


def check_offset(offset: int):
    def check(recs, setup, tmp, clean):
        assert re.search(r"\bbyte %d\b" % offset, recs[0]["error"]["message"]), recs[0]["error"]["message"]

    return check


def check_scrambled(recs, setup, tmp, clean):
    rec = recs[0]
    assert rec["officials"] == []  # names from scrambled text would be invented
    assert rec["tasks"] == []
    assert [p["value"] for p in rec["percentages"]] == [4.07]
    assert [(c["count"], c["total"]) for c in rec["indicator_counts"]] == [(24, 30)]


def check_html_flag(recs, setup, tmp, clean):
    rec = recs[0]
    assert [o["name"] for o in rec["officials"]] == CLEAN_NAMES
    assert values(rec)["officials"] == values(clean)["officials"]
    assert [p["value"] for p in rec["percentages"]] == CLEAN_PERCENT_VALUES
    assert values(rec)["indicator_counts"] == CLEAN_COUNTS
    # the mention of a name set in <strong> points at the name inside the markup
    html = setup.originals[0]
    m = rec["officials"][0]["mentions"][0]
    assert html[m["start"] - len("<strong>"):m["start"]] == "<strong>"


def check_html_no_flag(recs, setup, tmp, clean):
    # Whatever comes out, it stays grounded (checked generically); the warning is the point.
    assert "html_detected" in [w["code"] for w in recs[0]["warnings"]]


def check_empty_extraction(recs, setup, tmp, clean):
    rec = recs[0]
    for key in ("officials", "percentages", "indicator_counts", "tasks"):
        assert rec[key] == [], key


def check_huge(recs, setup, tmp, clean):
    rec = recs[0]
    assert rec["source"]["chars"] == len(setup.originals[0])
    assert [(p["value"], p["span"]["start"]) for p in rec["percentages"]] == [
        (95.0, start) for start in setup.extra["starts"]]


def check_ids(expected_ids: list[str]):
    def check(recs, setup, tmp, clean):
        assert [r["id"] for r in recs] == expected_ids
        for r in recs:
            assert safe_id(r["id"]) == r["id"]
    return check


def check_symlink_loop(recs, setup, tmp, clean):
    paths = [r["source"]["path"] for r in recs]
    assert len(paths) == len(set(paths)) == 2, paths  # each file once, the loop not entered
    assert sorted(Path(p).name for p in paths) == ["a.txt", "b.txt"]
    assert sorted(r["id"] for r in recs) == ["a", "b"]


def check_stdin_id(recs, setup, tmp, clean):
    import hashlib

    assert recs[0]["id"] == hashlib.sha256(setup.stdin).hexdigest()[:12]
    assert recs[0]["source"]["path"] is None


# -- path case setups


def make_dotdot(tmp: Path) -> Setup:
    # Stems that try to climb: "..x" reached through "a/..", and a Windows-style
    # "..\..\x" (backslashes are ordinary characters in a POSIX file name).
    (tmp / "in" / "a").mkdir(parents=True)
    write(tmp / "in" / "..x.txt", CLEAN)
    write(tmp / "in" / "..\\..\\x.txt", CLEAN)
    write(tmp / "in" / "a" / "...~$..tmp..txt", CLEAN)
    return Setup(["in/a/../..x.txt", "in/..\\..\\x.txt", "in/a/...~$..tmp..txt"], originals=[CLEAN] * 3)


def make_unicode_name(tmp: Path) -> Setup:
    name = "Báo cáo tổng kết 2024 (bản cuối) – xã Tân Lập .txt"
    write(tmp / "in" / name, CLEAN)
    return Setup(["in/" + name], originals=[CLEAN], extra={"stem": Path(name).stem})


def check_unicode_name(recs, setup, tmp, clean):
    assert recs[0]["id"] == safe_id(setup.extra["stem"])
    assert " " not in recs[0]["id"] and "/" not in recs[0]["id"]
    assert recs[0]["source"]["path"] == setup.inputs[0]


def make_symlink_loop(tmp: Path) -> Setup:
    d = tmp / "in"
    write(d / "a.txt", CLEAN)
    write(d / "sub" / "b.txt", CLEAN)
    os.symlink(d, d / "loop")  # in/loop -> in (absolute)
    os.symlink("..", d / "sub" / "up")  # in/sub/up -> in (relative)
    return Setup(["in"], originals=[CLEAN, CLEAN])


def make_dangling(tmp: Path) -> Setup:
    (tmp / "in").mkdir()
    os.symlink("nowhere.txt", tmp / "in" / "gone.txt")
    return Setup(["in"], originals=[None])


def make_unreadable_chmod(tmp: Path) -> Setup:
    p = write(tmp / "locked.txt", CLEAN)
    p.chmod(0)
    return Setup(["locked.txt"], originals=[None])


def make_unreadable_socket(tmp: Path) -> Setup:
    # A Unix socket named *.txt inside an input directory: stat works, open()
    # fails (ENXIO) -- unreadable even for root.
    (tmp / "in").mkdir()
    s = socket.socket(socket.AF_UNIX)
    old = os.getcwd()
    try:
        os.chdir(tmp / "in")  # short relative path: AF_UNIX paths are limited to ~108 bytes
        s.bind("sock.txt")
    finally:
        os.chdir(old)
        s.close()
    return Setup(["in"], originals=[None])


def make_huge(tmp: Path) -> Setup:
    # ~1 MB on one line, no punctuation, and a figure at the start, in the middle
    # and at the very end (so offsets near the end of the line are checked too).
    phrase = ("hội nghị tổng kết công tác năm 2024 của huyện tỷ lệ hộ nghèo giảm mạnh đồng chí bí thư huyện ủy "
              "phát biểu chỉ đạo thu ngân sách dự toán ")
    figure = "thu ngân sách đạt 95% dự toán "
    half = (phrase * (500_000 // len(phrase.encode("utf-8")) + 1))
    text = (figure + half + figure + half + figure).rstrip()
    assert len(text.encode("utf-8")) >= 1_000_000
    assert "\n" not in text and "." not in text and "," not in text
    write(tmp / "huge.txt", text)
    starts = [m.start() for m in re.finditer("95%", text)]
    assert len(starts) == 3 and starts[-1] > len(text) - 20
    return Setup(["huge.txt"], originals=[text], extra={"starts": starts})


def make_too_large(tmp: Path) -> Setup:
    data = (CLEAN * (2048 // len(CLEAN.encode("utf-8")) + 1)).encode("utf-8")
    assert len(data) >= 2048
    write(tmp / "big.txt", data)
    return Setup(["big.txt"], originals=[None])


_BIG = (CLEAN * 8).encode("utf-8")
assert len(_BIG) > 2048

# Invalid UTF-8 deep inside Vietnamese text (multi-byte characters before it).
_BAD_PREFIX = CLEAN.split("\n")[0].encode("utf-8")
BAD_MID = _BAD_PREFIX + b" \x80\x80 " + CLEAN.split("\n")[1].encode("utf-8")
# A file cut in the middle of "ạ" (E1 BA A1) at the very end.
_CUT = (CLEAN.rstrip("\n") + " Xin cảm ơn các đồng chí ạ").encode("utf-8")
BAD_TRUNCATED = _CUT[:-1]
assert BAD_TRUNCATED.endswith(b"\xe1\xba")

LEGACY_UNSURE = (encode_legacy("Đồng chí Bí thư huyện dự hội nghị của tỉnh", "tcvn3")
                 + " café crème brûlée, déjà vu, naïve façade, résumé\n")

R_EMPTY = "empty, whitespace-only or invisible-only file"
R_BINARY = "binary file (NUL bytes)"
R_UTF8 = "invalid UTF-8"
R_PATH = "missing path / unreadable file"
R_NOT_REGULAR = "FIFO, device or socket named `*.txt` in an input directory"
R_LARGE = "larger than `--max-bytes` (default 4 MiB: runs in under a minute here; a 20 MB file takes ~190 s)"
R_BOM = "UTF-8 with BOM, UTF-16 with BOM"
R_LEGACY = "TCVN3 / VNI legacy encodings (as mojibake)"
R_LOOKALIKE = "NFD text, old-style tone placement, NBSP, zero-width spaces, smart quotes"
R_SCRAMBLED = 'scrambled diacritics ("Hụyện ủỷ")'
R_NOT_VI = "not Vietnamese"
R_NAMES = "file names like `../x.txt`"
# Rows the README table does not have yet (proposed wording).
R_HTML = "HTML pasted as text"
R_HUGE = "huge input (1 MB single line, 20 MB file)"
R_CRLF_SHY = "CRLF line ends, soft hyphens"
R_STDIN = "`-` (stdin)"
R_WRAPPED = 'lines hard-wrapped inside sentences (PDF copies, fixed-width pages: "… do ảnh↵hưởng …")'
R_LOOP = "symlink loop in an input directory"


BAD_INPUT_CASES = [
    # ---- empty or whitespace-only file
    pytest.param(Case(R_EMPTY, from_stdin(b""), exit_code=1, error="empty"), id="empty-stdin"),
    pytest.param(Case(R_EMPTY, one_file("ws.txt", codecs.BOM_UTF8 + " \t\r\n\u00a0\u2003\u3000\r\n\v\f".encode()),
                      exit_code=1, error="empty", message=r"whitespace"), id="whitespace-unicode-after-bom"),
    pytest.param(Case(R_EMPTY, one_file("invisible.txt", "\u200b\u200b\u2060\n"), exit_code=1, error="empty"),
                 id="invisible-only"),
    # ---- binary
    pytest.param(Case(R_BINARY, one_file("nul.txt", CLEAN.encode("utf-8").replace(b"; ", b"\x00 ", 1)),
                      exit_code=1, error="binary", message=r"NUL"), id="nul-inside-vietnamese"),
    # ---- invalid UTF-8
    pytest.param(Case(R_UTF8, one_file("bad.txt", BAD_MID), exit_code=1, error="invalid_utf8",
                      check=check_offset(len(_BAD_PREFIX) + 1)), id="invalid-utf8-mid-text"),
    pytest.param(Case(R_UTF8, one_file("cut.txt", BAD_TRUNCATED), exit_code=1, error="invalid_utf8",
                      check=check_offset(len(BAD_TRUNCATED) - 2)), id="invalid-utf8-truncated-at-end"),
    # ---- missing / unreadable
    pytest.param(Case(R_PATH, make_dangling, exit_code=1, error="not_found"), id="dangling-symlink"),
    pytest.param(Case(R_PATH, make_unreadable_chmod, exit_code=1, error="unreadable",
                      skip_if_root="running as root: root can read a chmod 000 file "
                                   "(a socket is not_regular, see socket-in-directory)"), id="unreadable-chmod-000"),
    pytest.param(Case(R_NOT_REGULAR, make_unreadable_socket, exit_code=1, error="not_regular"), id="socket-in-directory"),
    # ---- too large
    pytest.param(Case(R_LARGE, make_too_large, args=("--max-bytes", "1000"), exit_code=1, error="too_large",
                      message=r"\b1000\b"), id="too-large-file"),
    pytest.param(Case(R_LARGE, from_stdin(_BIG), args=("--max-bytes", "1000"), exit_code=1, error="too_large",
                      message=r"\b1000\b"), id="too-large-stdin"),
    # ---- BOMs
    pytest.param(Case(R_BOM, one_file("bom8.txt", codecs.BOM_UTF8 + CLEAN.encode("utf-8"), CLEAN),
                      warnings=[], identical=True), id="utf8-bom"),
    pytest.param(Case(R_BOM, one_file("le.txt", codecs.BOM_UTF16_LE + CLEAN.encode("utf-16-le"), CLEAN),
                      warnings=["utf16_decoded"], identical=True), id="utf16-le-bom"),
    pytest.param(Case(R_BOM, one_file("be.txt", codecs.BOM_UTF16_BE + CLEAN.encode("utf-16-be"), CLEAN),
                      warnings=["utf16_decoded"], identical=True), id="utf16-be-bom"),
    # ---- legacy encodings
    pytest.param(Case(R_LEGACY, one_file("tcvn3.txt", encode_legacy(CLEAN, "tcvn3").encode("utf-8"), CLEAN),
                      warnings=["legacy_encoding_converted"], identical=True), id="tcvn3-mojibake"),
    pytest.param(Case(R_LEGACY, one_file("vni.txt", encode_legacy(CLEAN, "vni").encode("utf-8"), CLEAN),
                      warnings=["legacy_encoding_converted"], identical=True), id="vni-mojibake"),
    pytest.param(Case(R_LEGACY, one_file("unsure.txt", LEGACY_UNSURE), exit_code=1,
                      error="legacy_encoding_unsure", message="TCVN3"), id="legacy-unsure"),
    # ---- look-alike text
    pytest.param(Case(R_LOOKALIKE, one_file("nfd.txt", VARIANTS["nfd"]), warnings=[], same_values=True), id="nfd"),
    pytest.param(Case(R_LOOKALIKE, one_file("old.txt", VARIANTS["old-tone"]), warnings=[], same_values=True),
                 id="old-tone-placement"),
    pytest.param(Case(R_LOOKALIKE, one_file("nbsp.txt", VARIANTS["nbsp"]), warnings=[], same_values=True), id="nbsp"),
    pytest.param(Case(R_LOOKALIKE, one_file("zw.txt", VARIANTS["zero-width"]), warnings=[], same_values_loose=True),
                 id="zero-width-spaces"),
    pytest.param(Case(R_LOOKALIKE, one_file("q.txt", VARIANTS["smart-quotes"]), warnings=[], same_values=True),
                 id="smart-quotes"),
    pytest.param(Case(R_CRLF_SHY, one_file("shy.txt", VARIANTS["soft-hyphen"]), warnings=[],
                      same_values_loose=True), id="soft-hyphens"),
    pytest.param(Case(R_CRLF_SHY, one_file("crlf.txt", VARIANTS["crlf"]), warnings=[], same_values=True), id="crlf"),
    pytest.param(Case(R_WRAPPED, one_file("wrapped.txt", VARIANTS["hard-wrapped"]), warnings=[], same_values=True),
                 id="hard-wrapped"),
    # ---- scrambled diacritics
    pytest.param(Case(R_SCRAMBLED, one_file("scr.txt", SCRAMBLED), warnings=["diacritics_scrambled"],
                      check=check_scrambled), id="scrambled-diacritics"),
    # ---- not Vietnamese
    pytest.param(Case(R_NOT_VI, one_file("en.txt", ENGLISH), warnings=["not_vietnamese"],
                      check=check_empty_extraction), id="english"),
    # ---- HTML
    pytest.param(Case(R_HTML, one_file("page.txt", HTML_PAGE), check=check_html_no_flag), id="html-without-flag"),
    pytest.param(Case(R_HTML, one_file("page.txt", HTML_PAGE), args=("--html",), warnings=[],
                      check=check_html_flag), id="html-with-flag"),
    # ---- huge
    pytest.param(Case(R_HUGE, make_huge, warnings=[], check=check_huge, timeout=HUGE_TIMEOUT), id="huge-single-line"),
    # ---- paths
    pytest.param(Case(R_NAMES, make_dotdot, out_dir=True, n_records=3, same_values=True,
                      check=check_ids(["x", "x-2", "tmp"])),
                 id="dotdot-names"),
    pytest.param(Case(R_NAMES, make_unicode_name, out_dir=True, same_values=True, check=check_unicode_name),
                 id="spaces-and-unicode-name"),
    pytest.param(Case(R_STDIN, from_stdin(CLEAN.encode("utf-8"), CLEAN), out_dir=True, identical=True,
                      check=check_stdin_id), id="stdin-dash"),
    pytest.param(Case(R_LOOP, make_symlink_loop, out_dir=True, n_records=2, same_values=True,
                      check=check_symlink_loop), id="symlink-loop"),
]


# ------------------------------------------------------------------ runner
# Each case is its own ``vnreport extract`` process (its own exit code, its own
# directory). Loading the pipeline costs ~1.5 s of CPU per process, so the
# selected cases are started together on first use, a few at a time, and each
# test waits for its own process.


@dataclass
class Run:
    case: Case
    root: Path  # the case's private directory; ``work`` is inside it
    work: Path
    setup: Setup
    before: set[str]
    proc: subprocess.CompletedProcess


class Runner:
    def __init__(self, factory: pytest.TempPathFactory, workers: int):
        self.factory = factory
        self.pool = ThreadPoolExecutor(max_workers=workers)
        self.futures: dict[str, Future] = {}

    def submit(self, cid: str, case: Case) -> None:
        if cid in self.futures:
            return
        root = self.factory.mktemp(re.sub(r"\W+", "_", cid))
        work = root / "work"
        work.mkdir()
        setup = case.make(work)
        before = files_under(root)
        args = [*setup.inputs, "--jsonl", "out.jsonl", "-q", "-w", "1", *case.args]
        if case.out_dir:
            args += ["-o", "out"]

        def go() -> Run:
            proc = run_cli(args, work, stdin=setup.stdin, timeout=case.timeout)
            return Run(case, root, work, setup, before, proc)

        self.futures[cid] = self.pool.submit(go)

    def result(self, cid: str, case: Case) -> Run:
        self.submit(cid, case)
        return self.futures[cid].result()


CASES_BY_ID = {p.id: p.values[0] for p in BAD_INPUT_CASES}
CLEAN_CASE = Case("(reference)", one_file("clean.txt", CLEAN))


@pytest.fixture(scope="module")
def runner(request, tmp_path_factory):
    if os.environ.get("PYTEST_XDIST_WORKER"):
        # Under pytest-xdist every worker sees the whole session's items, not the ones it will run:
        # prefetching would run each case once per worker. The workers are the parallelism: run on demand.
        r = Runner(tmp_path_factory, workers=1)
        yield r
        r.pool.shutdown(wait=True, cancel_futures=True)
        return
    r = Runner(tmp_path_factory, workers=max(2, min(4, os.cpu_count() or 1)))
    selected = []
    for item in request.session.items:
        cs = getattr(item, "callspec", None)
        if cs is not None and isinstance(cs.params.get("case"), Case) and item.module.__name__ == __name__:
            selected.append(cs.id)
    # the slow one first, then the reference, then the rest in table order
    order = sorted(selected, key=lambda cid: CASES_BY_ID[cid].timeout != HUGE_TIMEOUT)
    r.submit("clean", CLEAN_CASE)
    for cid in order:
        case = CASES_BY_ID[cid]
        if not (case.skip_if_root and os.geteuid() == 0):
            r.submit(cid, case)
    yield r
    r.pool.shutdown(wait=True, cancel_futures=True)


@pytest.fixture(scope="module")
def clean_record(runner) -> dict:
    """The clean report through the CLI: the reference for the variants."""
    run = runner.result("clean", CLEAN_CASE)
    assert run.proc.returncode == 0, run.proc.stderr.decode()
    [rec] = read_jsonl(run.work / "out.jsonl")
    # The reference itself must hold something to compare with.
    assert [o["name"] for o in rec["officials"]] == CLEAN_NAMES
    assert [p["value"] for p in rec["percentages"]] == CLEAN_PERCENT_VALUES
    assert [(c["count"], c["total"]) for c in rec["indicator_counts"]] == CLEAN_COUNTS
    assert rec["warnings"] == []
    for sp in all_spans(rec):
        assert CLEAN[sp["start"]:sp["end"]] == sp["text"]
    return rec


@pytest.mark.parametrize("case", BAD_INPUT_CASES)
def test_bad_input(case: Case, request, runner: Runner, clean_record: dict):
    if case.skip_if_root and os.geteuid() == 0:
        pytest.skip(case.skip_if_root)
    run = runner.result(request.node.callspec.id, case)
    proc, work, setup, before = run.proc, run.work, run.setup, run.before
    stderr = proc.stderr.decode("utf-8", "replace")
    assert proc.returncode == case.exit_code, stderr

    # Outputs: out.jsonl, and out/<id>.json per record -- nothing else, nowhere else.
    recs = read_jsonl(work / "out.jsonl")
    assert len(recs) == case.n_records, [r.get("id") for r in recs]
    expected_new = {"work/out.jsonl"}
    if case.out_dir:
        expected_new |= {"work/out/%s.json" % r["id"] for r in recs}
        out = (work / "out").resolve()
        for r in recs:
            target = (work / "out" / (r["id"] + ".json")).resolve()
            assert target.parent == out
            assert json.loads(target.read_text(encoding="utf-8")) == r
    after = files_under(run.root)
    assert after - before == expected_new, sorted(after - before)
    assert before <= after  # inputs untouched

    if case.error:
        for r in recs:
            assert_error_record(r, case.error)
            if case.message:
                assert re.search(case.message, r["error"]["message"]), r["error"]["message"]
            assert re.search(r"^error: .*: %s: " % re.escape(case.error), stderr, re.M), stderr
    else:
        for i, r in enumerate(recs):
            assert "error" not in r, r["error"]
            if case.warnings is not None:
                assert [w["code"] for w in r["warnings"]] == case.warnings, r["warnings"]
            original = setup.originals[i]
            assert original is not None
            assert r["source"]["chars"] == len(original)
            for sp in all_spans(r):
                assert original[sp["start"]:sp["end"]] == sp["text"], sp
            if case.same_values:
                assert values(r) == values(clean_record)
            if case.same_values_loose:
                assert values_ignoring_invisible(r) == values(clean_record)
                assert [o["name"] for o in r["officials"]] == CLEAN_NAMES
                assert [[(p["title"], p["organization"]) for p in o["positions"]] for o in r["officials"]] == [
                    [(p["title"], p["organization"]) for p in o["positions"]] for o in clean_record["officials"]]
            if case.identical:
                assert extraction(r) == extraction(clean_record)
    if case.check:
        case.check(recs, setup, work, clean_record)


# ----------------------------------------------------------- README alignment


def readme_bad_input_rows() -> list[str]:
    text = README.read_text(encoding="utf-8")
    section = text.split("## Bad input", 1)[1].split("\n## ", 1)[0]
    rows = []
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if line.startswith("|") and cells and cells[0] not in ("input", "") and not set(cells[0]) <= set("-: "):
            rows.append(cells[0])
    return rows


def test_every_readme_row_has_a_case():
    rows = readme_bad_input_rows()
    assert rows, "README has no 'Bad input' table"
    covered = {p.values[0].row for p in BAD_INPUT_CASES}
    missing = [r for r in rows if r not in covered]
    assert not missing, "README 'Bad input' rows without a case in BAD_INPUT_CASES: %s" % missing


# ------------------------------------------------------------- known gap



def test_norm_key_folds_invisible_characters(runner, clean_record):
    recs = []
    for cid in ("zero-width-spaces", "soft-hyphens"):  # the same CLI runs as in the table
        run = runner.result(cid, CASES_BY_ID[cid])
        assert run.proc.returncode == 0, run.proc.stderr.decode()
        recs += read_jsonl(run.work / "out.jsonl")
    assert [values(r) == values(clean_record) for r in recs] == [True, True]
