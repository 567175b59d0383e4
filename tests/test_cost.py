"""Cost linear in input size: every component stays under 20 µs a character on long
adversarial text (one pattern repeated), the shapes that once made rules quadratic."""

from __future__ import annotations

import time

import pytest

from pipeline.components._base import start_document
from pipeline.nlp import load

LIMIT_US_PER_CHAR = 20.0
CHARS = 100_000
# Known gap: a figure every few characters keeps the percentage subject search (clause before,
# stretches before) at 25-40 µs a character, linear but over the limit.
DENSE = pytest.mark.xfail(strict=True, reason="percentages: 25-40 µs/char when a figure stands every 4-25 characters")
PATTERNS = {
    "percent-signs": "%",
    "counts": "1/2 chỉ tiêu ",
    "count-breakdowns": "trong đó 1 chỉ tiêu đạt ",
    "officials": "Đồng chí Nguyễn Văn An, Bí thư Huyện ủy, ",
    "title-chain": "Phó Chủ tịch UBND huyện ",
    "surnames": "Nguyễn ",
    "requests": "đề nghị tập trung thực hiện; ",
    "years": "năm 2024 ",
    "colons": "Bí thư: ",
    "digits": "1 ",
}

pytestmark = pytest.mark.slow


CASES = [pytest.param(p, id=k) for k, p in PATTERNS.items()] + [
    pytest.param(p, id=k, marks=DENSE)
    for k, p in {"percent-clauses": "tăng 5% so với cùng kỳ, ", "percent-semicolons": "đạt 5%; ",
                 "percent-sentences": "5%. "}.items()
]


@pytest.mark.parametrize("pattern", CASES)
def test_each_component_is_linear_on_repeated_patterns(pattern):
    nlp = load()
    text = (pattern * (CHARS // len(pattern) + 1))[:CHARS]
    doc = nlp.make_doc(text)
    start_document(doc, None, spans=False)
    cost = {}
    for name, proc in nlp.pipeline:
        t0 = time.process_time()
        proc(doc)
        cost[name] = (time.process_time() - t0) / CHARS * 1e6
    assert {k: round(v, 1) for k, v in cost.items() if v > LIMIT_US_PER_CHAR} == {}
