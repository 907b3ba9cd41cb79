"""A mentor's desk passes on only their own courses' ids (#13 item 6): every RiskDesk
hears every announcement, but a mentor's windows are told nothing of a colleague's work
on another case (they hold no other case's id and read nothing again for it), and are
told of a course started for them on a case that was not theirs."""

from __future__ import annotations

import queue
from collections.abc import Iterator
from datetime import date

import pytest

from riskdesk.domain.ids import CaseId, PersonId
from riskdesk.domain.remote_changes import RemoteChanges
from riskdesk.services.desk import Desk
from team_servers import TeamServer
from vault_fixtures import PASSWORD

TODAY = date(2026, 11, 30)
WAIT_S = 30


@pytest.fixture
def desks(server_demo: TeamServer) -> Iterator[tuple[Desk, Desk]]:
    """The coordinator's and the mentor's desks on the demo server."""
    with (
        Desk.open(server_demo.url, username="koordinator", password=PASSWORD) as coordinator,
        Desk.open(server_demo.url, username="mentor", password=PASSWORD) as mentor,
    ):
        yield coordinator, mentor


def _cases(desk: Desk) -> dict[CaseId, PersonId]:
    return {line.case_id: line.person_id for line in desk.cases.search("")}


def _journal(desk: Desk, case_id: CaseId) -> None:
    desk.journal.add(case_id=case_id, happened_on=TODAY, kind="letter", text="Brev sendt.")


def test_a_mentor_hears_only_their_own_courses_cases(desks: tuple[Desk, Desk]) -> None:
    coordinator, mentor = desks
    own = _cases(mentor)
    others = {c: p for c, p in _cases(coordinator).items() if c not in own}
    assert own
    assert others
    heard: queue.SimpleQueue[RemoteChanges] = queue.SimpleQueue()
    mentor.live.subscribe(heard.put)
    other_case, other_person = next(iter(others.items()))
    own_case, own_person = next(iter(own.items()))

    # Announcements come in the order of the commits: were the first passed on, it
    # would be heard before the second.
    _journal(coordinator, other_case)
    person = coordinator.persons.get(other_person)
    coordinator.persons.update(other_person, person.model_dump() | {"phone": "12 34 56 78"})
    _journal(coordinator, own_case)
    change = heard.get(timeout=WAIT_S)
    assert change.changes.journal
    assert change.case_ids == {own_case}
    assert change.person_ids is not None
    assert change.person_ids <= {own_person}


def test_a_mentor_hears_of_a_course_started_for_them_and_then_of_its_case(
    desks: tuple[Desk, Desk],
) -> None:
    coordinator, mentor = desks
    own = _cases(mentor)
    other_case = next(c for c in _cases(coordinator) if c not in own)
    heard: queue.SimpleQueue[RemoteChanges] = queue.SimpleQueue()
    mentor.live.subscribe(heard.put)
    _journal(coordinator, next(iter(own)))
    assert heard.get(timeout=WAIT_S).changes.journal  # the mentor's courses are read

    coordinator.mentor_courses.start(other_case, started_on=TODAY, mentor_username="mentor")
    started = heard.get(timeout=WAIT_S)
    assert started.changes.mentor_courses
    assert started.case_ids == {other_case}
    _journal(coordinator, other_case)
    assert heard.get(timeout=WAIT_S).case_ids == {other_case}
