"""Turning an inquiry into a new case in one step: the new person and case editor opens,
and the case it saves is linked to the inquiry (``desk.inquiries.to_case``), so the
inquiry is counted as one that became a case."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from riskdesk.domain.ids import CaseId
from riskdesk.domain.inquiry import Inquiry
from riskdesk.domain.localized import Language
from riskdesk.gui.cases.person_case_editor import PersonCaseEditor
from riskdesk.gui.operations import read_now, run_op

if TYPE_CHECKING:
    from riskdesk.services.desk import Desk


def make_case_from(
    parent: QWidget, desk: Desk, inquiry: Inquiry, *, language: Language
) -> PersonCaseEditor | None:
    """Open the editor for a new person and case; once it has saved, link ``inquiry`` to
    the new case in an operation of its own (a refusal shows on ``parent``)."""
    inquiry_id = inquiry.id
    assert inquiry_id is not None  # listed inquiries are stored ones
    editor = read_now(
        parent, lambda: PersonCaseEditor(desk=desk, language=language, case_id=None, parent=parent)
    )
    if editor is None:
        return None

    linked: list[int] = []

    def link(case_id: int) -> None:
        # The editor says "saved" again after a later close or reopen of the same case;
        # the inquiry is linked at the first save only.
        if not linked:
            linked.append(case_id)
            run_op(parent, lambda: desk.inquiries.to_case(inquiry_id, CaseId(case_id)))

    editor.saved.connect(link)
    editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    editor.open()
    return editor
