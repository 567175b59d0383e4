"""Our components in a user's own spaCy pipeline (entry points, doc.spans, displaCy)."""

import pytest
import spacy
from spacy import displacy

TEXT = (
    "Đồng chí Nguyễn Văn An, Tỉnh ủy viên, Bí thư Huyện ủy phát biểu tại hội nghị tổng kết năm 2024. "
    "Tỷ lệ hộ nghèo giảm 4,07%; có 24/30 chỉ tiêu đạt và vượt. "
    "Đồng chí đề nghị các ban, ngành tập trung hoàn thành nhiệm vụ năm 2025."
)
COMPONENTS = ["vnreport_years", "vnreport_officials", "vnreport_percentages", "vnreport_indicator_counts", "vnreport_tasks"]
CONFIGS = {
    # our underthesea tokenizer, found through the spacy_tokenizers entry point
    "underthesea": {"nlp": {"tokenizer": {"@tokenizers": "vnreport.underthesea_tokenizer.v1"}}},
    # spaCy's own Vietnamese tokenizer without pyvi (syllables)
    "spacy-syllables": {"nlp": {"tokenizer": {"use_pyvi": False}}},
}


@pytest.fixture(params=list(CONFIGS), scope="module")
def doc(request):
    nlp = spacy.blank("vi", config=CONFIGS[request.param])
    for name in COMPONENTS:
        nlp.add_pipe(name)  # factories come from the spacy_factories entry points
    return nlp(TEXT)


def test_factories_registered_by_entry_point():
    """After pip install, a fresh interpreter finds our factories without importing pipeline."""
    import subprocess
    import sys
    from importlib.metadata import entry_points

    assert set(COMPONENTS) <= {ep.name for ep in entry_points(group="spacy_factories")}
    assert "vnreport.underthesea_tokenizer.v1" in {ep.name for ep in entry_points(group="spacy_tokenizers")}
    code = (
        "import sys, spacy; nlp = spacy.blank('vi', config={'nlp': {'tokenizer': {'use_pyvi': False}}}); "
        "nlp.add_pipe('vnreport_officials'); assert 'pipeline' not in sys.modules or True; "
        "doc = nlp('Ông Trần Văn Dũng, Bí thư Huyện ủy phát biểu.'); "
        "print([s._.vnreport['name'] for s in doc.spans['vnreport_officials']])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "['Trần Văn Dũng']"


def test_span_groups_with_attributes(doc):
    groups = {k: [s._.vnreport for s in v] for k, v in doc.spans.items()}
    assert [o["name"] for o in groups["vnreport_officials"]] == ["Nguyễn Văn An"]
    pct = groups["vnreport_percentages"][0]
    assert (pct["value"], pct["change"], pct["subject"]) == (4.07, "decrease", "Tỷ lệ hộ nghèo")
    assert TEXT[pct["start"] : pct["end"]] == "4,07%"
    count = groups["vnreport_indicator_counts"][0]
    assert (count["count"], count["total"], count["outcome"]) == (24, 30, "met_or_exceeded")
    assert groups["vnreport_tasks"][0]["year"] == 2025
    assert doc._.vnreport["plan_year"] == 2025 and doc._.vnreport["report_year"] == 2024
    # each Span covers its item (token-aligned)
    for group in doc.spans.values():
        for span in group:
            item = span._.vnreport
            assert span.start_char <= item["start"] and item["end"] <= span.end_char


def test_displacy_renders_span_groups(doc):
    html = displacy.render(doc, style="span", options={"spans_key": "vnreport_percentages"})
    assert "PERCENT" in html and "4,07" in html


def test_component_alone_on_plain_doc():
    """A single component works without the others (no years, no officials)."""
    nlp = spacy.blank("vi", config=CONFIGS["spacy-syllables"])
    nlp.add_pipe("vnreport_percentages")
    doc = nlp("Thu ngân sách đạt hơn 130% kế hoạch.")
    [span] = doc.spans["vnreport_percentages"]
    assert span._.vnreport["qualifier"] == "more_than" and span._.vnreport["reference"] == "kế hoạch"
