"""Every table's rows from a local vault into a team server's database, read from the ORM
metadata in foreign-key order, so a table a later migration adds comes along without a
line here. Run as the owner inside the import's one transaction."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Column, Connection, Table, func, insert, select, text, update
from sqlalchemy.orm import Session

from riskdesk.store.tables import metadata

USERS = "users"
SETTINGS = "vault_settings"
# Users become login roles (server_import.py); the signed role records can be checked
# only with the vault's keys, and on a server the database's group roles are the roles;
# the settings are taken one by one (copied_settings).
NOT_COPIED = frozenset({USERS, "role_assignments", SETTINGS})
# What describes the vault file itself, not the unit's work: the server has its own.
VAULT_ONLY_SETTINGS = frozenset({"audit_head", "vault_id", "schema_written_by"})
_BATCH = 2000


def copied_tables() -> list[Table]:
    return [table for table in metadata.sorted_tables if table.name not in NOT_COPIED]


def holds_work(target: Connection) -> bool:
    """Whether any table the import fills has a row already."""
    return any(
        target.execute(
            select(func.count()).select_from(select(table).limit(1).subquery())
        ).scalar_one()
        for table in copied_tables()
    )


def copy_tables(source: Session, target: Connection) -> dict[str, int]:
    """Copy every table's rows with their ids; the number of rows per table."""
    counts: dict[str, int] = {}
    for table in copied_tables():
        counts[table.name] = _copy_table(source, target, table)
    return counts


def copy_settings(source: Session, target: Connection) -> None:
    rows = source.execute(select(metadata.tables[SETTINGS])).mappings().all()
    for row in rows:
        if row["name"] in VAULT_ONLY_SETTINGS:
            continue
        target.execute(
            text(
                "INSERT INTO vault_settings (name, value) VALUES (:name, :value) "
                "ON CONFLICT (name) DO UPDATE SET value = excluded.value"
            ),
            {"name": row["name"], "value": row["value"]},
        )


def _copy_table(source: Session, target: Connection, table: Table) -> int:
    # A row may point at a later row of its own table (an assessment's correction), which
    # does not exist yet when it is inserted: those links are written once all are in.
    own_links = _self_references(table)
    later: list[dict[str, Any]] = []
    count = 0
    result = source.connection().execution_options(yield_per=_BATCH).execute(select(table))
    for part in result.mappings().partitions():
        rows = [dict(row) for row in part]
        for row in rows:
            links = {column.name: row[column.name] for column in own_links}
            if any(value is not None for value in links.values()):
                later.append({**_key_of(table, row), **links})
                row.update(dict.fromkeys(links))
        target.execute(insert(table), rows)
        count += len(rows)
    for links in later:
        keys = {name: links.pop(name) for name in _primary_key_names(table)}
        target.execute(
            update(table)
            .where(*(table.c[name] == value for name, value in keys.items()))
            .values(**links)
        )
    return count


def _self_references(table: Table) -> list[Column[Any]]:
    return [
        column
        for column in table.columns
        if any(key.column.table is table for key in column.foreign_keys)
    ]


def _primary_key_names(table: Table) -> list[str]:
    return [column.name for column in table.primary_key.columns]


def _key_of(table: Table, row: dict[str, Any]) -> dict[str, Any]:
    return {name: row[name] for name in _primary_key_names(table)}


def advance_sequences(target: Connection) -> None:
    """Each id sequence past the highest id copied, so the server's next row gets a new id."""
    owned = target.execute(
        text(
            "SELECT sequence.oid::regclass::text, owner.oid::regclass::text, attribute.attname "
            "FROM pg_class sequence "
            "JOIN pg_depend link ON link.objid = sequence.oid AND link.deptype IN ('a', 'i') "
            "JOIN pg_class owner ON owner.oid = link.refobjid "
            "JOIN pg_attribute attribute ON attribute.attrelid = owner.oid "
            "AND attribute.attnum = link.refobjsubid "
            "WHERE sequence.relkind = 'S' AND sequence.relnamespace = 'public'::regnamespace"
        )
    ).all()
    quote = target.dialect.identifier_preparer.quote
    for sequence, table, column in owned:
        target.execute(
            text(
                f"SELECT setval(:sequence, coalesce((SELECT max({quote(column)}) "  # noqa: S608
                f"FROM {table}), 0) + 1, false)"
            ),
            {"sequence": sequence},
        )


@contextmanager
def guards_set_aside(target: Connection) -> Iterator[None]:
    """The history is moved as it was written, approvals and finalised assessments
    included, by the owner, who is none of the roles the guards (triggers) and the
    forced row-level security admit: both are set aside for the import's transaction
    and restored in it, so no other session ever sees them off."""
    forced = (
        target.execute(
            text(
                "SELECT oid::regclass::text FROM pg_class WHERE relforcerowsecurity "
                "AND relnamespace = 'public'::regnamespace"
            )
        )
        .scalars()
        .all()
    )
    guarded = (
        target.execute(
            text(
                "SELECT DISTINCT tgrelid::regclass::text FROM pg_trigger WHERE NOT tgisinternal "
                "AND tgenabled <> 'D'"
            )
        )
        .scalars()
        .all()
    )
    for table in forced:
        target.execute(text(f"ALTER TABLE {table} NO FORCE ROW LEVEL SECURITY"))
    for table in guarded:
        target.execute(text(f"ALTER TABLE {table} DISABLE TRIGGER USER"))
    yield
    for table in guarded:
        target.execute(text(f"ALTER TABLE {table} ENABLE TRIGGER USER"))
    for table in forced:
        target.execute(text(f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY"))
