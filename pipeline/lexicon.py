"""Regular expressions compiled from the vocabulary in ``pipeline/resources``.

The text the extractors see is normalized (NFC, canonical tone placement,
ASCII dashes and quotes), so phrases are matched after the same
normalization, case-insensitively unless said otherwise, on word boundaries.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from .normalize import canonical_word
from .resources import load_list, load_tsv

# A word boundary for Vietnamese letters and digits.
B_START = r"(?<![\p{L}\p{M}\p{N}])"
B_END = r"(?![\p{L}\p{M}\p{N}])"


@lru_cache(maxsize=None)
def rx(pattern: str, flags: int = 0) -> regex.Pattern:
    """A compiled pattern, cached: for patterns written inline at their use in hot code."""
    return regex.compile(pattern, flags)


def last_match(pattern: regex.Pattern, text: str, pos: int = 0) -> regex.Match | None:
    """The last non-overlapping match of ``pattern`` in ``text[pos:]``, or None.

    >>> last_match(regex.compile(r"\\d"), "a1b2c").group()
    '2'
    """
    last = None
    for last in pattern.finditer(text, pos):
        pass
    return last


def phrase_pattern(phrase: str) -> str:
    """Regex source for a phrase: words in canonical form, any run of spaces between.

    >>> phrase_pattern("Huyện uỷ")
    'Huyện\\\\s+ủy'
    """
    words = [regex.escape(canonical_word(w), special_only=True) for w in phrase.split()]
    return r"\s+".join(words)


def alternation(phrases) -> str:
    """Longest-first alternation of phrases (no boundaries, no group)."""
    uniq = sorted({p for p in phrases if p.strip()}, key=lambda p: (-len(p), p))
    return "|".join(phrase_pattern(p) for p in uniq)


def compile_phrases(phrases, *, flags: int = regex.IGNORECASE) -> regex.Pattern:
    """Match any of ``phrases`` as whole words, longest first, in group ``p``."""
    return regex.compile(B_START + "(?P<p>" + alternation(phrases) + ")" + B_END, flags)


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
