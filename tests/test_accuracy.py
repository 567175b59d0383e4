"""Accuracy regression guard on the dev, train and val sets (skipped when ../shared/eval is
absent; train and val are slow) and on our own evaluation sets in tests/eval_own and tests/eval_long (36 long
invented reviews; both always run).

The figures are recorded in docs/accuracy.md; these floors sit a little below them so that a
change that makes extraction worse fails here, while small shifts do not.
"""

from pathlib import Path

import pytest

from pipeline import extract
from pipeline.scoring import run_evaluate

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


OWN = Path(__file__).resolve().parent / "eval_own"
# figures on tests/eval_own when these floors were set (2026-11-29): officials F1 1.000, title F1
# 0.983, percentages F1 1.000 (subject 0.858), indicator counts F1 1.000 (outcome 0.982), tasks F1
# 0.952 (year 0.955), report_year 0.906, plan_year 0.969
OWN_FLOORS = {
    ("officials", "f1"): 0.95,
    ("percentages", "f1"): 0.97,
    ("indicator_counts", "f1"): 0.95,
    ("tasks", "f1"): 0.90,
}


def _report(path: Path) -> dict:
    rep, _scores = run_evaluate(str(path), extract_fn=extract)
    return rep.to_dict()


@pytest.fixture(scope="module")
def own_report():
    return _report(OWN)


@pytest.mark.parametrize("path,prefix,count", [("eval_own", "own", 32), ("eval_long", "long", 36)])
def test_own_sets_are_complete(path, prefix, count):
    folder = Path(__file__).resolve().parent / path
    texts = sorted(p.stem for p in folder.glob(prefix + "*.txt"))
    golds = sorted(p.name[: -len(".gold.json")] for p in folder.glob(prefix + "*.gold.json"))
    assert len(texts) == count and texts == golds


@pytest.mark.parametrize("field,measure", list(OWN_FLOORS), ids=["-".join(k) for k in OWN_FLOORS])
def test_own_field_floor(own_report, field, measure):
    assert own_report["fields"][field][measure] >= OWN_FLOORS[(field, measure)]


def test_own_attributes_and_years(own_report):
    f = own_report["fields"]
    assert f["officials"]["titles"]["f1"] >= 0.93
    assert f["percentages"]["attributes"]["subject"]["accuracy"] >= 0.80
    assert f["percentages"]["attributes"]["qualifier"]["accuracy"] >= 0.95
    assert f["tasks"]["attributes"]["year"]["accuracy"] >= 0.90
    assert own_report["report_year_accuracy"] >= 0.85
    assert own_report["plan_year_accuracy"] >= 0.90
    assert own_report["grounded_share"] == 1.0


LONG = Path(__file__).resolve().parent / "eval_long"
# figures on tests/eval_long when these floors were set (2026-12-05, sixteenth round, 36 reviews): macro strict 0.939,
# officials strict 0.966, percentages strict 0.915 (subject 0.916), indicator counts strict 0.955, tasks strict 0.920
# (F1 0.958), plan_year 0.972 (long25–36 were measured blind at 0.910 with the round's start code; long01–24 had
# floors 0.92 / 0.95 / 0.87 / 0.95 / 0.92 / 0.88 in the fifteenth round)


@pytest.fixture(scope="module")
def long_report():
    return _report(LONG)


def test_long_reviews_floors(long_report):
    """Full-length reviews (2.5–6.3k characters, plan sections with 10–25 tasks): issue 13 asks to test on such text."""
    f = long_report["fields"]
    assert long_report["macro_strict_f1"] >= 0.925
    assert f["officials"]["strict_f1"] >= 0.95
    assert f["percentages"]["attributes"]["subject"]["accuracy"] >= 0.90
    assert f["indicator_counts"]["strict_f1"] >= 0.94
    assert f["tasks"]["f1"] >= 0.94
    assert f["tasks"]["strict_f1"] >= 0.90
    assert long_report["grounded_share"] == 1.0


# Floors for the articles the rules were not written from (train: read and tuned on; val: figures
# only). Figures when set (2026-12-04, thirteenth round, docs/accuracy.md): train macro strict 0.929 (tasks strict 0.829), val
# 0.875 (val officials strict 0.980, percentages strict 0.862, indicator counts strict 0.931, tasks strict 0.727, plan
# year 0.867); val percentages raised in the fifteenth round (strict 0.872: comma pairs); val macro, tasks and plan year
# raised in the eighteenth round (0.891, tasks strict 0.779, plan year 0.900: the plan year the tasks name); val report
# and plan year raised in the nineteenth round (0.967 / 0.933: a school year counted by the year it ends); train macro,
# percentages and tasks raised in the twenty-first round (0.936, percentages strict 0.956, tasks strict 0.834); val macro,
# percentages and indicator counts, train macro and tasks raised in the twenty-fifth round (val 0.910, percentages strict
# 0.883, indicator counts strict 1.000; train 0.943, tasks strict 0.863); val macro and percentages raised in the
# twenty-sixth round (0.913, percentages strict 0.895: a range's high bound under its own "dưới", train 102); val macro
# and percentages, train macro raised in the twenty-seventh round (val 0.916, percentages strict 0.905; train 0.946: a
# figure chained after another takes its subject, f8f0fee); train macro and percentages raised in the twenty-eighth round
# (0.947, percentages strict 0.969: a place's figure after a word of the list's quantity, an ellipsis going on); train
# macro, tasks and years raised in the twenty-ninth round (0.948, tasks strict 0.870, report year 0.923, plan year 0.987:
# a January article describing its own year plans it, train 030).
UNSEEN_FLOORS = {
    "train": {"macro_strict_f1": 0.943, "officials": 0.94, "percentages": 0.960, "indicator_counts": 0.97, "tasks": 0.86,
              "report_year_accuracy": 0.91, "plan_year_accuracy": 0.97},
    "val": {"macro_strict_f1": 0.908, "officials": 0.97, "percentages": 0.895, "indicator_counts": 0.98, "tasks": 0.76,
            "report_year_accuracy": 0.95, "plan_year_accuracy": 0.92},
}


@pytest.mark.slow
@pytest.mark.parametrize("name", ["train", "val"])
def test_unseen_set_floors(name, request):
    """Strict F1 per field, macro strict F1 and year accuracies stay above the recorded floors."""
    path = request.getfixturevalue(name + "_dir")
    rep = run_evaluate(path, extract_fn=extract)[0].to_dict()
    floors = UNSEEN_FLOORS[name]
    got = {k: rep[k] for k in ("macro_strict_f1", "report_year_accuracy", "plan_year_accuracy")}
    got.update({f: rep["fields"][f]["strict_f1"] for f in ("officials", "percentages", "indicator_counts", "tasks")})
    assert {k: v for k, v in got.items() if v < floors[k]} == {}
    assert rep["grounded_share"] == 1.0


@pytest.mark.slow
@pytest.mark.parametrize("name", ["dev", "train"])
def test_unit_accuracy_on_the_projects_gold_units(name, request):
    """The report's unit (name + level) against the gold units kept in tests/units (issue 16: ≥ 0.90)."""
    from pipeline.scoring import load_units

    path = request.getfixturevalue(name + "_dir")
    units = load_units(Path(__file__).parent / "units" / (name + ".jsonl"))
    rep = run_evaluate(path, extract_fn=extract, units=units)[0]
    assert rep.units_total == len(units)
    assert rep.unit_accuracy >= 0.95
