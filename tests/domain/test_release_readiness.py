"""The release checklist's readiness summary and turning decisions into plan actions."""

from __future__ import annotations

from datetime import date

import pytest

from riskdesk.demo.synthetic_plans import synthetic_plan
from riskdesk.domain.action_plan import NeedArea, Responsible, mark_shared, revise_plan
from riskdesk.domain.localized import LocalizedText
from riskdesk.domain.refusals import UserInputError
from riskdesk.domain.release_meeting import (
    CHECKLIST_AREA_LABELS,
    ChecklistArea,
    ChecklistItem,
    Decision,
    ItemStatus,
    ReleaseMeeting,
    ReleaseMeetingForm,
    add_decisions_to_plan,
    blank_checklist,
    decision_to_action,
    meeting_from,
    readiness,
)
from riskdesk.services.instrument_catalogue import default_forms_dir
from riskdesk.services.release_meeting_form import load_release_meeting_form

TODAY = date(2026, 11, 21)
GOAL_TEXT = LocalizedText(da="Aftalt på løsladelsesmødet", en="Agreed at the release meeting")


@pytest.fixture(scope="module")
def form() -> ReleaseMeetingForm:
    return load_release_meeting_form(default_forms_dir())


def test_every_area_has_labels_and_a_prompt(form: ReleaseMeetingForm) -> None:
    assert set(CHECKLIST_AREA_LABELS) == set(ChecklistArea)
    assert next(e.area for e in form.checklist) is ChecklistArea.CONDITIONS
    assert all(e.prompt.da and e.prompt.en for e in form.checklist)


@pytest.mark.parametrize(
    ("statuses", "counts", "missing"),
    [
        ({}, (0, 0, 10), tuple(ChecklistArea)),
        (dict.fromkeys(ChecklistArea, ItemStatus.IN_PLACE), (10, 0, 0), ()),
        (
            {
                ChecklistArea.HOUSING: ItemStatus.IN_PLACE,
                ChecklistArea.INCOME: ItemStatus.IN_PROGRESS,
            },
            (1, 1, 8),
            tuple(
                a for a in ChecklistArea if a not in (ChecklistArea.HOUSING, ChecklistArea.INCOME)
            ),
        ),
    ],
)
def test_readiness_counts_every_area_and_names_the_missing(
    statuses: dict[ChecklistArea, ItemStatus],
    counts: tuple[int, int, int],
    missing: tuple[ChecklistArea, ...],
) -> None:
    meeting = ReleaseMeeting(
        checklist=tuple(ChecklistItem(area=a, status=s) for a, s in statuses.items())
    )
    summary = readiness(meeting)
    assert (summary.in_place, summary.in_progress, summary.missing) == counts
    assert summary.missing_areas == missing
    assert summary.total == 10
    assert summary.ready is (counts[0] == 10)


def test_a_blank_checklist_is_all_missing() -> None:
    assert readiness(ReleaseMeeting(checklist=blank_checklist())).missing == 10


def test_an_area_twice_and_a_next_meeting_before_this_one_are_refused() -> None:
    with pytest.raises(UserInputError) as caught:
        meeting_from({"checklist": [{"area": "housing"}, {"area": "housing"}]})
    assert "housing" in caught.value.text("en")
    with pytest.raises(UserInputError):
        meeting_from({"meeting_on": TODAY, "next_meeting_on": date(2026, 11, 1)})


def test_a_decision_becomes_a_planned_action() -> None:
    decision = Decision(
        what="Søge forsørgelse",
        responsible=Responsible.JOBCENTRE,
        responsible_name="Sagsbehandler Demo",
        due=TODAY,
        area=ChecklistArea.INCOME,
    )
    action = decision_to_action(decision)
    assert (action.what, action.responsible, action.responsible_name, action.due) == (
        "Søge forsørgelse",
        Responsible.JOBCENTRE,
        "Sagsbehandler Demo",
        TODAY,
    )


def test_decisions_join_the_goal_of_their_need_area_or_start_one(form: ReleaseMeetingForm) -> None:
    plan = synthetic_plan(seed=1, today=TODAY)
    areas_before = [g.need_area for g in plan.goals]
    decisions = (
        Decision(what="Finde bolig", responsible=Responsible.UNIT, area=ChecklistArea.HOUSING),
        Decision(
            what="Medicin med ud",
            responsible=Responsible.KRIMINALFORSORGEN,
            area=ChecklistArea.HEALTH,
        ),
    )
    updated = add_decisions_to_plan(plan, decisions, form=form, goal_text=GOAL_TEXT)
    housing = [g for g in updated.goals if g.need_area is NeedArea.HOUSING]
    treatment = [g for g in updated.goals if g.need_area is NeedArea.TREATMENT]
    assert [a.what for a in housing[0].actions][-1] == "Finde bolig"
    assert [a.what for a in treatment[0].actions][-1] == "Medicin med ud"
    assert len(updated.goals) == len(areas_before) + len(
        {NeedArea.HOUSING, NeedArea.TREATMENT} - set(areas_before)
    )
    # Adding the same decisions again changes nothing.
    assert add_decisions_to_plan(updated, decisions, form=form, goal_text=GOAL_TEXT) == updated


def test_decisions_on_a_shared_plan_make_a_new_version(form: ReleaseMeetingForm) -> None:
    shared = mark_shared(synthetic_plan(seed=1, today=TODAY), TODAY)
    decision = Decision(what="Ny aftale", responsible=Responsible.MENTOR, area=ChecklistArea.MENTOR)
    edited = add_decisions_to_plan(shared, (decision,), form=form, goal_text=GOAL_TEXT)
    assert revise_plan(shared, edited).version == shared.version + 1
