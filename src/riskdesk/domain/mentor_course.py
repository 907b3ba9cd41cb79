"""A mentor course on a case: who mentors (a user with the mentor role, or a named
external mentor), from when to when, why it ended, and whether the young person
reoffended during it.

A case holds any number of courses, whatever its kind. The rules here are checked before
anything is stored, each problem naming its field: a course ends on or after its start,
has a reason exactly when it has ended, a reoffending date only when it reoffended, and
one mentor runs at most one course at a time on the same case.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from enum import StrEnum
from typing import Any, NewType

from pydantic import BaseModel, ConfigDict

from riskdesk.domain.ids import CaseId, PersonId
from riskdesk.domain.localized import LocalizedText
from riskdesk.domain.problems import Problem
from riskdesk.domain.refusals import UserInputError
from riskdesk.domain.validation import Line, Text, validate_model

MentorCourseId = NewType("MentorCourseId", int)


class EndReason(StrEnum):
    COMPLETED = "completed"
    DROPPED_OUT = "dropped_out"
    MOVED = "moved"
    NEW_OFFENCE = "new_offence"
    OTHER = "other"


class Reoffended(StrEnum):
    YES = "yes"
    NO = "no"
    UNKNOWN = "unknown"


END_REASON_LABELS: dict[EndReason, LocalizedText] = {
    EndReason.COMPLETED: LocalizedText(da="Gennemført", en="Completed"),
    EndReason.DROPPED_OUT: LocalizedText(da="Afbrudt", en="Dropped out"),
    EndReason.MOVED: LocalizedText(da="Fraflyttet", en="Moved away"),
    EndReason.NEW_OFFENCE: LocalizedText(da="Ny kriminalitet", en="New offence"),
    EndReason.OTHER: LocalizedText(da="Andet", en="Other"),
}
REOFFENDED_LABELS: dict[Reoffended, LocalizedText] = {
    Reoffended.YES: LocalizedText(da="Ja", en="Yes"),
    Reoffended.NO: LocalizedText(da="Nej", en="No"),
    Reoffended.UNKNOWN: LocalizedText(da="Ved ikke", en="Unknown"),
}

MENTOR_COURSE_LABELS: dict[str, LocalizedText] = {
    "case_id": LocalizedText(da="Sag", en="Case"),
    "mentor": LocalizedText(da="Mentor", en="Mentor"),
    "mentor_username": LocalizedText(da="Mentor", en="Mentor"),
    "external_mentor": LocalizedText(da="Ekstern mentor", en="External mentor"),
    "started_on": LocalizedText(da="Startdato", en="Start date"),
    "planned_end": LocalizedText(da="Planlagt slutdato", en="Planned end"),
    "ended_on": LocalizedText(da="Slutdato", en="End date"),
    "end_reason": LocalizedText(da="Årsag til afslutning", en="Reason for ending"),
    "reoffended": LocalizedText(da="Ny kriminalitet under forløbet", en="Reoffended"),
    "reoffended_on": LocalizedText(da="Dato for ny kriminalitet", en="Date of reoffending"),
    "note": LocalizedText(da="Note", en="Note"),
}

_ONE_MENTOR = LocalizedText(
    da="Vælg en mentor med mentorrollen eller skriv navnet på en ekstern mentor – ikke begge.",
    en="Choose a mentor user or name an external mentor – not both.",
)
_PLANNED_BEFORE_START = LocalizedText(
    da="Den planlagte slutdato ligger før startdatoen.",
    en="The planned end is before the start date.",
)
_ENDED_BEFORE_START = LocalizedText(
    da="Slutdatoen ligger før forløbet startede.", en="The end date is before the course started."
)
_REASON_WITHOUT_END = LocalizedText(
    da="Et forløb, der ikke er afsluttet, har ingen årsag til afslutning. Angiv en slutdato.",
    en="A course that has not ended has no reason for ending. Give an end date.",
)
_END_WITHOUT_REASON = LocalizedText(
    da="Angiv hvorfor forløbet sluttede.", en="Say why the course ended."
)
_DATE_WITHOUT_YES = LocalizedText(
    da="En dato for ny kriminalitet hører kun til, når svaret er ja.",
    en="A date of reoffending belongs only with the answer yes.",
)
_REOFFENDED_OUTSIDE = LocalizedText(
    da="Datoen for ny kriminalitet skal ligge i forløbets periode.",
    en="The date of reoffending must fall within the course.",
)
_OVERLAPS = LocalizedText(
    da="Samme mentor har allerede et forløb på sagen i den periode (forløb {other}). "
    "Afslut det først.",
    en="The same mentor already has a course on this case in that period (course {other}). "
    "End it first.",
)


class MentorCourse(BaseModel):
    """One course. ``mentor_username`` names a user with the mentor role; otherwise
    ``external_mentor`` names someone outside RiskDesk (exactly one of them is set)."""

    model_config = ConfigDict(frozen=True, extra="forbid", hide_input_in_errors=True)

    id: MentorCourseId | None = None
    case_id: CaseId
    mentor_username: str | None = None
    external_mentor: Line = ""
    started_on: date
    planned_end: date | None = None
    ended_on: date | None = None
    end_reason: EndReason | None = None
    reoffended: Reoffended = Reoffended.UNKNOWN
    reoffended_on: date | None = None
    note: Text = ""

    @property
    def active(self) -> bool:
        return self.ended_on is None

    @property
    def mentor_key(self) -> str:
        """Who mentors, for telling whether two courses have the same mentor."""
        return self.mentor_username or f"external:{self.external_mentor.casefold()}"

    def months_run(self, today: date) -> int:
        """Whole months from the start to the end, or to ``today`` while it runs."""
        return months_between(self.started_on, self.ended_on or today)

    def period_overlaps(self, other: MentorCourse) -> bool:
        far = date.max
        return self.started_on <= (other.ended_on or far) and other.started_on <= (
            self.ended_on or far
        )


class MentorCourseLine(BaseModel):
    """A course as lists show it: with its case number and the mentor's name."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    course: MentorCourse
    case_number: str
    person_id: PersonId
    mentor_name: str


def months_between(start: date, end: date) -> int:
    if end < start:
        return 0
    months = (end.year - start.year) * 12 + end.month - start.month
    return months - 1 if end.day < start.day else months


def course_from(data: Mapping[str, Any], *, others: Iterable[MentorCourse] = ()) -> MentorCourse:
    """A course from ``data``, or :class:`UserInputError` naming every field at fault.
    ``others`` are the case's other courses, for the rule against overlapping courses of
    one mentor."""
    values = dict(data)
    for name in ("external_mentor", "note"):
        if values.get(name) is None:
            values.pop(name, None)
    if not values.get("mentor_username"):
        values["mentor_username"] = None
    course = validate_model(MentorCourse, values, MENTOR_COURSE_LABELS)
    problems = course_problems(course, others=others)
    if problems:
        raise UserInputError(problems)
    return course


def course_problems(course: MentorCourse, *, others: Iterable[MentorCourse] = ()) -> list[Problem]:
    problems: list[Problem] = []
    if bool(course.mentor_username) == bool(course.external_mentor):
        problems.append(Problem("mentor", _ONE_MENTOR))
    if course.planned_end is not None and course.planned_end < course.started_on:
        problems.append(Problem("planned_end", _PLANNED_BEFORE_START))
    if course.ended_on is not None and course.ended_on < course.started_on:
        problems.append(Problem("ended_on", _ENDED_BEFORE_START))
    if course.end_reason is not None and course.ended_on is None:
        problems.append(Problem("end_reason", _REASON_WITHOUT_END))
    if course.ended_on is not None and course.end_reason is None:
        problems.append(Problem("end_reason", _END_WITHOUT_REASON))
    problems.extend(_reoffending_problems(course))
    for other in others:
        if other.id == course.id or other.case_id != course.case_id:
            continue
        if other.mentor_key == course.mentor_key and other.period_overlaps(course):
            problems.append(Problem("started_on", _OVERLAPS.format(other=other.id)))
            break
    return problems


def _reoffending_problems(course: MentorCourse) -> list[Problem]:
    when = course.reoffended_on
    if when is None:
        return []
    if course.reoffended is not Reoffended.YES:
        return [Problem("reoffended_on", _DATE_WITHOUT_YES)]
    if when < course.started_on or (course.ended_on is not None and when > course.ended_on):
        return [Problem("reoffended_on", _REOFFENDED_OUTSIDE)]
    return []
