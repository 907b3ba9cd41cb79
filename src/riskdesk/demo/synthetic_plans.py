"""Synthetic action plans and release meetings for the demo vault, tests and documents.

Seeded and reproducible; every name is made up. Deadlines are placed around ``today`` so
that some actions are late and some are not.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from riskdesk.domain.action_plan import (
    ActionPlan,
    ActionStatus,
    CitizenAgreement,
    NeedArea,
    Partner,
    PlanAction,
    PlanGoal,
    Responsible,
)
from riskdesk.domain.case import LegalBasis
from riskdesk.domain.ids import CaseId
from riskdesk.domain.release_meeting import (
    ChecklistArea,
    ChecklistItem,
    Decision,
    ItemStatus,
    Participant,
    ParticipantRole,
    ReleaseMeeting,
)

# need area → (goal, ((action, owner, success criterion), ...))
_GOALS: dict[NeedArea, tuple[str, tuple[tuple[str, Responsible, str], ...]]] = {
    NeedArea.EDUCATION: (
        "Går i skole hver dag og består 9. klasse.",
        (
            ("Møde med skolens ledelse om skema og støtte", Responsible.UNIT, "Skema aftalt"),
            ("Ugentlig samtale med skolesocialrådgiver", Responsible.SCHOOL, "Fravær under 10 %"),
        ),
    ),
    NeedArea.WORK: (
        "Har et fritidsjob eller en praktikplads.",
        (
            ("Tilmelding til jobcentrets ungeforløb", Responsible.JOBCENTRE, "Forløb startet"),
            ("Skrive ansøgninger sammen med mentor", Responsible.MENTOR, "Tre ansøgninger sendt"),
        ),
    ),
    NeedArea.HOUSING: (
        "Har en fast bolig fra løsladelsesdagen.",
        (
            (
                "Søge ungebolig og midlertidigt værelse",
                Responsible.UNIT,
                "Lejekontrakt underskrevet",
            ),
        ),
    ),
    NeedArea.INCOME: (
        "Har penge på kontoen fra første dag.",
        (("Ansøgning om forsørgelse sendt", Responsible.JOBCENTRE, "Bevilling modtaget"),),
    ),
    NeedArea.TREATMENT: (
        "Er i behandling for sit hashforbrug.",
        (("Henvisning til ungebehandling", Responsible.UNIT, "Første samtale holdt"),),
    ),
    NeedArea.LEISURE: (
        "Har en fast fritidsaktivitet to gange om ugen.",
        (("Prøvetræning i den lokale bokseklub", Responsible.MENTOR, "Deltager fast"),),
    ),
    NeedArea.NETWORK: (
        "Bruger mindre tid med den gamle vennegruppe.",
        (("Netværksmøde med familie og mentor", Responsible.UNIT, "Aftaler skrevet ned"),),
    ),
    NeedArea.FAMILY: (
        "Forældrene og den unge har faste aftaler om hverdagen.",
        (
            ("Bekymringssamtale med forældrene", Responsible.UNIT, "Aftaler om hjemkomst"),
            ("Familiebehandling", Responsible.FAMILY_DEPARTMENT, "Færre konflikter hjemme"),
        ),
    ),
    NeedArea.SAFETY: (
        "Er ude af konflikten og føler sig tryg.",
        (("Afklaring af EXIT-forløb", Responsible.UNIT, "Beslutning truffet"),),
    ),
}
_MENTORS = ("Mentor Mette Prøve", "Mentor Ali Eksempel", "Mentor Jonas Testesen")
_PRISONS = ("Fængsel Syd (fiktivt)", "Arresthus Nord (fiktivt)", "Statsfængsel Vest (fiktivt)")
_CITIZEN_VIEWS = (
    "Jeg vil gerne i skole igen, men jeg vil ikke skifte klasse.",
    "Jeg vil have et job og væk fra de gamle venner.",
    "Jeg synes planen er for stram, men jeg prøver.",
)


def _rng(seed: int) -> random.Random:
    return random.Random(seed)  # noqa: S311 - reproducible demo data, not secrets


def synthetic_plan(
    *, seed: int, today: date, case_id: CaseId | None = None, minor: bool = True
) -> ActionPlan:
    """A plan with three or four goals, one to two actions each, one of them overdue."""
    rng = _rng(seed)
    areas = rng.sample(list(NeedArea), k=rng.choice((3, 4)))
    goals: list[PlanGoal] = []
    for area in areas:
        text, actions = _GOALS[area]
        goals.append(
            PlanGoal(
                need_area=area,
                text=text,
                actions=tuple(
                    PlanAction(
                        what=what,
                        responsible=owner,
                        due=today + timedelta(days=rng.randrange(-20, 90)),
                        status=rng.choice((ActionStatus.PLANNED, ActionStatus.IN_PROGRESS)),
                        success_criterion=criterion,
                    )
                    for what, owner, criterion in actions
                ),
            )
        )
    made_on = today - timedelta(days=rng.randrange(5, 40))
    return ActionPlan(
        case_id=case_id,
        made_on=made_on,
        goals=tuple(goals),
        mentor=rng.choice(_MENTORS),
        citizen_view=rng.choice(_CITIZEN_VIEWS),
        parents_view="Vi er bekymrede, men vi vil gerne hjælpe." if minor else "",
        agreement=CitizenAgreement.AGREES,
        partners=(
            Partner(organisation=Responsible.SCHOOL, name="Skolen (fiktiv)"),
            Partner(
                organisation=Responsible.FAMILY_DEPARTMENT,
                name="Familieafsnittet",
                consent=True,
                consent_on=made_on,
            ),
        ),
        legal_basis=LegalBasis.RPL_115,
        follow_up_dates=(made_on + timedelta(days=60), made_on + timedelta(days=120)),
    )


def synthetic_release_meeting(
    *, seed: int, today: date, case_id: CaseId | None = None
) -> ReleaseMeeting:
    """A meeting about two and a half months before release, with a mixed checklist."""
    rng = _rng(seed)
    release = today + timedelta(days=rng.randrange(60, 90))
    statuses = list(ItemStatus)
    owners = {
        ChecklistArea.HOUSING: Responsible.UNIT,
        ChecklistArea.INCOME: Responsible.JOBCENTRE,
        ChecklistArea.JOB_EDUCATION: Responsible.JOBCENTRE,
        ChecklistArea.TREATMENT: Responsible.UNIT,
        ChecklistArea.HEALTH: Responsible.KRIMINALFORSORGEN,
        ChecklistArea.NETWORK_FAMILY: Responsible.CITIZEN,
        ChecklistArea.SAFETY: Responsible.UNIT,
        ChecklistArea.MENTOR: Responsible.MENTOR,
        ChecklistArea.PRACTICAL: Responsible.KRIMINALFORSORGEN,
        ChecklistArea.CONDITIONS: Responsible.KRIMINALFORSORGEN,
    }
    checklist = tuple(
        ChecklistItem(area=area, status=rng.choice(statuses), owner=owner)
        for area, owner in owners.items()
    )
    return ReleaseMeeting(
        case_id=case_id,
        prison=rng.choice(_PRISONS),
        expected_release=release,
        meeting_on=today,
        place="Mødelokale 2",
        conditions="Tilsyn i 2 år. Vilkår om misbrugsbehandling.",
        supervision="Kriminalforsorgen, afdeling Øst (fiktiv)",
        participants=(
            Participant(name="Borger Testesen", role=ParticipantRole.CITIZEN),
            Participant(
                name="Koordinator Kim Prøve",
                role=ParticipantRole.COORDINATOR,
                organisation="Den Kriminalpræventive Enhed",
            ),
            Participant(
                name="Fængselsbetjent Eksempel",
                role=ParticipantRole.KRIMINALFORSORGEN,
                organisation="Kriminalforsorgen",
            ),
            Participant(
                name="Sagsbehandler Demo",
                role=ParticipantRole.JOBCENTRE,
                organisation="Jobcenter",
            ),
        ),
        checklist=checklist,
        decisions=(
            Decision(
                what="Søge forsørgelse fra løsladelsesdagen",
                responsible=Responsible.JOBCENTRE,
                due=release - timedelta(days=21),
                area=ChecklistArea.INCOME,
            ),
            Decision(
                what="Finde midlertidig bolig",
                responsible=Responsible.UNIT,
                responsible_name="Koordinator Kim Prøve",
                due=release - timedelta(days=30),
                area=ChecklistArea.HOUSING,
            ),
            Decision(
                what="Mentor henter borgeren ved porten",
                responsible=Responsible.MENTOR,
                due=release,
                area=ChecklistArea.MENTOR,
            ),
        ),
        next_meeting_on=today + timedelta(days=28),
    )
