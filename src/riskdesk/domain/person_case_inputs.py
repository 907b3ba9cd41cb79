"""What the person-and-case editor holds as typed: the person's fields (guardian rows
among them) and the case's fields the user edits, before any rule has looked at them."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import date
from typing import Final, Literal

from riskdesk.domain.case import Case, CaseKind, LegalBasis, ReferralSource
from riskdesk.domain.danish_dates import dmy
from riskdesk.domain.person import Guardian, Person

GUARDIANS: Final = "guardians"

type GuardianField = Literal["name", "relation", "phone", "email"]
GUARDIAN_FIELDS: tuple[GuardianField, ...] = ("name", "relation", "phone", "email")


@dataclass(frozen=True, slots=True)
class GuardianRow:
    """One row of the guardians table as typed; a row with nothing in it is no guardian."""

    name: str = ""
    relation: str = ""
    phone: str = ""
    email: str = ""

    @classmethod
    def of(cls, guardian: Guardian) -> GuardianRow:
        return cls(
            name=guardian.name,
            relation=guardian.relation,
            phone=guardian.phone,
            email=guardian.email,
        )

    @property
    def blank(self) -> bool:
        return not any(getattr(self, key).strip() for key in GUARDIAN_FIELDS)

    def value(self, key: GuardianField) -> str:
        text: str = getattr(self, key)
        return text

    def with_value(self, key: GuardianField, text: str) -> GuardianRow:
        return replace(self, **{key: text})

    def data(self) -> dict[str, str]:
        return {key: self.value(key) for key in GUARDIAN_FIELDS}


@dataclass(frozen=True, slots=True)
class PersonInput:
    """The person's fields as typed. ``birth_date`` is text (``24.12.2008``, or ISO) and is meant
    only for a person without a CPR number."""

    name: str = ""
    cpr: str = ""
    birth_date: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""
    postal_code: str = ""
    city: str = ""
    guardians: tuple[GuardianRow, ...] = ()
    notes: str = ""

    @classmethod
    def of(cls, person: Person) -> PersonInput:
        # A birth date derived from the CPR number is left out, so that correcting the
        # CPR number alone cannot trip the "does not match" rule.
        own_birth_date = person.birth_date if person.cpr is None else None
        return cls(
            name=person.name,
            cpr=person.cpr or "",
            birth_date=dmy(own_birth_date) if own_birth_date else "",
            phone=person.phone,
            email=person.email,
            address=person.address,
            postal_code=person.postal_code,
            city=person.city,
            guardians=tuple(GuardianRow.of(g) for g in person.guardians),
            notes=person.notes,
        )


PERSON_TEXT_FIELDS: tuple[str, ...] = tuple(
    f.name for f in fields(PersonInput) if f.name != GUARDIANS
)
"""The person's fields that are one text each, in the order the editor shows them."""


@dataclass(frozen=True, slots=True)
class CaseInput:
    """The case's fields the user edits; number, person, caseworker and closing are the
    services' business."""

    level: int
    opened_on: date
    kind: CaseKind = CaseKind.INDIVIDUAL
    referral_source: ReferralSource = ReferralSource.KRIMINALFORSORGEN
    legal_basis: LegalBasis = LegalBasis.NOT_RECORDED
    legal_basis_note: str = ""
    notes: str = ""

    @classmethod
    def of(cls, case: Case) -> CaseInput:
        return cls(
            level=case.level,
            opened_on=case.opened_on,
            kind=case.kind,
            referral_source=case.referral_source,
            legal_basis=case.legal_basis,
            legal_basis_note=case.legal_basis_note,
            notes=case.notes,
        )
