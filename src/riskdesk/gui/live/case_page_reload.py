"""An open case page (the person-and-case editor) that the user has not typed in shows
a colleague's change to its person or case at once; one with unsaved text is left alone,
and saving it over the newer version is refused with the colleague named (the record
versions' :class:`~riskdesk.domain.record_version.StaleRecord`), its text kept.

The editor is a dialog that subscribes to no broadcast (typed text must never be
redrawn away), so the live relay hands it other users' changes itself."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from riskdesk.domain.remote_changes import RemoteChanges
from riskdesk.gui.cases.person_case_editor import PersonCaseEditor


def reload_clean_case_pages(change: RemoteChanges) -> None:
    """Reload each shown, unedited case page whose person or case ``change`` concerns."""
    if not (change.changes.persons or change.changes.cases):
        return
    for window in QApplication.topLevelWidgets():
        if isinstance(window, PersonCaseEditor) and window.isVisible():
            _reload_if_clean(window, change)


def _reload_if_clean(editor: PersonCaseEditor, change: RemoteChanges) -> None:
    form = editor.form
    case_id = form.case_id
    if case_id is None or form.dirty:
        return
    if not change.concerns_case(case_id, form.person_id):
        return
    # Reloading puts the cursor in the name field; the user was perhaps elsewhere.
    focused = QApplication.focusWidget()
    editor.reload(case_id)
    if focused is not None and editor.isAncestorOf(focused):
        focused.setFocus()
