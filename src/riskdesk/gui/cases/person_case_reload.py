"""The person-and-case editor's answer to a save refused as stale: the refusal with the
user's unsaved text beside the form, and Reload, which shows the newest person and case."""

from __future__ import annotations

from typing import TYPE_CHECKING

from riskdesk.domain.localized import Language
from riskdesk.domain.record_version import StaleRecord
from riskdesk.domain.unsaved_text import person_case_unsaved
from riskdesk.gui.widgets.stale_record_dialog import StaleRecordDialog
from riskdesk.gui.widgets.stale_record_dialog import offer_reload as offer

if TYPE_CHECKING:
    from riskdesk.gui.cases.person_case_editor import PersonCaseEditor


def offer_reload(
    editor: PersonCaseEditor, refusal: StaleRecord, language: Language
) -> StaleRecordDialog:
    case_id = editor.form.case_id
    return offer(
        editor,
        refusal,
        person_case_unsaved(editor.form),
        language=language,
        reload=lambda: case_id is not None and editor.reload(case_id),
    )
