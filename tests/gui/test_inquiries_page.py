"""Inquiries in the main window: Ctrl+Shift+H from any page opens the quick entry, which is
done by keyboard alone in a handful of keys; a note with a CPR number is refused in the
dialog with nothing stored; the Inquiries page filters by type and source; "Create as
case" links the inquiry to the case the editor saved, "Create as concern" opens the
concern dialog prefilled and links the concern it saves."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from riskdesk.demo.synthetic_people import synthetic_records
from riskdesk.domain.inquiry import InquiryKind, InquirySource
from riskdesk.domain.localized import Language
from riskdesk.gui.cases.person_case_editor import PersonCaseEditor
from riskdesk.gui.concerns.concern_dialog import ConcernDialog
from riskdesk.gui.inquiries.inquiries_page import InquiriesPage
from riskdesk.gui.inquiries.inquiry_dialog import InquiryDialog
from riskdesk.gui.main_window import MainWindow
from window_activation import activate

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, desk, demo_vault):
    main = MainWindow(language=Language.ENGLISH)
    qtbot.addWidget(main)
    main.set_desk(desk, demo_vault)
    activate(qtbot, main)
    yield main
    main.clear()


def _open_dialog(qtbot, window: MainWindow) -> InquiryDialog:
    qtbot.keyClick(
        window,
        Qt.Key.Key_H,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: bool(window.findChildren(InquiryDialog)))
    (dialog,) = window.findChildren(InquiryDialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.kind_box)
    return dialog


def test_ctrl_shift_h_from_another_page_and_seven_keys_register_an_inquiry(
    qtbot, window, desk, wait_for_operations
) -> None:
    window.navigation.setCurrentRow(1)  # the case list, not the inquiries page
    before = {i.id for i in desk.inquiries.list()}
    _open_dialog(qtbot, window)
    qtbot.keyClicks(QApplication.focusWidget(), "R")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "Pol")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    wait_for_operations()

    (made,) = [i for i in desk.inquiries.list() if i.id not in before]
    assert (made.kind, made.source) == (InquiryKind.RELEASE, InquirySource.POLICE)
    assert made.received_on == date.today()
    assert made.received_by == "koordinator"
    assert made.case_id is None


def test_a_note_with_a_cpr_number_is_refused_in_the_dialog(
    qtbot, window, desk, wait_for_operations
) -> None:
    before = len(desk.inquiries.list())
    dialog = _open_dialog(qtbot, window)
    dialog.note_edit.setPlainText("Drengen har cpr 010203-4567")
    dialog.save_button.click()
    wait_for_operations()
    assert dialog.isVisible()
    assert "CPR" in dialog.message_label.text()
    assert "010203" not in dialog.message_label.text()
    assert QApplication.focusWidget() is dialog.note_edit
    assert len(desk.inquiries.list()) == before
    dialog.reject()


def test_the_page_filters_by_type_and_source(qtbot, window, desk) -> None:
    page = window._page(InquiriesPage)
    window.navigation.setCurrentRow(window.pages.index(page))
    page.from_edit.setDate(page.from_edit.minimumDate())
    everything = page.tree.topLevelItemCount()
    assert everything == len(desk.inquiries.list(end=date.today()))
    page.kind_box.setCurrentIndex(page.kind_box.findData(InquiryKind.ADVICE.value))
    page.source_box.setCurrentIndex(page.source_box.findData(InquirySource.SCHOOL.value))
    expected = desk.inquiries.list(end=date.today(), kind="advice", source="school")
    assert 0 < page.tree.topLevelItemCount() == len(expected) < everything
    texts = {page.tree.topLevelItem(i).text(2) for i in range(page.tree.topLevelItemCount())}
    assert texts == {"School"}


def test_create_as_case_links_the_inquiry_to_the_saved_case(
    qtbot, window, desk, wait_for_operations
) -> None:
    page = window._page(InquiriesPage)
    made = desk.inquiries.add(received_on=date.today(), kind="case", source="school")
    page.refresh()
    page.select(made.id)
    assert page.case_button.isEnabled()
    page.case_button.click()
    (editor,) = window.findChildren(PersonCaseEditor)
    record = synthetic_records(1, seed=77, today=date.today(), caseworkers=("koordinator",))[0]
    _, case = desk.cases.create_person_with_case(person=record.person, case=record.case)
    editor.saved.emit(int(case.id))  # what the editor says when its save has committed
    wait_for_operations()
    (linked,) = [i for i in desk.inquiries.list() if i.id == made.id]
    assert linked.case_id == case.id
    assert linked.case_number == case.case_number
    editor.reject()
    page.refresh()
    page.select(made.id)
    assert not page.case_button.isEnabled()


def test_create_as_concern_opens_the_concern_dialog_prefilled_and_links_it(
    qtbot, window, desk, wait_for_operations
) -> None:
    page = window._page(InquiriesPage)
    # On show, as where its button is clicked: a hidden page reads when next shown.
    window.navigation.setCurrentRow(window.pages.index(page))
    made = desk.inquiries.add(
        received_on=date.today(), kind="other", source="club", note="Uro i klubben."
    )
    page.refresh()
    page.select(made.id)
    assert page.concern_button.isEnabled()
    page.concern_button.click()
    (dialog,) = window.findChildren(ConcernDialog)
    assert dialog.source_box.currentData() == "club"
    assert dialog.note_edit.toPlainText() == "Uro i klubben."
    dialog.save_button.click()
    wait_for_operations()
    (linked,) = [i for i in desk.inquiries.list() if i.id == made.id]
    assert linked.concern_id is not None
    page.select(made.id)
    assert not page.concern_button.isEnabled()
