"""Supervisor review through the services: submit → return with a comment → edit →
resubmit → approve, every refusal (state unchanged, refusal audited), comments, the
frozen document and what changed since the last approved version."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest
from docx import Document

from riskdesk.domain.action_plan import ActionPlan, NeedArea, PlanAction, PlanGoal, Responsible
from riskdesk.domain.audit import AuditAction, AuditEntity
from riskdesk.domain.case import CaseKind, CaseStatus
from riskdesk.domain.ids import CaseId, PlanId
from riskdesk.domain.plan_diff import ChangeKind
from riskdesk.domain.plan_review import (
    CommentTarget,
    RefusalReason,
    ReviewRefused,
    ReviewStatus,
)
from riskdesk.domain.refusals import PermissionDenied, UserInputError
from riskdesk.services.desk import Desk
from riskdesk.services.document_export import DocumentKind
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
        PlanAction(
            what="Lektiehjælp", responsible=Responsible.UNIT, no_date_reason="Hele skoleåret"
        ),
    ),
)
LEISURE = PlanGoal(
    need_area=NeedArea.LEISURE,
    text="Har en fast fritidsaktivitet",
    actions=(
        PlanAction(
            what="Prøvetræning i fodbold",
            responsible=Responsible.MENTOR,
            due=date(2026, 12, 15),
            success_criterion="Træner fast",
        ),
    ),
)


def _plan(*goals: PlanGoal) -> ActionPlan:
    """A plan complete enough to submit."""
    return ActionPlan(made_on=date(2026, 11, 1), goals=goals, follow_up_dates=(date(2027, 2, 1),))


@contextmanager
def _as(path: Path | str, username: str) -> Iterator[Desk]:
    with Desk.open(path, username=username, password=PASSWORD) as desk:
        yield desk


@pytest.fixture
def case_id(demo_location: Path | str) -> CaseId:
    """An open, non-release case of the demo without a plan."""
    with _as(demo_location, "koordinator") as desk:
        return next(
            c.case_id
            for c in sorted(desk.cases.search(), key=lambda c: c.case_id)
            if c.status is CaseStatus.OPEN
            and c.kind is not CaseKind.RELEASE
            and desk.plans.current(c.case_id) is None
        )


@pytest.fixture
def submitted(demo_location: Path | str, case_id: CaseId) -> PlanId:
    """A plan koordinator wrote and submitted."""
    with _as(demo_location, "koordinator") as desk:
        desk.plans.save(case_id, _plan(SCHOOL))
        plan_id = desk.review.current_plan_id(case_id)
        assert plan_id is not None
        state = desk.review.submit(plan_id)
    assert state.status is ReviewStatus.SUBMITTED
    assert state.submitted_by == "koordinator"
    return plan_id


def _refusals(desk: Desk) -> list[tuple[str, str]]:
    return [
        (e.details["attempt"], e.details["reason"])
        for e in desk.audit.events()
        if e.action is AuditAction.REFUSED
    ]


def test_submit_return_edit_resubmit_approve(
    demo_location: Path | str, case_id: CaseId, submitted: PlanId
) -> None:
    with _as(demo_location, "leder") as desk:
        queued = [item for item in desk.review.queue() if item.plan_id == submitted]
        assert [(q.case_id, q.author, q.days_waiting) for q in queued] == [
            (case_id, "koordinator", 0)
        ]
        returned = desk.review.return_plan(
            submitted, "Målet skal være mere konkret", target=CommentTarget.goal(0)
        )
        assert returned.status is ReviewStatus.RETURNED
        assert returned.reviewed_by == "leder"
        assert submitted not in [item.plan_id for item in desk.review.queue()]

    with _as(demo_location, "koordinator") as desk:
        (mine,) = [r for r in desk.review.returned() if r.state.plan_id == submitted]
        (comment,) = mine.open_comments
        assert comment.text == "Målet skal være mere konkret"
        assert comment.target == CommentTarget.goal(0)
        assert comment.author == "leder"
        edited = _plan(SCHOOL.model_copy(update={"text": "Møder i skole alle hverdage"}))
        kept = desk.plans.save(case_id, edited)
        assert kept.version == 1  # a returned, unshared version is edited in place
        resolved = desk.review.resolve_comment(comment.id)
        assert not resolved.open
        assert resolved.resolved_by == "koordinator"
        assert desk.review.submit(submitted).status is ReviewStatus.SUBMITTED
        assert all(r.state.plan_id != submitted for r in desk.review.returned())

    with _as(demo_location, "leder") as desk:
        approved = desk.review.approve(submitted, PASSWORD, today=date(2026, 11, 22))
        assert approved.status is ReviewStatus.APPROVED
        assert (approved.reviewed_by, approved.submitted_by) == ("leder", "koordinator")
        document = desk.review.frozen_document(submitted)
        assert document is not None
        assert document.approved_by == "leder"
        assert document.document_sha256 == hashlib.sha256(document.data).hexdigest()
        assert len(document.template_sha256) == len(document.data_sha256) == 64
        plan_events = {e.action for e in desk.audit.events() if e.entity is AuditEntity.PLAN}
        assert {AuditAction.UPDATE, AuditAction.CREATE, AuditAction.READ} <= plan_events


def test_an_approved_version_is_frozen_and_an_edit_starts_a_new_draft(
    demo_location: Path | str, case_id: CaseId, submitted: PlanId, tmp_path: Path
) -> None:
    with _as(demo_location, "leder") as desk:
        desk.review.approve(submitted, PASSWORD)
        first = tmp_path / "first.docx"
        desk.documents.export(DocumentKind.FROZEN_PLAN, submitted, first)
    with _as(demo_location, "koordinator") as desk:
        revised = desk.plans.save(case_id, _plan(SCHOOL, LEISURE))
        assert revised.version == 2
        new_id = desk.review.current_plan_id(case_id)
        assert new_id is not None
        assert new_id != submitted
        assert desk.review.state(new_id).status is ReviewStatus.DRAFT
        assert desk.review.plan(submitted).goals == (SCHOOL,)  # the approved one is kept
        assert not desk.review.state(submitted).is_current
        # Re-exporting the approved version later gives the very same bytes.
        again = tmp_path / "again.docx"
        desk.documents.export(DocumentKind.FROZEN_PLAN, submitted, again)
        assert again.read_bytes() == first.read_bytes()
        text = "\n".join(p.text for p in Document(str(again)).paragraphs)
        assert "Lene Leder" in text
        assert "Har en fast fritidsaktivitet" not in text
        exports = [
            e
            for e in desk.audit.events()
            if e.action is AuditAction.EXPORT and e.entity_id == submitted
        ]
        assert [e.details["files"] for e in exports] == [["first.docx"], ["again.docx"]]
        assert all(e.details["document"] == "frozen_plan" for e in exports)

        diff = desk.review.diff_with_last_approved(new_id)
        assert diff is not None
        assert (diff.before_version, diff.after_version) == (1, 2)
        assert [g.kind for g in diff.goals] == [ChangeKind.UNCHANGED, ChangeKind.ADDED]
        assert desk.review.diff_with_last_approved(submitted) is None


def test_a_submitted_plan_cannot_be_edited(
    demo_location: Path | str, case_id: CaseId, submitted: PlanId
) -> None:
    with _as(demo_location, "koordinator") as desk:
        with pytest.raises(ReviewRefused) as refusal:
            desk.plans.save(case_id, _plan(SCHOOL, LEISURE))
        assert refusal.value.reason is RefusalReason.UNDER_REVIEW
        assert "venter på godkendelse" in refusal.value.text("da")
        assert desk.review.plan(submitted).goals == (SCHOOL,)
        assert ("edit", "under_review") in _refusals(desk)


@pytest.mark.parametrize(
    ("username", "password", "reason"),
    [
        ("leder", "not the password", RefusalReason.WRONG_PASSWORD),
        ("koordinator", PASSWORD, RefusalReason.NOT_SUPERVISOR),
        ("admin", PASSWORD, RefusalReason.NOT_SUPERVISOR),
    ],
)
def test_approval_is_refused_audited_and_changes_nothing(
    demo_location: Path | str,
    submitted: PlanId,
    username: str,
    password: str,
    reason: RefusalReason,
) -> None:
    with _as(demo_location, username) as desk:
        with pytest.raises(ReviewRefused) as refusal:
            desk.review.approve(submitted, password)
        assert refusal.value.reason is reason
        assert desk.review.state(submitted).status is ReviewStatus.SUBMITTED
        assert desk.review.frozen_document(submitted) is None
        assert _refusals(desk)[-1] == ("approve", reason.value)


def test_a_supervisor_cannot_approve_a_plan_they_wrote(
    demo_location: Path | str, case_id: CaseId
) -> None:
    with _as(demo_location, "leder") as desk:
        desk.plans.save(case_id, _plan(SCHOOL))
        plan_id = desk.review.current_plan_id(case_id)
        assert plan_id is not None
        desk.review.submit(plan_id)
        with pytest.raises(ReviewRefused) as refusal:
            desk.review.approve(plan_id, PASSWORD)
        assert refusal.value.reason is RefusalReason.OWN_PLAN
        assert desk.review.state(plan_id).status is ReviewStatus.SUBMITTED
        assert _refusals(desk)[-1] == ("approve", "own_plan")


def test_approving_an_approved_or_superseded_version_is_refused(
    demo_location: Path | str, case_id: CaseId, submitted: PlanId
) -> None:
    with _as(demo_location, "leder") as desk:
        desk.review.approve(submitted, PASSWORD)
        with pytest.raises(ReviewRefused) as again:
            desk.review.approve(submitted, PASSWORD)
        assert again.value.reason is RefusalReason.ALREADY_APPROVED
    with _as(demo_location, "koordinator") as desk:
        desk.plans.save(case_id, _plan(SCHOOL, LEISURE))
        second = desk.review.current_plan_id(case_id)
        assert second is not None
        desk.review.submit(second)
    with _as(demo_location, "leder") as desk:
        desk.review.return_plan(second, "Tilføj en frist")
    with _as(demo_location, "koordinator") as desk:
        # A returned plan that was shared meanwhile is revised as a new version.
        desk.plans.mark_shared(case_id, date(2026, 11, 20))
        desk.plans.save(case_id, _plan(SCHOOL, LEISURE, SCHOOL))
        third = desk.review.current_plan_id(case_id)
        assert third is not None
        assert third != second
    with _as(demo_location, "leder") as desk:
        with pytest.raises(ReviewRefused) as superseded:
            desk.review.approve(second, PASSWORD)
        assert superseded.value.reason is RefusalReason.SUPERSEDED
        assert desk.review.state(second).status is ReviewStatus.RETURNED
        assert _refusals(desk)[-2:] == [
            ("approve", "already_approved"),
            ("approve", "superseded"),
        ]


@pytest.mark.parametrize("comment", ["", "   \n "])
def test_returning_without_a_comment_is_refused(
    demo_location: Path | str, submitted: PlanId, comment: str
) -> None:
    with _as(demo_location, "leder") as desk:
        with pytest.raises(ReviewRefused) as refusal:
            desk.review.return_plan(submitted, comment)
        assert refusal.value.reason is RefusalReason.COMMENT_NEEDED
        assert desk.review.state(submitted).status is ReviewStatus.SUBMITTED
        assert desk.review.comments(submitted) == []
        assert _refusals(desk)[-1] == ("return", "comment_needed")


def test_a_caseworker_cannot_return_or_see_the_queue(
    demo_location: Path | str, submitted: PlanId
) -> None:
    with _as(demo_location, "koordinator") as desk:
        with pytest.raises(ReviewRefused) as refusal:
            desk.review.return_plan(submitted, "Ret den selv")
        assert refusal.value.reason is RefusalReason.NOT_SUPERVISOR
        with pytest.raises(PermissionDenied):
            desk.review.queue()


def test_submitting_twice_is_refused(demo_location: Path | str, submitted: PlanId) -> None:
    with _as(demo_location, "koordinator") as desk:
        with pytest.raises(ReviewRefused) as refusal:
            desk.review.submit(submitted)
        assert refusal.value.reason is RefusalReason.ALREADY_SUBMITTED


def test_comments_on_goals_and_actions_are_checked_and_kept_without_text_in_the_log(
    demo_location: Path | str, submitted: PlanId
) -> None:
    with _as(demo_location, "leder") as desk:
        on_action = desk.review.add_comment(submitted, "Hvem betaler?", CommentTarget.action(0, 1))
        desk.review.add_comment(submitted, "Fint mål")
        with pytest.raises(UserInputError):
            desk.review.add_comment(submitted, "x", CommentTarget.action(0, 5))
        with pytest.raises(UserInputError):
            desk.review.add_comment(submitted, "x", CommentTarget.goal(3))
        with pytest.raises(UserInputError):
            desk.review.add_comment(submitted, "  ")
        comments = desk.review.comments(submitted)
        assert [c.text for c in comments] == ["Hvem betaler?", "Fint mål"]
        assert comments[0] == on_action
        assert on_action.open
        logged = " ".join(str(e.details) for e in desk.audit.events())
        assert "Hvem betaler" not in logged


def test_the_queue_shows_overrides_of_the_underlying_assessment(demo_location: Path | str) -> None:
    with _as(demo_location, "leder") as desk:
        queue = desk.review.queue(today=date(2026, 11, 21))  # the demo's today
        assert queue, "the demo has plans waiting for review"
        # The demo's next SSP meeting is ten days on.
        assert {q.next_meeting for q in queue if q.level < 3} == {date(2026, 12, 1)}
        assert [q.submitted_at for q in queue] == sorted(q.submitted_at for q in queue)
        assert all(q.author == "koordinator" for q in queue)
        assert len({q.days_waiting for q in queue}) > 1
        for item in queue:
            if item.overrides is not None:
                assert item.overrides.level_overridden == (
                    item.overrides.level_override_reason is not None
                )
