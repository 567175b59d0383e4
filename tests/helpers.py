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
