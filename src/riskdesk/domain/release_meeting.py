"""The release meeting (løsladelsesmøde): who sits at the table, the checklist for a good
release, what was decided and by whom, and how ready the release is.

The checklist's wording (labels, agenda prompts) is data in ``forms/release-meeting.yaml``;
the areas themselves are fixed here because the readiness summary and the documents refer
to them by name.
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from datetime import date, timedelta
from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from riskdesk.domain.action_plan import (
    ActionPlan,
    ActionStatus,
    NeedArea,
    PlanAction,
    PlanGoal,
    Responsible,
)
from riskdesk.domain.ids import CaseId, PersonId
from riskdesk.domain.localized import LocalizedText
from riskdesk.domain.problems import Problem
from riskdesk.domain.refusals import UserInputError
from riskdesk.domain.release_timeline import Milestone, ReleaseDates, TimelineRules
from riskdesk.domain.validation import Line, RequiredLine, Text, rule_error, validate_model


class ChecklistArea(StrEnum):
    HOUSING = "housing"
    INCOME = "income"
    JOB_EDUCATION = "job_education"
    TREATMENT = "treatment"
    HEALTH = "health"
    NETWORK_FAMILY = "network_family"
    SAFETY = "safety"
    MENTOR = "mentor"
    PRACTICAL = "practical"
    CONDITIONS = "conditions"


class ItemStatus(StrEnum):
    IN_PLACE = "in_place"
    IN_PROGRESS = "in_progress"
    MISSING = "missing"


class ParticipantRole(StrEnum):
    CITIZEN = "citizen"
    COORDINATOR = "coordinator"
    KRIMINALFORSORGEN = "kriminalforsorgen"
    JOBCENTRE = "jobcentre"
    MENTOR = "mentor"
    FAMILY_DEPARTMENT = "family_department"
    PSYCHIATRY = "psychiatry"
    RELATIVE = "relative"
    OTHER = "other"


ITEM_STATUS_LABELS: dict[ItemStatus, LocalizedText] = {
    ItemStatus.IN_PLACE: LocalizedText(da="På plads", en="In place"),
    ItemStatus.IN_PROGRESS: LocalizedText(da="I gang", en="In progress"),
    ItemStatus.MISSING: LocalizedText(da="Mangler", en="Missing"),
}
PARTICIPANT_ROLE_LABELS: dict[ParticipantRole, LocalizedText] = {
    ParticipantRole.CITIZEN: LocalizedText(da="Borgeren", en="The citizen"),
    ParticipantRole.COORDINATOR: LocalizedText(
        da="Kriminalpræventiv koordinator", en="Crime-prevention coordinator"
    ),
    ParticipantRole.KRIMINALFORSORGEN: LocalizedText(
        da="Kriminalforsorgen", en="Kriminalforsorgen"
    ),
    ParticipantRole.JOBCENTRE: LocalizedText(
        da="Sagsbehandler, jobcenter", en="Jobcentre caseworker"
    ),
    ParticipantRole.MENTOR: LocalizedText(da="Mentor", en="Mentor"),
    ParticipantRole.FAMILY_DEPARTMENT: LocalizedText(da="Familieafsnittet", en="Family department"),
    ParticipantRole.PSYCHIATRY: LocalizedText(da="Psykiatrien", en="Psychiatry"),
    ParticipantRole.RELATIVE: LocalizedText(da="Pårørende", en="Relative"),
    ParticipantRole.OTHER: LocalizedText(da="Andet", en="Other"),
}

CHECKLIST_AREA_LABELS: dict[ChecklistArea, LocalizedText] = {
    ChecklistArea.HOUSING: LocalizedText(da="Bolig", en="Housing"),
    ChecklistArea.INCOME: LocalizedText(
        da="Forsørgelse på kontoen på løsladelsesdagen",
        en="Income support on the account by release day",
    ),
    ChecklistArea.JOB_EDUCATION: LocalizedText(da="Job eller uddannelse", en="Job or education"),
    ChecklistArea.TREATMENT: LocalizedText(
        da="Behandling (misbrug, psykiatri)", en="Treatment (substance use, psychiatry)"
    ),
    ChecklistArea.HEALTH: LocalizedText(da="Helbred og medicin", en="Health and medication"),
    ChecklistArea.NETWORK_FAMILY: LocalizedText(da="Netværk og familie", en="Network and family"),
    ChecklistArea.SAFETY: LocalizedText(
        da="Sikkerhed, konflikter og EXIT", en="Safety, conflicts and EXIT"
    ),
    ChecklistArea.MENTOR: LocalizedText(
        da="Mentor fra løsladelsesdagen", en="A mentor from release day"
    ),
    ChecklistArea.PRACTICAL: LocalizedText(
        da="ID, sundhedskort, bank, MitID, telefon", en="ID, health card, bank, MitID, phone"
    ),
    ChecklistArea.CONDITIONS: LocalizedText(da="Vilkår og tilsyn", en="Conditions and supervision"),
}
MEETING_LABELS: dict[str, LocalizedText] = {
    "case_id": LocalizedText(da="Sag", en="Case"),
    "prison": LocalizedText(da="Institution", en="Prison"),
    "expected_release": LocalizedText(da="Forventet løsladelse", en="Expected release"),
    "admitted_on": LocalizedText(da="Indsat den", en="Admitted on"),
    "sentence_months": LocalizedText(da="Straffens længde (måneder)", en="Sentence (months)"),
    "sentence_days": LocalizedText(da="Straffens længde (dage)", en="Sentence (days)"),
    "parole_on": LocalizedText(
        da="Prøveløsladelse (Kriminalforsorgens dato)", en="Parole (Kriminalforsorgen's date)"
    ),
    "reached": LocalizedText(da="Nåede milepæle", en="Milestones reached"),
    "meeting_on": LocalizedText(da="Mødedato", en="Meeting date"),
    "place": LocalizedText(da="Sted", en="Place"),
    "conditions": LocalizedText(da="Vilkår", en="Conditions"),
    "supervision": LocalizedText(da="Tilsyn", en="Supervision"),
    "participants": LocalizedText(da="Deltagere", en="Participants"),
    "checklist": LocalizedText(da="Tjekliste", en="Checklist"),
    "decisions": LocalizedText(da="Beslutninger", en="Decisions"),
    "next_meeting_on": LocalizedText(da="Næste møde", en="Next meeting"),
    "notes": LocalizedText(da="Noter", en="Notes"),
    "participants.name": LocalizedText(da="Deltagerens navn", en="The participant's name"),
    "participants.organisation": LocalizedText(
        da="Deltagerens organisation", en="The participant's organisation"
    ),
    "checklist.note": LocalizedText(da="Noten til tjeklistepunktet", en="The checklist note"),
    "decisions.what": LocalizedText(da="Beslutningen (hvad)", en="The decision (what)"),
    "decisions.responsible_name": LocalizedText(
        da="Den ansvarliges navn", en="The responsible's name"
    ),
}

_DUPLICATE_AREA = LocalizedText(
    da="Tjeklisten har punktet {area} mere end én gang.",
    en="The checklist has the item {area} more than once.",
)
_MEETING_AFTER_RELEASE = LocalizedText(
    da="Løsladelsesmødet ligger efter den forventede løsladelse. Mødet forbereder "
    "løsladelsen: ret mødedatoen eller løsladelsesdatoen.",
    en="The release meeting is dated after the expected release. The meeting prepares the "
    "release: correct the meeting date or the release date.",
)
_NEXT_BEFORE_MEETING = LocalizedText(
    da="Næste møde ligger før dette møde.", en="The next meeting is before this meeting."
)
_TEMPLATE_INCOMPLETE = LocalizedText(
    da="Tjeklisten i formularen skal have hvert punkt præcis én gang; den mangler: {areas}.",
    en="The checklist form must hold every item exactly once; it lacks: {areas}.",
)


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", hide_input_in_errors=True)


class ChecklistEntry(_Frozen):
    """What the agenda asks about one area, and which need area its decisions serve."""

    area: ChecklistArea
    prompt: LocalizedText
    need_area: NeedArea


class ReleaseMeetingForm(_Frozen):
    """``forms/release-meeting.yaml``: the checklist wording and the timeline rules."""

    kind: Literal["release_meeting"] = "release_meeting"
    checklist: tuple[ChecklistEntry, ...]
    timeline: TimelineRules

    @model_validator(mode="after")
    def _every_area_once(self) -> ReleaseMeetingForm:
        areas = [e.area for e in self.checklist]
        missing = [a.value for a in ChecklistArea if a not in areas]
        if missing or len(areas) != len(set(areas)):
            raise rule_error(_TEMPLATE_INCOMPLETE.format(areas=", ".join(missing) or "-"))
        return self

    def entry(self, area: ChecklistArea) -> ChecklistEntry:
        return next(e for e in self.checklist if e.area is area)


class Participant(_Frozen):
    name: RequiredLine
    role: ParticipantRole
    organisation: Line = ""


class ChecklistItem(_Frozen):
    area: ChecklistArea
    status: ItemStatus = ItemStatus.MISSING
    owner: Responsible | None = None
    note: Text = ""


class Decision(_Frozen):
    """Who does what by when, as agreed at the table."""

    what: RequiredLine
    responsible: Responsible
    responsible_name: Line = ""
    due: date | None = None
    area: ChecklistArea


class MilestoneReached(_Frozen):
    """A national milestone the case has reached, on the day it was reached (the unit's own
    milestones follow from the meeting, the plan and the checklist)."""

    milestone: Milestone
    on: date


class ReleaseMeeting(_Frozen):
    case_id: CaseId | None = None
    prison: Line = ""
    expected_release: date | None = None
    admitted_on: date | None = None
    sentence_months: int = Field(default=0, ge=0, le=600)
    sentence_days: int = Field(default=0, ge=0, le=366)
    parole_on: date | None = None
    """Kriminalforsorgen's parole date, when given; else two thirds of the sentence."""
    reached: tuple[MilestoneReached, ...] = ()
    meeting_on: date | None = None
    place: Line = ""
    conditions: Text = ""
    supervision: Text = ""
    participants: tuple[Participant, ...] = ()
    checklist: tuple[ChecklistItem, ...] = ()
    decisions: tuple[Decision, ...] = ()
    next_meeting_on: date | None = None
    notes: Text = ""
    # The saves the stored meeting had when this copy was read (record_version.py).
    row_version: int | None = Field(default=None, exclude=True)

    @model_validator(mode="after")
    def _rules(self) -> ReleaseMeeting:
        seen: set[ChecklistArea] = set()
        for item in self.checklist:
            if item.area in seen:
                raise rule_error(_DUPLICATE_AREA.format(area=item.area.value))
            seen.add(item.area)
        if (
            self.meeting_on is not None
            and self.next_meeting_on is not None
            and self.next_meeting_on < self.meeting_on
        ):
            raise rule_error(_NEXT_BEFORE_MEETING)
        return self

    @property
    def parole_date(self) -> date | None:
        """Kriminalforsorgen's date, or two thirds of the sentence counted from admission
        (parole is normally possible then)."""
        if self.parole_on is not None:
            return self.parole_on
        if self.admitted_on is None or not (self.sentence_months or self.sentence_days):
            return None
        end = add_months(self.admitted_on, self.sentence_months) + timedelta(
            days=self.sentence_days
        )
        return self.admitted_on + timedelta(days=round((end - self.admitted_on).days * 2 / 3))

    @property
    def dates(self) -> ReleaseDates:
        return ReleaseDates(
            admitted_on=self.admitted_on,
            parole_on=self.parole_date,
            release_on=self.expected_release,
        )

    def reached_on(self, milestone: Milestone) -> date | None:
        return next((r.on for r in self.reached if r.milestone is milestone), None)

    def item(self, area: ChecklistArea) -> ChecklistItem:
        """The recorded item, or a blank (missing) one when the area was not discussed."""
        return next((i for i in self.checklist if i.area is area), ChecklistItem(area=area))

    def __repr__(self) -> str:
        return f"ReleaseMeeting(case_id={self.case_id}, meeting_on={self.meeting_on})"

    __str__ = __repr__


class Readiness(_Frozen):
    in_place: int
    in_progress: int
    missing: int
    missing_areas: tuple[ChecklistArea, ...]
    in_progress_areas: tuple[ChecklistArea, ...]

    @property
    def total(self) -> int:
        return self.in_place + self.in_progress + self.missing

    @property
    def ready(self) -> bool:
        return self.missing == 0 and self.in_progress == 0


def blank_checklist() -> tuple[ChecklistItem, ...]:
    """Every area, all missing: the starting point of a new meeting."""
    return tuple(ChecklistItem(area=area) for area in ChecklistArea)


def readiness(meeting: ReleaseMeeting) -> Readiness:
    """Counts over every checklist area; an area not on the meeting's list counts as
    missing, so a half-filled checklist never looks readier than it is."""
    items = [meeting.item(area) for area in ChecklistArea]
    by_status = {s: tuple(i.area for i in items if i.status is s) for s in ItemStatus}
    return Readiness(
        in_place=len(by_status[ItemStatus.IN_PLACE]),
        in_progress=len(by_status[ItemStatus.IN_PROGRESS]),
        missing=len(by_status[ItemStatus.MISSING]),
        missing_areas=by_status[ItemStatus.MISSING],
        in_progress_areas=by_status[ItemStatus.IN_PROGRESS],
    )


def decision_to_action(decision: Decision) -> PlanAction:
    return PlanAction(
        what=decision.what,
        responsible=decision.responsible,
        responsible_name=decision.responsible_name,
        due=decision.due,
        status=ActionStatus.PLANNED,
    )


def add_decisions_to_plan(
    plan: ActionPlan,
    decisions: Sequence[Decision],
    *,
    form: ReleaseMeetingForm,
    goal_text: LocalizedText,
) -> ActionPlan:
    """``plan`` with each decision added as an action under the first goal of its need area
    (the checklist area's, from ``form``). A need area without a goal gets a new one worded
    ``goal_text`` (Danish). The result is an edit: pass it through
    :func:`~riskdesk.domain.action_plan.revise_plan` so a shared plan gets a new version.
    """
    goals = list(plan.goals)
    for decision in decisions:
        need = form.entry(decision.area).need_area
        action = decision_to_action(decision)
        index = next((i for i, g in enumerate(goals) if g.need_area is need), None)
        if index is None:
            goals.append(PlanGoal(need_area=need, text=goal_text.da, actions=(action,)))
        elif action not in goals[index].actions:
            goal = goals[index]
            goals[index] = goal.model_copy(update={"actions": (*goal.actions, action)})
    return plan.model_copy(update={"goals": tuple(goals)})


def check_meeting_before_release(meeting: ReleaseMeeting) -> None:
    """Raises :class:`UserInputError` (on ``meeting_on``) for a release meeting dated
    after the release: the meeting prepares the release. Checked when a meeting is saved,
    not when a stored one is read."""
    if (
        meeting.meeting_on is not None
        and meeting.expected_release is not None
        and meeting.meeting_on > meeting.expected_release
    ):
        raise UserInputError([Problem("meeting_on", _MEETING_AFTER_RELEASE)])


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later, or that month's last day if shorter."""
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def meeting_from(data: dict[str, Any]) -> ReleaseMeeting:
    """Validate user input into a :class:`ReleaseMeeting`; raises :class:`UserInputError`."""
    return validate_model(ReleaseMeeting, data, MEETING_LABELS)


class ReleaseMeetingView(BaseModel):
    """What the release-meeting page shows for one case, read in one use case: the case,
    whose it is (their id: a change to another person is not the page's), its meeting
    (None before one is recorded) and whether it has a plan (the timeline's plan
    milestone)."""

    model_config = ConfigDict(frozen=True, hide_input_in_errors=True)

    case_id: CaseId
    case_number: str
    person_id: PersonId
    person_name: str
    meeting: ReleaseMeeting | None
    has_plan: bool

    def __repr__(self) -> str:
        return f"ReleaseMeetingView(case_id={self.case_id})"

    __str__ = __repr__
