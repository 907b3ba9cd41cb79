"""The start page ("I dag") of the logged-in user, read in one use case."""

from __future__ import annotations

from datetime import date

from riskdesk.domain.case_follow_ups import with_follow_ups
from riskdesk.domain.today import Today, TodayRules, build_today
from riskdesk.domain.use_cases import UseCase
from riskdesk.domain.user import Role
from riskdesk.services.case_follow_up_lines import case_follow_ups
from riskdesk.services.service_context import ServiceContext


class TodayService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    @property
    def rules(self) -> TodayRules:
        """How far the page looks, from ``resources/municipality.yaml``."""
        return self._ctx.forms.municipality.today

    def view(self, *, today: date | None = None) -> Today:
        """The user's overdue and coming actions, follow-ups and release deadlines on
        their open cases, plans returned to them, a supervisor's review queue, the
        unit's meetings ahead, reassessments due and cases still without a plan."""
        today = today or date.today()
        rules = self.rules
        user = self._ctx.user
        with self._ctx.work(UseCase.TODAY_VIEW) as uow:
            facts = uow.today.facts(
                username=user.username,
                supervisor=user.role is Role.SUPERVISOR,
                rules=rules,
                release_rules=self._ctx.forms.release_meeting.timeline,
                today=today,
            )
            follow_ups = case_follow_ups(uow, username=user.username, rules=rules, today=today)
        page = build_today(
            facts, rules=rules, release=self._ctx.forms.release_meeting.timeline, today=today
        )
        return with_follow_ups(page, follow_ups, limit=rules.lines_per_section)
