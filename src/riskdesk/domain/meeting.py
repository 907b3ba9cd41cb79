"""Meetings where cases are discussed with partners: SSP, KSP and PSP (information shared
under Retsplejeloven § 115), the operative group (niveau 3) and the coordination meeting
(niveau 1 concerns). A meeting has a date, participants and an agenda of cases, each with
a summary beforehand and a decision afterwards; the decision flows back to the case.

Pseudonymisation is here too, as pure functions: a pseudonymised agenda shows initials and
birth year instead of name and CPR number, and scrubs free text of the names, birth dates,
CPR numbers, e-mail addresses and phone numbers of everyone on it, because a caseworker
may type any of them into a summary.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, time
from enum import StrEnum
from typing import Annotated, Any, NewType

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from riskdesk.domain.ids import CaseId
from riskdesk.domain.localized import LocalizedText
from riskdesk.domain.problems import Problem
from riskdesk.domain.refusals import UserInputError
from riskdesk.domain.text_scrubbing import name_parts, scrub_identifiers
from riskdesk.domain.validation import Line, RequiredLine, Text, rule_error, validate_model

MeetingId = NewType("MeetingId", int)


class MeetingKind(StrEnum):
    SSP = "ssp"
    KSP = "ksp"
    PSP = "psp"
    OPERATIVE = "operative"
    COORDINATION = "coordination"
    YOUTH_COORDINATION = "youth_coordination"
    INFOHUS = "infohus"
    CASE_MEETING = "case_meeting"
    NETWORK_MEETING = "network_meeting"


MEETING_KIND_LABELS: dict[MeetingKind, LocalizedText] = {
    MeetingKind.SSP: LocalizedText(da="SSP-møde", en="SSP meeting"),
    MeetingKind.KSP: LocalizedText(da="KSP-møde", en="KSP meeting"),
    MeetingKind.PSP: LocalizedText(da="PSP-møde", en="PSP meeting"),
    MeetingKind.OPERATIVE: LocalizedText(da="Operativ gruppe", en="Operative group"),
    MeetingKind.COORDINATION: LocalizedText(da="Koordinationsmøde", en="Coordination meeting"),
    MeetingKind.YOUTH_COORDINATION: LocalizedText(
        da="Ungekoordinationsmøde", en="Youth coordination meeting"
    ),
    MeetingKind.INFOHUS: LocalizedText(da="Infohus", en="Infohus"),
    MeetingKind.CASE_MEETING: LocalizedText(da="Sagsmøde", en="Case meeting"),
    MeetingKind.NETWORK_MEETING: LocalizedText(da="Netværksmøde", en="Network meeting"),
}

_SHARING_LIMIT_DA = (
    " Oplysningerne må kun udveksles, når det er nødvendigt af hensyn til det "
    "kriminalitetsforebyggende arbejde, og må ikke videregives yderligere."
)
_SHARING_LIMIT_EN = (
    " Information may be exchanged only where the crime-prevention work requires it, "
    "and must not be passed on."
)
LEGAL_BASIS_LINES: dict[MeetingKind, LocalizedText] = {
    MeetingKind.SSP: LocalizedText(
        da="Hjemmel: retsplejelovens § 115 (SSP – skole, socialforvaltning og politi)."
        + _SHARING_LIMIT_DA,
        en="Legal basis: Administration of Justice Act § 115 (SSP – school, social services "
        "and police)." + _SHARING_LIMIT_EN,
    ),
    MeetingKind.KSP: LocalizedText(
        da="Hjemmel: retsplejelovens § 115 (KSP – Kriminalforsorgen, socialforvaltning og "
        "politi)." + _SHARING_LIMIT_DA,
        en="Legal basis: Administration of Justice Act § 115 (KSP – Prison and Probation "
        "Service, social services and police)." + _SHARING_LIMIT_EN,
    ),
    MeetingKind.PSP: LocalizedText(
        da="Hjemmel: retsplejelovens § 115 (PSP – psykiatri, socialforvaltning og politi)."
        + _SHARING_LIMIT_DA,
        en="Legal basis: Administration of Justice Act § 115 (PSP – psychiatry, social "
        "services and police)." + _SHARING_LIMIT_EN,
    ),
}
"""The line printed on an agenda; the operative group and the coordination meeting have
none of their own, as their legal basis follows each case."""

MEETING_LABELS: dict[str, LocalizedText] = {
    "id": LocalizedText(da="Møde", en="Meeting"),
    "kind": LocalizedText(da="Mødetype", en="Meeting kind"),
    "held_on": LocalizedText(da="Mødedato", en="Meeting date"),
    "starts_at": LocalizedText(da="Starttidspunkt", en="Start time"),
    "place": LocalizedText(da="Sted", en="Place"),
    "participants": LocalizedText(da="Deltagere", en="Participants"),
    "items": LocalizedText(da="Sager på dagsordenen", en="Cases on the agenda"),
    "area": LocalizedText(da="Skoledistrikt eller område", en="School district or area"),
    "decision_owner": LocalizedText(da="Ansvarlig", en="Responsible"),
    "decision_budget": LocalizedText(da="Budget", en="Budget"),
    "decision_deadline": LocalizedText(da="Frist", en="Deadline"),
}

_DUPLICATE_CASE = LocalizedText(
    da="Sagen står allerede på dagsordenen; en sag kan kun stå der én gang.",
    en="The case is already on the agenda; a case can be on it only once.",
)
_CASE_NOT_ON_AGENDA = LocalizedText(
    da="Sagen står ikke på mødets dagsorden. Tilføj den først.",
    en="The case is not on the meeting's agenda. Add it first.",
)
_DECISION_BEFORE_MEETING = LocalizedText(
    da="Der kan først skrives en beslutning, når mødet er holdt (mødedato {held_on}).",
    en="A decision can be recorded only once the meeting has been held (meeting date {held_on}).",
)
_EMPTY_DECISION = LocalizedText(
    da="Skriv beslutningen; den må ikke være tom.", en="Write the decision; it cannot be empty."
)


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", hide_input_in_errors=True)


class MeetingParticipant(_Frozen):
    """A professional at the table; ``organisation`` holds the organisation or role."""

    name: RequiredLine
    organisation: Line = ""


class AgendaItem(_Frozen):
    """One case on the agenda: a summary written before, the decision after."""

    case_id: CaseId
    summary: Text = ""
    decision: Text = ""
    notes: Text = ""
    # Who carries the decision out, with what money and by when (the operative group's).
    decision_owner: Line = ""
    decision_budget: Annotated[Line, StringConstraints(max_length=64)] = ""
    decision_deadline: date | None = None


class Meeting(_Frozen):
    id: MeetingId | None = None
    kind: MeetingKind
    held_on: date
    starts_at: time | None = None
    place: Line = ""
    participants: tuple[MeetingParticipant, ...] = ()
    items: tuple[AgendaItem, ...] = ()
    # The school district or area of a coordination meeting (see meeting_series.py).
    area: Annotated[Line, StringConstraints(max_length=64)] = ""
    # The first meeting's id, for meetings made together as a repeating series.
    series_id: MeetingId | None = None
    # The saves the stored meeting had when this copy was read (record_version.py).
    row_version: int | None = Field(default=None, exclude=True)

    @model_validator(mode="after")
    def _each_case_once(self) -> Meeting:
        case_ids = [item.case_id for item in self.items]
        if len(case_ids) != len(set(case_ids)):
            raise rule_error(_DUPLICATE_CASE)
        return self

    def item(self, case_id: CaseId) -> AgendaItem | None:
        return next((i for i in self.items if i.case_id == case_id), None)

    @property
    def case_ids(self) -> tuple[CaseId, ...]:
        return tuple(i.case_id for i in self.items)

    def __repr__(self) -> str:
        return f"Meeting(id={self.id}, kind={self.kind.value}, held_on={self.held_on})"

    __str__ = __repr__


class AgendaRow(_Frozen):
    """What the agenda shows about one case, read in one query with the person, the
    case's level and its newest plan version (``plan_*`` None without a plan)."""

    case_id: CaseId
    case_number: str
    person_id: int
    person_name: str
    cpr: str | None
    birth_date: date
    guardians: tuple[str, ...] = ()
    level: int
    summary: str = ""
    decision: str = ""
    notes: str = ""
    plan_version: int | None = None
    plan_status: str | None = None
    plan_shared_on: date | None = None

    def __repr__(self) -> str:
        return f"AgendaRow(case_id={self.case_id})"

    __str__ = __repr__


class MeetingDecision(_Frozen):
    """A decision about a case, as the case sees it."""

    meeting_id: MeetingId
    held_on: date
    kind: MeetingKind
    text: Text


def meeting_from(data: dict[str, Any]) -> Meeting:
    """Validate user input into a :class:`Meeting`; raises :class:`UserInputError`."""
    return validate_model(Meeting, data, MEETING_LABELS)


def with_case(meeting: Meeting, case_id: CaseId, *, summary: str = "") -> Meeting:
    """``meeting`` with the case added last; raises :class:`UserInputError` when the case
    is already on it."""
    check_not_on_agenda(meeting.case_ids, case_id)
    item = validate_model(AgendaItem, {"case_id": case_id, "summary": summary}, MEETING_LABELS)
    return meeting.model_copy(update={"items": (*meeting.items, item)})


def check_not_on_agenda(case_ids: Iterable[CaseId], case_id: CaseId) -> None:
    """Raises :class:`UserInputError` (on ``items``) when ``case_id`` is among
    ``case_ids``: a case is on an agenda once."""
    if case_id in case_ids:
        raise UserInputError([Problem("items", _DUPLICATE_CASE)])


def without_case(meeting: Meeting, case_id: CaseId) -> Meeting:
    """``meeting`` without the case; raises :class:`UserInputError` when it is not on it."""
    _require_item(meeting, case_id)
    return meeting.model_copy(
        update={"items": tuple(i for i in meeting.items if i.case_id != case_id)}
    )


def with_item_text(
    meeting: Meeting, case_id: CaseId, *, summary: str | None = None, notes: str | None = None
) -> Meeting:
    """``meeting`` with the case's summary and/or notes replaced."""
    item = _require_item(meeting, case_id)
    changes = {k: v for k, v in (("summary", summary), ("notes", notes)) if v is not None}
    changed = validate_model(AgendaItem, item.model_dump() | changes, MEETING_LABELS)
    return _replace_item(meeting, changed)


def with_decision(meeting: Meeting, case_id: CaseId, text: str, *, today: date) -> Meeting:
    """``meeting`` with the decision on the case. Refused (:class:`UserInputError`) for a
    case not on the agenda, an empty text, or a meeting that has not been held by
    ``today``: a decision is what the meeting agreed, not a plan for it."""
    item = _require_item(meeting, case_id)
    if meeting.held_on > today:
        held = meeting.held_on.strftime("%d.%m.%Y")
        raise UserInputError([Problem("decision", _DECISION_BEFORE_MEETING.format(held_on=held))])
    if not text.strip():
        raise UserInputError([Problem("decision", _EMPTY_DECISION)])
    changed = validate_model(AgendaItem, item.model_dump() | {"decision": text}, MEETING_LABELS)
    return _replace_item(meeting, changed)


def upcoming_first(meetings: Iterable[Meeting], *, today: date) -> list[Meeting]:
    """Meetings from ``today`` on, soonest first, then past ones, newest first."""
    items = list(meetings)
    coming = sorted((m for m in items if m.held_on >= today), key=_when)
    past = sorted((m for m in items if m.held_on < today), key=_when, reverse=True)
    return coming + past


def _when(meeting: Meeting) -> tuple[date, time, int]:
    return (meeting.held_on, meeting.starts_at or time(0), meeting.id or 0)


def _require_item(meeting: Meeting, case_id: CaseId) -> AgendaItem:
    item = meeting.item(case_id)
    if item is None:
        raise UserInputError([Problem("items", _CASE_NOT_ON_AGENDA)])
    return item


def _replace_item(meeting: Meeting, changed: AgendaItem) -> Meeting:
    items = tuple(changed if i.case_id == changed.case_id else i for i in meeting.items)
    return meeting.model_copy(update={"items": items})


# --- pseudonymisation --------------------------------------------------------------------


class Identity(_Frozen):
    """Who is named on an agenda: the person of a case and the holders of custody."""

    name: RequiredLine
    cpr: str | None = None
    birth_date: date
    guardians: tuple[str, ...] = ()


def initials(name: str) -> str:
    """``"Ahmed Ali-Hansen"`` → ``"A.A.H."``: the first letter of every name part."""
    return "".join(f"{part[0].upper()}." for part in name_parts(name))


def pseudonym(identity: Identity) -> str:
    """Initials and birth year, e.g. ``"T.P. (f. 2010)"``."""
    return f"{initials(identity.name)} (f. {identity.birth_date.year})"


def scrub(text: str, identities: Sequence[Identity]) -> str:
    """``text`` with every name part of the people and their guardians replaced by its
    initial however it is spelled, their birth dates, anything shaped like a CPR number,
    e-mail addresses and phone numbers removed (see :mod:`text_scrubbing` for what is
    caught and what cannot be)."""
    return scrub_identifiers(
        text,
        names=[name for i in identities for name in (i.name, *i.guardians)],
        birth_dates=[i.birth_date for i in identities],
    )
