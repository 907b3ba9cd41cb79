"""Moving a unit's local vault onto a new team-server database (``riskdesk server
import``): every table's rows with their ids, the users as new login roles with
temporary passwords, and the audit history with its hashes, in one transaction as the
database's owner. Nothing is half-moved: a failure leaves the database as it was.

The old chain is verified first and copied as it is, links and all; a setting records
the last imported event (``audit_imported_through`` = "sequence:hash"), and an import
event appended by the database's own ``riskdesk_append_audit`` names what that
verification found. The server's chain then continues from the last imported hash,
and :func:`~riskdesk.store.server.server_chain.verify_server_chain` checks both parts."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime

import psycopg
from sqlalchemy import Connection, Engine, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from riskdesk.domain.refusals import PermissionDenied
from riskdesk.domain.server_import_errors import ImportFailed, LoginNameTaken, ServerNotEmpty
from riskdesk.domain.use_cases import UseCase
from riskdesk.domain.user import Role
from riskdesk.store import plan_dues
from riskdesk.store.audit_findings import AuditReport
from riskdesk.store.clock import utc_now
from riskdesk.store.role_assignments import read_roster
from riskdesk.store.server import server_users
from riskdesk.store.server.server_audit import ServerAuditLog
from riskdesk.store.server.server_chain import IMPORTED_THROUGH_SETTING
from riskdesk.store.server.server_import_rows import (
    advance_sequences,
    copy_settings,
    copy_tables,
    guards_set_aside,
    holds_work,
)
from riskdesk.store.server.server_setup import (
    GROUP_ROLE_PREFIX,
    create_database_if_missing,
    create_login,
    group_role,
    install,
    owner_engine,
    owner_errors,
)
from riskdesk.store.server.server_url import ServerAddress
from riskdesk.store.session_keys import keys_of
from riskdesk.store.tables import AuditEventRow, UserRow
from riskdesk.store.user_repository import user_from_row
from riskdesk.store.vault import Vault
from riskdesk.store.witness import Head

_APP_GROUP = GROUP_ROLE_PREFIX + "user"
# Easy to read aloud and to type: no 0/O, 1/l/I.
_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"


@dataclass(frozen=True)
class ImportedUser:
    username: str
    display_name: str
    role: Role
    active: bool
    temporary_password: str | None
    """None for a user kept as they were and for a deactivated one (who cannot log in)."""
    kept: bool = False
    """Already a user of this server (``server init``'s administrator): left as they were."""


@dataclass(frozen=True)
class ImportResult:
    users: tuple[ImportedUser, ...]
    rows: dict[str, int]
    audit_events: int
    old_chain: AuditReport


def temporary_password() -> str:
    """Four groups of four, about 79 bits: handed out once, changed at first login."""
    return "-".join("".join(secrets.choice(_ALPHABET) for _ in range(4)) for _ in range(4))


def import_vault(vault: Vault, owner: Engine) -> ImportResult:
    """Move ``vault`` (opened by an administrator) into ``owner``'s database, set up by
    :func:`~riskdesk.store.server.server_setup.install` and empty of casework. Raises
    :class:`PermissionDenied` unless the vault's user is an administrator,
    :class:`ServerNotEmpty` or :class:`LoginNameTaken`."""
    _require_administrator(vault)
    old_chain = vault.verify_audit()
    with vault.new_session() as source, owner.begin() as target:
        if holds_work(target):
            raise ServerNotEmpty
        users = _move_users(source, target)
        with guards_set_aside(target):
            rows = copy_tables(source, target)
            plan_dues.refill(target)  # its trigger was set aside with the guards
            copy_settings(source, target)
            last = _mark_imported_part(target)
        advance_sequences(target)
        events = rows.get(AuditEventRow.__tablename__, 0)
        _append_import_event(target, old_chain, last, events, imported_by=vault.user.username)
    return ImportResult(users=users, rows=rows, audit_events=events, old_chain=old_chain)


def import_onto_server(
    vault: Vault, address: ServerAddress, *, owner: str, owner_password: str
) -> ImportResult:
    """The database at ``address`` created and set up if need be, then filled from
    ``vault``; the owner's refusals and connection failures come out as for ``server
    init``. A vault user who is no administrator is refused before the server is touched."""
    _require_administrator(vault)
    with owner_errors():
        create_database_if_missing(address, owner, owner_password)
        with owner_engine(address, owner, owner_password) as engine:
            install(engine)
            try:
                return import_vault(vault, engine)
            except DBAPIError as error:
                # A row the server's schema does not take (the transaction is rolled
                # back); a lost connection is told as for any other server work.
                if isinstance(error.orig, psycopg.OperationalError):
                    raise
                raise ImportFailed from error


def _require_administrator(vault: Vault) -> None:
    if vault.user.role is not Role.ADMINISTRATOR:
        raise PermissionDenied


def _move_users(source: Session, target: Connection) -> tuple[ImportedUser, ...]:
    on_server = set(target.execute(text("SELECT username FROM users")).scalars())
    # Each user's role and standing as the vault's signed records give them: the users
    # row's role is only a copy, which anyone holding the vault's key could have changed.
    keys = keys_of(source)
    assert keys is not None
    roster = read_roster(source, vault_id=keys.vault_id, pinned_root=keys.pinned_root)
    moved = []
    for row in source.scalars(select(UserRow).order_by(UserRow.id)):
        standing = user_from_row(row, roster)
        user = ImportedUser(
            username=row.username,
            display_name=row.display_name,
            role=standing.role,
            active=standing.active,
            temporary_password=None,
        )
        if row.username in on_server:
            moved.append(replace(user, kept=True))
            continue
        if _login_exists(target, row.username):
            raise LoginNameTaken
        password = temporary_password()
        create_login(
            target,
            username=row.username,
            display_name=row.display_name,
            role=user.role,
            password=password,
        )
        _keep_history(target, user, row.created_at)
        if user.active:
            server_users.require_password_change(target, row.username)
            user = replace(user, temporary_password=password)
        moved.append(user)
    return tuple(moved)


def _login_exists(target: Connection, username: str) -> bool:
    return bool(
        target.execute(
            text("SELECT 1 FROM pg_roles WHERE rolname = :name"), {"name": username}
        ).first()
    )


def _keep_history(target: Connection, user: ImportedUser, created_at: datetime) -> None:
    target.execute(
        text("UPDATE users SET created_at = :at, active = :active WHERE username = :name"),
        {"at": created_at, "active": user.active, "name": user.username},
    )
    if not user.active:
        # As a deactivation on the server leaves them: no login and no group.
        quote = target.dialect.identifier_preparer.quote
        login = quote(user.username)
        target.execute(text(f"ALTER ROLE {login} NOLOGIN"))
        target.execute(text(f"REVOKE {quote(group_role(user.role))} FROM {login}"))


def _mark_imported_part(target: Connection) -> Head | None:
    """Record the last imported event as the chain's head and as the end of the imported
    part (settings only the database's own functions write once the guards are back)."""
    last = target.execute(
        select(AuditEventRow.sequence, AuditEventRow.hash)
        .order_by(AuditEventRow.sequence.desc())
        .limit(1)
    ).first()
    if last is None:
        return None
    for name in ("audit_head", IMPORTED_THROUGH_SETTING):
        target.execute(
            text(
                "INSERT INTO vault_settings (name, value) VALUES (:name, :value) "
                "ON CONFLICT (name) DO UPDATE SET value = excluded.value"
            ),
            {"name": name, "value": f"{last.sequence}:{last.hash}"},
        )
    return Head(last.sequence, last.hash)


def _append_import_event(
    target: Connection,
    old_chain: AuditReport,
    last: Head | None,
    events: int,
    *,
    imported_by: str,
) -> None:
    """The server's first event, linked to the last imported one: what was moved and
    what the vault's own verification of its trail found."""
    details = {
        "use_case": UseCase.SERVER_IMPORT.value,
        "imported_by": imported_by,
        "imported_events": events,
        "imported_through": last.sequence if last is not None else 0,
        "old_chain_intact": old_chain.intact,
        "old_chain_findings": [
            {"kind": finding.kind.value, "sequence": finding.sequence}
            for finding in old_chain.findings
        ],
    }
    with _as_app_user(target), Session(bind=target) as session:
        ServerAuditLog(session, clock=utc_now).append(
            username=imported_by,
            action=UseCase.SERVER_IMPORT.action,
            entity=UseCase.SERVER_IMPORT.entity,
            entity_id=None,
            details=details,
        )


@contextmanager
def _as_app_user(target: Connection) -> Iterator[None]:
    """The owner is no RiskDesk user, and ``riskdesk_append_audit`` admits only members
    of riskdesk_user: the owner is one for the import's transaction only, so the event
    names the owner's own login as its actor, as every server event names its writer."""
    member = target.execute(
        text("SELECT pg_has_role(current_user, :group, 'MEMBER')"), {"group": _APP_GROUP}
    ).scalar()
    if not member:
        target.execute(text(f"GRANT {_APP_GROUP} TO CURRENT_USER"))
    yield
    if not member:
        target.execute(text(f"REVOKE {_APP_GROUP} FROM CURRENT_USER"))
