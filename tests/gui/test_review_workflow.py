"""Supervisor review through the GUI, with two users on one vault file: the caseworker
submits on the plan page, the supervisor returns the plan from the review page (an empty
comment refused first), the caseworker sees it returned, resolves the comment, edits and
resubmits, the supervisor approves (a wrong password refused first) and the approved
document exports byte for byte. Also: overrides must be confirmed before approving."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QPushButton

from riskdesk.domain.action_plan import ActionPlan, NeedArea, PlanAction, PlanGoal, Responsible
from riskdesk.domain.assessment_scoring import BandOverride
from riskdesk.domain.audit import AuditAction
from riskdesk.domain.case import CaseKind, CaseStatus
from riskdesk.domain.ids import CaseId, PlanId
from riskdesk.domain.localized import Language
from riskdesk.domain.plan_diff import ChangeKind
from riskdesk.domain.plan_review import CommentTarget, ReviewStatus
from riskdesk.gui.main_window import MainWindow
from riskdesk.gui.review.approve_plan_dialog import ApprovePlanDialog
from riskdesk.gui.review.plan_diff_tree import KIND_ROLE
from riskdesk.gui.review.return_plan_dialog import ReturnPlanDialog
from riskdesk.gui.review.review_comments_panel import select_target
from riskdesk.gui.review.review_dialog import ReviewDialog
from riskdesk.gui.widgets.document_export_dialog import DocumentExportDialog
from riskdesk.services.desk import Desk
from riskdesk.services.plan_service import newest_final
from vault_fixtures import PASSWORD

pytestmark = [pytest.mark.gui, pytest.mark.vault]

TODAY = date(2026, 11, 22)
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


def _plan(*goals: PlanGoal, mentor: str = "") -> ActionPlan:
    """A plan complete enough to submit."""
    return ActionPlan(
        made_on=date(2026, 11, 1),
        goals=goals,
        mentor=mentor,
        follow_up_dates=(date(2027, 2, 1),),
    )


@pytest.fixture
def opened(qtbot, demo_path: Path) -> Iterator[dict[str, tuple[Desk, MainWindow]]]:
    """A desk and a main window per demo user, all on the same vault file."""
    sessions: dict[str, tuple[Desk, MainWindow]] = {}
    for username in ("koordinator", "leder"):
        desk = Desk.open(demo_path, username=username, password=PASSWORD)
        window = MainWindow(language=Language.ENGLISH)
        qtbot.addWidget(window)
        window.set_desk(desk, demo_path)
        window.plans.today = window.review.today = TODAY
        window.show()
        sessions[username] = (desk, window)
    yield sessions
    for desk, window in sessions.values():
        window.clear()
        desk.lock()


@pytest.fixture
def case_id(opened) -> CaseId:
    """An open, non-release case of the demo without a plan."""
    desk, _ = opened["koordinator"]
    return next(
        c.case_id
        for c in sorted(desk.cases.search(), key=lambda c: c.case_id)
        if c.status is CaseStatus.OPEN
        and c.kind is not CaseKind.RELEASE
        and desk.plans.current(c.case_id) is None
    )


def _click(button: QPushButton) -> None:
    assert button.isVisible()
    assert button.isEnabled()
    button.click()


def _closed(dialog: QDialog) -> bool:
    """Hidden, or already deleted (it deletes itself on close) while the test waited."""
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def _show_plan(window: MainWindow, case_id: CaseId) -> None:
    window.find_case()
    window.case_list.refresh()
    window.case_list.select_case(int(case_id))
    window.show_plan()


def _show_review_page(window: MainWindow) -> None:
    window.navigation.setCurrentRow(window.pages.index(window.review))


def _open_from(window: MainWindow, plan_id: PlanId) -> ReviewDialog:
    dialog = window.review.open_review(plan_id)
    assert dialog is not None
    return dialog


def _child[T](parent, kind: type[T]) -> T:
    found = parent.findChild(kind)
    assert found is not None
    return found


def _refusals(desk: Desk) -> list[tuple[str, str]]:
    return [
        (e.details["attempt"], e.details["reason"])
        for e in desk.audit.events()
        if e.action is AuditAction.REFUSED
    ]


def test_submit_return_edit_resubmit_approve_export(
    qtbot, opened, case_id: CaseId, tmp_path: Path, wait_for_operations
) -> None:
    worker, worker_window = opened["koordinator"]
    boss, boss_window = opened["leder"]

    # The caseworker writes a plan and submits it from the plan page.
    worker.plans.save(case_id, _plan(SCHOOL))
    _show_plan(worker_window, case_id)
    bar = worker_window.plans.review_bar
    assert "Review: Draft" in bar.status_label.text()
    _click(bar.submit_button)
    wait_for_operations()
    assert "Review: Submitted for review" in bar.status_label.text()
    assert not bar.submit_button.isEnabled()
    plan_id = bar.plan_id
    assert plan_id is not None

    # The supervisor finds it in the queue and returns it; an empty comment is refused.
    _show_review_page(boss_window)
    page = boss_window.review
    queued = [page.queue_model.record(r) for r in range(page.queue_model.rowCount())]
    assert plan_id in [item.plan_id for item in queued]
    assert [q.submitted_at for q in queued] == sorted(q.submitted_at for q in queued)
    review = _open_from(boss_window, plan_id)
    assert "No earlier version was approved" in review.plans.compare_label.text()
    _click(review.return_button)
    returning = _child(review, ReturnPlanDialog)
    _click(returning.return_button)
    wait_for_operations()
    assert returning.isVisible()
    assert "Write a comment" in returning.message_label.text()
    assert boss.review.state(plan_id).status is ReviewStatus.SUBMITTED
    assert _refusals(boss)[-1] == ("return", "comment_needed")
    select_target(returning.target_box, CommentTarget.goal(0))
    qtbot.keyClicks(returning.comment_edit, "Målet skal være mere konkret")
    _click(returning.return_button)
    wait_for_operations()
    assert _closed(returning)
    assert boss.review.state(plan_id).status is ReviewStatus.RETURNED
    assert "Returned" in review.status_label.text()
    assert not review.return_button.isEnabled()
    assert plan_id not in [
        page.queue_model.record(r).plan_id for r in range(page.queue_model.rowCount())
    ]
    review.close()

    # The caseworker sees it returned with the comment, resolves it, edits, resubmits.
    _show_review_page(worker_window)
    mine = worker_window.review
    assert mine.queue_view.isHidden()
    assert mine.open_button.isEnabled()  # the first returned plan is chosen
    (returned,) = [
        mine.returned_model.record(r)
        for r in range(mine.returned_model.rowCount())
        if mine.returned_model.record(r).state.plan_id == plan_id
    ]
    assert [c.text for c in returned.open_comments] == ["Målet skal være mere konkret"]
    comments_dialog = _open_from(worker_window, plan_id)
    assert comments_dialog.approve_button.isHidden()
    assert comments_dialog.return_button.isHidden()
    tree = comments_dialog.comments.tree
    assert tree.topLevelItem(0).text(0) == "Open"
    assert tree.topLevelItem(0).text(1) == "Goal 1: Går i skole hver dag"
    tree.setCurrentItem(tree.topLevelItem(0))
    _click(comments_dialog.comments.resolve_button)
    wait_for_operations()
    assert comments_dialog.comments.tree.topLevelItem(0).text(0) == "Resolved"
    assert "Comments (0 open of 1)" in comments_dialog.comments_heading.text()
    comments_dialog.close()
    edited = SCHOOL.model_copy(update={"text": "Møder i skole alle hverdage"})
    worker.plans.save(case_id, _plan(edited))
    _show_plan(worker_window, case_id)
    assert "Review: Returned" in bar.status_label.text()
    assert "0 open comment(s) of 1" in bar.status_label.text()
    _click(bar.submit_button)
    wait_for_operations()
    assert worker.review.state(plan_id).status is ReviewStatus.SUBMITTED
    mine.refresh()
    assert plan_id not in [
        mine.returned_model.record(r).state.plan_id for r in range(mine.returned_model.rowCount())
    ]

    # The supervisor approves: a wrong password first, then the right one.
    page.refresh()
    review = _open_from(boss_window, plan_id)
    _click(review.approve_button)
    approving = _child(review, ApprovePlanDialog)
    qtbot.keyClicks(approving.password_edit, "not the password")
    _click(approving.approve_button)
    wait_for_operations()
    assert approving.isVisible()
    assert "Wrong password" in approving.message_label.text()
    assert approving.password_edit.text() == ""
    assert boss.review.state(plan_id).status is ReviewStatus.SUBMITTED
    assert boss.review.frozen_document(plan_id) is None
    qtbot.keyClicks(approving.password_edit, PASSWORD)
    _click(approving.approve_button)
    wait_for_operations()
    assert boss.review.state(plan_id).status is ReviewStatus.APPROVED
    assert "Approved" in review.status_label.text()
    assert review.approve_button.isEnabled() is False

    # The approved document exports byte for byte, without a PDF option.
    _click(review.export_button)
    exporting = _child(review, DocumentExportDialog)
    assert exporting.pdf_box.isHidden()
    target = tmp_path / "godkendt.docx"
    exporting.path_edit.setText(str(target))
    _click(exporting.save_button)
    wait_for_operations()
    frozen = boss.review.frozen_document(plan_id)
    assert frozen is not None
    assert target.read_bytes() == frozen.data
    review.close()

    # The caseworker's plan page follows.
    _show_plan(worker_window, case_id)
    assert "Review: Approved" in bar.status_label.text()
    assert not bar.submit_button.isEnabled()


def test_changes_since_the_approved_version_are_marked_in_words(
    qtbot, opened, case_id: CaseId, wait_for_operations
) -> None:
    worker, _ = opened["koordinator"]
    boss, boss_window = opened["leder"]
    worker.plans.save(case_id, _plan(SCHOOL))
    first = worker.review.current_plan_id(case_id)
    assert first is not None
    worker.review.submit(first)
    boss.review.approve(first, PASSWORD, today=TODAY)
    moved = SCHOOL.actions[0].model_copy(
        update={"due": date(2027, 1, 15), "responsible": Responsible.UNIT}
    )
    leisure = PlanGoal(
        need_area=NeedArea.LEISURE,
        text="Har en fast fritidsaktivitet",
        actions=(
            PlanAction(
                what="Prøvetræning",
                responsible=Responsible.MENTOR,
                due=date(2026, 12, 10),
                success_criterion="Træner fast",
            ),
        ),
    )
    worker.plans.save(
        case_id,
        _plan(
            SCHOOL.model_copy(update={"actions": (moved,)}),
            leisure,
            mentor="Mentor Mette Prøve",
        ),
    )
    second = worker.review.current_plan_id(case_id)
    assert second is not None
    worker.review.submit(second)

    review = _open_from(boss_window, second)
    tree = review.plans.diff_tree
    assert review.plans.tabs.tabText(0) == "Last approved (version 1)"
    assert "Compared with the approved version 1" in review.plans.compare_label.text()
    assert "Mentor" in review.plans.compare_label.text()
    school, added = tree.topLevelItem(0), tree.topLevelItem(1)
    assert school.text(0) == "Changed (actions) – School and education: Går i skole hver dag"
    assert school.child(0).text(0) == "Changed: responsible, deadline"
    assert school.child(0).text(3) == "15.01.2027 (was: 01.12.2026)"
    assert school.child(1).text(0) == "Removed"
    assert school.child(1).font(1).strikeOut()
    assert school.child(1).data(0, KIND_ROLE) == ChangeKind.REMOVED.value
    assert added.text(0) == "New – Leisure: Har en fast fritidsaktivitet"
    assert added.child(0).text(0) == "New"

    # Choosing a row points a new comment at it; removed rows point nowhere.
    tree.setCurrentItem(added.child(0))
    assert review.comments.current_target() == CommentTarget.action(1, 0)
    review.comments.text_edit.setPlainText("Hvem følger med?")
    _click(review.comments.add_button)
    wait_for_operations()
    (comment,) = boss.review.comments(second)
    assert comment.target == CommentTarget.action(1, 0)
    assert review.comments.tree.topLevelItem(0).text(1) == "Action 2.1: Prøvetræning"
    review.close()


def _override_band(desk: Desk, case_id: CaseId) -> None:
    """A new final assessment of the case's person with its band overridden."""
    case = desk.cases.get(case_id)
    record = newest_final(desk.assessments.for_person(case.person_id))
    assert record is not None
    assert record.snapshot is not None
    band = "low" if record.snapshot.final_band != "low" else "very_high"
    started = desk.assessments.start(
        person_id=case.person_id, case_id=case_id, assessment_date=TODAY
    )
    desk.assessments.save_draft(
        started.id,
        record.draft.model_copy(
            update={
                "assessment_date": TODAY,
                "band_override": BandOverride(band=band, reason="Ny viden fra skolen"),
            }
        ),
    )
    desk.assessments.finalise(started.id, apply_level_to_case=False)


def test_overrides_must_be_confirmed_before_approving(qtbot, opened) -> None:
    worker, _ = opened["koordinator"]
    boss, boss_window = opened["leder"]
    item = next(q for q in boss.review.queue(today=TODAY) if q.overrides is not None)
    _override_band(worker, item.case_id)

    _show_review_page(boss_window)
    page = boss_window.review
    row = next(
        r
        for r in range(page.queue_model.rowCount())
        if page.queue_model.record(r) == item or page.queue_model.record(r).plan_id == item.plan_id
    )
    marker = page.queue_model.index(row, page.queue_model.columns.OVERRIDES)
    assert page.queue_model.data(marker) == "⚑ Band overridden"
    assert "Ny viden fra skolen" in page.queue_model.data(marker, Qt.ItemDataRole.ToolTipRole)

    review = _open_from(boss_window, item.plan_id)
    assert review.overrides_frame.isVisible()
    assert "Overall risk overridden from" in review.overrides_frame.label.text()
    assert "Ny viden fra skolen" in review.overrides_frame.label.text()
    assert not review.approve_button.isEnabled()
    assert review.approve() is None
    review.overrides_frame.confirm_box.setChecked(True)
    assert review.approve_button.isEnabled()
    review.overrides_frame.confirm_box.setChecked(False)
    assert not review.approve_button.isEnabled()
    review.close()


def test_the_review_models_pass_qt_model_tester(qtmodeltester, opened, case_id) -> None:
    worker, worker_window = opened["koordinator"]
    boss, boss_window = opened["leder"]
    worker.plans.save(case_id, _plan(SCHOOL))
    plan_id = worker.review.current_plan_id(case_id)
    assert plan_id is not None
    worker.review.submit(plan_id)
    boss.review.return_plan(plan_id, "Tilføj en frist")
    boss_window.review.refresh()
    worker_window.review.refresh()
    assert boss_window.review.queue_model.rowCount() > 0
    assert worker_window.review.returned_model.rowCount() > 0
    qtmodeltester.check(boss_window.review.queue_model)
    qtmodeltester.check(worker_window.review.returned_model)
