"""The one path from an input to a result: read → decode → extract.

Every entry point goes through here: :func:`pipeline.extract_file`, the batch
workers (``vnreport extract``), the Dask tasks, ``vnreport review`` and the
HTTP server. So a file, an upload and a JSON string are checked, decoded and
warned about the same way, and a failure becomes the same error record.

* :func:`read_source` — a path, bytes or text in, a :class:`Source` out
  (decoded text, decoding warnings, sha256 and size of the input); raises
  :class:`~pipeline.io.InputError` on bad input.
* :func:`extract_source` — a :class:`Source` in, a typed
  :class:`~pipeline.models.Document` out.
* :func:`process` — both, never raises: a ``Document`` or an error record
  (:func:`error_record`, the one builder of that shape).
"""

from __future__ import annotations

import hashlib
import logging
import os
from dataclasses import dataclass, field
from typing import Union

from .io import InputError, _check_text, decode_bytes, display_path, read_bytes

log = logging.getLogger("vnreport")

PathLike = Union[str, "os.PathLike[str]"]


@dataclass(frozen=True)
class Source:
    """One decoded input."""

    text: str
    sha256: str  # of the input bytes (of the UTF-8 text when given as text)
    size: int  # bytes
    path: str | None = None
    warnings: list[tuple[str, str]] = field(default_factory=list)


def read_source(
    *, path: PathLike | None = None, data: bytes | None = None, text: str | None = None, max_bytes: int | None = None
) -> Source:
    """Read and decode one input given as exactly one of ``path``, ``data`` or ``text``.

    Text given as a string is checked (empty, binary) but never rewritten.

    >>> read_source(text="Hội nghị tổng kết").size
    25
    >>> read_source(text="  ")
    Traceback (most recent call last):
    ...
    pipeline.io.InputError: empty: input holds only whitespace or invisible characters (2 characters)
    """
    if text is not None:
        _check_text(text)
        raw = text.encode("utf-8")
        return Source(text, hashlib.sha256(raw).hexdigest(), len(raw))
    if data is None:
        if path is None:
            raise TypeError("read_source needs a path, data or text")
        data = read_bytes(path, max_bytes=max_bytes)
    decoded = decode_bytes(data, max_bytes=max_bytes)
    return Source(
        decoded.text,
        hashlib.sha256(data).hexdigest(),
        len(data),
        display_path(path) if path is not None else None,
        list(decoded.warnings),
    )


def extract_source(src: Source, *, doc_id: str | None = None, html: bool = False):
    """The :class:`~pipeline.models.Document` of one decoded input (id: ``doc_id`` or a content hash)."""
    from . import extract

    return extract(
        src.text,
        doc_id=doc_id or src.sha256[:12],
        path=src.path,
        warnings=src.warnings,
        source_sha256=src.sha256,
        html=html,
    )


def error_record(
    doc_id: str, code: str, message: str, *, path: str | None = None, sha256: str | None = None, size: int | None = None
) -> dict:
    """The record that stands for a document that could not be processed.

    >>> error_record("a", "empty", "no text")["error"]
    {'code': 'empty', 'message': 'no text'}
    """
    return {"id": doc_id, "source": {"path": path, "sha256": sha256, "bytes": size},
            "error": {"code": code, "message": message}}


def process(
    *,
    doc_id: str | None = None,
    path: PathLike | None = None,
    data: bytes | None = None,
    text: str | None = None,
    max_bytes: int | None = None,
    html: bool = False,
    expose_errors: bool = True,
    regular_only: bool = False,
):
    """Read, decode and extract one input; never raises.

    Returns the :class:`~pipeline.models.Document`, or an error record (a dict)
    when the input is bad (``InputError``) or the extraction fails
    (``internal_error``: with the exception text when ``expose_errors``, else
    a generic message and the traceback in the log, as the server does).
    ``regular_only``: refuse anything but a regular file (``not_regular``).
    ``source.path`` is the path as text, undecodable bytes of a file name
    escaped (``\\xff``), so every record can be written as UTF-8.
    """
    p = display_path(path) if path is not None else None
    try:
        if data is None and text is None:
            data = read_bytes(path, max_bytes=max_bytes, regular_only=regular_only)
        src = read_source(path=path, data=data, text=text, max_bytes=max_bytes)
        return extract_source(src, doc_id=doc_id, html=html)
    except InputError as e:
        code, message = e.code, e.message
    except Exception as e:  # noqa: BLE001 - one bad document must not stop the batch
        log.exception("extraction failed for %s", doc_id or p)
        code = "internal_error"
        message = "%s: %s" % (type(e).__name__, e) if expose_errors else "internal error (details in the server log)"
    # the input's hash and size, for the record (hashed here only on failure: once per input)
    sha = size = None
    if data is not None or text is not None:
        raw = data if data is not None else text.encode("utf-8", "surrogatepass")
        sha, size = hashlib.sha256(raw).hexdigest(), len(raw)
    return error_record(doc_id or (sha or "")[:12] or "doc", code, message, path=p, sha256=sha, size=size)
