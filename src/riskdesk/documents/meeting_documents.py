"""A meeting's agenda (``moede-dagsorden.docx``: each case with level, summary, plan status
and room for notes) and minutes (``moede-referat.docx``: the decision per case).

Either can be pseudonymised: initials and birth year stand where name and CPR number
would, and the free text is scrubbed of the names, birth dates, CPR numbers, e-mail
addresses and phone numbers of the people on the agenda before the template sees it. The
document says that the scrubbing was automatic and must be read before sharing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from riskdesk.documents.context_parts import (
    NOT_FILLED,
    danish_date,
    municipality_context,
    or_missing,
)
from riskdesk.documents.docx_rendering import RenderedDocument, render_document
from riskdesk.documents.meeting_document_model import MeetingCaseView, MeetingDocumentModel
from riskdesk.domain.meeting import (
    LEGAL_BASIS_LINES,
    MEETING_KIND_LABELS,
    pseudonym,
    scrub,
)

MEETING_AGENDA_TEMPLATE = "moede-dagsorden.docx"
MEETING_MINUTES_TEMPLATE = "moede-referat.docx"
MEETING_VARIABLES = frozenset(
    {"logo", "municipality", "meeting", "participants", "cases", "printed_on"}
)
# The agenda also lists the niveau-1 concerns of a coordination meeting.
MEETING_AGENDA_VARIABLES = MEETING_VARIABLES | {"concerns"}

# In the note itself, not in the template, so a municipality's own template says it too.
_PSEUDONYMISED_NOTE = (
    "Pseudonymiseret udgave: borgerne er angivet med initialer og fødselsår. Fritekst er "
    "renset automatisk for navne, fødselsdatoer, CPR-numre, e-mailadresser og "
    "telefonnumre; et kælenavn, et navn med stavefejl eller andre detaljer kan stadig "
    "udpege en borger, så læs dagsordenen igennem, før den deles."
)


def meeting_context(model: MeetingDocumentModel, *, pseudonymised: bool) -> dict[str, Any]:
    """Everything the agenda and minutes show, without ``logo``. With ``pseudonymised``
    no name or CPR number of a person on the agenda (or a guardian's name) is in it."""
    identities = [c.identity for c in model.cases]

    def text(value: str) -> str:
        # A relative at the table or a home address as the place names the person too.
        return scrub(value, identities) if pseudonymised else value

    kind = MEETING_KIND_LABELS[model.kind].da
    legal = LEGAL_BASIS_LINES.get(model.kind)
    return {
        "municipality": municipality_context(model.municipality),
        "meeting": {
            "kind": kind,
            "held_on": danish_date(model.held_on),
            "starts_at": model.starts_at.strftime("%H:%M") if model.starts_at else NOT_FILLED,
            "place": or_missing(text(model.place)),
            "legal_basis": legal.da if legal else "",
            "pseudonymised": _PSEUDONYMISED_NOTE if pseudonymised else "",
            "variant": " (pseudonymiseret)" if pseudonymised else "",
        },
        "participants": [
            {"name": text(p.name), "organisation": text(p.organisation)} for p in model.participants
        ],
        "cases": [
            _case(number, case, text=text, pseudonymised=pseudonymised)
            for number, case in enumerate(model.cases, start=1)
        ],
        "concerns": [{"number": c.number, "topic": c.topic} for c in model.concerns],
        "printed_on": danish_date(model.printed_on),
    }


def _case(
    number: int, case: MeetingCaseView, *, text: Callable[[str], str], pseudonymised: bool
) -> dict[str, Any]:
    identity = case.identity
    return {
        "number": number,
        "case_number": or_missing(case.case_number),
        "who": pseudonym(identity) if pseudonymised else identity.name,
        "id_line": "CPR-nr. udeladt" if pseudonymised else or_missing(identity.cpr or ""),
        "level": f"Niveau {case.level}" if case.level is not None else NOT_FILLED,
        "summary": or_missing(text(case.summary)),
        "plan_status": or_missing(text(case.plan_status)),
        "decision": or_missing(text(case.decision)),
        "notes": text(case.notes),
    }


def render_meeting_agenda(
    model: MeetingDocumentModel,
    *,
    pseudonymised: bool = False,
    custom_templates: Path | None = None,
) -> RenderedDocument:
    return render_document(
        MEETING_AGENDA_TEMPLATE,
        meeting_context(model, pseudonymised=pseudonymised),
        variables=MEETING_AGENDA_VARIABLES,
        logo=model.municipality.logo,
        custom_templates=custom_templates,
    )


def render_meeting_minutes(
    model: MeetingDocumentModel,
    *,
    pseudonymised: bool = False,
    custom_templates: Path | None = None,
) -> RenderedDocument:
    return render_document(
        MEETING_MINUTES_TEMPLATE,
        meeting_context(model, pseudonymised=pseudonymised),
        variables=MEETING_VARIABLES,
        logo=model.municipality.logo,
        custom_templates=custom_templates,
    )
