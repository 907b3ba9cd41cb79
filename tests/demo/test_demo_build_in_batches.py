"""The demo's plans, release meetings and shared plans are written in batches of one
transaction (store/batched_work.py): each still its own use case with its own signed
audit event, and the trail verifies intact afterwards."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, event

from riskdesk.cli import main
from riskdesk.demo.demo_vault import create_demo_vault
from riskdesk.domain.use_cases import UseCase
from riskdesk.services.desk import Desk
from vault_fixtures import CHEAP_KDF, PASSWORD

_PER_CASE = (UseCase.PLAN_SAVE, UseCase.PLAN_SHARE, UseCase.RELEASE_MEETING_SAVE)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    commits = 0

    def count(*_: Any) -> None:
        nonlocal commits
        commits += 1

    # Every engine the build opens, the store's own included.
    event.listen(Engine, "commit", count)
    try:
        path = tmp_path_factory.mktemp("demo") / "demo.rdv"
        create_demo_vault(
            path,
            persons=60,
            seed=4,
            password=PASSWORD,
            kdf_cost=CHEAP_KDF,
            today=date(2026, 11, 21),
        )
    finally:
        event.remove(Engine, "commit", count)
    return path, commits


def _use_cases(path: Path) -> Counter[str]:
    with Desk.open(path, username="leder", password=PASSWORD, kdf_cost=CHEAP_KDF) as desk:
        return Counter(e.details.get("use_case", "") for e in desk.audit.events())


def test_each_plan_use_case_keeps_its_own_event_but_not_its_own_commit(
    built: tuple[Path, int],
) -> None:
    path, commits = built
    use_cases = _use_cases(path)
    per_case = sum(use_cases[u.value] for u in _PER_CASE)
    assert use_cases[UseCase.PLAN_SAVE.value] >= 20
    # Before the batches every one of these use cases committed on its own; the unit's
    # own work (inquiries, concerns, journals, courses) is batched the same way.
    assert commits < per_case + 10
    assert commits * 4 < sum(use_cases.values())


def test_audit_verify_says_intact_after_the_build(
    built: tuple[Path, int], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, _ = built
    monkeypatch.setenv("RISKDESK_PASSWORD", PASSWORD)
    capsys.readouterr()
    assert main(["audit", "verify", "--vault", str(path), "--user", "leder"]) == 0
    assert "intakt" in capsys.readouterr().out
