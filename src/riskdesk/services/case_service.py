"""Cases: search, open, edit and close. The store's repositories write the audit event
for every touch of person data (searches with their criteria) in the same transaction."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import date
from typing import Any

from riskdesk.domain.case import Case, CaseStatus, CaseSummary, case_from
from riskdesk.domain.case_list import CaseMatches, search_text
from riskdesk.domain.contact_details import PostalCodes
from riskdesk.domain.cpr import ascii_digits
from riskdesk.domain.ids import CaseId, PersonId
from riskdesk.domain.localized import LocalizedText
from riskdesk.domain.person import CprAlreadyFiled, Person, person_from
from riskdesk.domain.problems import Problem
from riskdesk.domain.refusals import UserInputError
from riskdesk.domain.use_cases import UseCase
from riskdesk.domain.validation import clean_query
from riskdesk.services.case_closing import close_with_outcome
from riskdesk.services.person_case_creation import (
    add_person_with_case,
    validated_new_case,
    validated_person_with_case,
)
from riskdesk.services.postal_code_list import shipped_postal_codes
from riskdesk.services.service_context import ServiceContext

_FIXED_BY_SERVICE = ("id", "person_id", "case_number", "status", "closed_on", "close_reason")
_SEARCH = LocalizedText(da="Søgningen", en="The search")
_CASE_NUMBER = LocalizedText(da="Sagsnummeret", en="The case number")
# A search answers with this many cases at most, and how many it found: enough to see
# whether the one sought is among them, few enough to draw at once.
SEARCH_LIMIT = 200


class CaseService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def search(self, text: str = "") -> list[CaseSummary]:
        """Cases whose person's name, CPR number or case number matches every word of
        ``text`` ("" lists all), newest first. Raises :class:`UserInputError` for a text
        that is no search (over a line long, or with a broken character)."""
        # A CPR number typed in fullwidth digits finds the number stored in ASCII digits.
        text = ascii_digits(clean_query(text, field="search", label=_SEARCH))
        with self._ctx.work(UseCase.CASE_SEARCH) as uow:
            return uow.cases.summaries(text)

    def listing(self) -> CaseMatches:
        """Every case as a plain row, newest case number first: what the case list
        loads, sorts and narrows as a name is typed (audited as a search for "")."""
        with self._ctx.work(UseCase.CASE_SEARCH) as uow:
            return uow.cases.list_rows()

    def first_by_name(self, limit: int) -> CaseMatches:
        """The first ``limit`` rows of :meth:`listing` as the case list sorts them by
        name, and how many cases there are: what the list paints at unlock before it
        loads the rest (audited as :meth:`listing` is)."""
        with self._ctx.work(UseCase.CASE_SEARCH) as uow:
            return uow.cases.list_rows(limit=limit, by_name=True)

    def find(self, text: str = "", *, limit: int = SEARCH_LIMIT) -> CaseMatches:
        """The first ``limit`` cases :meth:`search` finds, as plain rows, and how many it
        found: a search fast enough to run on every key, however large the vault."""
        text = search_text(text)
        with self._ctx.work(UseCase.CASE_SEARCH) as uow:
            return uow.cases.list_rows(text, limit=limit)

    def searched(self, text: str, *, results: int) -> None:
        """Record a search the case list made within the rows :meth:`listing` gave it,
        once the user has finished it, as :meth:`search` records its own: one event with
        what was searched for and how many cases were found."""
        text = search_text(text)
        with self._ctx.work(UseCase.CASE_SEARCH) as uow:
            uow.cases.searched(text, results=results)

    def by_number(self, case_number: str) -> CaseSummary | None:
        """The case with exactly this case number, or None (the search matches numbers
        by prefix; this does not)."""
        case_number = clean_query(case_number, field="case_number", label=_CASE_NUMBER)
        with self._ctx.work(UseCase.CASE_FIND_BY_NUMBER) as uow:
            return uow.cases.by_number(case_number)

    def get(self, case_id: CaseId) -> Case:
        with self._ctx.work(UseCase.CASE_VIEW) as uow:
            return uow.cases.get(case_id)

    def with_person(self, case_id: CaseId) -> tuple[Person, Case]:
        """The case and its person, for the person/case editor, in one use case."""
        with self._ctx.work(UseCase.CASE_VIEW) as uow:
            case = uow.cases.get(case_id)
            return uow.persons.get(case.person_id), case

    def with_person_by_number(self, case_number: str) -> tuple[Person, Case] | None:
        """The case with exactly this number and its person, read in one use case (as
        :meth:`with_person`); None when no case has the number."""
        case_number = clean_query(case_number, field="case_number", label=_CASE_NUMBER)
        with self._ctx.work(UseCase.CASE_VIEW) as uow:
            found = uow.cases.by_number(case_number)
            if found is None:
                return None
            case = uow.cases.get(found.case_id)
            return uow.persons.get(case.person_id), case

    @property
    def postal_codes(self) -> PostalCodes:
        """The Danish postal codes a person's postal code must be one of, with their
        towns, for an editor to fill the town in as a code is typed."""
        return shipped_postal_codes()

    def for_person(self, person_id: PersonId) -> list[Case]:
        with self._ctx.work(UseCase.PERSON_CASES) as uow:
            return uow.cases.for_person(person_id)

    def create_person_with_case(
        self, *, person: Mapping[str, Any], case: Mapping[str, Any]
    ) -> tuple[Person, Case]:
        """Store a new person and their first case in one transaction: both or neither.

        Both are validated before anything is written, and the problems of both are
        reported together. A CPR number another person has is refused
        (:class:`CprAlreadyFiled` on ``person.cpr``, naming that person's case)."""
        new_person, new_case = validated_person_with_case(
            person, case, caseworker=self._ctx.user.username, levels=self._ctx.forms.levels
        )
        with self._ctx.work(UseCase.CASE_CREATE_WITH_PERSON) as uow:
            return add_person_with_case(uow, new_person, new_case)

    def update_person_and_case(
        self,
        case_id: CaseId,
        *,
        person: Mapping[str, Any],
        case: Mapping[str, Any],
        person_version: int | None = None,
        case_version: int | None = None,
    ) -> tuple[Person, Case]:
        """Change the case's person and the case's editable fields in one transaction:
        both or neither. Problems of both are reported together, under ``person.`` and
        ``case.``, as :meth:`create_person_with_case` does.

        An editor gives the ``row_version`` of the person and case it loaded: when
        someone saved either since, nothing is written (:class:`StaleRecord`)."""
        problems: list[Problem] = []
        editable = {k: v for k, v in case.items() if k not in _FIXED_BY_SERVICE}
        with _cpr_within("person"), self._ctx.work(UseCase.CASE_UPDATE_WITH_PERSON) as uow:
            before = uow.cases.get(case_id)
            changed_person: Person | None = None
            changed_case: Case | None = None
            try:
                changed_person = person_from(
                    {**{k: v for k, v in person.items() if k != "id"}, "id": before.person_id},
                    today=date.today(),
                    postal_codes=shipped_postal_codes(),
                )
            except UserInputError as error:
                problems.extend(_within("person", error))
            try:
                changed_case = case_from(before.model_dump() | editable)
                if changed_case.level != before.level:
                    self._check_level_keeps_a_file(changed_case.level)
            except UserInputError as error:
                problems.extend(_within("case", error))
            if problems or changed_person is None or changed_case is None:
                raise UserInputError(problems)
            return (
                uow.persons.update(
                    changed_person.model_copy(update={"row_version": person_version})
                ),
                uow.cases.update(changed_case.model_copy(update={"row_version": case_version})),
            )

    def import_records(self, records: Sequence[tuple[Mapping[str, Any], Mapping[str, Any]]]) -> int:
        """Store many people, each with one case, in one transaction (all or none).

        Everything is validated first; the first invalid record stops the import, and so
        does a CPR number that is in the vault or twice in ``records``."""
        today, postal_codes = date.today(), shipped_postal_codes()
        validated = [
            (
                person_from(dict(person), today=today, postal_codes=postal_codes),
                self._validated_new_case(case, person_id=PersonId(0)),
            )
            for person, case in records
        ]
        with self._ctx.work(UseCase.CASE_IMPORT) as uow:
            for person, case in validated:
                stored = uow.persons.add(person)
                assert stored.id is not None
                uow.cases.add(case.model_copy(update={"person_id": stored.id}))
        return len(validated)

    def open_case(self, *, person_id: PersonId, data: Mapping[str, Any]) -> Case:
        new_case = self._validated_new_case(data, person_id=person_id)
        with self._ctx.work(UseCase.CASE_OPEN) as uow:
            return uow.cases.add(new_case)

    def update(self, case_id: CaseId, data: Mapping[str, Any]) -> Case:
        """Change the case's editable fields; number, person and closing stay as they are."""
        editable = {k: v for k, v in data.items() if k not in _FIXED_BY_SERVICE}
        return self._change(UseCase.CASE_UPDATE, case_id, editable)

    def close(
        self,
        case_id: CaseId,
        *,
        closed_on: date,
        reason: str,
        outcome: Mapping[str, Any] | None = None,
        case_version: int | None = None,
    ) -> Case:
        """Raises :class:`UserInputError` without a reason or with a date before opening.
        With ``outcome``, the outcome at closing is recorded in the same unit of work
        (:func:`close_with_outcome`, problems under ``case.`` and ``outcome.``). An
        editor gives the ``case_version`` it loaded: when someone saved the case since,
        it is not closed (:class:`StaleRecord`)."""
        if outcome is not None:
            return close_with_outcome(
                self._ctx,
                case_id,
                closed_on=closed_on,
                reason=reason,
                outcome=outcome,
                case_version=case_version,
            )
        return self._change(
            UseCase.CASE_CLOSE,
            case_id,
            {"status": CaseStatus.CLOSED, "closed_on": closed_on, "close_reason": reason},
            case_version,
        )

    def reopen(self, case_id: CaseId, *, case_version: int | None = None) -> Case:
        """As :meth:`close`, refused (:class:`StaleRecord`) for a stale ``case_version``."""
        return self._change(
            UseCase.CASE_REOPEN,
            case_id,
            {"status": CaseStatus.OPEN, "closed_on": None, "close_reason": ""},
            case_version,
        )

    def _change(
        self,
        use_case: UseCase,
        case_id: CaseId,
        changes: Mapping[str, Any],
        case_version: int | None = None,
    ) -> Case:
        with self._ctx.work(use_case) as uow:
            before = uow.cases.get(case_id)
            changed = case_from(before.model_dump() | dict(changes))
            if changed.level != before.level:
                self._check_level_keeps_a_file(changed.level)
            if case_version is not None:
                changed = changed.model_copy(update={"row_version": case_version})
            return uow.cases.update(changed)

    def _validated_new_case(self, data: Mapping[str, Any], *, person_id: PersonId) -> Case:
        return validated_new_case(
            data,
            person_id=person_id,
            caseworker=self._ctx.user.username,
            levels=self._ctx.forms.levels,
        )

    def _check_level_keeps_a_file(self, level: int) -> None:
        self._ctx.forms.levels.check_keeps_a_file(level)


@contextmanager
def _cpr_within(section: str) -> Iterator[None]:
    """A refused CPR number named inside a combined form (``person.cpr``)."""
    try:
        yield
    except CprAlreadyFiled as taken:
        raise taken.within(section) from None


def _within(section: str, error: UserInputError) -> list[Problem]:
    """The problems of one part of a combined form, with their fields named by part
    (``person.name``), so the GUI can place each beside its input."""
    return [p.within(section) for p in error.problems]
