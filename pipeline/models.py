"""The output contract: pydantic v2 models of one extracted document.

Field names are a contract other tools rely on (schema_version "1.0"): add
fields freely, rename none. Every offset is a Python ``str`` index into the
input text *as decoded*, so ``text[span.start:span.end] == span.text``.
The JSON Schema in ``schemas/document.schema.json`` is generated from
``Document`` by ``vnreport schema``.
"""

from __future__ import annotations

from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0"

Qualifier = Literal["exact", "more_than", "less_than", "approximately", "at_least", "at_most"]
Change = Literal["increase", "decrease"]
Outcome = Literal["met_or_exceeded", "exceeded", "met", "not_met", "other"]
Basis = Literal["of_reference", "above_reference"]
RangeBound = Literal["low", "high"]


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


class Source(_Model):
    path: Optional[str] = None
    sha256: str = Field(description="Of the input file's bytes; for text given directly, of its UTF-8 encoding.")
    chars: int = Field(description="Length of the decoded text, in Python characters.")


class PipelineInfo(_Model):
    version: str


class Document(_Model):
    """Everything extracted from one input text."""

    schema_version: Literal["1.0"] = SCHEMA_VERSION
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
