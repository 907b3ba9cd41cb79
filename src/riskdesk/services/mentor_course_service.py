"""Mentor courses on cases (``desk.mentor_courses``): start, end (with the reason and
whether the young person reoffended during it), correct, and list by case or by mentor.

Each method is one use case with one audit event naming the course's case and person. A
mentor user reaches only their own courses (the unit of work refuses any other case, see
:mod:`riskdesk.domain.mentor_access`) and may end or correct only those; a course is
started by a caseworker, who chooses its mentor."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from riskdesk.domain.ids import CaseId
from riskdesk.domain.localized import LocalizedText
from riskdesk.domain.mentor_access import OutsideOwnCourses
from riskdesk.domain.mentor_course import (
    EndReason,
    MentorCourse,
    MentorCourseId,
    MentorCourseLine,
    Reoffended,
    course_from,
)
from riskdesk.domain.problems import Problem
from riskdesk.domain.refusals import UserInputError
from riskdesk.domain.use_cases import UseCase
from riskdesk.domain.user import Role, User
from riskdesk.services.service_context import ServiceContext
from riskdesk.store.unit_of_work import UnitOfWork

_NOT_A_MENTOR = LocalizedText(
    da="Brugeren findes ikke eller har ikke mentorrollen. Vælg en mentor fra listen, eller "
    "skriv navnet på en ekstern mentor.",
    en="There is no active user with the mentor role by that name. Choose a mentor from the "
    "list, or name an external mentor.",
)
_ALREADY_ENDED = LocalizedText(
    da="Forløbet er allerede afsluttet. Ret slutdatoen i stedet.",
    en="The course has already ended. Correct its end date instead.",
)
# What a correction may not change: the course stays on its case.
_FIXED = ("id", "case_id")


class MentorCourseService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def start(
        self,
        case_id: CaseId,
        *,
        started_on: date | str,
        mentor_username: str | None = None,
        external_mentor: str = "",
        planned_end: date | str | None = None,
        note: str = "",
    ) -> MentorCourse:
        """A new course on the case. Raises :class:`UserInputError` naming the field: a
        mentor who is not an active mentor user, both or neither kind of mentor, a
        planned end before the start, or a course of the same mentor on the case that
        overlaps it. Nothing is stored then. Dates may be ISO text (as typed on the
        command line); a malformed one is refused naming its field."""
        data: dict[str, Any] = {
            "case_id": case_id,
            "mentor_username": mentor_username,
            "external_mentor": external_mentor,
            "started_on": started_on,
            "planned_end": planned_end,
            "note": note,
        }
        course_from(data)
        with self._ctx.work(UseCase.MENTOR_COURSE_START) as uow:
            course = course_from(data, others=uow.mentor_courses.of_case(case_id))
            if course.mentor_username:
                _check_mentor(uow, course.mentor_username)
            return uow.mentor_courses.add(course)

    def end(
        self,
        course_id: MentorCourseId,
        *,
        ended_on: date | str,
        reason: EndReason | str,
        reoffended: Reoffended | str = Reoffended.UNKNOWN,
        reoffended_on: date | str | None = None,
        note: str | None = None,
    ) -> MentorCourse:
        """End a running course. Raises :class:`UserInputError` for an end before the
        start, a reoffending date without "yes" or outside the course, or a course that
        has already ended."""
        with self._ctx.work(UseCase.MENTOR_COURSE_END) as uow:
            before = self._own(uow, course_id)
            if not before.active:
                raise UserInputError([Problem("ended_on", _ALREADY_ENDED)])
            changes: dict[str, Any] = {
                "ended_on": ended_on,
                "end_reason": reason,
                "reoffended": reoffended,
                "reoffended_on": reoffended_on,
            }
            if note is not None:
                changes["note"] = note
            return self._store(uow, before, changes)

    def update(self, course_id: MentorCourseId, data: Mapping[str, Any]) -> MentorCourse:
        """Correct a course's fields (any but its id and case), checked as a new one is."""
        changes = {k: v for k, v in data.items() if k not in _FIXED}
        with self._ctx.work(UseCase.MENTOR_COURSE_UPDATE) as uow:
            before = self._own(uow, course_id)
            if changes.get("mentor_username") and changes["mentor_username"] != (
                before.mentor_username
            ):
                _check_mentor(uow, str(changes["mentor_username"]))
            return self._store(uow, before, changes)

    def for_case(self, case_id: CaseId) -> list[MentorCourseLine]:
        """The case's courses, newest first (the active one, if any, among the first)."""
        with self._ctx.work(UseCase.MENTOR_COURSE_LIST) as uow:
            return uow.mentor_courses.lines(case_id=case_id)

    def for_mentor(self, username: str | None = None) -> list[MentorCourseLine]:
        """The courses of one mentor user (the user logged in, when not given)."""
        user = self._ctx.user
        with self._ctx.work(UseCase.MENTOR_COURSE_LIST) as uow:
            if user.role is Role.MENTOR and username not in (None, user.username):
                raise OutsideOwnCourses()
            return uow.mentor_courses.lines(mentor_username=username or user.username)

    def all(self) -> list[MentorCourseLine]:
        """Every course in the vault, newest first; a mentor's own only."""
        user = self._ctx.user
        if user.role is Role.MENTOR:
            return self.for_mentor()
        with self._ctx.work(UseCase.MENTOR_COURSE_LIST) as uow:
            return uow.mentor_courses.lines()

    def mentors(self) -> list[User]:
        """The active users with the mentor role (by their signed role), to choose from."""
        with self._ctx.work(UseCase.MENTOR_COURSE_LIST) as uow:
            return _mentor_users(uow)

    def _own(self, uow: UnitOfWork, course_id: MentorCourseId) -> MentorCourse:
        course = uow.mentor_courses.get(course_id)
        user = self._ctx.user
        if user.role is Role.MENTOR and course.mentor_username != user.username:
            raise OutsideOwnCourses()
        return course

    def _store(
        self, uow: UnitOfWork, before: MentorCourse, changes: Mapping[str, Any]
    ) -> MentorCourse:
        data = before.model_dump() | dict(changes)
        course = course_from(data, others=uow.mentor_courses.of_case(before.case_id))
        return uow.mentor_courses.update(course)


def _mentor_users(uow: UnitOfWork) -> list[User]:
    return [u for u in uow.users.list() if u.role is Role.MENTOR and u.active]


def _check_mentor(uow: UnitOfWork, username: str) -> None:
    if username not in {u.username for u in _mentor_users(uow)}:
        raise UserInputError([Problem("mentor", _NOT_A_MENTOR)])
