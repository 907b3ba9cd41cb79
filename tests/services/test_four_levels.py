"""A municipality with four levels edits ``forms/level-rules.yaml`` and nothing else: the
assessment derives niveau 4, the case service files it, and its plans go to the meeting
the level names. Levels have one source, the loaded level rules."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
import yaml

from assessment_forms import yes_to_first
from riskdesk.domain.assessment_draft import InformationSource, ItemAnswer
from riskdesk.domain.meeting import Meeting, MeetingKind
from riskdesk.domain.refusals import UserInputError
from riskdesk.services.desk import Desk
from riskdesk.services.forms import Forms
from riskdesk.services.instrument_catalogue import default_forms_dir
from vault_fixtures import PASSWORD


@pytest.fixture
def four_level_forms(tmp_path: Path) -> Forms:
    folder = tmp_path / "forms"
    shutil.copytree(default_forms_dir(), folder)
    rules = yaml.safe_load((folder / "level-rules.yaml").read_text(encoding="utf-8"))
    level_3 = rules["levels"]["levels"][2]
    rules["levels"]["levels"].append(
        {
            "number": 4,
            "name": {"da": "Niveau 4", "en": "Level 4"},
            "description": {"da": "EXIT og bandeforløb.", "en": "EXIT and gang cases."},
            "meeting": "operative",
        }
    )
    level_3["meeting"] = "ksp"
    rules["band_rules"] = [
        {"bands": ["low"], "level": 1},
        {"bands": ["moderate"], "level": 2},
        {"bands": ["high"], "level": 3},
        {"bands": ["very_high"], "level": 4},
    ]
    rules["flag_rules"] = [{"flags": ["gang"], "level": 4}]
    (folder / "level-rules.yaml").write_text(yaml.safe_dump(rules, allow_unicode=True), "utf-8")
    return Forms(folder)


@pytest.fixture
def desk(demo_location: Path | str, four_level_forms: Forms) -> Iterator[Desk]:
    with Desk.open(
        demo_location, username="koordinator", password=PASSWORD, forms=four_level_forms
    ) as opened:
        yield opened


def test_the_desk_s_levels_are_the_loaded_rules(desk: Desk) -> None:
    assert desk.levels.numbers == (1, 2, 3, 4)
    assert desk.levels == desk.assessments.level_rules.levels


def test_an_assessment_gives_niveau_4_and_the_case_takes_it(desk: Desk) -> None:
    person, case = desk.cases.create_person_with_case(
        person={"name": "Test Fireniveau", "birth_date": date(2008, 6, 1)},
        case={"level": 2, "kind": "individual", "referral_source": "police"},
    )
    assert case.id is not None
    record = desk.assessments.start(person_id=person.id, case_id=case.id)
    draft = record.draft.model_copy(
        update={
            "sources": frozenset({InformationSource.INTERVIEW}),
            "answers": {k: ItemAnswer(value=v) for k, v in yes_to_first(40).items()},
        }
    )
    desk.assessments.save_draft(record.id, draft)
    final = desk.assessments.finalise(record.id)
    assert final.snapshot is not None
    assert final.snapshot.level == 4
    assert desk.cases.get(case.id).level == 4


def test_the_case_service_files_niveau_4_and_refuses_niveau_5(desk: Desk) -> None:
    person_data = {"name": "Test Fireniveau", "birth_date": date(2008, 6, 1)}
    _, case = desk.cases.create_person_with_case(
        person=person_data, case={"level": 4, "kind": "individual"}
    )
    assert case.level == 4
    assert desk.cases.update(case.id, {"level": 3}).level == 3
    with pytest.raises(UserInputError, match="Level 5 does not exist"):
        desk.cases.update(case.id, {"level": 5})


def test_each_level_s_plans_go_to_the_meeting_it_names(desk: Desk) -> None:
    today = date(2026, 11, 21)
    for kind, days in ((MeetingKind.OPERATIVE, 3), (MeetingKind.KSP, 5), (MeetingKind.SSP, 8)):
        desk.meetings.save(Meeting(kind=kind, held_on=today + timedelta(days=days)))
    assert desk.review.next_meeting_for(4, today=today) == today + timedelta(days=3)
    assert desk.review.next_meeting_for(3, today=today) == today + timedelta(days=5)
    assert desk.review.next_meeting_for(2, today=today) == today + timedelta(days=8)
