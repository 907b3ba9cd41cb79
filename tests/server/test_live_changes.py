"""Live updates on the team server (#13 item 6): a committed use case is announced by the
database to every other logged-in RiskDesk, by kind of record and ids, never content; a
desk does not hear its own; a rolled-back one announces nothing; locking stops the
listener's thread and closes its connection; a local vault reports nothing."""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from riskdesk.demo.synthetic_people import synthetic_records
from riskdesk.domain.ids import PersonId
from riskdesk.domain.person import CprAlreadyFiled
from riskdesk.domain.remote_changes import RemoteChanges
from riskdesk.domain.user import Role
from riskdesk.services.desk import Desk
from team_servers import TeamServer
from vault_fixtures import PASSWORD

TODAY = date(2026, 11, 30)
WAIT_S = 30
CASEWORKER, SUPERVISOR = "sagsbehandler", "leder"
CASEWORKER_PASSWORD, SUPERVISOR_PASSWORD = "sagsbehandler-kodeord-1", "leder-kodeord-1"


@pytest.fixture
def desks(team_server: TeamServer) -> Iterator[tuple[Desk, Desk]]:
    """A caseworker's and a supervisor's desk on one team server."""
    team_server.add_login(CASEWORKER, Role.CASEWORKER, CASEWORKER_PASSWORD)
    team_server.add_login(SUPERVISOR, Role.SUPERVISOR, SUPERVISOR_PASSWORD)
    caseworker = Desk.open(team_server.url, username=CASEWORKER, password=CASEWORKER_PASSWORD)
    supervisor = Desk.open(team_server.url, username=SUPERVISOR, password=SUPERVISOR_PASSWORD)
    yield caseworker, supervisor
    caseworker.lock()
    supervisor.lock()


def _heard(desk: Desk) -> queue.SimpleQueue[RemoteChanges]:
    heard: queue.SimpleQueue[RemoteChanges] = queue.SimpleQueue()
    desk.live.subscribe(heard.put)
    return heard


def _new_case(desk: Desk, seed: int) -> tuple[int, int]:
    record = synthetic_records(1, seed=seed, today=TODAY, caseworkers=(desk.user.username,))[0]
    person, case = desk.cases.create_person_with_case(person=record.person, case=record.case)
    assert person.id is not None
    assert case.id is not None
    return int(person.id), int(case.id)


def _live_threads() -> list[threading.Thread]:
    return [thread for thread in threading.enumerate() if thread.name == "riskdesk-live"]


def test_another_users_committed_case_is_heard_by_kind_and_id(
    desks: tuple[Desk, Desk],
) -> None:
    caseworker, supervisor = desks
    heard = _heard(supervisor)
    person_id, case_id = _new_case(caseworker, seed=71)
    change = heard.get(timeout=WAIT_S)
    assert change.changes.persons
    assert change.changes.cases
    assert not change.changes.plans
    assert change.case_ids == {case_id}
    assert change.person_ids == {person_id}
    assert change.concerns_case(case_id)
    assert not change.concerns_case(case_id + 1000)


def test_a_desk_does_not_hear_its_own_commits(desks: tuple[Desk, Desk]) -> None:
    caseworker, supervisor = desks
    heard = _heard(caseworker)
    _new_case(caseworker, seed=72)
    person_id, _ = _new_case(caseworker, seed=73)
    # Announcements arrive in the order of the commits: the caseworker's own two would
    # come before the supervisor's change to the person.
    person = supervisor.persons.get(PersonId(person_id))
    supervisor.persons.update(PersonId(person_id), person.model_dump() | {"phone": "12 34 56 78"})
    change = heard.get(timeout=WAIT_S)
    assert change.changes.persons
    assert not change.changes.cases
    assert change.person_ids == {person_id}


def test_a_rolled_back_use_case_announces_nothing(desks: tuple[Desk, Desk]) -> None:
    caseworker, supervisor = desks
    record = synthetic_records(1, seed=75, today=TODAY, caseworkers=(CASEWORKER,))[0]
    caseworker.cases.create_person_with_case(person=record.person, case=record.case)
    heard = _heard(supervisor)
    with pytest.raises(CprAlreadyFiled):
        caseworker.cases.create_person_with_case(person=record.person, case=record.case)
    _, case_id = _new_case(caseworker, seed=76)
    assert heard.get(timeout=WAIT_S).case_ids == {case_id}


def test_an_announcement_riskdesk_did_not_send_is_ignored(
    team_server: TeamServer, desks: tuple[Desk, Desk]
) -> None:
    caseworker, supervisor = desks
    heard = _heard(supervisor)
    # Any login may notify on any channel, with psql and its own password.
    with team_server.cluster.connect(
        team_server.database, user=CASEWORKER, password=CASEWORKER_PASSWORD
    ) as psql:
        for forged in (
            "not json",
            '{"kinds": ["nothing"], "origin": "x"}',
            '{"kinds": ["cases"], "origin": "x", "cases": "x"}',
            '{"kinds": ["cases"]}',
            "[1, 2]",
        ):
            psql.execute("SELECT pg_notify('riskdesk_changes', %s)", (forged,))
    _, case_id = _new_case(caseworker, seed=77)
    assert heard.get(timeout=WAIT_S).case_ids == {case_id}


def test_locking_stops_the_listener_and_closes_its_connection(
    team_server: TeamServer, desks: tuple[Desk, Desk]
) -> None:
    _, supervisor = desks
    assert not _live_threads()
    supervisor.live.subscribe(lambda _change: None)
    assert supervisor.live.listening
    assert len(_live_threads()) == 1
    assert _listening_connections(team_server) == 1
    supervisor.lock()
    assert not _live_threads()
    _wait_until_no_listener(team_server)


def _wait_until_no_listener(team_server: TeamServer) -> None:
    """A closed connection's server process ends a moment after the client left."""
    deadline = time.monotonic() + WAIT_S
    while _listening_connections(team_server) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _listening_connections(team_server) == 0


def test_a_local_vault_reports_nothing_and_starts_no_thread(demo_path: Path) -> None:
    with Desk.open(demo_path, username="koordinator", password=PASSWORD) as desk:
        assert not desk.live.available
        stop = desk.live.subscribe(lambda _change: None)
        assert not desk.live.listening
        assert not _live_threads()
        stop()


def _listening_connections(team_server: TeamServer) -> int:
    with team_server.cluster.connect() as owner:
        row = owner.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = %s AND query = %s",
            (team_server.database, "LISTEN riskdesk_changes"),
        ).fetchone()
    assert row is not None
    return int(row[0])


def test_after_losing_the_server_the_listener_logs_in_again_and_says_anything_changed(
    team_server: TeamServer, desks: tuple[Desk, Desk]
) -> None:
    caseworker, supervisor = desks
    heard = _heard(supervisor)
    with team_server.cluster.connect() as owner:
        owner.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            " WHERE datname = %s AND query = %s",
            (team_server.database, "LISTEN riskdesk_changes"),
        )
    _wait_until_no_listener(team_server)
    # Committed while nobody listened: this announcement is lost, hence "anything".
    _new_case(caseworker, seed=78)
    change = heard.get(timeout=WAIT_S)
    assert change.changes.any
    assert all(getattr(change.changes, name) for name in ("persons", "cases", "plans"))
    assert change.case_ids is None
    _, case_id = _new_case(caseworker, seed=79)
    assert heard.get(timeout=WAIT_S).case_ids == {case_id}
