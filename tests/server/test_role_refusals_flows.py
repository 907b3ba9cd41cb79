"""The other half of the role-refusal suite: with grants, policies and guards in place
on a team server, every role's own work still runs through RiskDesk's services as on a
local vault (store/server/sql/20_grants.sql, 40_policies.sql, 50_guards.sql)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest
from refusal_logins import (
    ADMINISTRATOR,
    CASEWORKER,
    MENTOR,
    PLAN,
    SUPERVISOR,
    as_owner,
    on_table,
    one,
    refused,
    submitted_by,
)

from assessment_forms import yes_to_first
from riskdesk.domain.assessment_draft import InformationSource, ItemAnswer
from riskdesk.domain.assessment_record import AssessmentStatus
from riskdesk.domain.ids import AssessmentId, CaseId, PersonId, PlanId
from riskdesk.domain.plan_review import ReviewStatus
from riskdesk.domain.retention import DeletionOrder
from riskdesk.domain.statistics_facts import Period
from riskdesk.domain.use_cases import UseCase
from riskdesk.domain.user import Role
from riskdesk.services.desk import Desk
from team_servers import ADMIN, ADMIN_PASSWORD, TeamServer
from vault_fixtures import PASSWORD

LOGINS = {CASEWORKER: Role.CASEWORKER, SUPERVISOR: Role.SUPERVISOR, MENTOR: Role.MENTOR}


def _desk(server: TeamServer, username: str) -> Desk:
    return Desk.open(server.url, username=username, password=PASSWORD)


def _own_desk(server: TeamServer, username: str) -> Desk:
    return Desk.open(server.url, username=username, password=f"{username}-kodeord-1")


@dataclass(frozen=True)
class ApprovedCase:
    case_id: CaseId
    person_id: PersonId
    plan_id: PlanId
    final_id: AssessmentId


@pytest.fixture
def approved_case(team_server: TeamServer) -> ApprovedCase:
    """On a new team server, RiskDesk's own flow: a caseworker files a person and case,
    finalises an assessment and starts its correction, writes and submits a plan; a
    supervisor approves it (the frozen document stored)."""
    for username, role in LOGINS.items():
        team_server.add_login(username, role, f"{username}-kodeord-1")
    with _own_desk(team_server, CASEWORKER) as desk:
        _, case = desk.cases.create_person_with_case(
            person={"name": "Test Rolle", "birth_date": date(2010, 3, 4)},
            case={"level": 2, "kind": "individual", "referral_source": "school"},
        )
        assert case.id is not None
        record = desk.assessments.start(person_id=case.person_id, case_id=case.id)
        draft = record.draft.model_copy(
            update={
                "sources": frozenset({InformationSource.INTERVIEW}),
                "answers": {k: ItemAnswer(value=v) for k, v in yes_to_first(10).items()},
            }
        )
        desk.assessments.save_draft(record.id, draft)
        final = desk.assessments.finalise(record.id)
        assert final.status is AssessmentStatus.FINAL
        # A correction is the one change a finalised assessment takes: the link to it.
        correction = desk.assessments.start_correction(final.id)
        assert desk.assessments.get(final.id).corrected_by == correction.id
        desk.plans.save(case.id, PLAN)
        plan_id = desk.review.current_plan_id(case.id)
        assert plan_id is not None
        assert desk.review.submit(plan_id).status is ReviewStatus.SUBMITTED
        desk.mentor_courses.start(case.id, started_on=date(2026, 11, 1), mentor_username=MENTOR)
    with _own_desk(team_server, SUPERVISOR) as desk:
        approved = desk.review.approve(plan_id, f"{SUPERVISOR}-kodeord-1", today=date(2026, 11, 30))
        assert approved.status is ReviewStatus.APPROVED
        assert desk.review.frozen_document(plan_id) is not None
    return ApprovedCase(case.id, case.person_id, plan_id, final.id)


def test_a_caseworker_files_assesses_plans_and_submits_and_a_supervisor_approves(
    team_server: TeamServer, approved_case: ApprovedCase
) -> None:
    with _own_desk(team_server, CASEWORKER) as desk:
        state = desk.review.state(approved_case.plan_id)
        assert (state.status, state.reviewed_by) == (ReviewStatus.APPROVED, SUPERVISOR)
    with _own_desk(team_server, MENTOR) as desk:
        assert [c.case_id for c in desk.cases.search()] == [approved_case.case_id]
    with Desk.open(team_server.url, username=ADMIN, password=ADMIN_PASSWORD) as desk:
        assert desk.audit.verify().intact


def test_a_supervisor_returns_a_plan_and_the_caseworker_resubmits(
    server_demo: TeamServer,
) -> None:
    plan_id = submitted_by(server_demo, CASEWORKER)
    with _desk(server_demo, SUPERVISOR) as desk:
        assert desk.review.return_plan(plan_id, "Mere konkret").status is ReviewStatus.RETURNED
    with _desk(server_demo, CASEWORKER) as desk:
        (returned,) = [r for r in desk.review.returned() if r.state.plan_id == plan_id]
        desk.review.resolve_comment(returned.open_comments[0].id)
        assert desk.review.submit(plan_id).status is ReviewStatus.SUBMITTED


def test_a_mentor_works_on_their_own_courses_only(server_demo: TeamServer) -> None:
    own_cases = {
        row[0]
        for row in as_owner(
            server_demo, "SELECT case_id FROM mentor_courses WHERE mentor_username = %s", (MENTOR,)
        )
    }
    with _desk(server_demo, MENTOR) as desk:
        assert {c.case_id for c in desk.cases.search()} == own_cases
        (course, *_) = desk.mentor_courses.for_mentor()
        desk.cases.with_person(course.course.case_id)
        assert course.course.id is not None
        updated = desk.mentor_courses.update(course.course.id, {"note": "Træning tirsdag"})
        assert updated.note == "Træning tirsdag"


def test_an_administrator_reads_what_their_use_cases_read(server_demo: TeamServer) -> None:
    with _desk(server_demo, ADMINISTRATOR) as desk:
        assert desk.retention.review(today=date(2026, 11, 30)) is not None
        figures = desk.statistics.figures(Period(date(2020, 1, 1), date(2026, 12, 31)))
        assert figures is not None
        assert {o.user.username for o in desk.users.overview()} >= {CASEWORKER, MENTOR}
        assert desk.audit.verify().intact


def test_a_supervisors_retention_deletion_takes_the_whole_case(
    team_server: TeamServer, approved_case: ApprovedCase
) -> None:
    case_id, person_id = approved_case.case_id, approved_case.person_id
    number = one(team_server, "SELECT case_number FROM cases WHERE id = %s", (case_id,))
    order = DeletionOrder(
        case_id=case_id, case_number=number, person_id=person_id, rule_id="test", delete_person=True
    )
    with (
        _own_desk(team_server, SUPERVISOR) as desk,
        desk.vault.unit_of_work(UseCase.RETENTION_DELETE) as uow,
    ):
        (tombstone,) = uow.case_deletion.delete([order])
    assert tombstone["rows"] == {
        "plan_authors": 1,
        "frozen_documents": 1,
        "action_plans": 1,
        "mentor_courses": 1,
        "assessments": 2,
        "cases": 1,
        "persons": 1,
    }
    for table in ("cases", "persons", "assessments", "frozen_documents", "action_plans"):
        assert one(team_server, on_table("SELECT count(*) FROM {}", table)) == 0
    with Desk.open(team_server.url, username=ADMIN, password=ADMIN_PASSWORD) as desk:
        assert desk.audit.verify().intact


def test_a_draft_is_finalised_only_in_ones_own_name(
    team_server: TeamServer, approved_case: ApprovedCase
) -> None:
    draft_id = one(
        team_server,
        "SELECT id FROM assessments WHERE corrects_id = %s",
        (approved_case.final_id,),
    )
    with team_server.cluster.connect(
        team_server.database, user=CASEWORKER, password=f"{CASEWORKER}-kodeord-1"
    ) as psql:
        refused(
            psql,
            "UPDATE assessments SET status = 'final', finalised_by = 'leder', "
            "finalised_at = now() WHERE id = %s",
            (draft_id,),
        )
    assert one(team_server, "SELECT status FROM assessments WHERE id = %s", (draft_id,)) == "draft"
