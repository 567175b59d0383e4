"""Large inputs: the legacy-encoding check judges a long text by its beginning."""

from __future__ import annotations

from pipeline.io import LEGACY_SAMPLE_CHARS, assess_legacy, decode_bytes

from test_io import legacy_bytes

ARTICLE = (
    "Hội nghị tổng kết công tác năm 2024 của Huyện ủy diễn ra sáng nay. "
    "Đồng chí Bí thư Huyện ủy đề nghị các xã tập trung thu ngân sách, giảm tỷ lệ hộ nghèo.\n"
)


def test_long_unicode_text_is_judged_by_its_beginning():
    text = ARTICLE * (3 * LEGACY_SAMPLE_CHARS // len(ARTICLE))
    verdict = assess_legacy(text)
    assert verdict.verdict == "none"
    assert "first" in verdict.reason and verdict.stats == {}


def test_long_legacy_text_is_still_converted_whole():
    text = ARTICLE * (3 * LEGACY_SAMPLE_CHARS // len(ARTICLE))
    decoded = decode_bytes(legacy_bytes(text, "tcvn3"))
    assert [code for code, _ in decoded.warnings] == ["legacy_encoding_converted"]
    assert decoded.text == text
