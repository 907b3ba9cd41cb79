"""Synthetic SSP, KSP, PSP and operative-group meetings for the demo vault and tests.

Seeded and reproducible; every participant name is made up and summaries never name the
person, as a careful caseworker would write them."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, time

from riskdesk.domain.ids import CaseId
from riskdesk.domain.meeting import AgendaItem, Meeting, MeetingKind, MeetingParticipant

_PARTICIPANTS: dict[MeetingKind, tuple[tuple[str, str], ...]] = {
    MeetingKind.SSP: (
        ("Sofie Skovgaard", "Skoleleder, Eksempelskolen"),
        ("Peter Politisen", "Lokalpolitiet, forebyggelse"),
        ("Fatima Familiesen", "Familieafsnittet"),
        ("Kim Koordinator", "Den Kriminalpræventive Enhed"),
    ),
    MeetingKind.KSP: (
        ("Karl Kriminalforsorg", "Kriminalforsorgen"),
        ("Jonna Jobcentersen", "Jobcenter"),
        ("Peter Politisen", "Lokalpolitiet"),
        ("Kim Koordinator", "Den Kriminalpræventive Enhed"),
    ),
    MeetingKind.PSP: (
        ("Pia Psykiatrisen", "Distriktspsykiatrien"),
        ("Peter Politisen", "Lokalpolitiet"),
        ("Kim Koordinator", "Den Kriminalpræventive Enhed"),
    ),
    MeetingKind.OPERATIVE: (
        ("Lene Leder", "Leder, Den Kriminalpræventive Enhed"),
        ("Peter Politisen", "Lokalpolitiet"),
        ("Fatima Familiesen", "Familieafsnittet"),
        ("Karl Kriminalforsorg", "Kriminalforsorgen"),
    ),
    MeetingKind.COORDINATION: (
        ("Sofie Skovgaard", "Skoleleder, Eksempelskolen"),
        ("Klaus Klubsen", "Ungdomsklubben"),
        ("Peter Politisen", "Lokalpolitiet"),
    ),
}
_PLACES = ("Rådhuset, mødelokale 2", "Politistationen", "Ungdomsskolen", "Enhedens kontor")
_SUMMARIES = (
    "Højt fravær siden efterårsferien; skolen er bekymret for en ny vennegruppe.",
    "Ny sigtelse for butikstyveri; forældrene ønsker hjælp og deltager gerne i et møde.",
    "Mentorforløbet går godt; spørgsmålet er, om støtten skal fortsætte efter nytår.",
    "Uro i klubben og konflikt med ældre unge; politiet har haft en bekymringssamtale.",
    "Er flyttet til en anden skole; behov for at aftale, hvem der følger op.",
    "Set sammen med kendte personer fra miljøet; overvejer at søge EXIT-forløb.",
)
_DECISIONS = (
    "Mentorforløb tilbydes; enheden kontakter familien inden for en uge.",
    "Skolen laver en fraværsplan; opfølgning på næste SSP-møde.",
    "Bekymringssamtale med forældre og lokalpoliti; enheden indkalder.",
    "Sagen afsluttes i SSP-regi; skolen følger op alene.",
    "Henvises til operativ gruppe på grund af ny kriminalitet.",
)


def synthetic_meeting(
    *,
    kind: MeetingKind,
    held_on: date,
    case_ids: Sequence[CaseId],
    seed: int,
    decided: bool = False,
) -> Meeting:
    """A meeting of ``kind`` with the cases on its agenda, each with a summary; with
    ``decided``, each also has a decision (a meeting already held)."""
    rng = random.Random(seed)  # noqa: S311 - reproducible demo data, not secrets
    items = tuple(
        AgendaItem(
            case_id=case_id,
            summary=rng.choice(_SUMMARIES),
            decision=rng.choice(_DECISIONS) if decided else "",
        )
        for case_id in case_ids
    )
    return Meeting(
        kind=kind,
        held_on=held_on,
        starts_at=time(rng.choice((9, 10, 13)), rng.choice((0, 30))),
        place=rng.choice(_PLACES),
        participants=tuple(
            MeetingParticipant(name=name, organisation=organisation)
            for name, organisation in _PARTICIPANTS[kind]
        ),
        items=items,
    )
