"""The output contract: pydantic v2 models of one extracted document.

Field names are a contract other tools rely on (schema_version "1.1"; 1.1
added ``places`` and ``unit``): add fields freely, rename none. Every offset is
a Python ``str`` index into the input text *as decoded*, so ``text[span.start:span.end] == span.text``.
The JSON Schema in ``schemas/document.schema.json`` is generated from
``Document`` by ``vnreport schema``.
"""

from __future__ import annotations

from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.1"

Qualifier = Literal["exact", "more_than", "less_than", "approximately", "at_least", "at_most"]
Change = Literal["increase", "decrease"]
Outcome = Literal["met_or_exceeded", "exceeded", "met", "not_met", "other"]
Basis = Literal["of_reference", "above_reference"]
RangeBound = Literal["low", "high"]
#: the level of a place as written ("TP." is "thành phố"); the first nine are units of the
#: official lists, the others villages and neighbourhoods (no official code)
PlaceLevel = Literal[
    "tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn", "đặc khu",
    "thôn", "bản", "xóm", "ấp", "buôn", "tổ dân phố", "khu phố",
]
#: which official list a code is from: "pre-2025" = the 63 provinces, districts and communes in force
#: until 2025-06-30; "2025" = the 34 provinces and communes from 2025-07-01
DivisionList = Literal["pre-2025", "2025"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(_Model):
    """A stretch of the input: ``input[start:end] == text``."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class Position(_Model):
    """One position of an official, e.g. "Chủ tịch HĐND huyện"."""

    title: str = Field(description='The title proper, e.g. "Chủ tịch", "Tỉnh ủy viên".')
    organization: Optional[str] = Field(
        None, description='The organization as written, e.g. "HĐND huyện"; null if none.'
    )
    organization_expanded: Optional[str] = Field(
        None, description='The organization with abbreviations expanded, e.g. "Hội đồng nhân dân huyện".'
    )
    text: str = Field(description="The whole position segment as written.")
    span: Span
    rule: str


class Official(_Model):
    """One person named in a public role; one entry per person per document."""

    name: str
    honorific: Optional[Literal["đồng chí", "ông", "bà"]] = None
    positions: list[Position] = []
    mentions: list[Span] = Field(
        default_factory=list, description="Every mention of the person, the first one first."
    )
    rule: str


class Percentage(_Model):
    value: float = Field(description="In percent units: 4,07% -> 4.07.")
    text: str = Field(description="The figure as written, e.g. '4,07%'.")
    span: Span
    qualifier: Qualifier = "exact"
    change: Optional[Change] = None
    subject: Optional[str] = Field(None, description="What the figure measures, as written.")
    subject_span: Optional[Span] = None
    reference: Optional[str] = Field(None, description='What the figure is relative to: "kế hoạch", "cùng kỳ", ...')
    basis: Optional[Basis] = None
    is_target: bool = Field(False, description="The figure is a goal for the plan year.")
    range_bound: Optional[RangeBound] = None
    rule: str


class IndicatorCount(_Model):
    count: int
    total: Optional[int] = None
    unit: str = Field(description='"chỉ tiêu", "tiêu chí" or "mục tiêu".')
    status: Optional[str] = Field(None, description='The outcome as written, e.g. "đạt và vượt".')
    outcome: Outcome = "other"
    scope: Optional[str] = Field(None, description='e.g. "trong lĩnh vực kinh tế".')
    breakdown_of: Optional[int] = Field(
        None, description="Index (in indicator_counts) of the count this one breaks down ('trong đó')."
    )
    text: str
    span: Span
    rule: str


class Task(_Model):
    year: Optional[int] = None
    text: str
    span: Span
    issued_by: Optional[str] = Field(None, description="Name of the official who set the task.")
    assignees: list[str] = []
    rule: str


class Warning(_Model):
    code: str
    message: str
    spans: list[Span] = []


class Division(_Model):
    """A unit of an official list of administrative divisions (General Statistics Office codes)."""

    model_config = ConfigDict(extra="forbid", frozen=True)  # immutable: one instance serves every document

    code: str = Field(description='GSO code, zero-padded: 2 digits for a province ("06"), 3 for a district '
                      '("062"), 5 for a commune ("01954"). Unique only within its division_list.')
    name: str = Field(description='The official full name, e.g. "Huyện Ngân Sơn".')
    level: str = Field(description='Its level in the list: tỉnh, thành phố, huyện, quận, thị xã, xã, phường, '
                       'thị trấn or đặc khu.')
    division_list: DivisionList
    province_code: str
    province_name: str
    district_code: Optional[str] = Field(None, description="Its district (pre-2025 communes); null otherwise.")
    district_name: Optional[str] = None


def _resolved_fields(what: str) -> dict:
    """The fields saying which official unit ``what`` was resolved to (all null when unresolved)."""
    return {
        "code": Field(None, description="GSO code of the unit in division_list (see Division.code); null when %s "
                      "was not resolved (unknown, or place_ambiguous)." % what),
        "official_name": Field(None, description='The official full name, e.g. "Huyện Ngân Sơn".'),
        "division_list": Field(None, description="The list in force at the article's date (published, else the "
                               "report year)."),
        "province_code": Field(None, description="Its province (itself for a province), in division_list."),
        "province_name": Field(None),
        "district_code": Field(None, description="Its district (a pre-2025 commune; itself for a district)."),
        "district_name": Field(None),
        "successors": Field(
            default_factory=list,
            description="For a pre-2025 unit: the units of the 2025 list that took it over (a district: every "
            "commune its communes went into; a province: the new province).",
        ),
        "successors_since": Field(None, description='The date of that change: "2025-07-01".'),
    }


_PLACE_RESOLVED = _resolved_fields("the place")
_UNIT_RESOLVED = _resolved_fields("the unit")


class Place(_Model):
    """A mention of an administrative place: "huyện Ngân Sơn", "UBND huyện Ngân Sơn", "Huyện ủy"."""

    name: Optional[str] = Field(
        None, description='The name without its level word, as written ("Ngân Sơn", "5" for "phường 5"); for an '
        "implicit mention the name it was resolved to through the article; null when unresolved."
    )
    level: Optional[PlaceLevel] = Field(
        None, description='As written ("huyện"), or carried by the organization ("Huyện ủy": huyện); null for a '
        "bare name."
    )
    organization: Optional[str] = Field(
        None, description='The organization the place is named in, as written: "UBND", "Huyện ủy", "Đảng bộ".'
    )
    implicit: bool = Field(False, description='The name is not written ("Huyện ủy", "UBND tỉnh").')
    text: str = Field(description="The mention as written.")
    span: Span
    code: Optional[str] = _PLACE_RESOLVED["code"]
    official_name: Optional[str] = _PLACE_RESOLVED["official_name"]
    division_list: Optional[DivisionList] = _PLACE_RESOLVED["division_list"]
    province_code: Optional[str] = _PLACE_RESOLVED["province_code"]
    province_name: Optional[str] = _PLACE_RESOLVED["province_name"]
    district_code: Optional[str] = _PLACE_RESOLVED["district_code"]
    district_name: Optional[str] = _PLACE_RESOLVED["district_name"]
    successors: list[Division] = _PLACE_RESOLVED["successors"]
    successors_since: Optional[str] = _PLACE_RESOLVED["successors_since"]
    rule: str


class Unit(_Model):
    """The administrative unit the report is about: whose results and tasks it gives."""

    name: Optional[str] = Field(
        None, description="As the article writes it, without the level word; null when the article never names "
        'it ("UBND tỉnh họp phiên thường kỳ").'
    )
    level: Optional[PlaceLevel] = None
    code: Optional[str] = _UNIT_RESOLVED["code"]
    official_name: Optional[str] = _UNIT_RESOLVED["official_name"]
    division_list: Optional[DivisionList] = _UNIT_RESOLVED["division_list"]
    province_code: Optional[str] = _UNIT_RESOLVED["province_code"]
    province_name: Optional[str] = _UNIT_RESOLVED["province_name"]
    district_code: Optional[str] = _UNIT_RESOLVED["district_code"]
    district_name: Optional[str] = _UNIT_RESOLVED["district_name"]
    successors: list[Division] = _UNIT_RESOLVED["successors"]
    successors_since: Optional[str] = _UNIT_RESOLVED["successors_since"]
    province_code_2025: Optional[str] = Field(
        None, description="The province of the 2025 list the unit lies in (its own, or its successors'): the "
        "key to follow a unit across the 2025 change."
    )
    province_name_2025: Optional[str] = None
    evidence: list[Span] = Field(default_factory=list, description="The mentions that decided it.")
    confidence: float = Field(ge=0, le=1, description="How sure the rule is: a score in [0, 1], not a probability.")
    rule: str


class Source(_Model):
    path: Optional[str] = None
    sha256: str = Field(description="Of the input file's bytes; for text given directly, of its UTF-8 encoding.")
    chars: int = Field(description="Length of the decoded text, in Python characters.")


class PipelineInfo(_Model):
    version: str


class Document(_Model):
    """Everything extracted from one input text."""

    schema_version: Literal["1.1"] = SCHEMA_VERSION
    id: str
    source: Source
    published: Optional[str] = Field(None, description="From a first line ' date YYYY-MM[-DD]'.")
    report_year: Optional[int] = None
    plan_year: Optional[int] = None
    plan_period: Optional[str] = Field(None, description='e.g. "Q2", "H1" when the plan is for part of a year.')
    officials: list[Official] = []
    percentages: list[Percentage] = []
    indicator_counts: list[IndicatorCount] = []
    tasks: list[Task] = []
    places: list[Place] = []
    unit: Optional[Unit] = Field(
        None, description="The administrative unit the report is about; null when it is about none (a ministry, "
        "the nation) or the text does not say."
    )
    warnings: list[Warning] = []
    pipeline: PipelineInfo


class ErrorSource(_Model):
    path: Optional[str] = None
    sha256: Optional[str] = None
    bytes: Optional[int] = None


class ErrorInfo(_Model):
    code: str
    message: str


class ErrorRecord(_Model):
    """What a document that could not be processed yields instead of a Document."""

    id: str
    source: ErrorSource
    error: ErrorInfo
