"""The main window: navigation on the left, the chosen page on the right.

It wires no refreshes: every page redraws itself from the :class:`Changes` that
:func:`riskdesk.gui.operations.hub` broadcasts after each operation (see
:mod:`riskdesk.gui.page`). The window only moves between pages and opens dialogs."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from riskdesk.domain.localized import Language
from riskdesk.domain.problems import Problem
from riskdesk.domain.user import ROLE_LABELS
from riskdesk.gui.access_insight.access_insight_dialog import AccessInsightDialog
from riskdesk.gui.assessment.assessments_page import AssessmentsPage
from riskdesk.gui.backup.backup_actions import after_unlock, take_backup
from riskdesk.gui.cases.case_list_page import CaseListPage
from riskdesk.gui.cases.person_case_editor import PersonCaseEditor
from riskdesk.gui.concerns.concerns_page import ConcernsPage
from riskdesk.gui.help.about_dialog import add_help_menu
from riskdesk.gui.importing.import_dialog import open_import
from riskdesk.gui.inquiries.inquiries_page import InquiriesPage
from riskdesk.gui.live.live_relay import follow_live_changes
from riskdesk.gui.meetings.meetings_page import MeetingsPage
from riskdesk.gui.menu_actions import add_action, report_form_failures
from riskdesk.gui.operations import Operation, read_now
from riskdesk.gui.plans.plan_page import PlanPage
from riskdesk.gui.release.release_meeting_page import ReleaseMeetingPage
from riskdesk.gui.retention.retention_page import RetentionPage
from riskdesk.gui.review.review_page import ReviewPage
from riskdesk.gui.session.change_password_dialog import open_for as open_password_change
from riskdesk.gui.session.integrity_check import IntegrityCheck
from riskdesk.gui.session.vault_place import place_name
from riskdesk.gui.statistics.statistics_page import StatisticsPage
from riskdesk.gui.today.today_navigation import open_line
from riskdesk.gui.today.today_page import TodayPage
from riskdesk.gui.users.role_fitting import fit_to_role, page_offered
from riskdesk.gui.users.users_dialog import UsersDialog
from riskdesk.gui.widgets.page_check_after_paint import PageCheckAfterPaint
from riskdesk.gui.widgets.screen_fit import resize_within_screen
from riskdesk.gui.widgets.vault_banner import VaultBanner

if TYPE_CHECKING:
    from riskdesk.gui.page import CasePage, Page
    from riskdesk.services.desk import Desk

# The navigation, in order. A new page is one line here (see riskdesk.gui.page.Page).
PAGES: tuple[type[Page], ...] = (
    TodayPage,
    CaseListPage,
    AssessmentsPage,
    PlanPage,
    ReleaseMeetingPage,
    ReviewPage,
    MeetingsPage,
    InquiriesPage,
    ConcernsPage,
    StatisticsPage,
    RetentionPage,
)


class MainWindow(QMainWindow):
    """Shows one open desk. :meth:`clear` forgets everything from the vault, closing
    editors and wiping their text, so the window can stay alive while the desk is locked.

    Locking, settings and quitting are the session's business: the window only asks.
    """

    lock_requested = Signal()
    settings_requested = Signal()
    quit_requested = Signal()

    def __init__(self, *, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._desk: Desk | None = None
        self._check: IntegrityCheck | None = None
        self._page_check: PageCheckAfterPaint | None = None
        self.setObjectName("MainWindow")
        self.setWindowTitle("RiskDesk")
        resize_within_screen(self, 1200, 760)

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Navigation"))
        self.navigation.setFixedWidth(180)
        self.stack = QStackedWidget()
        self.pages: list[Page] = []
        for page_class in PAGES:
            page = page_class(language=language, parent=self.stack)
            self.pages.append(page)
            self.stack.addWidget(page)  # type: ignore[arg-type]
            self.navigation.addItem(page.title())
        self.navigation.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.navigation.setCurrentRow(0)

        self.today = self._page(TodayPage)
        self.today.open_requested.connect(lambda line: open_line(self, line))
        self.case_list = self._page(CaseListPage)
        self.case_list.new_requested.connect(self.new_person_and_case)
        self.case_list.open_requested.connect(self.open_case)
        self.assessments = self._page(AssessmentsPage)
        self.plans = self._page(PlanPage)
        self.plans.status_message.connect(lambda text: self.statusBar().showMessage(text, 20000))
        self.release_meeting = self._page(ReleaseMeetingPage)
        self.review = self._page(ReviewPage)
        self.meetings = self._page(MeetingsPage)
        self.meetings.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self._page(StatisticsPage).status_message.connect(
            lambda text: self.statusBar().showMessage(text, 8000)
        )
        self._case_pages: tuple[CasePage, ...] = (
            self.assessments,
            self.plans,
            self.release_meeting,
            self.meetings,
        )
        self.navigation.currentRowChanged.connect(self._page_shown)

        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        self.banner = VaultBanner(central)
        outer.addWidget(self.banner)
        layout = QHBoxLayout()
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        outer.addLayout(layout, 1)
        self.setCentralWidget(central)
        self._build_menus()
        self.statusBar()

    def _page[P](self, page_class: type[P]) -> P:
        return next(page for page in self.pages if isinstance(page, page_class))

    def _build_menus(self) -> None:
        ctrl, shift = Qt.Modifier.CTRL, Qt.Modifier.CTRL | Qt.Modifier.SHIFT
        menu = self.menuBar().addMenu(self.tr("&File"))
        self.settings_action = add_action(menu, self.tr("&Settings…"), self.settings_requested)
        self.lock_action = add_action(
            menu, self.tr("&Lock"), self.lock_requested, ctrl | Qt.Key.Key_L
        )
        self.password_action = add_action(menu, self.tr("Change &password…"), self.change_password)
        self.users_action = add_action(menu, self.tr("&Users…"), self.show_users)
        self.import_action = add_action(
            menu, self.tr("&Import…"), lambda: open_import(self, self._desk)
        )
        self.check_action = add_action(
            menu, self.tr("&Check vault integrity"), self.check_integrity
        )
        self.backup_action = add_action(
            menu, self.tr("&Backup…"), lambda: take_backup(self, self._desk)
        )
        menu.addSeparator()
        self.quit_action = add_action(
            menu, self.tr("&Quit"), self.quit_requested, ctrl | Qt.Key.Key_Q
        )
        for action in (self.settings_action, self.lock_action, self.quit_action):
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)

        menu = self.menuBar().addMenu(self.tr("&Cases"))
        self.new_action = add_action(
            menu, self.tr("&New person and case…"), self.new_person_and_case, ctrl | Qt.Key.Key_N
        )
        self.find_action = add_action(
            menu, self.tr("&Find case"), self.find_case, ctrl | Qt.Key.Key_F
        )
        inquiries = self._page(InquiriesPage)
        inquiries.status_message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.inquiry_action = add_action(
            menu, self.tr("New &inquiry…"), inquiries.new_inquiry, shift | Qt.Key.Key_H
        )
        self.inquiry_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        concerns = self._page(ConcernsPage)
        concerns.status_message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.new_concern_action = add_action(
            menu, self.tr("New &concern (level 1)…"), concerns.new_concern
        )
        self.access_insight_action = add_action(
            menu, self.tr("Access &insight…"), self.show_access_insight
        )
        self.access_insight_action.setToolTip(
            self.tr("Who looked at or changed the selected person's data, and when")
        )

        menu = self.menuBar().addMenu(self.tr("&Assessments"))
        self.new_assessment_action = add_action(
            menu, self.tr("&New assessment…"), self.new_assessment, shift | Qt.Key.Key_A
        )
        self.show_assessments_action = add_action(
            menu,
            self.tr("&Assessments of the selected case"),
            self.show_assessments,
            shift | Qt.Key.Key_S,
        )
        menu = self.menuBar().addMenu(self.tr("&Plans"))
        self.show_plan_action = add_action(
            menu, self.tr("Action &plan of the selected case"), self.show_plan, shift | Qt.Key.Key_P
        )
        self.edit_plan_action = add_action(
            menu, self.tr("&Create or edit the action plan…"), self.edit_plan
        )
        self.export_plan_action = add_action(
            menu, self.tr("E&xport the action plan…"), self.export_plan
        )
        self.about_action = add_help_menu(self, lambda: self._desk)

    # ----- the desk -----------------------------------------------------------------

    @property
    def desk(self) -> Desk | None:
        """The unlocked desk, None while locked (for helpers that open dialogs)."""
        return self._desk

    def set_desk(self, desk: Desk, vault_path: Path | str) -> None:
        self._desk = desk
        user = desk.user
        self.setWindowTitle(
            self.tr("RiskDesk – %1 – %2 (%3)")
            .replace("%1", place_name(vault_path))
            .replace("%2", user.display_name)
            .replace("%3", ROLE_LABELS[user.role].text(self._language))
        )
        offered = [page_offered(page, user) for page in self.pages]
        for page, shown in zip(self.pages, offered, strict=True):
            if shown:
                page.set_desk(desk)
        fit_to_role(self, user)
        for row, shown in enumerate(offered):
            self.navigation.item(row).setHidden(not shown)
        if self.navigation.item(self.navigation.currentRow()).isHidden():
            self.navigation.setCurrentRow(offered.index(True))
        after_unlock(self, desk)
        follow_live_changes(desk)
        self.import_action.setVisible(user.does_casework)
        self.banner.watch(desk.health, self._language)
        if desk.health.pages_pending:  # the file's pages, read once the list is painted
            self._page_check = PageCheckAfterPaint(
                self, desk, then=lambda: self.banner.show_opening_findings(desk)
            )
        self.banner.show_opening_findings(desk)
        self.statusBar().showMessage(self.tr("Unlocked."), 4000)
        # After the window is up: reading the forms folder must not delay unlocking.
        QTimer.singleShot(0, lambda: report_form_failures(self, self._desk))

    def clear(self) -> None:
        """Close every dialog of this window, each wiped first when it can be (editors,
        password fields, the access insight), and empty every page."""
        for dialog in self.findChildren(QDialog):
            wipe = getattr(dialog, "wipe", None)
            if callable(wipe):
                wipe()
            if wipe is not None or dialog.isVisible():
                dialog.reject()
        for page in self.pages:
            page.clear()
        self.banner.clear()
        if self._page_check is not None:
            self._page_check.forget()
            self._page_check = None
        self._desk = None
        self.setWindowTitle("RiskDesk")
        self.statusBar().clearMessage()

    # ----- actions ------------------------------------------------------------------

    def change_password(self) -> None:
        if self._desk is not None:
            open_password_change(self, self._desk, self._language)

    def show_users(self) -> UsersDialog | None:
        """File → Users…, an administrator's (the services refuse anyone else)."""
        desk = self._desk
        if desk is None or not desk.user.may_administer:
            return None
        return self._open_dialog(
            lambda: UsersDialog(desk=desk, language=self._language, parent=self)
        )

    def check_integrity(self) -> None:
        """Start the full check in the background; the result comes in the status bar.

        Not an operation (:func:`run_op`): on a big vault the check takes minutes, and the
        user keeps working meanwhile instead of waiting behind a busy dialog, with every
        save queued behind the check on the one operations thread."""
        if self._desk is None or (self._check is not None and self._check.running):
            return
        self._check = IntegrityCheck(self._desk.check_integrity, parent=self)
        self._check.reported.connect(lambda text: self.statusBar().showMessage(text, 15000))
        self.statusBar().showMessage(self.tr("Checking the vault page by page…"))
        self._check.start()

    def find_case(self) -> None:
        self.navigation.setCurrentRow(self.pages.index(self.case_list))
        self.case_list.focus_search()

    def new_assessment(self) -> None:
        """A new assessment for the person of the case selected in the case list."""
        self.show_assessments()
        if self._desk is not None:
            self.assessments.new_assessment()

    def show_assessments(self) -> None:
        self.navigation.setCurrentRow(self.pages.index(self.assessments))
        self.assessments.focus_list()

    def show_plan(self) -> None:
        self.navigation.setCurrentRow(self.pages.index(self.plans))
        self.plans.view.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def edit_plan(self) -> None:
        self.show_plan()
        if self._desk is not None:
            self.plans.edit_plan()

    def export_plan(self) -> None:
        self.show_plan()
        if self._desk is not None:
            self.plans.export_plan()

    def _page_shown(self, row: int) -> None:
        page = self.pages[row]
        if page is self.review or page is self.today:
            page.refresh()
        for case_page in self._case_pages:
            if case_page is page:
                case_page.show_case(self.case_list.current_case_id())

    def show_access_insight(self) -> Operation | None:
        """The access insight of the person of the case selected in the case list."""
        desk, case = self._desk, self.case_list.current_case()
        if desk is None or case is None:
            self.statusBar().showMessage(self.tr("Select a case in the case list first."), 6000)
            return None
        return AccessInsightDialog.open_for(
            self, desk=desk, language=self._language, person_id=case.person_id
        )

    def new_person_and_case(self) -> None:
        self._open_editor(None)

    def open_case(self, case_id: int) -> None:
        self._open_editor(case_id)

    def _open_editor(self, case_id: int | None) -> None:
        desk = self._desk
        if desk is None:
            return
        editor = self._open_dialog(
            lambda: PersonCaseEditor(
                desk=desk, language=self._language, case_id=case_id, parent=self
            )
        )
        if editor is not None:
            editor.saved.connect(self._case_saved)

    def _open_dialog[D: QDialog](self, make: Callable[[], D]) -> D | None:
        """Open the dialog ``make`` builds; when building it is refused (the record is
        gone, say) the status bar says why instead."""
        dialog = read_now(self, make)
        if dialog is None:
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_problems(self, problems: Sequence[Problem]) -> None:
        """A refusal met by a menu command; the pages and dialogs show their own."""
        text = "\n".join(problem.text(self._language) for problem in problems)
        self.statusBar().showMessage(text, 10000)

    def _case_saved(self, case_id: int) -> None:
        # The case list has redrawn itself from the operation's changes by now.
        self.case_list.select_case(case_id)
        self.statusBar().showMessage(self.tr("Saved."), 4000)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closing the window ends the session; the session decides how (lock, then quit).
        event.ignore()
        self.quit_requested.emit()
