from pathlib import Path

import pytest
from docx import Document

from riskdesk.domain.action_plan import RESPONSIBLE_LABELS
from riskdesk.domain.audit import AuditAction, AuditEntity
from riskdesk.domain.case import CaseKind
from riskdesk.domain.ids import CaseId
from riskdesk.services.desk import Desk
from riskdesk.services.document_export import DocumentKind, DocumentProblem


def _text(path: Path) -> str:
    document = Document(str(path))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def _case_with_plan(desk: Desk) -> CaseId:
    for summary in sorted(desk.cases.search(), key=lambda c: c.case_id):
        plan = desk.plans.current(summary.case_id)
        if plan is not None and plan.goals:
            return summary.case_id
    pytest.fail("the demo vault has no plan")


def test_the_plan_document_names_the_person_a_goal_and_an_owner(desk: Desk, tmp_path: Path) -> None:
    case_id = _case_with_plan(desk)
    plan = desk.plans.current(case_id)
    assert plan is not None
    person = desk.persons.get(desk.cases.get(case_id).person_id)
    out = tmp_path / "handleplan.docx"

    exported = desk.documents.export(DocumentKind.PLAN, case_id, out)

    assert exported.docx == out
    text = _text(out)
    assert person.name in text
    goal = plan.goals[0]
    assert goal.text in text
    assert RESPONSIBLE_LABELS[goal.actions[0].responsible].da in text
    (event,) = [
        e for e in desk.audit.events(entity=AuditEntity.PLAN) if e.action is AuditAction.EXPORT
    ]
    assert {k: event.details[k] for k in ("case_id", "document", "files")} == {
        "case_id": case_id,
        "document": "plan",
        "files": ["handleplan.docx"],
    }
    # The file name only: the folder can name a colleague's or a partner's share.
    assert str(tmp_path) not in str(event.details)


def test_a_case_without_a_meeting_prints_blank_minutes(desk: Desk, tmp_path: Path) -> None:
    summaries = sorted(desk.cases.search(), key=lambda c: c.case_id)
    case_id = next(c.case_id for c in summaries if desk.release_meetings.get(c.case_id) is None)
    out = tmp_path / "referat.docx"
    desk.documents.export(DocumentKind.RELEASE_MINUTES, case_id, out)
    assert "(ikke udfyldt)" in _text(out)


def test_release_documents_render_from_the_demo_meeting(desk: Desk, tmp_path: Path) -> None:
    release = [c for c in desk.cases.search() if c.kind is CaseKind.RELEASE]
    case_id = next(c.case_id for c in release if desk.release_meetings.get(c.case_id))
    meeting = desk.release_meetings.get(case_id)
    assert meeting is not None
    out = tmp_path / "dagsorden.docx"
    desk.documents.export(DocumentKind.RELEASE_AGENDA, case_id, out)
    assert meeting.prison in _text(out)


def test_an_unwritable_folder_is_a_document_problem_and_not_audited(
    desk: Desk, tmp_path: Path
) -> None:
    case_id = _case_with_plan(desk)
    with pytest.raises(DocumentProblem):
        desk.documents.export(DocumentKind.PLAN, case_id, tmp_path / "missing" / "plan.docx")
    assert not [
        e for e in desk.audit.events(entity=AuditEntity.PLAN) if e.action is AuditAction.EXPORT
    ]
