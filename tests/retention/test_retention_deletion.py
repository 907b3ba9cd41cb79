"""Deleting due cases through the service, on a real demo vault: every row that refers to
a case goes, the person with their last case only, all in one transaction, and the audit
event is a tombstone with ids and counts and no person data."""

from __future__ import annotations

import json

import pytest
from retention_story import NOT_YET, ON, Story, raw, rows_of_case

from riskdesk.domain.retention import (
    NotDueForDeletion,
    OnlySupervisorsDelete,
    OnlySupervisorsSeeRetention,
)
from riskdesk.services.desk import Desk
from riskdesk.store.case_deletion import DELETED_TABLES, UNLINKED_TABLES
from riskdesk.store.tables import metadata
from vault_fixtures import PASSWORD


def _open(story: Story, username: str = "leder") -> Desk:
    return Desk.open(story.path, username=username, password=PASSWORD)


def test_closed_cases_are_due_five_years_after_closing(story: Story) -> None:
    with _open(story) as desk:
        before = desk.retention.review(today=NOT_YET)
        review = desk.retention.review(today=ON)
    numbers = {case.case_number for case in (*story.deleted, story.kept_person)}
    assert not numbers & {d.case.case_number for d in before.due}
    assert numbers <= {d.case.case_number for d in review.due}
    kept = review.due_by_number(story.kept_person.case_number)
    assert kept is not None
    assert kept.other_cases == (story.other_case_number,)
    assert review.due_by_number(story.other_case_number) is None


def test_deleting_removes_every_row_of_the_case_and_its_person(story: Story) -> None:
    before = [rows_of_case(story.path, c.case_id, c.person_id) for c in story.deleted]
    # The story gives each kind of row to at least one of the cases.
    assert all(sum(rows[table] for rows in before) for table in before[0]), before
    numbers = [case.case_number for case in story.deleted]
    with _open(story) as desk:
        report = desk.retention.delete(numbers, today=ON)
        assert desk.audit.verify().intact
    assert report.case_numbers == tuple(numbers)
    assert report.persons_deleted == len(story.deleted)
    assert report.compacted
    for case in story.deleted:
        assert set(rows_of_case(story.path, case.case_id, case.person_id).values()) == {0}


def test_a_person_with_another_case_is_kept(story: Story) -> None:
    kept = story.kept_person
    with _open(story) as desk:
        report = desk.retention.delete([kept.case_number], today=ON)
        assert desk.cases.by_number(story.other_case_number) is not None
    assert report.persons_deleted == 0
    rows = rows_of_case(story.path, kept.case_id, kept.person_id)
    assert rows["cases"] == 0
    assert rows["persons"] == 1


def test_the_tombstone_names_ids_and_counts_and_no_person_data(story: Story) -> None:
    case = story.deleted[0]
    with _open(story) as desk:
        desk.retention.delete([case.case_number], today=ON)
    connection = raw(story.path)
    try:
        username, action, entity, details_json = connection.execute(
            "select username, action, entity, details_json from audit_events "
            "order by sequence desc limit 1"
        ).fetchone()
        every_event = " ".join(
            row[0] for row in connection.execute("select details_json from audit_events")
        )
    finally:
        connection.close()
    details = json.loads(details_json)
    assert (username, action, entity) == ("leder", "delete", "case")
    assert details["use_case"] == "retention.delete"
    (tombstone,) = details["deleted"]
    assert tombstone["case_number"] == case.case_number
    assert tombstone["case_id"] == case.case_id
    assert tombstone["person_id"] == case.person_id
    assert tombstone["person_deleted"] is True
    assert tombstone["rule"] == "closed-cases"
    assert tombstone["rows"]["cases"] == 1
    assert tombstone["rows"]["persons"] == 1
    # The earlier events about the case named it by id only, as this one does.
    for text in (case.name, case.cpr, f"{case.cpr[:6]}-{case.cpr[6:]}", case.name.casefold()):
        assert text not in every_event


def test_a_case_not_due_is_refused_and_nothing_is_deleted(story: Story) -> None:
    due = story.deleted[0]
    with _open(story) as desk, pytest.raises(NotDueForDeletion) as refusal:
        desk.retention.delete([due.case_number, story.other_case_number], today=ON)
    assert story.other_case_number in refusal.value.text("en")
    assert rows_of_case(story.path, due.case_id, due.person_id)["cases"] == 1


def test_a_name_typed_for_a_case_number_is_not_repeated(story: Story) -> None:
    case = story.deleted[0]
    with _open(story) as desk, pytest.raises(NotDueForDeletion) as refusal:
        desk.retention.delete([case.name], today=ON)
    assert case.name not in refusal.value.text("da")


def test_only_a_supervisor_deletes_and_a_caseworker_sees_nothing(story: Story) -> None:
    case = story.deleted[0]
    with _open(story, "koordinator") as desk:
        with pytest.raises(OnlySupervisorsSeeRetention):
            desk.retention.review(today=ON)
        with pytest.raises(OnlySupervisorsDelete):
            desk.retention.delete([case.case_number], today=ON)
    with _open(story, "admin") as desk:
        assert desk.retention.review(today=ON).due
        with pytest.raises(OnlySupervisorsDelete):
            desk.retention.delete([case.case_number], today=ON)
    assert rows_of_case(story.path, case.case_id, case.person_id)["cases"] == 1


def test_every_table_that_refers_to_a_case_or_person_is_deleted_with_it() -> None:
    """A table added later that refers to a case, a person or one of their records must
    be added to the deletion (or the foreign keys make it fail), or to the tables that
    keep their rows with the link cleared."""
    reached = {"cases", "persons"}
    grew = True
    while grew:
        grew = False
        for table in metadata.sorted_tables:
            # A row that refers to a kept row is not reached through it.
            refers = {fk.column.table.name for fk in table.foreign_keys} - UNLINKED_TABLES
            if table.name not in reached and refers & reached and table.name != "meetings":
                reached.add(table.name)
                grew = True
    assert reached == DELETED_TABLES | UNLINKED_TABLES
