"""What the extractor components share: where items live on a ``Doc``.

Each component appends plain dicts to ``doc.user_data["vnreport"][kind]``
(offsets are into ``doc.text``, the normalized text) and mirrors each item as
a ``Span`` in ``doc.spans["vnreport_<kind>"]`` with the dict as
``span._.vnreport``, for displaCy and other spaCy tools.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Any

import regex
from spacy.tokens import Doc, Span

if not Span.has_extension("vnreport"):
    Span.set_extension("vnreport", default=None)
if not Doc.has_extension("vnreport"):
    Doc.set_extension("vnreport", getter=lambda doc: doc.user_data.get("vnreport", {}))

# Where a clause ends: sentence punctuation, semicolons, colons, line breaks.
CLAUSE_BOUNDARY = regex.compile(r"[.;:!?\n]+(?=\s|$)|[;:!?\n]|\.\.\.|\A\s?date\s+\d{4}-\d\d(?:-\d\d)?")


def store(doc: Doc) -> dict[str, Any]:
    return doc.user_data.setdefault("vnreport", {})


def items(doc: Doc, kind: str) -> list[dict]:
    return store(doc).setdefault(kind, [])


def doc_text(doc: Doc) -> str:
    """``doc.text``, cached: spaCy rebuilds it from the tokens on every access."""
    text = doc.user_data.get("vnreport_text")
    if text is None:
        text = doc.user_data["vnreport_text"] = doc.text
    return text


def token_bounds(doc: Doc) -> tuple[list[int], set[int], set[int]]:
    """(sorted token start offsets, set of starts, set of ends) of ``doc``."""
    bounds = doc.user_data.get("vnreport_bounds")
    if bounds is None:  # a Doc from another tokenizer
        offsets = [t.idx for t in doc]
        bounds = (offsets, set(offsets), {t.idx + len(t.text) for t in doc})
        doc.user_data["vnreport_bounds"] = bounds
    return bounds


def add_item(doc: Doc, kind: str, item: dict, start: int, end: int, label: str) -> None:
    """Record an item found at normalized offsets ``[start, end)``."""
    item.setdefault("start", start)
    item.setdefault("end", end)
    items(doc, kind).append(item)
    if doc.user_data.get("vnreport_no_spans"):  # pipeline.extract builds its Document from the dicts
        return
    offsets = token_bounds(doc)[0]
    i = max(0, bisect_right(offsets, start) - 1)
    j = max(i + 1, bisect_left(offsets, end))
    if offsets and start < end:
        span = Span(doc, i, min(j, len(doc)), label=label)
        group = doc.spans.setdefault("vnreport_" + kind, [])
        group.append(span)
        span._.vnreport = item


def clause_bounds(text: str, pos: int, *, window: int = 600) -> tuple[int, int]:
    """The clause (between boundaries) of ``text`` that contains ``pos``."""
    lo = max(0, pos - window)
    start = lo
    for m in CLAUSE_BOUNDARY.finditer(text, lo, pos):
        start = m.end()
    m = CLAUSE_BOUNDARY.search(text, pos, min(len(text), pos + window))
    end = m.start() if m else min(len(text), pos + window)
    return start, end


def strip_span(text: str, start: int, end: int, chars: str = " ,-\t\n") -> tuple[int, int]:
    """Shrink ``[start, end)`` past leading/trailing ``chars``."""
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end
