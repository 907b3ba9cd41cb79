"""Closing a case with its reason and its outcome at closing, in one unit of work: both
are validated before anything is written, and either both are stored or neither."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from riskdesk.domain.case import Case, CaseStatus, case_from
from riskdesk.domain.case_outcome import OutcomePoint, outcome_from
from riskdesk.domain.ids import CaseId
from riskdesk.domain.problems import Problem
from riskdesk.domain.refusals import UserInputError
from riskdesk.domain.use_cases import UseCase
from riskdesk.services.service_context import ServiceContext


def close_with_outcome(
    context: ServiceContext,
    case_id: CaseId,
    *,
    closed_on: date,
    reason: str,
    outcome: Mapping[str, Any],
    today: date | None = None,
    case_version: int | None = None,
) -> Case:
    """Close the case on ``closed_on`` for ``reason`` and record ``outcome`` (the fields
    of :class:`~riskdesk.domain.case_outcome.CaseOutcome`) at closing. Raises
    :class:`UserInputError` with the problems of both: the case's under ``case.`` (a
    missing reason, a date before opening), the outcome's under ``outcome.`` (a charge
    date outside the case, …). ``case_version``: the ``row_version`` of the case as the
    closing editor loaded it (None: as read here)."""
    today = today or date.today()
    with context.work(UseCase.CASE_CLOSE) as uow:
        before = uow.cases.get(case_id)
        problems: list[Problem] = []
        closed: Case | None = None
        try:
            closed = case_from(
                before.model_dump()
                | {"status": CaseStatus.CLOSED, "closed_on": closed_on, "close_reason": reason}
            )
        except UserInputError as error:
            problems += [p.within("case") for p in error.problems]
        values = {**outcome, "case_id": case_id, "point": OutcomePoint.CLOSING}
        values.setdefault("recorded_on", closed_on)
        try:
            checked = outcome_from(
                values, opened_on=before.opened_on, closed_on=closed_on, today=today
            )
        except UserInputError as error:
            problems += [p.within("outcome") for p in error.problems]
        if problems or closed is None:
            raise UserInputError(problems)
        # An editor's copy older than the case is refused (StaleRecord), not closed over.
        stored = uow.cases.update(closed.model_copy(update={"row_version": case_version}))
        uow.outcomes.save(checked)
        return stored
