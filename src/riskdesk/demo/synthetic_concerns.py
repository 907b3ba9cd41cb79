"""Synthetic niveau-1 concerns for the demo vault: a year of them, about 120 as in the seed
report ("estimeret ca. 120 sager om året"), mostly about 12- to 17-year-olds, school
absence and new peer groups, from the schools, the clubs and the police, spread over the
municipality's areas. Youth-coordination meetings every other month take the concerns
raised before them; most older concerns are closed with a reason, a few are escalated to
niveau-2 cases for people set aside for it, and the newest are open. Notes never name
anyone."""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from datetime import date, timedelta

from riskdesk.demo.synthetic_people import SyntheticRecord
from riskdesk.domain.concern import AgeBand, CloseReason, Concern, ConcernId, Sex
from riskdesk.domain.inquiry import InquirySource
from riskdesk.domain.meeting import Meeting, MeetingId, MeetingKind
from riskdesk.services.concern_service import ConcernService
from riskdesk.services.meeting_service import MeetingService

PER_YEAR = 120
ESCALATED_CONCERNS = 3
MEETING_EVERY_DAYS = 61
# The next youth-coordination meeting comes after the demo's SSP and operative-group
# meetings (10 and 17 days ahead), which stay the first two coming meetings.
NEXT_MEETING_IN_DAYS = 24

_TOPICS = {
    "school_absence": 30,
    "new_peer_group": 25,
    "substance_use": 15,
    "violence": 15,
    "radicalisation": 4,
    "other": 11,
}
_AGE_BANDS = {
    AgeBand.UNDER_12: 10,
    AgeBand.FROM_12_TO_14: 35,
    AgeBand.FROM_15_TO_17: 40,
    AgeBand.FROM_18_TO_24: 12,
    AgeBand.FROM_25: 3,
}
_SEXES = {Sex.MALE: 68, Sex.FEMALE: 28, Sex.OTHER: 1, Sex.UNKNOWN: 3}
_SOURCES = {
    InquirySource.SCHOOL: 35,
    InquirySource.CLUB: 20,
    InquirySource.POLICE: 18,
    InquirySource.FAMILY_DEPARTMENT: 8,
    InquirySource.RELATIVES: 8,
    InquirySource.HEALTH_VISITOR: 2,
    InquirySource.CITIZEN: 3,
    InquirySource.OTHER: 6,
}
_CLOSINGS = {
    CloseReason.RESOLVED: 45,
    CloseReason.REFERRED: 25,
    CloseReason.NO_GROUNDS: 20,
    CloseReason.MOVED: 5,
    CloseReason.OTHER: 5,
}
_NOTES: Mapping[str, tuple[str, ...]] = {
    "school_absence": (
        "Stigende fravær siden efterårsferien.",
        "Kommer sjældent i skole om mandagen; skolen har talt med forældrene.",
        "Fravær over 20 procent i dette kvartal.",
    ),
    "new_peer_group": (
        "Ses med en ny gruppe ældre unge ved stationen om aftenen.",
        "Har skiftet omgangskreds; klubben er bekymret.",
    ),
    "substance_use": (
        "Klubben har set hash i gruppen.",
        "Lugtede af hash i skolen to gange.",
    ),
    "violence": (
        "Slåskamp i frikvarteret; skolen har holdt møde med forældrene.",
        "Truende adfærd over for en lærer.",
    ),
    "radicalisation": ("Deler ekstreme videoer i klassens gruppe.",),
    "other": ("Bekymring fra klubben efter en episode i weekenden.", ""),
}


def add_demo_concerns(
    concerns: ConcernService,
    meetings: MeetingService,
    set_aside: Sequence[SyntheticRecord],
    *,
    seed: int,
    today: date,
) -> int:
    """Register a year of concerns through ``concerns``, each its own use case, plan the
    youth-coordination meetings through ``meetings`` and put concerns on them, close the
    older ones and escalate one concern per record in ``set_aside`` (people not yet in the
    vault) to a niveau-2 case. Returns how many concerns were made."""
    rng = random.Random(seed)  # noqa: S311 - reproducible demo data, not secrets
    areas = concerns.areas
    held = [today - timedelta(days=d) for d in range(15, 365, MEETING_EVERY_DAYS)]
    planned = [*sorted(held), today + timedelta(days=NEXT_MEETING_IN_DAYS)]
    meeting_ids = [
        _meeting(meetings, day, areas[index % len(areas)]) for index, day in enumerate(planned)
    ]
    made: list[Concern] = []
    for _ in range(PER_YEAR):
        topic = _weighted(rng, _TOPICS)
        made.append(
            concerns.add(
                noted_on=today - timedelta(days=rng.randrange(365)),
                topic=topic,
                age_band=_weighted(rng, _AGE_BANDS).value,
                sex=_weighted(rng, _SEXES).value,
                area=rng.choice(areas),
                source=_weighted(rng, _SOURCES).value,
                note=rng.choice(_NOTES[topic]),
                today=today,
            )
        )
    for concern in made:
        coming = [
            (d, m) for d, m in zip(planned, meeting_ids, strict=True) if d >= concern.noted_on
        ]
        if coming and rng.random() < 0.5:
            concerns.put_on_agenda(_id(concern), coming[0][1])
    older = sorted((c for c in made if (today - c.noted_on).days > 60), key=lambda c: c.noted_on)
    escalated = {_id(c) for c in older[: len(set_aside)]}
    for concern, record in zip(older, set_aside, strict=False):
        # The person's case as the import would have filed it, opened after the concern.
        opened = max(record.case["opened_on"], concern.noted_on + timedelta(days=14))
        concerns.escalate(
            _id(concern), person=record.person, case=record.case | {"opened_on": opened}
        )
    for concern in older:
        if _id(concern) not in escalated and rng.random() < 0.8:
            concerns.close(_id(concern), reason=_weighted(rng, _CLOSINGS).value)
    return len(made)


def _meeting(meetings: MeetingService, day: date, area: str) -> MeetingId:
    stored = meetings.save(
        Meeting(kind=MeetingKind.YOUTH_COORDINATION, held_on=day, area=area, place="Ungdomsklubben")
    )
    assert stored.id is not None
    return stored.id


def _id(concern: Concern) -> ConcernId:
    assert concern.id is not None
    return concern.id


def _weighted[K](rng: random.Random, weights: Mapping[K, int]) -> K:
    return rng.choices(list(weights), weights=list(weights.values()))[0]
