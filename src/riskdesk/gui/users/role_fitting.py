"""What the main window offers for the role of the user logged in: File → Users… to an
administrator only, and the ways into casework (a new person and case, a new assessment,
creating or editing a plan) to everyone else, since an administrator does none. The
services refuse both anyway; this spares the user a refusal."""

from __future__ import annotations

from typing import TYPE_CHECKING

from riskdesk.domain.user import User

if TYPE_CHECKING:
    from riskdesk.gui.main_window import MainWindow


def fit_to_role(window: MainWindow, user: User) -> None:
    _offer(window.users_action, user.may_administer)
    for action in (window.new_action, window.new_assessment_action, window.edit_plan_action):
        _offer(action, user.does_casework)
    for button in (window.case_list.new_button, window.assessments.new_button):
        button.setVisible(user.does_casework)


def _offer(action, offered: bool) -> None:  # type: ignore[no-untyped-def]
    # Hidden and disabled: a hidden action's shortcut must not reach it either.
    action.setVisible(offered)
    action.setEnabled(offered)
