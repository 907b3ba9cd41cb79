"""Access insight at any length of log (#14 item 5): a person's events are found through
the indexes beside the chain, never by reading the whole log; an older vault gets the
indexes filled from its events and its trail stays intact; a day's searches that listed
the person read as one line that says how many there were."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from riskdesk.domain.audit import AuditAction, AuditEntity
from riskdesk.domain.case import CaseSummary
from riskdesk.domain.use_cases import UseCase
from riskdesk.services.desk import Desk
from riskdesk.store import migrate
from riskdesk.store.vault import Vault
from vault_fixtures import PASSWORD
from vault_versions import make_older

pytestmark = pytest.mark.vault


class _Clock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


def _someone(desk: Desk) -> CaseSummary:
    return sorted(desk.cases.search(), key=lambda c: c.case_id)[0]


def _entries(desk: Desk, person_id: int) -> list[tuple[int, str, str]]:
    insight = desk.access_insight.for_person(person_id)
    return [(e.sequence, e.user.username, e.what.da) for e in insight.entries]


def test_a_days_searches_that_listed_the_person_read_as_one_line(demo_path: Path) -> None:
    clock = _Clock(datetime(2026, 11, 23, 9, 0))
    vault = Vault.open(demo_path, username="koordinator", password=PASSWORD, clock=clock)
    with Desk(vault) as desk:
        person = _someone(desk)
        surname = person.person_name.split()[-1]
        typed = [surname[:2], surname[:3], surname]
        for minute, query in enumerate(typed):
            clock.now = datetime(2026, 11, 23, 9, minute)
            desk.cases.search(query)
        desk.cases.search("zzzzqq")  # found nobody, so it concerns nobody
        clock.now = datetime(2026, 11, 24, 14, 0)
        desk.cases.search(surname)
    with Desk.open(demo_path, username="leder", password=PASSWORD) as desk:
        insight = desk.access_insight.for_person(person.person_id)
    searches = [e for e in insight.entries if e.entity is AuditEntity.CASE_LIST]
    days = [e for e in searches if e.at >= datetime(2026, 11, 23, tzinfo=UTC)]
    assert [(e.action, e.user.username) for e in days] == [(AuditAction.SEARCH, "koordinator")] * 2
    first, second = days
    quoted = ", ".join(f"»{q}«" for q in typed)
    assert first.what.da == f"fandt personen ved 3 søgninger i sagslisten (efter {quoted})"
    assert first.what.en.startswith("found the person in 3 searches of the case list")
    assert (first.at, first.until) == (
        datetime(2026, 11, 23, 9, 0, tzinfo=UTC),
        datetime(2026, 11, 23, 9, 2, tzinfo=UTC),
    )
    assert second.what.da == f"søgte i sagslisten efter »{surname}«"
    assert second.until is None
    assert "zzzzqq" not in " ".join(e.what.da for e in insight.entries)


def test_the_persons_events_are_found_without_reading_the_whole_log(demo_path: Path) -> None:
    with Desk.open(demo_path, username="koordinator", password=PASSWORD) as desk:
        person = _someone(desk)
        desk.persons.get(person.person_id)
        desk.cases.get(person.case_id)
        desk.cases.search(person.person_name.split()[0])
    vault = Vault.open(demo_path, username="leder", password=PASSWORD)
    engine = vault._require_open()
    seen: list[tuple[str, Any]] = []

    def remember(_c: object, _cur: object, statement: str, parameters: Any, *_: object) -> None:
        seen.append((statement, parameters))

    with vault:
        with vault.unit_of_work(UseCase.ACCESS_INSIGHT) as uow:
            event.listen(engine, "before_cursor_execute", remember)
            try:
                case_ids = uow.access_log.logged_case_ids(person.person_id)
                found = uow.access_log.candidates(person.person_id, case_ids | {person.case_id})
                days = uow.access_log.search_days(
                    name=person.person_name,
                    cpr=person.cpr,
                    case_numbers=(person.case_number,),
                    after=0,
                )
            finally:
                event.remove(engine, "before_cursor_execute", remember)
        plans = _plans(engine, seen)
    assert person.case_id in case_ids
    assert (AuditAction.READ, AuditEntity.PERSON) in {(e.action, e.entity) for e in found}
    assert [day.queries for day in days][-1:] == [(person.person_name.split()[0],)]
    assert any("audit_events" in step for step in plans)
    assert not [
        step
        for step in plans
        if re.search(r"SCAN audit_event(s|_persons|_cases)\b|ix_audit_events_vault_events", step)
    ]


def _plans(engine: Any, seen: list[tuple[str, Any]]) -> list[str]:
    with engine.connect() as connection:
        return [
            str(step)
            for statement, parameters in seen
            for step in connection.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)
        ]


def test_an_older_vault_gets_the_index_from_its_events_and_its_trail_stays_intact(
    demo_path: Path,
) -> None:
    with Desk.open(demo_path, username="koordinator", password=PASSWORD) as desk:
        person = _someone(desk)
        desk.persons.get(person.person_id)
        desk.cases.get(person.case_id)
        desk.cases.search(person.person_name.split()[-1])
    with Desk.open(demo_path, username="leder", password=PASSWORD) as desk:
        before = _entries(desk, person.person_id)
    make_older(demo_path, "0009", username="admin", password=PASSWORD)
    with Vault.open(demo_path, username="admin", password=PASSWORD) as vault:
        engine = vault._require_open()
        assert migrate.current_revision(engine) == migrate.head_revision()
        with engine.connect() as connection:
            indexed = connection.exec_driver_sql(
                "SELECT count(*) FROM audit_event_persons WHERE person_id = ?",
                (person.person_id,),
            ).scalar()
        assert indexed
    with Desk.open(demo_path, username="leder", password=PASSWORD) as desk:
        report = desk.audit.verify()
        after = _entries(desk, person.person_id)
    assert report.intact
    assert after[: len(before)] == before
    assert len(after) > len(before)  # and the insight made just now
    assert list(demo_path.parent.glob(f"{demo_path.name}.backup-0009-*"))


def test_verify_reads_the_log_in_batches_and_tells_how_far_it_has_come(
    demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from riskdesk.store import audit_verification

    monkeypatch.setattr(audit_verification, "_BATCH", 50)
    told: list[tuple[int, int]] = []
    with Desk.open(demo_path, username="leder", password=PASSWORD) as desk:
        report = desk.audit.verify(lambda checked, total: told.append((checked, total)))
    total = report.events_checked
    assert report.intact
    assert total > 100
    assert [checked for checked, _ in told] == [
        *range(50, total, 50),
        total,
    ]
    assert {all_ for _, all_ in told} == {total}


def test_every_way_a_search_can_list_the_person_is_found_through_the_index(
    demo_path: Path,
) -> None:
    clock = _Clock(datetime(2026, 12, 1, 10, 0))
    vault = Vault.open(demo_path, username="koordinator", password=PASSWORD, clock=clock)
    with Desk(vault) as desk:
        person = next(c for c in desk.cases.search() if c.cpr)
        cpr = person.cpr or ""
        first, *_, last = person.person_name.split()
        listing = [
            f"{cpr[:6]}-{cpr[7:8]}",  # the CPR number typed with its dash
            cpr.replace("-", "")[:8],  # and without
            person.case_number[:6],
            f"{first[1:].upper()} {last[:3]}",  # two words, part of a name, any case
        ]
        for query in [*listing, f"{first} zzzzqq"]:
            desk.cases.search(query)
    with Desk.open(demo_path, username="leder", password=PASSWORD) as desk:
        insight = desk.access_insight.for_person(person.person_id)
    (day,) = [e for e in insight.entries if e.at.date() == date(2026, 12, 1)]
    quoted = ", ".join(f"»{query}«" for query in listing)
    assert day.what.da == f"fandt personen ved 4 søgninger i sagslisten (efter {quoted})"


def test_a_colleague_can_work_while_the_trail_is_verified(
    demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from riskdesk.store import audit_verification

    monkeypatch.setattr(audit_verification, "_BATCH", 50)
    with (
        Desk.open(demo_path, username="leder", password=PASSWORD) as leder,
        Desk.open(demo_path, username="koordinator", password=PASSWORD) as colleague,
    ):
        case = _someone(colleague)
        before = leder.audit.events()[-1].sequence
        seen: list[int] = []

        def meanwhile(checked: int, total: int) -> None:
            if not seen:
                # A use case that writes its event, halfway through the walk.
                colleague.cases.get(case.case_id)
                seen.append(colleague.audit.events()[-1].sequence)

        report = leder.audit.verify(meanwhile)
        assert seen == [before + 1]
        assert report.intact
        assert report.events_checked == before  # the walk's snapshot, taken before
        assert leder.audit.verify().events_checked == before + 1


def test_the_walk_reads_with_a_small_page_cache_and_gives_the_large_one_back(
    demo_path: Path,
) -> None:
    from riskdesk.store.cipher_connection import CACHE_KIB

    with Desk.open(demo_path, username="leder", password=PASSWORD) as desk:
        engine = desk.vault._require_open()
        said: list[str] = []

        def remember(_c: object, _cur: object, statement: str, *_: object) -> None:
            if statement.startswith("PRAGMA cache_size"):
                said.append(statement)

        event.listen(engine, "before_cursor_execute", remember)
        try:
            assert desk.audit.verify().intact
        finally:
            event.remove(engine, "before_cursor_execute", remember)
    assert said[0] == "PRAGMA cache_size = -2048"
    assert said[-1] == f"PRAGMA cache_size = -{CACHE_KIB}"
