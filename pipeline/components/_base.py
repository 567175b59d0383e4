"""What the extractor components share: where items live on a ``Doc``.

Each component appends plain dicts to ``doc.user_data["vnreport"][kind]``
(offsets are into ``doc.text``, the normalized text) and mirrors each item as
a ``Span`` in ``doc.spans["vnreport_<kind>"]`` whose ``span._.vnreport`` is
the item exactly as in the JSON output (``pipeline.export.item_json``), for
displaCy and other spaCy tools; each mention of an official is also a
``PERSON`` entity in ``doc.ents``. Everything kept in ``doc.user_data`` is
plain data (dicts, lists, strings, numbers), so ``DocBin(store_user_data=True)``
round-trips it.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Any

import regex
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .. import regexcache
from ..header import HEADER_BODY
from ..lexicon import DOTTED_ABBREVIATION

if not Span.has_extension("vnreport"):
    Span.set_extension("vnreport", default=None)


def _doc_payload(doc: Doc) -> dict[str, Any]:
    """``doc._.vnreport``: the years and every item, as in the JSON output (offsets into ``doc.text``)."""
    from ..export import ITEM_BUILDERS, item_json, unit_json

    data = doc.user_data.get("vnreport", {})
    text = doc_text(doc)
    out = {k: data.get(k) for k in ("published", "report_year", "plan_year", "plan_period")}
    for kind in ITEM_BUILDERS:
        out[kind] = [item_json(kind, it, text) for it in data.get(kind, [])]
    out["unit"] = unit_json(data.get("unit"), text)
    return out


if not Doc.has_extension("vnreport"):
    Doc.set_extension("vnreport", getter=_doc_payload)

# Where a clause ends: sentence punctuation, semicolons, colons, line breaks; also a full stop with the space
# after it lost ("… chuyển dịch tích cực.Tốc độ tăng trưởng …", "… kế hoạch).Diện tích …"), after a lower-case
# letter, a bracket or a percent sign only ("TP.Hồ Chí Minh", "H.Ngân Sơn" are abbreviations).
# An ellipsis the sentence goes on after in lower case ("Thương mại - Dịch vụ vận tải, ngân hàng,... đạt 570,8 tỷ đồng,
# chiếm 32,8%") ends nothing (train 403).
# Nor the dot of an abbreviation before a name ("TP. Buôn Ma Thuột", "TX. Ayun Pa": lexicon.DOTTED_ABBREVIATION) unless a
# line ends after it.
CLAUSE_BOUNDARY = regexcache.compile(
    r"(?<!" + DOTTED_ABBREVIATION + r"(?=\.[ \t]))[.;:!?\n]+(?=\s|$)(?<!\.\.(?=[ \t]+\p{Ll}))|[;:!?\n]|\.\.\.(?![ \t]+\p{Ll})|(?<=[\p{Ll}\p{M})%])\.(?=\p{Lu}\p{Ll})|\A"
    + HEADER_BODY
)
# A photo's credit closing a caption: "Ảnh: VIẾT CHUNG", "- ẢNH: ĐỖ TRƯỜNG", "- Ảnh: VGP" (officials: no part of an
# organization; tasks: a caption, no item of a list of targets)
PHOTO_CREDIT_SRC = r"(?<![\p{L}])(?i:ảnh)\s*:"  # (also inside officials.ABBR_DOT: no abbreviation's dot before it)
PHOTO_CREDIT = regexcache.compile(PHOTO_CREDIT_SRC)
# Where a person stands in a photo, right after the name: "(phải)", "(trái)", "(thứ 2 từ trái sang)", "(giữa)" (officials:
# no part of a title; tasks: a caption, "Đồng chí A (thứ 2 từ trái qua) dự và chủ trì hội nghị", no task)
PHOTO_POSITION = regexcache.compile(
    r"(?i)[ \t]*\((?:ảnh(?:\s+(?:phải|trái|giữa|trên|dưới))?,?\s*)?"  # ("(ảnh)", "(ảnh phải)", "(ảnh, trái)": the photo)
    r"(?:(?:bìa\s+)?(?:phải|trái)|giữa|đứng\s+giữa|ngồi\s+giữa|(?:thứ\s+\w+\s+)?từ\s+(?:trái|phải)(?:\s+sang)?(?:\s+\w+)?)?"
    r"(?<!\()\)"
)
# The same, searched backwards (REVERSE): the last boundary before a position without reading
# every one in the window (a text of figures and semicolons made that cost quadratic).
_CLAUSE_BOUNDARY_BACK = regexcache.compile(CLAUSE_BOUNDARY.pattern, CLAUSE_BOUNDARY.flags | regex.REVERSE)


# -- what one component hands another (typed; stored as plain data in doc.user_data) --


@dataclass(frozen=True)
class Years:
    """The article's years, written by ``vnreport_years``, read by percentages and tasks (tasks write the plan year
    back when the years found none and the tasks name one: ``tasks.plan_named_by_tasks``)."""

    published: str | None = None  # "YYYY-MM[-DD]" from the header, set before the components run
    report_year: int | None = None
    plan_year: int | None = None
    plan_period: str | None = None  # "H2", "Q2" … when a part of the plan year is planned
    fixed: bool = False  # decided on the whole text before it was cut into pieces: keep them


def start_document(doc: Doc, published: str | None, *, years: Years | None = None, spans: bool = True,
                   numbers_only: bool = False) -> None:
    """Set what a document starts with: its ``published`` date, and years decided beforehand
    (a long text processed in pieces); ``spans=False`` skips the spaCy ``Span`` mirrors;
    ``numbers_only`` marks a text whose diacritics are scrambled (``pipeline.quality``): names
    are not read from it, only those an official list confirms (places)."""
    data = store(doc)
    if numbers_only:
        doc.user_data["vnreport_numbers_only"] = True
    data["published"] = published
    if years is not None:
        set_years(doc, years)
        data["years_fixed"] = years.fixed
    if not spans:
        doc.user_data["vnreport_no_spans"] = True


def years_of(doc: Doc) -> Years:
    data = doc.user_data.get("vnreport", {})
    return Years(data.get("published"), data.get("report_year"), data.get("plan_year"),
                 data.get("plan_period"), bool(data.get("years_fixed")))


def set_years(doc: Doc, years: Years) -> None:
    data = store(doc)
    data["report_year"], data["plan_year"], data["plan_period"] = years.report_year, years.plan_year, years.plan_period


def official_mentions(doc: Doc) -> list[tuple[int, str]]:
    """(start, name) of every mention of every official, sorted; written by ``vnreport_officials``
    (its items' ``mentions``), read by tasks for ``issued_by``. Made once per document."""
    mentions = doc.user_data.get("vnreport_mentions")
    if mentions is None:
        mentions = sorted((s, off["name"]) for off in items(doc, "officials") for s, _ in off.get("mentions", []))
        doc.user_data["vnreport_mentions"] = mentions
    return mentions


def store(doc: Doc) -> dict[str, Any]:
    return doc.user_data.setdefault("vnreport", {})


def items(doc: Doc, kind: str) -> list[dict]:
    return store(doc).setdefault(kind, [])


def doc_text(doc: Doc) -> str:
    """``doc.text``, cached: spaCy rebuilds it from the tokens on every access."""
    text = doc.user_data.get("vnreport_text")
    if text is None:
        text = doc.user_data["vnreport_text"] = doc.text
    return text


def token_bounds(doc: Doc) -> tuple[list[int], set[int], set[int]]:
    """(sorted token start offsets, set of starts, set of ends) of ``doc``.

    Our tokenizer leaves the offsets in ``doc.user_data["vnreport_bounds"]`` as
    two plain lists (user data must stay serializable: ``DocBin``); the sets
    are made per call, for this document only.
    """
    bounds = doc.user_data.get("vnreport_bounds")
    if bounds is None:  # a Doc from another tokenizer
        bounds = ([t.idx for t in doc], [t.idx + len(t.text) for t in doc])
        doc.user_data["vnreport_bounds"] = bounds
    offsets, ends = bounds
    return offsets, set(offsets), set(ends)


def add_item(doc: Doc, kind: str, item: dict, start: int, end: int, label: str) -> None:
    """Record an item found at normalized offsets ``[start, end)``."""
    item.setdefault("start", start)
    item.setdefault("end", end)
    items(doc, kind).append(item)
    if doc.user_data.get("vnreport_no_spans"):  # pipeline.extract builds its Document from the dicts
        return
    from ..export import item_json

    offsets = doc.user_data.get("vnreport_bounds", (None,))[0] or token_bounds(doc)[0]
    span = _token_span(doc, offsets, start, end, label)
    if span is not None:
        group = doc.spans.setdefault("vnreport_" + kind, [])
        group.append(span)
        span._.vnreport = item_json(kind, item, doc_text(doc))
    if kind == "officials":  # every mention of a person is a PERSON entity (displaCy style="ent")
        people = [_token_span(doc, offsets, s, e, "PERSON") for s, e in item.get("mentions", [])]
        doc.ents = filter_spans(list(doc.ents) + [p for p in people if p is not None])


def refresh_payloads(doc: Doc, kind: str) -> None:
    """Rebuild ``span._.vnreport`` of the group of ``kind`` after its items changed (links added)."""
    from ..export import item_json

    group = doc.spans.get("vnreport_" + kind)
    if not group:
        return
    text = doc_text(doc)
    by_pos = {}
    for it in items(doc, kind):
        by_pos.setdefault((it["start"], it["end"]), []).append(it)
    for span in group:
        old = span._.vnreport
        found = by_pos.get((old["span"]["start"], old["span"]["end"])) if old else None
        if found:
            span._.vnreport = item_json(kind, found.pop(0), text)


def _token_span(doc: Doc, offsets: list[int], start: int, end: int, label: str) -> Span | None:
    """The smallest token span covering ``[start, end)``."""
    if not offsets or start >= end:
        return None
    i = max(0, bisect_right(offsets, start) - 1)
    j = max(i + 1, bisect_left(offsets, end))
    return Span(doc, i, min(j, len(doc)), label=label)


def clause_bounds(text: str, pos: int, *, window: int = 600) -> tuple[int, int]:
    """The clause (between boundaries) of ``text`` that contains ``pos``."""
    lo = max(0, pos - window)
    last = _CLAUSE_BOUNDARY_BACK.search(text, lo, pos)  # the last boundary before pos, found backwards
    start = last.end() if last else lo
    m = CLAUSE_BOUNDARY.search(text, pos, min(len(text), pos + window))
    end = m.start() if m else min(len(text), pos + window)
    return start, end


def strip_span(text: str, start: int, end: int, chars: str = " ,-\t\n") -> tuple[int, int]:
    """Shrink ``[start, end)`` past leading/trailing ``chars``."""
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end
