"""The review rules as pure functions: who may submit, approve and return which version,
and what an edit does to a submitted or approved version."""

from __future__ import annotations

from contextlib import AbstractContextManager
from datetime import UTC, date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from riskdesk.domain.action_plan import ActionPlan, NeedArea, PlanGoal, revise_plan
from riskdesk.domain.ids import CaseId, PlanId
from riskdesk.domain.plan_review import (
    REFUSAL_MESSAGES,
    CommentTarget,
    PlanReviewState,
    RefusalReason,
    ReviewRefused,
    ReviewStatus,
    check_approve,
    check_edit,
    check_return,
    check_submit,
)
from riskdesk.domain.user import Role, User

CASEWORKER = User(username="kim", display_name="Kim", role=Role.CASEWORKER)
SUPERVISOR = User(username="lene", display_name="Lene", role=Role.SUPERVISOR)
ADMIN = User(username="admin", display_name="Admin", role=Role.ADMINISTRATOR)


def _state(
    status: ReviewStatus, *, current: bool = True, created_by: str = "kim"
) -> PlanReviewState:
    return PlanReviewState(
        plan_id=PlanId(7),
        case_id=CaseId(3),
        case_number="2026-0003",
        version=2,
        status=status,
        is_current=current,
        created_by=created_by,
        created_at=datetime(2026, 11, 1, tzinfo=UTC),
        submitted_by="kim" if status is not ReviewStatus.DRAFT else None,
    )


def _refused(reason: RefusalReason) -> AbstractContextManager[pytest.ExceptionInfo[ReviewRefused]]:
    return pytest.raises(ReviewRefused, match=REFUSAL_MESSAGES[reason].en.split(".")[0])


def test_every_refusal_has_a_danish_and_english_message() -> None:
    assert set(REFUSAL_MESSAGES) == set(RefusalReason)
    assert all(m.da and m.en and m.da != m.en for m in REFUSAL_MESSAGES.values())


@pytest.mark.parametrize("status", [ReviewStatus.DRAFT, ReviewStatus.RETURNED])
@pytest.mark.parametrize("user", [CASEWORKER, SUPERVISOR])
def test_a_draft_or_returned_current_version_can_be_submitted(
    status: ReviewStatus, user: User
) -> None:
    check_submit(_state(status), user=user)


@pytest.mark.parametrize(
    ("state", "user", "reason"),
    [
        (_state(ReviewStatus.DRAFT), ADMIN, RefusalReason.MAY_NOT_EDIT),
        (_state(ReviewStatus.SUBMITTED), CASEWORKER, RefusalReason.ALREADY_SUBMITTED),
        (_state(ReviewStatus.APPROVED), CASEWORKER, RefusalReason.ALREADY_APPROVED),
        (_state(ReviewStatus.DRAFT, current=False), CASEWORKER, RefusalReason.SUPERSEDED),
    ],
)
def test_submitting_is_refused(state: PlanReviewState, user: User, reason: RefusalReason) -> None:
    with pytest.raises(ReviewRefused) as refusal:
        check_submit(state, user=user)
    assert refusal.value.reason is reason
    assert refusal.value.plan_id == state.plan_id


def test_a_supervisor_approves_someone_elses_submitted_current_version() -> None:
    check_approve(_state(ReviewStatus.SUBMITTED), reviewer=SUPERVISOR)


@pytest.mark.parametrize(
    ("state", "reviewer", "reason"),
    [
        (_state(ReviewStatus.SUBMITTED), CASEWORKER, RefusalReason.NOT_SUPERVISOR),
        (_state(ReviewStatus.SUBMITTED), ADMIN, RefusalReason.NOT_SUPERVISOR),
        (
            _state(ReviewStatus.SUBMITTED, created_by="lene"),
            SUPERVISOR,
            RefusalReason.OWN_PLAN,
        ),
        (_state(ReviewStatus.APPROVED), SUPERVISOR, RefusalReason.ALREADY_APPROVED),
        (_state(ReviewStatus.APPROVED, current=False), SUPERVISOR, RefusalReason.ALREADY_APPROVED),
        (_state(ReviewStatus.SUBMITTED, current=False), SUPERVISOR, RefusalReason.SUPERSEDED),
        (_state(ReviewStatus.DRAFT), SUPERVISOR, RefusalReason.NOT_SUBMITTED),
        (_state(ReviewStatus.RETURNED), SUPERVISOR, RefusalReason.NOT_SUBMITTED),
    ],
)
def test_approving_is_refused(
    state: PlanReviewState, reviewer: User, reason: RefusalReason
) -> None:
    with _refused(reason) as refusal:
        check_approve(state, reviewer=reviewer)
    assert refusal.value.reason is reason


def test_the_submitter_counts_as_an_author() -> None:
    state = _state(ReviewStatus.SUBMITTED).model_copy(update={"submitted_by": "lene"})
    assert state.authors == {"kim", "lene"}
    assert state.author == "lene"
    with _refused(RefusalReason.OWN_PLAN):
        check_approve(state, reviewer=SUPERVISOR)


@given(st.text(alphabet=" \t\n\r", max_size=10))
def test_returning_needs_a_comment_with_words(blank: str) -> None:
    with _refused(RefusalReason.COMMENT_NEEDED):
        check_return(_state(ReviewStatus.SUBMITTED), reviewer=SUPERVISOR, comment=blank)


def test_returning_is_for_supervisors_only() -> None:
    check_return(_state(ReviewStatus.SUBMITTED), reviewer=SUPERVISOR, comment="Ret målet")
    with _refused(RefusalReason.NOT_SUPERVISOR):
        check_return(_state(ReviewStatus.SUBMITTED), reviewer=CASEWORKER, comment="Ret målet")


def test_a_submitted_version_cannot_be_edited_and_an_approved_one_is_revised_as_new() -> None:
    with _refused(RefusalReason.UNDER_REVIEW):
        check_edit(_state(ReviewStatus.SUBMITTED))
    assert check_edit(_state(ReviewStatus.APPROVED)) is True
    assert check_edit(_state(ReviewStatus.RETURNED)) is False
    assert check_edit(_state(ReviewStatus.DRAFT)) is False

    approved = ActionPlan(made_on=date(2026, 11, 1), version=3)
    edited = approved.model_copy(update={"goals": (PlanGoal(need_area=NeedArea.WORK, text="Job"),)})
    assert revise_plan(approved, edited, approved=True).version == 4
    assert revise_plan(approved, edited).version == 3
    assert revise_plan(approved, approved, approved=True) is approved


@pytest.mark.parametrize(
    "bad",
    [
        {"kind": "goal"},
        {"kind": "action", "goal_index": 0},
        {"kind": "plan", "goal_index": 0},
        {"kind": "goal", "goal_index": -1},
    ],
)
def test_a_comment_target_needs_exactly_its_indexes(bad: dict[str, object]) -> None:
    with pytest.raises(ValueError, match="index"):
        CommentTarget.model_validate(bad)


def test_comment_targets() -> None:
    assert CommentTarget.whole_plan().goal_index is None
    assert CommentTarget.action(1, 2).model_dump(mode="json") == {
        "kind": "action",
        "goal_index": 1,
        "action_index": 2,
    }
