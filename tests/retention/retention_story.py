"""A demo vault with cases closed long enough ago to be due, built through the services
as a unit would: a case with an approved plan (its frozen document), one with review
comments, one with a release meeting and a meeting agenda entry; and a person whose other
case stays open (so they are kept). Dates: the cases close on CLOSED_ON, and the rules
make them due five years later (ON)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from riskdesk.domain.ids import CaseId, PersonId
from riskdesk.services.desk import Desk
from riskdesk.store.cipher_connection import open_cipher_connection
from riskdesk.store.key_slots import read_key_file, sidecar_path
from riskdesk.store.vault_identity import unlock
from vault_fixtures import PASSWORD

CLOSED_ON = date(2026, 11, 21)
ON = date(2031, 11, 21)
NOT_YET = date(2031, 11, 20)

_RICH_CASES = {
    "frozen": "select a.case_id from frozen_documents f join action_plans a on a.id = f.plan_id",
    "comments": "select a.case_id from plan_comments c join action_plans a on a.id = c.plan_id",
    "release": "select r.case_id from release_meetings r "
    "join meeting_items m on m.case_id = r.case_id",
    "assessed": "select case_id from assessments where case_id is not null",
    "journal": "select case_id from journal_entries",
    "course": "select case_id from mentor_courses",
    "kept": "select id from cases",
}
"""One open case with each kind of row; the last is the kept person's. The first is
closed with an outcome, so an outcome is among the rows deleted too."""
_OUTCOME = {
    "new_charge": "no",
    "education": "improved",
    "job": "same",
    "housing": "same",
    "substance_use": "same",
}


@dataclass(frozen=True)
class StoryCase:
    case_id: int
    case_number: str
    person_id: int
    name: str
    cpr: str


@dataclass(frozen=True)
class Story:
    path: Path
    deleted: tuple[StoryCase, ...]
    """Cases whose person goes with them (no other case)."""
    kept_person: StoryCase
    """A due case whose person has another, open case: the case goes, the person stays."""
    other_case_number: str


def data_key(path: Path, username: str = "leder") -> bytes:
    opened = unlock(read_key_file(sidecar_path(path)), username=username, password=PASSWORD)
    return bytes(opened[0].data_key)


def raw(path: Path) -> Any:
    """A keyed SQLCipher connection for looking at the rows, as a keyholder could."""
    return open_cipher_connection(path, data_key(path))


def _story_case(connection: Any, case_id: int) -> StoryCase:
    number, person_id, name, cpr = connection.execute(
        "select c.case_number, p.id, p.name, p.cpr_digits from cases c "
        "join persons p on p.id = c.person_id where c.id = ?",
        (case_id,),
    ).fetchone()
    return StoryCase(case_id, number, person_id, name, cpr)


def build_story(path: Path) -> Story:
    connection = raw(path)
    try:
        chosen: list[StoryCase] = []
        open_cases = {
            row[0] for row in connection.execute("select id from cases where status = 'open'")
        }
        for query in _RICH_CASES.values():
            case_id = next(
                row[0]
                for row in connection.execute(query)
                if row[0] in open_cases and row[0] not in {c.case_id for c in chosen}
            )
            chosen.append(_story_case(connection, case_id))
        names = [row[0] for row in connection.execute("select name from persons")]
        guardians = " ".join(
            row[0] for row in connection.execute("select guardians_json from persons")
        )
    finally:
        connection.close()
    for case in chosen:
        # Each person's name must be theirs alone, so finding it means finding them.
        assert names.count(case.name) == 1
        assert case.name not in guardians
    *deleted, kept = chosen
    with Desk.open(path, username="koordinator", password=PASSWORD) as desk:
        for case in chosen:
            desk.cases.close(
                CaseId(case.case_id),
                closed_on=CLOSED_ON,
                reason="Forløbet er slut",
                outcome=_OUTCOME if case is chosen[0] else None,
            )
        other = desk.cases.open_case(
            person_id=PersonId(kept.person_id),
            data={
                "level": 2,
                "kind": "individual",
                "opened_on": CLOSED_ON,
                "caseworker": "koordinator",
            },
        )
    return Story(
        path=path, deleted=tuple(deleted), kept_person=kept, other_case_number=other.case_number
    )


def rows_of_case(path: Path, case_id: int, person_id: int) -> dict[str, int]:
    """How many rows each table holds that belong to the case or its person."""
    queries = {
        "cases": "select count(*) from cases where id = :c",
        "persons": "select count(*) from persons where id = :p",
        "assessments": "select count(*) from assessments where case_id = :c or person_id = :p",
        "action_plans": "select count(*) from action_plans where case_id = :c",
        "plan_authors": "select count(*) from plan_authors where plan_id in "
        "(select id from action_plans where case_id = :c)",
        "plan_comments": "select count(*) from plan_comments where plan_id in "
        "(select id from action_plans where case_id = :c)",
        "frozen_documents": "select count(*) from frozen_documents where plan_id in "
        "(select id from action_plans where case_id = :c)",
        "release_meetings": "select count(*) from release_meetings where case_id = :c",
        "meeting_items": "select count(*) from meeting_items where case_id = :c",
        "mentor_courses": "select count(*) from mentor_courses where case_id = :c",
        "journal_entries": "select count(*) from journal_entries where case_id = :c",
        "case_outcomes": "select count(*) from case_outcomes where case_id = :c",
    }
    connection = raw(path)
    try:
        return {
            table: connection.execute(query, {"c": case_id, "p": person_id}).fetchone()[0]
            for table, query in queries.items()
        }
    finally:
        connection.close()
