"""The partners of a plan as a table: organisation, name, consent and the consent's
date, one row per partner of the :class:`PlanDraft`."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from riskdesk.domain.action_plan import RESPONSIBLE_LABELS, Responsible
from riskdesk.domain.localized import Language
from riskdesk.domain.plan_draft import PartnerRow, PlanDraft
from riskdesk.gui.widgets.optional_date_edit import OptionalDateEdit

_ORGANISATION, _NAME, _CONSENT, _CONSENT_ON = range(4)


class PartnersTable(QWidget):
    """One row per partner of :meth:`bind`'s draft: organisation, name, consent and the
    consent's date; row ``i`` is the draft's partner ``i``."""

    changed = Signal()

    def __init__(self, *, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._draft: PlanDraft | None = None
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
        for column, width in ((_CONSENT, 80), (_CONSENT_ON, 200)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        # As wide as the longest organisation's name ("Den Kriminalpræventive Enhed").
        header.setSectionResizeMode(_ORGANISATION, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemChanged.connect(self._item_changed)
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

    def bind(self, draft: PlanDraft | None) -> None:
        self._draft = None
        self.table.setRowCount(0)
        for partner in draft.partners if draft is not None else ():
            self._add_row(partner)
        self._draft = draft

    def add_partner(self, partner: PartnerRow | None = None) -> int:
        """Add a partner (the jobcentre, without consent, by default); its row."""
        if self._draft is None:
            return -1
        row = self._draft.add_partner(partner)
        self._add_row(self._draft.partners[row])
        self.table.setCurrentCell(row, _NAME)
        self.changed.emit()
        return row

    def set_consent(self, row: int, consent: bool, on: date | None) -> None:
        item = self.table.item(row, _CONSENT)
        assert item is not None
        item.setCheckState(Qt.CheckState.Checked if consent else Qt.CheckState.Unchecked)
        self._date_edit(row).set_value(on)

    def _add_row(self, partner: PartnerRow) -> None:
        row = self.table.rowCount()
        # Filling a row is not an edit: the draft already holds it.
        self.table.blockSignals(True)
        self.table.insertRow(row)
        combo = QComboBox()
        combo.setAccessibleName(self.tr("Organisation"))
        for who in Responsible:
            combo.addItem(RESPONSIBLE_LABELS[who].text(self._language), who.value)
        combo.setCurrentIndex(max(0, combo.findData(partner.organisation.value)))
        combo.currentIndexChanged.connect(
            lambda: self._edit(
                self._row_of(combo, _ORGANISATION), organisation=Responsible(combo.currentData())
            )
        )
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
        consent_on.changed.connect(
            lambda: self._edit(self._row_of(consent_on, _CONSENT_ON), consent_on=consent_on.value())
        )
        self.table.setCellWidget(row, _CONSENT_ON, consent_on)
        self.table.blockSignals(False)
        # Measured when the row was inserted, before its choices were in it: again now.
        self.table.resizeColumnToContents(_ORGANISATION)

    def _row_of(self, widget: QWidget, column: int) -> int:
        return next(
            (r for r in range(self.table.rowCount()) if self.table.cellWidget(r, column) is widget),
            -1,
        )

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == _NAME:
            self._edit(item.row(), name=item.text())
        elif item.column() == _CONSENT:
            self._edit(item.row(), consent=item.checkState() == Qt.CheckState.Checked)

    def _edit(self, row: int, **changes: object) -> None:
        if self._draft is None or not 0 <= row < len(self._draft.partners):
            return
        self._draft.edit_partner(row, **changes)
        self.changed.emit()

    def _date_edit(self, row: int) -> OptionalDateEdit:
        edit = self.table.cellWidget(row, _CONSENT_ON)
        assert isinstance(edit, OptionalDateEdit)
        return edit

    def _remove_selected(self) -> None:
        row = self.table.currentRow()
        if self._draft is not None and row >= 0:
            self._draft.remove_partner(row)
            self.table.removeRow(row)
            self.changed.emit()
