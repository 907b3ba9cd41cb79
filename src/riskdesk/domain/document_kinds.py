"""The Word documents RiskDesk saves outside the vault, by the name the audit log records
them under (``details["document"]``; stable, never renamed)."""

from __future__ import annotations

from enum import StrEnum

from riskdesk.domain.localized import LocalizedText


class DocumentKind(StrEnum):
    PLAN = "plan"
    """The case's current action plan; the record is the case."""
    FROZEN_PLAN = "frozen_plan"
    """The document stored when a plan version was approved, byte for byte; the record
    is the plan version."""
    RELEASE_AGENDA = "release_agenda"
    RELEASE_MINUTES = "release_minutes"
    """The release meeting's agenda and minutes; the record is the case."""
    MEETING_AGENDA = "meeting_agenda"
    MEETING_AGENDA_PSEUDONYMISED = "meeting_agenda_pseudonymised"
    MEETING_MINUTES = "meeting_minutes"
    """A meeting's agenda (also without identities) and minutes; the record is the meeting."""
    ACCESS_INSIGHT = "access_insight"
    """The log extract answering a citizen's request for access; the record is the person."""

    @property
    def allows_pdf(self) -> bool:
        """A frozen document is kept as approved; a PDF would be a new rendering."""
        return self is not DocumentKind.FROZEN_PLAN

    @property
    def label(self) -> LocalizedText:
        """What the document is, as the access insight names it ("eksporterede …")."""
        return DOCUMENT_LABELS[self]


DOCUMENT_LABELS: dict[DocumentKind, LocalizedText] = {
    DocumentKind.PLAN: LocalizedText(da="handleplanen", en="the action plan"),
    DocumentKind.FROZEN_PLAN: LocalizedText(
        da="den godkendte handleplan", en="the approved action plan"
    ),
    DocumentKind.RELEASE_AGENDA: LocalizedText(
        da="dagsordenen til løsladelsesmødet", en="the release meeting's agenda"
    ),
    DocumentKind.RELEASE_MINUTES: LocalizedText(
        da="referatet af løsladelsesmødet", en="the release meeting's minutes"
    ),
    DocumentKind.MEETING_AGENDA: LocalizedText(
        da="dagsordenen til et møde", en="the agenda of a meeting"
    ),
    DocumentKind.MEETING_AGENDA_PSEUDONYMISED: LocalizedText(
        da="den pseudonymiserede dagsorden til et møde",
        en="the pseudonymised agenda of a meeting",
    ),
    DocumentKind.MEETING_MINUTES: LocalizedText(
        da="referatet af et møde", en="the minutes of a meeting"
    ),
    DocumentKind.ACCESS_INSIGHT: LocalizedText(
        da="logudtrækket (indsigt)", en="the access log extract (access insight)"
    ),
}
