"""The release meeting's agenda (printed before, with room for notes) and minutes
(``loesladelsesmoede-dagsorden.docx``, ``loesladelsesmoede-referat.docx``)."""

from __future__ import annotations

from datetime import date
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
from riskdesk.domain.release_timeline import (
    MILESTONE_LABELS,
    Deadline,
    Milestone,
    overdue,
    release_timeline,
)

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
    meeting = model.meeting
    if meeting.expected_release is None:
        return []
    timeline = release_timeline(meeting.expected_release, model.form.timeline)
    # The meeting this document is about counts as held on its date, late or not.
    held = meeting.meeting_on is not None and meeting.meeting_on <= model.printed_on
    done = model.done | ({Milestone.MEETING} if held else set())
    late = set(overdue(timeline, today=model.printed_on, done=done))
    return [
        {
            "label": MILESTONE_LABELS[d.milestone].da,
            "due": danish_date(d.due),
            "overdue": _deadline_status(
                d, meeting.meeting_on, late=d in late, done=d.milestone in done
            ),
        }
        for d in timeline
    ]


def _deadline_status(deadline: Deadline, meeting_on: date | None, *, late: bool, done: bool) -> str:
    if deadline.milestone is Milestone.MEETING and meeting_on is not None:
        after = " – efter fristen" if meeting_on > deadline.due else ""
        return f"Mødet: {danish_date(meeting_on)}{after}"
    if done:
        return "Klaret"
    return "Overskredet" if late else ""


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
