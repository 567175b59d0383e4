"""Accuracy regression guard on the dev set (skipped when ../shared/eval/dev is absent).

The figures are recorded in docs/accuracy.md; these floors sit a little below them so that a
change that makes extraction worse fails here, while small shifts do not.
"""

import pytest

from pipeline import extract
from pipeline.evaluate import run_evaluate

FLOORS = {
    ("officials", "f1"): 0.95,
    ("percentages", "f1"): 0.97,
    ("indicator_counts", "f1"): 0.95,
    ("tasks", "f1"): 0.90,
}


@pytest.fixture(scope="module")
def report(dev_dir):
    rep, _scores = run_evaluate(dev_dir, extract_fn=extract)
    return rep.to_dict()


@pytest.mark.parametrize("field,measure", list(FLOORS), ids=["-".join(k) for k in FLOORS])
def test_field_floor(report, field, measure):
    assert report["fields"][field][measure] >= FLOORS[(field, measure)]


def test_attributes_and_grounding(report):
    f = report["fields"]
    assert f["officials"]["titles"]["f1"] >= 0.90
    assert f["percentages"]["attributes"]["subject"]["accuracy"] >= 0.85
    assert f["percentages"]["attributes"]["qualifier"]["accuracy"] >= 0.95
    assert f["percentages"]["attributes"]["change"]["accuracy"] >= 0.95
    assert f["indicator_counts"]["attributes"]["outcome"]["accuracy"] >= 0.90
    assert f["tasks"]["attributes"]["year"]["accuracy"] >= 0.95
    assert report["grounded_share"] == 1.0
    assert report["macro_strict_f1"] >= 0.90


def test_years_targets(report):
    """Issue 6: report_year and plan_year accuracy >= 0.95."""
    assert report["report_year_accuracy"] >= 0.95
    assert report["plan_year_accuracy"] >= 0.95
