"""The demo's batched context (demo/batched_context.py) keeps the rules of a user's work:
a mentor's use case in it still sees only the cases of the mentor's own courses, as in a
service context (the batch would not set that scope), and is refused and audited
otherwise."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from riskdesk.demo.batched_context import demo_context
from riskdesk.demo.demo_vault import create_demo_vault
from riskdesk.domain.audit import AuditAction
from riskdesk.domain.mentor_access import OutsideOwnCourses
from riskdesk.services.case_service import CaseService
from riskdesk.services.desk import Desk
from riskdesk.store.vault import Vault
from vault_fixtures import CHEAP_KDF, PASSWORD


def test_a_mentors_batched_work_stays_within_their_courses(tmp_path: Path) -> None:
    path = tmp_path / "demo.rdv"
    create_demo_vault(
        path, persons=30, seed=4, password=PASSWORD, kdf_cost=CHEAP_KDF, today=date(2026, 11, 21)
    )
    with Desk.open(path, username="koordinator", password=PASSWORD, kdf_cost=CHEAP_KDF) as desk:
        every_case = [c.case_id for c in desk.cases.search()]
    vault = Vault.open(path, username="mentor", password=PASSWORD, kdf_cost=CHEAP_KDF)
    with Desk(vault) as desk:
        own = {c.case_id for c in desk.cases.search()}
        other = next(case_id for case_id in every_case if case_id not in own)
        with demo_context(vault, desk.forms, bulk=True) as batched:
            cases = CaseService(batched)
            assert cases.get(next(iter(own))).id in own
            with pytest.raises(OutsideOwnCourses):
                cases.get(other)
    with Desk.open(path, username="leder", password=PASSWORD, kdf_cost=CHEAP_KDF) as desk:
        events = [e for e in desk.audit.events() if e.username == "mentor"]
    assert events[-1].action is AuditAction.REFUSED
