"""vnreport: structured, source-grounded JSON from Vietnamese news reports.

>>> from pipeline import extract
>>> doc = extract("Đồng chí Nguyễn Văn An, Bí thư Huyện ủy phát biểu. Tỷ lệ hộ nghèo giảm 4,07%.")
>>> [o.name for o in doc.officials], [p.value for p in doc.percentages]
(['Nguyễn Văn An'], [4.07])
"""

from __future__ import annotations

__version__ = "0.1.0"

import hashlib
import os
from pathlib import Path
from typing import Iterable, Iterator, Union

import regex

__all__ = ["extract", "extract_file", "extract_many", "parse_header", "__version__"]

HEADER = regex.compile(r"\A\s?date\s+(?P<d>\d{4}-\d{2}(?:-\d{2})?)(?!\d)")


def parse_header(text: str) -> str | None:
    """The ``published`` date of an optional first line `` date YYYY-MM[-DD]``.

    >>> parse_header(" date 2024-12 Các đồng chí"), parse_header("Hội nghị")
    ('2024-12', None)
    """
    m = HEADER.match(text)
    return m.group("d") if m else None


def extract(
    text: str,
    *,
    doc_id: str | None = None,
    path: str | None = None,
    warnings: list[tuple[str, str]] | None = None,
    source_sha256: str | None = None,
):
    """Extract a :class:`~pipeline.models.Document` from one article's text.

    ``source_sha256`` is the hash of the input bytes when known (files); by
    default the hash of the text encoded as UTF-8.

    The pipeline is loaded once per process and reused. Offsets in the result
    index ``text`` exactly as given.
    """
    from .export import sha256, to_document
    from .nlp import load
    from .normalize import normalize
    from .quality import check_text

    if doc_id is None:
        doc_id = sha256(text)[:12]
    published = parse_header(text)
    norm = normalize(text)
    nlp = load()
    doc = nlp.make_doc(norm.text)
    store = doc.user_data.setdefault("vnreport", {})
    store["published"] = published
    warns = list(warnings or [])
    quality = check_text(norm.text)
    warns.extend(quality.warnings)
    if not quality.skip_extraction:
        for _name, proc in nlp.pipeline:
            if quality.numbers_only and _name in ("vnreport_officials", "vnreport_tasks"):
                continue
            doc = proc(doc)
    return to_document(
        doc, norm, doc_id=doc_id, path=path, published=published, warnings=warns, source_sha256=source_sha256
    )


def extract_file(path: Union[str, os.PathLike], *, doc_id: str | None = None, max_bytes: int | None = None):
    """Read, decode and extract one file (raises ``pipeline.io.InputError`` on bad input)."""
    from .io import decode_bytes, read_bytes

    p = Path(path)
    data = read_bytes(p, max_bytes=max_bytes)
    decoded = decode_bytes(data, max_bytes=max_bytes)
    return extract(
        decoded.text,
        doc_id=doc_id or p.stem,
        path=str(p),
        warnings=decoded.warnings,
        source_sha256=hashlib.sha256(data).hexdigest(),
    )


def extract_many(texts: Iterable[str]) -> Iterator:
    """Extract each text in turn (ids are content hashes)."""
    for text in texts:
        yield extract(text)
