"""Supervisor review in the navigation: for a supervisor the queue of submitted plans,
oldest first; for everyone who writes plans their own plans sent back with comments.
Enter (or Open) on a row opens the review dialog.

The page reads only as the window's current page (the main window refreshes it when it
is chosen): at unlock onto another page it reads nothing, and the queue is read once,
by the start page."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from riskdesk.domain.changes import Changes
from riskdesk.domain.ids import PlanId
from riskdesk.domain.localized import Language
from riskdesk.domain.plan_review import may_write_plans
from riskdesk.domain.problems import Problem
from riskdesk.domain.user import Role
from riskdesk.gui.operations import read_now, redraw_on_changes
from riskdesk.gui.review.returned_plan_model import ReturnedPlanModel
from riskdesk.gui.review.review_dialog import ReviewDialog
from riskdesk.gui.review.review_queue_model import ReviewQueueModel
from riskdesk.gui.widgets.problem_line import ProblemLine
from riskdesk.gui.widgets.record_table_model import RecordTableModel

if TYPE_CHECKING:
    from riskdesk.services.desk import Desk


def _table(model: RecordTableModel, name: str) -> QTreeView:  # type: ignore[type-arg]
    view = QTreeView()
    view.setAccessibleName(name)
    view.setModel(model)
    view.setRootIsDecorated(False)
    view.setUniformRowHeights(True)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    header = view.header()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    return view


def _fit_columns(view: QTreeView) -> None:
    """Every column but the last (which takes the rest) as wide as its heading and its
    widest cell: fixed widths cut "Åbne kommentarer" and pushed the last heading out of
    sight on a 1024-pixel screen."""
    for column in range(view.model().columnCount() - 1):
        view.resizeColumnToContents(column)


class ReviewPage(QWidget):
    """Redraws when plans or comments changed, wherever that happened. Hidden, it reads
    nothing (a read is audited): showing it refreshes it."""

    def __init__(self, *, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk: Desk | None = None
        self._names_read = False
        self._language = language
        self.today = date.today()

        self.heading = QLabel(self.tr("Review of action plans"))
        self.heading.setObjectName("heading")
        self.message_label = ProblemLine(language=language)

        self.queue_label = QLabel()
        self.queue_model = ReviewQueueModel(language=language, parent=self)
        self.queue_view = _table(self.queue_model, self.tr("Plans waiting for review"))
        self.queue_view.activated.connect(lambda index: self._open_queue_row(index))
        self.returned_label = QLabel()
        self.returned_model = ReturnedPlanModel(language=language, parent=self)
        self.returned_view = _table(self.returned_model, self.tr("Your returned plans"))
        self.returned_view.activated.connect(lambda index: self._open_returned_row(index))
        for label, view in (
            (self.queue_label, self.queue_view),
            (self.returned_label, self.returned_view),
        ):
            label.setObjectName("sectionHeading")
            font = label.font()
            font.setBold(True)
            label.setFont(font)
            label.setBuddy(view)
            view.selectionModel().currentChanged.connect(
                lambda current, _previous, v=view: self._row_changed(v, current)
            )

        self.open_button = QPushButton(self.tr("&Open review…"))
        self.open_button.setAutoDefault(False)
        self.open_button.setToolTip(self.tr("Open the selected plan for review (Enter)"))
        self.open_button.clicked.connect(self.open_selected)
        self.refresh_button = QPushButton(self.tr("R&efresh"))
        self.refresh_button.setAutoDefault(False)
        self.refresh_button.clicked.connect(self.refresh)
        self.hint_label = QLabel()
        self.hint_label.setObjectName("hint")
        self.hint_label.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.hint_label, 1)
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.open_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.message_label)
        layout.addWidget(self.queue_label)
        layout.addWidget(self.queue_view, 3)
        layout.addWidget(self.returned_label)
        layout.addWidget(self.returned_view, 2)
        layout.addLayout(buttons)
        self._chosen: QTreeView | None = None
        self.clear()
        redraw_on_changes(self, self._redraw)

    def title(self) -> str:
        return self.tr("Review")

    def set_desk(self, desk: Desk) -> None:
        self._desk = desk
        self._names_read = False
        self.queue_model.set_level_name(lambda n: desk.levels.get(n).name.text(self._language))
        if self.isVisibleTo(self.window()):
            self.refresh()

    def _read_names(self, desk: Desk) -> None:
        # Without the list, a user is named by their user name.
        users = read_now(self, desk.users.list)
        self._names_read = users is not None
        names = {user.username: user.display_name for user in users or []}

        def user_name(username: str) -> str:
            return names.get(username, username)

        self.queue_model.set_user_name(user_name)
        self.returned_model.set_user_name(user_name)

    def clear(self) -> None:
        self._desk = None
        self.queue_model.clear()
        self.returned_model.clear()
        self.queue_model.set_level_name(str)
        self.queue_model.set_user_name(str)
        self.returned_model.set_user_name(str)
        self.queue_label.setText(self.tr("Plans waiting for review"))
        self.returned_label.setText(self.tr("Your plans returned with comments"))
        self.hint_label.setText("")
        self.message_label.clear()
        self._chosen = None
        self._update_buttons()

    # ----- showing ------------------------------------------------------------------

    @property
    def is_supervisor(self) -> bool:
        return self._desk is not None and self._desk.user.role is Role.SUPERVISOR

    def _redraw(self, changes: Changes, _initiator: object) -> None:
        if self._desk is not None and self.isVisible() and (changes.plans or changes.comments):
            self.refresh()

    def refresh(self) -> None:
        desk = self._desk
        if desk is None:
            return
        if not self._names_read:
            self._read_names(desk)
        overview = read_now(self, lambda: desk.review.overview(today=self.today))
        if overview is None:
            return
        queue, returned = list(overview.queue), list(overview.returned)
        self.message_label.clear()
        self.queue_model.set_rows(queue)
        self.returned_model.set_rows(returned)
        _fit_columns(self.queue_view)
        _fit_columns(self.returned_view)
        self.queue_label.setText(
            self.tr("Plans waiting for review, oldest first (%1)").replace("%1", str(len(queue)))
        )
        self.returned_label.setText(
            self.tr("Your plans returned with comments (%1)").replace("%1", str(len(returned)))
        )
        for widget in (self.queue_label, self.queue_view):
            widget.setVisible(self.is_supervisor)
        for widget in (self.returned_label, self.returned_view):
            widget.setVisible(may_write_plans(desk.user))
        if self.is_supervisor:
            hint = self.tr(
                "Enter opens a plan: approve it, or return it with a comment. ⚑ marks an "
                "assessment with overridden band or level."
            )
        elif may_write_plans(desk.user):
            hint = self.tr(
                "Enter opens a returned plan with its comments. Edit the plan on the "
                "Action plan page, then submit it again."
            )
        else:
            hint = self.tr("Only supervisors and caseworkers take part in reviews.")
        self.hint_label.setText(hint)
        self._chosen = None
        # The first row is chosen, so Enter or Open works at once from the keyboard.
        for view, model in (
            (self.queue_view, self.queue_model),
            (self.returned_view, self.returned_model),
        ):
            if view.isVisibleTo(self) and model.rowCount() and self._chosen is None:
                view.setCurrentIndex(model.index(0, 0))
        self._update_buttons()

    def _row_changed(self, view: QTreeView, current: QModelIndex) -> None:
        if current.isValid():
            self._chosen = view
        self._update_buttons()

    def selected_plan_id(self) -> PlanId | None:
        view = self._chosen
        if view is None or not view.currentIndex().isValid():
            return None
        row = view.currentIndex().row()
        if view is self.queue_view:
            return self.queue_model.record(row).plan_id
        return self.returned_model.record(row).state.plan_id

    def _update_buttons(self) -> None:
        self.open_button.setEnabled(self.selected_plan_id() is not None)

    # ----- actions ------------------------------------------------------------------

    def _open_queue_row(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_review(self.queue_model.record(index.row()).plan_id)

    def _open_returned_row(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_review(self.returned_model.record(index.row()).state.plan_id)

    def open_selected(self) -> ReviewDialog | None:
        plan_id = self.selected_plan_id()
        return self.open_review(plan_id) if plan_id is not None else None

    def open_review(self, plan_id: PlanId) -> ReviewDialog | None:
        desk = self._desk
        if desk is None:
            return None
        dialog = read_now(
            self,
            lambda: ReviewDialog(
                desk=desk,
                plan_id=plan_id,
                language=self._language,
                today=self.today,
                parent=self.window(),
            ),
        )
        if dialog is None:
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_problems(self, problems: Sequence[Problem]) -> None:
        """A refused read of the lists or of a plan to open (nothing here has fields)."""
        self.message_label.show_problems(problems)
