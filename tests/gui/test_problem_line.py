"""A page's problem line: the problems' text in the page's language, one as it is and
several as a list, and no room taken while there is nothing to say."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from riskdesk.domain.localized import Language, LocalizedText
from riskdesk.domain.problems import Problem
from riskdesk.gui.widgets.problem_line import ProblemLine

pytestmark = pytest.mark.gui

NAME = Problem("name", LocalizedText(da="Navn skal udfyldes.", en="The name is required."))
CPR = Problem("cpr", LocalizedText(da="CPR-nummeret er ugyldigt.", en="The CPR number is invalid."))


@pytest.fixture
def line(qtbot) -> Iterator[ProblemLine]:
    page = QWidget()
    qtbot.addWidget(page)
    shown = ProblemLine(language=Language.DANISH, parent=page)
    QVBoxLayout(page).addWidget(shown)
    page.show()
    yield shown
    page.close()


def test_it_is_hidden_until_there_is_a_problem(line: ProblemLine) -> None:
    assert line.isHidden()
    assert line.objectName() == "problem"
    assert line.accessibleName()
    assert line.wordWrap()


def test_one_problem_is_its_text_in_the_line_s_language(line: ProblemLine) -> None:
    line.show_problems([NAME])
    assert line.isVisible()
    assert line.text() == "Navn skal udfyldes."


def test_several_are_a_list(line: ProblemLine) -> None:
    line.show_problems([NAME, CPR])
    assert line.text() == "• Navn skal udfyldes.\n• CPR-nummeret er ugyldigt."


def test_no_problems_or_clear_hide_it(line: ProblemLine) -> None:
    line.show_problems([NAME])
    line.show_problems([])
    assert line.isHidden()
    line.show_texts(["Vælg en sag først."])
    assert line.isVisible()
    line.clear()
    assert line.isHidden()
    assert line.text() == ""


def test_text_is_never_taken_for_markup(line: ProblemLine) -> None:
    line.show_texts(["<b>Anna</b> & co"])
    assert line.textFormat() == Qt.TextFormat.PlainText
    assert line.text() == "<b>Anna</b> & co"
