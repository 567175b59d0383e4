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
        "nlp.add_pipe('vnreport_officials'); "
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
    assert TEXT[pct["span"]["start"] : pct["span"]["end"]] == pct["span"]["text"] == "4,07%"
    count = groups["vnreport_indicator_counts"][0]
    assert (count["count"], count["total"], count["outcome"]) == (24, 30, "met_or_exceeded")
    assert groups["vnreport_tasks"][0]["year"] == 2025
    assert doc._.vnreport["plan_year"] == 2025 and doc._.vnreport["report_year"] == 2024
    assert doc._.vnreport["officials"][0]["positions"][1]["text"] == "Bí thư Huyện ủy"
    # each Span covers its item (token-aligned)
    for group in doc.spans.values():
        for span in group:
            item = span._.vnreport
            where = item["span"] if "span" in item else item["mentions"][0]
            assert span.start_char <= where["start"] and where["end"] <= span.end_char


def test_span_payloads_are_the_json_items():
    """``span._.vnreport`` is exactly the item of ``pipeline.extract``'s JSON (same text, no normalization)."""
    from pipeline import extract
    from pipeline.nlp import load

    doc = load()(TEXT)
    out = extract(TEXT).model_dump(mode="json")
    for kind in ("officials", "percentages", "indicator_counts", "tasks"):
        assert [s._.vnreport for s in doc.spans.get("vnreport_" + kind, [])] == out[kind], kind
        assert doc._.vnreport[kind] == out[kind]


def test_span_payloads_carry_links_set_after_matching():
    """``breakdown_of`` is set once all counts are found; the span payload shows it as the JSON does."""
    from pipeline import extract
    from pipeline.nlp import load

    text = "Năm 2024 có 24/30 chỉ tiêu đạt và vượt kế hoạch, trong đó 10 chỉ tiêu vượt cao."
    doc = load()(text)
    payloads = [s._.vnreport for s in doc.spans["vnreport_indicator_counts"]]
    assert [p["breakdown_of"] for p in payloads] == [None, 0]
    assert payloads == extract(text).model_dump(mode="json")["indicator_counts"]


def test_officials_are_person_entities(doc):
    # token-aligned: spaCy's own syllable tokenizer keeps the comma on "An,"
    assert [(e.text.rstrip(","), e.label_) for e in doc.ents] == [("Nguyễn Văn An", "PERSON")]
    html = displacy.render(doc, style="ent")
    assert "Nguyễn Văn An" in html and "PERSON" in html


def test_docbin_round_trip_keeps_user_data(doc):
    from spacy.tokens import DocBin

    data = DocBin(store_user_data=True, docs=[doc]).to_bytes()
    [back] = DocBin(store_user_data=True).from_bytes(data).get_docs(doc.vocab)
    assert back.text == doc.text
    assert back._.vnreport == doc._.vnreport
    assert [s._.vnreport for s in back.spans["vnreport_percentages"]] == [
        s._.vnreport for s in doc.spans["vnreport_percentages"]
    ]
    assert [e.text for e in back.ents] == [e.text for e in doc.ents]


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
