"""Input decoding: the bytes of one article -> one exact ``str``, or a clear error.

Offsets contract
----------------
Every offset the pipeline extracts later is a Python ``str`` index into the text
this module returns (``Decoded.text``). Decoding therefore never *edits* the text:
line ends (CRLF, CR, LF) stay as read, nothing is normalised (no NFC, no
whitespace cleanup). The only byte sequence dropped is a leading byte-order mark
(UTF-8 ``EF BB BF``, UTF-16/32 BOMs); it is not part of the text.

There are two deliberate exceptions, both announced by a warning, and after them
offsets refer to the *decoded* text, not to the bytes of the file:

* ``legacy_encoding_converted`` -- the article was typed with a legacy Vietnamese
  font encoding, TCVN3 ("ABC", TCVN 5712:1993 VN3) or VNI-Windows, and is either
  raw 8-bit bytes or such bytes once read as cp1252/latin-1 and saved as UTF-8
  ("mojibake": ``"ViÖt Nam"``, ``"Vieät Nam"`` for "Việt Nam"). It is converted
  to Unicode with the tables in ``resources/legacy_tcvn3.tsv`` and
  ``resources/legacy_vni.tsv``. TCVN3 keeps the length (one character per
  letter); VNI text gets shorter (a letter is base + mark byte there).
* ``utf8_mojibake_fixed`` -- UTF-8 text that was decoded as cp1252/latin-1 and
  re-encoded (``"Viá»‡t Nam"``), repaired with ``ftfy.fix_encoding`` only when
  the repaired text is clearly more Vietnamese than the input.

Decoding order (``decode_bytes``)
---------------------------------
1. ``too_large`` if ``len(data) > max_bytes``; ``empty`` if there are 0 bytes.
2. UTF-8 BOM: strip it, decode the rest as strict UTF-8 (encoding ``"utf-8-sig"``).
3. UTF-32 / UTF-16 BOM (LE or BE): decode strictly (warning ``utf32_decoded`` /
   ``utf16_decoded``; encoding ``"utf-32"`` / ``"utf-16"``).
4. NUL bytes: UTF-16 without a BOM is recognised by its NUL-byte pattern (NULs
   on one parity only, strict decode succeeds, result is text; warning
   ``utf16_decoded``); anything else with a NUL is ``binary``.
5. Strict UTF-8. If it fails, the bytes are read as cp1252 and tested for legacy
   Vietnamese (below): converted when the evidence is clear,
   ``legacy_encoding_unsure`` when it is suggestive but not clear, otherwise
   ``invalid_utf8`` with the byte offset of the first bad byte. No silent guess.
6. On the decoded text: ``binary`` if it holds U+0000 or is mostly control
   characters, ``empty`` if it is only whitespace, then the mojibake checks
   (legacy TCVN3/VNI first, then double-encoded UTF-8).

Legacy detection heuristic
--------------------------
Text with no character in U+00A1-U+00FF is never examined. Otherwise, for each of TCVN3 and VNI the text
is cut into word tokens (letters, plus the encoding's legacy characters, such as
TCVN3's ``¸ µ § ­``), every token is converted, and these are counted:

* ``suspect``: tokens the conversion changes;
* ``ok_after`` / ``ok_before``: suspect tokens that are a well-formed Vietnamese
  syllable (onset + vowel nucleus + coda, at most one tone, stop codas -c -ch -p
  -t only with sắc/nặng) after / before conversion;
* ``common_after`` / ``common_before``: tokens of the whole text that are one of
  ~200 very common Vietnamese syllables (của, và, các, năm, huyện, tỉnh, ...);
* ``ext``: tokens with Vietnamese letters outside latin-1 (ă đ ơ ư ạ ế ...): real
  Unicode Vietnamese has them in nearly every sentence, mojibake never does.

The text is converted when, for the better-scoring encoding, all of these hold:
at least 3 distinct words of 2+ letters became syllables; ``ext <= 0.02 *
tokens``; ``ok_after >= 0.75 * suspect``; ``ok_after - ok_before >= 0.5 *
suspect``; ``suspect >= 0.2 * tokens``; ``common_after >= max(common_before + 2,
1.5 * common_before)``. It is *unsure* (``legacy_encoding_unsure``) when that
fails but a weaker bar holds: 2 distinct syllables; ``suspect >= 3``; ``ext <=
0.02 * tokens``; ``ok_after >= 0.4 * suspect``; ``ok_after > ok_before``;
``suspect >= 0.1 * tokens``; ``common_after >= common_before + 2`` -- or when
both encodings pass with scores within 20 %. Plain English, French, German ...
text fails the syllable test (``"café"`` -> ``"cafộ"``), genuine Unicode
Vietnamese has ``ext`` letters and loses common syllables when "converted", and
a line or two gives too little evidence, so none of them is touched (a short
legacy snippet of raw bytes stays an ``invalid_utf8`` error).

TCVN3 (VN3) has no codes for capital letters with tone marks: documents set them
in a capital font (.VnTimeH) at the lowercase code. They are converted to
lowercase, except inside words whose other (unambiguous) letters are all capitals
-- at least two of them, or one if the whole line is in capitals -- where they
are made capital (``"NGHÞ QUYÕT"`` -> ``"NGHỊ QUYẾT"``, but ``"Hµ Néi"`` ->
``"Hà Nội"``), and at the start of a sentence (first word of the text, after
``. ! ?`` and whitespace, or after a blank line), where the first letter is made
capital (``"... n¨m. ¶nh"`` -> ``"... năm. Ảnh"``). Elsewhere (``"Tỉnh Ủy viên"``
typed with a one-letter capital font) the capital cannot be recovered.

What is hand-written, and why
-----------------------------
No Python library converts TCVN3 or VNI: neither is a Python codec (glibc iconv
knows TCVN 5712 VN1, not VNI, and a subprocess per document is no API),
charset-normalizer guesses a wrong code page for such bytes (e.g. ``hp_roman8``
for TCVN3) and would silently guess for any invalid UTF-8, and ftfy only undoes
UTF-8-through-cp1252 mojibake. So the two mapping tables are kept as data
(TSV, with their provenance in the header), and the detection heuristic, the
BOM-less UTF-16 check and the error codes are hand-written here.
charset-normalizer is not used: the decisions above must be deterministic and
explainable per document. ftfy is used only for the double-encoded UTF-8 repair.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Optional, Union

from .normalize import INVISIBLE_CHARS, canonical_word
from .resources import load_list

__all__ = [
    "InputError",
    "Decoded",
    "LegacyTable",
    "LegacyStats",
    "LegacyAssessment",
    "decode_bytes",
    "read_bytes",
    "display_path",
    "load_legacy_table",
    "parse_legacy_table",
    "convert_legacy",
    "assess_legacy",
    "is_vietnamese_syllable",
    "LEGACY_ENCODINGS",
]

ERROR_CODES = (
    "empty",
    "binary",
    "invalid_utf8",
    "invalid_utf16",
    "invalid_utf32",
    "too_large",
    "not_found",
    "unreadable",
    "is_directory",
    "not_regular",
    "legacy_encoding_unsure",
)


class InputError(Exception):
    """A per-document input problem: ``code`` is machine-readable, ``message`` human."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message

    def __reduce__(self):  # picklable across process pools
        return (type(self), (self.code, self.message))


@dataclass
class Decoded:
    text: str
    encoding: str  # "utf-8", "utf-8-sig", "utf-16", "utf-32", "tcvn3", "vni"
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (code, message)


# --------------------------------------------------------------------------- files


def display_path(path: Union[str, bytes, os.PathLike]) -> str:
    """``path`` as printable, encodable text: undecodable bytes of a file name
    (kept by Python as lone surrogates) become ``\\xNN`` escapes.

    >>> display_path("b\\udcffo.txt"), display_path("báo cáo.txt")
    ('b\\\\xffo.txt', 'báo cáo.txt')
    """
    s = os.fspath(path)
    if isinstance(s, bytes):
        return s.decode("utf-8", "backslashreplace")
    try:
        s.encode("utf-8")
        return s
    except UnicodeEncodeError:
        return os.fsencode(s).decode("utf-8", "backslashreplace")


def read_bytes(
    path: Union[str, os.PathLike], *, max_bytes: Optional[int] = None, regular_only: bool = False
) -> bytes:
    """Read a whole file. Raises ``InputError`` with code ``not_found``,
    ``is_directory``, ``unreadable`` or (when ``max_bytes`` is given and the file
    is bigger) ``too_large``. With ``regular_only`` (files found in a directory),
    anything but a regular file (a FIFO, a device, a socket) is ``not_regular``
    and is never opened."""
    p = Path(path)
    shown = display_path(p)
    try:
        st = p.stat()
    except (FileNotFoundError, NotADirectoryError):
        raise InputError("not_found", f"no such file: {shown}") from None
    except OSError as e:
        raise InputError("unreadable", f"cannot stat {shown}: {e.strerror or e}") from None
    if stat.S_ISDIR(st.st_mode):
        raise InputError("is_directory", f"is a directory, not a file: {shown}")
    if regular_only and not stat.S_ISREG(st.st_mode):
        raise InputError("not_regular", f"not a regular file (a FIFO, device or socket): {shown}")
    # Pipes named on the command line (e.g. bash process substitution, /dev/fd/63)
    # are read like files; their size is only known after reading, so the limit
    # is applied then too.
    if max_bytes is not None and stat.S_ISREG(st.st_mode) and st.st_size > max_bytes:
        raise InputError("too_large", f"{shown} is {st.st_size} bytes, more than the limit of {max_bytes}")
    try:
        if regular_only:
            # non-blocking open: should the file have been swapped for a FIFO since the
            # stat, the open does not wait for a writer, and the fstat below refuses it
            fd = os.open(p, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
            f = os.fdopen(fd, "rb")
        else:
            f = open(p, "rb")
        with f:
            if regular_only and not stat.S_ISREG(os.fstat(f.fileno()).st_mode):
                raise InputError("not_regular", f"not a regular file (a FIFO, device or socket): {shown}")
            data = f.read() if max_bytes is None else f.read(max_bytes + 1)
    except FileNotFoundError:
        raise InputError("not_found", f"no such file: {shown}") from None
    except IsADirectoryError:
        raise InputError("is_directory", f"is a directory, not a file: {shown}") from None
    except OSError as e:
        raise InputError("unreadable", f"cannot read {shown}: {e.strerror or e}") from None
    if max_bytes is not None and len(data) > max_bytes:
        raise InputError("too_large", f"{shown} is more than the limit of {max_bytes} bytes")
    return data


# ------------------------------------------------------------------------ decoding

_UTF8_BOM = codecs.BOM_UTF8
_UTF16_BOMS = ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
_UTF32_BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"))

# C0/C1 control characters other than the whitespace ones (\t \n \v \f \r).
_CONTROL_RE = re.compile(r"[\x01-\x08\x0e-\x1f\x7f-\x9f]")
_MAX_CONTROL_SHARE = 0.3

# cp1252, with its 5 undefined bytes read as the C1 control of the same number
# (as Windows does), so any byte string can be read for the legacy test.
_CP1252_TABLE = "".join(
    bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in range(256)
)


def _read_cp1252(data: bytes) -> str:
    return codecs.charmap_decode(data, "strict", _CP1252_TABLE)[0]


def decode_bytes(data: bytes, *, max_bytes: Optional[int] = None) -> Decoded:
    """Decode one document's bytes to text; see the module docstring for the rules.

    Raises ``InputError`` (codes ``too_large``, ``empty``, ``binary``,
    ``invalid_utf8``, ``invalid_utf16``, ``invalid_utf32``,
    ``legacy_encoding_unsure``)."""
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError(f"decode_bytes wants bytes, not {type(data).__name__}")
    data = bytes(data)
    if max_bytes is not None and len(data) > max_bytes:
        raise InputError("too_large", f"input is {len(data)} bytes, more than the limit of {max_bytes}")
    if not data:
        raise InputError("empty", "input is empty (0 bytes)")

    warnings: list[tuple[str, str]] = []
    if data.startswith(_UTF8_BOM):
        text = _strict_utf8(data[3:], base=3)
        encoding = "utf-8-sig"
    elif any(data.startswith(bom) for bom, _ in _UTF32_BOMS):
        bom, codec = next((b, c) for b, c in _UTF32_BOMS if data.startswith(b))
        text = _strict_wide(data[len(bom):], codec, base=len(bom))
        encoding = "utf-32"
        warnings.append(("utf32_decoded", f"decoded as {codec.upper()} (byte-order mark)"))
    elif any(data.startswith(bom) for bom, _ in _UTF16_BOMS):
        bom, codec = next((b, c) for b, c in _UTF16_BOMS if data.startswith(b))
        text = _strict_wide(data[len(bom):], codec, base=len(bom))
        encoding = "utf-16"
        warnings.append(("utf16_decoded", f"decoded as {codec.upper()} (byte-order mark)"))
    elif b"\x00" in data:
        sniffed = _sniff_bomless_utf16(data)
        if sniffed is None:
            raise InputError(
                "binary",
                f"NUL byte at byte {data.index(0)}: not a text file "
                "(and not recognisable as UTF-16 without a byte-order mark)",
            )
        text, codec = sniffed
        encoding = "utf-16"
        warnings.append(("utf16_decoded", f"decoded as {codec.upper()} without a byte-order mark (NUL-byte pattern)"))
    else:
        try:
            text = data.decode("utf-8")
            encoding = "utf-8"
        except UnicodeDecodeError as e:
            return _decode_non_utf8(data, e)

    _check_text(text)
    return _fix_mojibake(text, encoding, warnings)


def _strict_utf8(data: bytes, *, base: int) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise InputError("invalid_utf8", _utf8_error_message(data, e, base)) from None


def _utf8_error_message(data: bytes, e: UnicodeDecodeError, base: int = 0) -> str:
    bad = data[e.start:e.end]
    return f"invalid UTF-8 at byte {base + e.start} (0x{bad.hex(' ').upper()}: {e.reason})"


def _strict_wide(data: bytes, codec: str, *, base: int) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as e:
        code = "invalid_utf32" if codec.startswith("utf-32") else "invalid_utf16"
        raise InputError(code, f"invalid {codec.upper()} at byte {base + e.start} ({e.reason})") from None


def _sniff_bomless_utf16(data: bytes) -> Optional[tuple[str, str]]:
    """UTF-16 without BOM: NULs (high bytes of ASCII) on one byte parity only."""
    n = len(data)
    if n < 4 or n % 2:
        return None
    half = n // 2
    even, odd = data[0::2].count(0), data[1::2].count(0)
    if odd >= 0.3 * half and even <= 0.02 * half:
        codec = "utf-16-le"
    elif even >= 0.3 * half and odd <= 0.02 * half:
        codec = "utf-16-be"
    else:
        return None
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    if "\x00" in text or _mostly_control(text):
        return None
    return text, codec


def _mostly_control(text: str) -> bool:
    return len(_CONTROL_RE.findall(text)) > _MAX_CONTROL_SHARE * len(text)


# zero-width spaces and joiners, word joiner, BOM, soft hyphen: nothing to read
_INVISIBLE_RE = re.compile("[" + INVISIBLE_CHARS + "]")


def _check_text(text: str) -> None:
    if "\x00" in text:
        raise InputError("binary", f"decoded text holds a NUL character at index {text.index(chr(0))}")
    if _mostly_control(text):
        n = len(_CONTROL_RE.findall(text))
        raise InputError("binary", f"{n} of {len(text)} characters are control characters: not a text file")
    if not _INVISIBLE_RE.sub("", text).strip():
        raise InputError("empty", f"input holds only whitespace or invisible characters ({len(text)} characters)")


def _decode_non_utf8(data: bytes, err: UnicodeDecodeError) -> Decoded:
    where = _utf8_error_message(data, err)
    assessment = assess_legacy(_read_cp1252(data))
    if assessment.verdict == "convert":
        text = assessment.text or ""
        _check_text(text)
        name = LEGACY_ENCODINGS[assessment.encoding]
        return Decoded(
            text=text,
            encoding=assessment.encoding,
            warnings=[(
                "legacy_encoding_converted",
                f"input is not UTF-8 ({where}); decoded as {name} 8-bit bytes and converted "
                f"to Unicode ({assessment.reason}); offsets refer to the converted text",
            )],
        )
    if assessment.verdict == "unsure":
        raise InputError("legacy_encoding_unsure", f"{where}; looks partly like legacy Vietnamese: {assessment.reason}")
    raise InputError("invalid_utf8", where)


def _fix_mojibake(text: str, encoding: str, warnings: list[tuple[str, str]]) -> Decoded:
    assessment = assess_legacy(text)
    if assessment.verdict == "unsure":
        raise InputError(
            "legacy_encoding_unsure",
            f"{encoding} text looks partly like legacy Vietnamese mojibake: {assessment.reason}",
        )
    if assessment.verdict == "convert":
        new = assessment.text or ""
        _check_text(new)
        name = LEGACY_ENCODINGS[assessment.encoding]
        warnings.append((
            "legacy_encoding_converted",
            f"{encoding} text is {name} mojibake (Vietnamese typed in a {name} font, saved as "
            f"cp1252/latin-1); converted to Unicode ({assessment.reason}); offsets refer to the converted text",
        ))
        return Decoded(text=new, encoding=assessment.encoding, warnings=warnings)
    fixed = _fix_double_utf8(text)
    if fixed is not None:
        new, reason = fixed
        _check_text(new)
        warnings.append((
            "utf8_mojibake_fixed",
            f"text was UTF-8 read as cp1252/latin-1 and saved again; repaired ({reason}); "
            "offsets refer to the repaired text",
        ))
        return Decoded(text=new, encoding=encoding, warnings=warnings)
    return Decoded(text=text, encoding=encoding, warnings=warnings)


# Lead byte of a 2-3 byte UTF-8 sequence read as latin-1/cp1252, followed by a
# continuation byte read the same way.
_DOUBLE_UTF8_RE = re.compile(
    "[\u00c2-\u00ef][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
    "\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)


def _fix_double_utf8(text: str) -> Optional[tuple[str, str]]:
    if not _DOUBLE_UTF8_RE.search(text):
        return None
    import ftfy  # only needed on this rare path

    fixed = ftfy.fix_encoding(text)
    if fixed == text:
        return None
    before, after = _common_count(text), _common_count(fixed)
    if after >= max(before + 2, 1.5 * before):
        return fixed, f"common Vietnamese syllables {before} -> {after}"
    return None


# ------------------------------------------------------------------ legacy tables

LEGACY_ENCODINGS = {
    "tcvn3": "TCVN3 (ABC, TCVN 5712:1993 VN3)",
    "vni": "VNI-Windows",
}
_TABLE_FILES = {"tcvn3": "legacy_tcvn3.tsv", "vni": "legacy_vni.tsv"}


@dataclass(frozen=True, eq=False)
class LegacyTable:
    name: str
    mapping: dict  # legacy text (1 or 2 chars, cp1252 reading) -> Unicode letter
    ambiguous: frozenset  # keys whose letter has no capital code (TCVN3 toned letters)
    chars: frozenset  # every character that occurs in a key
    maxlen: int
    key_re: "re.Pattern[str]"  # finds a character that shows a key may be present
    token_re: "re.Pattern[str]"  # a word token: letters, marks and key characters


@lru_cache(maxsize=None)
def load_legacy_table(name: str) -> LegacyTable:
    """Load and validate ``resources/legacy_<name>.tsv`` (``name``: tcvn3 / vni).

    Columns: legacy text, Unicode, legacy bytes (hex), code points, name. The hex
    and code-point columns are authoritative; the literal columns must agree
    with them (so an editor that drops a soft hyphen is caught here)."""
    if name not in _TABLE_FILES:
        raise ValueError(f"unknown legacy encoding {name!r}; known: {sorted(_TABLE_FILES)}")
    fname = _TABLE_FILES[name]
    raw = resources.files("pipeline").joinpath("resources", fname).read_text(encoding="utf-8")
    return parse_legacy_table(raw, name, source=fname)


def parse_legacy_table(raw: str, name: str, *, source: str = "<table>") -> LegacyTable:
    """Parse the TSV text of a legacy table (see ``load_legacy_table``)."""
    fname = source
    mapping: dict[str, str] = {}
    for lineno, line in enumerate(raw.split("\n"), 1):
        if not line or line.startswith("#"):
            continue
        cols = line.rstrip("\r").split("\t")
        if len(cols) < 4:
            raise ValueError(f"{fname}:{lineno}: expected 5 tab-separated columns, got {len(cols)}")
        try:
            legacy = bytes.fromhex(cols[2]).decode("cp1252")
            uni = "".join(chr(int(cp.removeprefix("U+"), 16)) for cp in cols[3].split())
        except ValueError as e:
            raise ValueError(f"{fname}:{lineno}: bad bytes/code points column: {e}") from None
        if cols[0] != legacy or cols[1] != uni:
            raise ValueError(f"{fname}:{lineno}: literal columns disagree with bytes {cols[2]} / {cols[3]}")
        if legacy in mapping:
            raise ValueError(f"{fname}:{lineno}: duplicate legacy key {legacy!r}")
        if unicodedata.normalize("NFC", uni) != uni or len(uni) != 1:
            raise ValueError(f"{fname}:{lineno}: target must be one NFC character, got {uni!r}")
        mapping[legacy] = uni
    if not mapping:
        raise ValueError(f"{fname}: no rows")
    values = set(mapping.values())
    ambiguous = frozenset(
        k for k, v in mapping.items() if v.islower() and v.upper() not in values and v.upper() != v
    )
    chars = frozenset("".join(mapping))
    # Characters that show a key may be present: the non-ASCII ones of the keys
    # that change something or may need a capital (TCVN3 "ý"); VNI "aù" is found
    # by its "ù", not by every "a".
    key_start = sorted(
        {c for k, v in mapping.items() if k != v or k in ambiguous for c in k if ord(c) > 0x7F}
    )
    extra = "".join(re.escape(c) for c in sorted(chars))
    return LegacyTable(
        name=name,
        mapping=mapping,
        ambiguous=ambiguous,
        chars=chars,
        maxlen=max(len(k) for k in mapping),
        key_re=re.compile("[" + "".join(re.escape(c) for c in key_start) + "]"),
        token_re=re.compile(r"(?:[^\W\d_]|[\u0300-\u036f" + extra + "])+"),
    )


def _convert_token(tok: str, table: LegacyTable, caps_line, sentence_start: bool = False) -> str:
    """Longest-match conversion of one word, with TCVN3 capital restoration."""
    mapping, maxlen = table.mapping, table.maxlen
    pieces: list[str] = []
    amb: list[bool] = []
    i, n = 0, len(tok)
    while i < n:
        for size in range(min(maxlen, n - i), 0, -1):
            key = tok[i:i + size]
            if key in mapping:
                pieces.append(mapping[key])
                amb.append(key in table.ambiguous)
                i += size
                break
        else:
            pieces.append(tok[i])
            amb.append(False)
            i += 1
    if any(amb):
        cased = [c for p, a in zip(pieces, amb) if not a for c in p if c.isupper() or c.islower()]
        if cased and all(c.isupper() for c in cased) and (len(cased) >= 2 or caps_line()):
            pieces = [p.upper() if a else p for p, a in zip(pieces, amb)]
        elif sentence_start and amb[0]:
            # Vietnamese capitalises the first letter of a sentence.
            pieces[0] = pieces[0].upper()
    return "".join(pieces)


def _caps_line(line: str, table: LegacyTable) -> bool:
    """At least 4 unambiguous cased letters on the line, at least 90 % capitals."""
    up = low = 0
    for c in line:
        if c in table.ambiguous:
            continue
        c = table.mapping.get(c, c)
        if c.isupper():
            up += 1
        elif c.islower():
            low += 1
    return up + low >= 4 and up >= 0.9 * (up + low)


def convert_legacy(text: str, encoding: str) -> str:
    """Convert TCVN3 / VNI text (as read with cp1252) to Unicode, unconditionally."""
    return _scan(text, load_legacy_table(encoding))[0]


# ------------------------------------------------------------- legacy detection

_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
_STOP_TONES = {"\u0301", "\u0323"}
_NUCLEI = sorted(
    """a ă â e ê i o ô ơ u ư y ai ao au ay âu ây eo êu ia iê iu oa oă oe oi ôi ơi oo ua uâ uê ui
    uô uơ uy ưa ưi ươ ưu yê iêu yêu oai oao oay oeo uây uôi ươi ươu uyê uya uyu""".split(),
    key=len,
    reverse=True,
)
_SYLLABLE_RE = re.compile(
    "(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?"
    "(?:" + "|".join(_NUCLEI) + ")"
    "(?P<coda>ch|ng|nh|[cmnpt])?"
)
# Vietnamese letters outside latin-1: real Unicode Vietnamese is full of them,
# TCVN3/VNI mojibake (latin-1 characters only) never has them.
_VIET_EXT_RE = re.compile("[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]")

_COMMON_SYLLABLES = frozenset(load_list("common_syllables.txt"))  # shared with pipeline.quality


def is_vietnamese_syllable(token: str) -> bool:
    """Is ``token`` a well-formed Vietnamese syllable (any case, NFC or NFD)?"""
    s = unicodedata.normalize("NFD", token.lower())
    tones = [c for c in s if c in _TONES]
    if len(tones) > 1:
        return False
    base = unicodedata.normalize("NFC", "".join(c for c in s if c not in _TONES))
    m = _SYLLABLE_RE.fullmatch(base)
    if not m:
        return False
    if m.group("coda") in ("c", "ch", "p", "t") and not (tones and tones[0] in _STOP_TONES):
        return False
    return True


@dataclass
class LegacyStats:
    tokens: int = 0
    suspect: int = 0
    ok_before: int = 0
    ok_after: int = 0
    common_before: int = 0
    common_after: int = 0
    ext: int = 0
    distinct_ok: set = field(default_factory=set)  # distinct converted syllables of 2+ letters

    def confident(self) -> bool:
        s = self.suspect
        return (
            len(self.distinct_ok) >= 3
            and self.ext <= 0.02 * self.tokens
            and self.ok_after >= 0.75 * s
            and self.ok_after - self.ok_before >= 0.5 * s
            and s >= 0.2 * self.tokens
            and self.common_after >= max(self.common_before + 2, 1.5 * self.common_before)
        )

    def plausible(self) -> bool:
        s = self.suspect
        return (
            s >= 3
            and len(self.distinct_ok) >= 2
            and self.ext <= 0.02 * self.tokens
            and self.ok_after >= 0.4 * s
            and self.ok_after > self.ok_before
            and s >= 0.1 * self.tokens
            and self.common_after >= self.common_before + 2
        )

    def score(self) -> int:
        return (self.ok_after - self.ok_before) + (self.common_after - self.common_before)

    def describe(self) -> str:
        return (
            f"{self.ok_after} of {self.suspect} changed words became Vietnamese syllables "
            f"({self.ok_before} were before), common syllables {self.common_before} -> "
            f"{self.common_after}, {self.tokens} words"
        )


@dataclass
class LegacyAssessment:
    verdict: str  # "none" | "convert" | "unsure"
    encoding: Optional[str] = None
    text: Optional[str] = None  # the converted text when verdict == "convert"
    reason: str = ""
    stats: dict = field(default_factory=dict)  # encoding -> LegacyStats


# A word starts a sentence: first word of the text, after . ! ? ... (and closing
# quotes/brackets) plus whitespace, or after a blank line.
_SENTENCE_END_RE = re.compile("[.!?\u2026][\"'\u201d\u2019\u00bb)\\]]*\\s+\\Z")
_BLANK_LINE_RE = re.compile("(?:\r\n?|\n)[ \t]*(?:\r\n?|\n)")
_LINE_BREAK_RE = re.compile("[\r\n]")


def _scan(text: str, table: LegacyTable) -> tuple[str, LegacyStats]:
    """Convert ``text`` word by word and count the detection evidence."""
    st = LegacyStats()
    out: list[str] = []
    token_re, key_re = table.token_re, table.key_re
    caps_cache: dict[int, bool] = {}
    pos = 0
    for m in token_re.finditer(text):
        tok = m.group()
        start = m.start()
        gap = text[pos:start]
        out.append(gap)

        def caps_line(start=start) -> bool:
            ls = max(text.rfind("\n", 0, start), text.rfind("\r", 0, start)) + 1
            if ls not in caps_cache:
                nl = _LINE_BREAK_RE.search(text, start)
                caps_cache[ls] = _caps_line(text[ls:nl.start() if nl else len(text)], table)
            return caps_cache[ls]

        if key_re.search(tok):
            sentence_start = pos == 0 or bool(_SENTENCE_END_RE.search(gap) or _BLANK_LINE_RE.search(gap))
            conv = _convert_token(tok, table, caps_line, sentence_start)
        else:
            conv = tok
        pos = m.end()
        out.append(conv)
        st.tokens += 1
        st.common_before += canonical_word(tok.lower()) in _COMMON_SYLLABLES
        st.common_after += canonical_word(conv.lower()) in _COMMON_SYLLABLES
        if _VIET_EXT_RE.search(tok):
            st.ext += 1
        if conv != tok:
            st.suspect += 1
            if is_vietnamese_syllable(conv):
                st.ok_after += 1
                if len(conv) >= 2:
                    st.distinct_ok.add(conv.lower())
            st.ok_before += is_vietnamese_syllable(tok)
    out.append(text[pos:])
    return "".join(out), st


_LEGACY_HINT_RE = re.compile("[\u00a1-\u00ff]")


# Texts longer than this are first assessed on their beginning (cut at a line end):
# when it shows no legacy pattern, the rest is not scanned. Unicode Vietnamese is full
# of latin-1 letters, so without this every large input was scanned twice over
# (~3 µs a byte: 459 s for 50 MB).
LEGACY_SAMPLE_CHARS = 20_000


def assess_legacy(text: str) -> LegacyAssessment:
    """Decide whether ``text`` (Unicode, or legacy bytes read as cp1252) is TCVN3
    or VNI Vietnamese, and convert it if so. See the module docstring.

    A long text is judged by its first ``LEGACY_SAMPLE_CHARS`` characters when
    those show no legacy pattern (a document is written in one encoding).
    """
    if not _LEGACY_HINT_RE.search(text):
        return LegacyAssessment("none", reason="no latin-1 letters")
    if len(text) > LEGACY_SAMPLE_CHARS:
        cut = max(text.rfind("\n", 0, LEGACY_SAMPLE_CHARS), text.rfind("\r", 0, LEGACY_SAMPLE_CHARS))
        sample = text[: cut if cut > LEGACY_SAMPLE_CHARS // 2 else LEGACY_SAMPLE_CHARS]
        if _assess_whole(sample).verdict == "none":
            return LegacyAssessment("none", reason=f"no legacy Vietnamese pattern in the first {len(sample)} characters")
    return _assess_whole(text)


def _assess_whole(text: str) -> LegacyAssessment:
    if not _LEGACY_HINT_RE.search(text):
        return LegacyAssessment("none", reason="no latin-1 letters")
    results = {name: _scan(text, load_legacy_table(name)) for name in LEGACY_ENCODINGS}
    stats = {name: st for name, (_, st) in results.items()}
    confident = sorted((n for n in stats if stats[n].confident()), key=lambda n: stats[n].score(), reverse=True)
    if confident:
        best = confident[0]
        if len(confident) > 1 and stats[confident[1]].score() >= 0.8 * stats[best].score():
            return LegacyAssessment(
                "unsure",
                reason="both " + " and ".join(
                    f"{LEGACY_ENCODINGS[n]} ({stats[n].describe()})" for n in confident[:2]
                ) + " fit",
                stats=stats,
            )
        return LegacyAssessment("convert", best, results[best][0], stats[best].describe(), stats)
    plausible = [n for n in stats if stats[n].plausible()]
    if plausible:
        best = max(plausible, key=lambda n: stats[n].score())
        return LegacyAssessment(
            "unsure", best, reason=f"as {LEGACY_ENCODINGS[best]}: {stats[best].describe()}", stats=stats
        )
    return LegacyAssessment("none", reason="no legacy Vietnamese pattern", stats=stats)


def _common_count(text: str) -> int:
    return sum(canonical_word(w.lower()) in _COMMON_SYLLABLES for w in re.findall(r"[^\W\d_]+", text))
