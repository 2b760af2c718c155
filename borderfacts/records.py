"""The output contract (schema ``borderfacts/1``) as typed records.

One definition serves three purposes: the shape of the JSON we print, the
JSON Schema printed by ``borderfacts schema``, and the validation in tests.
Field order here is the key order in the JSON output.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Literal, Optional

SCHEMA = "borderfacts/1"

Category = Literal["killed", "wounded", "displaced", "missing", "captured"]
CATEGORIES: tuple[str, ...] = ("killed", "wounded", "displaced", "missing", "captured")


@dataclass
class Party:
    name: str
    role: Literal["side", "other"]
    aliases: list[str]
    mentions: int


@dataclass
class Statement:
    speaker: Optional[str]
    affiliation: Optional[str]
    party: Optional[str]
    kind: Literal["direct", "indirect"]
    text: str
    cue: Optional[str]
    start: int
    end: int


@dataclass
class Casualty:
    party: Optional[str]
    category: Category
    count: Optional[int]
    low: Optional[int]
    high: Optional[int]
    group: Literal["civilians", "military", "people"]
    reported_by: Optional[str]
    historical: bool
    text: str
    start: int
    end: int


@dataclass
class DateMention:
    text: str
    value: Optional[str]
    granularity: Optional[str]
    start: int
    end: int


@dataclass
class Document:
    source: str
    reference_date: Optional[str]
    reference_date_source: Optional[Literal["option", "dateline"]]
    parties: list[Party] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    casualties: list[Casualty] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    summary: dict[str, dict[str, int]] = field(default_factory=dict)
    schema: str = SCHEMA

    def to_dict(self) -> dict:
        """The JSON object, with ``schema`` first as in the contract."""
        data = asdict(self)
        return {"schema": data.pop("schema"), **data}


@dataclass
class ErrorInfo:
    type: str
    message: str


@dataclass
class ErrorRecord:
    """What a failed input yields in JSON Lines and batch output."""

    source: str
    error: ErrorInfo
    schema: str = SCHEMA

    def to_dict(self) -> dict:
        data = asdict(self)
        return {"schema": data.pop("schema"), **data}


def json_schema() -> dict:
    """JSON Schema of one output document, generated from the records above.

    pydantic (already a spaCy dependency) is imported here only, so it costs
    nothing on the extraction path.
    """
    from pydantic import TypeAdapter

    schema = TypeAdapter(Document).json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://borderfacts.invalid/schema/borderfacts-1.json"
    schema["title"] = "borderfacts document (schema borderfacts/1)"
    return schema
