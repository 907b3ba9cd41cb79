"""Own-plan approval cannot be bypassed (issue #10, item 7): anyone who wrote any part of
the version under review is one of its authors, and no author may approve it. Before,
only ``created_by`` and ``submitted_by`` counted, so a supervisor who edited a
caseworker's draft could approve it."""

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
from riskdesk.domain.plan_review import RefusalReason, ReviewRefused, ReviewStatus
from riskdesk.domain.release_meeting import ChecklistArea, Decision, ReleaseMeeting
from riskdesk.domain.user import Role
from riskdesk.services.desk import Desk
from vault_fixtures import PASSWORD

SCHOOL = PlanGoal(
    need_area=NeedArea.EDUCATION,
    text="Går i skole hver dag",
    actions=(
        PlanAction(
            what="Skolemøde",
            responsible=Responsible.SCHOOL,
            due=date(2026, 12, 1),
            success_criterion="Skema aftalt",
        ),
    ),
)
# Where a release decision on practical matters goes, so the plan stays complete.
INCOME = PlanGoal(
    need_area=NeedArea.INCOME,
    text="Har penge på kontoen fra første dag",
    actions=(
        PlanAction(
            what="Ansøgning om forsørgelse",
            responsible=Responsible.JOBCENTRE,
            due=date(2026, 11, 25),
            success_criterion="Bevilling modtaget",
        ),
    ),
)
SECOND_SUPERVISOR = "leder2"


@contextmanager
def _as(path: Path | str, username: str) -> Iterator[Desk]:
    with Desk.open(path, username=username, password=PASSWORD) as desk:
        yield desk


def _plan(text: str = "Går i skole hver dag", *more: PlanGoal) -> ActionPlan:
    """A plan complete enough to submit."""
    return ActionPlan(
        made_on=date(2026, 11, 1),
        goals=(SCHOOL.model_copy(update={"text": text}), *more),
        follow_up_dates=(date(2027, 2, 1),),
    )


@pytest.fixture
def vault(demo_location: Path | str) -> Path:
    """The demo vault with a second supervisor, who wrote nothing."""
    with _as(demo_location, "admin") as desk:
        desk.users.add(
            username=SECOND_SUPERVISOR,
            display_name="Lea Leder",
            role=Role.SUPERVISOR,
            password="udleveret-1",
        )
    # At her first login she chooses her own password (the suite's, here).
    Desk.open(
        demo_location, username=SECOND_SUPERVISOR, password="udleveret-1", new_password=PASSWORD
    ).lock()
    return demo_location


@pytest.fixture
def case_id(vault: Path) -> CaseId:
    with _as(vault, "koordinator") as desk:
        return next(
            c.case_id
            for c in sorted(desk.cases.search(), key=lambda c: c.case_id)
            if c.status is CaseStatus.OPEN
            and c.kind is not CaseKind.RELEASE
            and desk.plans.current(c.case_id) is None
        )


def _submit(vault: Path, case_id: CaseId, username: str = "koordinator") -> PlanId:
    with _as(vault, username) as desk:
        plan_id = desk.review.current_plan_id(case_id)
        assert plan_id is not None
        desk.review.submit(plan_id)
        return plan_id


def _refused_own_plan(vault: Path, plan_id: PlanId, supervisor: str = "leder") -> None:
    with _as(vault, supervisor) as desk:
        with pytest.raises(ReviewRefused) as refused:
            desk.review.approve(plan_id, PASSWORD)
        assert refused.value.reason is RefusalReason.OWN_PLAN
        assert desk.review.state(plan_id).status is ReviewStatus.SUBMITTED
        refusals = [
            (e.username, e.details["attempt"], e.details["reason"])
            for e in desk.audit.events()
            if e.action is AuditAction.REFUSED
        ]
        assert refusals[-1] == (supervisor, "approve", "own_plan")


def _approved_by_the_other_supervisor(vault: Path, plan_id: PlanId) -> None:
    with _as(vault, SECOND_SUPERVISOR) as desk:
        assert desk.review.approve(plan_id, PASSWORD).status is ReviewStatus.APPROVED


def test_a_supervisor_who_edited_the_draft_cannot_approve_it(vault: Path, case_id: CaseId) -> None:
    with _as(vault, "koordinator") as desk:
        desk.plans.save(case_id, _plan())
    with _as(vault, "leder") as desk:
        assert desk.plans.save(case_id, _plan("Møder i skole alle hverdage")).version == 1
    plan_id = _submit(vault, case_id)
    with _as(vault, "leder") as desk:
        state = desk.review.state(plan_id)
        assert (state.created_by, state.submitted_by) == ("koordinator", "koordinator")
        assert state.authors == {"koordinator", "leder"}
    _refused_own_plan(vault, plan_id)
    _approved_by_the_other_supervisor(vault, plan_id)


def test_a_supervisor_who_saved_release_decisions_into_the_plan_cannot_approve_it(
    vault: Path, case_id: CaseId
) -> None:
    decision = Decision(
        what="Bestille pas",
        responsible=Responsible.KRIMINALFORSORGEN,
        due=date(2026, 12, 1),
        area=ChecklistArea.PRACTICAL,
    )
    with _as(vault, "koordinator") as desk:
        desk.plans.save(case_id, _plan("Går i skole hver dag", INCOME))
        desk.release_meetings.save(
            case_id, ReleaseMeeting(meeting_on=date(2026, 11, 20), decisions=(decision,))
        )
    with _as(vault, "leder") as desk:
        desk.release_meetings.add_decisions_to_plan(case_id)
    plan_id = _submit(vault, case_id)
    _refused_own_plan(vault, plan_id)


def test_an_earlier_submitter_stays_an_author_after_a_resubmission(
    vault: Path, case_id: CaseId
) -> None:
    with _as(vault, "koordinator") as desk:
        desk.plans.save(case_id, _plan())
    plan_id = _submit(vault, case_id, "leder")
    with _as(vault, SECOND_SUPERVISOR) as desk:
        desk.review.return_plan(plan_id, "Mere konkret, tak")
    _submit(vault, case_id, "koordinator")
    _refused_own_plan(vault, plan_id)


def test_the_authors_of_an_unapproved_version_are_authors_of_its_copy(
    vault: Path, case_id: CaseId
) -> None:
    with _as(vault, "leder") as desk:
        desk.plans.save(case_id, _plan())
        desk.plans.mark_shared(case_id, date(2026, 11, 2))
    with _as(vault, "koordinator") as desk:
        assert desk.plans.save(case_id, _plan("Møder i skole alle hverdage")).version == 2
    plan_id = _submit(vault, case_id)
    _refused_own_plan(vault, plan_id)


def test_handing_a_plan_out_or_reviewing_it_writes_none_of_it(vault: Path, case_id: CaseId) -> None:
    with _as(vault, "koordinator") as desk:
        desk.plans.save(case_id, _plan())
    plan_id = _submit(vault, case_id)
    with _as(vault, "leder") as desk:
        desk.review.return_plan(plan_id, "Mere konkret, tak")
    with _as(vault, "koordinator") as desk:
        desk.plans.save(case_id, _plan("Møder i skole alle hverdage"))
    # Handed out before it is submitted again: a plan under review is not handed out.
    with _as(vault, "leder") as desk:
        desk.plans.mark_shared(case_id, date(2026, 11, 3))
    _submit(vault, case_id)
    with _as(vault, "leder") as desk:
        assert desk.review.state(plan_id).authors == {"koordinator"}
        assert desk.review.approve(plan_id, PASSWORD).status is ReviewStatus.APPROVED
    # Copied from an approved version: its authors' text was reviewed already.
    with _as(vault, "koordinator") as desk:
        desk.plans.save(case_id, _plan("Går i skole og til fodbold"))
        new_id = desk.review.current_plan_id(case_id)
        assert new_id is not None
        assert desk.review.state(new_id).authors == {"koordinator"}
