"""What the concern register does to the chosen concern, each as one use case: close it
with a reason chosen from a list, put it on or take it off a coordination meeting's
agenda, or escalate it to a case, where the new person/case editor takes the person and
its save runs the one escalation (the case, the person and the link in one unit of
work)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from riskdesk.domain.concern import CLOSE_REASON_LABELS, Concern, ConcernId
from riskdesk.domain.concern_agenda import CONCERN_MEETING_KINDS
from riskdesk.domain.danish_dates import dmy
from riskdesk.domain.localized import Language
from riskdesk.domain.meeting import MEETING_KIND_LABELS, Meeting, MeetingId
from riskdesk.gui.cases.person_case_editor import PersonCaseEditor
from riskdesk.gui.operations import read_now, run_op

if TYPE_CHECKING:
    from riskdesk.services.desk import Desk


def close_concern(
    parent: QWidget,
    desk: Desk,
    concern: Concern,
    *,
    language: Language,
    done: Callable[[Any], object] | None = None,
) -> None:
    """Ask for the reason, then close the concern in an operation."""
    concern_id = _stored(concern)
    labels = {label.text(language): reason.value for reason, label in CLOSE_REASON_LABELS.items()}
    chosen, ok = QInputDialog.getItem(
        parent,
        QCoreApplication.translate("ConcernActions", "Close concern"),
        QCoreApplication.translate("ConcernActions", "Reason for closing %1:").replace(
            "%1", concern.number
        ),
        list(labels),
        0,
        False,
    )
    if ok:
        reason = labels[chosen]
        run_op(parent, lambda: desk.concerns.close(concern_id, reason=reason), done)


def coordination_meetings(desk: Desk, *, today: date | None = None) -> list[Meeting]:
    """The coordination and youth-coordination meetings from today on, soonest first."""
    meetings = desk.meetings.list(upcoming_only=True, today=today)
    return [m for m in meetings if m.kind in CONCERN_MEETING_KINDS]


def meeting_name(meeting: Meeting, language: Language) -> str:
    area = f" ({meeting.area})" if meeting.area else ""
    return f"{MEETING_KIND_LABELS[meeting.kind].text(language)}{area} {dmy(meeting.held_on)}"


def put_on_agenda(
    parent: QWidget,
    desk: Desk,
    concern: Concern,
    *,
    language: Language,
    done: Callable[[Any], object] | None = None,
) -> None:
    """Choose one of the coming coordination meetings and put the concern on it."""
    concern_id = _stored(concern)
    meetings = read_now(parent, lambda: coordination_meetings(desk))
    if meetings is None:
        return
    if not meetings:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("ConcernActions", "Put on agenda"),
            QCoreApplication.translate(
                "ConcernActions",
                "There is no coming coordination meeting. Plan one on the Meetings page.",
            ),
        )
        return
    names = {meeting_name(m, language): MeetingId(m.id or 0) for m in meetings}
    chosen, ok = QInputDialog.getItem(
        parent,
        QCoreApplication.translate("ConcernActions", "Put on agenda"),
        QCoreApplication.translate("ConcernActions", "Meeting for %1:").replace(
            "%1", concern.number
        ),
        list(names),
        0,
        False,
    )
    if ok:
        meeting_id = names[chosen]
        run_op(parent, lambda: desk.concerns.put_on_agenda(concern_id, meeting_id), done)


def take_off_agendas(
    parent: QWidget,
    desk: Desk,
    concern: Concern,
    *,
    done: Callable[[Any], object] | None = None,
) -> None:
    """Take the concern off every agenda it is on, in one operation per meeting."""
    concern_id = _stored(concern)
    for meeting_id in concern.meeting_ids:
        run_op(parent, _taking_off(desk, concern_id, MeetingId(meeting_id)), done)


def _taking_off(desk: Desk, concern_id: ConcernId, meeting_id: MeetingId) -> Callable[[], Concern]:
    return lambda: desk.concerns.take_off_agenda(concern_id, meeting_id)


def escalate(
    parent: QWidget,
    desk: Desk,
    concern: Concern,
    *,
    language: Language,
    done: Callable[[int], object] | None = None,
) -> PersonCaseEditor | None:
    """Open the new person/case editor; its save escalates the concern to that case."""
    concern_id = _stored(concern)

    def create(**given: Any) -> tuple[Any, Any]:
        person, case, _ = desk.concerns.escalate(
            concern_id, person=given["person"], case=given["case"]
        )
        return person, case

    editor = read_now(
        parent,
        lambda: PersonCaseEditor(
            desk=desk, language=language, case_id=None, parent=parent.window(), create=create
        ),
    )
    if editor is None:
        return None
    # The editor's own title says "new person and case"; this says why.
    title = QCoreApplication.translate("ConcernActions", "Escalate %1 to a case")
    title = title.replace("%1", concern.number)
    editor.setWindowTitle(f"{title}[*]")
    editor.heading.setText(title)
    editor.case_info.setText(
        QCoreApplication.translate(
            "ConcernActions",
            "Enter the person now. Saving makes the case and links the concern to it; "
            "nothing about the person is written into the concern.",
        )
    )
    if done is not None:
        editor.saved.connect(done)
    editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    editor.open()
    return editor


def _stored(concern: Concern) -> ConcernId:
    assert concern.id is not None  # listed concerns are stored ones
    return concern.id
