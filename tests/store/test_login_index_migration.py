"""Migration 0008: a vault from before the last-login index upgrades with it, keeping its
trail, and the users screen's query is answered from the index, not by reading the trail."""

from __future__ import annotations

from pathlib import Path

from old_vaults import make_old
from sqlalchemy import event, inspect

from riskdesk.domain.use_cases import UseCase
from riskdesk.domain.user import Role
from riskdesk.store import migrate
from riskdesk.store.vault import Vault

ADMIN, ADMIN_PASSWORD = "admin", "Admin-kodeord-1"  # as in conftest.py
INDEX = "ix_audit_events_vault_events"


def _indexes(vault: Vault) -> set[str]:
    with vault._require_open().connect() as connection:
        return {index["name"] or "" for index in inspect(connection).get_indexes("audit_events")}


def test_a_vault_from_before_the_index_upgrades_with_its_trail(
    vault: Vault, vault_path: Path
) -> None:
    vault.add_user(username="bo", display_name="Bo", role=Role.CASEWORKER, password="bo-given-1")
    with vault.unit_of_work(UseCase.LOGIN):
        pass
    with vault.unit_of_work(UseCase.AUDIT_EVENTS) as uow:
        events_before = [(e.sequence, e.username, e.action) for e in uow.audit.events()]
    vault.close()
    make_old(vault_path, "0007", passwords={ADMIN: ADMIN_PASSWORD})

    with Vault.open(vault_path, username=ADMIN, password=ADMIN_PASSWORD) as opened:
        assert migrate.current_revision(opened._require_open()) == migrate.head_revision()
        assert INDEX in _indexes(opened)
        with opened.unit_of_work(UseCase.AUDIT_EVENTS) as uow:
            events_after = [(e.sequence, e.username, e.action) for e in uow.audit.events()]
            assert uow.audit.verify().intact
        with opened.unit_of_work(UseCase.USER_LIST) as uow:
            lines = {line.user.username: line.last_login for line in uow.users.overview()}
    assert events_after[: len(events_before)] == events_before
    assert lines["admin"] is not None
    assert lines["bo"] is None
    assert list(vault_path.parent.glob(f"{vault_path.name}.backup-0007-*"))


def test_the_last_logins_are_read_from_the_index(vault: Vault) -> None:
    engine = vault._require_open()
    seen: list[tuple[str, object]] = []

    def remember(_conn: object, _cursor: object, statement: str, parameters: object, *_: object):
        if "max(audit_events.at)" in statement:
            seen.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", remember)
    try:
        with vault.unit_of_work(UseCase.USER_LIST) as uow:
            uow.users.overview()
    finally:
        event.remove(engine, "before_cursor_execute", remember)
    ((statement, parameters),) = seen
    with engine.connect() as connection:
        plan = connection.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters).fetchall()
    assert any(INDEX in str(step) for step in plan)
    assert not any("SCAN audit_events" in str(step) for step in plan)
