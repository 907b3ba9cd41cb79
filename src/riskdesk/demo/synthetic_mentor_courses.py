"""Synthetic mentor courses for the demo vault, shaped like the seed report's table
(``004_*``: 20 courses since the unit started, about 10 months on average, 13 active,
reoffending in two): some run by the demo's mentor user, the rest by made-up external
mentors. Seeded and reproducible; each course is started (and ended) through the service,
so each leaves its audit event as a caseworker's would."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, timedelta

from riskdesk.domain.case import CaseKind, CaseStatus, CaseSummary
from riskdesk.domain.mentor_course import EndReason, Reoffended
from riskdesk.services.mentor_course_service import MentorCourseService

COURSES = 20
ACTIVE = 13
REOFFENDED = 2
_MONTH = 30
_EXTERNAL_MENTORS = (
    "Jonas Foreningsmentor",
    "Sara Idrætsmentor",
    "Ali Netværksmentor",
    "Birgitte Frivilligmentor",
)
# Release, EXIT and mentor cases are where the seed's courses are; any kind may have one.
_KIND_ORDER = {CaseKind.MENTOR_COURSE: 0, CaseKind.RELEASE: 1, CaseKind.EXIT: 2}


def add_demo_mentor_courses(
    courses: MentorCourseService,
    cases: Sequence[CaseSummary],
    *,
    mentor_username: str,
    seed: int,
    today: date,
) -> int:
    """Start about :data:`COURSES` courses on open cases (fewer in a small vault, at most
    half of its open cases) and end all but :data:`ACTIVE` of them, :data:`REOFFENDED`
    with a new offence during the course; returns how many were started."""
    rng = random.Random(seed * 7919)  # noqa: S311 - reproducible demo data, not secrets
    open_cases = sorted(
        (c for c in cases if c.status is CaseStatus.OPEN and c.opened_on < today),
        # The longest-open cases first, so courses have room for their ten months.
        key=lambda c: (c.opened_on, _KIND_ORDER.get(c.kind, 3), c.case_id),
    )
    count = min(COURSES, max(REOFFENDED + 1, len(open_cases) // 2), len(open_cases))
    chosen = open_cases[:count]
    ended = count - min(ACTIVE, count - REOFFENDED - 1) if count > REOFFENDED else 0
    for index, case in enumerate(chosen):
        mentor = mentor_username if index % 2 == 0 else None
        finished = index < ended
        length = timedelta(days=rng.randint(7 * _MONTH, 13 * _MONTH))
        if finished:
            start = today - length - timedelta(days=rng.randint(14, 8 * _MONTH))
        else:
            start = today - timedelta(days=rng.randint(4 * _MONTH, 17 * _MONTH))
        start = max(start, case.opened_on + timedelta(days=rng.randint(1, 21)))
        if start >= today:
            start = case.opened_on
        course = courses.start(
            case.case_id,
            mentor_username=mentor,
            external_mentor="" if mentor else rng.choice(_EXTERNAL_MENTORS),
            started_on=start,
            planned_end=start + timedelta(days=10 * _MONTH),
        )
        if not finished or course.id is None:
            continue
        end = min(start + length, today - timedelta(days=1))
        end = max(end, start)
        if index < REOFFENDED:
            offence = start + (end - start) * 3 // 4
            courses.end(
                course.id,
                ended_on=end,
                reason=EndReason.NEW_OFFENCE,
                reoffended=Reoffended.YES,
                reoffended_on=offence,
            )
        else:
            reason = rng.choice((EndReason.COMPLETED, EndReason.COMPLETED, EndReason.MOVED))
            courses.end(course.id, ended_on=end, reason=reason, reoffended=Reoffended.NO)
    return count
