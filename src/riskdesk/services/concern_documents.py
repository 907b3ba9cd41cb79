"""The niveau-1 concerns a coordination meeting's agenda document lists, read inside the
document's unit of work: number and topic (in Danish, as the documents are), nothing
else, so the agenda can go to the partners at the table."""

from __future__ import annotations

from riskdesk.documents.meeting_document_model import MeetingConcernView
from riskdesk.domain.concern_agenda import CONCERN_MEETING_KINDS
from riskdesk.domain.localized import Language
from riskdesk.domain.meeting import MeetingId
from riskdesk.services.forms import Forms
from riskdesk.store.unit_of_work import UnitOfWork


def concerns_on_agenda(
    uow: UnitOfWork, forms: Forms, meeting_id: MeetingId
) -> tuple[MeetingConcernView, ...]:
    if uow.concerns.meeting_kind(meeting_id) not in CONCERN_MEETING_KINDS:
        return ()
    on_agenda = uow.concerns.agenda(meeting_id)
    if not on_agenda:
        return ()
    topics = forms.concern_topics
    return tuple(
        MeetingConcernView(number=c.number, topic=topics.label(c.topic).text(Language.DANISH))
        for c in on_agenda
    )
