"""An incomplete plan cannot be submitted, nor approved when it was submitted before the
rule existed: the refusal lists what is missing, nothing is written, and the refused step
is audited. The review dialog's read gives the same checklist."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest

from riskdesk.domain.action_plan import ActionPlan, NeedArea, PlanAction, PlanGoal, Responsible
from riskdesk.domain.audit import AuditAction
from riskdesk.domain.case import CaseKind, CaseStatus
from riskdesk.domain.ids import CaseId, PlanId
from riskdesk.domain.plan_completeness import PlanIncomplete, Requirement
from riskdesk.domain.plan_review import RefusalReason, ReviewRefused, ReviewStatus
from riskdesk.domain.use_cases import UseCase
from riskdesk.services.desk import Desk
from vault_fixtures import PASSWORD

# "Every field 'ikke udfyldt'": one goal whose action has no date and no criterion, and
# no follow-up date.
INCOMPLETE = ActionPlan(
    made_on=date(2026, 11, 1),
    goals=(
        PlanGoal(
            need_area=NeedArea.EDUCATION,
            text="Går i skole",
            actions=(PlanAction(what="Skolemøde", responsible=Responsible.SCHOOL),),
        ),
    ),
)
EXPECTED = [
    "Mål 1, handling 1: ingen frist (sæt en dato, eller skriv hvorfor handlingen ikke har en)",
    "Mål 1: intet succeskriterium (skriv det ved en af målets handlinger)",
    "Opfølgning: ingen opfølgningsdato",
]


@contextmanager
def _as(path: Path | str, username: str) -> Iterator[Desk]:
    with Desk.open(path, username=username, password=PASSWORD) as desk:
        yield desk


@pytest.fixture
def draft(demo_location: Path | str) -> tuple[CaseId, PlanId]:
    """An incomplete plan koordinator saved on a case of the demo without a plan."""
    with _as(demo_location, "koordinator") as desk:
        case_id = next(
            c.case_id
            for c in sorted(desk.cases.search(), key=lambda c: c.case_id)
            if c.status is CaseStatus.OPEN
            and c.kind is not CaseKind.RELEASE
            and desk.plans.current(c.case_id) is None
        )
        desk.plans.save(case_id, INCOMPLETE)
        plan_id = desk.review.current_plan_id(case_id)
        assert plan_id is not None
        return case_id, plan_id


def _events_since(desk: Desk, sequence: int) -> list[tuple[AuditAction, str, str, str]]:
    """Every event after ``sequence`` but the reads of the log itself: its action, use
    case, and the attempt and reason of a refusal."""
    return [
        (
            e.action,
            e.details.get("use_case", ""),
            e.details.get("attempt", ""),
            e.details.get("reason", ""),
        )
        for e in desk.audit.events()
        if e.sequence > sequence and e.details.get("use_case") != UseCase.AUDIT_EVENTS.value
    ]


def _last_sequence(desk: Desk) -> int:
    return max(e.sequence for e in desk.audit.events())


def test_an_incomplete_plan_is_refused_on_submit_listing_what_is_missing(
    demo_location: Path | str, draft: tuple[CaseId, PlanId]
) -> None:
    case_id, plan_id = draft
    with _as(demo_location, "koordinator") as desk:
        before = _last_sequence(desk)
        with pytest.raises(PlanIncomplete) as refused:
            desk.review.submit(plan_id)
        assert refused.value.reason is RefusalReason.INCOMPLETE
        assert [item.message.da for item in refused.value.missing] == EXPECTED
        assert refused.value.text("da").splitlines()[1:] == EXPECTED
        # Nothing written: only the refusal is logged, the plan is still a draft, as saved.
        assert _events_since(desk, before) == [
            (AuditAction.REFUSED, UseCase.REVIEW_SUBMIT.value, "submit", "incomplete")
        ]
        state = desk.review.state(plan_id)
        assert state.status is ReviewStatus.DRAFT
        assert state.submitted_at is None
        stored = desk.review.plan(plan_id).model_copy(update={"row_version": None})
        assert stored == INCOMPLETE.model_copy(update={"case_id": case_id})


def test_completing_the_plan_lets_it_be_submitted(
    demo_location: Path | str, draft: tuple[CaseId, PlanId]
) -> None:
    case_id, plan_id = draft
    goal = INCOMPLETE.goals[0]
    action = goal.actions[0].model_copy(
        update={"no_date_reason": "Når skolen har tid", "success_criterion": "Skema aftalt"}
    )
    complete = INCOMPLETE.model_copy(
        update={
            "goals": (goal.model_copy(update={"actions": (action,)}),),
            "follow_up_dates": (date(2027, 1, 10),),
        }
    )
    with _as(demo_location, "koordinator") as desk:
        desk.plans.save(case_id, complete)
        assert desk.review.submit(plan_id).status is ReviewStatus.SUBMITTED


def test_an_incomplete_plan_submitted_before_the_rule_is_refused_on_approve(
    demo_location: Path | str, draft: tuple[CaseId, PlanId]
) -> None:
    _, plan_id = draft
    # As a vault made before this rule holds it: submitted without the check.
    with (
        _as(demo_location, "koordinator") as desk,
        desk.vault.unit_of_work(UseCase.REVIEW_SUBMIT) as uow,
    ):
        uow.reviews.set_status(plan_id, ReviewStatus.SUBMITTED)
    with _as(demo_location, "leder") as desk:
        view = desk.review.view(plan_id)
        assert not view.completeness.complete
        lines = {line.requirement: line for line in view.completeness.checklist()}
        assert not lines[Requirement.DUE].met
        assert lines[Requirement.RESPONSIBLE].met
        assert [m.message.da for m in view.completeness.missing] == EXPECTED

        before = _last_sequence(desk)
        with pytest.raises(ReviewRefused) as refused:
            desk.review.approve(plan_id, PASSWORD)
        assert isinstance(refused.value, PlanIncomplete)
        assert refused.value.text("en").splitlines()[0] == (
            "The action plan is not ready for approval. It lacks:"
        )
        assert _events_since(desk, before) == [
            (AuditAction.REFUSED, UseCase.REVIEW_APPROVE.value, "approve", "incomplete")
        ]
        state = desk.review.state(plan_id)
        assert state.status is ReviewStatus.SUBMITTED
        assert state.reviewed_by is None
        assert desk.review.frozen_document(plan_id) is None
        # The supervisor can still send it back to be completed.
        returned = desk.review.return_plan(plan_id, "Sæt frister og en opfølgningsdato")
        assert returned.status is ReviewStatus.RETURNED


def test_the_review_read_ticks_every_line_of_a_complete_plan(demo_location: Path | str) -> None:
    with _as(demo_location, "leder") as desk:
        queue = desk.review.queue(today=date(2026, 11, 21))
        assert queue
        view = desk.review.view(queue[0].plan_id)
        assert view.completeness.complete
        assert all(line.met for line in view.completeness.checklist())


def test_a_plan_under_review_cannot_be_marked_shared(demo_location: Path | str) -> None:
    with _as(demo_location, "leder") as desk:
        waiting = desk.review.queue(today=date(2026, 11, 21))[0]
    with _as(demo_location, "koordinator") as desk:
        with pytest.raises(ReviewRefused) as refused:
            desk.plans.mark_shared(waiting.case_id, date(2026, 11, 21))
        assert refused.value.reason is RefusalReason.UNDER_REVIEW
        assert desk.review.plan(waiting.plan_id).shared_on is None
        refusals = [
            (e.details["attempt"], e.details["reason"])
            for e in desk.audit.events()
            if e.action is AuditAction.REFUSED
        ]
        assert refusals[-1] == ("share", "under_review")
