"""What the release-meeting agenda and minutes are made from."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict

from riskdesk.documents.municipality import Municipality
from riskdesk.documents.plan_document_model import CaseView, PersonView
from riskdesk.domain.release_meeting import ReleaseMeeting, ReleaseMeetingForm
from riskdesk.domain.release_progress import TimelineEntry


class ReleaseMeetingDocumentModel(BaseModel):
    """``form`` gives the agenda wording; ``progress`` the release timeline with each
    milestone's state, decided by ``domain.release_progress`` (the one rule the release
    page uses too)."""

    model_config = ConfigDict(frozen=True, extra="forbid", hide_input_in_errors=True)

    municipality: Municipality
    person: PersonView
    case: CaseView
    meeting: ReleaseMeeting
    form: ReleaseMeetingForm
    printed_on: date
    progress: tuple[TimelineEntry, ...] = ()
