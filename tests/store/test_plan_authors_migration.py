"""Migration 0007: a vault from before plan authors were recorded upgrades with each
version's creator, last editor and submitter as its authors."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from alembic import command
from sqlalchemy import inspect

from riskdesk.domain.action_plan import ActionPlan, NeedArea, PlanGoal
from riskdesk.domain.case import case_from
from riskdesk.domain.ids import CaseId
from riskdesk.domain.person import person_from
from riskdesk.domain.use_cases import UseCase
from riskdesk.store import migrate
from riskdesk.store.engine import build_engine
from riskdesk.store.key_slots import read_key_file, sidecar_path, unwrap_data_key
from riskdesk.store.vault import Vault

ADMIN = "admin"
ADMIN_PASSWORD = "Admin-kodeord-1"  # as in conftest.py
BEFORE_AUTHORS = "0006"


def _key_of(vault_path: Path) -> bytearray:
    key_file = read_key_file(sidecar_path(vault_path))
    return unwrap_data_key(
        key_file.slot_for(ADMIN),
        vault_id=key_file.vault_id,
        username=ADMIN,
        password=ADMIN_PASSWORD,
    )


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


def test_a_vault_from_before_authors_upgrades_with_creator_editor_and_submitter(
    vault: Vault, vault_path: Path
) -> None:
    case_id = _case_with_plan(vault)
    vault.close()
    engine = build_engine(vault_path, _key_of(vault_path), foreign_keys=False)
    try:
        config = migrate.alembic_config()
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, BEFORE_AUTHORS)
            assert "plan_authors" not in inspect(connection).get_table_names()
            # As a supervisor's edit and a colleague's submission left it before 0007.
            connection.exec_driver_sql(
                "UPDATE action_plans SET updated_by = 'leder', submitted_by = 'kollega', "
                "submitted_at = updated_at, review_status = 'submitted'"
            )
    finally:
        engine.dispose()

    with Vault.open(vault_path, username=ADMIN, password=ADMIN_PASSWORD) as opened:
        assert migrate.current_revision(opened._require_open()) == migrate.head_revision()
        with opened.unit_of_work(UseCase.REVIEW_VIEW) as uow:
            plan_id = uow.reviews.current_id(case_id)
            assert plan_id is not None
            state = uow.reviews.state(plan_id)
    assert state.written_by == {ADMIN, "leder", "kollega"}
    assert list(vault_path.parent.glob(f"{vault_path.name}.backup-{BEFORE_AUTHORS}-*"))
