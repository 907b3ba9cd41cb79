"""Once shared, a change makes a new version; unshared plans are edited in place."""

from __future__ import annotations

from datetime import date

import pytest

from riskdesk.demo.synthetic_plans import synthetic_plan
from riskdesk.domain.action_plan import (
    ActionPlan,
    ActionStatus,
    NeedArea,
    Partner,
    PlanAction,
    PlanGoal,
    Responsible,
    mark_shared,
    plan_from,
    revise_plan,
)
from riskdesk.domain.case import LegalBasis
from riskdesk.domain.refusals import UserInputError

TODAY = date(2026, 11, 21)


def _plan() -> ActionPlan:
    return synthetic_plan(seed=7, today=TODAY)


def _edit(plan: ActionPlan) -> ActionPlan:
    return plan.model_copy(update={"citizen_view": "Jeg har ændret mening."})


@pytest.mark.parametrize(
    ("shared", "changed", "version", "still_shared"),
    [
        (False, False, 1, False),
        (False, True, 1, False),
        (True, False, 1, True),
        (True, True, 2, False),
    ],
)
def test_revision_follows_the_sharing_rule(
    shared: bool, changed: bool, version: int, still_shared: bool
) -> None:
    current = mark_shared(_plan(), TODAY) if shared else _plan()
    edited = _edit(current) if changed else current.model_copy()
    revised = revise_plan(current, edited)
    assert revised.version == version
    assert revised.shared is still_shared


def test_a_new_version_keeps_the_edit_and_counts_on() -> None:
    v1 = mark_shared(_plan(), TODAY)
    v2 = mark_shared(revise_plan(v1, _edit(v1)), TODAY)
    v3 = revise_plan(v2, v2.model_copy(update={"mentor": "Mentor Ny Prøve"}))
    assert (v2.version, v3.version) == (2, 3)
    assert v3.citizen_view == "Jeg har ændret mening."
    assert v3.mentor == "Mentor Ny Prøve"


def test_the_edited_plans_own_version_fields_are_ignored() -> None:
    current = mark_shared(_plan(), TODAY)
    forged = _edit(current).model_copy(update={"version": 99, "shared_on": TODAY})
    revised = revise_plan(current, forged)
    assert revised.version == 2
    assert not revised.shared


def test_sharing_twice_keeps_the_first_date() -> None:
    shared = mark_shared(_plan(), TODAY)
    assert mark_shared(shared, date(2027, 1, 1)).shared_on == TODAY


def test_overdue_actions_are_open_ones_past_their_deadline() -> None:
    def action(due: date, status: ActionStatus) -> PlanAction:
        return PlanAction(what="x", responsible=Responsible.UNIT, due=due, status=status)

    plan = ActionPlan(
        made_on=TODAY,
        goals=(
            PlanGoal(
                need_area=NeedArea.EDUCATION,
                text="Skole",
                actions=(
                    action(date(2026, 11, 20), ActionStatus.PLANNED),
                    action(date(2026, 11, 20), ActionStatus.DONE),
                    action(date(2026, 11, 20), ActionStatus.DROPPED),
                    action(TODAY, ActionStatus.IN_PROGRESS),
                ),
            ),
        ),
    )
    assert [a.status for a in plan.overdue_actions(TODAY)] == [ActionStatus.PLANNED]


def test_consent_as_legal_basis_needs_a_partner_with_consent() -> None:
    with pytest.raises(UserInputError) as caught:
        plan_from({"made_on": TODAY, "legal_basis": LegalBasis.CONSENT})
    assert "samtykke" in caught.value.text("da")
    plan = plan_from(
        {
            "made_on": TODAY,
            "legal_basis": LegalBasis.CONSENT,
            "partners": [Partner(organisation=Responsible.SCHOOL, consent=True, consent_on=TODAY)],
        }
    )
    assert plan.partners[0].consent


def test_an_action_needs_what_and_refuses_control_characters() -> None:
    with pytest.raises(UserInputError) as caught:
        plan_from(
            {
                "made_on": TODAY,
                "goals": [
                    {
                        "need_area": "education",
                        "text": "Skole\x07",
                        "actions": [{"what": " ", "responsible": "unit"}],
                    }
                ],
            }
        )
    fields = {p.field for p in caught.value.problems}
    assert fields == {"goals.0.text", "goals.0.actions.0.what"}
    texts = {p.field: p.text("da") for p in caught.value.problems}
    # The field inside the goal is named, not the whole list of goals.
    assert texts["goals.0.text"].startswith("Målet")
    assert texts["goals.0.actions.0.what"].startswith("Handlingen (hvad)")
