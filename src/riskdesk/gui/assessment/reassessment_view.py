"""Two assessments of one person side by side: what changed, domain by domain."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from riskdesk.domain.assessment_record import AssessmentRecord
from riskdesk.domain.danish_dates import dmy
from riskdesk.domain.instrument import RATING_LABELS, Rating
from riskdesk.domain.instrument_registry import InstrumentRegistry
from riskdesk.domain.localized import Language, LocalizedText
from riskdesk.domain.reassessment_comparison import (
    DomainComparison,
    ItemChange,
    ReassessmentComparison,
)
from riskdesk.gui.assessment.instrument_title import instrument_title
from riskdesk.gui.widgets.screen_fit import resize_within_screen

# A pale amber marks what changed; changed rows are bold too, so colour is not the only sign.
_CHANGED = QBrush(QColor("#fff0c2"))


class ReassessmentView(QDialog):
    """Read-only. Every domain is listed with its score and rating before and after; a
    domain whose score, rating, strength or items changed is highlighted and opened to
    show the changed items."""

    def __init__(
        self,
        *,
        comparison: ReassessmentComparison,
        older: AssessmentRecord,
        newer: AssessmentRecord,
        registry: InstrumentRegistry,
        language: Language,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._language = language
        self.comparison = comparison
        self.setObjectName("ReassessmentView")
        self.setWindowTitle(self.tr("Reassessment"))
        resize_within_screen(self, 1000, 720)
        c = comparison

        heading = QLabel(
            self.tr("%1 → %2").replace("%1", dmy(c.older_date)).replace("%2", dmy(c.newer_date))
        )
        heading.setObjectName("heading")
        info = QLabel(
            self.tr("Before: %1 (%2) · After: %3 (%4)")
            .replace("%1", instrument_title(registry, older.draft, language))
            .replace("%2", self._status(older))
            .replace("%3", instrument_title(registry, newer.draft, language))
            .replace("%4", self._status(newer))
        )
        info.setObjectName("hint")

        totals = QGridLayout()
        rows = (
            (self.tr("Total score"), str(c.total_before), str(c.total_after)),
            (
                self.tr("Overall risk"),
                c.final_band_label_before.text(language),
                c.final_band_label_after.text(language),
            ),
            (self.tr("Level"), str(c.level_before), str(c.level_after)),
        )
        self.total_labels: dict[str, QLabel] = {}
        for row, (name, before, after) in enumerate(rows):
            value = QLabel(f"{before} → {after}")
            value.setAccessibleName(name)
            if before != after:
                value.setObjectName("changed")
                font = value.font()
                font.setBold(True)
                value.setFont(font)
            totals.addWidget(QLabel(name + ":"), row, 0)
            totals.addWidget(value, row, 1)
            self.total_labels[name] = value
        totals.setColumnStretch(1, 1)

        self.domain_tree = self._tree(self.tr("Instrument domains"))
        for domain in c.domains:
            self._add_domain(domain)
        self.risk_tree = self._tree(self.tr("Four risk domains"))
        for risk in c.four_domains:
            changed = risk.present_before != risk.present_after or bool(
                risk.factors_gained or risk.factors_lost
            )
            item = QTreeWidgetItem(
                [
                    risk.title.text(language),
                    f"{risk.present_before} ({self._rating(risk.rating_before)})",
                    f"{risk.present_after} ({self._rating(risk.rating_after)})",
                ]
            )
            self.risk_tree.addTopLevelItem(item)
            if changed or risk.rating_before != risk.rating_after:
                _highlight(item)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(info)
        layout.addLayout(totals)
        layout.addWidget(self.domain_tree, 3)
        layout.addWidget(self.risk_tree, 1)
        layout.addWidget(buttons)
        self.domain_tree.setFocus()

    def _tree(self, name: str) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setAccessibleName(name)
        tree.setHeaderLabels([name, self.tr("Before"), self.tr("After")])
        tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        tree.setAlternatingRowColors(False)
        tree.setWordWrap(True)
        header = tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        return tree

    def _add_domain(self, domain: DomainComparison) -> None:
        item = QTreeWidgetItem(
            [
                domain.title.text(self._language),
                self._score(domain.score_before, domain.rating_before, domain.strength_before),
                self._score(domain.score_after, domain.rating_after, domain.strength_after),
            ]
        )
        self.domain_tree.addTopLevelItem(item)
        for change in domain.changed_items:
            item.addChild(
                QTreeWidgetItem(
                    [
                        change.text.text(self._language),
                        self._answer(change.before_label, change, before=True),
                        self._answer(change.after_label, change, before=False),
                    ]
                )
            )
        if (
            domain.changed_items
            or domain.score_before != domain.score_after
            or domain.rating_changed
            or domain.strength_before != domain.strength_after
        ):
            _highlight(item)
            item.setExpanded(True)

    def changed_domains(self) -> list[str]:
        """The titles of the highlighted domains, in the order shown."""
        items = [
            self.domain_tree.topLevelItem(i) for i in range(self.domain_tree.topLevelItemCount())
        ]
        return [item.text(0) for item in items if item is not None and item.font(0).bold()]

    def _score(self, score: int | None, rating: Rating | None, strength: bool) -> str:
        if score is None or rating is None:
            return self.tr("not in this version")
        text = f"{score} ({self._rating(rating)})"
        return text + " · " + self.tr("strength") if strength else text

    def _rating(self, rating: Rating) -> str:
        return RATING_LABELS[rating].text(self._language)

    def _answer(self, label: LocalizedText | None, change: ItemChange, *, before: bool) -> str:
        if label is not None:
            return label.text(self._language)
        value = change.before if before else change.after
        return value if value is not None else self.tr("unanswered")

    def _status(self, record: AssessmentRecord) -> str:
        return self.tr("final") if record.is_final else self.tr("draft")


def _highlight(item: QTreeWidgetItem) -> None:
    font = QFont(item.font(0))
    font.setBold(True)
    for column in range(item.columnCount()):
        item.setBackground(column, _CHANGED)
        item.setFont(column, font)
