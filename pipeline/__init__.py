"""vnreport: structured, source-grounded JSON from Vietnamese news reports.

>>> from pipeline import extract
>>> doc = extract("Đồng chí Nguyễn Văn An, Bí thư Huyện ủy phát biểu. Tỷ lệ hộ nghèo giảm 4,07%.")
>>> [o.name for o in doc.officials], [p.value for p in doc.percentages]
(['Nguyễn Văn An'], [4.07])
"""

from __future__ import annotations

__version__ = "0.1.0"

import os
from pathlib import Path
from typing import Iterable, Iterator, Union

from .header import parse_header

__all__ = ["extract", "extract_file", "extract_many", "parse_header", "__version__"]

def extract(
    text: str,
    *,
    doc_id: str | None = None,
    path: str | None = None,
    warnings: list[tuple[str, str]] | None = None,
    source_sha256: str | None = None,
    html: bool = False,
):
    """Extract a :class:`~pipeline.models.Document` from one article's text.

    ``html=True`` reads the text as HTML: tags are skipped, entities decoded,
    and offsets still point into the markup as given. Without it, text that
    looks like HTML gets the warning ``html_detected``.

    ``source_sha256`` is the hash of the input bytes when known (files); by
    default the hash of the text encoded as UTF-8.

    The pipeline is loaded once per process and reused. Offsets in the result
    index ``text`` exactly as given.

    Text that is not an article is refused as by the CLI and the HTTP API:
    ``pipeline.io.InputError`` with code ``empty`` (nothing but whitespace or
    invisible characters) or ``binary`` (NUL or mostly control characters).

    >>> extract("  \u200b")
    Traceback (most recent call last):
    ...
    pipeline.io.InputError: empty: input holds only whitespace or invisible characters (3 characters)
    """
    from .export import sha256, to_document
    from .io import _check_text

    _check_text(text)
    from .normalize import looks_like_html, normalize
    from .quality import check_text

    if doc_id is None:
        doc_id = sha256(text)[:12]
    published = parse_header(text)
    norm = normalize(text, html=html)
    warns = list(warnings or [])
    if not html and looks_like_html(text):
        warns.append(("html_detected", "the text looks like HTML; use html=True (CLI: --html) to skip the markup"))
    quality = check_text(norm.text)
    warns.extend(quality.warnings)
    data: dict = {"published": published}
    if not quality.skip_extraction:
        data = _run_pipeline(norm.text, published, numbers_only=quality.numbers_only)
    return to_document(
        data, norm, doc_id=doc_id, path=path, published=published, warnings=warns, source_sha256=source_sha256
    )


# Texts longer than this are processed in pieces (at line breaks) so that
# memory stays bounded; the years are decided on the whole text first.
CHUNK_CHARS = 200_000


def _run_pipeline(text: str, published: str | None, *, numbers_only: bool = False) -> dict:
    """The components' findings for ``text`` (normalized offsets), piece by piece if long."""
    from .components._base import Years, start_document
    from .components.tasks import plan_named_by_tasks
    from .components.years import infer_years
    from .nlp import load

    nlp = load()
    # (the components read the text and its token offsets only: no spaCy tokens are built)
    make_doc = getattr(nlp.tokenizer, "bare_doc", nlp.make_doc)
    skip = {"vnreport_officials", "vnreport_tasks"} if numbers_only else set()
    if len(text) <= CHUNK_CHARS:
        doc = make_doc(text)
        start_document(doc, published, spans=False, numbers_only=numbers_only)
        for name, proc in nlp.pipeline:
            if name not in skip:
                doc = proc(doc)
        return doc.user_data["vnreport"]
    report_year, plan_year, period = infer_years(text, published)
    merged: dict = {"published": published, "report_year": report_year, "plan_year": plan_year,
                    "plan_period": period, "officials": [], "percentages": [], "indicator_counts": [],
                    "tasks": [], "places": [], "unit": None, "warnings": []}
    people: dict[str, dict] = {}
    start = 0
    while start < len(text):
        end = min(len(text), start + CHUNK_CHARS)
        if end < len(text):
            cut = text.rfind("\n", start + CHUNK_CHARS // 2, end)
            if cut < 0:
                cut = text.rfind(" ", start + CHUNK_CHARS // 2, end)
            end = cut + 1 if cut >= 0 else end
        doc = make_doc(text[start:end])
        start_document(doc, published, years=Years(published, report_year, plan_year, period, fixed=True), spans=False,
                       numbers_only=numbers_only)
        for name, proc in nlp.pipeline:
            if name not in skip:
                doc = proc(doc)
        _merge_piece(merged, people, doc.user_data["vnreport"], start)
        start = end
    named = plan_named_by_tasks(Years(published, report_year, plan_year, period), merged["tasks"])
    if named is not None:  # (as one piece does: the plan year its tasks name, the tasks without a year take it)
        merged["plan_year"] = named
        for task in merged["tasks"]:
            task["year"] = named if task["year"] is None else task["year"]
    return merged


def _merge_piece(merged: dict, people: dict, piece: dict, offset: int) -> None:
    """Add one piece's findings to ``merged``, shifting offsets; one official per name."""

    def shift(item: dict) -> dict:
        item = dict(item)
        for k in ("start", "end", "subject_start", "subject_end"):
            if item.get(k) is not None:
                item[k] += offset
        return item

    base = len(merged["indicator_counts"])
    for it in piece.get("indicator_counts", []):
        it = shift(it)
        if it.get("breakdown_of") is not None:
            it["breakdown_of"] += base
        merged["indicator_counts"].append(it)
    merged["percentages"].extend(shift(it) for it in piece.get("percentages", []))
    merged["tasks"].extend(shift(it) for it in piece.get("tasks", []))
    merged["places"].extend(shift(it) for it in piece.get("places", []))
    unit = piece.get("unit")  # each piece chooses its own; the surest one is kept
    if unit and (merged["unit"] is None or unit["confidence"] > merged["unit"]["confidence"]):
        merged["unit"] = {**unit, "evidence": [(s + offset, e + offset) for s, e in unit.get("evidence", [])]}
    for w in piece.get("warnings", []):
        merged["warnings"].append({**w, "spans": [(s + offset, e + offset) for s, e in w.get("spans", [])]})
    for person in piece.get("officials", []):
        person = shift(person)
        person["mentions"] = [(s + offset, e + offset) for s, e in person["mentions"]]
        person["positions"] = [shift(p) for p in person["positions"]]
        key = " ".join(person["name"].split()).casefold()
        if key in people:
            known = people[key]
            known["mentions"].extend(person["mentions"])
            texts = {p["text"] for p in known["positions"]}
            known["positions"].extend(p for p in person["positions"] if p["text"] not in texts)
        else:
            people[key] = person
            merged["officials"].append(person)


def extract_file(
    path: Union[str, os.PathLike], *, doc_id: str | None = None, max_bytes: int | None = None, html: bool = False
):
    """Read, decode and extract one file (raises ``pipeline.io.InputError`` on bad input)."""
    from .source import extract_source, read_source

    return extract_source(read_source(path=path, max_bytes=max_bytes), doc_id=doc_id or Path(path).stem, html=html)


def extract_many(texts: Iterable[str]) -> Iterator:
    """Extract each text in turn (ids are content hashes)."""
    for text in texts:
        yield extract(text)
