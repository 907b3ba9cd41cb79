"""What a meeting's agenda and minutes are made from: the meeting and, per case on it,
display-ready facts with the identity of the person, so that the pseudonymised variant
can replace that identity and scrub it from the free text before anything is rendered."""

from __future__ import annotations

from datetime import date, time

from pydantic import BaseModel, ConfigDict, Field

from riskdesk.documents.municipality import Municipality
from riskdesk.domain.meeting import Identity, MeetingKind, MeetingParticipant
from riskdesk.domain.validation import Line, Text


class _View(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", hide_input_in_errors=True)


class MeetingCaseView(_View):
    case_number: Line
    identity: Identity
    level: int | None = Field(default=None, ge=1, le=9)
    summary: Text = ""
    plan_status: Line = ""
    decision: Text = ""
    notes: Text = ""


class MeetingConcernView(_View):
    """A niveau-1 concern on a coordination agenda: its number and topic, nothing else."""

    number: Line
    topic: Line


class MeetingDocumentModel(_View):
    municipality: Municipality
    kind: MeetingKind
    held_on: date
    starts_at: time | None = None
    place: Line = ""
    participants: tuple[MeetingParticipant, ...] = ()
    cases: tuple[MeetingCaseView, ...] = ()
    concerns: tuple[MeetingConcernView, ...] = ()
    printed_on: date
