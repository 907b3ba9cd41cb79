"""The people a caseworker works with."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from riskdesk.domain.contact_details import (
    InvalidContactDetail,
    PostalCodes,
    email_address,
    phone_number,
    postal_code,
)
from riskdesk.domain.cpr import (
    CPR_DATE_PROBLEM,
    CPR_FORMAT_PROBLEM,
    CPR_IMPLAUSIBLE_PROBLEM,
    Cpr,
    age_at,
    ascii_digits,
    parse_cpr,
    plausible_birth_date,
)
from riskdesk.domain.ids import CaseId, PersonId
from riskdesk.domain.localized import LocalizedText
from riskdesk.domain.problems import FieldPath, Problem
from riskdesk.domain.refusals import UserInputError
from riskdesk.domain.validation import Line, RequiredLine, Text, rule_error, validate_model

ADULT_AGE = 18

PERSON_LABELS: dict[str, LocalizedText] = {
    "name": LocalizedText(da="Navn", en="Name"),
    "cpr": LocalizedText(da="CPR-nummer", en="CPR number"),
    "birth_date": LocalizedText(da="Fødselsdato", en="Date of birth"),
    "phone": LocalizedText(da="Telefon", en="Phone"),
    "email": LocalizedText(da="E-mail", en="Email"),
    "address": LocalizedText(da="Adresse", en="Address"),
    "postal_code": LocalizedText(da="Postnummer", en="Postal code"),
    "city": LocalizedText(da="By", en="City"),
    "guardians": LocalizedText(da="Forældremyndighedsindehaver", en="Guardian"),
    "notes": LocalizedText(da="Noter", en="Notes"),
}
GUARDIAN_LABELS: dict[str, LocalizedText] = {
    "phone": LocalizedText(da="Forældremyndighedsindehaverens telefon", en="The guardian's phone"),
    "email": LocalizedText(da="Forældremyndighedsindehaverens e-mail", en="The guardian's email"),
}

_NEEDS_BIRTH = LocalizedText(
    da="Angiv enten et CPR-nummer eller en fødselsdato.",
    en="Enter either a CPR number or a date of birth.",
)
_BIRTH_DATE_FORMAT = LocalizedText(
    da="Fødselsdato skal være en dato som 24.12.2008 (eller 2008-12-24).",
    en="The date of birth must be a date such as 24.12.2008 (or 2008-12-24).",
)
_DANISH_DATE = re.compile(r"([0-9]{1,2})\.([0-9]{1,2})\.([0-9]{4})")
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_BIRTH_IMPLAUSIBLE = LocalizedText(
    da="Fødselsdatoen ligger i fremtiden eller mere end 100 år tilbage.",
    en="The date of birth is in the future or more than 100 years ago.",
)
_CPR_TAKEN = LocalizedText(
    da="En anden person har allerede dette CPR-nummer (sag {number}). "
    "En person registreres kun én gang: åbn den sag i stedet.",
    en="Another person already has this CPR number (case {number}). "
    "A person is filed only once: open that case instead.",
)
_CPR_TAKEN_WITHOUT_CASE = LocalizedText(
    da="En anden person har allerede dette CPR-nummer; personen har ingen sag.",
    en="Another person already has this CPR number; that person has no case.",
)
_BIRTH_MISMATCH = LocalizedText(
    da="Fødselsdatoen passer ikke med CPR-nummeret. "
    "Ret en af dem, eller lad fødselsdatoen stå tom.",
    en="The date of birth does not match the CPR number. Correct one, or leave the date empty.",
)


class Guardian(BaseModel):
    """A parent or other holder of custody for a minor."""

    model_config = ConfigDict(frozen=True, extra="forbid", hide_input_in_errors=True)

    name: RequiredLine
    relation: Line = ""
    phone: Line = ""
    email: Line = ""


class Person(BaseModel):
    """A citizen with a case file. ``cpr`` is kept as ``DDMMYY-SSSS``; the birth date
    always holds, derived from the CPR number when there is one."""

    model_config = ConfigDict(frozen=True, extra="forbid", hide_input_in_errors=True)

    id: PersonId | None = None
    name: RequiredLine
    cpr: str | None = None
    birth_date: date | None = None
    phone: Line = ""
    email: Line = ""
    address: Line = ""
    postal_code: Line = ""
    city: Line = ""
    guardians: tuple[Guardian, ...] = ()
    notes: Text = ""
    # The saves the stored record had when this copy was read (record_version.py).
    row_version: int | None = Field(default=None, exclude=True)

    @field_validator("cpr", mode="before")
    @classmethod
    def _normalise_cpr(cls, value: Any) -> str | None:
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        if not isinstance(value, str):
            raise rule_error(CPR_FORMAT_PROBLEM)
        try:
            return parse_cpr(value).formatted
        except UserInputError as error:
            message = error.problems[0].message
            raise rule_error(
                CPR_DATE_PROBLEM if message == CPR_DATE_PROBLEM else CPR_FORMAT_PROBLEM
            ) from None

    @model_validator(mode="after")
    def _birth_date_from_cpr(self) -> Person:
        if self.cpr is None:
            if self.birth_date is None:
                raise rule_error(_NEEDS_BIRTH)
            return self
        born = parse_cpr(self.cpr).birth_date
        if self.birth_date is None:
            object.__setattr__(self, "birth_date", born)
        elif self.birth_date != born:
            raise rule_error(_BIRTH_MISMATCH)
        return self

    @property
    def cpr_number(self) -> Cpr | None:
        return parse_cpr(self.cpr) if self.cpr else None

    @property
    def born(self) -> date:
        assert self.birth_date is not None  # guaranteed by the model validator
        return self.birth_date

    def age_at(self, when: date) -> int:
        return age_at(self.born, when)

    def is_minor_at(self, when: date) -> bool:
        return self.age_at(when) < ADULT_AGE

    def __repr__(self) -> str:
        return f"Person(id={self.id})"

    __str__ = __repr__


class CprAlreadyFiled(UserInputError):
    """A second person with a CPR number another person already has. ``case_id`` and
    ``case_number`` name that person's case (open before closed, newest first), so the
    user can open it instead; both are None when that person has no case. The message
    names the case number, never the person."""

    def __init__(
        self,
        *,
        case_id: CaseId | None,
        case_number: str | None,
        field: FieldPath = ("cpr",),
    ) -> None:
        self.case_id = case_id
        self.case_number = case_number
        message = (
            _CPR_TAKEN.format(number=case_number)
            if case_number is not None
            else _CPR_TAKEN_WITHOUT_CASE
        )
        super().__init__([Problem(field, message)])

    def within(self, section: str) -> CprAlreadyFiled:
        """The same refusal, its field named inside a combined form (``person.cpr``)."""
        return CprAlreadyFiled(
            case_id=self.case_id,
            case_number=self.case_number,
            field=(section, *self.problems[0].path),
        )


def typed_date(text: str) -> date | None:
    """A date as typed in Denmark, ``24.12.2008``, or in ISO, ``2008-12-24`` (digits of
    any script); None when it is neither."""
    text = ascii_digits(text.strip())
    try:
        if danish := _DANISH_DATE.fullmatch(text):
            return date(int(danish[3]), int(danish[2]), int(danish[1]))
        return date.fromisoformat(text) if _ISO_DATE.fullmatch(text) else None
    except ValueError:
        return None


def person_from(
    data: Mapping[str, Any],
    *,
    today: date | None = None,
    postal_codes: PostalCodes | None = None,
) -> Person:
    """Validate user input into a :class:`Person`; raises :class:`UserInputError` with
    every problem found.

    Phone numbers, e-mail addresses (the person's and each guardian's) and the postal
    code are checked and stored normalised (:mod:`contact_details`). With
    ``postal_codes`` (every use case that stores a person gives it), the postal code
    must be one of them and the city becomes its town. With ``today`` (given by the same
    use cases), a date of birth in the future or over 100 years back is refused as well,
    on ``cpr`` when it comes from the CPR number.

    These rules hold for what is written, not for what was: a person stored before them
    reads as stored, and is told what to correct when next saved."""
    values, problems = _contact_details_checked(data, postal_codes)
    typed_birth = values.get("birth_date")
    if isinstance(typed_birth, str) and typed_birth.strip():
        values["birth_date"] = typed_date(typed_birth) or typed_birth
    try:
        person = validate_model(Person, values, PERSON_LABELS)
    except UserInputError as error:
        # The model's own message names only ISO; a person's date of birth is typed
        # the Danish way too.
        found = [
            Problem(p.path, _BIRTH_DATE_FORMAT) if p.path == ("birth_date",) else p
            for p in error.problems
        ]
        reported = {p.path for p in found}
        problems = [*found, *(p for p in problems if p.path not in reported)]
        raise UserInputError(problems) from None
    if problems:
        raise UserInputError(problems)
    if today is not None and not plausible_birth_date(person.born, today=today):
        if person.cpr is not None:
            raise UserInputError([Problem("cpr", CPR_IMPLAUSIBLE_PROBLEM)])
        raise UserInputError([Problem("birth_date", _BIRTH_IMPLAUSIBLE)])
    return person


def _contact_details_checked(
    data: Mapping[str, Any], postal_codes: PostalCodes | None
) -> tuple[dict[str, Any], list[Problem]]:
    """``data`` with its contact details in their stored form, and the problems of those
    that are none. A value that is no text is left for the model to refuse."""
    values = dict(data)
    problems: list[Problem] = []

    def check(path: tuple[str | int, ...], text: Any, rule: Callable[[str], str]) -> Any:
        if not isinstance(text, str):
            return text
        try:
            return rule(text)
        except InvalidContactDetail as invalid:
            problems.append(Problem(path, invalid.message))
            return text

    for key, rule in _PERSON_RULES.items():
        if key in values:
            values[key] = check((key,), values[key], rule)
    if "postal_code" in values:
        code = values["postal_code"] = check(
            ("postal_code",),
            values["postal_code"],
            lambda text: postal_code(
                text, label=PERSON_LABELS["postal_code"], postal_codes=postal_codes
            ),
        )
        town = postal_codes.town(code) if postal_codes and isinstance(code, str) else None
        if town is not None:
            values["city"] = town
    guardians = values.get("guardians")
    if isinstance(guardians, list | tuple):
        rows: list[Any] = []
        for index, row in enumerate(guardians):
            row = row.model_dump() if isinstance(row, Guardian) else row
            if isinstance(row, Mapping):
                row = dict(row)
                for key, rule in _GUARDIAN_RULES.items():
                    if key in row:
                        row[key] = check(("guardians", index, key), row[key], rule)
            rows.append(row)
        values["guardians"] = rows
    return values, problems


_PERSON_RULES: dict[str, Callable[[str], str]] = {
    "phone": lambda text: phone_number(text, label=PERSON_LABELS["phone"]),
    "email": lambda text: email_address(text, label=PERSON_LABELS["email"]),
}
_GUARDIAN_RULES: dict[str, Callable[[str], str]] = {
    "phone": lambda text: phone_number(text, label=GUARDIAN_LABELS["phone"]),
    "email": lambda text: email_address(text, label=GUARDIAN_LABELS["email"]),
}
