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
    ``{"status": "ok", "version": pipeline.__version__}``.
``GET /openapi.json``, ``GET /docs``
    FastAPI's OpenAPI document and Swagger UI.

Errors
------
Every error body has ``{"error": {"code": ..., "message": ...}}``:

* 400 -- input the decoder or text checks reject, with the codes of
  :mod:`pipeline.io` (``empty``, ``binary``, ``invalid_utf8``,
  ``invalid_utf16``, ``legacy_encoding_unsure``, ...);
* 413 ``too_large`` -- a request body bigger than ``max_bytes``: refused from
  its ``Content-Length`` before it is read, or, for a chunked body, as soon as
  the bytes read pass the limit;
* 415 ``unsupported_media_type`` -- ``/extract`` with a body neither JSON nor
  multipart;
* 422 ``invalid_request`` -- malformed JSON, a missing ``text``, a field of the
  wrong type (FastAPI's validation ``detail`` list is kept beside ``error``);
* 404/405 etc. -- ``not_found``, ``method_not_allowed``, ``http_error``.

The pipeline is loaded once at startup (lifespan), so the first request is not
slow; extraction is CPU-bound and runs in the thread pool, off the event loop.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from contextlib import asynccontextmanager
from typing import Any, Iterator, Optional

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, StreamingResponse
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException as StarletteHTTPException

from . import __version__, extract
from .batch import safe_id
from .io import InputError
from .source import error_record, process
from .models import Document, ErrorRecord

log = logging.getLogger("vnreport.server")

__all__ = ["create_app", "serve", "ExtractRequest", "DEFAULT_MAX_BYTES"]

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
MAX_BYTES_ENV = "VNREPORT_MAX_BYTES"  # how ``serve(workers>1)`` passes the limit to its worker processes
NDJSON = "application/x-ndjson"


class ExtractRequest(BaseModel):
    """The JSON body of ``POST /extract`` and one line of ``POST /extract/batch``."""

    # strict: "html": "yes" or "text": 5 is a 422, not silently coerced.
    model_config = ConfigDict(extra="forbid", strict=True)

    text: str = Field(description="The article's text; offsets in the result index it exactly as given.")
    id: Optional[str] = Field(None, description="Document id; default: the first 12 hex digits of the text's sha256.")
    html: bool = Field(False, description="Read the text as HTML (tags skipped, offsets still into the markup).")


class Health(BaseModel):
    status: str = Field(description='Always "ok" when the server answers.')
    version: str = Field(description="pipeline.__version__")


class BodyTooLarge(Exception):
    """A request body passed the server's ``max_bytes`` while being read."""

    def __init__(self, limit: int, seen: int | None = None) -> None:
        super().__init__(limit, seen)
        self.limit = limit
        self.seen = seen


def _error(status: int, code: str, message: str, **extra: Any) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "message": message}, **extra}, status_code=status)


def _too_large_response(exc: BodyTooLarge) -> JSONResponse:
    if exc.seen is not None:
        msg = f"request body is {exc.seen} bytes, more than the limit of {exc.limit}"
    else:
        msg = f"request body is more than the limit of {exc.limit} bytes"
    return _error(413, "too_large", msg)


class BodyLimitMiddleware:
    """Pure ASGI middleware: 413 for bodies over ``max_bytes``.

    A declared ``Content-Length`` over the limit is refused before anything is
    read; otherwise the bytes are counted as they arrive (chunked bodies), and
    reading past the limit raises :class:`BodyTooLarge`, turned into a 413 here
    as long as the response has not started (the endpoints read the whole body
    before they answer, so it has not)."""

    def __init__(self, app, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

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
                    await _error(400, "bad_content_length", "Content-Length is not a number")(scope, receive, send)
                    return
                if declared > limit:
                    await _too_large_response(BodyTooLarge(limit, declared))(scope, receive, send)
                    return
        seen = 0
        started = False

        async def limited_receive():
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    raise BodyTooLarge(limit)
            return message

        async def tracking_send(message):
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except BodyTooLarge as exc:
            if started:
                raise
            await _too_large_response(exc)(scope, receive, send)


# -- request handling --------------------------------------------------------


def _run(doc_id: str | None, html: bool, *, text: str | None = None, data: bytes | None = None,
         max_bytes: int | None = None) -> Document:
    """The one read → extract path (:func:`pipeline.source.process`); a bad input raises
    :class:`InputError` (answered 400), an unexpected failure :class:`InternalError` (500)."""
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


def _batch_records(body: bytes) -> Iterator[str]:
    """One JSON line per non-blank line of ``body``, in order; never raises."""
    for lineno, raw in enumerate(body.splitlines(), 1):
        if not raw.strip():
            continue
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
            rec = error_record(fallback_id, "bad_request_line", f"line {lineno}: {msgs}", sha256=line_sha, size=len(raw))
        else:
            result = process(doc_id=req.id, text=req.text, html=req.html, expose_errors=False)
            rec = result if isinstance(result, dict) else result.model_dump(mode="json")
        yield _json_line(rec)


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
        422: "Malformed JSON, missing or mistyped fields (error.code: invalid_request; FastAPI's detail list too).",
    }
    return {str(c): {"description": text[c], "content": {"application/json": {"schema": _ERROR_SCHEMA}}} for c in codes}


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
        "responses": _error_responses(400, 413, 415, 422),
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
            **_error_responses(400, 413),
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


def create_app(max_bytes: int = DEFAULT_MAX_BYTES) -> FastAPI:
    """The vnreport API; request bodies over ``max_bytes`` get 413."""
    if max_bytes <= 0:
        raise ValueError("max_bytes must be positive")

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        await run_in_threadpool(warm_up)  # once, before the first request
        yield

    app = FastAPI(
        title="vnreport",
        version=__version__,
        description="Structured, source-grounded JSON from Vietnamese government news reports.",
        lifespan=lifespan,
    )
    app.state.max_bytes = max_bytes
    app.add_middleware(BodyLimitMiddleware, max_bytes=max_bytes)

    @app.exception_handler(InputError)
    async def _input_error(request: Request, exc: InputError):
        return _error(413 if exc.code == "too_large" else 400, exc.code, exc.message)

    @app.exception_handler(InternalError)
    async def _internal(request: Request, exc: InternalError):
        return _error(500, "internal_error", str(exc))

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

    @app.get("/health", summary="Liveness and version", response_model=Health)
    def health() -> Health:
        return Health(status="ok", version=__version__)

    @app.get("/schema", summary="JSON Schema of a Document")
    def schema() -> dict:
        return Document.model_json_schema()

    @app.post(
        "/extract",
        response_model=Document,
        summary="Extract one document (JSON text or file upload)",
        openapi_extra=_extract_openapi(),
    )
    async def extract_one(request: Request):
        media = _media_type(request)
        if media == "application/json" or media.endswith("+json"):
            body = await request.body()
            try:
                req = ExtractRequest.model_validate_json(body)
            except ValidationError as e:
                raise _validation_error(e) from None
            return await run_in_threadpool(lambda: _run(req.id, req.html, text=req.text))
        if media == "multipart/form-data":
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
            return await run_in_threadpool(lambda: _run(doc_id, html, data=data, max_bytes=max_bytes))
        return _error(
            415,
            "unsupported_media_type",
            f"send application/json or multipart/form-data, not {media or 'no Content-Type'}",
        )

    @app.post(
        "/extract/batch",
        summary="Extract many documents: JSON Lines in, JSON Lines out (streamed)",
        response_class=StreamingResponse,
        openapi_extra=_batch_openapi(),
    )
    async def extract_batch(request: Request):
        # The body is bounded by max_bytes, so it is read whole (a 413 can still
        # be sent); the answer is then streamed line by line.
        body = await request.body()
        if not body.strip():
            return _error(400, "empty", f"request body has no line ({len(body)} bytes): send one JSON object per line")
        return StreamingResponse(_batch_records(body), media_type=NDJSON)

    return app


def app_from_env() -> FastAPI:
    """App factory for uvicorn worker processes (``serve(workers>1)``)."""
    return create_app(int(os.environ.get(MAX_BYTES_ENV, DEFAULT_MAX_BYTES)))


def serve(
    host: str = "127.0.0.1",
    port: int = 8000,
    max_bytes: int = DEFAULT_MAX_BYTES,
    workers: int = 1,
    log_level: str = "info",
) -> None:
    """Run the API with uvicorn (blocks until stopped)."""
    import uvicorn

    if workers <= 1:
        uvicorn.run(create_app(max_bytes), host=host, port=port, log_level=log_level)
    else:
        # Several processes need an import string; the limit goes by environment.
        os.environ[MAX_BYTES_ENV] = str(max_bytes)
        uvicorn.run("pipeline.server:app_from_env", factory=True, host=host, port=port,
                    workers=workers, log_level=log_level)
