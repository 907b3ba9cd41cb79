"""The concern register in the main window: the dialog says not to write names and
refuses a note with a CPR number with nothing stored; a saved concern shows in the list by
number, topic and area, filtered by topic; it is put on a youth-coordination agenda,
closed with a chosen reason, and escalated through the new person/case editor, whose save
is the one escalation use case."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QInputDialog

from riskdesk.demo.synthetic_people import synthetic_records
from riskdesk.domain.concern import ConcernStatus
from riskdesk.domain.localized import Language
from riskdesk.domain.meeting import Meeting, MeetingKind
from riskdesk.gui.cases.person_case_editor import PERSON, PersonCaseEditor
from riskdesk.gui.concerns.concern_dialog import ConcernDialog
from riskdesk.gui.concerns.concerns_page import ConcernsPage
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


@pytest.fixture
def page(window) -> ConcernsPage:
    shown = window._page(ConcernsPage)
    window.navigation.setCurrentRow(window.pages.index(shown))
    return shown


def _dialog(qtbot, page: ConcernsPage) -> ConcernDialog:
    page.new_button.click()
    qtbot.waitUntil(lambda: bool(page.window().findChildren(ConcernDialog)))
    (dialog,) = page.window().findChildren(ConcernDialog)
    return dialog


def _choose(box, value: str) -> None:
    box.setCurrentIndex(box.findData(value))


def _answer_next_choice(text: str | None = None) -> None:
    """Pick ``text`` (or the first item) in the next QInputDialog to open."""

    def answer() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QInputDialog))
        if text is not None:
            dialog.setTextValue(text)
        dialog.accept()

    QTimer.singleShot(200, answer)


def test_a_note_with_a_cpr_number_is_refused_in_the_dialog(
    qtbot, page, desk, wait_for_operations
) -> None:
    before = len(desk.concerns.list())
    dialog = _dialog(qtbot, page)
    assert "cannot recognise a name" in dialog.warning.text()
    dialog.note_edit.setPlainText("Pigen har cpr 0102 03 4567")
    dialog.save_button.click()
    wait_for_operations()
    assert dialog.isVisible()
    assert "CPR" in dialog.message_label.text()
    assert "4567" not in dialog.message_label.text()
    assert QApplication.focusWidget() is dialog.note_edit
    assert len(desk.concerns.list()) == before
    dialog.reject()


def test_a_saved_concern_is_listed_and_filtered_by_topic(
    qtbot, page, desk, wait_for_operations
) -> None:
    dialog = _dialog(qtbot, page)
    _choose(dialog.topic_box, "radicalisation")
    _choose(dialog.area_box, "Vest")
    _choose(dialog.age_box, "18-24")
    dialog.note_edit.setPlainText("Deler ekstreme videoer i klassens gruppe.")
    dialog.save_button.click()
    wait_for_operations()
    qtbot.waitUntil(lambda: not page.window().findChildren(ConcernDialog))
    made = desk.concerns.list()[0]
    assert (made.topic, made.area) == ("radicalisation", "Vest")
    current = page.tree.currentItem()
    assert current is not None
    assert [current.text(0), current.text(2), current.text(5)] == [
        made.number,
        "Radicalisation",
        "Vest",
    ]
    _choose(page.topic_box, "radicalisation")
    shown = {page.tree.topLevelItem(i).text(2) for i in range(page.tree.topLevelItemCount())}
    assert shown == {"Radicalisation"}


def test_agenda_close_and_escalate_from_the_page(qtbot, page, desk, wait_for_operations) -> None:
    meeting = desk.meetings.save(
        Meeting(kind=MeetingKind.YOUTH_COORDINATION, held_on=date.today(), area="Syd")
    )
    first = desk.concerns.add(
        noted_on=date.today(),
        topic="violence",
        age_band="15-17",
        sex="m",
        area="Syd",
        source="police",
    )
    second = desk.concerns.add(
        noted_on=date.today(),
        topic="school_absence",
        age_band="12-14",
        sex="f",
        area="Syd",
        source="school",
    )
    page.refresh()

    page.select(first.id)
    _answer_next_choice()
    page.agenda_button.click()
    wait_for_operations()
    assert [c.concern_id for c in desk.concerns.agenda(meeting.id)] == [first.id]

    _answer_next_choice("No grounds for concern")
    page.close_button.click()
    wait_for_operations()
    closed = desk.concerns.get(first.id)
    assert (closed.status, closed.close_reason) == (ConcernStatus.CLOSED, "no_grounds")
    assert not page.escalate_button.isEnabled()

    page.select(second.id)
    assert page.escalate_button.isEnabled()
    page.escalate_button.click()
    (editor,) = page.window().findChildren(PersonCaseEditor)
    someone = synthetic_records(1, seed=515, today=date.today(), caseworkers=("k",))[0].person
    editor.field(PERSON, "name").setText(someone["name"])
    editor.field(PERSON, "cpr").setText(someone["cpr"])
    events_before = len(desk.audit.events())
    with qtbot.waitSignal(editor.finished, timeout=20_000):
        editor.save_button.click()
    wait_for_operations()
    escalated = desk.concerns.get(second.id)
    assert escalated.status is ConcernStatus.ESCALATED
    assert escalated.case_number is not None
    (case,) = [c for c in desk.cases.search() if c.case_number == escalated.case_number]
    assert case.person_name == someone["name"]
    uses = [e.details.get("use_case") for e in desk.audit.events()[events_before:]]
    assert "concern.escalate" in uses
    assert "case.create_with_person" not in uses


def test_the_meetings_page_lists_a_coordination_meetings_concerns_by_number_and_topic(
    qtbot, window, desk, wait_for_operations
) -> None:
    meeting = desk.meetings.save(
        Meeting(kind=MeetingKind.COORDINATION, held_on=date.today(), area="Øst")
    )
    concern = desk.concerns.add(
        noted_on=date.today(),
        topic="substance_use",
        age_band="15-17",
        sex="m",
        area="Øst",
        source="club",
        note="Klubben har set hash i gruppen.",
    )
    meetings_page = window.meetings
    window.navigation.setCurrentRow(window.pages.index(meetings_page))
    meetings_page.refresh()
    wait_for_operations()
    meetings_page.select_meeting(meeting.id)
    line = meetings_page.agenda_panel.concerns
    assert line.isHidden()
    concerns_page = window._page(ConcernsPage)
    concerns_page.refresh()
    concerns_page.select(concern.id)
    _answer_next_choice()
    concerns_page.agenda_button.click()
    wait_for_operations()
    assert not line.isHidden()
    assert f"{concern.number} Substance use" in line.text()
    assert "hash" not in line.text()
