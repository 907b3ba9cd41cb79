"""Two users making the same first row at the same moment on the team server (#13 item
5). PostgreSQL's READ COMMITTED lets both see that a case has no plan (no release
meeting, no case number taken yet) before either writes; the unique constraint then
stops the second. That second save is refused as stale naming the one who won, with
nothing of it written, as on a vault file, where writers take turns. Case numbers are
taken under the counter row's lock, so two new cases get two numbers."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, time

import pytest
from lock_gate import Outcome, race

from riskdesk.domain.action_plan import ActionPlan, NeedArea, PlanGoal
from riskdesk.domain.case import Case
from riskdesk.domain.ids import CaseId
from riskdesk.domain.meeting import Meeting, MeetingKind
from riskdesk.domain.person import CprAlreadyFiled, Person
from riskdesk.domain.record_version import NO_RECORD_YET, StaleRecord
from riskdesk.domain.release_meeting import ReleaseMeeting
from riskdesk.services.desk import Desk
from team_servers import TeamServer
from vault_fixtures import PASSWORD

NAMED = {"koordinator": "Kim Koordinator (koordinator)", "leder": "Lene Leder (leder)"}


@pytest.fixture
def desks(server_demo: TeamServer) -> Iterator[dict[str, Desk]]:
    with (
        Desk.open(server_demo.url, username="koordinator", password=PASSWORD) as a,
        Desk.open(server_demo.url, username="leder", password=PASSWORD) as b,
    ):
        yield {"koordinator": a, "leder": b}


def _case_without(desk: Desk) -> CaseId:
    for summary in sorted(desk.cases.search(), key=lambda c: c.case_id):
        case_id = summary.case_id
        if desk.plans.current(case_id) is None and desk.release_meetings.get(case_id) is None:
            return case_id
    raise AssertionError("the demo has a case without plan and release meeting")


def _winner_and_loser(outcomes: dict[str, Outcome]) -> tuple[str, StaleRecord]:
    won = [name for name, o in outcomes.items() if o.error is None]
    lost = [o.error for o in outcomes.values() if o.error is not None]
    assert len(won) == 1, outcomes
    assert len(lost) == 1
    assert isinstance(lost[0], StaleRecord), repr(lost[0])
    return won[0], lost[0]


def test_two_first_plans_at_once_the_second_is_refused_naming_the_first(
    server_demo: TeamServer, desks: dict[str, Desk]
) -> None:
    case_id = _case_without(desks["koordinator"])

    def first_plan(name: str) -> ActionPlan:
        goal = PlanGoal(need_area=NeedArea.EDUCATION, text=f"{name}s mål")
        plan = ActionPlan(made_on=date(2026, 11, 2), goals=(goal,), row_version=NO_RECORD_YET)
        return desks[name].plans.save(case_id, plan)

    outcomes = race(server_demo, "action_plans", {n: lambda n=n: first_plan(n) for n in desks})

    winner, refused = _winner_and_loser(outcomes)
    assert refused.changed_by == NAMED[winner]
    versions = desks["koordinator"].plans.versions(case_id)
    assert [(p.version, p.goals[0].text) for p in versions] == [(1, f"{winner}s mål")]


def test_two_first_release_meetings_at_once_the_second_is_refused_naming_the_first(
    server_demo: TeamServer, desks: dict[str, Desk]
) -> None:
    case_id = _case_without(desks["koordinator"])

    def first_meeting(name: str) -> ReleaseMeeting:
        meeting = ReleaseMeeting(place=f"{name}s sted", row_version=NO_RECORD_YET)
        return desks[name].release_meetings.save(case_id, meeting)

    outcomes = race(
        server_demo, "release_meetings", {n: lambda n=n: first_meeting(n) for n in desks}
    )

    winner, refused = _winner_and_loser(outcomes)
    assert refused.changed_by == NAMED[winner]
    stored = desks["leder"].release_meetings.get(case_id)
    assert stored is not None
    assert (stored.place, stored.row_version) == (f"{winner}s sted", 1)


def _new_case(desk: Desk, name: str, opened_on: date) -> tuple[Person, Case]:
    return desk.cases.create_person_with_case(
        person={"name": name, "birth_date": date(2008, 4, 4)},
        case={"level": 2, "opened_on": opened_on},
    )


@pytest.mark.parametrize("opened_on", [date(2026, 11, 3), date(2019, 2, 3)])
def test_two_new_cases_at_once_get_two_numbers(
    server_demo: TeamServer, desks: dict[str, Desk], opened_on: date
) -> None:
    """2026 has its counter row already; the demo has no case opened in 2019, so its
    counter row is made by whichever writer comes first."""
    outcomes = race(
        server_demo,
        "vault_settings",
        {n: lambda n=n: _new_case(desks[n], f"Testperson {n}", opened_on) for n in desks},
    )

    errors = [o.error for o in outcomes.values() if o.error is not None]
    assert not errors, errors
    numbers = sorted(o.value[1].case_number for o in outcomes.values())  # type: ignore[index]
    year = opened_on.year
    assert numbers[0].startswith(f"{year}-")
    assert int(numbers[1][5:]) == int(numbers[0][5:]) + 1
    assert _new_case(desks["leder"], "Testperson efter", opened_on)[1].case_number == (
        f"{year}-{int(numbers[1][5:]) + 1:04d}"
    )


def test_two_cases_put_on_one_agenda_at_once_the_second_is_refused_naming_the_first(
    server_demo: TeamServer, desks: dict[str, Desk]
) -> None:
    """An agenda's items are written only after the meeting's row is claimed, so the
    meeting's version decides, as for any save of it: the second is told to reload."""
    kim = desks["koordinator"]
    meeting = kim.meetings.save(
        Meeting(kind=MeetingKind.SSP, held_on=date(2026, 12, 3), starts_at=time(9))
    )
    assert meeting.id is not None
    meeting_id = meeting.id
    cases = sorted(kim.cases.search(), key=lambda c: c.case_id)[:2]
    chosen = dict(zip(desks, (c.case_id for c in cases), strict=False))

    outcomes = race(
        server_demo,
        "meetings",
        {n: lambda n=n: desks[n].meetings.add_case(meeting_id, chosen[n]) for n in desks},
    )

    winner, refused = _winner_and_loser(outcomes)
    assert refused.changed_by == NAMED[winner]
    agenda = kim.meetings.get(meeting_id).items
    assert [item.case_id for item in agenda] == [chosen[winner]]


def test_one_cpr_number_filed_by_two_users_at_once_is_refused_once(
    server_demo: TeamServer, desks: dict[str, Desk]
) -> None:
    def file(name: str) -> tuple[Person, Case]:
        return desks[name].cases.create_person_with_case(
            person={"name": f"Testperson {name}", "cpr": "010190-1234"},
            case={"level": 2, "opened_on": date(2026, 11, 3)},
        )

    outcomes = race(server_demo, "persons", {n: lambda n=n: file(n) for n in desks})

    refused = [o.error for o in outcomes.values() if o.error is not None]
    assert len(refused) == 1, outcomes
    assert isinstance(refused[0], CprAlreadyFiled)
