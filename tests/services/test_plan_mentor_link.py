"""The plan's mentor is a link to one of the case's mentor courses: the plan document
prints the course's mentor and dates, read back from the .docx; a plan made before
courses were records keeps its typed mentor, which still reads and prints."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from docx import Document

from mentor_users import MENTOR, add_mentor
from riskdesk.domain.action_plan import ActionPlan
from riskdesk.domain.plan_draft import PlanDraft
from riskdesk.services.desk import Desk
from riskdesk.services.document_export import DocumentKind
from vault_fixtures import PASSWORD


def _text(path: Path) -> str:
    document = Document(str(path))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def _new_case(desk: Desk) -> int:
    _, case = desk.cases.create_person_with_case(
        person={"name": "Mentor Plansen", "birth_date": date(2007, 4, 5)},
        case={"level": 2, "kind": "exit", "referral_source": "police"},
    )
    assert case.id is not None
    return case.id


def test_the_plan_document_prints_the_linked_course(
    demo_location: Path | str, tmp_path: Path
) -> None:
    add_mentor(demo_location)
    with Desk.open(demo_location, username="koordinator", password=PASSWORD) as desk:
        case_id = _new_case(desk)
        course = desk.mentor_courses.start(
            case_id,
            mentor_username=MENTOR,
            started_on=date(2025, 2, 1),
            planned_end=date(2025, 12, 1),
        )
        draft = PlanDraft(case_id=case_id, stored=None, today=date(2025, 2, 3))
        draft.edit_details(mentor_course_id=course.id, mentor="Mette Mentor")
        saved = desk.plans.save(case_id, draft.to_plan())
        assert saved.mentor_course_id == course.id
        exported = desk.documents.export(DocumentKind.PLAN, case_id, tmp_path / "plan.docx")
    text = _text(exported.docx)
    assert "Mette Mentor, mentorforløb fra 01.02.2025, planlagt til 01.12.2025" in text


def test_a_plan_with_a_typed_mentor_still_reads_and_prints(
    demo_location: Path | str, tmp_path: Path
) -> None:
    old = json.loads(ActionPlan(made_on=date(2024, 1, 1), mentor="Ole Frivillig").model_dump_json())
    del old["mentor_course_id"]
    assert ActionPlan.model_validate(old).mentor_course_id is None
    with Desk.open(demo_location, username="koordinator", password=PASSWORD) as desk:
        case_id = _new_case(desk)
        desk.plans.save(case_id, ActionPlan.model_validate(old))
        exported = desk.documents.export(DocumentKind.PLAN, case_id, tmp_path / "plan.docx")
    assert "Ole Frivillig" in _text(exported.docx)
