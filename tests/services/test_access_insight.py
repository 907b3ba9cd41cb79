"""Access insight: the events that concern one person, oldest first and by whom, and
nothing about anyone else; only leaders, administrators and the person's caseworker may
make one, and the Word extract lists the same events."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from docx import Document

from riskdesk.demo.synthetic_people import synthetic_records
from riskdesk.demo.synthetic_plans import synthetic_plan
from riskdesk.domain.access_insight import AccessInsight
from riskdesk.domain.audit import AuditAction, AuditEntity
from riskdesk.domain.ids import CaseId, PersonId
from riskdesk.domain.refusals import PermissionDenied
from riskdesk.domain.user import Role
from riskdesk.services.access_insight_service import ACCESS_INSIGHT_REFUSED
from riskdesk.services.desk import Desk
from riskdesk.services.document_export import DocumentKind
from vault_fixtures import PASSWORD

pytestmark = pytest.mark.vault

TODAY = date(2026, 11, 21)


def _docx(path: Path | str) -> tuple[str, str, list[list[str]]]:
    """Body text, header text and table rows of a saved .docx."""
    document = Document(str(path))
    rows = [[c.text for c in row.cells] for table in document.tables for row in table.rows]
    body = "\n".join([p.text for p in document.paragraphs] + ["\n".join(r) for r in rows])
    header = document.sections[0].header
    header_cells = [c.text for t in header.tables for row in t.rows for c in row.cells]
    return body, "\n".join([p.text for p in header.paragraphs] + header_cells), rows


def _open(path: Path | str, username: str) -> Desk:
    return Desk.open(path, username=username, password=PASSWORD)


def _new_person(path: Path | str, *, seed: int) -> tuple[PersonId, CaseId]:
    """A synthetic person with a case, created by the caseworker (an administrator does
    no casework)."""
    record = synthetic_records(1, seed=seed, today=TODAY, caseworkers=("koordinator",))[0]
    with _open(path, "koordinator") as desk:
        person, case = desk.cases.create_person_with_case(person=record.person, case=record.case)
    assert person.id is not None
    assert case.id is not None
    return person.id, case.id


@pytest.fixture
def story(demo_location: Path | str, tmp_path: Path) -> tuple[PersonId, CaseId, PersonId]:
    """The coordinator creates two people; the leader reads and changes the first and
    exports its plan; the coordinator opens the first's case and reads the second person."""
    person_id, case_id = _new_person(demo_location, seed=901)
    other_id, _ = _new_person(demo_location, seed=902)
    with _open(demo_location, "leder") as desk:
        person = desk.persons.get(person_id)
        desk.persons.update(person_id, person.model_dump() | {"phone": "12 34 56 78"})
        desk.plans.save(case_id, synthetic_plan(seed=5, today=TODAY))
        desk.documents.export(DocumentKind.PLAN, case_id, tmp_path / "handleplan.docx")
    with _open(demo_location, "koordinator") as desk:
        desk.cases.get(case_id)
        desk.persons.get(other_id)
    return person_id, case_id, other_id


def _steps(insight: AccessInsight) -> list[tuple[str, AuditAction, AuditEntity]]:
    return [(e.user.username, e.action, e.entity) for e in insight.entries]


def test_the_insight_lists_the_events_in_order_by_who_did_them(
    demo_location: Path | str, story: tuple[PersonId, CaseId, PersonId]
) -> None:
    person_id, _, _ = story
    with _open(demo_location, "leder") as desk:
        insight = desk.access_insight.for_person(person_id)

    steps = _steps(insight)
    expected = [
        ("koordinator", AuditAction.CREATE, AuditEntity.CASE),
        ("leder", AuditAction.READ, AuditEntity.PERSON),
        ("leder", AuditAction.UPDATE, AuditEntity.PERSON),
        ("leder", AuditAction.CREATE, AuditEntity.PLAN),
        ("leder", AuditAction.EXPORT, AuditEntity.PLAN),
        ("koordinator", AuditAction.READ, AuditEntity.CASE),
        ("leder", AuditAction.READ, AuditEntity.PERSON),
    ]
    # One event per use case: creating the person with the case is one, and rendering the
    # plan for the export reads the case, person, plan and assessments within its own.
    positions = [
        steps.index(step, (steps.index(expected[i - 1]) + 1) if i else 0)
        for i, step in enumerate(expected[:-1])
    ]
    assert positions == sorted(positions)
    assert steps[-1] == expected[-1]
    sequences = [e.sequence for e in insight.entries]
    assert sequences == sorted(sequences)
    assert [e.at for e in insight.entries] == sorted(e.at for e in insight.entries)

    texts = [(e.user.display_name, e.user.role, e.what.da, e.record.da) for e in insight.entries]
    case_number = next(n for n in (e.record.da for e in insight.entries) if n.startswith("Sag "))
    assert (
        "Kim Koordinator",
        Role.CASEWORKER,
        "oprettede personoplysningerne og sagen",
        case_number,
    ) in texts
    assert (
        "Lene Leder",
        Role.SUPERVISOR,
        "ændrede personoplysningerne: telefon",
        "Personoplysninger",
    ) in texts
    assert ("Kim Koordinator", Role.CASEWORKER, "så sagen", case_number) in texts
    assert any(
        e.what.da == "eksporterede handleplanen (fil: handleplan.docx)"
        and e.what.en == "exported the action plan (file: handleplan.docx)"
        for e in insight.entries
    )
    assert insight.entries[-1].what.da == "dannede et udtræk af loggen (indsigt)"
    assert insight.produced_by.username == "leder"


def test_the_insight_leaves_out_other_persons_and_logins(
    demo_location: Path | str, story: tuple[PersonId, CaseId, PersonId]
) -> None:
    person_id, case_id, other_id = story
    with _open(demo_location, "leder") as desk:
        insight = desk.access_insight.for_person(person_id)
        everything = desk.audit.events()
        other = desk.access_insight.for_person(other_id)

    mine = {e.sequence for e in insight.entries}
    theirs = {e.sequence for e in other.entries}
    assert not mine & theirs
    by_sequence = {e.sequence: e for e in everything}
    for sequence in mine:
        event = by_sequence[sequence]
        assert event.entity not in (AuditEntity.VAULT, AuditEntity.USER)
        about_person = event.entity is AuditEntity.PERSON and event.entity_id == person_id
        about_case = event.entity is AuditEntity.CASE and event.entity_id == case_id
        assert (
            about_person
            or about_case
            or (
                event.details.get("person_id") == person_id
                or event.details.get("case_id") == case_id
            )
        )
    # The coordinator's read of the other person is in their insight only.
    assert ("koordinator", AuditAction.READ, AuditEntity.PERSON) in _steps(other)
    assert ("koordinator", AuditAction.READ, AuditEntity.PERSON) not in _steps(insight)


def test_a_search_that_finds_the_person_counts_and_the_plain_list_does_not(
    demo_location: Path | str, story: tuple[PersonId, CaseId, PersonId]
) -> None:
    person_id, _, _ = story
    with _open(demo_location, "koordinator") as desk:
        name = desk.persons.get(person_id).name
        surname = name.split()[-1]
        desk.cases.search(surname.upper())
        desk.cases.search("")
        desk.cases.search("zz-no-such-name")
        insight = desk.access_insight.for_person(person_id)

    searches = [e for e in insight.entries if e.action is AuditAction.SEARCH]
    assert [e.what.da for e in searches] == [f"søgte i sagslisten efter »{surname.upper()}«"]


def test_a_caseworker_on_none_of_the_cases_is_refused_and_the_attempt_is_logged(
    demo_location: Path | str, story: tuple[PersonId, CaseId, PersonId]
) -> None:
    person_id, _, _ = story
    with _open(demo_location, "admin") as desk:
        desk.users.add(
            username="kollega", display_name="Kaj Kollega", role=Role.CASEWORKER, password=PASSWORD
        )
    with (
        Desk.open(
            demo_location, username="kollega", password=PASSWORD, new_password="kajs kode"
        ) as desk,
        pytest.raises(PermissionDenied) as refused,
    ):
        desk.access_insight.for_person(person_id)
    assert refused.value.message == ACCESS_INSIGHT_REFUSED
    assert "leder" in refused.value.text("da")
    assert "supervisor" in refused.value.text("en")

    with _open(demo_location, "koordinator") as desk:
        insight = desk.access_insight.for_person(person_id)
    attempt = [e for e in insight.entries if e.user.username == "kollega"]
    assert [e.what.da for e in attempt] == ["dannede et udtræk af loggen (indsigt) (afvist)"]


def test_the_word_extract_lists_the_events_and_its_export_is_audited(
    demo_location: Path | str, story: tuple[PersonId, CaseId, PersonId], tmp_path: Path
) -> None:
    person_id, _, _ = story
    out = tmp_path / "indsigt.docx"
    with _open(demo_location, "leder") as desk:
        # As in the GUI: the insight is made and read, then saved.
        desk.access_insight.for_person(person_id)
        exported = desk.documents.export(DocumentKind.ACCESS_INSIGHT, person_id, out)
        person = desk.persons.get(person_id)
        insight = desk.access_insight.for_person(person_id)

    assert exported.docx == out
    text, header, table = _docx(out)
    assert "Indsigt i behandling af personoplysninger" in text
    assert person.name in text
    assert person.cpr is not None
    assert person.cpr in text
    assert "FORTROLIGT" in header
    rows = [r for r in table if len(r) == 4 and r[0][:2].isdigit()]
    whats = [r[2] for r in rows]
    assert whats[0] == "Oprettede personoplysningerne og sagen"
    assert "Ændrede personoplysningerne: telefon" in whats
    assert "Eksporterede handleplanen (fil: handleplan.docx)" in whats
    assert any(r[1] == "Kim Koordinator (sagsbehandler)" and r[2] == "Så sagen" for r in rows)
    assert whats[-1] == "Dannede et udtræk af loggen (indsigt)"
    # The export comes after the extract was made, so the next insight shows it.
    exports = [e for e in insight.entries if e.action is AuditAction.EXPORT]
    assert exports[-1].what.da == "eksporterede logudtrækket (indsigt) (fil: indsigt.docx)"
    assert exports[-1].entity is AuditEntity.PERSON
