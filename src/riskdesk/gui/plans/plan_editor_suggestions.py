"""Goals suggested from the newest final assessment, highest need first, each with the
catalogue's interventions; one click adds the goal with those interventions as actions."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from riskdesk.domain.action_plan import NEED_AREA_LABELS, RESPONSIBLE_LABELS
from riskdesk.domain.instrument import RATING_LABELS
from riskdesk.domain.intervention_catalogue import GoalSuggestion
from riskdesk.domain.localized import Language
from riskdesk.domain.problems import Problem
from riskdesk.gui.plans.plan_column_widths import responsible_width

_SUGGESTION = Qt.ItemDataRole.UserRole
_DETAIL = Qt.ItemDataRole.UserRole + 1


class SuggestionsPanel(QWidget):
    """Lists suggestions; :attr:`goal_chosen` carries the chosen :class:`GoalSuggestion`
    (from the button, Enter or a double-click on the goal or one of its interventions)."""

    goal_chosen = Signal(object)

    def __init__(self, *, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._suggestions: tuple[GoalSuggestion, ...] = ()
        heading = QLabel(self.tr("Suggested goals"))
        heading.setObjectName("subheading")
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.hint_label = QLabel()
        self.hint_label.setObjectName("hint")
        self.hint_label.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        # An intervention and who provides it; the provider's column is as wide as the
        # longest ("Den Kriminalpræventive Enhed"), the intervention's name gives way.
        self.tree.setColumnCount(2)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(1, responsible_width(self.tree, language))
        self.tree.setAccessibleName(self.tr("Suggested goals"))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.itemActivated.connect(lambda item, _column: self._choose(item))
        self.tree.currentItemChanged.connect(self._update_button)
        self.tree.currentItemChanged.connect(self._show_detail)
        # The tree cuts long goals short; the chosen one is shown here in full.
        self.detail_label = QLabel()
        self.detail_label.setWordWrap(True)
        self.detail_label.setMinimumHeight(72)
        self.detail_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail_label.setAccessibleName(self.tr("About the chosen suggestion"))
        self.add_button = QPushButton(self.tr("Add &suggested goal"))
        self.add_button.setAutoDefault(False)
        self.add_button.setToolTip(
            self.tr("Adds the goal with its suggested interventions as actions")
        )
        self.add_button.clicked.connect(lambda: self._choose(self.tree.currentItem()))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.detail_label)
        layout.addWidget(self.add_button)
        self.set_suggestions(())

    def set_suggestions(self, suggestions: Sequence[GoalSuggestion]) -> None:
        self._suggestions = tuple(suggestions)
        self.tree.clear()
        for index, suggestion in enumerate(self._suggestions):
            area = NEED_AREA_LABELS[suggestion.need_area].text(self._language)
            rating = RATING_LABELS[suggestion.rating].text(self._language)
            item = QTreeWidgetItem([f"{area} ({rating}): {suggestion.goal.text(self._language)}"])
            item.setData(0, _SUGGESTION, index)
            item.setData(0, _DETAIL, suggestion.goal.text(self._language))
            item.setToolTip(0, suggestion.goal.text(self._language))
            for intervention in suggestion.interventions:
                provider = RESPONSIBLE_LABELS[intervention.provider].text(self._language)
                child = QTreeWidgetItem([intervention.name.text(self._language), provider])
                child.setData(0, _SUGGESTION, index)
                child.setData(
                    0,
                    _DETAIL,
                    f"{intervention.name.text(self._language)} ({provider}): "
                    f"{intervention.description.text(self._language)}",
                )
                child.setToolTip(0, intervention.description.text(self._language))
                item.addChild(child)
            self.tree.addTopLevelItem(item)
            # A goal is a sentence; it reads across its interventions' two columns.
            item.setFirstColumnSpanned(True)
        self.tree.expandAll()
        if self._suggestions:
            self.hint_label.setText(
                self.tr(
                    "From the newest final assessment, highest need first. Double-click "
                    "a goal to add it with its interventions as actions."
                )
            )
            first = self.tree.topLevelItem(0)
            if first is not None:
                self.tree.setCurrentItem(first)
        else:
            self.hint_label.setText(
                self.tr(
                    "No suggestions: the person has no final assessment with a moderate "
                    "or high need."
                )
            )
        self._update_button()

    def show_problems(self, problems: Sequence[Problem]) -> None:
        """Why there are no suggestions (they could not be read), where the hint is."""
        self.hint_label.setText("\n".join(problem.text(self._language) for problem in problems))

    def suggestions(self) -> tuple[GoalSuggestion, ...]:
        return self._suggestions

    def choose(self, index: int) -> None:
        """Add the ``index``-th suggestion, as a click on it would."""
        self.goal_chosen.emit(self._suggestions[index])

    def _choose(self, item: QTreeWidgetItem | None) -> None:
        if item is None:
            return
        self.choose(int(item.data(0, _SUGGESTION)))

    def _show_detail(self) -> None:
        item = self.tree.currentItem()
        self.detail_label.setText(str(item.data(0, _DETAIL)) if item is not None else "")

    def _update_button(self) -> None:
        self.add_button.setEnabled(self.tree.currentItem() is not None)
