"""Mentor courses through desk.mentor_courses against a real vault: any kind of case can
have them, the rules refuse bad input naming the field and store nothing, each use case
leaves one audit event naming the case and person, read back as a Danish sentence."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from mentor_users import MENTOR, add_mentor
from riskdesk.domain.audit import AuditEntity
from riskdesk.domain.case import CaseKind
from riskdesk.domain.mentor_course import EndReason, Reoffended
from riskdesk.domain.refusals import UserInputError
from riskdesk.services.desk import Desk
from vault_fixtures import PASSWORD


def _cases(desk: Desk, kind: CaseKind | None = None) -> list:
    return [s for s in desk.cases.search() if kind is None or s.kind is kind]


def test_a_release_case_holds_courses_started_and_ended(demo_location: Path | str) -> None:
    add_mentor(demo_location)
    with Desk.open(demo_location, username="koordinator", password=PASSWORD) as desk:
        case = _cases(desk, CaseKind.RELEASE)[0]
        first = desk.mentor_courses.start(
            case.case_id,
            mentor_username=MENTOR,
            started_on=date(2025, 1, 10),
            planned_end=date(2025, 11, 10),
        )
        assert first.id is not None
        ended = desk.mentor_courses.end(
            first.id,
            ended_on=date(2025, 9, 1),
            reason=EndReason.NEW_OFFENCE,
            reoffended=Reoffended.YES,
            reoffended_on=date(2025, 8, 20),
        )
        second = desk.mentor_courses.start(
            case.case_id,
            external_mentor="Ekstern mentor fra foreningen",
            started_on=date(2025, 10, 1),
        )
        lines = desk.mentor_courses.for_case(case.case_id)
    assert [line.course.id for line in lines] == [second.id, first.id]
    assert lines[1].mentor_name == "Mette Mentor"
    assert lines[1].case_number == case.case_number
    assert ended.months_run(date(2026, 1, 1)) == 7
    assert lines[0].course.months_run(date(2026, 2, 1)) == 4


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"started_on": date(2025, 5, 1), "planned_end": date(2025, 4, 1)}, "planned_end"),
        ({"started_on": date(2025, 5, 1), "mentor_username": None}, "mentor"),
        ({"started_on": date(2025, 5, 1), "mentor_username": "koordinator"}, "mentor"),
        ({"started_on": date(2025, 3, 1)}, "started_on"),
    ],
)
def test_bad_input_names_the_field_and_stores_nothing(
    demo_location: Path | str, data: dict, field: str
) -> None:
    add_mentor(demo_location)
    with Desk.open(demo_location, username="koordinator", password=PASSWORD) as desk:
        case = _cases(desk, CaseKind.INDIVIDUAL)[0]
        desk.mentor_courses.start(case.case_id, mentor_username=MENTOR, started_on=date(2025, 1, 1))
        with pytest.raises(UserInputError) as refused:
            desk.mentor_courses.start(case.case_id, **({"mentor_username": MENTOR} | data))
        assert [p.field for p in refused.value.problems] == [field]
        assert len(desk.mentor_courses.for_case(case.case_id)) == 1
    assert refused.value.text("da")


def test_ending_before_the_start_is_refused(demo_location: Path | str) -> None:
    add_mentor(demo_location)
    with Desk.open(demo_location, username="koordinator", password=PASSWORD) as desk:
        case = _cases(desk)[0]
        course = desk.mentor_courses.start(
            case.case_id, mentor_username=MENTOR, started_on=date(2025, 6, 1)
        )
        assert course.id is not None
        with pytest.raises(UserInputError) as refused:
            desk.mentor_courses.end(course.id, ended_on=date(2025, 5, 1), reason="completed")
        assert refused.value.problems[0].field == "ended_on"
        assert "før" in refused.value.text("da")
        with pytest.raises(UserInputError) as reoffending:
            desk.mentor_courses.end(
                course.id,
                ended_on=date(2025, 9, 1),
                reason="completed",
                reoffended="no",
                reoffended_on=date(2025, 7, 1),
            )
        assert reoffending.value.problems[0].field == "reoffended_on"
        (line,) = desk.mentor_courses.for_case(case.case_id)
    assert line.course.active


def test_each_use_case_is_one_event_naming_case_and_person(demo_location: Path | str) -> None:
    add_mentor(demo_location)
    with Desk.open(demo_location, username="koordinator", password=PASSWORD) as desk:
        case = _cases(desk)[0]
        since = desk.audit.events()[-1].sequence
        course = desk.mentor_courses.start(
            case.case_id, mentor_username=MENTOR, started_on=date(2025, 6, 1)
        )
        assert course.id is not None
        desk.mentor_courses.end(course.id, ended_on=date(2025, 12, 1), reason="completed")
        events = [
            e
            for e in desk.audit.events()
            if e.sequence > since and e.details.get("use_case", "").startswith("mentor_course.")
        ]
        insight = desk.access_insight.for_person(case.person_id)
    assert [e.details["use_case"] for e in events] == ["mentor_course.start", "mentor_course.end"]
    for event in events:
        assert event.entity is AuditEntity.MENTOR_COURSE
        assert event.details["case_ids"] == [case.case_id]
        assert event.details["person_ids"] == [case.person_id]
    sentences = " ".join(entry.sentence("da") for entry in insight.entries)
    assert "startede et mentorforløb på sagen" in sentences
    assert "afsluttede et mentorforløb på sagen" in sentences


def test_a_correction_is_checked_as_a_new_course_is(demo_location: Path | str) -> None:
    add_mentor(demo_location)
    with Desk.open(demo_location, username="koordinator", password=PASSWORD) as desk:
        case = _cases(desk)[0]
        course = desk.mentor_courses.start(
            case.case_id, external_mentor="Ole", started_on=date(2025, 6, 1)
        )
        assert course.id is not None
        changed = desk.mentor_courses.update(
            course.id, {"planned_end": date(2026, 4, 1), "note": "Træning to gange om ugen"}
        )
        assert (changed.planned_end, changed.note) == (date(2026, 4, 1), "Træning to gange om ugen")
        with pytest.raises(UserInputError) as refused:
            desk.mentor_courses.update(course.id, {"planned_end": date(2025, 1, 1)})
        assert [p.field for p in refused.value.problems] == ["planned_end"]
        (line,) = [
            line
            for line in desk.mentor_courses.for_case(case.case_id)
            if line.course.id == course.id
        ]
    assert line.course.planned_end == date(2026, 4, 1)
