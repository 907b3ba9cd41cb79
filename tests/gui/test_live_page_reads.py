"""A case page on show reads again only when a colleague's change concerns its case
(#13 item 6): each read is audited in its user's name, so a colleague's work on another
case must leave no line about the case this user merely had open, and work on the same
case redraws it.

The colleague works through their own desk, as their own RiskDesk would; the observer's
window hears it from the team server only."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date

import pytest

from riskdesk.demo.synthetic_people import synthetic_records
from riskdesk.demo.synthetic_plans import synthetic_plan
from riskdesk.domain.ids import CaseId, PersonId
from riskdesk.domain.localized import Language
from riskdesk.domain.meeting import Meeting, MeetingKind
from riskdesk.domain.remote_changes import RemoteChanges
from riskdesk.domain.user import Role
from riskdesk.gui.main_window import MainWindow
from riskdesk.gui.operations import hub, wait_until_idle
from riskdesk.gui.review.review_dialog import ReviewDialog
from riskdesk.services.desk import Desk
from team_servers import TeamServer

pytestmark = [pytest.mark.gui]

TODAY = date.today()
LIVE_MS = 20_000
OBSERVER, COLLEAGUE = "sagsbehandler", "kollega"
PASSWORDS = {OBSERVER: "sagsbehandler-kodeord-1", COLLEAGUE: "kollega-kodeord-1"}


@dataclass
class Office:
    team_server: TeamServer
    observer: Desk
    window: MainWindow
    colleague: Desk
    shown: tuple[PersonId, CaseId]
    other: tuple[PersonId, CaseId]
    qtbot: object


def _person_with_case(desk: Desk, seed: int) -> tuple[PersonId, CaseId]:
    record = synthetic_records(1, seed=seed, today=TODAY, caseworkers=(OBSERVER,))[0]
    person, case = desk.cases.create_person_with_case(person=record.person, case=record.case)
    assert person.id is not None
    assert case.id is not None
    return person.id, case.id


@pytest.fixture
def office(qtbot, team_server: TeamServer) -> Iterator[Office]:
    for username in (OBSERVER, COLLEAGUE):
        team_server.add_login(username, Role.CASEWORKER, PASSWORDS[username])
    observer = Desk.open(team_server.url, username=OBSERVER, password=PASSWORDS[OBSERVER])
    colleague = Desk.open(team_server.url, username=COLLEAGUE, password=PASSWORDS[COLLEAGUE])
    shown, other = _person_with_case(colleague, 631), _person_with_case(colleague, 632)
    window = MainWindow(language=Language.DANISH)
    qtbot.addWidget(window)
    window.set_desk(observer, team_server.url)
    window.show()
    yield Office(team_server, observer, window, colleague, shown, other, qtbot)
    window.clear()
    observer.lock()
    colleague.lock()


def _reads_about(office: Office) -> int:
    """The observer's audit events naming the shown case or its person."""
    person_id, case_id = office.shown
    with office.team_server.cluster.connect(office.team_server.database) as owner:
        row = owner.execute(
            "SELECT count(*) FROM audit_events AS e WHERE e.username = %s AND ("
            " EXISTS (SELECT 1 FROM audit_event_cases AS c"
            "  WHERE c.sequence = e.sequence AND c.case_id = %s)"
            " OR EXISTS (SELECT 1 FROM audit_event_persons AS p"
            "  WHERE p.sequence = e.sequence AND p.person_id = %s))",
            (OBSERVER, case_id, person_id),
        ).fetchone()
    assert row is not None
    return int(row[0])


def _broadcast_done(qtbot, act: Callable[[], object], case_id: CaseId) -> None:
    """``act`` as the colleague, then wait until the observer's window has broadcast it
    and every read it started is done."""
    heard: list[RemoteChanges] = []

    def seen(_changes: object, initiator: object) -> None:
        if isinstance(initiator, RemoteChanges) and initiator.concerns_case(case_id):
            heard.append(initiator)

    hub().changed.connect(seen)
    try:
        act()
        qtbot.waitUntil(lambda: bool(heard), timeout=LIVE_MS)
    finally:
        hub().changed.disconnect(seen)
    assert wait_until_idle(LIVE_MS)
    qtbot.wait(50)


def _show_case_page(window: MainWindow, page: object, case_id: CaseId) -> None:
    window.find_case()
    window.case_list.refresh()
    assert window.case_list.select_case(int(case_id)) is not False
    window.navigation.setCurrentRow(window.pages.index(page))


def _open_agenda(office: Office) -> None:
    """A meeting with the shown case on its agenda, open on the meetings page."""
    desk, window = office.observer, office.window
    meeting = desk.meetings.save(Meeting(kind=MeetingKind.SSP, held_on=TODAY))
    assert meeting.id is not None
    desk.meetings.add_case(meeting.id, office.shown[1])
    window.navigation.setCurrentRow(window.pages.index(window.meetings))
    assert wait_until_idle(LIVE_MS)
    window.meetings.refresh()
    assert wait_until_idle(LIVE_MS)
    window.meetings.select_meeting(meeting.id)
    assert wait_until_idle(LIVE_MS)


def _plan_saved(office: Office, target: tuple[PersonId, CaseId], seed: int) -> Callable[[], object]:
    case_id = target[1]
    return lambda: office.colleague.plans.save(
        case_id, synthetic_plan(seed=seed, today=TODAY, case_id=case_id)
    )


def _assessment_started(office: Office, target: tuple[PersonId, CaseId]) -> Callable[[], object]:
    person_id, case_id = target
    return lambda: office.colleague.assessments.start(person_id=person_id, case_id=case_id)


def _journal_written(office: Office, target: tuple[PersonId, CaseId]) -> Callable[[], object]:
    return lambda: office.colleague.journal.add(
        case_id=target[1], happened_on=TODAY, kind="letter", text="Brev sendt."
    )


def _course_started(office: Office, target: tuple[PersonId, CaseId]) -> Callable[[], object]:
    return lambda: office.colleague.mentor_courses.start(
        target[1], started_on=TODAY, external_mentor="Ekstern mentor"
    )


def _open_case_page(office: Office) -> None:
    """The person-and-case editor of the shown case, with its journal and mentor courses."""
    office.window.open_case(int(office.shown[1]))
    assert wait_until_idle(LIVE_MS)


def _open_review(office: Office, qtbot) -> None:
    """The review dialog of the shown case's plan (a draft the colleague wrote)."""
    case_id = office.shown[1]
    _broadcast_done(qtbot, _plan_saved(office, office.shown, 640), case_id)
    plan_id = office.observer.review.current_plan_id(case_id)
    assert plan_id is not None
    dialog = ReviewDialog(
        desk=office.observer,
        plan_id=plan_id,
        language=Language.DANISH,
        today=TODAY,
        parent=office.window,
    )
    dialog.show()


PAGES: dict[str, tuple[Callable[[Office], None], Callable[..., Callable[[], object]]]] = {
    "plan": (
        lambda o: _show_case_page(o.window, o.window.plans, o.shown[1]),
        lambda o, target, seed: _plan_saved(o, target, seed),
    ),
    "assessments": (
        lambda o: _show_case_page(o.window, o.window.assessments, o.shown[1]),
        lambda o, target, _seed: _assessment_started(o, target),
    ),
    "release meeting": (
        lambda o: _show_case_page(o.window, o.window.release_meeting, o.shown[1]),
        lambda o, target, seed: _plan_saved(o, target, seed),
    ),
    "meetings agenda": (
        _open_agenda,
        lambda o, target, seed: _plan_saved(o, target, seed),
    ),
    "case page journal": (
        _open_case_page,
        lambda o, target, _seed: _journal_written(o, target),
    ),
    "case page mentor courses": (
        _open_case_page,
        lambda o, target, _seed: _course_started(o, target),
    ),
    "review dialog": (
        lambda o: _open_review(o, o.qtbot),
        lambda o, target, seed: _plan_saved(o, target, seed),
    ),
}


@pytest.mark.parametrize("page", list(PAGES))
def test_a_colleagues_change_reads_the_page_again_only_for_its_own_case(
    qtbot, office: Office, page: str
) -> None:
    show, change = PAGES[page]
    show(office)
    assert wait_until_idle(LIVE_MS)
    before = _reads_about(office)

    _broadcast_done(qtbot, change(office, office.other, 641), office.other[1])
    assert _reads_about(office) == before

    _broadcast_done(qtbot, change(office, office.shown, 642), office.shown[1])
    qtbot.waitUntil(lambda: _reads_about(office) > before, timeout=LIVE_MS)


def test_the_release_meeting_page_leaves_a_colleagues_change_to_another_person_alone(
    qtbot, office: Office
) -> None:
    """The page knows its person: another person's new name reads nothing (it read the
    page again on any change to persons)."""
    window = office.window
    _show_case_page(window, window.release_meeting, office.shown[1])
    assert wait_until_idle(LIVE_MS)
    before = _reads_about(office)
    other = office.other[0]
    heard: list[RemoteChanges] = []

    def seen(_changes: object, initiator: object) -> None:
        if isinstance(initiator, RemoteChanges) and initiator.changes.persons:
            heard.append(initiator)

    hub().changed.connect(seen)
    try:
        person = office.colleague.persons.get(other)
        office.colleague.persons.update(other, person.model_dump() | {"name": "Anden Navnesen"})
        qtbot.waitUntil(lambda: bool(heard), timeout=LIVE_MS)
    finally:
        hub().changed.disconnect(seen)
    assert wait_until_idle(LIVE_MS)
    qtbot.wait(50)
    assert _reads_about(office) == before


def test_the_release_meeting_page_shows_a_colleagues_change_to_its_persons_name(
    qtbot, office: Office
) -> None:
    window = office.window
    _show_case_page(window, window.release_meeting, office.shown[1])
    assert wait_until_idle(LIVE_MS)
    person_id = office.shown[0]
    person = office.colleague.persons.get(person_id)
    office.colleague.persons.update(person_id, person.model_dump() | {"name": "Ny Navnesen"})
    qtbot.waitUntil(lambda: "Ny Navnesen" in window.release_meeting.heading.text(), timeout=LIVE_MS)
