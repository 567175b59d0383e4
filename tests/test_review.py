"""The HTML review page (pipeline.review): markup, text fidelity, nesting, browser."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from html.parser import HTMLParser
from pathlib import Path

import pytest

from pipeline.models import Document
from pipeline.review import render_html, write_review

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}

TEXT = (
    "Đồng chí Nông Bình Cương, Bí thư Huyện ủy phát biểu. Tỷ lệ hộ nghèo giảm 4,07%.\n"
    'Có 24/30 chỉ tiêu đạt và vượt <b>& "x" \'y\'.\n'
    "\n"
    "Năm 2025, đồng chí Cương yêu cầu phấn đấu giảm tỷ lệ hộ nghèo 3% trở lên."
)


def span(text: str, needle: str, start: int = 0) -> dict:
    i = text.index(needle, start)
    return {"start": i, "end": i + len(needle), "text": needle}


def make_doc(text: str = TEXT) -> dict:
    """A hand-built Document for TEXT: 1 official, 2 percentages, 1 indicator count, 1 task."""
    task = span(text, "phấn đấu giảm tỷ lệ hộ nghèo 3% trở lên")
    doc = {
        "id": "test-doc",
        "source": {"path": None, "sha256": "0" * 64, "chars": len(text)},
        "officials": [
            {
                "name": "Nông Bình Cương",
                "honorific": "đồng chí",
                "positions": [
                    {
                        "title": "Bí thư",
                        "organization": "Huyện ủy",
                        "organization_expanded": "Huyện ủy",
                        "text": "Bí thư Huyện ủy",
                        "span": span(text, "Bí thư Huyện ủy"),
                        "rule": "position-after-name",
                    }
                ],
                "mentions": [span(text, "Nông Bình Cương"), span(text, "Cương", text.index("Năm 2025"))],
                "rule": "honorific-name",
            }
        ],
        "percentages": [
            {
                "value": 4.07,
                "text": "4,07%",
                "span": span(text, "4,07%"),
                "change": "decrease",
                "subject": "Tỷ lệ hộ nghèo",
                "subject_span": span(text, "Tỷ lệ hộ nghèo"),
                "rule": "pct</script><script>alert(1)</script>",  # must not break the page
            },
            {
                "value": 3.0,
                "text": "3%",
                "span": span(text, "3%"),
                "qualifier": "at_least",
                "change": "decrease",
                "is_target": True,
                "rule": "pct",
            },
        ],
        "indicator_counts": [
            {
                "count": 24,
                "total": 30,
                "unit": "chỉ tiêu",
                "status": "đạt và vượt",
                "outcome": "met_or_exceeded",
                "text": "24/30 chỉ tiêu đạt và vượt",
                "span": span(text, "24/30 chỉ tiêu đạt và vượt"),
                "rule": "count-of-total",
            }
        ],
        "tasks": [{"year": 2025, "text": task["text"], "span": task, "issued_by": "Nông Bình Cương", "rule": "task"}],
        "pipeline": {"version": "test"},
    }
    return Document.model_validate(doc).model_dump(mode="json")


def n_items(doc: dict) -> int:
    return sum(len(doc.get(k) or []) for k in ("officials", "percentages", "indicator_counts", "tasks"))


class Page(HTMLParser):
    """Parses a review page: checks nesting, collects marks, visible text per document."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict]] = []
        self.errors: list[str] = []
        self.marks: list[dict] = []  # attrs of every mark.vr-item
        self.texts: dict[str, list[str]] = {}  # data-doc -> visible text pieces of its .vr-text
        self.labels: list[str] = []
        self.tags: list[str] = []
        self._doc: str | None = None
        self._text_depth: int | None = None
        self._label_depth: int | None = None

    def handle_starttag(self, tag, attrs):
        a = {k: (v or "") for k, v in attrs}
        self.tags.append(tag)
        classes = a.get("class", "").split()
        if tag == "section" and "vr-doc" in classes:
            self._doc = a.get("data-doc")
        if tag in VOID:
            return
        self.stack.append((tag, a))
        if tag == "div" and "vr-text" in classes:
            self._text_depth = len(self.stack)
            self.texts[self._doc] = []
        if "vr-item" in classes:
            self.marks.append(a)
        if tag == "span" and "vr-label" in classes and self._label_depth is None:
            self._label_depth = len(self.stack)
            self.labels.append("")

    def handle_startendtag(self, tag, attrs):
        self.tags.append(tag)

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1][0] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1][0] if self.stack else 'nothing'}")
            return
        if self._label_depth == len(self.stack):
            self._label_depth = None
        if self._text_depth == len(self.stack):
            self._text_depth = None
        self.stack.pop()

    def handle_data(self, data):
        if self._label_depth is not None:
            self.labels[-1] += data
        elif self._text_depth is not None:
            self.texts[self._doc].append(data)

    def visible_text(self, doc: str = "0") -> str:
        return "".join(self.texts[doc])

    def items(self, doc: str | None = None) -> set[tuple[str, str]]:
        return {
            (m.get("data-doc"), m.get("data-item"))
            for m in self.marks
            if doc is None or m.get("data-doc") == doc
        }


def parse(page: str) -> Page:
    p = Page()
    p.feed(page)
    p.close()
    assert p.errors == [], p.errors[:5]
    assert [t for t, _ in p.stack] == [], "unclosed elements"
    return p


# --------------------------------------------------------------------------- pure Python


def test_items_text_and_escaping():
    doc = make_doc()
    page = render_html([(TEXT, doc)])
    p = parse(page)
    assert len(p.items("0")) == n_items(doc) == 5
    assert {m["data-item"] for m in p.marks} == {
        "official-0", "percentage-0", "percentage-1", "indicator_count-0", "task-0"
    }
    for m in p.marks:
        assert "vr-item" in m["class"].split() and f"vr-{m['data-kind']}" in m["class"].split()
        assert m["data-item"] == f"{m['data-kind']}-{m['data-index']}"
    # official: 2 mentions + 1 position; percentage-0: span + subject
    parts = {(m["data-item"], m["data-part"]) for m in p.marks}
    assert {("official-0", "mention-0"), ("official-0", "mention-1"), ("official-0", "position-0"),
            ("percentage-0", "span"), ("percentage-0", "subject")} <= parts
    # one label per (item, part)
    assert len(p.labels) == len(parts)
    assert p.visible_text("0") == TEXT
    # special characters are escaped, never markup
    assert "&lt;b&gt;&amp; &quot;x&quot; &#x27;y&#x27;" in page
    assert "b" not in p.tags
    # a single document: no document list
    assert 'class="vr-toc"' not in page
    # self-contained: no external resources
    for needle in ("http://", "https://", "src=", "<link", "@import"):
        assert needle not in page


def test_title_and_json_panel():
    doc = make_doc()
    page = render_html([(TEXT, doc)], title="Review <1>")
    p = parse(page)
    assert "<title>Review &lt;1&gt;</title>" in page
    by_item = {}
    for m in p.marks:
        by_item.setdefault(m["data-item"], m)
    assert "value: 4.07" in by_item["percentage-0"]["title"]
    assert "name: Nông Bình Cương" in by_item["official-0"]["title"]
    assert "count: 24" in by_item["indicator_count-0"]["title"]
    # the JSON is shown escaped in a <pre>; the script-breaking rule stays inert
    assert "&quot;value&quot;: 4.07" in page
    assert p.tags.count("script") == 2  # one data block + the page script
    assert "</script><script>alert" not in page


def test_nesting_task_contains_percentage():
    doc = make_doc()
    page = render_html([(TEXT, doc)])
    start = page.index('data-item="task-0"')
    end = page.index("TASK</span></mark>", start)
    inner = page[start:end]
    assert 'data-item="percentage-1"' in inner  # the 3% nests inside the task
    assert 'vr-cont' not in inner  # containment needs no splitting


def test_partial_overlap_is_split_and_well_formed():
    text = "abcdefghijklmnop"
    doc = {
        "id": "overlap",
        "tasks": [{"text": "abcdef", "span": {"start": 0, "end": 6, "text": "abcdef"}, "rule": "t"}],
        "indicator_counts": [
            {"count": 1, "unit": "chỉ tiêu", "text": "defghi", "span": {"start": 3, "end": 9, "text": "defghi"}, "rule": "i"}
        ],
        "percentages": [
            {"value": 1.0, "text": "hijk", "span": {"start": 7, "end": 11, "text": "hijk"}, "rule": "p"},
            {"value": 2.0, "text": "hijk", "span": {"start": 7, "end": 11, "text": "hijk"}, "rule": "p"},
        ],
    }
    page = render_html([(text, doc)])
    p = parse(page)
    assert p.visible_text("0") == text
    assert len(p.items("0")) == 4
    assert len(p.labels) == 4  # each item labelled once, however many fragments
    frags = [m for m in p.marks if m["data-item"] == "indicator_count-0"]
    assert len(frags) == 2 and "vr-cont" in frags[1]["class"]


def test_random_spans_stay_well_formed():
    import random

    rng = random.Random(1234)
    text = "Tỷ lệ <hộ> & nghèo\ngiảm 4,07%; " * 4
    for _ in range(200):
        spans = []
        for _ in range(rng.randint(0, 8)):
            a = rng.randrange(len(text))
            b = rng.randrange(a, len(text) + 1)
            spans.append({"start": a, "end": b, "text": text[a:b]})
        doc = {"id": "r", "tasks": [{"text": s["text"], "span": s, "rule": "r"} for s in spans]}
        p = parse(render_html([(text, doc)]))
        assert p.visible_text("0") == text
        assert len(p.items("0")) == sum(1 for s in spans if s["end"] > s["start"])


def test_several_documents_unplaced_and_mismatch(tmp_path):
    doc = make_doc()
    other_text = "Ông A nói <i>"
    other = {
        "id": "other & co",
        "officials": [{"name": "A", "mentions": [{"start": 4, "end": 5, "text": "A"}], "rule": "x"}],
        "percentages": [
            {"value": 1.0, "text": "1%", "span": {"start": 50, "end": 52, "text": "1%"}, "rule": "x"},  # off the end
            {"value": 2.0, "text": "2%", "span": {"start": 0, "end": 3, "text": "2%"}, "rule": "x"},  # wrong text
        ],
    }
    path = write_review([(TEXT, doc), (other_text, other)], tmp_path / "sub" / "review.html")
    page = path.read_text(encoding="utf-8")
    p = parse(page)
    assert 'href="#vr-doc-0"' in page and 'href="#vr-doc-1"' in page and 'id="vr-doc-1"' in page
    assert "other &amp; co" in page
    assert len(p.items("0")) == 5 and len(p.items("1")) == 2 and len(p.items()) == 7
    assert p.visible_text("1") == other_text
    assert "percentage-0" in page[page.index('class="vr-unplaced"'):]
    mism = [m for m in p.marks if m["data-doc"] == "1" and m["data-item"] == "percentage-1"]
    assert mism and "vr-mismatch" in mism[0]["class"]


def test_accepts_models_and_empty():
    doc = make_doc()
    page = render_html([(TEXT, Document.model_validate(doc))])
    assert len(parse(page).items()) == 5
    p = parse(render_html([("", {"id": "e", "error": {"code": "decode", "message": "bad <bytes>"}})]))
    assert p.marks == [] and p.visible_text("0") == ""


# --------------------------------------------------------------------------- browser

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
]


def _chromium(args: list[str], profile: str) -> subprocess.CompletedProcess:
    exe = shutil.which("chromium")
    if exe is None:
        pytest.skip("headless Chromium not installed (apt-get install chromium); .ci/run installs it")
    return subprocess.run(
        [exe, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )


def dump_dom(html_path: Path) -> str:
    """The DOM of ``html_path`` after load (scripts run), as serialized by headless Chromium."""
    with tempfile.TemporaryDirectory() as profile:
        return _chromium(["--dump-dom", Path(html_path).resolve().as_uri()], profile).stdout


def count_items_in_browser(html_path: Path) -> int:
    """Distinct highlighted items in the page as Chromium renders it: distinct
    ``(data-doc, data-item)`` pairs among ``.vr-item`` elements of the dumped DOM."""
    p = parse(dump_dom(html_path))
    return len(p.items())


def screenshot(html_path: Path, png: Path, size: str = "1280,2000") -> Path:
    with tempfile.TemporaryDirectory() as profile:
        _chromium([f"--screenshot={png}", f"--window-size={size}", Path(html_path).resolve().as_uri()], profile)
    return png


@pytest.mark.browser
def test_browser_renders_items(tmp_path):
    if shutil.which("chromium") is None:
        pytest.skip("headless Chromium not installed (apt-get install chromium); .ci/run installs it")
    doc = make_doc()
    overlap_text = "abcdefghij"
    overlap = {
        "id": "overlap",
        "tasks": [{"text": "abcdef", "span": {"start": 0, "end": 6, "text": "abcdef"}, "rule": "t"}],
        "indicator_counts": [
            {"count": 1, "unit": "chỉ tiêu", "text": "defghi", "span": {"start": 3, "end": 9, "text": "defghi"}, "rule": "i"}
        ],
    }
    path = write_review([(TEXT, doc), (overlap_text, overlap)], tmp_path / "review.html")
    assert count_items_in_browser(path) == n_items(doc) + 2

    dom = parse(dump_dom(path))
    assert dom.visible_text("0") == TEXT  # the browser's parse keeps the text exactly
    # the page script ran without error: it moves title into data-title
    assert all("data-title" in m and "title" not in m for m in dom.marks)

    png = screenshot(path, tmp_path / "page.png")
    assert png.exists()
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000


@pytest.mark.browser
def test_seed_review_page_through_cli(tmp_path):
    """`vnreport review` on the seed article: Chromium renders one mark per extracted item."""
    import json
    import sys

    if shutil.which("chromium") is None:
        pytest.skip("headless Chromium not installed (apt-get install chromium); .ci/run installs it")
    root = Path(__file__).resolve().parents[1]
    seed = root / "corpora" / "ngan-son-2024.txt"
    exe = Path(sys.executable).parent / "vnreport"
    page = tmp_path / "seed.html"
    subprocess.run([str(exe), "review", str(seed), "-o", str(page)], check=True, timeout=120, capture_output=True)
    out = subprocess.run([str(exe), "extract", str(seed), "--jsonl", "-", "-q"], check=True, timeout=120,
                         capture_output=True, text=True)
    doc = json.loads(out.stdout)
    expected = sum(len(doc[k]) for k in ("officials", "percentages", "indicator_counts", "tasks"))
    assert expected == 3 + 5 + 4 + 2  # the seed's golden extraction
    assert count_items_in_browser(page) == expected
    png = screenshot(page, tmp_path / "seed.png")
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000
