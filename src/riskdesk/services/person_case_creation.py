"""Filing a new person with their first case, as steps over a unit of work, so the use
cases that do it (a new case from the editor or the command line, a concern escalated to
a case) validate and store alike without calling each other."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import date
from typing import Any

from riskdesk.domain.case import Case, case_from
from riskdesk.domain.case_levels import LevelScheme
from riskdesk.domain.ids import PersonId
from riskdesk.domain.person import CprAlreadyFiled, Person, person_from
from riskdesk.domain.problems import Problem
from riskdesk.domain.refusals import UserInputError
from riskdesk.services.postal_code_list import shipped_postal_codes
from riskdesk.store.unit_of_work import UnitOfWork

FIXED_BY_SERVICE = ("id", "person_id", "case_number", "status", "closed_on", "close_reason")


def validated_new_case(
    data: Mapping[str, Any], *, person_id: PersonId, caseworker: str, levels: LevelScheme
) -> Case:
    """A new case as given, opened today by ``caseworker`` unless it says otherwise.
    Raises :class:`UserInputError`, also for a level that keeps no case file."""
    values: dict[str, Any] = {"opened_on": date.today(), "caseworker": caseworker}
    values |= {k: v for k, v in data.items() if k not in FIXED_BY_SERVICE and v is not None}
    values["person_id"] = person_id
    case = case_from(values)
    levels.check_keeps_a_file(case.level)
    return case


def validated_person_with_case(
    person: Mapping[str, Any], case: Mapping[str, Any], *, caseworker: str, levels: LevelScheme
) -> tuple[Person, Case]:
    """Both validated before anything is written; the problems of both are raised
    together (:class:`UserInputError`), named ``person.…`` and ``case.…``."""
    problems: list[Problem] = []
    new_person: Person | None = None
    new_case: Case | None = None
    try:
        new_person = person_from(
            {k: v for k, v in person.items() if k != "id"},
            today=date.today(),
            postal_codes=shipped_postal_codes(),
        )
    except UserInputError as error:
        problems.extend(p.within("person") for p in error.problems)
    try:
        new_case = validated_new_case(
            case, person_id=PersonId(0), caseworker=caseworker, levels=levels
        )
    except UserInputError as error:
        problems.extend(p.within("case") for p in error.problems)
    if problems or new_person is None or new_case is None:
        raise UserInputError(problems)
    return new_person, new_case


def add_person_with_case(uow: UnitOfWork, person: Person, case: Case) -> tuple[Person, Case]:
    """Store the person and their case in ``uow``. A CPR number another person has is
    refused (:class:`CprAlreadyFiled` on ``person.cpr``, naming that person's case)."""
    with cpr_within("person"):
        stored_person = uow.persons.add(person)
    assert stored_person.id is not None
    stored_case = uow.cases.add(case.model_copy(update={"person_id": stored_person.id}))
    return stored_person, stored_case


@contextmanager
def cpr_within(section: str) -> Iterator[None]:
    """A refused CPR number named inside a combined form (``person.cpr``)."""
    try:
        yield
    except CprAlreadyFiled as taken:
        raise taken.within(section) from None
