"""The access insight of one person: who looked at or changed their data and when, in a
sortable table, with the Word log extract one click away (through the shared export
dialog, which warns that the saved file is not encrypted)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from riskdesk.domain.access_insight import AccessInsight
from riskdesk.domain.ids import PersonId
from riskdesk.domain.localized import Language
from riskdesk.gui.access_insight.access_insight_table_model import (
    SORT_ROLE,
    AccessInsightTableModel,
    Column,
)
from riskdesk.gui.operations import Operation, read_now, run_op
from riskdesk.gui.widgets.document_export_dialog import DocumentExportDialog
from riskdesk.gui.widgets.screen_fit import resize_within_screen
from riskdesk.services.document_export import DocumentKind

if TYPE_CHECKING:
    from riskdesk.services.desk import Desk


class AccessInsightDialog(QDialog):
    """The insight of one person. :meth:`open_for` makes the insight in an operation and
    opens the dialog only when it was made. Given no ``insight``, the constructor reads
    one itself, so it raises what ``desk.access_insight.for_person`` raises
    (:class:`PermissionDenied`, :class:`NotFound`) before any window appears.
    :meth:`wipe` empties it when the desk locks."""

    def __init__(
        self,
        *,
        desk: Desk,
        language: Language,
        person_id: PersonId,
        insight: AccessInsight | None = None,
        parent: QWidget | None = None,
    ) -> None:
        # Read first: a refused read must not leave a half-built dialog in ``parent``.
        shown = insight or desk.access_insight.for_person(person_id)
        super().__init__(parent)
        self._desk = desk
        self._language = language
        self._person_id = person_id
        self.setObjectName("AccessInsightDialog")
        self.setWindowTitle(self.tr("Access insight"))
        resize_within_screen(self, 980, 560)

        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.explanation = QLabel(
            self.tr(
                "Everything the log records about this person: who viewed, changed or "
                "exported their data, their cases, assessments, plans and meetings, and "
                "searches that found them. Oldest first; click a heading to sort. Viewing "
                "this insight is itself recorded."
            )
        )
        self.explanation.setWordWrap(True)

        self.model = AccessInsightTableModel(language=language, parent=self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setObjectName("events")
        self.table.setAccessibleName(self.tr("Logged events"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.ACTION, QHeaderView.ResizeMode.Stretch)

        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(
            self.tr("&Export…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.export_button.setToolTip(self.tr("Save the log extract as a Word document"))
        self.export_button.clicked.connect(self.export)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("Close"))
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)

        self.show_insight(shown)
        self.table.setFocus()

    @classmethod
    def open_for(
        cls, parent: QWidget, *, desk: Desk, language: Language, person_id: PersonId
    ) -> Operation:
        """Make the person's insight off the UI thread, then open the dialog on it. A
        refusal goes where :func:`run_op` sends refusals (``parent``'s problem display)."""

        def opened(insight: AccessInsight) -> None:
            dialog = cls(
                desk=desk, language=language, person_id=person_id, insight=insight, parent=parent
            )
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()

        return run_op(parent, lambda: desk.access_insight.for_person(person_id), opened)

    def refresh(self) -> Operation:
        """Make a fresh insight (audited) and show it oldest first."""
        desk, person_id = self._desk, self._person_id
        return run_op(self, lambda: desk.access_insight.for_person(person_id), self.show_insight)

    def show_insight(self, insight: AccessInsight) -> None:
        self.model.set_rows(insight.entries)
        self.table.sortByColumn(Column.TIME, Qt.SortOrder.AscendingOrder)
        self.heading.setText(
            self.tr("<b>%1</b> · CPR %2 · %3 events")
            .replace("%1", insight.person_name)
            .replace("%2", insight.cpr or "–")
            .replace("%3", str(len(insight.entries)))
        )

    def export_dialog(self) -> DocumentExportDialog:
        """The shared export dialog, set up to save this person's log extract."""
        dialog = DocumentExportDialog(
            desk=self._desk,
            kind=DocumentKind.ACCESS_INSIGHT,
            record_id=self._person_id,
            language=self._language,
            title=self.tr("Save the log extract"),
            parent=self,
        )
        # The export made a new insight; show it, with the export's own READ included.
        dialog.document_exported.connect(lambda _: self.refresh())
        return dialog

    def export(self) -> None:
        # Naming the file reads the person, who may be gone.
        dialog = read_now(self, self.export_dialog)
        if dialog is None:
            return
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def wipe(self) -> None:
        self.model.clear()
        self.heading.clear()
