"""What a user with the mentor role may see: their own mentor courses and the cases
behind them, and nothing else.

Two rules together make this hold for every read, present and future. The use cases a
mentor may run at all are listed (:data:`MENTOR_WORK`: everything else is refused before
anything is read), and inside those a :class:`CaseScope` refuses any person or case
record outside the mentor's courses the moment a repository touches it, so a read added
later cannot leak a case by forgetting a filter.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from riskdesk.domain.localized import LocalizedText
from riskdesk.domain.refusals import PermissionDenied
from riskdesk.domain.use_cases import UseCase

MENTOR_WORK: frozenset[UseCase] = frozenset(
    {
        UseCase.LOGIN,
        UseCase.USER_CHANGE_PASSWORD,
        UseCase.USER_REGISTER_KEY,
        UseCase.CASE_SEARCH,
        UseCase.CASE_FIND_BY_NUMBER,
        UseCase.CASE_VIEW,
        UseCase.RELEASE_DEADLINES,
        UseCase.MENTOR_COURSE_LIST,
        UseCase.MENTOR_COURSE_UPDATE,
        UseCase.MENTOR_COURSE_END,
        UseCase.VAULT_BACKUP_STATUS,
    }
)
"""Reading their own cases (with the release deadlines the case list marks) and courses,
and ending or correcting their own courses. A course is started by a caseworker, who
chooses the mentor."""

MENTOR_ONLY_OWN_COURSES = LocalizedText(
    da="Som mentor ser du kun dine egne mentorforløb og sagerne bag dem. "
    "Forsøget er registreret i loggen.",
    en="As a mentor you see only your own mentor courses and the cases behind them. "
    "The attempt has been logged.",
)


class OutsideOwnCourses(PermissionDenied):
    """A mentor reached for a person or case that none of their courses is about."""

    message = MENTOR_ONLY_OWN_COURSES

    def __init__(self) -> None:
        super().__init__(MENTOR_ONLY_OWN_COURSES)


@dataclass(frozen=True)
class CaseScope:
    """The cases (and their persons) one user may see; everything else is refused."""

    case_ids: frozenset[int]
    person_ids: frozenset[int]

    @classmethod
    def of(cls, pairs: Iterable[tuple[int, int]]) -> CaseScope:
        """The scope of ``(case_id, person_id)`` pairs."""
        cases: set[int] = set()
        persons: set[int] = set()
        for case_id, person_id in pairs:
            cases.add(case_id)
            persons.add(person_id)
        return cls(frozenset(cases), frozenset(persons))

    def check(self, *, case_id: int | None = None, person_id: int | None = None) -> None:
        """Raises :class:`OutsideOwnCourses` unless both ids (where given) are in scope."""
        if case_id is not None and case_id not in self.case_ids:
            raise OutsideOwnCourses()
        if person_id is not None and person_id not in self.person_ids:
            raise OutsideOwnCourses()
