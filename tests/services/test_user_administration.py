"""User administration through the services (#16 item 3): the users screen's read model
with each user's last login, a password an administrator chose is replaced by the
user's own before they can work, a deactivated user cannot open the vault while their
records and trail stay, and an administrator does no casework (refused and audited)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import event

from riskdesk.domain.action_plan import ActionPlan
from riskdesk.domain.audit import AuditAction
from riskdesk.domain.ids import CaseId
from riskdesk.domain.meeting import Meeting, MeetingKind
from riskdesk.domain.refusals import PermissionDenied, UserInputError
from riskdesk.domain.user import PasswordChangeRequired, Role, UserDeactivated
from riskdesk.domain.vault_errors import WrongPassword
from riskdesk.services.desk import Desk
from vault_fixtures import CHEAP_KDF, PASSWORD

GIVEN = "udleveret-1"
OWN = "min egen hest"


def _open(path: Path | str, username: str, password: str = PASSWORD, **more: str) -> Desk:
    return Desk.open(path, username=username, password=password, kdf_cost=CHEAP_KDF, **more)


def _overview(path: Path | str) -> dict[str, tuple[Role, bool, datetime | None]]:
    with _open(path, "admin") as desk:
        return {
            line.user.username: (line.user.role, line.user.active, line.last_login)
            for line in desk.users.overview()
        }


def test_the_overview_gives_each_users_last_login(demo_location: Path | str) -> None:
    before = datetime.now(UTC)
    _open(demo_location, "leder").lock()
    after = datetime.now(UTC)
    users = _overview(demo_location)
    assert set(users) == {"admin", "leder", "koordinator", "mentor"}
    role, active, last_login = users["leder"]
    assert (role, active) == (Role.SUPERVISOR, True)
    assert last_login is not None
    assert before <= last_login <= after
    # The demo's caseworker has worked in the vault but never logged in through a desk.
    assert users["koordinator"][2] is None
    # The administrator's own login, for this very overview, is there too.
    admin_login = users["admin"][2]
    assert admin_login is not None
    assert admin_login >= after


def test_the_last_login_is_one_query_however_long_the_trail(demo_location: Path | str) -> None:
    def statements_of_an_overview() -> int:
        with _open(demo_location, "admin") as desk:
            seen: list[str] = []
            engine = desk.vault._require_open()
            listener = lambda *args: seen.append(args[2])  # noqa: E731
            event.listen(engine, "before_cursor_execute", listener)
            try:
                desk.users.overview()
            finally:
                event.remove(engine, "before_cursor_execute", listener)
        return len(seen)

    first = statements_of_an_overview()
    for _ in range(5):
        _open(demo_location, "koordinator").lock()
    assert statements_of_an_overview() == first <= 4


def test_the_overview_is_an_administrators(demo_location: Path | str) -> None:
    for username in ("leder", "koordinator"):
        with _open(demo_location, username) as desk, pytest.raises(PermissionDenied):
            desk.users.overview()


def test_after_a_reset_the_user_chooses_their_own_password_before_anything_opens(
    demo_location: Path | str,
) -> None:
    with _open(demo_location, "admin") as admin:
        admin.users.reset_password(username="koordinator", new_password=GIVEN)
    with pytest.raises(PasswordChangeRequired) as refused:
        _open(demo_location, "koordinator", GIVEN)
    assert "riskdesk user password" in refused.value.text("da")
    # Asked again and again: nothing opened meanwhile.
    with pytest.raises(PasswordChangeRequired):
        _open(demo_location, "koordinator", GIVEN)
    with pytest.raises(UserInputError) as same:
        _open(demo_location, "koordinator", GIVEN, new_password=GIVEN)
    assert same.value.problems[0].field == "new_password"
    with pytest.raises(UserInputError):
        _open(demo_location, "koordinator", GIVEN, new_password="kort")
    with pytest.raises(WrongPassword):
        _open(demo_location, "koordinator", "forkert-kode", new_password=OWN)

    with _open(demo_location, "koordinator", GIVEN, new_password=OWN) as desk:
        assert desk.user.role is Role.CASEWORKER
        if isinstance(demo_location, Path):  # a vault's own signing key; a server has none
            assert desk.vault._state.keys.signer is not None
        assert desk.cases.search("")
    # The given password opens nothing now; the user's own opens without a question.
    with pytest.raises(WrongPassword):
        _open(demo_location, "koordinator", GIVEN)
    _open(demo_location, "koordinator", OWN).lock()


def test_a_new_user_chooses_their_own_password_at_their_first_login(
    demo_location: Path | str,
) -> None:
    with _open(demo_location, "admin") as admin:
        admin.users.add(
            username="sara", display_name="Sara Sagsbehandler", role=Role.CASEWORKER, password=GIVEN
        )
    with pytest.raises(PasswordChangeRequired):
        _open(demo_location, "sara", GIVEN)
    with _open(demo_location, "sara", GIVEN, new_password=OWN) as sara:
        assert sara.user.display_name == "Sara Sagsbehandler"
    _open(demo_location, "sara", OWN).lock()


def test_a_deactivated_user_cannot_open_and_their_records_and_trail_stay(
    demo_location: Path | str,
) -> None:
    with _open(demo_location, "koordinator") as desk:
        own_cases = {c.case_number for c in desk.cases.search("") if c.caseworker == "koordinator"}
    assert own_cases
    with _open(demo_location, "admin") as admin:
        changed = admin.users.set_active(username="koordinator", active=False)
        assert (changed.role, changed.active) == (Role.CASEWORKER, False)

    with pytest.raises(UserDeactivated) as refused:
        _open(demo_location, "koordinator")
    assert refused.value.text("da") == (
        "Din bruger er deaktiveret. Kontakt en administrator, hvis du skal have adgang igen."
    )
    # Without the password nobody learns that the user exists.
    with pytest.raises(WrongPassword):
        _open(demo_location, "koordinator", "forkert-kode")

    with _open(demo_location, "leder") as leder:
        kept = {c.case_number for c in leder.cases.search("") if c.caseworker == "koordinator"}
        events = [e for e in leder.audit.events() if e.username == "koordinator"]
    assert kept == own_cases
    assert events
    assert _overview(demo_location)["koordinator"][:2] == (Role.CASEWORKER, False)

    with _open(demo_location, "admin") as admin:
        admin.users.set_active(username="koordinator", active=True)
    _open(demo_location, "koordinator").lock()


def test_an_administrator_cannot_deactivate_themselves(demo_location: Path | str) -> None:
    with _open(demo_location, "admin") as admin:
        admin.users.set_role(username="leder", role=Role.ADMINISTRATOR)
        with pytest.raises(UserInputError) as refused:
            admin.users.set_active(username="admin", active=False)
    assert refused.value.problems[0].field == "active"
    _open(demo_location, "admin").lock()


def _case_id(path: Path | str) -> CaseId:
    with _open(path, "koordinator") as desk:
        return desk.cases.search("")[0].case_id


CASEWORK = {
    "create_person_with_case": lambda desk, case_id: desk.cases.create_person_with_case(
        person={"name": "Ny Person", "birth_date": "2008-01-01"},
        case={"level": 2, "kind": "individual"},
    ),
    "close_case": lambda desk, case_id: desk.cases.close(
        case_id, closed_on=datetime.now(UTC).date(), reason="Flyttet"
    ),
    "plan_save": lambda desk, case_id: desk.plans.save(
        case_id, ActionPlan(case_id=case_id, made_on=datetime.now(UTC).date())
    ),
    "meeting_save": lambda desk, case_id: desk.meetings.save(
        Meeting(kind=MeetingKind.SSP, held_on=datetime.now(UTC).date())
    ),
}


@pytest.mark.parametrize("step", sorted(CASEWORK))
def test_an_administrator_does_no_casework_and_the_attempt_is_audited(
    demo_location: Path | str, step: str
) -> None:
    case_id = _case_id(demo_location)
    with _open(demo_location, "admin") as admin:
        events_before = len(admin.audit.events())
        cases_before = len(admin.cases.search(""))
        with pytest.raises(PermissionDenied) as refused:
            CASEWORK[step](admin, case_id)
        refusal = admin.audit.events()[-1]
        assert len(admin.audit.events()) == events_before + 2  # the search, the refusal
        assert len(admin.cases.search("")) == cases_before
        # Reading stays an administrator's: an access request is answered from the cases.
        assert admin.cases.get(case_id).id == case_id
    assert "administrator" in refused.value.text("da")
    assert refusal.username == "admin"
    assert refusal.action is AuditAction.REFUSED
    assert refusal.details["role"] == "administrator"
