"""The meetings, upcoming first (past ones greyed), with "Upcoming only" and "New
meeting". The list keeps the meetings it shows, so choosing one needs no second read."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHeaderView,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from riskdesk.domain.danish_dates import dmy
from riskdesk.domain.localized import Language
from riskdesk.domain.meeting import MEETING_KIND_LABELS, Meeting, MeetingId

_ID_ROLE = Qt.ItemDataRole.UserRole


class MeetingList(QWidget):
    """:attr:`meeting_chosen` carries the :class:`Meeting` the user picked (never sent by
    :meth:`show_meetings` or :meth:`select`); :attr:`upcoming_toggled` asks for the
    meetings again."""

    meeting_chosen = Signal(object)
    new_requested = Signal()
    upcoming_toggled = Signal(bool)

    def __init__(self, *, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._meetings: dict[MeetingId, Meeting] = {}

        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Meetings"))
        self.tree.setHeaderLabels([self.tr("Date"), self.tr("Meeting"), self.tr("Cases")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The kind takes what is left, so a narrow window never scrolls sideways; the
        # list is never narrower than its longest kind.
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.tree.setMinimumWidth(self._width_for_every_kind())
        self.tree.currentItemChanged.connect(self._chosen)
        self.upcoming_box = QCheckBox(self.tr("&Upcoming only"))
        self.upcoming_box.toggled.connect(self.upcoming_toggled)
        self.new_button = QPushButton(self.tr("&New meeting"))
        self.new_button.clicked.connect(self.new_requested)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.upcoming_box)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.new_button)

    def _width_for_every_kind(self) -> int:
        metrics = self.tree.fontMetrics()
        kinds = (label.text(self._language) for label in MEETING_KIND_LABELS.values())
        widest = max(metrics.horizontalAdvance(kind) for kind in kinds)
        header = self.tree.header().fontMetrics()
        columns = (
            metrics.horizontalAdvance("00.00.0000"),
            widest,
            max(metrics.horizontalAdvance("000"), header.horizontalAdvance(self.tr("Cases"))),
        )
        # Each column's margins, the frame and a vertical scroll bar.
        return sum(columns) + len(columns) * 16 + 2 * self.tree.frameWidth() + 20

    @property
    def upcoming_only(self) -> bool:
        return self.upcoming_box.isChecked()

    def show_meetings(self, meetings: Sequence[Meeting], *, current: MeetingId | None) -> None:
        """Show ``meetings`` in their order, ``current`` selected when among them."""
        self._meetings = {m.id: m for m in meetings if m.id is not None}
        self.tree.blockSignals(True)
        self.tree.clear()
        today = date.today()
        for meeting in meetings:
            item = QTreeWidgetItem(
                [
                    dmy(meeting.held_on),
                    MEETING_KIND_LABELS[meeting.kind].text(self._language),
                    str(len(meeting.items)),
                ]
            )
            item.setData(0, _ID_ROLE, meeting.id)
            if meeting.held_on < today:
                item.setForeground(0, self.palette().placeholderText())
            self.tree.addTopLevelItem(item)
            if meeting.id == current:
                self.tree.setCurrentItem(item)
        self.tree.blockSignals(False)

    def meeting(self, meeting_id: MeetingId) -> Meeting | None:
        """The meeting as last shown, or None when it is not in the list."""
        return self._meetings.get(meeting_id)

    def select(self, meeting_id: MeetingId | None) -> bool:
        """Mark the meeting (None: none) as the one shown, without :attr:`meeting_chosen`;
        whether it is in the list."""
        self.tree.blockSignals(True)
        try:
            for index in range(self.tree.topLevelItemCount()):
                item = self.tree.topLevelItem(index)
                if item is not None and item.data(0, _ID_ROLE) == meeting_id:
                    self.tree.setCurrentItem(item)
                    return True
            self.tree.clearSelection()
            self.tree.setCurrentIndex(self.tree.rootIndex())
            return False
        finally:
            self.tree.blockSignals(False)

    def clear(self) -> None:
        self._meetings = {}
        self.tree.clear()

    def _chosen(self, current: QTreeWidgetItem | None) -> None:
        if current is None:
            return
        meeting = self._meetings.get(MeetingId(int(current.data(0, _ID_ROLE))))
        if meeting is not None:
            self.meeting_chosen.emit(meeting)
