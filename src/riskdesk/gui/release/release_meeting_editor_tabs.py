"""The release meeting's four tabs (the meeting, the release timeline, the checklist, the
decisions and next meeting), drawn from one editor and pointing at the field of a
problem."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QScrollArea, QTabWidget, QWidget

from riskdesk.domain.localized import Language
from riskdesk.domain.problems import FieldPath, Problem
from riskdesk.domain.release_meeting_editor import ReleaseMeetingEditor
from riskdesk.domain.release_timeline import Milestone
from riskdesk.gui.release.release_meeting_editor_checklist import ChecklistEditor
from riskdesk.gui.release.release_meeting_editor_decisions import DecisionsTab
from riskdesk.gui.release.release_meeting_editor_meeting_tab import MeetingTab
from riskdesk.gui.release.release_meeting_editor_timeline import TimelineView
from riskdesk.gui.widgets.problem_routing import route_problems
from riskdesk.gui.widgets.row_table_editor import RowTableEditor

MEETING_TAB, TIMELINE_TAB, CHECKLIST_TAB, DECISIONS_TAB = range(4)


class ReleaseMeetingTabs(QTabWidget):
    """:meth:`show_editor` draws an editor (or empties and disables every tab); each edit
    goes into that editor and then fires :attr:`edited`. The timeline is the page's to
    fill (it needs today), and its next milestone line the page's to place."""

    edited = Signal()

    def __init__(self, *, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._editor: ReleaseMeetingEditor | None = None
        self.meeting_tab = MeetingTab(language=language)
        self.meeting_tab.edited.connect(self.edited)
        self.timeline = TimelineView(language=language)
        self.timeline.reached_changed.connect(self._reached_changed)
        self.checklist_area = _scrolled(None)
        self.checklist: ChecklistEditor | None = None
        """Built from the form of the first editor shown: the form is read with it."""
        self.decisions_tab = DecisionsTab(language=language)
        self.decisions_tab.edited.connect(self.edited)
        # Each tab scrolls rather than making the page (and the main window) taller
        # than a 700-pixel screen.
        self.addTab(_scrolled(self.meeting_tab), self.tr("&Meeting"))
        self.addTab(self.timeline, self.tr("&Timeline"))
        self.addTab(self.checklist_area, self.tr("C&hecklist"))
        self.addTab(_scrolled(self.decisions_tab), self.tr("&Decisions and next meeting"))

    def show_editor(self, editor: ReleaseMeetingEditor | None) -> None:
        self._editor = editor
        if self.checklist is None and editor is not None:
            self.checklist = ChecklistEditor(form=editor.form, language=self._language)
            self.checklist.changed.connect(self.edited)
            self.checklist_area.setWidget(self.checklist)
        self.meeting_tab.show_editor(editor)
        self.decisions_tab.show_editor(editor)
        if self.checklist is not None:
            self.checklist.show_editor(editor)
        self.setEnabled(editor is not None)

    def _reached_changed(self, milestone: Milestone, on: date | None) -> None:
        if self._editor is not None:
            self._editor.mark_reached(milestone, on)
            self.edited.emit()

    def point_at(self, problems: Sequence[Problem]) -> None:
        """Open the tab of the first problem that has a field here and put the cursor in
        that field (in a table, on its row)."""
        fields = {**self.meeting_tab.fields.widgets, **self.decisions_tab.fields.widgets}
        routes: dict[FieldPath | str, QWidget] = {(name,): edit for name, edit in fields.items()}
        routes[("participants",)] = self.meeting_tab.participants
        routes[("decisions",)] = self.decisions_tab.decisions
        # A rule across fields; the only one the editor can break is the next meeting's.
        routes[("__root__",)] = self.decisions_tab.next_meeting_edit
        if self.checklist is not None:
            routes[("checklist",)] = self.checklist
        routed = route_problems(problems, routes)
        target = next(iter(routed.by_target), None)
        if target is None:
            return
        for tab in range(self.count()):
            page = self.widget(tab)
            if page is not None and page.isAncestorOf(target):
                self.setCurrentIndex(tab)
        path = routed.of(target)[0].path
        row = path[1] if len(path) > 1 and isinstance(path[1], int) else None
        if isinstance(target, RowTableEditor | ChecklistEditor) and row is not None:
            target.mark_problem(row)
        else:
            target.setFocus()


def _scrolled(widget: QWidget | None) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    if widget is not None:
        area.setWidget(widget)
    return area
