"""The demo vault's case journals and closed cases with their outcomes. Seeded and
reproducible; every entry, closing and outcome goes through its use case, so each leaves
its audit event as a caseworker's would.

Some cases are closed properly (the reason and the outcome at closing, in the close use
case): a few half a year ago, so their 6-month follow-up is due now, some a year ago with
the 6-month follow-up recorded and the 12-month one due, and some long enough ago for
both to be recorded. About two in five open cases (at most :data:`_MAX_JOURNAL_CASES`)
have journal entries, a few with a follow-up due this week and a few overdue."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from riskdesk.domain.case import CaseStatus, CaseSummary
from riskdesk.domain.case_outcome import (
    AREAS,
    Development,
    NewCharge,
    OutcomePoint,
    follow_up_due,
)
from riskdesk.domain.journal import (
    DAILY_REPORT_TEMPLATE_TEXT,
    JournalKind,
    Participant,
)
from riskdesk.services.case_closing import close_with_outcome
from riskdesk.services.journal_service import JournalService
from riskdesk.services.outcome_service import OutcomeService
from riskdesk.services.service_context import ServiceContext

# (days since closing, follow-ups recorded): due now, the 12-month one due, both done.
_CLOSINGS = (
    (183, ()),
    (178, ()),
    (190, ()),
    (365, (OutcomePoint.SIX_MONTHS,)),
    (372, (OutcomePoint.SIX_MONTHS,)),
    (420, (OutcomePoint.SIX_MONTHS, OutcomePoint.TWELVE_MONTHS)),
    (30, ()),
    (75, ()),
)
_CLOSE_REASONS = (
    "Målene i handleplanen er nået.",
    "Borgeren er flyttet fra kommunen.",
    "Sagen er overdraget til Familieafsnittet.",
    "Borgeren ønsker ikke at deltage.",
)
_TEXTS: dict[JournalKind, tuple[str, ...]] = {
    JournalKind.CONVERSATION: (
        "Samtale om skolegang og fritid. Den unge vil gerne i praktik.",
        "Opfølgende samtale. Aftalt at mødes igen efter prøverne.",
    ),
    JournalKind.HOME_VISIT: (
        "Hjemmebesøg. Forældrene bakker op om handleplanen.",
        "Hjemmebesøg sammen med familieafsnittet.",
    ),
    JournalKind.NETWORK_MEETING: ("Netværksmøde med skole og klub om fremmøde.",),
    JournalKind.CASE_MEETING: ("Sagsmøde om tilbud og ansvarsfordeling.",),
    JournalKind.PHONE_CALL: (
        "Telefonsamtale med skolen om fravær.",
        "Ringede til jobcentret om ungeforløb.",
    ),
    JournalKind.LETTER: ("Brev sendt med indkaldelse til samtale.",),
    JournalKind.OTHER: ("Orientering fra politiets lokalbetjent.",),
}
_PARTICIPANTS: dict[JournalKind, tuple[Participant, ...]] = {
    JournalKind.CONVERSATION: (Participant.YOUNG_PERSON, Participant.CASEWORKER),
    JournalKind.HOME_VISIT: (Participant.PARENT, Participant.YOUNG_PERSON),
    JournalKind.NETWORK_MEETING: (Participant.SCHOOL, Participant.CLUB, Participant.PARENT),
    JournalKind.CASE_MEETING: (Participant.FAMILY_DEPARTMENT, Participant.CASEWORKER),
    JournalKind.PHONE_CALL: (Participant.SCHOOL,),
    JournalKind.LETTER: (Participant.YOUNG_PERSON,),
    JournalKind.OTHER: (Participant.POLICE,),
}
_ENTRY_SHARE = 0.4
# A unit's journals are what a demo shows; in a vault built to measure 100,000 people more
# would only lengthen the build (#14), so a few hundred cases get one.
_MAX_JOURNAL_CASES = 300
_MINOR_AGE_DAYS = 18 * 365


@dataclass(frozen=True)
class DemoJournalCounts:
    closed: int
    outcomes: int
    entries: int


def add_demo_journal_and_outcomes(
    context: ServiceContext, cases: Sequence[CaseSummary], *, seed: int, today: date
) -> DemoJournalCounts:
    """Close a few of the user's open cases with their outcomes (see :data:`_CLOSINGS`),
    then write journal entries on about two in five of the open cases left."""
    rng = random.Random(seed * 6007)  # noqa: S311 - reproducible demo data, not secrets
    journal, outcomes = JournalService(context), OutcomeService(context)
    mine = sorted(
        (c for c in cases if c.status is CaseStatus.OPEN and c.caseworker == context.user.username),
        key=lambda c: c.case_id,
    )
    closed, recorded = _close_some(context, outcomes, mine, rng=rng, today=today)
    still_open = [c for c in mine if c.case_id not in closed]
    entries = _write_journals(journal, still_open, rng=rng, today=today)
    return DemoJournalCounts(closed=len(closed), outcomes=recorded, entries=entries)


def _close_some(
    context: ServiceContext,
    outcomes: OutcomeService,
    cases: Sequence[CaseSummary],
    *,
    rng: random.Random,
    today: date,
) -> tuple[set[int], int]:
    closed: set[int] = set()
    recorded = 0
    # The oldest cases, so a closing half a year or more ago still comes after opening.
    # At most one open case in five is closed, so a small vault keeps its open work.
    candidates = sorted(cases, key=lambda c: c.opened_on)[: len(cases) // 5]
    for (days_ago, follow_ups), case in zip(_CLOSINGS, candidates, strict=False):
        closed_on = today - timedelta(days=days_ago)
        if closed_on <= case.opened_on:
            continue
        close_with_outcome(
            context,
            case.case_id,
            closed_on=closed_on,
            reason=rng.choice(_CLOSE_REASONS),
            outcome=_outcome(rng, start=case.opened_on, end=closed_on),
            today=today,
        )
        closed.add(case.case_id)
        recorded += 1
        for point in follow_ups:
            due = follow_up_due(closed_on, point)
            values = _outcome(rng, start=closed_on + timedelta(days=1), end=due)
            outcomes.record(
                case_id=case.case_id,
                outcome=values | {"point": point.value, "recorded_on": due},
                today=today,
            )
            recorded += 1
    return closed, recorded


def _outcome(rng: random.Random, *, start: date, end: date) -> dict[str, Any]:
    charge = rng.choices(list(NewCharge), weights=(2, 6, 2))[0]
    values: dict[str, Any] = {"new_charge": charge.value}
    if charge is NewCharge.YES and end > start:
        values["new_charge_on"] = start + timedelta(days=rng.randrange((end - start).days + 1))
    elif charge is NewCharge.YES:
        values["new_charge"] = NewCharge.UNKNOWN.value
    for area in AREAS:
        values[area] = rng.choices(list(Development), weights=(4, 4, 2, 1))[0].value
    return values


def _write_journals(
    journal: JournalService, cases: Sequence[CaseSummary], *, rng: random.Random, today: date
) -> int:
    written = 0
    due_soon = overdue = 0
    with_journal = 0
    for case in cases:
        if with_journal >= _MAX_JOURNAL_CASES or rng.random() >= _ENTRY_SHARE:
            continue
        with_journal += 1
        minor = (today - case.birth_date).days < _MINOR_AGE_DAYS
        span = max(1, (today - case.opened_on).days)
        days = sorted(rng.sample(range(span), k=min(span, rng.randint(1, 4))))
        for index, offset in enumerate(days):
            day = case.opened_on + timedelta(days=offset)
            newest = index == len(days) - 1
            follow_up: date | None = None
            if newest and due_soon < 4 and rng.random() < 0.5:
                follow_up, due_soon = today + timedelta(days=rng.randint(0, 6)), due_soon + 1
            elif newest and overdue < 2 and rng.random() < 0.3:
                follow_up = min(today, day + timedelta(days=14)) - timedelta(days=1)
                follow_up, overdue = max(follow_up, day), overdue + 1
            if minor and index == 0 and rng.random() < 0.5:
                kind = JournalKind.CONCERN_TALK
                text = DAILY_REPORT_TEMPLATE_TEXT.da + "ny samtale om to uger."
                participants: tuple[Participant, ...] = (
                    Participant.PARENT,
                    Participant.YOUNG_PERSON,
                    Participant.CASEWORKER,
                    *((Participant.POLICE,) if rng.random() < 0.3 else ()),
                )
            else:
                kind = rng.choice([k for k in _TEXTS if k is not JournalKind.CONCERN_TALK])
                text = rng.choice(_TEXTS[kind])
                participants = _PARTICIPANTS[kind]
            journal.add(
                case_id=case.case_id,
                happened_on=day,
                kind=kind.value,
                text=text,
                participants=[p.value for p in participants],
                follow_up_on=follow_up,
                today=today,
            )
            written += 1
    return written
