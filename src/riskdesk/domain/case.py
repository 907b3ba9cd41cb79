"""Cases: the work with one person, at a level, of a kind, open or closed."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

from riskdesk.domain.ids import CaseId, PersonId
from riskdesk.domain.localized import LocalizedText
from riskdesk.domain.validation import Line, RequiredLine, Text, rule_error, validate_model


class CaseKind(StrEnum):
    INDIVIDUAL = "individual"
    RELEASE = "release"
    MENTOR_COURSE = "mentor_course"
    EXIT = "exit"


class CaseStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class ReferralSource(StrEnum):
    KRIMINALFORSORGEN = "kriminalforsorgen"
    JOBCENTRE = "jobcentre"
    FAMILY_DEPARTMENT = "family_department"
    SCHOOL = "school"
    CLUB = "club"
    POLICE = "police"
    PSYCHIATRY = "psychiatry"
    RELATIVES = "relatives"
    CITIZEN = "citizen"
    OTHER = "other"


class LegalBasis(StrEnum):
    """The ground on which information about the person may be shared with partners."""

    NOT_RECORDED = "not_recorded"
    CONSENT = "consent"
    RPL_115 = "rpl_115"
    RPL_114 = "rpl_114"
    SEL_49B = "sel_49b"


KIND_LABELS: dict[CaseKind, LocalizedText] = {
    CaseKind.INDIVIDUAL: LocalizedText(da="Enkeltsag", en="Individual case"),
    CaseKind.RELEASE: LocalizedText(da="Løsladelse", en="Release case"),
    CaseKind.MENTOR_COURSE: LocalizedText(da="Mentorforløb", en="Mentor course"),
    CaseKind.EXIT: LocalizedText(da="EXIT", en="EXIT"),
}
STATUS_LABELS: dict[CaseStatus, LocalizedText] = {
    CaseStatus.OPEN: LocalizedText(da="Åben", en="Open"),
    CaseStatus.CLOSED: LocalizedText(da="Lukket", en="Closed"),
}
REFERRAL_LABELS: dict[ReferralSource, LocalizedText] = {
    ReferralSource.KRIMINALFORSORGEN: LocalizedText(da="Kriminalforsorgen", en="Kriminalforsorgen"),
    ReferralSource.JOBCENTRE: LocalizedText(da="Jobcenter", en="Jobcentre"),
    ReferralSource.FAMILY_DEPARTMENT: LocalizedText(da="Familieafsnittet", en="Family department"),
    ReferralSource.SCHOOL: LocalizedText(da="Skole", en="School"),
    ReferralSource.CLUB: LocalizedText(da="Klub", en="Club"),
    ReferralSource.POLICE: LocalizedText(da="Politi", en="Police"),
    ReferralSource.PSYCHIATRY: LocalizedText(da="Psykiatri", en="Psychiatry"),
    ReferralSource.RELATIVES: LocalizedText(da="Pårørende", en="Relatives"),
    ReferralSource.CITIZEN: LocalizedText(da="Borgeren selv", en="The citizen"),
    ReferralSource.OTHER: LocalizedText(da="Andet", en="Other"),
}
LEGAL_BASIS_LABELS: dict[LegalBasis, LocalizedText] = {
    LegalBasis.NOT_RECORDED: LocalizedText(da="Ikke registreret", en="Not recorded"),
    LegalBasis.CONSENT: LocalizedText(da="Samtykke fra borgeren", en="The citizen's consent"),
    LegalBasis.RPL_115: LocalizedText(
        da="Retsplejelovens § 115 (SSP/KSP/PSP)", en="Administration of Justice Act § 115"
    ),
    LegalBasis.RPL_114: LocalizedText(
        da="Retsplejelovens § 114 (kriminalitetsforebyggende samarbejde)",
        en="Administration of Justice Act § 114",
    ),
    LegalBasis.SEL_49B: LocalizedText(da="Servicelovens § 49 b", en="Social Services Act § 49 b"),
}

CASE_LABELS: dict[str, LocalizedText] = {
    "person_id": LocalizedText(da="Person", en="Person"),
    "case_number": LocalizedText(da="Sagsnummer", en="Case number"),
    "level": LocalizedText(da="Niveau", en="Level"),
    "kind": LocalizedText(da="Sagstype", en="Case kind"),
    "status": LocalizedText(da="Status", en="Status"),
    "opened_on": LocalizedText(da="Oprettet", en="Opened"),
    "closed_on": LocalizedText(da="Lukkedato", en="Closing date"),
    "close_reason": LocalizedText(da="Årsag til lukning", en="Reason for closing"),
    "caseworker": LocalizedText(da="Sagsbehandler", en="Caseworker"),
    "referral_source": LocalizedText(da="Henvist af", en="Referred by"),
    "legal_basis": LocalizedText(da="Hjemmel til videregivelse", en="Legal basis for sharing"),
    "legal_basis_note": LocalizedText(da="Note om hjemmel", en="Note on legal basis"),
    "notes": LocalizedText(da="Noter", en="Notes"),
}

_CLOSED_NEEDS = LocalizedText(
    da="En lukket sag skal have en lukkedato og en årsag.",
    en="A closed case needs a closing date and a reason.",
)
_OPEN_HAS_CLOSING = LocalizedText(
    da="En åben sag kan ikke have lukkedato eller lukkeårsag.",
    en="An open case cannot have a closing date or reason.",
)
_CLOSED_BEFORE_OPENED = LocalizedText(
    da="Lukkedatoen ligger før sagen blev oprettet.",
    en="The closing date is before the case was opened.",
)


class Case(BaseModel):
    """A case file. The level is a number checked against the municipality's
    :class:`~riskdesk.domain.case_levels.LevelScheme` by the service that saves it."""

    model_config = ConfigDict(frozen=True, extra="forbid", hide_input_in_errors=True)

    id: CaseId | None = None
    person_id: PersonId
    case_number: Line = ""
    level: int = Field(ge=1, le=9)
    kind: CaseKind = CaseKind.INDIVIDUAL
    status: CaseStatus = CaseStatus.OPEN
    opened_on: date
    closed_on: date | None = None
    close_reason: Text = ""
    caseworker: RequiredLine
    referral_source: ReferralSource = ReferralSource.OTHER
    legal_basis: LegalBasis = LegalBasis.NOT_RECORDED
    legal_basis_note: Text = ""
    notes: Text = ""
    # The saves the stored record had when this copy was read (record_version.py).
    row_version: int | None = Field(default=None, exclude=True)

    @model_validator(mode="after")
    def _closing_is_consistent(self) -> Case:
        if self.status is CaseStatus.CLOSED:
            if self.closed_on is None or not self.close_reason:
                raise rule_error(_CLOSED_NEEDS)
            if self.closed_on < self.opened_on:
                raise rule_error(_CLOSED_BEFORE_OPENED)
        elif self.closed_on is not None or self.close_reason:
            raise rule_error(_OPEN_HAS_CLOSING)
        return self

    def __repr__(self) -> str:
        return f"Case(id={self.id}, level={self.level}, status={self.status})"

    __str__ = __repr__


class CaseSummary(BaseModel):
    """One row of the case list: the case with just enough of its person to find it."""

    model_config = ConfigDict(frozen=True)

    case_id: CaseId
    case_number: str
    person_id: PersonId
    person_name: str
    cpr: str | None
    birth_date: date
    level: int
    kind: CaseKind
    status: CaseStatus
    caseworker: str
    opened_on: date
    closed_on: date | None = None
    close_reason: str = ""
    referral_source: ReferralSource | None = None

    def __repr__(self) -> str:
        return f"CaseSummary(case_id={self.case_id})"

    __str__ = __repr__


def case_from(data: dict[str, Any]) -> Case:
    """Validate user input into a :class:`Case`; raises :class:`UserInputError`."""
    return validate_model(Case, data, CASE_LABELS)
