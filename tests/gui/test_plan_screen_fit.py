"""The plan's screens on a 1024×700 screen and a 1280×800 laptop, in Danish (the longer
texts): the plan editor, the versions and the review dialog open no larger than the
screen, and a responsible party ("Den Kriminalpræventive Enhed") is never cut off, in a
choice or in a column, nor an overdue deadline."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtWidgets import QStyle, QTreeWidget, QTreeWidgetItemIterator, QWidget

from gui.screen_fit import LAPTOP_SCREEN, SMALL_SCREEN, combo_cut_texts, danish
from riskdesk.domain.action_plan import RESPONSIBLE_LABELS, Responsible
from riskdesk.domain.localized import Language
from riskdesk.domain.plan_review import ReviewStatus
from riskdesk.gui.main_window import MainWindow
from riskdesk.gui.plans.plan_view import DUE_COLUMN, RESPONSIBLE_COLUMN
from riskdesk.gui.widgets.screen_fit import TITLE_BAR
from riskdesk.services.desk import Desk
from vault_fixtures import PASSWORD

pytestmark = [pytest.mark.gui, pytest.mark.vault]

LONGEST_PARTY = RESPONSIBLE_LABELS[Responsible.UNIT].da


@pytest.fixture
def window(qtbot, desk, demo_vault, wait_for_operations) -> Iterator[MainWindow]:
    with danish():
        main = MainWindow(language=Language.DANISH)
        qtbot.addWidget(main)
        main.resize(*SMALL_SCREEN)
        main.set_desk(desk, demo_vault)
        main.show()
        wait_for_operations()
        yield main
        main.clear()


def _cut_cells(tree: QTreeWidget, column: int) -> list[str]:
    """The lines of the column's cells wider than the room the column gives a text: its
    width less Qt's text margin on both sides and the style sheet's item padding."""
    style = tree.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, tree) + 1
    room = tree.header().sectionSize(column) - 2 * margin - 4
    metrics = tree.fontMetrics()
    cut: list[str] = []
    iterator = QTreeWidgetItemIterator(tree)
    while (item := iterator.value()) is not None:
        if not item.isFirstColumnSpanned():
            cut += [
                line
                for line in item.text(column).split("\n")
                if metrics.horizontalAdvance(line) > room
            ]
        iterator += 1
    return cut


def _texts(tree: QTreeWidget, column: int) -> list[str]:
    texts: list[str] = []
    iterator = QTreeWidgetItemIterator(tree)
    while (item := iterator.value()) is not None:
        texts.append(item.text(column))
        iterator += 1
    return texts


def _within_the_screen(dialog: QWidget) -> bool:
    area = dialog.screen().availableGeometry()
    return dialog.width() <= area.width() and dialog.height() <= area.height() - TITLE_BAR


def _planned_case(desk, today: date):
    # A plan with an overdue action and one the unit is responsible for (the longest
    # party's name), and goals suggested with an intervention of the unit.
    return next(
        c
        for c in desk.cases.search()
        if (plan := desk.plans.current(c.case_id)) is not None
        and plan.overdue_actions(today)
        and any(a.responsible is Responsible.UNIT for g in plan.goals for a in g.actions)
        and any(
            i.provider is Responsible.UNIT
            for suggestion in desk.plans.suggest_goals(c.case_id)
            for i in suggestion.interventions
        )
    )


def _open_plan_page(window: MainWindow, desk, wait) -> None:
    window.case_list.select_case(int(_planned_case(desk, window.plans.today).case_id))
    window.navigation.setCurrentRow(window.pages.index(window.plans))
    wait()


@pytest.mark.parametrize("size", [SMALL_SCREEN, LAPTOP_SCREEN])
def test_the_plan_page_shows_every_party_and_overdue_deadline_whole(
    qtbot, window: MainWindow, desk, wait_for_operations, size
) -> None:
    window.resize(*size)
    _open_plan_page(window, desk, wait_for_operations)
    tree = window.plans.view.tree
    assert LONGEST_PARTY in _texts(tree, RESPONSIBLE_COLUMN)
    assert _cut_cells(tree, RESPONSIBLE_COLUMN) == []
    overdue = [t for t in _texts(tree, DUE_COLUMN) if "overskredet" in t]
    assert overdue
    assert [t for t in _cut_cells(tree, DUE_COLUMN) if t in overdue] == []


@pytest.mark.parametrize("size", [SMALL_SCREEN, LAPTOP_SCREEN])
def test_the_plan_editor_shows_every_party_whole(
    qtbot, window: MainWindow, desk, wait_for_operations, size
) -> None:
    _open_plan_page(window, desk, wait_for_operations)
    editor = window.plans.edit_plan()
    assert editor is not None
    assert _within_the_screen(editor)
    assert editor.minimumSizeHint().width() <= SMALL_SCREEN[0]
    assert editor.minimumSizeHint().height() <= SMALL_SCREEN[1] - TITLE_BAR
    # Its size on such a screen, below a title bar (the tests' screen is another).
    editor.resize(size[0], size[1] - TITLE_BAR)
    qtbot.waitExposed(editor)

    goals = editor.goals.tree
    assert LONGEST_PARTY in _texts(goals, 1)
    assert _cut_cells(goals, 1) == []
    goals.setCurrentItem(goals.topLevelItem(0).child(0))
    assert combo_cut_texts(editor.goals.forms.responsible_combo) == []
    suggestions = editor.suggestions.tree
    assert LONGEST_PARTY in _texts(suggestions, 1)
    assert _cut_cells(suggestions, 1) == []

    editor.tabs.setCurrentWidget(editor.sharing)
    partners = editor.sharing.partners.table
    assert partners.rowCount() > 0
    for row in range(partners.rowCount()):
        combo = partners.cellWidget(row, 0)
        assert LONGEST_PARTY in [combo.itemText(i) for i in range(combo.count())]
        assert combo_cut_texts(combo) == []
    # A partner added in the editor as well.
    row = editor.sharing.partners.add_partner()
    assert combo_cut_texts(partners.cellWidget(row, 0)) == []
    editor.reject()


@pytest.mark.parametrize("size", [SMALL_SCREEN, LAPTOP_SCREEN])
def test_the_review_dialog_shows_every_party_whole(
    qtbot, window: MainWindow, desk, wait_for_operations, size
) -> None:
    # A version after the approved one: the dialog shows what changed.
    case_id, plan = next(
        (c.case_id, desk.plans.current(c.case_id))
        for c in desk.cases.search()
        if (plan_id := desk.review.current_plan_id(c.case_id)) is not None
        and desk.review.state(plan_id).status is ReviewStatus.APPROVED
    )
    goal = plan.goals[0]
    moved = goal.actions[0].model_copy(update={"responsible": Responsible.UNIT})
    changed = goal.model_copy(update={"actions": (moved, *goal.actions[1:])})
    desk.plans.save(case_id, plan.model_copy(update={"goals": (changed, *plan.goals[1:])}))
    plan_id = desk.review.current_plan_id(case_id)
    assert plan_id is not None

    dialog = window.review.open_review(plan_id)
    assert dialog is not None
    assert _within_the_screen(dialog)
    dialog.resize(size[0], size[1] - TITLE_BAR)
    qtbot.waitExposed(dialog)
    diff = dialog.plans.diff_tree
    parties = [t for t in _texts(diff, 2) if t in {LONGEST_PARTY, *_other_parties()}]
    assert LONGEST_PARTY in parties
    assert [t for t in _cut_cells(diff, 2) if t in parties] == []
    dialog.reject()
    wait_for_operations()


def _other_parties() -> set[str]:
    return {label.da for label in RESPONSIBLE_LABELS.values()}


def test_the_versions_dialog_opens_within_the_screen(
    qtbot, window: MainWindow, desk, wait_for_operations
) -> None:
    _open_plan_page(window, desk, wait_for_operations)
    dialog = window.plans.show_versions()
    assert dialog is not None
    assert _within_the_screen(dialog)
    dialog.reject()


@pytest.mark.parametrize("size", [SMALL_SCREEN, LAPTOP_SCREEN])
def test_the_review_page_shows_every_heading_whole(
    qtbot, demo_vault, wait_for_operations, size
) -> None:
    supervisor = Desk.open(demo_vault, username="leder", password=PASSWORD)
    with danish():
        window = MainWindow(language=Language.DANISH)
        qtbot.addWidget(window)
        window.resize(*size)
        window.set_desk(supervisor, demo_vault)
        window.show()
        window.navigation.setCurrentRow(window.pages.index(window.review))
        wait_for_operations()
        views = (window.review.queue_view, window.review.returned_view)
        assert window.review.queue_model.rowCount() > 0
        for view in views:
            header = view.header()
            last = header.count() - 1
            for column in range(header.count()):
                assert header.sectionSize(column) >= header.sectionSizeHint(column), column
            # The last heading is in sight, not behind a sideways scroll.
            assert header.sectionPosition(last) + header.sectionSizeHint(last) <= (
                view.viewport().width()
            )
        window.clear()
    supervisor.lock()
