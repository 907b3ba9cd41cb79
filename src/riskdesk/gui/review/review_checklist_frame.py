"""What the plan under review must have before it can be approved, as a checklist: each
requirement ticked or not, and what fails it, named by its place in the plan. The same
rule refuses submitting and approving an incomplete plan."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from riskdesk.domain.localized import Language
from riskdesk.domain.plan_completeness import PlanCompleteness

_STYLE = {
    True: "QFrame#checklist { background: #eef6ef; border: 1px solid #2e7d32; "
    "border-radius: 4px; }",
    False: "QFrame#checklist { background: #fdf0e6; border: 2px solid #b85c00; "
    "border-radius: 4px; }",
}
_COLUMNS = 2
# A long list scrolls rather than pushing the plan out of a dialog on a small screen.
_MISSING_LINES = 4


class ReviewChecklistFrame(QFrame):
    """:attr:`line_labels` hold one label per requirement, in the rule's order;
    :attr:`missing_label` lists what is missing (hidden when nothing is)."""

    def __init__(
        self,
        *,
        completeness: PlanCompleteness,
        language: Language,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("checklist")
        self.setStyleSheet(_STYLE[completeness.complete])
        self.complete = completeness.complete

        self.title_label = QLabel()
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setText(
            self.tr("✓ Ready for approval: every point of the checklist is met")
            if completeness.complete
            else self.tr("✗ Not ready for approval: %1 thing(s) missing").replace(
                "%1", str(len(completeness.missing))
            )
        )

        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(2)
        self.line_labels: list[QLabel] = []
        for index, line in enumerate(completeness.checklist()):
            mark = "✓" if line.met else "✗"
            label = QLabel(f"{mark} {line.label.text(language)}")
            label.setWordWrap(True)
            label.setAccessibleDescription(self.tr("Met") if line.met else self.tr("Not met"))
            if not line.met:
                label.setStyleSheet("color: #a4161a;")
            grid.addWidget(label, index // _COLUMNS, index % _COLUMNS)
            self.line_labels.append(label)

        self.missing_label = QLabel(
            "\n".join(f"• {item.message.text(language)}" for item in completeness.missing)
        )
        self.missing_label.setTextFormat(Qt.TextFormat.PlainText)
        self.missing_label.setWordWrap(True)
        self.missing_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.missing_label.setAccessibleName(self.tr("What the plan lacks"))
        self.missing_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        missing = QScrollArea()
        missing.setWidgetResizable(True)
        missing.setWidget(self.missing_label)
        missing.setFrameShape(QFrame.Shape.NoFrame)
        missing.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # The frame's colour shows through, so the list reads as part of the checklist.
        missing.viewport().setAutoFillBackground(False)
        self.missing_label.setAutoFillBackground(False)
        lines = self.missing_label.fontMetrics().lineSpacing() * _MISSING_LINES
        missing.setMaximumHeight(lines + 4)
        missing.setVisible(not completeness.complete)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        layout.addWidget(self.title_label)
        layout.addLayout(grid)
        layout.addWidget(missing)
