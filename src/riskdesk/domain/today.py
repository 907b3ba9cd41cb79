"""The start page, "I dag": what the logged-in user should see first in the morning, each
line naming the thing it opens. Built from facts the store reads in one use case; which
facts count (this week, the next fourteen days, six months since the last assessment) is
the municipality's to set (:class:`TodayRules`, in ``resources/municipality.yaml``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from functools import partial

from pydantic import BaseModel, ConfigDict, Field

from riskdesk.domain.action_plan import RESPONSIBLE_LABELS
from riskdesk.domain.danish_dates import dmy
from riskdesk.domain.ids import CaseId, PlanId
from riskdesk.domain.localized import LocalizedText
from riskdesk.domain.meeting import MEETING_KIND_LABELS, MeetingId, MeetingKind
from riskdesk.domain.release_meeting import ReleaseMeeting
from riskdesk.domain.release_progress import MilestoneState, TimelineEntry, timeline_progress
from riskdesk.domain.release_timeline import MILESTONE_LABELS, TimelineRules, months_before
from riskdesk.domain.today_opens import Opens as Opens  # kept importable from here


class TodayRules(BaseModel):
    """How far the start page looks. The defaults are the unit's practice: a week for
    actions, a fortnight for follow-ups, deadlines and meetings, a reassessment after six
    months, and a plan within thirty days of an assessment."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    actions_days: int = Field(7, ge=1, le=60)
    ahead_days: int = Field(14, ge=1, le=90)
    reassessment_after_months: int = Field(6, ge=1, le=60)
    plan_within_days: int = Field(30, ge=1, le=365)
    # A page of thousands of lines is read by nobody; the first of each section (the
    # most overdue or the soonest) are what the morning is for.
    lines_per_section: int = Field(25, ge=5, le=500)


class Section(StrEnum):
    ACTIONS = "actions"
    FOLLOW_UPS = "follow_ups"
    RELEASE = "release"
    RETURNED = "returned"
    REVIEW = "review"
    MEETINGS = "meetings"
    REASSESSMENTS = "reassessments"
    NO_PLAN = "no_plan"


SECTION_TITLES: dict[Section, LocalizedText] = {
    Section.ACTIONS: LocalizedText(
        da="Handlinger, der er overskredet eller skal klares inden for en uge",
        en="Actions overdue or due within a week",
    ),
    Section.FOLLOW_UPS: LocalizedText(da="Opfølgninger", en="Follow-ups"),
    Section.RELEASE: LocalizedText(da="Løsladelsesfrister", en="Release deadlines"),
    Section.RETURNED: LocalizedText(
        da="Handleplaner sendt retur til dig", en="Action plans returned to you"
    ),
    Section.REVIEW: LocalizedText(
        da="Handleplaner, der venter på din godkendelse (ældste først)",
        en="Action plans waiting for your review (oldest first)",
    ),
    Section.MEETINGS: LocalizedText(da="Møder de næste 14 dage", en="Meetings in the next 14 days"),
    Section.REASSESSMENTS: LocalizedText(da="Revurderinger", en="Reassessments due"),
    Section.NO_PLAN: LocalizedText(
        da="Sager uden handleplan efter vurderingen", en="Cases without a plan after assessment"
    ),
}


@dataclass(frozen=True)
class TodayLine:
    section: Section
    when: date | None
    text: LocalizedText
    opens: Opens
    case_id: CaseId | None = None
    plan_id: PlanId | None = None
    meeting_id: MeetingId | None = None
    overdue: bool = False
    entry_id: int | None = None
    """The journal entry whose follow-up the line is (:attr:`Opens.JOURNAL`)."""
    outcome_point: str | None = None
    """The follow-up point, 6m or 12m (:attr:`Opens.OUTCOME`)."""


# ----- the facts the store reads -------------------------------------------------------


@dataclass(frozen=True)
class CaseFact:
    case_id: CaseId
    case_number: str
    person_name: str


@dataclass(frozen=True)
class ActionFact:
    case_id: CaseId
    what: str
    due: date


@dataclass(frozen=True)
class PlanFact:
    plan_id: PlanId
    case_id: CaseId
    case_number: str
    version: int
    at: datetime
    open_comments: int = 0


@dataclass(frozen=True)
class MeetingFact:
    meeting_id: MeetingId
    kind: MeetingKind
    held_on: date
    cases: int


@dataclass(frozen=True)
class TodayFacts:
    """What the store read for the user. ``cases`` are the user's open cases; the rest
    refer to them by id, except the review queue and the meetings, which are the unit's."""

    cases: Mapping[CaseId, CaseFact]
    actions: Sequence[ActionFact] = ()
    follow_ups: Sequence[tuple[CaseId, date]] = ()
    release_meetings: Sequence[tuple[CaseId, ReleaseMeeting, bool]] = ()
    returned: Sequence[PlanFact] = ()
    waiting: Sequence[PlanFact] = ()
    meetings: Sequence[MeetingFact] = ()
    last_assessed: Mapping[CaseId, date] = field(default_factory=dict)
    without_plan: frozenset[CaseId] = frozenset()
    # Lines the store counted past the first of a section it read (in the page's order).
    unread: Mapping[Section, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Today:
    """The lines shown, at most :attr:`TodayRules.lines_per_section` a section, and how
    many more each section has."""

    lines: tuple[TodayLine, ...]
    more: Mapping[Section, int] = field(default_factory=dict)

    def section(self, section: Section) -> tuple[TodayLine, ...]:
        return tuple(line for line in self.lines if line.section is section)

    @property
    def total(self) -> int:
        return len(self.lines) + sum(self.more.values())


def build_today(
    facts: TodayFacts, *, rules: TodayRules, release: TimelineRules, today: date
) -> Today:
    """The start page's lines, section by section, soonest (or oldest) first."""
    sections = (
        _actions(facts, rules, today),
        _follow_ups(facts, rules, today),
        _release(facts, rules, release, today),
        _plans(facts.returned, Section.RETURNED, _RETURNED),
        _plans(facts.waiting, Section.REVIEW, _WAITING),
        _meetings(facts, rules, today),
        _reassessments(facts, rules, today),
        _no_plan(facts, rules, today),
    )
    limit = rules.lines_per_section
    lines: list[TodayLine] = []
    more: dict[Section, int] = {}
    for section, due in zip(Section, sections, strict=True):
        # Only the lines shown are written out: a caseworker with thousands of cases
        # would otherwise have thousands of sentences made for a page of 25 a section.
        lines += [line() for line in due[:limit]]
        if len(due) + facts.unread.get(section, 0) > limit:
            more[section] = len(due) + facts.unread.get(section, 0) - limit
    return Today(lines=tuple(lines), more=more)


# A line not yet written out; each section lists its own in the order they are shown.
type _Due = Callable[[], TodayLine]


def _who(case: CaseFact) -> str:
    return f"{case.case_number} {case.person_name}"


def _actions(facts: TodayFacts, rules: TodayRules, today: date) -> list[_Due]:
    until = today + timedelta(days=rules.actions_days)
    due = sorted(
        (action for action in facts.actions if action.case_id in facts.cases),
        key=lambda a: (a.due, a.case_id),
    )
    return [partial(_action_line, facts.cases[a.case_id], a, today) for a in due if a.due <= until]


def _action_line(case: CaseFact, action: ActionFact, today: date) -> TodayLine:
    overdue = action.due < today
    template = _ACTION_OVERDUE if overdue else _ACTION_DUE
    return TodayLine(
        section=Section.ACTIONS,
        when=action.due,
        text=template.format(who=_who(case), what=action.what, due=dmy(action.due)),
        opens=Opens.PLAN,
        case_id=action.case_id,
        overdue=overdue,
    )


def _follow_ups(facts: TodayFacts, rules: TodayRules, today: date) -> list[_Due]:
    until = today + timedelta(days=rules.ahead_days)
    return [
        partial(_follow_up_line, facts.cases[case_id], day)
        for case_id, day in sorted(facts.follow_ups, key=lambda f: (f[1], f[0]))
        if case_id in facts.cases and today <= day <= until
    ]


def _follow_up_line(case: CaseFact, day: date) -> TodayLine:
    return TodayLine(
        section=Section.FOLLOW_UPS,
        when=day,
        text=_FOLLOW_UP.format(who=_who(case), day=dmy(day)),
        opens=Opens.PLAN,
        case_id=case.case_id,
    )


def _release(
    facts: TodayFacts, rules: TodayRules, release: TimelineRules, today: date
) -> list[_Due]:
    until = today + timedelta(days=rules.ahead_days)
    due: list[tuple[CaseFact, TimelineEntry]] = []
    for case_id, meeting, has_plan in facts.release_meetings:
        case = facts.cases.get(case_id)
        if case is None:
            continue
        for entry in timeline_progress(meeting, rules=release, has_plan=has_plan, today=today):
            overdue = entry.state is MilestoneState.OVERDUE
            upcoming = entry.state is MilestoneState.UPCOMING and entry.due <= until
            if overdue or upcoming:
                due.append((case, entry))
    due.sort(key=lambda item: (item[1].due, item[0].case_id))
    return [partial(_deadline_line, case, entry) for case, entry in due]


def _deadline_line(case: CaseFact, entry: TimelineEntry) -> TodayLine:
    overdue = entry.state is MilestoneState.OVERDUE
    template = _DEADLINE_OVERDUE if overdue else _DEADLINE_DUE
    label = MILESTONE_LABELS[entry.milestone]
    owner = RESPONSIBLE_LABELS[entry.owner]
    return TodayLine(
        section=Section.RELEASE,
        when=entry.due,
        text=template.format(
            who=_who(case),
            milestone=label.da,
            milestone_en=label.en,
            due=dmy(entry.due),
            owner=owner.da,
            owner_en=owner.en,
        ),
        opens=Opens.RELEASE_MEETING,
        case_id=case.case_id,
        overdue=overdue,
    )


def _plans(plans: Iterable[PlanFact], section: Section, template: LocalizedText) -> list[_Due]:
    return [
        partial(_plan_line, plan, section, template)
        for plan in sorted(plans, key=lambda p: (p.at, p.plan_id))
    ]


def _plan_line(plan: PlanFact, section: Section, template: LocalizedText) -> TodayLine:
    return TodayLine(
        section=section,
        when=plan.at.date(),
        text=template.format(
            number=plan.case_number,
            version=plan.version,
            on=dmy(plan.at.date()),
            comments=plan.open_comments,
        ),
        opens=Opens.REVIEW,
        case_id=plan.case_id,
        plan_id=plan.plan_id,
    )


def _meetings(facts: TodayFacts, rules: TodayRules, today: date) -> list[_Due]:
    until = today + timedelta(days=rules.ahead_days)
    return [
        partial(_meeting_line, meeting)
        for meeting in sorted(facts.meetings, key=lambda m: (m.held_on, m.meeting_id))
        if today <= meeting.held_on <= until
    ]


def _meeting_line(meeting: MeetingFact) -> TodayLine:
    return TodayLine(
        section=Section.MEETINGS,
        when=meeting.held_on,
        text=_MEETING.format(
            kind=MEETING_KIND_LABELS[meeting.kind].da,
            kind_en=MEETING_KIND_LABELS[meeting.kind].en,
            on=dmy(meeting.held_on),
            cases=meeting.cases,
        ),
        opens=Opens.MEETING,
        meeting_id=meeting.meeting_id,
    )


def _reassessments(facts: TodayFacts, rules: TodayRules, today: date) -> list[_Due]:
    due_before = months_before(today, rules.reassessment_after_months)
    return [
        partial(_reassessment_line, facts.cases[case_id], assessed)
        for case_id, assessed in sorted(facts.last_assessed.items(), key=lambda item: item[1])
        if case_id in facts.cases and assessed < due_before
    ]


def _reassessment_line(case: CaseFact, assessed: date) -> TodayLine:
    return TodayLine(
        section=Section.REASSESSMENTS,
        when=assessed,
        text=_REASSESS.format(who=_who(case), on=dmy(assessed)),
        opens=Opens.ASSESSMENTS,
        case_id=case.case_id,
    )


def _no_plan(facts: TodayFacts, rules: TodayRules, today: date) -> list[_Due]:
    waiting = sorted(
        (assessed, case_id)
        for case_id in facts.without_plan
        if case_id in facts.cases
        and (assessed := facts.last_assessed.get(case_id)) is not None
        and (today - assessed).days >= rules.plan_within_days
    )
    return [
        partial(_no_plan_line, facts.cases[case_id], assessed, today)
        for assessed, case_id in waiting
    ]


def _no_plan_line(case: CaseFact, assessed: date, today: date) -> TodayLine:
    return TodayLine(
        section=Section.NO_PLAN,
        when=assessed,
        text=_NO_PLAN.format(who=_who(case), on=dmy(assessed), days=(today - assessed).days),
        opens=Opens.PLAN,
        case_id=case.case_id,
    )


_ACTION_DUE = LocalizedText(da="{who}: {what} (frist {due})", en="{who}: {what} (due {due})")
_ACTION_OVERDUE = LocalizedText(
    da="{who}: {what} (frist {due}, overskredet)", en="{who}: {what} (due {due}, overdue)"
)
_FOLLOW_UP = LocalizedText(da="{who}: opfølgning {day}", en="{who}: follow-up on {day}")
_DEADLINE_DUE = LocalizedText(
    da="{who}: {milestone} senest {due} – {owner}",
    en="{who}: {milestone_en} by {due} – {owner_en}",
)
_DEADLINE_OVERDUE = LocalizedText(
    da="{who}: {milestone} senest {due} (overskredet) – {owner}",
    en="{who}: {milestone_en} by {due} (overdue) – {owner_en}",
)
_RETURNED = LocalizedText(
    da="Sag {number}, version {version}: sendt retur {on}, {comments} åbne kommentarer",
    en="Case {number}, version {version}: returned on {on}, {comments} open comments",
)
_WAITING = LocalizedText(
    da="Sag {number}, version {version}: sendt til godkendelse {on}",
    en="Case {number}, version {version}: submitted on {on}",
)
_MEETING = LocalizedText(
    da="{kind} {on}: {cases} sager på dagsordenen",
    en="{kind_en} on {on}: {cases} cases on the agenda",
)
_REASSESS = LocalizedText(da="{who}: seneste vurdering {on}", en="{who}: last assessed on {on}")
_NO_PLAN = LocalizedText(
    da="{who}: vurderet {on}, ingen handleplan efter {days} dage",
    en="{who}: assessed on {on}, no action plan after {days} days",
)
