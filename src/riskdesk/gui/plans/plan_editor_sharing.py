"""Who the plan is coordinated with and on what ground: partners with their consent, the
legal basis for sharing, and the follow-up dates."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from riskdesk.domain.action_plan import RESPONSIBLE_LABELS, ActionPlan, Partner, Responsible
from riskdesk.domain.case import LEGAL_BASIS_LABELS, LegalBasis
from riskdesk.domain.localized import Language
from riskdesk.gui.widgets.optional_date_edit import OptionalDateEdit

SHARING_KEYS = ("partners", "legal_basis", "legal_basis_note", "follow_up_dates")
_ORGANISATION, _NAME, _CONSENT, _CONSENT_ON = range(4)


class PartnersTable(QWidget):
    """One row per partner: organisation, name, consent and the consent's date."""

    changed = Signal()

    def __init__(self, *, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Organisation"), self.tr("Name"), self.tr("Consent"), self.tr("Consent date")]
        )
        self.table.setAccessibleName(self.tr("Partners"))
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(_NAME, QHeaderView.ResizeMode.Stretch)
        for column, width in ((_ORGANISATION, 190), (_CONSENT, 80), (_CONSENT_ON, 200)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        self.table.itemChanged.connect(self.changed)
        self.add_button = QPushButton(self.tr("Add pa&rtner"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(lambda: self.add_partner())
        self.remove_button = QPushButton(self.tr("Remove partner"))
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self._remove_selected)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def add_partner(self, partner: Partner | None = None) -> int:
        partner = partner or Partner(organisation=Responsible.JOBCENTRE)
        row = self.table.rowCount()
        self.table.insertRow(row)
        combo = QComboBox()
        combo.setAccessibleName(self.tr("Organisation"))
        for who in Responsible:
            combo.addItem(RESPONSIBLE_LABELS[who].text(self._language), who.value)
        combo.setCurrentIndex(max(0, combo.findData(partner.organisation.value)))
        combo.currentIndexChanged.connect(self.changed)
        self.table.setCellWidget(row, _ORGANISATION, combo)
        self.table.setItem(row, _NAME, QTableWidgetItem(partner.name))
        consent = QTableWidgetItem()
        consent.setToolTip(self.tr("The citizen consented to sharing with this partner"))
        consent.setFlags(
            Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
        )
        consent.setCheckState(Qt.CheckState.Checked if partner.consent else Qt.CheckState.Unchecked)
        self.table.setItem(row, _CONSENT, consent)
        consent_on = OptionalDateEdit(accessible_name=self.tr("Consent date"))
        consent_on.set_value(partner.consent_on)
        consent_on.changed.connect(self.changed)
        self.table.setCellWidget(row, _CONSENT_ON, consent_on)
        self.table.setCurrentCell(row, _NAME)
        self.changed.emit()
        return row

    def set_consent(self, row: int, consent: bool, on: date | None) -> None:
        item = self.table.item(row, _CONSENT)
        assert item is not None
        item.setCheckState(Qt.CheckState.Checked if consent else Qt.CheckState.Unchecked)
        self._date_edit(row).set_value(on)

    def set_partners(self, partners: tuple[Partner, ...]) -> None:
        self.table.setRowCount(0)
        for partner in partners:
            self.add_partner(partner)

    def partners(self) -> list[dict[str, Any]]:
        rows: list[dict[str, Any]] = []
        for row in range(self.table.rowCount()):
            combo = self.table.cellWidget(row, _ORGANISATION)
            assert isinstance(combo, QComboBox)
            name = self.table.item(row, _NAME)
            consent = self.table.item(row, _CONSENT)
            rows.append(
                {
                    "organisation": combo.currentData(),
                    "name": name.text() if name else "",
                    "consent": consent is not None
                    and consent.checkState() == Qt.CheckState.Checked,
                    "consent_on": self._date_edit(row).value(),
                }
            )
        return rows

    def _date_edit(self, row: int) -> OptionalDateEdit:
        edit = self.table.cellWidget(row, _CONSENT_ON)
        assert isinstance(edit, OptionalDateEdit)
        return edit

    def _remove_selected(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.changed.emit()


class FollowUpDates(QWidget):
    """A sorted list of dates with a date field to add one and a button to remove one."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Follow-up dates"))
        self.list.setFixedHeight(96)
        self.date_edit = QDateEdit(QDate.currentDate().addMonths(3))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
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

    def dates(self) -> list[date]:
        return [
            self.list.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.list.count())
        ]

    def set_dates(self, dates: tuple[date, ...] | list[date]) -> None:
        self.list.clear()
        for day in sorted(set(dates)):
            item = QListWidgetItem(day.isoformat())
            item.setData(Qt.ItemDataRole.UserRole, day)
            self.list.addItem(item)

    def add_date(self, day: date) -> None:
        self.set_dates([*self.dates(), day])
        self.changed.emit()

    def _add_chosen(self) -> None:
        chosen = self.date_edit.date()
        self.add_date(date(chosen.year(), chosen.month(), chosen.day()))

    def _remove_selected(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self.changed.emit()


class SharingSection(QWidget):
    """:meth:`data` gives the plan input for :data:`SHARING_KEYS`."""

    changed = Signal()

    def __init__(self, *, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.problem_labels: dict[str, QLabel] = {}
        self.partners = PartnersTable(language=language)
        self.partners.changed.connect(self.changed)
        self.legal_basis_combo = QComboBox()
        for basis in LegalBasis:
            self.legal_basis_combo.addItem(LEGAL_BASIS_LABELS[basis].text(language), basis.value)
        self.legal_basis_combo.currentIndexChanged.connect(self.changed)
        self.legal_basis_note_edit = QLineEdit()
        self.legal_basis_note_edit.textChanged.connect(self.changed)
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

    def set_plan(self, plan: ActionPlan) -> None:
        self.partners.set_partners(plan.partners)
        self.legal_basis_combo.setCurrentIndex(
            max(0, self.legal_basis_combo.findData(plan.legal_basis.value))
        )
        self.legal_basis_note_edit.setText(plan.legal_basis_note)
        self.follow_up.set_dates(plan.follow_up_dates)

    def data(self) -> dict[str, Any]:
        return {
            "partners": self.partners.partners(),
            "legal_basis": self.legal_basis_combo.currentData(),
            "legal_basis_note": self.legal_basis_note_edit.text(),
            "follow_up_dates": self.follow_up.dates(),
        }

    def clear(self) -> None:
        self.partners.set_partners(())
        self.legal_basis_note_edit.clear()
        self.follow_up.set_dates(())
