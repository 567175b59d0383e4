"""Small helpers shared by the test modules."""

import json
from pathlib import Path

from pipeline.export import iter_spans as all_spans  # noqa: F401  (re-exported for the tests)


def read_jsonl(path: Path) -> list[dict]:
    """Records of a JSONL file that must end with a newline."""
    raw = path.read_text(encoding="utf-8")
    assert raw.endswith("\n")
    return [json.loads(line) for line in raw.splitlines()]
