"""Inquiries to the unit (henvendelser): counted by month, type and source whether or not
they became a case, as the unit's half-year report does. An inquiry names a person only
through a link to a case or a person already in the vault; otherwise it holds a short note,
which is refused when it carries a CPR number, a birth date, an e-mail address or a phone
number (:mod:`riskdesk.domain.identity_check`)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from enum import StrEnum
from typing import Annotated, Any, NewType

from pydantic import AfterValidator, BaseModel, ConfigDict
from pydantic_core import PydanticCustomError

from riskdesk.domain.identity_check import find_identity, identity_problem
from riskdesk.domain.ids import CaseId, PersonId
from riskdesk.domain.localized import LocalizedText
from riskdesk.domain.problems import Problem
from riskdesk.domain.refusals import UserInputError
from riskdesk.domain.validation import clean_text, validate_model

InquiryId = NewType("InquiryId", int)

NOTE_MAX = 500
"""A short note: what the inquiry was about, never a case file."""


class InquiryKind(StrEnum):
    CASE = "case"
    RELEASE = "release"
    ADVICE = "advice"
    OTHER = "other"


class InquirySource(StrEnum):
    KRIMINALFORSORGEN = "kriminalforsorgen"
    JOBCENTRE = "jobcentre"
    FAMILY_DEPARTMENT = "family_department"
    SCHOOL = "school"
    CLUB = "club"
    POLICE = "police"
    PSYCHIATRY = "psychiatry"
    RELATIVES = "relatives"
    CITIZEN = "citizen"
    HEALTH_VISITOR = "health_visitor"
    PLACEMENT = "placement"
    OTHER = "other"


_T = LocalizedText
INQUIRY_KIND_LABELS: dict[InquiryKind, LocalizedText] = {
    InquiryKind.CASE: _T(da="Enkeltsag", en="Individual case"),
    InquiryKind.RELEASE: _T(da="Løsladelse", en="Release"),
    InquiryKind.ADVICE: _T(da="Råd og vejledning", en="Advice and guidance"),
    InquiryKind.OTHER: _T(da="Andet", en="Other"),
}

INQUIRY_SOURCE_LABELS: dict[InquirySource, LocalizedText] = {
    InquirySource.KRIMINALFORSORGEN: _T(da="Kriminalforsorgen", en="Prison and Probation Service"),
    InquirySource.JOBCENTRE: _T(da="Jobcenter", en="Jobcentre"),
    InquirySource.FAMILY_DEPARTMENT: _T(da="Familieafdeling", en="Family department"),
    InquirySource.SCHOOL: _T(da="Skole", en="School"),
    InquirySource.CLUB: _T(da="Klub", en="Club"),
    InquirySource.POLICE: _T(da="Politi", en="Police"),
    InquirySource.PSYCHIATRY: _T(da="Psykiatri", en="Psychiatry"),
    InquirySource.RELATIVES: _T(da="Pårørende", en="Relatives"),
    InquirySource.CITIZEN: _T(da="Borgeren", en="The citizen"),
    InquirySource.HEALTH_VISITOR: _T(da="Sundhedspleje", en="Health visitor"),
    InquirySource.PLACEMENT: _T(da="Anbringelsessted", en="Placement institution"),
    InquirySource.OTHER: _T(da="Andet", en="Other"),
}

INQUIRY_LABELS: dict[str, LocalizedText] = {
    "received_on": _T(da="Dato", en="Date"),
    "kind": _T(da="Type", en="Type"),
    "source": _T(da="Kilde", en="Source"),
    "received_by": _T(da="Modtaget af", en="Received by"),
    "case_number": _T(da="Sagsnummer", en="Case number"),
    "note": _T(da="Note", en="Note"),
    "period": _T(da="Periode", en="Period"),
}

_FILTER_LABELS: dict[str, LocalizedText] = INQUIRY_LABELS | {
    "start": _T(da="Fra", en="From"),
    "end": _T(da="Til", en="To"),
}

_IN_THE_FUTURE = _T(
    da="Datoen ligger i fremtiden; en henvendelse registreres, når den er modtaget.",
    en="The date is in the future; an inquiry is recorded once it has been received.",
)
_PERIOD_BACKWARDS = _T(
    da="Periodens slutdato ligger før startdatoen.",
    en="The period ends before it starts.",
)
_ALREADY_LINKED = _T(
    da="Henvendelsen er allerede knyttet til en sag.",
    en="The inquiry is already linked to a case.",
)


def _short_note(value: str) -> str:
    value = clean_text(value)
    if len(value) > NOTE_MAX:
        raise PydanticCustomError(
            "too_long",
            "at most {max_length} characters, got {actual_length}",
            {"max_length": NOTE_MAX, "actual_length": len(value)},
        )
    return value


Note = Annotated[str, AfterValidator(_short_note)]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", hide_input_in_errors=True)


class Inquiry(_Frozen):
    """One inquiry. ``case_number`` is read with the link, for lists and exports."""

    id: InquiryId | None = None
    received_on: date
    kind: InquiryKind
    source: InquirySource
    received_by: str
    case_id: CaseId | None = None
    case_number: str | None = None
    person_id: PersonId | None = None
    concern_id: int | None = None
    note: Note = ""

    def __repr__(self) -> str:
        return f"Inquiry(id={self.id}, kind={self.kind.value}, source={self.source.value})"

    __str__ = __repr__


class InquiryInput(_Frozen):
    """What a user gives for a new inquiry; the case is named by its number."""

    received_on: date
    kind: InquiryKind
    source: InquirySource
    case_number: str | None = None
    note: Note = ""


class InquiryFilter(_Frozen):
    """Which inquiries a list shows: a period (both ends included) and, optionally, one
    type and one source."""

    start: date | None = None
    end: date | None = None
    kind: InquiryKind | None = None
    source: InquirySource | None = None


def inquiry_input(data: Mapping[str, Any], *, today: date) -> InquiryInput:
    """Validate a new inquiry as typed; raises :class:`UserInputError` naming each field
    that is wrong (an unknown type or source, a date in the future, an identifying note)."""
    values = dict(data)
    number = values.get("case_number")
    values["case_number"] = (number or "").strip() or None
    given = validate_model(InquiryInput, values, INQUIRY_LABELS)
    problems: list[Problem] = []
    if given.received_on > today:
        problems.append(Problem("received_on", _IN_THE_FUTURE))
    found = find_identity(given.note, on=given.received_on)
    if found:
        problems.append(identity_problem("note", found))
    if problems:
        raise UserInputError(problems)
    return given


def inquiry_filter(data: Mapping[str, Any]) -> InquiryFilter:
    """Validate a list's filter; raises :class:`UserInputError` for an unknown type or
    source, or a period that ends before it starts."""
    given = validate_model(InquiryFilter, data, _FILTER_LABELS)
    if given.start is not None and given.end is not None and given.end < given.start:
        raise UserInputError([Problem("end", _PERIOD_BACKWARDS)])
    return given


def check_unlinked(inquiry: Inquiry) -> None:
    """Raises :class:`UserInputError` when the inquiry already leads to a case: turning
    it into a case twice would count it twice."""
    if inquiry.case_id is not None:
        raise UserInputError([Problem("case_number", _ALREADY_LINKED)])
