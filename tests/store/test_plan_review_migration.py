"""Migration 0004: a vault from before supervisor review keeps its plans, as drafts, and
gains review state, comments and frozen documents; the review repository audits every
call with ids only."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from old_vaults import make_old
from sqlalchemy import inspect

from riskdesk.domain.action_plan import ActionPlan, NeedArea, PlanGoal
from riskdesk.domain.audit import AuditAction, AuditEntity
from riskdesk.domain.case import case_from
from riskdesk.domain.ids import CaseId, PlanId
from riskdesk.domain.person import person_from
from riskdesk.domain.plan_review import CommentTarget, RefusalReason, ReviewStatus
from riskdesk.domain.use_cases import UseCase
from riskdesk.store import migrate
from riskdesk.store.engine import build_engine
from riskdesk.store.key_slots import read_key_file, sidecar_path, unwrap_data_key
from riskdesk.store.vault import Vault

ADMIN = "admin"
ADMIN_PASSWORD = "Admin-kodeord-1"  # as in conftest.py
BEFORE_REVIEW = "0003_plans_and_release_meetings"
REVIEW_TABLES = {"plan_comments", "frozen_documents"}


def _key_of(vault_path: Path) -> bytearray:
    key_file = read_key_file(sidecar_path(vault_path))
    return unwrap_data_key(
        key_file.slot_for(ADMIN),
        vault_id=key_file.vault_id,
        username=ADMIN,
        password=ADMIN_PASSWORD,
    )


def _tables(vault_path: Path) -> set[str]:
    engine = build_engine(vault_path, _key_of(vault_path))
    try:
        with engine.connect() as connection:
            return set(inspect(connection).get_table_names())
    finally:
        engine.dispose()


def _case_with_plan(vault: Vault) -> CaseId:
    with vault.unit_of_work(UseCase.PLAN_SAVE) as uow:
        person = uow.persons.add(person_from({"name": "Ida Test", "birth_date": "2010-05-01"}))
        assert person.id is not None
        case = uow.cases.add(
            case_from(
                {
                    "person_id": person.id,
                    "level": 2,
                    "kind": "individual",
                    "opened_on": date(2026, 1, 5),
                    "caseworker": ADMIN,
                    "referral_source": "school",
                }
            )
        )
        assert case.id is not None
        goal = PlanGoal(need_area=NeedArea.EDUCATION, text="Går i skole")
        uow.plans.save(ActionPlan(case_id=case.id, made_on=date(2026, 2, 1), goals=(goal,)))
        return case.id


def test_a_vault_from_before_review_upgrades_keeping_its_plans_as_drafts(
    vault: Vault, vault_path: Path
) -> None:
    case_id = _case_with_plan(vault)
    vault.close()
    make_old(vault_path, BEFORE_REVIEW, passwords={ADMIN: ADMIN_PASSWORD})
    assert not REVIEW_TABLES & _tables(vault_path)

    with Vault.open(vault_path, username=ADMIN, password=ADMIN_PASSWORD) as opened:
        assert migrate.current_revision(opened._require_open()) == migrate.head_revision()
        with opened.unit_of_work(UseCase.PLAN_SAVE) as uow:
            plan_id = uow.reviews.current_id(case_id)
            assert plan_id is not None
            state = uow.reviews.state(plan_id)
            assert state.status is ReviewStatus.DRAFT
            assert state.created_by == ADMIN
            assert state.is_current
            assert uow.reviews.plan(plan_id).goals[0].text == "Går i skole"
            assert uow.audit.verify().intact
    assert _tables(vault_path) >= REVIEW_TABLES
    assert list(vault_path.parent.glob(f"{vault_path.name}.backup-{BEFORE_REVIEW}-*"))


def test_review_steps_comments_and_documents_are_audited_by_id_only(vault: Vault) -> None:
    case_id = _case_with_plan(vault)
    with vault.unit_of_work(UseCase.REVIEW_SUBMIT) as uow:
        plan_id = uow.reviews.current_id(case_id)
        assert plan_id is not None
        uow.reviews.set_status(plan_id, ReviewStatus.SUBMITTED)
    with vault.unit_of_work(UseCase.REVIEW_COMMENT) as uow:
        comment = uow.reviews.add_comment(plan_id, "Hemmelig tekst", CommentTarget.goal(0))
    with vault.unit_of_work(UseCase.REVIEW_RESOLVE_COMMENT) as uow:
        uow.reviews.resolve_comment(comment.id)
    with vault.unit_of_work(UseCase.REVIEW_APPROVE) as uow:
        uow.reviews.freeze_document(
            plan_id, kind="plan", data=b"docx bytes", template_sha256="t" * 64, data_sha256="d" * 64
        )
        uow.reviews.set_status(plan_id, ReviewStatus.APPROVED)
    with vault.unit_of_work(UseCase.REVIEW_APPROVE) as uow:
        uow.reviews.record_refusal(
            attempt="approve", reason=RefusalReason.ALREADY_APPROVED, plan_id=PlanId(plan_id)
        )
    with vault.unit_of_work(UseCase.REVIEW_COMMENTS) as uow:
        document = uow.reviews.frozen_document(plan_id)
        assert document is not None
        assert document.data == b"docx bytes"
        assert document.approved_by == ADMIN
        (stored,) = uow.reviews.comments(plan_id)
        assert stored.resolved_by == ADMIN
        assert uow.reviews.states(ReviewStatus.APPROVED)[0].reviewed_by == ADMIN
    with vault.unit_of_work(UseCase.AUDIT_EVENTS) as uow:
        events = uow.audit.events()
        assert uow.audit.verify().intact
    review_events = [e for e in events if e.entity in (AuditEntity.PLAN, AuditEntity.PLAN_COMMENT)]
    assert {e.action for e in review_events} >= {
        AuditAction.UPDATE,
        AuditAction.CREATE,
        AuditAction.READ,
        AuditAction.REFUSED,
    }
    refused = next(e for e in review_events if e.action is AuditAction.REFUSED)
    assert {k: refused.details[k] for k in ("attempt", "reason", "case_id", "version")} == {
        "attempt": "approve",
        "reason": "already_approved",
        "case_id": case_id,
        "version": 1,
    }
    assert refused.entity_id == plan_id
    assert all(e.details.get("case_id") == case_id for e in review_events if e.entity_id)
    assert "Hemmelig" not in " ".join(str(e.details) for e in events)
