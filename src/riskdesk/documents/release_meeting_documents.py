"""The release meeting's agenda (printed before, with room for notes) and minutes
(``loesladelsesmoede-dagsorden.docx``, ``loesladelsesmoede-referat.docx``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from riskdesk.documents.context_parts import (
    NOT_FILLED,
    case_context,
    danish_date,
    municipality_context,
    or_missing,
    person_context,
)
from riskdesk.documents.docx_rendering import RenderedDocument, render_document
from riskdesk.documents.release_meeting_document_model import ReleaseMeetingDocumentModel
from riskdesk.domain.action_plan import RESPONSIBLE_LABELS
from riskdesk.domain.release_meeting import (
    CHECKLIST_AREA_LABELS,
    ITEM_STATUS_LABELS,
    PARTICIPANT_ROLE_LABELS,
    readiness,
)
from riskdesk.domain.release_progress import (
    MILESTONE_STATE_LABELS,
    MilestoneState,
    TimelineEntry,
)
from riskdesk.domain.release_timeline import MILESTONE_LABELS, SOURCE_LABELS

AGENDA_TEMPLATE = "loesladelsesmoede-dagsorden.docx"
MINUTES_TEMPLATE = "loesladelsesmoede-referat.docx"
_COMMON = frozenset(
    {
        "logo",
        "municipality",
        "person",
        "case",
        "meeting",
        "participants",
        "checklist",
        "readiness",
        "deadlines",
        "printed_on",
    }
)
AGENDA_VARIABLES = _COMMON
MINUTES_VARIABLES = _COMMON | {"decisions"}


def meeting_context(model: ReleaseMeetingDocumentModel) -> dict[str, Any]:
    """Everything either document shows, without ``logo``."""
    meeting = model.meeting
    ready = readiness(meeting)
    return {
        "municipality": municipality_context(model.municipality),
        "person": person_context(model.person),
        "case": case_context(model.case),
        "meeting": {
            "prison": or_missing(meeting.prison),
            "expected_release": danish_date(meeting.expected_release),
            "admitted_on": danish_date(meeting.admitted_on),
            "parole_on": danish_date(meeting.parole_date),
            "meeting_on": danish_date(meeting.meeting_on),
            "place": or_missing(meeting.place),
            "conditions": or_missing(meeting.conditions),
            "supervision": or_missing(meeting.supervision),
            "next_meeting_on": danish_date(meeting.next_meeting_on),
            "notes": meeting.notes,
        },
        "participants": [
            {
                "name": p.name,
                "role": PARTICIPANT_ROLE_LABELS[p.role].da,
                "organisation": p.organisation,
            }
            for p in meeting.participants
        ],
        "checklist": [
            {
                "number": number,
                "label": CHECKLIST_AREA_LABELS[entry.area].da,
                "prompt": entry.prompt.da,
                "status": ITEM_STATUS_LABELS[item.status].da,
                "owner": RESPONSIBLE_LABELS[item.owner].da if item.owner else NOT_FILLED,
                "note": item.note,
            }
            for number, entry in enumerate(model.form.checklist, start=2)
            for item in (meeting.item(entry.area),)
        ],
        "readiness": {
            "in_place": ready.in_place,
            "in_progress": ready.in_progress,
            "missing": ready.missing,
            "missing_list": ", ".join(CHECKLIST_AREA_LABELS[a].da for a in ready.missing_areas)
            or "Intet",
            "in_progress_list": ", ".join(
                CHECKLIST_AREA_LABELS[a].da for a in ready.in_progress_areas
            )
            or "Intet",
        },
        "deadlines": _deadlines(model),
        "decisions": [
            {
                "what": d.what,
                "owner": RESPONSIBLE_LABELS[d.responsible].da
                + (f" ({d.responsible_name})" if d.responsible_name else ""),
                "due": danish_date(d.due),
                "area": CHECKLIST_AREA_LABELS[d.area].da,
            }
            for d in meeting.decisions
        ],
        "printed_on": danish_date(model.printed_on),
    }


def _deadlines(model: ReleaseMeetingDocumentModel) -> list[dict[str, str]]:
    return [
        {
            "label": MILESTONE_LABELS[entry.milestone].da,
            "source": SOURCE_LABELS[entry.source].da,
            "owner": RESPONSIBLE_LABELS[entry.owner].da,
            "due": danish_date(entry.due),
            "status": _status(entry),
        }
        for entry in model.progress
    ]


def _status(entry: TimelineEntry) -> str:
    state = MILESTONE_STATE_LABELS[entry.state].da
    if entry.state is MilestoneState.UPCOMING:
        return ""
    if entry.done_on is not None:
        return f"{state} ({danish_date(entry.done_on)})"
    return state


def render_agenda(
    model: ReleaseMeetingDocumentModel, *, custom_templates: Path | None = None
) -> RenderedDocument:
    context = {k: v for k, v in meeting_context(model).items() if k in AGENDA_VARIABLES}
    return render_document(
        AGENDA_TEMPLATE,
        context,
        variables=AGENDA_VARIABLES,
        logo=model.municipality.logo,
        custom_templates=custom_templates,
    )


def render_minutes(
    model: ReleaseMeetingDocumentModel, *, custom_templates: Path | None = None
) -> RenderedDocument:
    return render_document(
        MINUTES_TEMPLATE,
        meeting_context(model),
        variables=MINUTES_VARIABLES,
        logo=model.municipality.logo,
        custom_templates=custom_templates,
    )
