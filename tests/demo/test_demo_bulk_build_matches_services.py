"""The demo built in bulk (store/batched_work.py and what the demo does to go fast) holds
what the services write one use case at a time, each in a transaction of its own: the
same rows in every table, with the same ids, and the same audit events in the same
order. Only what differs between any two builds is left out: the times, and what is
drawn at random or follows from them (keys, salts, signatures, the chain's hashes)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import DateTime, MetaData, select

from riskdesk.demo.demo_vault import create_demo_vault
from riskdesk.services.desk import Desk
from riskdesk.store.engine import build_engine
from riskdesk.store.key_slots import read_key_file, sidecar_path, unwrap_data_key
from vault_fixtures import CHEAP_KDF, PASSWORD

_PERSONS = 30
_TODAY = date(2026, 11, 30)

# Columns drawn at random or made from the times: a chain's links and signatures, the
# users' keys and slots, a frozen document's bytes (its zip entries carry the time).
_VOLATILE = {
    "audit_events": {"prev_hash", "hash", "signature"},
    "audit_event_saves": {"signature"},
    "role_assignments": {"public_key", "prev_hash", "hash", "signature"},
    "users": {"slot_id"},
    "frozen_documents": {"docx", "document_sha256"},
}
# Settings naming the vault itself or the chain's head (a hash): random in each build.
_VOLATILE_SETTINGS = {"audit_head", "vault_id"}


def _build(folder: Path, *, bulk: bool) -> Path:
    path = folder / "demo.rdv"
    create_demo_vault(
        path,
        persons=_PERSONS,
        seed=7,
        password=PASSWORD,
        kdf_cost=CHEAP_KDF,
        today=_TODAY,
        bulk=bulk,
    )
    return path


@pytest.fixture(scope="module")
def builds(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    bulk = _build(tmp_path_factory.mktemp("bulk"), bulk=True)
    one_by_one = _build(tmp_path_factory.mktemp("one_by_one"), bulk=False)
    return bulk, one_by_one


def _rows(path: Path) -> dict[str, list[dict[str, Any]]]:
    key_file = read_key_file(sidecar_path(path))
    key = unwrap_data_key(
        key_file.slot_for("leder"),
        vault_id=key_file.vault_id,
        username="leder",
        password=PASSWORD,
    )
    engine = build_engine(path, key)
    try:
        with engine.connect() as connection:
            schema = MetaData()
            schema.reflect(connection)
            tables = {}
            for name, table in schema.tables.items():
                kept = [
                    c.name
                    for c in table.columns
                    if not isinstance(c.type, DateTime) and c.name not in _VOLATILE.get(name, ())
                ]
                rows = connection.execute(select(table).order_by(*table.columns)).mappings()
                tables[name] = [{c: _plain(row[c]) for c in kept} for row in rows]
            return tables
    finally:
        engine.dispose()


def _plain(value: Any) -> Any:
    # JSON columns are compared as what they hold: an event's details carry no times.
    if isinstance(value, str) and value[:1] in "{[":
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


def test_every_table_holds_the_same_rows(builds: tuple[Path, Path]) -> None:
    bulk, one_by_one = (_rows(path) for path in builds)
    assert bulk.keys() == one_by_one.keys()
    for settings in (bulk, one_by_one):
        settings["vault_settings"] = [
            row for row in settings["vault_settings"] if row["name"] not in _VOLATILE_SETTINGS
        ]
    for table in one_by_one:
        assert bulk[table] == one_by_one[table], table
    assert len(one_by_one["persons"]) == _PERSONS
    assert len(one_by_one["action_plans"]) > 5


def test_the_events_are_the_same_in_the_same_order_and_the_trail_is_intact(
    builds: tuple[Path, Path],
) -> None:
    trails = []
    for path in builds:
        with Desk.open(path, username="leder", password=PASSWORD, kdf_cost=CHEAP_KDF) as desk:
            assert desk.audit.verify().intact
            trails.append(
                [
                    (e.username, e.action, e.entity, e.entity_id, e.details)
                    for e in desk.audit.events()
                ]
            )
    bulk, one_by_one = trails
    assert len(one_by_one) > 3 * _PERSONS
    assert bulk == one_by_one
