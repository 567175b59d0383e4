"""Report year and plan year (and a plan period such as a quarter).

The report year is the year whose results are reported ("kết quả năm 2023",
"Triển khai thực hiện nhiệm vụ năm 2024", "tổng kết công tác năm 2024");
the plan year is the one the tasks target ("nhiệm vụ năm 2025", "phương
hướng năm 2024"). Cue phrases are data (``resources/year_cues.tsv``); the
``published`` header is the prior when the text is silent.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

import regex
from spacy.language import Language
from spacy.tokens import Doc

from .. import lexicon
from ..resources import load_tsv
from ._base import store

YEAR = regex.compile(r"(?<!\d|\d[/.,-])(?:19[5-9]\d|20[0-9]\d)(?!\d|[/.,]\d)")
RANGE = regex.compile(r"(?:19|20)\d\d\s*-\s*(?:19|20)\d\d|nhiệm\s+kỳ\s+\S+$|giai\s+đoạn\s*$", regex.I)
PERIOD = regex.compile(
    r"(?P<kind>quý\s+(?P<q>I{1,3}V?|IV|[1-4])|6\s+tháng\s+(?P<h>đầu|cuối)\s+năm|(?P<half>những\s+tháng\s+cuối\s+năm))"
    r"(?:\s*(?:/|năm)\s*(?P<y>(?:19|20)\d\d))?",
    regex.I,
)
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}


@lru_cache(maxsize=1)
def _cues():
    rows = load_tsv("year_cues.tsv")
    report = [r[0] for r in rows if r[1] == "report"]
    plan = [r[0] for r in rows if r[1] == "plan"]
    return regex.compile(
        lexicon.B_START
        + "(?:(?P<report>" + lexicon.alternation(report) + ")|(?P<plan>" + lexicon.alternation(plan) + "))"
        + lexicon.B_END,
        regex.I,
    )


def infer_years(text: str, published: str | None) -> tuple[int | None, int | None, str | None]:
    """(report_year, plan_year, plan_period) from cue phrases before year mentions."""
    cue = _cues()
    report: Counter = Counter()
    plan: Counter = Counter()
    pub_year = int(published[:4]) if published else None
    for m in YEAR.finditer(text):
        y = int(m.group())
        before = text[max(0, m.start() - 80) : m.start()]
        if RANGE.search(text[max(0, m.start() - 12) : m.end() + 7]) or RANGE.search(before[-20:]):
            continue
        if regex.search(r"(?i)so\s+(?:với\s+)?(?:cùng\s+kỳ\s+)?(?:năm\s+)?$", before):
            continue
        if regex.search(r"(?i)(?:ngày|tháng)\s+\d+\s*[/-]?\s*$|\d+/\d+/$", before):
            continue
        near = before[-60:]
        if regex.search(r"[.;\n]", near):
            near = near[regex.search(r"[.;\n](?!.*[.;\n])", near, regex.S).end() :]
        last = None
        for last in cue.finditer(near):
            pass
        if last is not None:
            (plan if last.group("plan") else report)[y] += 1
    report_year = _pick(report, pub_year)
    plan_year = _pick(plan, pub_year)
    period = None
    # a mid-year review plans the rest of the same year
    periods = list(PERIOD.finditer(text))
    late = [m for m in periods if m.group("h") == "cuối" or m.group("half")]
    mid = late[0] if late else (periods[0] if periods else None)
    if mid:
        kind = mid.group("kind").lower()
        if mid.group("h") == "cuối" or mid.group("half"):
            period = "H2"
        elif mid.group("q"):
            q = mid.group("q").lower()
            period = "Q%d" % (_ROMAN.get(q) or int(q))
    if report_year is None and plan_year is None:
        return None, None, None
    if plan_year is None and report_year is not None and period == "H2":
        plan_year = report_year
    if report_year is None and plan_year is not None and pub_year:
        report_year = plan_year - 1 if pub_year < plan_year else None
    if plan_year is not None and report_year is not None and plan_year < report_year:
        plan_year = None
    if plan_year is None or plan_year != report_year:
        period = period if period and plan_year == report_year else None
    return report_year, plan_year, period


def _pick(counter: Counter, prior: int | None) -> int | None:
    if not counter:
        return None
    best = max(counter.items(), key=lambda kv: (kv[1], -(abs(kv[0] - prior) if prior else 0), kv[0]))
    return best[0]


class YearExtractor:
    def __init__(self, nlp: Language | None = None, name: str = "vnreport_years"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        data = store(doc)
        report_year, plan_year, period = infer_years(doc.text, data.get("published"))
        data["report_year"] = report_year
        data["plan_year"] = plan_year
        data["plan_period"] = period
        return doc


@Language.factory("vnreport_years")
def make_years(nlp: Language, name: str) -> YearExtractor:
    return YearExtractor(nlp, name)
