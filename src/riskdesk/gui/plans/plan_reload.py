"""The plan editor's answer to a save refused as stale: the refusal with the user's
unsaved goals, actions and texts beside the editor, and Reload, which shows the plan as
the colleague left it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from riskdesk.domain.localized import Language
from riskdesk.domain.record_version import StaleRecord
from riskdesk.domain.unsaved_text import plan_unsaved
from riskdesk.gui.widgets.stale_record_dialog import StaleRecordDialog

if TYPE_CHECKING:
    from riskdesk.gui.plans.plan_editor import PlanEditor


def offer_reload(editor: PlanEditor, refusal: StaleRecord, language: Language) -> StaleRecordDialog:
    dialog = StaleRecordDialog(
        refusal, plan_unsaved(editor.draft), language=language, parent=editor
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def reload() -> None:
        if editor.reload():
            dialog.reloaded()

    dialog.reload_requested.connect(reload)
    dialog.show()
    return dialog
