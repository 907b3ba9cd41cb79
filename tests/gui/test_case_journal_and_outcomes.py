"""The case page's journal and the outcome dialogs in a real window: the one-click
concern talk after the police daily report lands at the top of the journal, a follow-up
is marked done, closing a case records its outcome, and an outcome follow-up on the start
page opens the outcome dialog at its point and leaves the page once recorded. Each
window is also grabbed in Danish at both screen sizes, to be looked at."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate
from screen_fit import LAPTOP_SCREEN, SMALL_SCREEN, danish

from riskdesk.domain.case import CaseStatus
from riskdesk.domain.case_outcome import NewCharge, OutcomePoint
from riskdesk.domain.journal import JournalKind
from riskdesk.domain.localized import Language
from riskdesk.domain.today import Opens
from riskdesk.gui.cases.close_case_dialog import CloseCaseDialog
from riskdesk.gui.cases.journal_entry_dialog import JournalEntryDialog
from riskdesk.gui.cases.outcome_dialog import OutcomeDialog
from riskdesk.gui.cases.person_case_editor import PersonCaseEditor
from riskdesk.gui.main_window import MainWindow
from riskdesk.gui.today.today_navigation import open_line

pytestmark = [pytest.mark.gui, pytest.mark.vault]

SHOTS = "/tmp/riskdesk-team/shots"


@pytest.fixture
def window(qtbot, desk, demo_vault):
    with danish():
        main = MainWindow(language=Language.DANISH)
        qtbot.addWidget(main)
        main.resize(*LAPTOP_SCREEN)
        main.set_desk(desk, demo_vault)
        main.show()
        yield main
        main.clear()


def _new_case(desk, *, opened_on: date | None = None):
    case = {"level": 2, "kind": "individual", "referral_source": "school"}
    if opened_on is not None:
        case["opened_on"] = opened_on
    _, made = desk.cases.create_person_with_case(
        person={"name": "Journal Vinduesen", "birth_date": date(2010, 1, 2)}, case=case
    )
    return made


def _editor(qtbot, window: MainWindow) -> PersonCaseEditor:
    editors = [e for e in window.findChildren(PersonCaseEditor) if e.isVisible()]
    assert len(editors) == 1
    return editors[0]


def _shoot(widget, name: str) -> None:
    for width, height in (LAPTOP_SCREEN, SMALL_SCREEN):
        widget.resize(min(widget.width(), width), min(widget.height(), height))
        widget.grab().save(f"{SHOTS}/journal-{name}-{width}.png")


def test_the_daily_report_concern_talk_is_one_click_and_newest_first(
    qtbot, window, desk, wait_for_operations
) -> None:
    case = _new_case(desk)
    desk.journal.add(
        case_id=case.id,
        happened_on=date.today() - timedelta(days=5),
        kind="phone_call",
        participants=["school"],
        text="Skolen ringede om fravær.",
    )
    window.open_case(int(case.id))
    editor = _editor(qtbot, window)
    panel = editor.journal_panel
    assert panel.isVisible()
    assert [e.kind for e in panel.entries] == [JournalKind.PHONE_CALL]

    panel.daily_report_button.click()
    dialog = panel.findChild(JournalEntryDialog)
    assert dialog.kind_combo.currentData() == JournalKind.CONCERN_TALK.value
    assert dialog.text_edit.toPlainText().startswith("Bekymringssamtale efter døgnrapport")
    assert dialog.follow_up_edit.value() == date.today() + timedelta(days=14)
    _shoot(dialog, "entry-dialog")
    with qtbot.waitSignal(dialog.entry_added):
        dialog.save_button.click()
    wait_for_operations()

    assert [e.kind for e in panel.entries] == [JournalKind.CONCERN_TALK, JournalKind.PHONE_CALL]
    assert panel.tree.topLevelItem(0).text(1) == "Bekymringssamtale med forældre"
    editor.resize(*LAPTOP_SCREEN)
    editor.grab().save(f"{SHOTS}/journal-case-page-1280.png")
    editor.resize(*SMALL_SCREEN)
    editor.grab().save(f"{SHOTS}/journal-case-page-1024.png")
    # The case page with its journal fits a 1024 by 700 screen.
    assert editor.size().toTuple() == SMALL_SCREEN
    assert editor.minimumSizeHint().height() <= SMALL_SCREEN[1]

    panel.tree.setCurrentItem(panel.tree.topLevelItem(0))
    assert panel.done_button.isEnabled()
    panel.done_button.click()
    wait_for_operations()
    assert panel.entries[0].follow_up_done_on == date.today()
    # The window's own words are Danish once the team's translations are merged.
    assert panel.tree.topLevelItem(0).text(4).endswith(("(udført)", "(done)"))


def test_closing_a_case_records_its_outcome(qtbot, window, desk, wait_for_operations) -> None:
    case = _new_case(desk, opened_on=date.today() - timedelta(days=200))
    window.open_case(int(case.id))
    editor = _editor(qtbot, window)
    editor.close_case_button.click()
    dialog = editor.findChild(CloseCaseDialog)
    dialog.reason_edit.setPlainText("Målene er nået.")
    fields = dialog.outcome_fields
    fields.charge_combo.setCurrentIndex(fields.charge_combo.findData("yes"))
    _shoot(dialog, "close-dialog")
    dialog.close_button.click()
    wait_for_operations()
    assert dialog.isVisible()
    assert "datoen for den nye sigtelse" in dialog.message_label.text()
    assert desk.cases.get(case.id).status is CaseStatus.OPEN

    fields.charge_date.set_value(date.today() - timedelta(days=30))
    fields.area_combos["education"].setCurrentIndex(
        fields.area_combos["education"].findData("improved")
    )
    with qtbot.waitSignal(dialog.finished):
        dialog.close_button.click()
    wait_for_operations()
    assert desk.cases.get(case.id).status is CaseStatus.CLOSED
    (closing,) = desk.outcomes.for_case(case_id=case.id).recorded
    assert (closing.point, closing.new_charge) == (OutcomePoint.CLOSING, NewCharge.YES)
    assert "Ved lukning" in editor.journal_panel.outcome_label.toolTip()
    editor.resize(*SMALL_SCREEN)
    editor.grab().save(f"{SHOTS}/journal-closed-case-1024.png")


def test_an_outcome_follow_up_on_the_start_page_opens_its_dialog(
    qtbot, window, desk, wait_for_operations
) -> None:
    case = _new_case(desk, opened_on=date.today() - timedelta(days=500))
    closed_on = date.today() - timedelta(days=190)
    desk.cases.close(case.id, closed_on=closed_on, reason="Flyttet", outcome={})
    window.today.refresh()
    (line,) = [
        line
        for line in window.today.lines()
        if line.case_id == case.id and line.opens is Opens.OUTCOME
    ]
    assert line.outcome_point == "6m"
    assert line.overdue
    window.today.grab().save(f"{SHOTS}/journal-today-1280.png")

    open_line(window, line)
    dialog = window.findChild(OutcomeDialog)
    assert dialog.point() is OutcomePoint.SIX_MONTHS
    assert closed_on.strftime("%d.%m.%Y") in dialog.status_label.text()
    _shoot(dialog, "outcome-dialog")
    dialog.date_edit.setDate(QDate.currentDate())
    combo = dialog.fields.area_combos["job"]
    combo.setCurrentIndex(combo.findData("improved"))
    with qtbot.waitSignal(dialog.recorded):
        dialog.save_button.click()
    wait_for_operations()
    assert [o.point for o in desk.outcomes.for_case(case_id=case.id).recorded] == [
        OutcomePoint.CLOSING,
        OutcomePoint.SIX_MONTHS,
    ]
    window.today.refresh()
    assert not [
        line
        for line in window.today.lines()
        if line.case_id == case.id and line.opens is Opens.OUTCOME
    ]


def test_a_journal_follow_up_on_the_start_page_opens_the_case_at_its_entry(
    qtbot, window, desk, wait_for_operations
) -> None:
    case = _new_case(desk)
    entry = desk.journal.add(
        case_id=case.id,
        happened_on=date.today() - timedelta(days=3),
        kind="home_visit",
        text="Hjemmebesøg.",
        follow_up_on=date.today(),
    )
    window.today.refresh()
    (line,) = [line for line in window.today.lines() if line.entry_id == entry.id]
    open_line(window, line)
    panel = _editor(qtbot, window).journal_panel
    assert panel.selected() == entry
    panel.done_button.click()
    wait_for_operations()
    window.today.refresh()
    assert not [line for line in window.today.lines() if line.entry_id == entry.id]
