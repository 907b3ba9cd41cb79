"""Adding an assessment and finalising it in the same unit of work (the assessment import,
which builds the demo) reads no row back: the person and the case are asked for by id
only, and the added assessment is finalised from what was just written. What is stored
and returned is the same as when it is read again."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session

from assessment_forms import level_rules, yes_to_first, youth
from riskdesk.domain.assessment_draft import AssessmentDraft, ItemAnswer
from riskdesk.domain.assessment_evaluation import evaluate_assessment
from riskdesk.domain.assessment_record import snapshot_of
from riskdesk.domain.person import Person
from riskdesk.domain.use_cases import UseCase
from riskdesk.store.vault import Vault


@contextmanager
def _selects(vault: Vault) -> Iterator[list[str]]:
    seen: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            seen.append(" ".join(statement.split()))

    engine = vault._require_open()
    event.listen(engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", record)


def test_an_imported_assessment_is_added_and_finalised_without_reading_rows(
    vault: Vault,
) -> None:
    with vault.unit_of_work(UseCase.ASSESSMENT_START) as uow:
        person = uow.persons.add(Person(name="Test Person", birth_date=date(2009, 9, 9)))
    assert person.id is not None
    draft = AssessmentDraft(
        instrument_id="riskdesk-youth",
        instrument_version=1,
        person_id=person.id,
        assessment_date=date(2026, 4, 1),
        answers={k: ItemAnswer(value=v) for k, v in yes_to_first(11).items()},
    )
    snapshot = snapshot_of(
        youth(), evaluate_assessment(youth(), level_rules(), answers=draft.answer_values())
    )
    with _selects(vault) as selects, vault.unit_of_work(UseCase.ASSESSMENT_IMPORT) as uow:
        added = uow.assessments.add(draft)
        final = uow.assessments.finalise(added.id, snapshot)
    # Whole rows are read as "table.id, table.<column>, …"; only ids were asked for.
    assert not [s for s in selects if "persons.name" in s or "FROM assessments" in s]
    with vault.unit_of_work(UseCase.ASSESSMENT_VIEW) as uow:
        assert uow.assessments.get(added.id) == final
    assert final.draft == draft
    assert final.snapshot == snapshot


def test_an_imported_assessment_is_written_past_the_orms_flush(vault: Vault) -> None:
    """Its row is inserted and finalised by statements built once (the ORM's flush of
    one new row and one changed row cost more than the rest of the assessment), and what
    is stored is what a read finds."""
    with vault.unit_of_work(UseCase.ASSESSMENT_START) as uow:
        person = uow.persons.add(Person(name="Test Person", birth_date=date(2009, 9, 9)))
    assert person.id is not None
    draft = AssessmentDraft(
        instrument_id="riskdesk-youth",
        instrument_version=1,
        person_id=person.id,
        assessment_date=date(2026, 4, 1),
        answers={k: ItemAnswer(value=v) for k, v in yes_to_first(11).items()},
    )
    snapshot = snapshot_of(
        youth(), evaluate_assessment(youth(), level_rules(), answers=draft.answer_values())
    )
    flushed: list[str] = []

    def record(session: Session, *_: Any) -> None:
        flushed.extend(type(row).__name__ for row in (*session.new, *session.dirty))

    event.listen(Session, "before_flush", record)
    try:
        with vault.unit_of_work(UseCase.ASSESSMENT_IMPORT) as uow:
            added = uow.assessments.add(draft)
            final = uow.assessments.finalise(added.id, snapshot)
    finally:
        event.remove(Session, "before_flush", record)
    assert "AssessmentRow" not in flushed
    with vault.unit_of_work(UseCase.ASSESSMENT_VIEW) as uow:
        assert uow.assessments.get(added.id) == final
    assert final.is_final
