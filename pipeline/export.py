"""Assemble a pydantic ``Document`` from what the components found.

Components record offsets into the normalized text; here every offset is
mapped back to the original input, and every ``text`` is sliced from the
original, so ``original[span.start:span.end] == span.text`` by construction.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache


from . import __version__
from .models import (
    Division,
    Document,
    IndicatorCount,
    Official,
    Percentage,
    PipelineInfo,
    Place,
    Position,
    Source,
    Span,
    Task,
    Unit,
    Warning,
)
from .normalize import Normalized


def iter_spans(obj):
    """Every span (a dict with ``start``, ``end`` and ``text``) anywhere in a Document's JSON.

    For checking grounding: ``original[s["start"]:s["end"]] == s["text"]`` for each.

    >>> [s["text"] for s in iter_spans({"percentages": [{"span": {"start": 3, "end": 8, "text": "4,07%"}}]})]
    ['4,07%']
    """
    if isinstance(obj, dict):
        if {"start", "end", "text"} <= obj.keys():
            yield obj
        for v in obj.values():
            yield from iter_spans(v)
    elif isinstance(obj, (list, tuple)):
        for v in obj:
            yield from iter_spans(v)


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


class _Mapper:
    def __init__(self, norm: Normalized):
        self.norm = norm
        self.original = norm.original

    def span(self, start: int, end: int) -> Span:
        s, e = self.norm.to_original(start, end)
        return Span(start=s, end=e, text=self.original[s:e])


def _official(p: dict, mp: _Mapper) -> Official:
    positions = []
    for pos in p["positions"]:
        sp = mp.span(pos["start"], pos["end"])
        positions.append(
            Position(
                title=pos["title"],
                organization=pos["organization"],
                organization_expanded=pos.get("organization_expanded"),
                text=sp.text,
                span=sp,
                rule=pos["rule"],
            )
        )
    return Official(
        name=p["name"],  # from the normalized text: NFC, canonical tones, no invisible characters
        honorific=p.get("honorific"),
        positions=positions,
        mentions=[mp.span(s, e) for s, e in p["mentions"]],
        rule=p["rule"],
    )


def _percentage(it: dict, mp: _Mapper) -> Percentage:
    subject_span = None
    if it.get("subject_start") is not None:
        subject_span = mp.span(it["subject_start"], it["subject_end"])
    sp = mp.span(it["start"], it["end"])
    return Percentage(
        value=it["value"],
        text=sp.text,
        span=sp,
        qualifier=it["qualifier"],
        change=it["change"],
        subject=subject_span.text if subject_span else None,
        subject_span=subject_span,
        reference=it.get("reference"),
        basis=it.get("basis"),
        is_target=it.get("is_target", False),
        range_bound=it.get("range_bound"),
        rule=it["rule"],
    )


def _indicator_count(it: dict, mp: _Mapper) -> IndicatorCount:
    sp = mp.span(it["start"], it["end"])
    return IndicatorCount(
        count=it["count"],
        total=it.get("total"),
        unit=it["unit"],
        status=it.get("status"),
        outcome=it["outcome"],
        scope=it.get("scope"),
        breakdown_of=it.get("breakdown_of"),
        text=sp.text,
        span=sp,
        rule=it["rule"],
    )


def _task(it: dict, mp: _Mapper) -> Task:
    sp = mp.span(it["start"], it["end"])
    return Task(year=it.get("year"), text=sp.text, span=sp, issued_by=it.get("issued_by"),
                assignees=it.get("assignees", []), rule=it["rule"])


#: the fields saying which official unit a place or the unit was resolved to (see models._resolved_fields)
_RESOLVED = ("code", "official_name", "division_list", "province_code", "province_name", "district_code",
             "district_name", "successors_since")


@lru_cache(maxsize=8192)
def _division(items: tuple) -> Division:
    """One (frozen) ``Division`` per unit of the lists, shared by every place and document."""
    return Division(**dict(items))


def _successors(it: dict) -> list[Division]:
    return [_division(tuple(d.items())) for d in it.get("successors", [])]


def _place_dict(it: dict, mp: _Mapper) -> dict:
    """A place as the dict ``Place`` is validated from (the successors: shared frozen models)."""
    s, e = mp.norm.to_original(it["start"], it["end"])
    text = mp.original[s:e]
    return {"name": it.get("name"), "level": it.get("level"), "organization": it.get("organization"),
            "implicit": it.get("implicit", False), "text": text, "span": {"start": s, "end": e, "text": text},
            "successors": _successors(it), "rule": it["rule"], **{k: it.get(k) for k in _RESOLVED}}


def _place(it: dict, mp: _Mapper) -> Place:
    return Place.model_validate(_place_dict(it, mp))


def unit_model(it: dict | None, mp) -> Unit | None:
    """The ``Unit`` of the places component's dict (evidence offsets mapped by ``mp``)."""
    if not it:
        return None
    return Unit(name=it.get("name"), level=it.get("level"), successors=_successors(it),
                province_code_2025=it.get("province_code_2025"), province_name_2025=it.get("province_name_2025"),
                evidence=[mp.span(s, e) for s, e in it.get("evidence", [])], confidence=it["confidence"],
                rule=it["rule"], **{k: it.get(k) for k in _RESOLVED})


#: the model of each kind of item, built from a component's dict
ITEM_BUILDERS = {
    "officials": _official,
    "percentages": _percentage,
    "indicator_counts": _indicator_count,
    "tasks": _task,
    "places": _place,
}


class _Identity:
    """The mapping of a text onto itself (a spaCy ``Doc`` made without ``pipeline.normalize``)."""

    def __init__(self, text: str):
        self.original = text

    @staticmethod
    def to_original(start: int, end: int) -> tuple[int, int]:
        return start, end


def item_json(kind: str, item: dict, text: str) -> dict:
    """A component's dict as the JSON item of the output (offsets into ``text`` itself).

    >>> item_json("tasks", {"start": 0, "end": 4, "year": 2025, "rule": "r"}, "Thu ngân sách")["span"]
    {'start': 0, 'end': 4, 'text': 'Thu '}
    """
    return ITEM_BUILDERS[kind](item, _Mapper(_Identity(text))).model_dump(mode="json")


def unit_json(unit: dict | None, text: str) -> dict | None:
    """The places component's ``unit`` as in the JSON output (offsets into ``text`` itself)."""
    model = unit_model(unit, _Mapper(_Identity(text)))
    return model.model_dump(mode="json") if model is not None else None


def to_document(
    data: dict,
    norm: Normalized,
    *,
    doc_id: str,
    path: str | None = None,
    published: str | None = None,
    warnings: list[tuple[str, str]] | None = None,
    source_sha256: str | None = None,
) -> Document:
    mp = _Mapper(norm)
    officials = [_official(p, mp) for p in data.get("officials", [])]
    percentages = [_percentage(it, mp) for it in data.get("percentages", [])]
    counts = [_indicator_count(it, mp) for it in data.get("indicator_counts", [])]
    tasks = [_task(it, mp) for it in data.get("tasks", [])]
    places = [_place_dict(it, mp) for it in data.get("places", [])]  # validated with the Document
    warns = [Warning(code=c, message=m) for c, m in (warnings or [])]
    for w in data.get("warnings", []):
        warns.append(Warning(code=w["code"], message=w["message"], spans=[mp.span(s, e) for s, e in w.get("spans", [])]))
    return Document(
        id=doc_id,
        source=Source(path=path, sha256=source_sha256 or sha256(norm.original), chars=len(norm.original)),
        published=published,
        report_year=data.get("report_year"),
        plan_year=data.get("plan_year"),
        plan_period=data.get("plan_period"),
        officials=officials,
        percentages=percentages,
        indicator_counts=counts,
        tasks=tasks,
        places=places,
        unit=unit_model(data.get("unit"), mp),
        warnings=warns,
        pipeline=PipelineInfo(version=__version__),
    )
