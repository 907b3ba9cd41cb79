"""What the action-plan document is made from: the plan itself plus read-only views of the
person, the case and the assessment, filled by the services from the vault.

The views hold display-ready facts (names of bands and domains already in Danish), so a
document never has to look anything up; they are validated before rendering like any
other input.
"""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict, Field

from riskdesk.documents.municipality import Municipality
from riskdesk.domain.action_plan import ActionPlan
from riskdesk.domain.instrument import Rating
from riskdesk.domain.mentor_course import MentorCourseLine
from riskdesk.domain.validation import Line, RequiredLine, Text


class _View(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", hide_input_in_errors=True)


class PersonView(_View):
    name: RequiredLine
    cpr: Line = ""
    birth_date: date | None = None
    address: Line = ""
    guardians: tuple[Line, ...] = ()
    minor: bool = False


class CaseView(_View):
    case_number: Line = ""
    level: int | None = Field(default=None, ge=1, le=9)
    kind: Line = ""
    caseworker: Line = ""


class DomainRow(_View):
    """One assessment domain as scored (e.g. 'Skole og beskæftigelse', 4 of 7, moderate)."""

    name: RequiredLine
    score: int = Field(ge=0)
    max_score: int = Field(ge=0)
    rating: Rating
    strength: bool = False


class ProfileRow(_View):
    """One of the four risk domains: factors present out of those counted."""

    title: RequiredLine
    present: int = Field(ge=0)
    of: int = Field(ge=0)
    rating: Rating
    factors: tuple[Line, ...] = ()


class AssessmentSummary(_View):
    instrument: RequiredLine
    instrument_version: int = Field(ge=1)
    assessed_on: date | None = None
    total: int = Field(ge=0)
    max_total: int = Field(ge=0)
    band: Line
    final_band: Line
    override_reason: Text = ""
    level: int | None = Field(default=None, ge=1, le=9)
    level_reason: Text = ""
    missing_items: int = Field(default=0, ge=0)
    domains: tuple[DomainRow, ...] = ()
    profile: tuple[ProfileRow, ...] = ()
    strengths: tuple[Line, ...] = ()
    responsivity: tuple[Line, ...] = ()
    disclaimer: Text


class Approval(_View):
    approved_by: RequiredLine
    approved_on: date
    comment: Text = ""


class PlanDocumentModel(_View):
    municipality: Municipality
    person: PersonView
    case: CaseView
    plan: ActionPlan
    assessment: AssessmentSummary | None = None
    approval: Approval | None = None
    printed_on: date
    mentor_course: MentorCourseLine | None = None
    """The course the plan links to (``plan.mentor_course_id``), if it is still there."""
