"""Score extracted documents against gold annotations: pure functions, no output.

Rendering (rich tables, Markdown) is in :mod:`pipeline.evaluate`; the command is
``vnreport evaluate`` (:mod:`pipeline.cli`).

Gold files follow ``/work/shared/eval/GUIDELINE.md``: ``<id>.gold.json`` beside
``<id>.txt``. Predictions are ``Document.model_dump(mode="json")`` dicts (see
``pipeline.models``); everything here works on plain dicts.

Scoring rules (fixed, so figures stay comparable between runs)
--------------------------------------------------------------
* Text comparison uses :func:`norm_key`: NFC, casefold, whitespace collapsed,
  Vietnamese tone placement canonicalized ("Huyện uỷ" == "Huyện ủy").
* **officials** -- gold and predicted officials are paired one-to-one by
  ``norm_key(name)``. On a pair, gold ``titles`` are matched against the
  predicted ``positions[*].text`` as multisets under ``norm_key`` (title
  precision/recall/F1). Strict: the two title multisets are equal.
* **percentages** -- a gold item is located by its ``anchor`` (first
  occurrence, ``text.find``). A prediction matches when its ``span`` overlaps
  the anchor range and ``|value - gold value| < 1e-6``. Graded attributes:
  ``subject`` (every gold subject syllable -- split on whitespace, norm_key'd --
  occurs among the predicted subject's syllables, and the prediction is at most
  6 syllables longer; a null gold subject matches only a null prediction),
  ``qualifier``, ``change``. Strict: all three right.
* **indicator_counts** -- anchor overlap, equal ``count`` and equal ``total``.
  Graded attribute: ``outcome``.
* **tasks** -- anchor overlap. Graded attribute: ``year``.
* Matching is one-to-one (a prediction matches at most one gold item and vice
  versa): maximum bipartite matching (augmenting paths), gold items taken in
  anchor order, each gold item trying first the candidates whose graded
  attributes are all right, then the candidate nearest the anchor.
* Spans overlap when ``max(starts) < min(ends)``; an empty predicted span
  overlaps when its position lies inside the anchor range.
* ``report_year`` / ``plan_year``: accuracy over documents.
* ``unit`` (the administrative unit the report is about, gold optional:
  ``{"name": "Ngân Sơn", "level": "huyện"}``, or null for a report about no
  single unit): accuracy over the documents whose gold has the key. Right when
  the name (``norm_key``; a null name, for a unit the article never names,
  matches only a null name) and the level are equal, or both are null. Gold
  units kept apart from the gold files (``tests/units/*.jsonl``) are laid over
  them with :func:`load_units` (``vnreport evaluate --units``).
* grounded share: over every predicted span (``span``, ``subject_span``,
  official ``mentions``, position ``span``, place ``span``, unit ``evidence``,
  warning ``spans``), the share with
  ``text[start:end] == span["text"]``.
* An anchor that is missing or not found in the text is a gold error: it is
  reported as a warning and the gold item is skipped. An anchor that occurs
  more than once is reported as a warning and its first occurrence is used.
* Aggregation is micro: TP/FP/FN summed over documents, then P/R/F1.

Conventions for empty denominators
----------------------------------
* ``P = tp / (tp + fp)``, or 1.0 when ``tp + fp == 0`` (nothing predicted).
* ``R = tp / (tp + fn)``, or 1.0 when ``tp + fn == 0`` (nothing in gold).
* ``F1 = 2PR / (P + R)``, or 0.0 when ``P + R == 0``.
* Strict counts: ``strict_tp`` = matches with all graded attributes right,
  ``strict_fp = n_pred - strict_tp``, ``strict_fn = n_gold - strict_tp``.
* Accuracies (attributes, years, grounded share) are ``None`` when there is
  nothing to measure (zero matches / documents / spans).
* Headline = macro strict F1 = mean strict F1 over the four fields.
"""

from __future__ import annotations

import json
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Optional

from .normalize import INVISIBLE_CHARS, canonical_text

__all__ = [
    "FIELDS",
    "Counts",
    "FieldCounts",
    "Issue",
    "DocScore",
    "FieldReport",
    "Report",
    "norm_key",
    "prf",
    "score_document",
    "aggregate",
    "load_gold_dir",
    "run_evaluate",
    "load_units",
    "unit_matches",
]

FIELDS = ("officials", "percentages", "indicator_counts", "tasks")

ATTRIBUTES: dict[str, tuple[str, ...]] = {
    "officials": ("titles_exact",),
    "percentages": ("subject", "qualifier", "change"),
    "indicator_counts": ("outcome",),
    "tasks": ("year",),
}

SUBJECT_MAX_EXTRA_SYLLABLES = 6
VALUE_TOLERANCE = 1e-6
CONTEXT_CHARS = 60

# --------------------------------------------------------------------------
# Normalization
# --------------------------------------------------------------------------

def norm_key(s: Optional[str]) -> str:
    """Comparison key: NFC, casefold, invisible characters dropped, whitespace collapsed, tones canonical.

    >>> norm_key("  Huyện   uỷ ") == norm_key("huyện ủy")
    True
    >>> norm_key("HOÀ BÌNH") == norm_key("hòa bình")
    True
    >>> norm_key("khoẻ") == norm_key("khỏe"), norm_key("thuỷ") == norm_key("thủy")
    (True, True)
    >>> norm_key("Quý") == norm_key("quý"), norm_key("hoàng") == norm_key("hòang")
    (True, True)
    >>> norm_key(None)
    ''
    """
    if s is None:
        return ""
    s = unicodedata.normalize("NFC", s).casefold()
    s = "".join(c for c in s if c not in _INVISIBLE)  # zero-width spaces, soft hyphens
    s = " ".join(s.split())
    return canonical_text(s)  # the pipeline's own tone placement: one canonicaliser


_INVISIBLE = frozenset(INVISIBLE_CHARS)


# --------------------------------------------------------------------------
# Counts and P/R/F1
# --------------------------------------------------------------------------


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall and F1 with the module's zero-denominator convention.

    >>> prf(3, 1, 1)
    (0.75, 0.75, 0.75)
    >>> prf(0, 0, 0)
    (1.0, 1.0, 1.0)
    >>> prf(0, 0, 4)
    (1.0, 0.0, 0.0)
    >>> prf(0, 2, 0)
    (0.0, 1.0, 0.0)
    """
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def _ratio(num: int, den: int) -> Optional[float]:
    return num / den if den else None


@dataclass
class Counts:
    """True/false positive and false negative counts."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: "Counts") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return prf(self.tp, self.fp, self.fn)[0]

    @property
    def recall(self) -> float:
        return prf(self.tp, self.fp, self.fn)[1]

    @property
    def f1(self) -> float:
        return prf(self.tp, self.fp, self.fn)[2]

    def to_dict(self) -> dict[str, Any]:
        p, r, f = prf(self.tp, self.fp, self.fn)
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": p, "recall": r, "f1": f}


@dataclass
class FieldCounts:
    """Counts of one field in one document (or summed over documents)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    strict_tp: int = 0
    #: attribute name -> number of matches where it is right
    attr_correct: dict[str, int] = field(default_factory=dict)
    #: attribute name -> number of matches where it is graded
    attr_total: dict[str, int] = field(default_factory=dict)
    #: officials only: title matching within matched officials
    titles: Counts = field(default_factory=Counts)

    @property
    def n_gold(self) -> int:
        return self.tp + self.fn

    @property
    def n_pred(self) -> int:
        return self.tp + self.fp

    @property
    def strict(self) -> Counts:
        return Counts(self.strict_tp, self.n_pred - self.strict_tp, self.n_gold - self.strict_tp)

    def grade(self, name: str, ok: bool) -> None:
        self.attr_total[name] = self.attr_total.get(name, 0) + 1
        self.attr_correct[name] = self.attr_correct.get(name, 0) + int(ok)

    def add(self, other: "FieldCounts") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.strict_tp += other.strict_tp
        for k, v in other.attr_total.items():
            self.attr_total[k] = self.attr_total.get(k, 0) + v
        for k, v in other.attr_correct.items():
            self.attr_correct[k] = self.attr_correct.get(k, 0) + v
        self.titles.add(other.titles)


@dataclass
class Issue:
    """One scoring event worth showing: a miss, a spurious item, a wrong
    attribute, an ungrounded span or a gold error."""

    doc_id: str
    field: str  # "officials", "percentages", ..., "spans", "report_year", ...
    kind: str  # "miss" | "spurious" | "attribute" | "ungrounded" | "gold_error"
    message: str
    context: str = ""

    def to_dict(self) -> dict[str, str]:
        return {
            "doc_id": self.doc_id,
            "field": self.field,
            "kind": self.kind,
            "message": self.message,
            "context": self.context,
        }


@dataclass
class DocScore:
    """Everything measured on one document."""

    doc_id: str
    fields: dict[str, FieldCounts] = field(default_factory=lambda: {f: FieldCounts() for f in FIELDS})
    report_year_correct: bool = False
    plan_year_correct: bool = False
    unit_scored: bool = False  # the gold has a "unit" key
    unit_correct: bool = False
    spans_total: int = 0
    spans_grounded: int = 0
    misses: list[Issue] = field(default_factory=list)
    spurious: list[Issue] = field(default_factory=list)
    attribute_errors: list[Issue] = field(default_factory=list)
    ungrounded: list[Issue] = field(default_factory=list)
    #: gold errors (anchor not found / not unique)
    warnings: list[Issue] = field(default_factory=list)

    @property
    def issues(self) -> list[Issue]:
        return self.misses + self.spurious + self.attribute_errors + self.ungrounded + self.warnings


# --------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------


def context(text: str, start: int, end: int, width: int = CONTEXT_CHARS) -> str:
    """About ``width`` characters around ``text[start:end]`` (marked with
    ``[...]``), newlines replaced by spaces.

    >>> context("Năm nay tổng thu ngân sách tăng 5% so với cùng kỳ.", 32, 34, width=20)
    '…sách tăng [5%] so với cù…'
    """
    n = len(text)
    start = max(0, min(start, n))
    end = max(start, min(end, n))
    half = width // 2
    lo = max(0, start - half)
    hi = min(n, end + half)
    s = (
        ("…" if lo > 0 else "")
        + text[lo:start]
        + "["
        + text[start:end]
        + "]"
        + text[end:hi]
        + ("…" if hi < n else "")
    )
    return s.replace("\r\n", " ").replace("\n", " ").replace("\r", " ")


def _as_dict(obj: Any) -> dict:
    if obj is None:
        return {}
    if hasattr(obj, "model_dump"):
        return obj.model_dump(mode="json")
    if isinstance(obj, dict):
        return obj
    raise TypeError(f"prediction must be a dict or a pydantic model, got {type(obj).__name__}")


def _span_range(span: Any) -> Optional[tuple[int, int]]:
    if not isinstance(span, dict):
        return None
    s, e = span.get("start"), span.get("end")
    if not isinstance(s, int) or not isinstance(e, int) or isinstance(s, bool) or isinstance(e, bool):
        return None
    return s, e


def _overlaps(pred: Optional[tuple[int, int]], anchor: tuple[int, int]) -> bool:
    if pred is None:
        return False
    ps, pe = pred
    a_s, a_e = anchor
    if pe <= ps:  # empty (or inverted) predicted span: a point
        return a_s <= ps < a_e
    return max(ps, a_s) < min(pe, a_e)


def _blank_to_none(s: Any) -> Optional[str]:
    if s is None:
        return None
    s = str(s)
    return s if s.strip() else None


def subject_matches(gold: Optional[str], pred: Optional[str]) -> bool:
    """The percentage subject rule.

    >>> subject_matches("tỷ lệ hộ nghèo", "tỷ lệ hộ nghèo toàn huyện")
    True
    >>> subject_matches("tỷ lệ hộ nghèo", "tỷ lệ hộ")
    False
    >>> subject_matches("thu ngân sách", "thu ngân sách nhà nước trên địa bàn huyện năm")
    False
    >>> subject_matches(None, None), subject_matches(None, "thu ngân sách")
    (True, False)
    """
    gold, pred = _blank_to_none(gold), _blank_to_none(pred)
    if gold is None or pred is None:
        return gold is None and pred is None
    g = [norm_key(w) for w in gold.split()]
    p = [norm_key(w) for w in pred.split()]
    pset = set(p)
    return all(w in pset for w in g) and len(p) <= len(g) + SUBJECT_MAX_EXTRA_SYLLABLES


def _values_equal(g: Any, p: Any) -> bool:
    try:
        return abs(float(g) - float(p)) < VALUE_TOLERANCE
    except (TypeError, ValueError):
        return False


def _ints_equal(g: Any, p: Any) -> bool:
    if g is None or p is None:
        return g is None and p is None
    try:
        return int(g) == int(p) and float(g) == float(p)
    except (TypeError, ValueError):
        return False


def _max_matching(
    n_gold: int,
    candidates: list[list[int]],
) -> dict[int, int]:
    """Maximum bipartite matching by augmenting paths (Kuhn).

    ``candidates[i]`` lists the predictions gold ``i`` may match, in order of
    preference. Returns ``{gold index: prediction index}``.
    """
    owner: dict[int, int] = {}  # prediction -> gold

    def augment(i: int, seen: set[int]) -> bool:
        for j in candidates[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(n_gold):
        augment(i, set())
    return {i: j for j, i in owner.items()}


def _fmt(v: Any) -> str:
    return json.dumps(v, ensure_ascii=False)


# --------------------------------------------------------------------------
# Document scoring
# --------------------------------------------------------------------------


def _locate_anchors(
    text: str, doc_id: str, fname: str, items: list[dict], score: DocScore
) -> list[tuple[dict, tuple[int, int]]]:
    """Gold items with their anchor ranges; gold errors become warnings."""
    located = []
    for k, item in enumerate(items):
        anchor = item.get("anchor") if isinstance(item, dict) else None
        if not isinstance(anchor, str) or not anchor:
            score.warnings.append(
                Issue(doc_id, fname, "gold_error", f"gold item #{k} has no anchor; item skipped: {_fmt(item)}")
            )
            continue
        pos = text.find(anchor)
        if pos < 0:
            score.warnings.append(
                Issue(doc_id, fname, "gold_error", f"anchor not found in text; item skipped: {_fmt(anchor)}")
            )
            continue
        if text.find(anchor, pos + 1) >= 0:
            score.warnings.append(
                Issue(
                    doc_id,
                    fname,
                    "gold_error",
                    f"anchor not unique; first occurrence used: {_fmt(anchor)}",
                    context(text, pos, pos + len(anchor)),
                )
            )
        located.append((item, (pos, pos + len(anchor))))
    return located


def _pred_context(text: str, item: dict, span_key: str = "span") -> str:
    r = _span_range(item.get(span_key))
    if r is None:
        return ""
    return context(text, r[0], r[1])


def _score_anchored(
    text: str,
    doc_id: str,
    fname: str,
    gold_items: list[dict],
    pred_items: list[dict],
    score: DocScore,
    key_ok: Callable[[dict, dict], bool],
    attrs: Callable[[dict, dict], dict[str, tuple[bool, str]]],
    describe_gold: Callable[[dict], str],
    describe_pred: Callable[[dict], str],
) -> None:
    """Shared matcher for percentages, indicator counts and tasks."""
    counts = score.fields[fname]
    located = _locate_anchors(text, doc_id, fname, gold_items, score)
    located.sort(key=lambda t: t[1])
    pred_ranges = [_span_range(p.get("span")) for p in pred_items]

    candidates: list[list[int]] = []
    for g, rng in located:
        cands = []
        for j, p in enumerate(pred_items):
            if _overlaps(pred_ranges[j], rng) and key_ok(g, p):
                all_ok = all(ok for ok, _ in attrs(g, p).values())
                dist = abs(pred_ranges[j][0] - rng[0])
                cands.append((0 if all_ok else 1, dist, j))
        candidates.append([j for *_, j in sorted(cands)])

    matching = _max_matching(len(located), candidates)
    matched_preds = set(matching.values())

    for i, (g, rng) in enumerate(located):
        ctx = context(text, *rng)
        if i not in matching:
            counts.fn += 1
            score.misses.append(Issue(doc_id, fname, "miss", describe_gold(g), ctx))
            continue
        p = pred_items[matching[i]]
        counts.tp += 1
        results = attrs(g, p)
        for name, (ok, _) in results.items():
            counts.grade(name, ok)
        if all(ok for ok, _ in results.values()):
            counts.strict_tp += 1
        else:
            wrong = "; ".join(msg for ok, msg in results.values() if not ok)
            score.attribute_errors.append(
                Issue(doc_id, fname, "attribute", f"{describe_gold(g)}: {wrong}", ctx)
            )

    for j, p in enumerate(pred_items):
        if j not in matched_preds:
            counts.fp += 1
            score.spurious.append(
                Issue(doc_id, fname, "spurious", describe_pred(p), _pred_context(text, p))
            )


def _percentage_attrs(g: dict, p: dict) -> dict[str, tuple[bool, str]]:
    gs, ps = _blank_to_none(g.get("subject")), _blank_to_none(p.get("subject"))
    gq, pq = g.get("qualifier", "exact"), p.get("qualifier", "exact")
    gc, pc = g.get("change"), p.get("change")
    return {
        "subject": (subject_matches(gs, ps), f"subject gold {_fmt(gs)} pred {_fmt(ps)}"),
        "qualifier": (gq == pq, f"qualifier gold {_fmt(gq)} pred {_fmt(pq)}"),
        "change": (gc == pc, f"change gold {_fmt(gc)} pred {_fmt(pc)}"),
    }


def _indicator_attrs(g: dict, p: dict) -> dict[str, tuple[bool, str]]:
    go, po = g.get("outcome", "other"), p.get("outcome", "other")
    return {"outcome": (go == po, f"outcome gold {_fmt(go)} pred {_fmt(po)}")}


def _task_attrs(g: dict, p: dict) -> dict[str, tuple[bool, str]]:
    gy, py = g.get("year"), p.get("year")
    return {"year": (_ints_equal(gy, py), f"year gold {_fmt(gy)} pred {_fmt(py)}")}


def _describe_pct(item: dict) -> str:
    return (
        f"{item.get('value')}% {item.get('qualifier', 'exact')}"
        f" change={item.get('change')} subject={_fmt(item.get('subject'))}"
    )


def _describe_ind(item: dict) -> str:
    total = item.get("total")
    n = f"{item.get('count')}/{total}" if total is not None else f"{item.get('count')}"
    return f"{n} {item.get('unit', '')} outcome={item.get('outcome', 'other')}"


def _describe_task(item: dict) -> str:
    what = item.get("anchor") if "anchor" in item else item.get("text", "")
    what = " ".join(str(what).split())
    if len(what) > 80:
        what = what[:77] + "…"
    return f"year={item.get('year')} {_fmt(what)}"


def _score_officials(text: str, doc_id: str, gold_items: list[dict], pred_items: list[dict], score: DocScore) -> None:
    fname = "officials"
    counts = score.fields[fname]
    located = _locate_anchors(text, doc_id, fname, gold_items, score)

    # one-to-one by name key, in order of appearance on both sides
    pred_by_key: dict[str, list[int]] = {}
    for j, p in enumerate(pred_items):
        pred_by_key.setdefault(norm_key(p.get("name")), []).append(j)
    matched_preds: set[int] = set()

    for g, rng in located:
        ctx = context(text, *rng)
        key = norm_key(g.get("name"))
        free = [j for j in pred_by_key.get(key, []) if j not in matched_preds]
        if not free:
            counts.fn += 1
            score.misses.append(
                Issue(doc_id, fname, "miss", f"{g.get('name')} titles={_fmt(g.get('titles', []))}", ctx)
            )
            continue
        j = free[0]
        matched_preds.add(j)
        p = pred_items[j]
        counts.tp += 1
        gold_titles = Counter(norm_key(t) for t in g.get("titles") or [])
        pred_titles = Counter(norm_key(pos.get("text")) for pos in p.get("positions") or [])
        common = sum((gold_titles & pred_titles).values())
        counts.titles.add(
            Counts(common, sum(pred_titles.values()) - common, sum(gold_titles.values()) - common)
        )
        exact = gold_titles == pred_titles
        counts.grade("titles_exact", exact)
        if exact:
            counts.strict_tp += 1
        else:
            gl = g.get("titles") or []
            pl = [pos.get("text") for pos in p.get("positions") or []]
            score.attribute_errors.append(
                Issue(doc_id, fname, "attribute", f"{g.get('name')}: titles gold {_fmt(gl)} pred {_fmt(pl)}", ctx)
            )

    for j, p in enumerate(pred_items):
        if j in matched_preds:
            continue
        counts.fp += 1
        mentions = p.get("mentions") or []
        ctx = ""
        if mentions:
            r = _span_range(mentions[0])
            if r is not None:
                ctx = context(text, *r)
        pl = [pos.get("text") for pos in p.get("positions") or []]
        score.spurious.append(Issue(doc_id, fname, "spurious", f"{p.get('name')} titles={_fmt(pl)}", ctx))


def _iter_pred_spans(pred: dict) -> Iterable[tuple[str, Any]]:
    """Every predicted span with the field it belongs to."""
    for off in pred.get("officials") or []:
        for m in off.get("mentions") or []:
            yield "officials.mentions", m
        for pos in off.get("positions") or []:
            yield "officials.positions.span", pos.get("span")
    for fname in ("percentages", "indicator_counts", "tasks"):
        for item in pred.get(fname) or []:
            yield f"{fname}.span", item.get("span")
            if fname == "percentages" and item.get("subject_span") is not None:
                yield "percentages.subject_span", item.get("subject_span")
    for place in pred.get("places") or []:
        yield "places.span", place.get("span")
    for s in (pred.get("unit") or {}).get("evidence") or []:
        yield "unit.evidence", s
    for w in pred.get("warnings") or []:
        for s in w.get("spans") or []:
            yield "warnings.spans", s


def _score_grounding(text: str, doc_id: str, pred: dict, score: DocScore) -> None:
    for where, span in _iter_pred_spans(pred):
        score.spans_total += 1
        r = _span_range(span)
        ok = (
            r is not None
            and 0 <= r[0] <= r[1] <= len(text)
            and isinstance(span.get("text"), str)
            and text[r[0] : r[1]] == span["text"]
        )
        if ok:
            score.spans_grounded += 1
        else:
            got = span.get("text") if isinstance(span, dict) else None
            actual = text[r[0] : r[1]] if r is not None and 0 <= r[0] <= r[1] else None
            score.ungrounded.append(
                Issue(
                    doc_id,
                    "spans",
                    "ungrounded",
                    f"{where} {r}: span text {_fmt(got)} but text has {_fmt(actual)}",
                    context(text, *r) if r is not None else "",
                )
            )


def score_document(text: str, gold: dict, pred: Any, doc_id: Optional[str] = None) -> DocScore:
    """Score one predicted document (a ``Document.model_dump()`` dict) against
    its gold annotation.

    ``doc_id`` defaults to the gold ``id``, then the prediction ``id``.

    >>> text = "Tổng thu ngân sách tăng 5% so với cùng kỳ."
    >>> gold = {"report_year": 2024, "plan_year": None, "officials": [], "indicator_counts": [],
    ...         "tasks": [], "percentages": [{"value": 5.0, "qualifier": "exact",
    ...         "change": "increase", "subject": "tổng thu ngân sách", "anchor": "tăng 5%"}]}
    >>> pred = {"report_year": 2024, "percentages": [{"value": 5.0, "qualifier": "exact",
    ...         "change": "increase", "subject": "Tổng thu ngân sách",
    ...         "text": "5%", "span": {"start": 24, "end": 26, "text": "5%"}}]}
    >>> s = score_document(text, gold, pred)
    >>> c = s.fields["percentages"]
    >>> (c.tp, c.fp, c.fn, c.strict_tp), s.spans_grounded, s.report_year_correct
    ((1, 0, 0, 1), 1, True)
    """
    gold = gold or {}
    pred = _as_dict(pred)
    doc_id = str(doc_id if doc_id is not None else gold.get("id", pred.get("id", "?")))
    score = DocScore(doc_id=doc_id)

    _score_officials(text, doc_id, list(gold.get("officials") or []), list(pred.get("officials") or []), score)
    _score_anchored(
        text,
        doc_id,
        "percentages",
        list(gold.get("percentages") or []),
        list(pred.get("percentages") or []),
        score,
        key_ok=lambda g, p: _values_equal(g.get("value"), p.get("value")),
        attrs=_percentage_attrs,
        describe_gold=_describe_pct,
        describe_pred=_describe_pct,
    )
    _score_anchored(
        text,
        doc_id,
        "indicator_counts",
        list(gold.get("indicator_counts") or []),
        list(pred.get("indicator_counts") or []),
        score,
        key_ok=lambda g, p: _ints_equal(g.get("count"), p.get("count"))
        and _ints_equal(g.get("total"), p.get("total")),
        attrs=_indicator_attrs,
        describe_gold=_describe_ind,
        describe_pred=_describe_ind,
    )
    _score_anchored(
        text,
        doc_id,
        "tasks",
        list(gold.get("tasks") or []),
        list(pred.get("tasks") or []),
        score,
        key_ok=lambda g, p: True,
        attrs=_task_attrs,
        describe_gold=_describe_task,
        describe_pred=_describe_task,
    )

    for key in ("report_year", "plan_year"):
        gy, py = gold.get(key), pred.get(key)
        ok = _ints_equal(gy, py)
        setattr(score, f"{key}_correct", ok)
        if not ok:
            score.attribute_errors.append(Issue(doc_id, key, "attribute", f"{key} gold {_fmt(gy)} pred {_fmt(py)}"))

    if "unit" in gold:
        score.unit_scored = True
        score.unit_correct = unit_matches(gold["unit"], pred.get("unit"))
        if not score.unit_correct:
            score.attribute_errors.append(Issue(doc_id, "unit", "attribute", "unit gold %s pred %s"
                                                % (_describe_unit(gold["unit"]), _describe_unit(pred.get("unit")))))

    _score_grounding(text, doc_id, pred, score)
    return score


def _describe_unit(u: Any) -> str:
    if not isinstance(u, dict):
        return "null"
    return "%s %s" % (u.get("level"), _fmt(u.get("name")))


def unit_matches(gold: Any, pred: Any) -> bool:
    """A predicted unit is right when name (``norm_key``) and level equal the gold's, or both are null.

    >>> unit_matches({"name": "Ngân Sơn", "level": "huyện"}, {"name": "NGÂN SƠN", "level": "huyện", "code": "062"})
    True
    >>> unit_matches({"name": None, "level": "tỉnh"}, {"name": "Bắc Kạn", "level": "tỉnh"}), unit_matches(None, None)
    (False, True)
    """
    if not isinstance(gold, dict) or not isinstance(pred, dict):
        return not isinstance(gold, dict) and not isinstance(pred, dict)
    gname, pname = _blank_to_none(gold.get("name")), _blank_to_none(pred.get("name"))
    if (gname is None) != (pname is None) or (gname is not None and norm_key(gname) != norm_key(pname)):
        return False
    return norm_key(gold.get("level")) == norm_key(pred.get("level"))


# --------------------------------------------------------------------------
# Aggregation
# --------------------------------------------------------------------------


@dataclass
class FieldReport:
    """Micro-averaged figures of one field."""

    name: str
    counts: FieldCounts

    @property
    def precision(self) -> float:
        return prf(self.counts.tp, self.counts.fp, self.counts.fn)[0]

    @property
    def recall(self) -> float:
        return prf(self.counts.tp, self.counts.fp, self.counts.fn)[1]

    @property
    def f1(self) -> float:
        return prf(self.counts.tp, self.counts.fp, self.counts.fn)[2]

    @property
    def strict_f1(self) -> float:
        return self.counts.strict.f1

    def attribute_accuracy(self, name: str) -> Optional[float]:
        return _ratio(self.counts.attr_correct.get(name, 0), self.counts.attr_total.get(name, 0))

    def to_dict(self) -> dict[str, Any]:
        c = self.counts
        p, r, f = prf(c.tp, c.fp, c.fn)
        sp, sr, sf = prf(*(lambda s: (s.tp, s.fp, s.fn))(c.strict))
        d: dict[str, Any] = {
            "tp": c.tp,
            "fp": c.fp,
            "fn": c.fn,
            "precision": p,
            "recall": r,
            "f1": f,
            "strict_tp": c.strict_tp,
            "strict_precision": sp,
            "strict_recall": sr,
            "strict_f1": sf,
            "attributes": {
                name: {
                    "correct": c.attr_correct.get(name, 0),
                    "total": c.attr_total.get(name, 0),
                    "accuracy": self.attribute_accuracy(name),
                }
                for name in ATTRIBUTES[self.name]
            },
        }
        if self.name == "officials":
            d["titles"] = c.titles.to_dict()
        return d


@dataclass
class Report:
    """Scores aggregated (micro) over documents."""

    n_documents: int
    fields: dict[str, FieldReport]
    report_year_correct: int = 0
    plan_year_correct: int = 0
    units_total: int = 0  # documents whose gold has a unit
    units_correct: int = 0
    spans_total: int = 0
    spans_grounded: int = 0
    warnings: list[Issue] = field(default_factory=list)

    @property
    def macro_f1(self) -> float:
        return sum(self.fields[f].f1 for f in FIELDS) / len(FIELDS)

    @property
    def macro_strict_f1(self) -> float:
        """The headline figure."""
        return sum(self.fields[f].strict_f1 for f in FIELDS) / len(FIELDS)

    @property
    def report_year_accuracy(self) -> Optional[float]:
        return _ratio(self.report_year_correct, self.n_documents)

    @property
    def plan_year_accuracy(self) -> Optional[float]:
        return _ratio(self.plan_year_correct, self.n_documents)

    @property
    def grounded_share(self) -> Optional[float]:
        return _ratio(self.spans_grounded, self.spans_total)

    @property
    def unit_accuracy(self) -> Optional[float]:
        """Over the documents whose gold has a unit; None when none has."""
        return _ratio(self.units_correct, self.units_total)

    def to_dict(self) -> dict[str, Any]:
        return {
            "n_documents": self.n_documents,
            "headline": self.macro_strict_f1,
            "macro_f1": self.macro_f1,
            "macro_strict_f1": self.macro_strict_f1,
            "report_year_accuracy": self.report_year_accuracy,
            "plan_year_accuracy": self.plan_year_accuracy,
            "grounded_share": self.grounded_share,
            "unit_accuracy": self.unit_accuracy,
            "units": {"total": self.units_total, "correct": self.units_correct},
            "spans": {"total": self.spans_total, "grounded": self.spans_grounded},
            "fields": {f: self.fields[f].to_dict() for f in FIELDS},
            "warnings": [w.to_dict() for w in self.warnings],
        }


def aggregate(scores: list[DocScore]) -> Report:
    """Sum per-document counts (micro average) into a :class:`Report`.

    >>> r = aggregate([])
    >>> r.n_documents, r.macro_f1, r.report_year_accuracy, r.grounded_share
    (0, 1.0, None, None)
    """
    totals = {f: FieldCounts() for f in FIELDS}
    report = Report(n_documents=len(scores), fields={})
    for s in scores:
        for f in FIELDS:
            totals[f].add(s.fields[f])
        report.report_year_correct += int(s.report_year_correct)
        report.plan_year_correct += int(s.plan_year_correct)
        report.units_total += int(s.unit_scored)
        report.units_correct += int(s.unit_scored and s.unit_correct)
        report.spans_total += s.spans_total
        report.spans_grounded += s.spans_grounded
        report.warnings.extend(s.warnings)
    report.fields = {f: FieldReport(f, totals[f]) for f in FIELDS}
    return report


# --------------------------------------------------------------------------
# I/O
# --------------------------------------------------------------------------


def _read_text(path: Path) -> str:
    # newline='' keeps "\r\n" as is, so offsets match the pipeline's input.
    with open(path, encoding="utf-8", newline="") as fh:
        return fh.read()


def load_gold_dir(gold_dir: str | Path) -> list[tuple[str, str, dict]]:
    """Every ``<id>.txt`` that has a ``<id>.gold.json``, sorted by id, as
    ``(id, text, gold)``."""
    gold_dir = Path(gold_dir)
    out = []
    for txt in sorted(gold_dir.glob("*.txt")):
        doc_id = txt.name[: -len(".txt")]
        gpath = gold_dir / f"{doc_id}.gold.json"
        if not gpath.is_file():
            continue
        with open(gpath, encoding="utf-8") as fh:
            gold = json.load(fh)
        out.append((doc_id, _read_text(txt), gold))
    return out


def load_units(path: str | Path) -> dict[str, Optional[dict]]:
    """Gold units kept apart: a JSONL file of ``{"id": "001", "unit": {"name": ..., "level": ...} | null}``
    (other keys, such as ``note``, are ignored) as ``{id: unit}``."""
    units: dict[str, Optional[dict]] = {}
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            rec = json.loads(line)
            if not isinstance(rec, dict) or "id" not in rec or "unit" not in rec:
                raise ValueError('%s:%d: expected {"id": ..., "unit": ...}' % (path, n))
            unit = rec["unit"]
            if unit is not None and not (isinstance(unit, dict) and "level" in unit):
                raise ValueError('%s:%d: "unit" must be null or {"name": ..., "level": ...}' % (path, n))
            units[str(rec["id"])] = unit
    return units


def run_evaluate(
    gold_dir: str | Path,
    pred_dir: str | Path | None = None,
    extract_fn: Optional[Callable[..., Any]] = None,
    units: Optional[dict[str, Optional[dict]]] = None,
) -> tuple[Report, list[DocScore]]:
    """Score every gold document.

    Predictions come from ``pred_dir/<id>.json`` when ``pred_dir`` is given (a
    missing file, or an error record without document fields, is an empty
    prediction), else from ``extract_fn(text, doc_id=id)`` which returns a
    pydantic model (``.model_dump(mode="json")`` is used) or a dict.
    ``units`` (:func:`load_units`) sets or replaces the gold ``unit`` of the
    documents it names.
    """
    if pred_dir is None and extract_fn is None:
        raise ValueError("run_evaluate needs pred_dir or extract_fn")
    scores = []
    for doc_id, text, gold in load_gold_dir(gold_dir):
        if units is not None and doc_id in units:
            gold = {**gold, "unit": units[doc_id]}
        if pred_dir is not None:
            ppath = Path(pred_dir) / f"{doc_id}.json"
            if ppath.is_file():
                with open(ppath, encoding="utf-8") as fh:
                    pred = json.load(fh)
            else:
                pred = {}
        else:
            pred = _as_dict(extract_fn(text, doc_id=doc_id))
        scores.append(score_document(text, gold, pred, doc_id=doc_id))
    return aggregate(scores), scores
