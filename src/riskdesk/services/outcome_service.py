"""Outcomes (``desk.outcomes``): record a case's outcome at a point (at closing, or 6 or
12 months after it), and read a case's outcomes with the follow-ups still to record.
Closing a case with its outcome is the close use case (:mod:`case_closing`). Each call is
one unit of work with one audit event naming the case and its person."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from riskdesk.domain.case_outcome import (
    CaseOutcome,
    OutcomePoint,
    follow_up_due,
    outcome_from,
)
from riskdesk.domain.ids import CaseId
from riskdesk.domain.use_cases import UseCase
from riskdesk.services.case_lookup import case_id_of
from riskdesk.services.service_context import ServiceContext
from riskdesk.store.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class CaseOutcomes:
    """A case's outcomes, closing first, and when each follow-up not yet recorded is due
    (none while the case is open)."""

    case_id: CaseId
    closed_on: date | None
    recorded: tuple[CaseOutcome, ...]
    due: Mapping[OutcomePoint, date]


class OutcomeService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def record(
        self,
        *,
        case_id: CaseId | None = None,
        case_number: str | None = None,
        outcome: Mapping[str, Any],
        today: date | None = None,
    ) -> CaseOutcome:
        """Record (or correct) the outcome at ``outcome["point"]``. Raises
        :class:`UserInputError` naming the field: a follow-up on an open case or dated
        before the closing (``recorded_on``), a charge date missing with yes, outside the
        case or the time since closing (``new_charge_on``), an unknown value; and
        :class:`UnknownCase`. Nothing is stored then."""
        today = today or date.today()
        with self._ctx.work(UseCase.OUTCOME_RECORD) as uow:
            found = case_id_of(uow, case_id=case_id, case_number=case_number)
            case = uow.cases.get(found)
            checked = outcome_from(
                {"recorded_on": today, **outcome, "case_id": found},
                opened_on=case.opened_on,
                closed_on=case.closed_on,
                today=today,
            )
            return uow.outcomes.save(checked)

    def for_case(
        self, *, case_id: CaseId | None = None, case_number: str | None = None
    ) -> CaseOutcomes:
        """Raises :class:`UnknownCase`."""
        with self._ctx.work(UseCase.OUTCOME_LIST) as uow:
            found = case_id_of(uow, case_id=case_id, case_number=case_number)
            return case_outcomes(uow, found)


def case_outcomes(uow: UnitOfWork, case_id: CaseId) -> CaseOutcomes:
    """The case's outcomes and the follow-ups still due, read in ``uow`` (the case page
    reads them with the journal in one use case)."""
    case = uow.cases.get(case_id)
    recorded = tuple(uow.outcomes.for_case(case_id))
    points = {o.point for o in recorded}
    due = (
        {
            point: follow_up_due(case.closed_on, point)
            for point in (OutcomePoint.SIX_MONTHS, OutcomePoint.TWELVE_MONTHS)
            if point not in points
        }
        if case.closed_on is not None
        else {}
    )
    return CaseOutcomes(case_id=case_id, closed_on=case.closed_on, recorded=recorded, due=due)
