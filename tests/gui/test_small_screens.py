"""RiskDesk on a 1024×700 screen and a 1280×800 laptop, in Danish (the longer texts):
every page fits the small screen, scrolling where it must; choices show their whole text;
the meeting agenda takes the room it has."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QLabel

from gui.screen_fit import (
    LAPTOP_SCREEN,
    SMALL_SCREEN,
    combo_cut_texts,
    danish,
    lines_shown,
    rows_with_room,
)
from riskdesk.domain.case import CaseKind
from riskdesk.domain.localized import Language
from riskdesk.gui.main_window import MainWindow
from riskdesk.gui.release.release_meeting_editor_decisions import AREA, RESPONSIBLE
from riskdesk.gui.release.release_meeting_editor_participants import NAME, ORGANISATION, ROLE
from riskdesk.gui.release.release_meeting_editor_tabs import DECISIONS_TAB, MEETING_TAB
from riskdesk.gui.session.settings_dialog import SettingsDialog
from riskdesk.services.settings import Settings

pytestmark = [pytest.mark.gui, pytest.mark.vault]


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


def _show(window: MainWindow, page: object, wait_for_operations) -> None:
    window.navigation.setCurrentRow(window.pages.index(page))  # type: ignore[arg-type]
    wait_for_operations()


def _release_case(window: MainWindow, desk, wait_for_operations) -> None:
    case = next(c for c in desk.cases.search() if c.kind is CaseKind.RELEASE)
    window.case_list.select_case(int(case.case_id))
    wait_for_operations()


def test_every_page_fits_a_1024_by_700_screen(
    qtbot, window: MainWindow, desk, wait_for_operations
) -> None:
    _release_case(window, desk, wait_for_operations)
    for page in window.pages:
        _show(window, page, wait_for_operations)
        window.resize(*SMALL_SCREEN)
        needed = window.minimumSizeHint()
        name = type(page).__name__
        assert needed.width() <= SMALL_SCREEN[0], name
        assert needed.height() <= SMALL_SCREEN[1], name
        assert window.size().toTuple() == SMALL_SCREEN, name


def test_the_release_meeting_s_choices_show_their_whole_text(
    qtbot, window: MainWindow, desk, wait_for_operations
) -> None:
    _release_case(window, desk, wait_for_operations)
    page = window.release_meeting
    _show(window, page, wait_for_operations)
    tabs = page.tabs
    tabs.setCurrentIndex(MEETING_TAB)
    participants = tabs.meeting_tab.participants
    assert participants.table.rowCount() > 0
    table = participants.table
    metrics = table.fontMetrics()
    for row in range(table.rowCount()):
        assert combo_cut_texts(participants.combo(row, ROLE)) == []
        for column in (NAME, ORGANISATION):
            # Names and organisations are read whole, not "Fængselsbe…", "Den Kriminalpræ…".
            text = table.item(row, column).text()
            assert metrics.horizontalAdvance(text) < table.columnWidth(column), text
    tabs.setCurrentIndex(DECISIONS_TAB)
    decisions = tabs.decisions_tab.decisions
    assert decisions.table.rowCount() > 0
    for row in range(decisions.table.rowCount()):
        for column in (RESPONSIBLE, AREA):
            assert combo_cut_texts(decisions.combo(row, column)) == []


@pytest.mark.parametrize(("size", "rows"), [(SMALL_SCREEN, 6), (LAPTOP_SCREEN, 9)])
def test_the_meeting_agenda_takes_the_room(
    qtbot, window: MainWindow, desk, wait_for_operations, size, rows
) -> None:
    window.resize(*size)
    page = window.meetings
    _show(window, page, wait_for_operations)
    meeting = max(desk.meetings.list(), key=lambda m: len(m.items))
    assert len(meeting.items) == 5
    page.select_meeting(meeting.id)
    wait_for_operations()
    agenda = page.agenda_panel.agenda
    assert agenda.topLevelItemCount() == 5
    # The first case chosen, as when the meeting goes through its agenda.
    agenda.setCurrentItem(agenda.topLevelItem(0))
    wait_for_operations()
    row_height = agenda.visualItemRect(agenda.topLevelItem(0)).height()
    assert window.size().toTuple() == size
    assert rows_with_room(agenda, row_height) >= rows


@pytest.mark.parametrize("capture_can_be_blocked", [True, False])
def test_the_settings_dialog_opens_wide_enough_to_read_its_notes(
    qtbot, capture_can_be_blocked: bool
) -> None:
    with danish():
        dialog = SettingsDialog(Settings(), capture_can_be_blocked=capture_can_be_blocked)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert 420 <= dialog.width() <= SMALL_SCREEN[0]
        assert dialog.height() <= SMALL_SCREEN[1]
        notes = [label for label in dialog.findChildren(QLabel) if label.wordWrap()]
        assert len(notes) >= 2
        for note in notes:
            assert lines_shown(note) <= 3, note.text()


def test_the_summary_shows_the_four_domain_chart_without_scrolling_at_1280_by_800(
    qtbot, window: MainWindow, desk, wait_for_operations
) -> None:
    case, record = next(
        (case, record)
        for case in desk.cases.search()
        for record in desk.assessments.for_person(case.person_id)
        if record.is_final
    )
    window.case_list.select_case(int(case.case_id))
    window.show_assessments()
    wait_for_operations()
    wizard = window.assessments.open_assessment(record)
    # Its size on a 1280×800 screen, below a title bar (the tests' screen is smaller).
    wizard.resize(1120, LAPTOP_SCREEN[1] - 32)
    while wizard.flow.can_go_next:
        wizard.next()
    summary = wizard.summary
    qtbot.waitUntil(summary.isVisible)
    viewport = summary._scroll.viewport()
    chart = summary.chart
    top = chart.mapTo(viewport, chart.rect().topLeft())
    bottom = chart.mapTo(viewport, chart.rect().bottomRight())
    assert summary._scroll.verticalScrollBar().value() == 0
    assert viewport.rect().contains(top)
    assert viewport.rect().contains(bottom)
    wizard.reject()


def test_a_minor_s_guardians_are_read_whole_at_1024_by_700(
    qtbot, window: MainWindow, desk, wait_for_operations
) -> None:
    from datetime import date

    from riskdesk.gui.cases.person_case_editor import PersonCaseEditor

    minor = next(
        c
        for c in desk.cases.search()
        if (person := desk.persons.get(c.person_id)).is_minor_at(date.today()) and person.guardians
    )
    window.open_case(int(minor.case_id))
    wait_for_operations()
    (editor,) = [e for e in window.findChildren(PersonCaseEditor) if e.isVisible()]
    editor.resize(*SMALL_SCREEN)
    qtbot.wait(50)
    table = editor.person_fields.guardians_editor.table
    metrics = table.fontMetrics()
    assert table.rowCount() > 0
    for row in range(table.rowCount()):
        for column in range(table.columnCount()):
            item = table.item(row, column)
            text = item.text() if item is not None else ""
            assert metrics.horizontalAdvance(text) < table.columnWidth(column), text
    editor.close()
