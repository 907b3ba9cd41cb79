"""Problems go to the widget of the longest matching path prefix; the rest come back."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit, QTreeView

from riskdesk.domain.localized import LocalizedText
from riskdesk.domain.problems import Problem
from riskdesk.gui.widgets.problem_routing import route_problems

pytestmark = pytest.mark.gui

REQUIRED = LocalizedText(da="Skal udfyldes.", en="Required.")


def _problem(path: str) -> Problem:
    return Problem(path, REQUIRED)


def test_the_longest_matching_prefix_wins_and_order_is_kept(qtbot) -> None:
    name_edit, goals_view, action_edit = QLineEdit(), QTreeView(), QLineEdit()
    problems = [
        _problem("goals.0.actions.1.what"),
        _problem("person.name"),
        _problem("goals.2.title"),
        _problem("goals.0.actions.0.what"),
    ]
    routed = route_problems(
        problems,
        {
            ("person", "name"): name_edit,
            ("goals",): goals_view,
            ("goals", 0, "actions", 1): action_edit,
        },
    )
    assert list(routed.by_target) == [action_edit, name_edit, goals_view]
    assert routed.of(action_edit) == (problems[0],)
    assert routed.of(name_edit) == (problems[1],)
    assert routed.of(goals_view) == (problems[2], problems[3])
    assert routed.unmatched == ()


def test_unmatched_problems_come_back_in_order(qtbot) -> None:
    name_edit = QLineEdit()
    problems = [_problem("case.kind"), _problem("person.name"), _problem("")]
    routed = route_problems(problems, {("person", "name"): name_edit})
    assert routed.unmatched == (problems[0], problems[2])
    assert routed.of(QLineEdit()) == ()


def test_a_route_matches_whole_parts_only() -> None:
    routed = route_problems([_problem("person.name_at_birth")], {("person", "name"): "name"})
    assert routed.unmatched == (_problem("person.name_at_birth"),)


def test_dotted_routes_and_positions_are_parsed() -> None:
    problems = [_problem("guardians.1.phone"), _problem("guardians.10.phone")]
    routed = route_problems(problems, {"guardians.1": "second", ("guardians",): "list"})
    assert routed.of("second") == (problems[0],)
    assert routed.of("list") == (problems[1],)


def test_the_empty_prefix_takes_whatever_is_left() -> None:
    problems = [_problem(""), _problem("legal_basis"), _problem("goals.0.title")]
    routed = route_problems(problems, {(): "message", ("goals",): "goals"})
    assert routed.of("message") == (problems[0], problems[1])
    assert routed.of("goals") == (problems[2],)
    assert routed.unmatched == ()
