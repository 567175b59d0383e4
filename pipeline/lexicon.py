"""Regular expressions compiled from the vocabulary in ``pipeline/resources``.

The text the extractors see is normalized (NFC, canonical tone placement,
ASCII dashes and quotes), so phrases are matched after the same
normalization, case-insensitively unless said otherwise, on word boundaries.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from . import regexcache
from .normalize import canonical_word
from .resources import load_kind, load_list, load_tsv

# A word boundary for Vietnamese letters and digits.
B_START = r"(?<![\p{L}\p{M}\p{N}])"
B_END = r"(?![\p{L}\p{M}\p{N}])"
# After a number: not a document's number or its year ("Quyết định số 2072/QĐ-UBND", "Nghị định 100/2019/NĐ-CP"), read
# by the year patterns of the tasks and years components
NOT_DOCUMENT_NUMBER = r"(?!\s*/\s*\p{Lu})"
# "Ngay từ đầu năm", "từ những ngày đầu năm" before a year: from that year's start (a year leading its sentence,
# read so by the years and tasks components)
FROM_YEAR_START = r"(?:ngay\s+)?từ\s+(?:những\s+(?:ngày|tháng)\s+)?đầu\s+"
# "là (một) năm" after a year: the year described ("Năm 2025 là năm cuối của nhiệm kỳ", "…, là một năm …"), read so
# by the years and tasks components; DESCRIBED_YEAR, the year named before it (group "y")
IS_A_YEAR = r"\s*là\s+(?:một\s+)?năm(?![\p{L}\p{M}])"
DESCRIBED_YEAR = r"năm\s+(?P<y>(?:19|20)\d\d)" + IS_A_YEAR
# Roman numerals up to ten, lower case (section numbers "II.", quarters "quý IV", names "Tam Xuân II")
ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}


@lru_cache(maxsize=None)
def rx(pattern: str, flags: int = 0) -> regex.Pattern:
    """A compiled pattern, cached: for patterns written inline at their use in hot code."""
    return regexcache.compile(pattern, flags)


def last_match(pattern: regex.Pattern, text: str, pos: int = 0, endpos: int | None = None) -> regex.Match | None:
    """The last non-overlapping match of ``pattern`` in ``text[pos:endpos]``, or None (``endpos`` bounds the
    search as a slice would, without copying the text before it; look-behinds still see what precedes ``pos``).

    >>> last_match(regexcache.compile(r"\\d"), "a1b2c").group()
    '2'
    >>> last_match(regexcache.compile(r"\\d"), "a1b2c", 0, 3).group()
    '1'
    """
    last = None
    for last in pattern.finditer(text, pos, len(text) if endpos is None else endpos):
        pass
    return last


def phrase_pattern(phrase: str) -> str:
    """Regex source for a phrase: words in canonical form, any run of spaces between.

    >>> phrase_pattern("Huyện uỷ")
    'Huyện\\\\s+ủy'
    """
    words = [regex.escape(canonical_word(w), special_only=True) for w in phrase.split()]
    return r"\s+".join(words)


_END = ""  # marks the end of a phrase in a trie node


DASHES = "-–—"  # a dash between two words of a name, any of the three ("Giao thông - Vận tải", "… – Vận tải")
# Between two words of a name that may also be written joined by a dash ("Sở Giao thông vận tải" and "Sở Giao thông –
# Vận tải"): ``sep`` of :func:`alternation`
SPACE_OR_DASH = r"[\s" + regex.escape(DASHES) + r"]++"  # (one class, possessive: as fast as "\s+" on a single space)


# Abbreviations written with a dot that ends no sentence: "TP. Nha Trang", "TX. Phú Mỹ", "PGS.TS.", "TT.Ái Nghĩa" (the
# dot after one of these, before a name, is the abbreviation's). Regex source, for a lookbehind before the dot.
DOTTED_ABBREVIATION = r"(?<![\p{L}])(?:TP|Tp|TX|Tx|TT|ThS|TS|PGS|GS|BS)"
# One character inside a clause: none of ". ; :", but an abbreviation's dot ("TP. Biên Hòa"). Regex source; with a comma
# excluded too, NO_STOP_OR_COMMA.
NO_STOP = r"(?:[^.;:]|(?<=" + DOTTED_ABBREVIATION + r")\.)"
NO_STOP_OR_COMMA = r"(?:[^.;:,]|(?<=" + DOTTED_ABBREVIATION + r")\.)"


def alternation(phrases, *, ignore_case: bool = True, sep: str = r"\s+") -> str:
    """Regex source matching any of ``phrases``, the longest that fits first (no boundaries).

    The phrases are merged into a trie ("Bí thư" and "Bí thư Huyện ủy" give
    ``bí\\s+thư(?:\\s+huyện\\s+ủy)?``), so a match costs the length of the
    text it reads rather than one try per phrase: a flat ``A|B|…`` of a few
    hundred titles made the regex engine try each in turn at every position.
    Greedy optional tails keep "longest first, shorter on backtracking".

    ``ignore_case=True`` (for patterns compiled with ``regex.I``, the usual
    case) merges phrases that differ only in case; the source is then lower
    case. With ``ignore_case=False`` the phrases are kept as written. A dash
    written as a word matches any dash; ``sep`` is what stands between two
    words (:data:`SPACE_OR_DASH` lets a dash join them too).

    >>> alternation(["Bí thư", "Bí thư Huyện ủy", "Phó Bí thư"])
    '(?:bí\\\\s+thư(?:\\\\s+huyện\\\\s+ủy)?|phó\\\\s+bí\\\\s+thư)'
    >>> bool(regex.fullmatch(alternation(["UBND"], ignore_case=False), "UBND"))
    True
    """
    trie: dict = {}
    for phrase in phrases:
        words = [canonical_word(w) for w in phrase.split()]
        if sep != r"\s+":
            words = [w for w in words if w not in DASHES]  # (a separator that holds a dash matches the dash itself)
        if not words:
            continue
        node = trie
        for i, word in enumerate(words):
            if i:
                node = node.setdefault(sep, {})
            # ("Lao động - Thương binh": a dash written as a word, any of the dashes)
            for unit in (["[" + DASHES + "]"] if word in DASHES else
                         [regex.escape(ch, special_only=True) for ch in (word.lower() if ignore_case else word)]):
                node = node.setdefault(unit, {})
        node[_END] = {}
    return _trie_source(trie)


def tail_alternation(phrases, words: int = 2) -> str:
    """Regex source matching the last ``words`` words of any of ``phrases`` (a shorter phrase whole):
    wherever ``alternation(phrases)`` matches, this matches inside the match. A cheap necessary
    condition to search for first: when the tails share their first word, the ``regex`` module finds
    it as a literal, many times faster than it scans a trie of phrases that begin differently.

    >>> tail_alternation(["năm tới", "bước vào năm mới"])
    'năm\\\\s+(?:mới|tới)'
    """
    return alternation([" ".join(p.split()[-words:]) for p in phrases])


def _trie_source(node: dict) -> str:
    alts = [unit + _trie_source(child) for unit, child in sorted(node.items()) if unit != _END]
    if not alts:
        return ""
    if _END in node:  # a phrase ends here: the longer ones are tried first
        return "(?:" + "|".join(alts) + ")?"
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"


def compile_phrases(phrases, *, flags: int = regex.IGNORECASE) -> regex.Pattern:
    """Match any of ``phrases`` as whole words, longest first, in group ``p``."""
    return regexcache.compile(B_START + "(?P<p>" + alternation(phrases) + ")" + B_END, flags)


def tsv_map(name: str, key_col: int = 0, val_col: int = 1) -> dict[str, str]:
    """A TSV resource as {folded key: value}."""
    return {fold_key(row[key_col]): row[val_col] for row in load_tsv(name) if len(row) > val_col}


@lru_cache(maxsize=65536)
def fold_key(text: str) -> str:
    """Lookup key: canonical words, casefolded, single spaces (cached: names and titles repeat)."""
    return " ".join(canonical_word(w) for w in text.split()).casefold()


@lru_cache(maxsize=None)
def surnames() -> frozenset[str]:
    return frozenset(canonical_word(s) for s in load_list("surnames.txt"))


@lru_cache(maxsize=None)
def abbreviations() -> dict[str, str]:
    """{abbreviation as written: expansion}."""
    return {row[0]: row[1] for row in load_tsv("abbreviations.tsv") if len(row) >= 2}


@lru_cache(maxsize=None)
def organizations() -> tuple[str, ...]:
    """resources/organizations.txt, each department of joined fields also with a spaced or an unspaced dash
    for its comma ("Sở Văn hóa, Thể thao và Du lịch" is written "Sở Văn hóa - Thể thao …" and "Sở Văn
    hóa-Thể thao …" too): the list keeps the comma form."""
    orgs = list(load_list("organizations.txt"))
    return tuple(orgs + [o.replace(", ", sep) for o in orgs if ", " in o for sep in (" - ", "-", " – ")])


@lru_cache(maxsize=None)
def provinces() -> str:
    """Regex source of the province-level names of resources/places.txt, their case kept (to be used inside
    ``(?-i:…)`` in a case-insensitive pattern): a province named alone, "Lào Cai", "Hải Phòng". Used by the
    officials (a place, no name), the percentages (a place, no subject) and the tasks (a body opening a
    direction)."""
    return alternation(load_list("places.txt"), ignore_case=False)


@lru_cache(maxsize=None)
def amount_units(*kinds: str) -> str:
    """Regex source of the words of resources/amount_units.tsv of the given kinds: "scale" (nghìn, triệu, tỷ),
    "measure" (đồng, ha, tấn), "count" (hộ, lượt), "case" (vụ). Used by the percentages and the tasks.

    >>> bool(regex.fullmatch(amount_units("scale"), "tỉ"))
    True
    """
    return alternation(load_kind("amount_units.tsv", *kinds))


@lru_cache(maxsize=None)
def number_words() -> str:
    """Regex source of the numbers written as words of resources/number_words.tsv ("năm", "mười hai"), for a count
    of tasks or targets written out ("đề ra năm nhiệm vụ trọng tâm").

    >>> bool(regex.fullmatch(number_words(), "năm", regex.I))
    True
    """
    return alternation([r[0] for r in load_tsv("number_words.tsv") if len(r) >= 2])


@lru_cache(maxsize=None)
def number_word_values() -> dict[str, int]:
    """The value of each number word of resources/number_words.tsv, by its folded form (``fold_key``); read, never
    changed, by the indicator counts ("chín chỉ tiêu") and the tasks (a list's counted head, "ba mặt:").

    >>> number_word_values()[fold_key("mười hai")]
    12
    """
    return {fold_key(r[0]): int(r[1]) for r in load_tsv("number_words.tsv") if len(r) >= 2}


@lru_cache(maxsize=None)
def place_level_words() -> str:
    """Regex source of the level words of resources/place_levels.tsv matched in any case ("xã", "thị trấn", "tổ dân
    phố"; not the abbreviations "TP", "TX"). Used by the indicator counts (a place's count after another's) and the
    percentages (a place's figure in a list of places).

    >>> bool(regex.fullmatch(place_level_words(), "thị   trấn"))
    True
    """
    return alternation([r[0] for r in load_tsv("place_levels.tsv") if len(r) > 2 and r[2] == "any"])


@lru_cache(maxsize=None)
def indicator_sectors() -> str:
    """Regex source of the fields indicators and plans are grouped by (resources/indicator_sectors.txt: "kinh tế", "xã
    hội", "quốc phòng" …). Used by the indicator counts, the tasks and the years.

    >>> bool(regex.fullmatch(indicator_sectors(), "quốc phòng", regex.I))
    True
    """
    return alternation(load_list("indicator_sectors.txt"))


@lru_cache(maxsize=None)
def continuing_state() -> regex.Pattern:
    """"tiếp tục" before a state or trend (resources/continuing_states.txt: "tiếp tục ổn định", "… tăng
    trưởng", "… diễn biến phức tạp"): what goes on, no intention. Used by the years and the tasks."""
    return regexcache.compile(r"(?i)tiếp\s+tục\s+(?:" + alternation(load_list("continuing_states.txt")) + ")" + B_END)


@lru_cache(maxsize=None)
def guiding_frame() -> str:
    """Regex source of the motto or aim a plan is put under, up to its comma ("Với phương châm hành động “Chủ động, …”,",
    "Với mục tiêu chủ động duy trì …,"; nouns: resources/year_cues.tsv kind "guiding"). The shortest stretch to a comma
    that lets the rest match, within a sentence and 160 characters. No literal space (verbose patterns)."""
    nouns = load_kind("year_cues.tsv", "guiding")
    return r"(?:với\s+(?:" + alternation(nouns) + r")(?![\p{L}\p{M}])[^.;:!?\n]{0,160}?,)"


@lru_cache(maxsize=None)
def building_on() -> str:
    """Regex source of the results a plan builds on, up to its comma ("Phát huy những kết quả đạt được (trong năm qua),",
    "Trên cơ sở kết quả đạt được,"; verbs: resources/year_cues.tsv kind "building_on"). No literal space: it serves
    verbose patterns too. Used by the years (before "(trong) năm") and the tasks (a leading year's frame)."""
    verbs = load_kind("year_cues.tsv", "building_on")
    return (
        r"(?:" + alternation(verbs) + r")\s+"
        r"(?:(?:những|các)\s+)?(?:kết\s+quả|thành\s+tích|thành\s+tựu)"  # the results
        r"(?:\s+(?:đó|(?:đã\s+)?đạt\s+được))?"  # "đó", "(đã) đạt được"
        r"(?:\s+(?:trong\s+)?năm\s+(?:qua|trước))?"  # "trong năm qua"
        r"\s*,"
    )
