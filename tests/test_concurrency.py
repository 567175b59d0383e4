"""One shared pipeline, many threads: exactly the sequential results.

The documents are varied (paragraphs of our own articles in tests/eval_own and
corpora/ recombined with a fixed seed), not near-copies: state leaking from one
document into another shows only when neighbouring documents differ.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest

from pipeline import extract

from helpers import varied_documents



DOCS = varied_documents(200)


def _json(text: str) -> str:
    return extract(text).model_dump_json()


def test_documents_are_varied_and_rich():
    """The comparison means something only when the documents carry many findings."""
    sample = [extract(t) for t in DOCS[:20]]
    assert sum(len(d.officials) for d in sample) > 20
    assert sum(len(d.percentages) for d in sample) > 20
    assert sum(len(d.tasks) for d in sample) > 20


def test_eight_threads_get_the_sequential_results():
    sequential = [_json(t) for t in DOCS]
    with ThreadPoolExecutor(8) as pool:
        threaded = list(pool.map(_json, DOCS))
    differing = [i for i, (a, b) in enumerate(zip(sequential, threaded)) if a != b]
    assert differing == []


@pytest.mark.parametrize("name", ["vnreport_officials", "vnreport_percentages"])
def test_components_keep_no_document_state(name):
    """After a component ran, the object holds nothing of the document it saw."""
    from pipeline.nlp import load

    proc = load().get_pipe(name)
    before = dict(vars(proc))
    extract(DOCS[0])
    after = dict(vars(proc))
    assert before.keys() == after.keys()
    assert all(before[k] is after[k] for k in before)
