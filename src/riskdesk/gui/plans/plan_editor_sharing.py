"""Who the plan is coordinated with and on what ground: partners with their consent, the
legal basis for sharing, and the follow-up dates. Edits go to the :class:`PlanDraft`."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from riskdesk.domain.case import LEGAL_BASIS_LABELS, LegalBasis
from riskdesk.domain.danish_dates import dmy
from riskdesk.domain.localized import Language
from riskdesk.domain.plan_draft import PlanDraft
from riskdesk.gui.plans.plan_partners_table import PartnersTable
from riskdesk.gui.widgets.optional_date_edit import DATE_FORMAT

SHARING_KEYS = ("partners", "legal_basis", "legal_basis_note", "follow_up_dates")


class FollowUpDates(QWidget):
    """The draft's follow-up dates, sorted, with a date field to add one and a button to
    remove the chosen one."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._draft: PlanDraft | None = None
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Follow-up dates"))
        self.list.setFixedHeight(96)
        self.date_edit = QDateEdit(QDate.currentDate().addMonths(3))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(DATE_FORMAT)
        self.date_edit.setAccessibleName(self.tr("New follow-up date"))
        self.add_button = QPushButton(self.tr("Add &date"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self._add_chosen)
        self.remove_button = QPushButton(self.tr("Remove date"))
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self._remove_selected)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.date_edit)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(row)

    def bind(self, draft: PlanDraft | None) -> None:
        self._draft = draft
        self._show()

    def add_date(self, day: date) -> None:
        if self._draft is not None:
            self._draft.add_follow_up(day)
            self._show()
            self.changed.emit()

    def _show(self) -> None:
        self.list.clear()
        for day in self._draft.follow_up_dates if self._draft is not None else ():
            item = QListWidgetItem(dmy(day))
            item.setData(Qt.ItemDataRole.UserRole, day)
            self.list.addItem(item)

    def _add_chosen(self) -> None:
        chosen = self.date_edit.date()
        self.add_date(date(chosen.year(), chosen.month(), chosen.day()))

    def _remove_selected(self) -> None:
        item = self.list.currentItem()
        if self._draft is not None and item is not None:
            self._draft.remove_follow_up(item.data(Qt.ItemDataRole.UserRole))
            self._show()
            self.changed.emit()


class SharingSection(QWidget):
    """Shows and edits :data:`SHARING_KEYS` of :meth:`bind`'s draft; :attr:`changed`
    fires after each edit."""

    changed = Signal()

    def __init__(self, *, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._draft: PlanDraft | None = None
        self.problem_labels: dict[str, QLabel] = {}
        self.partners = PartnersTable(language=language)
        self.partners.changed.connect(self.changed)
        self.legal_basis_combo = QComboBox()
        for basis in LegalBasis:
            self.legal_basis_combo.addItem(LEGAL_BASIS_LABELS[basis].text(language), basis.value)
        self.legal_basis_combo.currentIndexChanged.connect(
            lambda: self._edit(legal_basis=LegalBasis(self.legal_basis_combo.currentData()))
        )
        self.legal_basis_note_edit = QLineEdit()
        self.legal_basis_note_edit.textChanged.connect(
            lambda text: self._edit(legal_basis_note=text)
        )
        self.follow_up = FollowUpDates()
        self.follow_up.changed.connect(self.changed)

        partners_box = QGroupBox(self.tr("Partners and consent"))
        partners_layout = QVBoxLayout(partners_box)
        partners_layout.addWidget(self.partners)
        partners_layout.addWidget(self._problem("partners"))
        basis_box = QGroupBox(self.tr("Sharing and follow-up"))
        form = QFormLayout(basis_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._row(form, self.tr("Le&gal basis for sharing:"), self.legal_basis_combo, "legal_basis")
        self._row(
            form,
            self.tr("Note on the legal &basis:"),
            self.legal_basis_note_edit,
            "legal_basis_note",
        )
        self._row(form, self.tr("&Follow-up dates:"), self.follow_up, "follow_up_dates")
        layout = QVBoxLayout(self)
        layout.addWidget(partners_box, 1)
        layout.addWidget(basis_box)

    def _problem(self, key: str) -> QLabel:
        label = QLabel()
        label.setObjectName("problem")
        label.setWordWrap(True)
        label.hide()
        self.problem_labels[key] = label
        return label

    def _row(self, form: QFormLayout, text: str, field: QWidget, key: str) -> None:
        label = QLabel(text)
        label.setBuddy(field)
        field.setAccessibleName(text.replace("&", "").rstrip(":"))
        cell = QWidget()
        layout = QVBoxLayout(cell)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(field)
        layout.addWidget(self._problem(key))
        form.addRow(label, cell)

    def bind(self, draft: PlanDraft) -> None:
        self._draft = None
        self.partners.bind(draft)
        self.legal_basis_combo.setCurrentIndex(
            max(0, self.legal_basis_combo.findData(draft.details.legal_basis.value))
        )
        self.legal_basis_note_edit.setText(draft.details.legal_basis_note)
        self.follow_up.bind(draft)
        self._draft = draft

    def clear(self) -> None:
        self._draft = None
        self.partners.bind(None)
        self.legal_basis_note_edit.clear()
        self.follow_up.bind(None)

    def _edit(self, **changes: object) -> None:
        # Filling the fields from the draft (no draft bound yet) is not an edit.
        if self._draft is None:
            return
        self._draft.edit_details(**changes)
        self.changed.emit()
