"""HTTP API for vnreport: the extractor as a small FastAPI service (run with uvicorn).

Endpoints
---------
``POST /extract``
    One article in, one :class:`~pipeline.models.Document` out. The body is
    either JSON ``{"text": str, "id": str | null, "html": bool}`` (the text is
    used exactly as given: offsets index it) or ``multipart/form-data`` with a
    ``file`` upload and optional form fields ``html`` (true/false) and ``id``.
    Uploaded bytes are decoded with :func:`pipeline.io.decode_bytes`, so BOMs,
    UTF-16/32 and legacy Vietnamese encodings behave as in ``vnreport extract``
    (the id defaults to the file name's stem, as in the CLI).
``POST /extract/batch``
    JSON Lines in (``application/x-ndjson``; one ``{"id"?, "text", "html"?}``
    per line), JSON Lines out, streamed: one Document or error record
    (:class:`~pipeline.models.ErrorRecord`) per non-blank input line, in input
    order. A line that cannot be read gets an error record with code
    ``bad_request_line`` and the stream goes on.
``GET /schema``
    The JSON Schema of a Document (``Document.model_json_schema()``, the same as
    ``vnreport schema`` and ``schemas/document.schema.json``).
``GET /health``
    ``{"status": "ok", "version", "pending", "max_pending", "abandoned"}``: answered
    on the event loop, never behind extractions.
``GET /openapi.json``, ``GET /docs``, ``GET /redoc``
    The OpenAPI document, Swagger UI and ReDoc. The pages' scripts and styles are
    served by this server from the files of the ``fastapi-offline`` package (in
    the ``serve`` extra), so they work offline; without that package there are no
    ``/docs`` and ``/redoc`` (404), the document stays at ``/openapi.json``.

Errors
------
Every error body has ``{"error": {"code": ..., "message": ...}}``, unexpected
failures included (the exception goes to the log, never to the client):

* 400 -- input the decoder or text checks reject, with the codes of
  :mod:`pipeline.io` (``empty``, ``binary``, ``invalid_utf8``,
  ``invalid_utf16``, ``legacy_encoding_unsure``, ...);
* 408 ``body_timeout`` -- the request body did not arrive within
  ``body_timeout`` seconds of the request's start (a stalled upload); the
  connection is closed;
* 413 ``too_large`` -- a request body bigger than ``max_bytes``: refused from
  its ``Content-Length`` before it is read, or, for a chunked body, as soon as
  the bytes read pass the limit;
* 415 ``unsupported_media_type`` -- ``/extract`` with a body neither JSON nor
  multipart;
* 422 ``invalid_request`` -- malformed JSON, a missing ``text``, a field of the
  wrong type (FastAPI's validation ``detail`` list is kept beside ``error``);
* 500 ``internal_error`` -- an unexpected failure, with a generic message;
* 503 ``overloaded`` -- ``max_pending`` extraction requests are already
  admitted; sent with ``Retry-After`` before the body is read;
* 404/405 etc. -- ``not_found``, ``method_not_allowed``, ``http_error``.

In ``/extract/batch`` a document that fails is an error record in the stream.

Load
----
The pipeline is loaded once at startup (lifespan), so the first request is not
slow. Extraction is CPU-bound and runs in a dedicated executor of
``extract_threads`` threads, off the event loop and apart from its default
thread pool. A request to ``/extract`` or ``/extract/batch`` takes one of
``max_pending`` slots before its body is read (a batch holds it until its
stream ends); without a free slot it gets 503.

When a client disconnects, what has not started is dropped: an ``/extract``
still waiting for a thread (checked before it is queued and every 0.2 s while
queued) is taken out of the queue, and a batch stops before its next line. An
extraction already running finishes (a thread cannot be interrupted) and its
result is thrown away. Each drop is counted in ``/health``'s ``abandoned`` and
logged.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import os
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, AsyncIterator, Callable, Optional

import anyio
from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse, Response, StreamingResponse
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException as StarletteHTTPException

from . import __version__, extract
from .batch import safe_id
from .io import InputError
from .source import error_record, process
from .models import Document, ErrorRecord

log = logging.getLogger("vnreport.server")

__all__ = ["create_app", "serve", "ExtractRequest", "ServerLimits", "DEFAULT_MAX_BYTES"]

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
DEFAULT_MAX_PENDING = 64
DEFAULT_EXTRACT_THREADS = min(4, os.cpu_count() or 1)
DEFAULT_BODY_TIMEOUT = 30.0
DEFAULT_RETRY_AFTER = 5
DEFAULT_LIMIT_CONCURRENCY = 256
DEFAULT_KEEP_ALIVE = 5
LIMITS_ENV = "VNREPORT_SERVER_LIMITS"  # how ``serve(workers>1)`` passes the limits to its worker processes
NDJSON = "application/x-ndjson"
DISCONNECT_POLL = 0.2  # seconds between checks whether the client of a queued extraction is gone
DOCS_ASSETS = "/docs-assets"


class ExtractRequest(BaseModel):
    """The JSON body of ``POST /extract`` and one line of ``POST /extract/batch``."""

    # strict: "html": "yes" or "text": 5 is a 422, not silently coerced.
    model_config = ConfigDict(extra="forbid", strict=True)

    text: str = Field(description="The article's text; offsets in the result index it exactly as given.")
    id: Optional[str] = Field(None, description="Document id; default: the first 12 hex digits of the text's sha256.")
    html: bool = Field(False, description="Read the text as HTML (tags skipped, offsets still into the markup).")


class ServerLimits(BaseModel):
    """The app's limits (``vnreport serve`` options of the same names)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    max_bytes: int = Field(DEFAULT_MAX_BYTES, gt=0, description="Request bodies larger than this get 413.")
    max_pending: int = Field(DEFAULT_MAX_PENDING, gt=0, description=(
        "Extraction requests admitted at once (reading their body, queued or running; a batch counts once); "
        "more get 503 with Retry-After."))
    extract_threads: int = Field(DEFAULT_EXTRACT_THREADS, gt=0, description="Threads of the extraction executor.")
    body_timeout: float = Field(DEFAULT_BODY_TIMEOUT, gt=0, description=(
        "Seconds a request body may take to arrive, from the request's start; slower gets 408."))
    retry_after: int = Field(DEFAULT_RETRY_AFTER, ge=0, description="Retry-After (seconds) of a 503.")


class Health(BaseModel):
    status: str = Field(description='Always "ok" when the server answers.')
    version: str = Field(description="pipeline.__version__")
    pending: int = Field(description="Extraction requests admitted now (reading, queued or running).")
    max_pending: int = Field(description="Beyond this many, extraction requests get 503.")
    abandoned: int = Field(description="Extractions dropped before they started because the client had gone.")


class BodyTooLarge(Exception):
    """A request body passed the server's ``max_bytes`` while being read."""

    def __init__(self, limit: int, seen: int | None = None) -> None:
        super().__init__(limit, seen)
        self.limit = limit
        self.seen = seen


class BodyTimeout(Exception):
    """A request body did not arrive within the server's ``body_timeout``."""

    def __init__(self, timeout: float, seen: int) -> None:
        super().__init__(timeout, seen)
        self.timeout = timeout
        self.seen = seen


def _error(status: int, code: str, message: str, headers: dict | None = None, **extra: Any) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "message": message}, **extra}, status_code=status, headers=headers)


def _too_large_response(exc: BodyTooLarge) -> JSONResponse:
    if exc.seen is not None:
        msg = f"request body is {exc.seen} bytes, more than the limit of {exc.limit}"
    else:
        msg = f"request body is more than the limit of {exc.limit} bytes"
    # The rest of the body is not read: the connection cannot carry another request.
    return _error(413, "too_large", msg, headers={"connection": "close"})


def _timeout_response(exc: BodyTimeout) -> JSONResponse:
    return _error(408, "body_timeout",
                  f"request body not received within {exc.timeout:g} s ({exc.seen} bytes arrived)",
                  headers={"connection": "close"})


class BodyLimitMiddleware:
    """Pure ASGI middleware: 413 for bodies over ``max_bytes``, 408 for bodies too slow.

    A declared ``Content-Length`` over the limit is refused before anything is
    read; otherwise the bytes are counted as they arrive (chunked bodies), and
    reading past the limit raises :class:`BodyTooLarge`, turned into a 413 here
    as long as the response has not started (the endpoints read the whole body
    before they answer, so it has not). The whole body must have arrived
    ``body_timeout`` seconds after the request started, else
    :class:`BodyTimeout` (408): a stalled upload does not hold its connection
    and its slot for ever."""

    def __init__(self, app, max_bytes: int, body_timeout: float = DEFAULT_BODY_TIMEOUT) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.body_timeout = body_timeout

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.max_bytes
        for name, value in scope.get("headers", ()):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    await _error(400, "bad_content_length", "Content-Length is not a number",
                                 headers={"connection": "close"})(scope, receive, send)
                    return
                if declared > limit:
                    await _too_large_response(BodyTooLarge(limit, declared))(scope, receive, send)
                    return
        seen = 0
        started = False
        body_done = False
        deadline = time.monotonic() + self.body_timeout

        async def limited_receive():
            nonlocal seen, body_done
            if body_done:  # e.g. waiting for http.disconnect: no deadline
                return await receive()
            message = None
            with anyio.move_on_after(max(0.0, deadline - time.monotonic())):
                message = await receive()
            if message is None:
                raise BodyTimeout(self.body_timeout, seen)
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    raise BodyTooLarge(limit)
                if not message.get("more_body", False):
                    body_done = True
            else:
                body_done = True
            return message

        async def tracking_send(message):
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except (BodyTooLarge, BodyTimeout) as exc:
            if started:
                raise
            if isinstance(exc, BodyTimeout):
                log.warning("%s %s: %s", scope.get("method"), scope.get("path"), _timeout_response(exc).body.decode())
                await _timeout_response(exc)(scope, receive, send)
            else:
                await _too_large_response(exc)(scope, receive, send)


# -- the extraction executor -------------------------------------------------------


class ClientGone(Exception):
    """The client disconnected before its extraction started: the work was dropped."""


class Overloaded(Exception):
    """More extraction requests than ``max_pending``."""


class Extractor:
    """The extraction executor of one app: its own threads, a bound on admitted requests.

    Extraction is CPU-bound and runs in a dedicated :class:`ThreadPoolExecutor`
    of ``threads`` threads -- not in the event loop's default thread pool -- so
    cheap endpoints (``/health``, ``/schema``, the docs) answer at once however
    many extractions are queued. At most ``max_pending`` requests are admitted
    at a time (see :meth:`admit`); the executor's queue is bounded by that."""

    def __init__(self, threads: int, max_pending: int) -> None:
        self.threads = threads
        self.max_pending = max_pending
        self.pending = 0
        self.abandoned = 0
        self._pool: ThreadPoolExecutor | None = None

    @property
    def pool(self) -> ThreadPoolExecutor:
        if self._pool is None:
            self._pool = ThreadPoolExecutor(self.threads, thread_name_prefix="vnreport-extract")
        return self._pool

    def shutdown(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None

    def admit(self) -> Callable[[], None]:
        """Take a slot (raises :class:`Overloaded` when all are taken); returns its release (idempotent)."""
        if self.pending >= self.max_pending:
            raise Overloaded(self.pending)
        self.pending += 1
        released = False

        def release() -> None:
            nonlocal released
            if not released:
                released = True
                self.pending -= 1

        return release

    async def run(self, request: Request, fn: Callable[..., Any], *args: Any) -> Any:
        """``fn(*args)`` in the executor; :class:`ClientGone` if the client left before it started.

        While the job waits in the queue the connection is checked every
        ``DISCONNECT_POLL`` seconds; a job that has started runs to its end
        (a thread cannot be interrupted) and its result is dropped."""
        if await request.is_disconnected():
            self._gone(request)
        job = self.pool.submit(fn, *args)
        waiter = asyncio.wrap_future(job)
        while not job.running() and not job.done():
            done, _ = await asyncio.wait({waiter}, timeout=DISCONNECT_POLL)
            if done:
                break
            if await request.is_disconnected() and job.cancel():
                self._gone(request)
        return await waiter

    def _gone(self, request: Request) -> None:
        self.abandoned += 1
        log.warning("client gone: %s %s abandoned before its extraction started", request.method, request.url.path)
        raise ClientGone()


# -- request handling --------------------------------------------------------


def _run_text(doc_id: str | None, html: bool, text: str) -> Document:
    return _run(doc_id, html, text=text)


def _run_data(doc_id: str, html: bool, data: bytes, max_bytes: int) -> Document:
    return _run(doc_id, html, data=data, max_bytes=max_bytes)


def _run(doc_id: str | None, html: bool, *, text: str | None = None, data: bytes | None = None,
         max_bytes: int | None = None) -> Document:
    """The one read → extract path (:func:`pipeline.source.process`); a bad input raises
    :class:`InputError` (answered 400), an unexpected failure :class:`InternalError` (500).
    Runs in the extraction executor."""
    result = process(doc_id=doc_id, text=text, data=data, max_bytes=max_bytes, html=html, expose_errors=False)
    if isinstance(result, dict):
        err = result["error"]
        if err["code"] == "internal_error":
            raise InternalError(err["message"])
        raise InputError(err["code"], err["message"])
    return result


class InternalError(Exception):
    """An extraction failed unexpectedly (logged; the client gets only a generic message)."""


_TRUE = {"true", "1", "yes", "on"}
_FALSE = {"false", "0", "no", "off", ""}


def _form_bool(value: Any, field: str) -> bool:
    if isinstance(value, str):
        v = value.strip().lower()
        if v in _TRUE:
            return True
        if v in _FALSE:
            return False
    raise RequestValidationError(
        [{"type": "bool_parsing", "loc": ["body", field], "msg": "Input should be a valid boolean", "input": str(value)}]
    )


_MAX_ECHO = 200  # characters of the offending input echoed back in a 422


def _echo(value: Any) -> Any:
    """The ``input`` of a validation error, made JSON-safe and short (it may be the whole body)."""
    if isinstance(value, (bytes, bytearray)):
        value = bytes(value).decode("utf-8", "replace")
    if isinstance(value, str):
        return value if len(value) <= _MAX_ECHO else value[:_MAX_ECHO] + "…"
    if value is None or isinstance(value, (bool, int, float)):
        return value
    try:
        dumped = json.dumps(value, ensure_ascii=False, default=str)
    except (TypeError, ValueError):
        dumped = repr(value)
    if len(dumped) <= _MAX_ECHO:
        return json.loads(dumped) if dumped[:1] in "{[" else dumped
    return dumped[:_MAX_ECHO] + "…"


def _plain_errors(errors: Any) -> list[dict]:
    """Validation errors as JSON-safe dicts (bytes decoded, long inputs cut, ``ctx``/``url`` dropped)."""
    out = []
    for err in errors:
        err = dict(err)
        err.pop("ctx", None)  # may hold exception objects
        err.pop("url", None)
        if "input" in err:
            err["input"] = _echo(err["input"])
        err["loc"] = [p if isinstance(p, (str, int)) else str(p) for p in err.get("loc", ())]
        out.append(err)
    return out


def _validation_error(e: ValidationError, prefix: tuple = ("body",)) -> RequestValidationError:
    errors = _plain_errors(e.errors(include_url=False))
    for err in errors:
        err["loc"] = [*prefix, *err["loc"]]
    return RequestValidationError(errors)


def _media_type(request: Request) -> str:
    return request.headers.get("content-type", "").split(";", 1)[0].strip().lower()


# Characters that are legal raw inside a JSON string but that some line splitters
# (Python's str.splitlines, old JavaScript) take for line ends: escaped in output.
_LINE_BREAKERS = str.maketrans({"\u0085": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def _json_line(rec: dict) -> str:
    """One JSON Lines record: UTF-8 text as in the CLI's --jsonl, safe for any line splitter."""
    return json.dumps(rec, ensure_ascii=False).translate(_LINE_BREAKERS) + "\n"


def _process_line(lineno: int, raw: bytes) -> dict:
    """The record of one batch line (runs in the extraction executor); never raises."""
    fallback_id = f"line-{lineno}"
    line_sha = hashlib.sha256(raw).hexdigest()
    try:
        req = ExtractRequest.model_validate_json(raw)
    except ValidationError as e:
        msgs = "; ".join(
            ("%s: %s" % (".".join(str(p) for p in err["loc"]), err.get("msg", ""))) if err["loc"]
            else err.get("msg", "")
            for err in e.errors(include_url=False)
        )
        return error_record(fallback_id, "bad_request_line", f"line {lineno}: {msgs}", sha256=line_sha, size=len(raw))
    try:
        result = process(doc_id=req.id, text=req.text, html=req.html, expose_errors=False)
        return result if isinstance(result, dict) else result.model_dump(mode="json")
    except Exception:  # noqa: BLE001 - process() never raises; this is the last line of defence
        log.exception("batch line %d failed", lineno)
        raw_text = req.text.encode("utf-8", "surrogatepass")
        return error_record(req.id or hashlib.sha256(raw_text).hexdigest()[:12], "internal_error",
                            "internal error (details in the server log)",
                            sha256=hashlib.sha256(raw_text).hexdigest(), size=len(raw_text))


async def _batch_records(body: bytes, extractor: "Extractor", request: Request) -> AsyncIterator[str]:
    """One JSON line per non-blank line of ``body``, in order, each extracted in the executor.

    Stops (and logs) when the client disconnects: lines not yet started are not
    extracted."""
    lines = [(n, raw) for n, raw in enumerate(body.splitlines(), 1) if raw.strip()]
    done = 0
    counted = False
    try:
        for lineno, raw in lines:
            rec = await extractor.run(request, _process_line, lineno, raw)
            done += 1
            yield _json_line(rec)
    except ClientGone:  # seen between two lines (counted by run)
        counted = True
    finally:  # also when Starlette cancels the stream on a disconnect
        if done < len(lines):
            if not counted:
                extractor.abandoned += 1
            log.warning("client gone: %s %s stopped after %d of %d lines",
                        request.method, request.url.path, done, len(lines))


class _BatchResponse(StreamingResponse):
    """A stream that releases its extraction slot when it ends, however it ends."""

    def __init__(self, content: AsyncIterator[str], release: Callable[[], None]) -> None:
        super().__init__(content, media_type=NDJSON)
        self._release = release

    async def __call__(self, scope, receive, send) -> None:
        try:
            await super().__call__(scope, receive, send)
        finally:
            self._release()


# -- OpenAPI documentation of the hand-parsed bodies -----------------------------

_ERROR_SCHEMA = {"$ref": "#/components/schemas/ErrorResponse"}
def _component_schemas() -> dict:
    """Schemas to add to OpenAPI's components: the hand-parsed bodies and the batch error record."""
    ref = "#/components/schemas/{model}"
    record = ErrorRecord.model_json_schema(ref_template=ref)
    out = record.pop("$defs", {})
    out["ErrorRecord"] = record
    out.update(_STATIC_COMPONENTS)
    return out


_STATIC_COMPONENTS = {
    "ExtractRequest": ExtractRequest.model_json_schema(),
    "ErrorResponse": {
        "title": "ErrorResponse",
        "type": "object",
        "required": ["error"],
        "properties": {
            "error": {
                "type": "object",
                "required": ["code", "message"],
                "properties": {"code": {"type": "string"}, "message": {"type": "string"}},
            },
            "detail": {"description": "FastAPI's validation errors (422) or the HTTP error's detail."},
        },
    },
}


def _error_responses(*codes: int) -> dict:
    text = {
        400: "Input rejected by the decoder or text checks (error.code: empty, binary, invalid_utf8, ...); "
        "for /extract/batch only a body without any line (error.code: empty).",
        413: "Request body larger than the server's limit (error.code: too_large).",
        415: "Body neither application/json nor multipart/form-data.",
        408: "Request body not received within the server's body timeout (error.code: body_timeout).",
        422: "Malformed JSON, missing or mistyped fields (error.code: invalid_request; FastAPI's detail list too).",
        500: "Unexpected failure (error.code: internal_error; the details are in the server log only).",
        503: "Too many extraction requests pending (error.code: overloaded); retry after Retry-After seconds.",
    }
    out = {str(c): {"description": text[c], "content": {"application/json": {"schema": _ERROR_SCHEMA}}} for c in codes}
    if "503" in out:
        out["503"]["headers"] = {"Retry-After": {"description": "Seconds to wait before retrying.",
                                                 "schema": {"type": "integer"}}}
    return out


def _extract_openapi() -> dict:
    return {
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {"schema": {"$ref": "#/components/schemas/ExtractRequest"}},
                "multipart/form-data": {
                    "schema": {
                        "type": "object",
                        "required": ["file"],
                        "properties": {
                            "file": {"type": "string", "format": "binary",
                                     "description": "The article's bytes (decoded like vnreport extract does)."},
                            "html": {"type": "boolean", "default": False},
                            "id": {"type": "string", "description": "Document id; default: the file name's stem."},
                        },
                    }
                },
            },
        },
        "responses": _error_responses(400, 408, 413, 415, 422, 500, 503),
    }


def _batch_openapi() -> dict:
    return {
        "requestBody": {
            "required": True,
            "description": "JSON Lines: one ExtractRequest object per line (the schema shows the lines as an array).",
            "content": {NDJSON: {"schema": {
                "type": "array", "minItems": 1, "items": {"$ref": "#/components/schemas/ExtractRequest"}}}},
        },
        "responses": {
            "200": {
                "description": "JSON Lines, streamed: one Document or ErrorRecord per non-blank input line, in order.",
                "content": {NDJSON: {"schema": {"type": "array", "items": {"anyOf": [
                    {"$ref": "#/components/schemas/Document"},
                    {"$ref": "#/components/schemas/ErrorRecord"},
                ]}}}},
            },
            **_error_responses(400, 408, 413, 500, 503),
        },
    }


# -- the app -----------------------------------------------------------------

WARM_UP_TEXT = "Đồng chí Nguyễn Văn An, Bí thư Huyện ủy phát biểu. Tỷ lệ hộ nghèo giảm 4,07%."


def warm_up() -> None:
    """Load the pipeline *and* run it once.

    ``pipeline.nlp.load()`` builds the spaCy pipeline, but underthesea loads its
    word-segmentation model lazily, on the first ``word_tokenize`` call, and
    that lazy load is not thread-safe: requests arriving together on a cold
    server (extraction runs in the thread pool) crash with ``AttributeError:
    'NoneType' object has no attribute 'process'``. One extraction here, before
    the server accepts requests, loads everything (and makes the first request
    as fast as the others)."""
    from .nlp import load

    load()
    extract(WARM_UP_TEXT)


def _docs_assets() -> Path | None:
    """The directory of Swagger UI and ReDoc files shipped by ``fastapi-offline`` (in the
    ``serve`` extra), or None when it is not installed."""
    try:
        import fastapi_offline
    except ImportError:
        return None
    static = Path(fastapi_offline.__file__).parent / "static"
    needed = ("swagger-ui-bundle.js", "swagger-ui.css", "redoc.standalone.js", "favicon.png")
    return static if all((static / name).is_file() for name in needed) else None


def create_app(max_bytes: int = DEFAULT_MAX_BYTES, **limits: Any) -> FastAPI:
    """The vnreport API; request bodies over ``max_bytes`` get 413; ``limits``: the other
    fields of :class:`ServerLimits` (``max_pending``, ``extract_threads``, ``body_timeout``,
    ``retry_after``)."""
    try:
        config = ServerLimits(max_bytes=max_bytes, **limits)
    except ValidationError as e:
        raise ValueError(str(e)) from None
    extractor = Extractor(config.extract_threads, config.max_pending)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        # once, before the first request, in the extraction executor
        await asyncio.get_running_loop().run_in_executor(extractor.pool, warm_up)
        try:
            yield
        finally:
            extractor.shutdown()

    assets = _docs_assets()
    app = FastAPI(
        title="vnreport",
        version=__version__,
        description="Structured, source-grounded JSON from Vietnamese government news reports.",
        lifespan=lifespan,
        docs_url=None,  # FastAPI's pages load their scripts from a CDN: served below from local files
        redoc_url=None,
    )
    app.state.max_bytes = config.max_bytes
    app.state.limits = config
    app.state.extractor = extractor
    app.add_middleware(BodyLimitMiddleware, max_bytes=config.max_bytes, body_timeout=config.body_timeout)

    @app.exception_handler(InputError)
    async def _input_error(request: Request, exc: InputError):
        return _error(413 if exc.code == "too_large" else 400, exc.code, exc.message)

    @app.exception_handler(InternalError)
    async def _internal(request: Request, exc: InternalError):
        return _error(500, "internal_error", "internal error (details in the server log)")

    @app.exception_handler(Overloaded)
    async def _overloaded(request: Request, exc: Overloaded):
        return _error(
            503, "overloaded",
            f"{extractor.pending} extraction requests are pending, the limit is {extractor.max_pending}: "
            f"retry in {config.retry_after} s",
            headers={"retry-after": str(config.retry_after), "connection": "close"},
        )

    @app.exception_handler(ClientGone)
    async def _client_gone(request: Request, exc: ClientGone):
        return Response(status_code=499)  # nobody reads it: the client has gone

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception):
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        return _error(500, "internal_error", "internal error (details in the server log)")

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError):
        errors = jsonable_encoder(_plain_errors(exc.errors()))
        first = errors[0] if errors else {}
        where = ".".join(str(p) for p in first.get("loc", ()))
        message = f"{where}: {first.get('msg', 'invalid request')}" if where else first.get("msg", "invalid request")
        if len(errors) > 1:
            message += f" (and {len(errors) - 1} more)"
        return _error(422, "invalid_request", message, detail=errors)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException):
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
        response = _error(exc.status_code, code, str(exc.detail), detail=exc.detail)
        response.headers.update(exc.headers or {})  # e.g. Allow on 405
        return response

    base_openapi = app.openapi

    def openapi() -> dict:
        """FastAPI's document plus the schemas of the hand-parsed request and error bodies."""
        spec = base_openapi()  # cached by FastAPI; adding twice is harmless
        spec.setdefault("components", {}).setdefault("schemas", {}).update(_component_schemas())
        return spec

    app.openapi = openapi  # type: ignore[method-assign]

    if assets is not None:
        from starlette.staticfiles import StaticFiles

        app.mount(DOCS_ASSETS, StaticFiles(directory=assets), name="docs-assets")

        @app.get("/docs", include_in_schema=False)
        async def swagger_ui() -> HTMLResponse:
            return get_swagger_ui_html(
                openapi_url=app.openapi_url or "/openapi.json",
                title="vnreport - Swagger UI",
                swagger_js_url=f"{DOCS_ASSETS}/swagger-ui-bundle.js",
                swagger_css_url=f"{DOCS_ASSETS}/swagger-ui.css",
                swagger_favicon_url=f"{DOCS_ASSETS}/favicon.png",
            )

        @app.get("/redoc", include_in_schema=False)
        async def redoc() -> HTMLResponse:
            return get_redoc_html(
                openapi_url=app.openapi_url or "/openapi.json",
                title="vnreport - ReDoc",
                redoc_js_url=f"{DOCS_ASSETS}/redoc.standalone.js",
                redoc_favicon_url=f"{DOCS_ASSETS}/favicon.png",
                with_google_fonts=False,
            )

    # Cheap endpoints are async: they run on the event loop and never wait for
    # a thread, so they answer however busy the extraction executor is.

    @app.get("/health", summary="Liveness, version and load", response_model=Health)
    async def health() -> Health:
        return Health(status="ok", version=__version__, pending=extractor.pending,
                      max_pending=extractor.max_pending, abandoned=extractor.abandoned)

    @app.get("/schema", summary="JSON Schema of a Document")
    async def schema() -> dict:
        return Document.model_json_schema()

    @app.post(
        "/extract",
        response_model=Document,
        summary="Extract one document (JSON text or file upload)",
        openapi_extra=_extract_openapi(),
    )
    async def extract_one(request: Request):
        media = _media_type(request)
        json_body = media == "application/json" or media.endswith("+json")
        if not json_body and media != "multipart/form-data":
            return _error(
                415,
                "unsupported_media_type",
                f"send application/json or multipart/form-data, not {media or 'no Content-Type'}",
            )
        release = extractor.admit()  # before the body is read: an overloaded server reads nothing
        try:
            if json_body:
                body = await request.body()
                try:
                    req = ExtractRequest.model_validate_json(body)
                except ValidationError as e:
                    raise _validation_error(e) from None
                return await extractor.run(request, _run_text, req.id, req.html, req.text)
            # max_files/max_fields bound the parser's work; the body is bounded by the middleware.
            form = await request.form(max_files=1, max_fields=10)
            upload = form.get("file")
            if not isinstance(upload, UploadFile):
                raise RequestValidationError(
                    [{"type": "missing", "loc": ["body", "file"], "msg": "Field required (a file upload)", "input": None}]
                )
            html = _form_bool(form.get("html", "false"), "html")
            given_id = form.get("id")
            if given_id is not None and not isinstance(given_id, str):
                raise RequestValidationError(
                    [{"type": "string_type", "loc": ["body", "id"], "msg": "Input should be a valid string", "input": None}]
                )
            data = await upload.read()
            await upload.close()
            if given_id:
                doc_id = given_id
            elif upload.filename:
                doc_id = safe_id(os.path.splitext(os.path.basename(upload.filename))[0])
            else:
                doc_id = hashlib.sha256(data).hexdigest()[:12]
            return await extractor.run(request, _run_data, doc_id, html, data, config.max_bytes)
        finally:
            release()

    @app.post(
        "/extract/batch",
        summary="Extract many documents: JSON Lines in, JSON Lines out (streamed)",
        response_class=StreamingResponse,
        openapi_extra=_batch_openapi(),
    )
    async def extract_batch(request: Request):
        # The body is bounded by max_bytes, so it is read whole (a 413 can still
        # be sent); the answer is then streamed line by line. The batch holds one
        # slot until its stream ends.
        release = extractor.admit()
        try:
            body = await request.body()
            if not body.strip():
                release()
                return _error(400, "empty", f"request body has no line ({len(body)} bytes): send one JSON object per line")
            return _BatchResponse(_batch_records(body, extractor, request), release)
        except BaseException:
            release()
            raise

    return app


def app_from_env() -> FastAPI:
    """App factory for uvicorn worker processes (``serve(workers>1)``)."""
    limits = json.loads(os.environ.get(LIMITS_ENV, "{}"))
    return create_app(**limits)


def serve(
    host: str = "127.0.0.1",
    port: int = 8000,
    max_bytes: int = DEFAULT_MAX_BYTES,
    workers: int = 1,
    log_level: str = "info",
    *,
    max_pending: int = DEFAULT_MAX_PENDING,
    extract_threads: int = DEFAULT_EXTRACT_THREADS,
    body_timeout: float = DEFAULT_BODY_TIMEOUT,
    retry_after: int = DEFAULT_RETRY_AFTER,
    limit_concurrency: int | None = DEFAULT_LIMIT_CONCURRENCY,
    keep_alive: int = DEFAULT_KEEP_ALIVE,
) -> None:
    """Run the API with uvicorn (blocks until stopped).

    ``limit_concurrency``: uvicorn's bound on open connections plus running
    requests, beyond which uvicorn itself answers a plain ``503 Service
    Unavailable`` (keep it above ``max_pending``, whose 503 has the JSON error
    shape); ``keep_alive``: seconds an idle keep-alive connection stays open."""
    import uvicorn

    limits = ServerLimits(max_bytes=max_bytes, max_pending=max_pending, extract_threads=extract_threads,
                          body_timeout=body_timeout, retry_after=retry_after)
    options = dict(host=host, port=port, log_level=log_level, limit_concurrency=limit_concurrency,
                   timeout_keep_alive=keep_alive)
    if workers <= 1:
        uvicorn.run(create_app(**limits.model_dump()), **options)
    else:
        # Several processes need an import string; the limits go by environment.
        os.environ[LIMITS_ENV] = limits.model_dump_json()
        uvicorn.run("pipeline.server:app_from_env", factory=True, workers=workers, **options)
