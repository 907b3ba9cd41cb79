"""An assessment being filled in: everything the wizard collects, saved as JSON until
it is finalised. Ids are checked against the instrument when scored, not here, so a
draft made on an older instrument version still loads."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from riskdesk.domain.assessment_scoring import BandOverride
from riskdesk.domain.ids import PersonId
from riskdesk.domain.instrument import Identifier, ItemId
from riskdesk.domain.level_rules import LevelOverride
from riskdesk.domain.validation import Text


class InformationSource(StrEnum):
    INTERVIEW = "interview"
    FILE = "file"
    SCHOOL = "school"
    POLICE = "police"
    PARENTS = "parents"


class ItemAnswer(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    value: Identifier | None = None
    comment: Text = ""


class AssessmentDraft(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    instrument_id: Identifier
    instrument_version: int = Field(ge=1)
    person_id: PersonId
    assessment_date: date
    sources: frozenset[InformationSource] = frozenset()
    answers: Mapping[ItemId, ItemAnswer] = Field(default_factory=dict)
    strengths: frozenset[Identifier] = frozenset()
    domain_notes: Mapping[Identifier, Text] = Field(default_factory=dict)
    extra_factors: frozenset[Identifier] = frozenset()
    flags: frozenset[Identifier] = frozenset()
    responsivity: frozenset[Identifier] = frozenset()
    responsivity_notes: Text = ""
    band_override: BandOverride | None = None
    level_override: LevelOverride | None = None
    unanswered_reason: Text = ""

    @property
    def instrument_ref(self) -> str:
        return f"{self.instrument_id}@{self.instrument_version}"

    def answer_values(self) -> dict[str, str | None]:
        return {item_id: answer.value for item_id, answer in self.answers.items()}

    def with_answer(
        self, item_id: str, value: str | None, *, comment: str | None = None
    ) -> AssessmentDraft:
        """A copy with one item answered; the comment is kept unless a new one is given."""
        previous = self.answers.get(item_id, ItemAnswer())
        answer = ItemAnswer(value=value, comment=previous.comment if comment is None else comment)
        return self.with_fields(answers={**self.answers, item_id: answer})

    def with_note(self, domain_id: str, note: str) -> AssessmentDraft:
        return self.with_fields(domain_notes={**self.domain_notes, domain_id: note})

    def with_ticked(self, field: TickField, entry: str, *, ticked: bool) -> AssessmentDraft:
        """A copy with ``entry`` added to or removed from one of the tick sets."""
        current: frozenset[str] = getattr(self, field)
        return self.with_fields(**{field: current | {entry} if ticked else current - {entry}})

    def with_fields(self, **changes: object) -> AssessmentDraft:
        """A copy with ``changes``, validated again, so a page can never put a value into
        the draft that would not load back."""
        return AssessmentDraft.model_validate({**self.model_dump(), **changes})


type TickField = Literal["sources", "strengths", "extra_factors", "flags", "responsivity"]
