"""The "Sletning" page in a real offscreen window: shown to supervisors and
administrators only, a case deleted only after the confirmation says it cannot be
undone except from a backup, the deletion run as an operation."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from retention_story import ON, Story, rows_of_case

from riskdesk.domain.localized import Language
from riskdesk.gui import operations
from riskdesk.gui.main_window import MainWindow
from riskdesk.gui.retention.deletion_confirmation import DeletionConfirmation
from riskdesk.gui.retention.retention_page import RetentionPage
from riskdesk.services.desk import Desk
from vault_fixtures import PASSWORD

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    shown = MainWindow(language=Language.ENGLISH)
    qtbot.addWidget(shown)
    yield shown
    operations.wait_until_idle(30_000)
    shown.clear()


def _page(window: MainWindow) -> RetentionPage:
    return next(page for page in window.pages if isinstance(page, RetentionPage))


def _row(window: MainWindow) -> int:
    return window.pages.index(_page(window))


@pytest.mark.parametrize(
    ("user", "shown"), [("koordinator", False), ("leder", True), ("admin", True)]
)
def test_the_page_is_in_the_navigation_for_supervisors_and_administrators(
    window: MainWindow, demo_path: Path, user: str, shown: bool
) -> None:
    with Desk.open(demo_path, username=user, password=PASSWORD) as desk:
        window.set_desk(desk, demo_path)
        assert window.navigation.item(_row(window)).isHidden() is not shown
        assert _page(window).delete_button.isVisibleTo(_page(window)) is (user == "leder")
        operations.wait_until_idle(30_000)  # what the other pages read on unlock
        window.clear()


def test_a_supervisor_ticks_confirms_and_the_cases_are_deleted(
    window: MainWindow, story: Story, qtbot
) -> None:  # type: ignore[no-untyped-def]
    page = _page(window)
    page.today_is = lambda: ON
    asked: list[Sequence[str]] = []
    answer = [False]

    def confirm(numbers: Sequence[str]) -> bool:
        asked.append(list(numbers))
        return answer[0]

    page.confirm = confirm
    with Desk.open(story.path, username="leder", password=PASSWORD) as desk:
        window.set_desk(desk, story.path)
        window.show()
        window.navigation.setCurrentRow(_row(window))
        tree = page.due_tree
        numbers = [tree.topLevelItem(r).text(0) for r in range(tree.topLevelItemCount())]
        target = story.deleted[0]
        assert target.case_number in numbers
        assert not page.delete_button.isEnabled()
        item = tree.topLevelItem(numbers.index(target.case_number))
        assert target.name not in " ".join(item.text(c) for c in range(tree.columnCount()))
        assert item.text(6) == "deleted with the case"
        item.setCheckState(0, Qt.CheckState.Checked)
        assert page.delete_button.isEnabled()

        qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)  # and cancel
        operations.wait_until_idle(30_000)
        assert asked == [[target.case_number]]
        assert rows_of_case(story.path, target.case_id, target.person_id)["cases"] == 1

        answer[0] = True
        qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "Deleted 1 case" in page.result_label.text(), timeout=30_000)
        remaining = [tree.topLevelItem(r).text(0) for r in range(tree.topLevelItemCount())]
        assert target.case_number not in remaining
        operations.wait_until_idle(30_000)
        window.clear()
    assert set(rows_of_case(story.path, target.case_id, target.person_id).values()) == {0}


def test_the_confirmation_says_it_cannot_be_undone_and_cancel_is_the_default(qtbot) -> None:  # type: ignore[no-untyped-def]
    box = DeletionConfirmation(["2025-0001", "2025-0002"])
    qtbot.addWidget(box)
    assert "2 case(s)" in box.text()
    assert "2025-0001, 2025-0002" in box.informativeText()
    assert "cannot be undone except from a backup" in box.informativeText()
    assert box.defaultButton() is box.cancel_button
    assert box.escapeButton() is box.cancel_button
    assert box.buttonRole(box.delete_button) is QMessageBox.ButtonRole.DestructiveRole
    assert not box.confirmed()
