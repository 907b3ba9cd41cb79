"""The crime-prevention action plan (kriminalpræventiv handleplan): goals per need area,
concrete actions with an owner and a deadline, the citizen's own view, partners, the legal
basis for sharing, follow-up dates, and a version that is frozen once the plan is shared.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

from riskdesk.domain.case import LegalBasis
from riskdesk.domain.ids import CaseId
from riskdesk.domain.localized import LocalizedText
from riskdesk.domain.validation import Line, RequiredLine, Text, rule_error, validate_model


class NeedArea(StrEnum):
    EDUCATION = "education"
    WORK = "work"
    HOUSING = "housing"
    INCOME = "income"
    TREATMENT = "treatment"
    LEISURE = "leisure"
    NETWORK = "network"
    FAMILY = "family"
    SAFETY = "safety"


class Responsible(StrEnum):
    """Who carries out an action; a named person can be added beside it."""

    UNIT = "unit"
    JOBCENTRE = "jobcentre"
    FAMILY_DEPARTMENT = "family_department"
    SCHOOL = "school"
    KRIMINALFORSORGEN = "kriminalforsorgen"
    PSYCHIATRY = "psychiatry"
    MENTOR = "mentor"
    CITIZEN = "citizen"
    OTHER = "other"


class ActionStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"


class CitizenAgreement(StrEnum):
    AGREES = "agrees"
    DISAGREES = "disagrees"
    COULD_NOT_BE_ASKED = "could_not_be_asked"


NEED_AREA_LABELS: dict[NeedArea, LocalizedText] = {
    NeedArea.EDUCATION: LocalizedText(da="Skole og uddannelse", en="School and education"),
    NeedArea.WORK: LocalizedText(da="Arbejde", en="Work"),
    NeedArea.HOUSING: LocalizedText(da="Bolig", en="Housing"),
    NeedArea.INCOME: LocalizedText(da="Forsørgelse", en="Income support"),
    NeedArea.TREATMENT: LocalizedText(da="Behandling", en="Treatment"),
    NeedArea.LEISURE: LocalizedText(da="Fritid", en="Leisure"),
    NeedArea.NETWORK: LocalizedText(da="Netværk", en="Network"),
    NeedArea.FAMILY: LocalizedText(da="Familie", en="Family"),
    NeedArea.SAFETY: LocalizedText(
        da="Sikkerhed, konflikter og exit", en="Safety, conflicts and exit"
    ),
}
RESPONSIBLE_LABELS: dict[Responsible, LocalizedText] = {
    Responsible.UNIT: LocalizedText(da="Den Kriminalpræventive Enhed", en="The unit"),
    Responsible.JOBCENTRE: LocalizedText(da="Jobcenter", en="Jobcentre"),
    Responsible.FAMILY_DEPARTMENT: LocalizedText(da="Familieafsnittet", en="Family department"),
    Responsible.SCHOOL: LocalizedText(da="Skole", en="School"),
    Responsible.KRIMINALFORSORGEN: LocalizedText(da="Kriminalforsorgen", en="Kriminalforsorgen"),
    Responsible.PSYCHIATRY: LocalizedText(da="Psykiatrien", en="Psychiatry"),
    Responsible.MENTOR: LocalizedText(da="Mentor", en="Mentor"),
    Responsible.CITIZEN: LocalizedText(da="Borgeren selv", en="The citizen"),
    Responsible.OTHER: LocalizedText(da="Andre", en="Other"),
}
ACTION_STATUS_LABELS: dict[ActionStatus, LocalizedText] = {
    ActionStatus.PLANNED: LocalizedText(da="Planlagt", en="Planned"),
    ActionStatus.IN_PROGRESS: LocalizedText(da="I gang", en="In progress"),
    ActionStatus.DONE: LocalizedText(da="Udført", en="Done"),
    ActionStatus.DROPPED: LocalizedText(da="Opgivet", en="Dropped"),
}
AGREEMENT_LABELS: dict[CitizenAgreement, LocalizedText] = {
    CitizenAgreement.AGREES: LocalizedText(
        da="Borgeren er enig i planen", en="The citizen agrees with the plan"
    ),
    CitizenAgreement.DISAGREES: LocalizedText(
        da="Borgeren er ikke enig i planen", en="The citizen does not agree with the plan"
    ),
    CitizenAgreement.COULD_NOT_BE_ASKED: LocalizedText(
        da="Borgeren kunne ikke spørges", en="The citizen could not be asked"
    ),
}

PLAN_LABELS: dict[str, LocalizedText] = {
    "case_id": LocalizedText(da="Sag", en="Case"),
    "goals": LocalizedText(da="Mål", en="Goals"),
    "mentor": LocalizedText(da="Mentor", en="Mentor"),
    "mentor_course_id": LocalizedText(da="Mentorforløb", en="Mentor course"),
    "citizen_view": LocalizedText(da="Borgerens egen vurdering", en="The citizen's view"),
    "parents_view": LocalizedText(da="Forældrenes vurdering", en="The parents' view"),
    "agreement": LocalizedText(da="Borgerens tilslutning", en="The citizen's agreement"),
    "agreement_note": LocalizedText(da="Note om tilslutning", en="Note on agreement"),
    "partners": LocalizedText(da="Samarbejdspartnere", en="Partners"),
    "legal_basis": LocalizedText(da="Hjemmel til videregivelse", en="Legal basis for sharing"),
    "legal_basis_note": LocalizedText(da="Note om hjemmel", en="Note on legal basis"),
    "follow_up_dates": LocalizedText(da="Opfølgningsdatoer", en="Follow-up dates"),
    "version": LocalizedText(da="Version", en="Version"),
    "shared_on": LocalizedText(da="Delt den", en="Shared on"),
    "made_on": LocalizedText(da="Udarbejdet", en="Made on"),
    "goals.text": LocalizedText(da="Målet", en="The goal"),
    "goals.actions.what": LocalizedText(da="Handlingen (hvad)", en="The action (what)"),
    "goals.actions.responsible_name": LocalizedText(
        da="Den ansvarliges navn", en="The responsible's name"
    ),
    "goals.actions.success_criterion": LocalizedText(
        da="Succeskriteriet", en="The success criterion"
    ),
    "goals.actions.no_date_reason": LocalizedText(
        da="Begrundelsen for ingen dato", en="The reason for no date"
    ),
    "partners.name": LocalizedText(da="Samarbejdspartnerens navn", en="The partner's name"),
}

_CONSENT_NEEDS_DATE = LocalizedText(
    da="Et samtykke skal have en dato.", en="A consent needs a date."
)
_CONSENT_BASIS_NEEDS_CONSENT = LocalizedText(
    da="Hjemlen er samtykke, men ingen samarbejdspartner har et registreret samtykke.",
    en="The legal basis is consent, but no partner has a recorded consent.",
)


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", hide_input_in_errors=True)


class PlanAction(_Frozen):
    """One concrete step: what, who, by when, and how we will know it worked."""

    what: RequiredLine
    responsible: Responsible
    responsible_name: Line = ""
    due: date | None = None
    no_date_reason: Line = ""
    """Why the action has no due date by choice (it runs all through the plan, it waits
    on another authority); ignored while ``due`` is set. Plans stored before it existed
    read as having no reason."""
    status: ActionStatus = ActionStatus.PLANNED
    success_criterion: Text = ""


class PlanGoal(_Frozen):
    need_area: NeedArea
    text: RequiredLine
    actions: tuple[PlanAction, ...] = ()


class Partner(_Frozen):
    """A partner the plan is coordinated with; consent covers sharing with this partner."""

    organisation: Responsible
    name: Line = ""
    consent: bool = False
    consent_on: date | None = None

    @model_validator(mode="after")
    def _consent_is_dated(self) -> Partner:
        if self.consent and self.consent_on is None:
            raise rule_error(_CONSENT_NEEDS_DATE)
        return self


class ActionPlan(_Frozen):
    """An action plan for one case. ``parents_view`` is for a minor; the document shows
    it whenever it is filled in."""

    case_id: CaseId | None = None
    made_on: date
    goals: tuple[PlanGoal, ...] = ()
    mentor: Line = ""
    # The case's mentor course the plan names (its mentor and dates print from it); plans
    # made before courses were records name the mentor in ``mentor`` only, and still do.
    mentor_course_id: int | None = None
    citizen_view: Text = ""
    parents_view: Text = ""
    agreement: CitizenAgreement | None = None
    agreement_note: Text = ""
    partners: tuple[Partner, ...] = ()
    legal_basis: LegalBasis = LegalBasis.NOT_RECORDED
    legal_basis_note: Text = ""
    follow_up_dates: tuple[date, ...] = ()
    version: int = Field(default=1, ge=1)
    shared_on: date | None = None
    # Saves of this version's stored row when read (record_version.py); not plan content.
    row_version: int | None = Field(default=None, exclude=True)

    @model_validator(mode="after")
    def _rules(self) -> ActionPlan:
        if self.legal_basis is LegalBasis.CONSENT and not any(p.consent for p in self.partners):
            raise rule_error(_CONSENT_BASIS_NEEDS_CONSENT)
        return self

    @property
    def shared(self) -> bool:
        return self.shared_on is not None

    def actions(self) -> Iterable[tuple[PlanGoal, PlanAction]]:
        return ((goal, action) for goal in self.goals for action in goal.actions)

    def overdue_actions(self, today: date) -> tuple[PlanAction, ...]:
        """Open actions whose deadline has passed; done and dropped ones are never late."""
        return tuple(
            action
            for _, action in self.actions()
            if action.due is not None
            and action.due < today
            and action.status in (ActionStatus.PLANNED, ActionStatus.IN_PROGRESS)
        )

    def next_follow_up(self, today: date) -> date | None:
        return min((d for d in self.follow_up_dates if d >= today), default=None)

    def __repr__(self) -> str:
        return (
            f"ActionPlan(case_id={self.case_id}, version={self.version}, goals={len(self.goals)})"
        )

    __str__ = __repr__


# What identifies the version rather than the plan's content; a change to these alone is
# bookkeeping, not an edit.
_VERSION_FIELDS = frozenset({"version", "shared_on"})


def _content(plan: ActionPlan) -> dict[str, Any]:
    return plan.model_dump(exclude=set(_VERSION_FIELDS))


def revise_plan(current: ActionPlan, edited: ActionPlan, *, approved: bool = False) -> ActionPlan:
    """The plan to keep after ``edited`` replaces ``current``.

    A shared plan is what partners and the citizen were given, and an ``approved`` one is
    what the supervisor signed off, so neither is ever changed in place: any content
    change yields the next version, not yet shared. Any other plan is edited in place and
    keeps its version. No content change returns ``current``. ``edited``'s own
    ``version`` and ``shared_on`` are ignored.
    """
    if _content(edited) == _content(current):
        return current
    if current.shared or approved:
        return edited.model_copy(update={"version": current.version + 1, "shared_on": None})
    return edited.model_copy(update={"version": current.version, "shared_on": None})


def mark_shared(plan: ActionPlan, on: date) -> ActionPlan:
    """Record that this version was handed to the citizen or partners on ``on``."""
    if plan.shared:
        return plan
    return plan.model_copy(update={"shared_on": on})


def plan_from(data: dict[str, Any]) -> ActionPlan:
    """Validate user input into an :class:`ActionPlan`; raises :class:`UserInputError`."""
    return validate_model(ActionPlan, data, PLAN_LABELS)
