"""The start page's lines from plain facts: what is due this week, overdue first, in
sections; nothing outside the user's cases; the municipality's rhythm decides."""

from __future__ import annotations

from datetime import UTC, date, datetime

from riskdesk.domain.ids import CaseId, PlanId
from riskdesk.domain.meeting import MeetingId, MeetingKind
from riskdesk.domain.release_meeting import ReleaseMeeting
from riskdesk.domain.release_timeline import Anchor, Milestone, MilestoneRule, TimelineRules
from riskdesk.domain.today import (
    ActionFact,
    CaseFact,
    MeetingFact,
    Opens,
    PlanFact,
    Section,
    TodayFacts,
    TodayRules,
    build_today,
)

TODAY = date(2026, 11, 21)
RELEASE = TimelineRules(
    rules=(
        MilestoneRule(milestone=Milestone.PRISON_PLAN, anchor=Anchor.ADMISSION, weeks_after=4),
        MilestoneRule(milestone=Milestone.MUNICIPALITY_CONTACT, anchor=Anchor.PAROLE),
        MilestoneRule(milestone=Milestone.PAROLE_DECISION, anchor=Anchor.PAROLE, days_before=28),
        MilestoneRule(milestone=Milestone.MEETING, months_before=3),
        MilestoneRule(milestone=Milestone.PLAN_READY, months_before=1),
        MilestoneRule(milestone=Milestone.INCOME_APPLIED, days_before=21),
        MilestoneRule(milestone=Milestone.MENTOR_ARRANGED, days_before=14),
    )
)
MINE = CaseFact(CaseId(1), "2026-0001", "Test Testesen")


def _today(facts: TodayFacts, rules: TodayRules | None = None):
    return build_today(facts, rules=rules or TodayRules(), release=RELEASE, today=TODAY)


def test_actions_overdue_and_due_within_a_week_overdue_first() -> None:
    facts = TodayFacts(
        cases={MINE.case_id: MINE},
        actions=(
            ActionFact(MINE.case_id, "Skolemøde", date(2026, 11, 25)),
            ActionFact(MINE.case_id, "Bolig", date(2026, 11, 2)),
            ActionFact(MINE.case_id, "Senere", date(2026, 12, 10)),
            ActionFact(CaseId(99), "Kollegas sag", date(2026, 11, 22)),
        ),
    )
    lines = _today(facts).section(Section.ACTIONS)
    assert [line.text.da for line in lines] == [
        "2026-0001 Test Testesen: Bolig (frist 02.11.2026, overskredet)",
        "2026-0001 Test Testesen: Skolemøde (frist 25.11.2026)",
    ]
    assert [line.overdue for line in lines] == [True, False]
    assert {line.opens for line in lines} == {Opens.PLAN}


def test_release_deadlines_overdue_or_within_a_fortnight() -> None:
    # Release on 15 January 2027: the plan is due 15 December, income support 25 December.
    meeting = ReleaseMeeting(
        case_id=MINE.case_id, expected_release=date(2027, 1, 15), meeting_on=date(2026, 10, 1)
    )
    rules = TodayRules(ahead_days=30)
    lines = _today(
        TodayFacts(cases={MINE.case_id: MINE}, release_meetings=((MINE.case_id, meeting, False),)),
        rules,
    ).section(Section.RELEASE)
    assert [line.when for line in lines] == [date(2026, 12, 15)]
    assert (
        "Handleplanen er klar senest 15.12.2026 – Den Kriminalpræventive Enhed" in lines[0].text.da
    )
    assert lines[0].opens is Opens.RELEASE_MEETING


def test_plans_meetings_reassessments_and_cases_without_a_plan() -> None:
    returned = PlanFact(
        PlanId(7), MINE.case_id, "2026-0001", 2, datetime(2026, 11, 10, tzinfo=UTC), 3
    )
    facts = TodayFacts(
        cases={MINE.case_id: MINE, CaseId(2): CaseFact(CaseId(2), "2026-0002", "Ane Test")},
        returned=(returned,),
        meetings=(
            MeetingFact(MeetingId(5), MeetingKind.SSP, date(2026, 12, 1), 4),
            MeetingFact(MeetingId(6), MeetingKind.SSP, date(2027, 1, 1), 2),
        ),
        last_assessed={MINE.case_id: date(2026, 5, 20), CaseId(2): date(2026, 10, 1)},
        without_plan=frozenset({CaseId(2)}),
    )
    today = _today(facts)
    (back,) = today.section(Section.RETURNED)
    assert back.text.da == "Sag 2026-0001, version 2: sendt retur 10.11.2026, 3 åbne kommentarer"
    assert (back.opens, back.plan_id) == (Opens.REVIEW, PlanId(7))
    assert [line.meeting_id for line in today.section(Section.MEETINGS)] == [5]
    assert [line.case_id for line in today.section(Section.REASSESSMENTS)] == [1]
    (missing,) = today.section(Section.NO_PLAN)
    assert (
        missing.text.da == "2026-0002 Ane Test: vurderet 01.10.2026, ingen handleplan efter 51 dage"
    )


def test_the_municipality_sets_the_rhythm() -> None:
    facts = TodayFacts(
        cases={MINE.case_id: MINE},
        last_assessed={MINE.case_id: date(2026, 8, 20)},
        without_plan=frozenset({MINE.case_id}),
    )
    assert _today(facts).section(Section.REASSESSMENTS) == ()
    strict = TodayRules(reassessment_after_months=3, plan_within_days=100)
    assert len(_today(facts, strict).section(Section.REASSESSMENTS)) == 1
    assert _today(facts, strict).section(Section.NO_PLAN) == ()


def test_a_long_section_shows_its_first_lines_and_counts_the_rest() -> None:
    cases = {CaseId(n): CaseFact(CaseId(n), f"2026-{n:04}", f"Person {n}") for n in range(1, 41)}
    facts = TodayFacts(
        cases=cases,
        actions=tuple(
            ActionFact(CaseId(n), "Skolemøde", date(2026, 10, 1 + n % 28)) for n in cases
        ),
        follow_ups=((CaseId(1), date(2026, 11, 30)),),
    )
    today = _today(facts, TodayRules(lines_per_section=10))
    shown = today.section(Section.ACTIONS)
    assert len(shown) == 10
    assert [line.when for line in shown] == sorted(line.when for line in shown)
    assert shown[0].when == date(2026, 10, 1)  # the most overdue first
    assert today.more == {Section.ACTIONS: 30}
    assert len(today.section(Section.FOLLOW_UPS)) == 1
    assert today.total == 41
