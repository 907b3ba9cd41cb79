"""The meetings page with a meeting open reads its agenda's facts again after a change
only while it is on show: hidden, it reads them once when next shown, not at every
change made elsewhere. Counted with a spy on a real window's desk."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from riskdesk.domain.localized import Language
from riskdesk.domain.meeting import Meeting, MeetingKind
from riskdesk.gui.main_window import MainWindow
from riskdesk.gui.operations import run_op
from riskdesk.services.desk import Desk

pytestmark = pytest.mark.gui


def _counting(desk: Desk) -> list[int]:
    calls: list[int] = []
    real: Callable[..., object] = desk.meetings.agenda

    def agenda(*args: object, **kwargs: object) -> object:
        calls.append(1)
        return real(*args, **kwargs)

    desk.meetings.agenda = agenda  # type: ignore[method-assign]
    return calls


def test_a_hidden_meetings_page_reads_its_agenda_once_when_shown(
    qtbot, desk: Desk, demo_vault: Path, wait_for_operations
) -> None:
    window = MainWindow(language=Language.ENGLISH)
    qtbot.addWidget(window)
    window.navigation.setCurrentRow(window.pages.index(window.meetings))
    window.set_desk(desk, demo_vault)
    window.show()
    qtbot.waitExposed(window)
    wait_for_operations()
    meeting = next(m for m in desk.meetings.list() if m.items)
    assert meeting.id is not None
    window.meetings.select_meeting(meeting.id)
    wait_for_operations()
    window.navigation.setCurrentRow(window.pages.index(window.case_list))
    calls = _counting(desk)

    for _ in range(3):
        run_op(
            window.case_list,
            lambda: desk.meetings.save(Meeting(kind=MeetingKind.SSP, held_on=date.today())),
        )
        wait_for_operations()

    assert calls == []  # hidden: told of each change, it reads nothing
    window.navigation.setCurrentRow(window.pages.index(window.meetings))
    wait_for_operations()
    assert calls == [1]
    editor = window.meetings._editor
    assert editor is not None
    assert editor.meeting_id == meeting.id
    window.clear()
