"""The start page's journal and outcome follow-ups, read inside the start page's own
unit of work (:meth:`TodayService.view`)."""

from __future__ import annotations

from datetime import date, timedelta

from riskdesk.domain.case_follow_ups import follow_up_lines, outcome_closed_since
from riskdesk.domain.today import TodayLine, TodayRules
from riskdesk.store.unit_of_work import UnitOfWork


def case_follow_ups(
    uow: UnitOfWork, *, username: str, rules: TodayRules, today: date
) -> list[TodayLine]:
    """Journal follow-ups not done and outcome follow-ups not recorded, due within the
    page's look-ahead, overdue ones included."""
    until = today + timedelta(days=rules.ahead_days)
    journal = uow.journal.follow_up_facts(username=username, until=until)
    outcomes = uow.outcomes.follow_up_facts(
        username=username, closed_since=outcome_closed_since(today)
    )
    return follow_up_lines(journal, outcomes, rules=rules, today=today)
