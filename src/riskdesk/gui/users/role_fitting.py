"""What the main window offers for the role of the user logged in: File → Users… to an
administrator only, and the ways into casework (a new person and case, a new assessment,
creating or editing a plan, a new inquiry or concern) to caseworkers and supervisors,
since an administrator does none. A mentor is offered the case list alone (their own
courses' cases), and none of the other pages is given their desk, so none reads for them.
The services refuse all of it anyway; this spares the user a refusal."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMenu

from riskdesk.domain.user import Role, User
from riskdesk.gui.cases.case_list_page import CaseListPage

if TYPE_CHECKING:
    from riskdesk.gui.main_window import MainWindow
    from riskdesk.gui.page import Page


def fit_to_role(window: MainWindow, user: User) -> None:
    _offer(window.users_action, user.may_administer)
    for action in (
        window.new_action,
        window.new_assessment_action,
        window.edit_plan_action,
        window.inquiry_action,
        window.new_concern_action,
    ):
        _offer(action, user.does_casework)
    for button in (window.case_list.new_button, window.assessments.new_button):
        button.setVisible(user.does_casework)
    mentor = user.role is Role.MENTOR
    for action in (
        window.access_insight_action,
        window.show_assessments_action,
        window.show_plan_action,
        window.export_plan_action,
    ):
        _offer(action, not mentor)
    # A menu left with nothing to offer (a mentor's Plans) is not shown empty.
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if isinstance(menu, QMenu):
            menu_action.setVisible(any(a.isVisible() for a in menu.actions()))


def page_offered(page: Page, user: User) -> bool:
    """Whether ``page`` is in the navigation for ``user``: a page with ``offered_to``
    (the Deletion page) says so itself; a mentor has the case list only."""
    if user.role is Role.MENTOR:
        return isinstance(page, CaseListPage)
    offered_to = getattr(page, "offered_to", None)
    return offered_to is None or bool(offered_to(user))


def _offer(action, offered: bool) -> None:  # type: ignore[no-untyped-def]
    # Hidden and disabled: a hidden action's shortcut must not reach it either.
    action.setVisible(offered)
    action.setEnabled(offered)
