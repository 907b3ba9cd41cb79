"""What the release-meeting agenda and minutes are made from."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict

from riskdesk.documents.municipality import Municipality
from riskdesk.documents.plan_document_model import CaseView, PersonView
from riskdesk.domain.release_meeting import ReleaseMeeting, ReleaseMeetingForm
from riskdesk.domain.release_timeline import Milestone


class ReleaseMeetingDocumentModel(BaseModel):
    """``form`` gives the agenda wording and the deadlines counted back from release;
    ``done`` the milestones the case has reached (``domain.release_progress``)."""

    model_config = ConfigDict(frozen=True, extra="forbid", hide_input_in_errors=True)

    municipality: Municipality
    person: PersonView
    case: CaseView
    meeting: ReleaseMeeting
    form: ReleaseMeetingForm
    printed_on: date
    done: frozenset[Milestone] = frozenset()
