"""Checks on the vocabulary data files in ``pipeline/resources/``.

Every file must: decode as UTF-8 (no BOM, no CR), open with a ``#`` header that
says where the knowledge came from and what the format is, hold NFC entries
without surrounding whitespace, have no duplicate keys after casefolding, use
the canonical tone-mark placement ("ủy", "hòa", "khỏe", not "uỷ", "hoà",
"khoẻ"), and, for TSV files, have the right number of columns.

The vocabulary files listed in ``VOCAB_COLUMNS`` get every check. Any other
resource file gets the checks that hold for all data files (encoding, header,
NFC, one column count per TSV file); the legacy-encoding tables are exempt
from the tone check because their first column is mojibake by design.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

RESOURCES = Path(__file__).resolve().parents[1] / "pipeline" / "resources"

# vocabulary file -> number of tab-separated columns per entry
VOCAB_COLUMNS = {
    "surnames.txt": 1,
    "titles.txt": 1,
    "organizations.txt": 1,
    "title_prefixes.txt": 1,
    "name_blockers.txt": 1,
    "historical_figures.txt": 1,
    "ranks.txt": 1,
    "abbreviations.tsv": 3,
    "number_words.tsv": 2,
}

ALL_FILES = sorted(p.name for p in RESOURCES.iterdir() if p.suffix in {".txt", ".tsv"})
VOCAB_FILES = sorted(VOCAB_COLUMNS)
# Tables of legacy 8-bit encodings: their keys are mojibake, not Vietnamese.
TONE_EXEMPT = {name for name in ALL_FILES if name.startswith("legacy_")}

# Old-style tone placement in an open syllable ending in "oa", "oe" or "uy":
# the mark belongs on the first vowel ("hòa", "khỏe", "ủy"). "qu" + y is
# exempt: there "u" belongs to the consonant and "quý", "quỹ" are correct.
_OLD_STYLE = regex.compile(
    r"(?i)(?:o[àáảãạ]|o[èéẻẽẹ]|(?<!q)u[ỳýỷỹỵ])(?!\p{L}|\p{M})"
)


def read_lines(name: str) -> list[str]:
    raw = (RESOURCES / name).read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf"), f"{name}: has a BOM"
    assert b"\r" not in raw, f"{name}: has CR line endings"
    return raw.decode("utf-8").split("\n")


def entries(name: str) -> list[tuple[int, str]]:
    """(line number, line) for every entry line, as the loader will see them."""
    out = []
    for no, line in enumerate(read_lines(name), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        out.append((no, line))
    return out


def fields(name: str) -> list[tuple[int, list[str]]]:
    return [(no, line.split("\t")) for no, line in entries(name)]


def test_expected_files_present():
    missing = sorted(set(VOCAB_FILES) - set(ALL_FILES))
    assert not missing, f"missing resource files: {missing}"


@pytest.mark.parametrize("name", ALL_FILES)
def test_header(name):
    lines = read_lines(name)
    header = []
    for line in lines:
        if not line.startswith("#"):
            break
        header.append(line)
    assert header, f"{name}: must open with a '#' header"
    if name in VOCAB_COLUMNS:
        assert len(header) >= 3, f"{name}: needs a '#' header of several lines"
    text = "\n".join(header).lower()
    assert "source" in text, f"{name}: header must say where the knowledge came from"
    if name in VOCAB_COLUMNS:
        assert "format" in text, f"{name}: header must describe the format"


@pytest.mark.parametrize("name", ALL_FILES)
def test_nfc_and_whitespace(name):
    for no, line in enumerate(read_lines(name), 1):
        assert line == unicodedata.normalize("NFC", line), f"{name}:{no}: not NFC: {line!r}"
        # (comments too: a NUL written into a header made git treat the file as binary)
        assert not any(unicodedata.category(c) == "Cc" and c != "\t" for c in line), f"{name}:{no}: control character"
    for no, cols in fields(name):
        for col in cols:
            assert col == col.strip(), f"{name}:{no}: stray whitespace in {col!r}"
            assert col, f"{name}:{no}: empty column"
            assert "  " not in col, f"{name}:{no}: double space in {col!r}"


@pytest.mark.parametrize("name", ALL_FILES)
def test_columns(name):
    rows = fields(name)
    want = VOCAB_COLUMNS.get(name)
    if want is None:  # not a vocabulary file: one column count throughout
        want = 1 if name.endswith(".txt") else len(rows[0][1])
    for no, cols in rows:
        assert len(cols) == want, f"{name}:{no}: {len(cols)} columns, want {want}: {cols!r}"


@pytest.mark.parametrize("name", ALL_FILES)
def test_not_empty(name):
    assert entries(name), f"{name}: no entries"


@pytest.mark.parametrize("name", VOCAB_FILES)
def test_no_duplicates_after_casefold(name):
    seen: dict[str, int] = {}
    for no, cols in fields(name):
        key = cols[0].casefold()
        assert key not in seen, f"{name}:{no}: {cols[0]!r} duplicates line {seen[key]}"
        seen[key] = no


@pytest.mark.parametrize("name", [n for n in ALL_FILES if n not in TONE_EXEMPT])
def test_canonical_tone_placement(name):
    for no, line in entries(name):
        m = _OLD_STYLE.search(line)
        assert m is None, f"{name}:{no}: old-style tone placement {m.group()!r} in {line!r}"


def test_tone_checker_itself():
    for bad in ["Uỷ ban", "hoà bình", "khoẻ", "Thuý", "thoả thuận", "giải phóng đoá"]:
        assert _OLD_STYLE.search(unicodedata.normalize("NFC", bad)), bad
    for good in ["Ủy ban", "hòa bình", "khỏe", "Thúy", "quý", "quỹ", "hoàn thành", "toán", "khuyến", "Ngụy"]:
        assert not _OLD_STYLE.search(unicodedata.normalize("NFC", good)), good


def test_abbreviation_kinds():
    for no, (abbr, expansion, kind) in fields("abbreviations.tsv"):
        assert kind in {"org", "title", "other"}, f"abbreviations.tsv:{no}: kind {kind!r}"
        assert " " not in abbr, f"abbreviations.tsv:{no}: space in {abbr!r}"
        assert len(expansion) > len(abbr), f"abbreviations.tsv:{no}: expansion too short"
    kinds = {abbr: kind for _, (abbr, _, kind) in fields("abbreviations.tsv")}
    for abbr in ["HĐND", "UBND", "MTTQ", "BCH", "BTV", "HU", "TU", "TAND", "VKSND", "LĐLĐ"]:
        assert kinds.get(abbr) == "org", abbr
    for abbr in ["ĐBQH", "CCHC", "MTQG", "KT-XH", "THCS", "THPT", "NQ/TW", "CT/TW"]:
        assert kinds.get(abbr) == "other", abbr


_UNITS = {"một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "lăm": 5,
          "nhăm": 5, "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9}


def _parse_number(words: str) -> int:
    parts = words.split()
    if parts == ["mười"]:
        return 10
    if parts[0] == "mười":
        return 10 + _UNITS[parts[1]]
    if len(parts) >= 2 and parts[1] == "mươi":
        return _UNITS[parts[0]] * 10 + (_UNITS[parts[2]] if len(parts) == 3 else 0)
    assert len(parts) == 1
    return _UNITS[parts[0]]


def test_number_words_values():
    values = set()
    for no, (word, value) in fields("number_words.tsv"):
        assert value.isdigit(), f"number_words.tsv:{no}: value {value!r}"
        assert _parse_number(word) == int(value), f"number_words.tsv:{no}: {word} != {value}"
        assert word.split()[0] not in {"mốt", "tư", "lăm", "nhăm"}, f"number_words.tsv:{no}: bare {word!r}"
        values.add(int(value))
    assert values == set(range(1, 51))


def test_name_blockers_lowercase():
    for no, line in entries("name_blockers.txt"):
        assert line == line.lower(), f"name_blockers.txt:{no}: not lowercase: {line!r}"


def _keys(name: str) -> set[str]:
    return {cols[0].casefold() for _, cols in fields(name)}


@pytest.mark.parametrize(
    "name, must_have",
    [
        ("surnames.txt", ["Nguyễn", "Trần", "Lê", "Nông", "Chu", "Lò", "Giàng", "Ksor", "Siu", "Thạch", "Danh"]),
        ("titles.txt", ["Bí thư", "Phó Bí thư Thường trực", "Tỉnh ủy viên", "Chủ tịch", "Phó Chủ tịch",
                        "Ủy viên Ban Thường vụ", "Giám đốc", "Trưởng ban", "Chánh án", "Viện trưởng"]),
        ("organizations.txt", ["Huyện ủy", "Tỉnh ủy", "Hội đồng nhân dân", "Ủy ban nhân dân",
                               "Mặt trận Tổ quốc", "Sở Tài chính", "Bộ Chỉ huy Quân sự", "Tòa án nhân dân"]),
        ("title_prefixes.txt", ["Phó", "nguyên", "Quyền"]),
        ("name_blockers.txt", ["huyện", "tỉnh", "xã", "tư tưởng", "trường", "đường"]),
        ("historical_figures.txt", ["Hồ Chí Minh", "Võ Nguyên Giáp", "Trần Hưng Đạo", "Kim Đồng"]),
    ],
)
def test_core_entries_present(name, must_have):
    keys = _keys(name)
    missing = [w for w in must_have if w.casefold() not in keys]
    assert not missing, f"{name}: missing {missing}"


def test_surnames_not_fabricated_shape():
    # Surnames are one or two capitalised words (plus the prefix H').
    for no, line in entries("surnames.txt"):
        words = line.split(" ")
        assert 1 <= len(words) <= 2, f"surnames.txt:{no}: {line!r}"
        assert all(w[0].isupper() for w in words), f"surnames.txt:{no}: {line!r}"


# ------------------------------------------------- compiled alternations
# lexicon.alternation merges a vocabulary into a trie regex; it must match
# exactly what the plain longest-first alternation of the same phrases matches.


def _flat(phrases, ignore_case=True):
    from pipeline.lexicon import phrase_pattern

    uniq = sorted({p.lower() if ignore_case else p for p in phrases if p.strip()}, key=lambda p: (-len(p), p))
    return "|".join(phrase_pattern(p) for p in uniq)


@pytest.mark.parametrize(
    "name",
    ["titles.txt", "organizations.txt", "places.txt", "name_blockers.txt", "title_prefixes.txt", "named_after.txt"],
)
def test_every_phrase_matches_its_alternation_whole(name):
    from pipeline.lexicon import B_END, alternation
    from pipeline.resources import load_list

    phrases = list(load_list(name))
    for ignore_case, flags in ((True, regex.I), (False, 0)):
        trie = regex.compile("(?:" + alternation(phrases, ignore_case=ignore_case) + ")" + B_END, flags)
        for p in phrases:
            spaced = p.replace(" ", "  ")  # any run of spaces between words
            assert trie.fullmatch(spaced), (name, p)
            if ignore_case:
                assert trie.fullmatch(p.upper()), (name, p)


_words = st.sampled_from(["bí", "thư", "Bí", "Thư", "huyện", "Huyện", "ủy", "Ủy", "ban", "phó", "chủ", "tịch", "a", "ab"])
_phrase = st.lists(_words, min_size=1, max_size=4).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(st.lists(_phrase, min_size=1, max_size=8), st.lists(_words, min_size=1, max_size=8).map(" ".join), st.booleans())
def test_trie_alternation_matches_like_the_flat_one(phrases, text, ignore_case):
    from pipeline.lexicon import B_END, B_START, alternation

    flags = regex.I if ignore_case else 0
    trie = regex.compile(B_START + "(?:" + alternation(phrases, ignore_case=ignore_case) + ")" + B_END, flags)
    flat = regex.compile(B_START + "(?:" + _flat(phrases, ignore_case) + ")" + B_END, flags)
    for pos in range(len(text) + 1):
        a, b = trie.match(text, pos), flat.match(text, pos)
        assert (a and a.span()) == (b and b.span()), (phrases, text, pos)
