"""The person-and-case editor's answer to a save refused as stale: the refusal with the
user's unsaved text beside the form, and Reload, which shows the newest person and case."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from riskdesk.domain.localized import Language
from riskdesk.domain.record_version import StaleRecord
from riskdesk.domain.unsaved_text import person_case_unsaved
from riskdesk.gui.widgets.stale_record_dialog import StaleRecordDialog

if TYPE_CHECKING:
    from riskdesk.gui.cases.person_case_editor import PersonCaseEditor


def offer_reload(
    editor: PersonCaseEditor, refusal: StaleRecord, language: Language
) -> StaleRecordDialog:
    case_id = editor.form.case_id
    dialog = StaleRecordDialog(
        refusal, person_case_unsaved(editor.form), language=language, parent=editor
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def reload() -> None:
        if case_id is not None and editor.reload(case_id):
            dialog.reloaded()

    dialog.reload_requested.connect(reload)
    dialog.show()
    return dialog
