"""End-to-end tests of the HTTP API (``pipeline.server``) over real HTTP.

The server is started for real -- ``pipeline.server.serve`` (uvicorn) in a
subprocess on 127.0.0.1 and a free port -- once for the module; the tests talk
to it with httpx, then run schemathesis against its live OpenAPI document. All
traffic stays on 127.0.0.1; the server is stopped at the end.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import socket
import subprocess
import sys
import textwrap
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

import pytest

import pipeline
from pipeline.models import Document, ErrorRecord

from helpers import varied_documents

httpx = pytest.importorskip("httpx")
pytest.importorskip("fastapi")
pytest.importorskip("uvicorn")

REPO = Path(__file__).resolve().parents[1]
SCHEMA_FILE = REPO / "schemas" / "document.schema.json"
MAX_BYTES = 64 * 1024  # small, so that 413 is cheap to provoke
STARTUP_TIMEOUT = 60.0

# A short report written for these tests (in the genre, not copied).
REPORT = (
    "Đồng chí Nguyễn Văn An, Bí thư Huyện ủy phát biểu tại hội nghị tổng kết năm 2024. "
    "Tỷ lệ hộ nghèo giảm 4,07%."
)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def running_server(log: Path, **options):
    """Base URL of a real uvicorn server running ``pipeline.server.serve(**options)`` in a
    subprocess on 127.0.0.1; stopped on exit, and its log must hold no traceback."""
    port = _free_port()
    args = ", ".join(f"{k}={v!r}" for k, v in options.items())
    code = f"from pipeline.server import serve; serve(host='127.0.0.1', port={port}, log_level='warning', {args})"
    with open(log, "wb") as out:
        proc = subprocess.Popen([sys.executable, "-c", code], cwd=REPO, stdout=out, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + STARTUP_TIMEOUT
        while True:
            if proc.poll() is not None:
                pytest.fail(f"server exited with {proc.returncode}:\n{log.read_text(errors='replace')}")
            try:
                if httpx.get(base + "/health", timeout=2, trust_env=False).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"server not up after {STARTUP_TIMEOUT:.0f} s:\n{log.read_text(errors='replace')}")
            time.sleep(0.1)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=5)
    # Nothing in the server's log may be a traceback (a 5xx the client did not see).
    text = log.read_text(errors="replace")
    assert "Traceback" not in text, text


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """The main server: default limits, but 8 extraction threads (the concurrency test)."""
    log = tmp_path_factory.mktemp("server") / "server.log"
    with running_server(log, max_bytes=MAX_BYTES, extract_threads=8) as base:
        yield base


@pytest.fixture(scope="module")
def client(server):
    with httpx.Client(base_url=server, timeout=30, trust_env=False) as c:  # no proxy: 127.0.0.1 only
        yield c


def assert_grounded(doc: dict, text: str) -> None:
    """Every span of ``doc`` is a slice of ``text``."""
    spans = []
    for o in doc["officials"]:
        spans += o["mentions"] + [p["span"] for p in o["positions"]]
    for key in ("percentages", "indicator_counts", "tasks"):
        for item in doc[key]:
            spans.append(item["span"])
            if item.get("subject_span"):
                spans.append(item["subject_span"])
    assert spans
    for s in spans:
        assert text[s["start"]:s["end"]] == s["text"], s


def assert_error(resp, status: int, code: str) -> dict:
    assert resp.status_code == status, resp.text
    assert resp.headers["content-type"].startswith("application/json")
    body = resp.json()
    assert body["error"]["code"] == code, body
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]
    return body


# -- basics ------------------------------------------------------------------


def test_concurrent_requests_on_a_fresh_server(server):
    """The first extractions arrive together (kept first in this file, so the
    server has extracted nothing yet): each gets its Document. Regression test
    for the thread-unsafe lazy model load in underthesea, which the server's
    start-up warm-up avoids (see test_library_first_extract_in_threads_is_safe)."""
    texts = [REPORT.replace("4,07%", f"{i},5%") for i in range(16)]

    def post(text):
        with httpx.Client(base_url=server, timeout=60, trust_env=False) as c:
            return c.post("/extract", json={"text": text})

    with ThreadPoolExecutor(len(texts)) as pool:
        responses = list(pool.map(post, texts))
    assert [r.status_code for r in responses] == [200] * len(texts), [r.text for r in responses if r.status_code != 200]
    assert [r.json()["percentages"][0]["value"] for r in responses] == [i + 0.5 for i in range(16)]


def test_health(client):
    r = client.get("/health")
    assert r.status_code == 200
    assert r.json() == {"status": "ok", "version": pipeline.__version__, "pending": 0, "max_pending": 64,
                        "abandoned": 0}


def test_schema_is_the_document_schema(client):
    r = client.get("/schema")
    assert r.status_code == 200
    assert r.json() == Document.model_json_schema()
    assert r.json() == json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))


def test_openapi_and_docs(client):
    spec = client.get("/openapi.json").json()
    assert spec["info"]["version"] == pipeline.__version__
    ok = spec["paths"]["/extract"]["post"]["responses"]["200"]["content"]["application/json"]["schema"]
    assert ok == {"$ref": "#/components/schemas/Document"}
    body = spec["paths"]["/extract"]["post"]["requestBody"]["content"]
    assert set(body) == {"application/json", "multipart/form-data"}
    assert {"Document", "ExtractRequest", "ErrorRecord", "ErrorResponse"} <= set(spec["components"]["schemas"])
    assert "application/x-ndjson" in spec["paths"]["/extract/batch"]["post"]["requestBody"]["content"]


@pytest.mark.parametrize("page, marker", [("/docs", "SwaggerUIBundle"), ("/redoc", "<redoc")])
def test_docs_pages_load_offline(client, page, marker):
    """/docs and /redoc name no outside host: their scripts, styles and icon come from the server."""
    r = client.get(page)
    assert r.status_code == 200 and marker in r.text
    assert re.findall(r"https?://", r.text) == []
    assets = re.findall(r'(?:src|href)="([^"]+)"', r.text)
    assert assets and all(a.startswith("/docs-assets/") for a in assets), assets
    for asset in assets:
        got = client.get(asset)
        assert got.status_code == 200 and len(got.content) > 1000, asset
    assert "/openapi.json" in r.text


def test_docs_disabled_without_the_asset_package(monkeypatch):
    """Without fastapi-offline's files there are no /docs and /redoc (no blank CDN page);
    the OpenAPI document stays at /openapi.json."""
    from fastapi.testclient import TestClient

    import pipeline.server as server_module

    monkeypatch.setitem(sys.modules, "fastapi_offline", None)  # import fails
    assert server_module._docs_assets() is None
    c = TestClient(server_module.create_app())
    assert_error(c.get("/docs"), 404, "not_found")
    assert_error(c.get("/redoc"), 404, "not_found")
    assert c.get("/openapi.json").json()["info"]["title"] == "vnreport"


# -- POST /extract -------------------------------------------------------------


def test_extract_json(client):
    r = client.post("/extract", json={"text": REPORT, "id": "hn-2024"})
    assert r.status_code == 200, r.text
    doc = r.json()
    Document.model_validate(doc)
    assert doc["id"] == "hn-2024"
    assert doc["source"] == {"path": None, "sha256": hashlib.sha256(REPORT.encode()).hexdigest(), "chars": len(REPORT)}
    [official] = doc["officials"]
    assert official["name"] == "Nguyễn Văn An"
    assert official["honorific"] == "đồng chí"
    assert [(p["title"], p["organization"]) for p in official["positions"]] == [("Bí thư", "Huyện ủy")]
    [pct] = doc["percentages"]
    assert (pct["value"], pct["text"], pct["change"]) == (4.07, "4,07%", "decrease")
    assert pct["subject"] == "Tỷ lệ hộ nghèo"
    assert doc["report_year"] == 2024
    assert_grounded(doc, REPORT)


def test_extract_json_default_id_and_html(client):
    html = "<p>Đồng chí <b>Nguyễn Văn An</b>, Bí thư Huyện ủy phát biểu. Tỷ lệ hộ nghèo giảm 4,07%.</p>"
    r = client.post("/extract", json={"text": html, "html": True})
    assert r.status_code == 200, r.text
    doc = r.json()
    assert doc["id"] == hashlib.sha256(html.encode()).hexdigest()[:12]
    assert [p["value"] for p in doc["percentages"]] == [4.07]
    assert_grounded(doc, html)  # offsets point into the markup as given
    plain = client.post("/extract", json={"text": html}).json()
    assert "html_detected" in [w["code"] for w in plain["warnings"]]


@pytest.mark.parametrize(
    "codec, warning",
    [("utf-16", "utf16_decoded"), ("utf-16-le", "utf16_decoded"), ("utf-8-sig", None)],
)
def test_extract_upload_decodes_like_the_cli(client, codec, warning):
    data = REPORT.encode(codec)
    r = client.post("/extract", files={"file": ("bao-cao 2024.txt", data, "text/plain")})
    assert r.status_code == 200, r.text
    doc = r.json()
    Document.model_validate(doc)
    assert doc["id"] == "bao-cao_2024"  # the file name's stem, made safe, as in the CLI
    assert doc["source"]["sha256"] == hashlib.sha256(data).hexdigest()  # of the uploaded bytes
    assert doc["source"]["chars"] == len(REPORT)
    assert [o["name"] for o in doc["officials"]] == ["Nguyễn Văn An"]
    assert [p["value"] for p in doc["percentages"]] == [4.07]
    assert_grounded(doc, REPORT)  # offsets index the decoded text
    codes = [w["code"] for w in doc["warnings"]]
    assert codes == ([warning] if warning else [])


def test_extract_upload_form_fields(client):
    html = "<p>Tỷ lệ hộ nghèo giảm <b>4,07%</b>.</p>".encode()
    r = client.post("/extract", files={"file": ("x.html", html)}, data={"html": "true", "id": "given"})
    assert r.status_code == 200, r.text
    assert r.json()["id"] == "given"
    assert [p["value"] for p in r.json()["percentages"]] == [4.07]
    bad = client.post("/extract", files={"file": ("x.txt", b"abc")}, data={"html": "maybe"})
    assert_error(bad, 422, "invalid_request")
    missing = client.post("/extract", data={"html": "false"}, files={"other": ("x.txt", b"abc")})
    assert_error(missing, 422, "invalid_request")


@pytest.mark.parametrize(
    "data, code",
    [
        (b"", "empty"),
        (b" \r\n\t ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01\x02\x03", "binary"),
        ("Tỷ lệ hộ nghèo giảm".encode() + b"\xff\xfe 4,07%", "invalid_utf8"),
    ],
    ids=["empty", "whitespace", "binary", "invalid_utf8"],
)
def test_extract_upload_bad_input_is_400(client, data, code):
    r = client.post("/extract", files={"file": ("a.txt", data)})
    assert_error(r, 400, code)


@pytest.mark.parametrize(
    "text, code", [("", "empty"), ("  \n ", "empty"), ("a\x00b", "binary")], ids=["empty", "whitespace", "nul"]
)
def test_extract_json_bad_text_is_400(client, text, code):
    assert_error(client.post("/extract", json={"text": text}), 400, code)


@pytest.mark.parametrize(
    "body",
    [b"{not json", b'{"id": "x"}', b'{"text": 5}', b'{"text": "a", "html": "yes"}', b'{"text": "a", "extra": 1}',
     b"\xff\xfe\x00", b'"just a string"', b'{"text": "\\ud800"}'],
    ids=["malformed", "missing_text", "text_not_str", "html_not_bool", "extra_field", "not_utf8", "not_object",
         "lone_surrogate"],
)
def test_extract_invalid_json_is_422(client, body):
    r = client.post("/extract", content=body, headers={"content-type": "application/json"})
    err = assert_error(r, 422, "invalid_request")
    assert isinstance(err["detail"], list) and err["detail"]  # FastAPI's validation detail


def test_extract_unsupported_media_type_is_415(client):
    r = client.post("/extract", content=REPORT.encode(), headers={"content-type": "text/plain"})
    assert_error(r, 415, "unsupported_media_type")


def test_unknown_path_and_method(client):
    assert_error(client.get("/nope"), 404, "not_found")
    r = client.get("/extract")
    assert_error(r, 405, "method_not_allowed")
    assert "POST" in r.headers["allow"]


# -- size limit ------------------------------------------------------------------


def test_too_large_by_content_length_is_413(client):
    data = ("Tỷ lệ hộ nghèo giảm 4,07%. " * 5000).encode()
    assert len(data) > MAX_BYTES
    assert_error(client.post("/extract", files={"file": ("big.txt", data)}), 413, "too_large")
    assert_error(client.post("/extract", json={"text": data.decode()}), 413, "too_large")
    line = json.dumps({"text": data.decode()}, ensure_ascii=False).encode() + b"\n"
    assert_error(client.post("/extract/batch", content=line), 413, "too_large")


def test_too_large_chunked_is_413(client):
    chunk = b'{"text": "' + b"a" * 8192

    def body():  # a generator: sent chunked, without Content-Length
        for _ in range(MAX_BYTES // len(chunk) + 2):
            yield chunk

    r = client.post("/extract", content=body(), headers={"content-type": "application/json"})
    assert "content-length" not in r.request.headers
    assert_error(r, 413, "too_large")
    # under the limit, a chunked body is read as usual
    small = (json.dumps({"text": REPORT}).encode(),)
    r = client.post("/extract", content=iter(small), headers={"content-type": "application/json"})
    assert r.status_code == 200, r.text
    # the server is still fine afterwards
    assert client.get("/health").status_code == 200


# -- POST /extract/batch -----------------------------------------------------------


def test_batch_streams_one_record_per_line_in_order(client):
    lines = [
        json.dumps({"id": "first", "text": REPORT}, ensure_ascii=False),
        '{"id": "broken", "text": ',  # malformed
        json.dumps({"id": "third", "text": "<p>Thu ngân sách đạt 115% dự toán.</p>", "html": True}, ensure_ascii=False),
    ]
    body = ("\n".join(lines) + "\n").encode()
    with client.stream("POST", "/extract/batch", content=body, headers={"content-type": "application/x-ndjson"}) as r:
        assert r.status_code == 200
        assert r.headers["content-type"].startswith("application/x-ndjson")
        out = [json.loads(line) for line in r.iter_lines() if line]
    assert [rec["id"] for rec in out] == ["first", "line-2", "third"]
    first = Document.model_validate(out[0])
    assert [o.name for o in first.officials] == ["Nguyễn Văn An"]
    assert_grounded(out[0], REPORT)
    err = ErrorRecord.model_validate(out[1])
    assert err.error.code == "bad_request_line"
    assert "line 2" in err.error.message
    third = Document.model_validate(out[2])
    assert [p.value for p in third.percentages] == [115.0]


def test_batch_bad_documents_become_error_records(client):
    body = "\n".join([
        json.dumps({"text": "   "}),
        "",  # blank lines are skipped
        json.dumps({"id": "nul", "text": "a\x00b"}),
        json.dumps({"text": 5}),
        "[1, 2]",
        json.dumps({"id": "ok", "text": REPORT}, ensure_ascii=False),
    ]).encode()
    r = client.post("/extract/batch", content=body)
    assert r.status_code == 200
    out = [json.loads(line) for line in r.text.splitlines()]
    assert [rec.get("error", {}).get("code") for rec in out] == ["empty", "binary", "bad_request_line",
                                                                 "bad_request_line", None]
    assert [rec["id"] for rec in out][1:] == ["nul", "line-4", "line-5", "ok"]
    for rec in out[:4]:
        ErrorRecord.model_validate(rec)
    Document.model_validate(out[4])


def test_batch_lines_survive_any_line_splitter(client):
    """U+0085, U+2028 and U+2029 are legal raw in JSON strings but end lines for
    str.splitlines(): the server escapes them, so one record stays one line."""
    odd = "a\u0085b\u2028c\u2029d"
    body = (json.dumps({"id": odd, "text": REPORT}) + "\n" + json.dumps({"id": "z", "text": odd}) + "\n").encode()
    r = client.post("/extract/batch", content=body)
    assert r.status_code == 200
    lines = r.text.splitlines()
    assert len(lines) == 2
    first, second = map(json.loads, lines)
    assert first["id"] == odd
    assert second["id"] == "z"


def test_batch_empty_body_is_400(client):
    assert_error(client.post("/extract/batch", content=b""), 400, "empty")
    assert_error(client.post("/extract/batch", content=b"\n \n"), 400, "empty")


# -- schemathesis against the live OpenAPI document ----------------------------------

# Custom (de)serializers so schemathesis can send and check JSON Lines bodies;
# loaded by its CLI through SCHEMATHESIS_HOOKS.
ST_HOOKS = '''
import json
import schemathesis


@schemathesis.serializer("application/x-ndjson")
def ndjson_serializer(ctx, value):
    items = value if isinstance(value, list) else [value]
    return "".join(json.dumps(v, ensure_ascii=False) + "\\n" for v in items).encode("utf-8")


if hasattr(schemathesis, "deserializer"):  # lets response_schema_conformance check the lines

    @schemathesis.deserializer("application/x-ndjson")
    def ndjson_deserializer(ctx, response):
        return [json.loads(line) for line in response.content.decode("utf-8").split("\\n") if line.strip()]
'''


def test_schemathesis_finds_no_server_error(server, tmp_path):
    pytest.importorskip("schemathesis")
    (tmp_path / "vnreport_st_hooks.py").write_text(ST_HOOKS, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.lower().endswith("_proxy")}  # 127.0.0.1 only
    env.update(SCHEMATHESIS_HOOKS="vnreport_st_hooks", NO_COLOR="1", NO_PROXY="127.0.0.1,localhost",
               PYTHONPATH=os.pathsep.join(p for p in [str(tmp_path), os.environ.get("PYTHONPATH")] if p))
    # Every check but two: the API rejects some schema-valid input by design
    # (whitespace-only, NUL or binary text: 400), and a malformed batch line
    # is an error record in a 200 stream, not a rejected request.
    cmd = [
        sys.executable, "-m", "schemathesis.cli", "run", server + "/openapi.json",
        "--checks", "all",
        "--exclude-checks", "positive_data_acceptance,negative_data_rejection",
        "--max-examples", "20",
        "--seed", "20240",
        "--workers", "2",
        "--request-timeout", "20",
    ]
    proc = subprocess.run(cmd, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=75)
    out = proc.stdout + proc.stderr
    assert proc.returncode == 0, out
    assert "Server error" not in out, out
    assert "4 selected / 4 total" in out, out  # all operations were tested


# -- a library bug found through the server ------------------------------------------

RACE = textwrap.dedent("""
    import threading
    from pipeline import extract
    from pipeline.nlp import load

    load()  # builds the spaCy pipeline; underthesea's model is still not loaded
    barrier = threading.Barrier(8)
    errors = []

    def work():
        barrier.wait()
        try:
            extract({text!r})
        except Exception as e:
            errors.append(repr(e))

    threads = [threading.Thread(target=work) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(len(errors), errors[:1])
""")


def test_library_first_extract_in_threads_is_safe():
    # A fresh process each time (this one has long loaded the model). The race
    # shows in about 9 runs of 10; up to 5 runs make a false pass very unlikely.
    for _ in range(5):
        proc = subprocess.run([sys.executable, "-c", RACE.format(text=REPORT)], cwd=REPO,
                              capture_output=True, text=True, timeout=60)
        assert proc.returncode == 0, proc.stderr
        assert proc.stdout.startswith("0 "), proc.stdout


# -- many varied requests at once: each gets what it gets alone -------------------------


def test_concurrent_varied_requests_get_their_results_alone(server, client):
    """40 different articles posted at once (8 extraction threads) get byte for byte
    the answers they get one at a time."""
    docs = varied_documents(40, seed=29)
    alone = [client.post("/extract", json={"text": t, "id": f"d{i}"}) for i, t in enumerate(docs)]
    assert [r.status_code for r in alone] == [200] * len(docs)
    found = [r.json() for r in alone]
    assert sum(len(d["officials"]) for d in found) > 40  # rich documents: the comparison means something
    assert sum(len(d["percentages"]) for d in found) > 40
    assert sum(len(d["tasks"]) for d in found) > 40
    barrier = threading.Barrier(len(docs))

    def post(i):
        with httpx.Client(base_url=server, timeout=120, trust_env=False) as c:
            barrier.wait(timeout=30)
            return c.post("/extract", json={"text": docs[i], "id": f"d{i}"})

    with ThreadPoolExecutor(len(docs)) as pool:
        together = list(pool.map(post, range(len(docs))))
    assert [r.status_code for r in together] == [200] * len(docs)
    differing = [i for i, (a, b) in enumerate(zip(alone, together)) if a.content != b.content]
    assert differing == []


# -- load: a tight server (2 slots, 1 extraction thread, 2 s body timeout) ---------------------

TIGHT = dict(max_bytes=1024 * 1024, max_pending=2, extract_threads=1, body_timeout=2.0, retry_after=7,
             keep_alive=1, limit_concurrency=50)


@pytest.fixture(scope="module")
def tight_log(tmp_path_factory):
    return tmp_path_factory.mktemp("tight") / "server.log"


@pytest.fixture(scope="module")
def tight(tight_log):
    with running_server(tight_log, **TIGHT) as base:
        yield base


def health(base: str) -> dict:
    r = httpx.get(base + "/health", timeout=5, trust_env=False)
    assert r.status_code == 200
    return r.json()


def wait_for(base: str, predicate, what: str, timeout: float = 30.0) -> dict:
    deadline = time.monotonic() + timeout
    while True:
        h = health(base)
        if predicate(h):
            return h
        if time.monotonic() > deadline:
            pytest.fail(f"not {what} after {timeout:.0f} s: {h}")
        time.sleep(0.05)


def post_in_background(base: str, pool: ThreadPoolExecutor, text: str, doc_id: str):
    def post():
        with httpx.Client(base_url=base, timeout=300, trust_env=False) as c:
            return c.post("/extract", json={"text": text, "id": doc_id})

    return pool.submit(post)


# -- held extractions: a real uvicorn server in this process, whose extractions of documents
# -- whose id starts with "held" run until the test releases them -------------------------------


class Held:
    """Replaces ``pipeline.server.process``: a document whose id starts with ``held`` is
    extracted again and again (CPU-bound, holding the GIL as a long article does) until
    :attr:`gate` is set; :attr:`started` is set once its extraction runs. Other documents
    pass straight through. A request's state is then known, not guessed from an article's
    length: the slow articles these tests used raced with the machine's load on CI."""

    def __init__(self, real):
        self.real = real
        self.gate = threading.Event()
        self.started = threading.Event()

    def __call__(self, **kwargs):
        if not str(kwargs.get("doc_id") or "").startswith("held"):
            return self.real(**kwargs)
        self.started.set()
        result = self.real(**kwargs)
        while not self.gate.wait(0.01):
            result = self.real(**kwargs)
        return result


@contextmanager
def released(hold: Held, pool: ThreadPoolExecutor):
    """``pool``, whose held requests are let go however the block ends (a failed
    assertion must not leave the pool's exit waiting on a held extraction)."""
    with pool:
        try:
            yield pool
        finally:
            hold.gate.set()


@pytest.fixture
def held(monkeypatch, caplog):
    """(base URL, :class:`Held`) of a tight uvicorn server run in a thread of this process."""
    import uvicorn

    import pipeline.server

    hold = Held(pipeline.server.process)
    monkeypatch.setattr(pipeline.server, "process", hold)
    limits = {k: v for k, v in TIGHT.items() if k not in ("keep_alive", "limit_concurrency")}
    port = _free_port()
    config = uvicorn.Config(pipeline.server.create_app(**limits), host="127.0.0.1", port=port, log_level="warning",
                            limit_concurrency=TIGHT["limit_concurrency"], timeout_keep_alive=TIGHT["keep_alive"])
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="held-uvicorn", daemon=True)
    caplog.set_level("WARNING", logger="vnreport.server")
    thread.start()
    try:
        deadline = time.monotonic() + STARTUP_TIMEOUT
        while not server.started:
            assert thread.is_alive() and time.monotonic() < deadline, "in-process server did not start"
            time.sleep(0.05)
        yield f"http://127.0.0.1:{port}", hold
    finally:
        hold.gate.set()
        server.should_exit = True
        thread.join(30)
    assert not thread.is_alive()
    assert not [r for r in caplog.records if r.exc_info], "a traceback in the server's log"


def test_health_answers_while_extraction_is_saturated_and_more_gets_503(held):
    base, hold = held
    with released(hold, ThreadPoolExecutor(2)) as pool:
        slow = [post_in_background(base, pool, REPORT, f"held{n}") for n in (1, 2)]
        assert hold.started.wait(60), "the first held extraction never started"
        wait_for(base, lambda h: h["pending"] == 2, "saturated")
        with httpx.Client(base_url=base, timeout=5, trust_env=False) as c:
            for _ in range(5):
                t0 = time.monotonic()
                r = c.get("/health")
                assert r.status_code == 200
                assert time.monotonic() - t0 < 1.0
            t0 = time.monotonic()
            assert c.get("/schema").status_code == 200 and time.monotonic() - t0 < 1.0
            # beyond max_pending: 503, Retry-After, the error shape -- at once, nothing read
            for r in (c.post("/extract", json={"text": REPORT}),
                      c.post("/extract", files={"file": ("a.txt", REPORT.encode())}),
                      c.post("/extract/batch", content=json.dumps({"text": REPORT}).encode())):
                assert_error(r, 503, "overloaded")
                assert r.headers["retry-after"] == "7"
            assert c.get("/health").json()["pending"] == 2
        assert not any(f.done() for f in slow)
        hold.gate.set()
        results = [f.result(timeout=120) for f in slow]
    assert [r.status_code for r in results] == [200, 200]
    assert [r.json()["id"] for r in results] == ["held1", "held2"]
    assert [len(r.json()["officials"]) for r in results] == [1, 1]  # the real extraction's result
    assert health(base)["pending"] == 0


def test_health_is_not_behind_a_full_queue(monkeypatch):
    """More held extractions (48) than the event loop's default thread pool has threads
    (40): /health, /schema and /openapi.json answer at once all the same, because
    extraction has its own executor and the cheap endpoints wait for no thread. (Before,
    /health took 54 s behind 42 requests.)"""
    from fastapi.testclient import TestClient

    import pipeline.server
    from pipeline.server import create_app

    gate = threading.Event()
    real = pipeline.server.process

    def held(**kwargs):
        gate.wait(60)
        return real(**kwargs)

    monkeypatch.setattr(pipeline.server, "warm_up", lambda: None)
    monkeypatch.setattr(pipeline.server, "process", held)
    n = 48
    app = create_app(max_pending=n, extract_threads=1)
    with TestClient(app) as c, ThreadPoolExecutor(n) as pool:
        try:
            held_requests = [pool.submit(c.post, "/extract", json={"text": ""}) for _ in range(n)]
            deadline = time.monotonic() + 30
            while c.get("/health").json()["pending"] < n:
                assert time.monotonic() < deadline, c.get("/health").json()
                time.sleep(0.05)
            for path in ("/health", "/schema", "/openapi.json", "/health"):
                t0 = time.monotonic()
                assert c.get(path).status_code == 200
                assert time.monotonic() - t0 < 1.0, path
            over = c.post("/extract", json={"text": ""})
            assert_error(over, 503, "overloaded")
        finally:
            gate.set()
        assert [f.result(timeout=60).status_code for f in held_requests] == [400] * n  # empty text
    assert app.state.extractor.pending == 0


def _raw_exchange(base: str, request: bytes, timeout: float = 20.0) -> tuple[bytes, float]:
    """Send ``request`` on a raw socket, read until the server closes; (answer, seconds)."""
    host, port = base.rsplit("//", 1)[1].split(":")
    with socket.create_connection((host, int(port)), timeout=timeout) as s:
        t0 = time.monotonic()
        s.sendall(request)
        chunks = []
        while True:
            data = s.recv(65536)
            if not data:
                break
            chunks.append(data)
        return b"".join(chunks), time.monotonic() - t0


STALLED = {
    "json": b"POST /extract HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            b"Content-Length: 5000\r\n\r\n" + b'{"text": "T\xe1\xbb\xb7 l\xe1\xbb\x87',
    "upload": b"POST /extract HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: multipart/form-data; boundary=XyZ\r\n"
              b"Content-Length: 5000\r\n\r\n--XyZ\r\nContent-Disposition: form-data; name=\"file\"; "
              b"filename=\"a.txt\"\r\n\r\nT\xe1\xbb\xb7 l\xe1\xbb\x87",
    "batch_chunked": b"POST /extract/batch HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                     b"%x\r\n%s\r\n" % (len(b'{"text": "abcdefg'), b'{"text": "abcdefg'),
}


@pytest.mark.parametrize("kind", list(STALLED))
def test_stalled_upload_gets_408(tight, kind):
    answer, seconds = _raw_exchange(tight, STALLED[kind])  # a body begun, then nothing
    status, _, rest = answer.partition(b"\r\n")
    assert status.startswith(b"HTTP/1.1 408"), answer[:300]
    body = json.loads(rest.split(b"\r\n\r\n", 1)[1])
    assert body["error"]["code"] == "body_timeout" and "2 s" in body["error"]["message"]
    assert 1.5 < seconds < 10, seconds  # body_timeout is 2 s; the server closed the connection
    assert health(tight)["pending"] == 0  # the slot is free again


def test_idle_keep_alive_connection_is_closed(tight):
    request = b"GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"  # keep-alive by default
    answer, seconds = _raw_exchange(tight, request)
    assert answer.startswith(b"HTTP/1.1 200"), answer[:200]
    assert seconds < 5, seconds  # keep_alive is 1 s: not left open for the client's timeout (20 s)


def test_disconnected_client_extraction_is_abandoned(held, caplog):
    base, hold = held
    with released(hold, ThreadPoolExecutor(1)) as pool:
        running = post_in_background(base, pool, REPORT, "held")
        assert hold.started.wait(60), "the held extraction never started"  # it has the only thread
        # A second request queues behind it; its client then goes away.
        host, port = base.rsplit("//", 1)[1].split(":")
        body = json.dumps({"text": REPORT, "id": "gone"}).encode()
        with socket.create_connection((host, int(port)), timeout=10) as s:
            s.sendall(b"POST /extract HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                      b"Content-Length: %d\r\n\r\n%s" % (len(body), body))
            wait_for(base, lambda h: h["pending"] == 2, "queued")
        h = wait_for(base, lambda h: h["abandoned"] == 1, "abandoned")
        assert h["pending"] == 1  # dropped while the held one still runs, not after it
        assert not running.done()
        hold.gate.set()
        assert running.result(timeout=120).status_code == 200
    assert health(base) == {**h, "pending": 0}
    assert "abandoned before its extraction started" in caplog.text


def test_disconnected_client_batch_stops(held, caplog):
    base, hold = held
    docs = varied_documents(40, seed=5)
    ids = ["b0", "held1"] + [f"b{i}" for i in range(2, 40)]
    body = "".join(json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n" for i, t in zip(ids, docs))
    with httpx.Client(base_url=base, timeout=60, trust_env=False) as c:
        with c.stream("POST", "/extract/batch", content=body.encode()) as r:
            assert r.status_code == 200
            first = json.loads(next(r.iter_lines()))
            assert first["id"] == "b0"
            assert hold.started.wait(60)  # line 2 runs (and runs) while the client leaves
        # leaving the block closes the connection after one line of 40
    hold.gate.set()
    h = wait_for(base, lambda h: h["pending"] == 0, "released", timeout=60)
    assert h["abandoned"] == 1
    stopped = re.search(r"stopped after (\d+) of 40 lines", caplog.text)
    assert stopped and int(stopped.group(1)) <= 2, caplog.text


# -- every error in the {"error"} shape, without exception text ----------------------------

SECRET = "secret-internals-0xdeadbeef"


def _boom(*args, **kwargs):
    raise RuntimeError(SECRET)


@pytest.fixture
def app_client():
    from fastapi.testclient import TestClient

    from pipeline.server import create_app

    app = create_app()
    # no lifespan (no warm-up: the extraction is replaced); exceptions answered, not raised
    return app, TestClient(app, raise_server_exceptions=False)


@pytest.mark.parametrize("where", ["extract_source", "process"])
def test_extraction_failure_is_500_without_exception_text(app_client, monkeypatch, caplog, where):
    """Extraction raising inside process() (caught there: internal_error record) or
    process() itself raising (the app's last-resort handler): a 500 in the error
    shape, the exception only in the log."""
    import pipeline.server
    import pipeline.source

    monkeypatch.setattr(pipeline.source if where == "extract_source" else pipeline.server, where, _boom)
    app, c = app_client
    for r in (c.post("/extract", json={"text": REPORT}), c.post("/extract", files={"file": ("a.txt", REPORT.encode())})):
        body = assert_error(r, 500, "internal_error")
        assert SECRET not in r.text and "RuntimeError" not in r.text and "Traceback" not in r.text
        assert set(body) == {"error"}
    assert SECRET in caplog.text  # logged instead
    assert app.state.extractor.pending == 0


@pytest.mark.parametrize("where", ["extract_source", "process"])
def test_batch_failure_is_an_error_record_without_exception_text(app_client, monkeypatch, caplog, where):
    import pipeline.server
    import pipeline.source

    monkeypatch.setattr(pipeline.source if where == "extract_source" else pipeline.server, where, _boom)
    app, c = app_client
    body = "\n".join([json.dumps({"id": "a", "text": REPORT}), "{broken", json.dumps({"text": REPORT})])
    r = c.post("/extract/batch", content=body.encode())
    assert r.status_code == 200
    out = [json.loads(line) for line in r.text.splitlines()]
    assert [rec["error"]["code"] for rec in out] == ["internal_error", "bad_request_line", "internal_error"]
    assert [rec["id"] for rec in out] == ["a", "line-2", hashlib.sha256(REPORT.encode()).hexdigest()[:12]]
    for rec in out:
        ErrorRecord.model_validate(rec)
    assert SECRET not in r.text and "RuntimeError" not in r.text
    assert SECRET in caplog.text
    assert app.state.extractor.pending == 0


def test_unexpected_error_outside_extraction_is_500(app_client, monkeypatch, caplog):
    import pipeline.server

    monkeypatch.setattr(pipeline.server, "_media_type", _boom)
    _, c = app_client
    r = c.post("/extract", json={"text": REPORT})
    assert_error(r, 500, "internal_error")
    assert SECRET not in r.text
    assert SECRET in caplog.text


# -- vnreport serve ----------------------------------------------------------------------


def test_serve_passes_its_options_to_uvicorn(monkeypatch):
    import uvicorn
    from click.testing import CliRunner

    from pipeline.cli import cli

    seen = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: seen.update(app=app, **kw))
    result = CliRunner().invoke(cli, ["serve", "--port", "8123", "--max-pending", "4", "--threads", "3",
                                      "--body-timeout", "9.5", "--retry-after", "2", "--limit-concurrency", "20",
                                      "--keep-alive", "3", "--max-bytes", "1000"])
    assert result.exit_code == 0, result.output
    assert (seen["port"], seen["limit_concurrency"], seen["timeout_keep_alive"]) == (8123, 20, 3)
    limits = seen["app"].state.limits
    assert (limits.max_pending, limits.extract_threads, limits.body_timeout, limits.retry_after, limits.max_bytes) \
        == (4, 3, 9.5, 2, 1000)


def test_worker_processes_get_the_limits(monkeypatch):
    """serve(workers>1) hands the limits to uvicorn's worker processes through the environment."""
    import uvicorn

    import pipeline.server as server_module

    seen = {}
    monkeypatch.setattr(uvicorn, "run", lambda target, **kw: seen.update(target=target, **kw))
    monkeypatch.setenv(server_module.LIMITS_ENV, "{}")  # restored (to absent) after the test
    server_module.serve(workers=2, max_bytes=1234, max_pending=5, extract_threads=2, body_timeout=3.0,
                        limit_concurrency=30, keep_alive=2)
    assert (seen["target"], seen["factory"], seen["workers"]) == ("pipeline.server:app_from_env", True, 2)
    assert (seen["limit_concurrency"], seen["timeout_keep_alive"]) == (30, 2)
    limits = server_module.app_from_env().state.limits
    assert (limits.max_bytes, limits.max_pending, limits.extract_threads, limits.body_timeout) == (1234, 5, 2, 3.0)


@pytest.mark.parametrize("module", ["fastapi", "uvicorn"])
def test_serve_without_the_serve_extra_says_what_to_install(module):
    """A plain install has no fastapi/uvicorn: a hint and exit 2, no traceback."""
    code = (f"import sys; sys.modules[{module!r}] = None; sys.argv = ['vnreport', 'serve']; "
            "from pipeline.cli import main; main()")
    proc = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2, proc.stderr
    assert "pip install 'vnreport[serve]'" in proc.stderr.splitlines()
    assert module in proc.stderr and "Traceback" not in proc.stderr
