"""Small helpers shared by the test modules."""

import json
from pathlib import Path

from pipeline.export import iter_spans as all_spans  # noqa: F401  (re-exported for the tests)


def read_jsonl(path: Path) -> list[dict]:
    """Records of a JSONL file that must end with a newline."""
    raw = path.read_text(encoding="utf-8")
    assert raw.endswith("\n")
    return [json.loads(line) for line in raw.splitlines()]


def varied_documents(n: int, seed: int = 13) -> list[str]:
    """``n`` different articles, each 2-6 paragraphs of our own texts (tests/eval_own, corpora)
    recombined with a fixed seed: not near-copies, so state leaking from one document into
    another shows (tests/test_concurrency.py, tests/test_server.py)."""
    import random

    root = Path(__file__).resolve().parent.parent
    paragraphs = []
    for path in sorted((root / "tests" / "eval_own").glob("*.txt")) + sorted((root / "corpora").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        paragraphs.extend(p for p in text.split("\n") if len(p) > 40 and not p.startswith(" date"))
    rng = random.Random(seed)
    docs = []
    for i in range(n):
        header = f" date 20{rng.randint(16, 26)}-{rng.randint(1, 12):02d}\n" if i % 3 else ""
        docs.append(header + "\n".join(rng.sample(paragraphs, rng.randint(2, 6))))
    assert len(set(docs)) == n
    return docs


def assert_tasks(text: str, expected: list[str]) -> None:
    """The tasks of ``text``: as many as ``expected``, each containing its phrase, each grounded."""
    from pipeline import extract

    doc = extract(text)
    got = [t.text for t in doc.tasks]
    assert len(got) == len(expected), got
    for phrase, task in zip(expected, got):
        assert phrase in task, (phrase, got)
    for task in doc.tasks:
        assert text[task.span.start : task.span.end] == task.text


def officials(doc) -> dict[str, list[str]]:
    """``{official name: [position texts in order]}`` of an extracted document."""
    return {o.name: [p.text for p in o.positions] for o in doc.officials}


def assert_grounded(text: str, doc) -> None:
    """Every official's mentions and positions are grounded in ``text``, the name among the mentions."""
    from pipeline.scoring import norm_key

    # an example is only meaningful when the extractor actually ran on it
    assert not [w.code for w in doc.warnings if w.code in ("not_vietnamese", "diacritics_scrambled")]
    for o in doc.officials:
        assert o.mentions, f"{o.name} has no mention"
        for span in o.mentions:
            assert text[span.start : span.end] == span.text
        # the name itself is one of the mentions (title-only mentions come in addition)
        assert norm_key(o.name) in {norm_key(m.text) for m in o.mentions}
        for p in o.positions:
            assert text[p.span.start : p.span.end] == p.span.text == p.text


def assert_officials(text: str, expected: dict[str, list[str]]):
    """The officials of ``text`` are exactly ``expected`` (see ``officials``), all grounded."""
    from pipeline import extract

    doc = extract(text)
    assert officials(doc) == expected
    assert_grounded(text, doc)
    return doc
