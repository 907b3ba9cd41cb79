from pathlib import Path

import pytest
from docx import Document

from riskdesk.domain.action_plan import RESPONSIBLE_LABELS
from riskdesk.domain.audit import AuditAction, AuditEntity, AuditEvent
from riskdesk.domain.case import CaseKind
from riskdesk.domain.ids import CaseId
from riskdesk.domain.refusals import (
    NoPlan,
    NoReleaseMeeting,
    Refusal,
    UnknownCase,
    UnknownMeeting,
    UnknownPlan,
)
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


def _exports(desk: Desk) -> list[AuditEvent]:
    return [e for e in desk.audit.events() if e.action is AuditAction.EXPORT]


def _refused_everywhere(
    desk: Desk, kind: DocumentKind, record_id: int, tmp_path: Path, refusal: type[Refusal]
) -> Refusal:
    """The export, the rendering and the file name refuse alike, and nothing is saved."""
    folder = tmp_path / "ud"  # the demo vault lives in tmp_path itself
    folder.mkdir(exist_ok=True)
    with pytest.raises(refusal) as caught:
        desk.documents.export(kind, record_id, folder / "dokument.docx", pdf=True)
    for other in (desk.documents.render, desk.documents.suggested_name):
        with pytest.raises(refusal) as again:
            other(kind, record_id)
        assert again.value.text("da") == caught.value.text("da")
    assert list(folder.iterdir()) == []
    return caught.value


def test_a_release_case_without_a_meeting_has_no_agenda_or_minutes(
    desk: Desk, tmp_path: Path
) -> None:
    """Before #16 item 7 they printed a blank meeting: "(ikke udfyldt)" everywhere."""
    person_id = desk.cases.by_number("2026-0008").person_id  # type: ignore[union-attr]
    case = desk.cases.open_case(person_id=person_id, data={"kind": "release", "level": 2})
    assert case.id is not None
    for kind in (DocumentKind.RELEASE_AGENDA, DocumentKind.RELEASE_MINUTES):
        refusal = _refused_everywhere(desk, kind, case.id, tmp_path, NoReleaseMeeting)
        assert refusal.text("da") == f"Sagen {case.case_number} har intet løsladelsesmøde."
        assert refusal.text("en") == f"Case {case.case_number} has no release meeting."
    assert _exports(desk) == []


def test_a_case_without_a_plan_has_no_plan_document(desk: Desk, tmp_path: Path) -> None:
    summary = next(c for c in desk.cases.search() if desk.plans.current(c.case_id) is None)
    refusal = _refused_everywhere(desk, DocumentKind.PLAN, summary.case_id, tmp_path, NoPlan)
    assert refusal.text("da") == f"Sagen {summary.case_number} har ingen handleplan."
    assert refusal.text("en") == f"Case {summary.case_number} has no action plan."
    assert _exports(desk) == []


@pytest.mark.parametrize(
    ("kind", "refusal", "danish"),
    [
        (DocumentKind.MEETING_AGENDA, UnknownMeeting, "Mødet med id 99999 findes ikke."),
        (
            DocumentKind.MEETING_AGENDA_PSEUDONYMISED,
            UnknownMeeting,
            "Mødet med id 99999 findes ikke.",
        ),
        (DocumentKind.MEETING_MINUTES, UnknownMeeting, "Mødet med id 99999 findes ikke."),
        (DocumentKind.FROZEN_PLAN, UnknownPlan, "Handleplanen med id 99999 findes ikke."),
        (DocumentKind.PLAN, UnknownCase, "Sagen findes ikke."),
        (DocumentKind.RELEASE_MINUTES, UnknownCase, "Sagen findes ikke."),
    ],
)
def test_an_unknown_record_is_named_by_its_kind(
    desk: Desk, tmp_path: Path, kind: DocumentKind, refusal: type[Refusal], danish: str
) -> None:
    assert _refused_everywhere(desk, kind, 99999, tmp_path, refusal).text("da") == danish


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
