"""The leader's texts for the half-year report, one per section: a list of the sections
and the chosen one's text beside it. Saved for the period on show through ``run_op``; a
refusal (a CPR number in a text) is shown under the editor naming the section."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from riskdesk.domain.half_year_texts import SECTION_LABELS, HalfYearTexts
from riskdesk.domain.localized import Language
from riskdesk.domain.problems import Problem
from riskdesk.gui.widgets.problem_line import ProblemLine

_SECTION_ROLE = Qt.ItemDataRole.UserRole


class HalfYearTextsEditor(QWidget):
    def __init__(self, *, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._texts: dict[str, str] = dict.fromkeys(SECTION_LABELS, "")
        self.sections = QListWidget()
        self.sections.setAccessibleName(self.tr("Sections"))
        for key, label in SECTION_LABELS.items():
            item = QListWidgetItem(label.text(language))
            item.setData(_SECTION_ROLE, key)
            self.sections.addItem(item)
        self.sections.setMaximumWidth(220)
        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName(self.tr("Text of the section"))
        self.editor.setPlaceholderText(
            self.tr(
                "Write about the unit's work, never about a person. A blank line starts a "
                "new paragraph. An empty section is printed as a placeholder to write over."
            )
        )
        self.editor.textChanged.connect(self._typed)
        self.hint = QLabel(
            self.tr("Kept for the period on show; the next period starts from the last texts.")
        )
        self.hint.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Save texts"))
        self.problem_line = ProblemLine(language=language)
        self.sections.currentRowChanged.connect(self._section_chosen)

        right = QVBoxLayout()
        right.addWidget(self.editor, 1)
        right.addWidget(self.problem_line)
        bottom = QHBoxLayout()
        bottom.addWidget(self.hint, 1)
        bottom.addWidget(self.save_button)
        right.addLayout(bottom)
        layout = QHBoxLayout(self)
        layout.addWidget(self.sections)
        layout.addLayout(right, 1)
        self.sections.setCurrentRow(0)

    def show_texts(self, texts: HalfYearTexts) -> None:
        self._texts = {key: getattr(texts, key) for key in SECTION_LABELS}
        self.problem_line.clear()
        self._section_chosen(self.sections.currentRow())

    def values(self) -> dict[str, str]:
        return dict(self._texts)

    def clear(self) -> None:
        self._texts = dict.fromkeys(SECTION_LABELS, "")
        self.editor.blockSignals(True)
        self.editor.clear()
        self.editor.blockSignals(False)
        self.problem_line.clear()

    def show_problems(self, problems: Sequence[Problem]) -> None:
        self.problem_line.show_problems(problems)
        first = next((p.path[0] for p in problems if p.path), None)
        for row in range(self.sections.count()):
            item = self.sections.item(row)
            if item is not None and item.data(_SECTION_ROLE) == first:
                self.sections.setCurrentRow(row)

    def on_save(self, save: Callable[[], object]) -> None:
        self.save_button.clicked.connect(save)

    def _current_key(self) -> str | None:
        item = self.sections.currentItem()
        return None if item is None else str(item.data(_SECTION_ROLE))

    def _section_chosen(self, _row: int) -> None:
        key = self._current_key()
        self.editor.blockSignals(True)
        self.editor.setPlainText(self._texts.get(key, "") if key else "")
        self.editor.blockSignals(False)

    def _typed(self) -> None:
        key = self._current_key()
        if key is not None:
            self._texts[key] = self.editor.toPlainText()
