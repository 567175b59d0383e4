"""Tests of pipeline.evaluate with hand-made gold/prediction pairs and known answers."""

from __future__ import annotations

import copy
import doctest
import io
import json
import math

import pytest
from rich.console import Console

import pipeline.evaluate as ev
from pipeline.evaluate import (
    FIELDS,
    aggregate,
    context,
    load_gold_dir,
    norm_key,
    prf,
    render_report,
    run_evaluate,
    score_document,
    subject_matches,
)
from pipeline.models import Document, PipelineInfo, Source

# --------------------------------------------------------------------------
# A small hand-written article (old-style tone placement "uỷ", "Hoà" on purpose)
# --------------------------------------------------------------------------

TEXT = (
    "Đồng chí Hoàng Văn Minh, Tỉnh uỷ viên, Bí thư Huyện uỷ chủ trì hội nghị. "
    "Bà Lò Thị Hoà, Phó Chủ tịch UBND huyện báo cáo kết quả.\n"
    "Năm 2024, tổng thu ngân sách trên địa bàn tăng 5% so với cùng kỳ; "
    "chi thường xuyên giảm 5% so với năm trước. Tỷ lệ hộ nghèo giảm còn 3,2%. "
    "Huyện có 18/20 chỉ tiêu đạt và vượt kế hoạch.\n"
    "Năm 2025, huyện phấn đấu hoàn thành xây dựng nông thôn mới; "
    "đồng thời đẩy mạnh cải cách hành chính."
)

GOLD = {
    "id": "t1",
    "report_year": 2024,
    "plan_year": 2025,
    "officials": [
        {
            "name": "Hoàng Văn Minh",
            "titles": ["Tỉnh uỷ viên", "Bí thư Huyện uỷ"],
            "anchor": "Hoàng Văn Minh, Tỉnh uỷ viên",
        },
        {"name": "Lò Thị Hoà", "titles": ["Phó Chủ tịch UBND huyện"], "anchor": "Lò Thị Hoà, Phó Chủ tịch"},
    ],
    "percentages": [
        {
            "value": 5.0,
            "qualifier": "exact",
            "change": "increase",
            "subject": "tổng thu ngân sách",
            "anchor": "địa bàn tăng 5%",
        },
        {
            "value": 5.0,
            "qualifier": "exact",
            "change": "decrease",
            "subject": "chi thường xuyên",
            "anchor": "giảm 5% so với năm trước",
        },
        {"value": 3.2, "qualifier": "exact", "change": None, "subject": "tỷ lệ hộ nghèo", "anchor": "giảm còn 3,2%"},
    ],
    "indicator_counts": [
        {
            "count": 18,
            "total": 20,
            "unit": "chỉ tiêu",
            "outcome": "met_or_exceeded",
            "anchor": "18/20 chỉ tiêu đạt và vượt",
        }
    ],
    "tasks": [
        {"year": 2025, "anchor": "phấn đấu hoàn thành xây dựng nông thôn mới"},
        {"year": 2025, "anchor": "đẩy mạnh cải cách hành chính"},
    ],
}

N_SPANS_PERFECT = 14  # 3+2 official spans, 3 figures + 3 subjects, 1 count, 2 tasks


def test_fixture_anchors_are_unique():
    for fname in FIELDS:
        for item in GOLD[fname]:
            assert TEXT.count(item["anchor"]) == 1, item["anchor"]


# --------------------------------------------------------------------------
# Helpers building predictions (validated through the real pydantic model)
# --------------------------------------------------------------------------


def sp(text: str, sub: str, after: str | None = None) -> dict:
    """Span of the first ``sub`` in ``text`` (at or after ``after`` if given)."""
    base = text.index(after) if after else 0
    start = text.index(sub, base)
    return {"start": start, "end": start + len(sub), "text": sub}


def position(text: str, title: str, written: str | None = None, after: str | None = None) -> dict:
    """A position whose ``text`` is ``title``; its span covers ``written`` (default: title)."""
    return {"title": title, "text": title, "span": sp(text, written or title, after), "rule": "test"}


def official(text: str, name: str, positions: list[dict], written_name: str | None = None) -> dict:
    return {"name": name, "positions": positions, "mentions": [sp(text, written_name or name)], "rule": "test"}


def pct(
    text: str,
    figure: str,
    value: float,
    after: str | None = None,
    *,
    qualifier: str = "exact",
    change: str | None = None,
    subject: str | None = None,
    subject_written: str | None = None,
) -> dict:
    item = {
        "value": value,
        "text": figure,
        "span": sp(text, figure, after),
        "qualifier": qualifier,
        "change": change,
        "subject": subject,
        "rule": "test",
    }
    if subject_written:
        item["subject_span"] = sp(text, subject_written)
    return item


def indicator(text: str, written: str, count: int, total: int | None, outcome: str = "other") -> dict:
    return {
        "count": count,
        "total": total,
        "unit": "chỉ tiêu",
        "outcome": outcome,
        "text": written,
        "span": sp(text, written),
        "rule": "test",
    }


def task(text: str, written: str, year: int | None) -> dict:
    return {"year": year, "text": written, "span": sp(text, written), "rule": "test"}


def make_pred(text: str, **fields) -> dict:
    """A ``Document.model_dump(mode="json")`` dict (validated by pydantic)."""
    doc = Document(
        id=fields.pop("id", "t1"),
        source=Source(sha256="0" * 64, chars=len(text)),
        pipeline=PipelineInfo(version="test"),
        **fields,
    )
    return doc.model_dump(mode="json")


def perfect_fields(text: str = TEXT) -> dict:
    return dict(
        report_year=2024,
        plan_year=2025,
        officials=[
            official(
                text,
                "Hoàng Văn Minh",
                [position(text, "Tỉnh uỷ viên"), position(text, "Bí thư Huyện uỷ")],
            ),
            official(text, "Lò Thị Hoà", [position(text, "Phó Chủ tịch UBND huyện")]),
        ],
        percentages=[
            pct(text, "5%", 5.0, "tăng 5%", change="increase", subject="tổng thu ngân sách",
                subject_written="tổng thu ngân sách"),
            pct(text, "5%", 5.0, "giảm 5%", change="decrease", subject="chi thường xuyên",
                subject_written="chi thường xuyên"),
            pct(text, "3,2%", 3.2, subject="Tỷ lệ hộ nghèo", subject_written="Tỷ lệ hộ nghèo"),
        ],
        indicator_counts=[indicator(text, "18/20 chỉ tiêu", 18, 20, "met_or_exceeded")],
        tasks=[
            task(text, "phấn đấu hoàn thành xây dựng nông thôn mới", 2025),
            task(text, "đẩy mạnh cải cách hành chính", 2025),
        ],
    )


def perfect_pred() -> dict:
    return make_pred(TEXT, **perfect_fields())


def counts(score, fname):
    c = score.fields[fname]
    return (c.tp, c.fp, c.fn, c.strict_tp)


# --------------------------------------------------------------------------
# norm_key and small rules
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "a, b",
    [
        ("Huyện uỷ", "Huyện ủy"),
        ("Tỉnh uỷ viên", "Tỉnh ủy viên"),
        ("UỶ BAN", "ủy ban"),
        ("hoà", "hòa"),
        ("Lò Thị Hoà", "lò thị hòa"),
        ("khoẻ mạnh", "khỏe mạnh"),
        ("thuỷ lợi", "thủy lợi"),
        ("hoạ sĩ", "họa sĩ"),
        ("  Bí   thư\tHuyện ủy ", "bí thư huyện ủy"),
        ("Hoa\u0300", "hoà"),  # decomposed input (NFD)
        ("HĐND huyện", "hđnd huyện"),
    ],
)
def test_norm_key_equal(a, b):
    assert norm_key(a) == norm_key(b)


@pytest.mark.parametrize(
    "a, b",
    [
        ("Huyện ủy", "Huyện úy"),  # different tone
        ("hòa", "hoa"),  # tone vs none
        ("Bí thư", "Phó Bí thư"),
        ("thư", "thu"),  # different letter
    ],
)
def test_norm_key_different(a, b):
    assert norm_key(a) != norm_key(b)


def test_norm_key_keeps_words_without_tone_and_modern_form():
    assert norm_key("Quốc hội") == "quốc hội"
    assert norm_key("Huyện uỷ") == "huyện ủy"  # canonical form is the press style
    assert norm_key("ngoài") == norm_key("ngòai") == "ngoài"
    assert norm_key("giữ gìn") == "giữ gìn"
    assert norm_key(None) == ""


@pytest.mark.parametrize(
    "tp, fp, fn, expected",
    [
        (0, 0, 0, (1.0, 1.0, 1.0)),
        (0, 0, 3, (1.0, 0.0, 0.0)),
        (0, 3, 0, (0.0, 1.0, 0.0)),
        (2, 1, 0, (2 / 3, 1.0, 0.8)),
        (2, 0, 1, (1.0, 2 / 3, 0.8)),
        (1, 1, 1, (0.5, 0.5, 0.5)),
    ],
)
def test_prf_conventions(tp, fp, fn, expected):
    for got, want in zip(prf(tp, fp, fn), expected):
        assert got == pytest.approx(want)


@pytest.mark.parametrize(
    "gold, pred, ok",
    [
        ("tỷ lệ hộ nghèo", "tỷ lệ hộ nghèo", True),
        ("tỷ lệ hộ nghèo", "Tỷ lệ hộ nghèo", True),
        ("thuỷ lợi", "thủy lợi", True),
        ("tỷ lệ hộ nghèo", "tỷ lệ hộ nghèo trên địa bàn toàn huyện", True),  # +5 syllables
        ("thu ngân sách", "tổng thu ngân sách nhà nước trên địa bàn", True),  # +6
        ("thu ngân sách", "tổng thu ngân sách nhà nước trên địa bàn huyện", False),  # +7
        ("tỷ lệ hộ nghèo", "tỷ lệ hộ", False),
        ("tỷ lệ hộ nghèo", None, False),
        (None, None, True),
        (None, "", True),
        (None, "tỷ lệ hộ nghèo", False),
    ],
)
def test_subject_rule(gold, pred, ok):
    assert subject_matches(gold, pred) is ok


def test_context_snippet():
    text = "Dòng một.\nHuyện tăng 5% so với\r\ncùng kỳ năm trước."
    start = text.index("5%")
    snippet = context(text, start, start + 2)
    assert "[5%]" in snippet
    assert "\n" not in snippet and "\r" not in snippet
    assert len(snippet) <= 2 + 60 + 4


def test_module_doctests():
    import pipeline.scoring

    result = doctest.testmod(pipeline.scoring)
    assert result.attempted > 0
    assert result.failed == 0


# --------------------------------------------------------------------------
# Whole-document cases with known answers
# --------------------------------------------------------------------------


def test_pred_helpers_are_grounded():
    pred = perfect_pred()
    for p in pred["percentages"]:
        s = p["span"]
        assert TEXT[s["start"] : s["end"]] == s["text"]


def test_perfect_prediction():
    score = score_document(TEXT, GOLD, perfect_pred())
    assert counts(score, "officials") == (2, 0, 0, 2)
    assert counts(score, "percentages") == (3, 0, 0, 3)
    assert counts(score, "indicator_counts") == (1, 0, 0, 1)
    assert counts(score, "tasks") == (2, 0, 0, 2)
    assert score.report_year_correct and score.plan_year_correct
    assert (score.spans_grounded, score.spans_total) == (N_SPANS_PERFECT, N_SPANS_PERFECT)
    assert not score.misses and not score.spurious and not score.attribute_errors
    assert not score.ungrounded and not score.warnings

    report = aggregate([score])
    for fname in FIELDS:
        fr = report.fields[fname]
        assert (fr.precision, fr.recall, fr.f1, fr.strict_f1) == (1.0, 1.0, 1.0, 1.0)
    assert report.fields["officials"].counts.titles.f1 == 1.0
    assert report.macro_f1 == 1.0 and report.macro_strict_f1 == 1.0
    assert report.report_year_accuracy == 1.0 and report.plan_year_accuracy == 1.0
    assert report.grounded_share == 1.0
    d = report.to_dict()
    assert d["fields"]["percentages"]["attributes"]["subject"] == {"correct": 3, "total": 3, "accuracy": 1.0}
    assert d["fields"]["tasks"]["attributes"]["year"]["accuracy"] == 1.0


@pytest.mark.parametrize("pred", [{}, None, "model"], ids=["empty-dict", "none", "empty-model"])
def test_empty_prediction(pred):
    if pred == "model":
        pred = make_pred(TEXT)
    score = score_document(TEXT, GOLD, pred)
    assert counts(score, "officials") == (0, 0, 2, 0)
    assert counts(score, "percentages") == (0, 0, 3, 0)
    assert counts(score, "indicator_counts") == (0, 0, 1, 0)
    assert counts(score, "tasks") == (0, 0, 2, 0)
    assert len(score.misses) == 8
    report = aggregate([score])
    for fname in FIELDS:
        fr = report.fields[fname]
        assert fr.recall == 0.0
        assert fr.precision == 1.0  # nothing predicted: P = 1.0 by convention
        assert fr.f1 == 0.0 and fr.strict_f1 == 0.0
        for name in ev.ATTRIBUTES[fname]:
            assert fr.attribute_accuracy(name) is None
    assert report.macro_f1 == 0.0 and report.macro_strict_f1 == 0.0
    assert report.report_year_accuracy == 0.0 and report.plan_year_accuracy == 0.0
    assert report.grounded_share is None  # no spans at all


@pytest.mark.parametrize(
    "fname, index, expected",
    [
        ("officials", 1, (1, 0, 1, 1)),
        ("percentages", 2, (2, 0, 1, 2)),
        ("indicator_counts", 0, (0, 0, 1, 0)),
        ("tasks", 0, (1, 0, 1, 1)),
    ],
)
def test_one_miss(fname, index, expected):
    fields = perfect_fields()
    del fields[fname][index]
    score = score_document(TEXT, GOLD, make_pred(TEXT, **fields))
    assert counts(score, fname) == expected
    assert len(score.misses) == 1 and score.misses[0].field == fname
    assert not score.spurious
    fr = aggregate([score]).fields[fname]
    tp, _, fn, _ = expected
    assert fr.precision == 1.0
    assert fr.recall == pytest.approx(tp / (tp + fn))
    # the miss carries a context snippet around its anchor
    anchor = GOLD[fname][index]["anchor"]
    assert f"[{anchor}]" in score.misses[0].context


def test_one_miss_percentage_figures():
    fields = perfect_fields()
    del fields["percentages"][2]
    report = aggregate([score_document(TEXT, GOLD, make_pred(TEXT, **fields))])
    fr = report.fields["percentages"]
    assert (fr.precision, fr.recall) == (1.0, pytest.approx(2 / 3))
    assert fr.f1 == pytest.approx(0.8)
    assert report.macro_f1 == pytest.approx((1 + 0.8 + 1 + 1) / 4)


@pytest.mark.parametrize(
    "fname, extra",
    [
        ("officials", lambda t: official(t, "Nguyễn Văn Ba", [], written_name="Hoàng Văn Minh")),
        ("percentages", lambda t: pct(t, "3,2%", 3.2, subject="tỷ lệ hộ nghèo")),  # duplicate of a match
        ("indicator_counts", lambda t: indicator(t, "18/20", 18, 20, "met_or_exceeded")),  # duplicate
        ("tasks", lambda t: task(t, "chủ trì hội nghị", 2025)),
    ],
)
def test_one_spurious(fname, extra):
    fields = perfect_fields()
    fields[fname].append(extra(TEXT))
    score = score_document(TEXT, GOLD, make_pred(TEXT, **fields))
    n = len(GOLD[fname])
    assert counts(score, fname) == (n, 1, 0, n)
    assert len(score.spurious) == 1 and score.spurious[0].field == fname
    assert score.spurious[0].context  # located by its span / first mention
    assert not score.misses
    fr = aggregate([score]).fields[fname]
    assert fr.recall == 1.0
    assert fr.precision == pytest.approx(n / (n + 1))


# ---- duplicate values at different places ---------------------------------

DUP_TEXT = "Doanh thu tăng 5% so với cùng kỳ, chi phí giảm 5% so với năm trước."
DUP_GOLD_INC = {"value": 5.0, "qualifier": "exact", "change": "increase", "subject": "Doanh thu", "anchor": "tăng 5%"}
DUP_GOLD_DEC = {"value": 5.0, "qualifier": "exact", "change": "decrease", "subject": "chi phí", "anchor": "giảm 5%"}


def _dup_gold(items):
    return {"report_year": None, "plan_year": None, "officials": [], "indicator_counts": [], "tasks": [],
            "percentages": items}


@pytest.mark.parametrize(
    "gold_items, pred_after, expected",
    [
        # prediction on the wrong occurrence of the same "5%" must not match
        ([DUP_GOLD_INC], ["giảm"], (0, 1, 1)),
        ([DUP_GOLD_INC], ["tăng"], (1, 0, 0)),
        ([DUP_GOLD_INC, DUP_GOLD_DEC], ["giảm"], (1, 0, 1)),
        ([DUP_GOLD_INC, DUP_GOLD_DEC], ["tăng", "giảm"], (2, 0, 0)),
        # two predictions at the same place: only one can match
        ([DUP_GOLD_INC, DUP_GOLD_DEC], ["tăng", "tăng"], (1, 1, 1)),
    ],
)
def test_duplicate_values_at_different_places(gold_items, pred_after, expected):
    preds = [pct(DUP_TEXT, "5%", 5.0, after, subject="x") for after in pred_after]
    score = score_document(DUP_TEXT, _dup_gold(gold_items), make_pred(DUP_TEXT, percentages=preds))
    assert counts(score, "percentages")[:3] == expected


def test_wrong_value_at_right_place_is_no_match():
    preds = [pct(DUP_TEXT, "5%", 15.0, "tăng", change="increase", subject="Doanh thu")]
    score = score_document(DUP_TEXT, _dup_gold([DUP_GOLD_INC]), make_pred(DUP_TEXT, percentages=preds))
    assert counts(score, "percentages") == (0, 1, 1, 0)


def test_duplicate_values_matching_prefers_all_right_attributes():
    # both predictions overlap both anchors (spans cover the whole clause);
    # the matcher pairs each gold with the prediction whose attributes are right
    inc = pct(DUP_TEXT, "Doanh thu tăng 5% so với cùng kỳ, chi phí giảm 5%", 5.0, change="decrease", subject="chi phí")
    dec = pct(DUP_TEXT, "Doanh thu tăng 5% so với cùng kỳ, chi phí giảm 5%", 5.0, change="increase", subject="Doanh thu")
    gold = _dup_gold([DUP_GOLD_INC, DUP_GOLD_DEC])
    score = score_document(DUP_TEXT, gold, make_pred(DUP_TEXT, percentages=[inc, dec]))
    assert counts(score, "percentages") == (2, 0, 0, 2)


# ---- title tone placement ---------------------------------------------------


@pytest.mark.parametrize(
    "gold_titles, pred_titles, title_counts, strict",
    [
        (["Bí thư Huyện uỷ"], ["Bí thư Huyện ủy"], (1, 0, 0), True),
        (["Bí thư Huyện ủy"], ["Bí thư Huyện uỷ"], (1, 0, 0), True),
        (["Tỉnh uỷ viên", "Bí thư Huyện uỷ"], ["bí thư huyện ủy", "tỉnh ủy viên"], (2, 0, 0), True),
        (["Tỉnh uỷ viên", "Bí thư Huyện uỷ"], ["Bí thư Huyện ủy"], (1, 0, 1), False),
        (["Bí thư Huyện uỷ"], ["Bí thư Huyện ủy", "Bí thư Huyện ủy"], (1, 1, 0), False),  # multiset
        (["Bí thư Huyện uỷ"], ["Phó Bí thư Huyện ủy"], (0, 1, 1), False),
        ([], [], (0, 0, 0), True),
    ],
)
def test_title_tone_variants(gold_titles, pred_titles, title_counts, strict):
    text = "Đồng chí Hoàng Văn Minh, Tỉnh uỷ viên, Bí thư Huyện uỷ phát biểu."
    gold = {"report_year": None, "plan_year": None, "percentages": [], "indicator_counts": [], "tasks": [],
            "officials": [{"name": "Hoàng Văn Minh", "titles": gold_titles, "anchor": "Hoàng Văn Minh"}]}
    positions = [position(text, t, written="Bí thư Huyện uỷ") for t in pred_titles]
    pred = make_pred(text, officials=[official(text, "Hoàng Văn Minh", positions)])
    score = score_document(text, gold, pred)
    c = score.fields["officials"]
    assert (c.tp, c.fp, c.fn) == (1, 0, 0)
    assert (c.titles.tp, c.titles.fp, c.titles.fn) == title_counts
    assert c.strict_tp == int(strict)
    assert len(score.attribute_errors) == int(not strict)


@pytest.mark.parametrize("pred_name, matched", [("Lò Thị Hòa", True), ("LÒ THỊ HOÀ", True), ("Lò Thị Hoa", False)])
def test_official_name_tone_variants(pred_name, matched):
    fields = perfect_fields()
    fields["officials"][1]["name"] = pred_name
    score = score_document(TEXT, GOLD, make_pred(TEXT, **fields))
    assert counts(score, "officials")[:3] == ((2, 0, 0) if matched else (1, 1, 1))


def test_duplicate_official_prediction_is_spurious():
    fields = perfect_fields()
    fields["officials"].append(copy.deepcopy(fields["officials"][0]))
    score = score_document(TEXT, GOLD, make_pred(TEXT, **fields))
    assert counts(score, "officials") == (2, 1, 0, 2)


# ---- strict vs non-strict ---------------------------------------------------


def test_strict_vs_non_strict():
    fields = perfect_fields()
    fields["officials"][0]["positions"].pop()  # Minh misses "Bí thư Huyện uỷ"
    fields["percentages"][0]["qualifier"] = "more_than"  # wrong qualifier
    fields["percentages"][1]["subject"] = "chi"  # too short a subject
    fields["indicator_counts"][0]["outcome"] = "met"  # wrong outcome
    fields["tasks"][1]["year"] = 2024  # wrong year
    fields["report_year"] = 2023
    score = score_document(TEXT, GOLD, make_pred(TEXT, **fields))
    assert counts(score, "officials") == (2, 0, 0, 1)
    assert counts(score, "percentages") == (3, 0, 0, 1)
    assert counts(score, "indicator_counts") == (1, 0, 0, 0)
    assert counts(score, "tasks") == (2, 0, 0, 1)
    assert not score.report_year_correct and score.plan_year_correct
    assert len(score.attribute_errors) == 6  # 1 + 2 + 1 + 1 + report_year

    report = aggregate([score])
    f = report.fields
    assert [f[x].f1 for x in FIELDS] == [1.0, 1.0, 1.0, 1.0]
    assert f["officials"].strict_f1 == pytest.approx(0.5)
    assert f["percentages"].strict_f1 == pytest.approx(1 / 3)
    assert f["indicator_counts"].strict_f1 == 0.0
    assert f["tasks"].strict_f1 == pytest.approx(0.5)
    assert report.macro_f1 == 1.0
    assert report.macro_strict_f1 == pytest.approx((0.5 + 1 / 3 + 0 + 0.5) / 4)
    assert f["officials"].counts.titles.recall == pytest.approx(2 / 3)
    assert f["percentages"].attribute_accuracy("qualifier") == pytest.approx(2 / 3)
    assert f["percentages"].attribute_accuracy("subject") == pytest.approx(2 / 3)
    assert f["percentages"].attribute_accuracy("change") == 1.0
    assert f["indicator_counts"].attribute_accuracy("outcome") == 0.0
    assert f["tasks"].attribute_accuracy("year") == 0.5
    assert report.report_year_accuracy == 0.0 and report.plan_year_accuracy == 1.0


@pytest.mark.parametrize(
    "gold_subject, pred_subject, ok",
    [(None, None, True), (None, "doanh thu", False), ("Doanh thu", None, False)],
)
def test_null_gold_subject_matches_only_null(gold_subject, pred_subject, ok):
    gold = _dup_gold([dict(DUP_GOLD_INC, subject=gold_subject)])
    preds = [pct(DUP_TEXT, "5%", 5.0, "tăng", change="increase", subject=pred_subject)]
    score = score_document(DUP_TEXT, gold, make_pred(DUP_TEXT, percentages=preds))
    assert counts(score, "percentages") == (1, 0, 0, int(ok))


@pytest.mark.parametrize(
    "pred_count, pred_total, expected",
    [(18, 20, (1, 0, 0)), (18, None, (0, 1, 1)), (20, 20, (0, 1, 1))],
)
def test_indicator_count_needs_equal_count_and_total(pred_count, pred_total, expected):
    fields = perfect_fields()
    fields["indicator_counts"][0].update(count=pred_count, total=pred_total)
    score = score_document(TEXT, GOLD, make_pred(TEXT, **fields))
    assert counts(score, "indicator_counts")[:3] == expected


def test_one_task_prediction_covering_two_gold_anchors_matches_one():
    fields = perfect_fields()
    fields["tasks"] = [
        task(TEXT, "phấn đấu hoàn thành xây dựng nông thôn mới; đồng thời đẩy mạnh cải cách hành chính", 2025)
    ]
    score = score_document(TEXT, GOLD, make_pred(TEXT, **fields))
    assert counts(score, "tasks") == (1, 0, 1, 1)


# ---- grounding ------------------------------------------------------------


@pytest.mark.parametrize(
    "corrupt, grounded",
    [
        (lambda f: None, N_SPANS_PERFECT),
        (lambda f: f["percentages"][0]["span"].update(text="6%"), N_SPANS_PERFECT - 1),
        (lambda f: f["tasks"][0]["span"].update(start=f["tasks"][0]["span"]["start"] + 1), N_SPANS_PERFECT - 1),
        (lambda f: f["officials"][0]["mentions"][0].update(start=10_000, end=10_005), N_SPANS_PERFECT - 1),
        (lambda f: f["percentages"][2]["subject_span"].update(text="tỷ lệ hộ nghèo"), N_SPANS_PERFECT - 1),
    ],
    ids=["none", "wrong-text", "shifted", "out-of-range", "case-changed-subject"],
)
def test_grounded_share(corrupt, grounded):
    fields = perfect_fields()
    corrupt(fields)
    score = score_document(TEXT, GOLD, make_pred(TEXT, **fields))
    assert (score.spans_grounded, score.spans_total) == (grounded, N_SPANS_PERFECT)
    assert len(score.ungrounded) == N_SPANS_PERFECT - grounded
    report = aggregate([score])
    assert report.grounded_share == pytest.approx(grounded / N_SPANS_PERFECT)


def test_grounded_counts_warning_spans():
    pred = make_pred(
        DUP_TEXT,
        warnings=[{"code": "x", "message": "m", "spans": [sp(DUP_TEXT, "Doanh thu"), {"start": 0, "end": 3, "text": "abc"}]}],
    )
    score = score_document(DUP_TEXT, _dup_gold([]), pred)
    assert (score.spans_grounded, score.spans_total) == (1, 2)


# ---- gold errors ----------------------------------------------------------


def test_gold_anchor_not_found_is_warning_and_skipped():
    gold = copy.deepcopy(GOLD)
    gold["percentages"].append(
        {"value": 7.0, "qualifier": "exact", "change": "increase", "subject": "x", "anchor": "tăng 7% so với"}
    )
    gold["tasks"].append({"year": 2025, "anchor": "không có trong bài"})
    score = score_document(TEXT, gold, perfect_pred())
    assert counts(score, "percentages") == (3, 0, 0, 3)  # the bad item is skipped, not missed
    assert counts(score, "tasks") == (2, 0, 0, 2)
    assert len(score.warnings) == 2
    assert all(w.kind == "gold_error" for w in score.warnings)
    report = aggregate([score])
    assert report.macro_strict_f1 == 1.0
    d = report.to_dict()
    assert len(d["warnings"]) == 2
    assert d["warnings"][0]["doc_id"] == "t1" and "tăng 7% so với" in d["warnings"][0]["message"]


def test_gold_anchor_not_unique_uses_first_occurrence_with_warning():
    gold = _dup_gold([dict(DUP_GOLD_INC, anchor="5%")])
    preds = [pct(DUP_TEXT, "5%", 5.0, "tăng", change="increase", subject="Doanh thu")]
    score = score_document(DUP_TEXT, gold, make_pred(DUP_TEXT, percentages=preds))
    assert counts(score, "percentages") == (1, 0, 0, 1)
    assert len(score.warnings) == 1 and "not unique" in score.warnings[0].message


# ---- aggregation ----------------------------------------------------------


def test_micro_aggregation_over_documents():
    perfect = score_document(TEXT, GOLD, perfect_pred(), doc_id="a")
    empty = score_document(TEXT, GOLD, {}, doc_id="b")
    report = aggregate([perfect, empty])
    assert report.n_documents == 2
    fr = report.fields["percentages"]
    assert (fr.counts.tp, fr.counts.fp, fr.counts.fn) == (3, 0, 3)
    assert fr.precision == 1.0 and fr.recall == 0.5
    assert fr.f1 == pytest.approx(2 / 3)
    assert report.report_year_accuracy == 0.5
    assert report.grounded_share == 1.0
    d = report.to_dict()
    json.dumps(d)  # JSON-able
    for key in ("macro_f1", "macro_strict_f1", "report_year_accuracy", "plan_year_accuracy",
                "grounded_share", "n_documents", "fields"):
        assert key in d
    for fname in FIELDS:
        for key in ("tp", "fp", "fn", "precision", "recall", "f1", "strict_f1", "attributes"):
            assert key in d["fields"][fname]
    assert "titles" in d["fields"]["officials"]
    assert d["macro_f1"] == pytest.approx(sum(d["fields"][f]["f1"] for f in FIELDS) / 4)
    assert not any(isinstance(v, float) and math.isnan(v) for v in d.values())


# ---- I/O and runner ---------------------------------------------------------


def _write_gold_dir(tmp_path, crlf: bool = False):
    text = TEXT.replace("\n", "\r\n") if crlf else TEXT
    (tmp_path / "t1.txt").write_bytes(text.encode("utf-8"))
    (tmp_path / "t1.gold.json").write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "t2.txt").write_bytes(DUP_TEXT.encode("utf-8"))
    (tmp_path / "t2.gold.json").write_text(
        json.dumps(dict(_dup_gold([DUP_GOLD_INC]), id="t2"), ensure_ascii=False), encoding="utf-8"
    )
    (tmp_path / "t3.txt").write_text("Không có gold.", encoding="utf-8")  # ignored
    return text


def test_load_gold_dir_keeps_crlf(tmp_path):
    text = _write_gold_dir(tmp_path, crlf=True)
    docs = load_gold_dir(tmp_path)
    assert [d[0] for d in docs] == ["t1", "t2"]
    assert docs[0][1] == text and "\r\n" in docs[0][1]
    assert docs[0][2]["report_year"] == 2024


def test_run_evaluate_with_pred_dir(tmp_path):
    gold_dir = tmp_path / "gold"
    pred_dir = tmp_path / "pred"
    gold_dir.mkdir()
    pred_dir.mkdir()
    _write_gold_dir(gold_dir)
    (pred_dir / "t1.json").write_text(json.dumps(perfect_pred(), ensure_ascii=False), encoding="utf-8")
    # t2.json missing: empty prediction
    report, scores = run_evaluate(gold_dir, pred_dir=pred_dir)
    assert [s.doc_id for s in scores] == ["t1", "t2"]
    assert report.n_documents == 2
    assert counts(scores[0], "percentages") == (3, 0, 0, 3)
    assert counts(scores[1], "percentages") == (0, 0, 1, 0)
    assert report.fields["percentages"].recall == pytest.approx(3 / 4)


def test_run_evaluate_with_extract_fn_and_crlf(tmp_path):
    _write_gold_dir(tmp_path, crlf=True)
    seen = []

    def extract(text, doc_id):
        seen.append(doc_id)
        # offsets are computed on the text as read (with "\r\n" kept)
        fields = perfect_fields(text) if doc_id == "t1" else {}
        doc = Document(id=doc_id, source=Source(sha256="0" * 64, chars=len(text)),
                       pipeline=PipelineInfo(version="test"), **fields)
        return doc if doc_id == "t1" else doc.model_dump(mode="json")  # a model or a dict

    report, scores = run_evaluate(tmp_path, extract_fn=extract)
    assert seen == ["t1", "t2"]
    assert counts(scores[0], "tasks") == (2, 0, 0, 2)
    assert scores[0].spans_grounded == scores[0].spans_total == N_SPANS_PERFECT


def test_run_evaluate_needs_a_source(tmp_path):
    with pytest.raises(ValueError):
        run_evaluate(tmp_path)


def test_render_report():
    fields = perfect_fields()
    del fields["percentages"][2]
    fields["tasks"].append(task(TEXT, "chủ trì hội nghị", 2025))
    fields["tasks"][0]["year"] = 2024
    scores = [score_document(TEXT, GOLD, make_pred(TEXT, **fields), doc_id="doc-42")]
    report = aggregate(scores)

    buf = io.StringIO()
    render_report(report, console=Console(file=buf, width=200, color_system=None))
    out = buf.getvalue()
    for needle in ("Officials", "Percentages", "Indicator counts", "Tasks", "strict F1",
                   "macro F1", "macro strict F1", "grounded", "subject accuracy", "title F1"):
        assert needle in out
    assert "doc-42" not in out  # errors not listed by default

    buf = io.StringIO()
    render_report(report, console=Console(file=buf, width=250, color_system=None), errors=True, scores=scores)
    out = buf.getvalue()
    assert "doc-42" in out
    for kind in ("miss", "spurious", "attribute"):
        assert kind in out
    assert "[giảm còn 3,2%]" in out  # context of the miss (anchor marked), not eaten as markup
