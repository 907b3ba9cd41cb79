"""The "Sletning" page, for supervisors and administrators (the main window hides it from
caseworkers): closed cases the retention rules make due for deletion, those a hold keeps,
and how each rule stands. A supervisor ticks cases and approves; a confirmation says the
deletion cannot be undone except from a backup, and the deletion runs as an operation.

No names are shown: a case number, its kind, caseworker and dates are what a supervisor
needs to approve safely, and the case list opens the case when in doubt. The page reads
what is due when it is shown, not at unlock."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from riskdesk.domain.case import KIND_LABELS, CaseKind
from riskdesk.domain.changes import Changes
from riskdesk.domain.danish_dates import dmy
from riskdesk.domain.localized import Language
from riskdesk.domain.problems import Problem
from riskdesk.domain.retention import (
    DeletionReport,
    RetentionReview,
    hold_reason,
    person_fate,
)
from riskdesk.domain.user import Role, User
from riskdesk.gui.operations import read_now, redraw_on_changes, run_op
from riskdesk.gui.retention.deletion_confirmation import DeletionConfirmation
from riskdesk.gui.widgets.problem_line import ProblemLine

if TYPE_CHECKING:
    from riskdesk.services.desk import Desk

_NUMBER = Qt.ItemDataRole.UserRole


class RetentionPage(QWidget):
    def __init__(self, *, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk: Desk | None = None
        self._language = language
        self.today_is: Callable[[], date] = date.today
        self.shown: RetentionReview | None = None
        self.confirm: Callable[[Sequence[str]], bool] = self._ask

        self.heading = QLabel(self.tr("Deletion"))
        self.heading.setObjectName("heading")
        self.intro = QLabel(
            self.tr(
                "Closed cases whose retention period is over. Nothing is deleted until a "
                "supervisor approves it. The periods are set in retention.yaml."
            )
        )
        self.intro.setObjectName("hint")
        self.intro.setWordWrap(True)
        self.message_label = ProblemLine(language=language)
        self.due_tree = _tree(
            [
                self.tr("Case"),
                self.tr("Kind"),
                self.tr("Caseworker"),
                self.tr("Closed"),
                self.tr("Due since"),
                self.tr("Rule"),
                self.tr("Person"),
            ]
        )
        self.due_tree.setObjectName("dueTree")
        self.due_tree.setAccessibleName(self.tr("Cases due for deletion"))
        self.due_tree.itemChanged.connect(lambda *_: self._update_button())
        self.held_label = QLabel(self.tr("Held"))
        self.held_tree = _tree([self.tr("Case"), self.tr("Closed"), self.tr("Held because")])
        self.held_tree.setObjectName("heldTree")
        self.held_tree.setAccessibleName(self.tr("Cases held"))
        self.rules_label = QLabel()
        self.rules_label.setObjectName("hint")
        self.rules_label.setWordWrap(True)
        self.rules_label.setTextFormat(Qt.TextFormat.PlainText)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        self.delete_button = QPushButton(self.tr("&Delete the ticked cases…"))
        self.delete_button.setObjectName("deleteButton")
        self.delete_button.clicked.connect(self.delete_ticked)
        # Shown only once a supervisor's desk is set: a page never given a desk (it is
        # not offered to the role) offers no deletion either.
        self.delete_button.hide()

        buttons = QHBoxLayout()
        buttons.addWidget(self.result_label, 1)
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.message_label)
        layout.addWidget(self.due_tree, 3)
        layout.addWidget(self.held_label)
        layout.addWidget(self.held_tree, 1)
        layout.addWidget(self.rules_label)
        layout.addLayout(buttons)
        self._update_button()
        redraw_on_changes(self, self._redraw)

    # ----- the page protocol --------------------------------------------------------

    def title(self) -> str:
        return self.tr("Deletion")

    @staticmethod
    def offered_to(user: User) -> bool:
        return user.role in (Role.SUPERVISOR, Role.ADMINISTRATOR)

    def set_desk(self, desk: Desk) -> None:
        self._desk = desk
        self.delete_button.setVisible(desk.user.role is Role.SUPERVISOR)
        if self.isVisible():
            self.refresh()

    def clear(self) -> None:
        self._desk = None
        self.shown = None
        self.due_tree.clear()
        self.held_tree.clear()
        self.rules_label.clear()
        self.result_label.clear()
        self.message_label.clear()
        self._update_button()

    def show_problems(self, problems: Sequence[Problem]) -> None:
        self.message_label.show_problems(problems)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    # ----- showing ------------------------------------------------------------------

    def refresh(self) -> None:
        desk = self._desk
        if desk is None or not self.offered_to(desk.user):
            return
        day = self.today_is()
        review = read_now(self, lambda: desk.retention.review(today=day))
        if review is None:
            return
        self.message_label.clear()
        self.shown = review
        self._fill(review)

    def _redraw(self, changes: Changes, _initiator: object) -> None:
        if self._desk is not None and self.isVisible() and (changes.cases or changes.meetings):
            self.refresh()

    def _fill(self, review: RetentionReview) -> None:
        lang = self._language
        labels = {status.rule.id: status.rule.label.text(lang) for status in review.rules}
        self.result_label.clear()
        self.due_tree.blockSignals(True)
        self.due_tree.clear()
        for due in review.due:
            case = due.case
            item = QTreeWidgetItem(
                [
                    case.case_number,
                    _kind(case.kind, lang),
                    case.caseworker,
                    dmy(due.closed_on),
                    dmy(due.due_since),
                    labels.get(due.rule_id, due.rule_id),
                    person_fate(due).text(lang),
                ]
            )
            item.setData(0, _NUMBER, case.case_number)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Unchecked)
            self.due_tree.addTopLevelItem(item)
        self.due_tree.blockSignals(False)
        self.held_tree.clear()
        for held in review.held:
            assert held.case.closed_on is not None
            self.held_tree.addTopLevelItem(
                QTreeWidgetItem(
                    [held.case.case_number, dmy(held.case.closed_on), hold_reason(held).text(lang)]
                )
            )
        self.held_label.setVisible(bool(review.held))
        self.held_tree.setVisible(bool(review.held))
        self.rules_label.setText(
            "\n".join(
                f"{s.rule.label.text(lang)} ({s.rule.period.text().text(lang)}): "
                f"{s.note.text(lang)}"
                for s in review.rules
            )
        )
        if not review.due:
            self.result_label.setText(
                self.tr("Nothing is due for deletion, %1.").replace("%1", dmy(review.on))
            )
        self._update_button()

    def ticked(self) -> list[str]:
        """The case numbers ticked for deletion, in the list's order."""
        tree = self.due_tree
        items = [tree.topLevelItem(row) for row in range(tree.topLevelItemCount())]
        return [
            str(item.data(0, _NUMBER))
            for item in items
            if item is not None and item.checkState(0) == Qt.CheckState.Checked
        ]

    def _update_button(self) -> None:
        self.delete_button.setEnabled(bool(self.ticked()))

    # ----- deleting -----------------------------------------------------------------

    def delete_ticked(self) -> None:
        desk, numbers = self._desk, self.ticked()
        if desk is None or not numbers or not self.confirm(numbers):
            return
        day = self.today_is()
        run_op(
            self,
            lambda: desk.retention.delete(numbers, today=day),
            self._deleted,
            label=self.tr("Deleting and compacting the vault…"),
        )

    def _ask(self, numbers: Sequence[str]) -> bool:
        box = DeletionConfirmation(numbers, parent=self)
        box.exec()
        return box.confirmed()

    def _deleted(self, report: DeletionReport) -> None:
        text = (
            self.tr("Deleted %1 case(s) and %2 person(s).")
            .replace("%1", str(len(report.case_numbers)))
            .replace("%2", str(report.persons_deleted))
        )
        if not report.compacted:
            text += " " + self.tr(
                "Another user has the vault open: the deleted data leaves the file when "
                "it is closed."
            )
        self.result_label.setText(text)


def _tree(headers: list[str]) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setHeaderLabels(headers)
    tree.setRootIsDecorated(False)
    tree.setAlternatingRowColors(True)
    tree.setUniformRowHeights(True)
    tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    tree.header().setStretchLastSection(True)
    return tree


def _kind(value: str, language: Language) -> str:
    try:
        return KIND_LABELS[CaseKind(value)].text(language)
    except ValueError:
        return value
