"""The unit's figures for a period (``desk.statistics``): read as plain facts in one unit
of work, counted by the pure functions of :mod:`riskdesk.domain.unit_statistics`. Only
supervisors and administrators may see them; every look is audited (the period only:
the figures touch no one person)."""

from __future__ import annotations

from datetime import date

from riskdesk.domain.inquiry import InquiryKind, InquirySource
from riskdesk.domain.release_progress import timeline_progress
from riskdesk.domain.statistics_access import MAY_SEE_STATISTICS, OnlyLeadersSeeStatistics
from riskdesk.domain.statistics_facts import MilestoneFact, Period
from riskdesk.domain.unit_statistics import UnitStatistics, unit_statistics
from riskdesk.domain.use_cases import UseCase
from riskdesk.services.forms import Forms
from riskdesk.services.service_context import ServiceContext
from riskdesk.store.unit_of_work import UnitOfWork


class StatisticsService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def figures(self, period: Period, *, courses_since: date | None = None) -> UnitStatistics:
        """Every figure for ``period``, exact (for the unit's own use: anything published
        goes through :mod:`riskdesk.domain.small_counts`). Raises
        :class:`OnlyLeadersSeeStatistics` (audited) for a caseworker or a mentor."""
        role = self._ctx.user.role
        if role not in MAY_SEE_STATISTICS:
            with self._ctx.work(UseCase.STATISTICS_VIEW) as uow:
                uow.trail.refuse(role=role.value)
            raise OnlyLeadersSeeStatistics()
        with self._ctx.work(UseCase.STATISTICS_VIEW) as uow:
            figures = read_figures(uow, self._ctx.forms, period, courses_since=courses_since)
            uow.note(period_from=period.start.isoformat(), period_to=period.end.isoformat())
        return figures


def read_figures(
    uow: UnitOfWork, forms: Forms, period: Period, *, courses_since: date | None = None
) -> UnitStatistics:
    """Every figure for ``period``, read in ``uow`` (the caller's use case audits it)."""
    query = uow.statistics
    cases, concerns = query.cases(), query.concerns()
    inquiries, courses, outcomes = query.inquiries(), query.courses(), query.outcomes()
    timelines = query.release_timelines()
    # Whether a milestone was met on time does not depend on the day it is read.
    milestones = [
        MilestoneFact(entry.due, entry.done_on)
        for meeting, has_plan in timelines
        for entry in timeline_progress(
            meeting, rules=forms.release_meeting.timeline, has_plan=has_plan, today=period.end
        )
    ]
    return unit_statistics(
        period,
        cases=cases,
        concerns=concerns,
        inquiries=inquiries,
        courses=courses,
        outcomes=outcomes,
        milestones=milestones,
        inquiry_kinds=[kind.value for kind in InquiryKind],
        inquiry_sources=[source.value for source in InquirySource],
        concern_topics=forms.concern_topics.ids,
        courses_since=courses_since,
    )
