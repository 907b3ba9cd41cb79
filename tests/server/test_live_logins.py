"""The live-updates listener logs in with the user's password of now (#13 item 6): after
the user changed it, while unlocked or at a first login an administrator's password
required, the listener still hears the server, also after losing it and logging in
again (the server refuses the old password)."""

from __future__ import annotations

import queue
import time
from collections.abc import Iterator
from datetime import date

import pytest

from riskdesk.demo.synthetic_people import synthetic_records
from riskdesk.domain.remote_changes import RemoteChanges
from riskdesk.domain.user import Role
from riskdesk.services.desk import Desk
from team_servers import ADMIN, ADMIN_PASSWORD, TeamServer

TODAY = date(2026, 11, 30)
WAIT_S = 30
CASEWORKER, SUPERVISOR = "sagsbehandler", "leder"
CASEWORKER_PASSWORD, SUPERVISOR_PASSWORD = "sagsbehandler-kodeord-1", "leder-kodeord-1"
NEW_PASSWORD = "leders-nye-kodeord-2"


@pytest.fixture
def caseworker(team_server: TeamServer) -> Iterator[Desk]:
    team_server.add_login(CASEWORKER, Role.CASEWORKER, CASEWORKER_PASSWORD)
    desk = Desk.open(team_server.url, username=CASEWORKER, password=CASEWORKER_PASSWORD)
    yield desk
    desk.lock()


def _heard(desk: Desk) -> queue.SimpleQueue[RemoteChanges]:
    heard: queue.SimpleQueue[RemoteChanges] = queue.SimpleQueue()
    desk.live.subscribe(heard.put)
    return heard


def _new_case(desk: Desk, seed: int) -> int:
    record = synthetic_records(1, seed=seed, today=TODAY, caseworkers=(desk.user.username,))[0]
    _, case = desk.cases.create_person_with_case(person=record.person, case=record.case)
    assert case.id is not None
    return int(case.id)


def _cut_the_listeners(team_server: TeamServer) -> None:
    """The server ends every LISTEN connection (a restart, a network cut), and they are
    gone before this returns."""
    deadline = time.monotonic() + WAIT_S
    with team_server.cluster.connect() as owner:
        while time.monotonic() < deadline:
            ended = owner.execute(
                "SELECT count(*) FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE datname = %s AND query = 'LISTEN riskdesk_changes') AS t",
                (team_server.database,),
            ).fetchone()
            if ended is not None and ended[0] == 0:
                return
            time.sleep(0.1)
    raise AssertionError("the listening connections did not end")


def _hears_case(heard: queue.SimpleQueue[RemoteChanges], case_id: int) -> None:
    change = heard.get(timeout=WAIT_S)
    assert change.case_ids == {case_id}


def test_after_changing_their_password_the_listener_logs_in_again_with_the_new_one(
    team_server: TeamServer, caseworker: Desk
) -> None:
    team_server.add_login(SUPERVISOR, Role.SUPERVISOR, SUPERVISOR_PASSWORD)
    supervisor = Desk.open(team_server.url, username=SUPERVISOR, password=SUPERVISOR_PASSWORD)
    try:
        heard = _heard(supervisor)
        supervisor.users.change_password(
            old_password=SUPERVISOR_PASSWORD, new_password=NEW_PASSWORD
        )
        _cut_the_listeners(team_server)
        # Logged in again, the listener first says that anything may have changed.
        assert heard.get(timeout=WAIT_S).case_ids is None
        _hears_case(heard, _new_case(caseworker, seed=81))
    finally:
        supervisor.lock()


def test_after_a_first_login_with_a_new_password_the_listener_hears_the_server(
    team_server: TeamServer, caseworker: Desk
) -> None:
    with Desk.open(team_server.url, username=ADMIN, password=ADMIN_PASSWORD) as admin:
        admin.users.add(
            username=SUPERVISOR,
            display_name="Lene Leder",
            role=Role.SUPERVISOR,
            password=SUPERVISOR_PASSWORD,
        )
    supervisor = Desk.open(
        team_server.url,
        username=SUPERVISOR,
        password=SUPERVISOR_PASSWORD,
        new_password=NEW_PASSWORD,
    )
    try:
        heard = _heard(supervisor)
        _hears_case(heard, _new_case(caseworker, seed=82))
    finally:
        supervisor.lock()
