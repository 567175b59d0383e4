"""The underthesea tokenizer: word spans straight from underthesea's own steps.

``UndertheseaTokenizer.segment_piece`` runs underthesea's character
normalization, regex tokenizer and CRF model and keeps each token's position;
``segment_piece_realigned`` calls ``word_tokenize`` and re-finds its strings in
the text. Both must give the same words, and the ``Doc`` must cover the text
exactly.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from pipeline.nlp import load
from pipeline.normalize import normalize

ROOT = Path(__file__).resolve().parent.parent

TEXTS = [
    pytest.param("Bí thư Huyện ủy phát biểu chỉ đạo hội nghị.", id="plain-sentence"),
    pytest.param(
        "Các đồng chí Nông Bình Cương, Tỉnh ủy viên, Bí thư Huyện ủy; Hoàng Văn Mạnh, Phó Bí thư Thường trực Huyện ủy.",
        id="names-and-titles",
    ),
    pytest.param("Có 24/30 chỉ tiêu đạt và vượt; trồng rừng đạt hơn 138% kế hoạch, tỷ lệ hộ nghèo giảm 4,07%.", id="figures"),
    pytest.param("Ngày 30/5/2023, UBND tỉnh họp phiên thường kỳ tháng 5; email: vp@ubnd.gov.vn, www.ubnd.gov.vn", id="dates-urls"),
    pytest.param("Dòng một\n\n  Dòng hai có  hai dấu cách\tvà tab.\r\nDòng ba", id="whitespace-runs"),
    pytest.param("“Quyết tâm thực hiện thắng lợi” – đó là phát biểu… (Ảnh: T.T.)", id="quotes-dashes-ellipsis"),
    pytest.param("ð Ð: underthesea maps these to đ Đ, same length", id="underthesea-character-map"),
    pytest.param("", id="empty"),
]


@pytest.fixture(scope="module")
def tok():
    return load().tokenizer


def _words(text, spans):
    return [text[s:e] for s, e in spans]


@pytest.mark.parametrize("text", TEXTS)
def test_fast_path_equals_word_tokenize_path(tok, text):
    text = normalize(text).text
    assert _words(text, tok.segment_piece(text)) == _words(text, tok.segment_piece_realigned(text))


def test_seed_article_same_words_both_paths(tok):
    text = normalize((ROOT / "corpora" / "ngan-son-2024.txt").read_text(encoding="utf-8")).text
    fast = tok.segment_piece(text)
    assert len(fast) > 500
    assert fast == tok.segment_piece_realigned(text)
    assert "Huyện ủy" in _words(text, fast)  # multi-syllable words, as underthesea segments them


def test_offsets_are_shifted_by_start(tok):
    text = "Huyện ủy họp."
    assert tok.segment_piece(text, 100) == [(s + 100, e + 100) for s, e in tok.segment_piece(text)]


def test_without_underthesea_internals_the_word_tokenize_path_is_used(monkeypatch):
    from pipeline.tokenizer import UndertheseaTokenizer

    nlp = load()
    plain = UndertheseaTokenizer(nlp.vocab)
    plain._steps = False  # as when this underthesea version keeps its steps elsewhere
    text = "Đồng chí Chủ tịch UBND huyện yêu cầu các xã tập trung chỉ đạo."
    calls = []
    monkeypatch.setattr(plain, "_word_tokenize", lambda *a, **k: calls.append(a) or nlp.tokenizer._word_tokenize(*a, **k))
    assert plain.segment_piece(text) == nlp.tokenizer.segment_piece(text)
    assert calls, "word_tokenize was not called"


_ALPHABET = "aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"
_piece = st.one_of(
    st.text(alphabet=_ALPHABET + _ALPHABET.upper(), min_size=1, max_size=7),
    st.sampled_from(["Huyện ủy", "Bí thư", "2024", "4,07%", "24/30", "1.817", "UBND", "-", ",", ".", "…", "(", ")", "“", "”"]),
)
_sep = st.sampled_from([" ", " ", " ", "  ", "\n", "\t", ""])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(_piece, _sep), max_size=40).map(lambda xs: "".join(a + b for a, b in xs)))
@example("Ông A.B phát biểu...\r\n")
def test_fast_path_equals_word_tokenize_path_on_generated_text(text):
    tok = load().tokenizer
    text = normalize(text).text
    assert tok.segment_piece(text) == tok.segment_piece_realigned(text)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(_piece, _sep), max_size=40).map(lambda xs: "".join(a + b for a, b in xs)))
def test_doc_covers_the_text_exactly(text):
    text = normalize(text).text
    doc = load().make_doc(text)
    assert doc.text == text
    assert all(text[t.idx : t.idx + len(t.text)] == t.text for t in doc)


def _regex_tokens(text):
    """underthesea's own regex tokens of ``text`` and ours (the group ``tok`` of the faster pattern)."""
    from underthesea.pipeline.word_tokenize import regex_tokenize

    from pipeline.tokenizer import _with_plain_words_first

    ours = _with_plain_words_first(regex_tokenize)
    assert ours is not None, "underthesea's token pattern is no longer as the tokenizer expects"
    return [m.span() for m in regex_tokenize.patterns.finditer(text)], [m.span("tok") for m in ours.finditer(text)]


@pytest.mark.parametrize("path", sorted((ROOT / "corpora").glob("*.txt")), ids=lambda p: p.name)
def test_token_pattern_gives_underthesea_tokens_on_corpora(path):
    theirs, ours = _regex_tokens(path.read_text(encoding="utf-8"))
    assert len(theirs) > 100
    assert ours == theirs


_RAW = st.lists(
    st.one_of(
        st.sampled_from(list(_ALPHABET[:12] + "ĐĂAZ09.,'’&@-:/_%()=>v x\u00a0\t\n ")),
        st.sampled_from(["T.Ư", "v.v", "http://", "www.", ".vn", "H'Mông", "Huyện ủy", "  "]),
    ),
    max_size=40,
).map("".join)


@settings(max_examples=500, deadline=None)
@given(_RAW)
@example("UBND. Tp. Hồ v.v... 43H-0530 e-mail a@b.vn N’Thôn 1.600m-2.000m :D")
def test_token_pattern_gives_underthesea_tokens_on_generated_text(text):
    theirs, ours = _regex_tokens(text)
    assert ours == theirs
