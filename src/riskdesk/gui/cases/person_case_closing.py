"""Closing and reopening a case from the person/case editor, at the version of the case
the editor shows: when a colleague saved the case since it was loaded, the close or
reopening is refused naming them (nothing written), so the editor never takes the
closed case's version over a change it has not shown, and a later save from it is
refused for that change too."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from riskdesk.domain.case import Case
from riskdesk.domain.localized import Language
from riskdesk.domain.refusals import Refusal
from riskdesk.gui.cases.close_case_dialog import CloseCaseDialog
from riskdesk.gui.operations import run_op

if TYPE_CHECKING:
    from riskdesk.gui.cases.person_case_editor import PersonCaseEditor
    from riskdesk.services.desk import Desk


def close_case(
    editor: PersonCaseEditor, desk: Desk, language: Language, *, changed: Callable[[Case], None]
) -> None:
    """The closing dialog over the editor; ``changed`` gets the closed case."""
    case_id = editor.form.case_id
    if case_id is None:
        return
    dialog = CloseCaseDialog(
        desk=desk,
        case_id=case_id,
        case_version=editor.form.loaded_versions["case_version"],
        language=language,
        parent=editor,
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.case_closed.connect(changed)
    dialog.open()


def reopen_case(
    editor: PersonCaseEditor,
    desk: Desk,
    *,
    changed: Callable[[Case], None],
    refused: Callable[[Refusal], None],
) -> None:
    """Reopen in an operation; ``refused`` offers a reload when the case is stale."""
    case_id = editor.form.case_id
    if case_id is not None:
        version = editor.form.loaded_versions["case_version"]
        reopen = partial(desk.cases.reopen, case_id, case_version=version)
        run_op(editor, reopen, changed, on_refused=refused)
