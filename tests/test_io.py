"""Tests of pipeline.io: bytes -> exact str, or a per-document InputError."""

from __future__ import annotations

import codecs
import os
import unicodedata

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from pipeline import io as vio
from pipeline.io import (
    Decoded,
    InputError,
    assess_legacy,
    convert_legacy,
    decode_bytes,
    is_vietnamese_syllable,
    load_legacy_table,
    parse_legacy_table,
    read_bytes,
)

BOM8 = codecs.BOM_UTF8

# ----------------------------------------------------------------- helpers

TONES = ["", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"]  # none, sắc, huyền, hỏi, ngã, nặng
VOWELS = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"]


def vietnamese_letters() -> list[str]:
    """All 134 Vietnamese letters that are not plain ASCII: 67 lowercase, 67 capitals."""
    lower = []
    for v in VOWELS:
        for t in TONES:
            ch = unicodedata.normalize("NFC", v + t)
            if not ch.isascii():
                lower.append(ch)
    lower.append("đ")
    return lower + [c.upper() for c in lower]


LETTERS = vietnamese_letters()
LOWER = [c for c in LETTERS if c.islower()]
UPPER = [c for c in LETTERS if c.isupper()]


def encode_legacy(text: str, encoding: str) -> str:
    """Unicode -> legacy text (cp1252 reading), using the table in reverse.

    TCVN3 has no capital toned letters: they are written at the lowercase code,
    as documents typed in a capital font (.VnTimeH) do."""
    table = load_legacy_table(encoding)
    reverse = {v: k for k, v in table.mapping.items()}
    out = []
    for ch in text:
        if ch in reverse:
            out.append(reverse[ch])
        elif ch.lower() in reverse and encoding == "tcvn3":
            out.append(reverse[ch.lower()])
        else:
            out.append(ch)
    return "".join(out)


def legacy_bytes(text: str, encoding: str) -> bytes:
    return encode_legacy(text, encoding).encode("cp1252")


def expect_error(data: bytes, code: str, **kw) -> InputError:
    with pytest.raises(InputError) as ei:
        decode_bytes(data, **kw)
    assert ei.value.code == code, (ei.value.code, ei.value.message)
    assert ei.value.message
    return ei.value


SENTENCE = (
    "Hội nghị lần thứ nhất Ban Chấp hành Đảng bộ huyện đã thông qua nghị quyết về "
    "phát triển kinh tế của tỉnh trong năm 2024, được các đồng chí ủy viên và người "
    "dân đồng tình."
)
HEADED = "NGHỊ QUYẾT HỘI NGHỊ\r\n" + SENTENCE + "\r\nĐồng chí Nguyễn Văn Hùng phát biểu.\r\n"

ENGLISH_LATIN1 = (
    "The café on Rue Saint-Honoré serves crème brûlée and a naïve rosé; "
    "the façade was restored in São Paulo and Zürich. Señor Muñoz paid £12 — "
    "voilà, déjà vu! Über große Straßen fährt der Bäcker nach Köln."
)

FRENCH = (
    "Le président de la République a présenté hier, à l'Élysée, les grandes lignes de la "
    "réforme. « Nous devons être à la hauteur », a-t-il déclaré devant les élus réunis. "
    "Selon lui, l'économie française a besoin d'un élan nouveau; les collectivités locales, "
    "déjà très sollicitées, seront associées à la démarche. À Marseille, à Lyon et à "
    "Besançon, les maires se sont dits prêts à coopérer. Où en sera-t-on à Noël ?"
)

# ------------------------------------------------------------ empty, binary

@pytest.mark.parametrize(
    "data",
    [b"", b"   ", b" \r\n\t \r\n", BOM8, BOM8 + b" \n", codecs.BOM_UTF16_LE + " \r\n".encode("utf-16-le")],
    ids=["zero", "spaces", "crlf-ws", "bom-only", "bom-ws", "utf16-ws"],
)
def test_empty(data):
    err = expect_error(data, "empty")
    assert str(err).startswith("empty: ")


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06\x00\x00\x00",
        b"hello\x00world",
        b"\x01\x02\x03\x04\x05\x06abc\x07\x08\x0e\x0f",
        "\x85\x86\x87\x88\x89ab".encode("utf-8"),
        codecs.BOM_UTF16_LE + "ab\x00cd".encode("utf-16-le"),
    ],
    ids=["png", "nul", "c0-controls", "c1-controls", "utf16-with-nul"],
)
def test_binary(data):
    expect_error(data, "binary")


def test_binary_message_gives_offset():
    err = expect_error(b"\x89PNG\r\n\x1a\n\x00\x00", "binary")
    assert "byte 8" in err.message


# ------------------------------------------------------------- invalid UTF-8

@pytest.mark.parametrize(
    "data, offset",
    [
        (b"abc\xffdef", 3),
        (b"x" * 1234 + b"\xc3\x28 rest", 1234),
        ("Việt Nam ".encode() + b"\xe1\xbb", len("Việt Nam ".encode())),  # truncated at end
        (b"ok \xc0\xaf overlong", 3),
        (b"surrogate \xed\xa0\x80", 10),
        (b"lone continuation \x80", 18),
        (BOM8 + b"ab\xfe", 5),  # offsets count the BOM: they are file offsets
    ],
    ids=["ff", "1234", "truncated", "overlong", "surrogate", "continuation", "after-bom"],
)
def test_invalid_utf8_offset(data, offset):
    err = expect_error(data, "invalid_utf8")
    assert err.message.startswith(f"invalid UTF-8 at byte {offset} (")
    assert f"invalid UTF-8 at byte {offset} (" in str(err)


def test_english_latin1_bytes_are_invalid_utf8_not_guessed():
    data = ENGLISH_LATIN1.encode("cp1252")
    err = expect_error(data, "invalid_utf8")
    first = data.index("é".encode("cp1252"))  # the é of café
    assert f"invalid UTF-8 at byte {first} " in err.message


# ------------------------------------------------------------ BOMs, UTF-16

TEXT = "Việt Nam\r\nHà Nội, ngày 1 tháng 5\rĐà Nẵng\n"


@pytest.mark.parametrize("codec, bom", [("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE)])
def test_utf16_with_bom(codec, bom):
    d = decode_bytes(bom + TEXT.encode(codec))
    assert d.text == TEXT
    assert d.encoding == "utf-16"
    assert [w[0] for w in d.warnings] == ["utf16_decoded"]
    assert codec.upper() in d.warnings[0][1]


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_by_nul_pattern(codec):
    d = decode_bytes(TEXT.encode(codec))
    assert d.text == TEXT
    assert d.encoding == "utf-16"
    assert d.warnings[0][0] == "utf16_decoded" and "without" in d.warnings[0][1]


def test_utf16_truncated_is_an_error():
    err = expect_error(codecs.BOM_UTF16_LE + "abc".encode("utf-16-le") + b"d", "invalid_utf16")
    assert "byte" in err.message


@pytest.mark.parametrize("codec, bom", [("utf-32-le", codecs.BOM_UTF32_LE), ("utf-32-be", codecs.BOM_UTF32_BE)])
def test_utf32_with_bom(codec, bom):
    d = decode_bytes(bom + TEXT.encode(codec))
    assert d.text == TEXT and d.encoding == "utf-32"
    assert d.warnings[0][0] == "utf32_decoded"


def test_utf8_bom_stripped_and_crlf_kept():
    d = decode_bytes(BOM8 + TEXT.encode())
    assert d == Decoded(text=TEXT, encoding="utf-8-sig", warnings=[])


def test_plain_utf8_vietnamese_untouched():
    d = decode_bytes(HEADED.encode())
    assert d == Decoded(text=HEADED, encoding="utf-8", warnings=[])


# ------------------------------------------------------------- size, paths

def test_too_large():
    expect_error(b"abcd", "too_large", max_bytes=3)
    assert decode_bytes(b"abcd", max_bytes=4).text == "abcd"
    err = expect_error(b"", "too_large", max_bytes=-1)
    assert "-1" in err.message


def test_too_large_checked_before_anything_else():
    expect_error(b"\x00" * 10, "too_large", max_bytes=5)


def test_read_bytes(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes(b"x\r\ny")
    assert read_bytes(p) == b"x\r\ny"
    assert read_bytes(str(p)) == b"x\r\ny"
    with pytest.raises(InputError) as ei:
        read_bytes(p, max_bytes=2)
    assert ei.value.code == "too_large"


@pytest.mark.parametrize("make, code", [
    (lambda d: d / "missing.txt", "not_found"),
    (lambda d: d / "nodir" / "x.txt", "not_found"),
    (lambda d: d, "is_directory"),
])
def test_read_bytes_errors(tmp_path, make, code):
    path = make(tmp_path)
    with pytest.raises(InputError) as ei:
        read_bytes(path)
    assert ei.value.code == code
    assert str(path) in ei.value.message


def test_read_bytes_from_a_pipe(tmp_path):
    # e.g. `vnreport extract <(zcat a.txt.gz)`: the path is a FIFO.
    import threading

    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)

    def write(payload):
        with open(fifo, "wb") as f:
            f.write(payload)

    t = threading.Thread(target=write, args=(b"Vi\xe1\xbb\x87t Nam",))
    t.start()
    assert read_bytes(fifo) == "Việt Nam".encode()
    t.join(5)
    t = threading.Thread(target=write, args=(b"x" * 100,))
    t.start()
    with pytest.raises(InputError) as ei:
        read_bytes(fifo, max_bytes=10)
    assert ei.value.code == "too_large"
    t.join(5)


def test_read_bytes_unreadable(tmp_path, monkeypatch):
    p = tmp_path / "secret.txt"
    p.write_bytes(b"x")

    def deny(*a, **k):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("builtins.open", deny)
    with pytest.raises(InputError) as ei:
        read_bytes(p)
    assert ei.value.code == "unreadable" and "Permission denied" in ei.value.message


def test_input_error_pickles():
    import pickle

    e = pickle.loads(pickle.dumps(InputError("binary", "NUL byte at byte 3")))
    assert (e.code, e.message) == ("binary", "NUL byte at byte 3")


# ------------------------------------------------------------ legacy tables

def test_tables_load_and_cover_the_alphabet():
    tcvn3 = load_legacy_table("tcvn3")
    vni = load_legacy_table("vni")
    # VNI-Windows has every one of the 134 letters.
    assert set(vni.mapping.values()) == set(LETTERS)
    assert len(vni.mapping) == 134 and vni.maxlen == 2 and not vni.ambiguous
    # TCVN3 (VN3): the 67 lowercase letters + the 7 capitals Ă Â Ê Ô Ơ Ư Đ.
    assert set(tcvn3.mapping.values()) == set(LOWER) | set("ĂÂÊÔƠƯĐ")
    assert len(tcvn3.mapping) == 74 and tcvn3.maxlen == 1
    assert all(ord(k) >= 0xA1 for k in tcvn3.mapping)  # VN3 avoids C0, 0x80-0xA0
    assert len(tcvn3.ambiguous) == 60  # lowercase toned letters double as capitals


def test_table_parser_catches_mangled_rows():
    good = "# header\n\xad\tư\tAD\tU+01B0\tLATIN SMALL LETTER U WITH HORN\n"
    assert parse_legacy_table(good, "x").mapping == {"\xad": "ư"}
    with pytest.raises(ValueError, match="disagree"):
        parse_legacy_table(good.replace("\xad\t", "-\t"), "x")  # soft hyphen lost
    with pytest.raises(ValueError, match="duplicate"):
        parse_legacy_table(good + good.split("\n", 1)[1], "x")


@pytest.mark.parametrize("letter", LETTERS)
def test_vni_round_trip_every_letter(letter):
    legacy = encode_legacy(letter, "vni")
    assert legacy != letter or letter in "ÍíÌì"  # VNI writes those four as cp1252 does
    assert convert_legacy(legacy, "vni") == letter
    assert convert_legacy("X" + legacy + "x", "vni") == "X" + letter + "x"


@pytest.mark.parametrize("letter", LETTERS)
def test_tcvn3_round_trip_every_letter(letter):
    legacy = encode_legacy(letter, "tcvn3")
    assert len(legacy) == 1 and 0xA1 <= ord(legacy) <= 0xFE
    if letter in "ĂÂÊÔƠƯĐăâêôơưđ":  # the 14 letters VN3 has in both cases
        assert convert_legacy(legacy, "tcvn3") == letter
        assert convert_legacy("x " + legacy, "tcvn3") == "x " + letter
    elif letter.islower():
        assert convert_legacy("t" + legacy + "n", "tcvn3") == "t" + letter + "n"
        assert convert_legacy("x " + legacy, "tcvn3") == "x " + letter
    else:
        # A capital toned letter is the lowercase code in a capital font: it is
        # restored as a capital inside an all-capital word and at a sentence
        # start, and is lowercase anywhere else.
        assert convert_legacy("X" + legacy + "N", "tcvn3") == "X" + letter + "N"
        assert convert_legacy(legacy, "tcvn3") == letter
        assert convert_legacy("Xin. " + legacy + "n", "tcvn3") == "Xin. " + letter + "n"
        assert convert_legacy("x" + legacy + "n", "tcvn3") == "x" + letter.lower() + "n"
        assert convert_legacy("x " + legacy + "n", "tcvn3") == "x " + letter.lower() + "n"


@pytest.mark.parametrize(
    "legacy, unicode",
    [
        ("ViÖt Nam", "Việt Nam"),
        ("§¶ng", "Đảng"),
        ("Héi nghÞ", "Hội nghị"),
        ("ng\u00adêi", "người"),  # ư is byte 0xAD, the soft hyphen
        ("®­îc", "được"),
        ("cña", "của"),
        ("huyÖn", "huyện"),
        ("Hµ Néi", "Hà Nội"),  # title case: the toned letters stay lowercase
        ("NGHÞ QUYÕT", "NGHỊ QUYẾT"),  # all-caps word: capitals restored
        ("§¶NG Bé", "ĐẢNG BỘ"),
        ("¶nh: Hµ Néi n¨m 2024. ñy ban", "Ảnh: Hà Nội năm 2024. Ủy ban"),  # sentence starts
        ("TØnh ñy viªn\r\n\r\në ®©y", "Tỉnh ủy viên\r\n\r\nỞ đây"),  # paragraph start
    ],
)
def test_tcvn3_hand_verified(legacy, unicode):
    assert convert_legacy(legacy, "tcvn3") == unicode


@pytest.mark.parametrize(
    "legacy, unicode",
    [
        ("Vieät Nam", "Việt Nam"),
        ("Hoäi nghò", "Hội nghị"),
        ("Xin chaøo caùc baïn", "Xin chào các bạn"),
        ("ngöôøi", "người"),
        ("ñöôïc", "được"),
        ("Ñaûng", "Đảng"),
        ("cuûa", "của"),
        ("VIEÄT NAM", "VIỆT NAM"),
        ("ÑAÛNG BOÄ", "ĐẢNG BỘ"),
    ],
)
def test_vni_hand_verified(legacy, unicode):
    assert convert_legacy(legacy, "vni") == unicode


@pytest.mark.parametrize("enc", ["tcvn3", "vni"])
def test_encode_helper_agrees_with_hand_samples(enc):
    expected = {"tcvn3": "ViÖt Nam §¶ng", "vni": "Vieät Nam Ñaûng"}[enc]
    assert encode_legacy("Việt Nam Đảng", enc) == expected


# ------------------------------------------------------- legacy detection

@pytest.mark.parametrize("enc", ["tcvn3", "vni"])
@pytest.mark.parametrize("form", ["raw-8-bit", "utf8-mojibake", "utf8-bom-mojibake"])
def test_legacy_document_converted(enc, form):
    legacy = encode_legacy(HEADED, enc)
    data = {
        "raw-8-bit": legacy.encode("cp1252"),
        "utf8-mojibake": legacy.encode("utf-8"),
        "utf8-bom-mojibake": BOM8 + legacy.encode("utf-8"),
    }[form]
    if form == "raw-8-bit":
        with pytest.raises(UnicodeDecodeError):
            data.decode("utf-8")
    d = decode_bytes(data)
    assert d.text == HEADED
    assert d.encoding == enc
    assert [w[0] for w in d.warnings] == ["legacy_encoding_converted"]
    assert vio.LEGACY_ENCODINGS[enc] in d.warnings[0][1]
    if form == "raw-8-bit":
        assert "invalid UTF-8 at byte" in d.warnings[0][1]


@pytest.mark.parametrize(
    "enc, literal",
    [("tcvn3", "Héi nghÞ §¶ng bé ViÖt Nam"), ("vni", "Hoäi nghò Ñaûng boä Vieät Nam")],
)
def test_short_hand_samples_detected(enc, literal):
    expected = "Hội nghị Đảng bộ Việt Nam"
    d = decode_bytes(literal.encode("utf-8"))
    assert (d.text, d.encoding) == (expected, enc)
    d = decode_bytes(literal.encode("cp1252"))
    assert (d.text, d.encoding) == (expected, enc)


@pytest.mark.parametrize("literal", ["ViÖt Nam", "Vieät Nam", "ë", "Ö vµ"])
def test_too_little_evidence_is_left_alone(literal):
    # Fewer than 3 distinct words to go on: UTF-8 text is returned as it is,
    # raw bytes stay an invalid_utf8 error. Nothing is guessed.
    assert decode_bytes(literal.encode("utf-8")).text == literal
    expect_error(literal.encode("cp1252"), "invalid_utf8")


@pytest.mark.parametrize(
    "text",
    [
        ENGLISH_LATIN1,
        "Le café est très élégant à côté de l'hôtel; où êtes-vous? Noël à Montréal.",
        FRENCH,
        "Él está aquí, sí; mañana vamos a la estación con José y María Sánchez.",
        "Não há açúcar; é só café com pão. Olá, João!",
        "Größe, für, Mädchen, über, Fußgänger, schön, Ärger, Öl.",
        "Tôi là sinh viên. Các bạn có khỏe không?",  # real Unicode Vietnamese, latin-1 letters only
        "µ-law, 5 °C, ±2, ½ cup, © 2024 ACME®, § 12 ¶ 3, ¿qué?, «quoted», naïve",
        HEADED,
    ],
    ids=["english", "french", "french-long", "spanish", "portuguese", "german", "viet-unicode", "symbols", "viet-headed"],
)
def test_non_legacy_text_not_converted(text):
    assert assess_legacy(text).verdict == "none"
    d = decode_bytes(text.encode("utf-8"))
    assert d == Decoded(text=text, encoding="utf-8", warnings=[])


def test_unsure_raises_rather_than_guessing():
    # Half TCVN3 words, half latin-1 words that TCVN3 turns into non-syllables.
    legacy = encode_legacy("Hội nghị đồng chí của huyện", "tcvn3")
    text = legacy + " résumé déjà vu naïve façade crème brûlée"
    a = assess_legacy(text)
    assert a.verdict == "unsure", a
    for data in (text.encode("utf-8"), text.encode("cp1252")):
        err = expect_error(data, "legacy_encoding_unsure")
        assert "TCVN3" in err.message


def test_double_encoded_utf8_repaired():
    mojibake = SENTENCE.encode("utf-8").decode("latin-1")
    d = decode_bytes(mojibake.encode("utf-8"))
    assert d.text == SENTENCE and d.encoding == "utf-8"
    assert [w[0] for w in d.warnings] == ["utf8_mojibake_fixed"]
    # Non-Vietnamese double-encoded text is left alone (only Vietnamese is repaired).
    other = "Crème brûlée".encode("utf-8").decode("latin-1")
    assert decode_bytes(other.encode("utf-8")).text == other


@pytest.mark.parametrize(
    "word, ok",
    [("người", True), ("nghị", True), ("huyện", True), ("quốc", True), ("gì", True),
     ("việt", True), ("VIỆT", True), ("cafộ", False), ("viet", False), ("cát", True),
     ("càt", False), ("hello", False), ("ộlộgant", False), ("viöt", False)],
)
def test_syllable_check(word, ok):
    assert is_vietnamese_syllable(word) is ok


# ------------------------------------------------------------- properties

_chars = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.text(_chars, min_size=1, max_size=200))
def test_property_utf8_round_trip(s):
    # (text of invisible characters only, "\u200b", is refused as empty: test_invisible_only_is_empty)
    assume(vio._INVISIBLE_RE.sub("", s).strip() and not s.startswith("\ufeff") and not vio._mostly_control(s))
    assert decode_bytes(s.encode("utf-8")).text == s
    assert decode_bytes(BOM8 + s.encode("utf-8")).text == s


@pytest.mark.parametrize("s", ["\u200b", " \u200b\u200c ", "\u2060\n"])
def test_invisible_only_is_empty(s):
    with pytest.raises(InputError) as e:
        decode_bytes(s.encode("utf-8"))
    assert e.value.code == "empty"


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.lists(st.text(_chars, max_size=40), min_size=2, max_size=8), st.sampled_from(["\r\n", "\r", "\n"]))
def test_property_line_ends_preserved(lines, eol):
    s = eol.join(lines) + eol
    assume(s.strip() and not s.startswith("\ufeff") and not vio._mostly_control(s))
    d = decode_bytes(s.encode("utf-8"))
    assert d.text == s
    assert d.text.count("\r\n") == s.count("\r\n") and d.text.count("\r") == s.count("\r")


_viet_text = st.text(
    st.sampled_from(LETTERS + list("abcdeghiklmnopqrstuvxyABCDEGHIKLMNOPQRSTUVXY ,.\r\n0123")),
    min_size=1,
    max_size=80,
)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(_viet_text)
def test_property_vni_table_round_trip(s):
    assert convert_legacy(encode_legacy(s, "vni"), "vni") == s


@settings(max_examples=300, deadline=None, derandomize=True)
@given(_viet_text)
def test_property_tcvn3_table_round_trip_lowercase(s):
    # TCVN3 loses the case of toned letters; only sentence starts and all-capital
    # words get capitals back, so compare exactly up to case.
    s = s.lower()
    out = convert_legacy(encode_legacy(s, "tcvn3"), "tcvn3")
    assert len(out) == len(s) and out.lower() == s
    # With no sentence start inside (no ".", no blank line, not first) it is exact.
    mid = "x " + s.translate(str.maketrans(".\r\n", "   "))
    assert convert_legacy(encode_legacy(mid, "tcvn3"), "tcvn3") == mid
