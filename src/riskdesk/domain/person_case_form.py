"""The person-and-case editor without Qt: what the user has typed about a person, their
guardians and one case, whether it differs from what is stored, what is wrong with it
(each problem at a typed path such as ``("person", "guardians", 0, "name")``), and the
data the case and person services take. The Qt editor only draws it and hands edits back.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from typing import Any, Final, Literal

from riskdesk.domain.case import Case, CaseStatus, case_from
from riskdesk.domain.case_levels import LevelDefinition, LevelScheme
from riskdesk.domain.contact_details import PostalCodes
from riskdesk.domain.cpr import parse_cpr
from riskdesk.domain.ids import CaseId, PersonId
from riskdesk.domain.person import Person, person_from, typed_date
from riskdesk.domain.person_case_inputs import (
    GUARDIANS,
    PERSON_TEXT_FIELDS,
    CaseInput,
    GuardianField,
    GuardianRow,
    PersonInput,
)
from riskdesk.domain.problems import FieldPath, Problem
from riskdesk.domain.refusals import UserInputError

PERSON: Final = "person"
CASE: Final = "case"

type Part = Literal["person", "case"]


class PersonCaseForm:
    """A new person with a first case (:meth:`new`), or a stored person and one of their
    cases (:meth:`existing`). :attr:`person` and :attr:`case` are replaced, never mutated;
    :attr:`dirty` says whether they differ from what was loaded or last saved."""

    def __init__(
        self,
        *,
        levels: LevelScheme,
        today: date,
        caseworker: str,
        stored: tuple[Person, Case] | None = None,
        postal_codes: PostalCodes | None = None,
    ) -> None:
        """Use :meth:`new` or :meth:`existing`. With ``postal_codes`` (the services'
        list), a postal code typed fills in its town and an unknown one is a problem."""
        self._levels = levels
        self._postal_codes = postal_codes
        self._today = today
        self._caseworker = caseworker
        self._stored_person: Person | None = None
        self._stored_case: Case | None = None
        self.person = PersonInput()
        self.case = CaseInput(level=default_level(levels), opened_on=today)
        if stored is not None:
            self.saved(*stored)
        self._clean = self._comparable()

    @classmethod
    def new(
        cls,
        *,
        levels: LevelScheme,
        caseworker: str,
        today: date,
        postal_codes: PostalCodes | None = None,
    ) -> PersonCaseForm:
        """An empty person and a case opened ``today`` by ``caseworker`` (the user)."""
        return cls(levels=levels, today=today, caseworker=caseworker, postal_codes=postal_codes)

    @classmethod
    def existing(
        cls,
        *,
        levels: LevelScheme,
        person: Person,
        case: Case,
        today: date,
        postal_codes: PostalCodes | None = None,
    ) -> PersonCaseForm:
        return cls(
            levels=levels,
            today=today,
            caseworker=case.caseworker,
            stored=(person, case),
            postal_codes=postal_codes,
        )

    # ----- what is being edited --------------------------------------------------------

    @property
    def is_new(self) -> bool:
        return self._stored_case is None

    @property
    def person_id(self) -> PersonId | None:
        return self._stored_person.id if self._stored_person else None

    @property
    def case_id(self) -> CaseId | None:
        return self._stored_case.id if self._stored_case else None

    @property
    def stored_person(self) -> Person | None:
        return self._stored_person

    @property
    def stored_case(self) -> Case | None:
        return self._stored_case

    @property
    def loaded_versions(self) -> dict[str, int | None]:
        """The ``row_version`` of the person and case as loaded or last saved, named as
        ``update_person_and_case`` takes them: a save over someone else's is refused."""
        person, case = self._stored_person, self._stored_case
        return {
            "person_version": person.row_version if person else None,
            "case_version": case.row_version if case else None,
        }

    @property
    def caseworker(self) -> str:
        return self._caseworker

    @property
    def status(self) -> CaseStatus:
        return self._stored_case.status if self._stored_case else CaseStatus.OPEN

    @property
    def can_close(self) -> bool:
        return not self.is_new and self.status is CaseStatus.OPEN

    @property
    def can_reopen(self) -> bool:
        return self.status is CaseStatus.CLOSED

    @property
    def levels(self) -> tuple[LevelDefinition, ...]:
        return self._levels.levels

    def level(self) -> LevelDefinition | None:
        """The chosen level's definition; None for a number the scheme does not have."""
        return next((d for d in self._levels.levels if d.number == self.case.level), None)

    @property
    def dirty(self) -> bool:
        """Whether anything differs from what was loaded or last saved (blank guardian
        rows do not count: they are never saved)."""
        return self._comparable() != self._clean

    def set_person_text(self, key: str, text: str) -> None:
        """One of :data:`PERSON_TEXT_FIELDS` as typed. A postal code typed sets the city
        to its town (empty while the code is none), as the services will store it."""
        if key not in PERSON_TEXT_FIELDS:
            raise KeyError(key)
        change: dict[str, Any] = {key: text}
        if key == "postal_code" and self._postal_codes is not None:
            change["city"] = self._postal_codes.town(text) or ""
        self.person = replace(self.person, **change)

    @property
    def city_from_postal_code(self) -> bool:
        """Whether the city follows the postal code (one is typed). Without one the
        city is typed freely: an address outside Denmark has no Danish postal code."""
        return self._postal_codes is not None and bool(self.person.postal_code.strip())

    # ----- guardians -------------------------------------------------------------------

    def birth_date(self) -> date | None:
        """The birth date the typed CPR number or date gives; None while neither is valid."""
        if self.person.cpr.strip():
            try:
                return parse_cpr(self.person.cpr).birth_date
            except UserInputError:
                return None
        return typed_date(self.person.birth_date)

    def is_minor(self) -> bool:
        born = self.birth_date()
        if born is None:
            return False
        # The domain's rule on a throwaway person, so the age limit is written once.
        return Person(name="-", birth_date=born).is_minor_at(self._today)

    @property
    def shows_guardians(self) -> bool:
        """Guardians are for minors; rows already typed or stored are shown for anyone,
        so no one's data is ever hidden."""
        return self.is_minor() or bool(self.person.guardians)

    def add_guardian(self, row: GuardianRow | None = None) -> int:
        """Append a row (empty unless given); its index."""
        self.person = replace(self.person, guardians=(*self.person.guardians, row or GuardianRow()))
        return len(self.person.guardians) - 1

    def set_guardian(self, index: int, key: GuardianField, text: str) -> None:
        rows = list(self.person.guardians)
        rows[index] = rows[index].with_value(key, text)
        self.person = replace(self.person, guardians=tuple(rows))

    def remove_guardian(self, index: int) -> None:
        rows = self.person.guardians
        self.person = replace(self.person, guardians=rows[:index] + rows[index + 1 :])

    # ----- what the services take --------------------------------------------------------

    def person_data(self) -> dict[str, Any]:
        """For ``desk.persons.update`` and ``desk.cases.create_person_with_case(person=…)``:
        blank guardian rows are left out, an empty CPR number or birth date is None."""
        person = self.person
        data: dict[str, Any] = {key: getattr(person, key) for key in PERSON_TEXT_FIELDS}
        data["cpr"] = person.cpr.strip() or None
        data["birth_date"] = person.birth_date.strip() or None
        data[GUARDIANS] = [row.data() for row in person.guardians if not row.blank]
        return data

    def case_data(self) -> dict[str, Any]:
        """For ``desk.cases.update`` and ``desk.cases.create_person_with_case(case=…)``."""
        case = self.case
        return {
            "level": case.level,
            "kind": case.kind,
            "referral_source": case.referral_source,
            "legal_basis": case.legal_basis,
            "legal_basis_note": case.legal_basis_note,
            "opened_on": case.opened_on,
            "notes": case.notes,
        }

    # ----- problems ----------------------------------------------------------------------

    def problems(self) -> tuple[Problem, ...]:
        """Everything the domain's rules find wrong, person first, each at its path in
        this form (``("person", "name")``, ``("person", "guardians", 2, "name")`` for the
        third row shown, ``("case", "level")``), a concern-only level included. Empty when
        saving may go ahead; the services can still refuse (a changed record)."""
        found: list[Problem] = []
        try:
            person_from(self.person_data(), postal_codes=self._postal_codes)
        except UserInputError as error:
            found.extend(self.located(error.problems, PERSON))
        try:
            case_from(self._case_values())
        except UserInputError as error:
            found.extend(self.located(error.problems, CASE))
        level_changed = self._stored_case is None or self._stored_case.level != self.case.level
        if (CASE, "level") not in [p.path for p in found]:
            try:
                self._levels.get(self.case.level)
                # The case service's rule, here so it shows before saving: a concern-only
                # level is counted, never filed with a name and CPR number.
                if level_changed:
                    self._levels.check_keeps_a_file(self.case.level)
            except UserInputError as error:
                found.extend(self.located(error.problems, CASE))
        return tuple(found)

    def located(self, problems: Iterable[Problem], part: Part | None = None) -> list[Problem]:
        """``problems`` from validating or saving one part, at their paths in this form.

        A problem already under ``person`` or ``case`` (as ``create_person_with_case``
        reports them) keeps its part; others are put under ``part`` when one is given.
        Guardian positions are counted among the rows that were sent, which skip blank
        rows; they are turned into positions among the rows shown."""
        located: list[Problem] = []
        for problem in problems:
            path = problem.path
            if not (path and path[0] in (PERSON, CASE)) and part is not None:
                path = (part, *path)
            located.append(Problem(self._shown_path(path), problem.message))
        return located

    def _shown_path(self, path: FieldPath) -> FieldPath:
        if len(path) < 3 or path[:2] != (PERSON, GUARDIANS) or not isinstance(path[2], int):
            return path
        sent_rows = [i for i, row in enumerate(self.person.guardians) if not row.blank]
        if path[2] >= len(sent_rows):
            return path
        return (PERSON, GUARDIANS, sent_rows[path[2]], *path[3:])

    def _case_values(self) -> dict[str, Any]:
        # Validated as the service will store it: on top of the stored case, or as a new
        # case of a person not yet stored.
        stored = self._stored_case
        base: dict[str, Any] = (
            stored.model_dump()
            if stored is not None
            else {"person_id": PersonId(0), "caseworker": self._caseworker}
        )
        return base | self.case_data()

    # ----- after the services answered --------------------------------------------------

    def saved(self, person: Person, case: Case) -> None:
        """The person and case as stored by a save: the form shows them and is clean."""
        self._stored_person, self._stored_case = person, case
        self._caseworker = case.caseworker
        self.person = PersonInput.of(person)
        self.case = CaseInput.of(case)
        self._clean = self._comparable()

    def case_changed(self, case: Case) -> None:
        """The case after closing or reopening: status and closing data are taken, and
        whatever the user has typed and not yet saved stays."""
        self._stored_case = case

    def _comparable(self) -> tuple[PersonInput, CaseInput]:
        person = self.person
        kept = tuple(row for row in person.guardians if not row.blank)
        return replace(person, guardians=kept), self.case


def default_level(levels: LevelScheme) -> int:
    """The level a new case starts at: the lowest that keeps a case file (niveau 2 in the
    default scheme, where niveau 1 is a concern only)."""
    filed = [d.number for d in levels.levels if d.person_identifying]
    return min(filed) if filed else levels.levels[0].number
