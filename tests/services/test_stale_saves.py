"""Two people editing one record (#13 item 5): each of the five kinds people edit is
opened by two users of one vault file at once. User A loads it, user B saves, and A's
save of the stale copy is refused naming B and the time, with nothing written; A reloads
and saves. An editor's own saves in a row never refuse each other."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, time
from pathlib import Path

import pytest

from riskdesk.domain.action_plan import ActionPlan, NeedArea, PlanGoal
from riskdesk.domain.case import Case
from riskdesk.domain.ids import CaseId
from riskdesk.domain.meeting import Meeting, MeetingKind
from riskdesk.domain.person import Person
from riskdesk.domain.record_version import NO_RECORD_YET, StaleRecord
from riskdesk.domain.release_meeting import ReleaseMeeting
from riskdesk.services.desk import Desk
from vault_fixtures import PASSWORD

B_NAMED = "Lene Leder (leder)"


@contextmanager
def _two_users(demo_location: Path | str) -> Iterator[tuple[Desk, Desk]]:
    with (
        Desk.open(demo_location, username="koordinator", password=PASSWORD) as a,
        Desk.open(demo_location, username="leder", password=PASSWORD) as b,
    ):
        yield a, b


def _first_case(desk: Desk) -> CaseId:
    return sorted(desk.cases.search(), key=lambda c: c.case_id)[0].case_id


def _refused_naming_b(refused: pytest.ExceptionInfo[StaleRecord], since: datetime) -> None:
    stale = refused.value
    assert stale.changed_by == B_NAMED
    assert since.replace(second=0, microsecond=0) <= stale.changed_at.replace(tzinfo=None)
    assert stale.changed_at.replace(tzinfo=None) <= datetime.now()
    clock = f"{stale.changed_at:%H:%M}"
    assert stale.text("da") == f"Ændret af {B_NAMED} kl. {clock} – genindlæs"
    assert stale.text("en") == f"Changed by {B_NAMED} at {clock} – reload"


def _form(person: Person, case: Case, **changes: str) -> tuple[dict[str, object], dict]:
    person_data = {**person.model_dump(), **{k: v for k, v in changes.items() if k != "notes"}}
    case_data = case.model_dump() | ({"notes": changes["notes"]} if "notes" in changes else {})
    return person_data, case_data


def test_a_stale_person_is_refused_naming_who_saved_it(demo_location: Path | str) -> None:
    with _two_users(demo_location) as (a, b):
        case_id = _first_case(a)
        person, case = a.cases.with_person(case_id)
        assert person.row_version is not None
        assert case.row_version is not None
        since = datetime.now()
        b_person, _ = b.cases.with_person(case_id)
        assert b_person.id is not None
        b.persons.update(b_person.id, {**b_person.model_dump(), "address": "Bvej 2"})

        person_data, case_data = _form(person, case, address="Avej 1", notes="A's note")
        with pytest.raises(StaleRecord) as refused:
            a.cases.update_person_and_case(
                case_id,
                person=person_data,
                case=case_data,
                person_version=person.row_version,
                case_version=case.row_version,
            )
        _refused_naming_b(refused, since)
        kept_person, kept_case = a.cases.with_person(case_id)
        assert kept_person.address == "Bvej 2"
        assert kept_case.notes == case.notes  # the case half was not written either

        # Reloaded, A's change goes on top of B's.
        person_data, case_data = _form(kept_person, kept_case, notes="A's note")
        saved_person, saved_case = a.cases.update_person_and_case(
            case_id,
            person=person_data,
            case=case_data,
            person_version=kept_person.row_version,
            case_version=kept_case.row_version,
        )
        assert (saved_person.address, saved_case.notes) == ("Bvej 2", "A's note")
        assert saved_case.row_version == kept_case.row_version + 1  # type: ignore[operator]


def test_a_stale_case_is_refused_naming_who_saved_it(demo_location: Path | str) -> None:
    with _two_users(demo_location) as (a, b):
        case_id = _first_case(a)
        person, case = a.cases.with_person(case_id)
        since = datetime.now()
        b.cases.update(case_id, {"notes": "B's note"})

        person_data, case_data = _form(person, case, notes="A's note")
        with pytest.raises(StaleRecord) as refused:
            a.cases.update_person_and_case(
                case_id,
                person=person_data,
                case=case_data,
                person_version=person.row_version,
                case_version=case.row_version,
            )
        _refused_naming_b(refused, since)
        assert a.cases.get(case_id).notes == "B's note"

        # Two saves in a row by one editor, each with the version the last returned.
        first_person, first_case = a.cases.with_person(case_id)
        person_data, case_data = _form(first_person, first_case, notes="one")
        saved_person, saved_case = a.cases.update_person_and_case(
            case_id,
            person=person_data,
            case=case_data,
            person_version=first_person.row_version,
            case_version=first_case.row_version,
        )
        person_data, case_data = _form(saved_person, saved_case, notes="two")
        a.cases.update_person_and_case(
            case_id,
            person=person_data,
            case=case_data,
            person_version=saved_person.row_version,
            case_version=saved_case.row_version,
        )
        assert a.cases.get(case_id).notes == "two"


def _goal(text: str) -> PlanGoal:
    return PlanGoal(need_area=NeedArea.EDUCATION, text=text)


def test_a_stale_plan_draft_is_refused_and_own_autosaves_are_not(demo_location: Path | str) -> None:
    with _two_users(demo_location) as (a, b):
        case_id = _first_case(a)
        a.plans.save(case_id, ActionPlan(made_on=date(2026, 11, 1)))
        loaded = a.plans.for_editing(case_id).plan
        assert loaded is not None
        assert loaded.row_version is not None

        # A's autosaves: each carries the row version the one before returned.
        draft = loaded
        for text in ("Skole", "Skole hver dag", "Skole hver dag kl. 8"):
            draft = a.plans.save(case_id, draft.model_copy(update={"goals": (_goal(text),)}))
        since = datetime.now()
        b_plan = b.plans.for_editing(case_id).plan
        assert b_plan is not None
        b.plans.save(case_id, b_plan.model_copy(update={"mentor": "Mads Mentor"}))

        with pytest.raises(StaleRecord) as refused:
            a.plans.save(case_id, draft.model_copy(update={"goals": (_goal("A's"),)}))
        _refused_naming_b(refused, since)
        current = a.plans.current(case_id)
        assert current is not None
        assert (current.mentor, current.goals) == ("Mads Mentor", draft.goals)

        reloaded = a.plans.for_editing(case_id).plan
        assert reloaded is not None
        saved = a.plans.save(case_id, reloaded.model_copy(update={"goals": (_goal("A's"),)}))
        assert (saved.mentor, saved.goals) == ("Mads Mentor", (_goal("A's"),))


def test_a_plan_made_or_versioned_by_another_refuses_the_older_copy(
    demo_location: Path | str,
) -> None:
    with _two_users(demo_location) as (a, b):
        case_id = _first_case(a)
        # A opened the editor on a case without a plan; B made one meanwhile.
        assert a.plans.current(case_id) is None
        b.plans.save(case_id, ActionPlan(made_on=date(2026, 11, 2), goals=(_goal("B"),)))
        with pytest.raises(StaleRecord):
            a.plans.save(case_id, ActionPlan(made_on=date(2026, 11, 2), row_version=NO_RECORD_YET))
        shared = a.plans.mark_shared(case_id, date(2026, 11, 10))
        # B edits the handed-out version, which makes the next version: A's copy of the
        # shared one must not quietly become that version's content.
        b.plans.save(case_id, shared.model_copy(update={"goals": (_goal("B's next"),)}))
        with pytest.raises(StaleRecord) as refused:
            a.plans.save(case_id, shared.model_copy(update={"goals": (_goal("A's next"),)}))
        assert refused.value.changed_by == B_NAMED
        current = a.plans.current(case_id)
        assert current is not None
        assert current.goals == (_goal("B's next"),)
        assert current.version == shared.version + 1


def test_a_stale_release_meeting_is_refused_naming_who_saved_it(demo_location: Path | str) -> None:
    with _two_users(demo_location) as (a, b):
        case_id = _first_case(a)
        # A opened the editor on a case without one; B recorded it first.
        assert a.release_meetings.get(case_id) is None
        b.release_meetings.save(case_id, ReleaseMeeting(place="Bs sted"))
        with pytest.raises(StaleRecord):
            a.release_meetings.save(
                case_id, ReleaseMeeting(place="As sted", row_version=NO_RECORD_YET)
            )
        loaded = a.release_meetings.view(case_id).meeting
        assert loaded is not None
        assert loaded.row_version is not None
        since = datetime.now()
        b_copy = b.release_meetings.get(case_id)
        assert b_copy is not None
        b.release_meetings.save(case_id, b_copy.model_copy(update={"conditions": "B's"}))

        with pytest.raises(StaleRecord) as refused:
            a.release_meetings.save(case_id, loaded.model_copy(update={"notes": "A's"}))
        _refused_naming_b(refused, since)
        stored = a.release_meetings.get(case_id)
        assert stored is not None
        assert (stored.conditions, stored.notes) == ("B's", loaded.notes)

        saved = a.release_meetings.save(case_id, stored.model_copy(update={"notes": "A's"}))
        assert (saved.conditions, saved.notes) == ("B's", "A's")
        again = a.release_meetings.save(case_id, saved.model_copy(update={"notes": "A's 2"}))
        assert again.row_version == saved.row_version + 1  # type: ignore[operator]


def test_a_stale_meeting_is_refused_naming_who_saved_it(demo_location: Path | str) -> None:
    with _two_users(demo_location) as (a, b):
        made = a.meetings.save(
            Meeting(kind=MeetingKind.SSP, held_on=date(2026, 12, 3), starts_at=time(9))
        )
        assert made.id is not None
        loaded = a.meetings.get(made.id)
        since = datetime.now()
        b.meetings.save(b.meetings.get(made.id).model_copy(update={"place": "Rådhuset"}))

        with pytest.raises(StaleRecord) as refused:
            a.meetings.save(loaded.model_copy(update={"starts_at": time(10)}))
        _refused_naming_b(refused, since)
        assert a.meetings.get(made.id).starts_at == time(9)

        reloaded = a.meetings.get(made.id)
        saved = a.meetings.save(reloaded.model_copy(update={"starts_at": time(10)}))
        assert (saved.place, saved.starts_at) == ("Rådhuset", time(10))
