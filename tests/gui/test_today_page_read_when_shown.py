"""The start page is read at unlock only when it is the page shown; unlocking onto
another page leaves it unread until it is chosen (at 10,000 open cases it takes a
second)."""

from __future__ import annotations

import pytest

from riskdesk.domain.localized import Language
from riskdesk.gui.main_window import MainWindow

pytestmark = [pytest.mark.gui, pytest.mark.vault]


def _window(qtbot) -> MainWindow:
    main = MainWindow(language=Language.ENGLISH)
    qtbot.addWidget(main)
    main.resize(1280, 800)
    return main


def test_unlocked_onto_the_start_page_it_is_read(qtbot, desk, demo_vault) -> None:
    window = _window(qtbot)
    window.navigation.setCurrentRow(window.pages.index(window.today))
    window.set_desk(desk, demo_vault)
    window.show()
    assert window.today.shown is not None
    window.clear()


def test_unlocked_onto_the_case_list_it_waits_until_chosen(qtbot, desk, demo_vault) -> None:
    window = _window(qtbot)
    window.navigation.setCurrentRow(window.pages.index(window.case_list))
    window.set_desk(desk, demo_vault)
    window.show()
    assert window.today.shown is None
    assert window.case_list.model.rowCount() > 0

    window.navigation.setCurrentRow(window.pages.index(window.today))
    assert window.today.shown is not None
    assert window.today.lines()
    window.clear()
