"""A vault full of synthetic people and cases, for trying RiskDesk and for tests."""

from __future__ import annotations

import os
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from itertools import batched, islice
from pathlib import Path

from riskdesk.demo.batched_context import demo_context
from riskdesk.demo.demo_people import CHUNK, import_people
from riskdesk.demo.synthetic_assessments import (
    synthetic_draft,
    synthetic_partial_draft,
    synthetic_reassessment,
)
from riskdesk.demo.synthetic_concerns import ESCALATED_CONCERNS, add_demo_concerns
from riskdesk.demo.synthetic_inquiries import add_demo_inquiries
from riskdesk.demo.synthetic_journal import add_demo_journal_and_outcomes
from riskdesk.demo.synthetic_meetings import synthetic_meeting
from riskdesk.demo.synthetic_mentor_courses import add_demo_mentor_courses
from riskdesk.demo.synthetic_people import synthetic_records
from riskdesk.demo.synthetic_plans import synthetic_plan, synthetic_release_meeting
from riskdesk.domain.case import CaseKind, CaseStatus, CaseSummary
from riskdesk.domain.cpr import age_at
from riskdesk.domain.ids import CaseId
from riskdesk.domain.meeting import MeetingKind
from riskdesk.domain.person import ADULT_AGE
from riskdesk.domain.plan_review import CommentTarget
from riskdesk.domain.use_cases import UseCase
from riskdesk.domain.user import Role
from riskdesk.services.assessment_service import AssessmentService, ImportedAssessment
from riskdesk.services.concern_service import ConcernService
from riskdesk.services.desk import Desk
from riskdesk.services.inquiry_service import InquiryService
from riskdesk.services.meeting_service import MeetingService
from riskdesk.services.mentor_course_service import MentorCourseService
from riskdesk.services.plan_service import PlanService
from riskdesk.services.release_meeting_service import ReleaseMeetingService
from riskdesk.services.settings import data_dir
from riskdesk.store.clock import utc_now
from riskdesk.store.key_slots import DEFAULT_KDF_COST, KdfCost
from riskdesk.store.vault import Vault

DEFAULT_DEMO_PASSWORD = "demo"  # noqa: S105 - documented demo password for synthetic data


@dataclass(frozen=True)
class DemoUser:
    username: str
    display_name: str
    role: Role


DEMO_USERS = (
    DemoUser("admin", "Administrator", Role.ADMINISTRATOR),
    DemoUser("leder", "Lene Leder", Role.SUPERVISOR),
    DemoUser("koordinator", "Kim Koordinator", Role.CASEWORKER),
    DemoUser("mentor", "Mads Mentor", Role.MENTOR),
)


def create_demo_vault(
    path: Path,
    *,
    persons: int = 60,
    seed: int = 1,
    password: str = DEFAULT_DEMO_PASSWORD,
    kdf_cost: KdfCost = DEFAULT_KDF_COST,
    today: date | None = None,
    colleagues: tuple[str, ...] = (),
    bulk: bool = True,
) -> tuple[DemoUser, ...]:
    """Create ``path`` with the demo users (all with ``password``) and ``persons`` synthetic
    people, each with a case; about a third of the cases have a finalised assessment
    (some also a reassessment) and a few a draft in progress; open release cases have a
    release meeting, and they and about half the other open cases an action plan; there is
    an SSP meeting in ten days, one held three weeks ago, and an operative group; a few
    more plans by ``koordinator`` wait for ``leder``'s review, one was returned with
    comments and one approved. The cases are ``koordinator``'s, or shared evenly with
    ``colleagues`` (caseworker names with no user, for measuring a unit's vault).
    ``bulk`` runs the use cases in batches of one transaction (see
    :func:`~riskdesk.demo.batched_context.demo_context`). Raises :class:`VaultExists`
    if ``path`` is taken."""
    admin, *others = DEMO_USERS
    with Desk.create(
        path,
        username=admin.username,
        display_name=admin.display_name,
        password=password,
        kdf_cost=kdf_cost,
    ) as administrator:
        for user in others:
            administrator.vault.add_user(
                username=user.username,
                display_name=user.display_name,
                role=user.role,
                password=password,
            )

    # A user chooses their own password at their first open (the administrator chose the
    # one they were given); the demo's users choose the documented one. The casework is
    # the caseworker's: an administrator does none.
    def first_open(user: DemoUser) -> Vault:
        return Vault.open(
            path,
            username=user.username,
            password=password,
            new_password=password,
            kdf_cost=kdf_cost,
        )

    caseworker = next(user for user in others if user.role is Role.CASEWORKER)
    for user in others:
        if user is not caseworker:
            first_open(user).close()
    vault = first_open(caseworker)
    with Desk(vault) as desk:
        caseworkers = (
            *(u.username for u in DEMO_USERS if u.role is Role.CASEWORKER),
            *colleagues,
        )
        records = synthetic_records(
            persons, seed=seed, today=today or date.today(), caseworkers=caseworkers
        )
        # A few people enter the vault later, through concerns escalated to cases.
        set_aside = records[-ESCALATED_CONCERNS:] if persons > 4 * ESCALATED_CONCERNS else []
        import_people(vault, records[: persons - len(set_aside)], levels=desk.levels)
        # Right after the import, so the people filed by escalation are worked on as the
        # rest are (assessments, plans, reviews), in the same order.
        with demo_context(vault, desk.forms, bulk=bulk) as batched:
            add_demo_concerns(
                ConcernService(batched),
                MeetingService(batched),
                set_aside,
                seed=seed,
                today=today or date.today(),
            )
        _add_demo_assessments(desk, seed=seed, today=today or date.today())
        with demo_context(vault, desk.forms, bulk=bulk) as batched:
            _add_demo_plans(
                desk,
                PlanService(batched),
                ReleaseMeetingService(batched),
                seed=seed,
                today=today or date.today(),
            )
        _add_demo_meetings(desk, seed=seed, today=today or date.today())
        with demo_context(vault, desk.forms, bulk=bulk) as batched:
            numbers = [c.case_number for c in desk.cases.search()]
            inquiries = InquiryService(batched)
            add_demo_inquiries(inquiries, numbers, seed=seed, today=today or date.today())
        with demo_context(vault, desk.forms, bulk=bulk) as batched:
            add_demo_journal_and_outcomes(
                batched,
                desk.cases.search(),
                seed=seed,
                today=today or date.today(),
            )
        with demo_context(vault, desk.forms, bulk=bulk) as batched:
            add_demo_mentor_courses(
                MentorCourseService(batched),
                desk.cases.search(),
                mentor_username="mentor",
                seed=seed,
                today=today or date.today(),
            )
    _add_demo_reviews(
        path, password=password, kdf_cost=kdf_cost, seed=seed, today=today or date.today()
    )
    return DEMO_USERS


def _add_demo_assessments(desk: Desk, *, seed: int, today: date) -> None:
    # Made and imported a chunk at a time: made all at once, every draft was held until
    # the last was imported (about 8 KB a person, most of a 100,000-person build's peak).
    cases = sorted(desk.cases.search(), key=lambda c: c.case_id)
    entries = _demo_assessments(desk.assessments, cases, seed=seed, today=today)
    for chunk in batched(entries, CHUNK):
        desk.assessments.import_assessments(chunk)


def _demo_assessments(
    service: AssessmentService, cases: list[CaseSummary], *, seed: int, today: date
) -> Iterator[ImportedAssessment]:
    instrument = service.catalogue.registry.get("riskdesk-youth")
    rules = service.level_rules
    rng = random.Random(seed)  # noqa: S311 - reproducible demo data, not secrets
    for case in cases:
        last_day = today if case.status is CaseStatus.OPEN else case.opened_on + timedelta(60)
        if rng.random() < 1 / 3:
            first_day = case.opened_on + timedelta(days=rng.randrange(7, 45))
            first = synthetic_draft(
                instrument,
                rules,
                person_id=case.person_id,
                level=case.level,
                assessment_date=min(first_day, last_day),
                rng=rng,
            )
            yield ImportedAssessment(first, case_id=case.case_id, finalise=True)
            later = first.assessment_date + timedelta(days=rng.randrange(120, 240))
            if later <= last_day and rng.random() < 0.3:
                second = synthetic_reassessment(
                    instrument, rules, first, level=case.level, assessment_date=later, rng=rng
                )
                yield ImportedAssessment(second, case_id=case.case_id, finalise=True)
        if case.status is CaseStatus.OPEN and rng.random() < 0.1:
            in_progress = synthetic_partial_draft(
                instrument,
                person_id=case.person_id,
                assessment_date=today - timedelta(days=rng.randrange(0, 14)),
                rng=rng,
            )
            yield ImportedAssessment(in_progress, case_id=case.case_id)


def _add_demo_plans(
    desk: Desk,
    plans: PlanService,
    release_meetings: ReleaseMeetingService,
    *,
    seed: int,
    today: date,
) -> None:
    """Every open release case gets a release meeting and a plan holding its decisions;
    about half of the other open cases get a plan, some of them already shared. Each is
    a use case with its own audit event, as a caseworker's would be; ``plans`` and
    ``release_meetings`` run them in batches of one transaction."""
    rng = random.Random(seed)  # noqa: S311 - reproducible demo data, not secrets
    for case in sorted(desk.cases.search(), key=lambda c: c.case_id):
        if case.status is not CaseStatus.OPEN:
            continue
        release = case.kind is CaseKind.RELEASE
        if not release and rng.random() < 0.5:
            continue
        plan_seed = seed * 100_000 + case.case_id
        minor = age_at(case.birth_date, today) < ADULT_AGE
        plans.save(case.case_id, synthetic_plan(seed=plan_seed, today=today, minor=minor))
        if release:
            meeting = synthetic_release_meeting(seed=plan_seed, today=today)
            release_meetings.save(case.case_id, meeting)
            release_meetings.add_decisions_to_plan(case.case_id)
        elif rng.random() < 0.3:
            plans.mark_shared(case.case_id, today)


class _DemoClock:
    """The store's clock, set back while the demo's review steps happen, so the review
    queue holds plans of different ages."""

    def __init__(self) -> None:
        self.at: datetime | None = None

    def __call__(self) -> datetime:
        return self.at or utc_now()


# Days before today: four plans waiting, one returned, one approved.
_WAITING_DAYS = (2, 5, 9, 14)
_RETURNED_DAYS = (12, 10)  # submitted, returned
_APPROVED_DAYS = (20, 18)  # submitted, approved


def _add_demo_reviews(
    path: Path, *, password: str, kdf_cost: KdfCost, seed: int, today: date
) -> None:
    """Plans written by ``koordinator`` on open cases that have none yet, the newest
    cases first: some submitted for review, one returned by ``leder`` with comments,
    one approved by ``leder`` with its frozen document."""
    clock = _DemoClock()
    morning = datetime.combine(today, time(9))

    def days_ago(days: int) -> datetime:
        return morning - timedelta(days=days)

    def opened(username: str) -> Desk:
        return Desk(
            Vault.open(path, username=username, password=password, kdf_cost=kdf_cost, clock=clock)
        )

    with opened("koordinator") as writer, opened("leder") as supervisor:
        open_cases = [
            case
            for case in sorted(writer.cases.search(), key=lambda c: c.case_id, reverse=True)
            if case.status is CaseStatus.OPEN and case.kind is not CaseKind.RELEASE
        ]
        plan_days = [(d,) for d in _WAITING_DAYS] + [_RETURNED_DAYS, _APPROVED_DAYS]
        # One transaction, not a plan read per case: the demo is made on every first start.
        # Only as many as are needed: the newest few cases, not every open one.
        with writer.vault.unit_of_work(UseCase.REVIEW_STATE) as uow:
            without_plan = (c for c in open_cases if uow.reviews.current_id(c.case_id) is None)
            free = list(islice(without_plan, len(plan_days)))
        for case, days in zip(free, plan_days, strict=False):
            minor = age_at(case.birth_date, today) < ADULT_AGE
            plan = synthetic_plan(seed=seed * 100_000 + case.case_id, today=today, minor=minor)
            clock.at = days_ago(days[0] + 1)
            writer.plans.save(case.case_id, plan)
            plan_id = writer.review.current_plan_id(CaseId(case.case_id))
            assert plan_id is not None  # just saved
            clock.at = days_ago(days[0])
            writer.review.submit(plan_id)
            if days == _RETURNED_DAYS:
                clock.at = days_ago(days[1])
                supervisor.review.add_comment(
                    plan_id, "Hvem følger op på skolemødet?", CommentTarget.action(0, 0)
                )
                supervisor.review.return_plan(
                    plan_id, "Gør målene mere konkrete, og sæt frister på alle handlinger."
                )
            elif days == _APPROVED_DAYS:
                clock.at = days_ago(days[1])
                supervisor.review.approve(plan_id, password, today=clock.at.date())
        clock.at = None


def _add_demo_meetings(desk: Desk, *, seed: int, today: date) -> None:
    """An SSP meeting in ten days with open niveau 2 cases on it, one held three weeks
    ago with a decision per case, and the operative group for niveau 3 cases."""
    open_cases = sorted(
        (c for c in desk.cases.search() if c.status is CaseStatus.OPEN), key=lambda c: c.case_id
    )
    level_2 = [c.case_id for c in open_cases if c.level == 2]
    level_3 = [c.case_id for c in open_cases if c.level == 3]
    meetings = (
        (MeetingKind.SSP, today - timedelta(days=21), level_2[5:9], True),
        (MeetingKind.SSP, today + timedelta(days=10), level_2[:5], False),
        (MeetingKind.OPERATIVE, today + timedelta(days=17), level_3[:3], False),
    )
    for number, (kind, held_on, case_ids, decided) in enumerate(meetings):
        desk.meetings.save(
            synthetic_meeting(
                kind=kind, held_on=held_on, case_ids=case_ids, seed=seed + number, decided=decided
            )
        )


def ensure_demo_vault() -> tuple[Path, str]:
    """The demo vault in the user's data folder, created on first use; and the user to log
    in as. The password is ``RISKDESK_PASSWORD`` or ``demo``, as for ``riskdesk demo``."""
    path = data_dir() / "demo.rdv"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        password = os.environ.get("RISKDESK_PASSWORD") or DEFAULT_DEMO_PASSWORD
        create_demo_vault(path, persons=100, password=password)
    return path, "koordinator"
