"""The summary's table of scores per instrument domain."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from riskdesk.domain.assessment_scoring import AssessmentResult
from riskdesk.domain.instrument import RATING_LABELS, Instrument, Rating
from riskdesk.domain.localized import Language

_ROW_HEIGHT = 26


class DomainScoreTable(QTableWidget):
    """Read-only, one row per domain: score, rating ("at least" while items are
    unanswered, bold when high), strength, and how many items are unanswered. Tall
    enough for every domain, so the summary scrolls as one and the table never does."""

    def __init__(
        self, *, instrument: Instrument, language: Language, parent: QWidget | None = None
    ) -> None:
        super().__init__(len(instrument.domains), 5, parent)
        self._instrument = instrument
        self._language = language
        self.setAccessibleName(self.tr("Domain scores"))
        self.setHorizontalHeaderLabels(
            [
                self.tr("Domain"),
                self.tr("Score"),
                self.tr("Rating"),
                self.tr("Strength"),
                self.tr("Unanswered"),
            ]
        )
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        rows = len(instrument.domains)
        self.setFixedHeight(header.sizeHint().height() + rows * _ROW_HEIGHT + 4)
        self.verticalHeader().setDefaultSectionSize(_ROW_HEIGHT)

    def show_result(self, result: AssessmentResult) -> None:
        for row, score in enumerate(result.domains):
            domain = self._instrument.domain(score.domain_id)
            title = domain.title.text(self._language) if domain else score.domain_id
            rating = RATING_LABELS[score.rating].text(self._language)
            cells = (
                title,
                f"{score.score} / {score.max_score}",
                self.tr("at least %1").replace("%1", rating) if score.missing else rating,
                self.tr("yes") if score.strength else "",
                str(len(score.missing)) if score.missing else "",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 2 and score.rating is Rating.HIGH:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.setItem(row, column, item)
