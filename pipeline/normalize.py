"""Normalize text for matching, keeping a map back to the original offsets.

Extraction runs on a *normalized* copy of the input: NFC, one canonical tone
placement ("uỷ" -> "ủy", "hoà" -> "hòa", the placement underthesea itself
writes), CRLF/CR -> LF, invisible characters (zero-width spaces, soft hyphens,
BOM) removed, exotic spaces -> " ", typographic quotes and dashes -> ASCII,
"…" -> "...", a line break inside a sentence (a letter, digit or comma before it, a lower-case
letter or a number other than a list marker after it) -> " ", a full stop glued to the next sentence
("năm 2019.Thu ngân sách"; after a digit, a closing bracket or quote, "%" or a lower-case word of three letters or
more, so not "TP.Hà Tiên") -> ". ". Every span found in the normalized text is mapped back with
:class:`OffsetMap`, so that ``original[start:end]`` is what the user gave us.

No library does Vietnamese tone-placement canonicalization with an offset
map (``unicodedata`` gives NFC but loses positions; underthesea rewrites
silently), hence this module.

>>> n = normalize("Huyện uỷ  hoà\\r\\nBình do\\nhuyện")
>>> n.text
'Huyện ủy  hòa\\nBình do huyện'
>>> n.to_original(6, 8)
(6, 8)
>>> n.to_original(11, 18)
(11, 19)
>>> n = normalize("trong năm 2019.Thu ngân sách; TP.Hà Tiên")
>>> n.text, n.text[16:29], n.to_original(16, 29)
('trong năm 2019. Thu ngân sách; TP.Hà Tiên', 'Thu ngân sách', (15, 28))
"""

from __future__ import annotations

import html
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from . import regexcache

# Tone marks as combining characters, and the vowels that can carry them.
_TONES = "\u0300\u0301\u0309\u0303\u0323"  # huyền, sắc, hỏi, ngã, nặng

#: the typographic apostrophes and primes normalization writes as "'" (also read by pipeline.export)
APOSTROPHE_CHARS = "\u2018\u2019\u201a\u201b\u2032"

_SIMPLE = {
    **{c: "" for c in "\u200b\u200c\u200d\u2060\ufeff\u00ad"},  # invisible
    **{c: " " for c in "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t\v\f"},
    **{c: '"' for c in "\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb"},
    **{c: "'" for c in APOSTROPHE_CHARS},
    **{c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"},
    "\u2026": "...",
    # the Icelandic eth, which some Vietnamese outlets type for "Đ"/"đ" ("Ðảng bộ", "QSDÐ"; set AF, train 019)
    "\u00d0": "\u0110",
    "\u00f0": "\u0111",
    "\r\n": "\n",
    "\r": "\n",
}

_TONED_VOWELS = "àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ"
# every letter with a tone mark (NFC), and the combining tone marks themselves
_TONED_ANY = frozenset(
    unicodedata.normalize("NFC", v + t) for v in "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY" for t in _TONES
) | frozenset(_TONES)
#: characters that are invisible in text (zero-width spaces and joiners, word joiner, BOM, soft
#: hyphen): the one list of them, also used by pipeline.io and pipeline.scoring
INVISIBLE_CHARS = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_INVISIBLE = "[" + INVISIBLE_CHARS + "]"
_INVISIBLE_RE = regexcache.compile(_INVISIBLE)
_HAS_MARK = regexcache.compile(r"\p{M}")
_TONE_PAIR = regexcache.compile("[oO]" + _INVISIBLE + "*[àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ]|[uU]" + _INVISIBLE + "*[ỳýỷỹỵỲÝỶỸỴ]")
_SIMPLE_CLASS = (
    r"[\r\u200b\u200c\u200d\u2060\ufeff\u00ad"  # CR, invisible characters
    r"\u00a0\u2000-\u200a\u202f\u205f\u3000\t\v\f"  # exotic spaces and tabs
    r"\u201c-\u201f\u2033\u00ab\u00bb\u2018\u2019\u201a\u201b\u2032"  # typographic quotes
    r"\u2010-\u2015\u2212\u2026"  # dashes, minus, ellipsis
    r"\u00d0\u00f0]"  # the eth for "Đ"/"đ"
)
_BASE = (
    # a line broken inside a sentence (text copied from a PDF or a fixed-width page: "… do ảnh\nhưởng
    # của …"): after a letter, digit or comma and before a lower-case letter the break is a space,
    # so that a sentence, a title ("Bí thư\nhuyện ủy") or a list of targets reads as one line
    r"(?P<wrap>(?<=[\p{L}\p{M}\p{N},])(?:\r\n?|\n)"  # (any line end: CRLF, LF, a lone CR)
    r"(?=\p{Ll}"  # before a lower-case letter
    r"|\d++(?![.):]\s)))"  # or a number that is no list marker ("tăng từ\n2-2,5%"; not "\n1. Tập trung")
    r"|\r\n"  # Windows line end
    # a sentence's full stop (or ellipsis) glued to the next sentence ("trong năm 2019.Thu ngân sách",
    # "đạt 91,27% KH).Đồng chí", "vận động….Các cấp"): a space is written after it. Only after a digit, a
    # closing bracket, quote or "%", or a lower-case word of three letters or more, so that "TP.Hà Tiên",
    # "Tp.Hồ Chí Minh", "Ts.Bs", "KH.Thu" (an abbreviation, ambiguous) and initials ("H.Mai") stay as written
    r"|(?P<glued>(?=[.\u2026])"  # (cheap: only where a dot or an ellipsis stands)
    r"(?<=(?<![\p{L}\p{M}])\p{Ll}\p{M}*(?:\p{Ll}\p{M}*){2,}|\p{Nd}|[)\]%\"\u201c-\u201f\u2033\u00ab\u00bb])"  # what may end a sentence
    # (every quote written '"' counts, opening ones too: a second pass then finds nothing more)
    r"[.\u2026]{1,4}+"  # the stop, or an ellipsis (with a stop after it)
    r"(?=\p{Lu}\p{M}*+\p{Ll}))"  # a capitalized word right after it
    r"|" + _SIMPLE_CLASS +
    # old-style tone placement ending a syllable: "oà" "oé" "uỷ" (but "quý" is right),
    # also when an invisible character sits inside the pair ("o\u200bà")
    r"|(?<![qQ]" + _INVISIBLE + r"*)(?:[oO]" + _INVISIBLE + r"*+[àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ]|[uU]" + _INVISIBLE + r"*+[ỳýỷỹỵỲÝỶỸỴ])"
    r"(?!" + _INVISIBLE + r"*+[\p{L}\p{M}])"
)
# For input already in NFC (the common case) the above is all there is to do.
_PATTERN_NFC = regexcache.compile(_BASE)
# Otherwise also: a whole word with combining marks (NFD input) is recomposed.
# (invisible characters inside such a word belong to it, as in the NFC branch above)
# (first, so that a word starting with an invisible character is still taken whole)
_PATTERN = regexcache.compile(
    r"(?<![\p{L}\p{M}" + INVISIBLE_CHARS + r"])[\p{L}" + INVISIBLE_CHARS + r"]*+\p{M}"
    r"[\p{L}\p{M}" + INVISIBLE_CHARS + r"]*+|" + _BASE
)

# HTML pasted as text (``html=True``): tags go, block tags become line breaks,
# entities are decoded; offsets still point into the original markup.
_HTML = (
    r"<(?i:script|style)\b[^>]{0,2000}+>(?s:.){0,200000}?</(?i:script|style)\s*>"  # script/style with content
    r"|<!--(?s:.){0,200000}?-->"  # comments
    r"|</?[A-Za-z][^<>]{0,2000}+>"  # a tag
    r"|&(?:\#\d{1,7}|\#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"  # an entity
)
_BLOCK_TAG = regexcache.compile(r"</?(?i:p|br|div|li|ul|ol|h[1-6]|tr|table|section|article|header|footer|blockquote|figcaption)\b")
_PATTERN_HTML = regexcache.compile(_HTML + "|" + _PATTERN.pattern)
_HTML_HINT = regexcache.compile(r"</?(?i:p|br|div|span|a|strong|em|b|i|li|h[1-6]|img|table|td|tr)\b[^<>]{0,200}>")


def looks_like_html(text: str) -> bool:
    """Three or more common HTML tags in the first 20,000 characters.

    >>> looks_like_html("<p>Hội nghị</p><p>tổng kết</p><br>"), looks_like_html("a < b > c")
    (True, False)
    """
    return len(_HTML_HINT.findall(text[:20000])) >= 3


def _html_repl(chunk: str) -> str | None:
    """Replacement for an HTML tag/entity chunk, or None if ``chunk`` is not one."""
    if chunk[0] == "&" and chunk[-1] == ";":
        decoded = html.unescape(chunk)
        return _SIMPLE.get(decoded, decoded) if decoded != chunk else chunk
    if chunk[0] == "<" and chunk[-1] == ">" and len(chunk) > 2 and (chunk[1].isalpha() or chunk[1] in "/!"):
        return "\n" if _BLOCK_TAG.match(chunk) else ""
    return None


# One tone placement for the whole project: the pipeline's text and vocabulary, and the scorer
# (pipeline.scoring.norm_key), all use canonical_word / canonical_text below.
_TONE_SET = frozenset(_TONES)
_VOWELS = frozenset("aăâeêioôơuưy")
_MARKED_VOWELS = frozenset("ăâêôơư")  # vowels with a diacritic of their own take the tone


def _tone_position(letters: list[str]) -> int | None:
    """Index of the letter carrying the tone in the canonical placement.

    ``letters`` are lower-case letters without tone marks. Skip the initial consonant
    ("qu" and "gi" + vowel count as consonants); in the vowel nucleus a vowel with its own
    diacritic (ă â ê ô ơ ư) takes the tone (the last one: "ươ" -> ơ); otherwise with a final
    consonant the last vowel takes it ("hoàng"); otherwise a 1- or 2-vowel nucleus takes it
    on the first vowel ("hòa", "khỏe", "thủy", "mùa") and a 3-vowel nucleus on the middle
    one ("ngoài", "khuỷu") — the placement underthesea writes.
    """
    n = len(letters)
    i = 0
    while i < n and letters[i] not in _VOWELS:
        i += 1
    if i == n:
        return None
    if i > 0 and i + 1 < n and letters[i + 1] in _VOWELS and letters[i - 1] + letters[i] in ("qu", "gi"):
        i += 1
    j = i
    while j < n and letters[j] in _VOWELS:
        j += 1
    marked = [k for k in range(i, j) if letters[k] in _MARKED_VOWELS]
    if marked:
        return marked[-1]
    if j < n:  # a final consonant follows
        return j - 1
    return i + 1 if j - i >= 3 else i


@lru_cache(maxsize=65536)
def canonical_word(word: str) -> str:
    """NFC and canonical tone placement for one word (its case kept).

    >>> canonical_word("Huyện"), canonical_word("uỷ"), canonical_word("quý"), canonical_word("hoà")
    ('Huyện', 'ủy', 'quý', 'hòa')
    >>> canonical_word("THUỶ"), canonical_word("khoẻ"), canonical_word("hòang"), canonical_word("Uỷ")
    ('THỦY', 'khỏe', 'hoàng', 'Ủy')
    >>> canonical_word("đạt/vượt"), canonical_word("hoà-bình")
    ('đạt/vượt', 'hòa-bình')
    """
    word = unicodedata.normalize("NFC", word)
    if not any(c in _TONED_ANY for c in word):
        return word
    if not word.isalpha():  # "đạt/vượt", "Hoà-Bình": each run of letters is a syllable
        return canonical_text(word)
    bases, tone = [], None
    for ch in word:
        base, t = _split_tone(ch)
        tone = tone or t
        bases.append(base)
    pos = _tone_position([b.lower() for b in bases]) if tone else None
    if pos is None:
        return word
    bases[pos] = unicodedata.normalize("NFC", bases[pos] + tone)
    out = "".join(bases)
    return word if out == word else out


@lru_cache(maxsize=1024)
def _split_tone(ch: str) -> tuple[str, str | None]:
    """``"ệ"`` -> ``("ê", "\u0323")``: a letter without its tone mark, and the mark (None if none)."""
    parts = unicodedata.normalize("NFD", ch)
    tone = next((c for c in parts if c in _TONE_SET), None)
    if tone is None:
        return ch, None
    return unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONE_SET)), tone


# The old-style placement ending a syllable ("hoà", "uỷ"; "quý" is right): the one placement the
# text itself is rewritten for (other words are left as written; canonical_word moves their tone
# only in comparison keys, such as vocabulary lookups and the scorer's).
_SYLLABLE_END = regexcache.compile(r"(?<![qQ])([oO][àáảãạÀÁẢÃẠ]|[oO][èéẻẽẹÈÉẺẼẸ]|[uU][ỳýỷỹỵỲÝỶỸỴ])$")


def _text_word(word: str) -> str:
    """NFC, and the canonical placement for an old-style final "oa", "oe", "uy" (what the text gets)."""
    word = unicodedata.normalize("NFC", word)
    m = _SYLLABLE_END.search(word)
    return word[: m.start()] + canonical_word(m.group(1)) if m else word


_WORD = regexcache.compile(r"\p{L}+")


def canonical_text(text: str) -> str:
    """:func:`canonical_word` on every run of letters of ``text``.

    >>> canonical_text("Huyện uỷ, hoà bình")
    'Huyện ủy, hòa bình'
    """
    return _WORD.sub(lambda m: canonical_word(m.group()), text)


@dataclass
class OffsetMap:
    """Maps offsets in a normalized string back to the original string.

    Stored as the list of changed pieces only (identity elsewhere), so it costs
    nothing for clean text and stays small for large files.
    """

    n_starts: list[int] = field(default_factory=list)
    n_ends: list[int] = field(default_factory=list)
    o_starts: list[int] = field(default_factory=list)
    o_ends: list[int] = field(default_factory=list)

    def add(self, n_start: int, n_end: int, o_start: int, o_end: int) -> None:
        self.n_starts.append(n_start)
        self.n_ends.append(n_end)
        self.o_starts.append(o_start)
        self.o_ends.append(o_end)

    def _delta(self, idx: int) -> int:
        return 0 if idx < 0 else self.o_ends[idx] - self.n_ends[idx]

    def start(self, n: int) -> int:
        """Original offset for a span *starting* at normalized offset ``n``."""
        i = bisect_right(self.n_ends, n)  # pieces wholly before n (incl. removed chars at n)
        if i < len(self.n_starts) and self.n_starts[i] < n:  # n inside piece i
            if self.n_ends[i] - self.n_starts[i] == self.o_ends[i] - self.o_starts[i]:
                return self.o_starts[i] + (n - self.n_starts[i])
            return self.o_starts[i]
        return n + self._delta(i - 1)

    def end(self, n: int) -> int:
        """Original offset for a span *ending* (exclusive) at normalized offset ``n``."""
        i = bisect_left(self.n_ends, n)  # pieces ending strictly before n
        if i < len(self.n_starts) and self.n_starts[i] < n:  # n inside or at the end of piece i
            if n == self.n_ends[i]:
                return self.o_ends[i]
            if self.n_ends[i] - self.n_starts[i] == self.o_ends[i] - self.o_starts[i]:
                return self.o_starts[i] + (n - self.n_starts[i])
            return self.o_ends[i]
        return n + self._delta(i - 1)


@dataclass
class Normalized:
    original: str
    text: str
    offsets: OffsetMap

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalized ``[start, end)`` to the original string."""
        if start >= end:
            s = self.offsets.start(start)
            return s, s
        return self.offsets.start(start), self.offsets.end(end)

    @property
    def changed(self) -> bool:
        return bool(self.offsets.n_starts)


def normalize(original: str, *, html: bool = False) -> Normalized:
    """Return the normalized text and its offset map (see module docstring).

    With ``html=True`` tags are removed (block tags become line breaks) and
    entities decoded; every offset still maps into ``original``.

    >>> n = normalize("<p>Tỷ lệ đạt&nbsp;95%</p>", html=True)
    >>> n.text, n.to_original(1, 14)
    ('\\nTỷ lệ đạt 95%\\n', (3, 21))
    """
    out: list[str] = []
    offsets = OffsetMap()
    o_pos = 0  # original position consumed so far
    n_pos = 0  # normalized length so far
    if html:
        pattern = _PATTERN_HTML
    else:
        # the NFD branch is needed for decomposed text, and for combining marks that NFC
        # leaves alone (one after an invisible character)
        clean_nfc = unicodedata.is_normalized("NFC", original) and not _HAS_MARK.search(original)
        pattern = _PATTERN_NFC if clean_nfc else _PATTERN
    for m in pattern.finditer(original):
        s, e = m.span()
        chunk = m.group()
        markup = _html_repl(chunk) if html else None
        if markup is not None:
            repl = markup
        elif m.lastgroup == "wrap":
            repl = " "
        elif m.lastgroup == "glued":
            repl = chunk.replace("\u2026", "...") + " "
        elif chunk in _SIMPLE:
            repl = _SIMPLE[chunk]
        elif _TONE_PAIR.fullmatch(chunk):
            repl = canonical_word(chunk[0] + chunk[-1])  # invisible characters inside are dropped
        else:
            repl = _text_word(_INVISIBLE_RE.sub("", chunk))  # an NFD word
        if repl == chunk:
            continue
        if s > o_pos:
            out.append(original[o_pos:s])
            n_pos += s - o_pos
        out.append(repl)
        offsets.add(n_pos, n_pos + len(repl), s, e)
        n_pos += len(repl)
        o_pos = e
    if not offsets.n_starts:
        return Normalized(original, original, offsets)
    out.append(original[o_pos:])
    return Normalized(original, "".join(out), offsets)

