"""Figures: percentages and indicator counts, case by case.

Each example list holds ``(text, expected)`` pairs with a readable id; known
gaps are ``xfail(strict=True)`` with the reason, so fixing one makes the
suite say so. Every case also checks grounding: each span (figure, subject,
indicator count, warning) slices the input to its own text.

The sentences are written for these tests in the genre of district and
provincial press releases; they are not taken from any corpus.
"""

from __future__ import annotations

import pytest

from pipeline import extract
from pipeline.components.percentages import parse_number


def ex(id_, text, expected):
    """One ``(text, expected)`` example with a readable id."""
    return pytest.param(text, expected, id=id_)


def gap(id_, text, expected, reason):
    """A known gap: the expectation is right, the extractor does not meet it yet."""
    return pytest.param(text, expected, id=id_, marks=pytest.mark.xfail(strict=True, reason=reason))


def assert_span(text, span):
    assert 0 <= span.start <= span.end <= len(text), span
    assert text[span.start : span.end] == span.text, span


def run(text):
    """``extract(text)`` with the grounding contract checked for every figure."""
    doc = extract(text)
    # a test sentence that trips the language check would pass vacuously
    assert not any(w.code == "not_vietnamese" for w in doc.warnings), doc.warnings
    for p in doc.percentages:
        assert_span(text, p.span)
        assert p.text == p.span.text
        if p.subject is None:
            assert p.subject_span is None
        else:
            assert p.subject_span is not None
            assert_span(text, p.subject_span)
            assert p.subject_span.text == p.subject
    for c in doc.indicator_counts:
        assert_span(text, c.span)
        assert c.text == c.span.text
        if c.breakdown_of is not None:
            assert 0 <= c.breakdown_of < len(doc.indicator_counts)
    for w in doc.warnings:
        for s in w.spans:
            assert_span(text, s)
    return doc


# ---------------------------------------------------------------- parse_number

NUMBERS = [
    ex("integer", "138", 138.0),
    ex("decimal-comma", "4,07", 4.07),
    ex("decimal-comma-over-100", "100,05", 100.05),
    ex("leading-zero", "0,5", 0.5),
    ex("dot-thousands", "1.250", 1250.0),
    ex("dot-thousands-decimal-comma", "1.234,5", 1234.5),
    ex("two-thousands-groups", "12.345.678", 12345678.0),
    ex("two-groups-decimal-comma", "1.234.567,89", 1234567.89),
    ex("decimal-point", "7.5", 7.5),
    ex("decimal-point-two-places", "2.25", 2.25),
    ex("surrounding-space", " 15 ", 15.0),
]


@pytest.mark.parametrize("raw,expected", NUMBERS)
def test_parse_number(raw, expected):
    assert parse_number(raw) == pytest.approx(expected)


@pytest.mark.parametrize("raw", ["", "phần trăm", "%"], ids=["empty", "words", "sign"])
def test_parse_number_rejects_non_numbers(raw):
    with pytest.raises(ValueError):
        parse_number(raw)


# ---------------------------------------------------------------- percentage values
# expected: [(value, text as written, range_bound), ...] for every percentage found

VALUES = [
    ex("decimal-comma", "Tỷ lệ hộ nghèo của huyện giảm 4,07%.", [(4.07, "4,07%", None)]),
    ex("over-hundred", "Thu ngân sách của huyện đạt 100,05% dự toán.", [(100.05, "100,05%", None)]),
    ex("space-before-sign", "Trồng rừng của huyện đạt 138 % kế hoạch.", [(138.0, "138 %", None)]),
    ex(
        "percent-in-words",
        "Năm qua, diện tích che phủ rừng của huyện tăng 5 phần trăm.",
        [(5.0, "5 phần trăm", None)],
    ),
    ex(
        "hyphen-range",
        "Tốc độ tăng trưởng kinh tế của huyện đạt 5-7%.",
        [(5.0, "5", "low"), (7.0, "7%", "high")],
    ),
    ex(
        "hyphen-range-spaced",
        "Giá trị sản xuất của huyện tăng 5 - 7 %.",
        [(5.0, "5", "low"), (7.0, "7 %", "high")],
    ),
    ex(
        "hyphen-range-both-signs",
        "Giá trị sản xuất của huyện tăng 3,5%-4% so với năm 2023.",
        [(3.5, "3,5%", "low"), (4.0, "4%", "high")],
    ),
    ex(
        "tu-den-range",
        "Tốc độ tăng trưởng kinh tế của huyện đạt từ 5 đến 7%.",
        [(5.0, "5", "low"), (7.0, "7%", "high")],
    ),
    # "từ 70 đến dưới 100%": the high bound keeps its own qualifier (train 102)
    ex(
        "tu-den-duoi-range",
        "Có 17/53 chỉ tiêu đạt từ 70 đến dưới 100% kế hoạch.",
        [(70.0, "70", "low"), (100.0, "100%", "high")],
    ),
    ex(
        "den-range-without-tu",
        "Năm 2025, huyện phấn đấu giảm 2 đến 3% hộ nghèo.",
        [(2.0, "2", "low"), (3.0, "3%", "high")],
    ),
    ex(
        "years-joined-by-den-are-no-range",
        "Giai đoạn 2021 đến 2025, thu ngân sách tăng 12%.",
        [(12.0, "12%", None)],
    ),
    ex(
        "tu-den-range-both-signs",
        "Tốc độ tăng trưởng của huyện dự kiến từ 5% đến 7%.",
        [(5.0, "5%", "low"), (7.0, "7%", "high")],
    ),
    ex(
        "slash-pair-is-two-figures-not-a-range",
        "Tỷ lệ tiêm chủng của huyện đạt 76,4%/60% kế hoạch.",
        [(76.4, "76,4%", None), (60.0, "60%", None)],
    ),
    ex("dot-thousands", "Giá trị sản xuất của huyện tăng 1.234,5%.", [(1234.5, "1.234,5%", None)]),
    ex("decimal-point", "Tỷ lệ hộ nghèo toàn huyện giảm 2.5% so với năm trước.", [(2.5, "2.5%", None)]),
    ex("money-is-not-a-percentage", "Tổng vốn đầu tư của huyện đạt 1.250 tỷ đồng.", []),
    ex(
        "money-then-percentage",
        "Tổng vốn đầu tư của huyện đạt 1.250 tỷ đồng, tăng 12% so với năm 2023.",
        [(12.0, "12%", None)],
    ),
    ex(
        "two-figures-one-clause",
        "Giá trị sản xuất nông nghiệp bằng 101,2% kế hoạch và bằng 104,6% cùng kỳ.",
        [(101.2, "101,2%", None), (104.6, "104,6%", None)],
    ),
    ex(
        "per-year-suffix",
        "Giá trị sản xuất của huyện tăng bình quân 6,5%/năm.",
        [(6.5, "6,5%", None)],
    ),
    # a figure glued to the word before it (a typing slip) is still read; a code is not
    ex("glued-to-verb", "Tốc độ tăng trưởng của ngành đạt3,02%, vượt chỉ tiêu.", [(3.02, "3,02%", None)]),
    ex("inside-a-code", "Chỉ số bụi mịn PM2,5% không phải tỷ lệ.", []),
    # a comma with no space after it, between a word (or a "%") and a figure, is a comma (fresh 23)
    ex("after-a-glued-comma", "Hằng năm,100% giáo viên được bồi dưỡng.", [(100.0, "100%", None)]),
    ex("after-a-figure-and-glued-comma", "Tỷ lệ hộ nghèo còn 3,5%,95% hộ dùng nước sạch.",
       [(3.5, "3,5%", None), (95.0, "95%", None)]),
    ex("comma-inside-a-number-stays", "Chỉ số giá tăng 1,25% so với năm trước.", [(1.25, "1,25%", None)]),
    # a decimal comma left without its digits (a typo) still closes the number: "82,%" is 82% (fresh 23, 35)
    ex("decimal-comma-without-digits", "Trường đạt chuẩn quốc gia đạt tỷ lệ 82,%; lúa bằng 74,% kế hoạch.",
       [(82.0, "82,%", None), (74.0, "74,%", None)]),
]


@pytest.mark.parametrize("text,expected", VALUES)
def test_percentage_values(text, expected):
    doc = run(text)
    assert [(p.value, p.text, p.range_bound) for p in doc.percentages] == expected


# ---------------------------------------------------------------- qualifier
# expected: the qualifier of each percentage, in order

QUALIFIERS = [
    ex("vuot-nguong", "Tăng trưởng GRDP của tỉnh vượt ngưỡng 10%.", ["more_than"]),
    ex("plain-exact", "Tỷ lệ hộ nghèo của huyện giảm 4,07%.", ["exact"]),
    ex("hon", "Doanh thu dịch vụ của huyện tăng hơn 5%.", ["more_than"]),
    ex("tren", "Tổng sản phẩm trên địa bàn huyện tăng trên 8% so với năm 2023.", ["more_than"]),
    ex("vuot-hon", "Thu ngân sách của huyện vượt hơn 9% dự toán.", ["more_than"]),
    ex("vuot-alone-is-exact", "Thu ngân sách của huyện vượt 9% kế hoạch.", ["exact"]),
    ex("khoang", "Tỷ lệ hộ nghèo của huyện giảm xuống còn khoảng 4%.", ["approximately"]),
    ex("khoang-tu-range", "Phấn đấu tăng trưởng kinh tế khoảng từ 7-7,5%.", ["approximately", "approximately"]),
    ex("gan", "Tỷ lệ lao động qua đào tạo đạt gần 70%.", ["approximately"]),
    ex("xap-xi", "Tỷ lệ trẻ em suy dinh dưỡng của huyện xấp xỉ 10%.", ["approximately"]),
    ex("duoi", "Tỷ lệ hộ nghèo đa chiều của huyện giảm xuống dưới 2%.", ["less_than"]),
    ex("tu-den-duoi-high-bound", "Có 7/53 chỉ tiêu đạt từ 50 đến dưới 70%.", ["exact", "less_than"]),
    # "trở lên" after a range bounds its high figure only (train 419)
    ex("tro-len-after-a-range", "Tốc độ tăng trưởng bình quân hằng năm từ 10-12% trở lên.", ["exact", "at_least"]),
    ex("chua-den", "Tỷ lệ thất nghiệp chưa đến 1%.", ["less_than"]),
    ex("chua-dat", "Tỷ lệ tiêm chủng đầy đủ của xã chưa đạt 95%.", ["less_than"]),
    ex("khong-dat", "Tỷ lệ thu gom rác thải không đạt 80% kế hoạch.", ["less_than"]),
    # the level named between the cue and the figure ("dưới mức", "trên mức")
    ex("duoi-muc", "Tỷ lệ nợ xấu của chi nhánh được giữ ở dưới mức 0,5%.", ["less_than"]),
    ex("tren-muc", "Tốc độ tăng trưởng kinh tế của tỉnh duy trì trên mức 7%.", ["more_than"]),
    ex("it-nhat", "Tỷ lệ thu gom rác thải đạt ít nhất 90%.", ["at_least"]),
    # the floor, then the verb reaching it ("tối thiểu phải đạt 98%", "thấp nhất đạt 90%"); "cao nhất đạt" is exact
    ex("floor-then-verb", "Phấn đấu giải ngân tối thiểu phải đạt 98% kế hoạch, thu ngân sách thấp nhất đạt 90% dự toán; "
       "tăng trưởng cao nhất đạt 12,9%.", ["at_least", "at_least", "exact"]),
    ex("tro-len-after", "Tỷ lệ hộ dùng nước sạch của xã đạt 95% trở lên.", ["at_least"]),
    # "trở lên" after a rate per period, after a reference, or closing a "từ X% …" span
    ex("tro-len-after-per-year", "Phấn đấu tổng sản phẩm tăng bình quân 8%/năm trở lên.", ["at_least"]),
    ex("tro-len-after-reference", "Phần lớn các chỉ tiêu đạt 70% dự toán (DT) trở lên.", ["at_least"]),
    ex("tu-x-noun-tro-len", "Năm tới có từ 65% số hộ trở lên tham gia bảo hiểm y tế.", ["at_least"]),
    ex("tro-len-of-another-phrase", "Có 85% chi bộ hoàn thành tốt nhiệm vụ trở lên.", ["exact"]),
    # after "có", a short counted noun closed by "trở lên" (set AZ; as "từ X% … trở lên", train 715)
    ex("co-x-noun-tro-len", "Phấn đấu có 70% chính quyền trở lên đạt vững mạnh.", ["at_least"]),
    # after "đạt", the base of a rate closed by "trở lên" ("đạt 99,3% dân số trở lên"; blind batch b7)
    ex("dat-x-base-tro-len", "Tỷ lệ bao phủ bảo hiểm y tế đạt 95% dân số trở lên.", ["at_least"]),
    # after any verb, a counted noun with "số" closed by "trở lên" (fresh 44: "giảm 1,25% số hộ nghèo trở lên")
    ex("so-noun-tro-len", "Năm 2026, phấn đấu giảm 1,5% số hộ cận nghèo trở lên.", ["at_least"]),
    ex("toi-da", "Tỷ lệ nợ xấu tối đa 3%.", ["at_most"]),
    ex("khong-qua", "Bội chi ngân sách không quá 2% tổng chi.", ["at_most"]),
    # a bound denied: "không dưới" is at least, "không vượt quá" at most
    ex("khong-duoi", "Phấn đấu tốc độ tăng trưởng kinh tế không dưới 8%.", ["at_least"]),
    ex("khong-thap-hon", "Tỷ lệ tiêm chủng đầy đủ không thấp hơn 95%.", ["at_least"]),
    ex("khong-vuot-qua", "Chỉ số giá tiêu dùng tăng không vượt quá 4%.", ["at_most"]),
    # "less (greater) than or equal to", a plan's ceiling or floor written out (fresh fx02)
    ex("thap-hon-hoac-bang", "Năm 2025, chỉ số giá tiêu dùng thấp hơn hoặc bằng 4%; tỷ lệ lao động qua đào tạo cao hơn "
       "hoặc bằng 70%.", ["at_most", "at_least"]),
    # the comparison signs written before a figure ("GRDP >11%", "≥ 95%"), not part of the subject
    ex("sign-more-than", "Phấn đấu tốc độ tăng trưởng GRDP >9,5%.", ["more_than"]),
    ex("sign-less-than", "Tỷ lệ hộ nghèo năm 2026 <1,5%.", ["less_than"]),
    ex("sign-at-least", "Tỷ lệ người dân tham gia bảo hiểm y tế ≥ 95%; tỷ lệ trường đạt chuẩn >= 80%.",
       ["at_least", "at_least"]),
    ex("sign-at-most", "Tỷ lệ thất nghiệp khu vực thành thị ≤ 3%.", ["at_most"]),
    ex("uoc-dat-alone-is-exact", "Tổng thu ngân sách của huyện ước đạt 95% dự toán.", ["exact"]),
    ex("qualifier-applies-to-cued-figure-only", "Trồng rừng thực hiện đạt hơn 138% kế hoạch, tăng 5% cùng kỳ.", ["more_than", "exact"]),
]


@pytest.mark.parametrize("text,expected", QUALIFIERS)
def test_percentage_qualifier(text, expected):
    doc = run(text)
    assert [p.qualifier for p in doc.percentages] == expected


# ---------------------------------------------------------------- change
# expected: the change of each percentage, in order (None: a level, not a rise or fall)

CHANGES = [
    # "tăng ở mức X%": the size of the rise given as its level (not "tăng lên", a level reached)
    ex("tang-o-muc", "Chỉ số giá tiêu dùng bình quân tăng ở mức 4,5%.", ["increase"]),
    ex("giu-o-muc-is-a-level", "Tỷ lệ nợ xấu được giữ ở mức 0,5%.", [None]),
    ex("tang", "Giá trị xuất khẩu của tỉnh tăng 15% so với cùng kỳ.", ["increase"]),
    ex("giam", "Tỷ lệ hộ nghèo của huyện giảm 4,07%.", ["decrease"]),
    ex("tang-hon", "Doanh thu dịch vụ của huyện tăng hơn 5%.", ["increase"]),
    ex("giam-gan", "Tỷ lệ hộ cận nghèo của huyện giảm gần 2%.", ["decrease"]),
    ex("tang-them", "Tổng đàn gia súc của huyện tăng thêm 3%.", ["increase"]),
    ex("tang-binh-quan", "Giá trị sản xuất của huyện tăng bình quân 6,5%/năm.", ["increase"]),
    ex("growth-rate-dat", "Tốc độ tăng trưởng kinh tế của huyện đạt 7,25%.", ["increase"]),
    ex("tang-truong-verb", "Kinh tế của huyện tăng trưởng 8%.", ["increase"]),
    ex("verb-first-giam", "Huyện đã giảm tỷ lệ hộ nghèo bình quân 3% mỗi năm.", ["decrease"]),
    ex("giam-con-is-level", "Tỷ lệ hộ nghèo của huyện giảm còn 5,6%.", [None]),
    ex("tang-len-is-level", "Tỷ lệ đô thị hóa của tỉnh tăng lên 60%.", [None]),
    # a value (no rate) "tăng lên X% so với" the period before: the size of its rise
    ex("tang-len-against-the-period-before", "Tổng giá trị sản xuất ước tăng lên 5,4% so với năm 2019.", ["increase"]),
    ex("rate-tang-len-against-a-year-is-level", "Tỷ lệ đô thị hóa tăng lên 60% so với năm 2019.", [None]),
    ex("tang-len-den-is-level", "Tỷ lệ đô thị hóa của tỉnh tăng lên đến 60%.", [None]),
    ex("giam-xuong-is-level", "Tỷ lệ hộ nghèo của xã giảm xuống 3%.", [None]),
    ex("giam-xuong-con-is-level", "Tỷ lệ hộ nghèo của huyện giảm xuống còn khoảng 4%.", [None]),
    ex("chiem-is-level", "Ngành dịch vụ chiếm 60% cơ cấu kinh tế của huyện.", [None]),
    ex("dat-ke-hoach-is-level", "Sản lượng lương thực của huyện đạt 95% kế hoạch.", [None]),
    ex(
        "level-then-change",
        "Thu ngân sách của huyện đạt 95% kế hoạch, tăng 12% so với cùng kỳ.",
        [None, "increase"],
    ),
    pytest.param("Tỷ lệ hộ nghèo của huyện giảm từ 6,2% xuống còn 4,1%.", [None, None], id='giam-tu-x-xuong-con-y'),
    # "thấp/cao hơn X% so với" a period before: the size of a fall or rise; against a plan only a comparison
    ex("thap-hon-than-a-year-before", "Tỷ lệ nợ xấu là 1,2%, thấp hơn 0,3% so với năm 2024.", [None, "decrease"]),
    ex("cao-hon-than-same-period", "Tỷ lệ trẻ được tiêm chủng là 97%, cao hơn 1,5% so với cùng kỳ.", [None, "increase"]),
    ex("thap-hon-than-the-plan", "Tỷ lệ tổn thất điện năng là 5,4%, thấp hơn 0,2% so với kế hoạch giao.", [None, None]),
    ex("vuot-the-same-period", "Sản lượng thủy sản đạt 105% kế hoạch, vượt 6,2% so với cùng kỳ.", [None, "increase"]),
    ex("vuot-the-plan-is-no-change", "Thu ngân sách của huyện vượt 6,2% so với kế hoạch.", [None]),
]


@pytest.mark.parametrize("text,expected", CHANGES)
def test_percentage_change(text, expected):
    doc = run(text)
    assert [p.change for p in doc.percentages] == expected


# ---------------------------------------------------------------- subject
# expected: the subject of each percentage, in order

SUBJECTS = [
    # a stretch before the quantity that is a clause of its own or a frame is no part of it
    ex("shifted-clause-before-the-quantity", "Cơ cấu kinh tế chuyển dịch đúng hướng, thu ngân sách tăng bình quân 9% mỗi "
       "năm.", ["thu ngân sách"]),
    # "tương ứng (với tỷ lệ)" restates the count before it and names nothing; after a level a count fell to, what it
    # counts is measured
    ex("restated-count-level", "Đến cuối năm 2020, toàn huyện còn 3.747 hộ nghèo, tương ứng 11,74%.", ["hộ nghèo"]),
    ex("restated-count-with-rate-word", "Năm 2024, số hộ nghèo toàn xã là 312 hộ, tương ứng với tỷ lệ 8,5%.",
       ["số hộ nghèo toàn xã"]),
    # a figure in brackets right after a named quantity measures it: "… gồm A (kế hoạch 7,8%) và B (mới đạt 57%)"
    ex("bracketed-figure-after-its-quantity", "Năm 2024, còn hai chỉ tiêu chưa đạt gồm tốc độ tăng trưởng GRDP (kế hoạch "
       "7,8%) và tỷ lệ trường học đạt chuẩn quốc gia (mới đạt 57%).",
       ["tốc độ tăng trưởng GRDP", "tỷ lệ trường học đạt chuẩn quốc gia"]),
    # a total's bare counter noun ("nâng tổng số lên 98 xã") is what the sentence's earlier count describes
    ex("bare-unit-of-a-total-described-before", "Năm 2021, toàn tỉnh có thêm 9 xã đạt chuẩn nông thôn mới, nâng tổng số "
       "lên 98 xã, chiếm 62,4% tổng số xã.", ["xã đạt chuẩn nông thôn mới"]),
    # after a bare level word the unit counted may be described at length: "thôn, tổ dân phố văn hóa đạt 97,4%"
    ex("level-word-then-described-unit", "Năm 2023, tỷ lệ gia đình văn hóa đạt 97,2%; thôn, tổ dân phố văn hóa đạt "
       "97,4%.", ["tỷ lệ gia đình văn hóa", "thôn, tổ dân phố văn hóa"]),
    # diligence ("chuyên cần") holds no modal; "từ" opening a bound after the figure ("từ 85% … trở lên") is no subject
    ex("diligence-is-no-modal", "Năm học qua, tỷ lệ chuyên cần đạt 97,5%.", ["tỷ lệ chuyên cần"]),
    ex("from-opening-a-bound", "Năm 2018, từ 85% số chi bộ trở lên đạt trong sạch vững mạnh.",
       ["số chi bộ trở lên đạt trong sạch vững mạnh"]),
    # a span of years inside a subject is a time, no figure ("vụ đông - xuân 2019-2020")
    ex("span-of-years-in-a-subject", "Lĩnh vực nông nghiệp được chỉ đạo quyết liệt; gieo trồng vụ đông - xuân 2019-2020 "
       "đạt 25.289 ha, vượt 2,1% kế hoạch.", ["gieo trồng vụ đông - xuân 2019-2020"]),
    # the change of a share in brackets after what the share counts closes it and measures the same
    ex("share-then-its-change-in-brackets", "Đến nay, toàn tỉnh có 81,62% số hộ gia đình đạt danh hiệu “Gia đình văn hóa” "
       "(tăng 2% so với năm 2021).", ["số hộ gia đình đạt danh hiệu “Gia đình văn hóa”"] * 2),
    # after an example's "như", the plan reached is what is measured, not the head of the list named before it
    ex("example-after-nhu-reaches-a-plan", "Năm 2022, ngân hàng đặt ra một số chỉ tiêu như hoàn thành 100% kế hoạch tăng "
       "trưởng dư nợ.", ["kế hoạch tăng trưởng dư nợ"]),
    ex("frame-before-the-quantity", "Tại khu vực công nghiệp - xây dựng, giá trị tăng thêm ước đạt 900 tỷ đồng, tăng "
       "3,2% so với cùng kỳ.", ["giá trị tăng thêm"]),
    ex("before-predicate-chain", "Trồng rừng thực hiện đạt hơn 138% kế hoạch.", ["Trồng rừng"]),
    ex("ty-le-giam", "Tỷ lệ hộ nghèo giảm 4,07%.", ["Tỷ lệ hộ nghèo"]),
    ex(
        "head-of-earlier-stretch",
        "Năm 2024, thu ngân sách nhà nước trên địa bàn ước đạt hơn 215 tỷ đồng, vượt hơn 6% kế hoạch.",
        ["thu ngân sách nhà nước trên địa bàn"],
    ),
    ex(
        "head-of-earlier-stretch-drops-amount",
        "Giá trị sản xuất công nghiệp ước đạt 2.150 tỷ đồng, bằng 98% kế hoạch.",
        ["Giá trị sản xuất công nghiệp"],
    ),
    ex(
        "list-repeats-subject",
        "Giá trị sản xuất nông nghiệp bằng 101,2% kế hoạch và bằng 104,6% cùng kỳ.",
        ["Giá trị sản xuất nông nghiệp", "Giá trị sản xuất nông nghiệp"],
    ),
    ex(
        "level-then-change-share-subject",
        "Thu ngân sách của huyện đạt 95% kế hoạch, tăng 12% so với cùng kỳ.",
        ["Thu ngân sách của huyện", "Thu ngân sách của huyện"],
    ),
    ex(
        "comma-inside-subject",
        "Doanh thu thương mại, dịch vụ tăng 7% so với cùng kỳ.",
        ["Doanh thu thương mại, dịch vụ"],
    ),
    ex("after-cung-cap", "Huyện cung cấp 100% dịch vụ công trực tuyến.", ["dịch vụ công trực tuyến"]),
    ex(
        "each-clause-own-subject",
        "Tỷ lệ hộ nghèo của huyện giảm 4,07%; tỷ lệ hộ cận nghèo giảm 1,2%.",
        ["Tỷ lệ hộ nghèo của huyện", "tỷ lệ hộ cận nghèo"],
    ),
    ex("lead-in-trong-do-dropped", "Trong đó, tỷ lệ hộ nghèo của huyện giảm 1,5%.", ["tỷ lệ hộ nghèo của huyện"]),
    ex(
        "after-phan-dau",
        "Hội nghị triển khai nhiệm vụ năm 2025 của huyện. Năm 2025, huyện phấn đấu tỷ lệ hộ nghèo giảm 3%.",
        ["tỷ lệ hộ nghèo"],
    ),
    ex(
        "after-muc-tieu-year",
        "Mục tiêu năm 2025, tỷ lệ che phủ rừng của huyện đạt 45%.",
        ["tỷ lệ che phủ rừng của huyện"],
    ),
    pytest.param("Năm 2024, thu ngân sách nhà nước trên địa bàn hơn 215 tỷ đồng, vượt hơn 6% kế hoạch.", ["thu ngân sách nhà nước trên địa bàn"], id='amount-without-verb-before-figure'),
    pytest.param("Tỷ lệ trường đạt chuẩn quốc gia của huyện chiếm 60%.", ["Tỷ lệ trường đạt chuẩn quốc gia của huyện"], id='dat-inside-subject-noun-phrase'),
    # a count names what the share is of: "có N <noun>, chiếm X%"
    ex(
        "counted-noun-chiem",
        "Hiện nay, toàn huyện có 14 trường đạt chuẩn quốc gia, chiếm 58,3%, đạt 100% kế hoạch.",
        ["14 trường đạt chuẩn quốc gia", "trường đạt chuẩn quốc gia"],
    ),
    ex(
        "counted-fraction-after-uoc",
        "Toàn huyện ước có 9/12 xã hoàn thành bộ tiêu chí an toàn thực phẩm, chiếm tỷ lệ 75%.",
        ["9/12 xã hoàn thành bộ tiêu chí an toàn thực phẩm"],
    ),
    ex(
        "first-of-two-counts",
        "Toàn huyện có 05 thôn đạt chuẩn nông thôn mới kiểu mẫu và 03 thôn điểm, đạt trên 120% kế hoạch.",
        ["thôn đạt chuẩn nông thôn mới kiểu mẫu"],
    ),
    # a time opening a stretch is not its subject: the subject is further back
    ex(
        "den-nam-stretch-is-no-subject",
        "Thu nhập bình quân đầu người năm 2021 đạt 30 triệu đồng, đến năm 2023 đạt 34 triệu đồng, đạt 95% chỉ tiêu.",
        ["Thu nhập bình quân đầu người"],
    ),
    # the end of a coordinated list takes in the list ("nông, lâm nghiệp và thủy sản")
    ex(
        "coordinated-list-in-subject",
        "Giá trị sản xuất nông, lâm nghiệp và thủy sản của huyện ước đạt 3.200 tỷ đồng, tăng 3,5% so với cùng kỳ.",
        ["Giá trị sản xuất nông, lâm nghiệp và thủy sản của huyện"],
    ),
    ex(
        "full-subject-with-va-keeps-its-own-start",
        "Về kinh tế, giá trị sản xuất nông nghiệp và thủy sản tăng 5%.",
        ["giá trị sản xuất nông nghiệp và thủy sản"],
    ),
    # a count made by a verb: the verb, the number and what is counted, not who counted it
    ex(
        "verb-number-counted-thing",
        "Năm 2024, toàn tỉnh đón 1,92 triệu lượt khách du lịch, tăng 18% so với cùng kỳ.",
        ["đón 1,92 triệu lượt khách du lịch"],
    ),
    ex(
        "money-is-no-counted-thing",
        "Tổng vốn đầu tư toàn xã hội đạt 1.200 tỷ đồng, tăng 10% so với cùng kỳ.",
        ["Tổng vốn đầu tư toàn xã hội"],
    ),
    # lead-ins, dates and adverbs are not the subject
    ex("tuy-vay-lead-in", "Tuy vậy, tốc độ tăng trưởng kinh tế 9 tháng ước đạt 5,12%.",
       ["tốc độ tăng trưởng kinh tế 9 tháng"]),
    ex(
        "den-ngay-date-trailing",
        "Giải ngân vốn đầu tư công đến ngày 30/9 đạt 55,8% kế hoạch.",
        ["Giải ngân vốn đầu tư công"],
    ),
    ex("van-dat-adverb", "Tỷ lệ lao động qua đào tạo nghề vẫn đạt 58% kế hoạch.", ["Tỷ lệ lao động qua đào tạo nghề"]),
    ex("moi-is-also-new", "Số hợp tác xã thành lập mới đạt 150% kế hoạch.", ["Số hợp tác xã thành lập mới"]),
    ex(
        "verb-after-a-place-name",
        "Đảng bộ huyện Bảo Lâm kết nạp 41 đảng viên mới, đạt 105% kế hoạch.",
        ["kết nạp 41 đảng viên mới"],
    ),
    ex(
        "number-in-brackets-is-a-remark",
        "Giá trị sản xuất công nghiệp (giá so sánh 2010) ước đạt 2.412 tỷ đồng, tăng 7,6% so với cùng kỳ.",
        ["Giá trị sản xuất công nghiệp"],  # (the prices counted at are no part of it: train 117, 426)
    ),
    ex(
        "copula-names-the-subject",
        "Chỉ tiêu chưa đạt là tỷ lệ trường đạt chuẩn quốc gia, mới đạt 85% kế hoạch.",
        ["tỷ lệ trường đạt chuẩn quốc gia"],
    ),
    ex(
        "counted-up-to-its-own-predicate",
        "Toàn huyện có 15 sản phẩm OCOP đạt từ 3 sao trở lên, tăng 25% so với năm trước.",
        ["sản phẩm OCOP"],
    ),
    # figure first: the rest of the clause says what is counted, its verb and commas included
    ex(
        "figure-first-with-its-verb",
        "Tỷ lệ hộ nghèo giảm còn 3,2%; 100% xã đạt chuẩn nông thôn mới.",
        ["Tỷ lệ hộ nghèo", "xã đạt chuẩn nông thôn mới"],
    ),
    ex(
        "figure-first-with-a-comma-list",
        "Năm 2024, 100% thôn, làng có điện lưới quốc gia.",
        ["thôn, làng có điện lưới quốc gia"],
    ),
    ex("chi-so-is-a-noun", "Chỉ số sản xuất công nghiệp của tỉnh tăng 6,8%.", ["Chỉ số sản xuất công nghiệp của tỉnh"]),
    ex(
        "subject-before-glued-figure",
        "Tốc độ tăng trưởng của ngành đạt3,02%, vượt chỉ tiêu.",
        ["Tốc độ tăng trưởng của ngành"],
    ),
]


@pytest.mark.parametrize("text,expected", SUBJECTS)
def test_percentage_subject(text, expected):
    doc = run(text)
    assert [p.subject for p in doc.percentages] == expected


# ---------------------------------------------------------------- reference and basis
# expected: (reference, basis) of each percentage, in order

REFERENCES = [
    ex("dat-ke-hoach", "Trồng rừng của huyện thực hiện đạt 109% kế hoạch.", [("kế hoạch", "of_reference")]),
    ex("bang-ke-hoach", "Giá trị sản xuất công nghiệp ước đạt 2.150 tỷ đồng, bằng 98% kế hoạch.", [("kế hoạch", "of_reference")]),
    ex("vuot-ke-hoach", "Thu ngân sách của huyện vượt 9% kế hoạch.", [("kế hoạch", "above_reference")]),
    ex(
        "ke-hoach-tinh-giao",
        "Thu ngân sách của huyện đạt 120% kế hoạch tỉnh giao.",
        [("kế hoạch tỉnh giao", "of_reference")],
    ),
    ex("so-voi-cung-ky", "Giá trị xuất khẩu của tỉnh tăng 15% so với cùng kỳ.", [("cùng kỳ", None)]),
    ex(
        "cung-ky-nam-truoc",
        "Doanh thu thương mại, dịch vụ tăng 7% so với cùng kỳ năm trước.",
        [("cùng kỳ năm trước", None)],
    ),
    ex("nghi-quyet", "Tỷ lệ bao phủ bảo hiểm y tế của huyện đạt 102% Nghị quyết.", [("Nghị quyết", "of_reference")]),
    ex("so-voi-nam", "Kim ngạch xuất khẩu của tỉnh tăng 12% so với năm 2023.", [("so với năm 2023", None)]),
    ex("du-toan", "Thu ngân sách của huyện đạt 110% dự toán.", [("dự toán", "of_reference")]),
    ex("chi-tieu", "Tỷ lệ bao phủ bảo hiểm y tế của huyện đạt 105% chỉ tiêu.", [("chỉ tiêu", "of_reference")]),
    ex(
        "only-second-figure-has-reference",
        "Tỷ lệ bao phủ bảo hiểm y tế đạt 92%, vượt 2% chỉ tiêu Nghị quyết.",
        [(None, None), ("chỉ tiêu Nghị quyết", "above_reference")],
    ),
    ex(
        "list-each-own-reference",
        "Giá trị sản xuất nông nghiệp bằng 101,2% kế hoạch và bằng 104,6% cùng kỳ.",
        [("kế hoạch", "of_reference"), ("cùng kỳ", "of_reference")],
    ),
    ex("no-reference", "Tỷ lệ hộ nghèo của huyện giảm 4,07%.", [(None, None)]),
    ex("chiem-no-basis", "Ngành dịch vụ chiếm 60% cơ cấu kinh tế của huyện.", [(None, None)]),
    pytest.param("Năm 2024, thu ngân sách của huyện vượt hơn 9% kế hoạch.", [("kế hoạch", "above_reference")], id='vuot-hon-ke-hoach'),
]


@pytest.mark.parametrize("text,expected", REFERENCES)
def test_percentage_reference_and_basis(text, expected):
    doc = run(text)
    assert [(p.reference, p.basis) for p in doc.percentages] == expected


# ---------------------------------------------------------------- target
# expected: (plan_year, [is_target of each percentage])

TARGETS = [
    ex(
        "phan-dau-in-plan-year",
        "Hội nghị triển khai nhiệm vụ năm 2025 của huyện. Năm 2025, huyện phấn đấu tỷ lệ hộ nghèo giảm 3%.",
        (2025, [True]),
    ),
    ex(
        "phan-dau-two-figures",
        "Hội nghị triển khai nhiệm vụ năm 2025 của huyện. "
        "Năm 2025, huyện phấn đấu tỷ lệ hộ nghèo giảm 3%, tỷ lệ che phủ rừng đạt 45%.",
        (2025, [True, True]),
    ),
    ex(
        "plan-year-inside-clause",
        "Hội nghị triển khai nhiệm vụ năm 2025 của huyện. Huyện phấn đấu thu ngân sách năm 2025 tăng 10% so với năm 2024.",
        (2025, [True]),
    ),
    ex(
        "result-then-goal",
        "Hội nghị tổng kết công tác năm 2024 và triển khai nhiệm vụ năm 2025. "
        "Năm 2024, tỷ lệ hộ nghèo giảm 2,5%. Năm 2025, huyện phấn đấu tỷ lệ hộ nghèo giảm 3%.",
        (2025, [False, True]),
    ),
    ex("result-only", "Năm 2024, tỷ lệ hộ nghèo của huyện giảm 2,5%.", (None, [False])),
    ex(
        "review-of-report-year",
        "Hội nghị tổng kết công tác năm 2024 của huyện. Năm 2024, thu ngân sách đạt 105% kế hoạch.",
        (None, [False]),
    ),
    ex("no-year", "Tỷ lệ hộ nghèo của huyện giảm 4,07%.", (None, [False])),
]


@pytest.mark.parametrize("text,expected", TARGETS)
def test_percentage_is_target(text, expected):
    doc = run(text)
    assert (doc.plan_year, [p.is_target for p in doc.percentages]) == expected


# ---------------------------------------------------------------- indicator counts
# expected: [(count, total, unit, outcome), ...] for every count found

INDICATORS = [
    ex(
        "fraction-with-breakdown",
        "Có 24/30 chỉ tiêu đạt và vượt, trong đó có 09 tiêu chí vượt, 15 tiêu chí đạt.",
        [(24, 30, "chỉ tiêu", "met_or_exceeded"), (9, None, "tiêu chí", "exceeded"), (15, None, "tiêu chí", "met")],
    ),
    ex("con-khong-dat", "Còn 9 chỉ tiêu không đạt.", [(9, None, "chỉ tiêu", "not_met")]),
    ex(
        "outcome-before-fraction",
        "Huyện đạt và vượt 11/11 chỉ tiêu trong lĩnh vực kinh tế.",
        [(11, 11, "chỉ tiêu", "met_or_exceeded")],
    ),
    ex("dat-fraction-khoi", "Huyện đạt 18/18 chỉ tiêu ở khối văn hóa - xã hội.", [(18, 18, "chỉ tiêu", "met")]),
    ex(
        "hoan-thanh-va-vuot",
        "Năm 2024, huyện hoàn thành và vượt 14/14 chỉ tiêu chủ yếu.",
        [(14, 14, "chỉ tiêu", "met_or_exceeded")],
    ),
    ex("number-word", "Năm 2024, huyện có chín chỉ tiêu vượt kế hoạch.", [(9, None, "chỉ tiêu", "exceeded")]),
    ex("number-word-capitalized", "Chín chỉ tiêu vượt kế hoạch.", [(9, None, "chỉ tiêu", "exceeded")]),
    ex(
        "number-word-compound",
        "Có hai mươi lăm chỉ tiêu đạt và vượt kế hoạch của huyện.",
        [(25, None, "chỉ tiêu", "met_or_exceeded")],
    ),
    ex("nhom-chi-tieu", "Huyện có 6 nhóm chỉ tiêu đạt kế hoạch.", [(6, None, "chỉ tiêu", "met")]),
    ex("unit-muc-tieu", "Huyện có 20/21 mục tiêu đạt và vượt kế hoạch.", [(20, 21, "mục tiêu", "met_or_exceeded")]),
    ex("typo-chi-tieu", "Năm 2024, huyện có 20/25 chi tiêu đạt kế hoạch.", [(20, 25, "chỉ tiêu", "met")]),
    ex("trong-tong-so", "Xã đã đạt 15 trong tổng số 18 mục tiêu đề ra.", [(15, 18, "mục tiêu", "met")]),
    ex("trong-n", "Xã đạt 15 trong 18 mục tiêu đề ra.", [(15, 18, "mục tiêu", "met")]),
    ex(
        "exceeded-and-not-met",
        "Năm 2024, toàn huyện có 12 chỉ tiêu vượt kế hoạch, 3 chỉ tiêu chưa đạt.",
        [(12, None, "chỉ tiêu", "exceeded"), (3, None, "chỉ tiêu", "not_met")],
    ),
    ex(
        "met-and-not-met",
        "Kết quả, có 28/32 chỉ tiêu đạt, 4 chỉ tiêu không đạt.",
        [(28, 32, "chỉ tiêu", "met"), (4, None, "chỉ tiêu", "not_met")],
    ),
    ex("planned-is-other", "Năm 2025, huyện phấn đấu hoàn thành 32 chỉ tiêu.", [(32, None, "chỉ tiêu", "other")]),
    pytest.param("Chín chỉ tiêu của huyện đạt và vượt kế hoạch.", [(9, None, "chỉ tiêu", "met_or_exceeded")], id='outcome-after-cua-huyen'),
    # the "Trong N chỉ tiêu" frame is not itself a count (train gold 422, 514, 621 never list it)
    ex(
        "trong-N-frames-the-counts-after-it",
        "Trong 20 chỉ tiêu chủ yếu, có 17 chỉ tiêu đạt và vượt kế hoạch, 3 chỉ tiêu chưa đạt.",
        [(17, 20, "chỉ tiêu", "met_or_exceeded"), (3, 20, "chỉ tiêu", "not_met")],
    ),
    ex("duy-tri-is-met", "Xã tiếp tục duy trì 19/19 tiêu chí nông thôn mới.", [(19, 19, "tiêu chí", "met")]),
    ex(
        "dat-a-share-is-progress",
        "Đến hết tháng 6, có 9/20 chỉ tiêu đạt trên 50% kế hoạch năm.",
        [(9, 20, "chỉ tiêu", "other")],
    ),
]

NOT_INDICATORS = [
    ex("nhiem-vu", "Năm 2024, huyện hoàn thành 14/16 nhiệm vụ trọng tâm.", []),
    ex("dai-bieu", "Kỳ họp có 45/47 đại biểu có mặt.", []),
    ex("xa", "Toàn huyện có 75/98 xã đạt chuẩn nông thôn mới.", []),
    ex("lang", "Xã có 6/6 làng đạt danh hiệu làng văn hóa.", []),
    ex("average-per-commune", "Các xã trong huyện đạt bình quân 17,5 tiêu chí/xã.", []),
    ex("average-decimal", "Bình quân mỗi xã đạt 17,5 tiêu chí nông thôn mới.", []),
    ex("percent-of-indicators", "Huyện đã hoàn thành 100% chỉ tiêu kế hoạch năm 2024.", []),
    ex("percent-of-goals", "Huyện đã đạt 100% mục tiêu đề ra trong năm.", []),
    ex("chi-tieu-as-spending", "Huyện đã thu hút đầu tư, chi tiêu công của huyện đạt 90%.", []),
    pytest.param("Năm 2024 chỉ tiêu thu ngân sách của huyện đạt 110% kế hoạch.", [], id='year-before-chi-tieu'),
]


@pytest.mark.parametrize("text,expected", INDICATORS + NOT_INDICATORS)
def test_indicator_counts(text, expected):
    doc = run(text)
    assert [(c.count, c.total, c.unit, c.outcome) for c in doc.indicator_counts] == expected


# expected: [(status, scope), ...]

STATUS_SCOPE = [
    ex("scope-linh-vuc", "Huyện đạt và vượt 11/11 chỉ tiêu trong lĩnh vực kinh tế.", [("đạt và vượt", "trong lĩnh vực kinh tế")]),
    ex("scope-khoi", "Huyện đạt 18/18 chỉ tiêu ở khối văn hóa - xã hội.", [("đạt", "ở khối văn hóa - xã hội")]),
    ex("status-after", "Còn 9 chỉ tiêu không đạt.", [("không đạt", None)]),
    ex("status-before", "Năm 2024, huyện hoàn thành và vượt 14/14 chỉ tiêu chủ yếu.", [("hoàn thành và vượt", None)]),
    ex("planned-status-kept", "Năm 2025, huyện phấn đấu hoàn thành 32 chỉ tiêu.", [("hoàn thành", None)]),
    ex("number-word-text", "Năm 2024, huyện có chín chỉ tiêu vượt kế hoạch.", [("vượt", None)]),
]


@pytest.mark.parametrize("text,expected", STATUS_SCOPE)
def test_indicator_status_and_scope(text, expected):
    doc = run(text)
    assert [(c.status, c.scope) for c in doc.indicator_counts] == expected


# expected: [(count, total, breakdown_of), ...] for the counts that carry a status
# (a "trong tổng số N chỉ tiêu" frame may itself be reported as a count; it has no status)

STRUCTURE = [
    ex(
        "breakdown-links-to-parent",
        "Có 24/30 chỉ tiêu đạt và vượt, trong đó có 09 tiêu chí vượt, 15 tiêu chí đạt.",
        [(24, 30, None), (9, None, 0), (15, None, 0)],
    ),
    ex(
        "next-sentence-is-not-breakdown",
        "Có 24/30 chỉ tiêu đạt và vượt, trong đó có 09 tiêu chí vượt, 15 tiêu chí đạt. Còn 9 chỉ tiêu không đạt.",
        [(24, 30, None), (9, None, 0), (15, None, 0), (9, None, None)],
    ),
    ex(
        "two-sectors-no-breakdown",
        "Năm 2024, kinh tế của huyện có 10/12 chỉ tiêu đạt và vượt kế hoạch; về văn hóa - xã hội có 8/8 chỉ tiêu đạt.",
        [(10, 12, None), (8, 8, None)],
    ),
    ex(
        "total-frame-trong-tong-so",
        "Trong tổng số 27 chỉ tiêu chủ yếu của huyện, có 14 chỉ tiêu vượt, 12 chỉ tiêu đạt, 1 chỉ tiêu không đạt.",
        [(14, 27, None), (12, 27, None), (1, 27, None)],
    ),
    ex(
        "total-frame-tren-tong-so",
        "Trên tổng số 20 chỉ tiêu của huyện, có 18 chỉ tiêu đạt và vượt, 2 chỉ tiêu không đạt.",
        [(18, 20, None), (2, 20, None)],
    ),
    pytest.param("Có 24/30 chỉ tiêu đạt và vượt, trong đó có 09 tiêu chí vượt, 15 tiêu chí đạt; còn 6 chỉ tiêu không đạt.", [(24, 30, None), (9, None, 0), (15, None, 0), (6, None, None)], id='semicolon-con-is-not-breakdown'),
]


@pytest.mark.parametrize("text,expected", STRUCTURE)
def test_indicator_breakdown_and_total(text, expected):
    doc = run(text)
    assert [(c.count, c.total, c.breakdown_of) for c in doc.indicator_counts if c.status] == expected


# ---------------------------------------------------------------- consistency warnings
# expected: the span texts of each "indicator_counts_inconsistent" warning

CONSISTENCY = [
    ex(
        "breakdown-does-not-sum",
        "Năm 2024, huyện có 24/30 chỉ tiêu đạt và vượt, trong đó có 10 chỉ tiêu vượt, 15 chỉ tiêu đạt.",
        [["24/30 chỉ tiêu đạt và vượt", "10 chỉ tiêu vượt", "15 chỉ tiêu đạt"]],
    ),
    ex(
        "achieved-plus-not-achieved-not-total",
        "Năm 2024, huyện có 24/30 chỉ tiêu đạt và vượt. Còn 9 chỉ tiêu không đạt.",
        [["24/30 chỉ tiêu đạt và vượt", "9 chỉ tiêu không đạt"]],
    ),
    ex(
        "breakdown-sums-but-remainder-does-not",
        "Có 24/30 chỉ tiêu đạt và vượt, trong đó có 09 tiêu chí vượt, 15 tiêu chí đạt. Còn 9 chỉ tiêu không đạt.",
        [["24/30 chỉ tiêu đạt và vượt", "9 chỉ tiêu không đạt"]],
    ),
    ex(
        "met-plus-not-met-same-sentence",
        "Kết quả, có 28/32 chỉ tiêu đạt; 5 chỉ tiêu không đạt.",
        [["28/32 chỉ tiêu đạt", "5 chỉ tiêu không đạt"]],
    ),
    ex(
        "framed-total-does-not-add-up",
        "Trong tổng số 27 chỉ tiêu chủ yếu của huyện, có 25 chỉ tiêu đạt và vượt, 1 chỉ tiêu không đạt.",
        [["25 chỉ tiêu đạt và vượt", "1 chỉ tiêu không đạt"]],
    ),
    ex(
        "breakdown-sums",
        "Có 24/30 chỉ tiêu đạt và vượt, trong đó có 09 tiêu chí vượt, 15 tiêu chí đạt.",
        [],
    ),
    ex("remainder-adds-up", "Năm 2024, huyện có 21/30 chỉ tiêu đạt và vượt. Còn 9 chỉ tiêu không đạt.", []),
    ex("same-sentence-adds-up", "Kết quả, có 28/32 chỉ tiêu đạt, 4 chỉ tiêu không đạt.", []),
    ex(
        "framed-total-adds-up",
        "Trong tổng số 27 chỉ tiêu chủ yếu của huyện, có 26 chỉ tiêu đạt và vượt, 1 chỉ tiêu không đạt.",
        [],
    ),
    ex(
        "tren-tong-so-adds-up",
        "Trên tổng số 20 chỉ tiêu của huyện, có 18 chỉ tiêu đạt và vượt, 2 chỉ tiêu không đạt.",
        [],
    ),
    ex(
        "no-total-no-check",
        "Năm 2024, huyện có 22 chỉ tiêu đạt và vượt, trong đó có 10 chỉ tiêu vượt, 12 chỉ tiêu đạt. Còn 2 chỉ tiêu không đạt.",
        [],
    ),
    pytest.param("Trong tổng số 27 chỉ tiêu chủ yếu của huyện, có 14 chỉ tiêu vượt, 12 chỉ tiêu đạt, 1 chỉ tiêu không đạt.", [], id='framed-exceeded-met-not-met-adds-up'),
    pytest.param("Có 24/30 chỉ tiêu đạt và vượt, trong đó có 09 tiêu chí vượt, 15 tiêu chí đạt; còn 6 chỉ tiêu không đạt.", [], id='semicolon-remainder-adds-up'),
]


@pytest.mark.parametrize("text,expected", CONSISTENCY)
def test_indicator_consistency_warnings(text, expected):
    doc = run(text)
    found = [[s.text for s in w.spans] for w in doc.warnings if w.code == "indicator_counts_inconsistent"]
    assert found == expected
    for w in doc.warnings:
        if w.code == "indicator_counts_inconsistent":
            assert w.message
            assert len(w.spans) >= 2


def test_comparative_hon_is_no_qualifier():
    # "cao hơn 2,2%": higher by 2.2% (exact); "tăng hơn 16%": more than 16%
    from pipeline import extract

    doc = extract("Tăng trưởng đạt 7,4%, cao hơn 2,2% so với năm trước; doanh thu du lịch tăng hơn 16%.")
    assert [(p.value, p.qualifier) for p in doc.percentages] == [(7.4, "exact"), (2.2, "exact"), (16.0, "more_than")]


def test_percentage_points_are_percentages():
    # "tăng 2,5 điểm phần trăm", "20,06 điểm %": the guideline counts every number before "%" or "phần trăm"
    from pipeline import extract

    text = "Tỷ lệ giải ngân tăng 2,5 điểm phần trăm so với cùng kỳ; tỷ lệ tiêm chủng cao hơn 3 điểm %."
    doc = extract(text)
    assert [(p.value, text[p.span.start : p.span.end]) for p in doc.percentages] == [
        (2.5, "2,5 điểm phần trăm"), (3.0, "3 điểm %")]
